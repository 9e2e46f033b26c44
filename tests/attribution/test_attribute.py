"""Statement types for the hard cases of GUIDELINES.md, with the rules alone."""

from __future__ import annotations

import pytest

from sourcing.attribution.anonymity import mark_anonymity_reasons
from sourcing.attribution.attribute import attribute_statements
from sourcing.pipeline import analyze
from sourcing.records import Document, SourceType, Span, Statement
from sourcing.settings import DEFAULT_SETTINGS
from sourcing.text.body import body_regions
from sourcing.text.segment import split_sentences

T = SourceType


def types_of(text: str, outlet: str | None = None) -> list[SourceType]:
    return [s.type for s in statements_of(text, outlet)]


def statements_of(text: str, outlet: str | None = None) -> list[Statement]:
    document = Document(text=text, outlet=outlet)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    return attribute_statements(document, sentences, DEFAULT_SETTINGS)


def relays_of(text: str) -> list[tuple[SourceType, str | None, str | None]]:
    """Each statement's type, source and via (rule 1)."""
    return [(s.type, s.source, s.via) for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 1: a chain takes the relayed source's type.
        (
            "Reuters quoted another official as saying, \u201cThings went smoothly.\u201d",
            [T.UNNAMED_SOURCE],
        ),
        (
            "Citing unnamed sources, Reuters reported that the goal was to break the deadlock.",
            [T.UNNAMED_SOURCE],
        ),
        ("Al-Kuwaityah newspaper reported that the meeting took place.", [T.CITED_OUTLET]),
        # A named speaker citing a case or a record makes the point (rule 7; train3
        # Oax5jmMUBWWroGRh [2]: the case was taken as the source); an outlet citing relays.
        (
            (
                "Citing Alfred L. Snapp & Son, Inc. v. Puerto Rico, Attorney General Eric "
                "Schmitt pointed out the legitimacy of his lawsuit."
            ),
            [T.NAMED_OFFICIAL],
        ),
        ("Citing court records, the newspaper said he was arrested twice.", [T.DOCUMENT]),
        # Rule 2: pronouns and definite descriptions take their antecedent's type.
        (
            (
                "\u201cWe want them to leave,\u201d said a senior Iranian official, who asked not to be named.\n\n"
                "He added: \u201cIran is ready to work with Iraq.\u201d"
            ),
            [T.UNNAMED_SOURCE, T.UNNAMED_SOURCE],
        ),
        (
            (
                "US Secretary of State Mike Pompeo said on Tuesday the mission was not peaceful.\n\n"
                "\u201cWe know that wasn\u2019t true,\u201d he added."
            ),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
        # Rule 3: carry-over inside a quotation, not into plain narration.
        (
            (
                "Ambassador Ryan Crocker told reporters that talks were useful. He added: \u201cWe want the "
                "Americans to leave the region. If there is chaos, they will stay.\u201d"
            ),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
        (
            "A Western official said that Tehran wanted calm. The general was killed in January.",
            [T.UNNAMED_SOURCE, T.UNATTRIBUTED],
        ),
        # Rule 4: impersonal hedges.
        ("Iran was understood to have sent the letter.", [T.UNNAMED_SOURCE]),
        # Rule 5: the receiving outlet is not a source.
        (
            "Informed Iraqi sources told Asharq Al-Awsat that Hussein relayed the threat.",
            [T.UNNAMED_SOURCE],
        ),
        ("Defense Secretary Mark Esper told CNN that the strike was lawful.", [T.NAMED_OFFICIAL]),
        # Rule 7: refusals are actions, not statements of content.
        ("The ministry declined to comment on the report.", [T.UNATTRIBUTED]),
        # Rule 8: a sentence about the sourcing itself.
        ("The officials spoke on condition of anonymity.", [T.UNATTRIBUTED]),
        # Rule 10: the publisher's own reporting.
        ("Fox News has confirmed that the plan was dropped.", [T.UNATTRIBUTED]),
        # Named people, organizations and records.
        ("John Smith, a shopkeeper in Basra, said prices had doubled.", [T.NAMED_PERSON]),
        ("The US Embassy in Iraq has denied reports of a secret meeting.", [T.NAMED_ORGANIZATION]),
        ("Court records show that the firm was fined twice.", [T.DOCUMENT]),
        # A closing inverted cue gives the sentence before it, whatever verb that sentence has
        # (train2: "The recommendations add to ..." was the board's, with no antecedent).
        (
            (
                "The recommendations of the board add to the growing chorus calling for an end "
                "to the program, said Sen. Patrick Leahy, D-Vermont."
            ),
            [T.NAMED_OFFICIAL],
        ),
        # A person's comment clause with a verb that otherwise only a record takes (train2:
        # "Thus, he concluded, ..." was unattributed); the verb with an object is an action.
        (
            (
                "Facebook chief executive Mark Zuckerberg said the feed would change. Thus, he "
                "concluded, Facebook should favor trusted content. He concluded the deal on Monday."
            ),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.UNATTRIBUTED],
        ),
        # 'state' before an official's role is the adjective, no inverted verb (corpus Politico
        # lUK4A6: the list of endorsers was typed as Sen. Jose Menendez's statement).
        (
            (
                "Biden's team announced the support of former Mayor Phil Hardberger, state Sen. "
                "Jose Menendez and state Reps. Rhetta Bowers and Garnet Coleman."
            ),
            [T.NAMED_ORGANIZATION],
        ),
        # "He also ..." goes on for a person, not for the team before it (the same article).
        (
            (
                "Biden's team announced the support of Sen. Jose Menendez. He also boasts "
                "support from Texas Reps. Eddie Bernice Johnson and Marc Veasey."
            ),
            [T.NAMED_ORGANIZATION, T.UNATTRIBUTED],
        ),
        # A name opening with initials (train2: "H.R. McMaster" was no source).
        (
            (
                "\u201cThis is an issue between the world and North Korea,\u201d Trump\u2019s "
                "national security adviser, H.R. McMaster, said on Friday."
            ),
            [T.NAMED_OFFICIAL],
        ),
        (
            "The top general was killed by an American drone strike near Baghdad airport in January.",
            [T.UNATTRIBUTED],
        ),
    ],
)
def test_guideline_cases(text: str, expected: list[SourceType]) -> None:
    outlet = "Fox News" if text.startswith("Fox News") else None
    assert types_of(text, outlet) == expected


def test_relay_records_via_and_anonymity_reason() -> None:
    text = (
        "Reuters reported that the talks had stalled, according to a senior official who asked "
        "not to be named."
    )
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    (statement,) = mark_anonymity_reasons(
        attribute_statements(document, sentences, DEFAULT_SETTINGS)
    )
    assert statement.type is T.UNNAMED_SOURCE
    assert statement.via == "Reuters"
    assert statement.anonymity_reason is True


def test_a_transcript_speaker_label_names_the_speaker() -> None:
    """'Cruz: "..."' and "O'BRIAN: ..." (train2), but not "WASHINGTON:" or "Update:"."""
    text = (
        "Kate O'Brian spoke on Monday. Sen. Ted Cruz spoke too.\n\n"
        "Cruz: \"Well, great, then we're agreed on that.\"\n\n"
        "KATE O'BRIAN: We live here.\n\nWASHINGTON: The vote failed.\n\nUpdate: The vote failed."
    )
    assert typed_sources(text)[2:] == [
        (T.NAMED_OFFICIAL, "Cruz"),
        (T.NAMED_PERSON, "KATE O'BRIAN"),
        (T.UNATTRIBUTED, None),
        (T.UNATTRIBUTED, None),
    ]


def test_an_outlet_quoting_a_source_relays_it() -> None:
    """Rule 1 without "as saying": "NBC quoted an anonymous source ... who called ..." (train2)."""
    text = "NBC quoted an anonymous source in the state who called the phone line \u201ca disaster.\u201d"
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    (statement,) = attribute_statements(document, sentences, DEFAULT_SETTINGS)
    assert (statement.type, statement.via) == (T.UNNAMED_SOURCE, "NBC")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout66 VV0BkYA9B2Jeb9W0 [4]: a plain passive, the outlet after the verb (rule 1).
        ("Trump wants $8 billion, acting White House Chief of Staff Mick Mulvaney was quoted as saying in Politico.",
         (T.NAMED_OFFICIAL, "acting White House Chief of Staff Mick Mulvaney", "Politico")),
        ("Mick Mulvaney was quoted saying that Trump wants $8 billion.", (T.NAMED_OFFICIAL, "Mick Mulvaney", None)),
        ("The officials were quoted as saying the plan failed.", (T.UNNAMED_SOURCE, "The officials", None)),
        # corpus yldtgl6kHozzWkw9 [14]: "Locals" is a plural of people, no name (unnamed_heads.txt).
        ("Locals are quoted as saying that followers of Sufism gathered there.", (T.UNNAMED_SOURCE, "Locals", None)),
    ],
)
def test_a_subject_quoted_as_saying_speaks(text: str, expected: tuple[T, str, str | None]) -> None:
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    (statement,) = attribute_statements(document, sentences, DEFAULT_SETTINGS)
    assert (statement.type, statement.source, statement.via) == expected


def test_spans_slice_the_original() -> None:
    text = "\u201cIt was \u2018friendly\u2019,\u201d\u00a0said a senior official.\r\n\r\nHe added that talks would go on."
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    for statement in attribute_statements(document, sentences, DEFAULT_SETTINGS):
        assert text[statement.span.start : statement.span.end] == statement.text
        if statement.source_span:
            assert text[statement.source_span.start : statement.source_span.end] == statement.source


def test_an_organization_relaying_an_unnamed_source_is_a_chain() -> None:
    """Rule 1: "..., according to" an organization does not replace the unnamed speaker."""
    text = "\u201cI went,\u201d said one marcher, according to the Pride Committee."
    assert types_of(text) == [T.UNNAMED_SOURCE]


