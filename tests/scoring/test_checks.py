"""Score-card checks: each newsroom rule on small hand-made reports and on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_builders import ANON, make_report, sample_report

from sourcing.scoring.checks import CHECKS, Check, is_vague, load_rules, run_checks
from sourcing.pipeline import analyze
from sourcing.records import Document, SourceType

SEEDS = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt"))

NAMED = ("Minister Ali Rezaei said the talks went well.", "named_official", {"source": "Minister Ali Rezaei"})
NARRATION = ("The talks began in May.", "unattributed", {})


def by_name(report) -> dict[str, Check]:  # type: ignore[no-untyped-def]
    return {c.name: c for c in run_checks(report)}


@pytest.mark.parametrize(
    ("source", "vague"),
    [
        ("sources", True),
        ("some Iraqi sources", True),
        ("Informed Iraqi sources", True),
        ("a new report", True),
        ("people familiar with the matter", True),
        (None, True),
        ("", True),
        ("a senior Iranian official, who asked not to be named", False),
        ("three senior Iranian officials involved in the process", False),
        ("an official of an armed faction close to the Badr Organization", False),
        ("A Western official", False),
        ("a ministry spokesman", False),
    ],
)
def test_is_vague(source: str | None, vague: bool) -> None:
    assert is_vague(source) is vague


@pytest.mark.parametrize(
    ("rows", "check", "failing"),
    [
        # anonymous_without_reason: a reason passes, none fails
        ([NARRATION, ("An aide, who asked not to be named, said so.", ANON, {"source": "An aide", "anonymity_reason": True})], "anonymous_without_reason", ()),
        ([NARRATION, ("An aide said so.", ANON, {"source": "An aide"})], "anonymous_without_reason", (1,)),
        # lede_anonymous: the first statements only
        ([("Sources said Iran moved.", ANON, {"source": "Sources"}), NARRATION], "lede_anonymous", (0,)),
        ([NARRATION, NAMED, ("Sources said Iran moved.", ANON, {"source": "Sources"})], "lede_anonymous", ()),
        # vague_description
        ([NARRATION, ("Sources said Iran moved.", ANON, {"source": "Sources"})], "vague_description", (1,)),
        ([NARRATION, ("A senior diplomat said Iran moved.", ANON, {"source": "A senior diplomat"})], "vague_description", ()),
        ([NARRATION, ("Iran reportedly moved.", ANON, {})], "vague_description", (1,)),
        # single_anonymous_source: one unnamed source alone fails; a second source or a named one passes
        ([NARRATION, ("A diplomat said Iran moved.", ANON, {"source": "A diplomat"}), ("The diplomat added more.", ANON, {"source": "A diplomat", "resolved_from": 1})], "single_anonymous_source", (1, 2)),
        ([("A diplomat said Iran moved.", ANON, {"source": "A diplomat"}), ("An aide agreed.", ANON, {"source": "An aide"})], "single_anonymous_source", ()),
        ([("A diplomat said Iran moved.", ANON, {"source": "A diplomat"}), NAMED], "single_anonymous_source", ()),
        ([NARRATION, NAMED], "single_anonymous_source", ()),
        # relayed_anonymous: only anonymous statements with a via
        ([("Reuters quoted an aide as saying Iran moved.", ANON, {"source": "an aide", "via": "Reuters"})], "relayed_anonymous", (0,)),
        ([("Reuters reported that Iran moved.", "cited_outlet", {"source": "Reuters"})], "relayed_anonymous", ()),
    ],
)
def test_check_on_small_reports(rows, check: str, failing: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
    result = by_name(make_report(rows))[check]
    assert result.statements == failing
    assert result.passed is (not failing)


def test_every_rule_has_logic_and_text() -> None:
    rules = load_rules()["check"]
    assert [r["name"] for r in rules] == list(CHECKS)
    for rule in rules:
        assert rule["title"] and rule["rule"] and rule["basis"]
        assert "{n}" in rule["failed"]


def test_sample_report_summary_counts_statements() -> None:
    checks = by_name(sample_report())
    assert checks["relayed_anonymous"].summary.startswith("1 statement")
    assert not checks["anonymous_without_reason"].passed


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_checks_agree_with_the_analysis(path: Path) -> None:
    """Whatever the analyzer finds, each check names only statements that fit its rule."""
    report = analyze(Document(text=path.read_text(encoding="utf-8"), path=str(path)))
    types = {s.index: s.type for s in report.statements}
    checks = by_name(report)
    assert set(checks) == set(CHECKS)
    for check in checks.values():
        assert check.passed is (not check.statements)
        assert all(types[i] is SourceType.UNNAMED_SOURCE for i in check.statements)
    assert checks["anonymous_without_reason"].statements == tuple(
        report.scores.basis["anonymous_without_reason"]
    )
    assert checks["lede_anonymous"].passed is (not report.scores.lede_anonymous)
