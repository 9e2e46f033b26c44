"""Never-key checks on an anonymous record's "no reason given" (`sourcing.exercises.reason_shape`)."""

from __future__ import annotations

import json

import pytest
from report_builders import make_report

from sourcing.exercises import build_exercises, exercise_files
from sourcing.exercises.reason_shape import (
    head_noun,
    states_terms,
    terms_about_the_head,
    terms_after_the_chain,
    terms_in_the_chain,
)
from sourcing.provenance import Provenance, Rule

ANON = "unnamed_source"


def test_terms_beyond_the_reason_lexicon_are_read() -> None:
    assert states_terms("She told CNN on condition of appearing on-camera with her face blurred.")
    assert states_terms("He is in jail and fears retaliation, the Post reported.")
    assert states_terms("The official spoke on condition of anonymity.")
    assert not states_terms("The conditions on the ground improved, officials said.")


def test_a_chain_whose_own_statement_states_terms_is_never_keyed_without_a_reason() -> None:
    """Washington Times sxBQgZEasEtm80O2 [1] and its "she" records, keyed "no reason given" on
    main e3e7e38 (heldout7), while [9] "she told CNN on condition of appearing on-camera ..."
    states the relative's terms; another anonymous source's chain is not concerned."""
    relative = "a relative of one of the officers"
    report = make_report([
        (f"Meanwhile, {relative} told CNN that she feared a railroading.", ANON, {"source": relative}),
        ("As a result, the relative said she was suspicious.", ANON,
         {"source": relative, "resolved_from": 0}),
        ("It cannot all be for naught, she told CNN on condition of appearing with her face blurred.",
         ANON, {"source": relative, "resolved_from": 0}),
        ("Gray had been arrested 18 times.", "unattributed", {}),
        ("A neighbor said the van stopped twice.", ANON, {"source": "A neighbor"}),
        ("She said it was dark.", ANON, {"source": "A neighbor", "resolved_from": 4}),
    ])
    assert [terms_in_the_chain(s, report) for s in report.statements] == [
        True, True, True, False, False, False]
    exercises = build_exercises([report], "advanced", seed=0)
    assert exercises.ungraded[0] == (0, 1, 2)
    key = json.loads(exercise_files(exercises)["key.json"])
    keyed = {proof["statement"] for question in key["questions"] for proof in question["evidence"]}
    assert keyed.isdisjoint({0, 1, 2}) and {4, 5} <= keyed


def test_a_chain_with_its_reason_found_is_keyed() -> None:
    """The analysis found the reason: the key says "reason given", as the score card does."""
    source = "a senior official"
    report = make_report([
        (f"The talks stalled, said {source}, who asked not to be named.", ANON,
         {"source": source, "anonymity_reason": True}),
        ("He said the next round was off.", ANON,
         {"source": source, "resolved_from": 0, "anonymity_reason": True}),
    ])
    assert not any(terms_in_the_chain(s, report) for s in report.statements)
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == ()


def test_a_chain_followed_by_its_pronoun_stating_terms_is_never_keyed_without_a_reason() -> None:
    """Fox Online News EsQkMJ8gu9OWn2h8 [2] "An official from Seoul's Korea Meteorological
    Administration said ...", [3] "She said ...", [4] "She spoke on condition of anonymity,
    citing office rules." (typed Document): [2] keyed "no reason given" on main e3e7e38
    (heldout7). A pronoun sentence after another source's statement is not concerned."""
    official = "An official from the weather agency"
    report = make_report([
        (f"{official} said the quake was natural.", ANON, {"source": official}),
        ("She said the waves showed it.", ANON, {"source": official, "resolved_from": 0}),
        ("She spoke on condition of anonymity, citing office rules.", "document",
         {"source": "office rules"}),
        ("A Chinese agency said it was an explosion.", "named_organization",
         {"source": "A Chinese agency"}),
        ("Residents said the ground shook.", ANON, {"source": "Residents"}),
        ("The agency said it was an explosion.", "named_organization", {"source": "The agency"}),
        ("They spoke on condition of anonymity.", "unattributed", {}),
    ])
    assert [terms_after_the_chain(s, report) for s in report.statements] == [
        True, True, False, False, False, False, False]
    assert {0, 1} <= set(build_exercises([report], "advanced", seed=0).ungraded[0])


@pytest.mark.parametrize(("source", "head"), [
    ("A fellow prisoner", "prisoner"),
    ("senators", "senators"),
    ("one of the people", "people"),
    ("three people familiar with his thinking", "people"),
    ("a relative of one of the six officers", "relative"),
    ("An official from Seoul's Korea Meteorological Administration", "official"),
    ("Sen. John McCain", ""),
    ("Officials", ""),  # a capital may be a name's: left alone
])
def test_head_noun(source: str, head: str) -> None:
    assert head_noun(source) == head


def test_terms_stated_for_the_same_head_are_never_keyed_without_a_reason() -> None:
    """Washington Times sxBQgZEasEtm80O2 [0] "A fellow prisoner said ..." and [11] "... on
    condition that the second prisoner not be named"; Politico AKtcUfiNQdQVsuhA [9] "...,
    senators said" after "Democratic senators who asked not to be named" (typed Named
    official); Bloomberg suNm1rBTAcCVh5Wz [7] "one of the people said" after "two people who
    ... asked not to be identified": keyed "no reason given" on main e3e7e38 (heldout7). Not
    "three people familiar with his thinking" after those terms (a new group), not "officials"
    for terms stated of "A U.S. official", not a hedge."""
    report = make_report([
        ("A fellow prisoner said Gray was banging against the walls.", ANON,
         {"source": "A fellow prisoner"}),
        ("The van stopped twice, officials said.", ANON, {"source": "officials"}),
        ("The van was reportedly late.", ANON,
         {"source": "reportedly", "provenance": Provenance(Rule.HEDGE)}),
        ("Dravis is leaving, said two people who asked not to be identified.", ANON,
         {"source": "two people who asked not to be identified", "anonymity_reason": True}),
        ("She had been seeking a new job, one of the people said.", ANON,
         {"source": "one of the people"}),
        ("Jackson has considered quitting, said three people familiar with his thinking.", ANON,
         {"source": "three people familiar with his thinking"}),
        ("The Post obtained the document on condition that the second prisoner not be named.",
         "unattributed", {}),
        ("A U.S. official, speaking on condition of anonymity, said the report was late.", ANON,
         {"source": "A U.S. official", "anonymity_reason": True}),
        ("The van was reportedly searched on condition of a warrant.", "unattributed", {}),
    ])
    assert [terms_about_the_head(s, report) for s in report.statements] == [
        True, False, False, False, True, False, False, False, False]
    assert {0, 4} <= set(build_exercises([report], "advanced", seed=0).ungraded[0])
