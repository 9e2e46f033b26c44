"""Reporting-verb cues: the subject reading, the inverted reading, and the verb lexicons."""

from __future__ import annotations

import pytest

from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.verbs import cue_verbs, record_only_verbs, verb_cues


def readings(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind.value, text[c.source.start : c.source.end] if c.source else None)
        for c in verb_cues(text, lambda offset: True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the talks failed.", [(CueKind.SUBJECT_VERB, "Officials")]),
        # "state" before a noun is its adjective; before a clause, object or adverb, the verb.
        (("News of it was first reported on Al Arabiya, the Saudi state satellite TV network whose "
          "broadcasts are approved by the government, reports the New York Times."),
         [(CueKind.INVERTED_VERB, "the New York Times"),
          (CueKind.SUBJECT_VERB, ("the Saudi state satellite TV network whose broadcasts are "
                                  "approved by the government"))]),
        ("Islamic state fighters took the town.", []),
        # After a place's name, "state" is part of the place (heldout21 djzHgbr2yp35ooIw [6]).
        ("He has attended fundraisers in Texas, Washington state and California.", []),
        ("He campaigned in New York state, then flew home.", []),
        # A naming verb after an indefinite noun that is no speaker gives a title (heldout20
        # 9qvUs5ADPBHEnihQ [10]); after a speaker's noun it reports.
        ('Smith, the author of a memoir called "Wasted," has struggled with addiction.', []),
        ('A spokesman called "the report" a fabrication.', [(CueKind.SUBJECT_VERB, "A spokesman")]),
        # "what's called", and a quoted name right after a thing's noun, name a thing (teacher
        # check Ejd437WBjzy80fZK [7], [14]); a relative clause, a plural or an adverb before the
        # verb keeps its speaker.
        ("McConnell began action via what's called the \"Senate Rule 14\" process.", []),
        ('Leaders used a maneuver Harry Reid made common called "filling the tree" to block it.', []),
        ('They attended the seminar called "Outsourcing Of American Law."', []),
        ('What one Vatican watcher called "a tsunami" followed.', [(CueKind.SUBJECT_VERB, "What one Vatican watcher")]),
        ('Several guests called "the speech" electrifying.', [(CueKind.SUBJECT_VERB, "Several guests")]),
        ('The President-elect called "the claim" ridiculous.', [(CueKind.SUBJECT_VERB, "The President-elect")]),
        # After a possessive, a participle before a noun is its adjective ("Trump's promised
        # wall", train2 w6M8ra9oFl71M3QS, xMmlCZUI4axEGf6I); before "to" or "that", the verb
        # of a contracted "has".
        ("Trump\u2019s promised infrastructure upgrades were popular.", []),
        ("Funds went to border security, including Trump's promised wall.", []),
        ("Trump's promised that he will win.", [(CueKind.SUBJECT_VERB, "Trump's")]),
        # A causative verb's object is the subject of the reporting verb after "to" (heldout14
        # k7hdsmNcoBltiKhq [4], with the article's stray "'s").
        ("The fighting prompted Prime Minister Jan Kowal to assert that the war goes on.",
         [(CueKind.SUBJECT_VERB, "Prime Minister Jan Kowal")]),
        ("The fighting prompted Prime Minister Jan Kowal's to assert that the war goes on.",
         [(CueKind.SUBJECT_VERB, "Prime Minister Jan Kowal")]),
        # A noun-verb form before an auxiliary or a modal is the noun (heldout8, train).
        ("So that conservative U.S. states could exclude non-citizens.", []),
        ("Twenty-six states have challenged the rule in court.", []),
        # A determiner, an -ly adverb and a modifier make the noun-verb form a noun: the adverb
        # modifies an adjective, never a subject (heldout15); a plural subject keeps the verb.
        ("It completed the shift to a solidly Republican state, ending a run.", []),
        ("The deeply Democratic states voted early.", []),
        # ... and so does a possessive in the determiner's place, with either apostrophe.
        ("It completed the shift to Georgia's solidly Republican state, ending a run.", []),
        ("It became Georgia\u2019s solidly Republican state that everyone knows.", []),
        ("The party's newly elected leaders state that the vote was fair.",
         [(CueKind.SUBJECT_VERB, "The party's newly elected leaders")]),
        ("Republican leaders state that the vote was fair.",
         [(CueKind.SUBJECT_VERB, "Republican leaders")]),
        ("The White House states that the vote was fair.",
         [(CueKind.SUBJECT_VERB, "The White House")]),
        ("The rally organizers state that the march is peaceful.",
         [(CueKind.SUBJECT_VERB, "The rally organizers")]),
        ("Smith reports that the town is calm.", [(CueKind.SUBJECT_VERB, "Smith")]),
        # A verb whose object is its target has no inverted reading: what follows it is never
        # the speaker (heldout5 gzvYpwYdJBpyLYT6 named the C.D.C. as its own critic).
        (("National Nurses United, the largest union of nurses, with 185,000 members, criticized "
          "the C.D.C. on Wednesday for taking so long."), []),
        ("The union criticized the C.D.C. for taking so long.", [(CueKind.SUBJECT_VERB, "The union")]),
        ("President Obama, speaking at Martha's Vineyard, Mass., praised the designation of al-Maliki.",
         [(CueKind.SUBJECT_VERB, "President Obama")]),
        # A comma closing a relative clause of the opening phrase: its verb is the subject's.
        (("Two administration officials, who asked not to be named, confirmed Rockefeller raised "
          "the issue."),
         [(CueKind.SUBJECT_VERB, "Two administration officials, who asked not to be named")]),
        ("The website, which covers security, said the document was authentic.",
         [(CueKind.SUBJECT_VERB, "The website, which covers security")]),
        ("The documents state that he lied.", [(CueKind.SUBJECT_VERB, "The documents")]),
        ("Officials state plainly that he lied.", [(CueKind.SUBJECT_VERB, "Officials")]),
        # A record's relative clause: the record reports (train2, train3); a law does not. Its
        # participle or prepositional phrase is part of it (stop 43: "a report on Wednesday in
        # the Wall Street Journal that said").
        (
            "Both follow a Fox News poll released last week which indicated a lead.",
            [(CueKind.SUBJECT_VERB, "a Fox News poll released last week")],
        ),
        ("A Facebook executive's memo that claimed it was justified leaked.",
         [(CueKind.SUBJECT_VERB, "A Facebook executive's memo")]),
        ("Snyder signed a bill that addressed the problem.", []),
        # An aside set off by dashes is no part of the record (heldout46 gTsQjfLuczahtuLL [17]
        # was "the email from Cruz -").
        ("It was a memo from Rosenstein \u2014 not Sessions \u2014 that detailed the rationale.",
         [(CueKind.SUBJECT_VERB, "a memo from Rosenstein")]),
        ("The email from Cruz \u2013 which includes a screen grab \u2013 reads, \"I'm sickened.\"",
         [(CueKind.SUBJECT_VERB, "The email from Cruz")]),
        # ", said X" may close on a dash aside (train3: the poll's figures had no source).
        ("Half approve, said a new Gallup poll — a slight uptick.",
         [(CueKind.INVERTED_VERB, "a new Gallup poll"), (CueKind.SUBJECT_VERB, "Half approve")]),
        # A noun-verb form after "another" or a plural possessive is a noun (train3).
        ("Economists’ estimates in the Bloomberg survey ranged widely.", []),
        ("Another report from the Labor Department showed prices fell.",
         [(CueKind.SUBJECT_VERB, "Another report from the Labor Department")]),
        ('"It failed," said a senior official.', [(CueKind.INVERTED_VERB, "a senior official")]),
        # "saying" is a noun but after a form of "be" ("The apple said nothing" is a cue too:
        # whether its subject is a source is the mention's to say).
        ("The old saying is true.", []),
        ("The apple is saying nothing.", [(CueKind.SUBJECT_VERB, "The apple")]),
        # The progressive of a request is a cue like "asked" (heldout17 QKC3MDY7CYRVvja8 [8]: the
        # sentence was carried over to the speaker of the paragraph before); a participle is not.
        ('The agency is asking the firm to "provide a detailed plan" by May.',
         [(CueKind.SUBJECT_VERB, "The agency")]),
        ("Unions are urging members to vote no.", [(CueKind.SUBJECT_VERB, "Unions")]),
        # An -ing form kept out of the cue verbs as a noun ("a warning") reports after a form of
        # "be" as its simple form does ("warned"; heldout25 VzESxEpukuXh0RmZ [0], train
        # gbxxML7chg1Su4p6, train2 lViqD4CJeVD88xuN); never as a noun or an adjective.
        ("A U.N. panel is warning that prisons breed terror.", [(CueKind.SUBJECT_VERB, "A U.N. panel")]),
        ("Some reporters are saying there is more to it.", [(CueKind.SUBJECT_VERB, "Some reporters")]),
        ("Officials were already warning of a storm.", [(CueKind.SUBJECT_VERB, "Officials")]),
        ("Aides are telling the Journal that he will run.", [(CueKind.SUBJECT_VERB, "Aides")]),
        ("The panel issued a warning that prisons breed terror.", []),
        ("It is a warning that prisons breed terror.", []),
        ("As the saying goes, prisons breed terror.", []),
        ("The saying goes that prisons breed terror.", []),
        ("A U.N. panel is issuing warnings.", []),
        ("It is telling that he left.", []),
        ("That was telling.", []),
        ("That so many think otherwise is telling and worrisome.", []),
        ("There is no telling what he will do.", []),
        # Forms whose progressive is mostly an act are not read ("responded" is a cue verb).
        ("The agency is responding to the storm.", []),
        ("He was thinking about running.", []),
        ("The agency sent the firm a letter, asking it to provide a plan.", []),
        ("The talks failed, officials Said.", []),
        ("\"They are celebrating,\" Bratton fumed Sunday.", [(CueKind.SUBJECT_VERB, "Bratton")]),
        ("Some officials suspect a plot.", [(CueKind.SUBJECT_VERB, "Some officials")]),
        ("The suspect fled.", []),
        # "reports" after a report's modifier is a noun (train2: "Media" was the source).
        ("Media reports suggested a deal.", [(CueKind.SUBJECT_VERB, "Media reports")]),
        ("Later, ABC News reports that he died.", [(CueKind.SUBJECT_VERB, "ABC News")]),
        # The hearer follows "told": no inverted reading (train: "..., told CNN" was CNN's).
        (
            '"It hit him," Rick Tyler, a Cruz aide, told CNN.',
            [(CueKind.SUBJECT_VERB, "Rick Tyler, a Cruz aide")],
        ),
        # A comma closing the subject's appositive gives no inverted reading (train, train2:
        # the reported clause was taken for an unnamed source).
        (
            "David Mulroney, a former ambassador to China, said U.S. executives could face reprisals.",
            [(CueKind.SUBJECT_VERB, "David Mulroney, a former ambassador to China")],
        ),
        (
            "Biden, who is considering a run, said the president needs to act.",
            [(CueKind.SUBJECT_VERB, "Biden, who is considering a run")],
        ),
        (
            "The talks failed, said a senior official.",
            [(CueKind.INVERTED_VERB, "a senior official"), (CueKind.SUBJECT_VERB, "The talks failed")],
        ),
        # An item of a list of acts is what the sentence's subject did, no subject of the next
        # verb (train3 Oax5jmMUBWWroGRh [15], "arrested whistleblowers" read as a source).
        (
            ("Chinese authorities deceived the public, suppressed crucial information, arrested "
             "whistleblowers, denied human-to-human transmission."),
            [],
        ),
        # ... but a subject after a single earlier clause keeps its verb.
        (
            "The vote failed, retired officers said.",
            [(CueKind.SUBJECT_VERB, "retired officers")],
        ),
        # A noun-verb form after an issued statement is its verb: the statement's words follow
        # (heldout24 eBoOXcI23bVZqtqN [12], train3 wC3I48lN91w0ZvIl [17]).
        ("The statement claims the fire was set by the rebels.", [(CueKind.SUBJECT_VERB, "The statement")]),
        ('"The charges are baseless," the statement reads.', [(CueKind.SUBJECT_VERB, "the statement")]),
    ],
)
def test_verb_cues(text: str, expected: list[tuple[CueKind, str]]) -> None:
    assert readings(text) == [(k.value, s) for k, s in expected]


