"""Roles and posts, on sentences written for these tests."""
from __future__ import annotations

import pytest

from linkpairs import held_roles as roles

pytestmark = pytest.mark.model


def test_body_and_title_before_name(nlp):
    held, titled, _ = roles(nlp, "Greater Manchester Police Chief Constable Stephen Watson opened the new custody suite.")
    assert held == {("Stephen Watson", "Chief Constable", "Greater Manchester Police")}
    assert titled["Stephen Watson"] == set()  # the post is on the link, not repeated as a bare title


def test_honorific_is_not_part_of_the_name(nlp):
    held, titled, facts = roles(nlp, "Metropolitan Police Commissioner Sir Mark Rowley visited the training centre.")
    assert held == {("Mark Rowley", "Commissioner", "Metropolitan Police Service")}
    assert "person/mark-rowley" in {n.id for n in facts.nodes}


def test_apposition_after_name_with_body(nlp):
    held, _, _ = roles(nlp, "Jane Doe, chief executive of the College of Policing, welcomed the review.")
    assert held == {("Jane Doe", "Chief Executive", "College of Policing")}


def test_title_without_body_stays_on_person(nlp):
    held, titled, _ = roles(nlp, "Police and Crime Commissioner Donna Jones launched the consultation.")
    assert held == set()
    assert titled["Donna Jones"] == {"Police and Crime Commissioner"}


def test_title_implies_body_only_when_body_is_named(nlp):
    alone, titled, _ = roles(nlp, "Yvette Cooper, the Home Secretary, visited Leeds on Friday.")
    assert alone == set() and titled["Yvette Cooper"] == {"Home Secretary"}
    held, _, _ = roles(nlp, "The Home Office confirmed the plan. Home Secretary Yvette Cooper visited Leeds on Friday.")
    assert held == {("Yvette Cooper", "Home Secretary", "Home Office")}


def test_apposition_before_name(nlp):
    held, titled, _ = roles(nlp, "The chief constable of Kent Police, Tim Smith, said the figures were encouraging.")
    assert ("Tim Smith", "Chief Constable", "Kent Police") in held


def test_abbreviated_title_next_to_surname(nlp):
    text = ("Karen Lowe, Special Agent in Charge of the FBI, joined the briefing. "
            "FBI SAC Lowe said the arrests followed months of surveillance.")
    held, _, facts = roles(nlp, text)
    assert held == {("Karen Lowe", "Special Agent in Charge", "Federal Bureau of Investigation")}
    assert len([n for n in facts.nodes if n.type == "Person"]) == 1


def test_canonical_title_from_abbreviation(nlp):
    _, titled, _ = roles(nlp, "U.S. Attorney Maria Lopez filed the charges in federal court.")
    assert titled["Maria Lopez"] == {"United States Attorney"}


def test_title_before_the_next_name_is_not_an_apposition(nlp):
    held, titled, _ = roles(nlp, "Joined by Deputy Director Sam Hill, Attorney General Ann Price announced the grants.")
    assert titled.get("Sam Hill") == {"Deputy Director"}
    assert titled.get("Ann Price") == {"Attorney General"}


def test_post_of_a_place_in_apposition(nlp):
    _, titled, _ = roles(nlp, "Emma Lowe, Cumbria\u2019s police and crime commissioner, said the figures were a warning.")
    assert titled["Emma Lowe"] == {"Police and Crime Commissioner"}


@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz, chief financial officer of the Chicago Police Department, said the budget was balanced.",
     ("Ana Ruiz", "chief financial officer", "Chicago Police Department")),
    ("Omar Said, deputy chief executive of the College of Policing, opened the conference.",
     ("Omar Said", "Deputy Chief Executive", "College of Policing")),  # a post the lexicon knows: its canonical form
    ("Priya Nair, regional operations manager at the National Crime Agency, gave evidence.",
     ("Priya Nair", "regional operations manager", "National Crime Agency")),
])
def test_title_shaped_by_its_head_noun_after_an_unrecognised_name(nlp, text, expected):
    held, _, _ = roles(nlp, text)
    assert expected in held


@pytest.mark.parametrize("text, person, title", [
    ("Marcus Levy Jr., the county sheriff, warned that overdoses were rising.", "Marcus Levy Jr.", "county sheriff"),
    ("Violence Reduction Director Tom Hale said the unit had reached 4,000 young people.", "Tom Hale",
     "Violence Reduction Director"),
    ("Serious Crime Coordinator Ruth Agnew said the county would get two new teams.", "Ruth Agnew",
     "Serious Crime Coordinator"),
])
def test_title_not_in_the_lexicon_stays_on_the_person(nlp, text, person, title):
    _, titled, _ = roles(nlp, text)
    assert title in titled[person]


