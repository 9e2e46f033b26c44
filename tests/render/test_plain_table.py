"""The comparison's terminal table without rich's machinery: the same bytes as rich, or None."""

from __future__ import annotations

import pytest
from fresh_python import run_python
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcing.render.comparison import SUMMARY_COLUMNS, rich_table
from sourcing.render.plain_table import ONE_CELL_CHARACTERS, plain_table

HEADER = ["group", *(heading for heading, _ in SUMMARY_COLUMNS)]
FIGURES = ["12", "yes", "0.072", "[0.062, 0.083]", "0.040", "0.694", "–", "0.658", "5.545",
           "0.160", "0.020", "49.6"]
NAMES = ["ABC News", "Aaron Carroll", "AARP", "New York Times (News)", "Yahoo! News",
         "Le Monde · 2019", "Süddeutsche Zeitung", "unknown", "x", "Washington Examiner",
         "averyveryverylongoutletnamewithoutanyspacesatallreally", "Al Jazeera: Opinion",
         "[bold]Fake[/bold]", "CNN [Web]", "a  b", "tab\there", "東京新聞", "trailing "]


def check(title: str, header: list[str], rows: list[list[str]]) -> str | None:
    plain = plain_table(title, header, rows)
    if plain is not None:
        assert plain == rich_table(title, header, rows)
    return plain


def test_the_corpus_table_is_laid_out_without_rich() -> None:
    rows = [[name, *FIGURES] for name in NAMES[:10]]
    assert check("Anonymous sourcing by outlet", HEADER, rows) is not None
    grouped = [[f"{name} · {year}", *FIGURES] for name in NAMES[:10] for year in (2018, 2019)]
    assert check("Anonymous sourcing by outlet, year", HEADER, grouped) is not None


@pytest.mark.parametrize("name", NAMES)
def test_each_name_gives_rich_bytes_or_goes_to_rich(name: str) -> None:
    check("Anonymous sourcing by outlet", HEADER, [["ABC", *FIGURES], [name, *FIGURES]])


def test_narrow_tables_are_not_wrapped() -> None:
    assert check("By topic", ["group", "n"], [["a", "1"], ["b", "22"]]) is not None


def test_what_it_cannot_lay_out_goes_to_rich() -> None:
    wide = [["ABC", *FIGURES, "0.123456789" * 3]]
    assert plain_table("T", [*HEADER, "extra"], wide) is None  # other columns would shrink
    assert plain_table("T", HEADER, []) is None
    assert plain_table("T", HEADER, [["[bold]x", *FIGURES]]) is None
    assert plain_table("T", HEADER, [["a:b", *FIGURES]]) is None


cells = st.text(st.sampled_from("ab CD·é:[]1-–.\\"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.lists(cells, min_size=1, max_size=8), st.integers(1, 4))
def test_any_first_column_gives_rich_bytes_or_none(names: list[str], repeat: int) -> None:
    check("Anonymous sourcing by outlet", HEADER, [[name * repeat, *FIGURES] for name in names])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=5),
       st.text(st.sampled_from("ab c"), min_size=1, max_size=30))
def test_any_small_table_gives_rich_bytes_or_none(rows: list[list[str]], title: str) -> None:
    check(title, ["group", "n", "few"], rows)


@pytest.mark.parametrize("text", ["", "a", "ab cd", "  lead", "trail  ", "a  b  c", "abcdef",
                                  "abc def", "abcdefg", "ab cdefgh", "abcdefghijklmnop q",
                                  "a bcdefghijklmnopqrs  t", "Mitú Noticias"])
@pytest.mark.parametrize("width", [1, 2, 3, 6, 7])
def test_line_breaks_are_richs(text: str, width: int) -> None:
    from rich._wrap import divide_line

    from sourcing.render.plain_table import _line_breaks

    assert _line_breaks(text, width) == divide_line(text, width, fold=True)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("ab C·é- "), max_size=60), st.integers(1, 20))
def test_any_line_breaks_are_richs(text: str, width: int) -> None:
    from rich._wrap import divide_line

    from sourcing.render.plain_table import _line_breaks

    assert _line_breaks(text, width) == divide_line(text, width, fold=True)


def test_a_text_of_zero_and_two_cell_characters_goes_to_rich() -> None:
    # as many cells as characters, but not one each: rich would wrap it by grapheme
    assert plain_table("T", HEADER, [["東\u0301", *FIGURES]]) is None  # 2 cells, 2 characters


def test_a_cell_ending_in_a_bracket_before_another_goes_to_rich() -> None:
    # cells are checked joined by spaces: "x[" then reads as markup with the space after
    # it, so the table goes to rich (the layout this one copies) rather than plain.
    assert check("T", HEADER, [["ABC x[", *FIGURES], ["CNN", *FIGURES]]) is None
    assert check("T", HEADER, [["ABC x", *FIGURES], ["CNN", *FIGURES]]) is not None


def test_only_cells_that_are_not_ascii_are_measured_by_cell(monkeypatch) -> None:
    from sourcing.render import plain_table as module

    measured: list[str] = []
    real = module._one_cell_each
    monkeypatch.setattr(module, "_one_cell_each", lambda text: measured.append(text) or real(text))
    rows = [[name, *FIGURES] for name in ("ABC", "Süddeutsche Zeitung", "CNN")]
    assert check("T", HEADER, rows) is not None
    assert sorted(measured) == sorted(["Süddeutsche Zeitung", "–", "–", "–"])


def test_the_characters_known_to_be_one_cell_are_one_cell_each_in_rich() -> None:
    from rich.cells import cell_len

    assert [cell_len(char) for char in ONE_CELL_CHARACTERS] == [1] * len(ONE_CELL_CHARACTERS)


def test_a_table_of_characters_known_to_be_one_cell_loads_no_rich() -> None:
    # "–" (no figure), "·" (between a group's values) and accented Latin letters are known
    # to be one cell wide: rich (8 ms to import) is loaded only for other characters.
    code = ("import sys\n"
            "from sourcing.render.plain_table import plain_table\n"
            "rows = [['Mitú · 2019', '–', '[–, –]', '0.5'], ['Ελληνικά', '1', '2', '3']]\n"
            "print(plain_table('T', ['group', 'a', 'b', 'c'], rows[:1]) is not None,"
            " 'rich' in sys.modules)\n"
            "print(plain_table('T', ['group', 'a', 'b', 'c'], rows) is not None,"
            " 'rich' in sys.modules)\n")
    assert run_python(code).stdout.splitlines() == ["True False", "True True"]
