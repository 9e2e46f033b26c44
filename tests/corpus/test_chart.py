"""The anonymity chart: PNG or SVG bytes, one row per group with a CI bar."""

from __future__ import annotations

import pytest

from sourcing.corpus.bootstrap import Estimate
from sourcing.corpus.chart import anonymity_chart, group_label
from sourcing.corpus.tally import GroupStats


def group(name: str, share: float | None, articles: int = 30) -> GroupStats:
    estimate = None if share is None else Estimate(share, max(0.0, share - 0.05), share + 0.05)
    return GroupStats(
        group=(name, "2019"), articles=articles, statements=10 * articles, mean_share=estimate,
        median_share=estimate, articles_with_anonymous=0.5, anonymous_with_reason=None,
        type_shares={}, official_share=None, named_sources_per_article=1.0,
        articles_citing_outlet=0.0, wire_share=0.0, reading_ease=None,
        below_min_articles=articles < 20,
    )


GROUPS = [group("CNN", 0.1), group("Fox News", 0.2, articles=5), group("Empty", None)]


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<?xml")])
def test_chart_is_written_and_non_empty(tmp_path, fmt: str, magic: bytes) -> None:
    path = tmp_path / f"chart.{fmt}"
    path.write_bytes(anonymity_chart(GROUPS, fmt))
    data = path.read_bytes()
    assert data.startswith(magic)
    assert len(data) > 1000


def test_svg_names_every_group_with_its_size_and_is_deterministic() -> None:
    svg = anonymity_chart(GROUPS, "svg").decode()
    assert "CNN · 2019 (n=30)" in svg and "Fox News · 2019 (n=5)" in svg
    assert "Empty" not in svg  # no estimate, nothing to draw
    assert anonymity_chart(GROUPS, "svg") == anonymity_chart(GROUPS, "svg")


def test_chart_of_no_groups_still_draws() -> None:
    assert anonymity_chart([], "png").startswith(b"\x89PNG")


def test_other_formats_are_refused() -> None:
    with pytest.raises(ValueError, match="png"):
        anonymity_chart(GROUPS, "pdf")


def test_group_label_joins_dimensions() -> None:
    assert group_label(GROUPS[0]) == "CNN · 2019"
