"""Fetch a web page for analysis: a timeout, a size limit, a polite user agent, redirects followed.

Every way a fetch can fail (no connection, a timeout, an HTTP error status, a file that is not
an HTML page, a page over the size limit) raises one InputError naming the cause.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from sourcing import __version__
from sourcing.inputs.failures import FailureKind, InputError

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchSettings:
    """How pages are fetched."""

    # Seconds to wait for the connection and for each read; a slower server is a failure.
    timeout: float = 20.0
    # Larger pages are refused (the size limit of files and stdin).
    max_bytes: int = 20 * 1024 * 1024
    user_agent: str = f"sourcing/{__version__} (news sourcing analyzer; one request per page)"


DEFAULT_FETCH = FetchSettings()


@dataclass(frozen=True)
class FetchedPage:
    """The bytes of a page and the address they came from after redirects."""

    url: str
    final_url: str
    data: bytes


def read_url_list(path: Path) -> list[str]:
    """Return the URLs listed in a file, one a line; blank lines and `#` lines are skipped."""
    lines = (line.strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def fetch_page(url: str, settings: FetchSettings | None = None) -> FetchedPage:
    """Download one HTML page; redirects are followed, anything else fails with its cause."""
    import urllib.error  # imported here: only URL inputs need the HTTP client
    import urllib.request

    settings = settings or DEFAULT_FETCH
    request = urllib.request.Request(
        url, headers={"User-Agent": settings.user_agent, "Accept": "text/html,*/*;q=0.5"}
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.timeout) as response:
            _check_type(response.headers.get_content_type())
            data = response.read(settings.max_bytes + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(
            FailureKind.FETCH, f"HTTP error {error.code} {error.reason}: the server refused the page"
        ) from error
    except urllib.error.URLError as error:
        raise _connection_error(error.reason, settings) from error
    except TimeoutError as error:
        raise _connection_error(error, settings) from error
    except (ValueError, OSError) as error:  # a malformed address, a reset connection
        raise InputError(FailureKind.FETCH, f"cannot fetch: {error}") from error
    if len(data) > settings.max_bytes:
        limit = settings.max_bytes / 2**20
        raise InputError(FailureKind.TOO_LARGE, f"page too large (limit {limit:.0f} MB)")
    if not data:
        raise InputError(FailureKind.EMPTY, "the server sent an empty page")
    return FetchedPage(url, final_url, data)


def _check_type(content_type: str) -> None:
    if content_type not in HTML_TYPES:
        raise InputError(
            FailureKind.NOT_HTML, f"not an HTML page: the server sent {content_type}"
        )


def _connection_error(reason: object, settings: FetchSettings) -> InputError:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return InputError(
            FailureKind.TIMEOUT, f"timed out after {settings.timeout:g} s: the server is too slow"
        )
    if isinstance(reason, socket.gaierror):
        return InputError(FailureKind.FETCH, "cannot fetch: unknown host (check the address)")
    return InputError(FailureKind.FETCH, f"cannot fetch: {getattr(reason, 'strerror', None) or reason}")
