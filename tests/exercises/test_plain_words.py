"""What teachers and students read says things in words: no internal name (`subject_verb`,
`pronoun_person`) reaches a worksheet, a key, a quiz or the annotated page of the seeds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import html5lib
import pytest

from sourcing.exercises import LEVELS, build_exercises, exercise_files
from sourcing.pipeline import analyze
from sourcing.records import ArticleReport, Document
from sourcing.render.html import render_page

SEEDS = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt"))
# An internal name: lower-case words joined by underscores ("subject_verb", "pronoun_person").
SNAKE_CASE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
# Attributes a reader sees (tooltips); `data-*`, `class` and `id` are for the scripts.
SHOWN_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
# key.json fields an LMS shows a teacher, and the lists holding them; `kind`, `type` and
# `answer_type` are ids for programs.
KEY_JSON_WORDS = ("articles", "questions", "evidence", "answer", "explanation", "note", "text",
                  "source", "title", "name", "rules", "cited", "summary")


@cache
def seed_reports() -> tuple[ArticleReport, ...]:
    return tuple(analyze(Document(text=p.read_text(encoding="utf-8"), path=p.name)) for p in SEEDS)


def html_words(page: str) -> Iterator[str]:
    """Yield the text a reader sees on `page`: its text nodes and tooltips, no script or style."""
    root = html5lib.parse(page, namespaceHTMLElements=False)
    for element in root.iter():
        if element.tag not in ("script", "style") and element.text:
            yield element.text
        yield from (element.get(name) for name in SHOWN_ATTRIBUTES if element.get(name))
        if element.tail:
            yield element.tail


def script_data(page: str, element_id: str) -> Any:
    """Return the JSON a page's script reads from `<script id=element_id>`."""
    found = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.DOTALL)
    assert found, element_id
    return json.loads(found.group(1))


def shown_by_script(script: str, variable: str) -> set[str]:
    """Return the fields of `variable` a page script writes into the page (`row(list, "Why",
    s.evidence)`, `textContent = q.explanation`, `"it is " + q.label`); fields only compared
    (`picked === q.answer`) are not shown."""
    shown = set(re.findall(rf'row\(list, "[^"]+", {variable}\.(\w+)', script))
    shown |= set(re.findall(rf"textContent = [^;]*?\b{variable}\.(\w+)", script))
    return shown | set(re.findall(rf'" \+ {variable}\.(\w+)', script))


def template_script(name: str) -> str:
    return resources.files("sourcing").joinpath("data", "templates", name).read_text(encoding="utf-8")


def strings(value: Any, keys: tuple[str, ...] | None = None) -> Iterator[str]:
    """Yield the strings in `value` (under `keys` only, where a dict has them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, keys)
    elif isinstance(value, dict):
        for key, item in value.items():
            if keys is None or key in keys:
                yield from strings(item, keys)


def internal_names(texts: Iterator[str], reports: tuple[ArticleReport, ...]) -> set[str]:
    """Return the snake_case words of `texts` that the articles themselves do not contain
    (an article may quote a handle such as "@some_user")."""
    found = {word for text in texts for word in SNAKE_CASE.findall(text)}
    return {word for word in found if not any(word in r.document.text for r in reports)}


def reader_texts(name: str, content: str) -> Iterator[str]:
    """Yield what a reader sees of one exercise file."""
    if name.endswith(".md"):
        yield content.replace("\\_", "_")  # Markdown escapes the underscore it would read as emphasis
    elif name == "key.json":
        yield from strings(json.loads(content), KEY_JSON_WORDS)
    else:
        yield from html_words(content)
    if name == "quiz.html":
        data = script_data(content, "quiz-data")
        shown = tuple(shown_by_script(template_script("quiz.js"), "q"))
        yield from strings(data["questions"], shown)
        yield from data["labels"].values()


@pytest.mark.parametrize("level", LEVELS)
def test_no_internal_name_reaches_an_exercise_file(level: str) -> None:
    reports = seed_reports()
    files = exercise_files(build_exercises(list(reports), level, seed=0))
    assert any("GUIDELINES rule" in line for line in files["key.md"].splitlines())
    for name, content in files.items():
        assert not internal_names(reader_texts(name, content), reports), name


@pytest.mark.parametrize("level", LEVELS)
def test_seed_key_lists_every_rule_its_evidence_cites(level: str) -> None:
    """Each "GUIDELINES rule N" of the key's evidence is summarised at its end, and no other."""
    files = exercise_files(build_exercises(list(seed_reports()), level, seed=0))
    body, rules = files["key.md"].split("## Rules cited in this key", 1)
    cited = set(re.findall(r"GUIDELINES rules? (\d+)", body))
    cited |= set(re.findall(r"GUIDELINES rules \d+ and (\d+)", body))
    listed = set(re.findall(r"^- \*\*GUIDELINES rule (\d+)\*\*: ", rules, re.MULTILINE))
    assert len(cited) >= 3 and listed == cited
    assert ("GUIDELINES: source types" in body) == ("**GUIDELINES: source types**" in rules)
    assert [r["rule"] for r in json.loads(files["key.json"])["rules"] if r["rule"]] == sorted(map(int, cited))


def test_no_internal_name_reaches_the_annotated_page() -> None:
    reports = seed_reports()
    page = render_page(list(reports))
    shown = shown_by_script(template_script("page.js"), "s")
    assert {"evidence", "source", "label"} <= shown
    data = script_data(page, "statement-data")
    texts = [*html_words(page), *(text for row in data.values() for text in strings(row, tuple(shown)))]
    assert not internal_names(iter(texts), reports)


def test_the_key_words_the_evidence_as_the_analysis_does_in_every_format() -> None:
    """key.md, key.html and key.json show each statement's evidence as the analysis words it."""
    reports = seed_reports()
    exercises = build_exercises(list(reports), "advanced", seed=0)
    files = exercise_files(exercises)
    key = json.loads(files["key.json"])
    proofs = [proof for question in key["questions"] for proof in question["evidence"]]
    assert proofs
    for proof in proofs:
        evidence = reports[proof["article"]].statements[proof["statement"]].evidence
        assert proof["note"] == evidence
        if evidence:
            assert f"<i>analyzer: {evidence}</i>".replace("'", "&#39;") in files["key.html"]
            assert f"— analyzer: {evidence}" in files["key.md"].replace("\\_", "_")
