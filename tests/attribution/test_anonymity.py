"""The anonymity-reason stage: set exactly on unnamed sources, a nearby reason about the same source counts."""

from __future__ import annotations

import pytest

from sourcing.attribution.anonymity import mark_anonymity_reasons, reason_statements
from sourcing.records import SourceType, Span, Statement

T = SourceType


def _statement(
    index: int, type_: SourceType, text: str, source: str | None = None, **fields: object
) -> Statement:
    return Statement(index, Span(0, len(text)), text, type_, source=source, **fields)  # type: ignore[arg-type]


OFFICIALS = _statement(0, T.UNNAMED_SOURCE, "Officials said the talks stalled.", "Officials")
REASON = "The officials insisted on anonymity because they weren't authorized to disclose it."


@pytest.mark.parametrize(
    ("second", "given"),
    [
        # AP: the reason comes two sentences later, about the same officials.
        (_statement(1, T.UNNAMED_SOURCE, REASON, "The officials"), True),
        (_statement(1, T.UNATTRIBUTED, "The officials spoke on condition of anonymity."), True),
        # Another unnamed source's reason is not this one's.
        (
            _statement(
                1, T.UNNAMED_SOURCE, "A diplomat, who asked not to be named, agreed.", "A diplomat"
            ),
            False,
        ),
        (_statement(1, T.UNATTRIBUTED, "The talks resume on Monday."), False),
    ],
)
def test_a_nearby_reason_about_the_same_source_counts(second: Statement, given: bool) -> None:
    first, _ = mark_anonymity_reasons([OFFICIALS, second])
    assert first.anonymity_reason is given


def test_only_unnamed_sources_have_a_reason() -> None:
    named = _statement(
        1,
        T.NAMED_OFFICIAL,
        "Pompeo, who asked not to be named, said so.",
        "Pompeo",
        anonymity_reason=True,
    )
    marked = mark_anonymity_reasons([OFFICIALS, named])
    assert marked[0].anonymity_reason is False and marked[1].anonymity_reason is None


def _filler(index: int) -> Statement:
    return _statement(index, T.UNATTRIBUTED, "The talks resumed on Monday.")


def _article(*placed: Statement, length: int = 45) -> list[Statement]:
    by_index = {s.index: s for s in placed}
    return [by_index.get(i) or _filler(i) for i in range(length)]


def _reasons(statements: list[Statement]) -> dict[int, bool | None]:
    return {s.index: s.anonymity_reason for s in mark_anonymity_reasons(statements)
            if s.type is T.UNNAMED_SOURCE}


def test_a_group_reason_covers_the_same_officials_wherever_they_stand() -> None:
    # AP SjlA8JS216xvGbyY: [18] gives the reason of the officials of [0], [15], [30] and [43].
    marked = _reasons(_article(
        _statement(0, T.UNNAMED_SOURCE, "Top officials knew, said U.S. officials.",
                   "U.S. officials with direct knowledge of the intelligence"),
        _statement(15, T.UNNAMED_SOURCE, "Officials said it was not urgent.", "Officials"),
        _statement(18, T.UNNAMED_SOURCE, REASON, "The officials"),
        _statement(30, T.UNNAMED_SOURCE, "Officials with knowledge of the matter told the AP so.",
                   "Officials with knowledge of the matter"),
        _statement(43, T.UNNAMED_SOURCE, "The officials who spoke to the AP also said so.",
                   "The officials who spoke to the AP"),
        # Far after the reason and not referring back: another group of officials.
        _statement(40, T.UNNAMED_SOURCE, "According to Pentagon officials, no one was there.",
                   "Pentagon officials"),
        # A different kind of source is not one of the officials.
        _statement(20, T.UNNAMED_SOURCE, "A diplomat said the talks would go on.", "A diplomat"),
    ))
    assert marked == {0: True, 15: True, 18: True, 30: True, 43: True, 40: False, 20: False}


