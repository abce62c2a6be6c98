"""Patterns of session 24, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs, names, nodes, said_links

pytestmark = pytest.mark.model


# -- a body's own programme after its possessive: the body is an organisation, the programme is named without it ----

@pytest.mark.parametrize("text, body, policy", [
    ("Burglaries fell in Leeds last year, the Home Office said. The new officers are part of the Government’s "
     "Neighbourhood Uplift Programme to recruit 3,000 officers by 2027.",
     "UK Government", "Neighbourhood Uplift Programme"),
    ("The Department of Justice published its figures on Monday. The grants are part of the Department’s "
     "Comprehensive Gun Violence Reduction Strategy, Attorney General Jane Roe said.",
     "United States Department of Justice", "Comprehensive Gun Violence Reduction Strategy"),
])
def test_a_bodys_own_programme_is_named_without_the_possessive(nlp, text, body, policy):
    assert policy in names(nlp, text, "Policy"), names(nlp, text, "Policy")
    assert not any("’s" in n or "'s" in n for n in names(nlp, text, "Policy")), names(nlp, text, "Policy")
    assert body in names(nlp, text, "Organisation"), names(nlp, text, "Organisation")
    assert (body, policy) in link_pairs(nlp, text), link_pairs(nlp, text)


def test_an_eponym_before_a_law_stays_in_its_name(nlp):
    text = "Domestic abuse reports rose in Kent last year. Victims can use Sarah’s Law to ask about a partner's past."
    assert "Sarah’s Law" in names(nlp, text, "Policy") or "Sarah's Law" in names(nlp, text, "Policy"), \
        names(nlp, text, "Policy")


# -- a report that speaks speaks for who issued it (guideline 8: "the report said", the issuing body) ---------------

@pytest.mark.parametrize("text, issuer", [
    ("The National Crime Agency yesterday published its annual assessment of drug supply in rural areas. "
     "The report highlights how dealers are moving into market towns.", "National Crime Agency"),
    ("Both evaluations were prepared by the Westshire Justice Institute. The evaluation finds that the scheme cut "
     "reoffending among young adults.", "Westshire Justice Institute"),
    ("Reoffending fell by a tenth in 2024. A report from the Northshire Police and Crime Panel found that the "
     "diversion scheme was working.", "Northshire Police and Crime Panel"),
])
def test_a_report_speaks_for_its_issuer(nlp, text, issuer):
    speakers = {s for s, *_ in said_links(nlp, text)}
    assert speakers == {issuer}, said_links(nlp, text)


def test_a_report_the_document_publishes_speaks_for_the_publisher(nlp):
    text = ("The Federal Trade Commission today testified before the Senate Subcommittee on Consumer Protection. "
            "The testimony notes that fraud reports from older consumers doubled in two years.")
    speakers = {s for s, *_ in said_links(nlp, text)}
    assert speakers == {"Federal Trade Commission"}, said_links(nlp, text)


def test_a_report_of_no_one_named_speaks_for_no_one(nlp):
    text = "Police chiefs met in London on Monday. A report said that thefts of catalytic converters had fallen."
    assert said_links(nlp, text) == [], said_links(nlp, text)


# -- an acronym the text defines for a scheme, a post or a thing is no body, wherever it stands ---------------------

@pytest.mark.parametrize("text, acronym", [
    ("The Chief Inspector of Prisons (CIP) reported that Westshire prison was unsafe. The CIP visited in May.", "CIP"),
    ("Forces have joined the Preventing Attacks on Community Officers (SHIELD) initiative. SHIELD trains "
     "neighbourhood teams.", "SHIELD"),
    ("The Grants to Reduce Youth Knife Crime (GRYK) will fund mentoring. GRYK funding opens in June.", "GRYK"),
    ("Officers joined the Supporting Officers After Trauma and Injury (SOFTLY) initiative. SOFTLY trains "
     "supervisors.", "SOFTLY"),
])
def test_an_acronym_defined_for_a_scheme_or_post_is_no_body(nlp, text, acronym):
    orgs = {n.name: n for n in nodes(nlp, text, "Organisation")}
    assert not any(n == acronym or acronym in (orgs[n].aliases or []) for n in orgs), orgs


@pytest.mark.parametrize("text, body", [
    ("Officers from the Westshire Serious Organised Crime (WSOC) unit arrested two men. WSOC said more arrests "
     "would follow.", "WSOC"),
    ("The Gangmasters and Labour Abuse Authority (GLAA) report found abuse on farms. The GLAA will act.", "GLAA"),
])
def test_an_acronym_defined_for_a_body_stays_a_body(nlp, text, body):
    forms = {f for n in nodes(nlp, text, "Organisation") for f in (n.name, *n.aliases)}
    assert body in forms, forms


# -- a US body's name keeps its town's state in brackets: "Dayton (OH) Police Department" -----------------------------

def test_a_bodys_name_keeps_the_bracketed_state_of_its_town(nlp):
    text = ("The Justice Department will assess the following agencies:\n"
            "  • Eastfield (OH) Police Department\n"
            "  • Pine County (AZ) Sheriff’s Office\n"
            "  • Lake Charles City (LA) Police Department\n\n"
            "Each agency asked for the review.")
    orgs = names(nlp, text, "Organisation")
    for body in ("Eastfield (OH) Police Department", "Pine County (AZ) Sheriff’s Office",
                 "Lake Charles City (LA) Police Department"):
        assert body in orgs, orgs
    assert not {"Police Department", "Sheriff’s Office", "AZ", "OH"} & orgs, orgs
    assert not {"OH", "AZ", "LA"} & names(nlp, text, "Person"), names(nlp, text, "Person")


def test_a_bodys_name_in_a_sentence_keeps_the_bracketed_state(nlp):
    text = "The Riverton (GA) Police Department said burglaries fell by a fifth. The chief thanked residents."
    assert "Riverton (GA) Police Department" in names(nlp, text, "Organisation"), names(nlp, text, "Organisation")


# -- two laws joined by "and" after the first one's acronym are two laws -----------------------------------------------

def test_a_laws_bracketed_acronym_does_not_open_the_next_laws_name(nlp):
    text = ("The prison service applies the Safer Streets Act (SSA) and Second Start Act (SS2A) to every release. "
            "Both laws passed in 2019.")
    policies = names(nlp, text, "Policy")
    assert {"Safer Streets Act", "Second Start Act"} <= policies, policies
    assert not any(n.startswith("(") for n in policies), policies


# -- a person's letters after the name are a form the text writes (guideline 2: every alias occurs verbatim) ---------

def test_a_name_with_its_letters_is_an_alias(nlp):
    text = ("Sentencing will change in Scotland. The Solicitor General, Jane Okafor KC, announced that a review "
            "would begin. The review starts in May.")
    people = {n.name: n for n in nodes(nlp, text, "Person")}
    assert "Jane Okafor" in people, people
    assert "Jane Okafor KC" in people["Jane Okafor"].aliases, people["Jane Okafor"].aliases


# -- a written statement's byline names its author, whatever the line's case ------------------------------------------

def test_a_statement_byline_is_a_person(nlp):
    text = ("Written Statement: Youth justice reform\n\n"
            "Tomos Prydderch MS, Minister for Social Justice\n\n"
            "Today I am publishing the response to the consultation on youth diversion. I thank everyone who "
            "responded.")
    assert "Tomos Prydderch" in names(nlp, text, "Person"), names(nlp, text, "Person")


def test_a_headline_name_without_a_post_stays_unconfirmed(nlp):
    text = ("Marston Hale, Upper Reach\n\n"
            "Flooding closed the road on Monday. Residents were told to stay indoors.")
    assert "Marston Hale" not in names(nlp, text, "Person"), names(nlp, text, "Person")


# -- a chair chairs a board, a committee, a panel or a trust; an agency or a force has none --------------------------

def test_a_chairman_in_a_story_about_an_agency_chairs_no_agency(nlp):
    text = ("The Border Patrol answered the committee's letter on Monday. Chairman Tom Bell said the agency had "
            "failed to protect its officers. The Border Patrol disagreed.")
    held, titled, _ = held_roles(nlp, text)
    assert not any(p == "Tom Bell" for p, _, _ in held), held
    assert "Chairman" in titled.get("Tom Bell", set()), titled


def test_a_chairman_in_a_story_about_a_trust_chairs_the_trust(nlp):
    text = ("The Westshire Victims Trust opened a new centre in Leeds. Chairman Tom Bell said it would help "
            "families. The trust has 40 staff.")
    held, _, _ = held_roles(nlp, text)
    assert ("Tom Bell", "Chairman", "Westshire Victims Trust") in held, held


def test_a_staff_post_beside_a_committee_is_not_the_committees(nlp):
    text = ("The Home Affairs Committee took evidence on Tuesday. Jane Okafor, policy manager, told MPs that "
            "youth services had been cut. The committee will report in May.")
    held, _, _ = held_roles(nlp, text)
    assert not any(o == "Home Affairs Committee" and p == "Jane Okafor" for p, _, o in held), held


# -- a number inside a programme's, a body's or a place's name is no figure ------------------------------------------

def test_a_number_in_a_name_is_no_statistic(nlp):
    text = "The prisoners moved to HMP Seven Oaks last year. The prison holds 1,680 men."
    stats = names(nlp, text, "Statistic")
    assert "1,680 men" in stats, stats
    assert not any(s.startswith("Seven") for s in stats), stats


def test_a_number_describing_a_funded_programme_stays_a_figure(nlp):
    text = "The institute announced funding to support 36 forensic science research projects. The awards run to 2027."
    assert any(s.startswith("36") for s in names(nlp, text, "Statistic")), names(nlp, text, "Statistic")


# -- what a body extends or announces is no scheme when it is a deadline, a welcome, a selection or an event --------

@pytest.mark.parametrize("text", [
    "The Westshire Institute is extending the application deadline for two of its open research grants. "
    "Applicants now have until June.",
    "Committee Chair Jane Okafor extended a warm welcome to the new Chief Constable. The hearing lasted two hours.",
    "The agency announced today 12 tentative selections for its border services programme. Final decisions follow in May.",
])
def test_a_deadline_a_welcome_or_a_selection_is_no_policy(nlp, text):
    found = names(nlp, text, "Policy")
    assert not any(w in n.lower() for n in found for w in ("deadline", "welcome", "selection")), found


# -- "the Police Service" is the force whose full name it opens, not any force -----------------------------------------

def test_the_police_service_is_the_police_service_of_scotland(nlp):
    text = ("This report gives the Scottish Police Authority information about Police Scotland. The Police Service "
            "has cut its response times. Police Scotland will publish more data in May.")
    orgs = {n.name: n for n in nodes(nlp, text, "Organisation")}
    assert "Police Service" not in orgs, orgs
    assert "Police Service" in orgs["Police Scotland"].aliases, orgs["Police Scotland"].aliases


def test_a_generic_police_service_is_not_the_met(nlp):
    text = ("The Metropolitan Police Service made 40 arrests on Friday. The Police Service nationally faces cuts, "
            "the union said.")
    orgs = {n.name: n for n in nodes(nlp, text, "Organisation")}
    assert "Police Service" not in orgs.get("Metropolitan Police Service").aliases, orgs
