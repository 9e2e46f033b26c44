"""Exercise content a teacher can hand out unchecked (issue 12): which statements are
asked, what the keys say about reasons, relays and other sources, and plurals."""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest
from report_builders import ANON, make_report, sample_report

from sourcing.exercises import Kind, build_exercises, exercise_files, run_terminal_quiz
from sourcing.exercises.build import ONE_STATEMENT
from sourcing.exercises.imvain import compare, imvain_key
from sourcing.exercises.items import quotation_units
from sourcing.exercises.kinds import clearest_sorted, naming_steps, spread_by_type, type_cap
from sourcing.exercises.quiz import quiz_data
from sourcing.exercises.terminal_quiz import context
from sourcing.records import ArticleReport, SourceType, Statement


def _asked(exercises, article=0):  # type: ignore[no-untyped-def]
    return [e.index for q in exercises.questions if q.article == article for e in q.evidence]


def test_reason_in_its_own_sentence_counts_for_the_source() -> None:
    """Defect 2: "The officials insisted on anonymity because ..." gives the source's reason."""
    report = make_report([
        ("Officials said Russia offered bounties.", ANON, {"source": "Officials"}),
        ("The officials insisted on anonymity because they weren't authorized to speak.", ANON,
         {"source": "The officials", "anonymity_reason": True}),
        ("Officials said the briefing had no actionable intelligence.", ANON, {"source": "Officials"}),
    ])
    group = list(report.statements)
    key = imvain_key(group, report, group)
    assert key[-1].startswith("N: No: the source is anonymous")
    assert "gives a reason for the anonymity in statement [1]: \"The officials insisted" in key[-1]


def test_publisher_own_reporting_is_never_keyed_as_another_outlet() -> None:
    """Defect 3: "The AP reported Sunday ..." in an AP article is the AP's own voice (rule 10)."""
    rows = [
        ("The AP reported Sunday that concerns were in a second briefing.", "cited_outlet",
         {"source": "The AP", "cue": "reported"}),
        ("Reuters reported that the talks failed.", "cited_outlet", {"source": "Reuters"}),
        ("Officials said Russia offered bounties.", ANON, {"source": "Officials"}),
        ("The base was attacked in April.", "unattributed", {}),
    ]
    report = replace(make_report(rows), document=replace(make_report(rows).document,
                                                         outlet="Associated Press"))
    for seed in range(10):
        exercises = build_exercises([report], "advanced", seed=seed)
        assert 0 in exercises.ungraded[0] and 1 not in exercises.ungraded[0]
        assert 0 not in _asked(exercises)


def test_imvain_counts_and_lists_every_other_source_once() -> None:
    """Defect 5: "finds 6 other sources" lists 6; "Shaheen" is "Taliban spokesman Suhail Shaheen"."""
    others = ["Minister Ali Rezaei", "Senator Jane Doe", "Governor John Roe", "Mayor Ann Poe",
              "General Mark Moe", "Judge Lee Zoe"]
    rows = [("Taliban spokesman Suhail Shaheen said talks went on.", "named_official",
             {"source": "Taliban spokesman Suhail Shaheen"}),
            ("Shaheen said prisoners were freed.", "named_official", {"source": "Shaheen"})]
    rows += [(f"{name} said something {n}.", "named_official", {"source": name})
             for n, name in enumerate(others)]
    report = make_report(rows)
    key = imvain_key(list(report.statements[:2]), report, report.statements)
    m_line = next(line for line in key if line.startswith("M: "))
    assert "6 other sources" in m_line
    assert all(name in m_line for name in others)
    assert "Shaheen" not in m_line


