"""Patterns of session 15, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs  # noqa: F401

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def names(nlp, text: str, type_: str) -> set[str]:
    return {n.name for n in extract_facts(nlp(text), "s").nodes if n.type == type_}


def posts(nlp, text: str) -> set[tuple[str, str, str | None]]:
    """(person, title, body or None) for every post kg gives a person in ``text``."""
    held, titled, _ = held_roles(nlp, text)
    return held | {(p, t, None) for p, ts in titled.items() for t in ts}


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


@pytest.mark.parametrize("text, holders, title, body", [
    ("The board includes Cabinet Office ministers Jane Roe and John Doe.", ["Jane Roe", "John Doe"], "Minister",
     "Cabinet Office"),
    ("Welsh MPs Sian Evans and Gareth Price signed the letter.", ["Sian Evans", "Gareth Price"], "Member of Parliament",
     None),
    ("Detective Sergeants Amy Clarke and Tom Hale of Kent Police led the inquiry.", ["Amy Clarke", "Tom Hale"],
     "Detective Sergeant", "Kent Police"),
])
def test_a_plural_post_before_a_list_of_names_is_held_by_each(nlp, text, holders, title, body):
    """Guideline 7: each person listed after a plural post holds it; the post's words are no part of the name."""
    roles = posts(nlp, text)
    people = names(nlp, text, "Person")
    for person in holders:
        assert person in people, people
        assert any(p == person and t == title and (body is None or o == body) for p, t, o in roles), roles


def test_a_plural_word_that_is_no_post_stays_in_the_name(nlp):
    people = names(nlp, "Officers spoke to Ruth Masters and Leon Cross about the thefts.", "Person")
    assert {"Ruth Masters", "Leon Cross"} <= people, people


@pytest.mark.parametrize("text, person, title", [
    ("Justice Secretary, Helen Marsh, today announced new funding for victims.", "Helen Marsh", "Justice Secretary"),
    ("The Policing Minister, Tom Barrow, said the figures were encouraging.", "Tom Barrow", "Policing Minister"),
])
def test_a_name_set_off_after_a_post_is_a_person(nlp, text, person, title):
    """A name in apposition to a post is the post's holder even where the recogniser called it a body."""
    assert person in names(nlp, text, "Person")
    assert person not in names(nlp, text, "Organisation")
    assert any(p == person and t == title for p, t, _ in posts(nlp, text)), posts(nlp, text)


def test_a_line_of_work_after_a_post_is_no_person(nlp):
    text = "said Maria Lopez, Acting Director, Field Operations, El Paso Field Office."
    assert "Field Operations" not in names(nlp, text, "Person")
