"""Patterns of session 22, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, names, nodes, said_links

from kg.extract import extract_facts

pytestmark = pytest.mark.model


# -- a finding given as a noun object is what the finder said (guideline 8) -------------------------------------------

@pytest.mark.parametrize("text, speaker, quote", [
    ("HM Inspectorate of Prisons published its report on HMP Ashworth Vale. Inspectors found serious weaknesses in "
     "the way the prison handled complaints from prisoners.",
     "HM Inspectorate of Prisons", "serious weaknesses in the way"),
    ("The Northshire Audit Office found significant gaps in the records kept by the licensing team.",
     "Northshire Audit Office", "significant gaps in the records"),
    ("The Independent Office for Police Conduct published its annual report on Tuesday. The report shows clear "
     "improvements in the time taken to finish investigations.",
     "Independent Office for Police Conduct", "clear improvements in the time"),
])
def test_a_finding_named_by_a_noun_object_is_said(nlp, text, speaker, quote):
    links = said_links(nlp, text)
    assert any(s == speaker and q.startswith(quote) for s, q, _, _ in links), links


@pytest.mark.parametrize("text", [
    # a thing found is no finding; people who are no reviewers find things, they report nothing
    "Officers found a loaded handgun and 40 wraps of cocaine in the car.",
    "Detectives found evidence of a second break-in at the warehouse.",
    # figures and footage show things: nobody speaks
    "CCTV footage showed a lack of lighting in the car park behind the station.",
    # a grade is read by the oversight frames, not reported as speech
    "HMICFRS found the force to be good at preventing crime and tackling anti-social behaviour.",
])
def test_things_found_or_shown_are_not_said(nlp, text):
    assert said_links(nlp, text) == [], said_links(nlp, text)


# -- a minister's post named by its portfolio, in a devolved government's release (guideline 7) ----------------------

@pytest.mark.parametrize("text, person, title, body", [
    ("Scottish Government\n\nNew money for victims\n\nJustice Secretary Moira Keddie today confirmed £3 million "
     "for victim support services.", "Moira Keddie", "Justice Secretary", "Scottish Government"),
    ("Welsh Government\n\nSafer roads\n\nTransport Minister Aled Pryce today opened the new average speed cameras "
     "on the A470.", "Aled Pryce", "Transport Minister", "Welsh Government"),
])
def test_a_portfolio_post_in_a_devolved_governments_release_is_its_post(nlp, text, person, title, body):
    held, _, _ = held_roles(nlp, text)
    assert (person, title, body) in held, held


@pytest.mark.parametrize("text, person", [
    # an office only the UK Government has keeps no devolved body
    ("Scottish Government\n\nSecurity talks\n\nHome Secretary Amber Ridley met ministers in Edinburgh today.",
     "Amber Ridley"),
    # a secretary who is no minister
    ("Scottish Government\n\nUnions respond\n\nGeneral Secretary Tom Barrow of the union said the plan was "
     "welcome.", "Tom Barrow"),
])
def test_offices_a_devolved_government_lacks_keep_no_devolved_body(nlp, text, person):
    held, _, _ = held_roles(nlp, text)
    assert not any(p == person and b == "Scottish Government" for p, _, b in held), held


# -- "the Justice Secretary" is the holder of that post, not the last secretary named ------------------------------

def test_a_post_with_its_portfolio_resolves_to_its_holder(nlp):
    text = ("Justice Secretary Moira Keddie announced the review on Monday. Home Secretary Amber Ridley also "
            "attended the meeting in Edinburgh. \u201cThis review will put victims first,\u201d said the Justice Secretary.")
    speakers = {s for s, q, _, _ in said_links(nlp, text) if q.startswith("This review")}
    assert speakers == {"Moira Keddie"}, said_links(nlp, text)


def test_a_bare_post_still_resolves_to_the_last_holder_of_its_head(nlp):
    text = ("Home Secretary Amber Ridley visited the control room on Monday. \u201cThe officers here do remarkable "
            "work,\u201d said the Secretary.")
    speakers = {s for s, q, _, _ in said_links(nlp, text) if q.startswith("The officers")}
    assert speakers == {"Amber Ridley"}, said_links(nlp, text)


# -- the years a plan runs for are part of its name (guideline 4: the name as the text writes it) --------------------

@pytest.mark.parametrize("text, name", [
    ("The Board has published the Policing Plan 2025-2030 for consultation.", "Policing Plan 2025-2030"),
    ("The Minister launched the Substance Misuse Delivery Plan 2016-18 in Cardiff.", "Substance Misuse Delivery Plan 2016-18"),
    ("The Home Office launched the Serious Violence Strategy 2018 on Monday.", "Serious Violence Strategy 2018"),
])
def test_the_years_after_a_plans_name_are_part_of_it(nlp, text, name):
    forms = {f for n in nodes(nlp, text, "Policy") for f in (n.name, *n.aliases)}
    assert name in forms, forms


@pytest.mark.parametrize("text, not_name", [
    # years after "for" say what the plan is for, and a sum or count after the head is no year
    ("The Business Plan for 2012/13 was agreed by the Board.", "Business Plan for 2012/13 was"),
    ("The Safer Streets Fund 2,000 applications were received.", "Safer Streets Fund 2,000"),
])
def test_other_numbers_after_a_plan_stay_out_of_its_name(nlp, text, not_name):
    forms = {f for n in nodes(nlp, text, "Policy") for f in (n.name, *n.aliases)}
    assert not any(f.startswith(not_name) or f.endswith("2,000") for f in forms), forms


# -- a post that gives a fund or an award its name is part of the name (guideline 4) ---------------------------------

@pytest.mark.parametrize("text, name", [
    ("The PCC launched the Commissioner\u2019s Community Action Fund, which will award grants of up to \u00a35,000.",
     "Commissioner\u2019s Community Action Fund"),
    ("Two officers received the Director General's Commendation at a ceremony in Warrington.",
     "Director General's Commendation"),
])
def test_a_post_before_a_funds_name_is_part_of_it(nlp, text, name):
    assert name in names(nlp, text, "Policy"), names(nlp, text, "Policy")


@pytest.mark.parametrize("text, name", [
    # a body or a named person owns the scheme; its name is the scheme's own
    ("The Home Office\u2019s Safer Streets Fund will open for bids in June.", "Safer Streets Fund"),
    ("Mayor Ruth Calder\u2019s Community Safety Fund will open for bids in June.", "Community Safety Fund"),
    # a head of state's order is named without its signer
    ("The President\u2019s Executive Order on Safer Policing was signed on Tuesday.", "Executive Order on Safer Policing"),
])
def test_an_owner_that_is_no_post_stays_out_of_the_name(nlp, text, name):
    assert name in names(nlp, text, "Policy"), names(nlp, text, "Policy")


def test_the_last_year_of_a_range_is_no_figure(nlp):
    text = "The Board has published the Policing Plan 2025-2030 and the Strategic Plan 2019 - 2021."
    values = [n.props.get("value") for n in nodes(nlp, text, "Statistic")]
    assert 2021 not in values, values


# -- appointed to a body that is one post ("the next Police Investigations and Review Commissioner") ------------------

def test_an_appointment_to_a_body_that_is_one_post_is_a_role(nlp):
    text = "Moira Tait has been appointed as the next Police Investigations and Review Commissioner."
    held, _, _ = held_roles(nlp, text)
    assert any(p == "Moira Tait" and b == "Police Investigations and Review Commissioner" for p, _, b in held), held


def test_an_appointment_as_a_posts_deputy_is_no_role_in_it(nlp):
    held, titled, _ = held_roles(nlp, "Tom Bell was appointed as the Victims' Commissioner's deputy.")
    assert not any(p == "Tom Bell" and "Commissioner" in t for p, t, _ in held), held


# -- a quotation after a speech verb's participle is the words of who the participle describes (guideline 8) ---------

@pytest.mark.parametrize("text, speaker, quote", [
    ("Director Lena Marsh, pledging to \u201cbe a careful steward of every dollar this committee provides,\u201d "
     "testified today before the House Appropriations Committee.", "Lena Marsh", "be a careful steward"),
    ("Chief Constable Owen Pryce, warning \u201cthe summer will test every officer we have,\u201d told the Police and "
     "Crime Panel that leave would be cancelled.", "Owen Pryce", "the summer will test"),
])
def test_a_quotation_after_a_participle_is_its_subjects(nlp, text, speaker, quote):
    links = said_links(nlp, text)
    assert any(s == speaker and q.startswith(quote) for s, q, _, _ in links), links
    # who is told, or before whom one testifies, never speaks
    assert not any(s in ("House Appropriations Committee", "Police and Crime Panel") for s, _, _, _ in links), links


def test_a_post_opening_with_a_preposition_after_said_is_the_speaker(nlp):
    text = ("\u201cThese grants will repay the counties for clearing the roads,\u201d said Under Secretary Dana Whitlow "
            "of the Department of Homeland Security.")
    assert any(s == "Dana Whitlow" for s, _, _, _ in said_links(nlp, text)), said_links(nlp, text)


# -- a fire and rescue service's ranks (guideline 7) ------------------------------------------------------------------

def test_a_fire_rank_belongs_to_the_fire_service_it_is_written_beside(nlp):
    text = ("The Scottish Fire and Rescue Service attended 400 grass fires in May. Assistant Chief Officer Ross "
            "Dunlop warned that crews would work with Police Scotland to find those responsible. "
            "ACO Dunlop said: \u201cEvery deliberate fire puts lives and property at risk.\u201d")
    held, _, facts = held_roles(nlp, text)
    assert ("Ross Dunlop", "Assistant Chief Officer", "Scottish Fire and Rescue Service") in held, held
    assert not any(b == "Police Scotland" for p, _, b in held if p == "Ross Dunlop"), held
    # "ACO" is the rank's short form: one person, who speaks
    assert [n.name for n in facts.nodes if n.type == "Person"] == ["Ross Dunlop"], facts.nodes
    assert any(s == "Ross Dunlop" and q.startswith("Every deliberate fire") for s, q, _, _ in said_links(nlp, text))


def test_a_police_staff_rank_in_a_forces_story_stays_the_forces(nlp):
    held, _, _ = held_roles(nlp, "Kent Police said officers were called. Assistant Chief Officer Jane Roe said the "
                                 "force would review the case.")
    assert ("Jane Roe", "Assistant Chief Officer", "Kent Police") in held, held


# -- "the Council" keeps meaning the body the text has called that all along -------------------------------------------

def test_a_short_form_keeps_to_the_body_it_has_meant(nlp):
    text = ("The Parole Council published its annual report today. The Council heard 4,000 cases this year. "
            "It replaced an older body, the Parole Review Council, in 2012. During the year the Council also "
            "opened two regional offices.")
    facts = extract_facts(nlp(text), "t")
    forms = {n.name: set(n.aliases) for n in facts.nodes if n.type == "Organisation"}
    assert "Council" in forms.get("Parole Council", set()), forms
    assert "Council" not in forms.get("Parole Review Council", set()), forms


def test_a_short_form_right_after_the_only_body_of_its_kind_is_that_body(nlp):
    text = "Ministers met the Northshire Police Council on Monday. The Council said it would publish its plan."
    facts = extract_facts(nlp(text), "t")
    forms = {n.name: set(n.aliases) for n in facts.nodes if n.type == "Organisation"}
    assert "Council" in forms.get("Northshire Police Council", set()), forms


# -- figures: counts of sentences or fines, and sums glued to a word by a dash -----------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The Solicitor General's office received 512 sentences for review last year.", 512),
    ("Officers issued 73 fines to drivers during the week of action.", 73),
])
def test_a_count_of_sentences_or_fines_is_a_figure(nlp, text, value):
    values = [n.props.get("value") for n in nodes(nlp, text, "Statistic")]
    assert value in values, values


@pytest.mark.parametrize("text", [
    "He faces a maximum sentence of 20 years and a $250,000 fine.",
    "Each defendant faces a $500,000 fine.",
])
def test_a_penalty_faced_is_no_figure(nlp, text):
    assert nodes(nlp, text, "Statistic") == [], nodes(nlp, text, "Statistic")


def test_a_sum_glued_to_a_word_by_a_dash_is_read(nlp):
    text = ("The awards are:\n\n\u2022 Safer Schools grants to counties\u2014$12,406,118\n"
            "\u2022 Safer Schools grants to cities\u2014$3,125,990\n")
    values = {n.props.get("value") for n in nodes(nlp, text, "Statistic")}
    assert {12406118, 3125990} <= values, values


# -- "he" after an unnamed official is that official (guidelines 5 and 8) ---------------------------------------------

def test_a_pronoun_after_an_unnamed_official_is_that_official(nlp):
    text = ("The Prime Minister met the families of victims in Leeds today. He pledged that he will pull every lever "
            "needed to halve knife crime.")
    assert any(s == "Prime Minister" and q.startswith("he will pull every lever")
               for s, q, _, _ in said_links(nlp, text)), said_links(nlp, text)


def test_a_pronoun_after_a_named_holder_stays_the_named_person(nlp):
    text = "Home Secretary Amber Ridley met the families today. She said that she would act within weeks."
    assert {s for s, _, _, _ in said_links(nlp, text)} == {"Amber Ridley"}, said_links(nlp, text)


# -- a body's members listed are its members (guideline 7) ------------------------------------------------------------

@pytest.mark.parametrize("text, body, people", [
    ("The Knife Crime Taskforce met for the first time on Monday. The taskforce\u2019s members include Policing "
     "Minister Sara Holt; Chief Constable Dev Anand; and Councillor Ruth Ames.", "Knife Crime Taskforce",
     {"Sara Holt", "Dev Anand", "Ruth Ames"}),
    ("The Home Affairs Committee questioned the Minister on Tuesday. A number of Committee members spoke, "
     "including Tom Rowe, Jessica Palmer and Amir Shah.", "Home Affairs Committee", {"Tom Rowe", "Jessica Palmer", "Amir Shah"}),
])
def test_people_a_bodys_members_include_are_its_members(nlp, text, body, people):
    held, _, _ = held_roles(nlp, text)
    members = {p for p, t, b in held if t == "Member" and b == body}
    assert members == people, held


def test_people_counted_among_staff_are_no_members(nlp):
    held, _, _ = held_roles(nlp, "The force employs 3,000 officers including Jane Roe and Tom Bell.")
    assert not any(t == "Member" for _, t, _ in held), held


def test_a_people_named_after_a_place_the_text_does_not_name_is_no_place(nlp):
    assert "Londoners" not in names(nlp, "The Mayor oversees the Met Police on behalf of Londoners.", "Place")


def test_an_order_after_a_posts_possessive_stays_the_post_holders(nlp):
    text = "Forces must apply the Home Secretary\u2019s Directive on Knife Arches at every event."
    forms = {f for n in nodes(nlp, text, "Policy") for f in (n.name, *n.aliases)}
    assert not any(f.startswith("Home Secretary") for f in forms), forms