def typed_sources(text: str) -> list[tuple[SourceType, str | None]]:
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    return [(s.type, s.source) for s in attribute_statements(document, sentences, DEFAULT_SETTINGS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" with no attributed antecedent: the organization opening a recent sentence (train2).
        (
            ("Saudi Arabia has changed its account of what happened.\n\n"
            "When he first disappeared, it said Khashoggi had walked out of the building alive."),
            [(T.UNATTRIBUTED, None), (T.NAMED_ORGANIZATION, "Saudi Arabia")],
        ),
        # ... and none: "it" is no source ("it shows the weakness of the military").
        (
            "This matters beyond Ramadi: it shows the weakness of the Iraqi military.",
            [(T.UNATTRIBUTED, None)],
        ),
        # "He" with no name anywhere before it is no identifiable source, not "named person: he".
        ("\u201cI think everybody wanted peace,\u201d he said.", [(T.UNATTRIBUTED, None)]),
        # The name may stand earlier in the same sentence (train dRP8pg9ecFwOOdcR).
        (
            ("Dossier author Christopher Steele will not cooperate with the inquiry, telling an "
            "audience at Oxford University that he believes investigators acted in bad faith."),
            [(T.NAMED_PERSON, "Christopher Steele")],
        ),
        # Rule 6: a role named later takes the name as its source, so the record names someone.
        (
            ("The minister said the strikes would go on.\n\n"
            "Israel has struck Syria before. Defense Minister Moshe Yaalon has said so often."),
            [(T.NAMED_OFFICIAL, "Moshe Yaalon"), (T.UNATTRIBUTED, None),
             (T.NAMED_OFFICIAL, "Defense Minister Moshe Yaalon")],
        ),
        # ... but only an official role: "the woman" near the governor's name is not the governor.
        (
            ("The woman described to the committee what happened.\n\n"
            "The woman said Gov. Eric Greitens had threatened her."),
            [(T.UNNAMED_SOURCE, "The woman"), (T.UNNAMED_SOURCE, "The woman")],
        ),
        # "The woman" refers to no official named before her (train2: not Gov. Greitens).
        (
            ("Gov. Eric Greitens denied the account.\n\n"
            "\u201cI didn't want this,\u201d the woman told KSDK."),
            [(T.NAMED_OFFICIAL, "Gov. Eric Greitens"), (T.UNNAMED_SOURCE, "the woman")],
        ),
        # A grant of anonymity says the text does not name its person (rule 6): "the official"
        # is not the Netanyahu of "the Netanyahu government" (CSM kvL7qKHXjBSVYXBk [8]), nor
        # Trump before an official "who asked not to be named" (anon corpus KDu1vQLhkvg9lvei).
        (
            ("Haaretz said the Netanyahu government had informed Mr. Assad.\n\n"
            "\"It's pretty clear what the message is,\" the official told Reuters on condition of "
            "anonymity."),
            [(T.CITED_OUTLET, "Haaretz"), (T.UNNAMED_SOURCE, "the official")],
        ),
        (
            ("President Trump ordered the strike on Friday.\n\n"
            "\"It is probably illegal,\" said the official, who asked not to be named."),
            [(T.UNATTRIBUTED, None), (T.UNNAMED_SOURCE, "the official, who asked not to be named")],
        ),
        # The issue's typical failures (train2).
        ("Still, a Trump NSC official told Politico the plan was of little value.",
         [(T.UNNAMED_SOURCE, "a Trump NSC official")]),
        ("On Friday, a White House spokesman told CNN \u201cno changes are going to be made.\u201d",
         [(T.UNNAMED_SOURCE, "a White House spokesman")]),
        ("Some U.S. officials suspect that the hack is part of a Russian campaign.",
         [(T.UNNAMED_SOURCE, "Some U.S. officials")]),
        ("Police arrested two suspected militants.", [(T.UNATTRIBUTED, None)]),
        # A poll is the subject of "found", "shows" (train2 named_organization -> unattributed).
        ("A January Gallup poll found that support ran far higher.",
         [(T.NAMED_ORGANIZATION, "A January Gallup poll")]),
        ("A poll by the Detroit News, for instance, showed that Biden led.",
         [(T.NAMED_ORGANIZATION, "A poll by the Detroit News")]),
        ("IRS data, though, shows that the rate is higher.", [(T.NAMED_ORGANIZATION, "IRS data")]),
        # An outlet's poll is the pollster's, and the shares that follow are its results.
        (("Voters are split, a new Wall Street Journal/NBC News poll finds. "
         "Some 53% of Americans said they approve."),
         [(T.NAMED_ORGANIZATION, "a new Wall Street Journal/NBC News poll"),
          (T.NAMED_ORGANIZATION, "a new Wall Street Journal/NBC News poll")]),
        # ... and figures "in the survey" name it where they stand, as the gold writes it.
        (("Voters are split, a new Wall Street Journal/NBC News poll finds. "
         "Some 53% of Americans in the survey said they approve."),
         [(T.NAMED_ORGANIZATION, "a new Wall Street Journal/NBC News poll"),
          (T.NAMED_ORGANIZATION, "the survey")]),
        # A poll's results told over sentences with no cue keep the poll (rule 3) ...
        (("A new Wall Street Journal/NBC News poll found that 53% back removal. "
          "Among Democrats, support rose to 88%. Independents split 43% to 46%."),
         [(T.NAMED_ORGANIZATION, "A new Wall Street Journal/NBC News poll")] * 3),
        # ... but not its method, nor figures long after it, nor a quotation's figures.
        (("A Gallup poll found that 45% agree. The margin of error is plus or minus 3 percentage "
          "points. Turnout was low. Prices rose. Rents rose. Wages fell 2 percent."),
         [(T.NAMED_ORGANIZATION, "A Gallup poll")] + [(T.UNATTRIBUTED, None)] * 5),
        # A finding with no figure that opens on the poll's word goes on right after it (train
        # jDEhhIgw3DcIQIWD, mqkmRWVdk3lAaVSD) ...
        (("A larger poll, released Tuesday by Education Next, found that 53 percent backed them. "
          "Opposition was particularly high among GOP voters."),
         [(T.NAMED_ORGANIZATION, "A larger poll")] * 2),
        # ... not the writer's comment that has the word further in, nor a sentence after another.
        (("A new Gallup poll found that 53 percent backed them. "
          "While sinking favorability ratings are common, the decline is telling."),
         [(T.NAMED_ORGANIZATION, "A new Gallup poll"), (T.UNATTRIBUTED, None)]),
        (("A new Gallup poll found that 53 percent backed them. The vote is Tuesday. "
          "Support for the plan rose."),
         [(T.NAMED_ORGANIZATION, "A new Gallup poll")] + [(T.UNATTRIBUTED, None)] * 2),
        # Asides between a source and its verb: an acronym, "now", a participle, "is reporting".
        ("The Israel Defence Forces (IDF) said that 20 rockets had been launched.",
         [(T.NAMED_ORGANIZATION, "The Israel Defence Forces (IDF)")]),
        ("Russia now says the other crew member has been rescued.",
         [(T.NAMED_ORGANIZATION, "Russia")]),
        ("The 46th annual PDK/Gallup poll, released Wednesday, found that 80 percent had heard of it.",
         [(T.NAMED_ORGANIZATION, "The 46th annual PDK/Gallup poll")]),
        ("CNN is also reporting that the attackers were two men.", [(T.CITED_OUTLET, "CNN")]),
        ("The paper kept reporting on the story.", [(T.UNATTRIBUTED, None)]),
        ("The probe found that the cadets meant no harm.", [(T.DOCUMENT, "The probe")]),
        # A name described as an organization is one; "and" inside an institution's name.
        ("Netblocks, a civil society group that tracks outages, said usage dropped.",
         [(T.NAMED_ORGANIZATION, "Netblocks, a civil society group that tracks outages")]),
        # ... or as the organization (heldout10 k3H67NNhHuuohGPg [0] was a person, "Dyn");
        # not a role of one ("the Ministry of Interior spokesman", train2).
        ("An attack hit the sites, Dyn, the company that manages the servers, said Friday.",
         [(T.NAMED_ORGANIZATION, "Dyn, the company that manages the servers")]),
        ("Nasrat Rahimi, the Ministry of Interior spokesman, said the attack began at dawn.",
         [(T.NAMED_OFFICIAL, "Nasrat Rahimi, the Ministry of Interior spokesman")]),
        ("Iran will not yield, said Seyed Mostafa Zeynoddin, an adviser to the committee.",
         [(T.NAMED_OFFICIAL, "Seyed Mostafa Zeynoddin, an adviser to the committee")]),
        ("The first case has been confirmed, the Centers for Disease Control and Prevention announced.",
         [(T.NAMED_ORGANIZATION, "the Centers for Disease Control and Prevention")]),
        ("But the survey, released Monday by Gallup, indicates a partisan divide, with many split.",
         [(T.NAMED_ORGANIZATION, "the survey")]),
        # "..., according to" a record or an organization is where the content comes from ...
        ("The witness told investigators that he understood the plan, according to court papers.",
         [(T.DOCUMENT, "court papers")]),
        ("Two of every three swing voters say the plan should wait, according to the new poll.",
         [(T.NAMED_ORGANIZATION, "the new poll")]),
        # A record's content told with a verb of content (listed, refers to) is the record's
        # ... but the same verbs after another subject are actions.
        ("An internal memo from the inspector general listed eight examples of wrongdoing.",
         [(T.DOCUMENT, "An internal memo from the inspector general")]),
        ("The other indictment refers to internal emails describing a plot.",
         [(T.DOCUMENT, "The other indictment")]),
        ("The team included two doctors and a nurse.", [(T.UNATTRIBUTED, None)]),
        # A book the article named, cited as "the book", tells the book's account, as "the memo"
        # does (heldout28 1mJ5AuXhtsSARXEK [4]).
        (("Justice Neil Gorsuch says in his first book that civility is in crisis. "
          "The book describes how a neighbor drove them down a bumpy farm track."),
         [(T.NAMED_OFFICIAL, "Justice Neil Gorsuch"), (T.DOCUMENT, "The book")]),
        # The subject of a passive is not the speaker.
        ("The court was asked to decide whether the map was drawn by race.",
         [(T.UNATTRIBUTED, None)]),
        # An outlet relays the speaker who opens its report, not one inside its account.
        (("The New York Times reported last month that Trump ordered Mueller fired, only to "
          "be thwarted when the White House counsel threatened to resign."),
         [(T.CITED_OUTLET, "The New York Times")]),
        ("Reuters reported that a senior official said the talks had failed.",
         [(T.UNNAMED_SOURCE, "a senior official")]),
        # A masthead name is an outlet; a comma inside a number does not cut a subject.
        ("Ynet News says the man was shot dead.", [(T.CITED_OUTLET, "Ynet News")]),
        ("The June survey of 1,000 likely voters showed that 48 percent back a delay.",
         [(T.NAMED_ORGANIZATION, "The June survey of 1,000 likely voters")]),
        # A pollster's words are not the poll: later figures do not take the pollster.
        (("Ann Selzer, who conducted the survey, said that the numbers held. "
          "Mr. Trump trailed Joe Biden by 9 percentage points, 41% to 50%."),
         [(T.NAMED_PERSON, "Ann Selzer, who conducted the survey"), (T.UNATTRIBUTED, None)]),
        # Shares in words are poll figures too.
        ("A Fox News poll found that 45% approve. A majority gave him low marks on trade.",
         [(T.NAMED_ORGANIZATION, "A Fox News poll")] * 2),
        # A named institution's figures are its own; court records stay a document.
        ("Figures from the Metropolitan Police show 136 homicides were recorded.",
         [(T.NAMED_ORGANIZATION, "Figures from the Metropolitan Police")]),
        ("Court records show that the firm was fined twice.", [(T.DOCUMENT, "Court records")]),
        # A journalist the article introduces with the outlet reports for it by surname.
        (("The agency fails most tests, CBS News correspondent Jeff Pegues reports. "
          "Teams posed as passengers, Pegues adds."),
         [(T.CITED_OUTLET, "CBS News correspondent Jeff Pegues"), (T.CITED_OUTLET, "Pegues")]),
        # A role closed by the person's name after a comma: the person.
        (
            "\u201cThank God my baby is OK,\u201d said Banton's mother, Dana Showers.",
            [(T.NAMED_PERSON, "Banton's mother, Dana Showers")],
        ),
    ],
)
def test_references_name_their_source(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


def test_they_may_mean_named_people_joined_by_and() -> None:
    """Rule 2: "they write" after two named authors is theirs (train: Araud and Vaez)."""
    text = (
        "Gérard Araud, a former ambassador of France, and Ali Vaez, an Iran analyst at the "
        'International Crisis Group, wrote in Foreign Policy that the deal held. "It is a '
        'warning shot," they write.'
    )
    assert typed_sources(text)[-1][0] is T.NAMED_PERSON


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 2: a definite official role is the official the article names, not the
        # private person quoted last, and is typed official (train: "The president thanked
        # ..." after Arthur Brooks; "The pope also said" after Kim Davis).
        (
            (
                "Trump spoke at the prayer breakfast on Thursday. Arthur Brooks, a Harvard "
                "professor, said people should love their enemies. The president said he did not agree."
            ),
            (T.NAMED_OFFICIAL, "Trump"),
        ),
        (
            (
                "Chris Rock was seen at the show. Brooks said people should love their enemies. "
                "The president said he did not agree."
            ),
            (T.NAMED_OFFICIAL, None),  # no official named: which name it means is a guess
        ),
    ],
)
def test_a_definite_official_role_is_an_official(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    kind, source = typed_sources(text)[-1]
    assert kind is expected[0]
    assert expected[1] is None or source == expected[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 6: a relative described by a surname is the person named next with it.
        (
            ("Tim Hendriks, 25, was killed in 2019. Hendriks' father told the AP that it "
            'should have been addressed. "I lost all respect," Erik Hendriks said.'),
            [T.UNATTRIBUTED, T.NAMED_PERSON, T.NAMED_PERSON],
        ),
        # ... not when no full name with that surname follows.
        (
            "Hendriks' father told the AP that it should have been addressed. The war goes on.",
            [T.UNNAMED_SOURCE, T.UNATTRIBUTED],
        ),
        # Rule 2: "the Taliban spokesman" is not the Kremlin's spokesman named before.
        (
            ("Putin spokesman Dmitry Peskov denied the reports. Pompeo pressed the insurgents "
            "to reduce violence, the Taliban spokesman tweeted."),
            [T.NAMED_OFFICIAL, T.UNNAMED_SOURCE],
        ),
        # ... while a nationality may describe any official named before.
        (
            ("Iranian national security chief Ali Shamkhani met Hussein. "
            "In a tweet, the Iranian official said the talks went well."),
            [T.UNATTRIBUTED, T.NAMED_OFFICIAL],
        ),
        # A dateline opening the lede is no source: the subject follows the dash.
        (
            ("WASHINGTON \u2013 Vice President Joe Biden sounded a note of caution Friday, "
            "saying that voters are center-left."),
            [T.NAMED_OFFICIAL],
        ),
        # A cue inside a subordinate clause attributes that clause, not the sentence.
        (
            ("Biden has continued to tout his proposals as some other Democrats have announced "
            "their support for Medicare for all."),
            [T.UNATTRIBUTED],
        ),
        # A passive is no cue: the officers are acted on, not a source.
        (
            "Floyd was pronounced dead Monday, and three other officers were dismissed on Tuesday.",
            [T.UNATTRIBUTED],
        ),
        # Speech acts with content (rule 7).
        ("One source also addressed criticism that foreign money was flowing in.", [T.UNNAMED_SOURCE]),
        # A possessive before a noun-verb form ("the president's comment") makes it a noun.
        (
            ("Trump's remark sparked debate, with an aide trying to minimize the impact of the "
            "president's comment."),
            [T.UNATTRIBUTED],
        ),
        # "he" takes no group of unnamed people ("Authorities said"): the person named before.
        (
            ("Sheriff Joe Lombardo arrived at the scene. Authorities said the gunman acted alone. "
            '"We do not believe it to be an act of terrorism," he said.'),
            [T.UNATTRIBUTED, T.UNNAMED_SOURCE, T.NAMED_OFFICIAL],
        ),
        # "she" is not the man quoted before her.
        (
            ("Mr. Ramsey said he hopes the plea deal will bring justice. Ramsey said he was "
            'pleased. "It is a crime against society," she said.'),
            [T.NAMED_PERSON, T.NAMED_PERSON, T.UNATTRIBUTED],
        ),
        # A definite description of no person refers to nobody; one of a person does.
        (
            ("President Trump spoke at the rally on Monday. The crowd applauded louder. "
            "The 72-year-old said the economy was strong."),
            [T.UNATTRIBUTED, T.UNATTRIBUTED, T.NAMED_OFFICIAL],
        ),
        # A "he" with no antecedent who speaks on condition of anonymity is an unnamed source.
        (
            ("A forensic expert examined the remains. Speaking on condition of anonymity he "
            "said all 80 pieces brought to Cairo so far are small human fragments."),
            [T.UNATTRIBUTED, T.UNNAMED_SOURCE],
        ),
        # A page with no paragraph breaks glues its quote marks between sentences (heldout11
        # Newsmax Qym9zP2T4A1c3bAn [1], [17]): narration after a closing mark is no quotation,
        # and a quotation that goes on past a glued mark is still the speaker's.
        (
            ('Rep. Jason Chaffetz said "there will be news next week."Chaffetz, the chairman of '
             'the committee, is leading the investigation. "Imagine if the IRS had given you a '
             'summons," Chaffetz added. "You had them in your possession. What would happen to '
             'you?"And yet that is what we have heard from the president. We will pursue this." '
             "The IRS did not comment."),
            [T.NAMED_OFFICIAL, T.UNATTRIBUTED, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL,
             T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.UNATTRIBUTED],
        ),
        # A relative named after the kin word is that relative, no official by the relation,
        # and her "she" is not the official before her (heldout13 gIUYLNclnfHf12b5 [13]-[16]).
        (
            ("Rep. Ben Quayle said he did not go to the beach. Rep. Dan Schweikert said the "
             'report was accurate. "I am not surprised," he said. Quayle\'s wife Tiffany also '
             'claimed the family did not take part. "We were there together," she said.'),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.NAMED_PERSON, T.NAMED_PERSON],
        ),
        # An outlet that is a party to a case speaks through its filing, a document, and "It"
        # after it is the filing (heldout13 G5aBygS0nnxNN30F [10] was a cited outlet).
        (
            ("Fox News filed a motion on Tuesday. Fox News's motion asks the court to dismiss the "
             'claims, calling the lawsuit "an assault on speech." It also notes that the group '
             '"fails to state a claim."'),
            [T.UNATTRIBUTED, T.DOCUMENT, T.DOCUMENT],
        ),
        # A role with its titled name after the comma is that named official, and so is his
        # "He" (heldout13 vBQ0nXQo0iHOpdPO [3], [4] were unnamed sources).
        (
            ("U.S. Pacific Command tracked the missile, said the spokesman, Cmdr. David Benham. "
             "He said the launch did not pose a threat to North America."),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
        # An uncued sentence ending a person's paragraph with a colon leads into the passage
        # after it: both are more of that person's account, till a paragraph of narration
        # (rule 3; heldout13 qtGRjf0ztpbMw8nr [11], [12] had no source) ...
        (
            ("Robert Blendon, a professor at Harvard, wrote in an email that the debate began to "
             "change in 2008. Before that, according to Blendon, the major issue was care for the "
             "poor. In the campaign, however, the public focus shifted:\n\nCritics started raising "
             "concerns about the cost of these plans. People with coverage became concerned about "
             "the implications.\n\nThe Supreme Court is expected to rule later this year."),
            [T.NAMED_PERSON] * 5 + [T.UNATTRIBUTED],
        ),
        # ... not after a record's account (train dNiPwDg116PVEznO: narration about a memo) ...
        (
            ("The memo was written, according to the document metadata, by an aide. The event was "
             "a cocktail party designed to impart the campaign's messaging:\n\nFood and drinks "
             "were provided by the campaign."),
            [T.DOCUMENT, T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        # ... nor into a list of headlines (train2 T6cIljdiR11EI8rs "Here's a rundown of ...:").
        (
            ("Blendon said the rally was the cause. Here are some of the headlines:\n\nTrump "
             "rally linked to surge - CNN\n\nRally likely source of virus surge - Time"),
            [T.NAMED_PERSON, T.UNATTRIBUTED, T.CITED_OUTLET, T.CITED_OUTLET],
        ),
        # A record naming others by name speaks, as "cites" (heldout7 zzjFSqASfeSPDsh1 [4]).
        (
            ("The White House released details of its proposals on Monday. The announcement also "
             "name-checks three banks for their efforts to protect customers."),
            [T.UNATTRIBUTED, T.NAMED_ORGANIZATION],
        ),
        # A speech verb in a relative clause with a subject of its own ("an aide who Republicans
        # have accused of ...") is that clause's, no source of the sentence (heldout8
        # EqhwoZdjHUwdlZtj [9] was the aide's); a relative clause before the verb is no such.
        (
            ("Among the 10 employees whose emails are sought are Cheryl Mills, a top Clinton aide "
             "who Republicans have accused of being the force behind a cover-up."),
            [T.UNATTRIBUTED],
        ),
        ("The official who Trump fired said the report was wrong.", [T.UNNAMED_SOURCE]),
        # ... and so is one after "which" (heldout51 qPqfm3BZBchGXPna [1]: the whole main
        # clause, "President Barack Obama moved ... which the Centers for ... (CDC)", was taken
        # for the source; train qELRdM0wxyoklWNj [0] "NAFTA, which U.S. President Donald Trump
        # has threatened to scrap, could create ...").
        (
            ("The administration of President Barack Obama moved to abandon regulations which the "
             "Centers for Disease Control and Prevention (CDC) had called essential."),
            [T.UNATTRIBUTED],
        ),
        (
            ("A collapse of the North American Free Trade Agreement (NAFTA), which U.S. President "
             "Donald Trump has threatened to scrap, could disrupt U.S. farmers."),
            [T.UNATTRIBUTED],
        ),
        # ", said officials who briefed reporters": a bare plural of unnamed people after an
        # inverted verb is its subject (heldout12 FFAnUvk12E6GodPE [1] had no source).
        (
            ("Trump will outline a new agenda on trade, said officials who briefed reporters "
             "ahead of the speech."),
            [T.UNNAMED_SOURCE],
        ),
    ],
)
def test_heldout_key_misses(text: str, expected: list[SourceType]) -> None:
    """Issue 12: held-out keyed answers the analyzer's types made wrong, each at its cause."""
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 2: "He" resolved to the senator tells his gender; "She" is the woman before him
        # (heldout14 HO6tlyozaGkJsWXB [13] gave "She" to Durbin).
        (
            ("Jane Miller said she was sure. \u201cNobody remembers it all,\u201d said Sen. Tom "
             "Barker, Ohio Democrat. He asked her about the night. She said she is certain."),
            [(T.NAMED_PERSON, "Jane Miller"), (T.NAMED_OFFICIAL, "Sen. Tom Barker, Ohio Democrat"),
             (T.NAMED_OFFICIAL, "Sen. Tom Barker, Ohio Democrat"), (T.NAMED_PERSON, "Jane Miller")],
        ),
        # Rule 2: "they" after two named officials joined by "and" with party tags
        # (heldout14 DXJcyckvpZfnMeJU [8] [9]).
        (
            ("Rep. Alan Brock, R-Va., and Rep. Dale Crane, R-Pa., claim sources have told them 30 "
             "were hurt. \u201cSeveral were hurt,\u201d they wrote in a letter."),
            [(T.NAMED_OFFICIAL, "Rep. Alan Brock, R-Va., and Rep. Dale Crane, R-Pa.")] * 2,
        ),
        # A journalist quoted speaking of herself in the first person is a person, not her
        # outlet's reporting (heldout14 AZtDouqiiLOxmRr7 [9]).
        (
            ("ABC News anchor Jane Roe was caught on a hot mic. \u201cI had this story for years,"
             "\u201d Roe says. The Palace, Roe says, \u201cthreatened us.\u201d"),
            [(T.UNATTRIBUTED, None), (T.NAMED_PERSON, "Roe"), (T.NAMED_PERSON, "Roe")],
        ),
        # Rule 1: an outlet's article quoting a named person relays that person; "the article"
        # next is that outlet's report, not an earlier outlet's (heldout14 iJ1PS2wseKPtuFeZ).
        (
            ("Obama also visited Britain, according to Reuters. An article in The Washington Post "
             "from July 19, 2008 included a quote from Obama senior adviser Robert Gibbs asserting "
             "that it was \u201cnot a campaign trip.\u201d However, the article also pointed out "
             "that \u201cadvisers scoff at the notion.\u201d"),
            [(T.CITED_OUTLET, "Reuters"), (T.NAMED_OFFICIAL, "Obama senior adviser Robert Gibbs"),
             (T.CITED_OUTLET, "the article")],
        ),
        # Rule 2: "he replied" right after a refusal to comment is the one who refused, not
        # an earlier speaker (heldout13 uYGPxaSDwu0xCWMa [7]); the refusal stays an action.
        (
            ("Secretary Rex Green has insisted the talks go on. Last month, Mr Brown told Mr Green "
             "not to waste time. In Sunday's interview, Mr Green again refused to comment on "
             "whether he had insulted Mr Brown. \u201cI'm not going to deal with that,\u201d he "
             "replied."),
            [(T.NAMED_OFFICIAL, "Secretary Rex Green"), (T.NAMED_PERSON, "Mr Brown"),
             (T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Green")],
        ),
        # Rule 3: a lead-in to examples after a document's statement opens its examples, and the
        # list after its colon goes on (train2 N0hfIRXc055MMxVQ "For instance:").
        (
            ("Most notably, the color-coded document lists dozens of pointed questions that "
             "officials should ask. For instance:\n\nIs there enough protective equipment? Are "
             "additional supplies available?\n\nInstead, the administration bet on a travel ban."),
            [(T.DOCUMENT, "the color-coded document")] * 4 + [(T.UNATTRIBUTED, None)],
        ),
        # Rule 6: a name modifying a plural of people names none of them (heldout5
        # z3Bvjpi1gJ06wefe [11] "The former Priebus loyalists have told" was a named person).
        (
            "The former Priebus loyalists have told the newspaper that the party works against them.",
            [(T.UNNAMED_SOURCE, "The former Priebus loyalists")],
        ),
        # A dotted acronym after "the" is a named organization (heldout6 eVZz4HdCmIXzcYQm [4]
        # "the A.F.L.-C.I.O. announced it would spend" had no source).
        (
            "On Wednesday, the A.F.L.-C.I.O. announced it would spend $1 million on ads.",
            [(T.NAMED_ORGANIZATION, "the A.F.L.-C.I.O.")],
        ),
        # A definite survey with no organization named behind it is a document (heldout11
        # uEyQxIQgEHsk0Zp8 [18] "According to the household survey" was an organization) ...
        (
            "Hiring slowed in March. According to the household survey, the jobless rate held steady.",
            [(T.UNATTRIBUTED, None), (T.DOCUMENT, "the household survey")],
        ),
        # ... but the survey of an organization a source names, or of a pollster named before,
        # is that organization's publication (train3 OjEZ9pSMXgM0CuDK, train2 raD1nbqGWFfz7PPt).
        (
            "The Labor Department said hiring slowed. According to the household survey, the rate held.",
            [(T.NAMED_ORGANIZATION, "The Labor Department"), (T.NAMED_ORGANIZATION, "the household survey")],
        ),
        (
            "The latest Quinnipiac University poll was taken in May. According to the survey, most approve.",
            [(T.UNATTRIBUTED, None), (T.NAMED_ORGANIZATION, "the survey")],
        ),
        (
            "A rights group released a report on workers. According to the survey, most are paid late.",
            [(T.UNATTRIBUTED, None), (T.DOCUMENT, "the survey")],
        ),
        (
            "Make the Road NJ released a report on workers. According to the survey, most are paid late.",
            [(T.UNATTRIBUTED, None), (T.NAMED_ORGANIZATION, "the survey")],
        ),
        # A quotation after a colon that names the subject in the third person is about them,
        # not theirs: it goes on with the speaker before (heldout4 x82AsnQEaFvS8DEp [8] was
        # Buttigieg's); an office the speaker held in the past is a former role (Koch's).
        (
            ("Eric Koch was the communications director for the speaker. \u201cHe was crisp,\u201d "
             "Koch said.\n\nMayor Pete Buttigieg also shined: \u201cAfter rising in the polls, Mayor "
             "Pete\u2019s team was clearly ready.\u201d"),
            [(T.UNATTRIBUTED, None)] + [(T.NAMED_PERSON, "Koch")] * 2,
        ),
    ],
)
def test_development_key_misses(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    """Issue 12: the analyzer errors of the development reading sets (the fourteenth and
    earlier; their type errors left at stop 31), each at its cause."""
    assert typed_sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 2: "The president" is the name titled president, not the attorney general named
        # after him in the same subject (heldout7 v83qtjFPnOpFbEZz [12]).
        (
            ("Police met protest leaders.\n\n\u2022 President Tom Baker and Attorney General Eric "
             "Stone have called for people to temper their reactions.\n\nThe president spoke "
             "during an interview, saying people who were upset should not use it as an excuse."),
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Attorney General Eric Stone"),
             (T.NAMED_OFFICIAL, "Tom Baker")],
        ),
        # Rule 2: "he" after "White House chief of staff Dan Moore said" is Moore, an official
        # (the "of" of "chief of staff" cut the phrase to an organization, "White House chief",
        # which "he" passed over; heldout6 CXvYQhdThu52uj9c [11]).
        (
            ("Last week, British Prime Minister Jim Carter said he had made a similar case to "
             "lawmakers. White House chief of staff Dan Moore said Thursday that the talks were at "
             "a delicate phase. \"We ought to give some time and space for that to work,\" he said."),
            [(T.NAMED_OFFICIAL, "British Prime Minister Jim Carter")]
            + [(T.NAMED_OFFICIAL, "White House chief of staff Dan Moore")] * 2,
        ),
        # A participle clause after an inverted source's appositive is no part of the source
        # (heldout10 95BejCmPmNf8nYb3 [6]).
        (
            ("\u201cThere are 67 million reasons not to run against him,\u201d said Chad Moore, the "
             "chairman of the South Carolina Republican Party, using an arbitrarily large number."),
            [(T.NAMED_OFFICIAL, "Chad Moore, the chairman of the South Carolina Republican Party")],
        ),
        # Rule 2: ", saying" after a joined clause with a pronoun subject is that clause's
        # speaker, "she" the woman named before; "his" after "nominating Rice" is Obama's, no
        # gender of Rice's (heldout7 VwQmCrRjjGkoCX8X [6]).
        (
            ("Ambassador Jane Rice said in television interviews that the attacks were spontaneous. "
             "Obama considered nominating Rice as his second-term secretary of state, but she "
             "withdrew amid the criticism, saying she did not want a distraction."),
            [(T.NAMED_OFFICIAL, "Ambassador Jane Rice")] * 2,
        ),
        # Rule 7: "The FDA is asking X to "..."" is the FDA's request with its content, no
        # carry-over of the quotation before it; "was asked to "..."" after it goes on with the
        # request (heldout17 QKC3MDY7CYRVvja8 [8] [9] were the company spokesman's).
        (
            ("\"We test every product,\" company spokesman Ray Gull said in a statement.\n\n"
             "The FDA is asking the company to \"provide a detailed plan to ensure you do not "
             "receive or deliver adulterated drugs\" and a plan to audit suppliers.\n\n"
             "The company also was asked to \"determine if you have any remaining drugs in your "
             "possession, either in your distribution network or in retail stores.\""),
            [(T.NAMED_OFFICIAL, "company spokesman Ray Gull")]
            + [(T.NAMED_ORGANIZATION, "The FDA")] * 2,
        ),
        # The source types: a role and a name right before "said", after a list of places, is
        # a named official, not the list (heldout17 yfWjwGVotEVYIieR [8] was unattributed).
        (
            ("The rule covers nationals of Chad, Peru, Laos and Nepal, acting Secretary of Labor "
             "Dana Reyes said on Friday."),
            [(T.NAMED_OFFICIAL, "acting Secretary of Labor Dana Reyes")],
        ),
        # Rule 6: the speakers' description in quotation marks opening the sentence is the
        # subject of "told", no quotation: the source is the officials, not "reportedly"
        # (heldout27 mgfgdMIamdCB8Jye [2]).
        (
            ("\u201cTwo officials familiar with the memo\u2019s contents\u201d reportedly told "
             "the network that the concerns \u201cwere detailed in a November report.\u201d"),
            [(T.UNNAMED_SOURCE, "Two officials familiar with the memo\u2019s contents")],
        ),
    ],
)
def test_development_key_sources(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    """Issue 12: sources the development reading sets' keys named wrong, each at its cause."""
    assert typed_sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 9: a sentence that ends its paragraph with a colon leads in to the post after
        # it and is none of the post (heldout16 4dFYzdeZrj7W8kvi [2] "The tweets unfolded as
        # follows:" was Trump's post).
        (
            ("The mayor answered online.\n\nThe tweets unfolded as follows:\n\nWe will not back "
             "down. The city stands firm and keeps the park open. \u2014 Jane Doe (@janedoe) May 1, "
             "2020\n\nThe council met."),
            [(T.UNATTRIBUTED, None), (T.UNATTRIBUTED, None)]
            + [(T.NAMED_PERSON, "Jane Doe (@janedoe)")] * 2
            + [(T.UNATTRIBUTED, None)] * 2,  # the credit line (boilerplate in `analyze`), the next
        ),
        # ... but a lead-in naming the post's author is the author's speech act (rule 7; train2
        # SZGLHMy49pfn8F8w "campaign manager Brad Pascale, seized on the delay to suggest ...:").
        (
            ("Campaign manager Brad Smith seized on the delay to suggest that the party is rigging "
             "things somehow:\n\nQuality control = rigged? \u2014 Brad Smith (@bsmith) February 4, 2020"),
            [(T.NAMED_OFFICIAL, "Brad Smith (@bsmith)")] * 2 + [(T.UNATTRIBUTED, None)],
        ),
        # Rule 6: "A Michigan prosecutor said" is the prosecutor the next sentence names
        # (heldout16 HE0BguXhHJcVYjUC [3] was an unnamed source).
        (
            ("A Michigan prosecutor said police were looking at a post. Kalamazoo County "
             "Prosecutor Jeff Getting says he saw the post."),
            [(T.NAMED_OFFICIAL, "Jeff Getting"), (T.NAMED_OFFICIAL, "Kalamazoo County Prosecutor Jeff Getting")],
        ),
        # Rule 8: a subject, its verb, a hearer and the terms of its anonymity make a sentence
        # about the sourcing (heldout16 e5d0Mhy3IdrEKkt8 [2] was an unnamed source's content).
        (
            ("The offer was disclosed by officials traveling with Kerry.\n\nThe officials briefed "
             "the Associated Press on condition of anonymity to discuss diplomatic developments."),
            [(T.UNNAMED_SOURCE, "officials traveling with Kerry"), (T.UNATTRIBUTED, None)],
        ),
        # A quoted name after "known as" is the verb's subject, no quotation an inverted verb
        # closes; "denies it, but" gives the clause after it the content; "the two women" and
        # "the women" are the two people named before (heldout16 CzaO828tudjzPdXN [0]-[3]).
        (
            ("The sisters known as \"Pat and Kim\" claim the site has banned them. The site "
             "denies it, but the two women report the site deleted their page. \u201cWe were "
             "silenced,\u201d the women said."),
            [(T.NAMED_PERSON, "Pat and Kim")] * 3,
        ),
    ],
)
def test_heldout16_key_misses(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    """Issue 12: the sixteenth set's analyzer errors, each at its cause."""
    assert typed_sources(text) == expected


LEDE_NAMED = "Acme Union chairwoman Jane Roe warned of a long strike."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 6: the lede's official is the one the next sentence names with the same
        # organization (heldout24 0vEHSyQq3OpUgMh5 [0] "A top UN official has urged" was an
        # unnamed source; the next sentence names the UN rights chief).
        (
            "A top Acme Union official has urged the city to settle.\n\n" + LEDE_NAMED,
            (T.NAMED_OFFICIAL, "Acme Union chairwoman Jane Roe"),
        ),
        # ... not an official described by a place alone, which may be any of its officials,
        (
            "A top Ohio official has urged the city to settle.\n\nOhio " + LEDE_NAMED,
            (T.UNNAMED_SOURCE, "A top Ohio official"),
        ),
        # ... nor one who speaks on condition of anonymity,
        (
            ("A top Acme Union official, who spoke on condition of anonymity, has urged the city "
             "to settle.\n\n" + LEDE_NAMED),
            (T.UNNAMED_SOURCE, "A top Acme Union official, who spoke on condition of anonymity"),
        ),
        # ... nor an official past the lede, whom the article may keep unnamed on purpose.
        (
            "The city met.\n\nA top Acme Union official has urged the city to settle.\n\n" + LEDE_NAMED,
            (T.UNNAMED_SOURCE, "A top Acme Union official"),
        ),
    ],
)
def test_a_lede_official_named_next(text: str, expected: tuple[SourceType, str | None]) -> None:
    """Rule 6: a source described in one sentence and named in the next is named."""
    lede = [s for s in typed_sources(text) if s[0] is not T.UNATTRIBUTED]
    assert lede[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 2: a definite plural description of organizations right after two names joined
        # by "and" is those organizations (heldout24 L8R1Sjt9dIUP0aiZ [7] "Both companies had
        # asked ..." after "Shell and the Norwegian company Statoil" was an unnamed source).
        (
            ("The agency denied requests by Acme and the Dutch company Globex to extend leases. "
             "Both companies had asked for more time."),
            (T.NAMED_ORGANIZATION, "Acme and the Dutch company Globex"),
        ),
        # ... not two people, whom "both companies" does not describe.
        (
            ("The agency denied requests by Jane Roe and John Doe to extend leases. "
             "Both companies had asked for more time."),
            (T.UNNAMED_SOURCE, "Both companies"),
        ),
        # ... nor months, places or parties joined by "and" after the two organizations.
        (
            ("The agency denied requests by Acme and the Dutch company Globex to drill in March "
             "and April. Both companies had asked for more time."),
            (T.NAMED_ORGANIZATION, "Acme and the Dutch company Globex"),
        ),
        (
            ("The agency denied requests by Acme and Globex to drill off Alaska and Texas, "
             "backed by Democrats and Republicans. Both companies had asked for more time."),
            (T.NAMED_ORGANIZATION, "Acme and Globex"),
        ),
    ],
)
def test_organizations_named_before(text: str, expected: tuple[SourceType, str | None]) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 2: a definite plural description of organizations refers back to a recent
        # source that names two organizations joined by "and", past uncued sentences
        # (heldout26 acwo53ltwKHwstBB [5] "the agencies project Obamacare will cost $116
        # billion" after "the CBO and the congressional Joint Committee on Taxation estimated
        # ..." was left unattributed: "the agencies" referred to no one).
        (
            ("Back then, the CBO and the congressional Joint Committee on Taxation estimated that "
             "Obamacare would cost $710 billion. Now, they expect it will cost $506 billion. "
             "In 2019, for example, the agencies project Obamacare will cost $116 billion."),
            (T.NAMED_ORGANIZATION, "the CBO and the congressional Joint Committee on Taxation"),
        ),
        # ... not a source that is one organization, which "the agencies" does not describe,
        (
            ("Back then, the CBO estimated that Obamacare would cost $710 billion. "
             "In 2019, for example, the agencies project Obamacare will cost $116 billion."),
            (T.UNATTRIBUTED, None),
        ),
        # ... nor two people joined by "and".
        (
            ("Back then, Jane Roe and John Doe estimated that Obamacare would cost $710 billion. "
             "In 2019, for example, the agencies project Obamacare will cost $116 billion."),
            (T.UNATTRIBUTED, None),
        ),
    ],
)
def test_organizations_described_after_their_source(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 9: a credit line whose own paragraph holds the post credits that paragraph
        # alone: the paragraphs before it are the article's narration (train2 SZGLHMy49pfn8F8w
        # "It just feeds a narrative ..." and two more gold articles were Nate Silver's post).
        (
            ("It just feeds a narrative.\n\nThe winner has less time to capitalize.\n\nThis "
             "is probably right https://t.co/n7NS7RUwPi \u2014 Nate Silver (@NateSilver538) "
             "February 4, 2020\n\nThe count went on."),
            [(T.UNATTRIBUTED, None)] * 2
            + [(T.NAMED_PERSON, "Nate Silver (@NateSilver538)")]
            + [(T.UNATTRIBUTED, None)] * 2,  # the credit line (boilerplate in `analyze`), the next
        ),
        # ... also when a narration naming the post's author stands a paragraph before another
        # (heldout57 7ivINzHe48Z9Eru4 [12]: "... who is now Trump's director" was keyed Trump's).
        (
            ("The seat was held by Mick Mulvaney, who is now Trump's budget director.\n\n"
             "President Trump was quick to react.\n\nThings are looking great for Karen H! "
             "\u2014 Donald J. Trump (@realDonaldTrump) June 21, 2017\n\nThe count went on."),
            [(T.UNATTRIBUTED, None)]
            + [(T.NAMED_OFFICIAL, "Donald J. Trump (@realDonaldTrump)")] * 2
            + [(T.UNATTRIBUTED, None)] * 2,
        ),
        # A display name in lower case is a credit too (heldout81 nJsUYyyjOWJu2H2o [7], keyed
        # unattributed at stop 54: "- ye (@kanyewest) July 18, 2020").
        (
            ("The rapper asked for signatures.\n\nHi guys please sign up to put me on the ballot "
             "https://t.co/ZURvTEW9ee \u2014 ye (@kanyewest) July 18, 2020\n\nThe count went on."),
            [(T.UNATTRIBUTED, None), (T.NAMED_PERSON, "ye (@kanyewest)")]
            + [(T.UNATTRIBUTED, None)] * 2,  # the credit line (boilerplate in `analyze`), the next
        ),
        # ... but not a sentence about the post as its author's thing ("A simple tweet from
        # President Donald Trump is keeping ...", heldout67 CBN x9ArO2n0SDVfOxUj [0], read the
        # article's narration).
        (
            ("A simple tweet from President Donald Trump is keeping the probe in the headlines.\n\n"
             "I am being investigated! Witch Hunt \u2014 Donald J. Trump (@realDonaldTrump) June 16, 2017"
             "\n\nThe count went on."),
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Donald J. Trump (@realDonaldTrump)")]
            + [(T.UNATTRIBUTED, None)] * 2,
        ),
        # ... nor one naming the author only as a possessor (heldout69 GCLcK2n6N679wyq1 [14]).
        (
            ("Jones\u2019 resignation was officially effective Wednesday.\n\nEarlier today, I made the "
             "decision to not seek re-election. \u2014 Vernon Jones (@RepVernonJones) April 22, 2020"
             "\n\nThe count went on."),
            [(T.UNATTRIBUTED, None), (T.NAMED_PERSON, "Vernon Jones (@RepVernonJones)")]
            + [(T.UNATTRIBUTED, None)] * 2,
        ),
        # ... one that gives the post's words still leads into it (corpus XCKFvcVvXa3x09Mh [4]).
        (
            ("Israel's shift came hours after it banned her, in response to tweets from Trump saying "
             "that the two \u201chate Israel.\u201d\n\nThey hate Israel! \u2014 Donald J. Trump "
             "(@realDonaldTrump) August 15, 2019\n\nThe count went on."),
            [(T.NAMED_OFFICIAL, "Donald J. Trump (@realDonaldTrump)")] * 2 + [(T.UNATTRIBUTED, None)] * 2,
        ),
        # A quotation closed by two apostrophes leaves the verb after it outside: its inverted
        # source speaks, not the quotation before (train2 z7wMtSsbgd9nIfId was Jennifer Robinson,
        # quoted before, train M3ZScFH8dQvIqIHg "Officials").
        (
            ('"We filed it," Jennifer Robinson said. \u201cThe filing was made in error,\u2019\u2019 '
             "said Joshua Stueve, a spokesman for the U.S. Attorney\u2019s Office."),
            [
                (T.NAMED_PERSON, "Jennifer Robinson"),
                (T.NAMED_OFFICIAL, "Joshua Stueve, a spokesman for the U.S. Attorney\u2019s Office"),
            ],
        ),
    ],
)
def test_gold_error_classes(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    """Issue 12: general rules for classes of errors on the gold files, each at its cause."""
    assert typed_sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 2: the person a narration sentence opens with is whom "he" refers to, also past
        # the sentences that open the quotation "he said" closes, and past a party tag
        # (heldout17 UcBiQia9Z6NVurIp [3]-[6] were Cornyn's); "agreed" after the tag is his own
        # cue (the tag's comma no longer cuts the subject), so "he" takes that source.
        (
            ("Sen. John Cornyn of Texas said the ruling changed nothing. Senate Minority Leader "
             "Chuck Schumer (D., N.Y.) agreed. \u201cThe ruling is no reason to wait. We agree,"
             "\u201d he said on the floor."),
            [(T.NAMED_OFFICIAL, "Sen. John Cornyn of Texas")]
            + [(T.NAMED_OFFICIAL, "Senate Minority Leader Chuck Schumer (D., N.Y.)")] * 3,
        ),
        # Rule 3: two subjects joined by "and" before their own verb make no coordinated clause:
        # the sentence is its own statement, no continuation (heldout17 Mgw9D7zi0CAjg9hT [6] was
        # "CBO's score" of the sentence before).
        (
            ("CBO's score emphasizes what other studies have shown: immigrants pay taxes. "
             "Researchers at Harvard and the City University of New York found that immigrants "
             "paid more."),
            [(T.NAMED_ORGANIZATION, "CBO's score"),
             (T.NAMED_ORGANIZATION, "the City University of New York")],
        ),
        # ... but function words alone before the "and" or "but" name no subject: the clause
        # goes on with the account before it (heldout17 1UspwyWeqKCReiHG [1]).
        (
            ("As Politico reported, Dr. Lee met a group of lawmakers. But all but one of the "
             "lawmakers she briefed are Democrats."),
            [(T.CITED_OUTLET, "Politico")] * 2,
        ),
        # Rule 6: a whistleblower the text does not name is an unnamed source, with its own cue
        # (heldout17 63a0IR07IWBKZreR [1] was carried on from the hedge "reportedly").
        (
            ("Employees are reportedly getting paid to do nothing. \"Some people are not even "
             "able to do that,\" a whistleblower told KMOV-TV."),
            [(T.UNNAMED_SOURCE, "reportedly"), (T.UNNAMED_SOURCE, "a whistleblower")],
        ),
    ],
)
def test_heldout17_source_misses(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    """Issue 12: the seventeenth set's wrong sources, each at its cause."""
    assert typed_sources(text) == expected


CLOSING = "Pompeo has called the chief negotiator, a spokesman for the insurgents said Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 4: "reportedly" between a named subject and its verb: others, unnamed, report
        # the act (train); words the subject closes with a quotation stay the subject's.
        ("Mr. Trump also reportedly said the U.S. should focus on Norway.", [T.UNNAMED_SOURCE]),
        (
            "Deputy Attorney General Rod Rosenstein reportedly told Trump that he was not a target.",
            [T.UNNAMED_SOURCE],
        ),
        # The leader's whole name ("al-Baghdadi" with its particle) is a known official's; the
        # gold reads the like named_official, alt named_person (train3 Px7VF2CoxoMh9oIO [16]).
        ('"We will win," the leader, known as Abu Bakr al-Baghdadi, reportedly wrote.', [T.NAMED_OFFICIAL]),
        # A closing attribution decides: the spokesman's account, not Pompeo's action.
        (
            ("Secretary of State Mike Pompeo has called the chief negotiator, a spokesman for "
            "the insurgents said Tuesday, amid a controversy."),
            [T.UNNAMED_SOURCE],
        ),
        # ... also past the hearer of "told" (rule 5; train: "..., one administration official
        # told reporters").
        (
            (
                "President Obama called Turkish President Recep Tayyip Erdogan on Saturday to "
                "discuss Syria, one administration official told reporters."
            ),
            [T.UNNAMED_SOURCE],
        ),
        (
            (
                "Ivanka Trump asked people pushing for the agency if it could prevent shootings, "
                "one person familiar with the conversations told The Washington Post on Sept. 9."
            ),
            [T.UNNAMED_SOURCE],
        ),
        # ... whose hearer ends at the sentence's full stop (train2: "told ABC News.\n\nThe").
        (
            (
                "The agency issued a warning, which some intelligence indicates may hold bombs, "
                "a senior U.S. official told ABC News.\n\nThe official did not give details."
            ),
            [T.UNNAMED_SOURCE, T.UNATTRIBUTED],
        ),
        # ... but an outlet closing the sentence relays the speaker (rule 1).
        ('"It is good to be back," Vice President Joe Biden said, according to CBS News.', [T.NAMED_OFFICIAL]),
        # ... nor does one closing a speaker's own quotation.
        (
            ('"We want to earn your trust," Mr. Reince Priebus will say on Friday, according to '
            "excerpts released by his aides."),
            [T.NAMED_OFFICIAL],
        ),
        # Rule 6: a spokesman named later is that person; never named, an unnamed source.
        (
            CLOSING + "Pompeo pressed for peace, Taliban spokesman Suhail Shaheen tweeted.",
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
        (
            CLOSING + "The talks went on.",
            [T.UNNAMED_SOURCE, T.UNATTRIBUTED],
        ),
        # A relative speaks for himself; "father" is no official role.
        (
            "Rezaul Karim, the father of a Bangladeshi businessman, said the gunmen spared some.",
            [T.NAMED_PERSON],
        ),
        # Speech acts with content (rule 7).
        ("Comedian Louis Smith bragged about grabbing the microphone.", [T.NAMED_PERSON]),
        # "Those close to X" describes a group, not X.
        ("Those close to Adelson had said he would support the nominee.", [T.UNNAMED_SOURCE]),
    ],
)
def test_closing_attributions_and_groups(text: str, expected: list[SourceType]) -> None:
    assert types_of(text) == expected


