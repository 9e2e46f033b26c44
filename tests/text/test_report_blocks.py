"""A correspondent's report quoted whole after "He filed this report ...:" is the outlet's."""

from __future__ import annotations

from sourcing.pipeline import analyze
from sourcing.records import Document, SourceType
from sourcing.text.report_blocks import without_report_block_marks

# NPR 12fahrgH9WA3mrzA (heldout49 [11]-[16]): the report's quote marks reopen at sentences
# inside it, and the whole paragraph went to the "Officials" of its third sentence.
REPORT = (
    "NPR's Tom Bowman reports the move comes after militants took Ramadi.\n\n"
    "He filed this report for our Newscast unit:\n\n"
    '"U.S. trainers now in Iraq have focused mostly on the Army. Pentagon spokesman Col. Steve '
    "Warren told reporters that the U.S. would like to see more Sunnis come into the pipeline. "
    '"Officials say hundreds more American trainers could be sent to Anbar province. '
    '"The Pentagon is now working up added training options for the White House."\n\n'
    '"We don\'t yet have a complete strategy," Obama said.'
)


def test_the_reports_quote_marks_are_spaces_and_the_length_is_kept() -> None:
    view = without_report_block_marks(REPORT)
    report = REPORT.index("He filed")
    after = REPORT.index("\"We don")
    assert len(view) == len(REPORT)
    assert '"' not in view[report:after] and view[:report] == REPORT[:report]
    assert view[after:] == REPORT[after:]  # the next paragraph's quotation is kept


def test_each_sentence_of_the_report_is_read_by_its_own_cue() -> None:
    statements = analyze(Document(text=REPORT, outlet="NPR Online News"), model=None).statements
    assert [(s.type, s.source) for s in statements[2:7]] == [
        (SourceType.UNATTRIBUTED, None),
        (SourceType.NAMED_OFFICIAL, "Pentagon spokesman Col. Steve Warren"),
        (SourceType.UNNAMED_SOURCE, "Officials"),
        (SourceType.UNATTRIBUTED, None),
        (SourceType.NAMED_OFFICIAL, "Obama"),
    ]


def test_another_outlets_report_after_a_colon_keeps_its_quote_marks() -> None:
    """ "Reuters reports from London:" is no report lead-in of the outlet's own."""
    text = 'Reuters reports from London:\n\n"The talks failed. Officials say more will follow."'
    assert without_report_block_marks(text) == text
