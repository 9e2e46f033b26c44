"""Draw a reading set: 20 corpus articles, two from each of the first 10 outlets that have both kinds.

The rule of docs/exercise_agreement.md ("the sixth reading set", "the seventh reading set"):
`random.Random(SEED)` shuffles the 25 news outlets below; candidates are the articles of
300-500 words (`len(text.split())`) whose id occurs in no excluded file (the gold files and
the earlier readings files), sorted by id; the first 10 outlets of the shuffle that have both
kinds of candidate give two articles each, drawn with the same generator (`choice`): first one
whose text mentions anonymity, then one that does not.

The ninth set's rule ("the ninth reading set") changes two things, by options, so that the
earlier draws stay as they were: `--max-words 600` widens the word range to 300-600, and
`--whole-word-condition` uses ANONYMITY_NINTH, which reads "on condition" only as whole words
(not "conditions on the ground") and adds "anonymously" and "not to be named/identified".

Usage:
    python scripts/draw_reading_set.py --seed 1207 \
        --corpus ../shared/corpus/allsides/articles.jsonl.xz \
        --exclude data/gold/*.jsonl /work/shared/gold/*.jsonl docs/exercise_agreement_heldout*.jsonl
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
from pathlib import Path

OUTLETS = (
    "CNN (Web News)", "Washington Times", "Politico", "Fox Online News", "NPR Online News",
    "USA TODAY", "New York Times - News", "The Hill", "Fox News", "Christian Science Monitor",
    "Reuters", "BBC News", "Newsmax", "The Guardian", "CBN", "Breitbart News", "Associated Press",
    "ABC News", "The Daily Caller", "Wall Street Journal - News", "Daily Beast", "New York Post",
    "Bloomberg", "CBS News", "Al Jazeera",
)
ANONYMITY = re.compile(r"anonymity|not authorized to|asked not to be (?:named|identified)|on condition",
                       re.IGNORECASE)
# The ninth set's pattern: "on (the) condition" as whole words, so "conditions" is no mention.
ANONYMITY_NINTH = re.compile(r"anonymity|anonymously|not authorized to|not to be (?:named|identified)"
                             r"|\bon (?:the )?condition\b", re.IGNORECASE)
PER_OUTLET_SETS = 10
MIN_WORDS = 300
MAX_WORDS = 500  # the first eight sets; the ninth uses 600 (--max-words)


def read_corpus(path: Path) -> list[dict]:
    """Every article of a JSONL corpus (.jsonl or .jsonl.xz)."""
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def excluded_ids(paths: list[Path], corpus_ids: set[str]) -> set[str]:
    """The corpus ids that occur anywhere in the text of `paths` (as `id` or as `doc` "ID.txt")."""
    found: set[str] = set()
    for path in paths:
        found |= set(re.findall(r"[A-Za-z0-9]{16}", path.read_text(encoding="utf-8"))) & corpus_ids
    return found


def candidates(articles: list[dict], excluded: set[str],
               max_words: int = MAX_WORDS) -> dict[str, list[dict]]:
    """Each outlet's candidates: its articles of 300 to `max_words` words not excluded, sorted by id."""
    pools: dict[str, list[dict]] = {outlet: [] for outlet in OUTLETS}
    for article in sorted(articles, key=lambda a: a["id"]):
        if (article["outlet"] in pools and article["id"] not in excluded
                and MIN_WORDS <= len(article["text"].split()) <= max_words):
            pools[article["outlet"]].append(article)
    return pools


def draw(articles: list[dict], excluded: set[str], seed: int, fill_to: int = 0,
         max_words: int = MAX_WORDS, anonymity: re.Pattern[str] = ANONYMITY) -> tuple[list[str], list[dict]]:
    """The shuffled outlets and the drawn articles, in the order of the rule.

    `fill_to` is the supplement of the seventh set: when fewer than `fill_to` articles are
    drawn, the outlets of the shuffle that gave none, in shuffle order, give one candidate each
    (of either kind, `choice` of the same generator, continuing) until there are `fill_to`.
    `max_words` and `anonymity` are the ninth set's changes (defaults: the earlier sets' rule).
    """
    rng = random.Random(seed)
    outlets = list(OUTLETS)
    rng.shuffle(outlets)
    pools = candidates(articles, excluded, max_words)
    drawn: list[dict] = []
    for outlet in outlets:
        anonymous = [a for a in pools[outlet] if anonymity.search(a["text"])]
        plain = [a for a in pools[outlet] if not anonymity.search(a["text"])]
        if anonymous and plain and len(drawn) < 2 * PER_OUTLET_SETS:
            drawn += [rng.choice(anonymous), rng.choice(plain)]
    drawn_outlets = {a["outlet"] for a in drawn}
    for outlet in outlets:
        if len(drawn) < fill_to and outlet not in drawn_outlets and pools[outlet]:
            drawn.append(rng.choice(pools[outlet]))
    return outlets, drawn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, required=True, help="seed of random.Random")
    parser.add_argument("--corpus", type=Path, required=True, help="corpus JSONL (.jsonl.xz)")
    parser.add_argument("--exclude", type=Path, nargs="+", default=[], help="files whose ids are excluded")
    parser.add_argument("--fill-to", type=int, default=0,
                        help="the supplement: outlets that gave none give one article each up to this many")
    parser.add_argument("--max-words", type=int, default=MAX_WORDS,
                        help="longest candidate in words (the ninth set: 600)")
    parser.add_argument("--whole-word-condition", action="store_true",
                        help="the ninth set's anonymity pattern (ANONYMITY_NINTH)")
    parser.add_argument("--ids", type=Path, help="also write the drawn ids here, one a line")
    args = parser.parse_args()
    articles = read_corpus(args.corpus)
    excluded = excluded_ids(args.exclude, {a["id"] for a in articles})
    anonymity = ANONYMITY_NINTH if args.whole_word_condition else ANONYMITY
    outlets, drawn = draw(articles, excluded, args.seed, args.fill_to, args.max_words, anonymity)
    print(f"random.Random({args.seed}); {len(excluded)} ids excluded; shuffle: {', '.join(outlets)}")
    print("| id | outlet | title |\n|---|---|---|")
    for article in drawn:
        print(f"| {article['id']} | {article['outlet']} | {article['title'].strip()} |")
    if args.ids:
        args.ids.write_text("".join(a["id"] + "\n" for a in drawn), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
