"""Policy mentions on unseen text (issue 12): how a mention is found, bounded and named, and how the mentions of one
policy become one node. Every sentence here is written for these tests (UK and US, different bodies and words).
"""
from __future__ import annotations

import pytest

import kg

pytestmark = pytest.mark.model


def policy_nodes(nlp, text: str) -> dict[str, set[str]]:
    """Policy node name -> its aliases, for ``text`` built as one document."""
    f = kg.extract_facts(nlp(text), "t")
    return {n.name: set(n.aliases) for n in f.nodes if n.type == "Policy"}


def all_nodes(nlp, text: str) -> set[tuple[str, str]]:
    f = kg.extract_facts(nlp(text), "t")
    return {(n.type, n.name) for n in f.nodes if n.type not in ("Quote", "Statistic")}


def names_and_aliases(nodes: dict[str, set[str]]) -> set[str]:
    return {n.lower() for n in nodes} | {a.lower() for als in nodes.values() for a in als}


# -- the recogniser takes a policy's title for a person -------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The funding is part of the department's Comprehensive Anti-Violence Strategy.",
     "Comprehensive Anti-Violence Strategy"),
    ("The Crime and Policing Bill will give officers new powers to seize off-road bikes.", "Crime and Policing Bill"),
    ("Campaigners welcomed the Victims and Prisoners Bill when it reached the Lords.", "Victims and Prisoners Bill"),
])
def test_a_title_case_policy_name_the_model_calls_a_person(nlp, text, name):
    nodes = all_nodes(nlp, text)
    assert ("Policy", name) in nodes
    assert not any(t == "Person" for t, _ in nodes), nodes


def test_a_person_whose_name_starts_with_a_law_word_stays_a_person(nlp):
    nodes = all_nodes(nlp, "Bill Hendricks, the county sheriff, said deputies would patrol the fairground.")
    assert ("Person", "Bill Hendricks") in nodes


# -- acronym-named programmes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,long,acronym", [
    ("The initiative builds on the state's Gun Involved Violence Elimination (GIVE) program, which supports local "
     "police departments. GIVE has cut shootings in Rochester.", "Gun Involved Violence Elimination", "GIVE"),
    ("The county sheriff said his office would expand its Drug Abuse Resistance Education (DARE) program to every "
     "middle school. DARE teaches pupils to resist drugs.", "Drug Abuse Resistance Education", "DARE"),
    ("Northvale Police will join the Safer Roads Partnership (SRP) scheme next spring, the force said.",
     "Safer Roads Partnership", "SRP"),
])
def test_acronym_named_programme_is_one_policy_with_its_long_form_and_acronym(nlp, text, long, acronym):
    nodes = policy_nodes(nlp, text)
    holding = [n for n, als in nodes.items() if acronym in als or n == acronym]
    assert len(holding) == 1, nodes
    forms = {holding[0].lower()} | {a.lower() for a in nodes[holding[0]]}
    assert long.lower() in forms
    assert not any(t == "Organisation" and (n == acronym or n == long) for t, n in all_nodes(nlp, text))


def test_bracketed_acronym_after_a_task_force_stays_a_body(nlp):
    nodes = all_nodes(nlp, "Agents from the Violent Gang Safe Streets (VGSS) task force arrested nine men.")
    assert not any(t == "Policy" and "VGSS" in n for t, n in nodes)


# -- a purpose clause may name a programme with its acronym ------------------------------------------------------

@pytest.mark.parametrize("text,alias", [
    ("The Justice Department awarded $12 million in grants to support the Violence Reduction Network (VRN) Program.",
     "$12 million in grants to support the Violence Reduction Network (VRN) Program"),
    ("The Home Office has allocated £8 million in grants to support the Safer Travel (STAR) Scheme.",
     "£8 million in grants to support the Safer Travel (STAR) Scheme"),
    ("The state awarded $3 million in grants to expand the Hospital Violence Intervention (HVI) program.",
     "$3 million in grants to expand the Hospital Violence Intervention (HVI) program"),
])
def test_sum_in_grants_with_a_purpose_naming_an_acronym_programme(nlp, text, alias):
    nodes = policy_nodes(nlp, text)
    assert alias.lower() in names_and_aliases(nodes), nodes


# -- a named policy + a generic head refers to a policy; the name is mentioned too ---------------------------------

def test_named_programme_grant_refers_back_to_the_grants_and_mentions_the_programme(nlp):
    text = ("The Department of Justice said it has awarded $9 million in grants to support the Project Safe Harbor "
            "Program.\n\n"
            "\u201cThis latest Project Safe Harbor grant will help cities all across our country,\u201d said "
            "Attorney General Dana Whitfield.")
    f = kg.extract_facts(nlp(text), "t")
    policies = {n.id: n for n in f.nodes if n.type == "Policy"}
    grants = [n for n in policies.values() if "grant" in n.name.lower()]
    assert len(grants) == 1, [n.name for n in policies.values()]
    assert any("Project Safe Harbor grant" in a for a in grants[0].aliases), grants[0]
    programme = [n for n in policies.values() if n.name.startswith("Project Safe Harbor")]
    assert len(programme) == 1
    quotes = [n.id for n in f.nodes if n.type == "Quote"]
    mentioned = {l.target for l in f.links if l.type == "MENTIONS" and l.source in quotes}
    assert programme[0].id in mentioned and grants[0].id in mentioned


