"""Funding and announcement frames common in government releases, on sentences written for these tests:
money routed through a named fund, sums made available, grants awarded inside a reported clause,
trailing attributions and relative clauses."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def facts_of(nlp, text: str):
    facts = extract_facts(nlp(text), "f")
    names = {n.id: n.name for n in facts.nodes}
    announced = {(names[l.source], names[l.target]) for l in facts.links if l.type == "ANNOUNCED"}
    said = {(names[l.source], l.props.get("quote", ""), l.props.get("direct")) for l in facts.links if l.type == "SAID"}
    policies = {n.name for n in facts.nodes if n.type == "Policy"}
    return announced, said, policies


def test_money_allocated_through_a_named_fund_announces_the_fund(nlp):
    announced, _, _ = facts_of(nlp, "The Welsh Government has allocated £4 million to councils through the Safer Communities Fund.")
    assert announced == {("Welsh Government", "Safer Communities Fund")}


def test_a_sum_made_available_for_a_programme_announces_the_programme(nlp):
    announced, _, policies = facts_of(
        nlp, "The Ministry of Justice is making £6 million available for a new victim support programme in prisons.")
    assert "victim support programme" in policies
    assert announced == {("Ministry of Justice", "victim support programme")}


def test_make_without_available_is_no_announcement(nlp):
    announced, _, _ = facts_of(nlp, "The Home Office will make a decision on the Serious Violence Fund in May.")
    assert announced == set()


def test_grants_awarded_in_a_reported_clause_are_the_policy_not_the_programme_they_support(nlp):
    announced, said, policies = facts_of(
        nlp, "The Justice Department announced that it has awarded $12 million in grants to support Operation Bluewater.")
    assert {"grants to support Operation Bluewater", "Operation Bluewater"} <= policies
    assert announced == {("United States Department of Justice", "grants to support Operation Bluewater")}
    assert {s[0] for s in said} == {"United States Department of Justice"}


def test_attribution_after_the_clause_reports_speech_and_announces(nlp):
    announced, said, policies = facts_of(
        nlp, "Schools will share a £3 million funding boost to tackle knife crime, Education Secretary Dana Hollis announced today.")
    assert said == {("Dana Hollis", "Schools will share a £3 million funding boost to tackle knife crime", False)}
    assert "funding boost to tackle knife crime" in policies
    assert ("Dana Hollis", "funding boost to tackle knife crime") in announced


def test_parenthetical_attribution_inside_a_sentence_is_still_left_alone(nlp):
    _, said, _ = facts_of(nlp, "The figures, the minister said, show that the new patrols in the city centre have cut robbery.")
    assert said == set()


def test_announcing_a_result_reports_it_but_announcing_an_act_does_not(nlp):
    _, said, _ = facts_of(nlp, "The Department of Justice announced it has charged 40 people with trafficking offences.")
    assert {s[0] for s in said} == {"United States Department of Justice"}
    _, said, _ = facts_of(nlp, "Home Secretary Mark Tolland announced he is allocating £9 million for youth diversion projects.")
    assert said == set()


def test_a_body_announced_in_a_relative_clause_of_a_quote(nlp):
    announced, _, _ = facts_of(
        nlp, '"The Gang Violence Task Force that we are launching today will target the worst offenders," '
             'said Sheriff Lena Ortiz of the Pike County Sheriff\'s Office.')
    assert ("Lena Ortiz", "Gang Violence Task Force") in announced


def test_a_scope_prefix_is_not_part_of_the_policy_name(nlp):
    _, _, policies = facts_of(nlp, "The Border Agency launched a department-wide anti-smuggling strategy in March.")
    assert "anti-smuggling strategy" in policies