def test_a_group_reason_covers_its_members() -> None:
    marked = _reasons(_article(
        _statement(7, T.UNATTRIBUTED, "The officials spoke on condition of anonymity under "
                   "ground rules set by the White House."),
        _statement(14, T.UNNAMED_SOURCE, "One of the administration officials said so.",
                   "One of the administration officials"),
        _statement(16, T.UNNAMED_SOURCE, "Another administration official said more.",
                   "Another administration official"),
    ))
    assert marked == {14: True, 16: True}


def test_a_group_listed_by_its_members_covers_each_kind() -> None:
    # heldout10 Fox jaLsRVTFztRNteJz: [5] names the aides and the official, singular, as one
    # group, and demands anonymity for them; the lede's "Officials" are of it.
    marked = _reasons(_article(
        _statement(0, T.UNNAMED_SOURCE, "Officials said Monday that the money was released.",
                   "Officials"),
        _statement(1, T.UNNAMED_SOURCE, "A State Department official and several congressional "
                   "aides told The Associated Press so.", "several congressional aides"),
        _statement(3, T.UNNAMED_SOURCE, "The aides said a notification was sent.", "The aides"),
        _statement(5, T.UNATTRIBUTED, "The aides and the State Department official weren't "
                   "authorized to speak publicly on the matter and demanded anonymity."),
        _statement(8, T.UNNAMED_SOURCE, "A diplomat said the talks would go on.", "A diplomat"),
        length=10,
    ))
    assert marked == {0: True, 1: True, 3: True, 8: False}


def test_a_counted_group_holds_only_the_sources_named_before_it() -> None:
    marked = _reasons(_article(
        _statement(0, T.UNNAMED_SOURCE, "An order is weighed, a person familiar said.",
                   "a person familiar with the matter"),
        _statement(6, T.UNATTRIBUTED, "Both people spoke on condition of anonymity as no "
                   "decision has been made."),
        _statement(12, T.UNNAMED_SOURCE, "Troops will go, according to a third person.",
                   "a third person familiar with the deliberations"),
    ))
    assert marked == {0: True, 12: False}


def test_a_reason_in_one_source_description_is_not_a_group_reason() -> None:
    # "according to three officials ... who were not authorized": their reason, not that of
    # other officials far later in the article.
    marked = _reasons(_article(
        _statement(1, T.UNNAMED_SOURCE, "The suspect was named, according to three officials "
                   "who were not authorized to speak publicly.",
                   "three officials who were not authorized to speak publicly"),
        _statement(25, T.UNNAMED_SOURCE, "The country's top law enforcement officials said so.",
                   "The country's top law enforcement officials"),
    ))
    assert marked == {1: True, 25: False}


def test_a_statement_carried_over_from_a_reasoned_source_has_its_reason() -> None:
    # The reason is given for [2] by the nearby sentence [3]; [7] continues [2]'s source.
    official = "a White House official familiar with the discussions"
    marked = _reasons(_article(
        _statement(2, T.UNNAMED_SOURCE, "Options are weighed, said a White House official.", official),
        _statement(3, T.UNATTRIBUTED, "They spoke on condition of anonymity."),
        _statement(7, T.UNNAMED_SOURCE, "The official would not confirm it.", official,
                   resolved_from=2),
    ))
    assert marked == {2: True, 7: True}


def test_protecting_something_else_is_no_reason() -> None:
    quote = _statement(1, T.UNNAMED_SOURCE, "“We need to protect data in different ways.”",
                       "an official")
    assert _reasons([_filler(0), quote]) == {1: False}


