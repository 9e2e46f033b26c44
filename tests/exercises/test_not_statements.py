"""Lines a key never rests on because they are not statements (`sourcing.exercises.not_statements`)."""

from __future__ import annotations

import pytest
from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.not_statements import page_furniture

OPENING = "The council voted 7-2 on Tuesday to approve the budget."
BODY = "Jane Doe is chief of staff for Sen. Smith and led the talks."


@pytest.mark.parametrize(("line", "furniture"), [
    # heldout16 CzaO828tudjzPdXN [12], heldout7 bnuktIAxvNp5xSqq [5], heldout sTNPKk5kActQXxwN [27]
    ("Here's a link to Diamond and Silk's prepared testimony.", True),
    ("Live coverage will also be available on the ABC News iPad App and mobile devices.", True),
    ("Karen Kasler is chief of the Statehouse News Bureau for Ohio Public Radio and Television.", True),
    ("Here\u2019s the full video of the hearing.", True),
    ("Related: Senate passes the bill", True),
    ("If you missed Diamond and Silk, scroll back in the video to watch.", True),
    ("The LIVE HEARING is BELOW.", True),
    ("The show is available on the NPR One app.", True),
    ("Write in to the Investigative Unit Tip Line by CLICKING HERE.", True),
    ("The Associated Press contributed to this report.", True),
    ("Material from Reuters was used in this report.", True),
    ("Jane Doe reports for NPR from Columbus.", True),
    ("\u2014 Max C. Eden is a senior fellow at the Manhattan Institute.", True),
    ("[Editor's note: This article has been edited to clarify his title.]", True),
    ("This column does not necessarily reflect the opinion of the editorial board.", True),
    # heldout31 A6FEYvZUKwiP1fBX [14]: the writer's follow and e-mail line, in its shapes
    ("Follow Warner Todd Huston on Twitter @warnerthuston or email the author at igcolonel@hotmail.com.", True),
    ("You can follow him on Twitter at @ZigManFreud or email him at johnz@mediaite.com", True),
    ("Follow USA TODAY reporter Nathan Bomey on Twitter @NathanBomey.", True),
    ("E-mail him at ctl@cnn.com.", True),
    ("Reach him directly at awrhawkins@breitbart.com.", True),
    ("Email her at [email\u00a0protected] and follow her on Twitter @jacquelinerabe.", True),
    # heldout31 aJc5ddZSYFHOb5HB [0]: the publisher's promotion of its podcast or newsletter
    ("Explore what\u2019s moving the global economy in the new season of the Stephanomics podcast.", True),
    ("Catch up on the 2020 election campaign with AP experts on our weekly politics podcast, \u201cGround Game.\u201d", True),
    ("Get our free weekly newsletter Sign up for CNN Opinion's new newsletter.", True),
    # heldout39 v7GIr1Di8M0fykKe [8]: the Guardian's share bar run into a photo caption
    ("Facebook Twitter Pinterest A striking worker is grabbed by police outside Gare de Lyon.", True),
    ("Share on Twitter The minister speaks in Paris.", True),
    ("Facebook said the posts broke its rules, and Twitter agreed.", False),
    # heldout40 x6JROuuyvwjqrRNb [10]: Al Jazeera's photo caption with its bracketed credit
    ("People carry the body of a victim after a train ran over migrant workers [Reuters]", True),
    ("Protesters marched in Kabul on Friday [File: AP]", True),
    ("He called the claim \u201cfalse [sic].\u201d", False),
    ("The agency [Reuters] said the talks failed.", False),
    # heldout42 PYhlgtm33UfdWuqs [8], JMQHU95WoGLFMKGF [19]: "see also" before a linked
    # headline, an op-ed's note on its authors' parties (the article's last line)
    ("see also Newspapers see costs spike amid trade spat with Canada Newspapers are getting...", True),
    ("Sen. John Boozman is a Republican from Arkansas; Sen. Martin Heinrich is a Democrat from New Mexico.", True),
    ("See also the attached table, the agency said.", False),
    ("Smith is a Republican who voted against the bill.", False),
    ("Mike Pompeo was a Republican congressman from Kansas before he ran the CIA.", False),
    # near misses: a first-person address in an embedded post, reporting on a podcast or an e-mail
    ("Email me at ayeletw@gmail.com.", False),
    ("Contact tracers reached him at home, officials said.", False),
    ("Follow the science, Smith said on Twitter.", False),
    ("Cruz said late Friday on the new episode of his podcast \u201cThe Verdict\u201d that it helped.", False),
    ("In a March 10 episode of the podcast, commentator Josh Bernstein claimed the virus was made.", False),
    ("Get-out-the-vote drives worked, the party said.", False),
    ("Here's what we know about the shooting.", False),
    ("The report is available online, officials said.", False),
    ("The program is available to veterans at VA hospitals.", False),
    ("Smith said the coverage was unfair.", False),
    ("Here is the problem: the state has no money.", False),
    ("The hearing is below the Senate's usual standard, Smith said.", False),
])
def test_page_furniture_is_never_keyed(line: str, furniture: bool) -> None:
    """A pointer to a link, a notice of where to watch, a credit or the writer's bio at the end
    is page furniture a key never rests on; ordinary sentences stay keyable."""
    report = make_report([(OPENING, "unattributed", {}), (line, "unattributed", {})])
    assert page_furniture(report.statements[1], report) is furniture
    assert page_furniture(report.statements[0], report) is False
    assert (1 in build_exercises([report], "advanced", seed=0).ungraded[0]) is furniture


def test_a_bio_line_is_furniture_only_at_the_end() -> None:
    """ "X is chief of ..." in a report's body is a statement; only the last lines are a bio."""
    rows = [(BODY, "unattributed", {})] + [(f"The vote was the {n}th this year.", "unattributed", {})
                                          for n in (4, 5, 6)]
    report = make_report(rows)
    assert not page_furniture(report.statements[0], report)
    moved = make_report(rows[1:] + rows[:1])
    assert page_furniture(moved.statements[3], moved)


def test_a_bio_line_above_the_writers_other_furniture_is_furniture() -> None:
    """Breitbart SlN99FRRoHZQJArg [11] "Joel B. Pollak is Senior Editor-at-Large at Breitbart
    News." then his book line and "Follow him on Twitter at @joelpollak." (read boilerplate):
    the furniture after a bio line does not count against its place among the last lines; a
    statement after it does."""
    rows = [(OPENING, "unattributed", {}),
            ("Joel B. Pollak is Senior Editor-at-Large at Breitbart News.", "unattributed", {}),
            ("His new book, See No Evil, is available from Regnery through Amazon.", "unattributed", {}),
            ("Follow him on Twitter at @joelpollak.", "unattributed", {})]
    report = make_report(rows)
    assert page_furniture(report.statements[1], report)
    later = make_report(rows[:2] + [(f"The vote was the {n}th this year.", "unattributed", {}) for n in (4, 5)]
                        + rows[3:])
    assert not page_furniture(later.statements[1], later)