# The perfect progressive reports as the progressive does: the subject lookup steps back over
# "has/have/had been" before an -ing form (heldout27 ZRoYFEeW0pAEBftW [4]). Skipping "been"
# everywhere (a word of adverbs_before_verb.txt) had made "It also conflicts with what China
# hawks in Trump's own administration have been saying all along" (train GnLc0ecOkMgwSGDu) a
# cue whose subject was the whole clause before "what", named_official by "Trump": a
# progressive closing a free relative has the words after "what" for its subject.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor has been warning that the dam is weak.", "The mayor"),
        ("The mayor has long been warning that the dam is weak.", "The mayor"),
        ("Many analysts have been comparing the situation to the Republican primary in 2016.", "Many analysts"),
        (
            "It also conflicts with what China hawks in Trump\u2019s own administration have been saying all along.",
            "China hawks in Trump\u2019s own administration",
        ),
        # the free relative opening the subject after an opener ("what China hawks" was the source)
        ("In Washington, what China hawks have been saying is clear.", "China hawks"),
    ],
)
def test_the_perfect_progressive_reports(text: str, source: str) -> None:
    assert readings(text) == [(CueKind.SUBJECT_VERB.value, source)]


# ... but not in a "which" clause, what a party or a thing has been doing (heldout6
# CXvYQhdThu52uj9c [14], read narration).
def test_the_perfect_progressive_of_a_which_clause_is_narration() -> None:
    text = (
        "Netanyahu's Likud Party is running behind the main opposition group headed by Yitzhak "
        "Herzog's Labor Party, which has been highlighting rancor in the country's critical "
        "relationship with the United States."
    )
    assert readings(text) == []