def test_a_reason_whose_agent_is_a_group_covers_the_group() -> None:
    # Washington Times iJeikEDGMDEl2yf5: the sentence is about the documents (typed document),
    # the reason is the officials'.
    marked = _reasons(_article(
        _statement(1, T.UNNAMED_SOURCE, "Officials briefed reporters on the documents.", "Officials"),
        _statement(2, T.DOCUMENT, "The documents, described on condition of anonymity by senior "
                   "officials in the Office of the Director of National Intelligence, relate to a "
                   "compliance violation.", "The documents"),
        _statement(11, T.UNNAMED_SOURCE, "The data can then be queried, the officials said.",
                   "the officials"),
        _statement(12, T.UNNAMED_SOURCE, "A diplomat said the talks would go on.", "A diplomat"),
    ))
    assert marked == {1: True, 11: True, 12: False}


def test_a_redacted_name_states_the_terms() -> None:
    # train2 zilYUk46tdZ9tylb: released FBI e-mails; the record hides the official's name.
    marked = _reasons(_article(
        _statement(7, T.UNNAMED_SOURCE, "In one email, an FBI official wrote to others.", "an FBI official"),
        _statement(8, T.UNNAMED_SOURCE, "The official, whose name is redacted, said so.",
                   "an FBI official", resolved_from=7),
        _statement(16, T.UNNAMED_SOURCE, "The FBI official wrote that it could disclose sources.",
                   "an FBI official", resolved_from=7),
    ))
    assert marked == {7: True, 8: True, 16: True}


def test_a_sourcing_sentence_about_someone_else_is_no_reason() -> None:
    # "Two U.S. officials, speaking on condition of anonymity, said": a new group, not the
    # "officials" of nine statements before; "That former diplomat spoke ..." is not the
    # reason of "Republicans said" beside it; "this source" may be anyone's.
    marked = _reasons(_article(
        _statement(4, T.UNNAMED_SOURCE, "Officials say the intelligence is not clear.", "officials"),
        _statement(13, T.UNNAMED_SOURCE, "Two U.S. officials, speaking on condition of anonymity, "
                   "said it was no shift.", "Two U.S. officials"),
        _statement(20, T.UNNAMED_SOURCE, "Republicans said the hearing was unfair.", "Republicans"),
        _statement(21, T.UNATTRIBUTED, "That former diplomat spoke on condition of anonymity."),
        _statement(30, T.UNATTRIBUTED, "Another party strategist, who requested anonymity to speak "
                   "candidly, put it more strongly."),
        _statement(31, T.UNNAMED_SOURCE, "\u201cHis campaign is on quicksand,\u201d this source said.",
                   "this source"),
    ))
    assert marked == {4: False, 13: True, 20: False, 31: True}


def test_reason_statements_name_the_sentence_that_states_the_reason() -> None:
    """The key quotes the reason (issue 12): AP [18] states it for [0], [15] and [43]; a
    carried-over statement gets its root's; a source with none gets none."""
    statements = _article(
        _statement(0, T.UNNAMED_SOURCE, "Top officials knew, said U.S. officials.", "U.S. officials"),
        _statement(15, T.UNNAMED_SOURCE, "Officials said it was not urgent.", "Officials"),
        _statement(16, T.UNNAMED_SOURCE, "It was not urgent.", "Officials", resolved_from=15),
        _statement(18, T.UNATTRIBUTED, REASON),
        _statement(20, T.UNNAMED_SOURCE, "A diplomat said the talks would go on.", "A diplomat"),
        _statement(30, T.UNNAMED_SOURCE, "A pilot, who asked not to be named, said so.", "A pilot"),
        _statement(31, T.UNNAMED_SOURCE, "The pilot added more.", "A pilot", resolved_from=30),
        _statement(43, T.UNNAMED_SOURCE, "The officials who spoke to the AP also said so.",
                   "The officials who spoke to the AP"),
    )
    found = reason_statements(statements)
    assert {i: found[i] for i in (0, 15, 16, 20, 30, 31, 43)} == {
        0: (18,), 15: (18,), 16: (18,), 20: (), 30: (30,), 31: (30,), 43: (18,)}


