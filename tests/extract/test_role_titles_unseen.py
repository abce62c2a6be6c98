"""Posts that kg's title lexicon and rank lists now know, and posts joined by "and" before a name.

Sentences written for these tests (UK and US, names and bodies of our own)."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def posts(nlp, text: str):
    facts = extract_facts(nlp(text), "r")
    names = {n.id: n.name for n in facts.nodes}
    held = {(names[l.source], l.props["title"], names[l.target]) for l in facts.links if l.type == "HOLDS_ROLE"}
    titled = {(n.name, t) for n in facts.nodes if n.type == "Person" for t in n.titles}
    return held, titled, {n.name for n in facts.nodes if n.type == "Person"}


@pytest.mark.parametrize("text, person, title, body", [
    ("The Crown Prosecution Service charged two men. Deputy Chief Crown Prosecutor Priya Shah said the evidence "
     "was overwhelming.", "Priya Shah", "Deputy Chief Crown Prosecutor", "Crown Prosecution Service"),
    ("Coast Guard Commandant Adm. Linda Fagan said the cutter had seized three tonnes of cocaine.",
     "Linda Fagan", "Commandant", "United States Coast Guard"),
    ("According to Lt. Mark Ortiz of the Houston Police Department, the suspect fled on foot.",
     "Mark Ortiz", "Lieutenant", "Houston Police Department"),
    ("The Dallas Police Department arrested four men. Captain Rosa Delgado said the raids would continue.",
     "Rosa Delgado", "Captain", "Dallas Police Department"),
    ("The Chairman and Chief Executive of the Serious Fraud Office, Nick Ephgrave, said the case was closed.",
     "Nick Ephgrave", "Chairman", "Serious Fraud Office"),
])
def test_posts_with_their_body(nlp, text, person, title, body):
    held, _, _ = posts(nlp, text)
    assert (person, title, body) in held


def test_lord_chancellor_is_a_post_of_its_own_beside_justice_secretary(nlp):
    _, titled, _ = posts(nlp, "Justice Secretary and Lord Chancellor Alex Chalk opened the new court in Bristol.")
    assert {("Alex Chalk", "Justice Secretary"), ("Alex Chalk", "Lord Chancellor")} <= titled


def test_a_naval_rank_is_not_part_of_the_name(nlp):
    _, _, people = posts(nlp, "Adm. Linda Fagan said the Coast Guard had seized record amounts of cocaine.")
    assert people == {"Linda Fagan"}


def test_a_crown_prosecutor_title_is_no_person(nlp):
    held, titled, people = posts(nlp, "Tom Reyes, Chief Crown Prosecutor for the Crown Prosecution Service, said "
                                      "the charges were right.")
    assert people == {"Tom Reyes"}
    assert ("Tom Reyes", "Chief Crown Prosecutor", "Crown Prosecution Service") in held


@pytest.mark.parametrize("text, person, title", [
    ("Sarah Jones MP, the Minister for Policing and Crime, said the figures were encouraging.", "Sarah Jones",
     "Policing Minister"),
    ("Tom Hale QPM, the chief constable, said the force had met its target.", "Tom Hale", "Chief Constable"),
    ("Fiona Grant MSP, the Cabinet Secretary for Justice, opened the debate.", "Fiona Grant",
     "Cabinet Secretary for Justice"),
])
def test_letters_after_a_name_do_not_hide_the_post_in_apposition(nlp, text, person, title):
    held, titled, _ = posts(nlp, text)
    assert (person, title) in titled or any(p == person and t == title for p, t, _ in held)


@pytest.mark.parametrize("text, person, title, body", [
    ("Jane Roe, a senior fellow at the Urban Institute, said the data were incomplete.", "Jane Roe",
     "senior fellow", "Urban Institute"),
    ('"The numbers are striking," said Tom Baker, a professor of criminology at the University of Leeds.',
     "Tom Baker", "professor of criminology", "University of Leeds"),
    ("Maria Chen, associate professor of criminal justice at Temple University, led the study.", "Maria Chen",
     "associate professor of criminal justice", "Temple University"),
])
def test_academic_and_research_posts(nlp, text, person, title, body):
    held, _, _ = posts(nlp, text)
    assert (person, title, body) in held


@pytest.mark.parametrize("text, person", [
    ('"We will secure the border," said Secretary Mayorkas. "This is our mission."', "Mayorkas"),
    ("Secretary Gina Raimondo announced the export rules on Friday.", "Gina Raimondo"),
    ("The report was welcomed by Secretary Lloyd Austin.", "Lloyd Austin"),
])
def test_a_bare_secretary_before_a_name_is_a_post_not_part_of_the_name(nlp, text, person):
    _, titled, people = posts(nlp, text)
    assert person in people
    assert (person, "Secretary") in titled


@pytest.mark.parametrize("text, person, title, body", [
    ("DC Amy Lewis, of the Serious Organised Crime Unit, said the gang had been dismantled.", "Amy Lewis",
     "Detective Constable", "Serious Organised Crime Unit"),
    ('"This was a cowardly attack," said Detective Sergeant Ian Moss, from the Major Investigation Team.',
     "Ian Moss", "Detective Sergeant", "Major Investigation Team"),
    ("Sergeant Paul Dean, of the Roads Policing Unit, said speeding remained a problem.", "Paul Dean", "Sergeant",
     "Roads Policing Unit"),
])
def test_a_body_set_off_by_commas_after_a_titled_name(nlp, text, person, title, body):
    held, _, _ = posts(nlp, text)
    assert (person, title, body) in held


def test_a_place_set_off_by_commas_is_no_body(nlp):
    held, titled, _ = posts(nlp, "Inspector Jo Wells, of Bristol, said the patrols would continue.")
    assert held == set() and ("Jo Wells", "Inspector") in titled