@pytest.mark.parametrize(
    ("fields", "absent", "present"),
    [
        ({"source": "another official", "via": "Reuters"}, ["knows who"], ["via Reuters", "never spoke"]),
        ({"source": "senior Iraqi officials"}, ["that person's", "\" is,"], ["\" are,", "their agreement"]),
        ({"source": "officials in Baghdad", "via": "Reuters"}, ["this source", "knows who"], ["these sources"]),
        # "Sources tell ABC News": the reporter heard them (teacher check gXn87n4LFFB3SP5T [4])
        ({"source": "Sources"}, ["would need to know exactly who"], ["knows who \"Sources\" are"]),
        ({"source": "Senate sources"}, ["would need to know exactly who"], ["tells the reader little"]),
        # a report or a hedge: the reporter may not know who is behind it
        ({"source": "a report"}, ["knows who"], ["would need to know exactly who"]),
    ],
)
def test_what_would_it_take_does_not_contradict_itself(
    fields: dict[str, str], absent: list[str], present: list[str]
) -> None:
    """Defect 6: no "the reporter knows who" beside "never spoke to"; plural sources."""
    report = make_report([("X said Iran moved.", ANON, fields)])
    text = " ".join(naming_steps(report.statements[0]))
    assert not [a for a in absent if a in text]
    assert all(p in text for p in present)


def test_terminal_quiz_shows_context_definitions_and_accepts_quit() -> None:
    """Defect 7: the paragraph, the definitions, q/quit, and the rest counted as wrong."""
    report = make_report([
        ("He added: \u201cWe want the Americans to leave the region.", ANON,
         {"source": "a senior Iranian official"}),
    ])
    assert "[0]" in context(report, 0)
    exercises = build_exercises([sample_report()], "basic", seed=1)
    for word in ("q", "quit", "QUIT"):
        out = io.StringIO()
        right, total = run_terminal_quiz(exercises, io.StringIO(word + "\n"), out)
        text = out.getvalue()
        assert right == 0 and "Please answer" not in text
        assert f"{total} unanswered questions, counted as wrong" in text
        assert "1) Named official: A person named in the text" in text
        assert ">>[" in text


def test_terminal_context_shows_the_statement_before_a_paragraph_opener() -> None:
    report = make_report([
        ("Reuters quoted another official as saying talks went well.", ANON,
         {"source": "another official"}),
        ("He added: Iran is ready.", ANON, {"source": "another official", "resolved_from": 0}),
    ])
    shown = context(report, 1)
    assert "[0] Reuters quoted another official" in shown and ">>[1] He added" in shown


def test_html_quiz_has_definitions_tooltips_and_article_labels() -> None:
    """Defect 8: definitions and tooltips; "Article 2, statement [n]" with two articles."""
    exercises = build_exercises([sample_report(), sample_report()], "advanced", seed=2)
    page = exercise_files(exercises)["quiz.html"]
    assert 'title="A person named in the text who speaks in an official role' in page
    assert "<dt>Anonymous source</dt>" in page
    wheres = {q["where"] for q in quiz_data(exercises)["questions"]}
    assert any(w.startswith("Article 2, statement [") for w in wheres)
    assert any(w.startswith("Article 1, statement [") for w in wheres)
    single = quiz_data(build_exercises([sample_report()], "basic", seed=2))["questions"]
    assert all(q["where"].startswith("Statement [") for q in single)


@pytest.mark.parametrize("seed", range(8))
def test_one_question_per_statement_balanced_types(seed: int) -> None:
    """Defect 9: no statement asked twice; no type dominates the classify questions."""
    rows = [(f"Official number {n} said thing {n}.", ANON, {"source": f"official number {n}"})
            for n in range(8)]
    rows += [("Reuters quoted a diplomat as saying talks went well.", ANON,
              {"source": "a diplomat", "via": "Reuters"}),
             ("Minister Ali Rezaei said talks went well.", "named_official",
              {"source": "Minister Ali Rezaei"}),
             ("The talks began in May.", "unattributed", {})]
    exercises = build_exercises([make_report(rows)], "basic", seed=seed)
    single = [q.evidence[0].index for q in exercises.questions if q.kind in ONE_STATEMENT]
    assert len(single) == len(set(single))
    classify = [q for q in exercises.questions if q.kind is Kind.CLASSIFY]
    anonymous = [q for q in classify if q.answer_type and q.answer_type.value == ANON]
    assert len(anonymous) <= type_cap(5) < 5


