"""A teacher key says what GUIDELINES is and ends with the rules its evidence cites, each
summarised in plain words (issue 12): the summaries are data, kept with data/gold/GUIDELINES.md."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from provenance_cases import all_provenances
from report_builders import ANON, make_report

from sourcing.exercises import build_exercises, exercise_files
from sourcing.exercises.guideline_rules import rule_summaries, rules_cited
from sourcing.exercises.items import exercise_texts
from sourcing.provenance import SOURCE_TYPES, Provenance, Rule, cite, cited_rules, render_evidence

GUIDELINES = Path(__file__).resolve().parents[2] / "data" / "gold" / "GUIDELINES.md"


def guidelines_rules() -> dict[int, str]:
    """Return the numbered rules of GUIDELINES.md ("1. **Chains.** When an outlet ...")."""
    text = GUIDELINES.read_text(encoding="utf-8")
    section = text.split("Rules that decide hard cases:", 1)[1].split("\n## ", 1)[0]
    return {int(n): rule for n, rule in re.findall(r"^(\d+)\. (.+)$", section, re.MULTILINE)}


def test_every_rule_the_evidence_cites_has_a_summary() -> None:
    cited = {n for p in all_provenances() for n in cited_rules(p) or ()}
    assert {1, 2, 3, 4, 6, 7, 9, 10} <= cited  # what render_evidence cites today
    assert {str(n) for n in cited} <= set(rule_summaries()["rule"])
    assert rule_summaries()["source_types"]


def test_every_summary_is_of_a_rule_of_the_guidelines() -> None:
    rules = guidelines_rules()
    assert len(rules) >= 12 and rules[1].startswith("**Chains.**")
    assert {int(n) for n in rule_summaries()["rule"]} <= set(rules)


def test_summaries_are_plain_words() -> None:
    """No type's internal name (`unnamed_source`): the key's readers know the labels."""
    summaries = [rule_summaries()["source_types"], *rule_summaries()["rule"].values()]
    assert not [s for s in summaries if re.search(r"\b[a-z]+_[a-z]+\b", s)]


def sourced(provenance: Provenance) -> dict[str, Any]:
    """Return the Statement fields of a provenance: itself and the evidence rendered from it."""
    return {"provenance": provenance, "evidence": render_evidence(provenance)}


def _report():  # type: ignore[no-untyped-def]
    return make_report([
        ("A senior official said talks went well.", ANON,
         {"source": "A senior official",
          **sourced(Provenance(Rule.CUE, cue_kind="subject_verb", source_kind="unnamed"))}),
        ("He added that Iran was ready.", ANON,
         {"source": "A senior official", "resolved_from": 0,
          **sourced(Provenance(Rule.REFERS_STATEMENT, reference="He",
                               reference_kind="pronoun_person", statement=0))}),
        ("The talks began in May.", "unattributed", {}),
    ])


def test_key_ends_with_the_rules_its_evidence_cites() -> None:
    exercises = build_exercises([_report()], "advanced", seed=0)
    notes = " ".join(e.note for q in exercises.questions for e in q.evidence)
    cited = sorted({int(n) for n in re.findall(r"GUIDELINES rule (\d+)", notes)})
    assert cited and [r.rule for r in rules_cited(exercises)] == cited
    files = exercise_files(exercises)
    summaries = rule_summaries()["rule"]
    key_md = files["key.md"]
    rules_section = key_md.split("## Rules cited in this key", 1)[1]
    for n in cited:
        assert f"**GUIDELINES rule {n}**: {summaries[str(n)][:30]}" in rules_section
    assert "GUIDELINES rule 4" not in key_md and SOURCE_TYPES not in key_md
    assert "<dt>GUIDELINES rule 2</dt><dd>Pronouns" in files["key.html"]
    rules = json.loads(files["key.json"])["rules"]
    assert [(r["cited"], r["rule"]) for r in rules] == [(cite(n), n) for n in cited]
    assert rules[0]["summary"] == summaries[str(cited[0])]
    for student in ("worksheet.md", "worksheet.html", "quiz.html"):
        assert "Rules cited in this key" not in files[student]


def test_key_introduction_says_what_the_guidelines_are() -> None:
    intro = exercise_texts()["sheet"]["key_intro"]
    assert "\"GUIDELINES\" in the evidence means the annotation guidelines" in intro
    files = exercise_files(build_exercises([_report()], "basic", seed=0))
    assert "means the annotation guidelines" in files["key.md"].split("## Source types")[0]
    assert "means the annotation guidelines" not in files["worksheet.md"]


def test_the_table_of_types_is_listed_when_the_key_cites_it() -> None:
    report = make_report([
        ("Court records show the payments.", "document",
         {"source": "Court records",
          **sourced(Provenance(Rule.CUE, cue_kind="in_record", source_kind="document"))}),
        ("The talks began in May.", "unattributed", {}),
    ])
    exercises = build_exercises([report], "advanced", seed=0)
    assert any(e.note for q in exercises.questions for e in q.evidence)
    (rule,) = rules_cited(exercises)
    assert (rule.cited, rule.rule) == (SOURCE_TYPES, None)
    assert rule.summary.startswith("The type is the one the table of source types")


def test_the_rules_cited_are_read_from_the_provenance_not_the_words() -> None:
    """Hand-written evidence with no provenance behind it cites nothing in the key's list."""
    report = make_report([
        ("A senior official said talks went well.", ANON,
         {"source": "A senior official", "evidence": f"said by a role without a name ({cite(6)})"}),
        ("The talks began in May.", "unattributed", {}),
    ])
    exercises = build_exercises([report], "advanced", seed=0)
    assert any(cite(6) in e.note for q in exercises.questions for e in q.evidence)
    assert rules_cited(exercises) == ()
