"""Lexicon files: every one described, read as written, and a new word needs no code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

import pytest

from sourcing import lexicons
from sourcing.attribution import verbs
from sourcing.attribution.cues import find_cues
from sourcing.records import Span

LEXICONS = resources.files("sourcing").joinpath("lexicons")


def lexicon_files() -> list[str]:
    return sorted(p.name for p in LEXICONS.iterdir() if p.name.endswith(".txt"))


def test_every_lexicon_file_is_described_in_the_readme() -> None:
    readme = LEXICONS.joinpath("README.md").read_text(encoding="utf-8")
    assert [name for name in lexicon_files() if f"`{name}`" not in readme] == []


def test_lexicons_are_read_from_the_folder_resources_names() -> None:
    assert lexicons.LEXICON_DIR.samefile(str(LEXICONS))
    assert lexicons.load_lines("trailing_time_words") == tuple(
        line.split("#", 1)[0].strip()
        for line in LEXICONS.joinpath("trailing_time_words.txt").read_text("utf-8").splitlines()
        if line.split("#", 1)[0].strip())


def test_lines_keep_order_and_case_and_drop_comments() -> None:
    lines = lexicons.load_lines("trailing_time_words")
    assert lines[:2] == ("Monday", "Tuesday") and "evening" in lines
    assert "a news conference" in lexicons.load_lines("trailing_channel_words")
    assert not any(line.startswith("#") for line in lines)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("legal_records", "court papers", True),
        ("legal_records", "court  papers", False),  # entries match as written
        ("statement_issue_verbs", "put out", True),
        ("participle_cues", "saying", True),
    ],
)
def test_alternation_matches_entries_as_written(name: str, text: str, found: bool) -> None:
    assert bool(re.fullmatch(f"(?:{lexicons.alternation(name)})", text)) is found


@pytest.fixture
def extra_verb(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Add "mused" to cue_verbs_extra.txt, as a contributor would, for one test."""
    real = lexicons.load_lines

    def with_mused(name: str) -> tuple[str, ...]:
        lines = real(name)
        return (*lines, "mused") if name == "cue_verbs_extra" else lines

    caches = (lexicons.load_lexicon, verbs.cue_verbs, verbs.general_cue_verbs, verbs._verbs_read)
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(lexicons, "load_lines", with_mused)
    yield
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


def test_a_reporting_verb_is_one_lexicon_line(extra_verb: None) -> None:
    text = "The minister mused that the plan would work."
    cues = find_cues(text, _whole(text), bytearray(len(text)))
    assert [(c.kind.value, c.words) for c in cues] == [("subject_verb", "mused")]


def test_without_the_line_there_is_no_cue() -> None:
    text = "The minister mused that the plan would work."
    assert find_cues(text, _whole(text), bytearray(len(text))) == []


def _whole(text: str) -> Span:
    return Span(0, len(text))


def test_a_lexicon_union_holds_every_entry_of_its_lexicons_and_is_built_once() -> None:
    union = lexicons.lexicon_union("honorifics", "official_roles")
    assert union == lexicons.load_lexicon("honorifics") | lexicons.load_lexicon("official_roles")
    assert lexicons.lexicon_union("honorifics", "official_roles") is union
