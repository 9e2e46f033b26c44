"""docs/exercise_agreement_heldout8.jsonl: the eighth reading set (seed 1208), read blind.

Its section of docs/exercise_agreement.md: "The eighth reading set (stop 23; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import assert_held_out_figure, rows

EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the eighth reading set"), in its order
    "i6k4ue01kRJHjOkv", "iYI10DjLGdHRVjbs", "G5XRU4yxT05C09YE", "1WjArGqjSGZZFMkG",
    "7VjjYhTvuJwm13tn", "yoFa0wgJPr1lc67y", "34r68siALB7otWJN", "26B9Jo5O7U52jln5",
    "2zCuC4ro0yodO541", "39Dn1d3kX4So3dzx", "FaSFkHPxCQ51CnHa", "Ul9fY3xvDJ7UU89d",
    "POU8FZCh9bFLOChu", "EqhwoZdjHUwdlZtj", "5JAXnLSys9Po1z0n", "wxWFx14auXSYNcq2",
    "POJkt4eDgyNGA9Eb", "cTlZbgJ8DigZxAVk", "e6BhgACsnpvl8Awi", "xLZe7KAF2QNMjMJz",
]


def test_eighth_set_every_drawn_article_read_in_the_draws_order() -> None:
    readings = rows("heldout8")
    assert list(dict.fromkeys(row["id"] for row in readings)) == EIGHTH_SET
    pairs = {row["outlet"] for row in readings if row["id"] in EIGHTH_SET[:14]}
    assert len(pairs) == 7 and len({row["outlet"] for row in readings}) == 13


def test_eighth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main fe1648e (made once, 15:38 UTC): 177/181 with alt, 154 strict, 14/15."""
    assert_held_out_figure("heldout8", statements=322, articles=20, keyed=181, agree=177, strict=154,
                           reasons=15, reasons_agree=14, wrong_sources=1, per_article_min_max=(4, 17))
    assert [row["id"] for row in rows("heldout8") if row["statement"] == 0] == EIGHTH_SET
