"""People's names: honorifics and letters after a name are not part of it, suffixes are, surnames find the person."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def people(nlp, text: str):
    facts = extract_facts(nlp(text), "n")
    names = {n.id: n.name for n in facts.nodes}
    said = sorted((names[l.source], l.props["quote"].split()[0]) for l in facts.links if l.type == "SAID")
    return {n.name: n for n in facts.nodes if n.type == "Person"}, {n.name for n in facts.nodes if n.type == "Organisation"}, said


@pytest.mark.parametrize("text, name", [
    ("The Justice Secretary, Rt Hon Alex Chalk MP, has today opened a new prison.", "Alex Chalk"),
    ("Rt Hon Lucy Frazer MP said the courts would sit for longer.", "Lucy Frazer"),
    ("The Minister for Crime, Rt Hon Tom Baird MP, visited Bristol on Monday.", "Tom Baird"),
])
def test_rt_hon_and_mp_frame_a_person_not_a_body(nlp, text, name):
    persons, orgs, _ = people(nlp, text)
    assert set(persons) == {name}
    assert not any("Hon" in o or o.endswith("MP") for o in orgs)


def test_letters_after_a_name_are_not_a_body(nlp):
    persons, orgs, said = people(nlp, "Chief Constable Sir Colin Reed QPM said the force would grow. "
                                      "Reed said recruitment would start in May.")
    assert set(persons) == {"Colin Reed"} and "QPM" not in orgs
    assert said == [("Colin Reed", "recruitment"), ("Colin Reed", "the")]


@pytest.mark.parametrize("text, full, short", [
    ("Marcus Levy Jr., the county sheriff, warned that overdoses were rising. Levy said deputies carried naloxone.",
     "Marcus Levy Jr.", "Levy"),
    ("U.S. Attorney Ronald T. Grant Sr. announced that six men were charged. Grant said the men sold fentanyl.",
     "Ronald T. Grant Sr.", "Grant"),
])
def test_surname_after_a_name_with_a_suffix(nlp, text, full, short):
    persons, _, said = people(nlp, text)
    assert set(persons) == {full}
    assert [s for s, _ in said] == [full, full]  # the surname alone speaks as the person