def sources_of(text: str) -> list[str | None]:
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    return [s.source for s in attribute_statements(document, sentences, DEFAULT_SETTINGS)]


def test_a_definite_plural_official_role_is_the_two_people_just_named() -> None:
    """Rules 2 and 6: "the senators said" right after "Alexander and Jones’s proposal" (train3)."""
    text = (
        "Sen. Lamar Alexander and Sen. Doug Jones wrote the bill. Alexander and Jones’s "
        "proposal is still not finalized; the senators said they expect to file it next week."
    )
    assert typed_sources(text)[-1] == (T.NAMED_OFFICIAL, "Alexander and Jones")
    unnamed = "The bill stalled. The senators said they expect to file it next week."
    assert typed_sources(unnamed)[-1][0] is T.UNNAMED_SOURCE


def test_a_pronoun_is_no_one_its_own_sentence_names_after_it() -> None:
    """ "She told the Post that she did not share her story about Moore" is not Moore (train)."""
    text = "Tom Wolf spoke at the rally. Bob Casey spoke next. He said he admired Casey."
    assert sources_of(text)[-1] == "Tom Wolf"


def test_a_name_after_a_dash_that_ends_the_pronouns_clause_may_be_the_pronoun() -> None:
    """heldout11 Newsmax ZiGvOfXFshmJM4Nv [14]: "He told The New York Times ... — though Barr
    also said" is Barr, the subject of the narration before, not the last other man named."""
    text = (
        "Barr served at the same time Mueller oversaw the criminal division. Still, while in "
        "private practice, Barr has weighed in on investigations. He told The New York Times "
        "that \u201cthere is nothing wrong with it\u201d \u2014 though Barr also said one should "
        "not be launched. He also said there was more reason to investigate a uranium deal."
    )
    assert sources_of(text)[-2:] == ["Barr", "Barr"]
    within = (
        "Robert Mueller led the criminal division. Barr has weighed in on cases. "
        "He told the Times that Barr was wrong."
    )
    assert sources_of(within)[-1] == "Robert Mueller"