# A name set off by commas after a described role is the source's, more of the sentence after
# it (train2: "said the new Senate Energy ... chairman, Lisa Murkowski, R-Alaska, in a statement"
# was the chairman alone, read as an unnamed source); not a place, nor a list's first name.
@pytest.mark.parametrize(
    ("role_and_name", "source"),
    [
        ("the committee chairman, Lisa Murkowski, R-Alaska, in a statement", "the committee chairman, Lisa Murkowski"),
        ("the governor, New York, in 2019", "the governor"),
        ("the two senators, John Smith, and Jane Doe", "the two senators"),
    ],
)
def test_a_name_set_off_after_a_described_role(role_and_name: str, source: str) -> None:
    assert readings(f'"We will fight," said {role_and_name}.') == [(CueKind.INVERTED_VERB.value, source)]


def test_record_only_verbs_are_cue_verbs_but_not_general() -> None:
    assert "concluded" in record_only_verbs()
    assert record_only_verbs() <= cue_verbs()
    assert "said" in cue_verbs() and "said" not in record_only_verbs()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three officers were dismissed from the department.", []),
        ("Even a rumor should have been immediately addressed.", []),
        ("The former vice president also downplayed the victory.", [(CueKind.SUBJECT_VERB, "The former vice president")]),
        ("It hurt the president's comment ratings.", []),
        ("While officials have condemned the leak, the program goes on.", []),
        ("Prices rose, as analysts had predicted.", [(CueKind.SUBJECT_VERB, "analysts")]),
        (
            "In fact, as the Times reported on Monday, Trump Jr. took the meeting.",
            [(CueKind.SUBJECT_VERB, "the Times")],
        ),
    ],
)
def test_passives_possessives_and_subordinate_clauses(
    text: str, expected: list[tuple[CueKind, str]]
) -> None:
    assert readings(text) == [(k.value, s) for k, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "added" with a quantity as object reports a figure, not speech (heldout11 [1], train).
        ("The US economy added 196,000 jobs in March, up from 33,000 the prior month.", []),
        ("The U.S. economy added about 3 million jobs for black workers.", []),
        ("Keystone added $5.7 billion to the economies of Oklahoma and Texas.", []),
        ("Retailers added thousands of seasonal workers.", []),
        ("The sector adds more than 20,000 jobs a month.", []),
        # "added" introducing words stays a cue, a number after it or not.
        ("He added that 5,000 people had left.", [(CueKind.SUBJECT_VERB, "He")]),
        ('"It will pass," she added.', [(CueKind.SUBJECT_VERB, "she")]),
        ("She added one caveat: the vote could slip.", [(CueKind.SUBJECT_VERB, "She")]),
        # With its content, a clause, a quotation, a colon or nothing, "added" reports speech
        # (`speech_complements.takes_speech`).
        ("He added it was not unusual to see people come and go.", [(CueKind.SUBJECT_VERB, "He")]),
        ("The spokesman added the department would appeal.", [(CueKind.SUBJECT_VERB, "The spokesman")]),
        ("DeLay added the situation reminded him of 2004.", [(CueKind.SUBJECT_VERB, "DeLay")]),
        ("Burr added though that he hoped Brennan would not mind.", [(CueKind.SUBJECT_VERB, "Burr")]),
        ("She added in a statement that the vote could slip.", [(CueKind.SUBJECT_VERB, "She")]),
        ('He adds seconds later, "Grab them."', [(CueKind.SUBJECT_VERB, "He")]),
        ("Smith added to the Journal that the shares were paid.", [(CueKind.SUBJECT_VERB, "Smith")]),
        ("Pfaff added the caveat that police traced few guns.", [(CueKind.SUBJECT_VERB, "Pfaff")]),
        ("Sen. Rubio added his name Thursday to the list of lawmakers calling for his resignation.",
         [(CueKind.SUBJECT_VERB, "Sen. Rubio")]),
    ],
)
def test_added_with_a_quantity_is_no_cue(text: str, expected: list[tuple[CueKind, str]]) -> None:
    assert readings(text) == [(k.value, s) for k, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "added" with a noun phrase for object is a plain act (rule 7; heldout37
        # Aeie4dEXy9ffPPc8 [15], read unattributed).
        ("China has since added retaliatory duties on an additional $60 billion of American products.", []),
        ("The turmoil only added to the confusion.", []),
        ("Republicans added more funding to the program.", []),
        ("The Supreme Court added it to the case on its own.", []),
        ("The figures never add up.", []),
    ],
)
def test_added_with_a_noun_phrase_object_is_no_cue(text: str, expected: list[tuple[CueKind, str]]) -> None:
    assert readings(text) == [(k.value, s) for k, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "maintain" with its content reports speech, like "maintains" and "maintained" (a
        # probe key of stop 48: "Officials maintain that the tariffs ... will help" was keyed
        # No source at 0.979; rule 7).
        ("Officials maintain that the tariffs will help the administration.", [(CueKind.SUBJECT_VERB, "Officials")]),
        ("Trump has maintained there was no quid pro quo.", [(CueKind.SUBJECT_VERB, "Trump")]),
        ("Syria has long maintained that rebels, not government forces, are to blame.",
         [(CueKind.SUBJECT_VERB, "Syria")]),
        ("The president added that Sen. Lindsey Graham would be briefed.",
         [(CueKind.SUBJECT_VERB, "The president")]),
        # With an object it is a plain act (rule 7), "that" a demonstrative included.
        ("Koch Industries maintains ties to the group.", []),
        ("She maintained a private server while leading the department.", []),
        ("The US has helped to enforce and maintain that liberal international system.", []),
        ("He added that provision to the bill.", []),
        ("It is a level that Obama must maintain in order to win.", []),
    ],
)
def test_maintain_reports_speech_only_with_its_content(text: str, expected: list[tuple[CueKind, str]]) -> None:
    assert readings(text) == [(k.value, s) for k, s in expected]


