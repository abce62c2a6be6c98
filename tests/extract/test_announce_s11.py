"""Announcing forms of guideline 9 on sentences written for these tests (UK and US), session 11: each test is one
linguistic pattern of who funds or sets up a named scheme, with sentences where it must not fire.
"""
from __future__ import annotations

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


# -- a share of a named fund handed out: "allocated £3m of the X Fund to ..." ----------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Welsh Government allocated £3.2 million of the Safer Communities Fund to 14 local projects.",
     ("Welsh Government", "Safer Communities Fund")),
    ("Greater Manchester Police has awarded £250,000 of the Safer Streets Fund to six community groups.",
     ("Greater Manchester Police", "Safer Streets Fund")),
])
def test_a_share_of_a_named_fund_handed_out_funds_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Norfolk County Council received £2 million of the Safer Streets Fund last year.",  # received, not handed out
    "The Home Office allocated £5 million of the money to Kent Police.",  # no named fund
])
def test_no_fund_link_for_a_receiver_or_an_unnamed_sum(nlp, text):
    assert not any(p in {"Safer Streets Fund"} for _, p in link_pairs(nlp, text))
    assert not any(a == "Home Office" for a, _ in link_pairs(nlp, text))


# -- handing out a sum under a named scheme: "distributed $22 million under its X Program" --------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Bureau of Justice Assistance distributed $18 million to rural sheriffs under its Rural Violent Crime "
     "Reduction Program.", ("Bureau of Justice Assistance", "Rural Violent Crime Reduction Program")),
    ("The Scottish Government distributed £3m through the Cashback for Communities Programme to youth clubs.",
     ("Scottish Government", "Cashback for Communities Programme")),
])
def test_distributing_a_sum_under_a_named_scheme_funds_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Kent Police distributed leaflets under Operation Sceptre in the town centre.",  # leaflets, not money
    "The charity distributed naloxone kits to 300 people through the Safer Nights Project.",
])
def test_distributing_things_funds_nothing(nlp, text):
    assert not link_pairs(nlp, text)


# -- the programme named after the route of an announced sum, where the parse loses the phrase ----------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Department of Transportation today announced more than $40 million in grant funding through the "
     "agency's Office of Road Safety (ORS) Safer Roads Grant Program (SRGP).",
     ("United States Department of Transportation", "Safer Roads Grant Program")),
    ("The Scottish Government has awarded £3 million to youth groups as part of its Cashback for Communities "
     "Programme.", ("Scottish Government", "Cashback for Communities Programme")),
])
def test_an_announced_sum_funds_the_programme_it_goes_through(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, unwanted", [
    # the route is the recipient's, in a clause of its own
    ("The Mayor announced £5 million for youth clubs, which Kent Police will run through its Violence Reduction "
     "Programme.", ("Mayor", "Violence Reduction Programme")),
    # no sum: officers handed out leaflets
    ("Officers handed out leaflets as part of the Safer Streets Campaign.", None),
    # a quoted passive names no funder
    ("\"This money is being awarded as part of the Safer Schools Initiative,\" said Attorney General Jane Doe.",
     ("Jane Doe", "Safer Schools Initiative")),
])
def test_no_programme_link_from_another_clause_or_without_a_sum(nlp, text, unwanted):
    found = link_pairs(nlp, text)
    if unwanted is None:
        assert not found, found
    else:
        assert unwanted not in found, found


# -- a possessed programme announced in an agentless passive: "the Department's X, which was announced in May" ----

@pytest.mark.parametrize("text, wanted", [
    ("The new units are one step in implementing the Justice Department's Violent Crime Reduction Strategy, which "
     "was announced on May 26, 2021.", ("United States Department of Justice", "Violent Crime Reduction Strategy")),
    ("Officers are applying the Met's Knife Crime Strategy, which was launched last year.",
     ("Metropolitan Police Service", "Knife Crime Strategy")),
    ("Kent Police's Rural Crime Strategy, launched in March, has cut thefts from farms.",
     ("Kent Police", "Rural Crime Strategy")),
])
def test_the_owner_of_a_programme_announced_without_an_agent_announced_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Officers are applying the Met's Knife Crime Strategy, which was praised last year.",  # no announcing verb
    "The new plan, which was announced in May, has cut knife crime.",  # nobody named
])
def test_no_owner_link_without_an_announcing_verb_or_an_owner(nlp, text):
    assert not link_pairs(nlp, text)


