"""Patterns of session 19, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs, names, nodes, said_links

pytestmark = pytest.mark.model


# -- degrees after a name (guideline 7: the post after them is still the person's) ----------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("“We must act now,” said Ruth K. Alden, MD, MPH, Director of the Centers for Disease Control and Prevention.",
     "Ruth K. Alden", "Centers for Disease Control and Prevention"),
    ("“The data are clear,” said Jane R. Doe, M.D., Director of the National Institute on Drug Abuse.",
     "Jane R. Doe", "National Institute on Drug Abuse"),
    ("“We will act,” said Tom Reyes, Ph.D., J.D., Director of the National Institute of Justice.",
     "Tom Reyes", "National Institute of Justice"),
])
def test_degrees_set_off_by_commas_are_no_entities_and_keep_the_post(nlp, text, person, body):
    held, _, facts = held_roles(nlp, text)
    assert (person, "Director", body) in held, held
    named = {n.name for n in facts.nodes}
    assert not named & {"MD", "MPH", "M.D.", "Ph.D.", "J.D.", "Maryland"}, named


def test_a_state_written_short_after_a_city_is_still_a_place(nlp):
    text = "The clinic in Baltimore, MD, opened in 2020, the Maryland Department of Health said."
    assert any("Baltimore" in n for n in names(nlp, text, "Place"))
