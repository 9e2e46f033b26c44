"""Read a blind reading set's rows and check them against the figures of docs/exercise_agreement.md.

Shared by test_all_sets.py and the per-set modules test_set_NN.py beside this one.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FIELDS = ["id", "outlet", "statement", "text", "keyed", "reason_keyed", "reading", "alt", "rule",
          "reason_reading", "source_ok", "agree", "note"]
TYPES = {"named_official", "named_person", "named_organization", "document", "cited_outlet",
         "unnamed_source", "unattributed"}


def rows(name: str) -> list[dict]:
    path = ROOT / "docs" / f"exercise_agreement_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reader_part(name: str, ids: list[str], size: int, outlets: set[str], counts: dict[str, int],
                reasons: int, reason_ids: set[str]) -> list[dict]:
    """Return one reader's rows of the articles `ids`, checked against the doc's figures: one run
    of `size` rows in the draw's order, the outlets, the counts per reading, the reasons read."""
    readings = rows(name)
    part = [row for row in readings if row["id"] in ids]
    assert list(dict.fromkeys(row["id"] for row in part)) == ids
    start = readings.index(part[0])
    assert len(part) == size and readings[start:start + size] == part
    assert {row["outlet"] for row in part} == outlets
    assert {reading: sum(row["reading"] == reading for row in part) for reading in TYPES | {"boilerplate"}} == counts
    read = [row["id"] for row in part if row["reason_reading"] is True]
    assert len(read) == reasons and set(read) == reason_ids
    return part


# One letter per reading, so that an article's readings read as one string ("uuGuAGGG...").
READING_LETTERS = {"unattributed": "u", "named_official": "O", "named_person": "P", "named_organization": "G",
                   "document": "D", "cited_outlet": "C", "unnamed_source": "A", "boilerplate": "b"}


def readings_by_article(part: list[dict], ids: list[str]) -> list[str]:
    """Each article's readings in statement order, one letter each (`READING_LETTERS`)."""
    return ["".join(READING_LETTERS[row["reading"]] for row in part if row["id"] == article) for article in ids]


def whole_set(name: str, order: list[str], size: int, counts: dict[str, int], reasons: int) -> None:
    """Check both readers' rows of a set against the doc's whole-set figures: `size` rows, the articles
    in `order` (the draw's, or as the two tens landed), the counts per reading, the reasons read."""
    readings = rows(name)
    assert len(readings) == size and list(dict.fromkeys(row["id"] for row in readings)) == order
    assert {reading: sum(row["reading"] == reading for row in readings) for reading in TYPES | {"boilerplate"}} == counts
    assert sum(row["reason_reading"] is True for row in readings) == reasons


def review_adding_only_alts(name: str, order: list[str], size: int, counts: dict[str, int],
                            reasons: int, keyed: bool = False) -> tuple[dict, dict]:
    """Check a review that only added second types to alt: every row it changed says so after "; review: ",
    the keyed fields are empty (unless the set has been `keyed` since: its figure test checks them) and the
    whole set's figures stand. Return the reviewed rows and all rows, each by (id, statement)."""
    readings = rows(name)
    reviewed = {(row["id"], row["statement"]): row for row in readings if "; review: " in row["note"]}
    assert all(" added to alt" in row["note"].split("; review: ")[1] for row in reviewed.values())
    assert keyed or all(row[field] is None for row in readings
                        for field in ("keyed", "reason_keyed", "source_ok", "agree"))
    whole_set(name, order, size, counts, reasons)
    return reviewed, {(row["id"], row["statement"]): row for row in readings}


def reason_misses(keyed: list[dict]) -> dict[tuple[str, int], tuple[bool, bool]]:
    """The keyed rows whose "reason given" differs from the reading's: (keyed, read) by statement."""
    return {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
            if None not in (row["reason_keyed"], row["reason_reading"])
            and row["reason_keyed"] != row["reason_reading"]}


def type_disagreements(keyed: list[dict]) -> dict[tuple[str, int], tuple[str, str]]:
    """The keyed rows whose type agrees with neither reading: (keyed, read) by statement, in row order."""
    return {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed if not row["agree"]}


def agreeing_through_alt(keyed: list[dict]) -> int:
    """How many keyed types agree only with the reading's second type (`alt`)."""
    return sum(row["keyed"] != row["reading"] and row["agree"] for row in keyed)


def keyed_per_article(keyed: list[dict], ids: list[str]) -> list[int]:
    """The number of keyed rows of each article, smallest first."""
    return sorted(sum(row["id"] == article_id for row in keyed) for article_id in ids)


def keyed_types(keyed: list[dict]) -> dict[str, int]:
    """How many keyed rows have each type."""
    return {kind: sum(row["keyed"] == kind for row in keyed) for kind in TYPES}


def assert_held_out_figure(name: str, statements: int, articles: int, keyed: int, agree: int, strict: int,
                           reasons: int, reasons_agree: int, wrong_sources: int,
                           per_article_min_max: tuple[int, int], wrong_disagreeing: int = 0) -> list[dict]:
    """Assert a set's keyed fields are whole and add up to its held-out figure; return the keyed rows.
    `wrong_sources` counts the agreeing types under a wrong source (the script's figure),
    `wrong_disagreeing` the wrong sources judged under a type that disagrees anyway."""
    readings = rows(name)
    ids = list(dict.fromkeys(row["id"] for row in readings))
    assert (len(readings), len(ids)) == (statements, articles)
    keyed_rows = [row for row in readings if row["keyed"] is not None]
    unkeyed = [row for row in readings if row["keyed"] is None]
    assert all(row[field] is None for row in unkeyed for field in ("reason_keyed", "source_ok", "agree"))
    assert all(row["agree"] == (row["keyed"] == row["reading"] or row["keyed"] in row["alt"])
               for row in keyed_rows)
    assert (len(keyed_rows), sum(row["agree"] for row in keyed_rows)) == (keyed, agree)
    assert sum(row["keyed"] == row["reading"] for row in keyed_rows) == strict
    both = [row for row in keyed_rows if None not in (row["reason_keyed"], row["reason_reading"])]
    same = sum(row["reason_keyed"] == row["reason_reading"] for row in both)
    assert (len(both), same) == (reasons, reasons_agree)
    wrong = [row for row in keyed_rows if row["source_ok"] is False]
    assert all(row["source_keyed"] for row in wrong)
    assert (sum(row["agree"] for row in wrong), sum(not row["agree"] for row in wrong)) == (
        wrong_sources, wrong_disagreeing)
    assert all(("source_keyed" in row) == (row["source_ok"] is False) for row in readings)
    per_article = keyed_per_article(keyed_rows, ids)
    assert (per_article[0], per_article[-1]) == per_article_min_max
    return keyed_rows