def test_names_joined_by_and_with_party_tags_are_the_subject() -> None:
    """ "Reps. X, R-Va., and Y, R-Pa., claim sources have told them": the comma after the second
    party tag closes the subject's tag, no inverted "claim sources ..." (heldout14
    DXJcyckvpZfnMeJU [8]: the source ran on into the claim)."""
    text = "Reps. John Adams, R-Va., and Mary Baker, R-Pa., claim sources have told them 30 were hurt."
    found = readings(text)
    assert found[0] == (CueKind.SUBJECT_VERB, "Reps. John Adams, R-Va., and Mary Baker, R-Pa.")
    assert all(kind != CueKind.INVERTED_VERB for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quoted name inside the subject is no quotation the verb closes (heldout16
        # CzaO828tudjzPdXN [0]: the source was "Facebook has treated them like ...") ...
        (
            'The hosts known as "Pat and Kim" claim the site has banned them.',
            [(CueKind.SUBJECT_VERB, "Pat and Kim")],
        ),
        (
            'In contrast, GOP members of the "Gang of Eight" said they supported the plan.',
            [(CueKind.SUBJECT_VERB, 'GOP members of the "Gang of Eight"')],
        ),
        # ... but a quotation opening the sentence may still be closed by an inverted verb.
        ('"Absolutely" said Trump.', [(CueKind.INVERTED_VERB, "Trump"), (CueKind.SUBJECT_VERB, "Absolutely")]),
        # "women" is a plural before a noun-verb form (heldout16 CzaO828tudjzPdXN [1]).
        ("The two women report the site deleted their page.", [(CueKind.SUBJECT_VERB, "The two women")]),
    ],
)
def test_quoted_names_and_plural_people_before_the_verb(
    text: str, expected: list[tuple[CueKind, str]]
) -> None:
    assert readings(text) == [(k.value, s) for k, s in expected]


