"""The garbage collector is paused during an analysis, restored after, and misses nothing."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fresh_python import run_python

from sourcing import pipeline
from sourcing.collector import collector_paused
from sourcing.pipeline import analyze
from sourcing.records import Document

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


# Run in a new interpreter: threads left by other tests (Dask's IO loop) make cycles meanwhile.
CYCLES_SCRIPT = """
import gc, json, sys
from pathlib import Path
from sourcing.evaluation import load_texts
from sourcing.pipeline import analyze
texts = load_texts([Path(p) for p in sys.argv[1:]])
analyze(next(iter(texts.values())))  # lazy loading of lexicons and models first
gc.collect()
gc.disable()
found = {}
for name, document in texts.items():
    analyze(document)
    found[name] = gc.collect()
print(json.dumps(found))
"""


def test_an_analysis_makes_no_reference_cycles() -> None:
    # Pausing the collector is safe only because there is nothing for it to find.
    sources = [str(ROOT / "seeds"), str(ROOT / "data" / "gold" / "train3_texts.jsonl")]
    found = json.loads(run_python(CYCLES_SCRIPT, *sources).stdout)
    assert len(found) >= 50
    assert {name: n for name, n in found.items() if n} == {}


def test_the_collector_is_off_during_an_analysis_and_on_after(
    collector_enabled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    during = []
    score_article = pipeline.score_article

    def recording(*args: Any, **kwargs: Any) -> Any:
        during.append(gc.isenabled())
        return score_article(*args, **kwargs)

    monkeypatch.setattr(pipeline, "score_article", recording)
    analyze(Document(text="Officials said the plan would work."))
    assert during == [False]
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled(collector_enabled: None) -> None:
    gc.disable()
    analyze(Document(text="Officials said the plan would work."))
    assert not gc.isenabled()


def test_overlapping_pauses_re_enable_once_the_last_ends(collector_enabled: None) -> None:
    outer = collector_paused()
    outer.__enter__()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the outer analysis is still running
    outer.__exit__(None, None, None)
    assert gc.isenabled()


def test_the_collector_is_restored_when_the_analysis_raises(collector_enabled: None) -> None:
    with pytest.raises(AttributeError), collector_paused():
        raise AttributeError("a stage failed")
    assert gc.isenabled()
