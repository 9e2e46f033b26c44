"""Sentence splitting with the shipped Punkt parameters, paragraph breaks and tweet links."""

from __future__ import annotations

import itertools
from pathlib import Path

import nltk
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcing.evaluation import load_gold, load_texts
from sourcing.records import SourceType, Span, Statement
from sourcing.text import segment
from sourcing.text.body import body_regions, find_excluded
from sourcing.text.segment import paragraphs, punkt_parameters, punkt_windows, split_sentences

ROOT = Path(__file__).resolve().parents[2]


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, Span(0, len(text)))]


# Real snippets from the seeds and train texts; each row is the expected sentences.
@pytest.mark.parametrize(
    "expected",
    [
        [
            "Mr. Petraeus had a background in training foreign forces from his years in Iraq.",
            "The Americans already had experience in providing nonlethal assistance.",
        ],
        [
            "Defense Secretary Leon E. Panetta and Gen. Martin E. Dempsey supported the plan.",
            "But the White House pushed back.",
        ],
        ["Pompeo also held Soleimani responsible for a Dec. 27 rocket attack in Iraq."],
        ["U.S. Amb. Nikki Haley said the council would vote.", "She said it was time."],
        [
            (
                "He spoke two days after Iraqi lawmakers voted for a resolution following the "
                "killing of Qassem Soleimani in a U.S. drone strike at Baghdad airport."
            ),
            "Iraq had requested clarifications.",
        ],
        [
            "The attacks of Sept. 11 changed the agency.",
            "Gen. Qassem Soleimani was killed in January.",
        ],
        [
            (
                "“We are not looking to start a war with Iran but we are prepared to finish one,” "
                "he said."
            ),
            "“What we’d like to see is the situation de-escalated.”",
        ],
        [
            (
                "Reuters quoted another official as saying, “After Shamkhani’s visit, things went "
                "smoothly.”"
            ),
            "He added: “Iran has shown that it is ready to work with some respect.”",
        ],
        [
            "“We made it clear that this is about actions, not just principles”, said Crocker.",
            "“I laid out before the Iranians a number of our direct specific concerns.”",
        ],
        [
            (
                "The NCRI named individuals who “personally oversee the transfer of Explosively "
                "Formed Penetrators from Iran to Iraq”."
            ),
            "Al-Maliki extended an invitation.",
        ],
        [
            "Officials said the shootings come amid a spate of shootings across the U.S.",
            "A 16-year-old student at a high school in California killed two classmates.",
        ],
        [
            (
                "United States District Judge T.S. Ellis III had ordered that Manafort would "
                "remain in jail."
            ),
        ],
        [
            "Senators Lindsey Graham (R., S.C.) and Dick Durbin (D., Ill.) presented a proposal.",
        ],
        [
            "The move was seen as a snub to the C.I.A. and the N.S.A. by the White House.",
        ],
        # A quotation's "!" before its closing mark and a comma does not end the sentence.
        ["„Geht los!“, schrie irgendwer durch den Flur.", "Niemand antwortete."],
        # Nor does a quotation closing on "!" or "?" before a word in lower case; a lower-case
        # transcript label after a bare "?" is left alone.
        ['"Go home!" he shouted at them.', "Nobody moved."],
        ['Trump labelled the report “Disgraceful!” and retweeted messages.', "Then he left."],
        ['"And that is not illegal?" co-host Ainsley Earnhardt asked.', "She laughed."],
        ["Are you there?", "james cai Yes."],
    ],
)
def test_sentences(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence never crosses a paragraph break, even one that a colon ends.
        (
            (
                'Of that framework, the AP says:\n\n"Undergraduates last year borrowed at 3.4 '
                'percent."'
            ),
            [
                "Of that framework, the AP says:",
                '"Undergraduates last year borrowed at 3.4 percent."',
            ],
        ),
        (
            "a police helicopter hovered overhead\n\nThe explosion was set off at 10:20 a.m.",
            ["a police helicopter hovered overhead", "The explosion was set off at 10:20 a.m."],
        ),
        (
            "Unfavorable of foundation: 48 percent;\nFavorable of foundation: 24 percent.",
            ["Unfavorable of foundation: 48 percent;", "Favorable of foundation: 24 percent."],
        ),
        # A single line break inside a sentence (hard-wrapped text) does not split it.
        (
            "The ministry said on Sunday that\nthe talks would resume.",
            ["The ministry said on Sunday that\nthe talks would resume."],
        ),
        # An embedded tweet's own link is a piece of its own.
        (
            "He had relationships with reporters. They knew that. https://t.co/47UKT8DuJA",
            ["He had relationships with reporters.", "They knew that.", "https://t.co/47UKT8DuJA"],
        ),
        ("", []),
        ("  \n\n \t", []),
    ],
)
def test_paragraphs_and_links(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.xfail(strict=True, reason="Punkt keeps a capitalised name after 'p.m.' or 'D-Va.'")
@pytest.mark.parametrize(
    "expected",
    [
        ["The gunfire broke out around 4 p.m.", "Virginia Gov. Ralph Northam tweeted."],
        [
            "The resolution will be introduced by Sen. Tim Kaine, D-Va.",
            "“It reasserts Congress’s long-established authority.”",
        ],
    ],
)
def test_known_failures(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


def test_spans_are_offsets_into_the_whole_text() -> None:
    text = "HEADLINE\n\nMr. Smith left. He came back."
    region = Span(10, len(text))
    spans = split_sentences(text, region)
    assert [text[s.start : s.end] for s in spans] == ["Mr. Smith left.", "He came back."]


def test_paragraphs_are_trimmed() -> None:
    text = "  First.  \n\n\n  Second line\nwraps here.\n"
    found = [text[p.start : p.end] for p in paragraphs(text, Span(0, len(text)))]
    assert found == ["First.", "Second line\nwraps here."]


def test_long_paragraph_is_cut_into_windows_at_sentence_ends() -> None:
    text = "The minister spoke today. " * 2000
    windows = list(punkt_windows(text, Span(0, len(text)), limit=1000))
    assert windows[0].start == 0 and windows[-1].end == len(text)
    assert all(text[w.start : w.end].endswith("today. ") for w in windows[:-1])
    assert len(sentences(text)) == 2000


def test_parameters_are_shipped_and_merged() -> None:
    params = punkt_parameters()
    assert {"mr", "u.s", "sept", "gen", "d-mass"} <= params.abbrev_types  # hand + learned
    assert "hmm" not in params.abbrev_types  # rejected by punkt_rejected_abbreviations.txt
    assert {"however", "the", "a"} <= params.sent_starters
    assert params.ortho_context["the"] > 0


def test_tokenizer_needs_no_download(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download called")

    monkeypatch.setattr(nltk, "download", refuse)
    segment.punkt_parameters.cache_clear()
    segment.sentence_tokenizer.cache_clear()
    assert sentences("Mr. Smith left. He came back.") == ["Mr. Smith left.", "He came back."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab .?!\n\"”“'()-:1U.S")), max_size=300), st.data())