@pytest.mark.parametrize("text,name", [
    ("Police Scotland launched Operation Harbourlight in May. The Operation Harbourlight patrols ran every night.",
     "Operation Harbourlight"),
    ("Kent Police joined Project Guardian last year and said the Project Guardian campaign had cut harassment.",
     "Project Guardian"),
    ("Prosecutors use Project Safe Childhood to find offenders; the new Project Safe Childhood grant pays for two "
     "analysts.", "Project Safe Childhood"),
])
def test_named_policy_with_a_generic_head_is_that_policy(nlp, text, name):
    nodes = policy_nodes(nlp, text)
    assert name in nodes, nodes
    assert len(nodes) == 1, nodes


# -- statistical series, bills, sites, equipment, sums -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police recorded crime rose by 4% in the year to June, the bulletin said.",
    "Figures from police recorded crime show 812 knife offences in Gwent.",
    "The rise is not seen in police-recorded crime, which covers offences reported to forces.",
])
def test_police_recorded_crime_is_a_statistical_series(nlp, text):
    assert "police recorded crime" in {n.lower() for n in policy_nodes(nlp, text)}


@pytest.mark.parametrize("text,name", [
    ("Ministers will publish a sentencing reform bill in the autumn.", "sentencing reform bill"),
    ("The governor signed a gun safety bill on Friday.", "gun safety bill"),
    ("Campaigners want a victims' rights bill before the election.", "rights bill"),
])
def test_a_common_noun_bill_with_a_defining_modifier(nlp, text, name):
    assert any(n.lower().endswith(name) for n in policy_nodes(nlp, text)), policy_nodes(nlp, text)


def test_the_bill_alone_is_no_policy(nlp):
    assert policy_nodes(nlp, "The bill was debated for six hours.") == {}


@pytest.mark.parametrize("text,names", [
    ("The department will pay for a new prison at Fosse Way and a new prison at Highpoint.",
     {"new prison at Fosse Way", "new prison at Highpoint"}),
    ("The county plans to build a new jail in Maricopa next year.", {"new jail in Maricopa"}),
    ("Ministers confirmed a new police station at Canary Wharf.", {"new police station at Canary Wharf"}),
])
def test_a_capital_project_keeps_its_site(nlp, text, names):
    assert names <= set(policy_nodes(nlp, text)), policy_nodes(nlp, text)


@pytest.mark.parametrize("text,names", [
    ("Governors praised the roll-out of knife detectors and airport-style scanners in twelve prisons.",
     {"knife detectors", "airport-style scanners"}),
    ("The rollout of body-worn cameras to all response officers will finish in June.", {"body-worn cameras"}),
    ("Residents asked for the installation of number-plate recognition cameras on the estate.",
     {"number-plate recognition cameras"}),
])
def test_equipment_rolled_out_or_installed(nlp, text, names):
    found = {n.lower() for n in policy_nodes(nlp, text)}
    assert {n.lower() for n in names} <= found, found


@pytest.mark.parametrize("text,name,alias", [
    ("The minister has handed councils the first part of a £30 million fund to tackle county lines. "
     "Forces will bid for the rest of the £30 million fund in March.", "£30 million fund",
     "fund to tackle county lines"),
    ("The governor created a $5 million package to support victims of domestic abuse.", "$5 million package",
     "package to support victims of domestic abuse"),
    ("Ministers unveiled a £25m fund for safer parks.", "£25m fund", "fund for safer parks"),
])
def test_a_sum_names_its_fund(nlp, text, name, alias):
    nodes = policy_nodes(nlp, text)
    assert name in nodes, nodes
    assert len(nodes) == 1
    assert any(a.endswith(alias) for a in nodes[name]), nodes[name]


@pytest.mark.parametrize("text,acronym", [
    ("Inspectors graded the force 'good' in its latest PEEL inspections.", "PEEL"),
    ("Every district must join the SORN 2024 assessment, the board said.", "SORN"),
    ("The council spent £2m on its ASPIRE programme last year.", "ASPIRE"),
])
def test_an_acronym_before_a_policy_noun_names_the_policy(nlp, text, acronym):
    assert acronym in policy_nodes(nlp, text), policy_nodes(nlp, text)


def test_an_acronym_the_recogniser_knows_as_a_body_names_no_policy(nlp):
    nodes = all_nodes(nlp, "The FBI programme trains 400 local officers a year.")
    assert ("Policy", "FBI") not in nodes


# -- what is no policy ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "\u201cInvesting in young people, supporting families and building safer estates \u2013 these are shared goals,\u201d "
    "the mayor said.",
    "\u201cFunding youth workers and opening community hubs \u2013 those are the right priorities,\u201d said the minister.",
    "\u201cTraining staff and expanding outreach \u2013 these are long-term aims,\u201d the sheriff said.",
])
def test_subjectless_gerunds_describing_goals_announce_nothing(nlp, text):
    nodes = policy_nodes(nlp, text)
    assert not any("goals" in n or "priorities" in n or "aims" in n for n in nodes), nodes