# "project" reports a forecast, as "projected", "estimated", "predicted" do, where a forecast
# follows it: a clause of its own, a "that" clause, a quantity or a forecast object (heldout26
# acwo53ltwKHwstBB [5]: "the agencies project Obamacare will cost $116 billion" was unattributed).
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In 2019, for example, the agencies project Obamacare will cost $116 billion.", "the agencies"),
        ("Economists project that the deficit will shrink.", "Economists"),
        ("The CBO projects the economy to grow by 2%.", "The CBO"),
        ("They project 2% growth next year.", "They"),
        ("Analysts project a deficit of $5 billion.", "Analysts"),
    ],
)
def test_a_forecast_verb_before_its_forecast_reports(text: str, source: str) -> None:
    assert readings(text) == [(CueKind.SUBJECT_VERB.value, source)]


# The noun stays the noun: after a determiner, before an auxiliary or a relative clause, after
# "a" and a capitalized modifier, or with no forecast after it (all but the first were cues
# with "project" read as a plain noun-verb form, with no forecast_verbs.txt).
@pytest.mark.parametrize(
    "text",
    [
        "The project will cost $5 billion.",
        "Infrastructure projects that were supposed to open doors have stalled.",
        "Craig's case involves one of the Ukrainian-related projects that formed the basis of it.",
        "A Pentagon project that the Army approved will cost more.",
        "Keystone projects in Canada will be delayed.",
        "Trump projects strength.",
    ],
)
def test_the_noun_project_is_no_cue(text: str) -> None:
    assert readings(text) == []


