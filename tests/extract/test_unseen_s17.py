"""Patterns of session 17, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import link_pairs, names, nodes

from kg.extract import extract_facts

pytestmark = pytest.mark.model


# -- oversight: a hearing notice's witness list (guideline 10) ------------------------------------------------------

def test_a_witness_list_gives_the_committee_oversight_of_each_witness_body(nlp):
    """A committee that hears witnesses hears evidence from the bodies they answer for (guideline 10)."""
    text = ("Justice Committee to question prison leaders\n\n"
            "The Justice Committee will hold a one-off session on staffing in the adult prison estate.\n\n"
            "Witnesses:\n\n"
            "- Amir Qureshi, Director General of Operations, HM Prison and Probation Service\n"
            "- Helen Forsyth, Chief Executive, Prison Reform Trust\n\n"
            "The session starts at 10am in the Wilson Room.")
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert {("Justice Committee", "HM Prison and Probation Service"), ("Justice Committee", "Prison Reform Trust")} \
        <= pairs, pairs


def test_a_joint_hearing_gives_both_subcommittees_oversight(nlp):
    text = ("WASHINGTON - The House Committee on Energy and Commerce has scheduled the following hearing.\n\n"
            "Subcommittee on Health and\n\nSubcommittee on Oversight and Investigations\n\n"
            "Fentanyl Analogues: Closing the Scheduling Gap\n\n"
            "Invited Witnesses Include:\n\n"
            "\u2022 Ms. Carla Benedetti, Deputy Administrator, Drug Enforcement Administration\n"
            "\u2022 Dr. Owen Marsh, Director, National Institute on Drug Abuse\n")
    pairs = link_pairs(nlp, text, "OVERSEES")
    for committee in ("Subcommittee on Health", "Subcommittee on Oversight and Investigations"):
        assert (committee, "Drug Enforcement Administration") in pairs, pairs
    assert not any(a == "House Committee on Energy and Commerce" for a, _ in pairs), pairs


def test_witnesses_on_the_heading_line_count_too(nlp):
    text = ("The Home Affairs Committee will take evidence on knife crime.\n\n"
            "Witnesses (tbc): representatives of the National Police Chiefs' Council and the Youth Justice Board; "
            "followed by the Minister for Policing, Home Office")
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert {("Home Affairs Committee", "National Police Chiefs' Council"), ("Home Affairs Committee", "Home Office")} \
        <= pairs, pairs


@pytest.mark.parametrize("text", [
    # eyewitnesses in a crime report are no witness list, even with a committee named before them
    "The Home Affairs Committee has called for tougher sentences. Witnesses told police: \"A man from Kent Police "
    "ran past.\"",
    # a witness list with no committee anywhere
    "Witnesses:\n\n- Jo Park, Chief Executive, Victim Support\n- Sam Cole, Chief Constable, Kent Police\n",
])
def test_no_witness_oversight_without_a_committee_or_a_list(nlp, text):
    assert not any(cue for cue in _cues(nlp, text)), _cues(nlp, text)


def _cues(nlp, text):
    return [l.props.get("cue") for l in extract_facts(nlp(text), "w").links
            if l.type == "OVERSEES" and l.props.get("cue") == "witness"]


# -- places: an area named by two places joined by "and" (guideline 3) ----------------------------------------------

@pytest.mark.parametrize("text, place, parts", [
    ("Burglary in Avon and Somerset fell by a tenth last year.", "Avon and Somerset", {"Avon", "Somerset"}),
    ("The grants go to youth clubs across Wiltshire and Swindon.", "Wiltshire and Swindon", {"Wiltshire", "Swindon"}),
    ("Officers in Dumfries and Galloway seized the drugs on Friday.", "Dumfries and Galloway", {"Dumfries", "Galloway"}),
])
def test_an_area_named_by_two_places_is_one_place(nlp, text, place, parts):
    """A police, council or country area whose name joins two places ("Avon and Somerset") is one Place, not two."""
    places = names(nlp, text, "Place")
    assert place in places and not parts & places, places


def test_a_body_named_for_such_an_area_keeps_the_whole_name(nlp):
    text = "The Community Foundation for Wiltshire and Swindon will hand out the money."
    assert "Community Foundation for Wiltshire and Swindon" in names(nlp, text, "Organisation")


def test_two_places_listed_together_stay_two(nlp):
    text = "Officers searched homes in Leeds and Bradford on Monday."
    places = names(nlp, text, "Place")
    assert {"Leeds", "Bradford"} <= places and "Leeds and Bradford" not in places, places


# -- statistics: every member of a fixed set is no reported figure (guideline 6) -----------------------------------

def stat_texts(nlp, text: str) -> set[str]:
    return {n.name for n in nodes(nlp, text, "Statistic")}


@pytest.mark.parametrize("text, number", [
    ("The new guidance will be sent to all 43 forces in England and Wales by June.", "43"),
    ("Officers from all 50 states attended the training in Denver.", "50"),
    ("The scheme now runs in all 32 councils across Scotland.", "32"),
])
def test_all_members_of_a_fixed_set_are_no_statistic(nlp, text, number):
    assert not any(number in s for s in stat_texts(nlp, text)), stat_texts(nlp, text)


@pytest.mark.parametrize("text, number", [
    ("Grants went to 38 states and two territories last year.", "38"),
    ("All seven defendants were jailed at Leeds Crown Court on Friday.", "seven"),
])
def test_a_count_of_some_members_or_of_people_stays(nlp, text, number):
    assert any(number in s for s in stat_texts(nlp, text)), stat_texts(nlp, text)


# -- speech: a name and a colon introduce the words (guideline 8) --------------------------------------------------

def speakers(nlp, text: str) -> set[str]:
    facts = extract_facts(nlp(text), "q")
    names_ = {n.id: n.name for n in facts.nodes}
    return {names_[l.source] for l in facts.links if l.type == "SAID"}


@pytest.mark.parametrize("text, speaker", [
    ("Ranking Member Luis Ortega, D-N.M., on the hearing: \u201cFamilies at the border deserve answers from this "
     "agency.\u201d", "Luis Ortega"),
    ("Chief Fire Officer Dawn Pryce on the new stations: \u201cThese crews will reach rural homes faster than ever.\u201d",
     "Dawn Pryce"),
    ("Sheriff Tomas Beltran: \u201cWe will keep knocking on doors until every warrant is served.\u201d", "Tomas Beltran"),
])
def test_a_name_before_a_colon_is_the_speaker(nlp, text, speaker):
    assert speaker in speakers(nlp, text), speakers(nlp, text)


@pytest.mark.parametrize("text", [
    "Knife crime on the rise: \u201cwe cannot arrest our way out of this\u201d, campaigners warn in a new report.",
    "Operation Safeguard on the M6: \u201cHigh-visibility patrols\u201d will run all weekend.",
])
def test_a_headline_before_a_colon_is_no_speaker(nlp, text):
    assert not (speakers(nlp, text) - {"campaigners"}), speakers(nlp, text)


@pytest.mark.parametrize("text, year", [
    ("The force's 2023 budget request asks the mayor for more detectives.", "2023"),
    ("The 2015 Spending Review protected police budgets in real terms.", "2015"),
    ("The 2017-19 figures were revised in March.", "2017"),
])
def test_a_year_naming_a_thing_is_no_statistic(nlp, text, year):
    """Guideline 6: years are not statistics, also when a year names a budget, review or set of figures."""
    assert not any(year in s for s in stat_texts(nlp, text)), stat_texts(nlp, text)


def test_a_count_written_with_a_comma_stays(nlp):
    assert any("1,950" in s for s in stat_texts(nlp, "Officers made 1,950 arrests during the operation."))


# -- announcements: signing a law makes it (guideline 9) ----------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Second Chance Act, signed into law by President Bush, pays for reentry programmes.",
     ("Bush", "Second Chance Act")),
    ("On Monday, Governor Hochul signed S. 4021, the Safer Subways Act, at Penn Station.",
     ("Hochul", "Safer Subways Act")),
])
def test_who_signs_a_law_announces_it(nlp, text, pair):
    pairs = link_pairs(nlp, text)
    assert any(a.endswith(pair[0]) and b == pair[1] for a, b in pairs), pairs


def test_signing_a_letter_announces_nothing(nlp):
    text = "The Chief Constable signed a letter to the Home Secretary about the Safer Streets Fund."
    assert not link_pairs(nlp, text), link_pairs(nlp, text)


# -- unnamed officials with a remit (guideline 5) -------------------------------------------------------------------

@pytest.mark.parametrize("text, official", [
    ("The Minister of State for Prisons said the new wing would open in the spring.", "Minister of State for Prisons"),
    ("The Commissioner for Fair Access said the scheme had widened entry.", "Commissioner for Fair Access"),
])
def test_an_unnamed_official_with_a_remit_speaks_under_the_whole_post(nlp, text, official):
    assert official in speakers(nlp, text), speakers(nlp, text)


def test_a_named_holder_of_the_post_speaks_instead(nlp):
    text = ("Lucy Grant, Minister of State for Prisons, visited HMP Ashfield on Monday. Later the Minister of State for "
            "Prisons said the new wing would open in the spring.")
    assert "Lucy Grant" in speakers(nlp, text), speakers(nlp, text)


# -- committees named by their remit (guideline 2) ------------------------------------------------------------------

@pytest.mark.parametrize("text, committee", [
    ("Chairman Ruth Baxter of the House Committee on Energy and the Environment wrote to the agency.",
     "House Committee on Energy and the Environment"),
    ("Dana Oyelaran chairs the Subcommittee on Rural Development and Farm Credit Policy.",
     "Subcommittee on Rural Development and Farm Credit Policy"),
    ("Marco Silva chairs the Subcommittee on Early Learning, Elementary, and Secondary Schools.",
     "Subcommittee on Early Learning, Elementary, and Secondary Schools"),
])
def test_a_committee_named_by_a_long_remit_is_one_body(nlp, text, committee):
    assert committee in names(nlp, text, "Organisation"), names(nlp, text, "Organisation")


@pytest.mark.parametrize("text, person", [
    ("Helen Marsh CB KC, Director of the Serious Fraud Office, opened the conference.", "Helen Marsh"),
    ("Sir Anthony Reade KCB said the inspection had found serious failings.", "Anthony Reade"),
    ("Chief Fire Officer Dan Lowe QFSM said crews had attended 40 fires.", "Dan Lowe"),
])
def test_letters_of_an_honour_after_a_name_are_not_part_of_it(nlp, text, person):
    """Guideline 2: a person's name without the letters of honours and offices after it (CB, KCB, QFSM ...)."""
    assert person in names(nlp, text, "Person"), names(nlp, text, "Person")


