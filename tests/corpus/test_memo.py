"""The comparison's statistics kept in the report cache: same figures, exactly the new work."""

from __future__ import annotations

import ast
import dataclasses
import gc
import hashlib
import json
import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from compare_sample import sample_reports

from sourcing.corpus import compare, memo, record_tally
from sourcing.corpus.compare import CompareOptions, compare_records, record_reducer
from sourcing.corpus.memo import MemoDuplicates
from sourcing.corpus.near_duplicates import DuplicateIndex
from sourcing.corpus.reduction import ArticleRecord
from sourcing.outlets import default_table
from sourcing.run.cache import ReportCache

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"
CASES = {  # the cases of expected_comparison.json that take no ratings
    "outlet_year_clean": CompareOptions(by=("outlet", "year"), exclude_wire=True,
                                        exclude_pattern="/opinion/"),
    "topic_loose": CompareOptions(by=("topic",), duplicate_threshold=0.5),
}


def sample_records(chosen: CompareOptions) -> list[ArticleRecord | None]:
    reducer = record_reducer(chosen, default_table())
    return [None if made is None else reducer.apply(dict(made))[1] for made in sample_reports()]


def figures(result: Any) -> dict[str, Any]:
    return json.loads(json.dumps(dataclasses.asdict(result), default=list))


