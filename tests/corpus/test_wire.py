"""Wire copy spotted by the patterns kept as data."""

from __future__ import annotations

import pytest

from sourcing.corpus.wire import wire_signs


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("EL PASO, Texas (AP) — Aiming to play the traditional role", ("ap_dateline",)),
        ("WASHINGTON (AP) - The Senate voted", ("ap_dateline",)),
        ("NEW YORK (Reuters) - Lawyers for immigrant families", ("reuters_dateline",)),
        ("PARIS (AFP) – France said on Monday", ("afp_dateline",)),
        ("He left.\n\nThe Associated Press contributed to this report.", ("wire_contributed",)),
        ("Associated Press writer Jill Colvin contributed from Washington.", ("wire_contributed",)),
        ("The Associated Press and Reuters contributed to this report.", ("wire_contributed",)),
        ("Copyright 2019 The Associated Press. All rights reserved.", ("ap_copyright",)),
        ("(Reporting by Lucia Mutikani; Editing by Paul Simao)", ("reuters_signoff",)),
        (
            "NEW YORK (Reuters) - Stocks fell.\n(Reporting by A B; Editing by C D)",
            ("reuters_dateline", "reuters_signoff"),
        ),
        # Not wire copy:
        ("Tim Phillips, president of Americans for Prosperity (AFP), said so.", ()),
        ("The AP Photo/Evan Vucci shows the crowd.", ()),
        ("Reuters reported that the talks stalled.", ()),
        ("Our reporter contributed to the Associated Press poll. It said", ()),
        ("", ()),
    ],
)
def test_wire_detection(text: str, labels: tuple[str, ...]) -> None:
    assert wire_signs(text) == labels


@pytest.mark.parametrize(
    ("text", "publisher", "labels"),
    [
        # An agency's own article is not wire copy (issue 12 defect 12) ...
        ("WASHINGTON (AP) - The Senate voted", "Associated Press", ()),
        ("WASHINGTON (AP) - The Senate voted", "AP", ()),
        ("NEW YORK (Reuters) - Stocks fell.\n(Reporting by A B; Editing by C D)", "Reuters", ()),
        ("Copyright 2019 The Associated Press. All rights reserved.", "Associated Press", ()),
        # ... another outlet republishing it is.
        ("WASHINGTON (AP) - The Senate voted", "Washington Times", ("ap_dateline",)),
        ("He left.\n\nThe Associated Press contributed to this report.", "Fox News", ("wire_contributed",)),
        ("The Associated Press and Reuters contributed to this report.", "Associated Press",
         ("wire_contributed",)),
        ("NEW YORK (Reuters) - Stocks fell.", "Associated Press", ("reuters_dateline",)),
    ],
)
def test_wire_copy_is_another_outlet_republishing(
    text: str, publisher: str, labels: tuple[str, ...]
) -> None:
    assert wire_signs(text, publisher=publisher) == labels
