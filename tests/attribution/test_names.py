"""Finding names: people (and whether they speak as officials) and news outlets."""

from __future__ import annotations

import pytest

from sourcing.attribution.names import find_outlet, is_official, person_names
from sourcing.lexicons import load_lines


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Reuters quoted another official", "reuters"),
        ("according to The New York Times", "new york times"),
        ("earlier this week", None),
        ("Reutersville officials", None),
        ("NBC News' Kelly O'Donnell", "nbc news"),
        ("North Korea's Vice Foreign Minister Kim Kye Gwan", None),
        # An outlet's one-word name after an honorific is a person (train3 Lk3R4hg1fIZjzyC7:
        # "Mr. Bloomberg snapped" was keyed Other news outlet).
        ("Mr. Bloomberg snapped.", None),
        ("according to Bloomberg", "bloomberg"),
    ],
)
def test_find_outlet(text: str, outlet: str | None) -> None:
    assert find_outlet(text) == outlet


def test_find_outlet_finds_every_listed_outlet_whole() -> None:
    """The pattern is a trie of the names: each name still matches in full (the longest wins)."""
    for name in load_lines("outlets"):
        bare = name.removeprefix("The ").removeprefix("the ")
        assert find_outlet(f"according to {name}, officials said") == bare.lower(), name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Defense Secretary Leon E. Panetta", ["Leon E. Panetta"]),
        ("Analysts", []),
        # A base or a city named "Fort ..." is a place, no person (heldout13 eINR1dD3q8CzEUT1).
        ("a Fort Bragg press release", []),
        ("officials at Fort Hood", []),
        ("Mr. Trump", ["Trump"]),
        ("Andrés Manuel López Obrador", ["Andrés Manuel López Obrador"]),
        ("Informed Iraqi sources", []),
        # A parenthesis ends the name: the party letter is no part of it (train2).
        ("Gov. Pat Quinn (D) has suspended all pay", ["Pat Quinn"]),
        ("said Rep. John Delaney (D., Md.), a longtime backer", ["John Delaney"]),
        # A first name that is also a record's head is a name before a surname (train2).
        ("Bill McInturff, a Republican pollster", ["Bill McInturff"]),
        ("The Bill would ban it", []),
        # A place that is also a first name opens a name before a surname (tenth reading set).
        ("said Chad Connelly, the chairman of the party", ["Chad Connelly"]),
        ("Chad Smith said", ["Chad Smith"]),
        ("troops from Chad, Niger and Mali", []),
        # A geographic feature word after the place keeps it a place (the corpus: "Lake Chad
        # Basin" was read as a person "Chad Basin").
        ("its insurgency in the Lake Chad Basin of West Africa", []),
        ("personnel in the Lake Chad Basin continue to provide", []),
        ("along the western shores of Lake Chad, held out", []),
        # A demonym, place or outlet word after a first name is a surname (train, train2).
        ("This was echoed by Paul German, who was walking", ["Paul German"]),
        ("Matt Blaze", ["Matt Blaze"]),
        ("Vice Foreign Minister Choe Sun Hui said", ["Choe Sun Hui"]),
        ("Rep. Steve Israel of New York", ["Steve Israel"]),
        ("the Obama Iran deal", ["Obama"]),
        ("Former New York state senate leader Dean Skelos", ["Dean Skelos"]),
        # A role word closing a titled name is its surname (train2: "Rep. Peter King").
        ("Rep. Steve King said", ["Steve King"]),
        ("Jordan's King Abdullah", ["Abdullah"]),
        # ... and so is one closing an untitled first name before a comma or a speech verb
        # (heldout20 9qvUs5ADPBHEnihQ: "Mark Judge, the high school friend"); not before a name.
        ("Mark Judge, the high school friend of Brett Kavanaugh", ["Mark Judge", "Brett Kavanaugh"]),
        ("Mark Judge said", ["Mark Judge"]),
        ("Federal Judge Amy Berman Jackson said", ["Amy Berman Jackson"]),
        # A hyphenated title opens no name; "May" after a first name or a title is a surname.
        ("Major-General Abdul Karim Khalaf told reporters", ["Abdul Karim Khalaf"]),
        ("British Prime Minister Theresa May said world powers", ["Theresa May"]),
        ("Ms. May said", ["May"]),
        ("Trump Friday said", ["Trump"]),
        ("in May said", []),
        # An acronym's letters written as a name are part of it (train, train2).
        ("leader Kim Jong Un said", ["Kim Jong Un"]),
        ("the UN said", []),
        # Initials written together open a name (train2: "H.R. McMaster, said" had no source);
        # a place's abbreviation does not.
        ("Trump's national security adviser, H.R. McMaster, said", ["Trump", "H.R. McMaster"]),
        ("U.S. Ambassador Nikki Haley and U.N. officials", ["Nikki Haley"]),
        ("The bill H.R. 1 passed", []),
        # A lower-case particle inside a name or opening a surname (train: "de Blasio said" had
        # no source); "al" and "bin" only inside one.
        ("de Blasio said.", ["de Blasio"]),
        ("Ursula von der Leyen said", ["Ursula von der Leyen"]),
        ("The emir of Qatar, Tamim bin Hamad Al Thani", ["Tamim bin Hamad Al Thani"]),
        ("al Qaeda fighters and a de facto ban", []),
        # A place that is a first name opens one before a word that is no place (train2:
        # "Attorney Jordan Sekulow, though, told"); a place surname ends one before a
        # bracketed party tag (train2: "Chairman Jim Jordan (R-Ohio)").
        ("Attorney Jordan Sekulow, though, told Fox News", ["Jordan Sekulow"]),
        ("troops in the Jordan Valley", []),
        ("Chairman Jim Jordan (R-Ohio) praised the deal", ["Jim Jordan"]),
        # No name runs over a line break (heldout9 5cNrah2gfdREGUBU: "Donald Trump Trump"), and
        # words before an organization's head word name no person (heldout9 ahNtF7yUJ77DlSdU:
        # "Caller News" of "the Daily Caller News Foundation"; train2: "Human Rights Council").
        ("not mine.\u201d \u2014 President Donald Trump\n\nTrump also laid out", ["Donald Trump", "Trump"]),
        ("a Twitter spokesman told the Daily Caller News Foundation.", []),
        ("Eileen Donahoe, the U.S. representative on the U.N. Human Rights Council, said",
         ["Eileen Donahoe"]),
        # A subordinator opening a sentence is no first name (train2: "Although Fauci").
        ("Although Fauci said", ["Fauci"]),
        ("Mr. Bloomberg snapped.", ["Bloomberg"]),
        # An Arabic surname with a hyphenated particle (heldout8 39Dn1d3kX4So3dzx: "Haider").
        ("Iraqi Prime Minister Haider al-Abadi was visiting", ["Haider al-Abadi"]),
        ("Abu Bakr al-Baghdadi said", ["Abu Bakr al-Baghdadi"]),
        ("Prime Minister al-Abadi said", ["al-Abadi"]),
        ("the al-Qaeda group", []),
        ("Bloomberg reported", []),
        # A title that names a body ("House", "Senate") titles no lone word after it: the word
        # goes on with the body's name (heldout q7EvqUd9yejoZr4h: "Ways" was a person, and "the
        # senator" after "Senate Minority Leader Chuck Schumer" resolved to "Minority").
        ("House Ways and Means Committee Chairman Richard Neal", ["Richard Neal"]),
        ("Senate Minority Leader Chuck Schumer met", ["Chuck Schumer"]),
        ("White House Press Secretary Jay Carney, asked", ["Jay Carney"]),
        ("the House Oversight and Government Reform Committee", []),
        # ... while a personal title still names a surname that is also a word.
        ("Judge Price said", ["Price"]),
        ("Sen. Rand Paul and Rep. Steve King", ["Rand Paul", "Steve King"]),
        ("Mr. Young and Ms. Rice", ["Young", "Rice"]),
        # A line the body's boilerplate patterns take for site furniture names no one
        # (attr31: "Story Continued Below", "Privacy Policy" were people).
        ("Story Continued Below", []),
        (("Get the Monitor Stories you care about delivered to your inbox. By signing up, you "
          "agree to our Privacy Policy."), []),
        ("Sign up for Daily Newsletters Manage Newsletters", []),
        ("President Donald Trump said\nStory Continued Below\nMr. Trump added", ["Donald Trump", "Trump"]),
        # Capitalized words after a body's head word and "of", "for" or "on" (or "and" within
        # such a name) go on with its name (names1: "Policy Priorities", "Public Health",
        # "San Francisco" were the person of "X, a fellow at the Center on ...").
        ("Jo Park, a fellow at the Center on Budget and Policy Priorities, said", ["Jo Park"]),
        ("a professor at the University of San Francisco", []),
        ("the Institute for Rural Schools and Public Affairs", []),
        ("Department of Homeland Security Secretary Kirstjen Nielsen said", ["Kirstjen Nielsen"]),
        ("the Senate for Brett Kavanaugh", []),
        # ... and an organization's or outlet's name the lexicons list is no person's.
        ("According to Human Rights Watch, 40 died", []),
        ("The United Nations refugee agency said", []),
        ("Ann Lee, an editor at the Financial Times, said", ["Ann Lee"]),
        # An auxiliary opening a question is no first name (heldout57 dl9GmfQe26m4TEfs [12]:
        # "Has Obama" made a namesake of the listed Obama, whose statements became named_person);
        # "Will" is a first name.
        ("Has Obama himself ever fired a gun?", ["Obama"]),
        ("Did Trump know?", ["Trump"]),
        ("Will Hurd said no.", ["Will Hurd"]),
    ],
)
def test_person_names(text: str, names: list[str]) -> None:
    assert person_names(text) == names


