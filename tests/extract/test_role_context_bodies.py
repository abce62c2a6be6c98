"""Roles whose body is not written beside the title: a careful reader takes it from the context (guideline 7).

Sentences written for these tests (UK and US, bodies and names of our own)."""
from __future__ import annotations

import pytest

from linkpairs import held_roles as roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, person, title, body", [
    # an agency's Administrator, in the agency's own release
    ("Federal Emergency Management Agency\nFEMA awards $40 million for flood resilience\n\n"
     "WASHINGTON - The Federal Emergency Management Agency today announced $40 million in grants.\n\n"
     '"These grants help communities prepare," said Administrator Deanne Criswell.',
     "Deanne Criswell", "Administrator", "Federal Emergency Management Agency"),
    # a department's Deputy Secretary, the department named in the sentence before
    ("The Department of Homeland Security announced a new task force on Tuesday. "
     "Deputy Secretary Troy Edgar will lead it.",
     "Troy Edgar", "Deputy Secretary", "United States Department of Homeland Security"),
    # an oversight office's regional director
    ("The Independent Office for Police Conduct has published its findings. "
     "Regional director Derrick Campbell said the officer had a case to answer.",
     "Derrick Campbell", "Regional Director", "Independent Office for Police Conduct"),
    # an inspectorate's chief inspector, the inspectorate named in the same sentence
    ("HM Inspectorate of Constabulary found serious failings in call handling, according to HM Chief Inspector "
     "Andrew Cooke.",
     "Andrew Cooke", "HM Chief Inspector", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
    # a commission's commissioner, the commission named in the sentence before
    ("The Federal Communications Commission published its report. Commissioner Anna Gomez said robocall "
     "complaints had fallen.",
     "Anna Gomez", "Commissioner", "Federal Communications Commission"),
])
def test_title_takes_the_body_of_its_kind_from_context(nlp, text, person, title, body):
    held, _, _ = roles(nlp, text)
    assert (person, title, body) in held


def test_nearest_body_in_the_sentence_wins(nlp):
    text = ("The Bureau of Justice Statistics and the Office for Victims of Crime published the survey. "
            "In Denver, the Office for Victims of Crime held a briefing where Director Maria Alvarez spoke.")
    held, _, _ = roles(nlp, text)
    assert ("Maria Alvarez", "Director", "Office for Victims of Crime") in held
    assert not any(p == "Maria Alvarez" and b == "Bureau of Justice Statistics" for p, _, b in held)


def test_a_post_that_names_its_own_remit_takes_no_body_of_another_kind(nlp):
    # "Policing Minister" is not a post of the Department for Education
    held, titled, _ = roles(nlp, "The Department for Education published new guidance. Policing Minister Sarah Jones "
                              "welcomed it.")
    assert not any(p == "Sarah Jones" and b == "Department for Education" for p, _, b in held)


def test_no_body_of_the_kind_keeps_the_title_on_the_person(nlp):
    # a director is a post of any body that employs staff (a council's too: tests/extract/test_role_staff_posts.py),
    # but not of a court
    held, titled, _ = roles(nlp, "The Crown Court sentenced him on Friday. Director Paul Reeves said the plan was fair.")
    assert held == set()
    assert titled["Paul Reeves"] == {"Director"}
