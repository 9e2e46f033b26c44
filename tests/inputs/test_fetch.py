"""Fetching pages from a local HTTP server on 127.0.0.1: nothing leaves the machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sourcing.inputs import fetch
from sourcing.inputs.failures import FailureKind, InputError, InputFailure
from sourcing.inputs.fetch import FetchSettings, fetch_page, read_url_list
from sourcing.inputs.ingest import iter_inputs
from sourcing.inputs.paths import is_url
from sourcing.records import Document

PAGE = (Path(__file__).parents[1] / "fixtures" / "ingest" / "article.html").read_bytes()
SLOW_S = 2.0


class Pages(BaseHTTPRequestHandler):
    """/page, /redirect (to /page), /missing (404), /slow, /pdf, /broken (500)."""

    def do_GET(self) -> None:
        if self.path == "/redirect":
            self._send(302, b"", "text/html", location="/page")
        elif self.path == "/page":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/slow":
            time.sleep(SLOW_S)
            self._send(200, PAGE, "text/html")
        elif self.path == "/pdf":
            self._send(200, b"%PDF-1.7", "application/pdf")
        elif self.path == "/broken":
            self._send(500, b"oops", "text/html")
        else:
            self._send(404, b"not here", "text/html")

    def _send(self, status: int, body: bytes, kind: str, location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:  # the client gave up (the timeout test): nothing to report
            pass

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_is_analyzed_like_a_saved_one_with_its_url(server: str) -> None:
    (doc,) = list(iter_inputs([f"{server}/page"]))
    assert isinstance(doc, Document) and doc.input_format == "html"
    assert doc.url == f"{server}/page" and doc.path == f"{server}/page"
    assert "a senior official who asked not to be named" in doc.text


def test_redirect_is_followed(server: str) -> None:
    page = fetch_page(f"{server}/redirect")
    assert page.final_url == f"{server}/page" and page.data == PAGE


@pytest.mark.parametrize(
    ("route", "kind", "message"),
    [
        ("/missing", FailureKind.FETCH, "HTTP error 404"),
        ("/broken", FailureKind.FETCH, "HTTP error 500"),
        ("/pdf", FailureKind.NOT_HTML, "not an HTML page: the server sent application/pdf"),
        ("/slow", FailureKind.TIMEOUT, "timed out after 0.3 s"),
    ],
)
def test_failures_name_their_cause(server: str, route: str, kind: FailureKind, message: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch_page(f"{server}{route}", FetchSettings(timeout=0.3))
    assert caught.value.kind is kind and message in caught.value.message


def test_unreachable_server_and_oversized_page(server: str) -> None:
    with pytest.raises(InputError, match="cannot fetch"):
        fetch_page("http://127.0.0.1:9/page", FetchSettings(timeout=1))  # discard port: closed
    with pytest.raises(InputError, match="page too large") as caught:
        fetch_page(f"{server}/page", FetchSettings(max_bytes=100))
    assert caught.value.kind is FailureKind.TOO_LARGE


def test_batch_goes_on_after_failed_urls(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "DEFAULT_FETCH", FetchSettings(timeout=0.3))
    routes = ["/missing", "/page", "/slow", "/pdf", "/redirect"]
    found = list(iter_inputs([f"{server}{r}" for r in routes]))
    assert [type(item).__name__ for item in found] == [
        "InputFailure", "Document", "InputFailure", "InputFailure", "Document"
    ]
    assert all("\n" not in f.message for f in found if isinstance(f, InputFailure))


def test_url_list_and_url_detection(tmp_path: Path) -> None:
    listed = tmp_path / "urls.txt"
    listed.write_text("# pages to score\nhttps://example.org/a#top\n\n  http://example.org/b  \n")
    assert read_url_list(listed) == ["https://example.org/a#top", "http://example.org/b"]
    assert is_url("HTTPS://x.org") and not is_url("https.txt") and not is_url("-")


def test_cli_scores_urls_and_reports_each_failure_in_one_line(
    server: str, tmp_path: Path
) -> None:
    import json

    from typer.testing import CliRunner

    from sourcing.cli import app

    listed = tmp_path / "urls.txt"
    listed.write_text(f"{server}/redirect\n{server}/pdf\n")
    args = ["score", "--no-cache", "--no-model", "--jobs", "1", "-f", "json"]
    result = CliRunner().invoke(app, [*args, f"{server}/missing", "--urls", str(listed)])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["url"] == f"{server}/redirect" and report["statements"]
    assert result.stderr.splitlines() == [
        f"error: {server}/missing: HTTP error 404 Not Found: the server refused the page",
        f"error: {server}/pdf: not an HTML page: the server sent application/pdf",
    ]
