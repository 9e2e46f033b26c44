"""Golden test on real web pages (tests/fixtures/pages, see its ORIGIN.md): the body found.

The golden files hold what body extraction decides (metadata, statement texts, excluded spans
and their roles, the article as `--format article` gives it), not the source types, which
belong to the attribution tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sourcing.inputs.ingest import iter_inputs
from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.render.article import article_text
from sourcing.text.tables import is_table_row

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
NAMES = sorted(p.name for p in PAGES.glob("*.html"))
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
ANNOTATED = sorted(EXPECTED)  # tribune242.com-gunned.html has no trafilatura annotation


def body(name: str) -> dict[str, Any]:
    (document,) = list(iter_inputs([str(PAGES / name)]))
    assert isinstance(document, Document)
    report = analyze(document, model=None)
    return {
        "title": document.title,
        "outlet": document.outlet,
        "date": document.date,
        "statements": [s.text for s in report.statements],
        "excluded": [[e.role.value, e.reason, document.slice(e.span)] for e in report.excluded],
        "article": article_text(report),
    }


@pytest.fixture(scope="module")
def bodies() -> dict[str, dict[str, Any]]:
    return {name: body(name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_page_matches_golden(name: str, bodies: dict[str, Any], update_golden: bool) -> None:
    path = PAGES / "golden" / name.replace(".html", ".json")
    if update_golden:
        text = json.dumps(bodies[name], indent=1, ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")
    assert bodies[name] == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_no_table_row_is_a_statement(name: str, bodies: dict[str, Any]) -> None:
    assert not [s for s in bodies[name]["statements"] if is_table_row(s)]


@pytest.mark.parametrize("name", ANNOTATED)
def test_no_boilerplate_snippet_is_a_statement(name: str, bodies: dict[str, Any]) -> None:
    statements = " ".join(" ".join(bodies[name]["statements"]).split())
    leaked = [s for s in EXPECTED[name]["without"] if " ".join(s.split()) in statements]
    assert leaked == []


@pytest.mark.parametrize("name", ANNOTATED)
def test_body_snippets_are_in_the_article(name: str, bodies: dict[str, Any]) -> None:
    """Every `with` snippet is in the article (headings and tables are not statements)."""
    article = " ".join(bodies[name]["article"].split())
    missing = [s for s in EXPECTED[name]["with"] if " ".join(s.split()) not in article]
    assert missing == []
