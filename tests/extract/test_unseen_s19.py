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


# -- lists of places (guideline 2: each place is an entity of its own) ---------------------------------------------

@pytest.mark.parametrize("text, towns", [
    ("The new neighbourhood teams will be based in Witham, Maldon, Saffron Walden, Halstead and Harwich from June.",
     {"Witham", "Maldon", "Saffron Walden", "Halstead", "Harwich"}),
    ("Patrols will cover Basildon, Billericay, Canvey, Rayleigh, Colchester, Harwich and Wickford this summer.",
     {"Basildon", "Billericay", "Canvey", "Rayleigh", "Colchester", "Harwich", "Wickford"}),
])
def test_every_item_of_a_list_of_places_is_a_place(nlp, text, towns):
    places = names(nlp, text, "Place")
    assert towns <= places, places
    assert not any("," in p for p in places), places  # no two towns run into one name
    assert not names(nlp, text, "Person") & towns


@pytest.mark.parametrize("text, kept", [
    ("Awards went to Jane Roe, Tom Reyes and Ann Lee.", {"Jane Roe", "Tom Reyes", "Ann Lee"}),
])
def test_a_list_of_people_stays_people(nlp, text, kept):
    assert kept <= names(nlp, text, "Person")


def test_a_registry_name_with_commas_is_not_split(nlp):
    text = "Officers in Leicester, Leicestershire and Rutland will wear cameras."
    assert "Leicester, Leicestershire and Rutland" in names(nlp, text, "Place")


def test_an_acronym_after_the_last_place_is_not_part_of_it(nlp):
    text = "The money supports gun crime units in Appalachia, Arizona, Houston, and New Mexico HIDTAs."
    places = names(nlp, text, "Place")
    assert "New Mexico HIDTAs" not in places


# -- legislators: party leaders' posts and the party and state after a name (guideline 7) ---------------------------

@pytest.mark.parametrize("text, person, title", [
    ("U.S. Senate Majority Whip Jane Roe said the bill would pass.", "Jane Roe", "Majority Whip"),
    ("Senate Minority Leader Tom Reyes said the bill was weak.", "Tom Reyes", "Minority Leader"),
])
def test_party_leaders_posts_are_titles_not_names(nlp, text, person, title):
    held, titled, _ = held_roles(nlp, text)
    assert (person, title, "United States Senate") in held, held
    assert person in titled  # the post is not read into the name


@pytest.mark.parametrize("text, person, title, body", [
    ("Sen. Jane Roe (D-Ill.), Chair of the Senate Judiciary Committee, said the bill would pass.",
     "Jane Roe", "Chair", "United States Senate Committee on the Judiciary"),
    ("Rep. Tom Reyes (R-Texas), Ranking Member of the House Homeland Security Committee, said the bill was weak.",
     "Tom Reyes", "Ranking Member", "United States House Committee on Homeland Security"),
    ("Chairwoman Ann Lee (D-MS), Chair of the House Committee on Homeland Security, opened the hearing.",
     "Ann Lee", "Chair", "United States House Committee on Homeland Security"),
])
def test_a_post_after_the_party_and_state_in_brackets_is_the_legislators(nlp, text, person, title, body):
    held, _, _ = held_roles(nlp, text)
    assert (person, title, body) in held, held


# -- an amending law's name (guideline 4) --------------------------------------------------------------------------

@pytest.mark.parametrize("text, law", [
    ("Agents used authorities under the Foreign Intelligence Surveillance Act Amendments of 2008.",
     "Foreign Intelligence Surveillance Act Amendments of 2008"),
    ("The Victims of Crime Act Amendments of 1988 changed how the fund is spent.",
     "Victims of Crime Act Amendments of 1988"),
])
def test_act_amendments_of_a_year_is_one_law(nlp, text, law):
    assert law in names(nlp, text, "Policy")


# -- a committee's hearing titled as oversight of a body (guideline 10) --------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Jane Roe, Chair of the Senate Judiciary Committee, spoke at the Senate Judiciary Committee hearing entitled, "
     "“Oversight of the Department of Justice.”",
     ("United States Senate Committee on the Judiciary", "United States Department of Justice")),
])
def test_a_committee_hearing_entitled_oversight_of_a_body_oversees_it(nlp, text, pair):
    assert pair in link_pairs(nlp, text, "OVERSEES")


def test_a_force_hearing_is_no_oversight(nlp):
    assert not link_pairs(nlp, "Kent Police's hearing on the oversight of the Kent Police Federation was private.",
                          "OVERSEES")


# -- the named members of a new set (guideline 9) ------------------------------------------------------------------

@pytest.mark.parametrize("text, agent, named", [
    ("Kent Police launched new units, including the Rural Crime Team and the Cyber Crime Unit.",
     "Kent Police", {"Rural Crime Team", "Cyber Crime Unit"}),
    ("The Home Office launched three new schemes, including the Safer Streets Fund and the Youth Endowment Fund.",
     "Home Office", {"Safer Streets Fund", "Youth Endowment Fund"}),
    ("Essex Police set up two units: the Rural Crime Team and the Cyber Crime Unit.",
     "Essex Police", {"Rural Crime Team", "Cyber Crime Unit"}),
])
def test_a_set_launched_with_its_members_named_announces_the_members(nlp, text, agent, named):
    pairs = link_pairs(nlp, text)
    assert {(agent, n) for n in named} <= pairs, pairs
    assert not any(b.startswith("new ") for _, b in pairs), pairs  # not the generic set itself