def test_reason_statements_decide_the_anonymity_reason() -> None:
    """One answer to "is a reason given?": the flag is set exactly where a sentence is found."""
    statements = _article(
        _statement(0, T.UNNAMED_SOURCE, "Officials said the talks stalled.", "Officials"),
        _statement(2, T.UNATTRIBUTED, "The officials spoke on condition of anonymity."),
        _statement(9, T.UNNAMED_SOURCE, "A diplomat said more.", "A diplomat"),
        _statement(10, T.NAMED_OFFICIAL, "Pompeo said so.", "Pompeo"),
    )
    found = reason_statements(statements)
    for s in mark_anonymity_reasons(statements):
        assert s.anonymity_reason == (bool(found[s.index]) if s.index in found else None)


def test_a_bare_plural_group_states_its_reason() -> None:
    # The Hill cd46tQSIF7q0FdlF [8]: a sentence claiming nothing but the sourcing covers the
    # officials quoted before it (and, through the same source, after it). Politico
    # D1rqUS7VJwpWD5vG [10] "But sources at ..., who spoke ... on condition of anonymity,
    # said": its sources introduce the "source" statements that follow (heldout2: 3/7 -> 7/7).
    hill = _reasons(_article(
        _statement(0, T.UNNAMED_SOURCE, "Trump will act, White House officials said.",
                   "White House officials"),
        _statement(8, T.UNATTRIBUTED, "Officials previewed the actions with the press on "
                   "condition of anonymity Thursday morning."),
        _statement(12, T.UNNAMED_SOURCE, "Administration officials said so.", "Administration officials"),
        _statement(21, T.UNNAMED_SOURCE, "Administration officials said more.", "Administration officials"),
        _statement(30, T.UNNAMED_SOURCE, "A diplomat said the talks would go on.", "A diplomat"),
    ))
    assert hill == {0: True, 12: True, 21: True, 30: False}
    politico = _reasons(_article(
        _statement(10, T.CITED_OUTLET, "But sources at the Daily Beast and CNN, who spoke to "
                   "POLITICO on condition of anonymity, said he had lost his edge.", "CNN"),
        _statement(12, T.UNNAMED_SOURCE, "“He is out of the game,” a source at CNN said.",
                   "a source at CNN"),
        _statement(14, T.UNNAMED_SOURCE, "His commitments grew, several sources said.",
                   "several sources"),
        _statement(15, T.UNNAMED_SOURCE, "“He had other work,” a Daily Beast source said.",
                   "a Daily Beast source"),
        _statement(40, T.UNNAMED_SOURCE, "A diplomat at Fox said more.", "A diplomat at Fox"),
    ))
    assert politico == {12: True, 14: True, 15: True, 40: False}


