"""Turn an article's bytes into text: byte-order marks, binary files, encoding detection."""

from __future__ import annotations

import re

import charset_normalizer

from sourcing.inputs.failures import FailureKind, InputError

# Tried before an unrestricted guess: English news in an 8-bit encoding is nearly always these.
WESTERN_ENCODINGS = ["cp1252", "latin_1"]
# A decoded text with more control characters than this share is binary data.
MAX_CONTROL_SHARE = 0.01
BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
BINARY_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip data (only .jsonl.gz is read compressed)"),
    (b"\xfd7zXZ\x00", "xz data (only .jsonl.xz is read compressed)"),
    (b"PK\x03\x04", "zip archive (e.g. .docx)"),
    (b"\x7fELF", "executable"),
)
# NUL bytes up to this share of a page are stray (a broken scraper), dropped with a warning; a
# text in UTF-16 or UTF-32 without byte-order mark has a NUL in every second or fourth byte.
MAX_STRAY_NUL_SHARE = 0.01
# UTF-8 with a few broken bytes (a Latin-1 "ü" pasted into a UTF-8 page) is still UTF-8 when
# its valid multi-byte characters outnumber the broken bytes this many times; an 8-bit text
# has almost no byte pairs that happen to be valid UTF-8.
MOSTLY_UTF8_RATIO = 10
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# The encoding a page declares (<meta charset=...>, <meta http-equiv ... charset=...>, or an
# XML declaration), looked for near its start.
DECLARED_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,30})"
    rb"|<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{2,30})",
    re.IGNORECASE,
)
DECLARATION_BYTES = 20_000
# Labels that browsers decode as a superset (WHATWG Encoding Standard): a page declaring
# ISO-8859-1 is read as windows-1252, whose curly quotes it usually holds.
BROWSER_ENCODINGS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
# Unicode category Cc except the whitespace controls (tab, newlines, form feed).
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def decode_bytes(data: bytes) -> str:
    """Decode an article: BOM-marked UTF-8/16/32, else UTF-8 (a few broken bytes become
    U+FFFD), else the encoding an HTML page declares, else a detected 8-bit encoding."""
    reject_binary(data)
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return _checked(data[len(mark) :].decode(codec))
            except UnicodeDecodeError as error:
                raise InputError(
                    FailureKind.UNDECODABLE, f"invalid {codec} after its byte-order mark"
                ) from error
    if b"\x00" in data:
        raise InputError(FailureKind.BINARY, "binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data) or _declared(data)
    if text is not None:
        return _checked(text)
    match = charset_normalizer.from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    match = match or charset_normalizer.from_bytes(data).best()
    if match is None:
        raise InputError(
            FailureKind.UNDECODABLE, "cannot decode: not UTF-8, UTF-16 or a known 8-bit encoding"
        )
    return _checked(str(match))


def _mostly_utf8(data: bytes) -> str | None:
    """Decode UTF-8 with a few broken bytes, each becoming U+FFFD, or return None."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = len(UTF8_MULTIBYTE.findall(data))
    return text if valid >= MOSTLY_UTF8_RATIO * broken else None


def _declared(data: bytes) -> str | None:
    """Decode with the encoding the page declares, if Python knows it and it fits the bytes."""
    found = DECLARED_CHARSET.search(data[:DECLARATION_BYTES])
    if found is None:
        return None
    name = (found.group(1) or found.group(2)).decode("ascii").lower()
    name = BROWSER_ENCODINGS.get(name, name)
    try:
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def drop_stray_nuls(data: bytes) -> tuple[bytes, int]:
    """Remove NUL bytes from otherwise textual data; return the data and how many were dropped.

    Data marked UTF-16/32 by its byte-order mark, or with more NULs than a stray few, is
    returned untouched (and refused as binary by `decode_bytes` when unmarked).
    """
    nuls = data.count(b"\x00")
    if not nuls or nuls > MAX_STRAY_NUL_SHARE * len(data):
        return data, 0
    if any(data.startswith(mark) for mark, codec in BYTE_ORDER_MARKS if codec != "utf-8"):
        return data, 0
    return data.replace(b"\x00", b""), nuls


def reject_binary(data: bytes) -> None:
    """Refuse data that starts like a PDF, an image, an archive or an executable."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(FailureKind.BINARY, f"binary file: {what}, not text")


def _checked(text: str) -> str:
    if len(CONTROL_CHARACTER.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise InputError(FailureKind.BINARY, "binary file (control characters), not text")
    return text
