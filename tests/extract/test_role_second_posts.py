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


def test_a_line_of_work_set_off_before_the_body(nlp):
    held, _, _ = held_roles(nlp, '"Seizures rose again," said Maria Ortiz, Acting Director, Field Operations, '
                                 'El Paso Field Office.')
    assert any(p == "Maria Ortiz" and "Field Operations" in t and b == "El Paso Field Office" for p, t, b in held)


@pytest.mark.parametrize("text,role", [
    ('"The bridge is open," said Maria Ortiz, Director, Office of Field Operations.',
     ("Maria Ortiz", "Director", "Office of Field Operations")),
    ("Michael Ruiz, Inspector General, U.S. Department of Justice, testified on Tuesday.",
     ("Michael Ruiz", "Inspector General", "United States Department of Justice")),
])
def test_a_body_set_off_by_a_comma_is_still_the_body(nlp, text, role):
    held, _, _ = held_roles(nlp, text)
    assert role in held


@pytest.mark.parametrize("text", [
    "The Chief Inspector of Probation, Justin Reed, said the Probation Service was struggling.",
    "The Chief Inspector of Prisons, Nora Bell, said HM Prison and Probation Service had not acted.",
])
def test_an_inspectors_remit_is_not_the_body_of_the_post(nlp, text):
    held, titled, _ = held_roles(nlp, text)
    assert not any("Inspector" in t for _, t, _ in held)  # no body named for the post: a title with none
    assert any("Inspector" in t for ts in titled.values() for t in ts)


def test_an_inspectors_post_belongs_to_the_inspectorate_named(nlp):
    held, _, _ = held_roles(nlp, "HM Inspectorate of Probation published its report today. The Chief Inspector "
                                 "of Probation, Justin Reed, said the Probation Service was struggling.")
    assert any(p == "Justin Reed" and b == "HM Inspectorate of Probation" for p, _, b in held)
