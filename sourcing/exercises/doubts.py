"""Which statements a key may rest on: the checks that leave a statement ungraded.

A key is handed out unchecked, so a statement is never asked about when the analyzer is
unsure of it or its record is at odds with itself or its sentence (the issue 12 rule:
never key an item whose record is inconsistent or unsure). This module gathers the checks
(`at_odds`) and decides which statements are left out (`unsure`); the checks themselves
live by what they doubt: `speaker_doubts` (who speaks), `type_doubts` (the record's type),
`quoted_words`, `publisher_voice` (the publisher's own reporting and staff),
`not_statements` (titles, reader lines, page furniture, split sentences), and by the shape they read:
`clause_shape`, `source_shape`, `reason_shape`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from sourcing.consistency import report_problems
from sourcing.exercises.clause_shape import (
    bullet_carried_over,
    hedged_by_an_adverb,
    hedged_content,
    participle_after_another_agent,
    poll_opening_without_source,
    progressive_speech_act,
    source_is_a_thing,
    speaker_told_the_publisher,
    supposed_speech_act,
)
from sourcing.exercises.items import quotation_units
from sourcing.exercises.not_statements import not_a_sentence, page_furniture, split_after_title
from sourcing.exercises.publisher_voice import (
    names_the_publishers_journalist,
    own_reporting,
    person_typed_outlet,
    publishers_staff,
)
from sourcing.exercises.quoted_words import (
    quotation_without_speaker,
    quoted_words_credited_elsewhere,
    source_in_quotation,
)
from sourcing.exercises.reason_shape import (
    terms_about_the_head,
    terms_after_the_chain,
    terms_in_the_chain,
)
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
from sourcing.exercises.speaker_doubts import (
    attributed_after,
    competing_speaker,
    cue_in_leading_clause,
    pronoun_before_its_name,
    pronouns_disagree_on_gender,
    role_named_two_ways,
    singular_for_plural,
    skips_a_nearer_speaker,
    source_in_relative_clause,
    unresolved_pronoun,
)
from sourcing.exercises.type_doubts import (
    about_the_sourcing,
    contested,
    introduced_unsure,
    name_as_modifier,
    named_beside_anonymity,
    outlet_below_its_margin,
    person_typed_organization,
    person_with_an_office,
)
from sourcing.provenance import Provenance, Rule
from sourcing.records import ArticleReport, Statement
from sourcing.settings import Settings


def carried_from_doubt(report: ArticleReport, doubtful: set[int]) -> set[int]:
    """Return `doubtful` with every statement whose source is carried over from a doubtful one.

    The Guardian g7Zb6HynfCQPUG1C [4] "He added: ..." takes [3]'s source, "Speaking on
    condition of anonymity he" typed named person: [3] is not keyed, so neither is [4].
    """
    found = set(doubtful)
    for statement in report.statements:  # a source is carried from an earlier statement
        origin = statement.resolved_from
        if origin is not None and origin in found:
            found.add(statement.index)
    return found


def doubts_the_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a check doubts who the record's speaker is (not the record's type or shape)."""
    s = statement
    return (
        skips_a_nearer_speaker(s, report) or pronoun_before_its_name(s, report)
        or role_named_two_ways(s, report) or source_in_quotation(s, report)
        or singular_for_plural(s) or unresolved_pronoun(s)
        or role_with_an_unnamed_antecedent(s, report) or definite_group_never_introduced(s, report)
        or pronouns_disagree_on_gender(s, report)
    )


def continues_a_doubtful_speaker(report: ArticleReport) -> set[int]:
    """Return the statements that go on with a quotation whose speaker a check doubts.

    Politico CiuLM3JApPtsMIej [16] "Thanks for restoring my posts." and [17] go on with Warren's
    tweet [14] [15] "..., she tweeted", whose "she" took "A Facebook spokesperson" past "Warren
    swiped at Facebook ..." (`skips_a_nearer_speaker`): [14] [15] were left out, [16] [17] keyed
    Anonymous source on main 384523d under the same wrong speaker. A continuation has the
    speaker of the statement it continues (`provenance.statement`), so it has the same doubt;
    doubts about a record's type or shape are not passed on this way.
    """
    found: set[int] = set()
    for statement in report.statements:
        seen: set[int] = set()
        p = statement.provenance
        while _continues(p) and p is not None and p.statement is not None and p.statement not in seen:
            seen.add(p.statement)
            if doubts_the_speaker(report.statements[p.statement], report):
                found.add(statement.index)
                break
            p = report.statements[p.statement].provenance
    return found


def _continues(provenance: Provenance | None) -> bool:
    """Tell whether a record takes its speaker by going on with another's quotation (rule 3)."""
    return provenance is not None and provenance.rule in {Rule.CARRY_OVER, Rule.QUOTE_OPENER}


