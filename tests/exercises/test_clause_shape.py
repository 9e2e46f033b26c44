"""Never-key checks on the clauses of a record's sentence (`sourcing.exercises.clause_shape`)."""

from __future__ import annotations

from dataclasses import replace

from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.clause_shape import (
    bullet_carried_over,
    hedged_by_an_adverb,
    hedged_content,
    institution_forecast,
    participle_after_another_agent,
    poll_opening_without_source,
    progressive_speech_act,
    question_with_an_outlet_report,
    source_is_a_thing,
    speaker_told_the_publisher,
    supposed_speech_act,
)
from sourcing.provenance import Provenance, Rule
from sourcing.records import ArticleReport, Span


def with_spans(report: ArticleReport) -> ArticleReport:
    """`report` with each statement's source and cue spans found in its own sentence."""
    statements = []
    for s in report.statements:
        source = s.span.start + s.text.index(s.source) if s.source else None
        cue = s.span.start + s.text.index(s.cue) if s.cue else None
        statements.append(replace(
            s, source_span=Span(source, source + len(s.source or "")) if source is not None else None,
            cue_span=Span(cue, cue + len(s.cue or "")) if cue is not None else None))
    return replace(report, statements=tuple(statements))


def test_a_source_that_opens_with_a_thing_is_never_keyed() -> None:
    """Christian Science Monitor IW8Tl8y4ixIkI3LG [18] "One thing both sides agreed on yesterday:
    ..." keyed Anonymous source under "One thing both sides" on main c13b1d3; a source that is
    a person or a group, or a thing word alone, is not concerned."""
    report = make_report([
        ("One thing both sides agreed on yesterday: The partisan fight overshadowed the rest.",
         "unnamed_source", {"source": "One thing both sides", "cue": "agreed"}),
        ("Both sides agreed the vote would wait.", "unnamed_source", {"source": "Both sides"}),
        ("The only thing the president said was that he would win.", "named_official",
         {"source": "the only thing the president"}),
        ("Everything is on the table, Pelosi said.", "named_official", {"source": "Pelosi"}),
        ("Something, the report said, went wrong.", "document", {"source": "the report"}),
    ])
    assert [source_is_a_thing(s) for s in report.statements] == [True, False, True, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 2)


def participle(text: str, source: str, cue: str, kind: str = "participle") -> tuple[str, str, dict]:
    """A named-official row whose cue is the participle `cue`, with spans of the row's text."""
    return (text, "named_official", {"source": source, "cue": cue,
                                     "provenance": Provenance(Rule.CUE, cue_kind=kind)})


def test_a_participle_after_another_agent_is_never_keyed() -> None:
    """Bloomberg Iza45n6wGmFxQ7vv [0] "... DeVos lost a lawsuit brought by 19 states and the
    District of Columbia, accusing her department of ..." keyed Named official on main c13b1d3;
    a participle right after its subject's clause, or after an agent set off by commas, is not
    concerned."""
    report = with_spans(make_report([
        participle("Secretary Betsy DeVos lost a lawsuit brought by 19 states and the District of "
                   "Columbia, accusing her department of delay.", "Secretary Betsy DeVos", "accusing"),
        participle("Reid rejected the request, saying it came too late.", "Reid", "saying"),
        participle("Chauthaiwale has been critical of reporting on Kashmir, claimed by both India "
                   "and Pakistan, saying the coverage is biased.", "Chauthaiwale", "saying"),
        participle("Schumer mocked the plan drawn by the House, calling it a stunt.", "Schumer",
                   "calling", kind="subject_verb"),
    ]))
    assert [participle_after_another_agent(s, report) for s in report.statements] == [
        True, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0,)


def test_an_unattributed_hedge_on_what_someone_will_say_is_never_keyed() -> None:
    """Fox Online News VP3hwIdl5kfC7Nne [17] "An upcoming inspector general's report is expected
    to conclude that McCabe ..." keyed No source on main c13b1d3 (rule 4); a plan or schedule, a
    hedge in a relative clause, or a record with a source is not concerned."""
    report = make_report([
        ("The report is expected to conclude that McCabe was not forthcoming.", "unattributed", {}),
        ("The talks are expected to begin sometime in July.", "unattributed", {}),
        ("Dempsey, who is expected to say that he will retire, spoke on Monday.", "unattributed", {}),
        ("Obama is expected to announce that he will act, people familiar with it said.",
         "unnamed_source", {"source": "people familiar with it"}),
    ])
    assert [hedged_content(s) for s in report.statements] == [True, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0,)


