"""Article facts for the corpus tests: from hand-built report dicts, or seeded at random."""

from __future__ import annotations

from sourcing.corpus.facts import article_facts
from sourcing.outlets import default_table

TABLE = default_table()
ANON, OFFICIAL, PERSON, OUTLET, NONE = (
    "unnamed_source", "named_official", "named_person", "cited_outlet", "unattributed"
)


def facts(*reports: dict, wire: tuple[str, ...] = ()) -> list:
    """Return the facts of each report, with `wire` as the wire signs of every one."""
    return [article_facts(r, TABLE, wire) for r in reports]


def random_facts(seed: int, count: int) -> list:
    """Facts of `count` articles in three outlets, with every field varied (dates out of
    order, no readability, a reading ease of 0.0, empty domains and labels, wire signs)."""
    import random

    from sourcing.corpus.facts import make_facts, type_vector

    rng = random.Random(seed)
    made = []
    for n in range(count):
        types = {name: rng.randint(0, 3) for name in rng.sample([ANON, OFFICIAL, PERSON, OUTLET, NONE], 3)}
        anonymous = types.get(ANON, 0)
        made.append(make_facts(
            key=str(n), outlet=rng.choice("ABC"), domain=rng.choice([None, "a.org", "b.org"]),
            year="2019", topic="t", statements=sum(types.values()),
            anonymity_share=rng.random(), anonymous_statements=anonymous,
            anonymous_with_reason=rng.randint(0, anonymous), type_counts=type_vector(types),
            official_statements=rng.randint(0, 2), attributed_statements=rng.randint(0, 5),
            distinct_named_sources=rng.randint(0, 4),
            readability=rng.choice([None, 0.0, rng.uniform(-20, 100)]),
            wire=rng.choice([(), ("ap_dateline",)]), label=rng.choice(["", "A - News", "A"]),
            date=rng.choice(["", f"2019-{rng.randint(1, 12):02d}-01", "2018"])))
    return made
