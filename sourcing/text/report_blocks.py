"""A correspondent's report that the article quotes whole after "He filed this report for
our Newscast unit:" (NPR) is the outlet's own reporting, no one's quotation (GUIDELINES rule
10): its quote marks are taken out of the attribution's view, so that each of its sentences
is read by its own cue ("Pentagon spokesman Col. Steve Warren told reporters", "Officials
say") and the uncued ones are the outlet's."""

from __future__ import annotations

import re

# The lead-in closing its paragraph, and the report's paragraph opening with a quote mark.
# On the AllSides corpus: five NPR articles, every one a newscast report by its own reporter
# ("Reuters reports from London:" quotes another outlet and is left to the cues).
REPORT_LEAD_IN = re.compile(
    r"\b(?:filed|sent) (?:this|the following) report\b[^\n:]{0,60}:[ \t]*\n\s*(?=\")"
)


def without_report_block_marks(normalized: str) -> str:
    """`normalized` with the quote marks of each paragraph a report lead-in introduces made
    spaces; the length is kept."""
    if "report" not in normalized:
        return normalized
    text = list(normalized)
    for lead_in in REPORT_LEAD_IN.finditer(normalized):
        end = normalized.find("\n\n", lead_in.end())
        for position in range(lead_in.end(), len(normalized) if end < 0 else end):
            if text[position] == '"':
                text[position] = " "
    return "".join(text)
