"""Announcing forms of guideline 9 on sentences written for these tests (UK and US), session 10: each test is one
linguistic pattern of who announces, funds, commits to or sets up a measure, with sentences where it must not fire.
"""
from __future__ import annotations

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


# -- a frame whose object is a name before a lower-case policy noun, kept by the learned scorer --------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Scottish Government is providing £4 million for the Cashback for Communities programme.",
     ("Scottish Government", "Cashback for Communities")),
    ("The Mayor's Office for Policing and Crime is funding the Rescue and Response project.",
     ("Mayor's Office for Policing and Crime", "Rescue and Response")),
    ("Kent County Council committed to the Vision Zero programme in 2021.",
     ("Kent County Council", "Vision Zero programme")),
    ("Greater Manchester Police is providing £2 million for the Safer Nights Out programme.",
     ("Greater Manchester Police", "Safer Nights Out programme")),
])
def test_a_frame_reaches_the_policy_the_scorer_kept_over_a_named_policy_noun(nlp, text, wanted):
    found = link_pairs(nlp, text, aliases=True)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "The council criticised the Vision Zero programme in 2021.",  # no announcing verb
    "Kent Police said the Fresh Start Families project had helped 40 families.",  # a body quoted near the policy
    "The Home Office is funding the Liverpool project.",  # a place before the noun names no policy
])
def test_no_frame_without_an_announcing_verb_or_a_name(nlp, text):
    assert not link_pairs(nlp, text)


# -- a body's own named programme: "the FBI's Safe Streets Violent Crime Initiative" ---------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The FBI's Safe Streets Violent Crime Initiative brings agents and local officers together.",
     ("Federal Bureau of Investigation", "Safe Streets Violent Crime Initiative")),
    ("Through the Home Office's Safer Streets Fund, councils have installed new lighting.",
     ("Home Office", "Safer Streets Fund")),
    ("Kent Police said the Home Office's Safer Streets Fund had paid for new cameras.",
     ("Home Office", "Safer Streets Fund")),
])
def test_an_organisation_that_owns_a_named_programme_runs_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


def test_the_owner_gives_way_to_the_one_the_text_says_announced_it(nlp):
    found = link_pairs(nlp, "Today the Attorney General announced the Justice Department's Violent Crime Reduction "
                            "Strategy.")
    assert ("Attorney General", "Violent Crime Reduction Strategy") in found, found
    assert not any(a == "United States Department of Justice" for a, _ in found), found


@pytest.mark.parametrize("text", [
    "The Mayor of London's Knife Crime Strategy was published in June.",  # a person's title, not a body
    "Kent Police said the Safer Streets Fund had paid for new cameras.",  # quoted near the policy, owns nothing
])
def test_no_owner_without_an_organisation_possessor(nlp, text):
    assert not link_pairs(nlp, text)


# -- the parts of an announced sum, written without a verb -----------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Home Secretary today announced £30 million to tackle serious violence. The money includes:\n"
     "• £10 million for the Youth Diversion Fund\n• £2 million for a knife crime awareness campaign\n",
     ("Home Secretary", "Youth Diversion Fund")),
    ("The Department of Justice announced $50 million in grants on Monday. The awards include:\n"
     "- $20 million for the Community Violence Intervention Program\n- $5 million for school-based mentoring projects\n",
     ("United States Department of Justice", "Community Violence Intervention Program")),
    ("The Department of Justice announced $50 million in grants on Monday. The awards include:\n"
     "- $20 million for the Community Violence Intervention Program\n- $5 million for school-based mentoring projects\n",
     ("United States Department of Justice", "school-based mentoring projects")),
    ("The Welsh Government has announced £4 million for youth services. Of this, £1 million is for the Street "
     "Outreach Project.", ("Welsh Government", "Street Outreach Project")),
])
def test_each_part_of_an_announced_sum_is_funded_by_its_announcer(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    # nobody announced the sum: a list of last year's spending
    "Figures published on Monday show last year's spending:\n• £10 million for the Youth Diversion Fund\n"
    "• £2 million for the Safer Summer Fund\n",
    # the sum has a verb of its own, and its subject is no funder
    "The Home Office announced £30 million on Monday. Critics said £10 million for the Youth Diversion Fund would "
    "not be enough.",
])
def test_no_part_of_a_sum_without_an_announcer_before_it(nlp, text):
    assert not any(t in ("Youth Diversion Fund", "Safer Summer Fund") for _, t in link_pairs(nlp, text))


