"""A seeded sample of report dicts with every hygiene case, to pin the comparison's figures.

`expected_comparison.json` in tests/fixtures/compare was made from this sample by the
comparison as it was before records (commit f01a420, whole reports in memory); the
record path must give the same figures to the last bit. Updated once since, by issue 12's
wire-copy definition (an agency's own article is not wire copy): three Reuters articles
crediting "Reuters contributed to this report." are no longer wire copy.
"""

from __future__ import annotations

import random
from typing import Any

from report_dicts import report

OUTLETS = ["CNN (Web News)", "Fox Online News", "Reuters", "New York Times - News", None]
TYPES = ["unattributed", "unnamed_source", "named_official", "named_person",
         "named_organization", "document", "cited_outlet"]
WORDS = ["council", "budget", "vote", "senate", "officials", "said", "police", "schools", "storm", "fire", "court", "judge", "company", "shares", "market", "election", "campaign", "governor", "mayor", "report", "plan", "talks", "deal"]
SOURCES = ["a senior official", "a person familiar with the talks", "an aide", None]


def sample_reports(count: int = 400, seed: int = 7) -> list[dict[str, Any] | None]:
    """Return `count` report dicts (None for failed inputs), copies and wire stories included."""
    rng = random.Random(seed)
    made: list[dict[str, Any] | None] = []
    for n in range(count):
        roll = rng.random()
        if roll < 0.03:
            made.append(None)
            continue
        if roll < 0.15 and made and made[-1] is not None:
            copy = dict(made[rng.randrange(max(0, len(made) - 20), len(made))] or made[-1])
            copy["id"] = f"copy{n}"
            if rng.random() < 0.3:
                copy["outlet"] = rng.choice(OUTLETS)  # a copy elsewhere is kept
            made.append(copy)
            continue
        size = rng.randint(0, 9)
        types = [rng.choice(TYPES) for _ in range(size)]
        texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))) + "."
                 for _ in range(size)]
        if texts and rng.random() < 0.1:
            texts[0] = "WASHINGTON (AP) — " + texts[0]
        excluded = ("Reuters contributed to this report.",) if rng.random() < 0.05 else ()
        path = "opinion" if rng.random() < 0.08 else "news"
        made.append(report(
            types, texts=texts or None, id=f"a{n}", outlet=rng.choice(OUTLETS),
            url=f"https://www.site{rng.randint(0, 3)}.com/{path}/{n}",
            date=f"{rng.choice([2017, 2018, 2019, 'x'])}-05-01", topic=rng.choice(["a", "b", None]),
            sources={i: rng.choice(SOURCES) for i in range(size)},
            reasons=frozenset(i for i in range(size) if rng.random() < 0.3),
            named_sources=rng.randint(0, 4), ease=rng.choice([None, rng.uniform(10, 90)]),
            excluded=excluded))
    return made
