"""The role table mined from news by scripts/build_roles.py."""

from __future__ import annotations

import pytest

from sourcing import analyze_text
from sourcing.attribution.names import is_official
from sourcing.attribution.roles import Described, _kinds, describe, known_official


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("Marco Rubio", True),
        ("Mike Pompeo", True),
        ("Nancy Pelosi", True),
        ("Rubio", False),  # full names only: a surname alone is the article's to resolve
        ("Sean Hannity", False),  # a host: "other"
        ("Jane Roe", False),
    ],
)
def test_known_official(name: str, official: bool) -> None:
    assert known_official(name) is official


def test_the_fullest_form_of_a_name_decides() -> None:
    """The table counts "Blasey Ford" (a title's short form) official and "Christine Blasey
    Ford" other: the article's full name of the same person decides (heldout14 HO6tlyozaGkJsWXB)."""
    assert known_official("Blasey Ford") is True
    assert known_official("Blasey Ford", ["Christine Blasey Ford", "Richard Durbin"]) is False


def test_table_has_officials_and_others() -> None:
    kinds = _kinds()
    assert sum(kind == "official" for kind in kinds.values()) > 2000
    assert set(kinds.values()) == {"official", "other"}


@pytest.mark.parametrize(
    ("left", "after", "described"),
    [
        ("Sen. Ted Cruz and actress ", "", Described.PRIVATE),  # the nearest role word decides
        ("", ", a Democratic strategist in South Carolina,", Described.PRIVATE),
        ("", ", a top strategist for the Romney campaign,", Described.OFFICIAL),
        # A company's chief strategist holds its office (heldout10 k3H67NNhHuuohGPg [1]).
        ('"This was not your everyday DDoS attack," Dyn chief strategist ', " told", Described.OFFICIAL),
        ("", ", chief strategist for JP Morgan Asset Management,", Described.OFFICIAL),
        ("Republican strategist ", "", Described.PRIVATE),
        # A lawyer on an organization's staff speaks for it; one acting for a client does not
        # (teacher QA 4101 w23mh0lpErgiB39y [21]; heldout22: "a lawyer for President Trump").
        ("", ", an attorney with the American Civil Liberties Union, said", Described.OFFICIAL),
        ("", ", a staff lawyer at the Brennan Center for Justice, said", Described.OFFICIAL),
        ("", ", an attorney with decades of experience, said", Described.PRIVATE),
        ("", ", a lawyer for President Trump, said", Described.PRIVATE),
        ("", ", a lawyer at Day Pitney, said", Described.PRIVATE),  # a law firm's: an expert
        ("", ", an employment lawyer with Maryland law firm Joseph Greenwald & Laake, said", Described.PRIVATE),
        # Leading an organization's work now is its role; having led it, a former one.
        ("", ", who is overseeing Trump re-election campaign efforts in Florida,", Described.OFFICIAL),
        ("", ", who runs the state party,", Described.OFFICIAL),
        ("", ", who ran the Centers for Medicare and Medicaid Services,", None),
        ("", ", who is overseeing the renovation of his house,", None),
        ("", ", a major-general in the Iraqi army,", Described.OFFICIAL),  # a hyphenated rank
        ("Louisville council member ", ", who co-wrote the law,", Described.OFFICIAL),  # two words
        ("Clark County Coroner ", "", Described.OFFICIAL),
        ("task force coordinator Dr. ", "", Described.OFFICIAL),  # train3 gYk8NiwvQWms2kyY
        ("", ", undersecretary for economic growth,", Described.OFFICIAL),
        ("", ", co-chair of the finance committee,", None),  # "co" is no role
        ("the former Trump campaign chair ", "", Described.FORMER),
        ("", " is president of Al Jazeera America.", Described.OFFICIAL),
        # heldout24 sj023iue62hr8F4A: "serves as" gives an office held now.
        ("Dr. ", " currently serves as principal deputy director of the CDC.", Described.OFFICIAL),
        # An office held in the past tense is a former one, as "who was" makes it (heldout4
        # x82AsnQEaFvS8DEp: "Eric Koch was the communications director for ..." was official).
        ("", " was the communications director for the City Council speaker.", Described.FORMER),
        ("", " was a debate analyst for the paper.", Described.PRIVATE),
        ("", ", who studies criminal justice at Georgetown,", None),
        # A party tag in parentheses: a party's officeholder (train: "Kenny Marchant (R) of Texas").
        ("committee member ", " (R) of Texas told", Described.OFFICIAL),
        ("", " (D-Calif.) said", Described.OFFICIAL),
        ("former Rep. ", " (R) said", Described.FORMER),
        # A self-description is a view, no office (train2 SFo7W8gnSsviQAvH [0]).
        ("Harvard Law School professor and self-described liberal Democrat ", " slammed", None),
        ("liberal Democrat ", " said", Described.OFFICIAL),
        # A title with no article set before the name by a comma, with a listed name's commas
        # inside it (heldout22 t08zdWUhQ90iT9Rb [5]).
        ("to Malik,” assistant special agent in charge with the Bureau of Alcohol, Tobacco and Firearms, ",
         ", told reporters", Described.OFFICIAL),
        ("In Washington, D.C., ", ", said", None),
        ("Citing similar reasons, another major Republican donor, ", ", said", None),  # train
        # A government employee speaks for the government (train3: Tricia Newbold).
        ("", ", an 18-year government employee who oversaw the issue,", Described.OFFICIAL),
        # What follows the comma is the interrupted clause's verb, no appositive (heldout23
        # ODLlYcDnLxVqHxqA: "... his marriage to reality TV star Kim Kardashian West, has filed").
        ("TV star ", ", has filed any official paperwork.", None),
        # An editor is a journalist, whatever office word comes before (heldout23: "deputy").
        ("", ", deputy editor of Harbor Politics, a newsletter,", Described.PRIVATE),
        ("Harbor Politics editor ", " said", Described.PRIVATE),
        # A capitalized word and a full stop end the sentence before the name (train2
        # RqyfYADecAZl4DNd); an abbreviated title and an initial do not.
        ("The mayor met Gov. Ann Lee. According to ", ", who tracks state races,", None),
        ("The mayor met Lt. Gov. ", " on Monday", Described.OFFICIAL),
        ("U.S. Rep. ", " said", Described.OFFICIAL),
        # A current official role joined to a former one is the role the person speaks in
        # (GUIDELINES named_official); a former office alone is not.
        ("", ", the union's legal director and a former clerk for a state judge,", Described.OFFICIAL),
        ("", ", the union's legal director and former clerk for a state judge,", Described.OFFICIAL),
        ("", ", a former clerk for a state judge and now the union's legal director,", Described.OFFICIAL),
        ("", ", a former senator and the current ambassador to Spain,", Described.OFFICIAL),
        ("", ", a former clerk for a state judge,", Described.FORMER),
        ("", ", a former chairman and chief executive of the bank,", Described.FORMER),  # both former
        ("", ", a political analyst and a former senator,", Described.FORMER),
        ("Former state senator and current Heritage Foundation president ", " argued", Described.OFFICIAL),
        ("Former state senator and current author ", " argued", Described.FORMER),
        # A later role with no "now" may be the first one's object: no current office.
        ("", ", a former aide to the senator and the governor,", Described.FORMER),
        # A relative clause that gives the office held now outweighs a former title (heldout27
        # uEApSnH7qszdm702 [15]: "Former ... Sen. Jim DeMint, who left Congress this year to
        # become president of the Heritage Foundation"); a former office alone does not.
        ("Former Sen. ", ", who left Congress this year to become president of the foundation,",
         Described.OFFICIAL),
        ("Former Sen. ", ", who becomes president of the foundation next month,", Described.OFFICIAL),
        ("Former Sen. ", ", who has since become chairman of the state party,", Described.OFFICIAL),
        ("Former Sen. ", ", who currently serves as president of the foundation,", Described.OFFICIAL),
        ("Former Sen. ", ", who now heads the Heritage Foundation,", Described.OFFICIAL),
        ("Former Sen. ", ", who became governor in 2011,", Described.FORMER),
        ("Former Sen. ", ", who left the Senate to become a lobbyist,", Described.FORMER),
        # A university post joined to "professor" is an academic's: an expert (GUIDELINES
        # named_person; heldout30 WLGfS1jTPRW9lowy [2]: "a professor and chair of emergency
        # management and disaster science at the University of North Texas").
        ("", ", a professor and chair of emergency management at the University of North Texas,",
         Described.PRIVATE),
        ("", ", a professor and the director of the Center for Public Leadership,", Described.PRIVATE),
        ("", ", an associate professor and assistant chair in the political science department,",
         Described.PRIVATE),
        ("University of Florida professor and director of the Election Project ", " said", Described.PRIVATE),
        # Not a university post, not joined to "professor", or a former one: as before.
        ("", ", a law professor and state senator from Ohio,", Described.OFFICIAL),
        ("", ", a professor and president of the association,", Described.OFFICIAL),
        ("", ", chair of the department of immunology,", Described.OFFICIAL),
        ("", ", the Princeton professor and former director of policy planning,", Described.FORMER),
    ],
)
def test_describe(left: str, after: str, described: Described | None) -> None:
    assert describe(left, after) is described