@pytest.mark.parametrize(
    ("statements", "given"),
    [
        # heldout7 suNm1rBTAcCVh5Wz [6] [7]: one of the people is one of the two who asked.
        (
            [
                _statement(0, T.UNNAMED_SOURCE, "It is unrelated, said two people who know her and "
                           "asked not to be identified.",
                           "two people who know her and asked not to be identified"),
                _statement(1, T.UNNAMED_SOURCE, "She had been seeking a new position, one of the "
                           "people said.", "one of the people"),
            ],
            True,
        ),
        # heldout7 suNm1rBTAcCVh5Wz [8]: three people familiar with his thinking are another
        # group than the two who asked.
        (
            [
                _statement(0, T.UNNAMED_SOURCE, "He is leaving, said three people familiar "
                           "with his thinking.", "three people familiar with his thinking"),
                _statement(1, T.UNNAMED_SOURCE, "It is unrelated, said two people who know her and "
                           "asked not to be identified.",
                           "two people who know her and asked not to be identified"),
            ],
            False,
        ),
        # heldout8 7VjjYhTvuJwm13tn [8] [9]: an official introduced after the officials is
        # someone else; the terms are the official's.
        (
            [
                _statement(0, T.UNNAMED_SOURCE, "Arrests reached what U.S. officials said were "
                           "crisis levels.", "what U.S. officials"),
                _statement(1, T.UNNAMED_SOURCE, "An INM official said, on condition of anonymity, "
                           "that migrants were asked to show papers.", "An INM official"),
            ],
            False,
        ),
        # heldout7 sxBQgZEasEtm80O2 [9]: the terms of an on-camera interview.
        (
            [
                _statement(0, T.UNNAMED_SOURCE, "It cannot be for naught, she told CNN on condition "
                           "of appearing on-camera with her face blurred.", "a relative"),
                _statement(1, T.UNATTRIBUTED, "The talks resumed on Monday."),
            ],
            True,
        ),
    ],
)
def test_whose_reason_a_nearby_statement_states(statements: list[Statement], given: bool) -> None:
    assert mark_anonymity_reasons(statements)[0].anonymity_reason is given


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # heldout9 lY6alSteqLy2nRxl [7]: the receiving outlet between "speaking" and "anonymously".
        ("US officials, speaking to the agency anonymously, said devices had been used.", True),
        ("Two officials who spoke with The Associated Press anonymously said so.", True),
        # Speaking to someone is no term of anonymity; four words apart is another matter.
        ("Officials speaking to reporters said the talks were over.", False),
        ("Officials speaking to a group of students anonymously said so.", False),
    ],
)
def test_the_receiving_outlet_may_stand_inside_the_terms(text: str, given: bool) -> None:
    statement = _statement(0, T.UNNAMED_SOURCE, text, "officials")
    assert _reasons([statement]) == {0: given}


def test_the_terms_a_report_relays_are_the_sources_it_is_about() -> None:
    """heldout11 New York Post wzYhj24VaSbhhr8T [1]: "Both sources spoke anonymously ..., the
    report said" gives the terms of the unnamed people before it, not only the report's own
    statements; a sentence about the sourcing whose subject is its own source stays its own."""
    person = _statement(1, T.UNNAMED_SOURCE, "One person, who knew Reade in 1993, told the "
                        "Associated Press that Reade mentioned it.", "One person, who knew Reade")
    relayed = _statement(3, T.UNNAMED_SOURCE, "Both sources spoke anonymously to protect their "
                         "families\u2019 privacy, the report said.", "a report", resolved_from=0)
    report = _statement(0, T.UNNAMED_SOURCE, "Two more people backed her claims, according to a "
                        "report.", "a report")
    assert _reasons(_article(report, person, relayed, length=6)) == {0: True, 1: True, 3: True}
    own = _statement(3, T.UNNAMED_SOURCE, "The diplomats spoke anonymously, the diplomats "
                     "said.", "the diplomats")
    assert _reasons(_article(person, own, length=6)) == {1: False, 3: True}


def _cued(index: int, text: str, source: str, cue: str) -> Statement:
    at, start = text.index(cue), text.index(source)
    return _statement(index, T.UNNAMED_SOURCE, text, source, cue=cue,
                      cue_span=Span(at, at + len(cue)), source_span=Span(start, start + len(source)))


@pytest.mark.parametrize(
    ("statement", "given"),
    [
        # heldout11 New York Times q1x13j7E2vJjDATO [13]: her quoted words about the matter, a
        # refusal to comment (rule 7), are not the terms of her anonymity.
        (_cued(0, "In a statement, an official said she was \u201cnot authorized to comment on "
               "pending legislation.\u201d", "an official", "said"), False),
        # The same words as the reporter's, or describing the source, state the terms (gold).
        (_cued(0, "An official, who was not authorized to comment publicly, said the bill stalled.",
               "An official, who was not authorized to comment publicly", "said"), True),
        (_cued(0, "\u201cThe deal is done,\u201d the AP reports, citing \u201caides who insist on "
               "anonymity because they are not authorized to discuss it.\u201d",
               "aides who insist on anonymity because they are not authorized to discuss it",
               "reports"), True),
    ],
)
def test_quoted_words_of_the_source_state_no_terms(statement: Statement, given: bool) -> None:
    assert _reasons([statement]) == {0: given}