# -- entrusting a body with a scheme: "appointed a charity to help deliver the £200m X Fund" -----------------------

@pytest.mark.parametrize("text, wanted", [
    ("Justice Secretary Alex Chalk has appointed a national charity to help deliver a £50m Prison Education Fund.",
     ("Alex Chalk", "Prison Education Fund")),
    ("The Welsh Government has chosen a youth charity to run its £5m Safe Summer Programme.",
     ("Welsh Government", "Safe Summer Programme")),
    ("The Mayor selected Catch22 to run the Youth Diversion Programme.", ("Mayor", "Youth Diversion Programme")),
])
def test_who_entrusts_a_body_with_a_scheme_sets_it_up(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Kent Police selected 20 officers to deliver the Safer Streets Programme.",  # people, not a body
    "The Home Secretary appointed a charity to help young people in London.",  # no scheme
    "Kent Police appointed a new chief constable to lead the force.",
])
def test_no_entrusting_link_for_people_or_without_a_scheme(nlp, text):
    assert not link_pairs(nlp, text)


# -- the body a possessor owns acts: "The Office of X's Institute of Y (IY) announces ..." ---------------------------

def test_the_owned_body_not_its_possessor_announces(nlp):
    found = link_pairs(nlp, "The Office of Justice Programs' Bureau of Justice Assistance (BJA) announces it has "
                            "awarded $12 million to rural counties through the Rural Violent Crime Initiative.")
    assert ("Bureau of Justice Assistance", "Rural Violent Crime Initiative") in found, found
    assert not any(a == "Office of Justice Programs" for a, _ in found), found


def test_a_body_named_beside_another_without_a_possessive_keeps_the_subject(nlp):
    found = link_pairs(nlp, "The Bureau of Justice Assistance, the grant office of the department, announced "
                            "$12 million for the Rural Violent Crime Initiative.")
    assert ("Bureau of Justice Assistance", "Rural Violent Crime Initiative") in found, found


# -- a speaker's own sized or new scheme: "Our £200m Youth Fund will ..." ------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Justice Secretary, Alex Chalk, said: \"Our £50m Prison Education Fund will give prisoners the skills "
     "they need.\"", ("Alex Chalk", "Prison Education Fund")),
    ("Kent Police said: \"Our £2m Safer Roads Fund has paid for cameras.\"", ("Kent Police", "Safer Roads Fund")),
])
def test_a_speaker_who_calls_a_sized_scheme_theirs_funds_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "\"Our Safer Streets Strategy has worked,\" said Chief Constable Jane Smith.",  # no sum, nothing new
    "Kent Police said: \"Our officers used the £2m Safer Roads Fund to pay for cameras.\"",  # not "our fund"
])
def test_no_first_person_link_for_a_bare_possessive(nlp, text):
    assert not link_pairs(nlp, text)


# -- a launch that serves the subject's verb: "is stepping up its fight with the launch of X" ------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Drug Enforcement Administration is stepping up its fight against fentanyl with the launch of Operation "
     "Last Mile, a national enforcement campaign.", ("Drug Enforcement Administration", "Operation Last Mile")),
    ("Norfolk County Council is tackling fly-tipping through the creation of a Rapid Response Programme.",
     ("Norfolk County Council", "Rapid Response Programme")),
])
def test_the_subject_of_the_verb_a_launch_serves_launched_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


def test_no_launch_link_for_a_verb_that_only_meets_the_launch(nlp):
    found = link_pairs(nlp, "Kent Police will step up patrols to coincide with the launch of the Safer Summer "
                            "Campaign.")
    assert ("Kent Police", "Safer Summer Campaign") not in found, found


