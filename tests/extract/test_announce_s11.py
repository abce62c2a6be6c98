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
