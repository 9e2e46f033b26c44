"""Outlet ratings joined by domain; Spearman's rho with a Fisher-z interval."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from sourcing.corpus.ratings import load_ratings, rating_for, spearman


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ratings.csv"
    path.write_text(text)
    return path


def test_load_picks_the_only_numeric_column(tmp_path: Path) -> None:
    path = write(tmp_path, "domain,pc1\nwww.reuters.com,1\nfoxnews.com,0.53\nbad.com,\n")
    assert load_ratings(path) == {"reuters.com": 1.0, "foxnews.com": 0.53}


def test_load_prefers_a_rating_column_and_accepts_named_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "site,rating,other\nnytimes.com,0.86,3\ncnn.com,0.66,4\n")
    assert load_ratings(path, "site") == {"nytimes.com": 0.86, "cnn.com": 0.66}
    assert load_ratings(path, "site", "other") == {"nytimes.com": 3.0, "cnn.com": 4.0}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("site,pc1\nx.com,1\n", "no column 'domain'"),
        ("domain,a,b\nx.com,1,2\n", "name the rating column"),
    ],
)
def test_load_errors_say_what_is_missing(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_ratings(write(tmp_path, text))


def test_example_file_of_the_corpus_loads() -> None:
    path = Path("/work/shared/corpus/outlet_ratings/lin2023_domain_pc1.csv")
    if not path.exists():
        pytest.skip("example ratings not available")
    ratings = load_ratings(path)
    assert ratings["reuters.com"] == 1.0
    assert 0.5 < ratings["foxnews.com"] < 0.6


@pytest.mark.parametrize(
    ("domains", "found"),
    [
        (["edition.cnn.com"], ("cnn.com", 0.66)),  # parent domain
        (["nosuch.example", "https://www.nytimes.com/a"], ("nytimes.com", 0.86)),  # first rated
        (["nosuch.example"], None),
        ([], None),
    ],
)
def test_rating_for(domains: list[str], found: tuple[str, float] | None) -> None:
    assert rating_for(domains, {"cnn.com": 0.66, "nytimes.com": 0.86}) == found


def test_spearman_hand_example() -> None:
    # Ranks x: 1 2 3 4 5; ranks y: 2 1 4 3 5 -> d^2 = 4 -> rho = 1 - 6*4/(5*24) = 0.8.
    result = spearman([0.1, 0.2, 0.3, 0.4, 0.5], [0.7, 0.6, 0.9, 0.8, 1.0])
    assert result.rho == pytest.approx(0.8)
    assert result.n == 5
    half = 1.959964 * math.sqrt(1.06 / 2)
    assert result.low == pytest.approx(math.tanh(math.atanh(0.8) - half), abs=1e-6)
    assert result.high == pytest.approx(math.tanh(math.atanh(0.8) + half), abs=1e-6)
    assert result.low < result.rho < result.high


def test_spearman_perfect_inverse_has_an_interval_around_minus_one() -> None:
    result = spearman([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1])
    assert result.rho == pytest.approx(-1.0)
    assert result.low is not None and result.high is not None
    assert -1.0 <= result.low <= result.rho <= result.high


@pytest.mark.parametrize(
    ("x", "y"), [([], []), ([0.1, 0.2], [1, 2]), ([0.1, 0.1, 0.1, 0.1], [1, 2, 3, 4])]
)
def test_spearman_undefined_without_enough_varied_pairs(x: list[float], y: list[float]) -> None:
    result = spearman(x, y)
    assert (result.rho, result.low, result.high) == (None, None, None)
    assert result.n == len(x)


def test_spearman_with_three_pairs_has_rho_but_no_interval() -> None:
    result = spearman([1, 2, 3], [1, 3, 2])
    assert result.rho == pytest.approx(0.5)
    assert result.low is None
