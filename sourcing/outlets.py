"""Name the outlet of an article: aliases and web domains mapped to one canonical name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from sourcing.lexicons import load_lines

UNKNOWN = "unknown"  # the group of articles whose outlet nobody names
_WWW = re.compile(r"^www\d*\.")
_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")


@dataclass(frozen=True)
class OutletTable:
    """Canonical outlet names by alias (case- and space-folded) and by web domain."""

    aliases: Mapping[str, str] = field(default_factory=dict)
    domains: Mapping[str, str] = field(default_factory=dict)

    def extended(self, pairs: Iterable[tuple[str, str]]) -> OutletTable:
        """Return a table where `pairs` (alias or domain, canonical) override this one."""
        pairs = list(pairs)
        aliases = dict(self.aliases) | {fold_name(a): c for a, c in pairs}
        domains = dict(self.domains) | {
            bare_host(a): c for a, c in pairs if _DOMAIN.match(bare_host(a))
        }
        return OutletTable(aliases=aliases, domains=domains)


def fold_name(name: str) -> str:
    """Return the lookup key of an outlet name: spacing collapsed, case folded."""
    return " ".join(name.split()).casefold()


def bare_host(url_or_host: str) -> str:
    """Return the lower-cased host of a URL or host name, without "www."."""
    host = url_or_host.strip().lower()
    if not _DOMAIN.match(host):  # a host name already is its own host: no need to split
        try:  # (each table load splits the 362 domains of its lexicon: 3 ms)
            host = urlsplit(host if "//" in host else f"//{host}").hostname or ""
        except ValueError:  # e.g. an unbalanced "[" read as an IPv6 address
            return ""
    return _WWW.sub("", host)


def parse_pairs(lines: Iterable[str]) -> list[tuple[str, str]]:
    """Parse `alias<TAB>canonical` lines; `#` starts a comment; blank lines are skipped."""
    pairs = []
    for number, line in enumerate(lines, start=1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        parts = entry.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise ValueError(f"line {number}: expected 'alias<TAB>canonical', got {entry!r}")
        pairs.append((parts[0].strip(), " ".join(parts[1].split())))
    return pairs


def default_table() -> OutletTable:
    """Return the table built from lexicons outlet_aliases.txt and outlet_domains.txt."""
    domains = {bare_host(d): c for d, c in parse_pairs(load_lines("outlet_domains"))}
    aliases = {fold_name(a): c for a, c in parse_pairs(load_lines("outlet_aliases"))}
    return OutletTable(aliases=aliases, domains=domains)


def load_table(extra: Path | None = None) -> OutletTable:
    """Return the default table, extended by the user's alias file if one is given."""
    table = default_table()
    if extra is None:
        return table
    return table.extended(parse_pairs(extra.read_text(encoding="utf-8").splitlines()))


def outlet_for_domain(host: str, table: OutletTable) -> str | None:
    """Return the outlet of `host` or of its nearest listed parent domain."""
    labels = bare_host(host).split(".")
    for start in range(len(labels) - 1):
        outlet = table.domains.get(".".join(labels[start:]))
        if outlet:
            return outlet
    return None


def canonical_outlet(raw: str | None, url: str | None, table: OutletTable) -> str:
    """Return the canonical outlet of an article named `raw`, found at `url`.

    The name wins over the URL; a name that is a domain ("nytimes.com") is looked up as
    one; an unlisted name is kept, spacing tidied; with neither name nor known URL the
    answer is UNKNOWN, so such articles form a group of their own.
    """
    name = " ".join((raw or "").split())
    if name:
        listed = table.aliases.get(fold_name(name))
        if listed:
            return listed
        if " " not in name and _DOMAIN.match(bare_host(name)):
            return outlet_for_domain(name, table) or name
        return name
    if url:
        return outlet_for_domain(url, table) or UNKNOWN
    return UNKNOWN


def is_publisher(outlet: str | None, publisher: str | None, table: OutletTable | None = None) -> bool:
    """Tell whether `outlet` names the outlet that published the article (GUIDELINES rule 10).

    Both names are read as written and as `canonical_outlet` names them (outlet_aliases.txt:
    "AP" -> "Associated Press", "CNN (Web News)" -> "CNN"); the outlet is the publisher when all
    its words are among the publisher's ("the" aside, "news" allowed).

    >>> is_publisher("The AP", "Associated Press")
    True
    >>> is_publisher("Reuters", "Fox News")
    False
    """
    if not outlet or not publisher:
        return False
    theirs = set().union(*_name_forms(publisher, table)) | {"news"}
    return any(ours and ours <= theirs for ours in _name_forms(outlet, table))


def _name_forms(name: str, table: OutletTable | None) -> tuple[frozenset[str], ...]:
    """The words of `name` as written and of its canonical outlet name, without "the"."""
    canonical = canonical_outlet(_THE.sub("", name), None, table or _default_table())
    return tuple(
        frozenset(form.lower().replace("-", " ").split()) - {"the"} for form in (name, canonical)
    )


@cache
def _default_table() -> OutletTable:
    return default_table()


def outlet_domains(outlet: str, table: OutletTable) -> list[str]:
    """Return the domains listed for `outlet`, home site (fewest labels, shortest) first."""
    domains = [d for d, name in table.domains.items() if name == outlet]
    return sorted(domains, key=lambda d: (d.count("."), len(d), d))
