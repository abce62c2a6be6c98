"""Patterns of session 25, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs, names, said_links  # noqa: F401

pytestmark = pytest.mark.model


# -- a bare body noun before a chair's title refers back to the body of that kind named last ------------------------

@pytest.mark.parametrize("text, person, title, body", [
    ("The chief constable of Westshire gave evidence to the Justice Committee on Tuesday.\n\n"
     "Committee Chairman Jane Roe thanked him and said the committee would publish its findings in May. "
     "He also met the force's Ethics Committee.",
     "Jane Roe", "Chairman", "Justice Committee"),
    ("Subcommittee on Border Security and Enforcement\n\n"
     "Subcommittee Chairwoman Mary Smith opened the hearing on drones at the border.",
     "Mary Smith", "Chairwoman", "Subcommittee on Border Security and Enforcement"),
    ("The Senate Committee on Homeland Security and Governmental Affairs met on Monday to question the agency.\n\n"
     "Committee Ranking Member John Doe said the agency had ignored its own auditors.",
     "John Doe", "Ranking Member", "United States Senate Committee on Homeland Security and Governmental Affairs"),
])
def test_a_bare_committee_before_a_chair_is_the_committee_named_last(nlp, text, person, title, body):
    held, _, _ = held_roles(nlp, text)
    assert (person, title, body) in held, held


def test_a_bare_committee_named_only_after_the_chair_is_no_body(nlp):
    text = ("Committee Chairman Jane Roe opened the session on knife crime.\n\n"
            "Later the Westshire Police Ethics Committee and the Northshire Scrutiny Committee met.")
    held, titled, _ = held_roles(nlp, text)
    assert not any(p == "Jane Roe" for p, _, _ in held), held


def test_a_greeting_to_members_of_the_committee_before_a_subcommittee(nlp):
    text = ("Testimony of Director Jane Roe before the Senate Subcommittee on Fraud and Data Privacy\n\n"
            "Chairman Smith, Ranking Member Jones, and members of the Committee, thank you for inviting me today.")
    held, _, _ = held_roles(nlp, text)
    body = "Senate Subcommittee on Fraud and Data Privacy"
    assert {("Smith", "Chairman", body), ("Jones", "Ranking Member", body)} <= held, held


# -- two people named as a pair, then two posts: each takes the post in turn -----------------------------------------

@pytest.mark.parametrize("posts", ["chairman and chief executive", "the authority's chair and chief executive"])
def test_a_pair_of_names_takes_a_pair_of_posts_in_turn(nlp, posts):
    text = ("The Westshire Police Authority published its three-year plan today. "
            f"Jane Roe and John Smith, {posts}, said the plan was ambitious.")
    held, _, _ = held_roles(nlp, text)
    people = {(p, t.lower()) for p, t, _ in held}
    assert ("John Smith", "chief executive") in people, held
    assert not any(p == "John Smith" and t.startswith("chair") for p, t in people), held
    assert any(p == "Jane Roe" and t.startswith("chair") for p, t in people), held


def test_a_titled_first_name_keeps_the_pair_of_posts_together(nlp):
    text = ("Chief Constable Jane Roe and John Smith, chairman and chief executive of the Westshire Police Authority, "
            "said the plan was ambitious.")
    held, titled, _ = held_roles(nlp, text)
    assert not any(p == "Jane Roe" and t.lower() == "chairman" for p, t, _ in held), held