def test_a_reference_takes_the_titled_name_or_the_last_subject() -> None:
    """'The president' is the name titled president; 'he' after 'Bolton declined' is Bolton."""
    titled = (
        "President Juan Orlando Hernandez faces scrutiny over the trial of his brother, "
        "Tony Hernandez. The president has denied any wrongdoing."
    )
    assert sources_of(titled)[-1] == "Juan Orlando Hernandez"
    centered = (
        "President Donald Trump met Putin in July. Trump flew home on Friday. "
        "National security adviser John Bolton declined to comment Monday. "
        "On Sunday, he suggested to NBC that Trump was claiming ignorance."
    )
    assert sources_of(centered)[-1] == "John Bolton"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 3: quoted words after narration are the nearest earlier speaker's (train: Obama's
        # "Here are some other topics and comments:" then his quotations).
        (
            (
                "President Barack Obama said travel was safe.\n\nThe president also took questions on "
                "other topics. Here are some of his comments:\n\n\"We don't have a domestic spying "
                'program. What we do have are some mechanisms."'
            ),
            [T.NAMED_OFFICIAL, T.UNATTRIBUTED, T.UNATTRIBUTED, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
        # ... and so is a sentence whose quotation mark closes a quotation opened before it,
        # cut by a line break (train, train2).
        (
            (
                'Senator Ann Lee said: "Murder is murder and it is wrong, it is wrong\n\n'
                'across the board."\n\nThe hearing ended.'
            ),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.UNATTRIBUTED],
        ),
        # ... not a quoted title inside narration (train3) ...
        (
            (
                "Campaign finance filings show the group raised $2 million.\n\nThe mayor resigned in "
                'October.\n\n"Run, George, Run" is composed of national leaders.'
            ),
            [T.DOCUMENT, T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        # ... and a quotation attributed at its end keeps that later speaker.
        (
            (
                "Senator Ann Lee said the bill would pass.\n\nThe vote is set for Friday.\n\n"
                '"We have the votes. We will win," said Governor Tom Hart.'
            ),
            [T.NAMED_OFFICIAL, T.UNATTRIBUTED, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
    ],
)
def test_quoted_words_after_narration_are_the_last_speakers(
    text: str, expected: list[SourceType]
) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 3: a partial quotation right after its speaker quotes that speaker on (train) ...
        (
            (
                "Defense Minister Moshe Yaalon said Israel was watching the border. But \"if God forbid "
                'they do reach Syria, we will know what to do."'
            ),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
        # ... a scare quote does not, nor a title in capitals (train3).
        (
            "Governor Tom Hart said the bill would pass. The slogan \"Buy American\" was everywhere.",
            [T.NAMED_OFFICIAL, T.UNATTRIBUTED],
        ),
        (
            'Governor Tom Hart said the bill would pass. The crowd wore "Make America Great Again" hats.',
            [T.NAMED_OFFICIAL, T.UNATTRIBUTED],
        ),
        # An account introduced with a colon goes on in the next sentence (train2, train3).
        (
            "Mayor Jane Doe said she had three plans:\n\nThe city will hire 200 teachers next year.",
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
        # ... and so does the rest of that paragraph, quoted without quotation marks (train2,
        # train3); the next paragraph is the article's again.
        (
            (
                "Here is what Mayor Jane Doe wrote to the council:\n\nI have said that schools come "
                "first. Put another way, how will a decision help our children? That is my test."
                "\n\nThe council meets on Monday."
            ),
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.UNATTRIBUTED],
        ),
        # The block goes on over paragraphs that speak in the first person, as the article's
        # narration does not (train3 riCvLGDAKhZal1pU, a memo after "The 18 June 2016 memo:").
        (
            (
                "The 18 June 2016 memo:\n\nSo we connect more people.\n\nThat can be bad. "
                "Maybe someone dies in an attack planned on our tools.\n\nThe memo was leaked."
            ),
            [T.DOCUMENT] * 4 + [T.UNATTRIBUTED],
        ),
        # A paragraph opening after an unattributed colon line is no one's quotation.
        (
            "Here are the details:\n\nThe city will hire teachers. The plan costs $2 million.",
            [T.UNATTRIBUTED, T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        # After "Interview highlights", the uncued answers are the interviewee's, the topic
        # lines are not (train2 PfMa5G1xtL9I66wo) ...
        (
            (
                'Jane Doe, a teacher, tells Fresh Air about her school. "It works," she says.\n\n'
                "Interview highlights\n\nOn why she chose the school\n\nThe mission of public "
                "schools is equality. I just believe that."
            ),
            [T.NAMED_PERSON, T.NAMED_PERSON, T.UNATTRIBUTED, T.UNATTRIBUTED]
            + [T.NAMED_PERSON] * 2,
        ),
        # ... and without the heading they are narration.
        (
            (
                'Jane Doe, a teacher, tells Fresh Air about her school. "It works," she says.\n\n'
                "The mission of public schools is equality."
            ),
            [T.NAMED_PERSON, T.NAMED_PERSON, T.UNATTRIBUTED],
        ),
        # A lead-in that only names a record or an outlet gives the block after it that source
        # (train3 Sak8rqJqTf1fkGHG, it9Rw36cA6hXEHd9) ...
        (
            "From the Times:\n\nThe authorities have gathered DNA samples. They kept them.",
            [T.CITED_OUTLET] * 3,
        ),
        (
            (
                "Some examples from the guidance:\n\n- Schools should space desks apart.\n\n"
                "- Churches should stream services."
            ),
            [T.DOCUMENT] * 3,
        ),
        # ... and a statement announced by its maker, the lead-in included (heldout52
        # kvVVW76M0FvmRWA4 [6]-[10]; corpus NYdABEwu4PCzXZeL, cLOh0nhCsShF7vqi: the quotation
        # went to the source before the lead-in) ...
        (
            (
                "Analyst Mara Liasson said the vote was close.\n\nWe've received this statement "
                "from President Obama on the confirmation:\n\n\"I applaud the Senate. Vivek will "
                "hit the ground running.\""
            ),
            [T.NAMED_PERSON] + [T.NAMED_OFFICIAL] * 3,
        ),
        # ... but not a statement that is the subject of another verb, nor one of a list.
        (
            (
                "The statement from the Navajo Nation followed the Washington Redskins announcing "
                "the change:\n\nWe are retiring the name."
            ),
            [T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        (
            (
                "Between the opening statement from investigators, her testimony and other "
                "evidence, here is what we learned:\n\nThe scheme ran for years."
            ),
            [T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        # ... but not one that names nothing ("The details:"), nor a bare "The plan:".
        ("The details:\n\nThe city will hire teachers.", [T.UNATTRIBUTED, T.UNATTRIBUTED]),
        ("The plan:\n\nThe city will hire teachers.", [T.UNATTRIBUTED, T.UNATTRIBUTED]),
        # A list after an attributed lead-in goes on item by item, with the lead-in's source
        # (train2 tVOuasSYPjzPN8St, train xZsiKsBTj5jjuXaf) ...
        (
            (
                "The ministry said the latest figures were:\n\n\u2014 China: 636 deaths. Most were "
                "in Hubei.\n\n\u2014 Japan: 86\n\n\u2014 Singapore: 30"
            ),
            [T.NAMED_ORGANIZATION] * 5,
        ),
        # ... but not a list whose items have cues of their own, nor after an unattributed one.
        (
            (
                "Here is the week:\n\n- Mayor Jane Doe said she would run.\n\n- The council met on "
                "Monday.\n\n- The vote is on Friday."
            ),
            [T.UNATTRIBUTED, T.NAMED_OFFICIAL, T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        # An uncued lead-in that announces a source's findings carries it to its list (rule 3;
        # heldout12 kPHINHKuOMQRTvMR, heldout11 9XOjFmDgtfe3FLuG): after a colon ...
        (
            (
                "Trump and Clinton are tied, according to four new NBC News polls.\n\n"
                "Here are the particulars for each of the four polls:\n\n"
                "\u2022 Georgia had Trump leading Clinton 46-43.\n\n\u2022 Nevada had Clinton up 45-44."
            ),
            [T.NAMED_ORGANIZATION, T.UNATTRIBUTED] + [T.NAMED_ORGANIZATION] * 2,
        ),
        (
            (
                "The federal report concluded that officers used excessive force.\n\n"
                "Among the most troubling disclosures:\n\n\u2022 Officers struck victims in the head."
            ),
            [T.DOCUMENT, T.UNATTRIBUTED, T.DOCUMENT],
        ),
        # ... or, naming the polls, before items of figures ...
        (
            (
                "Trump and Clinton are tied, according to four new NBC News polls.\n\n"
                "The race is as tight in each poll with Johnson included.\n\n"
                "\u2022 Georgia: Trump (44), Clinton (42).\n\n\u2022 Nevada: Trump (42), Clinton (41)."
            ),
            [T.NAMED_ORGANIZATION, T.UNATTRIBUTED] + [T.NAMED_ORGANIZATION] * 2,
        ),
        # ... but the writer's own list stays the writer's, and so do items with no figures
        # after a lead-in without a colon.
        (
            (
                "Iran's new contracts were shown, the oil ministry said.\n\n"
                "Here are five things to know about them:\n\n\u2022 The contracts run 20 years."
            ),
            [T.NAMED_ORGANIZATION, T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        (
            (
                "Trump and Clinton are tied, according to four new NBC News polls.\n\n"
                "The race is as tight in each poll.\n\n\u2022 Voters are tired of the campaign."
            ),
            [T.NAMED_ORGANIZATION, T.UNATTRIBUTED, T.UNATTRIBUTED],
        ),
        # A transcript's speaker goes on to the end of the turn (train2 1iXZ8KpniCqAVVzc,
        # RyrPzzrhPW2jUX9S); the next paragraph is the article's again ...
        (
            (
                "Sen. Ted Cruz went a different route.\n\nCRUZ: The front line is here. Border "
                "security is national security. Now we have seen it.\n\nIt was a grim debate."
            ),
            [T.UNATTRIBUTED] + [T.NAMED_OFFICIAL] * 3 + [T.UNATTRIBUTED],
        ),
        # ... and the turns of the outlet's own staff, tagged "BYLINE" or "HOST" where they
        # first speak, are the outlet's own voice (rule 10), but for a cue of their own.
        (
            (
                "David Folkenflik covers the network of Kate O'Brian.\n\nDAVID FOLKENFLIK, BYLINE: The "
                "network launched.\n\nO'BRIAN: We live here. We exist here.\n\nFOLKENFLIK: "
                "The network has 70 bureaus. It has limited ads.\n\nFOLKENFLIK: Brown predicts "
                "the ratings will matter."
            ),
            [T.UNATTRIBUTED] * 2 + [T.NAMED_PERSON] * 2 + [T.UNATTRIBUTED] * 2 + [T.NAMED_PERSON],
        ),
    ],
)
def test_a_quotation_or_an_account_goes_on(text: str, expected: list[SourceType]) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 9: a post whose paragraph opens with its author's name and handle is the
        # author's, every sentence of it (The Guardian's embeds; train2 Y9l3xZgYIMF30r36) ...
        (
            (
                "The row went on online.\n\nMayor Jane Doe (@janedoe) We will not back down. "
                "The city stands firm.\n\nThe council meets on Monday."
            ),
            [T.UNATTRIBUTED, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.UNATTRIBUTED],
        ),
        # ... not a paragraph that only mentions a handle further on.
        (
            "The row went on online.\n\nHer account (@janedoe) was quiet. The city stands firm.",
            [T.UNATTRIBUTED] * 3,
        ),
    ],
)
def test_an_embedded_post_is_its_authors(text: str, expected: list[SourceType]) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "carried"),
    [
        # Rule 3: the same subject goes on with "also" (seeds, train, train2) ...
        ("She also would not discuss the vote.", True),
        ("Lee is also asking for a hearing.", True),
        # ... but a plain action is narration (rule 7), and so is another subject.
        ("Lee also visited a hospital.", False),
        ("Smith also wants a hearing.", False),
    ],
)
def test_the_same_subject_goes_on_with_also(sentence: str, carried: bool) -> None:
    second = T.NAMED_OFFICIAL if carried else T.UNATTRIBUTED
    assert types_of(f"Senator Ann Lee said the bill would pass. {sentence}") == [
        T.NAMED_OFFICIAL,
        second,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 3: a new paragraph that opens a quotation is the speaker named at its end (train) ...
        (
            (
                "Retirement savings advocates say the accounts are a good first step.\n\n\"How do you get "
                'people to save? They need a push," said William Gale, an economist at Brookings.'
            ),
            [T.UNNAMED_SOURCE, T.NAMED_PERSON, T.NAMED_PERSON],
        ),
        # ... and "she said" at its end keeps the speaker before.
        (
            'Senator Ann Lee said the bill would pass.\n\n"We have the votes. We will win," she said.',
            [T.NAMED_OFFICIAL, T.NAMED_OFFICIAL, T.NAMED_OFFICIAL],
        ),
    ],
)
def test_a_new_paragraphs_quotation_is_its_closing_speakers(
    text: str, expected: list[SourceType]
) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 7: the refusal alone is unattributed; a clause after it keeps its own source.
        ("The Justice Department declined to comment.", [T.UNATTRIBUTED]),
        (
            (
                "LaBolt declined to comment, but a campaign official who asked not to be named"
                " said the campaign played no role."
            ),
            [T.UNNAMED_SOURCE],
        ),
        ("A spokeswoman did not return requests seeking comment, officials said.", [T.UNATTRIBUTED]),
    ],
)
def test_a_refusal_to_comment_leaves_the_next_clause_its_source(
    text: str, expected: list[SourceType]
) -> None:
    assert types_of(text) == expected


def test_a_bylines_name_is_no_antecedent() -> None:
    """ "Will Schmitt" above the body is not "the woman" who told KSDK (train2, issue 15)."""
    from sourcing.api import analyze_text

    text = (
        "Will Schmitt\n\nWSCHMITT@NEWS-LEADER.COM\n\nJEFFERSON CITY, Mo. \u2014 The woman with"
        " whom the governor had an affair stood by her account in a new interview.\n\n"
        '"I didn\'t want this," the woman told KSDK.'
    )
    statements = analyze_text(text, model=None).statements
    assert [(s.type, s.source) for s in statements][-1] == (T.UNNAMED_SOURCE, "the woman")


def test_a_closing_according_to_an_outlet_is_the_via() -> None:
    """GUIDELINES `via`: "according to the Times" names the relaying outlet; the type stays
    the speaker's (rule 1)."""
    text = '"It was a brawl," Joe Biden said, according to CBS News.'
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    [statement] = attribute_statements(document, sentences, DEFAULT_SETTINGS)
    assert (statement.type, statement.source, statement.via) == (
        T.NAMED_OFFICIAL,
        "Joe Biden",
        "CBS News",
    )


def test_an_outlet_reporting_a_named_speaker_without_that_relays_them() -> None:
    """Rule 1: "Politico reports Reyes argued ..." is Reyes's, via the outlet; so is the rest
    of the quotation (rule 3; train3 PLXbiTQLFTrjcE8t [3]-[5] were the outlet's)."""
    text = (
        "Mayor Dana Reyes spoke on Monday. Politico reports Reyes argued that the levy is unfair,"
        ' saying, "It hurts renters. So who pays for it?"'
    )
    assert relays_of(text)[1:] == [
        (T.NAMED_OFFICIAL, "Reyes", "Politico"),
        (T.NAMED_OFFICIAL, "Reyes", "Politico"),
    ]


def test_an_outlet_closing_a_speakers_quotation_relays_it() -> None:
    """Rule 1 with rule 3: the rest of Reyes's quotation, closed by "according to Politico",
    stays hers, via the outlet (train3 PLXbiTQLFTrjcE8t [7] was the outlet's)."""
    text = (
        "Dana Reyes, a former county clerk, spoke on Monday. Reyes tweeted, \"Did you know the"
        ' levy doubled? Fix it before blaming others," according to Politico.'
    )
    assert relays_of(text)[1:] == [
        (T.NAMED_PERSON, "Reyes", None),
        (T.NAMED_PERSON, "Reyes", "Politico"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A description referring back keeps the outlet that closes its sentence as its via
        # (train3 PLXbiTQLFTrjcE8t [9]; train2 eonAKWe6gylV9Jpq [14] "he said, according to
        # ABC News" had none) ...
        (
            "Mayor Ann Lee spoke in May. The mayor told a group about her plans, according to CBS News.",
            [(T.NAMED_OFFICIAL, "Ann Lee", "CBS News")],
        ),
        (
            (
                "Dana Reyes, a former county clerk, spoke on Monday. The former Miss Michigan told"
                " a group of Republicans about her views, according to Politico."
            ),
            [(T.NAMED_PERSON, "Dana Reyes", "Politico")],
        ),
        # ... while a sentence of its own closing with no outlet keeps none from the statement
        # it refers to (train2 eonAKWe6gylV9Jpq [17] "he said, according to reports").
        (
            (
                "Dana Reyes, a former county clerk, spoke on Monday. The former Miss Michigan told"
                ' a group of Republicans about her views, according to Politico. "I am glad," she'
                " said, according to reports."
            ),
            [(T.NAMED_PERSON, "Dana Reyes", "Politico"), (T.NAMED_PERSON, "Dana Reyes", None)],
        ),
    ],
)
def test_a_reference_takes_the_outlet_closing_its_own_sentence_as_via(
    text: str, expected: list[tuple[SourceType, str, str | None]]
) -> None:
    assert relays_of(text)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GUIDELINES `via`: "reportedly told OUTLET" relays the outlet's report of what it was
        # told; the source keeps its type (rule 1; train2 v6dkwvWMCx9FhWQr [22], heldout27
        # mgfgdMIamdCB8Jye [2]) ...
        (
            ("\u201cTwo officials familiar with the memo\u2019s contents\u201d reportedly told "
             "ABC that the concerns \u201cwere detailed in a November report.\u201d"),
            [(T.UNNAMED_SOURCE, "Two officials familiar with the memo\u2019s contents", "ABC")],
        ),
        (
            ("A Kardashian source also reportedly told Entertainment Tonight that the family is "
             "concerned."),
            [(T.UNNAMED_SOURCE, "A Kardashian source", "Entertainment Tonight")],
        ),
        # ... a named speaker too, where "reportedly" with no outlet told is others' report
        # (rule 4: "Rod Rosenstein reportedly told Trump") ...
        (
            "Senator Dana Reyes reportedly told The Washington Post on Sunday that she would run.",
            [(T.NAMED_OFFICIAL, "Senator Dana Reyes", "The Washington Post")],
        ),
        (
            "Senator Dana Reyes reportedly confirmed to Politico that she would run.",
            [(T.NAMED_OFFICIAL, "Senator Dana Reyes", "Politico")],
        ),
        # ... and "the outlet" told is the outlet named before, as is the source referring
        # back to the speaker (train2 v6dkwvWMCx9FhWQr [22] [23]).
        (
            ("The Sun also reported on Tuesday that the star is furious. A source reportedly told "
             "the outlet that \"Kim has had it.\" \"He is an embarrassment,\" the source added."),
            [(T.CITED_OUTLET, "The Sun", None)] + [(T.UNNAMED_SOURCE, "A source", "The Sun")] * 2,
        ),
        # A plain "told CNN" makes CNN the hearer, no via (GUIDELINES `via`).
        (
            "A senior official told CNN that the talks had failed.",
            [(T.UNNAMED_SOURCE, "A senior official", None)],
        ),
        (
            "Senator Dana Reyes told The Washington Post on Sunday that she would run.",
            [(T.NAMED_OFFICIAL, "Senator Dana Reyes", None)],
        ),
        # "Reportedly" with a hearer that is no outlet relays nothing.
        (
            "A senior official reportedly told lawmakers that the talks had failed.",
            [(T.UNNAMED_SOURCE, "A senior official", None)],
        ),
    ],
)
def test_a_source_that_reportedly_told_an_outlet_is_relayed_by_it(
    text: str, expected: list[tuple[SourceType, str, str | None]]
) -> None:
    assert relays_of(text) == expected


def test_an_outlet_described_in_a_via_is_the_outlet_named_before() -> None:
    """GUIDELINES `via` names the outlet: "according to the newspaper" after "The Washington
    Post reported" is the Post (train2 SaqjzTfuO5sDCeJV [1] was "the newspaper")."""
    text = (
        "Obama will propose blocking the refuge from drilling, The Washington Post reported on "
        "Sunday. The plan would ban drilling, according to the newspaper, citing people briefed "
        "on the plan."
    )
    assert relays_of(text)[1][2] == "The Washington Post"


def test_a_participle_clause_before_a_pronoun_gives_the_reason_of_its_antecedent() -> None:
    """Guardian g7Zb6HynfCQPUG1C [2]-[3] (issue 12): "Speaking on condition of anonymity he
    said" is the unnamed official of the sentence before, and states his reason."""
    text = (
        "On Tuesday an unnamed senior Egyptian forensics official told Associated Press that he "
        "had examined the remains. Speaking on condition of anonymity he said all 80 pieces "
        "were small."
    )
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    marked = mark_anonymity_reasons(attribute_statements(document, sentences, DEFAULT_SETTINGS))
    assert [(s.type, s.anonymity_reason) for s in marked] == [
        (T.UNNAMED_SOURCE, True), (T.UNNAMED_SOURCE, True)]


def test_a_pronoun_takes_no_phrase_that_names_no_person() -> None:
    """train: "she" is not "a per-barrel development fee", which "based on" took for a source."""
    text = ("Companies will be paid based on a per-barrel development fee, Talin Mansourian said. "
            "NIOC will announce other terms later, she said.")
    assert types_of(text)[1] is T.NAMED_PERSON


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # heldout8 39Dn1d3kX4So3dzx [7]: "he" is the prime minister named in its own sentence,
        # not the general quoted before.
        (
            (
                "Brig. Gen. Tahseen Ibrahim, a ministry spokesman, said the city was calm. "
                "\u201cIt is under control,\u201d he told the AP. The fighting came as Iraqi Prime "
                "Minister Haider al-Abadi was visiting Washington, where he asked for more support."
            ),
            "Haider al-Abadi",
        ),
        # ... also past an adverb or an aside before its verb (train xJsQfiEjidzkVslp [5],
        # WsTMf4kBrQW8z2TT: "he" and "she" were the sources quoted before).
        (
            (
                "Witness Ray Dotch said he heard shots. Police Chief Kerr Putney also released "
                "photographs of a gun that he said was found at the scene."
            ),
            "Kerr Putney",
        ),
        # A possessive opening the sentence names whom "he" in its relative clause means
        # (heldout52 JYhaUCXhuBGMHdd1 [13]: Obama, the very person "whom" stands for).
        (
            (
                "\u201cWe can do it,\u201d President Obama said. Sen. Marco Rubio unveiled a plan. "
                "Rubio\u2019s proposal comes ahead of specifics from the president, whom he says "
                "has \u201cnot done a thing\u201d on the issue."
            ),
            "Rubio",
        ),
        # A titled possessor whose thing opens the sentence, "he" after "after" (the quoted
        # path of citation_cues; corpus gzzKNIc6hjYGLG13 [15] went to the name before).
        (
            (
                "Mayor Bill Smith spoke first. Gov. Chris Christie\u2019s trade mission to London was "
                "overshadowed after he was quoted as saying that parents need balance."
            ),
            "Chris Christie",
        ),
        (
            (
                "Jay Sekulow said the inquiry should end. President Trump tweeted on Monday. "
                "Trump's tweet came after another tweet last week in which he said the inquiry "
                "was rigged."
            ),
            "Trump",
        ),
        (
            (
                "Analyst Jane Randazzo said the firms were too big. Facebook faced criticism. "
                "Sen. Elizabeth Warren, for one, has advocated breaking up what she believes is "
                "a monopoly."
            ),
            "Elizabeth Warren",
        ),
        # A name inside a quotation is no antecedent of the speaker.
        (
            (
                "Senator John Smith said the vote failed. Jane Doe voted for it. "
                "\u201cWe knew Jane Doe was wrong,\u201d he said."
            ),
            "Senator John Smith",
        ),
        # heldout9 Z2RgCr78E4H2DkRT [12]: the main clause's own subject, a description, is
        # "he"; not the leading clause's subject but the one other person that clause names.
        (
            (
                "Special Counsel Robert Mueller said nothing. Attorney General William Barr "
                "testified. After Mr. Mueller delivered his report to Mr. Barr in March, the "
                "attorney general issued a summary in which he said there was no collusion."
            ),
            "Barr",
        ),
        # train2 QjnneB7DS4Nh2sB6 [10]: "she" is the person the narration just before opens
        # with, not the last quoted speaker of that gender the text does not give.
        (
            (
                "\u201cWe hope this helps,\u201d PG&E CEO Bill Johnson said. Camp Fire survivor "
                "Lisa Williams was outraged with the outcome. \u201cIt\u2019s a crime,\u201d she said."
            ),
            "Lisa Williams",
        ),
        # An apposition may stand between the narration's subject and its verb (tenth
        # reading set: CBN, "she noted" was the last source's).
        (
            (
                "\u201cWe can win,\u201d explained Jill Stanek, national campaign chair of the "
                "Susan B. Anthony List.\n\nMelissa Cifuentes, a pro-life activist, has been "
                "fighting a similar law in Rhode Island. \u201cWe are called to use our voice,\u201d "
                "she noted."
            ),
            "Melissa Cifuentes",
        ),
        # The one person a narration sentence names, introduced at its end with an
        # apposition, is the next "he" (tenth reading set: New York Post, under Trump).
        (
            (
                "\u201cWe\u2019re looking for peace,\u201d Trump said.\n\nThe idea was greeted "
                "with disdain by his fellow leaders \u2013 all but Giuseppe Conte, Italy\u2019s "
                "brand-new prime minister.\n\n\u201cRussia should return to the G-8,\u201d he "
                "tweeted on Friday."
            ),
            "Giuseppe Conte",
        ),
        # The narration's subject is the last source again: the source keeps its fuller words.
        (
            (
                "\u201cIt was a privilege,\u201d Air Force Secretary Heather Wilson said. Wilson "
                "was named in March. She said she will resign."
            ),
            "Air Force Secretary Heather Wilson",
        ),
        # A narration sentence that names one person and refers to that person by a pronoun
        # is about that person, whom the next "he" means (corpus 3YuB95GvsqqOZ3Fy [119]: the
        # paint store owner, not the last speaker).
        (
            (
                "\u201cIt would be messy,\u201d Jeff Fox said.\n\nFor Duane Miller in his paint "
                "store, the picture was no rosier.\n\n\u201cThe people are disgusted,\u201d he said."
            ),
            "Duane Miller",
        ),
        # A narration sentence opened by the same pronoun lies between: "He portrayed" is the
        # president's too (NYT wb64wcSSru4qMlUy [5], given to the spokesman quoted first).
        (
            (
                "\u201cThat must be the red line,\u201d said the spokesman, Brendan Buck. A clear "
                "theme of Mr. Obama\u2019s remarks was that he believed the debate had been "
                "distorted. He portrayed the leaks as sensational. The result has been "
                "misimpressions, he said."
            ),
            "Obama",
        ),
    ],
)
def test_a_pronoun_takes_the_subject_named_earlier_in_its_sentence(text: str, source: str) -> None:
    assert sources_of(text)[-1] == source


def test_a_credit_cut_off_after_a_question_takes_the_person_narrated_before_the_quotation() -> None:
    # heldout28 jkS7I6YA49nzuqTb [10]-[12]: "he said" is the credit of the quotation just
    # before it, cut off at its question mark; "he" is Graham, who opens the narration before
    # the quotation past an adverb ("also took"), not the speaker quoted before him (rule 2),
    # and the quotation is his too (rule 3). Since stop 45 the question and its credit are one
    # statement (segment.py joins a quotation closed on "?" to the words in lower case after it).
    text = (
        '"It is something we see," Arina Grossu, director of the Center for Human Dignity at '
        "Family Research Council, said. Franklin Graham also took exception to the president's "
        'actions. "Is there no end to the lengths the president will go?" he said in a '
        "Facebook post."
    )
    assert sources_of(text)[1:] == [None, "Franklin Graham"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The tweet", "the statement": what the nearest earlier source said (rules 2 and 9).
        (('Senator Jane Roe tweeted Sunday that the vote "was rigged." The tweet said. '
          'Roe later deleted it.'),
         [(T.NAMED_OFFICIAL, "Senator Jane Roe"), (T.NAMED_OFFICIAL, "Senator Jane Roe"),
          (T.UNATTRIBUTED, None)]),
        (('In a joint statement, President Ann Lee and Prime Minister Bo Park said they "abhor" '
          'the attack. "It threatens us all," the statement said.'),
         [(T.NAMED_OFFICIAL, "President Ann Lee and Prime Minister Bo Park"),
          (T.NAMED_OFFICIAL, "President Ann Lee and Prime Minister Bo Park")]),
        # Another source in between: the statement is no longer theirs to take.
        (('In a joint statement, President Ann Lee and Prime Minister Bo Park said they "abhor" '
          'the attack. The Corrections Department confirmed the arrest. "He was suspended," the '
          'statement said.'),
         [(T.NAMED_OFFICIAL, "President Ann Lee and Prime Minister Bo Park"),
          (T.NAMED_ORGANIZATION, "The Corrections Department"),
          (T.NAMED_ORGANIZATION, "the statement")]),
        # "the statement reads" is the statement's verb: its issuer's words (train3
        # wC3I48lN91w0ZvIl [17]: Moonves's statement to The New Yorker).
        (('In a statement to the Herald, Mayor Jane Roe admitted the delay. She did not say why. '
          '"The claims are false," the statement reads.'),
         [(T.NAMED_OFFICIAL, "Mayor Jane Roe"), (T.UNATTRIBUTED, None),
          (T.NAMED_OFFICIAL, "Mayor Jane Roe")]),
        # A content verb ("referred to", "listed") reports an issued statement's words, as a
        # document's (rule 7; heldout24 eBoOXcI23bVZqtqN [17]).
        (('The Valley Liberation Front issued a statement on Monday. Fighting resumed hours later. '
          'The statement referred to "martyrs of the valley," a phrase the group has used before.'),
         [(T.NAMED_ORGANIZATION, "The Valley Liberation Front"), (T.UNATTRIBUTED, None),
          (T.NAMED_ORGANIZATION, "The Valley Liberation Front")]),
    ],
)
def test_a_definite_statement_is_its_speakers(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


def test_a_role_named_later_is_the_name_nearest_the_role_word() -> None:
    """The sixty-first reading set, CBS 5tT2TpQMB7RU358Q [1]: "The 38-year-old San Francisco
    area lawmaker announced ..." is Swalwell, "a four-term lawmaker" in "Under the Trump
    administration, Swalwell, a four-term lawmaker, ...", not Trump, the first name near the
    role word (rule 6; keyed with Trump as its source)."""
    text = (
        "California Rep. Eric Swalwell, one of President Trump's most outspoken critics in Congress, "
        "announced he is seeking the Democratic nomination. The 38-year-old San Francisco area "
        "lawmaker announced his campaign during an appearance on a late-night show. Under the Trump "
        "administration, Swalwell, a four-term lawmaker, has been a frequent critic of the president."
    )
    assert typed_sources(text)[1] == (SourceType.NAMED_OFFICIAL, "Swalwell")


@pytest.mark.parametrize(
    ("text", "index", "source"),
    [
        # heldout9 ahNtF7yUJ77DlSdU [2]: "The spokesman" is the spokesman of the statement
        # before, named later (rule 6), not the other person named in the lede.
        (
            (
                "A tweet from Chinese politician Lijian Zhao does not violate the rules, a company "
                "spokesman said. The spokesman reiterated the existing rules. Zhao has 300,000 "
                "followers. \u201cOur goal is to amplify health information,\u201d Twitter "
                "spokesman Trenton Kennedy said."
            ),
            1,
            "Trenton Kennedy",
        ),
        # train2 vsxMuiaWKW3NcWRA [7]: "the president" of an earlier statement resolved to
        # Donald Trump, not Schiff, named last.
        (
            (
                "Donald Trump attacked Democrats on Monday. During a speech, the president said "
                "Democrats were not patriotic. Earlier, the president targeted Adam Schiff, the "
                "ranking Democrat. \u201cLittle Adam Schiff,\u201d the president tweeted, \u201cis a "
                "liar.\u201d"
            ),
            -1,
            "Donald Trump",
        ),
    ],
)
def test_a_definite_role_takes_the_source_described_so_before(
    text: str, index: int, source: str
) -> None:
    assert sources_of(text)[index] == source


def test_a_party_word_in_a_definite_role_names_no_one_else() -> None:
    """heldout8 POU8FZCh9bFLOChu [8]: "The GOP nominee" is the official the article names,
    as "the Republican nominee" is ("GOP" describes any of its officials, like a nationality)."""
    text = (
        "\u201cI am who I am,\u201d Donald Trump tweeted. The GOP nominee later tweeted Sunday "
        "afternoon saying Hillary Clinton is \u201cbeing protected by the media.\u201d"
    )
    assert sources_of(text)[-1] == "Donald Trump"


def test_an_unidentified_description_is_no_named_person() -> None:
    """heldout10 Hill E8ixnlo7MN7LImdw [4]: "the unidentified official wrote" is an unnamed
    source (rule 6), not Trump, the official the op-ed is about; "the official" after it is
    that unnamed official again."""
    text = (
        "An op-ed in The New York Times blasted President Trump on Wednesday. "
        "\u201cWe believe our first duty is to this country,\u201d the unidentified official wrote. "
        "In the piece, the official denounces Trump\u2019s \u201camorality.\u201d"
    )
    assert typed_sources(text)[1:] == [
        (T.UNNAMED_SOURCE, "the unidentified official"),
        (T.UNNAMED_SOURCE, "the unidentified official"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # heldout Washington Times j8cXfxjkpEHm7MzE [9]: a state and party after the name, as
        # "R-Wyo." is, describe the name before them; the verb after them is its cue.
        (
            (
                "Sen. Richard Durbin, Illinois Democrat, said if Mr. Trump really wants to "
                "protect people, he should stop."
            ),
            "Sen. Richard Durbin, Illinois Democrat",
        ),
        # heldout New York Times eVZz4HdCmIXzcYQm [6].
        (
            "Speaker John A. Boehner, Republican of Ohio, has said he is hopeful the House will act.",
            "Speaker John A. Boehner, Republican of Ohio",
        ),
        # train O7zCV1OpbwA5isvb: the gold's source (was "Mr. Trump", carried over).
        (
            (
                "Mr. Trump spoke first. A co-host of the breakfast, Rep. Tom Suozzi, New York "
                "Democrat, said, \u201d \u2018Love your enemies\u2019 is a tough message."
            ),
            "Rep. Tom Suozzi, New York Democrat",
        ),
    ],
)
def test_a_state_and_party_after_a_name_describe_it(text: str, source: str) -> None:
    assert typed_sources(text)[-1] == (T.NAMED_OFFICIAL, source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # train2 KASIGVhzFPvVfOGm [5] (gold named_organization): a retort is a speech act.
        ("But the department pushed back on that characterization.", (T.NAMED_ORGANIZATION, "the department")),
        ("The senator is pushing back against the plan.", (T.UNNAMED_SOURCE, "The senator")),
        # "pushed back" alone is a plain act on a thing ("pushed back the vote").
        ("The department pushed back the vote to March.", (T.UNATTRIBUTED, None)),
    ],
)
def test_pushing_back_on_a_claim_is_said(text: str, expected: tuple[SourceType, str | None]) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # train fhVFhrtB1CJ83hvp [1748] (gold named_organization): a plea with its content.
        (
            "In April, China appealed to Washington to avoid damaging business confidence.",
            (T.NAMED_ORGANIZATION, "China"),
        ),
        # train2 LBQaHZxAccPNBb7r [690] (gold named_official): a portrayal given in speech.
        (
            "President Trump painted a dark picture of relations with Russia.",
            (T.NAMED_OFFICIAL, "President Trump"),
        ),
        # A stated cause (the allsides corpus: "Ambassador Haley chalks it up to President
        # Trump's style").
        (
            "Director Jeff Sandy chalked the cadets' behavior up to ignorance.",
            (T.NAMED_OFFICIAL, "Director Jeff Sandy"),
        ),
        # Near misses: drawing support, a court appeal of a thing, a painting.
        ("The proposal appealed to moderates in both parties.", (T.UNATTRIBUTED, None)),
        ("The senator appealed the ruling to the full court.", (T.UNATTRIBUTED, None)),
        ("The artist painted a portrait of the mayor.", (T.UNATTRIBUTED, None)),
    ],
)
def test_an_appeal_a_portrayal_or_a_stated_cause_is_said(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout29 hkyT4Yk2DJNk3o4d [20] (read named_official): his objection with its reasons.
        (
            (
                "Homeland Security Secretary Jeh Johnson has spoken out against that option because "
                "it would not allow DHS to hire new Secret Service agents."
            ),
            (T.NAMED_OFFICIAL, "Homeland Security Secretary Jeh Johnson"),
        ),
        # In a subordinate clause, the stance is the narration's background (allsides corpus).
        ("The war had dragged on for years before Walter Cronkite spoke out against it.", (T.UNATTRIBUTED, None)),
    ],
)
def test_speaking_out_against_is_said_in_a_main_clause(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text)[-1] == expected


