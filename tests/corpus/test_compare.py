"""The comparison end to end on report dicts: hygiene counts, groups, ratings."""

from __future__ import annotations

import dataclasses
import json
import re
from functools import partial
from pathlib import Path

import pytest
from fresh_python import run_python
from report_dicts import report, shares_report

from sourcing.corpus.compare import (
    CompareOptions,
    chart_format,
    compare_paths,
    compare_records,
    compare_reports,
    parse_by,
    record_reducer,
)
from sourcing.corpus.record_inputs import record_stream
from sourcing.corpus.reduction import ArticleRecord, pack_record, record_version, unpack_record
from sourcing.inputs.ingest import InputFailure
from sourcing.outlets import UNKNOWN, OutletTable, default_table
from sourcing.records import Document

NONE, ANON = "unattributed", "unnamed_source"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"
STORY = [
    "The council approved the budget on Tuesday after a long public meeting.",
    "Spending on schools and parks rises while police overtime is cut by ten percent.",
    "The plan now goes to the mayor, whose office expects to sign it this week.",
]


def options(**fields: object) -> CompareOptions:
    return CompareOptions(**{"min_articles": 1, **fields})  # type: ignore[arg-type]


def test_near_duplicate_counted_once_and_reported() -> None:
    first = report([NONE, NONE, ANON], texts=STORY, id="a", outlet="Fox News")
    again = report([NONE, NONE, ANON], texts=STORY, id="b", outlet="Fox Online News")
    elsewhere = report([NONE, NONE, ANON], texts=STORY, id="c", outlet="CNN (Web News)")
    result = compare_reports([first, again, elsewhere], options())
    assert result.hygiene.near_duplicates == 1
    assert {g.group: g.articles for g in result.groups} == {("CNN",): 1, ("Fox News",): 1}


def test_every_input_is_accounted_for() -> None:
    reports = [
        report([NONE], id="1", url="https://www.nytimes.com/2019/opinion/x.html"),
        report([NONE], id="2", texts=["WASHINGTON (AP) — The Senate voted on Monday."]),
        report([ANON], id="3", outlet=None),
        None,  # an input that failed
        report([NONE], id="4"),
    ]
    result = compare_reports(reports, options(exclude_pattern="/opinion/", exclude_wire=True))
    h = result.hygiene
    assert (h.read, h.failed, h.excluded_by_pattern, h.wire_copy, h.excluded_wire) == (5, 1, 1, 1, 1)
    assert h.compared == 2 == sum(g.articles for g in result.groups)
    assert (UNKNOWN,) in {g.group for g in result.groups}


def test_wire_copy_is_kept_and_counted_by_default() -> None:
    wired = report([NONE], texts=["NEW YORK (Reuters) - Stocks fell."], outlet="Washington Times")
    result = compare_reports([wired], options())
    assert result.hygiene.wire_copy == 1 and result.hygiene.excluded_wire == 0
    assert result.groups[0].wire_share == 1.0


def test_wire_credit_in_boilerplate_counts() -> None:
    credited = report([NONE], excluded=("The Associated Press contributed to this report.",))
    assert compare_reports([credited], options()).groups[0].wire_share == 1.0


def ratings_corpus() -> list[dict]:
    # Outlet mean shares 0.1 < 0.2 < 0.3 < 0.4 against ratings 0.9 > 0.7 > 0.8 > 0.2:
    # rank pairs (1,4) (2,2) (3,3) (4,1): d^2 = 9+0+0+9 = 18 -> rho = 1 - 6*18/60 = -0.8.
    outlets = [("Reuters", 1), ("CNN (Web News)", 2), ("New York Times - News", 3),
               ("Breitbart News", 4)]
    return [
        shares_report(anonymous, 10, outlet=name, id=f"{name}{i}",
                      texts=[f"{name} {i} statement {k} unique words here." for k in range(10)])
        for name, anonymous in outlets for i in range(2)
    ]


RATINGS = {"reuters.com": 0.9, "cnn.com": 0.7, "nytimes.com": 0.8, "breitbart.com": 0.2}