# The noun "projects" after a bare modifier, words and a later "will" or "to": FORECAST_CLAUSE
# took the noun's complement ("worth $5 billion", "planned for 2025") or the verb's object
# ("strength") for a forecast's subject (strict xfail until forecast_objects was tightened; more
# cases in test_forecast_objects.py).
@pytest.mark.parametrize(
    "text",
    [
        "Energy projects worth $5 billion will be built.",
        "Wind projects planned for 2025 will add jobs.",
        "Trump projects strength to voters.",
    ],
)
def test_the_noun_project_before_a_later_modal_is_no_cue(text: str) -> None:
    assert "projects" not in [cue.words for cue in verb_cues(text, lambda offset: True)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # heldout24 EdwBg8on3BBPiMhx [11]: the government speaks as an institution.
        (("These include the theft of trade secrets and forcing U.S. companies to hand over "
          "technology in exchange for access to the Chinese market, the U.S. charges."), "the U.S."),
        ("Hastert lied to FBI investigators about the cash, the indictment charges.", "the indictment"),
        ("The whistleblower is a Democratic operative, a top Republican official charges.",
         "a top Republican official"),
    ],
)
def test_charges_closing_the_sentence_after_its_subject_reports(text: str, source: str) -> None:
    assert charges_cues(text) == [(CueKind.SUBJECT_VERB, source)]


