"""Policy mentions on unseen text (issue 12): how a mention is found, bounded and named, and how the mentions of one
policy become one node. Every sentence here is written for these tests (UK and US, different bodies and words).
"""
from __future__ import annotations

import pytest

import kg

pytestmark = pytest.mark.model


def policy_nodes(nlp, text: str) -> dict[str, set[str]]:
    """Policy node name -> its aliases, for ``text`` built as one document."""
    f = kg.extract_facts(nlp(text), "t")
    return {n.name: set(n.aliases) for n in f.nodes if n.type == "Policy"}


def all_nodes(nlp, text: str) -> set[tuple[str, str]]:
    f = kg.extract_facts(nlp(text), "t")
    return {(n.type, n.name) for n in f.nodes if n.type not in ("Quote", "Statistic")}


def names_and_aliases(nodes: dict[str, set[str]]) -> set[str]:
    return {n.lower() for n in nodes} | {a.lower() for als in nodes.values() for a in als}


# -- the recogniser takes a policy's title for a person -------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The funding is part of the department's Comprehensive Anti-Violence Strategy.",
     "Comprehensive Anti-Violence Strategy"),
    ("The Crime and Policing Bill will give officers new powers to seize off-road bikes.", "Crime and Policing Bill"),
    ("Campaigners welcomed the Victims and Prisoners Bill when it reached the Lords.", "Victims and Prisoners Bill"),
])
def test_a_title_case_policy_name_the_model_calls_a_person(nlp, text, name):
    nodes = all_nodes(nlp, text)
    assert ("Policy", name) in nodes
    assert not any(t == "Person" for t, _ in nodes), nodes


def test_a_person_whose_name_starts_with_a_law_word_stays_a_person(nlp):
    nodes = all_nodes(nlp, "Bill Hendricks, the county sheriff, said deputies would patrol the fairground.")
    assert ("Person", "Bill Hendricks") in nodes


# -- acronym-named programmes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,long,acronym", [
    ("The initiative builds on the state's Gun Involved Violence Elimination (GIVE) program, which supports local "
     "police departments. GIVE has cut shootings in Rochester.", "Gun Involved Violence Elimination", "GIVE"),
    ("The county sheriff said his office would expand its Drug Abuse Resistance Education (DARE) program to every "
     "middle school. DARE teaches pupils to resist drugs.", "Drug Abuse Resistance Education", "DARE"),
    ("Northvale Police will join the Safer Roads Partnership (SRP) scheme next spring, the force said.",
     "Safer Roads Partnership", "SRP"),
])
def test_acronym_named_programme_is_one_policy_with_its_long_form_and_acronym(nlp, text, long, acronym):
    nodes = policy_nodes(nlp, text)
    holding = [n for n, als in nodes.items() if acronym in als or n == acronym]
    assert len(holding) == 1, nodes
    forms = {holding[0].lower()} | {a.lower() for a in nodes[holding[0]]}
    assert long.lower() in forms
    assert not any(t == "Organisation" and (n == acronym or n == long) for t, n in all_nodes(nlp, text))


def test_bracketed_acronym_after_a_task_force_stays_a_body(nlp):
    nodes = all_nodes(nlp, "Agents from the Violent Gang Safe Streets (VGSS) task force arrested nine men.")
    assert not any(t == "Policy" and "VGSS" in n for t, n in nodes)


# -- a purpose clause may name a programme with its acronym ------------------------------------------------------

@pytest.mark.parametrize("text,alias", [
    ("The Justice Department awarded $12 million in grants to support the Violence Reduction Network (VRN) Program.",
     "$12 million in grants to support the Violence Reduction Network (VRN) Program"),
    ("The Home Office has allocated £8 million in grants to support the Safer Travel (STAR) Scheme.",
     "£8 million in grants to support the Safer Travel (STAR) Scheme"),
    ("The state awarded $3 million in grants to expand the Hospital Violence Intervention (HVI) program.",
     "$3 million in grants to expand the Hospital Violence Intervention (HVI) program"),
])
def test_sum_in_grants_with_a_purpose_naming_an_acronym_programme(nlp, text, alias):
    nodes = policy_nodes(nlp, text)
    assert alias.lower() in names_and_aliases(nodes), nodes


# -- a named policy + a generic head refers to a policy; the name is mentioned too ---------------------------------

def test_named_programme_grant_refers_back_to_the_grants_and_mentions_the_programme(nlp):
    text = ("The Department of Justice said it has awarded $9 million in grants to support the Project Safe Harbor "
            "Program.\n\n"
            "\u201cThis latest Project Safe Harbor grant will help cities all across our country,\u201d said "
            "Attorney General Dana Whitfield.")
    f = kg.extract_facts(nlp(text), "t")
    policies = {n.id: n for n in f.nodes if n.type == "Policy"}
    grants = [n for n in policies.values() if "grant" in n.name.lower()]
    assert len(grants) == 1, [n.name for n in policies.values()]
    assert any("Project Safe Harbor grant" in a for a in grants[0].aliases), grants[0]
    programme = [n for n in policies.values() if n.name.startswith("Project Safe Harbor")]
    assert len(programme) == 1
    quotes = [n.id for n in f.nodes if n.type == "Quote"]
    mentioned = {l.target for l in f.links if l.type == "MENTIONS" and l.source in quotes}
    assert programme[0].id in mentioned and grants[0].id in mentioned


@pytest.mark.parametrize("text,name", [
    ("Police Scotland launched Operation Harbourlight in May. The Operation Harbourlight patrols ran every night.",
     "Operation Harbourlight"),
    ("Kent Police joined Project Guardian last year and said the Project Guardian campaign had cut harassment.",
     "Project Guardian"),
    ("Prosecutors use Project Safe Childhood to find offenders; the new Project Safe Childhood grant pays for two "
     "analysts.", "Project Safe Childhood"),
])
def test_named_policy_with_a_generic_head_is_that_policy(nlp, text, name):
    nodes = policy_nodes(nlp, text)
    assert name in nodes, nodes
    assert len(nodes) == 1, nodes
