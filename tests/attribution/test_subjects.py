"""Finding the subject a cue's verb points back to: the noun phrase that ends right before it."""

from __future__ import annotations

import pytest

from sourcing.attribution.subjects import subject_before
from sourcing.text.normalize import normalized_view


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Senior officials said the talks had failed.", "said", "Senior officials"),
        # "that" after a preposition or opening the span is a determiner (train, train3) ...
        (
            "Opponents of involving the court in that process argue that it would be harder.",
            "argue",
            "Opponents of involving the court in that process",
        ),
        ("That poll found that 20% of independents agreed.", "found", "That poll"),
        # ... and a clause after a verb ("knew that officials said").
        ("He knew that officials said it was over.", "said", "officials"),
        # A span opening with a preposition or an auxiliary is part of another clause (train).
        ("Bannon has also made comments about Paul Ryan (R-Wis.) on his radio show.", "show", None),
        ("Manafort, who led the campaign, is one of four aides charged in the case.", "charged", None),
        ("Last week, at least five people said the plan would fail.", "said", "at least five people"),
        # A span with a finite auxiliary of its own is a clause, not a noun phrase (train,
        # train2, train3), unless a pronoun ends it; a relative clause may have one.
        (
            "Mueller has put off the sentencing until later this month of two aides charged in the probe.",
            "charged",
            None,
        ),
        ("The loophole is one he says could be eliminated.", "says", "he"),
        ("A man who was at the scene said the police came late.", "said", "A man who was at the scene"),
        # An organization's name, then the role held there, describes the name before it (a
        # probe key of stop 48: "Peter Navarro, White House director of trade policy" was
        # sourced to the appositive alone); not when a name follows the role, a subject of
        # its own.
        ("Sarah Sanders, White House press secretary, said the talks were over.", "said",
         "Sarah Sanders, White House press secretary"),
        ("John Kirby, Pentagon spokesman, said the talks were over.", "said", "John Kirby, Pentagon spokesman"),
        ("Vasily Nebenzya, Russian ambassador to the U.N., said the talks were over.", "said",
         "Vasily Nebenzya, Russian ambassador to the U.N."),
        ("Asked about Tillerson, White House spokeswoman Sarah Sanders said the talks were over.", "said",
         "White House spokeswoman Sarah Sanders"),
        # A reflexive after the name is no part of it (train).
        ("Dawa itself, however, issued a statement.", "issued", "Dawa"),
        # A manner adverb closing it is no part of it, nor the adverbs before that (a probe key
        # of stop 48 named "Trump himself also strongly" as the source).
        ("Trump himself also strongly suggested that the meeting will be there.", "suggested", "Trump"),
        ("The group quite clearly criticized his teaching.", "criticized", "The group"),
        ("Romney bluntly told donors that Obama won unfairly.", "told", "Romney"),
        # Not a word that merely ends in -ly.
        ("Members of the family said the house was empty.", "said", "Members of the family"),
        # A participle's aside may end with a description of its agent (train).
        (
            (
                "A larger poll, released Tuesday by Education Next, a journal published by the"
                " Hoover Institution, found that the term is toxic."
            ),
            "found",
            "A larger poll",
        ),
        # A bracketed party tag inside the subject is no clause mark (train).
        (
            "Sen. David Perdue (R., Ga.), who attended the meeting, said on ABC.",
            "said",
            "Sen. David Perdue (R., Ga.), who attended the meeting",
        ),
        (
            "Senator Tom Cotton, (R., Ark.), who also attended, said he did not hear it.",
            "said",
            "Senator Tom Cotton, (R., Ark.), who also attended",
        ),
        ("Nancy Pelosi (D-Calif.) said the bill would pass.", "said", "Nancy Pelosi (D-Calif.)"),
        # A state between a town's comma and another is where the speaker is from.
        (
            "Steve Bell, an advisor at the Bipartisan Policy Center in Washington, D.C., told CNN.",
            "told",
            "Steve Bell, an advisor at the Bipartisan Policy Center in Washington, D.C.",
        ),
        ("Blasting off from the Caspian Sea, Russia says its missiles hit.", "says", "Russia"),
        ("The talks failed, officials also said on Monday.", "said", "officials"),
        (
            "Daryl Kimball, executive director of the group, said it was late.",
            "said",
            "Daryl Kimball, executive director of the group",
        ),
        (
            "He met Defense Minister Ali Shamkhani, who said it was late.",
            "said",
            "Defense Minister Ali Shamkhani",
        ),
        # After a person described by a post at an organization, "who" is the person, not the
        # organization's acronym (heldout37 GhzMQhEiIwETEXgZ [15]: the source was "WoLF").
        (
            "Kara Dansky is an attorney with Women's Liberation Front, or WoLF, who testified in support the bill.",
            "testified",
            "Kara Dansky",
        ),
        ("The reports that were said to be false.", "said", None),
        # A party and state tag describes the name before it (train2: "R-Wyo." was the source).
        ("Sen. John Barrasso, R-Wyo., said the bill failed.", "said", "Sen. John Barrasso, R-Wyo."),
        ("Sen. Joe Manchin, D-West Virginia, told CNN.", "told", "Sen. Joe Manchin, D-West Virginia"),
        # A mixed-case abbreviation in brackets tags the name before it (train).
        (
            "Earlier Sunday, U.S. Central Command (CentCom) said it had struck.",
            "said",
            "U.S. Central Command (CentCom)",
        ),
        ("Leader Mitch McConnell (R-KY) said it.", "said", "Leader Mitch McConnell (R-KY)"),
        ("The group (which I like) said it.", "said", None),
        # A counted group right before the verb is its subject (train2), but an appositive
        # missing its closing comma still describes the name (train3).
        ("Nielsen, one person said, tried to explain.", "said", "one person"),
        ("Sean Downey, a Democratic operative said.", "said", "Sean Downey, a Democratic operative"),
        # A date opening the sentence is no name taking an appositive.
        ("On Friday, a White House spokesman told CNN.", "told", "a White House spokesman"),
        # Analyzer misses on a fresh reading set (issue 12): a name joined to a group is one
        # subject; a dateline's dash is no part of it; a long title run still takes an appositive.
        ("Trump and other top officials initially said it.", "said", "Trump and other top officials"),
        (
            "DAVOS (Reuters) - U.S. President Donald Trump on Wednesday said it.",
            "said",
            "U.S. President Donald Trump",
        ),
        (
            (
                "U.S. Air Force Major General Alex Grynkewich, deputy commander of the coalition"
                " fighting Islamic State in Iraq and Syria, added that it was late."
            ),
            "added",
            (
                "U.S. Air Force Major General Alex Grynkewich, deputy commander of the coalition"
                " fighting Islamic State in Iraq and Syria"
            ),
        ),
        ("Protests grew and officials said it.", "said", "officials"),
        # A subject that names no one names no source (train 9i3AWEx4M53c9eSI, train2
        # nZYYbhqp83CR22VI: "None of the charges ..." and "No group" were sources).
        ("No group immediately claimed responsibility for it.", "claimed", None),
        ("None of the charges Manafort faces alleges coordination.", "alleges", None),
        # A group joined to a name, and a possessive appositive, are part of the subject
        # (train2); a sentence adverb is no name taking one.
        (
            "Rep. Frank Wolf, R-Va., and other lawmakers expressed disappointment.",
            "expressed",
            "Rep. Frank Wolf, R-Va., and other lawmakers",
        ),
        ("The talks failed, and other officials said so.", "said", "other officials"),
        (
            '"It is open," Kellyanne Conway, Trump\'s former campaign manager, told The Hill.',
            "told",
            "Kellyanne Conway, Trump's former campaign manager",
        ),
        ("Specifically, Steele's sources said that it was late.", "said", "Steele's sources"),
        # A participle clause without its comma is no part of the pronoun after it (Guardian
        # g7Zb6HynfCQPUG1C [3], issue 12: "Speaking on condition of anonymity he" was a person).
        ("Speaking on condition of anonymity he said it was late.", "said", "he"),
        ("Asked about the talks they said it was late.", "said", "they"),
        ("Smith and he said it was late.", "said", "Smith and he"),
        # After "what" or "which", "he", "she" or "it" is the verb's subject (train2
        # z1l9Rhj6Tpe5nkQN); "they" stays in its clause, as it as often means people no one names.
        ("The company held a briefing, at which it said it had new tools:", "said", "it"),
        ("They include what it said were:", "said", "it"),
        ("Donors want to continue what they called a fight.", "called", "Donors want to continue what they"),
        # A date opening the sentence without its comma is no part of the subject (the
        # Guardian's [2] source read "On Tuesday an unnamed senior ... official").
        ("On Tuesday an unnamed senior official told AP it was late.", "told",
         "an unnamed senior official"),
        ("In January the U.S. State Department urged caution.", "urged", "the U.S. State Department"),
        # An appositive opening with a possessive name of several words (train: "Local 229's
        # attorney" was the subject, an unknown phrase).
        ("David Rosenfeld, Local 229's attorney, told Bloomberg Law.", "told",
         "David Rosenfeld, Local 229's attorney"),
        # A present participle's aside between the subject and the verb is no subject (train2:
        # "wrapping up two days of talks ..." was an unnamed source).
        ("The president, speaking before he departs the summit, said it was late.", "said",
         "The president"),
        # ... also when it ends in a town and its state's abbreviation (train uUyDoRzLpdlN8eAb:
        # "Mass." was the subject).
        ("President Obama, speaking at Martha's Vineyard, Mass., praised the choice.", "praised",
         "President Obama"),
        # An aside opened by "as part of", "in response to" is no subject (heldout22
        # 3QXho2w41d26OfrH [0]: "some members of the Sackler family" was the source).
        ("The attorney general's office, as part of a case against the firm and its owners, said so.",
         "said", "The attorney general's office"),
        ("James, in response to the proposed settlement, told reporters so.", "told", "James"),
        # A contracted 'would' or 'will' is no part of the pronoun (train2: "he'd" was no source).
        ("She could survive it, he'd say.", "say", "he"),
        ("It will pass, they\u2019ll say.", "say", "they"),
        # A party tag and the state after it describe the name (train: "of Texas" was the subject).
        ("Later, committee member Kenny Marchant (R) of Texas told Politico.", "told",
         "committee member Kenny Marchant (R) of Texas"),
        # Two roles of one person under one determiner (heldout7 3BwUSJGyEsom5oIN [5]); a
        # clause before them still ends before them (train3 WvRlbhrzrOaJ0Jya [0]).
        ("The former Utah governor and ambassador to China also said he had questions.", "said",
         "The former Utah governor and ambassador to China"),
        ("Supporters booed when the Vermont lawmaker and former contender told them so.", "told",
         "the Vermont lawmaker and former contender"),
        ("The storm passed and officials said the roads were open.", "said", "officials"),
        # "and other" with a plural of things lists things, it opens no clause (heldout41
        # ndVjXs7wqVALvN8W [10] was cut to "other areas ..."); people after it ("and other
        # officials") or a pronoun ending the span ("restrictions he said") still do.
        (("The general in charge of effort to recapture Ramadi and other areas in Anbar province "
          "said the lines held."), "said",
         "The general in charge of effort to recapture Ramadi and other areas in Anbar province"),
        ("Studies by the Kaiser Family Foundation and other groups said so.", "said",
         "Studies by the Kaiser Family Foundation and other groups"),
        ("The vote failed and other officials said the plan was dead.", "said", "other officials"),
        # A party and state tag joined to a role describes the name before it (train
        # O7zCV1OpbwA5isvb "Rep. John Moolenaar, Michigan Republican and one of the hosts of the
        # breakfast, told" was the tag and role alone, an unnamed source).
        ("Rep. John Moolenaar, Michigan Republican and one of the hosts, told him so.", "told",
         "Rep. John Moolenaar, Michigan Republican and one of the hosts"),
        ("He recited poll taxes and other restrictions he said were unfair.", "said",
         "other restrictions he"),
        # One of those who spoke is the speaker (heldout7 0TjP5bPF2NtZkNaN [12]).
        ("Mr. Klein was among several supporters who questioned why the move would take years.",
         "questioned", "Mr. Klein"),
        ("She is one of the lawmakers who called for a vote.", "called", "She"),
        # A channel is skipped only after its preposition: a bare "Twitter" is the subject
        # (heldout9 ahNtF7yUJ77DlSdU [17]).
        ("The label applies to all candidates, Twitter noted in a blog post.", "noted", "Twitter"),
        ("The rule is new, Facebook said.", "said", "Facebook"),
        # A role and a name right before the verb, with no comma to close an appositive, is the
        # subject, not a description of the last name of a list (heldout17 yfWjwGVotEVYIieR [8]).
        (("The rule covers nationals of Chad, Peru, Laos and Nepal, acting Secretary of Labor Dana "
          "Reyes said on Friday."), "said", "acting Secretary of Labor Dana Reyes"),
        ("It covers Chad, Peru, Laos, acting Secretary Dana Reyes said.", "said",
         "acting Secretary Dana Reyes"),
        ("Dana Reyes, a lawyer for the city, said the rule is new.", "said",
         "Dana Reyes, a lawyer for the city"),
        # ... but one opening with a determiner is an appositive whose comma is missing (train3).
        ("Dana Reyes, an attorney for Acme Corp said the rule is new.", "said",
         "Dana Reyes, an attorney for Acme Corp"),
        # A party tag in brackets with a comma right before the verb is no clause mark
        # (heldout17 UcBiQia9Z6NVurIp [2]: the subject was "N.Y.)").
        ("Senate Minority Leader Chuck Roe (D., N.Y.) agreed.", "agreed",
         "Senate Minority Leader Chuck Roe (D., N.Y.)"),
        ("Sen. Dan Moore (R., Ga.) said it was late.", "said", "Sen. Dan Moore (R., Ga.)"),
        ("Rep. Ann Lee (D-Calif.) said it was late.", "said", "Rep. Ann Lee (D-Calif.)"),
        # ... and so is an abbreviation in brackets that closes an appositive, its comma after it
        # (the subject was cut to nothing, and a quotation before took the sentence over).
        ("Ann Lee, president of the Service Workers Union (SWU), claimed it was late.", "claimed",
         "Ann Lee, president of the Service Workers Union (SWU)"),
        ("Officials on Twitter said the rule is new.", "said", "Officials"),
        ("The mayor on Monday said the rule is new.", "said", "The mayor"),
        ("The mayor Monday said the rule is new.", "said", "The mayor"),
        # The article's judgement of the claim is no part of the source (heldout9
        # ahNtF7yUJ77DlSdU [4]).
        ("Zhao falsely stated in a tweet that he was arrested.", "stated", "Zhao"),
        ("The senator wrongly claimed the bill had passed.", "claimed", "The senator"),
        # An outlet's reporting verb without "that" before a name leads into that name's
        # clause (train3 PLXbiTQLFTrjcE8t [3] was "Townhall.com reports Zhu").
        ("Politico reports Reyes argued that the levy is unfair.", "argued", "Reyes"),
        ("The Ledger reported Mayor Dana Reyes said it was late.", "said", "Mayor Dana Reyes"),
        # A quoted description of unnamed speakers opening the sentence is the subject, no
        # quotation the verb closes (heldout27 mgfgdMIamdCB8Jye [2]); words in someone's own
        # voice are none.
        ('"Two officials familiar with the memo\'s contents" reportedly told ABC it was late.', "told",
         "Two officials familiar with the memo\'s contents"),
        ('"Senior administration officials" told the paper it was late.', "told",
         "Senior administration officials"),
        ('"We trust the officials" told the paper nothing.', "told", None),
        # An organization and a person joined by "and" after a clause's comma are one subject,
        # both its sources, as at the sentence's start: "the NRA" was dropped for its lower-case
        # "the", which JOINED_NAME did not take.
        ("The law would fail, the NRA and Wayne LaPierre said.", "said", "the NRA and Wayne LaPierre"),
        ("In a statement, the ACLU and the NRA said it would fail.", "said", "the ACLU and the NRA"),
        # ... not a clause whose "and" joins a verb phrase to the subject.
        ("The Fed raised rates, the bank cut jobs and Powell said it.", "said", "Powell"),
    ],
)
def test_subject_before(text: str, verb: str, subject: str | None) -> None:
    span = subject_before(text, text.index(verb))
    assert (text[span.start : span.end] if span else None) == subject


