"""Make Documents of decoded inputs: plain text, an HTML page's article, a JSONL row."""

from __future__ import annotations

import json
import re
import unicodedata

from sourcing.dependencies import missing_dependency
from sourcing.inputs.candidate import (
    extraction_dict,
    fuller_text,
    merge_variants,
    page_deck,
    schema_article_body,
    variant_texts,
)
from sourcing.inputs.failures import FailureKind, InputError
from sourcing.inputs.paths import Meta
from sourcing.records import Document
from sourcing.text.words import count_words

# An HTML extraction shorter than this is navigation residue ("Home"), not an article.
MIN_HTML_WORDS = 5
# Extraction time grows with the element count (about 0.3 ms each); news pages have a few
# thousand, so a page with more is refused rather than left to run for minutes.
MAX_HTML_TAGS = 50_000
# How far into a text to look for an <html> or <body> tag when sniffing stdin.
SNIFF_CHARS = 8192
HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)
HTML_TAG = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
START_TAG = re.compile(r"<[A-Za-z]")


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def sniff_format(text: str, named_html: bool = False) -> str:
    """Return "jsonl", "html" or "text" by the content of an input, whatever its name.

    HTML is recognized by its markup: a page starting with a tag, or an <html> or <body> tag
    near its start. `named_html` (a .html/.htm file) accepts any tag near the start, so a
    fragment ("<h1>Title</h1> ...") is HTML too; a .html file without markup is text.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(_is_text_row(line) for line in lines):
        return "jsonl"
    head = text[:SNIFF_CHARS]
    if HTML_START.match(text) or HTML_TAG.search(head):
        return "html"
    if named_html and START_TAG.search(head):
        return "html"
    return "text"


def _is_text_row(line: str) -> bool:
    try:
        row = json.loads(line)
    except ValueError:
        return False
    return isinstance(row, dict) and isinstance(row.get("text"), str)


def text_document(text: str, path: str, doc_id: str | None, meta: Meta) -> Document:
    """Make a Document of plain text, refusing text with nothing but whitespace."""
    if not text.strip():
        raise InputError(FailureKind.BLANK, "no text (only whitespace)")
    return Document(text=text, path=path, id=doc_id, input_format="text", **meta)


def html_document(html: str, path: str, doc_id: str | None, meta: Meta) -> Document:
    """Extract the article of an HTML page with trafilatura (no download); manifest wins."""
    try:
        import trafilatura  # imported here: slow to load, and only HTML inputs need it
    except ImportError as error:
        raise missing_dependency(error) from error
    tags = len(START_TAG.findall(html))
    if tags > MAX_HTML_TAGS:
        raise InputError(
            FailureKind.TOO_LARGE, f"HTML page too large: {tags:,} tags (limit {MAX_HTML_TAGS:,})"
        )
    try:
        tree = trafilatura.load_html(html)
        schema_body = schema_article_body(tree) if tree is not None else ""
        found = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
        variants = variant_texts(tree, trafilatura.bare_extraction) if tree is not None else []
    except ImportError as error:  # trafilatura imports lxml.html.clean only when it cleans
        raise missing_dependency(error) from error
    except Exception as error:  # malformed pages must fail this input only
        raise InputError(FailureKind.NO_HTML_TEXT, f"cannot parse HTML: {error}") from error
    data = extraction_dict(found)
    data["text"] = fuller_text(str(data.get("text") or ""), schema_body)
    if count_words(str(data.get("text") or "")) < MIN_HTML_WORDS:
        raise InputError(
            FailureKind.NO_HTML_TEXT,
            "HTML page has no article text (only links, scripts or a log-in wall: save the "
            "article's own page, or its text as .txt)",
        )
    extracted = {
        "title": data.get("title"),
        "url": data.get("url"),
        "date": data.get("date"),
        "outlet": data.get("sitename") or data.get("hostname"),
    }
    fields = {key: value for key, value in extracted.items() if value} | meta
    # Composed characters (NFC), as pages are written and lexicons are: some pages spell "ü"
    # as "u" and a combining diaeresis, which no pattern and no quoted text would match.
    text = unicodedata.normalize("NFC", merge_variants(data["text"], variants))
    # The page's standfirst, when the extraction left it out (it often sits above the article
    # element), as its metadata gives it: the text's first line, a headline (`Document.deck`).
    deck = page_deck(unicodedata.normalize("NFC", str(data.get("description") or "")), text)
    if deck:
        text = f"{deck}\n{text}"
    return Document(text=text, path=path, id=doc_id, input_format="html", deck=deck, **fields)


def row_document(line: str, path: str, meta: Meta) -> Document:
    """Make a Document of one JSONL row: `text`, optional id/url/title/outlet/date/topic."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            FailureKind.BAD_JSON, f"broken JSON: {error.msg} (column {error.colno})"
        ) from error
    if not isinstance(row, dict):
        raise InputError(FailureKind.BAD_JSON, "row is not a JSON object")
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError(FailureKind.NO_TEXT_FIELD, "row has no 'text' string")
    # JSON may escape lone surrogates ("\ud800") that no UTF-8 output can carry: each becomes
    # U+FFFD, one character for one, so offsets into the text stay valid.
    text = LONE_SURROGATE.sub("\ufffd", text)
    if not text.strip():
        raise InputError(FailureKind.BLANK, "no text (only whitespace)")
    fields = {
        key: str(row[key])
        for key in ("id", "url", "title", "outlet", "date", "topic")
        if row.get(key) not in (None, "")
    }
    return Document(text=text, path=path, input_format="jsonl", **(fields | meta))
