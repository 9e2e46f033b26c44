"""The forecast verb "project(s)" and its noun (forecast_objects.py): a cue only before a forecast."""

from __future__ import annotations

import pytest

from sourcing.attribution.verbs import verb_cues


def forecast_cues(text: str) -> list[str]:
    return [cue.words for cue in verb_cues(text, lambda offset: True) if cue.words.lower().startswith("project")]


# The nouns and the verb of no forecast the corpus read as the forecast verb before
# forecast_objects was tightened (allsides, 9 of 78 statements with the cue): each was a cue
# then. The review's three are in test_verbs.py.
@pytest.mark.parametrize(
    "text",
    [
        "Rove spoke with donors about a voter data project that he has estimated could cost $15 million.",
        "Connecticut's point system also rewards projects that devote a large share of units to the poor.",
        "He made it the larger significance of the Sanders project - an effort to turn the party around.",
        "One belief of the Jim Crow project - and which these laws sought to implant - was that.",
        "Obama projects unflinching confidence that he was entirely correct to put jobs first.",
        "The American News Pathways project conducted this study to understand how Americans read news.",
        "The World Bank often neglects to properly review projects ahead of time to make sure of it.",
        "Trump projects personal power to workers who bridle under impotent trade unions.",
        "Different projects within Facebook have to compete fiercely for engineering talent.",
    ],
)
def test_the_noun_or_a_non_forecast_is_no_cue(text: str) -> None:
    assert forecast_cues(text) == []


# Forecasts the tightening keeps (allsides): a singular subject after "a" or "an" before
# "projects", a preposition after "that", a "be" in the forecast's subject.
@pytest.mark.parametrize(
    "text",
    [
        "According to The Washington Post, an internal Trump memo projects Trump would get 1,400 delegates.",
        "The Committee for a Responsible Federal Budget projects that the country could face a deficit.",
        "Fox News projects that with the delegates Clinton is winning, she will have won a majority.",
        "The Congressional Budget Office projects health insurance premiums are projected to rise 20 percent.",
        "Warren's team projects $1.2 trillion in savings from bundled payments.",
        "The U.S. Department of Agriculture projects farm income in 2019 to reach $88 billion.",
    ],
)
def test_a_forecast_after_projects_is_a_cue(text: str) -> None:
    assert forecast_cues(text) == ["projects"]


# Known miss: a relative clause on the forecast's object ("a deficit that will rise") is read as
# the object's clause, as in "projects an image that will appeal", so the forecast is left unread.
@pytest.mark.xfail(strict=True, reason="FORECAST_CLAUSE stops at a relative 'that' in the object")
def test_a_forecast_object_with_a_relative_clause_is_a_cue() -> None:
    text = "The budget office projects a deficit that will temporarily rise to levels unseen since 1945."
    assert forecast_cues(text) == ["projects"]
