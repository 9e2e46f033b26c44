"""Which statements a key may rest on: the checks that leave a statement ungraded.

A key is handed out unchecked, so a statement is never asked about when the analyzer is
unsure of it or its record is at odds with itself or its sentence (the issue 12 rule:
never key an item whose record is inconsistent or unsure). This module gathers the checks
(`at_odds`) and decides which statements are left out (`unsure`); the checks themselves
live by what they doubt: `speaker_doubts` (who speaks), `type_doubts` (the record's type),
`quoted_words`, `publisher_voice` (the publisher's own reporting and staff), `named_next` (an
anonymous source the next statements name),
`not_statements` (titles, reader lines, page furniture, split sentences), and by the shape they read:
`clause_shape`, `source_shape`, `reason_shape`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from sourcing.consistency import report_problems
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
from sourcing.exercises.items import quotation_units
from sourcing.exercises.mechanisms import attributed_riskily
from sourcing.exercises.named_next import described_then_named
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
    group_including_a_name,
    introduced_unsure,
    name_as_modifier,
    named_beside_anonymity,
    official_by_the_table_only,
    outlet_below_its_margin,
    outlet_with_a_source_behind,
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


@dataclass(frozen=True)
class Checks:
    """Key checks by what they read: the record alone, or the record in its article."""

    on_the_record: tuple[Callable[[Statement], bool], ...]
    in_the_article: tuple[Callable[[Statement, ArticleReport], bool], ...]

    def names(self) -> tuple[str, ...]:
        """Return the checks' names (their functions' names), records first."""
        return tuple(c.__name__ for c in (*self.on_the_record, *self.in_the_article))


def firing(statement: Statement, report: ArticleReport, checks: Checks,
           skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """Yield the name of each of `checks` (but those in `skip`) that doubts `statement`."""
    for alone in checks.on_the_record:
        if alone.__name__ not in skip and alone(statement):
            yield alone.__name__
    for check in checks.in_the_article:
        if check.__name__ not in skip and check(statement, report):
            yield check.__name__


SPEAKER_CHECKS = Checks(
    (singular_for_plural, unresolved_pronoun),
    (skips_a_nearer_speaker, pronoun_before_its_name, role_named_two_ways, source_in_quotation,
     role_with_an_unnamed_antecedent, definite_group_never_introduced, pronouns_disagree_on_gender),
)
"""The checks that doubt who the record's speaker is (not the record's type or shape)."""


def doubts_the_speaker(statement: Statement, report: ArticleReport, skip: frozenset[str] = frozenset()) -> bool:
    """Tell whether a check doubts who the record's speaker is (not the record's type or shape)."""
    return any(firing(statement, report, SPEAKER_CHECKS, skip))


def continues_a_doubtful_speaker(report: ArticleReport, skip: frozenset[str] = frozenset()) -> set[int]:
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
            if doubts_the_speaker(report.statements[p.statement], report, skip):
                found.add(statement.index)
                break
            p = report.statements[p.statement].provenance
    return found


def _continues(provenance: Provenance | None) -> bool:
    """Tell whether a record takes its speaker by going on with another's quotation (rule 3)."""
    return provenance is not None and provenance.rule in {Rule.CARRY_OVER, Rule.QUOTE_OPENER}


AT_ODDS = Checks(
    (named_beside_anonymity, singular_for_plural, name_as_modifier, about_the_sourcing,
     not_a_sentence, contested, person_typed_organization, person_typed_outlet,
     cue_in_leading_clause, unresolved_pronoun, source_after_preposition, uncued_holder,
     organization_without_a_name, source_is_a_thing, hedged_content, hedged_by_an_adverb,
     poll_opening_without_source, progressive_speech_act, source_runs_into_a_clause,
     institution_forecast, question_with_an_outlet_report, group_including_a_name,
     outlet_with_a_source_behind),
    (own_reporting, source_in_quotation, competing_speaker, pronoun_before_its_name,
     source_in_relative_clause, page_furniture, skips_a_nearer_speaker, attributed_after,
     role_named_two_ways, publishers_staff, names_the_publishers_journalist,
     quotation_without_speaker, person_with_an_office, bare_plural,
     definite_group_never_introduced, role_with_an_unnamed_antecedent,
     participle_after_another_agent, quoted_words_credited_elsewhere, speaker_told_the_publisher,
     uncued_record_going_on, post_line_left_out, enumeration_going_on, terms_in_the_chain,
     terms_after_the_chain, terms_about_the_head, bullet_carried_over, supposed_speech_act,
     pronouns_disagree_on_gender, official_by_the_table_only, described_then_named),
)
"""The checks of a record at odds with itself, its sentence or GUIDELINES (every check of the
modules named above but confidence, consistency and the split after a title)."""