def test_concerns_raised_with_their_content_are_the_speakers() -> None:
    """heldout19 YEzysbFtcjlhJC56 [18] (read named_organization): concerns with their content."""
    text = (
        "Some groups like the National Retail Federation are raising similar concerns about the "
        "prospect of tariffs targeting China."
    )
    assert typed_sources(text)[-1] == (T.NAMED_ORGANIZATION, "Some groups like the National Retail Federation")


def test_a_speaking_aside_after_the_opening_subject_keeps_its_verb() -> None:
    """heldout BcTFdfycQYmFqEZa [2]: the verb after ", speaking on condition of anonymity ...,"
    is the opening subject's, not an inverted cue whose source follows it ("Smith was ...")."""
    text = (
        "Gov. Mark Dayton named Tina Smith. A senior Democratic Senate aide in Washington, "
        "speaking on condition of anonymity for the same reason, confirmed Smith was Dayton's pick."
    )
    aide = (T.UNNAMED_SOURCE, "A senior Democratic Senate aide in Washington")
    assert typed_sources(text)[-1] == aide


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout Z4dNVwRa2DKYfQph [12]: "the group's director" is not the president named before.
        (
            (
                "President Barack Obama spoke about the IRS. The only way it could have been "
                "made public, the group\u2019s director said, is if someone had leaked it."
            ),
            (T.UNNAMED_SOURCE, "the group\u2019s director"),
        ),
        # train AfAzYqn2YCdTUz9l [15] (gold unnamed_source): not Mnuchin, named before.
        (
            (
                "Treasury Secretary Steven Mnuchin announced sanctions. And the country\u2019s "
                "top prosecutor revealed that he would seek the death penalty."
            ),
            (T.UNNAMED_SOURCE, "the country\u2019s top prosecutor"),
        ),
        # A person described by the role is it.
        (
            (
                "Jane Roe, the group\u2019s director, met the panel. The group\u2019s director "
                "said it went well."
            ),
            (T.NAMED_OFFICIAL, "Jane Roe"),
        ),
    ],
)
def test_a_role_owned_by_something_else_is_only_a_person_described_so(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout wy0CX1DONT4jN107 [22]: the bare plural group before the verb is its subject.
        ("Biden, aides say, is also likely to emphasize the plan.", (T.UNNAMED_SOURCE, "aides")),
        ("Obama, senior officials said, will travel to Ohio.", (T.UNNAMED_SOURCE, "senior officials")),
        # Reuters yptBiyz16TQnLDXL [1]: "local media" after a name is the outlets, no appositive.
        (
            ("Kemp was projected to defeat Lieutenant Governor Casey Cagle, who had the "
             "endorsement of Deal, local media reported."),
            (T.UNNAMED_SOURCE, "local media"),
        ),
        # A group joined to the name, or a description of the name, stays with the name (train2).
        (
            "Rep. Frank Wolf, R-Va., and other lawmakers expressed disappointment at the decision.",
            (T.NAMED_OFFICIAL, "Rep. Frank Wolf, R-Va., and other lawmakers"),
        ),
        ("John Smith, a former aide, said the plan failed.", (T.NAMED_PERSON, "John Smith, a former aide")),
    ],
)
def test_a_bare_group_before_the_verb_is_no_description_of_a_name(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text)[-1] == expected


def test_back_opens_an_adverbial_clause_not_a_subject() -> None:
    """train3 fLIt7QDxeYHzwzcA [11] (gold named_official Trump): "Back in July of 2015," is a
    leading adverbial clause; the sentence's subject, Trump, follows its comma."""
    text = (
        "Back in July of 2015, Trump attacked McCain for the years he spent in a prison, telling "
        "voters in Iowa: \u201cHe\u2019s not a war hero.\u201d"
    )
    assert typed_sources(text)[0] == (T.NAMED_OFFICIAL, "Trump")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("WASHINGTON\u2014Sen. Jane Roe said the bill was dead.", "Sen. Jane Roe"),
        ("DOUGLAS, Ariz.\u2014Sen. Ted Cruz said the border was open.", "Sen. Ted Cruz"),
        ("OVD-Info said the police detained 300 people.", "OVD-Info"),
    ],
)
def test_a_datelines_dash_ends_before_the_subject(text: str, source: str) -> None:
    """train JaEJ0SEkPOsZuTPV [0]: the source was "WASHINGTON—Attorney General Jeff Sessions"."""
    assert typed_sources(text)[0][1] == source


def test_fresh_off_opens_an_adverbial_clause_not_a_subject() -> None:
    """corpus WiH212egtj2PyHJ2 [0]: "Fresh off the ... season," is a leading adverbial clause;
    the subject was "Fresh", and Trump's tweet quoted after it was carried to "Fresh"."""
    text = (
        "Fresh off the nation's biggest holiday shopping season, President Trump went postal on "
        "Amazon, suggesting on Twitter the retailer is taking advantage of the mail service."
    )
    assert typed_sources(text)[0] == (T.NAMED_OFFICIAL, "President Trump")


def test_he_after_narration_whose_subject_does_not_is_that_subject() -> None:
    """train3 fLIt7QDxeYHzwzcA [16] (gold McCain): "In his book, McCain doesn't pull any
    punches about Trump. "...," he writes" is McCain, the subject of "doesn't", not Trump,
    the last speaker."""
    text = (
        "Back in July of 2015, Trump attacked McCain, telling voters: \u201cHe\u2019s not a war "
        "hero.\u201d In his book, McCain doesn\u2019t pull any punches about Trump. \u201cHe seems "
        "uninterested in the moral character of world leaders,\u201d he writes."
    )
    assert typed_sources(text)[-1] == (T.NAMED_OFFICIAL, "McCain")


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # heldout12 SzppTv2yPjkl8WIj [14]: the Journal reported after the administration
        # spoke, so "It reported" is the Journal (rule 2) ...
        ("An official said the numbers reported by the Journal were not final.", T.CITED_OUTLET),
        ("The Journal's figure is pegged to 834 transmissions.", T.CITED_OUTLET),
        # ... and with no outlet reporting since, "it" is the administration that spoke last.
        ("An official said the numbers were not final.", T.NAMED_ORGANIZATION),
    ],
)
def test_it_that_reports_is_the_outlet_that_reported_last(between: str, expected: SourceType) -> None:
    text = (
        "Fewer than 50,000 people signed up, the Wall Street Journal reported on Monday. "
        f"The administration has said it will release official data this week. {between} "
        "It reported private plans had received data for 40,000 users."
    )
    assert types_of(text)[-1] is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout10 YV8Fv5ZqDjrK2Emn [11]: a number counts the noun after it; "Eleven" is no
        # person who "states" ...
        ("Eleven states, including New York and California, filed suit this year.", [T.UNATTRIBUTED]),
        ("Twelve states sued the agency on Monday.", [T.UNATTRIBUTED]),
        # ... while a name before the same form is its subject.
        ("Reuters reports that the attack was planned.", [T.CITED_OUTLET]),
    ],
)
def test_a_number_before_a_noun_verb_form_counts_the_noun(text: str, expected: list[SourceType]) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 7: a speech verb whose only object is a pronoun gives no content; the clause
        # after it does (heldout16 CzaO828tudjzPdXN [1] "Facebook denies it, but the two women
        # report ..."; the corpus: "Putin denied it, but ... Priebus says") ...
        (
            "The Kremlin denied it, but Secretary of State Rex Tillerson says the talks went well.",
            (T.NAMED_OFFICIAL, "Secretary of State Rex Tillerson"),
        ),
        # ... not a denial of its own content.
        (
            "The Kremlin denied that the talks failed, but Rex Tillerson says they went well.",
            (T.NAMED_ORGANIZATION, "The Kremlin"),
        ),
    ],
)
def test_a_reply_with_no_content_gives_way_to_the_clause_after(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text) == [expected]