def test_speaking_anonymously_with_words_between_states_the_terms() -> None:
    """heldout11 Politico UrEG7wc93nTwGK2m [9]: "would only speak about them anonymously"."""
    attendee = _statement(0, T.UNNAMED_SOURCE, "\u201cThe implication is very strong,\u201d said one "
                          "regular attendee, who like the others, would only speak about them "
                          "anonymously.", "one regular attendee")
    assert _reasons([attendee]) == {0: True}


def test_asking_not_to_be_identified_states_the_terms() -> None:
    """heldout Reuters fFqXeA2Q4m3EGshh [2]: "..., the sources said, asking not to be identified
    because the matter is confidential"."""
    sources = _statement(0, T.UNNAMED_SOURCE, "There is no certainty of a deal, the sources said, "
                         "asking not to be identified because the matter is confidential.",
                         "the sources")
    assert _reasons([sources]) == {0: True}


def test_the_sources_that_state_their_terms_are_the_people_before_them() -> None:
    """heldout Reuters fFqXeA2Q4m3EGshh [0]: "people familiar with the matter said" takes the
    terms that "the sources said, asking not to be identified" gives two sentences on; a new,
    indefinite source's terms are not theirs."""
    people = _statement(0, T.UNNAMED_SOURCE, "Alphabet made an offer for Fitbit, people familiar "
                        "with the matter said.", "people familiar with the matter")
    sources = _statement(2, T.UNNAMED_SOURCE, "There is no certainty of a deal, the sources said, "
                         "asking not to be identified.", "the sources")
    assert _reasons(_article(people, sources, length=4)) == {0: True, 2: True}
    new = _statement(2, T.UNNAMED_SOURCE, "There is no deal, a source said, asking not to be "
                     "identified.", "a source")
    assert _reasons(_article(people, new, length=4)) == {0: False, 2: True}


def test_one_of_a_group_has_the_group_terms() -> None:
    # heldout12 FFAnUvk12E6GodPE [2]: "One added" is one of the officials just before it,
    # whose terms a later sentence gives; a lone "One" after no group has none.
    officials = _reasons(_article(
        _statement(0, T.UNNAMED_SOURCE, "He will speak, officials said.", "officials"),
        _statement(2, T.UNNAMED_SOURCE, "One added that the economy was roaring.", "One"),
        _statement(3, T.UNNAMED_SOURCE, "More will come, officials said.", "officials"),
        _statement(5, T.UNNAMED_SOURCE, "Officials previewed the speech on the condition they "
                   "not be named, saying they did not want to get ahead of him.", "Officials"),
        _statement(20, T.UNNAMED_SOURCE, "One added more.", "One"),
    ))
    assert officials == {0: True, 2: True, 3: True, 5: True, 20: False}


def test_one_of_several_has_their_terms() -> None:
    # heldout15 jGZIclvh5KPmJTwn [6] [8]: "one of the shelter workers" is one of the several
    # who spoke on condition of anonymity ("several" counts them, it is no head).
    several = _statement(0, T.UNNAMED_SOURCE, "Several shelter workers, who spoke on condition of "
                         "anonymity for fear of being fired, described it.", "Several shelter "
                         "workers, who spoke on condition of anonymity for fear of being fired")
    one = _statement(2, T.UNNAMED_SOURCE, "Children were given a few hours' notice, according to "
                     "one of the shelter workers.", "one of the shelter workers")
    assert reason_statements([several, _filler(1), one])[2] == (0,)


