"""Roles and posts, on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def roles(nlp, text: str):
    """({(person, title, organisation)} from HOLDS_ROLE links, {person: titles}) for ``text``."""
    facts = extract_facts(nlp(text), "r")
    names = {n.id: n.name for n in facts.nodes}
    held = {(names[l.source], l.props["title"], names[l.target]) for l in facts.links if l.type == "HOLDS_ROLE"}
    titled = {n.name: n.titles for n in facts.nodes if n.type == "Person"}
    return held, titled, facts


def test_body_and_title_before_name(nlp):
    held, titled, _ = roles(nlp, "Greater Manchester Police Chief Constable Stephen Watson opened the new custody suite.")
    assert held == {("Stephen Watson", "Chief Constable", "Greater Manchester Police")}
    assert titled["Stephen Watson"] == set()  # the post is on the link, not repeated as a bare title


def test_honorific_is_not_part_of_the_name(nlp):
    held, titled, facts = roles(nlp, "Metropolitan Police Commissioner Sir Mark Rowley visited the training centre.")
    assert held == {("Mark Rowley", "Commissioner", "Metropolitan Police Service")}
    assert "person/mark-rowley" in {n.id for n in facts.nodes}


def test_apposition_after_name_with_body(nlp):
    held, _, _ = roles(nlp, "Jane Doe, chief executive of the College of Policing, welcomed the review.")
    assert held == {("Jane Doe", "Chief Executive", "College of Policing")}


def test_title_without_body_stays_on_person(nlp):
    held, titled, _ = roles(nlp, "Police and Crime Commissioner Donna Jones launched the consultation.")
    assert held == set()
    assert titled["Donna Jones"] == {"Police and Crime Commissioner"}


def test_title_implies_body_only_when_body_is_named(nlp):
    alone, titled, _ = roles(nlp, "Yvette Cooper, the Home Secretary, visited Leeds on Friday.")
    assert alone == set() and titled["Yvette Cooper"] == {"Home Secretary"}
    held, _, _ = roles(nlp, "The Home Office confirmed the plan. Home Secretary Yvette Cooper visited Leeds on Friday.")
    assert held == {("Yvette Cooper", "Home Secretary", "Home Office")}


def test_apposition_before_name(nlp):
    held, titled, _ = roles(nlp, "The chief constable of Kent Police, Tim Smith, said the figures were encouraging.")
    assert ("Tim Smith", "Chief Constable", "Kent Police") in held


def test_abbreviated_title_next_to_surname(nlp):
    text = ("Karen Lowe, Special Agent in Charge of the FBI, joined the briefing. "
            "FBI SAC Lowe said the arrests followed months of surveillance.")
    held, _, facts = roles(nlp, text)
    assert held == {("Karen Lowe", "Special Agent in Charge", "Federal Bureau of Investigation")}
    assert len([n for n in facts.nodes if n.type == "Person"]) == 1


def test_canonical_title_from_abbreviation(nlp):
    _, titled, _ = roles(nlp, "U.S. Attorney Maria Lopez filed the charges in federal court.")
    assert titled["Maria Lopez"] == {"United States Attorney"}


def test_title_before_the_next_name_is_not_an_apposition(nlp):
    held, titled, _ = roles(nlp, "Joined by Deputy Director Sam Hill, Attorney General Ann Price announced the grants.")
    assert titled.get("Sam Hill") == {"Deputy Director"}
    assert titled.get("Ann Price") == {"Attorney General"}


def test_post_of_a_place_in_apposition(nlp):
    _, titled, _ = roles(nlp, "Emma Lowe, Cumbria\u2019s police and crime commissioner, said the figures were a warning.")
    assert titled["Emma Lowe"] == {"Police and Crime Commissioner"}
