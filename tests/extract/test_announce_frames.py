"""ANNOUNCED and OVERSEES frames over the parse (guidelines 9 and 10), each pattern shown on sentences written for
these tests: lists of measures after a colon, directing someone to set something up, announced sums, list items
that look like descriptions, a name's subtitle, and hearings held before a committee."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts
from linkpairs import link_pairs

pytestmark = pytest.mark.model


links = link_pairs


def statuses(nlp, text: str) -> dict[tuple[str, str], str]:
    facts = extract_facts(nlp(text), "f")
    names = {n.id: n.name for n in facts.nodes}
    return {(names[l.source], names[l.target]): l.props.get("status") for l in facts.links if l.type == "ANNOUNCED"}


# -- a list of measures after a colon, items parted by semicolons ---------------------------------------------------

@pytest.mark.parametrize("text, agent, wanted", [
    ("Governor Tom Avery announced three measures at the State Capitol: over $8 million in violence prevention "
     "funding; the creation of a new Organized Theft Task Force; and a directive to all state "
     "prosecutors to appoint a fentanyl liaison.",
     "Tom Avery", {"violence prevention funding", "Organized Theft Task Force",
                   "directive to appoint a fentanyl liaison"}),
    ("Home Secretary Anna Gale unveiled the following steps: a ban on ninja swords; £5 million in knife crime "
     "prevention funding; and a national register of knife sellers.",
     "Anna Gale", {"ban on ninja swords", "register of knife sellers"}),
    ("The Scottish Government announced these actions in Edinburgh: a review of police custody; a new youth "
     "diversion scheme; and the launch of Operation Kestrel.",
     "Scottish Government", {"youth diversion scheme", "Operation Kestrel"}),
])
def test_each_item_of_a_listed_announcement_is_announced(nlp, text, agent, wanted):
    found = links(nlp, text)
    assert {(agent, w) for w in wanted} <= found, found


def test_a_colon_with_no_semicolon_list_adds_nothing(nlp):
    found = links(nlp, "The Mayor announced a new strategy: officers will walk the beat again.")
    assert all(target != "officers" for _, target in found)


# -- directing someone to set a measure up ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Attorney General directed every United States Attorney to host Community Gun Safety Forums in their districts.",
     ("Attorney General", "Community Gun Safety Forums")),
    ("Chief Constable Ruth Bell instructed all divisions to implement Operation Harbour before the summer.",
     ("Ruth Bell", "Operation Harbour")),
    ("Mayor Dean Carter directed the police department to establish the Safe Corridors Program this spring.",
     ("Dean Carter", "Safe Corridors Program")),
])
def test_directing_a_body_to_set_up_a_measure_announces_it(nlp, text, wanted):
    assert wanted in links(nlp, text)


def test_directing_officers_to_arrest_someone_announces_nothing(nlp):
    assert links(nlp, "The sheriff directed deputies to arrest John Miller at his home in Tulsa.") == set()


# -- an announced sum and what it funds -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Secretary Maria Ortiz announced the release of $25 million in grants to support tribal victim services.",
     "grants to support tribal victim services"),
    ("Minister Kate Moss today announced £9 million in youth outreach funding this year.",
     "youth outreach funding"),
    ("The Department of Homeland Security announced over $4 million in body camera funding on Tuesday.",
     "body camera funding"),
])
def test_an_announced_sum_names_its_funding(nlp, text, wanted):
    assert any(target == wanted for _, target in links(nlp, text)), links(nlp, text)


def test_a_bare_announced_sum_is_no_policy(nlp):
    assert links(nlp, "The Home Office announced £5 million in funding yesterday.") == set()


# -- list items are not descriptions; a name's subtitle is not a second measure ----------------------------------------

@pytest.mark.parametrize("text, agent, wanted", [
    ("Commissioner Mark Rowe announced the release of new body-worn video guidance, a new witness protection scheme "
     "aimed at young people, and a review of custody.", "Mark Rowe", "witness protection scheme"),
    ("Justice Secretary Amir Khan announced the release of £3 million in grants to support victims, a new "
     "witness care scheme, and a review of sentencing.", "Amir Khan", "witness care scheme"),
])
def test_an_item_of_a_list_is_announced_even_after_a_comma_and_article(nlp, text, agent, wanted):
    found = links(nlp, text)
    assert (agent, wanted) in found, found


def test_a_description_in_apposition_is_still_no_second_thing(nlp):
    found = links(nlp, "The Home Office set up the Knife Crime Taskforce, a Metropolitan Police team, in 2019.")
    assert all(t != "Metropolitan Police team" for _, t in found)


@pytest.mark.parametrize("text, agent, name", [
    ("Governor Lena Park today announced Project Safe Streets: Oregon's Partnership Against Gun Crime.",
     "Lena Park", "Project Safe Streets"),
    ("The Home Secretary launched Operation Sentinel: Britain's Network Against County Lines.",
     "Home Secretary", "Operation Sentinel"),
])
def test_a_subtitle_after_a_colon_is_the_same_measure(nlp, text, agent, name):
    found = links(nlp, text)
    assert (agent, name) in found
    assert len(found) == 1, found


# -- modality ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Essex Police is considering using live facial recognition cameras at railway stations.", "considered"),
    ("The Home Office has rejected plans to introduce a curfew for teenagers.", "rejected"),
    ("Home Secretary James Cleverly proposed a ban on zombie knives.", "proposed"),
    ("The Chicago Police Department denied that it would introduce a stop-and-frisk program.", "denied"),
])
def test_modality_stays_on_the_link(nlp, text, status):
    found = statuses(nlp, text)
    assert found and set(found.values()) == {status}, found


# -- oversight said by a hearing -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Testimony of Jane Rivera, Director, before the House Committee on Homeland Security concerning "
     "\u201cOversight of the Federal Bureau of Investigation\u201d",
     ("United States House Committee on Homeland Security", "Federal Bureau of Investigation")),
    ("The Chief Constable gave evidence before the Home Affairs Committee on the oversight of the National Crime Agency.",
     ("Home Affairs Committee", "National Crime Agency")),
    ("Statement of the Inspector General before the Senate Judiciary Committee regarding the oversight of the "
     "Bureau of Prisons.",
     ("United States Senate Committee on the Judiciary", "Federal Bureau of Prisons")),
])
def test_a_hearing_on_oversight_before_a_committee_is_the_committee_overseeing(nlp, text, wanted):
    assert wanted in links(nlp, text, "OVERSEES")


def test_a_statement_before_a_committee_on_another_subject_states_no_oversight(nlp):
    assert links(nlp, "Statement of the Director before the Senate Committee on the Judiciary concerning the "
                      "budget request for 2017.", "OVERSEES") == set()


# -- "we" in remarks: the body that calls itself "we" ----------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Remarks as delivered\n\nI am joined today by FBI Director Ann Ross and DEA Administrator Tim Cole.\n\n"
     "The Department of Homeland Security is committed to our mission of keeping the border safe. "
     "Last year we launched the Border Shield Initiative.",
     ("United States Department of Homeland Security", "Border Shield Initiative")),
    ("Thank you all for coming.\n\nWith me today is Chief Constable Mary Hall of Kent Police.\n\n"
     "The Home Office is determined to play our part in cutting knife crime. "
     "We have set up the Serious Violence Taskforce.",
     ("Home Office", "Serious Violence Taskforce")),
    ("Good morning.\n\nI am joined by the Mayor of London.\n\n"
     "Greater Manchester Police has made our streets safer than ever. This year we introduced Operation Vigilant.",
     ("Greater Manchester Police", "Operation Vigilant")),
])
def test_an_unquoted_we_is_the_body_that_calls_itself_we(nlp, text, wanted):
    found = links(nlp, text)
    assert wanted in found, found


# -- a possessor that refers back to a named body --------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Kent Police was criticised in the report. The IOPC is investigating the force's handling of the complaint.",
     ("Independent Office for Police Conduct", "Kent Police")),
    ("West Midlands Police has been under pressure. HMICFRS inspected the force's response to domestic abuse.",
     ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "West Midlands Police")),
    ("The Chicago Police Department faced a federal lawsuit. The Inspector General is reviewing the department's "
     "use of force policy.", ("Inspector General", "Chicago Police Department")),
])
def test_the_force_or_department_overseen_is_the_body_named_before(nlp, text, wanted):
    assert wanted in links(nlp, text, "OVERSEES")


def test_a_possessor_with_no_body_before_it_oversees_nothing(nlp):
    assert links(nlp, "The watchdog is investigating the force's handling of the complaint.", "OVERSEES") == set()


# -- funding handed out under a named scheme --------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Justice Department awarded grants totalling $10 million to 15 cities under the Community Violence "
     "Intervention initiative.", ("United States Department of Justice", "Community Violence Intervention initiative")),
    ("The Home Office allocated funding to 20 forces through the Safer Streets Fund.",
     ("Home Office", "Safer Streets Fund")),
    ("The Ministry of Justice awarded grants to 30 charities from the Victims Fund.",
     ("Ministry of Justice", "Victims Fund")),
])
def test_grants_awarded_under_a_scheme_announce_the_scheme(nlp, text, wanted):
    assert wanted in links(nlp, text)


# -- a consultation on proposals: the measure is proposed --------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Home Office has launched a consultation on proposals to extend Serious Violence Reduction Orders.",
     ("Home Office", "Serious Violence Reduction Orders")),
    ("The Department of Justice launched a consultation on proposals to expand Project Safe Neighborhoods.",
     ("United States Department of Justice", "Project Safe Neighborhoods")),
    ("The Scottish Government has launched a consultation on plans to introduce the Safer Communities Strategy.",
     ("Scottish Government", "Safer Communities Strategy")),
])
def test_what_a_consultation_is_on_is_only_proposed(nlp, text, wanted):
    found = statuses(nlp, text)
    assert found.get(wanted) in {"proposed", "planned"}, found


# -- a body's new unit -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Met's new Violent Crime Taskforce will patrol hotspots.",
     ("Metropolitan Police Service", "Violent Crime Taskforce")),
    ("Kent Police's new rural crime team began work on Monday.", ("Kent Police", "new rural crime team")),
    ("The FBI's new cyber fraud squad made its first arrests.", ("Federal Bureau of Investigation", "new cyber fraud squad")),
])
def test_a_bodys_new_unit_was_set_up_by_it(nlp, text, wanted):
    assert wanted in links(nlp, text)


@pytest.mark.parametrize("text", [
    "The Met's new Commissioner spoke to the press.",
    "Police Scotland's new Chief Constable Jo Farrell took office.",
])
def test_a_bodys_new_officer_is_no_unit(nlp, text):
    assert links(nlp, text) == set()


# -- a post written with capitals keeps them in a measure's name --------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("The Home Secretary announced a directive to all forces to appoint a County Lines Coordinator.",
     ("Home Secretary", "directive to appoint a County Lines Coordinator")),
    ("The Governor announced a directive to every agency to appoint a Chief Privacy Officer.",
     ("Governor", "directive to appoint a Chief Privacy Officer")),
    ("Attorney General Dana Price announced a directive to all prosecutors to designate an Opioid Coordinator.",
     ("Dana Price", "directive to designate an Opioid Coordinator")),
])
def test_a_directive_to_appoint_a_post_keeps_the_posts_capitals(nlp, text, wanted):
    assert wanted in links(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    ("The Home Office announced £4 million in funding through the Safer Streets Fund.", ("Home Office", "Safer Streets Fund")),
    ("The Attorney General announced $9 million in grants under the Comprehensive Anti-Gang Initiative for 12 cities.",
     ("Attorney General", "Comprehensive Anti-Gang Initiative")),
    ("The Justice Department announced $26 million in grants under the Safe Schools Partnership Program.",
     ("United States Department of Justice", "Safe Schools Partnership Program")),
])
def test_an_announced_sum_under_a_scheme_announces_the_scheme(nlp, text, wanted):
    assert wanted in links(nlp, text)


# -- multiplying a measure expands it ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Home Secretary Amber Rudd announced the doubling of the Safer Streets Fund.", ("Amber Rudd", "Safer Streets Fund")),
    ("The Scottish Government will triple the Violence Reduction Fund next year.",
     ("Scottish Government", "Violence Reduction Fund")),
    ("The Mayor has doubled the knife crime prevention fund to £4 million.", ("Mayor", "knife crime prevention fund")),
])
def test_doubling_a_fund_announces_it(nlp, text, wanted):
    assert wanted in links(nlp, text)


@pytest.mark.parametrize("text", [
    "Burglaries doubled in the city last year.",
    "The force doubled the number of officers on patrol.",
])
def test_doubling_a_count_announces_nothing(nlp, text):
    assert links(nlp, text) == set()