def test_whole_quotation_is_ungraded_with_its_unsure_part() -> None:
    """Defect 9: the key does not list [4] without [3] of the same quotation."""
    report = make_report([
        ("A senior Iranian official said talks went well.", ANON, {"source": "A senior Iranian official"}),
        ("He added: \u201cWe want the Americans to leave.", ANON,
         {"source": "A senior Iranian official", "confidence": 0.2}),
        ("If there is chaos, they will stay.\u201d", ANON, {"source": "A senior Iranian official"}),
        ("The talks began in May.", "unattributed", {}),
    ])
    assert quotation_units(report) == {0: 0, 1: 1, 2: 1, 3: 3}
    exercises = build_exercises([report], "advanced", seed=0)
    assert exercises.ungraded == ((1, 2),)
    find = next(q for q in exercises.questions if q.kind is Kind.FIND_ANONYMOUS)
    assert [e.index for e in find.evidence] == [0]


def test_worksheet_has_headline_and_canonical_outlet_and_no_model() -> None:
    """Defect 10: no model hash for students, the headline, "Newsmax" not "Newsmax - News"."""
    report = sample_report()
    document = replace(report.document, outlet="Newsmax - News", title="Pompeo Calls Taliban Leader")
    report = replace(report, document=document, analyzer="sourcing 0.1 rules+model attribution-abc123")
    files = exercise_files(build_exercises([report], "basic", seed=0))
    for name in ("worksheet.md", "worksheet.html", "quiz.html"):
        assert "attribution-abc123" not in files[name]
        assert "Pompeo Calls Taliban Leader" in files[name]
        assert "Article 1 (Newsmax)" in files[name] and "Newsmax - News" not in files[name]
    assert "attribution-abc123" in files["key.md"]


def test_plurals_in_comparison_and_prompts() -> None:
    """Defect 14: "1 named source", "statement [0]"."""
    one = make_report([("Minister Ali Rezaei said talks went well.", "named_official",
                        {"source": "Minister Ali Rezaei"}),
                       ("A diplomat said more.", ANON, {"source": "A diplomat"})])
    answer = " ".join(compare([one, one])[0].answer)
    assert "1 named source," in answer and "1 anonymous statement without" in answer
    assert "(s)" not in answer
    exercises = build_exercises([one], "advanced", seed=0)
    prompts = " ".join(q.prompt + " ".join(q.answer) + q.explanation for q in exercises.questions)
    assert "(s)" not in prompts and "statements [0]" not in prompts


def test_no_anonymous_source_claim_is_limited_to_graded_statements() -> None:
    """Defect 1 (Newsmax Q27): "no statement rests on an anonymous source" only when all are graded."""
    report = make_report([
        ("A U.S. official, speaking on condition of anonymity, said Pompeo pressed them.",
         "named_official", {"source": "Pompeo"}),
        ("Minister Ali Rezaei said talks went well.", "named_official", {"source": "Minister Ali Rezaei"}),
    ])
    exercises = build_exercises([report], "basic", seed=0)
    assert exercises.ungraded == ((0,),)
    find = next(q for q in exercises.questions if q.kind is Kind.FIND_ANONYMOUS)
    assert find.answer[0].startswith("None among the graded statements")


def test_comparison_counts_graded_statements_and_says_what_is_left_out() -> None:
    """Defect 1 (Newsmax Q30): the score's "0% anonymous" rested on [14], "A U.S. official,
    speaking on condition of anonymity", typed named; the key counts only graded statements
    and says how many it leaves out."""
    newsmax = make_report([
        ("A U.S. official, speaking on condition of anonymity, said Pompeo pressed them.",
         "named_official", {"source": "Pompeo"}),
        ("The Taliban denied the reports.", "named_organization", {"source": "The Taliban"}),
        ("The talks began in May.", "unattributed", {}),
    ], outlet="Newsmax")
    ap = make_report([("Officials said Russia offered bounties.", ANON, {"source": "Officials"}),
                      ("The talks began in May.", "unattributed", {})], outlet="Associated Press")
    exercises = build_exercises([ap, newsmax], "advanced", seed=0)
    (question,) = [q for q in exercises.questions if q.kind is Kind.COMPARE]
    line = next(a for a in question.answer if a.startswith("Article 2"))
    assert "in its 2 graded statements: 0 anonymous" in line
    assert "Not counted: 1 statement the analyzer is unsure of" in line
    assert "1 named source," in line


