"""Speech patterns of unseen UK and US public-safety text (issue 12), on sentences written for these tests.

Each test states one pattern over the parse, with UK and US wordings: a ``said,`` line before an unquoted
paragraph, posts written out as the speaker (``the Cabinet Secretary for Justice said:``), findings of inspectors,
auditors and courts as their reported speech, ``made clear that``, pledges and vows to act, ``As X noted, ...``.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def said(nlp, text: str):
    """(speaker name, quote text, cue, direct) for every SAID link."""
    facts = extract_facts(nlp(text), "t")
    names = {n.id: n.name for n in facts.nodes}
    return [(names[l.source], l.props["quote"], l.props["cue"], l.props["direct"]) for l in facts.links if l.type == "SAID"]


def speaks(out, speaker: str, opening: str) -> bool:
    return any(s == speaker and q.startswith(opening) for s, q, _, _ in out)


@pytest.mark.parametrize("intro,speaker,body", [
    ("Sarah Jones said,", "Sarah Jones",
     "While policing in Wales is a matter for the four forces, we will make sure they have the funding they need."),
    ("Announcing the grants, Sheriff Tomas Reyes said,", "Tomas Reyes",
     "Every deputy in this county deserves the training and the equipment to keep our neighborhoods safe."),
    ("Commissioner Priya Nair said,", "Priya Nair",
     "Our officers will be on patrol in every ward this summer, and we expect the number of burglaries to fall."),
])
def test_said_comma_line_introduces_an_unquoted_paragraph(nlp, intro, speaker, body):
    out = said(nlp, f"The money will reach the forces in April.\n\n{intro}\n\n{body}\n")
    assert (speaker, body, "say", True) in out


def test_a_line_ending_in_a_comma_without_a_speech_verb_introduces_nothing(nlp):
    out = said(nlp, "Across the county, in towns and villages,\n\nofficers made 40 arrests during the week of action.\n")
    assert out == []


@pytest.mark.parametrize("intro,speaker", [
    ("Ahead of the conference, the Cabinet Secretary for Justice said:", "Cabinet Secretary for Justice"),
    ("Speaking in Parliament, the Secretary of State for Justice said:", "Justice Secretary"),
    ("Opening the new prison, Lord Chancellor and Justice Secretary said:", "Justice Secretary"),
    ("Announcing the funding, Home Secretary MP said:", "Home Secretary"),
    ("Visiting the court, Solicitor General KC MP said:", "Solicitor General"),
])
def test_post_written_out_as_the_speaker(nlp, intro, speaker):
    text = (f"New funding was confirmed today.\n\n{intro}\n\n"
            "\u201cThis investment will put more officers on our streets and give victims the support they deserve.\u201d\n")
    out = said(nlp, text)
    assert speaks(out, speaker, "This investment will put more officers")
