"""Patterns of session 14, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document): title-case schemes with no policy noun, where a scheme acts."""
from __future__ import annotations

import pytest
from linkpairs import link_pairs

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def names(nlp, text: str, type_: str) -> set[str]:
    return {n.name for n in extract_facts(nlp(text), "s").nodes if n.type == type_}


@pytest.mark.parametrize("text, agent, policy", [
    ("The Home Office will introduce a Serious Violence Duty.", "Home Office", "Serious Violence Duty"),
    ("The Home Office is introducing a new Serious Violence Duty.", "Home Office", "Serious Violence Duty"),
    ("Kent Police will launch a Rural Crime Charter next month.", "Kent Police", "Rural Crime Charter"),
])
def test_a_title_case_scheme_without_a_policy_noun_is_announced(nlp, text, agent, policy):
    """Guideline 9: what a body introduces or launches, once read as a policy, is announced whatever its tense."""
    pairs = link_pairs(nlp, text)
    assert (agent, policy) in pairs, pairs


def test_a_named_person_introduced_is_no_announcement(nlp):
    text = "The Home Office introduced Sarah Jones, its new director of policing."
    assert not any(agent == "Home Office" for agent, _ in link_pairs(nlp, text))


@pytest.mark.parametrize("text, policy", [
    ("Local leaders joined the agency in launching the Hope Strategy in Albuquerque.", "Hope Strategy"),
    ("The FBI launched its Safe Streets Strategy in Memphis.", "Safe Streets Strategy"),
    ("The Home Office is expanding the Safer Streets Fund in Manchester.", "Safer Streets Fund"),
])
def test_where_a_named_scheme_acts_is_not_part_of_its_name(nlp, text, policy):
    nodes = [n for n in extract_facts(nlp(text), "s").nodes if n.type == "Policy"]
    forms = {f for n in nodes for f in (n.name, *n.aliases)}
    assert policy in forms and not any(f.startswith(policy + " in") for f in forms), forms