def test_a_person_the_article_names_goes_on_after_a_body() -> None:
    assert person_names("the Senate for Brett Kavanaugh", {"Brett Kavanaugh": True}) == ["Brett Kavanaugh"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A role word the article gives as a surname is that person alone (heldout20
        # 9qvUs5ADPBHEnihQ [1] "Judge also said"), still a title before a name or after one.
        ("Judge also said he denies the allegations.", ["Judge"]),
        ("Judge Leon said the case failed.", ["Leon"]),
        ("Chief Judge said the case failed.", []),
    ],
)
def test_a_known_surname_that_is_a_role_word(text: str, names: list[str]) -> None:
    assert person_names(text, {"Mark Judge": False, "Judge": False}) == names


@pytest.mark.parametrize(
    ("phrase", "name", "known", "official"),
    [
        ("Defense Secretary Leon E. Panetta", "Leon E. Panetta", {}, True),
        ("former Defense Secretary Leon Panetta", "Leon Panetta", {}, False),
        ("Timothy Hagle, a political scientist", "Timothy Hagle", {}, False),
        ("Shamkhani", "Shamkhani", {"Ali Shamkhani": True}, True),
        # The phrase's own description first: a private role, whatever its modifiers ...
        ("Leah Daughtry, a Democratic strategist in South Carolina", "Leah Daughtry", {"Daughtry": True}, False),
        ("Keynote speaker Arthur Brooks, a Harvard University professor", "Arthur Brooks", {}, False),
        # ... unless the article gives the person an official role elsewhere.
        ("Mr. Muller, a Vietnam veteran", "Muller", {"Muller": True}, True),
        ("Hunter Biden", "Hunter Biden", {"Hunter Biden": False, "Biden": True}, False),
        ("Donald J. Trump", "Donald J. Trump", {"Donald J. Trump": False, "Trump": True}, True),
        # A listed surname alone is the official the list names in full, not a namesake the
        # article names (heldout55 KAKN6y7trmFa5vDh: CNN's Jim Acosta; train SQDw3KWXTl95rhJS:
        # Kenneth Walker) ...
        ("Acosta said", "Acosta", {"Jim Acosta": False, "Acosta": False}, False),
        ("Walker told police", "Walker", {"Kenneth Walker": False, "Walker": False}, False),
        ("Acosta said", "Acosta", {}, True),
        # ... the listed one under a title too (train VYwNNN8fkf9xtjEW, gold named_official).
        ("Trump told MSNBC", "Trump", {"President-elect Donald Trump": False, "Trump": False}, True),
        # A pastor speaks for himself (train2 kaDAfGF5OdI77p3S: keyed Named official out of fold).
        ("Christian pastor Saeed Abedini", "Saeed Abedini", {}, False),
    ],
)
def test_is_official(phrase: str, name: str, known: dict[str, bool], official: bool) -> None:
    assert is_official(phrase, name, known) is official


def test_a_plural_title_is_no_part_of_the_names_it_opens() -> None:
    assert person_names('"It is wrong," said Senators Ted Cruz and Mike Lee.', {}) == ["Ted Cruz", "Mike Lee"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The euro is in trouble, Frankfurter Allgemeine Zeitung reports.", "Frankfurter Allgemeine Zeitung"),
        ("The paper, Die Welt, called for an end to the bailouts.", "Die Welt"),
        ("The lawsuit was filed, the South Florida Sun Sentinel reported.", "South Florida Sun Sentinel"),
    ],
)
def test_german_papers_are_outlets(text: str, outlet: str) -> None:
    """dev9509: "Frankfurter Allgemeine Zeitung reports" was unattributed, "The paper, Die Welt,
    called for" a named person; dev9510: "the South Florida Sun Sentinel reported" unattributed."""
    assert find_outlet(text) == outlet.lower()
