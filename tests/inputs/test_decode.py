"""Decoding: BOM-marked Unicode, UTF-8, detected 8-bit encodings; binary data refused."""

from __future__ import annotations

import pytest

from sourcing.inputs.decode import decode_bytes, drop_stray_nuls, reject_binary
from sourcing.inputs.failures import FailureKind, InputError

ARTICLE = "The minister said on Tuesday that “talks failed”, officials said. Café naïve.\n"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (ARTICLE.encode("utf-8"), ARTICLE),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE),
        (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), ARTICLE),
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), ARTICLE),
        (ARTICLE.encode("cp1252"), ARTICLE),
        (
            "Le café est très bon, déjà vu à la française.".encode("latin-1"),
            "Le café est très bon, déjà vu à la française.",
        ),
        (b"line one\r\nline two\r\n", "line one\r\nline two\r\n"),  # nothing is rewritten
    ],
    ids=["utf-8", "utf-8 BOM", "utf-16-le BOM", "utf-16-be BOM", "cp1252", "latin-1", "CRLF kept"],
)
def test_decode_bytes(data: bytes, text: str) -> None:
    assert decode_bytes(data) == text


POLISH = "Ciężar dyskusji przeniesie się teraz na monitorowanie wydawania środków. " * 3


def test_utf8_with_a_few_broken_bytes_stays_utf8() -> None:
    # A UTF-8 page with one Latin-1 byte in an attribute (der-erfolg-gibt-recht.de).
    page = f'<html><img alt="K\xfcchenblogs"><p>{POLISH}</p></html>'
    data = page.encode("utf-8").replace(b"\xc3\xbc", b"\xfc")
    text = decode_bytes(data)
    assert POLISH in text
    assert 'alt="K\ufffdchenblogs"' in text


@pytest.mark.parametrize(
    ("declaration", "codec"),
    [
        ('<meta charset="Windows-1250">', "cp1250"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', "iso-8859-2"),
    ],
)
def test_declared_encoding_of_a_page_is_used(declaration: str, codec: str) -> None:
    page = f"<html><head>{declaration}</head><body><p>{POLISH}</p></body></html>"
    assert POLISH in decode_bytes(page.encode(codec))


def test_declared_latin_1_is_read_as_windows_1252() -> None:
    page = '<meta charset="iso-8859-1"><p>„Demut“ – sagte er… Café.</p>'
    assert decode_bytes(page.encode("cp1252")) == page


@pytest.mark.parametrize(
    ("data", "kind", "message"),
    [
        (b"%PDF-1.7", FailureKind.BINARY, "PDF document"),
        (b"PK\x03\x04rest", FailureKind.BINARY, "zip archive"),
        (b"\xfd7zXZ\x00rest", FailureKind.BINARY, "xz data"),
        (b"a\x00b", FailureKind.BINARY, "NUL bytes"),
        (b"\x01\x02\x03ab", FailureKind.BINARY, "control characters"),
        (b"\xef\xbb\xbf\xff\xfe", FailureKind.UNDECODABLE, "invalid utf-8"),
    ],
)
def test_refused(data: bytes, kind: FailureKind, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert caught.value.kind is kind and message in caught.value.message


def test_text_is_not_binary() -> None:
    reject_binary(b"PDF files are not read, the minister said.")


@pytest.mark.parametrize(
    ("data", "kept", "dropped"),
    [
        (b"<p>" + b"word " * 100 + b"\x00\x00</p>", b"<p>" + b"word " * 100 + b"</p>", 2),
        (b"no nul here", b"no nul here", 0),
        (b"a\x00b", b"a\x00b", 0),  # half NULs: binary, left for decode_bytes to refuse
        ("text".encode("utf-16-le") * 50, "text".encode("utf-16-le") * 50, 0),
        (b"\xff\xfe" + "t".encode("utf-16-le") * 300, b"\xff\xfe" + "t".encode("utf-16-le") * 300, 0),
    ],
    ids=["stray NULs dropped", "none", "mostly NULs", "utf-16 without BOM", "utf-16 BOM"],
)
def test_drop_stray_nuls(data: bytes, kept: bytes, dropped: int) -> None:
    assert drop_stray_nuls(data) == (kept, dropped)
