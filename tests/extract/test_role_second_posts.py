"""A second post joined by "and" after the body of a first, in apposition to one name (guideline 7: a person can
hold several roles; leading or chairing a named body is a role). Sentences written for these tests."""
from __future__ import annotations

import pytest

from linkpairs import held_roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,role", [
    ('Ann Ridley, Chief Crown Prosecutor for CPS Wessex and Area Chair for CPS South, said: "We will act."',
     ("Ann Ridley", "Area Chair", "CPS South")),
    ('Ravi Shah, Deputy Chief Crown Prosecutor for CPS Yorkshire and Humberside and Knife Crime lead said: '
     '"We will not tolerate this."', ("Ravi Shah", "Knife Crime lead", "CPS Yorkshire and Humberside")),
])
def test_a_second_post_after_the_first_posts_body(nlp, text, role):
    held, _, _ = held_roles(nlp, text)
    assert role in held
    assert any(t.startswith(("Chief Crown", "Deputy Chief")) for _, t, _ in held)  # the first post stays


@pytest.mark.parametrize("text", [
    "Jim Hart, Chief Executive of the College of Policing and a former detective, said training would change.",
    "Jim Hart, Chief Executive of the College of Policing and Kent Police officers met on Monday.",
])
def test_no_second_post_without_a_title_or_lead(nlp, text):
    held, _, _ = held_roles(nlp, text)
    assert {t for _, t, _ in held} == {"Chief Executive"}