def test_a_current_role_beside_a_former_one_makes_an_official() -> None:
    """The policy director who once clerked for a judge speaks as the group's director, and so
    does the quotation that goes on (GUIDELINES named_official, rules 3 and 12)."""
    text = (
        '"The rule is unfair to small farms," Dana Whitfield, the association\'s legal director '
        'and a former clerk for a state judge, said in a statement. "Let the growers decide."'
    )
    types = [s.type for s in analyze_text(text, outlet="Example News", model=None).statements]
    assert types == ["named_official", "named_official"]
    former_only = text.replace("the association's legal director and ", "")
    assert analyze_text(former_only, model=None).statements[0].type == "named_person"


def test_a_current_office_in_a_relative_clause_outweighs_a_former_title() -> None:
    """The former senator who left to lead a foundation speaks as its president, and so does
    the pronoun after him (heldout27 uEApSnH7qszdm702 [15], [16]; GUIDELINES named_official,
    rule 2); the former senator with no current office stays a named person."""
    text = (
        "Former Republican Sen. Walter Brandt, who left Congress this year to become president "
        "of the Harmon Institute, told reporters that the law was passed under false pretenses. "
        '"People were misled," he said.'
    )
    types = [s.type for s in analyze_text(text, outlet="Example News", model=None).statements]
    assert types == ["named_official", "named_official"]
    former_only = text.replace(", who left Congress this year to become president of the Harmon Institute,", "")
    assert [s.type for s in analyze_text(former_only, model=None).statements] == ["named_person"] * 2


