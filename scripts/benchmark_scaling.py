"""Time `analyze()` on adversarial texts at size n and 10n: the ratio shows how time scales.

Each generator repeats one unit (quote marks, "said", capitalized words, "He said.", Arabic,
emoji...) up to a size in characters, some after a head written once (a quotation opened and
never closed, a transcript speaker's label). For linear stages, 10x the input costs about 10x the
time; the target (issue 14) is a ratio <= 11. Times are CPU seconds of this process
(time.process_time), so other jobs on a shared machine disturb them less than wall time.

Examples:
    python scripts/benchmark_scaling.py                      # 20 KB -> 200 KB, every generator
    python scripts/benchmark_scaling.py --size 100000 --only quote_marks,said_said
    python scripts/benchmark_scaling.py --stages             # also time each pipeline stage
    python scripts/benchmark_scaling.py --size 100000 --repeats 3 --median   # median of 3
    python scripts/benchmark_scaling.py --size 100000 --factor 10 --repeats 3 --median  # issue 14
"""

from __future__ import annotations

import argparse
import inspect
import statistics
import sys
import time
from collections.abc import Callable
from itertools import cycle, islice
from typing import Any

from sourcing import pipeline
from sourcing.pipeline import analyze
from sourcing.records import Document

TARGET_RATIO = 11.0


def repeat_to(unit: str, size: int) -> str:
    """Return `unit` repeated and cut to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def opened_by(head: str, unit: str) -> Callable[[int], str]:
    """A generator of `head` once, then `unit` repeated: `size` characters in all."""
    return lambda size: head + repeat_to(unit, size - len(head))


def capitalized_words(size: int) -> str:
    """'Aaa Bbb Ccc ...': one endless run of capitalized words, a name-finder's worst case."""
    words = (
        f"{a.upper()}{b}{c}"
        for a, b, c in cycle(
            zip(
                "abcdefghijklmnopqrstuvwxyz",
                "eiouaeiouaeiouaeiouaeiouae",
                "nrstlmnrstlmnrstlmnrstlmnr",
            )
        )
    )
    return repeat_to(" ".join(islice(words, 5000)) + " ", size)


GENERATORS: dict[str, Callable[[int], str]] = {
    "quote_marks": lambda n: repeat_to('"', n),
    "curly_quotes_spaced": lambda n: repeat_to("\u201c \u201d \" ' ", n),
    "said_said": lambda n: repeat_to("said ", n),
    "capitalized_run": capitalized_words,
    "no_punctuation": lambda n: repeat_to("the minister spoke about the plan with officials ", n),
    # One endless "sentence" without punctuation: a transcript, a scraped list, OCR output.
    "familiar_no_stop": lambda n: repeat_to(
        "officials familiar with the matter told reporters that ", n
    ),
    "title_run": lambda n: repeat_to("Minister Of The Interior ", n),
    "one_line": lambda n: repeat_to("The minister said the plan would work, officials said. ", n),
    "one_word": lambda n: repeat_to("abcdefghij", n),
    "he_said": lambda n: repeat_to("He said. ", n),
    "he_said_lines": lambda n: repeat_to("He said.\n", n),
    "name_then_pronoun": lambda n: repeat_to("He met John Smith. He said. ", n),
    # No earlier statement fits "He": the name is found in the text before (reference_fallback.fallback_reference).
    "name_far_pronoun": lambda n: repeat_to(
        "John Smith spoke. " + "It rained. " * 5 + "He said. ", n
    ),
    "report_said": lambda n: repeat_to("The report said. ", n),
    "poll_share": lambda n: repeat_to("Half of those surveyed said so. ", n),
    "official_said": lambda n: repeat_to("The official said. ", n),
    "they_said": lambda n: repeat_to("They said. ", n),
    "according_to": lambda n: repeat_to("according to ", n),
    "according_to_sentences": lambda n: repeat_to("According to officials, taxes rose. ", n),
    "quoted_as": lambda n: repeat_to("Reuters quoted an official as saying ", n),
    "mr_mr": lambda n: repeat_to("Mr. ", n),
    "sen_titles": lambda n: repeat_to("Sen. ", n),
    "quote_said": lambda n: repeat_to('"It works," he said. "It is fine." ', n),
    "paragraphs": lambda n: repeat_to("The minister said the plan would work.\n\n", n),
    # A quotation opened and never closed, running over many lines: each statement in it asks
    # where its quotation opens (quotation_speakers, 'John Smith said: "' + "It works. " x n).
    "open_quotation": opened_by(
        'John Smith said: "', "It works. It is fine. It will last.\n"
    ),
    # The same in news copy: each paragraph reopens the quotation, none closes it.
    "open_quotation_paragraphs": opened_by(
        "John Smith said:\n\n", '"It works. It is fine. It will last.\n\n'
    ),
    # One speaker's long turn in a transcript: its sentences keep the label's source while
    # each is the same as the turn's first (carried_blocks.in_speaker_turn).
    "speaker_turn": opened_by(
        "Sen. Ted Cruz went a different route.\n\nCRUZ: The front line is here. ",
        "Border security is national security. ",
    ),
    # The same speaker's turn over many paragraphs, none with a label of its own.
    "speaker_turn_paragraphs": opened_by(
        "Sen. Ted Cruz went a different route.\n\nCRUZ: The front line is here.\n\n",
        "Border security is national security. It is.\n\n",
    ),
    "short_lines": lambda n: repeat_to("Breaking News\n", n),
    "caps_lines": lambda n: repeat_to("READ MORE ABOUT THIS STORY\n", n),
    "arabic": lambda n: repeat_to(
        "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b "
        "\u0628\u0627\u0633\u0645 \u0627\u0644\u0648\u0632\u0627\u0631\u0629. ",
        n,
    ),
    "emoji": lambda n: repeat_to(
        "\U0001f600\U0001f389 \U0001f44d\U0001f3fd \U0001f468\u200d\U0001f469\u200d\U0001f467 ", n
    ),
    "commas": lambda n: repeat_to("officials, ", n),
    "whitespace": lambda n: repeat_to(" \t\n\r\n", n),
}