@pytest.mark.parametrize("text", [
    "The governor said the state would fund community outreach workers in 20 cities.",
    "The council will fund 12 youth workers from April.",
    "Ministers agreed to fund extra prison officers at three jails.",
])
def test_people_funded_are_no_policy(nlp, text):
    nodes = policy_nodes(nlp, text)
    assert not any(n.endswith("workers") or n.endswith("officers") for n in nodes), nodes


def test_violence_reduction_units_are_bodies_not_policies(nlp):
    nodes = policy_nodes(nlp, "The money will also go to Violence Reduction Units in Wales and the Midlands.")
    assert not any("violence reduction unit" in n.lower() for n in nodes), nodes


# -- law titles: number words, eponyms, acronyms ------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The First Step Act lets some prisoners earn time credits.", "First Step Act"),
    ("Campaigners want the Second Chance Act renewed before it lapses.", "Second Chance Act"),
    ("Ministers said the Third Sector Strategy would fund 40 charities.", "Third Sector Strategy"),
])
def test_a_title_case_number_word_starts_a_name(nlp, text, name):
    assert name in policy_nodes(nlp, text), policy_nodes(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("The Clare's Law scheme lets people ask police about a partner's past.", "Clare's Law"),
    ("Parents can use Sarah's Law to ask about people with access to their children.", "Sarah's Law"),
    ("New Jersey passed Megan's Law in 1994.", "Megan's Law"),
])
def test_a_law_named_after_a_person(nlp, text, name):
    nodes = policy_nodes(nlp, text)
    assert list(nodes) == [name], nodes
    assert not any(t == "Person" and n in name for t, n in all_nodes(nlp, text))


@pytest.mark.parametrize("text,forms", [
    ("He was charged under the Racketeer Influenced and Corrupt Organizations (RICO) Act in 2019.",
     {"RICO", "Racketeer Influenced and Corrupt Organizations Act"}),
    ("The force is part of the Organised Crime Partnership (OCP) programme, the chief said.",
     {"OCP", "Organised Crime Partnership"}),
    ("Funding comes through the Edward Byrne Memorial Justice Assistance Grant (JAG) program.",
     {"JAG", "Edward Byrne Memorial Justice Assistance Grant"}),
])
def test_long_form_acronym_and_policy_noun_are_one_node(nlp, text, forms):
    nodes = policy_nodes(nlp, text)
    assert len(nodes) == 1, nodes
    ((name, aliases),) = nodes.items()
    assert forms <= {name} | aliases, nodes


# -- generic phrases (guideline 4) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "These charges are the result of the strong law enforcement partnership between the US Attorney's Office and "
    "the county sheriff.",
    "The arrests follow a partnership with neighbouring forces, the superintendent said.",
    "The sheriff praised the joint operation, which led to 14 arrests.",
    "The pilot scheme will run in four forces until March, the Home Office said.",
    "Officers thanked residents for their support during the dedicated campaign.",
])
def test_generic_references_are_no_policies(nlp, text):
    assert policy_nodes(nlp, text) == {}


@pytest.mark.parametrize("text,name,alias", [
    ("The Home Office has opened the Safer Streets Fund to bids from councils. The latest round of Safer Streets "
     "funding will pay for lighting.", "Safer Streets Fund", "Safer Streets funding"),
    ("Lakeshire launched the Safer Nights Initiative in June. New Safer Nights grants went to 12 venues.",
     "Safer Nights Initiative", "Safer Nights grants"),
    ("The state adopted the Clean Streets Strategy. The Clean Streets plan has removed 40 guns.",
     "Clean Streets Strategy", None),
])
def test_a_short_form_of_a_named_policy_with_a_generic_noun_is_that_policy(nlp, text, name, alias):
    nodes = policy_nodes(nlp, text)
    assert list(nodes) == [name], nodes
    if alias is not None:
        assert any(a.endswith(alias) for a in nodes[name]), nodes


@pytest.mark.parametrize("text,person", [
    ("Funding comes through the Edward Byrne Memorial Justice Assistance Grant (JAG) program.", "Edward Byrne"),
    ("The Harriet Lane Victims Fund paid for 30 advocates last year.", "Harriet Lane"),
    ("Schools joined the Daniel Morgan Safety Initiative this spring.", "Daniel Morgan"),
])
def test_a_person_only_named_inside_a_policy_name_is_no_person(nlp, text, person):
    nodes = all_nodes(nlp, text)
    assert any(t == "Policy" for t, _ in nodes), nodes
    assert not any(t == "Person" for t, _ in nodes), nodes


def test_a_person_named_elsewhere_in_the_story_stays(nlp):
    text = ("The Harriet Lane Victims Fund paid for 30 advocates. "
            "Harriet Lane said the advocates had helped 400 families.")
    assert ("Person", "Harriet Lane") in all_nodes(nlp, text)
