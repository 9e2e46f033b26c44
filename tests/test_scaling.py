"""Time `analyze` at n and 4n characters of adversarial text: a quadratic stage shows as ratio >= 8.

A linear pipeline gives about 4; the sizes are chosen so that each stage that was quadratic
before (the whole-article search behind "the report", the same-source scan of anonymity
reasons) gave 8.7 to 15 here, while the run stays a few seconds. The full figures come from
scripts/benchmark_scaling.py (docs/reliability.md). Work that does not depend on the load is
counted too: the objects the garbage collector visits, and the lines of Python run on an open
quotation and a long speaker's turn.
"""

from __future__ import annotations

import gc
import sys
from types import FrameType, ModuleType
from typing import Any

import pytest
from scripts_loader import load_script

from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.text.segment import CUT_FLAG, MAX_SENTENCE_CHARS

MAX_RATIO = 8.0


def load_benchmark() -> ModuleType:
    return load_script("benchmark_scaling")


BENCHMARK = load_benchmark()


@pytest.fixture(scope="module", autouse=True)
def warm_caches() -> None:
    BENCHMARK.warm_up()


@pytest.mark.parametrize(
    ("generator", "size"),
    [
        ("report_said", 4_000),  # "The report said." x n: each looked back over every statement
        ("paragraphs", 2_500),  # one source per paragraph: anonymity scan over all statements
        ("one_line", 10_000),  # unnamed sources on one line: the same scan
        ("poll_share", 6_000),  # "those surveyed": the whole-article reach again
        ("quote_marks", 20_000),  # character-level scans (quotation mask, normalization)
        ("capitalized_run", 20_000),  # one endless run of capitalized words (name finder)
        # One "sentence" with no punctuation, past the 20,000-character Punkt window and the
        # 5,000-character sentence bound: a pasted transcript or list (issue 14).
        ("familiar_no_stop", 25_000),  # "officials familiar with the matter told reporters that "
        ("title_run", 25_000),  # "Minister Of The Interior " x n
        ("said_said", 6_000),  # "said " x n: a cue at every word
    ],
)
def test_time_grows_less_than_quadratically(generator: str, size: int) -> None:
    make = BENCHMARK.GENERATORS[generator]
    small, large = BENCHMARK.scaling(make, size, 4)
    if large / small >= MAX_RATIO:  # a busy machine can slow one run; a quadratic stage stays slow
        small, large = BENCHMARK.scaling(make, size, 4, repeats=2)
    assert large / small < MAX_RATIO, f"{generator}: {small:.3f}s at {size}, {large:.3f}s at 4x"


def test_an_unpunctuated_paste_is_cut_into_flagged_statements_of_bounded_length() -> None:
    text = BENCHMARK.GENERATORS["familiar_no_stop"](60_000)
    report = analyze(Document(text=text))
    assert max(len(s.span) for s in report.statements) <= MAX_SENTENCE_CHARS
    cut = [s for s in report.statements if CUT_FLAG in s.flags]
    assert len(cut) >= 60_000 // MAX_SENTENCE_CHARS


def collector_work(text: str) -> int:
    """Return how many tracked objects the cyclic garbage collector visits while analyzing `text`."""
    visited = 0

    def count(phase: str, info: dict[str, int]) -> None:
        nonlocal visited
        if phase == "start":
            visited += sum(len(gc.get_objects(g)) for g in range(info["generation"] + 1))

    gc.collect()  # the same collector state before each analysis
    gc.callbacks.append(count)
    try:
        analyze(Document(text=text))
    finally:
        gc.callbacks.remove(count)
    return visited


def test_the_garbage_collector_work_grows_linearly() -> None:
    # "He met John Smith. He said." x n keeps about five tracked objects per statement alive:
    # with the collector running, full collections (each visiting every object) came every
    # ~85,000 survivors, 0 at 80 KB and 2 at 320 KB: 1.13 then 1.88 objects visited per
    # character, and name_then_pronoun took 11.8x for 10x input (100 KB -> 1 MB).
    make = BENCHMARK.GENERATORS["name_then_pronoun"]
    small, large = (collector_work(make(size)) / size for size in (80_000, 320_000))
    assert large <= 1.25 * small + 0.01, f"per character: {small:.2f} at 80 KB, {large:.2f} at 320 KB"
    assert gc.isenabled()  # the collector runs again after the analysis


def interpreter_lines(text: str) -> int:
    """Return how many lines of Python analyzing `text` runs: its work, whatever the load."""
    lines = 0

    def on_line(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal lines
        lines += event == "line"
        return on_line

    previous = sys.gettrace()
    sys.settrace(lambda frame, event, arg: on_line)
    try:
        analyze(Document(text=text))
    finally:
        sys.settrace(previous)
    return lines


@pytest.mark.parametrize(
    ("generator", "size"),
    [
        # 'John Smith said: "' and lines never closed: each statement walked back over the
        # quotation to where it opens (quotation_speakers before d7cc891: 534 -> 1,786 lines a
        # character from 5 KB to 20 KB)
        ("open_quotation", 5_000),
        ("open_quotation_paragraphs", 5_000),
        # "CRUZ: ..." and one long turn: each statement compared the whole turn again
        # (carried_blocks before f71dfe9: 47.0 -> 67.8 lines a character from 20 KB to 80 KB)
        ("speaker_turn", 20_000),
        ("speaker_turn_paragraphs", 5_000),
    ],
)
def test_the_interpreter_work_grows_linearly(generator: str, size: int) -> None:
    # Linear code runs as many lines a character at 4x (a fixed cost per article makes it
    # fewer): 0.97 to 1.00 times on these shapes.
    make = BENCHMARK.GENERATORS[generator]
    analyze(Document(text=make(1_000)))  # what the shape loads on first use is not counted
    small, large = (interpreter_lines(make(n)) / n for n in (size, 4 * size))
    assert large <= 1.1 * small, f"lines a character: {small:.1f} at {size}, {large:.1f} at 4x"


def test_the_stage_timer_lists_stages_and_not_the_collector_pause() -> None:
    stages = BENCHMARK.time_stages("The mayor said the road will close. It opens in May.")
    assert {"attribute_statements", "split_sentences", "score_article"} <= set(stages)
    assert "collector_paused" not in stages