def test_comparison_says_its_named_sources_are_those_of_the_graded_statements() -> None:
    """Screenshot set question 17: "Article 1 (Associated Press): 6 of 21 graded statements
    anonymous (29%), 2 named sources, ..." and "Most named sources: Article 2" read as the
    whole article's sources, but only the graded statements' were counted. The key and the
    student's question now both say which statements count."""
    report = make_report([
        ("A U.S. official, speaking on condition of anonymity, said Pompeo pressed them.",
         "named_official", {"source": "Pompeo"}),
        ("The Taliban denied the reports.", "named_organization", {"source": "The Taliban"}),
        ("Minister Ali Rezaei said talks went well.", "named_official", {"source": "Minister Ali Rezaei"}),
    ], outlet="Newsmax")
    other = make_report([("The talks began in May.", "unattributed", {})], outlet="Associated Press")
    exercises = build_exercises([report, other], "advanced", seed=0)
    assert exercises.ungraded[0] == (0,)  # Pompeo, named in the whole article, is not counted
    (question,) = [q for q in exercises.questions if q.kind is Kind.COMPARE]
    assert question.answer[0].startswith(
        "Article 1 (Newsmax), in its 2 graded statements: 0 anonymous (0%), 2 named sources,")
    assert "Most named sources in the graded statements: Article 1 (Newsmax)." in question.answer
    assert all("graded statement" in line for line in question.answer)
    assert "leaving out those listed under each article" in question.prompt


def test_imvain_counts_only_graded_document_statements() -> None:
    """Newsmax [9] "The agreement calls ..." typed document at 0.65: an unsure record is no
    evidence for the key's "V" line."""
    report = make_report([
        ("Officials said Russia offered bounties.", ANON, {"source": "Officials"}),
        ("Officials said the briefing was oral.", ANON, {"source": "Officials"}),
        ("The agreement calls for a withdrawal.", "document",
         {"source": "The agreement", "confidence": 0.65}),
        ("Court records show the payments.", "document", {"source": "Court records"}),
    ])
    exercises = build_exercises([report], "advanced", seed=0)
    (question,) = [q for q in exercises.questions
                   if q.kind is Kind.IMVAIN and q.answer_type is SourceType.UNNAMED_SOURCE]
    line = next(a for a in question.answer if a.startswith("V: "))
    assert "the analysis finds 1 statement resting on documents" in line


def _candidates(rows: list[tuple[str, str, float]]) -> tuple[ArticleReport, list[Statement]]:
    report = make_report([(text, kind, {"source": "Officials" if kind == ANON else None,
                                        "confidence": confidence})
                          for text, kind, confidence in rows])
    return report, list(report.statements)


@pytest.mark.parametrize("seed", range(8))
def test_classify_asks_about_the_clearest_statement_of_a_type(seed: int) -> None:
    """Two narration candidates at 0.82 and 0.97 for one slot: the 0.97 one is asked (keyed
    items are wrong less often the surer the analyzer is; stop 13's figures)."""
    report, statements = _candidates([
        ("The base was attacked in April.", "unattributed", 0.82),
        ("Three Marines were killed near the airfield.", "unattributed", 0.97),
    ])
    picked = spread_by_type(statements, 1, random.Random(seed), quotation_units(report))
    assert [s.index for s in picked] == [1]


