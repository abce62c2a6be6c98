"""Chairing or leading a named body is a role (guideline 7), also when the chair is written as a post, the
chair's name stands in apposition to a post, or a new body "will be chaired by" someone.

Sentences written for these tests (UK and US, bodies and names of our own)."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def held(nlp, text: str):
    facts = extract_facts(nlp(text), "r")
    names = {n.id: n.name for n in facts.nodes}
    return {(names[l.source], l.props["title"], names[l.target]) for l in facts.links if l.type == "HOLDS_ROLE"}


@pytest.mark.parametrize("text, person, title, body", [
    # the post of someone named earlier chairs a body
    ("Home Secretary Suella Braverman visited Leeds. The National Knife Crime Board is chaired by the Home "
     "Secretary and meets monthly.", "Suella Braverman", "Chair", "National Knife Crime Board"),
    # a post never given a name: the unnamed official (guideline 5), the body a noun refers back to
    ("Ministers set up the Knife Crime Taskforce in March. The taskforce is chaired by the Policing Minister and "
     "meets monthly.", "Policing Minister", "Chair", "Knife Crime Taskforce"),
    # a new body's make-up, in the passive future and a verb joined to the one that has the subject
    ("The Attorney General announced the U.S. Department of Justice Task Force on Gun Violence. The Task Force "
     "was formed in May and will be chaired by the Deputy Attorney General.",
     "Deputy Attorney General", "Chair", "U.S. Department of Justice Task Force on Gun Violence"),
    # the name in apposition to the subject post
    ("The Home Secretary, James Cleverly, chairs the Violent Crime Taskforce, the Home Office said.",
     "James Cleverly", "Chair", "Violent Crime Taskforce"),
    ("The new Scottish Drugs Taskforce will be chaired by Professor Catriona Matheson, officials said.",
     "Catriona Matheson", "Chair", "Scottish Drugs Taskforce"),
])
def test_chair_or_lead_of_a_named_body(nlp, text, person, title, body):
    assert (person, title, body) in held(nlp, text)


@pytest.mark.parametrize("text", [
    "Mark Rowley will head the Metropolitan Police from September.",  # an active future: not yet the post
    "The Police Federation is not chaired by the Home Secretary.",
])
def test_future_appointment_or_denial_is_no_role(nlp, text):
    assert not any(title in ("Chair", "Head") for _, title, _ in held(nlp, text))