class Spy:
    """Count the statistics a comparison computes (those it could not read)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.samples: list[np.ndarray] = []
        self.batches = 0
        original, check = memo.mean_and_median, DuplicateIndex.check_many

        def bootstrapped(sample: np.ndarray) -> Any:
            self.samples.append(np.array(sample))
            return original(sample)

        def checked(index: DuplicateIndex, *args: Any) -> Any:
            self.batches += 1
            return check(index, *args)

        monkeypatch.setattr(memo, "mean_and_median", bootstrapped)
        monkeypatch.setattr(DuplicateIndex, "check_many", checked)

    def reset(self) -> None:
        self.samples, self.batches = [], 0


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with ReportCache(tmp_path / "cache.sqlite", "any analyzer") as cache:
        yield cache


@pytest.mark.parametrize("name", sorted(CASES))
def test_stored_statistics_give_the_figures_of_whole_reports_to_the_last_bit(
        name: str, store: ReportCache, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = json.loads((FIXTURES / "expected_comparison.json").read_text())[name]
    monkeypatch.setattr(record_tally, "DUPLICATE_BATCH", 64)  # several near-duplicate batches
    records = sample_records(CASES[name])
    spy = Spy(monkeypatch)
    first = figures(compare_records(records, CASES[name], memo=store))
    groups, batches = len(spy.samples), spy.batches
    assert groups == len(first["groups"]) and batches == -(-len(records) // 64)
    spy.reset()
    again = figures(compare_records(records, CASES[name], memo=store))
    assert spy.samples == [] and spy.batches == 0  # everything read
    assert first == again == expected == figures(compare_records(records, CASES[name]))


def test_an_added_or_changed_article_recomputes_its_group_only(
        store: ReportCache, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_tally, "DUPLICATE_BATCH", 64)
    chosen = CASES["outlet_year_clean"]
    records = sample_records(chosen)
    compare_records(records, chosen, memo=store)
    spy = Spy(monkeypatch)

    def rerun(changed: list[ArticleRecord | None]) -> dict[str, Any]:
        fresh = figures(compare_records(changed, chosen))  # as if nothing were stored
        spy.reset()
        result = figures(compare_records(changed, chosen, memo=store))
        assert result == fresh
        return result

    # Change the share of one article of the first batch: its group only is bootstrapped
    # again; its signature is the same, so no near-duplicate is looked up.
    position = next(n for n, r in enumerate(records) if r is not None and r.facts is not None
                    and not r.facts.wire and r.facts.anonymity_share == 0.0)
    old = records[position]
    assert old is not None and old.facts is not None
    changed = dataclasses.replace(old, facts=old.facts._replace(anonymity_share=0.625))
    before = rerun(records)
    assert spy.samples == [] and spy.batches == 0
    after = rerun([*records[:position], changed, *records[position + 1:]])
    assert len(spy.samples) == 1 and 0.625 in spy.samples[0] and spy.batches == 0
    moved = [g["group"] for g, h in zip(before["groups"], after["groups"], strict=True) if g != h]
    assert moved == [[changed.facts.outlet, changed.facts.year]]

    # Its text changed too (another signature): near-duplicates are looked up from its batch on.
    retold = dataclasses.replace(changed, signature=np.arange(9, 137, dtype=np.uint32))
    again = rerun([*records[:position], retold, *records[position + 1:]])
    assert spy.batches == -(-len(records) // 64) - position // 64
    # (copies of the article may now count: the groups whose figures moved are recomputed)
    assert len(spy.samples) == sum(g != h for g, h in zip(after["groups"], again["groups"]))

    # Add an article at the end: its group and the last batch are computed, nothing else.
    added = ArticleRecord(old.facts._replace(anonymity_share=0.375),
                          np.arange(7, 135, dtype=np.uint32))  # no near-duplicate
    rerun([*records, added])
    assert len(spy.samples) == 1 and spy.samples[0][-1] == 0.375 and spy.batches == 1


def test_settled_answers_leave_the_index_as_checking_would() -> None:
    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, size=(40, 128), dtype=np.uint32)
    signatures: list[np.ndarray | None] = [base[n % 25].copy() for n in range(60)]
    signatures[7] = None
    groups = ["a" if n % 3 else "b" for n in range(60)]
    checked = DuplicateIndex()
    answers = checked.check_many(groups[:30], signatures[:30])
    settled = DuplicateIndex()
    settled.settle(groups[:30], signatures[:30], answers)
    assert settled.check_many(groups[30:], signatures[30:]) == checked.check_many(
        groups[30:], signatures[30:])


def test_a_bootstrap_key_names_the_sample_in_order() -> None:
    key = memo.bootstrap_key
    assert key(np.array([0.0, 0.5])) == key(np.array([0.0, 0.5]))
    assert key(np.array([0.0, 0.5])) != key(np.array([0.5, 0.0]))
    assert key(np.array([0.0, 0.5])) != key(np.array([0.0, 0.5, 0.0]))


def test_a_bootstrap_key_hashes_the_setting_then_the_shares(monkeypatch: pytest.MonkeyPatch) -> None:
    # The setting's part of the hash is made once and copied; the key is still the sha256
    # of the setting as a JSON list and the shares' float64 bytes, and a changed setting
    # is another key.
    from array import array

    from sourcing.corpus import bootstrap

    shares = array("d", [0.0, 0.25, 1.0])
    for _ in range(2):  # the second time from the setting's stored digest
        setting = ["bootstrap mean and median", memo.code_version(*memo.BOOTSTRAP_CODE),
                   bootstrap.RESAMPLES, bootstrap.LEVEL, bootstrap.SEED]
        expected = hashlib.sha256(json.dumps(setting).encode())
        expected.update(np.array([0.0, 0.25, 1.0], dtype="<f8").tobytes())
        assert memo.bootstrap_key(shares) == memo.bootstrap_key(np.asarray(shares)) == (
            expected.hexdigest())
    before = memo.bootstrap_key(shares)
    monkeypatch.setattr(bootstrap, "SEED", bootstrap.SEED + 1)
    assert memo.bootstrap_key(shares) != before


def test_a_batch_key_chains_the_bytes_of_the_stacked_signatures(store: ReportCache) -> None:
    # The key of stored answers hashes the batch's signatures as np.stack gives them, as
    # little-endian uint32, whatever their own layout.
    rng = np.random.default_rng(3)
    native = rng.integers(0, 2**32, size=(3, 128), dtype=np.uint32)
    signatures = [native[0], None, native[1].astype(">u4"), native[2].astype(np.uint64)[::1]]
    groups = ["a", "b", "a", "c"]
    setting = ["near-duplicates", memo.code_version(*memo.NEAR_DUPLICATES_CODE), 0.8]
    expected = hashlib.sha256(json.dumps(setting).encode())
    expected.update(struct.pack("<I", 4) + bytes([1, 0, 1, 1]))
    expected.update(json.dumps(groups).encode())
    expected.update(np.stack([native[0], native[1], native[2]]).astype("<u4").tobytes())
    assert MemoDuplicates(DuplicateIndex(0.8), store)._advance(groups, signatures) == (
        expected.hexdigest())


def test_near_duplicate_answers_are_keyed_on_the_threshold(store: ReportCache) -> None:
    signatures = [np.arange(128, dtype=np.uint32), np.arange(128, dtype=np.uint32)]
    strict = MemoDuplicates(DuplicateIndex(1.0), store)
    loose = MemoDuplicates(DuplicateIndex(0.5), store)
    strict.check_many(["a", "a"], signatures)
    loose.check_many(["a", "a"], signatures)
    assert strict.checked == loose.checked == 1


@pytest.mark.parametrize("stored", [False, True])
def test_the_near_duplicate_index_is_freed_before_the_bootstraps(
        stored: bool, store: ReportCache, monkeypatch: pytest.MonkeyPatch) -> None:
    # It holds every kept signature; the bootstraps' resamples come on top of it otherwise.
    alive: list[bool] = []
    group_table = compare.group_table

    def bootstraps(*args: Any) -> Any:
        gc.collect()
        alive.append(any(isinstance(o, DuplicateIndex) for o in gc.get_objects()))
        return group_table(*args)

    monkeypatch.setattr(compare, "group_table", bootstraps)
    chosen = CASES["topic_loose"]
    compare_records(sample_records(chosen), chosen, memo=store if stored else None)
    assert alive == [False]


def named(records: list[ArticleRecord | None], space: str = "analyzer records+1") -> list[Any]:
    """The records as the cache gives them back: each with its name (content key, space)."""
    return [None if r is None else dataclasses.replace(r, name=(f"k{n}", space))
            for n, r in enumerate(records)]


def test_named_records_chain_their_names_not_their_signatures(
        store: ReportCache, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_tally, "DUPLICATE_BATCH", 64)
    chosen = CASES["outlet_year_clean"]
    records = named(sample_records(chosen))
    first = figures(compare_records(records, chosen, memo=store))
    assert first == figures(compare_records(records, chosen))
    spy = Spy(monkeypatch)
    # The name stands for the record: the answers are found without its signature's bytes.
    position = next(n for n, r in enumerate(records) if r is not None and r.signature is not None)
    renamed = list(records)
    renamed[position] = dataclasses.replace(records[position], signature=np.zeros(128, np.uint32))
    compare_records(renamed, chosen, memo=store)
    assert spy.batches == 0
    # Another name (another content, analyzer or reduction) is another key, from its batch on.
    renamed[position] = records[position]
    renamed[-1] = dataclasses.replace(records[-1], name=("k-1", "analyzer records+2"))
    assert figures(compare_records(renamed, chosen, memo=store)) == first
    assert spy.batches == 1


def test_a_batch_with_an_unnamed_record_or_two_spaces_is_chained_by_signatures(
        store: ReportCache) -> None:
    signatures = [np.arange(128, dtype=np.uint32), np.arange(1, 129, dtype=np.uint32)]
    stored = MemoDuplicates(DuplicateIndex(0.8), store)
    assert stored._advance_by_name([("k0", "a r"), None]) is None
    assert stored._advance_by_name([("k0", "a r"), ("k1", "b r")]) is None
    assert stored._advance_by_name([]) is None
    plain = MemoDuplicates(DuplicateIndex(0.8), store)
    answers = plain.check_many(["a", "a"], signatures)
    assert stored.check_many(["a", "a"], signatures, [("k0", "a r"), None]) == answers
    assert (plain.checked, stored.checked) == (1, 0)  # the key of the batch without names


@pytest.mark.parametrize("size", [1, 511, 512, 513, 1025, 2048])
def test_a_named_batch_key_hashes_its_names_joined_by_lines(store: ReportCache, size: int) -> None:
    # The names are hashed a few hundred at a time: the key is still the sha256 of the
    # setting, then of the marker, the batch's size and space as JSON, and its content
    # keys joined by newlines, chained batch to batch.
    space = "0.1.0+x records+é"
    batches = [[(f"{batch}-{n:04x}" * 4, space) for n in range(size)] for batch in range(2)]
    stored = MemoDuplicates(DuplicateIndex(0.8), store)
    setting = ["near-duplicates", memo.code_version(*memo.NEAR_DUPLICATES_CODE), 0.8]
    expected = hashlib.sha256(json.dumps(setting).encode())
    for names in batches:
        text = json.dumps([size, space], ensure_ascii=False) + "\n" + "\n".join(
            key for key, _ in names)
        expected.update(struct.pack("<I", 0xFFFFFFFF) + text.encode("utf-8"))
        assert stored._advance_by_name(names) == expected.hexdigest()


@pytest.mark.parametrize(("code", "module"), [(memo.BOOTSTRAP_CODE, "bootstrap.py"),
                                              (memo.NEAR_DUPLICATES_CODE, "near_duplicates.py")])
def test_a_results_key_hashes_the_comparison_modules_its_code_imports(
        code: tuple[str, ...], module: str) -> None:
    # A stored result is keyed on the source of the code that computes it: its module and
    # the comparison's modules that module imports (the bootstrap's counted median lives
    # in a module of its own), so editing any of them computes the result again.
    tree = ast.parse((Path(memo.__file__).parent / module).read_text(encoding="utf-8"))
    imported = {node.module.removeprefix("sourcing.corpus.") + ".py" for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sourcing.corpus.")}
    assert {module, *imported} <= set(code)