@pytest.mark.parametrize(
    "text",
    [
        "Stone was convicted of witness tampering, among other charges.",
        "After committee hearings, the House brought formal impeachment charges.",
        "Alvin Greene, an unemployed man facing felony obscenity charges.",
        "The jury acquitted him, and the U.S. charges were dropped.",
        "He faces charges.",
        "Despite this, the commission voted 5-0 against charges.",
    ],
)
def test_the_noun_charges_is_no_cue(text: str) -> None:
    assert charges_cues(text) == []


def charges_cues(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind.value, text[c.source.start : c.source.end] if c.source else None)
        for c in verb_cues(text, lambda offset: True)
        if c.words == "charges"
    ]


def test_cited_has_no_inverted_reading() -> None:
    """What "cited" cites is never its speaker, as a target is not (`target_object_verbs.txt`;
    heldout14 3LqDU0R93wIne8fb [12] named the statistics the officials cited as their source)."""
    text = ("The former security officials, in Monday's letter, cited U.S. government statistics "
            "showing illegal border crossings at nearly 40-year lows.")
    assert CueKind.INVERTED_VERB not in [kind for kind, _ in readings(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A noun-verb form closing the sentence after its subject reports, "media" too
        # (heldout48 A1BpWtQGE3oNuUtz [9], BBC's ", US media report.", keyed No source).
        ("The attacks began at around 16:00 PST, US media report.", "US media"),
        ("Mr Peterson had been in his position since 2009, local media report.", "local media"),
        ("He sold the land to pay for the media reports.", None),
    ],
)
def test_a_noun_verb_closing_the_sentence_after_its_subject_reports(text: str, source: str | None) -> None:
    found = [
        text[c.source.start : c.source.end] if c.source else None
        for c in verb_cues(text, lambda offset: True)
        if c.words == "report"
    ]
    assert found == ([source] if source else [])


# "Honest reports of mistreatment provide crucial feedback": the sentence's first word was read
# as the speaker of "reports" (heldout50 7RHp [17], named_person "Honest"); a name and the verb
# with "of" two words in stays a cue.
@pytest.mark.parametrize(
    "text",
    [
        "Honest reports of mistreatment provide crucial feedback to managers.",
        "Unconfirmed reports of Turkish airstrikes swirled online.",
    ],
)
def test_reports_of_after_the_first_word_is_the_noun(text: str) -> None:
    assert "reports" not in [cue.words for cue in verb_cues(text, lambda offset: True)]


def test_reports_after_a_name_is_a_cue() -> None:
    assert "reports" in [cue.words for cue in verb_cues("Smith reports that the camp is full.", lambda offset: True)]


# "thousands of phone calls to pressure them": the noun, whose "subject" was read as a source
# (tweets400, unnamed_source "Progressive groups took credit for flooding ... of phone").
@pytest.mark.parametrize(
    "text",
    [
        "Progressive groups took credit for flooding the companies with thousands of phone calls to them.",
        "He joined a conference call with donors.",
    ],
)
def test_calls_after_a_compound_noun_is_no_cue(text: str) -> None:
    assert not {"call", "calls"} & {cue.words for cue in verb_cues(text, lambda offset: True)}


def test_calls_after_a_name_is_a_cue() -> None:
    assert "calls" in [cue.words for cue in verb_cues("Pelosi calls the plan a disgrace.", lambda offset: True)]


# ", say political analysts.": a plural of unnamed people after modifiers closes the sentence as
# its source (dev9508 4uh8im48bJCFlDaa [4] was unattributed); a function word is no modifier.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The race is close, say political analysts.", "political analysts"),
        ("The race is close, say senior administration officials.", "senior administration officials"),
        ("He came close, said hello to officials.", None),
    ],
)
def test_an_inverted_verb_before_modified_unnamed_plural(text: str, source: str | None) -> None:
    inverted = [cue for cue in verb_cues(text, lambda offset: True) if cue.kind is CueKind.INVERTED_VERB]
    assert [text[cue.source.start : cue.source.end] for cue in inverted] == ([source] if source else [])