def test_a_plural_description_of_people_is_the_people_joined_before() -> None:
    """Rule 2: "the two women" right after a source naming two people joined by "and" is those
    people (heldout16 CzaO828tudjzPdXN [3] "the women said" was an unnamed source)."""
    text = (
        "Pat Long and Kim Short said the site banned them. \u201cWe were silenced,\u201d the two "
        "women said."
    )
    assert typed_sources(text) == [(T.NAMED_PERSON, "Pat Long and Kim Short")] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 7: offering a view with its content is a speech act (heldout19 TgI854oAx6IzcvBe
        # [16] was keyed No source) ...
        (
            ("Gingrich, meanwhile, offered that the only way Romney could be considered would be "
             "if he repudiated every criticism."),
            [(T.NAMED_OFFICIAL, "Gingrich")],
        ),
        # ... offering a deal is a plain act.
        ("Gingrich offered a deal to the committee.", [(T.UNATTRIBUTED, None)]),
        # Rule 7: after an opening medium, the subject's verb with content after it is a speech
        # act in that medium (heldout19 b7cQvS2Al1binWII [9]) ...
        (
            ("In two letters to the State Department, dated April 16 and April 26, Issa has "
             "sought explicit guidance on how attorneys can receive the security clearances."),
            [(T.NAMED_PERSON, "Issa")],
        ),
        # ... a stance or an act with no content is not (train2 CxIgKGuY9TZXJ3vf, gold
        # unattributed; heldout12 BvcIsP4NJTwk6ZrN [8], the content a second verb's).
        (
            "In a tweet after the interview, Trump seemed to relish a conflict between the two.",
            [(T.UNATTRIBUTED, None)],
        ),
        (
            ("In the video, a man in a tie knocks on several numbered doors and enters what "
             "appears to be apartment units."),
            [(T.UNATTRIBUTED, None)],
        ),
        # Rules 10 and 3: "As we reported" is the publisher's own voice, a cue of its own, so the
        # quotation closed before it does not go on into it (heldout19 ap4o2hHZp01OeWJV [11]).
        (
            ("State Department Deputy Spokesperson Marie Harf says:\n\n\"The State Department "
             "will review the emails. We will undertake this review as quickly as possible.\"\n\n"
             "As we reported Tuesday, it seems that Clinton used a domain to create the account."),
            [(T.NAMED_OFFICIAL, "State Department Deputy Spokesperson Marie Harf")] * 3
            + [(T.UNATTRIBUTED, None)],
        ),
    ],
)
def test_heldout19_key_misses(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    """Issue 12: the nineteenth set's disagreements, each at its cause."""
    assert typed_sources(text) == expected


def test_a_description_is_no_name_past_its_clauses_verb() -> None:
    """Rule 2: "The Republican nominee" is Trump, not Hillary Clinton, whom the sentence that
    made the nominee its subject called to be investigated (heldout18 Osm5OK4AAM41n6A8 [4])."""
    text = (
        "Donald Trump veered off script on Monday night. The Republican nominee was meant to be "
        "delivering a speech calling for Hillary Clinton be investigated. \u201cIt is safer in war "
        "zones,\u201d Trump said. The Republican nominee also promised, \u201cwe will get rid of "
        "the crime.\u201d"
    )
    assert sources_of(text)[-1] == "Trump"


def test_a_role_is_the_name_just_quoted_that_it_described_before() -> None:
    """Rule 2: "The former House speaker said" right after Gingrich's statement is Gingrich, whom
    the article called "former House speaker Newt Gingrich" before, too far back for a name
    alone to be its antecedent (heldout19 TgI854oAx6IzcvBe [17] was an unnamed source)."""
    text = (
        "Conway referred to comments by former House speaker Newt Gingrich. "
        + " ".join(f"Romney met donors in city number {i} on the tour last year." for i in range(12))
        + " Trump said Romney failed. Gingrich, meanwhile, offered that Romney should repudiate his "
        "criticism. The former House speaker said Romney was the most vicious opponent."
    )
    assert sources_of(text)[-1] == "Gingrich"


def test_a_clause_after_a_role_does_not_describe_it() -> None:
    """Rule 2: "the aide, who was not authorized to speak publicly about the White House remarks"
    is the aide of the statement before, the White House no modifier of the aide (heldout16
    V8psC7qdTDa9kMTl [8] was White House spokesman Hogan Gidley)."""
    text = (
        "\u201cWe will not,\u201d White House spokesman Hogan Gidley told Fox News. \u201cWe did "
        "not ask him,\u201d said a Democratic committee aide. \u201cIt is irrelevant,\u201d said "
        "the aide, who was not authorized to speak publicly about the White House remarks."
    )
    assert typed_sources(text)[-1] == (T.UNNAMED_SOURCE, "a Democratic committee aide")


def _reasons(text: str) -> list[tuple[SourceType, str | None, bool | None]]:
    document = Document(text=text)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    marked = mark_anonymity_reasons(attribute_statements(document, sentences, DEFAULT_SETTINGS))
    return [(s.type, s.source, s.anonymity_reason) for s in marked]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name opening the sentence keeps an appositive longer than the window of a subject:
        # "Gowdy, a three-term lawmaker ... in Benghazi, Libya, announced" is Gowdy's (heldout20
        # BRE75S2Z34bMxSpO [14], keyed an unnamed source).
        (
            ("Rep. Trey Gowdy said the memo changes nothing. Gowdy, a three-term lawmaker who rose "
             "to prominence with his role in multiple investigations including a probe into the "
             "attack on the U.S. compound in Benghazi, Libya, announced earlier this week that he "
             "is not seeking reelection."),
            [(T.NAMED_OFFICIAL, "Rep. Trey Gowdy"),
             (T.NAMED_OFFICIAL, ("Gowdy, a three-term lawmaker who rose to prominence with his role "
              "in multiple investigations including a probe into the attack on the U.S. compound in "
              "Benghazi, Libya"))],
        ),
        # Rule 7: announcing one's own decision or plans is an act, not a claim (heldout20
        # cy3lFzVbGUpsnrTS [1]; train GDpl0VV4f6y07TZz, unattributed); "that" gives the content.
        (
            ("When designating groups for sanctions, the Treasury Department announces its decision "
             "without notice. The Treasury Department announced that it will review the rules."),
            [(T.UNATTRIBUTED, None), (T.NAMED_ORGANIZATION, "The Treasury Department")],
        ),
        (
            "Trump announced his intention to withdraw the United States from the Paris deal.",
            [(T.NAMED_OFFICIAL, "Trump")],
        ),
        # The sentence's one spaced dash ends what comes before it: the verb's subject is after
        # it (heldout20 DVxDZS9oOS2XOjET [6] named "legally suspect from the start — President
        # Obama"; train2 "WASHINGTON — President Trump"); two dashes set off an aside.
        (
            ("But the program has been legally suspect from the start — President Obama "
             "repeatedly said he lacked the power to create it."),
            [(T.NAMED_OFFICIAL, "President Obama")],
        ),
        # "state" before a capitalized noun is the adjective, so the dash rule finds no subject
        # of it (heldout16 J4pvXTHRdXP2axRL [25] stays "reportedly", rule 4).
        (
            ("Two other Republicans reportedly were the target of aggressive tracking -- Rep. Mike "
             "Coffman, of Colorado, and David Valadao, a Republican in the California state Assembly."),
            [(T.UNNAMED_SOURCE, "reportedly")],
        ),
    ],
)
def test_heldout20_key_misses(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    """Issue 12: the twentieth set's disagreements, each at its cause."""
    assert typed_sources(text) == expected


def test_the_source_is_the_unnamed_source_before_and_its_terms() -> None:
    """heldout20 G3irbRuBtGUPK75l [2] (rule 2): "the source said" describes no one by role, so it
    is the unnamed person of the sentences before, whose terms it shares."""
    text = (
        "Michael Cohen secretly recorded a conversation in which he and Trump discussed payments "
        "to a former model, a person familiar with the matter said Friday. "
        "The person, who is not authorized to comment publicly, said the recording was seized. "
        "No payment was made, the source said."
    )
    assert _reasons(text) == [(T.UNNAMED_SOURCE, "a person familiar with the matter", True)] * 3


def test_a_group_described_by_the_same_words_has_the_terms_stated_after_it() -> None:
    """heldout20 FZpWOxXNpjgv2d4c [6]: "The officials, representing various Palestinian factions,
    spoke on condition of anonymity" right after "Palestinian negotiators said" are those
    negotiators; "The Israeli officials" before them keep their own terms."""
    text = (
        "Palestinian negotiators said earlier Sunday they accepted the proposal. The officials, "
        "representing various Palestinian factions, spoke on condition of anonymity because they "
        "were discussing sensitive negotiations."
    )
    assert [r[2] for r in _reasons(text)] == [True, None]


def test_two_dashes_set_off_an_aside_not_a_subject() -> None:
    """train2 4CQV2k3JUQwCzuUf: the dash after "he" closes an aside that opened before it, so
    "apparently unaware he" is no subject of its own; the sentence stays Cruz's."""
    text = ("And Cruz \u2013 apparently unaware he was arguing with the \"Juno\" actress \u2013 "
            "countered there was no moral equivalency.")
    assert types_of("Sen. Ted Cruz spoke at the fair. " + text) == [T.UNATTRIBUTED, T.NAMED_OFFICIAL]


def test_the_source_is_no_count_of_people() -> None:
    """train3 uXsdlSPQRrTtC1xJ: "Some voiced concern" counts people and describes no source, so
    "the source familiar with the matter" after it is not "Some"."""
    text = (
        "Some voiced concern that he would warp U.S. intelligence. "
        "However, some allies, according to the source familiar with the matter, were floating "
        "another name."
    )
    assert [source for _, source, _ in _reasons(text)][1] != "Some"


# A post of three paragraphs set apart by wider gaps than the article's own, before its credit
# line (heldout21 qZGT8m2um415Z3mg [11] [19] [26] were unattributed: only the credit line's
# paragraph went to the author).
WIDE_GAPPED_POST = (
    "The House voted on the raise.\n\nThe vote was close.\n\nYep. Voting against raises may "
    "sound nice.\n\n\n\nThis makes reform harder.\n\n\n\nALL workers deserve raises. "
    "https://t.co/fCdgHKx4G1 \u2014 Alexandria Ocasio-Cortez (@AOC) June 11, 2019\n\nThe bill was pulled."
)


def test_a_post_runs_over_its_wide_gapped_paragraphs() -> None:
    """Rule 9: every paragraph of the post, up to its credit line, is the author's."""
    author = (T.NAMED_OFFICIAL, "Alexandria Ocasio-Cortez (@AOC)")
    assert typed_sources(WIDE_GAPPED_POST) == (
        [(T.UNATTRIBUTED, None)] * 2 + [author] * 4 + [(T.UNATTRIBUTED, None)] * 2
    )


def test_wide_gaps_between_all_paragraphs_join_no_post() -> None:
    """Where the article sets every paragraph apart by a wide gap, the gap marks no post: the
    paragraphs before the credit line's are the article's (the credit's own still the post)."""
    text = WIDE_GAPPED_POST.replace("\n\n\n\n", "\n\n").replace("\n\n", "\n\n\n\n")
    assert [t for t, _ in typed_sources(text)][:5] == [T.UNATTRIBUTED] * 5


def test_a_credit_line_cut_at_the_hyphen_of_a_name_credits_the_whole_name() -> None:
    """A statement ending inside the credit line ("... \u2014 Alexandria Ocasio" | "-Cortez (@AOC)")
    reads the credit from its dash: the author is not "Cortez (@AOC)"."""
    text = "The vote was close.\n\nVoting against raises is wrong. \u2014 Alexandria Ocasio-Cortez (@AOC) June 11, 2019"
    dash, cut = text.index("\u2014"), text.index("-Cortez")
    sentences = [Span(0, 19), Span(21, dash - 1), Span(dash, cut)]
    statements = attribute_statements(Document(text=text), sentences, DEFAULT_SETTINGS)
    assert [s.source for s in statements] == [None] + ["Alexandria Ocasio-Cortez (@AOC)"] * 2


# BBC labels each embedded post ("Skip Twitter post by @handle") and ends it with the credit
# line: a post of three paragraphs (heldout31 DPatpLFPUsvWVi0L [6] went to no one), and a
# tweet whose first words cite someone (0IOWA8ntLt1PVyia: "Based on Justin's false statements"
# was typed as that source, a named organization).
LABELLED_POSTS = (
    "The lawsuit was filed on Tuesday.\n\n"
    "Skip Twitter post by @JoeySalads I have officially filed my lawsuit against AOC.\n\n"
    "Stay tuned to find out! \u2014 Saladino for Congress (@JoeySalads) July 9, 2019 Report\n\n"
    "Her office has not yet commented.\n\n"
    "Skip Twitter post 2 by @realDonaldTrump Based on Justin's false statements at his news "
    "conference, I have instructed our U.S. Reps not to endorse the Communique! "
    "\u2014 Donald J. Trump (@realDonaldTrump) June 9, 2018 Report\n\n"
    "Skip Twitter post 3 by @someone_else We will pause all paid advertising.\n\n"
    "The company did not say more."
)


def test_a_labelled_post_runs_from_its_label_to_its_credit_line() -> None:
    """Rule 9: every statement between the label and the credit with its handle is the post
    author's, a cue inside the post included; a label without a credit line ends at its
    paragraph, and the handle is the author. Read through the pipeline, which takes the label
    and the credit line out of the statements (the boilerplate patterns)."""
    assert _analyzed(LABELLED_POSTS) == [
        (T.UNATTRIBUTED, None),
        (T.NAMED_PERSON, "Saladino for Congress (@JoeySalads)"),
        (T.NAMED_PERSON, "Saladino for Congress (@JoeySalads)"),
        (T.UNATTRIBUTED, None),
        (T.NAMED_OFFICIAL, "Donald J. Trump (@realDonaldTrump)"),
        (T.NAMED_PERSON, "@someone_else"),
        (T.UNATTRIBUTED, None),
    ]


def test_a_label_and_a_credit_with_another_handle_make_no_post() -> None:
    """A credit line of another handle closes no labelled post: the statement after the
    label is not given to that credit's author by the label."""
    text = LABELLED_POSTS.replace("(@JoeySalads) July", "(@other) July")
    assert _analyzed(text)[1] == (T.NAMED_PERSON, "@JoeySalads")


def _analyzed(text: str) -> list[tuple[SourceType, str | None]]:
    return [(s.type, s.source) for s in analyze(Document(text=text), model=None).statements]


def test_an_article_paragraph_set_off_from_a_post_by_a_wide_gap_stays_the_articles() -> None:
    """A paragraph and a post together longer than a post (`post_chars`) are no one post
    (train Mss6JIXkiRxhvaed: the paragraph before Rep. Norcross's tweet is narration)."""
    text = (
        "The mayor spoke.\n\nThe chief marched with protesters. And as protests erupted across the "
        "country, this moment gave Americans reason to think its widening social fractures could "
        "be healed, and residents who had long distrusted the police joined them.\n\n\n\n\n\n"
        "Thank you Yolanda Deaver for organizing Camden's peaceful protest over the weekend. Your "
        "leadership continues to send positive waves throughout our nation. https://t.co/dOgfzZvyg1 "
        "\u2014 Donald Norcross (@DonNorcross4NJ) June 3, 2020\n\nBehind that image is a long story."
    )
    assert [t for t, _ in typed_sources(text)][:5] == [T.UNATTRIBUTED] * 3 + [T.NAMED_PERSON] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence adverb glued to a role noun (heldout21 1oCO41E2524SwLid [17]: the source was
        # "Otherwise, the Senator"): the role noun is the subject and means the senator named.
        (
            ("Sen. Chuck Schumer met the president on Friday.\n\n"
             "Otherwise, the Senator suggested, the president was using workers as leverage."),
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Chuck Schumer")],
        ),
        ("Eventually, the indictment says, an engineer sneaked into the laboratory.",
         [(T.DOCUMENT, "the indictment")]),
        # A body's words are no person a role noun resolves to (attr31: "the senator" after
        # "Senate Minority Leader Chuck Schumer" was "Minority").
        (
            ("Senate Minority Leader Chuck Schumer met the president on Friday.\n\n"
             "Meanwhile, the senator said the talks would go on."),
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Chuck Schumer")],
        ),
        # ... and a furniture line between is no person "he" refers to (attr31: it was "Story
        # Continued Below").
        (
            ("Sen. Chuck Schumer met the president on Friday.\n\nStory Continued Below\n\n"
             "He said the talks would go on."),
            [(T.UNATTRIBUTED, None), (T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Chuck Schumer")],
        ),
        # A participle opening the sentence before its comma is no speaker, nor what "She"
        # refers back to (heldout22 GJTc6YZHrmsExTaS [5]-[9] were "Continuing"'s).
        (
            ("First Lady Melania Trump spoke in Las Vegas on Tuesday.\n\n"
             "\"I think it should be on every front page,\" she said.\n\n"
             "Continuing, she challenged the media to: \"devote as much time to the lives lost.\"\n\n"
             "She then explained how she teaches her son."),
            [(T.UNATTRIBUTED, None)] + [(T.NAMED_OFFICIAL, "Melania Trump")] * 3,
        ),
        (
            "Mayor John Smith spoke on Tuesday.\n\nLaughing, Smith said: \"We will win.\"",
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Smith")],
        ),
        # ... but a surname the article names stays its person's.
        (
            "Sen. Steve King spoke on Tuesday.\n\nKing, the Iowa Republican, went on: \"We will win.\"",
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "King")],
        ),
    ],
)
def test_words_that_are_no_person_are_no_antecedent(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The words of a body's name after "of", "for" or "on" are no antecedent (names1: "the
        # director" resolved to "Rural Schools", not to the director named before it).
        (
            ('Ann Lee, the director of the Institute for Rural Schools, spoke on Monday.\n\n'
             '"The schools are failing," the director said.'),
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Ann Lee")],
        ),
        # ... and no surname: "Migrant Rights" made "Rights groups" a person; unnamed groups
        # are an unnamed source (unnamed_heads.txt; corpus WBstiNq6qcSXkpkf [11] "according to
        # gay-rights groups" was no source).
        (
            ("Omar Ruiz is a fellow at the Center for Migrant Rights.\n\n"
             "Rights groups have said the rules are unfair."),
            [(T.UNATTRIBUTED, None), (T.UNNAMED_SOURCE, "Rights groups")],
        ),
        # An organization the lexicons name is no named official (names1: "According to Human
        # Rights Watch" was one).
        (
            "According to Human Rights Watch, at least 40 people died in the clashes.",
            [(T.NAMED_ORGANIZATION, "Human Rights Watch")],
        ),
    ],
)
def test_a_bodys_name_is_no_person(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    assert typed_sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The NRA and Wayne LaPierre said the law would fail.",
        "The law would fail, the NRA and Wayne LaPierre said.",
        "In a statement, the NRA and Wayne LaPierre said the law would fail.",
    ],
)
def test_an_organization_and_a_person_both_speak(text: str) -> None:
    """An organization and a person joined by "and" are one source, wherever the subject
    stands: the person is not dropped, nor the organization before it, which was after a
    clause's comma. The type stays the person's, as at the sentence's start (GUIDELINES sets
    no order between a named person and a named organization)."""
    source = text[text.lower().index("the nra") :].split(" said")[0]
    assert typed_sources(text) == [(T.NAMED_PERSON, source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 7: a refusal, then "but said" with content of the same subject: what the subject
        # said decides (the corpus: "The FAA declined to comment on Muilenburg's firing but said
        # the agency continues to work with ... regulators") ...
        (
            "The FAA declined to comment on the firing but said the agency continues to work.",
            [(T.NAMED_ORGANIZATION, "The FAA")],
        ),
        (
            "Tonkin declined to elaborate, but said authorities have started to find answers.",
            [(T.NAMED_PERSON, "Tonkin")],
        ),
        # ... not a second verb after "and" ("declined to answer and told a reporter to leave"),
        # and the refusal alone stays an act.
        (
            "The man declined to answer and told a reporter to leave immediately.",
            [(T.UNATTRIBUTED, None)],
        ),
        ("The FAA declined to comment on the firing.", [(T.UNATTRIBUTED, None)]),
    ],
)
def test_a_refusal_then_but_said_is_the_subjects_statement(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


def test_he_after_a_priest_who_did_not_comment_but_said_is_the_priest() -> None:
    """Rule 2: "he said" closing a quotation after "Local priest Mangal Chaudhary ... did not
    comment on ... but said ..." is the priest (heldout30 JDylUOgAoosiN3XV [17]-[18] were keyed
    to the activist of the sentence before him: the subject stopped at "Local")."""
    text = (
        "\u201cThe officials have let their beliefs rule,\u201d activist Manoj Gautam said.\n\n"
        "Local priest Mangal Chaudhary, the tenth generation of his family to serve at the temple, "
        "did not comment on whether the temple supports the sacrifice but said that the numbers "
        "are increasing.\n\n"
        "\u201cWe will follow our traditions. But what the devotees do outside is their own wish,"
        "\u201d he said."
    )
    assert typed_sources(text)[1:] == [(T.NAMED_PERSON, "Local priest Mangal Chaudhary")] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 1: a report closing a speaker's own quotation relays it; the speaker gives the
        # type (heldout35 wdoYL4X40fhYZHpY [4] was the account's, an organization).
        (
            (
                "According to the Dallas Morning News, the senator wrote a memoir. "
                "\u201cAn indescribable blackness followed,\u201d Sen. Wendy Davis writes, "
                "according to the account."
            ),
            (T.NAMED_OFFICIAL, "Sen. Wendy Davis"),
        ),
        (
            (
                "A CNN report described the meeting. "
                '"We got things done," Sen. Joe Biden said, according to the report.'
            ),
            (T.NAMED_OFFICIAL, "Sen. Joe Biden"),
        ),
        # Another outlet's reporting (rule 1): a station by its channel brand (heldout35
        # VHmfzoQ6qT6lkKdS [1] was unattributed).
        (
            "The man was an escort with a profile on RentMen.com, Florida\u2019s Local10 reported Friday.",
            (T.CITED_OUTLET, "Florida\u2019s Local10"),
        ),
        ("According to News 12, police issued no summonses.", (T.CITED_OUTLET, "News 12")),
        ("The pursuit ended on Highway 46, FOX26 reported.", (T.CITED_OUTLET, "FOX26")),
        # A city newspaper is an outlet (heldout35 wdoYL4X40fhYZHpY [1] "According to the San
        # Antonio Express-News" was named_person).
        (
            ("According to the San Antonio Express-News, Davis\u2019 book, \u201cForgetting to Be "
             "Afraid,\u201d describes an incident 17 years ago."),
            (T.CITED_OUTLET, "the San Antonio Express-News"),
        ),
        # The San Francisco Chronicle's site is an outlet (heldout37 GhzMQhEiIwETEXgZ [3] "SF Gate
        # reported on the South Dakota legislation:" was named_organization).
        ("SF Gate reported on the South Dakota legislation.", (T.CITED_OUTLET, "SF Gate")),
        ("The march drew hundreds, SFGate reported.", (T.CITED_OUTLET, "SFGate")),
        # An outlet opening what another outlet reports is the relayed source (rule 1;
        # heldout42 EHf5Exkns5wqkLXk [4] was CBS News's).
        (('CBS News reports that the state-run Iranian News Agency (IRNA) called the missiles a '
          '"deterrence power."'), (T.CITED_OUTLET, "the state-run Iranian News Agency (IRNA)")),
        ("The Boston Globe reports:", (T.CITED_OUTLET, "The Boston Globe")),
        # "That's the conclusion from X": X's conclusion, cited as "according to" cites
        # (heldout42 ne7JaWj8cZSivBTw [1] was unattributed); no source after "the view from".
        ("That's the conclusion from Steven Rattner, a counselor to the treasury secretary.",
         (T.NAMED_PERSON, "Steven Rattner")),
        ("That's the assessment of the U.S. intelligence community.",
         (T.NAMED_ORGANIZATION, "the U.S. intelligence community")),
        ("That is the view from Washington, where the mood is grim.", (T.UNATTRIBUTED, None)),
        # What an outlet's journalists made is its report, not a document (GUIDELINES
        # cited_outlet; allsides acJF1waeoveIBmE2 [31] "An investigation by the Sacramento Bee
        # found" was document, QviPh6FTGNQn9ykj [13] "According to an editorial by China's
        # state-run Global Times" unattributed); a think tank's analysis stays a document.
        ("An investigation by The Associated Press found that six states paid late.",
         (T.CITED_OUTLET, "An investigation by The Associated Press")),
        ("According to an editorial by China\u2019s state-run Global Times, it was Mnuchin who called.",
         (T.CITED_OUTLET, "an editorial by China\u2019s state-run Global Times")),
        ("An analysis by the Brookings Institution found that the plan cost more.",
         (T.DOCUMENT, "An analysis by the Brookings Institution")),
        # The verb after such a tag and role is the name's, with no inverted reading ("said the
        # plan was dead" was a document; allsides NDlMEuyDDN4ROhIt [15], Washington Times style).
        ("Sen. Ted Cruz, Texas Republican and a member of the committee, said the plan was dead.",
         (T.NAMED_OFFICIAL, "Sen. Ted Cruz, Texas Republican and a member of the committee")),
        # A posting verb with "about" and a topic only is a plain act (rule 7; heldout16
        # bqNnuux28IngHDPv [9] "the president tweeted about the trial while retweeting
        # messages" read unattributed; VrplpYL5rCPk76ta [0] the outlet's report); with content
        # (a quotation before it, "that", a participle) it is speech.
        ("As he did on Saturday, the president tweeted about the trial while retweeting messages.",
         (T.UNATTRIBUTED, None)),
        ("President Trump tweeted about the hacked emails 15 minutes later, The Atlantic reported.",
         (T.CITED_OUTLET, "The Atlantic")),
        ('"I doubt it," Maher tweeted about the letter.', (T.NAMED_PERSON, "Maher")),
        ("Trump tweeted about the wall, saying it would be built.", (T.NAMED_OFFICIAL, "Trump")),
        # Outlets added at stop 42 (allsides corpus: "The Kansas City Star reported that ..."
        # was named_organization, "according to RIA Novosti" named_person); a source they relay
        # keeps its own type (rule 1).
        ("The Kansas City Star reported that the order was lifted.",
         (T.CITED_OUTLET, "The Kansas City Star")),
        ("The blast destroyed the bus, according to RIA Novosti.", (T.CITED_OUTLET, "RIA Novosti")),
        ("Talks stalled last week, Deutsche Welle reported.", (T.CITED_OUTLET, "Deutsche Welle")),
        ("Health officials said 23 people died overnight, Al-Ahram reported.",
         (T.UNNAMED_SOURCE, "Health officials")),
        # Campaigners, none named, are an unnamed source (rule 6; heldout35 1PvtzZza2ESFcQKL [2]
        # "Dalit campaigners said ..." was unattributed).
        (
            "Dalit campaigners said they supported the protests and hoped it would ignite a debate.",
            (T.UNNAMED_SOURCE, "Dalit campaigners"),
        ),
    ],
)
def test_heldout35_key_misses(text: str, expected: tuple[SourceType, str | None]) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A police report is a record, a document, not the police speaking (GUIDELINES:
        # document; heldout36 QE263l2oydpiwiGe [2] was named_organization).
        (
            "Timm is facing six criminal charges, according to the police report.",
            [(T.DOCUMENT, "the police report")],
        ),
        ("She quickly concluded that Carlos was dead, police reports said.", [(T.DOCUMENT, "police reports")]),
        # "the report" after it is that document (rule 2; heldout36 QE263l2oydpiwiGe [3] was
        # named_organization), also after an outlet cited before it (heldout35
        # VHmfzoQ6qT6lkKdS [11] was the outlet's report, cited_outlet).
        (
            (
                "The man was an escort, Florida\u2019s Local10 reported Friday. "
                "He was found in a hotel, according to a police report first obtained by the Miami Herald. "
                "He was not arrested, according to the report."
            ),
            [
                (T.CITED_OUTLET, "Florida\u2019s Local10"),
                (T.DOCUMENT, "a police report first obtained by the Miami Herald"),
                (T.DOCUMENT, "a police report first obtained by the Miami Herald"),
            ],
        ),
    ],
)
def test_a_case_report_is_a_document(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    assert typed_sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 2: "the men" opening a sentence after one that opens with two people joined by
        # "and" is those two (heldout development set DPatpLFPUsvWVi0L [3] was an unnamed
        # source; a private citizen and a former official, so a named person) ...
        (
            ("Former state assemblyman Dov Hikind and Joseph Saladino, a YouTube personality, "
             "have filed the claims. The men say the law should apply to all politicians."),
            [(T.UNATTRIBUTED, None), (T.NAMED_PERSON, "Dov Hikind and Joseph Saladino")],
        ),
        # ... not after a sentence naming one person first and another later, not as one subject.
        (
            ("Dov Hikind met voters on Monday, and the lawyer Joseph Saladino spoke. The men say "
             "the law should apply to all."),
            [(T.UNATTRIBUTED, None), (T.UNNAMED_SOURCE, "The men")],
        ),
    ],
)
def test_the_men_after_a_sentence_opening_with_two_named_people_are_those_people(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


def test_the_two_men_inside_another_sources_clause_are_not_resolved_to_the_pair() -> None:
    """ "Prosecutors charge that the two men falsely claimed ...": the description is not the
    sentence's subject, so it is not the pair named before (the corpus, hhKM3IUr63eV27lF [29])."""
    text = ("Lev Parnas and Igor Fruman were arrested on Wednesday. Prosecutors charge that the "
            "two men falsely claimed the money came from a company.")
    assert typed_sources(text)[1][1] != "Lev Parnas and Igor Fruman"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun-verb form closing a definite phrase that names a record or its body, before a
        # finite reporting verb, is that verb's subject: the record speaks (the corpus,
        # CMwt5fflSb2rS3kH [31] was "Rodriguez"; the stop-40 note left "The police report said")
        ("The police report said three baggies were impounded.", (T.DOCUMENT, "The police report")),
        ("The CBO report noted that subsidies are taken away as income rises.",
         (T.NAMED_ORGANIZATION, "The CBO report")),
        # ... not a participle opening a reduced relative, nor a report no one is named for.
        ("Media reports say the talks failed.", (T.UNNAMED_SOURCE, "Media reports")),
        ("Officials report the talks failed.", (T.UNNAMED_SOURCE, "Officials")),
        # A bare plural before a finite reporting verb is the noun too: read as the verb, its
        # modifier was the speaker (the corpus, d02qe65t3aQaHXC6 [36] "Court", I9BOVyX6ET38Qc5S
        # [13] "Early"; heldout44 v0534hO7KxGbq7qN's "Court documents released ... showed" on
        # a copy).
        ("Court documents show the attorneys threatened a witness.", (T.DOCUMENT, "Court documents")),
        ("Early reports suggested the actor staged the attack.", (T.UNNAMED_SOURCE, "Early reports")),
    ],
)
def test_a_record_named_before_a_reporting_verb_is_its_subject(
    text: str, expected: tuple[SourceType, str]
) -> None:
    assert typed_sources(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quotation that ended the sentence before is not the subject's own: a closing
        # "according to" still decides (heldout38 4yzfOXjiJEJPtXG4 [5] and "He added" [6] were
        # Mr. Abe; the reading is the senior official) ...
        (
            ("Mr. Abe said Japan remained committed to a \u201cfree trade regime.\u201d The two leaders "
             "agreed that the dialogue will cover three areas, according to a senior official. He "
             "added that there was no specific request from Mr. Trump."),
            [(T.NAMED_OFFICIAL, "Mr. Abe"), (T.UNNAMED_SOURCE, "a senior official"),
             (T.UNNAMED_SOURCE, "a senior official")],
        ),
        # ... but not a cue that opens a quotation of its own, nor a pronoun that is the subject
        # again (guards from the corpus: plm4y5oep1594KHO [36], ZBmbrFS7Rr0p4nB7 [144]).
        (
            ("The plan was \u201cdead.\u201d Sen. Amy Klobuchar said the sentence depends on where you "
             "live, and Mayor Pete Buttigieg tweeted, \u201cWe must act.\u201d"),
            [(T.UNATTRIBUTED, None), (T.NAMED_OFFICIAL, "Sen. Amy Klobuchar")],
        ),
        (
            ("The plant was \u201cstalled.\u201d Smith said he is not concerned that Kemper was one of "
             "two projects, \u201cWe have our hands full,\u201d he said."),
            [(T.UNATTRIBUTED, None), (T.NAMED_PERSON, "Smith")],
        ),
    ],
)
def test_a_quotation_ending_the_sentence_before_leaves_the_closing_cue_its_say(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


def test_he_or_she_after_a_sentence_opening_with_a_long_apposition_is_that_person() -> None:
    """heldout40 MMkHL1fTj1kKRgDR [3]: "Nikki Haley, the U.S. ambassador to the United Nations,
    caused a stir on Sunday ..." then "She said on CBS ...": the name opens the sentence, its
    apposition and verb run past the first 60 characters, and "She" is Haley, not the press
    secretary quoted before (keyed so, a wrong source)."""
    text = ("\u201cWe are considering additional sanctions,\u201d White House Press Secretary Sarah Huckabee "
            "Sanders said. Nikki Haley, the U.S. ambassador to the United Nations, caused a stir on "
            "Sunday with an announcement. She said on CBS that sanctions would come on Monday.")
    assert typed_sources(text)[2] == (T.NAMED_OFFICIAL, "Nikki Haley")


def test_a_definite_role_takes_the_nearer_name_the_article_titled_so() -> None:
    """ "The president said" after eight statements of "Mr. Obama", whom the article first
    called "President Obama", is Obama's, not "French President Francois Hollande"'s, cited
    before them (heldout43 66A4v5YiJztSrzF3 [12], keyed with Hollande's name; rule 2); the
    role still takes the nearest source whose own words hold it."""
    text = (
        "The attacks came hours after President Obama declared the group contained.\n\n"
        'French President Francois Hollande blamed the group for "an act of war."\n\n'
        "In an interview on Friday, Mr. Obama said the group was not gaining strength.\n\n"
        '"We have contained them," Mr. Obama said.\n\n'
        "Security officials have been concerned about fighters returning to France.\n\n"
        'The president said in 2014 that the group was a "jayvee team."'
    )
    assert typed_sources(text)[-1] == (T.NAMED_OFFICIAL, "Mr. Obama")
    nearest = text.replace("Security officials have been concerned", "Mr. Hollande said he was concerned")
    assert typed_sources(nearest)[-1][1] != "Mr. Obama"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polling no word names is an unidentified poll, as "polls show" is (GUIDELINES; heldout45
        # CNN 7xcDyu9QsClqelhV [0] "new polling indicates" was the writer's) ...
        ("New polling indicates that voters are split.", (T.UNNAMED_SOURCE, "New polling")),
        ("But recent polling shows that voters are split.", (T.UNNAMED_SOURCE, "recent polling")),
        # ... a sentence adverb before its comma is no name ("Plus, polls" was a person) ...
        ("Plus, polls show that voters are split.", (T.UNNAMED_SOURCE, "polls")),
        # ... and a pollster or an owner named before "polling" is that poll's.
        ("Gallup polling shows that voters are split.", (T.NAMED_ORGANIZATION, "Gallup polling")),
    ],
)
def test_polling_no_word_names_is_an_unnamed_source(
    text: str, expected: tuple[SourceType, str]
) -> None:
    assert typed_sources(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time phrase after "from" or a participle belongs to the subject (heldout45 CNN
        # 7xcDyu9QsClqelhV [6] "An NBC News/Wall Street Journal poll from Tuesday indicates"
        # was the writer's; "A Gallup poll released Tuesday" was cut to "... released") ...
        (
            "Here's the point: An NBC News/Wall Street Journal poll from Tuesday indicates that voters are split.",
            [(T.NAMED_ORGANIZATION, "An NBC News/Wall Street Journal poll from Tuesday")],
        ),
        (
            "A Gallup poll released Tuesday shows that voters are split.",
            [(T.NAMED_ORGANIZATION, "A Gallup poll released Tuesday")],
        ),
        # ... and a day's name names no poll.
        (
            "Two polls released Friday showed Romney with a slight lead in Florida.",
            [(T.UNNAMED_SOURCE, "Two polls released Friday")],
        ),
        # A poll share that names its own poll is that poll's, not the poll reported before
        # (heldout45 CNN 7xcDyu9QsClqelhV [5] was the ABC News/Washington Post poll).
        (
            (
                "A Gallup poll found that 40 percent approve. Forty-five percent of those questioned "
                "in a Pew Research Center/Washington Post survey said Republicans were to blame."
            ),
            [
                (T.NAMED_ORGANIZATION, "A Gallup poll"),
                (T.NAMED_ORGANIZATION, "a Pew Research Center/Washington Post survey"),
            ],
        ),
    ],
)
def test_a_poll_named_with_its_date_or_in_a_share_is_the_source(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


def test_a_day_after_of_stays_outside_the_subject() -> None:
    """A guard: "a bunch of Sunday shows" is no subject of "shows" (the corpus, 80HFfqDSoSZD8oZi
    [14] would be "Appearing on a bunch of Sunday")."""
    text = "Appearing on a bunch of Sunday shows recently, he argued that tariffs had to be levied."
    assert typed_sources(text)[0][1] != "Appearing on a bunch of Sunday"


def test_an_adverbs_phrase_for_someone_opening_the_sentence_names_no_one() -> None:
    """ "Less comfortingly for Trump, the poll found": the phrase before the comma is no subject
    and "the poll" no description of Trump (heldout42 Guardian wCX4dQZISqxNJS2R [5] was
    "Less comfortingly for Trump, the poll", an official)."""
    text = (
        "A Washington Post-ABC News poll found that Biden led. Less comfortingly for Trump, the "
        "poll found that he trailed Bloomberg."
    )
    assert typed_sources(text) == [
        (T.NAMED_ORGANIZATION, "A Washington Post-ABC News poll"),
        (T.NAMED_ORGANIZATION, "the poll"),
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # A poll's finding in a clause after the writer's is the poll's, not the previous
        # speaker's account carried over (the corpus, 57pHNIgbvAcy05jA [39]) ...
        (
            "The state hasn't gone Republican since 1972, but recent polls show a tighter race there.",
            (T.UNNAMED_SOURCE, "recent polls"),
        ),
        # ... while an act told in such a clause goes on with the account (train i917YA24euHR9rkU).
        (
            "Attackers eye unpatched vulnerabilities, and the Chinese found one.",
            (T.UNNAMED_SOURCE, "A senior Republican official"),
        ),
    ],
)
def test_a_records_finding_in_a_coordinated_clause_is_its_own(
    second: str, expected: tuple[SourceType, str]
) -> None:
    first = "A senior Republican official, speaking on the condition of anonymity, said the team was serious."
    assert typed_sources(f"{first} {second}")[1] == expected


