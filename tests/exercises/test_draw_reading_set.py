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
