"""docs/exercise_agreement_heldout{6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83}.jsonl:
blind readings of every statement, well formed.

A new set's checks go in a new module beside this one, test_set_NN.py: its draw's ids, then its
tests. The set's name goes into READING_SETS below, and its draw, imported from that module, into the
draw-order table.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

import pytest
from reading_set_checks import FIELDS, ROOT, TYPES, rows
from test_set_10 import TENTH_SET
from test_set_11 import ELEVENTH_SET
from test_set_12 import TWELFTH_SET
from test_set_13 import THIRTEENTH_SET
from test_set_14 import FOURTEENTH_SET
from test_set_15 import FIFTEENTH_SET
from test_set_16 import SIXTEENTH_SET
from test_set_17 import SEVENTEENTH_SET
from test_set_18 import EIGHTEENTH_SET
from test_set_19 import NINETEENTH_SET
from test_set_20 import TWENTIETH_SET
from test_set_21 import TWENTY_FIRST_SET
from test_set_22 import TWENTY_SECOND_SET
from test_set_23 import TWENTY_THIRD_SET
from test_set_24 import TWENTY_FOURTH_SET
from test_set_25 import TWENTY_FIFTH_SET
from test_set_26 import TWENTY_SIXTH_SET
from test_set_27 import TWENTY_SEVENTH_SET
from test_set_28 import TWENTY_EIGHTH_SET
from test_set_29 import TWENTY_NINTH_SET
from test_set_30 import THIRTIETH_SET
from test_set_31 import THIRTY_FIRST_SET
from test_set_32 import THIRTY_SECOND_SET
from test_set_33 import THIRTY_THIRD_SET
from test_set_34 import THIRTY_FOURTH_SET
from test_set_35 import THIRTY_FIFTH_SET
from test_set_36 import THIRTY_SIXTH_SET
from test_set_37 import THIRTY_SEVENTH_SET
from test_set_38 import THIRTY_EIGHTH_SET
from test_set_39 import THIRTY_NINTH_SET
from test_set_40 import FORTIETH_SET
from test_set_41 import FORTY_FIRST_SET
from test_set_42 import FORTY_SECOND_SET
from test_set_43 import FORTY_THIRD_SET
from test_set_44 import FORTY_FOURTH_SET
from test_set_45 import FORTY_FIFTH_SET
from test_set_46 import FORTY_SIXTH_SET
from test_set_47 import FORTY_SEVENTH_SET
from test_set_48 import FORTY_EIGHTH_SET
from test_set_49 import FORTY_NINTH_SET
from test_set_50 import FIFTIETH_SET
from test_set_51 import FIFTY_FIRST_SET
from test_set_52 import FIFTY_SECOND_SET
from test_set_53 import FIFTY_THIRD_SET
from test_set_54 import FIFTY_FOURTH_SET
from test_set_55 import FIFTY_FIFTH_SET
from test_set_56 import FIFTY_SIXTH_SET
from test_set_57 import FIFTY_SEVENTH_SET
from test_set_58 import FIFTY_EIGHTH_SET
from test_set_59 import FIFTY_NINTH_SET
from test_set_60 import SIXTIETH_SET
from test_set_61 import SIXTY_FIRST_SET
from test_set_62 import SIXTY_SECOND_SET
from test_set_63 import SIXTY_THIRD_SET
from test_set_64 import SIXTY_FOURTH_SET
from test_set_65 import SIXTY_FIFTH_SET
from test_set_66 import SIXTY_SIXTH_SET
from test_set_67 import SIXTY_SEVENTH_SET
from test_set_68 import SIXTY_EIGHTH_SET
from test_set_69 import SIXTY_NINTH_SET
from test_set_70 import SEVENTIETH_SET
from test_set_71 import SEVENTY_FIRST_SET
from test_set_72 import SEVENTY_SECOND_SET
from test_set_73 import SEVENTY_THIRD_SET
from test_set_74 import SEVENTY_FOURTH_SET
from test_set_75 import SEVENTY_FIFTH_SET
from test_set_76 import SEVENTY_SIXTH_SET
from test_set_77 import SEVENTY_SEVENTH_SET
from test_set_78 import SEVENTY_EIGHTH_SET
from test_set_79 import SEVENTY_NINTH_SET
from test_set_80 import EIGHTIETH_SET
from test_set_81 import EIGHTY_FIRST_SET
from test_set_82 import EIGHTY_SECOND_SET
from test_set_83 import EIGHTY_THIRD_SET

# Every blind reading set these checks hold, from the sixth on (the earlier files,
# exercise_agreement_heldout.jsonl and heldout2-5, are not held to them).
READING_SETS = ["heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
                "heldout12", "heldout13", "heldout14", "heldout15",
                "heldout16", "heldout17", "heldout18", "heldout19", "heldout20",
                "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
                "heldout26", "heldout27", "heldout28", "heldout29",
                "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36",
                "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43",
                "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49", "heldout50",
                "heldout51", "heldout52", "heldout53", "heldout54", "heldout55",
                "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62", "heldout63", "heldout64",
                "heldout65", "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout71", "heldout72",
                "heldout73", "heldout74", "heldout75", "heldout76", "heldout77", "heldout78", "heldout79",
                "heldout80", "heldout81", "heldout82", "heldout83"]


@pytest.mark.parametrize("name", READING_SETS)
def test_every_statement_read_once_with_a_type_a_rule_and_a_note(name: str) -> None:
    readings = rows(name)
    for row in readings:
        assert list(row)[:len(FIELDS)] == FIELDS and set(row) <= {*FIELDS, "source_keyed"}
        assert row["reading"] in TYPES | {"boilerplate"}
        assert set(row["alt"]) <= TYPES - {row["reading"]}
        assert row["rule"] and row["note"]
        assert (row["reason_reading"] is not None) == (row["reading"] == "unnamed_source")


@pytest.mark.parametrize("name", READING_SETS)
def test_statements_numbered_from_zero_without_gaps(name: str) -> None:
    readings = rows(name)
    articles = [(article_id, [row["statement"] for row in group])
                for article_id, group in groupby(readings, key=lambda row: row["id"])]
    assert len(articles) == len({article_id for article_id, _ in articles})  # each article in one run
    for article_id, numbers in articles:
        assert numbers == list(range(len(numbers))), article_id


@pytest.mark.parametrize(("name", "draw", "complete"), [("heldout10", TENTH_SET, True), ("heldout11", ELEVENTH_SET, True),
                                                        ("heldout12", TWELFTH_SET, True),
                                                        ("heldout13", THIRTEENTH_SET[10:] + THIRTEENTH_SET[:10], True),
                                                        ("heldout14", FOURTEENTH_SET[10:] + FOURTEENTH_SET[:10], True),
                                                        ("heldout15", FIFTEENTH_SET, True),
                                                        ("heldout16", SIXTEENTH_SET, True),
                                                        ("heldout17", SEVENTEENTH_SET[10:] + SEVENTEENTH_SET[:10], True),
                                                        ("heldout18", EIGHTEENTH_SET, True),
                                                        ("heldout19", NINETEENTH_SET, True),
                                                        ("heldout20", TWENTIETH_SET, True),
                                                        ("heldout21", TWENTY_FIRST_SET[10:] + TWENTY_FIRST_SET[:10], True),
                                                        ("heldout22", TWENTY_SECOND_SET[10:] + TWENTY_SECOND_SET[:10], True),
                                                        ("heldout23", TWENTY_THIRD_SET[10:] + TWENTY_THIRD_SET[:10], True),
                                                        ("heldout24", TWENTY_FOURTH_SET[10:] + TWENTY_FOURTH_SET[:10], True),
                                                        ("heldout25", TWENTY_FIFTH_SET, True),
                                                        ("heldout26", TWENTY_SIXTH_SET, True),
                                                        ("heldout27", TWENTY_SEVENTH_SET[10:] + TWENTY_SEVENTH_SET[:10], True),
                                                        ("heldout28", TWENTY_EIGHTH_SET, True),
                                                        ("heldout29", TWENTY_NINTH_SET, True),
                                                        ("heldout30", THIRTIETH_SET, True),
                                                        ("heldout31", THIRTY_FIRST_SET[10:] + THIRTY_FIRST_SET[:10], True),
                                                        ("heldout32", THIRTY_SECOND_SET[10:] + THIRTY_SECOND_SET[:10], True),
                                                        ("heldout33", THIRTY_THIRD_SET, True),
                                                        ("heldout34", THIRTY_FOURTH_SET[10:] + THIRTY_FOURTH_SET[:10], True),
                                                        ("heldout35", THIRTY_FIFTH_SET, True),
                                                        ("heldout36", THIRTY_SIXTH_SET[10:] + THIRTY_SIXTH_SET[:10], True),
                                                        ("heldout37", THIRTY_SEVENTH_SET[10:] + THIRTY_SEVENTH_SET[:10], True),
                                                        ("heldout38", THIRTY_EIGHTH_SET, True),
                                                        ("heldout39", THIRTY_NINTH_SET[10:] + THIRTY_NINTH_SET[:10], True),
                                                        ("heldout40", FORTIETH_SET[10:] + FORTIETH_SET[:10], True),
                                                        ("heldout41", FORTY_FIRST_SET[10:] + FORTY_FIRST_SET[:10], True),
                                                        ("heldout42", FORTY_SECOND_SET[10:] + FORTY_SECOND_SET[:10], True),
                                                        ("heldout43", FORTY_THIRD_SET[10:] + FORTY_THIRD_SET[:10], True),
                                                        ("heldout44", FORTY_FOURTH_SET[10:] + FORTY_FOURTH_SET[:10], True),
                                                        ("heldout45", FORTY_FIFTH_SET, True),
                                                        ("heldout46", FORTY_SIXTH_SET[10:] + FORTY_SIXTH_SET[:10], True),
                                                        ("heldout47", FORTY_SEVENTH_SET, True),
                                                        ("heldout48", FORTY_EIGHTH_SET[10:] + FORTY_EIGHTH_SET[:10], True),
                                                        ("heldout49", FORTY_NINTH_SET, True),
                                                        ("heldout50", FIFTIETH_SET[10:] + FIFTIETH_SET[:10], True),
                                                        ("heldout51", FIFTY_FIRST_SET, True),
                                                        ("heldout52", FIFTY_SECOND_SET, True),
                                                        ("heldout53", FIFTY_THIRD_SET[10:] + FIFTY_THIRD_SET[:10], True),
                                                        ("heldout54", FIFTY_FOURTH_SET[10:] + FIFTY_FOURTH_SET[:10], True),
                                                        ("heldout55", FIFTY_FIFTH_SET[10:] + FIFTY_FIFTH_SET[:10], True),
                                                        ("heldout56", FIFTY_SIXTH_SET[10:] + FIFTY_SIXTH_SET[:10], True),
                                                        ("heldout57", FIFTY_SEVENTH_SET[10:] + FIFTY_SEVENTH_SET[:10], True),
                                                        ("heldout58", FIFTY_EIGHTH_SET[10:] + FIFTY_EIGHTH_SET[:10], True),
                                                        ("heldout59", FIFTY_NINTH_SET, True),
                                                        ("heldout60", SIXTIETH_SET, True),
                                                        ("heldout61", SIXTY_FIRST_SET, True),
                                                        ("heldout62", SIXTY_SECOND_SET, True),
                                                        ("heldout63", SIXTY_THIRD_SET[10:] + SIXTY_THIRD_SET[:10], True),
                                                        ("heldout64", SIXTY_FOURTH_SET[10:] + SIXTY_FOURTH_SET[:10], True),
                                                        ("heldout65", SIXTY_FIFTH_SET, True),
                                                        ("heldout66", SIXTY_SIXTH_SET, True),
                                                        ("heldout67", SIXTY_SEVENTH_SET, True),
                                                        ("heldout68", SIXTY_EIGHTH_SET[10:] + SIXTY_EIGHTH_SET[:10], True),
                                                        ("heldout69", SIXTY_NINTH_SET, True),
                                                        ("heldout70", SEVENTIETH_SET, True),
                                                        ("heldout71", SEVENTY_FIRST_SET[10:] + SEVENTY_FIRST_SET[:10], True),
                                                        ("heldout72", SEVENTY_SECOND_SET, True),
                                                        ("heldout73", SEVENTY_THIRD_SET, True),
                                                        ("heldout74", SEVENTY_FOURTH_SET[10:] + SEVENTY_FOURTH_SET[:10], True),
                                                        ("heldout75", SEVENTY_FIFTH_SET, True),
                                                        ("heldout76", SEVENTY_SIXTH_SET, True),
                                                        ("heldout77", SEVENTY_SEVENTH_SET[10:] + SEVENTY_SEVENTH_SET[:10], True),
                                                        ("heldout78", SEVENTY_EIGHTH_SET[10:] + SEVENTY_EIGHTH_SET[:10], True),
                                                        ("heldout79", SEVENTY_NINTH_SET, True),
                                                        ("heldout80", EIGHTIETH_SET[10:] + EIGHTIETH_SET[:10], True),
                                                        ("heldout81", EIGHTY_FIRST_SET[10:] + EIGHTY_FIRST_SET[:10], True),
                                                        ("heldout82", EIGHTY_SECOND_SET, True),
                                                        ("heldout83", EIGHTY_THIRD_SET, True)])
def test_every_drawn_article_read_whole_in_the_draws_order(name: str, draw: list[str], complete: bool) -> None:
    """Both readers' articles, 1-10 then 11-20 appended after them: the draw, in its order (the thirteenth's,
    the fourteenth's, the seventeenth's, the twenty-first's, the twenty-second's, the twenty-third's, the twenty-fourth's, the twenty-seventh's, the thirty-first's, the thirty-second's, the thirty-fourth's, the thirty-sixth's, the thirty-seventh's, the thirty-ninth's, the fortieth's, the forty-first's, the forty-second's, the forty-third's, the forty-fourth's, the forty-sixth's, the forty-eighth's, the fiftieth's, the fifty-third's, the fifty-fourth's, the fifty-fifth's, the fifty-sixth's, the fifty-seventh's, the fifty-eighth's, the sixty-third's, the sixty-fourth's, the sixty-eighth's, the seventy-first's, the seventy-fourth's, the seventy-seventh's, the seventy-eighth's and the eightieth's 11-20 and the eighty-first's 11-19 landed first, so their rows hold them first). A set still being read holds one
    reader's ten or both, each ten whole in the draw's order, appended as landed."""
    read = list(dict.fromkeys(row["id"] for row in rows(name)))
    if complete:
        assert read == draw
    else:
        assert read in (draw[:10], draw[10:], draw, draw[10:] + draw[:10])


def test_every_set_file_and_module_is_listed() -> None:
    """A guard for a new set: its jsonl in docs/ and its test_set_NN.py here are both in READING_SETS,
    so the well-formedness checks above run on it."""
    files = {path.stem.removeprefix("exercise_agreement_")
             for path in (ROOT / "docs").glob("exercise_agreement_heldout*.jsonl")}
    numbered = {name for name in files if name.removeprefix("heldout").isdigit()}
    assert {name for name in numbered if int(name.removeprefix("heldout")) >= 6} == set(READING_SETS)
    modules = {f"heldout{int(path.stem.removeprefix('test_set_'))}"
               for path in Path(__file__).parent.glob("test_set_*.py")}
    assert modules <= set(READING_SETS)
