"""Patterns of session 16, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def nodes(nlp, text: str, type_: str):
    return [n for n in extract_facts(nlp(text), "s").nodes if n.type == type_]


def names(nlp, text: str, type_: str) -> set[str]:
    return {n.name for n in nodes(nlp, text, type_)}


@pytest.mark.parametrize("headline, verb", [
    ("District Attorney Creates Cold Case Unit To Review Old Files", "Creates"),
    ("Police Commissioner Establishes Community Safety Board", "Establishes"),
    ("Chief Inspector Publishes Annual Report On Youth Custody", "Publishes"),
    ("Mayor Commends Officers For Bravery During Flood", "Commends"),
])
def test_a_headline_verb_after_a_post_is_no_name(nlp, headline, verb):
    """Guideline 5: no person is made of a post and the title-case verb of a headline ("Creates Cold Case")."""
    text = headline + "\n\nThe office said the work starts in May."
    people = names(nlp, text, "Person")
    assert not any(verb in p for p in people), people


def test_a_named_person_after_a_post_in_a_headline_still_ends_at_the_verb(nlp):
    text = "Sheriff Dana Whitlock Creates Rural Crime Unit\n\nSheriff Dana Whitlock said the unit would start in May."
    assert "Dana Whitlock" in names(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ("The Caledonian System will be offered to more courts next year.", "Caledonian System"),
    ("Officers now log every stop in the Tactical Incident Reporting System.", "Tactical Incident Reporting System"),
])
def test_a_named_system_is_a_policy_not_a_body(nlp, text, name):
    """Guideline 4: a named programme or tool (a capitalised name ending in ``System``) is a Policy."""
    assert name in names(nlp, text, "Policy"), names(nlp, text, "Organisation")
    assert name not in names(nlp, text, "Organisation")


def test_a_post_the_parser_splits_off_a_paragraph_still_makes_the_titled_alias(nlp):
    """Guideline 2: the titled mention ("Governor Ellison") is an alias, also when it opens the paragraph after a
    headline (where the parser may cut the post off as a sentence of its own)."""
    text = ("Building Safer Streets Through Stronger Neighbourhoods\n\nGovernor Ellison believes every family should "
            "feel safe at home. Today, in Dayton, the Governor will highlight new steps.")
    people = nodes(nlp, text, "Person")
    assert any("Governor Ellison" in p.aliases for p in people), [(p.name, p.aliases) for p in people]