@pytest.mark.parametrize("text, person", [
    ("An update against Dame Shona Kerrigan\u2019s recommendations was sent to the board.", "Shona Kerrigan"),
    ("The reforms follow Lady Maeve Tannahill\u2019s review of complaints handling.", "Maeve Tannahill"),
])
def test_a_name_opened_by_an_honorific_is_a_person_not_a_body(nlp, text, person):
    people, orgs = names(nlp, text, "Person"), names(nlp, text, "Organisation")
    assert person in people and not any(person in o for o in orgs), (people, orgs)


@pytest.mark.parametrize("text, number", [
    ("The minister said the 12 Towns Project had cut burglary in every town.", "12"),
    ("Officers praised the force's 50 Streets Campaign at the awards.", "50"),
])
def test_a_number_opening_a_programmes_name_is_no_statistic(nlp, text, number):
    assert not any(s.startswith(number) for s in stat_texts(nlp, text)), stat_texts(nlp, text)


def test_a_number_counting_a_plural_before_a_lower_case_noun_stays(nlp):
    assert any("12" in s for s in stat_texts(nlp, "The force opened 12 new projects in rural towns last year."))


def test_a_ranking_member_sits_on_the_committee_the_story_names(nlp):
    """Guideline 7: a committee post written without its committee takes the committee the story is about."""
    from linkpairs import held_roles
    text = ("The Senate Committee on Commerce, Science, and Transportation held a hearing on rail safety on Tuesday. "
            "Ranking Member Alma Reyes questioned the witnesses about inspections.")
    held, _, _ = held_roles(nlp, text)
    assert ("Alma Reyes", "Ranking Member", "Senate Committee on Commerce, Science, and Transportation") in held, held