def test_ratings_join_by_domain_and_correlate() -> None:
    result = compare_reports(ratings_corpus(), options(min_articles=2), ratings=RATINGS)
    assert {r.group[0]: (r.domain, r.rating) for r in result.ratings} == {
        "Reuters": ("reuters.com", 0.9), "CNN": ("cnn.com", 0.7),
        "New York Times": ("nytimes.com", 0.8), "Breitbart News": ("breitbart.com", 0.2),
    }
    assert result.correlation is not None
    assert result.correlation.n == 4
    assert result.correlation.rho == pytest.approx(-0.8)
    assert result.correlation.low < -0.8 < result.correlation.high  # type: ignore[operator]


def test_groups_below_min_articles_stay_out_of_the_correlation() -> None:
    result = compare_reports(ratings_corpus(), options(min_articles=3), ratings=RATINGS)
    assert result.correlation is not None and result.correlation.n == 0
    assert len(result.ratings) == 4


def test_ratings_need_outlet_groups() -> None:
    with pytest.raises(ValueError, match="per outlet"):
        compare_reports(ratings_corpus(), options(by=("topic",)), ratings=RATINGS)


@pytest.mark.parametrize(
    ("text", "by"),
    [("outlet", ("outlet",)), ("outlet,year", ("outlet", "year")), (" Topic ", ("topic",))],
)
def test_parse_by(text: str, by: tuple[str, ...]) -> None:
    assert parse_by(text) == by


@pytest.mark.parametrize("text", ["", "site", "outlet,outlet", "outlet,colour"])
def test_parse_by_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="--by"):
        parse_by(text)


@pytest.mark.parametrize(("name", "fmt"), [("a.png", "png"), ("b.SVG", "svg")])
def test_chart_format(name: str, fmt: str) -> None:
    assert chart_format(Path(name)) == fmt


def test_chart_format_refuses_other_files() -> None:
    with pytest.raises(ValueError, match=".png or .svg"):
        chart_format(Path("chart.pdf"))


def test_record_stream_yields_none_for_every_failure() -> None:
    good, bad = Document("Fine.", path="good.txt"), Document("Boom.", path="bad.txt")
    items = [good, InputFailure("missing.txt", "no such file"), bad]

    def run(documents):  # stands in for engine.run_reports
        for document in documents:
            ok = document is good
            yield document, ("record" if ok else None), (None if ok else "ValueError: x")

    seen: list[tuple[str, str]] = []
    records = list(record_stream(items, run, lambda path, message: seen.append((path, message))))
    assert [r is None for r in records] == [False, True, True]
    assert seen == [("missing.txt", "no such file"), ("bad.txt", "analysis failed: ValueError: x")]


def test_compare_paths_reads_a_jsonl_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "1", "outlet": "CNN (Web News)", "text": "Officials said the vote failed."}\n'
        '{"id": "2", "outlet": "", "text": "The bill passed on Tuesday, a source said."}\n'
        "not json\n"
    )

    def run(documents, reducer):  # stands in for engine.run_reports
        for document in documents:
            made = report([NONE], outlet=document.outlet, id=document.id or "")
            yield document, reducer.apply(made)[1], None

    failures: list[str] = []
    result = compare_paths([str(corpus)], None, options(), run=run,
                           on_failure=lambda path, message: failures.append(path))
    assert [g.group for g in result.groups] == [("CNN",), (UNKNOWN,)]
    assert result.hygiene.failed == 1 and failures == [f"{corpus}:3"]


def test_records_give_the_figures_of_whole_reports_to_the_last_bit() -> None:
    # Expected figures made by the whole-report comparison before records (see compare_sample).
    from compare_sample import sample_reports

    expected = json.loads((FIXTURES / "expected_comparison.json").read_text())
    ratings = {"cnn.com": 0.7, "site1.com": 0.2, "reuters.com": 0.9, "nytimes.com": 0.8,
               "site2.com": 0.5}
    cases = {
        "outlet": (options(min_articles=5), ratings),
        "outlet_year_clean": (CompareOptions(by=("outlet", "year"), exclude_wire=True,
                                             exclude_pattern="/opinion/"), None),
        "topic_loose": (CompareOptions(by=("topic",), duplicate_threshold=0.5), None),
    }
    for name, (chosen, rated) in cases.items():
        result = compare_reports(sample_reports(), chosen, ratings=rated)
        got = json.loads(json.dumps(dataclasses.asdict(result), default=list))
        assert got == expected[name], name