def at_odds(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a record is at odds with itself, its sentence or GUIDELINES (every check
    of the modules named above but confidence, consistency and the split after a title)."""
    s = statement
    return (
        own_reporting(s, report) or named_beside_anonymity(s)
        or singular_for_plural(s) or name_as_modifier(s) or source_in_quotation(s, report)
        or competing_speaker(s, report) or about_the_sourcing(s)
        or pronoun_before_its_name(s, report) or source_in_relative_clause(s, report)
        or not_a_sentence(s) or page_furniture(s, report) or contested(s) or skips_a_nearer_speaker(s, report)
        or attributed_after(s, report) or role_named_two_ways(s, report)
        or person_typed_organization(s) or person_typed_outlet(s)
        or publishers_staff(s, report) or names_the_publishers_journalist(s, report)
        or cue_in_leading_clause(s)
        or quotation_without_speaker(s, report) or person_with_an_office(s, report)
        or unresolved_pronoun(s) or bare_plural(s, report) or source_after_preposition(s)
        or definite_group_never_introduced(s, report) or uncued_holder(s)
        or role_with_an_unnamed_antecedent(s, report) or organization_without_a_name(s)
        or source_is_a_thing(s) or participle_after_another_agent(s, report)
        or hedged_content(s) or hedged_by_an_adverb(s) or poll_opening_without_source(s)
        or progressive_speech_act(s) or quoted_words_credited_elsewhere(s, report)
        or speaker_told_the_publisher(s, report)
        or uncued_record_going_on(s, report) or post_line_left_out(s, report)
        or enumeration_going_on(s, report) or terms_in_the_chain(s, report)
        or terms_after_the_chain(s, report) or terms_about_the_head(s, report)
        or bullet_carried_over(s, report) or supposed_speech_act(s, report)
        or source_runs_into_a_clause(s) or pronouns_disagree_on_gender(s, report)
    )


def unsure(report: ArticleReport, settings: Settings) -> tuple[int, ...]:
    """Return the statements never asked about, whole quotations at a time.

    Unsure: confidence below `settings.key_confidence` (a news outlet's below it plus
    `settings.key_outlet_margin`), a record that contradicts itself
    (`sourcing.consistency`, a singular pronoun carrying a group's source over, a name that
    only modifies an unnamed role, a source found inside quoted words, a second speaker in the
    sentence, a pronoun resolved to a name its own sentence gives later), the publisher's own
    reporting typed as another outlet (GUIDELINES rule 10) and the publisher's own staff, a
    named type in a sentence granting anonymity, a sentence about the sourcing (rule 8), a
    named person whose apposition gives a role at an institution, an anonymous source that is
    still "he" or "she", and the other checks of `at_odds`. An article with fewer than
    `settings.key_minimum` statements left takes its clearest ones back, down to
    `settings.key_confidence_floor`, so that no key is empty.
    """
    checked = doubted(report)  # the checks do not depend on the confidence floor: run them once
    left_out = below(report, checked, settings, settings.key_confidence)
    if len(report.statements) - len(left_out) >= settings.key_minimum:
        return left_out
    at_floor = set(below(report, checked, settings, settings.key_confidence_floor))
    return clearest_back(report, set(left_out), at_floor, settings.key_minimum)


def doubted(report: ArticleReport) -> set[int]:
    """Return the statements a check doubts, whatever their confidence, with the statements
    carrying a source over from them."""
    inconsistent = report_problems(report)
    doubtful = {
        s.index for s in report.statements if s.index in inconsistent or at_odds(s, report)
    } | split_after_title(report) | continues_a_doubtful_speaker(report)
    return carried_from_doubt(report, doubtful)


def below(report: ArticleReport, checked: set[int], settings: Settings, floor: float) -> tuple[int, ...]:
    """Return the statements left out at confidence `floor` or by a check (`checked`, from
    `doubted`), whole quotations."""
    at = replace(settings, key_confidence=floor)
    doubtful = checked | {
        s.index for s in report.statements
        if s.confidence < floor or introduced_unsure(s, report, at) or outlet_below_its_margin(s, at)
    }
    units = quotation_units(report)
    doubtful_units = {units[i] for i in doubtful}
    return tuple(s.index for s in report.statements if units[s.index] in doubtful_units)


def clearest_back(report: ArticleReport, left_out: set[int], at_floor: set[int], minimum: int) -> tuple[int, ...]:
    """Return `left_out` less the clearest quotations of those sure at the floor (not in
    `at_floor`), highest confidence first, until `minimum` statements are asked about."""
    units = quotation_units(report)
    size = Counter(units[s.index] for s in report.statements)
    # `below` leaves out whole quotations, so `at_floor` holds every statement of its units.
    back = sorted((s for s in report.statements if s.index in left_out and s.index not in at_floor),
                  key=lambda s: -s.confidence)
    sure = len(report.statements) - len(left_out)
    taken: set[int] = set()
    for statement in back:
        if sure >= minimum:
            break
        unit = units[statement.index]
        if unit not in taken:
            taken.add(unit)
            sure += size[unit]
    return tuple(i for i in sorted(left_out) if units[i] not in taken)


def confident(report: ArticleReport, settings: Settings) -> list[Statement]:
    """Return the statements the analyzer is sure enough of to ask about."""
    skipped = set(unsure(report, settings))
    return [s for s in report.statements if s.index not in skipped]