@pytest.mark.parametrize(
    ("source", "given"),
    [
        # heldout11 UrEG7wc93nTwGK2m [11]: "one regular attendee, who like the others, would only
        # speak about them anonymously" gives every participant's terms; "another participant"
        # is one of the others.
        ("one regular attendee, who like the others, would only speak about them anonymously", True),
        # heldout28 A5DXwTEMMRiNZYWT [7]: "like others", no article, says the same.
        ("one regular attendee, who like others did not want to be identified", True),
        ("one regular attendee, who, as did several others, asked not to be named", True),
        # Another participant after a source with terms of its own is not covered, nor after
        # terms that "many others" share: not all of them.
        ("one regular attendee, who would only speak about them anonymously", False),
        ("one regular attendee, who like many others asked not to be named", False),
    ],
)
def test_another_of_the_others_has_their_terms(source: str, given: bool) -> None:
    reasons = _reasons(_article(
        _statement(9, T.UNNAMED_SOURCE, f"“It is strong,” said {source}.", source),
        _statement(11, T.UNNAMED_SOURCE, "“You’re glad to be in the room,” another participant "
                   "in the meetings said.", "another participant in the meetings"),
    ))
    assert reasons == {9: True, 11: given}


def test_the_others_a_member_speaks_for_are_the_sources_with_its_head_after_it() -> None:
    # heldout28 A5DXwTEMMRiNZYWT [4], [6], [12], [13]: "one former official, who like others
    # did not want to be identified" gives the terms of the former officials who speak after
    # it, even past NEARBY ("The former officials said", "former officials said"); not of the
    # officials narrated before it, nor of another kind of source after it.
    member = "one former official, who like others did not want to be identified"
    marked = _reasons(_article(
        _statement(4, T.UNNAMED_SOURCE, "Some former officials privately urged him to.",
                   "Some former officials"),
        _statement(6, T.UNNAMED_SOURCE, f"“It would be disloyal,” said {member}.", member),
        _statement(12, T.UNNAMED_SOURCE, "The former officials said he was not interviewed.",
                   "The former officials"),
        _statement(13, T.UNNAMED_SOURCE, "The offer came late, former officials said.",
                   "former officials"),
        _statement(14, T.UNNAMED_SOURCE, "The offer came late, a congressional aide said.",
                   "a congressional aide"),
    ))
    assert marked == {4: False, 6: True, 12: True, 13: True, 14: False}


@pytest.mark.parametrize(
    ("statements", "reasons"),
    [
        # heldout14 TytNejzKEYjk9SVZ [6]-[8]: not going on the record is the spokeswoman's terms;
        # the spokesman introduced after the sentence about her is someone else.
        (
            [
                _statement(0, T.UNNAMED_SOURCE, "A Twitter spokeswoman confirmed the report to the "
                           "Daily Caller News Foundation.", "A Twitter spokeswoman"),
                _statement(1, T.UNATTRIBUTED, "She did not provide a reason for not going on the "
                           "record."),
                _statement(2, T.UNNAMED_SOURCE, "The tweet does not violate Twitter rules, a company "
                           "spokesman told the DCNF.", "a company spokesman"),
            ],
            {0: True, 2: False},
        ),
        # train3 zhTHkarIeY6Xwqyn: a group "and others" may hold the official named after it.
        (
            [
                _statement(0, T.UNATTRIBUTED, "These people and others who discussed the matter spoke "
                           "on the condition of anonymity because of its sensitivity."),
                _statement(1, T.UNNAMED_SOURCE, "It generated disagreement, a senior U.S. official "
                           "said.", "a senior U.S. official"),
            ],
            {1: True},
        ),
        # heldout16 4dFYzdeZrj7W8kvi [22] [24]: the terms of one diplomat the sentence introduces
        # are not those of the sources who told Fox News.
        (
            [
                _statement(0, T.UNATTRIBUTED, "At times, they have been patched through to him, "
                           "according to a Western diplomat who spoke on the condition of anonymity "
                           "to detail private conversations."),
                _filler(1),
                _statement(2, T.UNNAMED_SOURCE, "Pence has purged lobbyists, sources told Fox News on "
                           "Tuesday.", "sources"),
            ],
            {2: False},
        ),
        # heldout10 E8ixnlo7MN7LImdw [4] [5]: the newspaper tells the terms of the author of its
        # op-ed in a "that" clause; the author is the unidentified official.
        (
            [
                _statement(0, T.UNNAMED_SOURCE, "\u201cOur first duty is to this country,\u201d the "
                           "unidentified official wrote.", "the unidentified official"),
                _statement(1, T.CITED_OUTLET, "The Times said in a note attached to the op-ed that "
                           "the author, described as \"a senior official in the Trump "
                           "administration,\" requested their essay be published anonymously.",
                           "The Times"),
            ],
            {0: True},
        ),
    ],
)
def test_whose_terms_a_sentence_states(statements: list[Statement], reasons: dict[int, bool]) -> None:
    marked = mark_anonymity_reasons(statements)
    assert {i: marked[i].anonymity_reason for i in reasons} == reasons