# -- revealing a sum for a named scheme: "revealed there will be an extra £2m for the X Fund" -----------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Home Secretary, James Cleverly, also revealed there will be an additional £2 million of funding for the "
     "Safer Streets Fund.", ("James Cleverly", "Safer Streets Fund")),
    ("Chancellor Rachel Reeves revealed £300 million for the Youth Guarantee Scheme.",
     ("Rachel Reeves", "Youth Guarantee Scheme")),
])
def test_revealing_a_sum_for_a_named_scheme_funds_it(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, unwanted", [
    ("HMICFRS revealed that Kent Police's Operation Falcon had failed victims.",
     ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Operation Falcon")),
    ("The Policing Minister, Chris Philp, revealed figures showing the Safer Streets Fund cut burglary by 10%.",
     ("Chris Philp", "Safer Streets Fund")),
    # the sum itself is no named scheme
    ("The Home Secretary, James Cleverly, revealed there will be an additional £2 million of funding for youth "
     "clubs.", ("James Cleverly", "£2 million of funding")),
])
def test_revealing_findings_or_an_unnamed_sum_announces_nothing(nlp, text, unwanted):
    assert unwanted not in link_pairs(nlp, text)


# -- the items of an announced set of measures or sums: "These include: - introducing X" ----------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Justice Secretary, Shabana Mahmood, announced new powers for probation officers. These include:\n"
     "- introducing Serious Harm Prevention Orders which will let courts restrict dangerous offenders;\n"
     "- tougher licence conditions for stalkers.", ("Shabana Mahmood", "Serious Harm Prevention Orders")),
    ("Grants awarded by the Bureau of Justice Assistance in 2024 include:\n\n"
     "Rural Violent Crime Reduction Program (RVCRP): Nearly $30 million was awarded to 60 rural counties.\n\n"
     "Body-Worn Camera Policy and Implementation Program (BWCPIP): $20 million was awarded to 120 agencies.",
     ("Bureau of Justice Assistance", "Rural Violent Crime Reduction Program")),
])
def test_the_listed_items_of_an_announcement_are_announced(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    # the listed things are no measures: allegations against a force
    "The IOPC announced an investigation into Kent Police. The allegations include:\n"
    "- introducing false evidence in the Operation Falcon case.",
    # nobody announced anything just before
    "Kent Police have a busy summer ahead. These include:\n- launching the Safer Summer Campaign in June.",
])
def test_no_item_link_for_other_lists_or_without_an_announcer(nlp, text):
    found = link_pairs(nlp, text)
    assert not any(p in {"Operation Falcon", "Safer Summer Campaign"} for _, p in found), found


# -- a bare sum awarded in a programme's grants: "is awarding $100 million in X grants" -----------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Department of Justice is awarding more than $100 million in Project Safe Neighborhoods grants.",
     ("United States Department of Justice", "Project Safe Neighborhoods")),
    ("The Bureau of Justice Assistance awarded $3 million in Smart Policing Initiative grants to Ohio.",
     ("Bureau of Justice Assistance", "Smart Policing Initiative")),
])
def test_a_sum_in_a_programmes_grants_funds_the_programme(nlp, text, wanted):
    found = link_pairs(nlp, text)
    assert wanted in found, found


def test_a_bare_sum_reaches_no_programme_of_a_recipients_clause(nlp):
    found = link_pairs(nlp, "The Home Office awarded £3 million in grants to Kent Police, which runs Operation "
                            "Sceptre.")
    assert ("Home Office", "Operation Sceptre") not in found, found


# -- "kick off" is launching ----------------------------------------------------------------------------------------

def test_kicking_off_a_campaign_launches_it(nlp):
    found = link_pairs(nlp, "Kent Police today kicked off its Summer Nights Campaign.")
    assert ("Kent Police", "Summer Nights Campaign") in found, found


def test_kicking_off_a_meeting_launches_nothing(nlp):
    assert not link_pairs(nlp, "The Chief Constable kicked off the meeting with a minute's silence.")


# -- an announcer that reports receiving money funds nothing -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kent Police revealed it has received £2 million from the Safer Streets Fund.",
    "Kent Police announced that it has won £2 million from the Safer Streets Fund.",
])
def test_an_announcer_receiving_money_from_a_fund_does_not_announce_it(nlp, text):
    assert ("Kent Police", "Safer Streets Fund") not in link_pairs(nlp, text)


def test_others_receiving_money_through_a_fund_leave_it_announced(nlp):
    found = link_pairs(nlp, "The Home Office announced that councils will receive £20 million through the Safer "
                            "Streets Fund.")
    assert ("Home Office", "Safer Streets Fund") in found, found