def test_a_named_plan_before_the_list_does_not_make_it_planned(nlp):
    from kg.extract import extract_facts

    text = ("Kent Police has introduced new teams to tackle the priorities within the Police and Crime Plan, "
            "including the Business Crime Team.")
    facts = extract_facts(nlp(text), "t")
    names_ = {n.id: n.name for n in facts.nodes}
    status = {names_[l.target]: l.props.get("status") for l in facts.links if l.type == "ANNOUNCED"}
    assert status.get("Business Crime Team") == "announced", status


# -- a verb's particle before a figure is no change (guideline 6: the span is the figure's) -------------------------

@pytest.mark.parametrize("text, span", [
    ("Kent Police set up two units last year.", "two units"),
    ("Officers rounded up 40 suspects in May.", "40 suspects"),
])
def test_a_phrasal_verbs_particle_is_not_read_into_the_figure(nlp, text, span):
    assert span in names(nlp, text, "Statistic")


def test_up_before_a_percentage_is_still_a_rise(nlp):
    assert "up 12%" in names(nlp, "Knife crime was up 12% on last year.", "Statistic")


# -- a rank "of" a county is the county's force (guideline 7: "Kent's chief constable" -> Kent Police) ---------------

@pytest.mark.parametrize("text, person, body", [
    ("The Commissioner has reappointed Ann Lee as the Chief Constable of Essex for a further three years.",
     "Ann Lee", "Essex Police"),
    ("Jane Roe, Chief Constable of Kent, said the figures were welcome.", "Jane Roe", "Kent Police"),
    ("The panel confirmed Tom Reyes as Chief Constable of Devon and Cornwall.", "Tom Reyes",
     "Devon and Cornwall Police"),
])
def test_a_police_rank_of_a_county_is_held_in_the_countys_force(nlp, text, person, body):
    held, _, _ = held_roles(nlp, text)
    assert (person, "Chief Constable", body) in held, held


# -- a nickname inside a name (guideline 2: a canonical full name) ------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Police Commissioner William “Bill” Okafor said crime had fallen.", "William Okafor"),
    ("The Commissioner has reappointed Ben-Julian (“BJ”) Hartley as the Chief Constable of Essex.",
     "Ben-Julian Hartley"),
    ('Sheriff Robert "Bobby" Jones said the jail was full. Jones added that staff were tired.', "Robert Jones"),
])
def test_a_name_with_a_nickname_is_one_person_named_without_it(nlp, text, person):
    people = names(nlp, text, "Person")
    assert people == {person}, people


def test_a_quoted_word_inside_a_policy_name_is_no_nickname(nlp):
    assert not names(nlp, "The “Safer Streets” Fund opened in Leeds.", "Person")


# -- a dateline the parser takes for a second subject (guideline 8) ------------------------------------------------

def test_the_body_after_a_dateline_reports_not_the_dateline(nlp):
    text = ("LOS ANGELES – The United States Attorney’s Office for the Central District of California announced today "
            "that it is welcoming 14 additional offices as they join the Strike Force.")
    speakers = {s for s, _, _, _ in said_links(nlp, text)}
    assert any("Central District of California" in s for s in speakers), speakers


# -- the national government named by its level (guideline 3: "UK Government" for "the government") ---------------

@pytest.mark.parametrize("text, body", [
    ("WASHINGTON – The FBI said the federal government will fund the program. The Department of Justice announced "
     "$5 million.", "United States Government"),
    ("The Home Office said central government has failed to fund Kent Police. The £5 million will help.",
     "UK Government"),
])
def test_the_federal_or_central_government_is_the_countrys(nlp, text, body):
    assert body in names(nlp, text, "Organisation")


@pytest.mark.parametrize("text", [
    "The Home Office said local and central government must work together. The £5 million will help.",
    "WASHINGTON – The FBI said state and federal government agencies will share $5 million.",
])
def test_government_of_several_levels_or_as_a_modifier_is_no_body(nlp, text):
    assert not names(nlp, text, "Organisation") & {"UK Government", "United States Government"}


# -- police and crime commissioners as a body (guideline 3) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police and Crime Commissioners will receive the money in April, the Home Office said.",
    "The Home Office will give £5 million to Police and Crime Commissioners to fund hotspot patrols.",
])
def test_police_and_crime_commissioners_are_one_body(nlp, text):
    assert "Police and Crime Commissioners" in names(nlp, text, "Organisation")


def test_the_commissioners_association_stays_whole(nlp):
    orgs = names(nlp, "The Association of Police and Crime Commissioners welcomed the plan.", "Organisation")
    assert orgs == {"Association of Police and Crime Commissioners"}, orgs