@pytest.mark.parametrize("seed", range(8))
def test_spread_keeps_every_type_and_takes_the_clearest_of_each(seed: int) -> None:
    """Four slots over two types: two of each type (the balance stays), the surer two of each."""
    report, statements = _candidates([
        ("The base was attacked in April.", "unattributed", 0.81),
        ("Officials said the convoy was hit.", ANON, 0.99),
        ("Three Marines were killed near the airfield.", "unattributed", 0.97),
        ("Officials said a car bomb was used.", ANON, 0.83),
        ("The attack was under a separate investigation.", "unattributed", 0.93),
        ("Officials said the inquiry goes on.", ANON, 0.95),
    ])
    picked = spread_by_type(statements, 4, random.Random(seed), quotation_units(report))
    assert [s.index for s in picked] == [1, 2, 4, 5]


def test_ties_are_broken_by_the_seed() -> None:
    """Candidates equally sure of are chosen by the seeded generator: a seed fixes the choice,
    and other seeds choose others."""
    _, statements = _candidates([
        (f"Officials said step {n} was taken.", ANON, 0.9) for n in range(6)
    ])
    chosen = {tuple(s.index for s in clearest_sorted(statements, 2, random.Random(seed)))
              for seed in range(20)}
    assert len(chosen) > 1
    assert clearest_sorted(statements, 2, random.Random(3)) == clearest_sorted(statements, 2, random.Random(3))


@pytest.mark.parametrize("seed", range(8))
def test_name_source_asks_about_the_clearest_anonymous_source(seed: int) -> None:
    """Basic level, one "name the source" question, two anonymous sources at 0.82 and 0.97."""
    rows = [
        ("Officials said the convoy was hit.", ANON, {"source": "Officials", "confidence": 0.82}),
        ("A Taliban commander said the attack was paid for.", ANON,
         {"source": "A Taliban commander", "confidence": 0.97}),
    ]
    exercises = build_exercises([make_report(rows)], "basic", seed=seed)
    asked = [q.evidence[0].index for q in exercises.questions if q.kind is Kind.NAME_SOURCE]
    assert asked == [1]


def test_imvain_m_line_says_it_counts_the_graded_statements() -> None:
    """The "M:" line said "the analysis finds N other sources in the article" but counts the
    graded statements only: Pompeo, named in an ungraded record, is not one of them."""
    report = make_report([
        ("Officials said Russia offered bounties.", ANON, {"source": "Officials"}),
        ("Officials said the briefing was oral.", ANON, {"source": "Officials"}),
        ("A U.S. official, speaking on condition of anonymity, said Pompeo pressed them.",
         "named_official", {"source": "Pompeo"}),
        ("Minister Ali Rezaei said talks went well.", "named_official", {"source": "Minister Ali Rezaei"}),
    ])
    exercises = build_exercises([report], "advanced", seed=0)
    assert exercises.ungraded == ((2,),)
    question = next(q for q in exercises.questions if q.kind is Kind.IMVAIN and "Officials" in q.prompt)
    m_line = next(line for line in question.answer if line.startswith("M: "))
    assert m_line == ("M: Possibly: among the article's graded statements, the analysis finds 1 other"
                      " source (Minister Ali Rezaei); check whether any of them says the same thing.")
    alone = make_report([("Officials said Russia offered bounties.", ANON, {"source": "Officials"}),
                         ("The base was attacked in April.", "unattributed", {})])
    key = imvain_key([alone.statements[0]], alone, alone.statements)
    assert "M: No: among the article's graded statements, the analysis finds no other source." in key


def test_imvain_n_line_of_an_outlet_does_not_deny_its_sources() -> None:
    """The Guardian NNW1FE4GuO895LnV [6] "The Times report said ..." while [7] says the report
    cites five bank employees: the N line sends the reader to the article, it does not say
    that no one is named behind the outlet."""
    report = make_report([
        ("The Times report said the bank ignored the advice.", "cited_outlet", {"source": "The Times"}),
        ("Citing five bank employees, the report said the reports were never filed.", "unattributed", {}),
    ])
    group = [report.statements[0]]
    key = imvain_key(group, report, group)
    assert key[-1] == 'N: Only the outlet is named ("The Times"); check whether the article says who told it.'