def test_a_body_named_for_a_list_of_groups_keeps_the_list(nlp):
    text = "Funding was announced by the Office for Victims, Witnesses and Survivors on Monday."
    assert "Office for Victims, Witnesses and Survivors" in names(nlp, text, "Organisation")


# -- announcements: money given to keep a named programme going funds it (guideline 9) ----------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Department of Justice awarded $12 million to support the Rural Violent Crime Reduction Program.",
     ("Department of Justice", "Rural Violent Crime Reduction Program")),
    ("The Department of Education awarded $4 million to support the School Climate Transformation Program grantees.",
     ("Department of Education", "School Climate Transformation Program")),
])
def test_money_awarded_to_support_a_named_programme_funds_it(nlp, text, pair):
    pairs = link_pairs(nlp, text)
    assert any(a.endswith(pair[0]) and b == pair[1] for a, b in pairs), pairs


def test_money_awarded_to_support_people_announces_no_programme(nlp):
    text = "The Department of Justice awarded $12 million to support Victims of Trafficking."
    assert not link_pairs(nlp, text), link_pairs(nlp, text)


def test_the_launch_of_a_scheme_by_a_body_announces_it(nlp):
    """Guideline 9, a nominalisation: "the launch of Y by X" (the parser may hang "by X" on the scheme)."""
    text = "The launch of the Safer Parks Scheme by Kent County Council was welcomed by residents."
    assert ("Kent County Council", "Safer Parks Scheme") in link_pairs(nlp, text), link_pairs(nlp, text)


