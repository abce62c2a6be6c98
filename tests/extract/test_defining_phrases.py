"""Announced measures named by a defining phrase (guideline 4: concretely described measures; guideline 9: who
announced them): the object of an announce verb whose noun says what kind of measure it is and whose prepositional
phrase says what the measure is. Each pattern is shown on sentences written for these tests, UK and US."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def announced(nlp, text: str) -> dict[tuple[str, str], str]:
    facts = extract_facts(nlp(text), "f")
    names = {n.id: n.name for n in facts.nodes}
    return {(names[l.source], names[l.target]): l.props.get("status") for l in facts.links if l.type == "ANNOUNCED"}


def policies(nlp, text: str) -> set[str]:
    return {n.name for n in extract_facts(nlp(text), "f").nodes if n.type == "Policy"}


@pytest.mark.parametrize("text, agent, policy", [
    # a consultation on proposals, cut before the relative clause after it
    ("The Scottish Government launched a consultation on proposals for a new stalking offence that would protect "
     "victims.", "Scottish Government", "consultation on proposals for a new stalking offence"),
    ("The Welsh Government has launched a consultation on a levy on late-night venues.",
     "Welsh Government", "consultation on a levy on late-night venues"),
    # a sum before the measure is not its name; the purpose clause after it is cut
    ("The Policing Minister announced a £30m investment in rural policing to pay for more patrols.",
     "Policing Minister", "investment in rural policing"),
    ("Governor Maria Ortiz unveiled a $12 million investment in violence interruption to reduce shootings.",
     "Maria Ortiz", "investment in violence interruption"),
    # a commitment to coordinated verbs, cut before "as ..."
    ("Attorney General Jane Doe announced her commitment to investigating, prosecuting, and dismantling drug cartels "
     "as a priority of the department.", "Jane Doe", "commitment to investigating, prosecuting, and dismantling drug cartels"),
    ("Police Scotland launched a crackdown on antisocial driving in Glasgow.",
     "Police Scotland", "crackdown on antisocial driving"),
])
def test_a_measure_noun_with_its_defining_phrase_is_the_announced_policy(nlp, text, agent, policy):
    found = announced(nlp, text)
    assert (agent, policy) in found, found
    assert found[(agent, policy)] == "announced"


def test_a_considered_measure_keeps_its_status(nlp):
    found = announced(nlp, "The Home Office is considering a consultation on a ban on zombie knives.")
    assert found.get(("Home Office", "consultation on a ban on zombie knives")) == "considered", found


@pytest.mark.parametrize("text, not_policy", [
    # nouns of quantity, part or relation name no measure
    ("The Home Secretary announced a range of measures to tackle knife crime.", "range of measures"),
    ("The Sheriff announced the cost of building a new county jail.", "cost of building a new county jail"),
    ("The inspectorate introduced an approach to routine inspections of custody suites.",
     "approach to routine inspections of custody suites"),
    # a share for someone's partners, and a phrase whose object is a name, are not this pattern's
    ("The Attorney General announced funding for our state and local partners.",
     "funding for our state and local partners"),
    ("The council launched a review of Greater Manchester Police.", "review of Greater Manchester Police"),
])
def test_no_measure_from_quantities_shares_or_names(nlp, text, not_policy):
    assert not_policy not in policies(nlp, text)


@pytest.mark.parametrize("text, agent, policy", [
    ("The Justice Secretary announced plans to toughen sentences for knife possession.",
     "Justice Secretary", "plans to toughen sentences for knife possession"),
    ("The Governor unveiled proposals to overhaul the parole system in Ohio.",
     "Governor", "proposals to overhaul the parole system"),
    ("Essex Police announced plans to tighten licensing rules for late-night bars.",
     "Essex Police", "plans to tighten licensing rules"),  # the verb's "for ..." is not the plan's
])
def test_plans_whose_infinitive_names_the_change_are_the_measure(nlp, text, agent, policy):
    assert (agent, policy) in announced(nlp, text)


def test_plans_to_introduce_a_named_measure_announce_the_measure_itself(nlp):
    found = announced(nlp, "Earlier this week, the Mayor announced plans to introduce the Safe Streets Fund.")
    assert found.get(("Mayor", "Safe Streets Fund")) == "planned", found
    assert not any(p.startswith("plans") for _, p in found)


def test_plans_that_name_no_measure_are_none(nlp):
    assert not any(p.startswith("plans") for p in policies(nlp, "Ministers set out plans to make it easier to sack officers."))