def test_cached_records_give_the_figures_of_whole_reports_to_the_last_bit() -> None:
    # The same sample and expected figures, each record packed for the cache and unpacked.
    from compare_sample import sample_reports

    expected = json.loads((FIXTURES / "expected_comparison.json").read_text())
    chosen = CompareOptions(by=("outlet", "year"), exclude_wire=True, exclude_pattern="/opinion/")
    reducer = record_reducer(chosen, default_table())
    records: list[ArticleRecord | None] = []
    for made in sample_reports():
        if made is None:
            records.append(None)
            continue
        record = reducer.apply(dict(made))[1]
        copy = unpack_record(pack_record(record), Document("", id=made["id"]))
        assert copy.facts == record.facts
        records.append(copy)
    result = compare_records(records, chosen)
    got = json.loads(json.dumps(dataclasses.asdict(result), default=list))
    assert got == expected["outlet_year_clean"]


def test_cached_record_takes_the_key_of_its_document() -> None:
    record = record_reducer(options(), default_table()).apply(report([NONE], id="first"))[1]
    assert record.facts.key == "first"
    assert unpack_record(pack_record(record), Document("x", id="copy")).facts.key == "copy"
    assert unpack_record(pack_record(record), Document("x", path="f.txt")).facts.key == "f.txt"
    assert unpack_record(pack_record(ArticleRecord(None)), Document("x")) == ArticleRecord(None)


def test_a_record_is_one_object_with_no_dict_and_pickles_whole() -> None:
    # slots: a decoded record is one object (no __dict__ to make and free per article);
    # it still travels to and from Dask workers by pickle.
    import pickle

    record = record_reducer(options(), default_table()).apply(report([NONE], id="first"))[1]
    named = dataclasses.replace(record, name=("key", "analyzer records+1"))
    assert not hasattr(named, "__dict__")
    assert pickle.loads(pickle.dumps(named)) == named
    with pytest.raises(dataclasses.FrozenInstanceError):
        named.facts = None  # type: ignore[misc]


def test_record_version_changes_with_what_makes_a_record() -> None:
    table = default_table()
    base = record_version(None, table)
    assert record_version(None, default_table()) == base
    assert record_version(re.compile("/opinion/", re.IGNORECASE), table) != base
    assert record_version(None, OutletTable(aliases={"x": "X"})) != base


def test_a_rerun_reads_records_and_never_reports(tmp_path: Path, monkeypatch) -> None:
    from sourcing.run import cache as cache_module
    from sourcing.run.engine import run_reports

    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": str(n), "outlet": outlet, "text": " ".join(STORY[n % 3:]) + " Officials said so."}
            for n, outlet in enumerate(["CNN", "Fox News", "CNN", "Reuters"])]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows))
    run = partial(run_reports, jobs=1, cache=tmp_path / "c.sqlite", no_model=True)

    def compare(path: Path) -> dict:
        made = compare_paths([str(path)], None, options(), run=run, on_failure=print)
        return json.loads(json.dumps(dataclasses.asdict(made), default=list))

    first = compare(corpus)

    def no_reports(self, keys):  # a re-run must not read a report
        raise AssertionError("report read")

    monkeypatch.setattr(cache_module.ReportCache, "get_many", no_reports)
    assert compare(corpus) == first
    renamed = tmp_path / "renamed.jsonl"  # same articles, other file and ids: still records
    renamed.write_text("".join(json.dumps({**row, "id": f"{row['id']}~copy"}) + "\n"
                               for row in rows))
    assert compare(renamed) == first


def test_a_record_keeps_its_packed_counts_between_its_facts_and_its_signature() -> None:
    from sourcing.corpus.facts import COUNTS_SIZE
    from sourcing.corpus.near_duplicates import pack_signature

    record = record_reducer(options(), default_table()).apply(
        report([ANON, NONE], texts=STORY[:2], id="a"))[1]
    blob = pack_record(record)
    signature = pack_signature(record.signature)
    assert len(signature) == 512 and blob.endswith(signature)
    counts = blob[-512 - COUNTS_SIZE:-512]
    assert int.from_bytes(counts, "little") == record.facts.counts
    copy = unpack_record(blob, Document("", id="a"))
    assert copy.facts == record.facts and copy.signature == signature
    assert (copy.facts.statements, copy.facts.anonymous_statements) == (2, 1)


