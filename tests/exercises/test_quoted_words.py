"""Never-key checks on quoted words (`sourcing.exercises.quoted_words`)."""

from __future__ import annotations

from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.quoted_words import quoted_words_credited_elsewhere

OFFICIAL = {"source": "a U.S. government official", "anonymity_reason": True}


def test_quoted_words_a_nearby_record_credits_to_another_source_are_never_keyed() -> None:
    """heldout8 G5XRU4yxT05C09YE [0] keyed Named organization under "The U.S. intelligence
    community", read anonymous: the official of [1] says the quoted "significant increase". The
    same quoted words under a source of the same type, or narration repeating them, or words
    quoted three statements away, are not concerned."""
    report = make_report([
        ("The U.S. intelligence community has observed a \u201csignificant increase\u201d in chatter.",
         "named_organization", {"source": "The U.S. intelligence community"}),
        ("\u201cWe\u2019ve noticed a significant increase in chatter,\u201d a U.S. government official said.",
         "unnamed_source", OFFICIAL),
        ("The Pentagon called the plan \u201ca bridge too far\u201d on Monday.", "named_organization",
         {"source": "The Pentagon"}),
        ("The plan is a bridge too far, the Navy said.", "named_organization", {"source": "the Navy"}),
        ("Critics say it is \u201cdead on arrival\u201d in the House.", "unnamed_source",
         {"source": "Critics"}),
        ("The bill was described as dead on arrival in the House.", "unattributed", {}),
    ])
    assert [quoted_words_credited_elsewhere(s, report) for s in report.statements] == [
        True, False, False, False, False, False]
    ungraded = set(build_exercises([report], "advanced", seed=0).ungraded[0])
    assert 0 in ungraded and not {2, 3, 4, 5} & ungraded
