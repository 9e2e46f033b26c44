"""The check that doubts an anonymous source the next statements name (`sourcing.exercises.named_next`)."""

from __future__ import annotations

from typing import Any

import pytest
from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.named_next import described_then_named
from sourcing.provenance import Provenance, Rule

ANON = "unnamed_source"
OFFICIAL = "named_official"
FILLER = ("Markets fell on the news.", "unattributed", {})


def overridden(rules_type: str) -> dict[str, Any]:
    """The fields of a record the model typed unattributed over the rules' `rules_type`."""
    return {"provenance": Provenance(Rule.MODEL, probability=0.6, replaced_type=rules_type)}


TOP_OFFICIAL_SAID = ("A top tech official for the ObamaCare exchanges said the White House was nervous, "
                     "Fox News has learned.")
CHAO_EMAIL = "A Sept. 25 email chain from HealthCare.gov project manager Henry Chao suggests officials had fears."

CASES = [
    pytest.param(  # heldout32 9CMwzJJVs4vAcUUv [0], named in [3]: the opening, the same role
        [("Beijing and Washington have agreed to cut tariffs, a Chinese spokesman said Thursday.",
          ANON, {"source": "a Chinese spokesman"}),
         FILLER, FILLER,
         ("Negotiators agreed to a phased cancellation, said a Commerce Ministry spokesman, Gao Feng.",
          OFFICIAL, {"source": "a Commerce Ministry spokesman, Gao Feng"})],
        True, id="opening spokesman named three statements on"),
    pytest.param(  # heldout14 0w9gzkJjvmcFapzq [0]: a "top" official, an email from its manager
        [(TOP_OFFICIAL_SAID, ANON, {"source": "A top tech official for the ObamaCare exchanges"}),
         (CHAO_EMAIL, "unattributed", overridden("document"))],
        True, id="top official named in a document"),
    pytest.param(  # allsides wspBFYHfwBjikoMF [44]: the spokesman refers back
        [FILLER,
         ("A spokesman for Netanyahu told CNN on Thursday that Hamas harms the talks.",
          ANON, {"source": "A spokesman for Netanyahu"}),
         ("\u201cHamas is the enemy of peace,\u201d said the spokesman, Mark Regev.",
          OFFICIAL, {"source": "the spokesman, Mark Regev"})],
        True, id="the spokesman, Name"),
    pytest.param(  # allsides Hq2xFZM1QSU1aS66 [13]: a senior official is not the spokesman
        [FILLER,
         ("The tool protects the nation, a senior administration official said.",
          ANON, {"source": "a senior administration official"}),
         ("White House spokesman Josh Earnest said that privacy tradeoffs come into play.",
          OFFICIAL, {"source": "White House spokesman Josh Earnest"})],
        False, id="senior official, then another spokesman"),
    pytest.param(  # allsides 9iXIWdBVPrtv7w7N [28]: not the opening, no "the", not "top"
        [FILLER,
         ("Three Israelis were killed, an Israeli police spokesman said.",
          ANON, {"source": "an Israeli police spokesman"}),
         ("Israeli military spokeswoman Avital Leibovich tweeted a photo.",
          OFFICIAL, {"source": "Israeli military spokeswoman Avital Leibovich"})],
        False, id="another spokeswoman later on"),
    pytest.param(  # a name that does not speak: FVcvGtMNDE2m83Gd-like
        [("A top State Department official said Kerry was the presumption.",
          ANON, {"source": "A top State Department official"}),
         ("The acting C.I.A. director, Michael Morell, is likely to be named.", "unattributed", {})],
        False, id="named but not speaking"),
    pytest.param(  # anonymity granted: a different person, whoever is named next
        [("A top U.S. official, speaking on condition of anonymity, said talks stalled.",
          ANON, {"source": "A top U.S. official"}),
         ("Pentagon spokesman George Little said the talks went on.",
          OFFICIAL, {"source": "Pentagon spokesman George Little"})],
        False, id="anonymity granted"),
]


@pytest.mark.parametrize(("rows", "doubted"), CASES)
def test_a_description_named_next_is_doubted(rows: list[tuple[str, str, dict[str, Any]]], doubted: bool) -> None:
    report = make_report(rows)
    described = next(s for s in report.statements if s.type.value == ANON)
    assert described_then_named(described, report) is doubted


def test_the_key_leaves_a_described_then_named_source_out() -> None:
    """heldout32 9CMwzJJVs4vAcUUv [0] was keyed Anonymous source on main b900ecc (read Named
    official, rule 6); the key no longer asks about it."""
    report = make_report(CASES[0].values[0])
    assert 0 in build_exercises([report], "advanced", seed=0).ungraded[0]
