"""Mine who holds which role from unlabelled news into sourcing/data/roles.tsv.gz (issue 15, item 5).

Reads the AllSides corpus (37,554 articles, 2012-2020; ../shared/corpus/allsides) and, for
every full name ("Marco Rubio", "Issam al-Naass"), counts the mentions where the text gives
the person a role:
- a title run right before the name: "Sen. Marco Rubio", "Interior Ministry spokesman Issam
  al-Naass", "Camp Fire survivor Lisa Williams";
- an appositive right after the name or its surname: "Rubio, a Florida Republican,";
  "Ilya Shapiro, a senior fellow at the Cato Institute".
A mention is `official` when its role words include one of official_roles.txt (less the
words that also describe private people, WEAK_OFFICIAL_WORDS), `other` when they include one
of person_roles.txt only, `former` when "former" or "ex-" qualifies the role. A name is an
official in the table when at least MIN_OFFICIAL official mentions in MIN_ARTICLES articles
make at least OFFICIAL_SHARE of its role mentions; `other` likewise. The gold articles
(data/gold/train*.jsonl) are left out, so figures on them do not see their own text.

Usage:
    python scripts/build_roles.py [--corpus ../shared/corpus/allsides/articles.jsonl.xz]
        [--out sourcing/data/roles.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.attribution.names import non_name_words
from sourcing.lexicons import load_lexicon

CORPUS = ROOT.parent.parent / "shared" / "corpus" / "allsides" / "articles.jsonl.xz"
OUT = ROOT / "sourcing" / "data" / "roles.tsv.gz"
GOLD = ROOT / "data" / "gold"

MIN_OFFICIAL = 3  # official mentions at least
MIN_ARTICLES = 2  # in at least this many articles
OFFICIAL_SHARE = 0.75  # of the name's role mentions (official + other + former)
# Role words of official_roles.txt that also describe private people (GUIDELINES: a
# "Democratic strategist" is a named_person); they make no mention official here.
WEAK_OFFICIAL_WORDS = frozenset(
    {"strategist", "campaign", "candidate", "nominee", "republican", "democrat", "democratic",
     "gop", "dem", "father", "pastor", "cardinal", "bishop", "cleric", "staff", "soldier",
     "resident", "agent", "founder", "executive", "manager", "house", "senate", "general"}
)
FORMER_WORDS = frozenset({"former", "ex", "onetime", "late"})

NAME_WORD = r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*"
PARTICLE = r"(?:(?:de|da|di|del|van|von|der|bin|ibn|abu|al|el|le|la)[\s-])"
FULL_NAME = re.compile(
    rf"(?<![\w.]){NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{PARTICLE}?{NAME_WORD}){{1,2}}(?![\w-])"
)
# The words right before a name, up to the last clause mark.
LEFT_RUN = re.compile(r"((?:[A-Za-z][\w.'\-]*\s+){1,6})$")
APPOSITIVE = re.compile(r",\s+((?:a|an|the)\s+[^,.;:\"()]{3,80}|[a-z][^,.;:\"()]{2,80})[,.;]")
WORD = re.compile(r"[a-z][a-z\-]*")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    held_out = gold_ids()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, set[int]] = defaultdict(set)
    read = 0
    with lzma.open(args.corpus, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            article = json.loads(line)
            if article["id"] in held_out:
                continue
            read += 1
            for name, kind in role_mentions(article.get("text") or ""):
                counts[name][kind] += 1
                if kind == "official":
                    articles[name].add(number)
    rows = table(counts, articles)
    write(args.out, rows, read, len(held_out))
    kinds = Counter(row[1] for row in rows)
    print(f"{read} articles read, {len(counts)} names with a role, {kinds['official']} officials "
          f"and {kinds['other']} others written to {args.out}", file=sys.stderr)
    return 0


def gold_ids() -> set[str]:
    """The ids of the gold articles, left out of the mining."""
    ids = set()
    for path in GOLD.glob("train*.jsonl"):
        if "_texts" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["doc"].removesuffix(".txt"))
    return ids


def role_mentions(text: str) -> list[tuple[str, str]]:
    """(full name, official / other / former) for each mention of a name with a role."""
    found = []
    by_surname: dict[str, set[str]] = defaultdict(set)
    for match in FULL_NAME.finditer(text):
        start, name = name_start(match)
        if start is None:
            continue
        by_surname[name.split()[-1]].add(name)
        kind = role_kind(title_words(text, start) + appositive_words(text, match.end()))
        if kind:
            found.append((name, kind))
    for surname, names in by_surname.items():
        if len(names) != 1:
            continue
        (name,) = names
        for match in re.finditer(rf"(?<![\w.]){re.escape(surname)},", text):
            if text[max(0, match.start() - len(name) - 1) : match.start()].endswith(name[: -len(surname)]):
                continue  # the full name, counted above
            kind = role_kind(appositive_words(text, match.end() - 1))
            if kind:
                found.append((name, kind))
    return found


def name_start(match: re.Match[str]) -> tuple[int | None, str]:
    """Where the person's name starts in a run of capitalized words, and the name.

    Leading role and place words are not the name ("State Hillary Clinton" -> "Hillary
    Clinton"); a run with such a word elsewhere ("White House Press") is no name.
    """
    excluded = non_name_words()
    words = list(re.finditer(r"\S+", match.group(0)))
    while words and words[0].group(0).lower().rstrip(".") in excluded:
        words = words[1:]
    if len(words) < 2 or any(w.group(0).lower() in excluded for w in words):
        return None, ""
    return match.start() + words[0].start(), " ".join(w.group(0) for w in words)


def title_words(text: str, start: int) -> list[str]:
    """The role words right before a name: 'Interior Ministry spokesman' -> [interior, ministry, spokesman]."""
    run = LEFT_RUN.search(text[max(0, start - 80) : start])
    if run is None:
        return []
    words: list[str] = []
    roles = role_vocabulary()
    for raw in reversed(run.group(1).split()):
        bare = raw.strip(".,'’").lower()
        if raw[:1].isupper() or bare in roles or bare in {"of", "the", "for", "and", "u.s."}:
            words.append(bare)
            continue
        break
    return WORD.findall(" ".join(reversed(words)))


# "Rubio, a Florida Republican," and "Rubio, R-Fla.,": a lawmaker.
LAWMAKER = re.compile(r",\s+(?:(?:a|an)\s+(?:[A-Z][a-z]+\s+){1,2}(?:Republican|Democrat)\b|[RDI]-[A-Z])")


def appositive_words(text: str, end: int) -> list[str]:
    if LAWMAKER.match(text, end):
        return ["lawmaker"]
    match = APPOSITIVE.match(text, end)
    return WORD.findall(match.group(1).lower()) if match else []


def role_kind(words: list[str]) -> str | None:
    if not words:
        return None
    if FORMER_WORDS & set(words):
        return "former"
    official = (load_lexicon("official_roles") - WEAK_OFFICIAL_WORDS) & set(words)
    if official:
        return "official"
    if load_lexicon("person_roles") & set(words) or WEAK_OFFICIAL_WORDS & set(words):
        return "other"
    return None


def role_vocabulary() -> frozenset[str]:
    return load_lexicon("official_roles") | load_lexicon("person_roles") | FORMER_WORDS


def table(
    counts: dict[str, Counter[str]], articles: dict[str, set[int]]
) -> list[tuple[str, str, int, int, int, int]]:
    """Rows (name, kind, official, other, former, articles with an official mention), sorted."""
    rows = []
    for name, kinds in counts.items():
        total = kinds["official"] + kinds["other"] + kinds["former"]
        if (
            kinds["official"] >= MIN_OFFICIAL
            and len(articles[name]) >= MIN_ARTICLES
            and kinds["official"] >= OFFICIAL_SHARE * total
        ):
            kind = "official"
        elif kinds["other"] >= MIN_OFFICIAL and kinds["other"] >= OFFICIAL_SHARE * total:
            kind = "other"
        else:
            continue
        rows.append((name, kind, kinds["official"], kinds["other"], kinds["former"],
                     len(articles[name])))
    return sorted(rows)


def write(path: Path, rows: list[tuple[str, str, int, int, int, int]], read: int, left_out: int) -> None:
    header = [
        "# Who holds which role, mined from unlabelled news by scripts/build_roles.py.",
        (f"# Corpus: AllSides Article-Bias-Prediction (Apache-2.0), {read} articles read, "
         f"{left_out} gold articles left out; provenance in sourcing/data/roles.md."),
        (f"# official: >= {MIN_OFFICIAL} official mentions in >= {MIN_ARTICLES} articles, "
         f">= {OFFICIAL_SHARE:.0%} of the name's role mentions; other: the same for private roles."),
        "name\tkind\tofficial\tother\tformer\tarticles",
    ]
    body = ["\t".join(map(str, row)) for row in rows]
    # mtime=0: the same table gives the same bytes
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        out.write(("\n".join(header + body) + "\n").encode("utf-8"))


if __name__ == "__main__":
    raise SystemExit(main())
