"""Tell a name misspelt by one letter in a later mention from the name of another person."""

from __future__ import annotations

from collections.abc import Iterator

# The shortest name part a one-letter slip is read in: "Schultz" / "Schulz" is one surname,
# "Kelly" / "Kelley" or "Bush" / "Rush" may be two people.
SLIP_PART_LETTERS = 6
# The most words a name compared for slips has ("Martin Luther King Jr."): a longer run of
# capitalized words is no one's name, and keying it cost time cubic in its length.
SLIP_NAME_WORDS = 4


def one_edit_apart(word: str, other: str) -> bool:
    """Whether one letter added, dropped, changed, or two neighbours swapped turn `word` into `other`."""
    if word == other or abs(len(word) - len(other)) > 1:
        return False
    start = 0
    while start < min(len(word), len(other)) and word[start] == other[start]:
        start += 1
    if len(word) == len(other):
        swapped = word[start : start + 2] == other[start : start + 2][::-1]
        rest = start + 2 if swapped else start + 1
        return word[rest:] == other[rest:]
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    return longer[start + 1 :] == shorter[start:]


def slipped_spelling(name: str, other: str) -> bool:
    """Whether `name` is `other`, or the last words of it, with one part after its first word
    misspelt by one letter and every other part the same ("Wasserman Schulz" of "Debbie
    Wasserman Schultz"). A first name is never read as slipped: "Francis" and "Frances"
    Smith may be two people of one family."""
    words, others = name.split(), other.split()
    if len(words) < 2 or len(words) > len(others):
        return False
    offset = len(others) - len(words)
    differing = [k for k, word in enumerate(words) if word != others[offset + k]]
    if len(differing) != 1 or offset + differing[0] == 0:
        return False
    word, slipped = words[differing[0]], others[offset + differing[0]]
    return min(len(word), len(slipped)) >= SLIP_PART_LETTERS and one_edit_apart(word, slipped)


def slipped_pairs(names: list[str]) -> Iterator[tuple[str, str]]:
    """Each (name, other) of `names` where `name` is a slipped spelling of `other`.

    Only names of at most `SLIP_NAME_WORDS` words that share a part are compared (names are
    bucketed by their other parts and a letter-dropped form of the slipped one): comparing
    every pair was quadratic in a text that names thousands of people.
    """
    buckets: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        if len(name.split()) > SLIP_NAME_WORDS:
            continue
        for key in _slip_keys(name):
            buckets.setdefault(key, set()).add(name)
    seen: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        for name in bucket:
            for other in bucket:
                if (name, other) not in seen and slipped_spelling(name, other):
                    seen.add((name, other))
                    yield name, other


def _slip_keys(name: str) -> Iterator[tuple[str, ...]]:
    """Keys two names share when one is a slipped spelling of the other: for each run of the
    name's last words and each part of the run, the run with that part replaced by each of
    its one-letter-dropped forms (and itself), tagged with the part's place from the end."""
    words = name.split()
    for length in range(2, len(words) + 1):
        run = words[len(words) - length :]
        for k, word in enumerate(run):
            if len(word) < SLIP_PART_LETTERS:
                continue
            for dropped in {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}:
                yield (str(length - k), *run[:k], dropped, *run[k + 1 :])
