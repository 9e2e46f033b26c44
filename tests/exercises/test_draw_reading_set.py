"""scripts/draw_reading_set.py: the rule of the reading sets (docs/exercise_agreement.md)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
import scripts_loader


def load_script() -> ModuleType:
    return scripts_loader.load_script("draw_reading_set")


def article(article_id: str, outlet: str, words: int, anonymous: bool = False) -> dict:
    text = " ".join(["word"] * (words - 3)) + (" on condition of" if anonymous else " said the mayor")
    return {"id": article_id, "outlet": outlet, "title": article_id, "text": text}


@pytest.mark.parametrize(("text", "mentions"), [
    ("spoke on condition of anonymity", True),
    ("who ASKED NOT TO BE IDENTIFIED", True),
    ("was not authorized to speak", True),
    ("the mayor said", False),
])
def test_anonymity_mention(text: str, mentions: bool) -> None:
    assert bool(load_script().ANONYMITY.search(text)) is mentions


def test_two_per_outlet_anonymity_first_within_bounds_and_not_excluded() -> None:
    script = load_script()
    articles = [article("aaaaaaaaaaaaaaa1", "Reuters", 400, anonymous=True),
                article("aaaaaaaaaaaaaaa2", "Reuters", 400),
                article("aaaaaaaaaaaaaaa3", "Reuters", 600, anonymous=True),  # too long
                article("aaaaaaaaaaaaaaa4", "Reuters", 400, anonymous=True),  # excluded
                article("bbbbbbbbbbbbbbb1", "Politico", 400),  # no anonymity candidate
                article("ccccccccccccccc1", "Bloomberg", 299, anonymous=True),  # too short
                article("ccccccccccccccc2", "Bloomberg", 300)]
    outlets, drawn = script.draw(articles, {"aaaaaaaaaaaaaaa4"}, seed=1207)
    assert sorted(outlets) == sorted(script.OUTLETS)
    assert [a["id"] for a in drawn] == ["aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa2"]


def test_draw_is_deterministic_and_excluded_ids_found_in_any_text(tmp_path: Path) -> None:
    script = load_script()
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "aaaaaaaaaaaaaaa1.txt"}\n{"id": "zzzzzzzzzzzzzzz9"}\n', encoding="utf-8")
    assert script.excluded_ids([gold], {"aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa2"}) == {"aaaaaaaaaaaaaaa1"}
    articles = [article(f"{outlet[:3]}{i:013d}", outlet, 350, anonymous=i % 2 == 0)
                for outlet in script.OUTLETS for i in range(6)]
    first, second = script.draw(articles, set(), 5), script.draw(articles, set(), 5)
    assert first == second
    assert len(first[1]) == 20 and len({a["outlet"] for a in first[1]}) == 10


def test_fill_to_adds_one_article_from_each_outlet_that_gave_none_after_the_pairs() -> None:
    script = load_script()
    articles = [article("aaaaaaaaaaaaaaa1", "Reuters", 400, anonymous=True),
                article("aaaaaaaaaaaaaaa2", "Reuters", 400),
                article("bbbbbbbbbbbbbbb1", "Politico", 400),
                article("bbbbbbbbbbbbbbb2", "Politico", 450),
                article("ccccccccccccccc1", "Bloomberg", 350)]
    _, paired = script.draw(articles, set(), seed=1207)
    outlets, filled = script.draw(articles, set(), seed=1207, fill_to=4)
    assert filled[:2] == paired and len(filled) == 4
    extra = filled[2:]
    assert [a["outlet"] for a in extra] == [o for o in outlets if o in {"Politico", "Bloomberg"}]
    assert script.draw(articles, set(), seed=1207, fill_to=3)[1] == filled[:3]


@pytest.mark.parametrize(("text", "earlier", "ninth"), [
    ("spoke on condition of anonymity", True, True),
    ("on the condition that he not be named", False, True),
    ("based on conditions on the ground", True, False),
    ("an aide who spoke anonymously", False, True),
    ("who asked not to be named", True, True),
    ("preferred not to be identified", False, True),
    ("the mayor said", False, False),
])
def test_ninth_anonymity_pattern_reads_condition_as_whole_words(text: str, earlier: bool, ninth: bool) -> None:
    script = load_script()
    assert bool(script.ANONYMITY.search(text)) is earlier
    assert bool(script.ANONYMITY_NINTH.search(text)) is ninth


def test_max_words_widens_the_range_and_the_default_keeps_500() -> None:
    script = load_script()
    articles = [article("aaaaaaaaaaaaaaa1", "Reuters", 550, anonymous=True),
                article("aaaaaaaaaaaaaaa2", "Reuters", 400),
                article("aaaaaaaaaaaaaaa3", "Reuters", 601, anonymous=True)]
    assert script.draw(articles, set(), seed=1209)[1] == []
    assert [a["id"] for a in script.draw(articles, set(), seed=1209, max_words=600)[1]] == [
        "aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa2"]


CORPUS = Path("/work/shared/corpus/allsides/articles.jsonl.xz")
EIGHTH = ["i6k4ue01kRJHjOkv", "iYI10DjLGdHRVjbs", "G5XRU4yxT05C09YE", "1WjArGqjSGZZFMkG",
          "7VjjYhTvuJwm13tn", "yoFa0wgJPr1lc67y", "34r68siALB7otWJN", "26B9Jo5O7U52jln5",
          "2zCuC4ro0yodO541", "39Dn1d3kX4So3dzx", "FaSFkHPxCQ51CnHa", "Ul9fY3xvDJ7UU89d",
          "POU8FZCh9bFLOChu", "EqhwoZdjHUwdlZtj", "5JAXnLSys9Po1z0n", "wxWFx14auXSYNcq2",
          "POJkt4eDgyNGA9Eb", "cTlZbgJ8DigZxAVk", "e6BhgACsnpvl8Awi", "xLZe7KAF2QNMjMJz"]


@pytest.mark.skipif(not CORPUS.exists(), reason="the AllSides corpus is not on this machine")
def test_the_eighth_command_still_draws_the_eighth_set() -> None:
    script = load_script()
    root = Path(__file__).resolve().parents[2]
    exclude = [*sorted((root / "data/gold").glob("*.jsonl")), *sorted(Path("/work/shared/gold").glob("*.jsonl")),
               root / "docs/exercise_agreement_heldout.jsonl",
               *(root / f"docs/exercise_agreement_heldout{n}.jsonl" for n in range(2, 8))]
    articles = script.read_corpus(CORPUS)
    excluded = script.excluded_ids(exclude, {a["id"] for a in articles})
    assert len(excluded) == 459
    _, drawn = script.draw(articles, excluded, seed=1208, fill_to=20)
    assert [a["id"] for a in drawn] == EIGHTH
