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