def test_a_relative_clauses_speaker_joined_to_a_noun_is_no_coordinated_clause() -> None:
    """ "endorsed by former candidate and Louisiana Gov. Bobby Jindal, who said that ...": the
    "and" joins two nouns, so the sentence does not go on with the editorial quoted before (the
    corpus, 16SycLgEbs5k5Any [14])."""
    text = (
        '"We made many attempts to meet with Trump," the editorial board said. Rubio was also '
        "endorsed Friday by former candidate and Louisiana Gov. Bobby Jindal, who said that "
        '"Marco can unify our party."'
    )
    assert typed_sources(text)[1] == (T.NAMED_OFFICIAL, "Louisiana Gov. Bobby Jindal")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The story" with no statement citing an outlet before it is the story of the outlet the
        # body named last (the corpus, Rb0cRoNvhXcmR2cT [6] "The story says" was the writer's) ...
        (
            (
                "Vice President Pence is pushing back against The New York Times' suggestion that he "
                "is running a shadow campaign. The story says his schedule is full of political events."
            ),
            [(T.NAMED_OFFICIAL, "Vice President Pence"), (T.CITED_OUTLET, "The New York Times")],
        ),
        # ... the outlet that relays it when it names none before ...
        (
            (
                "The economy grew last year. \u201cNet profits are fundamental,\u201d the article "
                "said, according to South Korea\u2019s Yonhap news agency."
            ),
            [(T.UNATTRIBUTED, None), (T.CITED_OUTLET, "South Korea\u2019s Yonhap news agency")],
        ),
        # ... and an article of impeachment is a charge, a document.
        (
            (
                "The House passed two articles of impeachment. Through his conduct, the article "
                "asserts, Trump remains a threat to the Constitution."
            ),
            [(T.UNATTRIBUTED, None), (T.DOCUMENT, "the article")],
        ),
    ],
)
def test_the_story_is_an_outlets(text: str, expected: list[tuple[SourceType, str | None]]) -> None:
    assert typed_sources(text) == expected


def test_a_report_after_a_document_report_is_that_document_not_the_outlets_article() -> None:
    """ "The report said" after "The inspector general's report said" is that report, not the
    Wall Street Journal article cited before it (train2 eZlOTgf1elzCs4hm [16])."""
    text = (
        "The investigation followed a story in The Wall Street Journal. The article recounted a tense "
        "phone call. The inspector general's report said McCabe misled investigators. The report said "
        "McCabe later corrected that account."
    )
    assert typed_sources(text)[1:] == [
        (T.CITED_OUTLET, "The Wall Street Journal"),
        (T.DOCUMENT, "The inspector general's report"),
        (T.DOCUMENT, "The inspector general's report"),
    ]


def test_a_report_with_its_outlet_before_that_said_is_the_outlets() -> None:
    """ "a report on Wednesday in the Wall Street Journal that said President Barack Obama has
    signaled": the report speaks, and "said President Barack Obama" is no subject of "signaled"
    (the corpus, oivTGZJRO3iKgLVe [1])."""
    text = (
        "She was responding to a report on Wednesday in the Wall Street Journal that said President "
        "Barack Obama has signaled he would not insist on that condition."
    )
    assert typed_sources(text) == [
        (T.CITED_OUTLET, "a report on Wednesday in the Wall Street Journal")
    ]


def test_a_record_in_a_subordinate_clause_is_no_source_of_the_sentence() -> None:
    """A guard (the corpus, N1vvZp95aNu3UYws [13]): "after the president cited a study that
    suggested ..." is background to the main clause's speaker."""
    text = (
        "Last month, after the president cited a partisan study on Twitter that suggested Google "
        "was biased, Sessions announced he would meet several attorneys general."
    )
    assert typed_sources(text)[0][1] == "Sessions"


def test_a_works_director_is_no_official() -> None:
    """ "Farhad Azima, the film's director": a film's director holds no office (heldout46
    O6Vc9ikuDvT68dKQ [18], keyed Named official, read named_person)."""
    text = '"This is a response to American movies," Farhad Azima, the film\u2019s director, told the AP.'
    assert typed_sources(text)[0][0] is T.NAMED_PERSON


def test_an_outlets_name_that_is_a_persons_surname_is_the_person() -> None:
    """ "Fox said" after "Vicente Fox" is the man, not Fox News (heldout47 ru0izW9VDMTtliU3 [4],
    [11] were cited_outlet "Fox"; "Hill said" after "Fiona Hill" was The Hill in 188 statements
    of 95 corpus articles)."""
    text = (
        "Former Mexican president Vicente Fox spoke in Santa Monica. \u201cWe are in a drug war that "
        "is not ours,\u201d Fox said."
    )
    assert typed_sources(text)[1] == (T.NAMED_PERSON, "Fox")


def test_defenders_no_one_names_are_an_unnamed_source() -> None:
    """ "Friedman's defenders say" were an official (the corpus, W3CBxzC5ATVMVouR [99]); "But
    defenders say" was the writer's (JjAQrM2AMwh4jjEi [14])."""
    assert typed_sources("David Friedman spoke. Friedman\u2019s defenders say he is aware of the issues.")[1] == (
        T.UNNAMED_SOURCE,
        "Friedman\u2019s defenders",
    )


def test_her_statement_is_the_statement_its_speaker_issued() -> None:
    # corpus nLzcrjcNxIMMfjzt [6]: "Her statement continued" after Pelosi "issued a statement"
    # is hers (rule 9), as "the statement" is, not an organization called "Her statement".
    text = (
        "Pelosi, a California Democrat, issued a statement calling the offer \u201ca "
        "non-starter.\u201d\n\nHer statement continued: \u201cIt is unlikely to pass.\u201d"
    )
    assert typed_sources(text)[-1] == (T.NAMED_OFFICIAL, "Pelosi, a California Democrat")


def test_a_pronoun_is_not_the_person_its_own_quotation_names() -> None:
    # corpus aF4XRLV95UJrubIv [12]: "“President Poroshenko asked me ...,” he continued" is
    # Shokin, whose affidavit it quotes, not Poroshenko, named inside the quotation.
    text = (
        "Viktor Shokin was fired in 2016. The sworn affidavit states that Poroshenko asked him "
        "to resign.\n\n\u201cOn several occasions, President Poroshenko asked me to close the "
        "case,\u201d he continued."
    )
    assert typed_sources(text)[-1][1] != "Poroshenko"


def test_a_quotation_that_names_its_relayed_speaker_again_stays_relayed() -> None:
    # train2 A22J6e98SUgx5igl [15]-[22]: "“...,” Biden continued." in a passage the article
    # quotes from CBS News keeps the via (rule 1), as "he added" does.
    text = (
        "Biden said, according to CBS News, \u201cIt\u2019s good to be back in Athens.\u201d\n\n"
        "\u201cNow I made a little mistake here that day. I wandered in,\u201d Biden continued."
    )
    assert [via for *_, via in relays_of(text)] == ["CBS News", "CBS News", "CBS News"]


@pytest.mark.parametrize("group", ["Conservationists", "Environmentalists", "Historians", "Pundits"])
def test_a_group_named_by_a_cause_or_a_field_is_unnamed(group: str) -> None:
    """Rule 6: "Conservationists say" names no one (it was a named person, the plural taken
    for a name at the sentence's start)."""
    assert types_of(f"The bill passed. {group} say the rules will raise bills.")[1] == T.UNNAMED_SOURCE


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "The president" is not the vice president quoted just before (heldout51
        # IActsU428DJW1z3z [11] named Pence): the president the article names before is.
        (
            ("President Trump visited the border on Monday.\n\nVice President Pence said the "
            "policy would stay.\n\nThe president said it would remain in place."),
            "Trump",
        ),
        # "The vice president" still is.
        (
            ("Vice President Pence said the policy would stay.\n\nThe vice president said it "
            "would remain in place."),
            "Vice President Pence",
        ),
    ],
)
def test_the_president_is_not_the_vice_president(text: str, source: str) -> None:
    assert sources_of(text)[-1] == source


def test_people_joined_by_and_are_officials_when_one_of_them_holds_an_office() -> None:
    """heldout50 S0Irn0pVMuxIjFNa [4]: typed by Anita Dunn alone ("a former acting White House
    communications director"), a named person; Biden's deputy campaign manager writes with her.
    Two people without an office stay named people."""
    text = (
        "The op-ed ran Monday. Giuliani is spreading theories, writes Anita Dunn, a former acting "
        "White House communications director, and Kate Bedingfield, Biden's deputy campaign "
        "manager. The plan is bad, said John Smith, a farmer, and Mary Jones, a teacher."
    )
    assert types_of(text)[1:] == [T.NAMED_OFFICIAL, T.NAMED_PERSON]


@pytest.mark.parametrize("name", ["FactCheck.Org", "PolitiFact", "OpenSecrets.org"])
def test_a_fact_checker_named_by_its_site_is_an_organization(name: str) -> None:
    """heldout53 ebrOTl0bn10kn0bE [4]: "FactCheck.Org disagreed ..., reporting:" had no source,
    and the quotation it introduces went to the president quoted before."""
    text = (
        "President Obama has criticized the deal, saying jobs were lost. "
        f"{name} disagreed with the premise, reporting: \u201cActually, jobs have been gained.\u201d"
    )
    assert types_of(text)[1] == T.NAMED_ORGANIZATION


def test_a_warning_sent_with_its_content_is_the_senders_statement() -> None:
    """heldout56 U93MIe5Ys9aJmmkm [13] (keyed No source, read named_organization): the town and
    state in the subject, and "sent the administration a warning that" as the cue (rule 7)."""
    text = (
        "Apple is scrambling. The Cupertino, California, company recently sent the "
        "administration a warning that the U.S. economy would be undermined."
    )
    assert typed_sources(text)[-1] == (T.NAMED_ORGANIZATION, "The Cupertino, California, company")


def test_the_most_recent_report_is_the_survey_before_an_older_dated_one() -> None:
    """heldout57 Wk6n8NDI6z48pCzX [10], [14] (five wrong sources under Pew): "the most recent
    report" refers back past "A 2012 survey by ..." to the survey the article reports, and the
    poll's share after it follows."""
    text = (
        "More than half of Americans polled in a survey released Thursday said they agreed. "
        "Forty-three percent of Internet users said they are concerned, according to the survey. "
        "A 2012 survey by the Pew Research Center found that almost three-quarters are concerned. "
        "In addition to their views on privacy, the most recent report also found that 86 percent "
        "of Americans are online."
    )
    assert typed_sources(text)[-1] == (T.NAMED_ORGANIZATION, "the survey")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An editorial is a paper's voice: the name before it is a cited outlet even when the
        # outlet list lacks it (heldout61 AP Tbp8UOj3YToBuezU [16], keyed No source).
        ("The Robesonian editorial acknowledged that newsprint costs aren\u2019t the only challenge.",
         (T.CITED_OUTLET, "The Robesonian editorial")),
        # A case made, whose and to whom between, with its "that" (heldout61 Breitbart
        # 3HTozZZO9zXmmNj3 [0], keyed No source; a former official is a person to the rules) ...
        ("Former Florida attorney general Pam Bondi made the White House\u2019s case to the Senate "
         "on Monday afternoon that the president did nothing wrong.",
         (T.NAMED_PERSON, "Former Florida attorney general Pam Bondi")),
        ("Leigh Corfman makes a powerful and compelling case that Moore assaulted her.",
         (T.NAMED_PERSON, "Leigh Corfman")),
        # ... but a verb right after "that" makes it a relative pronoun: no content follows.
        ("Pete Buttigieg made an anti-Biden case that put him somewhere between Warren and Bennet.",
         (T.UNATTRIBUTED, None)),
    ],
)
def test_editorials_and_cases_made(text: str, expected: tuple[SourceType, str | None]) -> None:
    assert typed_sources(text)[-1] == expected


def test_he_after_a_narrated_name_is_not_the_last_speaker_whose_apposition_names_it() -> None:
    """A corpus probe of stop 49 (5KRwtVxyiO1zVFXh [132]): "he" after "Hagel seems to be moving"
    is Hagel, though the senator quoted before was described as one "who admires Hagel's
    independence"; the source's name, before its comma, is what the antecedent is checked against."""
    text = (
        "\u201cChuck needs to pick up where Panetta left off,\u201d said Sen. Lindsey Graham, a hawk "
        "who admires Chuck Hagel\u2019s independence.\n\nHagel seems to be moving in that "
        "direction.\n\nAnd he has quietly made the case to McDonough that they need to act."
    )
    assert typed_sources(text)[-1] == (T.NAMED_PERSON, "Hagel")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After an opening "Speaking" and its setting, the subject's act is done in that speech
        # (heldout60 CNN G3fLR2w0lpo1OoWx [0], keyed No source, read named_official), a dateline
        # before it or not.
        ("San Diego, California (CNN) \u2013 Speaking to an enthusiastic audience of several "
         "thousand on Memorial Day, Mitt Romney cast the campaign as a choice.",
         (T.NAMED_OFFICIAL, "Mitt Romney")),
        ("Speaking in Iowa on Friday, Sen. Bernie Sanders connected his opposition to a new war "
         "with Iran to his vote against the Iraq war.",
         (T.NAMED_OFFICIAL, "Sen. Bernie Sanders")),
        # Not a question put to the subject, a topic spoken to, or "Speaking of".
        ("Speaking to reporters at the White House, President Trump was asked about the messages.",
         (T.UNATTRIBUTED, None)),
        ("Speaking to the seriousness given to his speech, Speaker John Boehner employed a teleprompter.",
         (T.UNATTRIBUTED, None)),
        ("Speaking of money, the budget is large.", (T.UNATTRIBUTED, None)),
    ],
)
def test_speaking_in_a_setting_is_the_subjects_speech(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Laying out a plan or an agenda tells its content (a probe key of stop 49, New York
        # Times xbsvELViO4J5H9HQ [9], keyed No source at 0.982; rule 7), "laid" otherwise a
        # record's verb (document_verbs.txt).
        ("In Florida, Gov. Rick Scott laid out an agenda that called for spending billions more.",
         (T.NAMED_OFFICIAL, "Gov. Rick Scott")),
        ("President Obama has laid out his plan for defeating ISIS.", (T.NAMED_OFFICIAL, "President Obama")),
        # Not after a negation, inside a subordinate clause, or "laid out" alone.
        ("With Congress in Republican hands, Obama wasn\u2019t laying out actionable proposals.",
         (T.UNATTRIBUTED, None)),
        ("To the extent that Trump has laid out his vision of foreign policy, he is an isolationist.",
         (T.UNATTRIBUTED, None)),
        ("Sen. Rand Paul said Congress violated the separation of powers laid out in the Constitution.",
         (T.NAMED_OFFICIAL, "Sen. Rand Paul")),
        ("Trade Promotion Authority lays out the conditions for Mr. Obama to complete negotiations.",
         (T.UNATTRIBUTED, None)),
    ],
)
def test_laying_out_a_plan_is_the_speakers_statement(
    text: str, expected: tuple[SourceType, str | None]
) -> None:
    assert typed_sources(text)[-1] == expected


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("\u201c", "\u201d")])
def test_a_quotation_closing_before_an_embedded_post_stays_its_speakers(opening: str, closing: str) -> None:
    """heldout62 CNN qcScwT0kRUlexwik [3]-[5] (keyed Named person, read named_organization): the
    quotation Comedy Central opens runs over a paragraph and closes before Noah's own embedded
    tweet; its end, which names Noah, is no lead-in of his post, and "Comedy Central" is a
    channel, no person. Straight or curly quotation marks alike."""
    text = (
        f"Comedy Central defended the comedian as well, saying, {opening}Trevor Noah pushes boundaries; he "
        f"is provocative and spares no one, himself included.\n\n{opening}To judge him or his comedy based "
        "on a handful of jokes is unfair. Trevor is a talented comedian with a bright future at "
        f"Comedy Central.{closing}\n\nTonight I lived a dream. Thank you Jon Stewart and @TheDailyShow and "
        "everybody that watched. pic.twitter.com/EdWDJCseVi \u2014 Trevor Noah (@Trevornoah) "
        "December 5, 2014"
    )
    sources = typed_sources(text)
    assert sources[:3] == [(T.NAMED_ORGANIZATION, "Comedy Central")] * 3
    assert sources[3] == (T.NAMED_PERSON, "Trevor Noah (@Trevornoah)")


MONITOR_GOES_ON = (
    "A Pew survey said most voters were undecided.\n\n"
    "As the Monitor's Peter Grier explains, the vote was close:\n\n"
    "\"Three senators switched at the last minute. Nobody expected it.\"\n\n"
    "And the Monitor adds that \"neither party wants a fresh fight.\""
)


def test_the_publishers_journalist_goes_on_in_its_own_voice() -> None:
    """Rules 10 and 3: in the Christian Science Monitor, "the Monitor" is the publisher, and the
    quotation its journalist introduces is its own voice going on, not the poll before it (CSM
    pzxjWPsIXJb8tqyL [21]-[25] went to the Public Policy Institute of California, then with the
    model to "Mr. Mitchell"; kvL7qKHXjBSVYXBk [25] "the Monitor adds" was a named person)."""
    rules = statements_of(MONITOR_GOES_ON, "Christian Science Monitor")
    final = analyze(Document(text=MONITOR_GOES_ON, outlet="Christian Science Monitor")).statements
    for statements in (rules, final):
        assert [s.type for s in statements] == [T.NAMED_ORGANIZATION] + [T.UNATTRIBUTED] * 4
    assert [s.source for s in rules[1:4]] == ["the Monitor's Peter Grier"] * 3
    # in another outlet's article the Monitor is a cited outlet
    assert statements_of(MONITOR_GOES_ON, "CNN (Web News)")[4].type is T.CITED_OUTLET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A march that became an organization is a subject despite its month word (Daily
        # Caller ipUX9jBCR9TjEChi [7] was carried over from the editor's tweet before it).
        ("\u201cThe White House wants to empower rapists,\u201d the Women\u2019s March tweeted.",
         [(T.NAMED_ORGANIZATION, "the Women\u2019s March")]),
        # A subordinate clause after an inverted verb's source is no part of it (ipUX [6]).
        ("\u201cIt is false,\u201d tweeted Huffington Post editor Alanna Vagianos, before "
         "continuing to attack the plan.",
         [(T.CITED_OUTLET, "Huffington Post editor Alanna Vagianos")]),
        ("\u201cIt is wrong,\u201d said Sen. John Smith, while the crowd cheered.",
         [(T.NAMED_OFFICIAL, "Sen. John Smith")]),
        # ... but one inside a relative clause is ("who, until last month, monitored ...").
        ("\u201cIt is new,\u201d said Elizabeth Wilner, a former political director who, until "
         "last month, monitored political advertising.",
         [(T.NAMED_PERSON, "Elizabeth Wilner, a former political director who, until last month, "
           "monitored political advertising")]),
        # A possessive in a bare apostrophe with a year after it opens an appositive: the verb
        # after it is the name's, not an inverted "said Sanders" (corpus wK2FI615z2hBkjQq [31]).
        ("Faiz Shakir, Sanders' 2020 campaign manager, said Sanders won't create a new group.",
         [(T.NAMED_OFFICIAL, "Faiz Shakir, Sanders' 2020 campaign manager")]),
        # A second verb of an opening relative clause closes no appositive: the verb after it is
        # the official's, not an inverted "said the meeting was" (NPR CwShFURfYjCaLuOX [4]).
        ("A U.S. official who accompanied Pompeo on the trip, and spoke to Fox News on the "
         "condition of anonymity, said the meeting was better.",
         [(T.UNNAMED_SOURCE, "A U.S. official who accompanied Pompeo on the trip, and spoke to Fox "
           "News on the condition of anonymity")]),
        # A name set off by commas after an opening role is the role's holder (NYT
        # uHz6udw0YELNsUhs [2], an unnamed source; Cuomo's spokeswoman, Dani Lever).
        ("On Thursday, Manchester\u2019s top police official, Chief Constable Ian Hopkins, joined "
         "the chorus of criticism, saying that the disclosure caused distress.",
         [(T.NAMED_OFFICIAL, "Manchester\u2019s top police official, Chief Constable Ian Hopkins")]),
    ],
)
def test_subjects_that_month_words_apostrophes_and_clauses_hid(
    text: str, expected: list[tuple[SourceType, str | None]]
) -> None:
    assert typed_sources(text) == expected


def test_a_role_naming_an_office_is_not_a_source_titled_with_another() -> None:
    """Rule 2: "The president tweeted" is not "Sen. Bob Corker, a frequent critic of the
    president", whose source has the role's word (corpus kWiij7TvxI5dneGP [12])."""
    text = (
        "President Trump wants the wall. Sen. Bob Corker, a frequent critic of the president, "
        "said the wall was a waste. The president tweeted Sunday that the wall is essential."
    )
    assert sources_of(text)[-1] == "Trump"


def test_a_pronoun_after_an_office_opening_its_sentence_is_that_office_holder() -> None:
    """Rule 2: "The president wasn't backing down, ..., where he posted" is the president the
    article titles so, not the last quoted speaker, a "president of Americans for Prosperity"
    (a development article of stop 50, CBN 3VWmPgM9jeR3tAXD [43], keyed with his name)."""
    text = (
        "President Trump imposed tariffs on Thursday.\n\n\"It is a tax increase,\" said Tim "
        "Phillips, president of Americans for Prosperity.\n\nThe president was not backing down, "
        "at least on Twitter, where he posted this message: \"Trade wars are good.\""
    )
    assert sources_of(text)[-1] == "Trump"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An outlet closing the sentence after ", reports" is cited whatever word stands before
        # the comma (corpus 7u9Vo6aXxHlZ3TpG [6], "over the past year, reports CNN", was no cue).
        ("The US has targeted its leaders twice over the past year, reports CNN.", (T.CITED_OUTLET, "CNN")),
        ("Growth slowed last year, reports show.", (T.UNNAMED_SOURCE, "reports")),
        # Unnamed groups are an unnamed source (corpus WBstiNq6qcSXkpkf [11]).
        ("In all, according to gay-rights groups, more than 70 lawsuits are pending.",
         (T.UNNAMED_SOURCE, "gay-rights groups")),
        ("Advocacy groups said more than 70 lawsuits are pending.", (T.UNNAMED_SOURCE, "Advocacy groups")),
        # Agencies without a body word, a group named "Al ..." (corpus 6NK4dKtw4DHbe265 [8],
        # 7u9Vo6aXxHlZ3TpG [19] were people).
        ("U.S. Customs and Border Protection (CBP) confirmed that he was deemed inadmissible.",
         (T.NAMED_ORGANIZATION, "U.S. Customs and Border Protection (CBP)")),
        ("Immigration and Customs Enforcement said it.", (T.NAMED_ORGANIZATION, "Immigration and Customs Enforcement")),
        ("Al Shabab claimed responsibility for the attack.", (T.NAMED_ORGANIZATION, "Al Shabab")),
        # A response made by an act is no speech (gold train2 HLv3EQIJGBWHfdmZ [17]); by saying, it is.
        ("Vigilante groups responded to his rhetoric about an \u201cinvasion\u201d by deploying to the border.",
         (T.UNATTRIBUTED, None)),
        ("Officials responded by saying the plan was dead.", (T.UNNAMED_SOURCE, "Officials")),
        ("Nigel Farage responded to Tusk by describing him as \u201cdeluded.\u201d", (T.NAMED_OFFICIAL, "Nigel Farage")),
        ("Democrats responded by deriding the remarks as nonsense.", (T.UNNAMED_SOURCE, "Democrats")),
        # "A close friend of X" is a friend, no name ("close" ends a core only before "to"; dev
        # draw 9507: "a close acquaintance of Ramirez Valiente's says" was a named person).
        ("A close acquaintance of Ramirez Valiente\u2019s says he was a good man.",
         (T.UNNAMED_SOURCE, "A close acquaintance of Ramirez Valiente\u2019s")),
        ("People close to the president say he is angry.", (T.UNNAMED_SOURCE, "People close to the president")),
        # An emphatic "did" stands between a record and its verb (dev draw 9507).
        ("The emails did, however, show that the aide knew.", (T.DOCUMENT, "The emails")),
        # ... and before "say", after a pronoun; a name's aside and an imperative keep theirs.
        ("John Kelly, Trump\u2019s former chief of staff and a retired Marine general, would not disclose "
         "who had his vote, but he did say that he wished for unity.", (T.NAMED_PERSON, "John Kelly")),
        # (A lone "Long" is a common word since stop 53: the person is named in full here.)
        ("Maria Long, clutching a photo taken at the burial, told the jury it was wrong.", (T.NAMED_PERSON, "Maria Long")),
        ("Please do tell us how disturbed you are, Hillary:", (T.UNATTRIBUTED, None)),
        # "lambasted X for" criticizes, as "slammed" does (corpus QFOOVJW56WIIz6LP [12]).
        ("In a tweet on Wednesday, Mr Trump lambasted Senator Lisa Murkowski for opposing the plan.",
         (T.NAMED_OFFICIAL, "Mr Trump")),
    ],
)
def test_a_closing_outlet_unnamed_groups_and_a_criticism_are_cues(text: str, expected: tuple[SourceType, str | None]) -> None:
    assert typed_sources(text)[-1] == expected