def test_sentences_are_sorted_trimmed_spans_inside_the_region(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = split_sentences(text, Span(start, end))
    for span in spans:
        assert start <= span.start < span.end <= end
        piece = text[span.start : span.end]
        assert piece == piece.strip()
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_split_without_error(text: str) -> None:
    for span in split_sentences(text, Span(0, len(text))):
        assert 0 <= span.start < span.end <= len(text)


def segmentation_figures(gold_file: str) -> dict[str, float]:
    """Missing, leaks, merged and share of gold statements at a sentence start (body + segment)."""
    gold = load_gold(ROOT / "data" / "gold" / gold_file)
    name = gold_file.removesuffix(".jsonl")
    source = ROOT / "seeds" if name == "seeds" else ROOT / "data" / "gold" / f"{name}_texts.jsonl"
    texts = load_texts([source])
    figures: dict[str, float] = dict.fromkeys(
        ("missing", "leaks", "merged", "statements", "at_start"), 0
    )
    for name, rows in gold.items():
        text = texts[name].text
        found = [
            s for r in body_regions(text, find_excluded(text)) for s in split_sentences(text, r)
        ]
        starts = {s.start for s in found}
        owners: set[int] = set()
        for row in rows:
            hit = next((i for i, s in enumerate(found) if s.contains(row.offset)), None)
            if row.role != "statement":
                figures["leaks"] += hit is not None
                continue
            figures["statements"] += 1
            figures["at_start"] += row.offset in starts
            figures["missing"] += hit is None
            if hit is not None:
                figures["merged"] += hit in owners
                owners.add(hit)
    figures["at_start_share"] = figures["at_start"] / figures["statements"]
    return figures


# Floors measured when these stages were written; tighten them when a change improves a figure.
# Of train's 33 merged statements, 29 are gold sentence-boundary errors, splits after an
# abbreviation inside a sentence ("(R-Wis.) | on his radio show", "the N.S.A. | came up with",
# "support for Mr. | Trump", "set to expire on Dec. | 28.\"", "North Korea-U.S. | dealings.\""),
# which a correct splitter must not reproduce; the others are test_known_failures, the dateline
# "TAMPA, Fla. | – Mitt Romney" and a gold row anchored on a lone closing quote. The last three
# of those errors were splits NLTK made (it took the next word's break for the abbreviation's)
# and stopped making in seg2, which moved train from 30 merged and 99.1 % at a start to 33 and
# 98.99 %; seg2 took train2 from 41 merged to 37 and train3 from 29 to 18 (periods glued to the
# next sentence, "said.The"), where the floors below pin them. Stop 42's party tags (a state's
# abbreviation, "(R-Iowa.) last year.", ends no sentence going on) took train2 to 38: its gold
# row 0sU3i108SC7P24s0 "last year." is a split after "former Rep. Rod Blum (R-Iowa.)", another
# gold sentence-boundary error. Stop 45 joins a quotation closed on "!" or "?" to the words in
# lower case after it ('"... pathetic Immigration Laws!" he said on Twitter.', one sentence):
# train 33 -> 40, train2 38 -> 45, train3 18 -> 19 merged, every one a gold row that starts at
# such a word (7 + 7 + 1, listed in the commit), and the share of gold rows at a statement's
# start 98.9 -> 98.8 %, 98.7 -> 98.6 %, 98.3 -> 98.28 %.
@pytest.mark.parametrize(
    ("gold_file", "max_missing", "max_leaks", "max_merged", "min_at_start"),
    [
        ("seeds.jsonl", 0, 0, 0, 1.0),
        ("train.jsonl", 0, 4, 40, 0.987),
        ("train2.jsonl", 11, 97, 45, 0.986),
        ("train3.jsonl", 9, 25, 19, 0.982),
    ],
)
def test_gold_segmentation_gate(
    gold_file: str, max_missing: int, max_leaks: int, max_merged: int, min_at_start: float
) -> None:
    figures = segmentation_figures(gold_file)
    assert figures["missing"] <= max_missing
    assert figures["leaks"] <= max_leaks
    assert figures["merged"] <= max_merged
    assert figures["at_start_share"] >= min_at_start


def test_a_sentence_past_the_bound_is_cut_at_spaces_and_its_pieces_named() -> None:
    text = "word " * 30 + "Short one."
    long_sentence, short = Span(0, 149), Span(150, 160)
    bounded, cut = segment.bound_sentences(text, [long_sentence, short], limit=40)
    assert all(len(piece) <= 40 for piece in bounded)
    assert bounded[-1] == short and short not in cut
    assert cut == bounded[:-1]
    assert " ".join(text[p.start : p.end] for p in cut) == text[:149]
    assert all(not text[p.start].isspace() and not text[p.end - 1].isspace() for p in cut)


def test_real_sentences_are_far_below_the_bound() -> None:
    text = "Officials said the plan would work. " * 5
    sentences = split_sentences(text, Span(0, len(text)))
    assert segment.bound_sentences(text, sentences) == (sentences, [])


def test_statements_in_cut_pieces_are_flagged() -> None:
    statements = [
        Statement(index=i, span=span, text="", type=SourceType.UNATTRIBUTED, flags=("mention:x",))
        for i, span in enumerate([Span(0, 10), Span(11, 20), Span(21, 30)])
    ]
    flagged = segment.flag_cut(statements, [Span(11, 20), Span(21, 25)])
    assert [s.flags for s in flagged] == [
        ("mention:x",),
        ("mention:x", segment.CUT_FLAG),
        ("mention:x", segment.CUT_FLAG),
    ]