# -- a headline "X Announces Y" where the recogniser ran one entity over the verb ------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Attorney General Garland Announces Violent Crime Reduction Strategy\n"
     "Attorney General Merrick B. Garland today set out the plan in Chicago.",
     ("Merrick B. Garland", "Violent Crime Reduction Strategy")),
    ("Chief Constable Harper Announces Rural Crime Prevention Strategy\n"
     "Chief Constable Tom Harper said the plan would run for three years.",
     ("Tom Harper", "Rural Crime Prevention Strategy")),
    ("Home Office Unveils Serious Violence Prevention Plan\nThe plan was published on Monday.",
     ("Home Office", "Serious Violence Prevention Plan")),
])
def test_a_headline_names_what_its_subject_announced(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


def test_a_headline_policy_never_holds_the_headline_verb(nlp):
    from kg.extract import extract_facts

    facts = extract_facts(nlp("Attorney General Garland Announces Violent Crime Reduction Strategy\n"
                              "Attorney General Merrick B. Garland today set out the plan in Chicago."), "t")
    policies = [n.name for n in facts.nodes if n.type == "Policy"]
    assert policies == ["Violent Crime Reduction Strategy"], policies


# -- carrying a measure out is not announcing it ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thames Valley Police is implementing the new domestic abuse protocol across the county.",
    "Local councils will deliver the youth outreach programme from April.",
    "The Cook County Sheriff's Office is leading a regional pilot of body-worn cameras.",
    "Contractors will build the new border barriers along the river.",
])
def test_implementing_delivering_leading_or_building_a_measure_is_not_announcing_it(nlp, text):
    assert not link_pairs(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    ("The Home Office announced the Safer Streets Fund, which councils will deliver.",
     ("Home Office", "Safer Streets Fund")),
    ("The Justice Department launched Project Safe Neighborhoods, and U.S. Attorneys will implement it.",
     ("United States Department of Justice", "Project Safe Neighborhoods")),
])
def test_the_announcer_of_a_measure_others_carry_out_keeps_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found
    assert len({a for a, _ in found}) == 1, found


# -- providing money for something the text does not name is no funded programme (investing a sum in a service is:
#    tests/extract/test_policies.py) --------------------------------------------

@pytest.mark.parametrize("text", [
    "The US Department of Health and Human Services is providing new funding for substance misuse services.",
    "The Department of Justice is providing new funding to expand victim services.",
])
def test_money_put_into_an_unnamed_thing_is_no_announcement(nlp, text):
    assert not link_pairs(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    ("The Scottish Government is providing £4 million for the Cashback for Communities programme.",
     ("Scottish Government", "Cashback for Communities")),
    ("The Department of Justice will invest $10 million in the Project Safe Neighborhoods program.",
     ("United States Department of Justice", "Project Safe Neighborhoods")),
])
def test_money_put_into_a_named_programme_funds_it(nlp, text, wanted):
    found = link_pairs(nlp, text, aliases=True)
    assert wanted in found, found


# -- "I am pleased to announce ...": the speaker of the quotation announces --------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ('Chief Constable Sarah Crew said: "I am delighted to announce the launch of the Safer Lanes Scheme."',
     ("Sarah Crew", "Safer Lanes Scheme")),
    ('"Today I am launching the Safe Summer Nights Initiative," Mayor Karen Bass said.',
     ("Karen Bass", "Safe Summer Nights Initiative")),
    ('"I have committed to the Violence Against Women Action Plan," the Justice Secretary, Shabana Mahmood, said.',
     ("Shabana Mahmood", "Violence Against Women Action Plan")),
])
def test_a_speaker_who_announces_in_the_first_person_is_the_announcer(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    '"I have read the Safer Lanes Scheme report with interest," Chief Constable Sarah Crew said.',  # no announcing
    "I am delighted to announce the launch of the Safer Lanes Scheme.",  # nobody is named as saying it
])
def test_no_first_person_announcer_without_a_speaker_and_an_announcing_verb(nlp, text):
    assert not link_pairs(nlp, text)


# -- "made £200,000 available for X", with "available" parsed as a modifier of the sum -------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Greater Manchester Police made £200,000 available for the Safer Streets Initiative.",
     ("Greater Manchester Police", "Safer Streets Initiative")),
    ("The Scottish Government made £500,000 available for the Cashback for Communities programme.",
     ("Scottish Government", "Cashback for Communities")),
    ("The Department of Justice has made $12 million available for the Community Policing Development Program.",
     ("United States Department of Justice", "Community Policing Development Program")),
])
def test_money_made_available_for_a_programme_funds_it(nlp, text, wanted):
    found = link_pairs(nlp, text, aliases=True)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "The council made £5,000 available to residents who lost their homes.",
    "The force made its officers available for the inquiry.",
])
def test_nothing_made_available_for_no_programme(nlp, text):
    assert not link_pairs(nlp, text)
