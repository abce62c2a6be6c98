"""Posts held in a body's local office, named by the body's acronym and a place (issue 12; guideline 7: the body
is the one the document names for the post, and an agency's field office or a prosecution service's area is a body
of its own).

Sentences written for these tests (UK and US, names and bodies of our own)."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def posts(nlp, text: str):
    facts = extract_facts(nlp(text), "r")
    names = {n.id: n.name for n in facts.nodes}
    held = {(names[l.source], l.props["title"], names[l.target]) for l in facts.links if l.type == "HOLDS_ROLE"}
    orgs = {n.name: n for n in facts.nodes if n.type == "Organisation"}
    return held, orgs


@pytest.mark.parametrize("text, person, title, office", [
    ('"The network has been dismantled," said FBI Denver Special Agent in Charge Mark Michalek.', "Mark Michalek",
     "Special Agent in Charge", "FBI Denver"),
    ("ATF Phoenix Special Agent in Charge Jessica Taylor said the guns were traced to straw buyers.", "Jessica Taylor",
     "Special Agent in Charge", "ATF Phoenix"),
    ("DEA Houston Special Agent in Charge Daniel Comeaux announced the seizure.", "Daniel Comeaux",
     "Special Agent in Charge", "DEA Houston"),
    ("HSI San Antonio Special Agent in Charge Craig Larrabee said the smugglers were charged.", "Craig Larrabee",
     "Special Agent in Charge", "HSI San Antonio"),
    ("ATF Kansas City Task Force Officer Lance Reed said the rifles were recovered.", "Lance Reed",
     "Task Force Officer", "ATF Kansas City"),
])
def test_an_agency_and_a_city_before_a_field_post_name_the_field_office(nlp, text, person, title, office):
    """``FBI Denver Special Agent in Charge X``: the post is held in the Denver field office, which is part of the
    agency (whether or not the recogniser saw the city as a place)."""
    held, orgs = posts(nlp, text)
    assert (person, title, office) in held
    assert office in orgs


@pytest.mark.parametrize("text, person, title, body", [
    ("NCA Operations Commander Tom Smith said the gang had been dismantled.", "Tom Smith", "Operations Commander",
     "National Crime Agency"),
    ("HSI Assistant Director Ruth Lang said the grants would help.", "Ruth Lang", "Assistant Director",
     "Homeland Security Investigations"),
    ("FBI Acting Director Paul Abbott said the bureau would cooperate.", "Paul Abbott", "Acting Director",
     "Federal Bureau of Investigation"),
])
def test_words_that_are_no_place_or_a_post_that_is_no_field_post_keep_the_agency(nlp, text, person, title, body):
    """A unit's or a rank's words after the acronym, or a headquarters post, are no field office."""
    held, orgs = posts(nlp, text)
    assert any(p == person and b == body for p, _, b in held), held
    assert not any(name.startswith(("NCA ", "HSI ", "FBI ")) for name in orgs), sorted(orgs)


@pytest.mark.parametrize("text, person, title, unit", [
    ("CPS Wessex Chief Crown Prosecutor Jane Roe said the sentence reflected the harm.", "Jane Roe",
     "Chief Crown Prosecutor", "CPS Wessex"),
    ("Tom Grant, Deputy Chief Crown Prosecutor for Mersey-Cheshire CPS, said the case was strong.", "Tom Grant",
     "Deputy Chief Crown Prosecutor", "CPS Mersey-Cheshire"),
    ("Amira Shah, Chief Crown Prosecutor for Thames and Chiltern CPS, said hate crime would not be tolerated.",
     "Amira Shah", "Chief Crown Prosecutor", "CPS Thames and Chiltern"),
])
def test_a_prosecution_area_before_or_after_the_acronym_is_the_post_s_body(nlp, text, person, title, unit):
    """``CPS Wessex Chief Crown Prosecutor X`` and ``X, ... for Thames and Chiltern CPS``: the area's unit, one body
    whichever way round it is written."""
    held, orgs = posts(nlp, text)
    assert (person, title, unit) in held


def test_an_area_written_both_ways_is_one_body(nlp):
    _, orgs = posts(nlp, "CPS Yorkshire and Humberside charged the men. Yorkshire and Humberside CPS said the "
                         "evidence was strong.")
    assert "CPS Yorkshire and Humberside" in orgs
    assert not any(n.startswith("Yorkshire and Humberside") for n in orgs)


def test_the_crown_prosecution_service_itself_is_no_area(nlp):
    _, orgs = posts(nlp, "The CPS said 40 people had been charged. Senior CPS lawyers reviewed the file.")
    assert set(orgs) == {"Crown Prosecution Service"}


@pytest.mark.parametrize("text, person, office, agency", [
    ("ATF Special Agent in Charge Maria Lopez announced the charges.\nMaria Lopez, Special Agent in Charge of the "
     "Chicago Field Division of the Bureau of Alcohol, Tobacco, Firearms, and Explosives, said the guns were seized.",
     "Maria Lopez", "Chicago Field Division", "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
    ("DEA Special Agent in Charge Tom Hill said the pills were fake.\nTom Hill, Special Agent in Charge of the New "
     "England Field Division of the Drug Enforcement Administration, said the lab was closed.", "Tom Hill",
     "New England Field Division", "Drug Enforcement Administration"),
    ("FBI Special Agent in Charge Dana Ruiz said the suspects were armed.\nDana Ruiz, Special Agent in Charge of the "
     "Miami Field Office of the FBI, said the arrests ended a long inquiry.", "Dana Ruiz", "Miami Field Office",
     "Federal Bureau of Investigation"),
])
def test_the_same_post_in_an_office_the_text_places_in_the_agency_is_held_in_the_office(nlp, text, person, office, agency):
    """``AGENCY Special Agent in Charge X`` and later ``X, Special Agent in Charge of the Y Field Division of the
    AGENCY``: one post, in the office the text says is the agency's (the more exact body)."""
    held, _ = posts(nlp, text)
    assert (person, "Special Agent in Charge", office) in held
    assert (person, "Special Agent in Charge", agency) not in held


def test_the_same_title_in_two_unrelated_bodies_is_two_posts(nlp):
    held, _ = posts(nlp, "Anna Kerr is Director at the Home Office.\nAnna Kerr, Director of the Border Security Unit "
                         "of the Cabinet Office, said the plan was ready.")
    assert ("Anna Kerr", "Director", "Home Office") in held
