"""Posts given by an appointment or copular verb whose title carries an ordinal or a possessor (issue 12; guideline
7: ``X has been appointed Y``, ``sworn in as Y``, the body from the immediate context).

Sentences written for these tests (UK and US, names and bodies of our own)."""
from __future__ import annotations

import pytest

from linkpairs import held_roles

pytestmark = pytest.mark.model


def posts(nlp, text: str):
    """({(person, title, body)}, {(person, title)}) for ``text``, from the shared ``held_roles``."""
    held, titled, _ = held_roles(nlp, text)
    return held, {(name, title) for name, titles in titled.items() for title in titles}


@pytest.mark.parametrize("text, person, title, body", [
    ("Alan Reed was sworn in as the 12th Director of the United States Marshals Service.", "Alan Reed", "Director",
     "United States Marshals Service"),
    ("Amy Cole was sworn in as the FBI's ninth Director on Friday.", "Amy Cole", "Director",
     "Federal Bureau of Investigation"),
    ("Tom Barr is the 10th Commissioner of the New York City Police Department.", "Tom Barr", "Commissioner",
     "New York City Police Department"),
    ("Durham Constabulary welcomed its new leader.\nJo Hart became the force's 10th chief constable.", "Jo Hart",
     "Chief Constable", "Durham Constabulary"),
])
def test_an_ordinal_or_a_possessor_before_the_post_keeps_the_post_and_gives_the_body(nlp, text, person, title, body):
    held, _ = posts(nlp, text)
    assert (person, title, body) in held


@pytest.mark.parametrize("text, person, title", [
    ("Jane Foster was sworn in as the county's sheriff on Monday.", "Jane Foster", "Sheriff"),
    ("Ray Diaz, who was sworn in as the 30th Sheriff of Harris County, said crime had fallen.", "Ray Diaz", "Sheriff"),
])
def test_a_post_of_a_place_has_no_body(nlp, text, person, title):
    """A county is no body (guideline 7: the body only when the document names it)."""
    held, titled = posts(nlp, text)
    assert (person, title) in titled
    assert not any(p == person for p, _, _ in held)


@pytest.mark.parametrize("text, person", [
    ("Jo Bell is the Commissioner's deputy.", "Jo Bell"),
    ("Jo Bell was appointed as the Commissioner's deputy.", "Jo Bell"),
    ("Sam Ray will be sworn in as the 11th Director of the Secret Service next year.", "Sam Ray"),
])
def test_someone_else_s_deputy_or_a_post_to_come_is_no_post(nlp, text, person):
    held, titled = posts(nlp, text)
    assert not any(p == person for p, _ in titled) and not any(p == person for p, _, _ in held)


@pytest.mark.parametrize("text, person, title, body", [
    ("Cllr Jane Roe, cabinet member for community safety at Leeds City Council, said the scheme was a success.",
     "Jane Roe", "Cabinet Member for community safety", "Leeds City Council"),
    ("Cllr Tom Price, executive member for communities at Bristol City Council, said the cameras had cut crime.",
     "Tom Price", "Executive Member for communities", "Bristol City Council"),
    ("Councillor Asha Bell, portfolio holder for community safety at Kent County Council, said the patrols were "
     "welcome.", "Asha Bell", "Portfolio Holder for community safety", "Kent County Council"),
])
def test_a_council_s_cabinet_post_with_its_remit_is_a_post_in_the_council(nlp, text, person, title, body):
    """UK councils' executive posts (cabinet member, executive member, portfolio holder for a remit) are posts."""
    held, _ = posts(nlp, text)
    assert (person, title, body) in held


def test_a_member_of_the_public_holds_no_post(nlp):
    held, titled = posts(nlp, "Sam Ray, a member of the public, said he saw the car.")
    assert not held and not titled
