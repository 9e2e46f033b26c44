"""Never-key checks on the shape of a record's source (`sourcing.exercises.source_shape`)."""

from __future__ import annotations

from dataclasses import replace

from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.source_shape import (
    bare_plural,
    definite_group_never_introduced,
    enumeration_going_on,
    organization_without_a_name,
    post_line_left_out,
    role_with_an_unnamed_antecedent,
    source_after_preposition,
    source_runs_into_a_clause,
    uncued_holder,
    uncued_record_going_on,
)
from sourcing.provenance import Provenance, Rule
from sourcing.records import ArticleReport, Span


def with_source_spans(report: ArticleReport) -> ArticleReport:
    """`report` with each statement's source span found in its own sentence."""
    statements = []
    for s in report.statements:
        if s.source and s.source in s.text:
            start = s.span.start + s.text.index(s.source)
            s = replace(s, source_span=Span(start, start + len(s.source)))
        statements.append(s)
    return replace(report, statements=tuple(statements))


def test_a_plural_common_noun_typed_as_a_name_is_never_keyed() -> None:
    """Politico ki7qIn2DznFksr4j [12] "Bankers said ..." (keyed Named official) and NPR
    sTNPKk5kActQXxwN [7] "Ads slammed Brown ..." (keyed Named person) on main 384523d; a
    surname that stands alone elsewhere, or a plural unnamed source, is not concerned."""
    report = with_source_spans(make_report([
        ("The Consumer Bankers Association called for changes.", "named_organization",
         {"source": "The Consumer Bankers Association"}),
        ("Bankers said the real reason is the economy.", "named_official", {"source": "Bankers"}),
        ("Ads slammed Brown for his support of the law.", "named_person", {"source": "Ads"}),
        ("Sanders said the plan would fail.", "named_official", {"source": "Sanders"}),
        ("The plan, said Sanders, is a start.", "named_official", {"source": "Sanders"}),
        ("Officials said the plan would pass.", "unnamed_source", {"source": "Officials"}),
    ]))
    assert [bare_plural(s, report) for s in report.statements] == [
        False, True, True, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (1, 2)


def test_a_source_opening_with_from_is_never_keyed() -> None:
    """Washington Times cUdYr1gwHBYairQa [0] "... e-mails sent to and from Ms. Clinton's personal
    e-mail addresses ..." keyed Document under "from Ms. Clinton's personal e-mail" on main
    384523d; a source that is a noun phrase is not concerned."""
    report = make_report([
        ("Kendall handed over e-mails sent to and from Ms. Clinton's personal e-mail addresses.",
         "document", {"source": "from Ms. Clinton's personal e-mail", "cue": "addresses"}),
        ("Court records show the e-mails were sent from her server.", "document",
         {"source": "Court records"}),
    ])
    assert [source_after_preposition(s) for s in report.statements] == [True, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0,)


def test_a_definite_group_nothing_anonymous_introduced_is_never_keyed() -> None:
    """CNN 5tvysWonBSy3EMQ9 [8] "..., the lawmakers write in their letter" keyed Anonymous
    source on main 384523d (the eight lawmakers are named); "the officials" after "two
    officials said" refers to anonymous people and is not concerned."""
    report = make_report([
        ("Two officials said the talks failed.", "unnamed_source", {"source": "Two officials"}),
        ("The officials said the talks would resume.", "unnamed_source",
         {"source": "The officials"}),
        ("Sens. John McCain and Kelly Ayotte signed the letter.", "unattributed", {}),
        ("\u201cRumors continue to swirl,\u201d the lawmakers write in their letter.",
         "unnamed_source", {"source": "the lawmakers"}),
        ("The Democrats say the wall is a waste.", "unnamed_source", {"source": "The Democrats"}),
    ])
    assert [definite_group_never_introduced(s, report) for s in report.statements] == [
        False, False, False, True, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (3,)


def test_an_uncued_belief_of_someone_referred_to_is_never_keyed() -> None:
    """CBN hUiKZE3Wt4NRdhv0 [4] "Rather, they believe that ..." and USA TODAY M14yAxfoSvdZLemn
    [20] "This person did not see any evidence ..." keyed No source on main 384523d; narration
    with a pronoun subject and no belief verb, or "they believe" with a cue, is not concerned."""
    report = make_report([
        ("Rather, they believe that it was planned by the Islamic State.", "unattributed", {}),
        ("This person did not see any evidence of news being suppressed.", "unattributed", {}),
        ("They arrived in Cairo on Monday.", "unattributed", {}),
        ("They believe the plan will fail, officials said.", "unnamed_source",
         {"source": "officials"}),
    ])
    assert [uncued_holder(s) for s in report.statements] == [True, True, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 1)


def test_a_role_resolved_to_a_name_past_an_unnamed_one_is_never_keyed() -> None:
    """Al Jazeera 17XQnzUDqNJCeIsS [3] "However, the official acknowledged ..." resolved to
    Mohammed bin Salman (keyed Named official on main 384523d) after "A United States
    Department of State official ... has said"; "the president" resolved to a name, or "the
    spokesman" with no unnamed spokesman before, is not concerned."""
    def refers(reference: str, name: str) -> dict:
        return {"source": name, "provenance": Provenance(
            Rule.REFERS_NAME, reference=reference, reference_kind="definite_role", name=name)}
    report = make_report([
        ("A United States Department of State official has said the order came from the top.",
         "unnamed_source", {"source": "A United States Department of State official"}),
        ("Crown Prince Mohammed bin Salman denied it.", "named_official",
         {"source": "Crown Prince Mohammed bin Salman"}),
        ("However, the official acknowledged that the words are used.", "named_official",
         refers("the official", "Mohammed bin Salman")),
        ("The president said the wall was needed.", "named_official",
         refers("The president", "Donald Trump")),
        ("The spokesman for the prince said it was false.", "named_official",
         refers("The spokesman", "Fahad Nazer")),
    ])
    assert [role_with_an_unnamed_antecedent(s, report) for s in report.statements] == [
        False, False, True, False, False]
    assert 2 in build_exercises([report], "advanced", seed=0).ungraded[0]


def test_an_organization_whose_words_name_none_is_never_keyed() -> None:
    """Fox News J2xwYfQlWZABuMyv [20] "..., according to their state tax returns" and Fox News
    MhPeHiPVswtSUe0t [0] (source "the campaign trail") keyed Named organization on main
    384523d; a named or definite organization, or its poll, is not concerned."""
    report = make_report([
        ("They also paid $29,450 in income taxes, according to their state tax returns.",
         "named_organization", {"source": "their state tax returns"}),
        ("Republicans on Capitol Hill and the campaign trail expressed optimism.",
         "named_organization", {"source": "the campaign trail"}),
        ("The administration argues that this is unprecedented.", "named_organization",
         {"source": "The administration"}),
        ("The CNN/ORC survey represents an uptick, according to its mid-June poll.",
         "named_organization", {"source": "its mid-June poll"}),
        ("The Pentagon said the strike was lawful.", "named_organization", {"source": "The Pentagon"}),
    ])
    assert [organization_without_a_name(s) for s in report.statements] == [
        True, True, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 1)


def test_it_going_on_after_an_outlet_is_never_keyed() -> None:
    """NPR jZAhfhYiuuvMfNfq [3] "It paints a portrait of a mediocre student ..." after "The
    Guardian on Monday shares more about the young man ..." keyed No source on main c13b1d3;
    "It" after narration, "It is ..." after an outlet, or "It" with a source is not concerned."""
    report = make_report([
        ("The Guardian on Monday shares more about the young man who leaked.", "cited_outlet",
         {"source": "The Guardian"}),
        ("It paints a portrait of a mediocre student.", "unattributed", {}),
        ("The court ruled on Monday.", "unattributed", {}),
        ("It extends to consulting foreign allies.", "unattributed", {}),
        ("The memo was released on Friday, Reuters reported.", "cited_outlet", {"source": "Reuters"}),
        ("It is the third memo this year.", "unattributed", {}),
        ("Court records show the deal was signed.", "document", {"source": "Court records"}),
        ("It lists three payments, the records show.", "document", {"source": "the records"}),
    ])
    assert [uncued_record_going_on(s, report) for s in report.statements] == [
        False, True, False, False, False, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (1,)


def test_a_first_person_line_before_an_embedded_post_is_never_keyed() -> None:
    """Al Jazeera auVKA9OGw9eQKayb [34] "Mind you, we were colonized by this same English
    people, ..." right before [35], a line of Mazi Efam's post, keyed No source on main c13b1d3;
    narration introducing a post, or a first-person line before narration, is not concerned."""
    post = {"source": "Mazi Efam (@iefamharris)", "provenance": Provenance(Rule.EMBEDDED_POST)}
    report = make_report([
        ("Many others also took to social media to comment on the move.", "unattributed", {}),
        ("Mind you, we were colonized by this same English people.", "unattributed", {}),
        ("This right here is BS!", "named_person", post),
        ("We will appeal, the producers said in a \u201cwe are sad\u201d note.", "unattributed", {}),
        ("The Academy did not respond.", "unattributed", {}),
    ])
    assert [post_line_left_out(s, report) for s in report.statements] == [
        False, True, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (1,)


def test_an_enumeration_going_on_after_its_source_is_never_keyed() -> None:
    """Politico D1rqUS7VJwpWD5vG [11] "For another, he commanded a hefty paycheck, ..." after
    sources "said there were several reasons for the breakup: For one thing, ..." keyed No
    source on main c13b1d3; "For another" after narration is not concerned."""
    report = make_report([
        ("But sources said there were several reasons: For one thing, he had made mistakes.",
         "unnamed_source", {"source": "sources"}),
        ("For another, he commanded a hefty paycheck.", "unattributed", {}),
        ("For one thing, the bill was late.", "unattributed", {}),
        ("For another, it was too long.", "unattributed", {}),
    ])
    assert [enumeration_going_on(s, report) for s in report.statements] == [
        False, True, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (1,)


def test_a_source_that_runs_into_a_clause_is_never_keyed() -> None:
    """Fox News DXJcyckvpZfnMeJU [9] (keyed Anonymous source under "sources have told them up
    to 30 were injured, ...") and Daily Caller TytNejzKEYjk9SVZ [24] (keyed Named organization
    under "The company appeared to give Tesla CEO Elon Musk") at stop 29; a verb in an
    apposition or relative clause, a hedge and a name that reads like a verb are not concerned."""
    hedge = {"source": "was said to", "provenance": Provenance(Rule.HEDGE)}
    report = make_report([
        ("\u201cSeveral may have required amputations,\u201d they wrote in a letter.", "unnamed_source",
         {"source": "sources have told them up to 30 were injured, and up to seven may still be at Walter Reed"}),
        ("The company appeared to give Tesla CEO Elon Musk told his followers it was safe.",
         "named_organization", {"source": "The company appeared to give Tesla CEO Elon Musk"}),
        ("Asheen Phansey, who was an adjunct professor at Babson, said he regretted it.",
         "named_person", {"source": "Asheen Phansey, who was an adjunct professor at Babson"}),
        ("Shahlai was said to be a key figure.", "unnamed_source", hedge),
        ("British Prime Minister Theresa May said the powers acted.", "named_official",
         {"source": "British Prime Minister Theresa May"}),
        ("Said Wray: the right guy was caught.", "named_official", {"source": "Said Wray"}),
    ])
    assert [source_runs_into_a_clause(s) for s in report.statements] == [
        True, True, False, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 1)


def test_a_source_running_into_any_verb_with_an_object_is_never_keyed() -> None:
    """A verb the old short list missed ("completed", "published", "created") with an object
    after it is a clause too (heldout15 J7hyR4qun9ynZOIA [1] typed Other news outlet under "The
    ISIS-linked Amaq News Agency published the statement"; heldout15 Ug8HcDK3Ws8pD4OF [7] keyed
    Named official at stop 30 under "Mr. Perdue's victory ... completed Georgia's shift ...",
    a disagreement of that set's fresh keying); a participle before a preposition
    or a time, an infinitive and a relative clause without "that" are not."""
    report = make_report([
        ("It was over, the company completed its review and said.", "named_organization",
         {"source": "the company completed its review"}),
        ("The group is behind it, the Amaq News Agency published the statement.", "cited_outlet",
         {"source": "The Amaq News Agency published the statement"}),
        ("Mr. Perdue\u2019s victory over an incumbent Democrat completed Georgia\u2019s shift.",
         "named_official",
         {"source": "Mr. Perdue\u2019s victory over an incumbent Democrat completed Georgia\u2019s shift"}),
        ("The talks stalled, people briefed on the talks said.", "unnamed_source",
         {"source": "people briefed on the talks"}),
        ("Biden leads, four new Marist polls conducted this week found.", "named_organization",
         {"source": "four new Marist polls conducted this week"}),
        ("It stalled, people not authorized to describe it publicly said.", "unnamed_source",
         {"source": "people not authorized to describe it publicly"}),
        ("Biden will run, Democratic officials they did not name said.", "unnamed_source",
         {"source": "Democratic officials they did not name"}),
        ("A retired general said the war was lost.", "named_person",
         {"source": "A retired general"}),
    ])
    assert [source_runs_into_a_clause(s) for s in report.statements] == [
        True, True, True, False, False, False, False, False]
    ungraded = build_exercises([report], "advanced", seed=0).ungraded[0]
    assert {0, 1, 2} <= set(ungraded) and not {3, 4} & set(ungraded)
