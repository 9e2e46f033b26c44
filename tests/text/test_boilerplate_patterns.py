"""The boilerplate patterns: loaded with known scopes and roles; the first listed one fires."""

from __future__ import annotations

import pytest

from sourcing.records import Role
from sourcing.text.boilerplate_patterns import SCOPES, any_member, boilerplate_patterns, first_hit


def test_patterns_load_with_known_scopes_and_roles() -> None:
    patterns = boilerplate_patterns()
    assert len(patterns) > 40
    assert {p.role for p in patterns} <= set(Role)
    assert {p.scope for p in patterns} <= set(SCOPES)


@pytest.mark.parametrize(
    ("scope", "text", "how", "name"),
    [
        ("line", "Advertisement", "fullmatch", "advert"),
        ("line", "The talks had stalled, officials said.", "fullmatch", None),
        # A series note (heldout83 c7TalNmYCbyQvcPs [0], keyed unattributed, read boilerplate).
        ("line", "This story is part of the New Boom series on millennials in America.", "fullmatch", "series-note"),
        ("line", "This plan is part of a broader effort, officials said.", "fullmatch", None),
        # A writer's bio opening its paragraph (heldout50 7RHp2BxWpr4Jfcqe [19]), not a story's
        # sentence about a reporter's work, nor one naming no role at an outlet.
        (
            "prefix",
            "Sylvia Longmire is a border security expert and Contributing Editor for Breitbart "
            "Texas. You can read more about cross-border issues in her latest book.",
            "match",
            "writer-bio",
        ),
        ("prefix", "John Binder is a reporter for Breitbart News.", "match", "writer-bio"),
        ("prefix", "The reporter for the Times, John Binder, was arrested.", "match", None),
        ("prefix", "Sylvia Longmire is a border security expert.", "match", None),
        # With no article, the role within five words and an outlet after it (heldout61
        # 3HTozZZO9zXmmNj3 [9]); not a role further on, nor one with no outlet.
        ("prefix", "Joel B. Pollak is Senior Editor-at-Large at Breitbart News.", "match", "writer-bio"),
        ("prefix", "Tim Alberta is chief political correspondent at Politico Magazine.", "match",
         "writer-bio"),
        ("prefix", "Mr. Fritsch is also a former Wall Street Journal reporter.", "match", None),
        # A video box's label and caption (a probe key of stop 49, New York Post
        # ba0BdTttbxO81wmH [20], keyed Named person).
        ("prefix", "Related Video Video length 1 minute 3 seconds 1:03 Alan Dershowitz vehemently "
         "denies sexual assault allegations", "match", "related-video"),
        ("prefix", "Related Videos Will the Democrats keep the Senate?", "match", "related-video"),
        ("prefix", "Related videos of the attack spread online.", "match", None),
        # A writer's book note (Breitbart 6Rk6M7hy73Ma9fdS [18], keyed in the seventy-fifth set,
        # read boilerplate), not a sentence about an author in the story.
        ("line", "Faith J. H. McDonnell directs the Institute on Religion and Democracy's Religious Liberty "
         "Program and is the author of Girl Soldier: A Story of Hope (Chosen Books, 2007).", "fullmatch",
         "author-book-bio"),
        ("line", "David Horowitz is the author of \"Take No Prisoners\" (Regnery, 2014).", "fullmatch",
         "author-book-bio"),
        ("line", "Horowitz, who is the author of a new book, said the party had lost its way.", "fullmatch", None),
        # A caption, a pipe and an agency credit run into the headline (Politico IIDhz1FmDhkC6B57
        # [0]), not a pipe in a sentence.
        ("contains", "The issue has gained national attention in the wake of last year's election. | REUTERS "
         "Can the conservative media get it right?", "search", "caption-pipe-credit"),
        ("contains", "Republicans broke 134-94 against the amendment. | AP Photo", "search", "caption-pipe-credit"),
        ("contains", "The vote was 52-48 | a narrow margin, Reuters said.", "search", None),
        ("prefix", "Fox News Channel is parting ways with Sarah Palin, a contributor on the network.",
         "match", None),
    ],
)
def test_first_hit_names_the_pattern_that_fires(scope: str, text: str, how: str,
                                                name: str | None) -> None:
    hit = first_hit(scope, text, how)
    assert (hit.name if hit else None) == name


def test_any_member_agrees_with_a_search_of_each_pattern() -> None:
    text = "Read more: the bridge story"
    for scope in SCOPES:
        expected = any(p.regex.search(text) for p in boilerplate_patterns() if p.scope == scope)
        assert any_member(scope, text) is expected
