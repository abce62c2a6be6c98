"""Patterns of session 21, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, names, said_links

pytestmark = pytest.mark.model


# -- a name before a person's letters (MP, QC, OBE, ...) is a person's name (guideline 2) ----------------------------

@pytest.mark.parametrize("text, person", [
    ("The Prisons Minister, Helen Whately MP, said the new guidance would protect victims.", "Helen Whately"),
    ("The Attorney General, the Rt Hon Owen Tallis KC MP, said the referral scheme was working.", "Owen Tallis"),
    # names the model reads on its own (guards: the letters change nothing)
    ("Chief Constable Marian Oduya QPM welcomed the findings of the review.", "Marian Oduya"),
    ("Gwen Prys MS, Minister for Social Partnership, set out the plan to Senedd members.", "Gwen Prys"),
])
def test_a_name_before_a_persons_letters_is_a_person(nlp, text, person):
    assert person in names(nlp, text, "Person"), names(nlp, text, "Person")


def test_the_speaker_named_with_letters_gets_the_quote_and_the_post(nlp):
    text = "The Prisons Minister, Helen Whately MP, said the new guidance would protect victims."
    assert any(s == "Helen Whately" and q.startswith("the new guidance") for s, q, _, _ in said_links(nlp, text))
    _, titled, _ = held_roles(nlp, text)
    assert "Prisons Minister" in titled.get("Helen Whately", [])


@pytest.mark.parametrize("text, not_people", [
    # the honorifics before the name are no part of it
    ("The Attorney General, the Rt Hon Owen Tallis KC MP, said the referral scheme was working.",
     {"Hon Owen Tallis", "Rt Hon Owen Tallis", "Owen Tallis KC"}),
    # a constituency before "MP" and a name after it: the name is the person's
    ("The panel includes Barnsley and Penistone MP Gareth Lloyd, who chairs the group.",
     {"Barnsley", "Penistone", "Barnsley and Penistone"}),
    # a state after a city and a time of day are no letters after a name
    ("The training was held in Jackson, MS, for officers from three counties.", {"Jackson"}),
    ("Officers met at 9 AM, Chief Superintendent Ruth Dale said.", {"Officers"}),
])
def test_words_before_letters_that_are_no_name_stay_no_person(nlp, text, not_people):
    assert not (names(nlp, text, "Person") & not_people), names(nlp, text, "Person")


# -- a name the model took for a body, then a comma and a post ------------------------------------------------------

def test_a_name_read_as_a_body_before_a_post_is_a_person_and_both_speakers_speak(nlp):
    text = ("Custody provision in the two counties was good, said Hugh Lannery, Chief Inspector of Prisons, and "
            "Dru Sharpling, HM Inspector of Constabulary, publishing the joint report.")
    assert "Dru Sharpling" in names(nlp, text, "Person")
    assert "Dru Sharpling" not in names(nlp, text, "Organisation")
    speakers = {s for s, q, _, _ in said_links(nlp, text) if q.startswith("Custody provision")}
    assert {"Hugh Lannery", "Dru Sharpling"} <= speakers, speakers


def test_a_body_before_a_post_stays_a_body(nlp):
    text = "Kent Police, the county's force, said the Chief Constable would respond."
    assert "Kent Police" in names(nlp, text, "Organisation")
    assert "Kent Police" not in names(nlp, text, "Person")


# -- the author of a written statement, named alone on a line before it ---------------------------------------------

STATEMENT = """Road safety update

Information on the current state of the winter drink-drive campaign.

Peter Ashdown

I wanted to update the House on the launch of this winter's drink-drive campaign, which begins on Monday.
"""


def test_a_name_alone_on_its_line_before_a_first_person_paragraph_is_a_person(nlp):
    assert "Peter Ashdown" in names(nlp, STATEMENT, "Person")


def test_a_heading_line_before_narration_is_no_person(nlp):
    text = STATEMENT.replace("I wanted to update the House on", "The department wrote to forces about")
    assert "Peter Ashdown" not in names(nlp, text, "Person")
