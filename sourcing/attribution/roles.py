"""Role knowledge mined from unlabelled news: the people who, named in full, speak as officials.

The table `data/roles.tsv.gz` is built by `scripts/build_roles.py` (provenance in
`data/roles.md`): one row a full name, its kind (`official` or `other`) and the counts of
mentions that gave it a role in the corpus.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    path = resources.files("sourcing").joinpath("data", "roles.tsv.gz")
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}  # rows[0]: the column names


def known_official(name: str) -> bool:
    """Tell whether news names `name` ("Marco Rubio") in an official role far more than not."""
    return _kinds().get(name) == "official"