@pytest.mark.parametrize(
    ("text", "official"),
    [
        # A post joined by "and" to a clinician's profession, one word of a field before it, is
        # an expert's (heldout38 Y8ncZ3pm5Vpredlr [6]-[21]: read named_person; the corpus,
        # XGxs2unNN38goZRm Sanai, TKYBmQeghO9D3CtY Wakeman) ...
        (("Dr. Trevonne Thompson, an emergency room physician and toxicology director at the "
         "University of Illinois at Chicago hospital"), False),
        (("Nader Sanai, a brain-tumor surgeon and director of neurosurgical oncology at Barrow "
         "Neurological Institute"), False),
        # ... not a post in a party or a government (the corpus, 1erL9LPYrQX958ss [51]) ...
        ("Dean Haddock, a clinical psychologist and chair of the Republican Party of Kern County", True),
        # ... nor a post that is no field word but the body's own.
        ("John Smith, a physician and the hospital director", True),
    ],
)
def test_a_clinicians_post_is_an_experts(text: str, official: bool) -> None:
    name = text.split(",")[0]
    assert is_official(text, name, {}) is official


# A plural title before a list of names gives each its role, as "Sens." does: "said Senators Ted
# Cruz and Mike Lee" was typed named_person, "Senators Ted Cruz" read as one name.
@pytest.mark.parametrize(
    ("left", "described"),
    [
        ("said Senators Ted Cruz and ", Described.OFFICIAL),
        ("The archbishops Justin Welby and ", Described.OFFICIAL),
        ("White House spokesmen Sean Spicer and ", Described.OFFICIAL),
        ("Analysts Jane Smith and ", Described.PRIVATE),
        ("Their cousins Jane Smith and ", None),
    ],
)
def test_a_plural_title_before_listed_names(left: str, described: Described | None) -> None:
    assert describe(left, " said") is described


def test_a_councilmember_is_an_official() -> None:
    assert describe("said Councilmember ", "") is Described.OFFICIAL


def test_an_assistant_state_attorney_is_an_official() -> None:
    assert describe("said Assistant State Attorney ", "") is Described.OFFICIAL  # dev9510


@pytest.mark.parametrize(
    ("after", "described"),
    [
        (", 57, has served as the Energy Department's deputy secretary since 2017", Described.OFFICIAL),
        (", 29, a Minneapolis schools human relations executive who joined the protests", None),
        (", 24, said a D.C. police supervisor shot him", None),
        (" has been accused of lying", None),
    ],
)
def test_an_age_before_a_predicate_or_an_appositive(after: str, described: Described | None) -> None:
    assert describe("", after) is described  # dev9510