def test_a_speech_act_supposed_with_a_modal_is_never_keyed() -> None:
    """Gold, out-of-fold (stop 28): "No serious person would argue that ..." keyed Anonymous
    source and "The president could announce ..." keyed Named official, both read unattributed;
    prepared remarks ("will say"), "May" the name, a modal away from the cue and a record with
    no source are not concerned."""
    report = with_spans(make_report([
        ("No serious person would argue that there are no hazards to reopening.", "unnamed_source",
         {"source": "No serious person", "cue": "argue"}),
        ("The president could announce his final decisions as early as next week.",
         "named_official", {"source": "The president", "cue": "announce"}),
        ("Mr. Priebus will say in his address that the party must change.", "named_official",
         {"source": "Mr. Priebus", "cue": "say"}),
        ("On Tuesday, May said Russia was to blame.", "named_official", {"source": "May", "cue": "said"}),
        ("Officials said the talks could resume soon.", "unnamed_source",
         {"source": "Officials", "cue": "said"}),
        ("Nobody would argue with that.", "unattributed", {}),
    ]))
    assert [supposed_speech_act(s, report) for s in report.statements] == [
        True, True, False, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 1)


def test_an_unattributed_sentence_opening_with_its_poll_is_never_keyed() -> None:
    """Politico lUK4A6kgAb6MgaaS [7] "In CNN's December poll of the state, Biden garnered 35
    percent support" keyed No source on main c13b1d3; a poll mentioned later in the sentence, or
    an opening poll the record took as its source, is not concerned."""
    report = make_report([
        ("In CNN\u2019s December poll of the state, Biden garnered 35 percent support.",
         "unattributed", {}),
        ("In the April poll, just 3% of Republicans viewed her favorably.", "named_organization",
         {"source": "the April poll"}),
        ("The district will be split up into four constituencies in November's poll.",
         "unattributed", {}),
        ("In a speech on Monday, Biden said he would win.", "unattributed", {}),
    ])
    assert [poll_opening_without_source(s) for s in report.statements] == [
        True, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0,)


def test_someone_telling_the_publisher_in_an_unattributed_record_is_never_keyed() -> None:
    """CNN 5tvysWonBSy3EMQ9 [13] "In that conversation – in Benghazi – Khattalah told CNN he has
    not been questioned ..." keyed No source on main c13b1d3 (rule 5); another outlet told, or
    a record that has the speaker, is not concerned."""
    report = make_report([
        ("In that conversation, Khattalah told CNN he has not been questioned.", "unattributed", {}),
        ("The union president set the record straight, telling CNN that no officer was there.",
         "unattributed", {}),
        ("Pelosi told CNN there would be more aid.", "named_official", {"source": "Pelosi"}),
        ("The senator told Reuters in March that he would run.", "unattributed", {}),
    ], outlet="CNN (Web News)")
    assert [speaker_told_the_publisher(s, report) for s in report.statements] == [
        True, True, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 1)


def test_a_bullet_carried_over_from_a_sentence_is_never_keyed() -> None:
    """USA TODAY v83qtjFPnOpFbEZz [5] "• Protesters took to the streets ..." keyed Anonymous
    source under the official of [4] on main e3e7e38 (heldout7, read unattributed); the items
    of a list the sentence before announces ("... include:") are not concerned."""
    official = "the official who spoke on condition of anonymity"
    carried = Provenance(Rule.CARRY_OVER)
    report = make_report([
        ("The timing is still unclear, the official added.", "unnamed_source",
         {"source": official, "anonymity_reason": True}),
        ("• Protesters took to the streets again Saturday evening.", "unnamed_source",
         {"source": official, "anonymity_reason": True, "resolved_from": 0, "provenance": carried}),
        ("The documents released Wednesday include:", "document", {"source": "The documents"}),
        ("• Three opinions of the court.", "document",
         {"source": "The documents", "resolved_from": 2, "provenance": carried}),
        ("• A white paper about the program.", "document",
         {"source": "The documents", "resolved_from": 2, "provenance": carried}),
    ])
    assert [bullet_carried_over(s, report) for s in report.statements] == [
        False, True, False, False, False]
    assert 1 in build_exercises([report], "advanced", seed=0).ungraded[0]