def test_a_cue_after_a_refusal_is_no_coordinated_clause_of_the_last_speaker() -> None:
    """Dev draw 9507 Breitbart dnpsWAJmBLHSxqQO [13]: "Facebook did not respond to a request for
    comment ... but a spokesperson stated: ..." after Adams's quotation in the same paragraph was
    carried over from Adams, as a coordinated clause of his account."""
    text = (
        "Mike Adams said the ban was wrong.\n\nHe added: \u201cThe internet is run by criminals.\u201d "
        "Facebook did not respond to a request for comment but a spokesperson stated in May: "
        "\u201cWe have always banned individuals.\u201d"
    )
    assert typed_sources(text)[-1] == (T.UNNAMED_SOURCE, "a spokesperson")


def test_a_closed_quotation_after_a_colon_ends_its_block() -> None:
    """Dev draw 9507 NPR yEWqeGgSFJT6PZ0m [10]-[12]: after 'she said:' and a quoted paragraph that
    closes its quotation mark, the next paragraph's "we" is the outlet's, not the speaker's."""
    text = (
        "Clinton showed some anger as she said:\n\n\u201cThe fact is we had four dead Americans. "
        "What difference does it make?\u201d\n\nThanks to C-SPAN, we've made two clips of the exchange. "
        "One gives a broad sense of the conversation."
    )
    assert typed_sources(text)[-2:] == [(T.UNATTRIBUTED, None)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "CEO" is a role's initials, no body ("the super chain's president and CEO announced" was
        # an organization "CEO", heldout68 n4ZjMFFQJc89WpTl [0]); roles joined by "and" stay one.
        ("Walmart will end the sales, the super chain\u2019s president and CEO announced Tuesday.",
         (T.UNNAMED_SOURCE, "the super chain\u2019s president and CEO")),
        ("The company\u2019s CEO said the sales would end.", (T.UNNAMED_SOURCE, "The company\u2019s CEO")),
        # A record's date set off after it is an aside (heldout68 yZswqwiaJH1uIxVh [3] was no source).
        ("The memos, dated June 28, tell agency employees to be on the lookout for fraud.", (T.DOCUMENT, "The memos")),
        # A person named in full after "but" is a new speaker, not the last one's account going on.
        ("Dr. Fauci estimates a vaccine is a year away. Several vaccines are in early development, but "
         "Daniel O\u2019Day, CEO of Gilead Sciences, told reporters a treatment could come sooner.",
         (T.NAMED_OFFICIAL, "Daniel O\u2019Day, CEO of Gilead Sciences")),
        ("Jim Santilli, CEO of the Transportation Improvement Association, said the drug was bad.",
         (T.NAMED_OFFICIAL, "Jim Santilli, CEO of the Transportation Improvement Association")),
    ],
)
def test_a_roles_initials_are_no_organization(text: str, expected: tuple[SourceType, str | None]) -> None:
    assert typed_sources(text)[-1] == expected


def test_a_group_named_by_one_word_stays_an_organization() -> None:
    """ "Progressive group MoveOn called on ...": its later tweet and quotation are the group's
    (GUIDELINES named_organization), not a person's called "MoveOn" (dev9508 4IFKd3LjTLoeBV0i)."""
    text = (
        "Progressive group MoveOn called on Sen. Bernie Sanders to renounce the endorsement.\n\n"
        "“We urge Sen. Sanders to apologize,” MoveOn tweeted Saturday.\n\n"
        "Sanders has not responded."
    )
    assert types_of(text)[:2] == [SourceType.NAMED_ORGANIZATION, SourceType.NAMED_ORGANIZATION]


def test_a_study_providing_evidence_is_a_document() -> None:
    """ "A study published in the journal Cell Metabolism provides evidence that ...": the
    study's finding (GUIDELINES document; dev9508 nziTd9b6DSSlJpKe [1] was unattributed)."""
    text = (
        "Diabetes is common.\n\n"
        "A study published in the journal Cell Metabolism provides evidence that those with "
        "Type 2 diabetes will live longer."
    )
    assert types_of(text) == [SourceType.UNATTRIBUTED, SourceType.DOCUMENT]


def test_an_outlets_account_relays_the_speaker() -> None:
    """ "Homan said, according to an account of his speech in the Washington Examiner": Homan
    speaks, the outlet's account relays him (GUIDELINES rule 1; dev9509 was typed
    named_organization by the account)."""
    text = (
        "ICE changed its policy.\n\n"
        '"We will not stop," Homan said, according to an account of his speech in the Washington Examiner.\n\n'
        "According to an account of the meeting in The New York Times, the talks failed."
    )
    statements = statements_of(text, "Reuters")
    assert (statements[1].source, statements[1].via) == (
        "Homan", "an account of his speech in the Washington Examiner"
    )
    assert statements[2].type is SourceType.CITED_OUTLET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev9511 2H5HMrlU522iVOQb [8]: "report" closing the appositive is the noun, not the
        # University of Texas reporting.
        (
            "Prof. Alan Kuperman, one of the authors of the University of Texas report, says a "
            "study produced different results.",
            (SourceType.NAMED_PERSON, "Prof. Alan Kuperman, one of the authors of the University of Texas report"),
        ),
        # dev9511 pVj3poKDadLOGqjN [7]: a lawsuit inside what the judge said is no record he said it in.
        (
            "Judge Jesse Furman had said that Ross must be questioned because his intent is "
            "directly at issue in the lawsuit.",
            (SourceType.NAMED_OFFICIAL, "Judge Jesse Furman"),
        ),
        (
            "Prosecutors said in a court filing that the driver was drunk.",
            (SourceType.DOCUMENT, "a court filing"),
        ),
        # dev9512 rc6w: the outlet of an opening citation relays the speaker (rule 1).
        (
            "According to CNN, a Trump source says the president is angry.",
            (SourceType.UNNAMED_SOURCE, "a Trump source"),
        ),
        # dev9512 bCtqDeeOTa8APUtg [2]: a quoted show title inside the subject's aside.
        (
            "Dr. Anthony Fauci, appearing on NBC\u2019s \u201cToday\u201d show, suggested that "
            "governors wait.",
            (SourceType.NAMED_OFFICIAL, "Dr. Anthony Fauci"),
        ),
        # dev9511 JVuvkxvPgP7BUXpf [7]: citing a reason is a speech act with content (rule 7).
        (
            "Vincent Viola cited his inability to navigate the confirmation process.",
            (SourceType.NAMED_PERSON, "Vincent Viola"),
        ),
        # dev9512 VY8SyOZCyvFgDKQJ [11]: so is likening.
        (
            "Van Jones, an activist and commentator, likened it to \u201cthe Thrilla in Manila.\u201d",
            (SourceType.NAMED_PERSON, "Van Jones, an activist and commentator"),
        ),
        # dev9511 OzRaHf2qvGmzQH4t [11]: the critics' claim, not the "he" of its content.
        (
            "Critics, however, point to the fact that he mentioned the attacks first.",
            (SourceType.UNNAMED_SOURCE, "Critics"),
        ),
        # dev9513 7BpY029jJiE1lgMU: a news company's executive speaks as a person, not the outlet.
        ("Newsmax CEO Chris Ruddy said the network would grow.", (SourceType.NAMED_OFFICIAL, "Newsmax CEO Chris Ruddy")),
        # dev9513 o1ojA8ww1Y0dAZeh [5]: a time phrase with no comma before the subject.
        ("Earlier this week the New York Times reported that the plan failed.", (SourceType.CITED_OUTLET, "the New York Times")),
        # dev9513 IZshUh8KbiIbmjws [12]: an aside of feeling between dashes.
        (
            "But black leaders \u2014 concerned about the low turnout \u2014 say the party must act.",
            (SourceType.UNNAMED_SOURCE, "black leaders"),
        ),
        # dev9514 1XXtTo7jclYDM01q [24]: one party member, not the chamber.
        ('"We will see," said a top Senate Democrat.', (SourceType.UNNAMED_SOURCE, "a top Senate Democrat")),
        ('"We will see," said Sen. Chuck Grassley - the lead Republican on the committee.', (SourceType.NAMED_OFFICIAL, "Sen. Chuck Grassley")),
        # dev9514 rp2HbMTTPzqYg7cw [0]: "has written" reports; "a letter written by" does not.
        (
            "Brexit makes the decline of the EU inevitable, George Soros has written in an op-ed.",
            (SourceType.NAMED_PERSON, "George Soros"),
        ),
        # dev9515 Rfdr [4]: a compiled intelligence report is a document.
        ("The dossier claimed that the candidate was compromised.", (SourceType.DOCUMENT, "The dossier")),
        # dev9515 80FS [10]: the central bank by its short name.
        ("The Fed predicts that growth will slow.", (SourceType.NAMED_ORGANIZATION, "The Fed")),
        # dev9515 CSM [15]: "charge" with its "that" clause accuses (rule 7).
        (
            "Many Republicans and some Democrats charge that Holder misled Congress.",
            (SourceType.UNNAMED_SOURCE, "Many Republicans and some Democrats"),
        ),
        # dev9515 CSM [17]: "Lots of", as "Many of".
        ("Lots of Democrats say the plan is bad.", (SourceType.UNNAMED_SOURCE, "Lots of Democrats")),
    ],
)
def test_cues_and_sources_from_stop_53s_development_material(text: str, expected: tuple[SourceType, str]) -> None:
    """One sentence each, from the development draws 9511-9515 and the keyed sets 74-76: its
    last statement's type and source."""
    statement = statements_of(text)[-1]
    assert (statement.type, statement.source) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout79 zTUeKNPvbfC2obW5 [1]: the dashes close an aside of the clause before; the
        # subject is the name after the second one.
        (
            ("While Obama promoted his strategy - touting his trip to North Carolina - Rep. Marlin "
            "Stutzman, R-Indiana, called on the President to urge the Senate to act."),
            (SourceType.NAMED_OFFICIAL, "Rep. Marlin Stutzman, R-Indiana"),
        ),
        # heldout78 YKbrJxrysbUCBZ27 [5]: "observes" reports, as "observed" does.
        (
            "AP also observes that President Barack Obama is about to pass the baton.",
            (SourceType.CITED_OUTLET, "AP"),
        ),
        # heldout78 YKbrJxrysbUCBZ27 [6]: the participle adds the words of the credit before it.
        (
            ("Pope Francis has \u201ctranscended the Roman Catholic community,\u201d AP states, adding "
            "that Obama has referred to him as a \u201ctransformative leader.\u201d"),
            (SourceType.CITED_OUTLET, "AP"),
        ),
        # A corpus article (MKhRdMtcnEzihPQ9 [18]): a news site named by its domain.
        (
            ("Bentley could make the revisions himself, AL.com reports, adding that the changes "
            "would still require approval."),
            (SourceType.CITED_OUTLET, "AL.com"),
        ),
        # heldout78 omTQWbEnMUxBvdQd [8]: the poll's findings are the pollster's.
        (
            ("That has pulled spending into early November \u2014 more than half of consumers polled "
            "by the NRF in the first week of this month had already begun making purchases."),
            (SourceType.NAMED_ORGANIZATION, "the NRF"),
        ),
        # dev9516 XrvVEGcxnHbEXS5l [20]: the "of" of an agency's name before its spokesman's name.
        (
            "Mississippi Bureau of Investigation spokesman Warren Strain said the search went on.",
            (SourceType.NAMED_OFFICIAL, "Mississippi Bureau of Investigation spokesman Warren Strain"),
        ),
        # dev9517 sc4rsnxtTShOLTuT [13]: an aside's closing dash written against the verb.
        (
            "DeMint \u2014 who is retiring at the end of the month \u2014pointed out that the Senate was slow.",
            (SourceType.NAMED_PERSON, "DeMint \u2014 who is retiring at the end of the month \u2014"),
        ),
        # dev9516 zhv7bMc2XgHzQAmH [20]: a speech act not made gives no content (rule 7) ...
        ("Police haven't confirmed that the man's brother was the driver.", (SourceType.UNATTRIBUTED, None)),
        ("The mayor did not immediately say whether the plan would go ahead.", (SourceType.UNATTRIBUTED, None)),
        # ... but a negation closing a quotation is the speaker's word (corpus yCBtjv8pPfOJPdrV [28]).
        ('"No. Absolutely not," said Tim Hill, 53.', (SourceType.NAMED_PERSON, "Tim Hill, 53")),
        # dev9516 1NxZtZeMZLRCESCt [12]: a recording relays the speaker's own quotation ...
        (
            '"I did not mean to offend anyone," Jane Sewell said, according to a video posted to Twitter.',
            (SourceType.NAMED_PERSON, "Jane Sewell"),
        ),
        # ... court papers that tell what was said give the content.
        ('"We will win," Smith said, according to court papers.', (SourceType.DOCUMENT, "court papers")),
        # dev9516 ye6PA0IhazXTuu5h [1]: a name set off after a role is the subject; the
        # object after the verb is no inverted speaker.
        (
            ("Initially, the editor-in-chief, Jeffrey Goldberg, defended Williamson, writing in a "
             "memo to staff that he did not believe it was the best practice."),
            (SourceType.NAMED_PERSON, "Jeffrey Goldberg"),
        ),
        # dev9517 kGebA1PcUAs7lZOw [1]: a relative clause between a record and its verb.
        (
            "The study, which was the subject of a hearing, shows the agency dropped 4 percent.",
            (SourceType.DOCUMENT, "The study, which was the subject of a hearing"),
        ),
        # dev9517 rGUJ [22]: those who run a service are a group, unnamed.
        ("Clinic operators say the law would close the clinic.", (SourceType.UNNAMED_SOURCE, "Clinic operators")),
        # dev9517 NjclkyYu8wlujkL0 [11]: a span of time opening the sentence without its comma.
        ("Two days later Smith said the plan failed.", (SourceType.NAMED_PERSON, "Smith")),
        ("Weeks later his spokesman noted that the condition was serious.", (SourceType.UNNAMED_SOURCE, "his spokesman")),
        # dev9518-9519: a title before a surname alone; a hyphenated title after "Vice"; a
        # group by what it does; a department by its bare name.
        ('"Women are underrepresented," said Professor Gompers.', (SourceType.NAMED_PERSON, "Professor Gompers")),
        ("Vice-President Mike Pence said the plan would work.", (SourceType.NAMED_OFFICIAL, "Vice-President Mike Pence")),
        ("Female investors said the plan would work.", (SourceType.UNNAMED_SOURCE, "Female investors")),
        (
            "Homeland Security said in a March 26 letter that the review was under way.",
            (SourceType.NAMED_ORGANIZATION, "Homeland Security"),
        ),
        # dev9519 JEg3KYVnJ0bdCkPV [9], JR4CvVRBE5E5AayO [17]: a claim made; a criticism with its words.
        ("The bank's president made the startling claim that growth would stall.", (SourceType.UNNAMED_SOURCE, "The bank's president")),
        ('Jane Doe hit out at Trump as "a failed businessman."', (SourceType.NAMED_PERSON, "Jane Doe")),
        # dev9519 a: a leading participle's clause holds no cue of the sentence's speaker.
        ("Asked if that assessment included the new sanctions, Cruz said the plan was unclear.", (SourceType.NAMED_OFFICIAL, "Cruz")),
        (
            'Noting that an international watchdog agency has confirmed the findings, Putin asked: "Where is the proof?"',
            (SourceType.NAMED_OFFICIAL, "Putin"),
        ),
        # heldout80 yEYNDIzT4OY4APmA [6], heldout81 t20Tjgv264Eth8Y6 [2] (keyed unattributed at stop
        # 54): a record's plural head, and what records describe or forbid, are the record's.
        ("Sworn affidavits signed by four of his former staffers describe Conyers as a serial harasser.",
         (SourceType.DOCUMENT, "Sworn affidavits signed by four of his former staffers")),
        ("The documents also forbid imposing an obligation of silence on those who report abuse.", (SourceType.DOCUMENT, "The documents")),
        # dev9520 b uGULByk5Ps56aTeC [1]: a name after a preposition ("the death of al-Baghdadi
        # is") is no subject "he" refers to; the speaker of "said" before it is.
        ('Former CIA director David Petraeus spoke of the raid that killed Abu Bakr al-Baghdadi. While Petraeus said the death of al-Baghdadi is "a very significant blow," he emphasized the fight goes on.',
         (SourceType.NAMED_PERSON, "Petraeus")),
        # dev9520: an ad says what it says (a record; its sponsor in alt), and an announced
        # retirement is a plain act (rule 7), so the outlet reporting it is the source.
        ('"The bill stinks," says the ad.', (SourceType.DOCUMENT, "the ad")),
        ("The chief had already announced his retirement but was let go early, according to the Denver Post.",
         (SourceType.CITED_OUTLET, "the Denver Post")),
        ("The senator announced his resignation on Friday.", (SourceType.UNATTRIBUTED, None)),
        # dev9518 b: a participle's joined objects are no leading clause of the subject.
        ("A lawyer representing DHS and ICE said only that the case was moot.", (SourceType.UNNAMED_SOURCE, "A lawyer representing DHS and ICE")),
    ],
)
def test_cues_and_sources_from_stop_54s_development_material(text: str, expected: tuple[SourceType, str | None]) -> None:
    """One sentence each, from the keyed sets 78-81, the development draws 9516-9520 and corpus
    samples: its last statement's type and source."""
    statement = statements_of(text)[-1]
    assert (statement.type, statement.source) == expected


def test_a_description_placed_by_a_city_refers_back_to_the_person() -> None:
    # dev9516 ZkuxEsszjpF3wKBk [7]: "The former New York real estate developer" is Trump, named
    # before; it was unattributed (its capitalized words made it no short description).
    text = (
        "Donald Trump spoke on Monday.\n\n"
        "The former New York real estate developer has complained that the system is rigged."
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "Donald Trump")


def test_an_outlet_with_no_comma_before_the_pronoun_that_follows() -> None:
    # dev9519 JR4CvVRBE5E5AayO [5]: "According to the Globe she also praised" took "the Globe she
    # also praised the plan" for the source, a document; "she" is Warren, via the Globe.
    text = "Elizabeth Warren spoke in Boston.\n\nAccording to the Globe she also praised the plan."
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "Elizabeth Warren")


def test_he_after_a_possessive_that_opens_the_main_clause() -> None:
    # heldout79 zTUeKNPvbfC2obW5 [2]: a participle's clause comes first; "he" is Obama, the
    # possessor, not the last statement's congressman.
    text = (
        "While President Barack Obama promoted his strategy, Rep. Marlin Stutzman, R-Indiana, called on "
        "the Senate to act.\n\n"
        'Continuing the White House\'s push to make 2014 a "Year of Action," Obama\'s weekly address '
        'recapped his visit to North Carolina where he announced the creation of "manufacturing hubs."'
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "Obama")


def test_notes_added_before_a_colon_are_no_speech() -> None:
    # dev9512 sscVGZjcoO9NMNgm [18]: "Some added notes to take into account:" is no one's
    # speech, and the writer's paragraph after it is not carried over to "Some".
    text = (
        "Readers wrote in.\n\nSome added notes to take into account:\n\n"
        "Writing good headlines is an art form. I find that our headlines are good."
    )
    assert types_of(text) == [SourceType.UNATTRIBUTED] * 4


def test_a_listed_surname_is_not_the_official_when_the_article_names_another() -> None:
    # dev9511 hEe3BAYHPvSFt7pz: the journalist Megyn Kelly is no John Kelly.
    text = (
        "Reade spoke to journalist Megyn Kelly in an interview Thursday.\n\n"
        "Kelly said that this has been cited for some of those who believed Ford."
    )
    assert statements_of(text)[1].type is SourceType.NAMED_PERSON


def test_he_after_a_narration_of_a_person_named_in_the_last_sources_modifier() -> None:
    # heldout74 eEqbpwuGK9rwkKXn [16]: the last source "A White House official briefing
    # reporters on Mr Trump's speech" names no Trump; "He" after "Mr Trump was at the UN" is his.
    text = (
        "A White House official briefing reporters on Mr Trump's speech said that Iran was a menace.\n\n"
        "Mr Trump was at the UN on Monday and held meetings with some world leaders.\n\n"
        'He said the US was "prepared to take further action".'
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "Trump")


def test_an_invisible_mark_glued_to_a_name_hides_no_speaker() -> None:
    text = "Jon Favreau\u200f, a former speechwriter for Barack Obama, tweeted: \u201cThis is great.\u201d"
    assert statements_of(text)[0].type is SourceType.NAMED_PERSON


def test_a_president_elect_is_an_official_and_so_is_his_surname() -> None:
    # dev9513 u9tg3HJnexxiuFbi [0]: "President-elect Donald Trump" was a name of its own, no
    # official, and every "Trump" after it a named person.
    text = "President-elect Donald Trump said the reports were false.\n\nTrump said it again."
    assert [s.type for s in statements_of(text)] == [SourceType.NAMED_OFFICIAL] * 2


def test_the_president_is_not_the_speaker_of_the_house() -> None:
    # dev9514 HvqMRbgHgwbiTwkQ [7]: "The president has never asked for ..." was given to "House
    # Speaker John Boehner", the last speaker; the article titles Obama president. Since stop 54
    # a request never made is no cue (rule 7), so the adverb here is one of a request made.
    text = (
        "President Barack Obama met House Republicans on Friday.\n\n"
        '"I was flabbergasted," House Speaker John Boehner said.\n\n'
        "The president has always asked for more tax revenue."
    )
    last = statements_of(text)[-1]
    assert last.source is not None and "Boehner" not in last.source


def test_the_senator_may_be_the_senate_majority_leader() -> None:
    # gold train YQC7Kozeb1j7kLav [14]: a chamber's leader keeps the seat he holds.
    text = (
        "Senate Majority Leader Mitch McConnell wrote an op-ed on Monday.\n\n"
        "The senator argues that the legacy of the change is clear."
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "Mitch McConnell")


def test_he_after_a_narration_naming_one_person_beside_a_possessive_owner() -> None:
    # dev9514 1XXtTo7jclYDM01q [15]: "Obama's" owns Plouffe's role; "he" is Plouffe, not the
    # unnamed aide quoted earlier.
    text = (
        '"It was all about the outcome," said one of Obama\u2019s top aides.\n\n'
        "When the authors asked David Plouffe, Obama\u2019s most influential political adviser, "
        "whether it could be repeated, he sprang forward in his chair. "
        '"The organization doesn\u2019t exist without belief in the candidate," he said.'
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "David Plouffe")


def test_a_firms_managing_partner_is_an_official() -> None:
    # dev9514 (New York Post, [4]): the partner speaks for the firm.
    statement = statements_of('"We are proud," said managing partner Ron Shechtman.')[0]
    assert statement.type is SourceType.NAMED_OFFICIAL


def test_a_firm_named_after_its_head_is_an_organization() -> None:
    # dev9514 (New York Post [12]): "Pryor Cashman said" read as a person's name.
    statement = statements_of("The law firm Pryor Cashman said the claims were baseless.")[0]
    assert (statement.type, statement.source) == (SourceType.NAMED_ORGANIZATION, "The law firm Pryor Cashman")


def test_the_army_general_is_the_general_named_before() -> None:
    # dev9514 pZlutCuZNm832qqK [2]: "Army" describes any officer, as a nationality does.
    text = (
        "Gen. Martin E. Dempsey, chairman of the Joint Chiefs of Staff, said the raid failed.\n\n"
        '"That was the most complex mission we have ever taken," the Army general said.'
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "Martin E. Dempsey")


def test_he_in_the_sentence_of_a_name_with_an_irregular_verb() -> None:
    # dev9515 0V65 [17]: "Ben Smith made public an email ..., in which he admitted" was the
    # journalist quoted before.
    text = (
        "One journalist called it an outrage.\n\n"
        "BuzzFeed editor-in-chief Ben Smith made public an email he sent to staff, in which he "
        "admitted that there is serious reason to doubt the allegations."
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_PERSON, "Ben Smith")


def test_a_singular_role_refers_to_the_one_of_two_people_it_names() -> None:
    # heldout76 Fox Online News 7PWHOnoBbkhyoDBc [1]: "The director" is Pompeo alone.
    text = (
        "CIA Director Mike Pompeo and former Trump campaign manager Corey Lewandowski defended the "
        "president on Sunday.\n\nThe director dismissed claims in the book that he is incompetent."
    )
    last = statements_of(text)[-1]
    assert (last.type, last.source) == (SourceType.NAMED_OFFICIAL, "CIA Director Mike Pompeo")
