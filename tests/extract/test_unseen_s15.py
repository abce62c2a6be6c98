"""Patterns of session 15, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs  # noqa: F401

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def names(nlp, text: str, type_: str) -> set[str]:
    return {n.name for n in extract_facts(nlp(text), "s").nodes if n.type == type_}


@pytest.mark.parametrize("text, body", [
    ("Testifying before the Senate Committee on Finance's Subcommittee on Taxation, Trade, and Customs Enforcement, "
     "the Commissioner described the agency's work.", "Subcommittee on Taxation, Trade, and Customs Enforcement"),
    ("Jane Roe testified before the Subcommittee on Crime, Drugs, and Juvenile Justice on Tuesday.",
     "Subcommittee on Crime, Drugs, and Juvenile Justice"),
    ("The Committee on Veterans Affairs, Housing, and Urban Development will hold a hearing.",
     "Committee on Veterans Affairs, Housing, and Urban Development"),
])
def test_a_committee_named_after_a_list_of_matters_is_one_body(nlp, text, body):
    """Guideline 3: a committee is a body; its remit's items (two words each) are not bodies of their own."""
    orgs = names(nlp, text, "Organisation")
    assert body in orgs, orgs
    assert not any(o in body and o != body and "ommittee" not in o for o in orgs), orgs


def test_a_committee_and_its_subcommittee_written_together_are_two_bodies(nlp):
    text = ("Statement of Jane Roe before the U.S. Senate Committee on the Judiciary Subcommittee on Border "
            "Security and Immigration regarding the budget.")
    orgs = names(nlp, text, "Organisation")
    assert any(o.endswith("Committee on the Judiciary") for o in orgs), orgs
    assert "Subcommittee on Border Security and Immigration" in orgs, orgs


def test_when_a_committee_met_is_not_part_of_its_name(nlp):
    orgs = names(nlp, "The Home Affairs Committee on Monday and Tuesday heard evidence from Kent Police.",
                 "Organisation")
    assert "Home Affairs Committee" in orgs and not any("Monday" in o for o in orgs), orgs