# The subject of "said" where an "and" or a list's commas stand inside it (issue 12, gold).
SAID_BY = {
    # Two groups of people joined by "and" are one subject (train tnjh1TV0Z9tp51xW); a clause
    # before the "and" still is no part of it.
    "Other analysts and former officials have said it.": "Other analysts and former officials",
    "Some Democratic lawmakers and aides said it.": "Some Democratic lawmakers and aides",
    "The police arrested protesters and officials said it.": "officials",
    # ... after the sentence's conjunction too, which stays out (NPR ATwfI1vwY28TlAvy, "But
    # environmentalists and the president say" was cut to "the president", a coordinated
    # clause, and carried the previous sentence's source).
    "But environmentalists and the president said it.": "environmentalists and the president",
    "Yet local residents and the mayor said it.": "local residents and the mayor",
    "But the police arrested protesters and officials said it.": "officials",
    # A list inside a name's appositive is the appositive's (train qELRdM0wxyoklWNj was "corn
    # and soybeans"); a list before a plain subject is no appositive.
    "Blake Erwin, a farmer who raises cattle, corn and soybeans in Dixon, Nebraska, said it.": (
        "Blake Erwin, a farmer who raises cattle, corn and soybeans in Dixon, Nebraska"
    ),
    "Jane Doe, who grows wheat, corn, beans and rice, said it.": "Jane Doe, who grows wheat, corn, beans and rice",
    "Prices of wheat, corn and soybeans fell, traders said it.": "traders",
    # A list of people's names is the subject whole (heldout47 CBN izG3mMR4mmhWZd8G [9] was
    # "Ted Cruz and Donald Trump"), past a dash or from a plural title; an adverb before two
    # names stays out.
    "Some of the candidates--Jeb Bush, Ted Cruz and Donald Trump said it.": "Jeb Bush, Ted Cruz and Donald Trump",
    "GOP Sens. Ted Cruz, Ron Johnson, Mike Lee and Rand Paul said it.": (
        "Sens. Ted Cruz, Ron Johnson, Mike Lee and Rand Paul"
    ),
    "Tom Frieden, Jeffrey Koplan and Richard Besser said it.": "Tom Frieden, Jeffrey Koplan and Richard Besser",
    "Originally, Jeb Bush and Ted Cruz said it.": "Jeb Bush and Ted Cruz",
    # A sentence adverb with no comma stays out too (corpus 8Bc6K4RvQvBgfdkz [110] was "Then
    # Scalise"); a hyphened title keeps its first word.
    "Then Scalise said it.": "Scalise",
    "Meanwhile the agency said it.": "the agency",
    "Still others said it.": "others",
    "Then-Senator Obama said it.": "Then-Senator Obama",
    "NBC cut the video, and then Chuck Todd said it.": "Chuck Todd",
    # A group opened by a descriptor joined to another (heldout69 prTCsvpc6o6iqImU [17] was "analysts").
    "Western counterterrorism officials and analysts said it.": "Western counterterrorism officials and analysts",
    "Iran arrested officials and analysts said it.": "analysts",
}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "who" after a name and its description is the person's, description and all (corpus
        # A0SFvUT7qrXBBIgl [48] was "of the Foreign Relations Committee").
        ("The exception is Sen. Bob Corker, the Republican chairman of the Foreign Relations Committee, "
         "who criticized Trump.", "Sen. Bob Corker, the Republican chairman of the Foreign Relations Committee"),
        ("He met Defense Minister Ann Lee, who criticized Trump.", "Defense Minister Ann Lee"),
    ],
)
def test_a_relative_after_a_described_name(text: str, subject: str) -> None:
    span = subject_before(text, text.index(" criticized") + 1)
    assert span is not None and text[span.start : span.end] == subject