def test_an_unattributed_claim_said_to_be_alleged_or_credited_is_never_keyed() -> None:
    """Breitbart News OSTjFeWbyAlNceMb [1] "... were allegedly part of an effort ..." and Vox
    R62t6o6riA5xZeaA [38] "The Steele dossier, per Schiff, was used ..." keyed No source on the
    gold with out-of-fold models (stop 30); "per" before a number and a record with a source are
    not concerned."""
    report = make_report([
        ("The trip, and other lavish gifts, were allegedly part of an effort.", "unattributed", {}),
        ("The Steele dossier, per Schiff, was used as supporting evidence.", "unattributed", {}),
        ("The standard is 15 micrograms per cubic meter.", "unattributed", {}),
        ("Google reportedly suppressed the videos, the group said.", "named_organization",
         {"source": "the group"}),
    ])
    assert [hedged_by_an_adverb(s) for s in report.statements] == [True, True, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 1)


def test_an_unattributed_speech_act_in_the_progressive_is_never_keyed() -> None:
    """heldout4 eq62qXqD6Xcl2qTK [0] "Mitt Romney is accusing President Obama of ..." keyed No
    source, read named official (rule 7: a speech act with content has its speaker's type); a
    progressive that is no speech act, a speech act the record attributed and narration are
    not concerned."""
    report = make_report([
        ("Mitt Romney is accusing President Obama of overseeing the worst jobs recovery.",
         "unattributed", {}),
        ("Critics are urging Congress to block the new rule.", "unattributed", {}),
        ("The Senate is meeting on Tuesday to vote on the bill.", "unattributed", {}),
        ("Republicans are slamming the plan as a giveaway, Smith said.", "named_official",
         {"source": "Smith"}),
        ("The plan was announced in May.", "unattributed", {}),
    ])
    assert [progressive_speech_act(s) for s in report.statements] == [True, True, False, False, False]
    ungraded = set(build_exercises([report], "advanced", seed=0).ungraded[0])
    assert {0, 1} <= ungraded and not {2, 4} & ungraded


def test_an_unattributed_forecast_of_an_institution_is_never_keyed() -> None:
    """Bloomberg aJc5ddZSYFHOb5HB [15] "The government expects the initial $300 million a year
    in revenue ... to more than double ..." keyed No source, read named organization (rule 7:
    the government's expectation with its content); a plan ("expects to hold"), a person's
    expectation, a forecast the record attributed and narration are not concerned."""
    report = make_report([
        ("The government expects the initial $300 million a year in revenue to more than double.",
         "unattributed", {}),
        ("In 2019, for example, the CBO projects Obamacare will cost $116 billion.", "unattributed", {}),
        ("The White House expects to hold more meetings this week.", "unattributed", {}),
        ("Mr. Smith expects prices to fall this year.", "unattributed", {}),
        ("The agency expects gas prices to rise, the EIA said.", "named_organization",
         {"source": "the EIA"}),
        ("The plan was announced in May.", "unattributed", {}),
    ])
    assert [institution_forecast(s) for s in report.statements] == [True, True, False, False, False, False]
    ungraded = set(build_exercises([report], "advanced", seed=0).ungraded[0])
    assert {0, 1} <= ungraded and not {2, 3, 5} & ungraded


def test_a_question_in_a_sentence_crediting_another_outlet_is_never_keyed() -> None:
    """heldout31 k0LY0dKScgMLH7Lm [7] "Investigators have asked witnesses about ..., as The Wall
    Street Journal has reported." keyed Anonymous source, read cited_outlet (rules 1 and 7); a
    request ("asked ... to"), a question with no outlet credited and an unattributed record are
    not concerned."""
    report = make_report([
        (("Investigators have asked witnesses about Mr. Kushner\u2019s role, as The Wall Street "
          "Journal has reported."), "unnamed_source", {"source": "Investigators", "cue": "asked"}),
        (("Grassley asked Rosenstein to clarify whether the memos were classified, according to "
          "the letter."), "named_official", {"source": "Grassley", "cue": "asked"}),
        ("Investigators have asked witnesses about Mr. Kushner\u2019s role.", "unnamed_source",
         {"source": "Investigators", "cue": "asked"}),
        ("Investigators asked witnesses about the role, The Journal reported.", "unattributed", {}),
    ])
    assert [question_with_an_outlet_report(s) for s in report.statements] == [
        True, False, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0,)
