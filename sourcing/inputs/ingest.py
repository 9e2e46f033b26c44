"""Read the user's inputs into Documents: text, HTML and JSONL files, directories and stdin.

Every input yields Documents or InputFailures, never an exception: a bad file is reported
in one line and the others are still read.
"""

from __future__ import annotations

import errno
import gzip
import io
import lzma
import os
import stat
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sourcing.dependencies import MissingDependency
from sourcing.inputs.decode import decode_bytes, drop_stray_nuls, reject_binary
from sourcing.inputs.extract import Meta, html_document, row_document, sniff_format, text_document
from sourcing.inputs.failures import FailureKind, InputError, InputFailure, InputWarning
from sourcing.inputs.fetch import fetch_page
from sourcing.inputs.paths import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    is_url,
    load_manifest,
)
from sourcing.records import Document

__all__ = ["FailureKind", "InputFailure", "decode_bytes", "iter_inputs", "load_manifest"]

# Larger inputs (a file, a JSONL row, stdin) are refused before they are read.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
STDIN_PATH = "<stdin>"
# Bytes looked at, at the head of a JSONL stream, to refuse binary data early.
SNIFF_BYTES = 8192

Item = Document | InputFailure


def iter_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield a Document or an InputFailure for every article the paths name, in order."""
    for path in paths:
        if path == "-":
            yield from _guarded(STDIN_PATH, _read_stdin, stdin)
        elif is_url(path):
            yield from _guarded(path, _read_url, path)
        else:
            yield from _guarded(path, _read_path, path)


def _guarded(path: str, read: Callable[..., Iterable[Item]], *args: object) -> Iterator[Item]:
    """Run a reader, turning any error it raises into a failure of `path`."""
    try:
        yield from read(*args)
    except InputError as error:
        yield InputFailure(path, error.message, error.kind)
    except OSError as error:
        yield _os_failure(path, error)
    except MissingDependency:
        raise  # the same for every input: said once by the command line
    except Exception as error:  # noqa: BLE001 - an input must never crash the batch
        yield InputFailure(path, f"cannot read: {type(error).__name__}: {error}")


def _os_failure(path: str, error: OSError) -> InputFailure:
    if error.errno == errno.ELOOP:
        return InputFailure(path, "symlink loop", FailureKind.SYMLINK_LOOP)
    if error.errno == errno.ENOENT:
        return InputFailure(path, "no such file or directory", FailureKind.MISSING)
    if error.errno in (errno.EACCES, errno.EPERM):
        return InputFailure(path, "permission denied", FailureKind.UNREADABLE)
    reason = error.strerror or str(error)
    return InputFailure(path, f"cannot read: {reason}", FailureKind.UNREADABLE)


def _read_path(path: str) -> Iterator[Item]:
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        yield from _read_directory(path)
    else:
        manifest = load_manifest(os.path.dirname(path) or ".")
        yield from _read_file(path, manifest.get(os.path.normpath(path), {}))


def _read_directory(root: str) -> Iterator[Item]:
    found = False
    manifests: dict[str, dict[str, Meta]] = {}
    for entry in _article_paths(root, (os.path.realpath(root),)):
        found = True
        if isinstance(entry, InputFailure):
            yield entry
        else:
            yield from _guarded(entry, _read_listed_file, entry, manifests)
    if not found:
        suffixes = ", ".join(ARTICLE_SUFFIXES)
        raise InputError(FailureKind.NO_ARTICLES, f"directory has no articles ({suffixes})")


def _read_listed_file(path: str, manifests: dict[str, dict[str, Meta]]) -> Iterator[Item]:
    directory = os.path.dirname(path)
    if directory not in manifests:
        manifests[directory] = load_manifest(directory)
    yield from _read_file(path, manifests[directory].get(os.path.normpath(path), {}))


def _article_paths(directory: str, ancestors: tuple[str, ...]) -> Iterator[str | InputFailure]:
    """Yield article files under `directory`, sorted; hidden entries are skipped.

    `ancestors` are the real paths of the directories being walked; a directory symlink
    pointing back at one of them is reported as a loop instead of being followed.
    """
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if name.startswith("."):
            continue
        try:
            info = os.stat(path)
        except OSError as error:
            if error.errno == errno.ELOOP or name.endswith(ARTICLE_SUFFIXES):
                yield _os_failure(path, error)
            continue
        if stat.S_ISDIR(info.st_mode):
            real = os.path.realpath(path)
            if real in ancestors or _is_inside(ancestors[-1], real):
                yield InputFailure(path, "symlink loop", FailureKind.SYMLINK_LOOP)
            else:
                yield from _article_paths(path, (*ancestors, real))
        elif name.endswith(ARTICLE_SUFFIXES):
            yield path


def _is_inside(path: str, directory: str) -> bool:
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def _read_file(path: str, meta: Meta) -> Iterator[Item]:
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(FailureKind.UNREADABLE, "not a regular file")
    if path.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl_file(path, meta)
        return
    _check_size(info.st_size)
    with open(path, "rb") as handle:
        data = handle.read()
    if not data:
        raise InputError(FailureKind.EMPTY, "empty file")
    named_html = path.lower().endswith(HTML_SUFFIXES)
    yield from _documents(data, path, Path(path).stem, meta, named_html)


def _documents(
    data: bytes, path: str, doc_id: str | None, meta: Meta, named_html: bool = False
) -> Iterator[Item]:
    """Decode an input and read it as its content says: JSONL rows, an HTML page or text.

    Files and stdin go through here alike; only the name hint differs.
    """
    data, dropped = drop_stray_nuls(data)
    if dropped:
        warnings.warn(f"{path}: dropped {dropped} stray NUL bytes", InputWarning, stacklevel=2)
    text = decode_bytes(data)
    kind = sniff_format(text, named_html)
    if kind == "jsonl":
        lines = enumerate(text.splitlines(), start=1)
        yield from _jsonl_documents(((n, line) for n, line in lines), path, meta)
    elif kind == "html":
        yield html_document(text, path, doc_id, meta)
    else:
        yield text_document(text, path, doc_id, meta)


def _check_size(size: int) -> None:
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            FailureKind.TOO_LARGE,
            f"too large: {size / 2**20:.1f} MB (limit {_limit_mb()})",
        )


def _limit_mb() -> str:
    return f"{MAX_ARTICLE_BYTES / 2**20:.0f} MB"


def _read_url(url: str) -> Iterator[Item]:
    """Fetch a page and read it like a saved one; the address given is its `url`."""
    page = fetch_page(url)
    yield from _documents(page.data, url, None, {"url": url}, named_html=True)


def _read_stdin(stdin: BinaryIO | None) -> Iterator[Item]:
    if stdin is None:
        raise InputError(FailureKind.UNREADABLE, "no standard input")
    data = stdin.read(MAX_ARTICLE_BYTES + 1)
    _check_size(len(data))
    if not data:
        raise InputError(FailureKind.EMPTY, "empty input")
    yield from _documents(data, STDIN_PATH, None, {})


def _read_jsonl_file(path: str, meta: Meta) -> Iterator[Item]:
    if os.path.getsize(path) == 0:
        raise InputError(FailureKind.EMPTY, "empty file")
    with _open_jsonl(path) as stream:
        try:
            reject_binary(stream.peek(SNIFF_BYTES)[:SNIFF_BYTES])
            yield from _jsonl_documents(_bounded_lines(stream, path), path, meta)
        except (EOFError, lzma.LZMAError, gzip.BadGzipFile) as error:
            raise InputError(FailureKind.CORRUPT, f"corrupt compressed data: {error}") from error


def _open_jsonl(path: str) -> io.BufferedReader:
    if path.endswith(".xz"):
        return lzma.open(path, "rb")  # type: ignore[return-value]
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _bounded_lines(stream: BinaryIO, path: str) -> Iterator[tuple[int, str | InputFailure]]:
    """Yield (line number, decoded line); a line over the size limit is skipped whole."""
    lineno = 0
    while raw := stream.readline(MAX_ARTICLE_BYTES + 1):
        lineno += 1
        if len(raw) > MAX_ARTICLE_BYTES:
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_ARTICLE_BYTES)
            yield (
                lineno,
                InputFailure(
                    f"{path}:{lineno}",
                    f"row too large (limit {_limit_mb()})",
                    FailureKind.TOO_LARGE,
                ),
            )
            continue
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            yield (
                lineno,
                InputFailure(f"{path}:{lineno}", "row is not UTF-8", FailureKind.UNDECODABLE),
            )


def _jsonl_documents(
    lines: Iterable[tuple[int, str | InputFailure]], path: str, meta: Meta
) -> Iterator[Item]:
    rows = 0
    for lineno, line in lines:
        if isinstance(line, InputFailure):
            rows += 1
            yield line
        elif line.strip():
            rows += 1
            yield _guarded_row(line, f"{path}:{lineno}", meta)
    if not rows:
        raise InputError(FailureKind.BLANK, "no rows (only whitespace)")


def _guarded_row(line: str, row_path: str, meta: Meta) -> Item:
    try:
        return row_document(line, row_path, meta)
    except InputError as error:
        return InputFailure(row_path, error.message, error.kind)