def test_pledging_a_new_body_announces_it(nlp):
    """Guideline 9: committing to set up a taskforce counts; pledging support to one does not."""
    text = "Greater Manchester Police pledged a new Rural Crime Taskforce at its annual meeting."
    assert ("Greater Manchester Police", "Rural Crime Taskforce") in link_pairs(nlp, text)
    assert not link_pairs(nlp, "The Mayor pledged support to the Violence Reduction Unit.")


def test_a_headline_operation_ends_at_its_purpose(nlp):
    """Guideline 4: the named operation is "Operation Lantern", not the headline's purpose words after it."""
    text = "Northshire Police Launches Operation Lantern To Tackle Shoplifting\n\nNorthshire Police has launched a new operation."
    assert "Operation Lantern" in names(nlp, text, "Policy"), names(nlp, text, "Policy")


def test_an_inverted_attributions_verb_is_no_part_of_the_title(nlp):
    text = "Said Secretary of Education Margaret T. Holloway: \u201cWe owe every student a safe school.\u201d"
    titles = {t for p in nodes(nlp, text, "Person") for t in p.titles}
    assert titles and not any(t.startswith("Said") for t in titles), titles


def test_a_committees_remit_ends_before_the_post_of_its_member(nlp):
    text = ("House Committee on Science and the Environment Chairman Paul Ostrow (R-OH) and Subcommittee on Water and "
            "Coastal Resilience Chairwoman Dana Wells (D-FL) today wrote to the agency.")
    orgs = names(nlp, text, "Organisation")
    assert {"House Committee on Science and the Environment", "Subcommittee on Water and Coastal Resilience"} <= orgs, orgs


def test_a_post_with_a_remit_is_no_policy(nlp):
    text = ("Lena Moss, Deputy Director for Operations at the National Park Service, said the parks were safer. Omar "
            "Reid, Head of International Programmes at the National Crime Agency, agreed.")
    assert not any(p.startswith(("Deputy Director", "Head of")) for p in names(nlp, text, "Policy")), \
        names(nlp, text, "Policy")


def test_a_post_over_a_unit_at_a_body_is_held_in_the_body(nlp):
    """Guideline 7: in "X, Head of the Y Unit at Z" the unit is the post's remit and Z the body the post is in."""
    from linkpairs import held_roles
    text = "Sarah Mitchell, Head of the Economic Crime Centre at Kent Police, said fraud reports had doubled."
    held, _, _ = held_roles(nlp, text)
    assert any(p == "Sarah Mitchell" and b == "Kent Police" for p, _, b in held), held


@pytest.mark.parametrize("text, person", [
    ("Subcommittee on Rural Health Chairwoman Georgia Lyle (R-TN) wrote to the Secretary on Monday.", "Georgia Lyle"),
    ("County Sheriff Dallas Hendry said deputies found the stolen car.", "Dallas Hendry"),
])
def test_a_first_name_that_is_a_place_after_a_post_is_a_person(nlp, text, person):
    people, places = names(nlp, text, "Person"), names(nlp, text, "Place")
    assert person in people and person.split()[0] not in places, (people, places)