def warm_up() -> None:
    """Load lexicons, Punkt and the syllable dictionary before any timing."""
    analyze(Document(text=WARM_UP_TEXT))


WARM_UP_TEXT = (
    "Officials said the plan would work, according to a report. \u201cIt is fine,\u201d said John Smith, "
    "a spokesman for the ministry. He added that Reuters quoted an official as saying it was late.\n\n"
    "The report said 41 percent of those surveyed agreed. The official declined to comment."
)


def time_analyze(text: str) -> float:
    """Return the CPU seconds of one `analyze()` of `text`."""
    start = time.process_time()
    analyze(Document(text=text))
    return time.process_time() - start


def variant(text: str, number: int) -> str:
    """Change the last character, so a library's cache keyed on the text (textstat) misses."""
    return text[:-1] + "xyzw"[number % 4] if text else text


def best_time(text: str, repeats: int, statistic: Callable[[list[float]], float] = min) -> float:
    """Return the least (or `statistic`) CPU time of `repeats` analyses of variants of `text`."""
    return statistic([time_analyze(variant(text, number)) for number in range(repeats)])


def scaling(
    make: Callable[[int], str],
    size: int,
    factor: int,
    repeats: int = 1,
    statistic: Callable[[list[float]], float] = min,
) -> tuple[float, float]:
    """Return the best times at `size` and `factor * size` characters of generator `make`.

    The small size is always run at least twice: a first run may still fill lazy caches.
    """
    small = best_time(make(size), max(2, repeats), statistic)
    return small, best_time(make(size * factor), repeats, statistic)


def time_stages(text: str) -> dict[str, float]:
    """Run `analyze` with each stage it calls wrapped in a timer; return CPU seconds per stage.

    The stages are the functions of package `sourcing` that `sourcing.pipeline` calls by
    name, so the list follows the pipeline as it changes (context managers such as
    collector_paused are not stages). A stage called inside another (readability inside
    score_article) counts in both.
    """
    times: dict[str, float] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + time.process_time() - start

        return wrapper

    stages = {
        name: value
        for name, value in vars(pipeline).items()
        if inspect.isfunction(value)
        and value.__module__.startswith("sourcing.")
        and value.__module__ != pipeline.__name__
        and not _is_context_manager(value)
    }
    try:
        for name, function in stages.items():
            setattr(pipeline, name, timed(name, function))
        pipeline.analyze(Document(text=text))
    finally:
        for name, function in stages.items():
            setattr(pipeline, name, function)
    return times


def _is_context_manager(function: Callable[..., Any]) -> bool:
    """Whether `function` is a `contextlib.contextmanager` (collector_paused): not a stage."""
    return inspect.isgeneratorfunction(getattr(function, "__wrapped__", None))


def measure(
    name: str,
    size: int,
    factor: int,
    stages: bool,
    repeats: int = 1,
    statistic: Callable[[list[float]], float] = min,
) -> float:
    """Print one row: times at `size` and `factor * size` and their ratio; return the ratio."""
    t_small, t_large = scaling(GENERATORS[name], size, factor, repeats, statistic)
    ratio = t_large / t_small if t_small > 0 else float("inf")
    flag = "" if ratio <= TARGET_RATIO else "  <-- over target"
    print(
        f"{name:24} {size:>9,} {t_small:9.3f}s {size * factor:>10,} {t_large:9.3f}s "
        f"{ratio:7.2f}{flag}",
        flush=True,
    )
    if stages:
        make = GENERATORS[name]
        small_stages = time_stages(variant(make(size), 2))
        large_stages = time_stages(variant(make(size * factor), 3))
        for stage in large_stages:
            a, b = small_stages.get(stage, 0.0), large_stages[stage]
            stage_ratio = f"{b / a:7.2f}" if a > 0.001 else "      -"
            print(f"  {stage:22} {'':>9} {a:9.3f}s {'':>10} {b:9.3f}s {stage_ratio}", flush=True)
    return ratio


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="n, in characters (default 20000)")
    parser.add_argument("--factor", type=int, default=10, help="the large size is factor * n")
    parser.add_argument("--only", default=None, help="comma-separated generator names")
    parser.add_argument(
        "--repeats", type=int, default=1, help="best of this many runs at each size (default 1)"
    )
    parser.add_argument(
        "--median", action="store_true", help="the median of the --repeats runs, not the least"
    )
    parser.add_argument("--stages", action="store_true", help="also time each pipeline stage")
    parser.add_argument("--list", action="store_true", help="list the generators and exit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        print("\n".join(GENERATORS))
        return 0
    names = args.only.split(",") if args.only else list(GENERATORS)
    unknown = [n for n in names if n not in GENERATORS]
    if unknown:
        print(f"unknown generator(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    statistic = statistics.median if args.median else min
    warm_up()
    print(
        f"{'generator':24} {'n chars':>9} {'time':>10} {f'{args.factor}n chars':>10} {'time':>10} "
        f"{'ratio':>7}"
    )
    ratios = {
        name: measure(name, args.size, args.factor, args.stages, args.repeats, statistic)
        for name in names
    }
    over = [n for n, r in ratios.items() if r > TARGET_RATIO]
    print(f"over target ({TARGET_RATIO:g}x): {', '.join(over) if over else 'none'}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