@pytest.mark.parametrize("text, expected", [
    ('"These arrests make our streets safer," said Special Agent in Charge of the FBI\'s Denver Field Office Anne Price.',
     ("Anne Price", "Special Agent in Charge", "FBI Denver Field Office")),
    ("The charges were announced by Special Agent in Charge of the DEA's Miami Field Division Carl Moss.",
     ("Carl Moss", "Special Agent in Charge", "DEA Miami Field Division")),
])
def test_name_after_a_title_and_its_office(nlp, text, expected):
    held, _, _ = roles(nlp, text)
    assert expected in held


@pytest.mark.parametrize("text, expected", [
    ("Tom Ruiz, the Drug Enforcement Administration's acting administrator, said the seizures were a record.",
     ("Tom Ruiz", "administrator", "Drug Enforcement Administration")),
    ("Ben Cole, head of intelligence at Kent Police, said the gang had been dismantled.",
     ("Ben Cole", "head of intelligence", "Kent Police")),
    ("The Home Affairs Committee met on Tuesday. Dame Ann Cryer, chair of the committee, said the evidence was clear.",
     ("Ann Cryer", "chair", "Home Affairs Committee")),
    ("Mark Ellis, who leads the Serious Fraud Office, said the case was complex.",
     ("Mark Ellis", "Lead", "Serious Fraud Office")),
    ("Jane Roe, who directs the Office for Victims of Crime, said the grants were overdue.",
     ("Jane Roe", "Director", "Office for Victims of Crime")),
    ('"We will support these towns," said Principal Deputy Assistant Attorney General Amy Stone for OJP.',
     ("Amy Stone", "Principal Deputy Assistant Attorney General", "Office of Justice Programs")),
])
def test_bodies_from_possessives_remits_leading_verbs_and_for(nlp, text, expected):
    held, _, _ = roles(nlp, text)
    assert {(p, t.lower(), o) for p, t, o in held} >= {(expected[0], expected[1].lower(), expected[2])}


def test_for_introducing_a_purpose_is_no_body(nlp):
    held, titled, _ = roles(nlp, "The grants were announced by Director Ann Lee for victims of crime in Ohio.")
    assert held == set() and titled["Ann Lee"] == {"Director"}


@pytest.mark.parametrize("text, expected", [
    ("Essex Police confirmed the arrests. Detective Sergeant Amy Lyons said the men had been bailed.",
     ("Amy Lyons", "Detective Sergeant", "Essex Police")),
    ("The FBI has formed a new task force in Mobile. Special Agent in Charge Dana Cole said it would target gangs.",
     ("Dana Cole", "Special Agent in Charge", "Federal Bureau of Investigation")),
    ("Birmingham - Special Agent in Charge (SAC) Ruth Keller of the FBI announced the new squad.",
     ("Ruth Keller", "Special Agent in Charge", "Federal Bureau of Investigation")),
])
def test_rank_takes_the_one_body_of_its_kind_in_the_story(nlp, text, expected):
    held, _, _ = roles(nlp, text)
    assert expected in held


def test_rank_stays_bare_when_the_story_names_two_bodies_of_its_kind(nlp):
    held, titled, _ = roles(nlp, "The FBI and the DEA arrested six men. Special Agent in Charge Dana Cole said "
                                 "more arrests would follow.")
    assert held == set() and titled["Dana Cole"] == {"Special Agent in Charge"}


@pytest.mark.parametrize("text, expected", [
    ("HM Inspectorate of Probation published its report today. The Probation Service is struggling. The outgoing "
     "Chief Inspector of Probation, Justin Russell, said the service needed reform.",
     ("Justin Russell", "Chief Inspector of Probation", "HM Inspectorate of Probation")),
    ("The Department of Education released new guidance. \"Schools must be safe,\" said Secretary of Education "
     "Margaret T. Holloway.", ("Margaret T. Holloway", "Secretary of Education", "Department of Education")),
])
def test_remit_title_takes_the_body_named_for_its_remit(nlp, text, expected):
    held, _, _ = roles(nlp, text)
    assert expected in held


def test_remit_title_with_no_such_body_stays_on_the_person(nlp):
    held, titled, _ = roles(nlp, '"Schools must be safe," said Secretary of Education Margaret T. Holloway.')
    assert held == set() and titled["Margaret T. Holloway"] == {"Secretary of Education"}
