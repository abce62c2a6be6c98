"""Who announced what, beyond a verb and its own object (guideline 9), each pattern shown on sentences written for
these tests (UK and US): a body set up in a headline, the programme a sum or a grant round is for, the rest of an
announced clause around an inner frame, places or staff added to a programme, and an agentless passive that hands
out the money someone announced just before."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts
from linkpairs import link_pairs

pytestmark = pytest.mark.model


links = link_pairs


# -- a headline that sets a body up ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Justice Department Launches Firearms Trafficking Strike Forces to Address Violent Crime\n"
     "The Department of Justice today launched five strike forces in key regions.",
     ("United States Department of Justice", "Firearms Trafficking Strike Forces")),
    ("Kent Police Launches New Rural Crime Unit\n"
     "Kent Police has created a dedicated team to tackle farm thefts across the county, the force said.",
     ("Kent Police", "Rural Crime Unit")),
    ("Home Office Establishes National Fraud Coordination Centre\n"
     "The Home Office said the centre would open in Manchester in the spring.",
     ("Home Office", "National Fraud Coordination Centre")),
])
def test_a_body_named_after_a_headline_set_up_verb_was_set_up_by_its_subject(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, body", [
    ("FBI and HSI Announce Regional Homeland Security Task Force\nToday, the Federal Bureau of Investigation and "
     "Homeland Security Investigations announced a new Homeland Security Task Force in Kansas City.",
     "Homeland Security Task Force"),
    ("Greater Manchester Police Launches Serious Organised Crime Taskforce\nGreater Manchester Police said the "
     "Organised Crime Taskforce would start work in Salford in June.", "Organised Crime Taskforce"),
    ("Police Scotland Sets Up National Rural Crime Unit\nPolice Scotland has set up a Rural Crime Unit at its "
     "headquarters in Stirling.", "Rural Crime Unit"),
])
def test_a_headline_body_with_one_modifier_more_is_the_story_s_body(nlp, text, body):
    facts = extract_facts(nlp(text), "f")
    words = set(body.lower().split())
    same = [n for n in facts.nodes if n.type == "Organisation" and words <= set(n.name.lower().split())]
    assert len(same) == 1, [n.name for n in same]


@pytest.mark.parametrize("text", [
    "Home Office Announces Knife Crime Figures\nThe Home Office published the figures on Thursday.",
    "FBI Announces Arrests by Violent Gang Task Force\nThe FBI said twelve people were charged on Monday.",
])
def test_a_headline_announcing_figures_or_results_sets_no_body_up(nlp, text):
    assert all(kind != "Organisation" for kind in _target_kinds(nlp, text)), links(nlp, text)


def _target_kinds(nlp, text: str) -> list[str]:
    facts = extract_facts(nlp(text), "f")
    kinds = {n.id: n.type for n in facts.nodes}
    return [kinds[l.target] for l in facts.links if l.type == "ANNOUNCED"]


# -- the programme an announced sum or grant round is for -------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Today, the Office of National Drug Control Policy announced an initial round of 150 new grants for its "
     "Drug-Free Communities Support Program.",
     ("Office of National Drug Control Policy", "Drug-Free Communities Support Program")),
    ("The Home Office awarded £4 million to twelve councils through the Safer Streets Fund.",
     ("Home Office", "Safer Streets Fund")),
    ("The Bureau of Justice Assistance announced $9 million in grants under the Smart Policing Initiative and the "
     "Body-Worn Camera Policy and Implementation Program.",
     ("Bureau of Justice Assistance", "Smart Policing Initiative")),
])
def test_funding_for_a_named_programme_announces_the_programme(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


def test_each_programme_listed_after_the_sum_is_announced(nlp):
    found = links(nlp, "To protect children, the COPS Office also announced $26.1 million in grants under the COPS "
                       "Office’s Child Sexual Predator Program and Secure Our Schools Program.")
    assert {("Office of Community Oriented Policing Services", "Child Sexual Predator Program"),
            ("Office of Community Oriented Policing Services", "Secure Our Schools Program")} <= found, found


def test_money_for_people_under_a_law_does_not_announce_the_law(nlp):
    found = links(nlp, "The department announced $2 million for victims under the Violence Against Women Act.")
    assert not any(policy == "Violence Against Women Act" for _, policy in found), found


# -- an announced clause around an inner frame --------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Attorney General Merrick B. Garland announced that the Justice Department is adding three new cities to its "
     "Criminal Division’s Violent Crime Initiative, building on the successful model launched in Houston in 2022.",
     ("Merrick B. Garland", "Violent Crime Initiative")),
    ("Home Secretary Yvette Cooper announced that the Safer Streets Summer Initiative would reach 500 town centres, "
     "following the pilot launched in Kent last year.",
     ("Yvette Cooper", "Safer Streets Summer Initiative")),
    ("Governor Tina Kotek announced that the Community Violence Intervention Program will continue in Portland, "
     "alongside the grants introduced by the legislature in 2021.",
     ("Tina Kotek", "Community Violence Intervention Program")),
])
def test_an_inner_announce_verb_in_a_modifier_leaves_the_clause_to_the_announcer(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


def test_what_the_inner_verb_governs_stays_its_own(nlp):
    found = links(nlp, "The Home Secretary announced that the National Crime Agency has launched Operation Kestrel.")
    assert ("National Crime Agency", "Operation Kestrel") in found, found
    assert ("Home Secretary", "Operation Kestrel") not in found, found


# -- places or staff added to a programme ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Justice Department is adding three new cities to its Violent Crime Initiative.",
     ("United States Department of Justice", "Violent Crime Initiative")),
    ("Kent Police has added 40 officers to Operation Harbour this winter.", ("Kent Police", "Operation Harbour")),
    ("The Scottish Government added Dundee and Perth to the Safer Communities Programme in May.",
     ("Scottish Government", "Safer Communities Programme")),
])
def test_adding_places_or_staff_to_a_programme_expands_it(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "The Mayor added her voice to the Safe Summer Campaign.",
    "Chief Constable Ruth Bell added that Operation Harbour had been a success.",
])
def test_adding_support_or_a_remark_expands_nothing(nlp, text):
    assert links(nlp, text) == set()


# -- an agentless passive hands out the money announced just before ----------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Associate Attorney General Tom Perrelli traveled to Houston to announce the availability of $298 million in "
     "grants to hire officers. The funding is being awarded under the COPS Hiring Program.",
     ("Tom Perrelli", "COPS Hiring Program")),
    ("The Home Secretary, Jane Doe, announced £5 million for rural crime prevention. Ten new grants were awarded "
     "through the Rural Crime Fund.",
     ("Jane Doe", "Rural Crime Fund")),
    ("The Ministry of Justice announced £12 million for prison education on Monday. The money will be allocated "
     "under the Prison Education Framework.",
     ("Ministry of Justice", "Prison Education Framework")),
])
def test_the_funding_awarded_under_a_programme_is_the_last_announcer_s(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    # nothing refers back to the sum
    "The Home Office announced £5 million for rural crime prevention. Grants were awarded through the Rural Crime "
    "Fund in 2015.",
    # too far back: three sentences lie between
    "The Home Office announced £5 million for rural crime prevention. Farmers welcomed it. Thefts fell. Police said "
    "so. The funding was awarded through the Rural Crime Fund.",
])
def test_an_agentless_award_with_no_announced_sum_to_refer_to_has_no_agent(nlp, text):
    assert not any(policy == "Rural Crime Fund" for _, policy in links(nlp, text)), links(nlp, text)


# -- funding the cost of a measure ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Treasury will also fund the cost of building a new prison at Hollow Marsh in Suffolk.",
     ("HM Treasury", "new prison at Hollow Marsh")),
    ("The Cook County Board will fund the costs of the Safe Passage Program in Chicago next year.",
     ("Cook County Board", "Safe Passage Program")),
    ("The Welsh Government will finance the cost of the Youth Diversion Scheme until 2027.",
     ("Welsh Government", "Youth Diversion Scheme")),
])
def test_funding_the_cost_of_a_measure_funds_the_measure(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


# -- an occasion that unveils something ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("In a major speech today unveiling his Plan for Change, the Prime Minister will tell communities that they can "
     "expect more police.", ("Prime Minister", "Plan for Change")),
    ("In a statement announcing the Safe Harbor Initiative, Governor Maura Healey said the program would start in "
     "Boston.", ("Maura Healey", "Safe Harbor Initiative")),
    ("During a visit launching Operation Tideway in Dover, Chief Constable Ruth Bell thanked the border teams.",
     ("Ruth Bell", "Operation Tideway")),
])
def test_who_gives_the_speech_that_unveils_a_measure_announces_it(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


def test_an_occasion_with_nobody_giving_it_has_no_agent(nlp):
    assert links(nlp, "A speech unveiling the Safe Harbor Initiative was widely reported.") == set()


# -- an order someone issues -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Task Force was formed pursuant to the President’s Executive Order on a Task Force on Crime Reduction and "
     "Public Safety.", "President"),
    ("Officers will follow Governor Gavin Newsom’s Executive Order on Retail Theft from Monday.", "Gavin Newsom"),
    ("Forces must apply the Home Secretary’s Directive on Knife Arches at every event.", "Home Secretary"),
])
def test_an_order_belongs_to_the_one_who_issued_it(nlp, text, wanted):
    found = links(nlp, text)
    assert any(agent == wanted for agent, _ in found), found


def test_a_body_s_order_of_business_is_no_issued_order(nlp):
    assert links(nlp, "The council's order of business was agreed on Monday.") == set()


# -- oversight of the body that writes ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Independent Office for Police Conduct published its annual report today. It also covers the Home Affairs "
     "Committee’s inquiry into our work.", ("Home Affairs Committee", "Independent Office for Police Conduct")),
    ("HM Inspectorate of Probation published its findings on Tuesday. The Justice Committee's scrutiny of our "
     "inspections found no gaps.", ("Justice Committee", "HM Inspectorate of Probation")),
    ("The Office of the Inspector General released its plan today. The Government Accountability Office's review of "
     "our audits will follow in May.",
     ("Government Accountability Office", "Office of the Inspector General")),
])
def test_a_review_of_our_work_oversees_the_body_writing(nlp, text, wanted):
    found = links(nlp, text, "OVERSEES")
    assert wanted in found, found


# -- what is not set up or announced ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Secret Service set up a network to fight cyber crime.",
    "The Home Office created a team after the riots in Southport.",
    "Essex Police formed a group with the county's councils in 2020.",
])
def test_a_bare_body_noun_set_up_names_no_body(nlp, text):
    assert not any(kind == "Organisation" for kind in _target_kinds(nlp, text)), links(nlp, text)


@pytest.mark.parametrize("text", [
    "The program funds a broad range of projects across the country.",
    "The Home Office will fund a wide variety of schemes in 2025.",
    "The grants support a large number of community groups in Ohio.",
])
def test_a_quantity_noun_funded_is_no_measure(nlp, text):
    found = links(nlp, text)
    assert not any(p.split()[-1] in {"range", "variety", "number"} for _, p in found), found


# -- a headline's agent written shorter than in the story -----------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Swire announces additional funding for PSNI\nNIO Minister of State Hugo Swire has announced that the Treasury has "
     "made available an additional £12.9m for the PSNI.", "Hugo Swire"),
    ("Patel Launches National Rural Crime Unit\nHome Secretary Priti Patel said the unit would be based in Exeter.",
     "Priti Patel"),
    ("Garcia Unveils Safe Routes to School Program\nMayor Eric Garcia said the program would start in San Jose in "
     "August.", "Eric Garcia"),
])
def test_a_headline_surname_is_the_story_s_person(nlp, text, wanted):
    found = links(nlp, text)
    assert any(agent == wanted for agent, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    ("The Office of Justice Programs (OJP Office) funds research. Last year OJP awarded $3 million under the Smart "
     "Prosecution Program.", ("Office of Justice Programs", "Smart Prosecution Program")),
    ("The Serious Violence Directorate (SVD Unit) advises ministers. Last year SVD awarded £2 million under the Knife "
     "Crime Community Fund.", ("Serious Violence Directorate", "Knife Crime Community Fund")),
    ("The Youth Justice Board (YJB Office) funds pilots. Last year YJB awarded £2 million under the Turnaround "
     "Programme.", ("Youth Justice Board", "Turnaround Programme")),
])
def test_a_bare_acronym_agent_is_the_body_written_with_it_and_a_body_noun(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found