def test_record_version_names_the_record_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcing.corpus import reduction

    table = default_table()
    current = record_version(None, table)
    monkeypatch.setattr(reduction, "RECORD_FORMAT", reduction.RECORD_FORMAT - 1)
    assert record_version(None, table) != current  # records of another layout are not read


class _Watched(ArticleRecord):
    """A record that can be watched by a weak reference (ArticleRecord has slots only)."""


def _watched_records(count: int) -> list[ArticleRecord]:
    made = record_reducer(options(), default_table()).apply(report([NONE], id="w"))[1]
    return [_Watched(made.facts._replace(key=str(n)), made.signature) for n in range(count)]


def test_a_batch_is_let_go_before_the_next_one_is_read(monkeypatch) -> None:
    # tally_records holds one batch of records at most: when the first record of a batch
    # is asked for, none of the batch before it is alive any more.
    import weakref

    from sourcing.corpus import record_tally as module

    monkeypatch.setattr(module, "DUPLICATE_BATCH", 4)
    alive: list[list[weakref.ref]] = []

    def records():
        for _ in range(3):
            made = _watched_records(4)
            if alive:
                assert [ref() for ref in alive[-1]] == [None] * 4
            alive.append([weakref.ref(record) for record in made])
            yield from made
            del made

    _, hygiene = module.tally_records(records(), options())
    assert hygiene.read == 12 and len(alive) == 3


def test_an_indexed_part_is_let_go_before_the_next_one_is_read(monkeypatch) -> None:
    # input_records drops each part's records once they are handed on, so with a
    # consumer that keeps none, a part is freed before the next part is decoded.
    import weakref
    from collections import deque

    from sourcing.corpus import record_inputs as module

    alive: list[list[weakref.ref]] = []

    class Index:
        def file_key(self, path):
            return "key"

        def rows(self, key):
            return iter([[("a", "1", ":1")], [("b", "2", ":2")], [("c", "3", ":3")]])

        def records(self, rows, path, version, unpack):
            if alive:
                assert [ref() for ref in alive[-1]] == [None]
            made = _watched_records(1)
            alive.append([weakref.ref(record) for record in made])
            return made

    reducer = record_reducer(options(), default_table())
    stream = module.input_records(["corpus.jsonl"], None, lambda documents: iter(()),
                                  lambda path, message: None, Index(), reducer)  # type: ignore[arg-type]
    deque(stream, maxlen=0)  # keeps no record
    assert len(alive) == 3


def test_the_comparison_loads_the_ratings_module_only_for_ratings() -> None:
    # A comparison without --ratings (every cached re-run of the benchmark) does not
    # import it: its dataclass and imports are start-up time.
    code = ("import sys\n"
            "import sourcing.corpus.compare, sourcing.render.comparison\n"
            "print('sourcing.corpus.ratings' in sys.modules)\n"
            "from sourcing.corpus.ratings import correlate\n"
            "print(correlate([], []).n)\n")
    assert run_python(code).stdout.split() == ["False", "0"]


class _Node:
    """An object that can be part of a cycle and be watched by a weak reference."""

    other: object = None


def test_what_the_paused_collector_leaves_alive_goes_to_the_oldest_generation() -> None:
    import gc
    import weakref

    from sourcing.corpus.record_inputs import collector_paused

    with collector_paused():
        kept = _Node()
        cycle = _Node()
        cycle.other = cycle
        watched = weakref.ref(cycle)
        del cycle
    assert gc.isenabled()
    # A young collection would have scanned `kept` and moved it one generation up.
    assert any(found is kept for found in gc.get_objects(generation=2))
    assert watched() is not None
    gc.collect()
    assert watched() is None  # a full collection still frees a cycle made in the pause


def test_the_paused_collector_leaves_frozen_objects_frozen() -> None:
    import gc

    from sourcing.corpus.record_inputs import collector_paused

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            made = [_Node() for _ in range(3)]
        assert gc.get_freeze_count() == frozen and len(made) == 3
    finally:
        gc.unfreeze()
