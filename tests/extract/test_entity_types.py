"""Entity types and one node per referent on unseen text (issue 12): people the recogniser calls bodies, names of
measures and documents it calls bodies, and one body, person or policy written two ways in one document."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def nodes(nlp, text: str, type_: str) -> dict[str, set[str]]:
    """The nodes of one type: name -> aliases."""
    facts = extract_facts(nlp(text), "t")
    return {n.name: set(n.aliases) for n in facts.nodes if n.type == type_}


# -- people the recogniser calls bodies ------------------------------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("The Solicitor General, the Rt Hon Edward Pryce KC MP said:\n\nWe will refer the sentence to the court.",
     "Edward Pryce"),
    ("Justice Secretary Owen Hartley visited the prison. Ms Hartley said the wing would open in May.", "Owen Hartley"),
    ("The sheriff's board heard from Mr Felix Grant. Mr Grant said the county jail was short of staff.", "Felix Grant"),
])
def test_an_honorific_makes_a_person_not_a_body(nlp, text, person):
    people, orgs = nodes(nlp, text, "Person"), nodes(nlp, text, "Organisation")
    assert person in people
    assert not any(person.split()[-1] in o for o in orgs)


def test_honorific_and_one_surname_is_a_person(nlp):
    people = nodes(nlp, "The committee welcomed Dr Okonjo’s review of the deaths in custody.", "Person")
    orgs = nodes(nlp, "The committee welcomed Dr Okonjo’s review of the deaths in custody.", "Organisation")
    assert "Okonjo" in people and not any("Okonjo" in o for o in orgs)


def test_a_person_called_a_body_later_is_the_same_person(nlp):
    text = ("Home Secretary Hannah Blake spoke in Leeds.\nHannah Blake said: \"We will recruit more officers.\"\n"
            "The plan was welcomed by Hannah Blake and the mayor.")
    assert list(nodes(nlp, text, "Person")) == ["Hannah Blake"]
    assert "Hannah Blake" not in nodes(nlp, text, "Organisation")


@pytest.mark.parametrize("text, full, short", [
    ("Dame Helen Foyle chaired the panel. Dame Helen said the findings were stark.", "Helen Foyle", "Helen"),
    ("Sir Marcus Webb, the chief inspector, published the report. Sir Marcus said forces must act.", "Marcus Webb",
     "Marcus"),
])
def test_a_knight_or_dame_by_first_name_is_the_same_person(nlp, text, full, short):
    people = nodes(nlp, text, "Person")
    assert set(people) == {full} and short in people[full]


@pytest.mark.parametrize("text, names", [
    ("The study was led by Maria Ortiz Ph.D. and Kevin Lund, PhD. Ortiz said the tool worked.",
     {"Maria Ortiz", "Kevin Lund"}),
    ("The panel includes Grace Mbeki, Ph.D., of Ohio State University and Tom Reyes Ph.D. of Rutgers.",
     {"Grace Mbeki", "Tom Reyes"}),
    ("Dr Amira Haddad, PhD, chairs the review. Haddad said the findings would be published in June.", {"Amira Haddad"}),
])
def test_a_doctorate_after_a_name_is_not_part_of_it(nlp, text, names):
    assert set(nodes(nlp, text, "Person")) == names


# -- names of measures and documents the recogniser calls bodies -----------------------------------------------
@pytest.mark.parametrize("text, policy", [
    ("Ministers published the Youth Justice Reform White Paper on Tuesday.", "Youth Justice Reform White Paper"),
    ("The Scottish Government signed the Clyde Valley Policing Agreement with councils.", "Clyde Valley Policing Agreement"),
    ("The Prime Minister announced a Safer Streets Guarantee for every town.", "Safer Streets Guarantee"),
    ("Officers are trained in the Westbrook Restorative System, which works with young offenders.",
     "Westbrook Restorative System"),
    ("The Ministry of Justice laid the Remedial Order before Parliament.", "Remedial Order"),
    ("The Office for Students published its Independent Reviews of Progress in March.", "Independent Reviews of Progress"),
])
def test_a_measure_or_document_head_makes_a_policy(nlp, text, policy):
    assert policy in nodes(nlp, text, "Policy")
    assert policy not in nodes(nlp, text, "Organisation") and policy not in nodes(nlp, text, "Person")


def test_a_system_that_speaks_is_a_body(nlp):
    text = "The University System of Georgia said the campus police would grow."
    assert not nodes(nlp, text, "Policy")