def test_a_count_alone_is_no_same_source() -> None:
    # heldout18 sYhSPS7ftvsg536V [4]: "one of the suspects" and "One who spoke to FoxNews.com
    # on condition of anonymity" share no more than the count: the resident's terms are not
    # the suspect's.
    suspect = _statement(4, T.UNNAMED_SOURCE, "\"You're Bosnian,\" one of the suspects allegedly said.",
                         "one of the suspects")
    resident = _statement(13, T.UNNAMED_SOURCE, "One who spoke to FoxNews.com on condition of anonymity "
                          "due to safety reasons claims he was attacked.",
                          "One who spoke to FoxNews.com on condition of anonymity due to safety reasons")
    assert _reasons(_article(suspect, resident)) == {4: False, 13: True}


def test_a_group_joined_to_another_has_the_terms_of_both() -> None:
    # heldout13 o7G2MshHSgwpIq0E [0]: "U.S. officials" are of "Several analysts and officials
    # speaking anonymously with The Times", whose subject now holds both groups; "privacy
    # advocates" are of neither.
    joined = "Several analysts and officials speaking anonymously with The Times"
    officials = _statement(0, T.UNNAMED_SOURCE, "U.S. officials have told The Times that it raged.",
                           "U.S. officials")
    both = _statement(1, T.UNNAMED_SOURCE, f"{joined} said there was resistance.", joined)
    advocates = _statement(2, T.UNNAMED_SOURCE, "Privacy advocates said it was wrong.",
                           "Privacy advocates")
    reasons = reason_statements([officials, both, advocates])
    assert reasons[0] == (1,)
    assert reasons[2] == ()


WOMEN = ("Fifteen women told the Post they were harassed at the team, 14 of whom requested "
         "anonymity because they were fearful of legal reprisals from the team.")


@pytest.mark.parametrize("type_", [T.UNATTRIBUTED, T.UNNAMED_SOURCE])
def test_a_group_that_states_its_own_terms_gives_them_to_its_members(type_: SourceType) -> None:
    # MarketWatch rakCpFlyge4j1jn7 [3], [9], [13], [14], [15]: the women who told the Post are
    # the group that requested anonymity; the women quoted later are of it, even past NEARBY,
    # but "another woman" and "other women" say they are more people, whose terms are not given.
    marked = _reasons(_article(
        _statement(3, type_, WOMEN, "Fifteen women" if type_ is T.UNNAMED_SOURCE else None),
        _statement(9, T.UNNAMED_SOURCE, "“I was propositioned,” one woman told the Post.", "one woman"),
        _statement(13, T.UNNAMED_SOURCE, "Many of the women said he set a poor example.",
                   "Many of the women"),
        _statement(14, T.UNNAMED_SOURCE, "A number of women said it ruined their ambitions.",
                   "A number of women"),
        _statement(15, T.UNNAMED_SOURCE, "“I am done,” another woman said.", "another woman"),
        _statement(16, T.UNNAMED_SOURCE, "Other women said the same.", "Other women"),
    ))
    assert marked == {9: True, 13: True, 14: True, 15: False, 16: False} | (
        {3: True} if type_ is T.UNNAMED_SOURCE else {})