def at_odds(statement: Statement, report: ArticleReport, skip: frozenset[str] = frozenset()) -> bool:
    """Tell whether a check of `AT_ODDS` (but those named in `skip`) doubts a record."""
    return any(firing(statement, report, AT_ODDS, skip))


def unsure(report: ArticleReport, settings: Settings, skip: frozenset[str] = frozenset()) -> tuple[int, ...]:
    """Return the statements never asked about, whole quotations at a time.

    Unsure: confidence below `settings.key_confidence` (a news outlet's below it plus
    `settings.key_outlet_margin`), a record that contradicts itself
    (`sourcing.consistency`, a singular pronoun carrying a group's source over, a name that
    only modifies an unnamed role, a source found inside quoted words, a second speaker in the
    sentence, a pronoun resolved to a name its own sentence gives later), the publisher's own
    reporting typed as another outlet (GUIDELINES rule 10) and the publisher's own staff, a
    named type in a sentence granting anonymity, a sentence about the sourcing (rule 8), a
    named person whose apposition gives a role at an institution, an anonymous source that is
    still "he" or "she", the other checks of `at_odds`, and a source found by a mechanism whose
    keys went wrong at least three times as often as the rest on fresh articles (a pronoun or role
    noun taken to a name before it, a source carried into another paragraph:
    `sourcing.exercises.mechanisms`). An article with fewer than
    `settings.key_minimum` statements left takes its clearest ones back, down to
    `settings.key_confidence_floor`, so that no key is empty. The checks named in `skip` (a
    check's function name, or one of `LOOSE_CHECKS`) are not run: what a key would ask
    without them (`sourcing.exercises.left_out`).
    """
    checked = doubted(report, skip)  # the checks do not depend on the confidence floor: run them once
    left_out = below(report, checked, settings, settings.key_confidence, skip)
    if len(report.statements) - len(left_out) >= settings.key_minimum:
        return left_out
    at_floor = set(below(report, checked, settings, settings.key_confidence_floor, skip))
    return clearest_back(report, set(left_out), at_floor, settings.key_minimum)


LOOSE_CHECKS = ("confidence", "introduced_unsure", "outlet_below_its_margin", "consistency",
                "split_after_title", "attributed_riskily")
"""The checks outside `AT_ODDS`, by name: the confidence floor, a person typed unsure where first
named, an outlet below its margin, a record contradicting itself, a sentence split after a title,
a source found by a mechanism whose keys went wrong on fresh articles (`sourcing.exercises.mechanisms`)."""


def doubted(report: ArticleReport, skip: frozenset[str] = frozenset()) -> set[int]:
    """Return the statements a check (but those in `skip`) doubts, whatever their confidence,
    with the statements carrying a source over from them."""
    inconsistent = {} if "consistency" in skip else report_problems(report)
    split = set() if "split_after_title" in skip else split_after_title(report)
    risky = "attributed_riskily" not in skip
    doubtful = {
        s.index for s in report.statements
        if s.index in inconsistent or at_odds(s, report, skip) or (risky and attributed_riskily(s, report))
    } | split | continues_a_doubtful_speaker(report, skip)
    return carried_from_doubt(report, doubtful)


def below(report: ArticleReport, checked: set[int], settings: Settings, floor: float,
          skip: frozenset[str] = frozenset()) -> tuple[int, ...]:
    """Return the statements left out at confidence `floor` or by a check (`checked`, from
    `doubted`), whole quotations; the confidence checks named in `skip` are not run."""
    at = replace(settings, key_confidence=floor)
    doubtful = checked | {
        s.index for s in report.statements
        if ("confidence" not in skip and s.confidence < floor)
        or ("introduced_unsure" not in skip and introduced_unsure(s, report, at))
        or ("outlet_below_its_margin" not in skip and outlet_below_its_margin(s, at))
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