@pytest.mark.parametrize(("text", "subject"), SAID_BY.items())
def test_subject_of_said(text: str, subject: str) -> None:
    span = subject_before(text, text.index(" said") + 1)
    assert span is not None and text[span.start : span.end] == subject


# "A Massachusetts official who worked for him described him as ...": a "who" clause inside the
# subject may end in an object pronoun (dev9508 0JwnV3T1BSYdUIxV [11] was unattributed); an
# object pronoun after a verb of the main clause is still no subject's end.
@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("A Massachusetts official who worked for him described him as authentic.", "described",
         "A Massachusetts official who worked for him"),
        ("An aide who met them said the talks went well.", "said", "An aide who met them"),
        ("The plan that was shown to them said nothing.", "said", None),
    ],
)
def test_a_relative_clause_ending_in_an_object_pronoun(text: str, verb: str, subject: str | None) -> None:
    span = subject_before(text, text.index(f" {verb}") + 1)
    assert (text[span.start : span.end] if span else None) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tori Smith, a trade economist with the Heritage Foundation, a conservative think tank, said the details "
         "will matter.", "Tori Smith, a trade economist with the Heritage Foundation, a conservative think tank"),
        ("Phil Levy, a former official who is now chief economist of Flexport, a company that arranges trade, "
         "said it.", "Phil Levy, a former official who is now chief economist of Flexport, a company that arranges trade"),
    ],
)
def test_stacked_appositives_stay_with_the_name(text: str, subject: str | None) -> None:
    span = subject_before(text, text.index(" said") + 1)
    assert (text[span.start : span.end] if span else None) == subject


# A participle's aside about a record's making ("The policy, signed by Homan, says": dev9509
# jKDFBc3TsvuKXPkF [13]) and an aside between dashes that opens with no article ("ICE — in a
# not-so-subtle jab at sanctuary cities— said": [14]) are no part of the subject; an appositive
# between dashes stays, since it types the subject.
@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("The policy, signed by Homan, says agents should avoid courts.", "says", "The policy"),
        ("ICE — in a not-so-subtle jab at sanctuary cities— said it was needed.", "said", "ICE"),
        ("Smith -- in a statement -- said it.", "said", "Smith"),
        ("Michael Cohen - before he cited the Fifth Amendment in court - insisted that he paid.", "insisted",
         "Michael Cohen"),
        ("Current and former State employees — many of whom worked with or for Hook — complain he ignores them.",
         "complain", "Current and former State employees"),
        ("Smith -- a well-known critic -- said it.", "said", "Smith -- a well-known critic --"),
    ],
)
def test_asides_before_the_verb(text: str, verb: str, subject: str) -> None:
    normalized = normalized_view(text)
    span = subject_before(normalized, normalized.index(f" {verb}") + 1)
    assert span is not None and normalized[span.start : span.end] == normalized_view(subject)
