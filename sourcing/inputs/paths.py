"""What an input path names, told without reading it: web addresses, article suffixes and
a directory's manifest. Kept apart from the readers (`ingest`, `fetch`) so that a re-run
that reads no input (`run.indexed`) does not import them."""

from __future__ import annotations

import os

from sourcing.inputs.failures import FailureKind, InputError

URL_SCHEMES = ("http://", "https://")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES, *JSONL_SUFFIXES)
MANIFEST_NAME = "manifest.csv"
MANIFEST_FIELDS = ("outlet", "url", "date", "title", "topic")
Meta = dict[str, str]  # the metadata fields of one article (outlet, url, date, ...)


def is_url(argument: str) -> bool:
    """Say whether a command-line argument is a web address rather than a path."""
    return argument.lower().startswith(URL_SCHEMES)


def load_manifest(directory: str) -> dict[str, Meta]:
    """Read `manifest.csv` in `directory` (path,outlet,url,date[,title,topic]) by file path."""
    manifest = os.path.join(directory, MANIFEST_NAME)
    if not os.path.isfile(manifest):
        return {}
    import csv  # here: most inputs have no manifest, and a re-run reads none

    try:
        with open(manifest, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(FailureKind.UNREADABLE, f"cannot read {manifest}: {error}") from error
    return {
        os.path.normpath(os.path.join(directory, row["path"])): {
            key: row[key].strip() for key in MANIFEST_FIELDS if (row.get(key) or "").strip()
        }
        for row in rows
        if (row.get("path") or "").strip()
    }
