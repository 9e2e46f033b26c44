"""Extraction: an HTML page's article and metadata, JSONL rows, and sniffing stdin."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from sourcing.inputs.extract import html_document, row_document, sniff_format
from sourcing.inputs.failures import FailureKind, InputError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
ROWS_JSONL = '{"id": 1, "text": "A said B."}\n{"id": 2, "text": "C said D."}\n'


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ROWS_JSONL, "jsonl"),
        ('{"text": "a"}\nnot json\n', "text"),
        ('{"title": "no text"}\n', "text"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <!-- c --><div><p>x</p></div>", "html"),
        ("Prices rose. See <b>here</b>.", "text"),
        ("The minister said so.", "text"),
    ],
)
def test_sniff_format(text: str, kind: str) -> None:
    assert sniff_format(text) == kind


@pytest.mark.parametrize(
    ("text", "named_html", "kind"),
    [
        ("<h1>Talks stall</h1><p>The minister said so.</p>", True, "html"),
        ("<h1>Talks stall</h1><p>The minister said so.</p>", False, "text"),
        ("The minister said so, in a page without markup.", True, "text"),
        ("\n\n<html lang=en><body><p>x</p></body></html>", False, "html"),
    ],
)
def test_sniff_format_with_a_name_hint(text: str, named_html: bool, kind: str) -> None:
    assert sniff_format(text, named_html) == kind


def test_html_manifest_wins_over_page_metadata() -> None:
    html = (FIXTURES / "article.html").read_text()
    doc = html_document(html, "p.html", "p", {"outlet": "Manifest Outlet"})
    assert (doc.outlet, doc.title, doc.id) == ("Manifest Outlet", "Talks stall in Baghdad", "p")


def test_html_text_is_composed_nfc() -> None:
    sentence = "Besonders bei Babyschalen sollte geprüft werden, ob die Gurtlänge ausreicht."
    decomposed = unicodedata.normalize("NFD", sentence)
    html = f"<html><body><article><p>{decomposed}</p><p>{decomposed}</p></article></body></html>"
    doc = html_document(html, "p.html", "p", {})
    assert sentence in doc.text


PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the article says what the minister did on that day in town.</p>"
    for n in range(1, 6)
)


def test_a_page_description_missing_from_the_text_opens_it_as_its_deck() -> None:
    deck = "The standfirst above the article, which the extraction leaves out of its text."
    head = f'<head><meta name="description" content="{deck}"></head>'
    page = f"<html>{head}<body><article>{PARAGRAPHS}</article></body></html>"
    doc = html_document(page, "p.html", "p", {})
    assert doc.deck == deck
    assert doc.text.startswith(f"{deck}\n") and doc.text.count(deck) == 1


def test_a_description_the_text_has_is_no_deck() -> None:
    lede = "Paragraph 1 of the article says what the minister did on that day in town."
    page = (
        f'<html><head><meta name="description" content="{lede}"></head>'
        f"<body><article>{PARAGRAPHS}</article></body></html>"
    )
    doc = html_document(page, "p.html", "p", {})
    assert doc.deck is None and doc.text.count(lede) == 1


def test_a_page_drawn_by_a_script_is_read_from_its_schema_org_body() -> None:
    body = " ".join(f"Sentence {n} of the body that a script draws on the page." for n in range(9))
    data = json.dumps({"@type": "NewsArticle", "articleBody": body})
    page = (
        f'<html><head><script type="application/ld+json">{data}</script></head>'
        "<body><article><p>A photo caption, all the page shows without its script.</p>"
        "</article></body></html>"
    )
    assert html_document(page, "p.html", "p", {}).text == body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("{broken", FailureKind.BAD_JSON),
        ("[1, 2]", FailureKind.BAD_JSON),
        ('{"text": 3}', FailureKind.NO_TEXT_FIELD),
        ('{"title": "t"}', FailureKind.NO_TEXT_FIELD),
        ('{"text": " \\n "}', FailureKind.BLANK),
    ],
)
def test_bad_rows(line: str, kind: FailureKind) -> None:
    with pytest.raises(InputError) as caught:
        row_document(line, "f.jsonl:1", {})
    assert caught.value.kind is kind


def test_row_fields() -> None:
    doc = row_document('{"id": 7, "text": "T.", "date": "", "outlet": "O"}', "f.jsonl:3", {})
    assert (doc.id, doc.date, doc.outlet, doc.path, doc.input_format) == (
        "7",
        None,
        "O",
        "f.jsonl:3",
        "jsonl",
    )


def test_lone_surrogates_in_jsonl_become_replacement_characters() -> None:
    from sourcing.inputs.extract import row_document

    document = row_document('{"text": "Officials said \\ud800 it was over."}', "f.jsonl:1", {})
    assert document.text == "Officials said \ufffd it was over."
    document.text.encode("utf-8")  # writable as UTF-8
