"""Patterns of session 21, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs, names, said_links

from kg.extract import extract_facts

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


# -- a body asked or commissioned to inspect does the inspecting (guideline 10) ---------------------------------------

@pytest.mark.parametrize("text", [
    "HMICFRS has been asked to inspect Kent Police.",
    "HMICFRS was commissioned by the Home Secretary to inspect Kent Police.",
    "HMICFRS has been commissioned by the Department of Justice to carry out an inspection of the policies and "
    "procedures of Kent Police.",
])
def test_a_body_asked_to_inspect_oversees_what_it_inspects(nlp, text):
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert any(b == "Kent Police" and "Inspectorate" in a for a, b in pairs), pairs


def test_the_body_inspected_in_a_passive_is_no_overseer(nlp):
    pairs = link_pairs(nlp, "Kent Police was asked to improve after it was inspected last year.", "OVERSEES")
    assert not any(a == "Kent Police" for a, _ in pairs), pairs


# -- a number that opens a programme's name (guideline 4; guideline 6: no statistic) ---------------------------------

@pytest.mark.parametrize("text, name", [
    ("The service established the 12 Most Dangerous Offenders Program in 1990.", "12 Most Dangerous Offenders Program"),
    ("The Justice Secretary launched the 10 Prisons Project to cut drug use in the worst jails.", "10 Prisons Project"),
])
def test_a_number_opening_a_programme_name_is_part_of_it_and_no_figure(nlp, text, name):
    facts = extract_facts(nlp(text), "n")
    forms = {f for n in facts.nodes if n.type == "Policy" for f in (n.name, *n.aliases)}
    assert name in forms, forms
    values = {n.props.get("value") for n in facts.nodes if n.type == "Statistic"}
    assert int(name.split()[0]) not in values, values


def test_numbers_counting_named_things_stay_figures(nlp):
    text = "The Home Office funded 18 Violence Reduction Units last year."
    assert 18 in {n.props.get("value") for n in extract_facts(nlp(text), "n").nodes if n.type == "Statistic"}


def test_two_numbers_written_side_by_side_are_not_added_up(nlp):
    text = "Since the list began, 251 12 Most Dangerous fugitives have been arrested."
    values = {n.props.get("value") for n in extract_facts(nlp(text), "n").nodes if n.type == "Statistic"}
    assert 251 in values and 263 not in values, values


# -- "Bill" after a post is a first name, not a law (guideline 2) ---------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Chief Constable Bill Early said crime was falling across the county.", "Bill Early"),
    ("CC Bill Early: despite a rise in crime, forces are committed to keeping people safe", "Bill Early"),
])
def test_bill_after_a_post_opens_a_persons_name(nlp, text, person):
    assert person in names(nlp, text, "Person"), names(nlp, text, "Person")
    assert not any(n.endswith("Bill") for n in names(nlp, text, "Policy")), names(nlp, text, "Policy")


def test_a_bill_after_a_post_holder_is_still_a_law(nlp):
    text = "The Home Secretary said the Crime and Policing Bill would give officers new powers."
    assert "Crime and Policing Bill" in names(nlp, text, "Policy")


# -- a named body written before the post a copula gives (guideline 7) ----------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("Chief Constable Ann Ferris is National Police Chiefs' Council lead for roads policing.", "Ann Ferris",
     "National Police Chiefs' Council"),
    ("Tom Adeyemi has been the Home Office's director of crime policy since 2019.", "Tom Adeyemi", "Home Office"),
])
def test_a_body_named_before_the_post_after_a_copula_holds_it(nlp, text, person, body):
    held, _, _ = held_roles(nlp, text)
    assert any(p == person and b == body for p, _, b in held), held


# -- scrutinising how a body acts is oversight of that body (guideline 10) ------------------------------------------

@pytest.mark.parametrize("text, overseer, overseen", [
    ("The Public Accounts Committee will scrutinise how the Home Office supports police forces.",
     "Public Accounts Committee", "Home Office"),
    ("The Justice Committee will scrutinize whether the Ministry of Justice has met its targets on prison places.",
     "Justice Committee", "Ministry of Justice"),
])
def test_scrutinising_how_or_whether_a_body_acts_oversees_it(nlp, text, overseer, overseen):
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert any(overseer in a and b == overseen for a, b in pairs), pairs


# -- a country and the first word of a known body's name are no government of their own (guideline 3) -----------------

def test_the_first_words_of_a_known_bodys_name_are_no_body_of_their_own(nlp):
    text = "The U.S. Government Accountability Office found that the agency had not met its hiring goals."
    orgs = names(nlp, text, "Organisation")
    assert "Government Accountability Office" in orgs and "United States Government" not in orgs, orgs


def test_a_department_opening_its_units_name_stays_a_body(nlp):
    text = "The U.S. Department of Justice Office of Justice Programs announced the grants on Tuesday."
    assert "United States Department of Justice" in names(nlp, text, "Organisation")


# -- devoting or dedicating a sum to a scheme funds it (guideline 9) -------------------------------------------------

@pytest.mark.parametrize("text, agent, policy", [
    ("The Home Office dedicated £5 million to the Youth Mentoring Initiative.", "Home Office",
     "Youth Mentoring Initiative"),
    ("The Scottish Government has devoted £2 million to the Safer Communities Fund this year.",
     "Scottish Government", "Safer Communities Fund"),
])
def test_a_sum_devoted_to_a_scheme_announces_it(nlp, text, agent, policy):
    pairs = link_pairs(nlp, text, aliases=True)
    assert any(a == agent and policy in b for a, b in pairs), pairs


def test_devoting_time_or_a_career_announces_nothing(nlp):
    assert not link_pairs(nlp, "The Chief Constable devoted her career to the Kent Police Cadets programme.")


# -- a post in apposition before a name, past "Rt Hon." and past the post's short form (guideline 7) ------------------

@pytest.mark.parametrize("text, person, title", [
    ("The Lord Chancellor, Rt Hon. Mary Okonjo KC MP, has announced the reappointment of the Chief Inspector.",
     "Mary Okonjo", "Lord Chancellor"),
    ("The service is led by the Director of Public Prosecutions (DPP), Ian Fairlie KC.", "Ian Fairlie",
     "Director of Public Prosecutions"),
])
def test_a_post_set_before_the_name_is_held(nlp, text, person, title):
    held, titled, _ = held_roles(nlp, text)
    assert title in titled.get(person, []) or any(p == person and t == title for p, t, _ in held), (held, titled)


# -- a country's short form as an adjective, and a place's people, are no places (guideline 2) ----------------------

@pytest.mark.parametrize("text, not_place", [
    ("During the raids investigators seized more than $40,000 in U.S. currency and 12 firearms.", "United States"),
    ("The Scottish Government cannot set a multi-year budget without knowing the UK budget position.",
     "United Kingdom"),
])
def test_a_countrys_short_form_as_an_adjective_is_no_place(nlp, text, not_place):
    assert not_place not in names(nlp, text, "Place"), names(nlp, text, "Place")


def test_the_country_itself_stays_a_place(nlp):
    text = "Fentanyl seizures across the U.S. rose last year, the agency said."
    assert "United States" in names(nlp, text, "Place")


def test_a_places_people_are_no_place(nlp):
    text = "The Mayor of London wants the police to target the crimes that concern Londoners, including burglary."
    assert "Londoners" not in names(nlp, text, "Place"), names(nlp, text, "Place")


# -- a dateline on a line of its own names a place -------------------------------------------------------------------

def test_a_dateline_on_a_line_of_its_own_is_a_place(nlp):
    text = ("Agency Launches Winter Impaired-Driving Campaign\n\nRaleigh, NC\n\n"
            "The agency today launched its winter campaign against impaired driving.")
    assert "Raleigh, North Carolina" in names(nlp, text, "Place"), names(nlp, text, "Place")