def test_a_verb_form_after_a_possessive_is_the_noun() -> None:
    assert not [cue for cue in verb_cues("His calls for peace went unheeded.", lambda offset: True)]


# "testified" reports speech only with its content (GUIDELINES rule 7: "testified before the
# grand jury" alone is a plain act; dev9508 6zhyLacNuFSEnool [4] was typed named_person).
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Clovis testified in late October before the grand jury in Mueller's investigation.", False),
        ("Horowitz testified before the committee that the FBI erred.", True),
        ("Trump told him more information was coming, Gates testified.", True),
        ('He testified: "I did not."', True),
    ],
)
def test_testified_needs_its_content(text: str, cue: bool) -> None:
    assert ("testified" in [c.words for c in verb_cues(text, lambda offset: True)]) is cue


# "believe" reports the stated belief of a group of unnamed people or a body (the gold reads
# "Investigators believe she's ..." unnamed_source, "Police believe ..." named_organization), not
# any "believe" ("many believe,", "journalists they believe are favorable").
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Investigators believe she's originally from the Oregon area.", True),
        ("Police believe the tractor traveled from Northern Ireland to Dublin.", True),
        ("And officials now believe multiple people were involved.", True),
        ("The United States, many believe, is unique.", False),
        ("Reporters they believe are favorable were chosen.", False),
        ("Don't believe me?", False),
    ],
)
def test_believe_after_a_group(text: str, cue: bool) -> None:
    assert ("believe" in [c.words for c in verb_cues(text, lambda offset: True)]) is cue


@pytest.mark.parametrize(
    "text",
    [
        "The free market capitalism that conservatives believe is the solution failed.",
        "He lives five houses from where police believe the suspect is located.",
        "A Gallup poll found that 75 percent of Americans believe immigration is good.",
    ],
)
def test_believe_in_a_relative_clause_or_a_figure_is_no_cue(text: str) -> None:
    assert "believe" not in [c.words for c in verb_cues(text, lambda offset: True)]


def test_believe_after_a_lot_of_a_group_is_a_cue() -> None:
    cues = verb_cues("A lot of Democrats believe in Enlightenment reasoning.", lambda offset: True)
    assert "believe" in [c.words for c in cues]


def test_a_bracketed_adverb_before_the_verb_keeps_its_subject() -> None:
    """ "Clinton spokesman Glen Caplin (falsely) accused Mr. Assange of ...": the writer's aside
    between the subject and its verb (dev9508 4uh8im48bJCFlDaa [12] lost its cue)."""
    text = "Clinton spokesman Glen Caplin (falsely) accused Mr. Assange of having ties to the Kremlin."
    cues = [c for c in verb_cues(text, lambda offset: True) if c.words == "accused"]
    assert [text[c.source.start : c.source.end] for c in cues] == ["Clinton spokesman Glen Caplin"]



@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        # Beside a quotation "reacts" reports it (dev9510 Jv7R4A1OGAMackpv [14]) ...
        ('"I have no problem with it," reacts Paul Mirengoff at the Powerline blog.', "reacts", True),
        # ... not in narration; "reckoning with" is facing something, no speech ([5]).
        ("Markets reacted to the news on Monday.", "reacted", False),
        ("The Democratic Party is also reckoning this year with a populist insurgency.", "reckoning", False),
    ],
)
def test_reacts_beside_a_quotation_and_reckoning(text: str, verb: str, cue: bool) -> None:
    assert (verb in [c.words for c in verb_cues(text, lambda offset: True)]) is cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('the "bridges to nowhere," two proposed Alaska construction projects, became a symbol.', False),
        ("Two warned the plan would fail.", True),
    ],
)
def test_a_participle_after_a_bare_number_before_a_noun_is_the_adjective(text: str, cue: bool) -> None:
    """dev9510 HzWbG5zGFTmH5w08 [16]: "two proposed Alaska construction projects" was typed
    unnamed_source by "two"."""
    assert bool(verb_cues(text, lambda offset: True)) is cue
