"""Posts every kind of body has (director, head, manager, officer, adviser, lead), written with no body beside
them: a careful reader takes the body the person is written beside (guideline 7). And a post's own remit
("Director of Public Protection") that names no body of the story is no reason to leave the body out.

Sentences written for these tests (UK and US, bodies and names of our own)."""
from __future__ import annotations

import pytest

from linkpairs import held_roles as roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, person, title, body", [
    # a council's director, the post's remit written after "of"
    ("Westmoor Borough Council has approved a new community safety plan. Director of Public Protection Helen "
     "Marsh said the plan would cut antisocial behaviour.",
     "Helen Marsh", "Director of Public Protection", "Westmoor Borough Council"),
    # a US county department's director of a service
    ("The Oakridge County Health Department opened two new clinics. Director of Behavioral Health Services Maria "
     "Lopez said demand had doubled.",
     "Maria Lopez", "Director of Behavioral Health Services", "Oakridge County Health Department"),
    # a charity's chief executive, written after the name with no body
    ("The Ridgeway Youth Trust welcomed the funding on Monday. Sam Okafor, chief executive, said young people "
     "would benefit.",
     "Sam Okafor", "Chief Executive", "Ridgeway Youth Trust"),
    # a US office's deputy assistant director: ranks stacked on a post of any body
    ("The Office of Victim Services released its annual report on Monday. Deputy Assistant Director Karen Holt "
     "said requests for help had risen.",
     "Karen Holt", "Deputy Assistant Director", "Office of Victim Services"),
    # a sheriff's office's public information officer, US
    ("The Dunmore County Sheriff's Office arrested two men after the robbery. Public Information Officer Dana "
     "Reyes said both would appear in court on Monday.",
     "Dana Reyes", "Public Information Officer", "Dunmore County Sheriff's Office"),
])
def test_staff_post_takes_the_body_it_is_written_beside(nlp, text, person, title, body):
    held, _, _ = roles(nlp, text)
    assert (person, title, body) in held


def test_staff_post_is_no_post_of_a_court_or_a_legislature(nlp):
    held, people, _ = roles(nlp, "The Court of Appeal dismissed the appeal on Friday. Communications Director Ian Moss "
                              "said the ruling was clear.")
    assert not any(p == "Ian Moss" for p, _, _ in held)
    assert people["Ian Moss"] == {"Communications Director"}


def test_staff_post_with_two_bodies_in_its_paragraph_stays_bare(nlp):
    # neither body is in the person's sentence and the paragraph names two: a reader cannot tell whose post it is
    held, people, _ = roles(nlp, "The Harton Youth Trust and the Ellsworth Family Foundation funded the scheme. "
                              "Finance Director Kate Rowe said 200 families had been helped.")
    assert not any(p == "Kate Rowe" for p, _, _ in held)
    assert people["Kate Rowe"] == {"Finance Director"}


@pytest.mark.parametrize("text, person", [
    # a programme's name the recogniser may take for a body, written before its scheme noun, holds no post
    ("Jane Roe, Director of National Youth Policy, awarded $3 million in Safe Futures (SF) grants to 40 towns.",
     "Jane Roe"),
    ("Chief Executive Ian Blake said 12 towns would join the Clean Streets programme next year.", "Ian Blake"),
    ("Program Director Ana Cruz said 30 cities had applied for Second Chance Reentry grants.", "Ana Cruz"),
])
def test_staff_post_takes_no_scheme_for_its_body(nlp, text, person):
    held, _, _ = roles(nlp, text)
    assert not any(p == person for p, _, _ in held), held
