"""Outlet names: aliases and domains to one canonical name; no article is silently dropped."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcing.outlets import (
    UNKNOWN,
    bare_host,
    canonical_outlet,
    default_table,
    is_publisher,
    load_table,
    outlet_domains,
    outlet_for_domain,
    parse_pairs,
)

TABLE = default_table()


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Fox News", "Fox News"),
        ("Fox Online News", "Fox News"),
        ("Fox News (Online)", "Fox News"),
        ("Newsmax - News", "Newsmax"),
        ("Newsmax (News)", "Newsmax"),
        ("New York Times - News", "New York Times"),
        ("New York Times (Online News)", "New York Times"),
        ("The New York Times", "New York Times"),  # og:site_name of an HTML page
        ("CNN (Web News)", "CNN"),
        ("NPR Online News", "NPR"),
        ("Wall Street Journal - News", "Wall Street Journal"),
        ("NBCNews.com", "NBC News"),
        ("  new york TIMES - news ", "New York Times"),  # case and spacing do not matter
        ("New York Times - Opinion", "New York Times (Opinion)"),  # opinion desks stay apart
        ("Fox News Opinion", "Fox News (Opinion)"),
        ("Guest Writer - Right", "Guest Writer - Right"),  # unlisted: kept as written
        ("Some  Local   Paper", "Some Local Paper"),
        ("nytimes.com", "New York Times"),  # a domain as the name (trafilatura hostname)
        ("www.foxnews.com", "Fox News"),
    ],
)
def test_alias_normalization(raw: str, canonical: str) -> None:
    assert canonical_outlet(raw, None, TABLE) == canonical


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.nytimes.com/2016/09/20/nyregion/a.html", "New York Times"),
        ("http://edition.cnn.com/2020/politics/x", "CNN"),  # subdomain -> parent entry
        ("https://apnews.com/article/abc", "Associated Press"),
        ("https://www1.cbn.com/cbnnews/x", "CBN"),
        ("https://example.org/story", UNKNOWN),
        ("not a url", UNKNOWN),
    ],
)
def test_domain_maps_to_outlet_when_name_missing(url: str, canonical: str) -> None:
    assert canonical_outlet(None, url, TABLE) == canonical


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_no_name_and_no_url_is_unknown(raw: str | None) -> None:
    assert canonical_outlet(raw, None, TABLE) == UNKNOWN


def test_name_wins_over_url() -> None:
    assert canonical_outlet("Reuters", "https://www.nytimes.com/x", TABLE) == "Reuters"


def test_big_allsides_outlets_are_covered() -> None:
    corpus = Path("/work/shared/corpus/allsides/outlets.tsv")
    if not corpus.exists():
        pytest.skip("AllSides outlets.tsv not available")
    rows = [line.split("\t") for line in corpus.read_text().splitlines()[1:]]
    big = [(name, url) for name, n, _, url in rows if int(n) >= 300]
    for name, url in big:
        assert outlet_for_domain(url, TABLE) is not None, url
    canon = {canonical_outlet(name, None, TABLE) for name, _ in big}
    assert {"CNN", "Fox News", "New York Times", "Newsmax"} <= canon


def test_user_aliases_extend_and_override(tmp_path: Path) -> None:
    extra = tmp_path / "aliases.tsv"
    extra.write_text(
        "# mine\nGuest Writer - Right\tNational Review\nFox News\tFOX\nmy-paper.example\tMy Paper\n"
    )
    table = load_table(extra)
    assert canonical_outlet("Guest Writer - Right", None, table) == "National Review"
    assert canonical_outlet("fox news", None, table) == "FOX"
    assert canonical_outlet(None, "https://www.my-paper.example/a", table) == "My Paper"
    assert canonical_outlet("CNN (Web News)", None, table) == "CNN"  # defaults still there


@pytest.mark.parametrize("line", ["only one field", "a\tb\tc", "\tcanonical"])
def test_bad_alias_line_is_refused(line: str) -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse_pairs([line])


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://WWW.NYTimes.com/x?y=1", "nytimes.com"),
        ("www1.cbn.com", "cbn.com"),
        ("edition.cnn.com", "edition.cnn.com"),
        ("http://[bad", ""),
    ],
)
def test_bare_host(text: str, host: str) -> None:
    assert bare_host(text) == host


def split_host(text: str) -> str:
    """`bare_host` as it was, every text split as a URL."""
    text = text.strip().lower()
    try:
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    except ValueError:
        return ""
    return re.sub(r"^www\d*\.", "", host)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(st.sampled_from("abcwW019-._ :/[]@?#%\t\nÉé"), max_size=30),
                 st.from_regex(r"(www\d?\.)?([a-z0-9-]{1,8}\.){1,3}[a-z]{2,4}", fullmatch=True)))
def test_a_host_name_is_its_own_host_as_a_split_url_gives_it(text: str) -> None:
    # A text that is a host name already is not split as a URL; any text's host is the
    # one the split gives.
    assert bare_host(text) == split_host(text)


def test_the_table_splits_no_domain_of_its_lexicon_as_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcing import outlets

    monkeypatch.setattr(outlets, "urlsplit", lambda *args: pytest.fail(f"split {args}"))
    assert default_table().domains == TABLE.domains


def test_outlet_domains_home_site_first() -> None:
    assert outlet_domains("New York Times", TABLE)[0] == "nytimes.com"
    assert outlet_domains("No Such Outlet", TABLE) == []


@pytest.mark.parametrize(
    ("outlet", "publisher", "expected"),
    [
        ("The AP", "Associated Press", True),  # abbreviation through outlet_aliases.txt
        ("Associated Press", "AP", True),
        ("CNN", "CNN (Web News)", True),  # a corpus label
        ("The New York Times", "New York Times - News", True),
        ("Reuters", "Fox News", False),
        ("AP", "Fox Online News", False),  # wire copy on another outlet's site
        ("The Times", "Reuters", False),
        (None, "Reuters", False),
        ("Reuters", None, False),
    ],
)
def test_is_publisher(outlet: str | None, publisher: str | None, expected: bool) -> None:
    assert is_publisher(outlet, publisher) is expected
