"""Patterns of session 16, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import link_pairs, names, nodes

from kg.extract import extract_facts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("headline, verb", [
    ("District Attorney Creates Cold Case Unit To Review Old Files", "Creates"),
    ("U.S. Marshal Establishes Fugitive Task Force In Ohio", "Establishes"),
    ("Attorney General Forms Elder Justice Working Group", "Forms"),
    ("Chief Inspector Publishes Annual Report On Youth Custody", "Publishes"),
    ("Mayor Commends Officers For Bravery During Flood", "Commends"),
])
def test_a_headline_verb_after_a_post_is_no_name(nlp, headline, verb):
    """Guideline 5: no person is made of a post and the title-case verb of a headline ("Creates Cold Case")."""
    text = headline + "\n\nThe office said the work starts in May."
    people = names(nlp, text, "Person")
    assert not any(verb in p for p in people), people


def test_a_named_person_after_a_post_in_a_headline_still_ends_at_the_verb(nlp):
    text = "Sheriff Dana Whitlock Creates Rural Crime Unit\n\nSheriff Dana Whitlock said the unit would start in May."
    assert "Dana Whitlock" in names(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ("The Caledonian System will be offered to more courts next year.", "Caledonian System"),
    ("Officers now log every stop in the Tactical Incident Reporting System.", "Tactical Incident Reporting System"),
])
def test_a_named_system_is_a_policy_not_a_body(nlp, text, name):
    """Guideline 4: a named programme or tool (a capitalised name ending in ``System``) is a Policy."""
    assert name in names(nlp, text, "Policy"), names(nlp, text, "Organisation")
    assert name not in names(nlp, text, "Organisation")


def test_a_post_the_parser_splits_off_a_paragraph_still_makes_the_titled_alias(nlp):
    """Guideline 2: the titled mention ("Governor Whitmer") is an alias, also when it opens the paragraph after a
    headline (where the parser may cut the post off as a sentence of its own)."""
    text = ("FACT SHEET: Building Safer Streets Through Stronger, Safer Neighbourhoods\n\nGovernor Whitmer believes that "
            "every family should be empowered. Today, in Dayton, the Governor will highlight new steps.")
    people = nodes(nlp, text, "Person")
    assert any("Governor Whitmer" in p.aliases for p in people), [(p.name, p.aliases) for p in people]


def test_a_list_of_witnesses_in_title_case_is_no_headline(nlp):
    """A list item ("- Name, Post at Body") is body text however it is cased: its people are kept."""
    text = ("The committee will hear from:\n\n- Maria Delgado, Head of the Centre for Road Safety at Transport Scotland\n"
            "- Tomasz Nowak, Chief Executive at Victim Support Cymru\n\nThe session is open to the public.")
    assert {"Maria Delgado", "Tomasz Nowak"} <= names(nlp, text, "Person")


@pytest.mark.parametrize("text, pairs", [
    ("In an evidence session with the leadership of the Ministry of Justice and senior officials from HM Prison and "
     "Probation Service, the Justice Committee will examine staffing in prisons.",
     {("Justice Committee", "Ministry of Justice"), ("Justice Committee", "HM Prison and Probation Service")}),
    ("The Home Affairs Committee will hold an evidence session with the National Crime Agency on Tuesday.",
     {("Home Affairs Committee", "National Crime Agency")}),
    ("The Public Accounts Committee (PAC) met on Monday. The PAC will hold an oral evidence session with the "
     "Cabinet Office next month.", {("Public Accounts Committee", "Cabinet Office")}),
])
def test_an_evidence_session_with_a_body_is_oversight(nlp, text, pairs):
    """Guideline 10: a committee taking evidence from a body oversees it, also when it is said with a noun."""
    assert pairs <= link_pairs(nlp, text, "OVERSEES"), link_pairs(nlp, text, "OVERSEES")


def test_a_session_held_by_no_scrutinising_body_is_no_oversight(nlp):
    text = "Kent Police held an evidence session with the Home Office about the new radio system."
    assert not link_pairs(nlp, text, "OVERSEES")


def test_a_lower_case_short_name_refers_to_the_documents_own_body(nlp):
    """Guideline 2: "the prison service" in a report on the Scottish Prison Service is that service, not the
    national one a registry lists under the same short name."""
    text = ("The Scottish Prison Service has opened a new unit at HMP Grampian. Inspectors said the prison service "
            "had improved its training.")
    orgs = nodes(nlp, text, "Organisation")
    sps = next(o for o in orgs if o.name == "Scottish Prison Service")
    assert "prison service" in sps.aliases, [(o.name, o.aliases) for o in orgs]
    assert not any(o.name == "HM Prison and Probation Service" for o in orgs)


def said_quotes(nlp, text: str) -> list[str]:
    facts = extract_facts(nlp(text), "s")
    return [l.props.get("quote", "") for l in facts.links if l.type == "SAID"]


@pytest.mark.parametrize("text", [
    "The Bureau of Justice Assistance announced today an award totaling $2.5 million to be shared among five cities.",
    "The Home Secretary announced new powers to be brought forward in the Crime Bill.",
])
def test_announcing_a_thing_is_no_speech(nlp, text):
    """Guideline 8 vs 9: "announced an award ..." announces a measure; it reports no statement."""
    assert not said_quotes(nlp, text)


def test_announcing_that_something_happened_is_reported_speech(nlp):
    text = "The Justice Department announced that the Marshals Service had arrested 300 fugitives in Ohio."
    assert any("Marshals Service had arrested" in q for q in said_quotes(nlp, text))


@pytest.mark.parametrize("text, name, title", [
    ("Pacific Area Deputy Commander Rear Adm. Karen Holt said the cutter seized 4 tons of cocaine.", "Karen Holt",
     "Rear Admiral"),
    ("Vice Adm. Luis Ortega, the fleet commander, said the patrols would continue.", "Luis Ortega", "Vice Admiral"),
])
def test_a_naval_rank_is_a_title_not_a_name(nlp, text, name, title):
    people = nodes(nlp, text, "Person")
    assert [p.name for p in people] == [name], [p.name for p in people]
    assert title in people[0].titles


@pytest.mark.parametrize("text, body", [
    ("Ministry of Justice Permanent Secretary Gemma Lyle said the new unit would open in May.", "Ministry of Justice"),
    ("Department for Education Director General Omar Patel said schools would get the funding.",
     "Department for Education"),
])
def test_a_body_then_a_post_then_a_name_keeps_the_body_apart(nlp, text, body):
    """Guideline 7: "<Body> <Post> <Name>" is a person holding the post at the body; the post is no part of the
    body's name."""
    orgs = names(nlp, text, "Organisation")
    assert body in orgs and not any("Secretary" in o or "Director" in o for o in orgs), orgs


def test_a_name_two_countries_share_is_read_as_the_documents_own(nlp):
    """Guideline 2 (canonical names): "the Department of Justice" in a Northern Ireland release that counts in
    pounds is Northern Ireland's department, not the United States'."""
    text = ("The Department of Justice has opened a £500,000 fund for community projects in Belfast. "
            "Police Service of Northern Ireland officers will help choose the projects.")
    orgs = names(nlp, text, "Organisation")
    assert "Department of Justice (Northern Ireland)" in orgs, orgs
    us = "The Department of Justice awarded $3 million to the Ohio State Highway Patrol."
    assert "United States Department of Justice" in names(nlp, us, "Organisation")


def said_pairs(nlp, text: str) -> set[tuple[str, str]]:
    facts = extract_facts(nlp(text), "s")
    by_id = {n.id: n.name for n in facts.nodes}
    return {(by_id[l.source], l.props.get("quote", "")) for l in facts.links if l.type == "SAID"}


def test_a_named_body_recommending_is_reported_speech(nlp):
    """Guideline 8: "the Panel recommended that ..." reports what the panel said."""
    text = "The Independent Review Panel recommended that every force publish its stop and search data each month."
    assert any(s == "Independent Review Panel" and q.startswith("every force publish") for s, q in said_pairs(nlp, text))


def test_recommending_a_number_of_changes_is_no_speech(nlp):
    assert not said_pairs(nlp, "HM Inspectorate of Prisons recommended 12 changes at the jail last year.")


def test_a_reports_we_found_is_said_by_the_overseer_not_the_overseen(nlp):
    """Guideline 8: "the report said" is the issuing body's speech; in an audit report "We found that ..." is the
    auditor's, even when the headline names the audited agency first."""
    text = ("Transportation Security Administration: Screening Gaps Remain\n\nWhat GAO Found\n\n"
            "We found that the Transportation Security Administration missed 7 of its 10 screening targets. "
            "We recommended that the agency update its training plan.\n\nGAO reviewed agency records.")
    pairs = said_pairs(nlp, text)
    assert {s for s, _ in pairs} == {"Government Accountability Office"}, pairs
    assert any(q.startswith("the Transportation Security Administration missed") for _, q in pairs)


def test_a_reports_heading_words_are_no_part_of_the_body(nlp):
    text = ("U.S. Department of Justice Office of the Inspector General Audit Division Audit Report GR March 2013\n\n"
            "The Department of Justice Office of the Inspector General, Audit Division, has completed an audit of "
            "the grant.")
    orgs = names(nlp, text, "Organisation")
    assert not any("Report" in o for o in orgs), orgs


@pytest.mark.parametrize("text, place", [
    ("Officers in Dyfed-Powys seized 40 knives last month.", "Dyfed-Powys"),
    ("The Dyfed-Powys Police and Crime Commissioner opened the fund.", "Dyfed-Powys"),
])
def test_a_place_name_joined_by_a_hyphen_is_one_place(nlp, text, place):
    places = names(nlp, text, "Place")
    assert place in places and "Powys" not in places and "Dyfed" not in places, places


@pytest.mark.parametrize("text, name", [
    ("Chief Constable Ben-Julian Harrington said officers had seized 40 knives.", "Ben-Julian Harrington"),
    ("Director Mary-Anne Clough told the committee the unit would grow.", "Mary-Anne Clough"),
])
def test_a_hyphened_first_name_is_part_of_the_name(nlp, text, name):
    assert names(nlp, text, "Person") == {name}


def test_a_place_before_a_police_rank_gives_the_force(nlp):
    """Guideline 7: "Kent's chief constable" -> Kent Police; so is "Essex Chief Constable X"."""
    from linkpairs import held_roles
    held, _, _ = held_roles(nlp, "Essex Chief Constable Jane Roe said officers had seized 40 knives.")
    assert ("Jane Roe", "Chief Constable", "Essex Police") in held, held


def stats(nlp, text: str) -> list:
    return [n for n in extract_facts(nlp(text), "s").nodes if n.type == "Statistic"]


def test_pounds_listed_by_state_in_a_story_that_weighs_in_tons_are_a_weight(nlp):
    """Guideline 6 (unit): "pounds" with no currency sign, in a story that weighs things in tons, is a weight."""
    text = ("Agents collected more than 300 tons of unused medicine in the spring. The amounts for each state were: "
            "Iowa - 3,615 pounds; Kansas - 5,113 pounds.")
    units = {n.props["value"]: n.props["unit"] for n in stats(nlp, text)}
    assert units.get(3615) == "pounds" and units.get(5113) == "pounds", units


def test_a_figure_a_total_is_brought_to_measures_that_total(nlp):
    """Guideline 6 (measure): "brings the total number of X to N" counts X."""
    text = "Today's arrests bring the total number of defendants charged in the investigation to 45."
    found = {n.props["value"]: n.props.get("measure") or "" for n in stats(nlp, text)}
    assert "defendants" in found.get(45, ""), found


@pytest.mark.parametrize("text", [
    "DEA Administrator Anne Milgram testified on Tuesday before the Senate Judiciary Committee about fentanyl.",
    "ATF Director Steven Dettelbach testified March 3 before the House Appropriations Committee.",
])
def test_a_witness_whose_post_names_a_body_gives_evidence_for_that_body(nlp, text):
    """Guideline 10 (check_gold's note): a committee hearing a witness oversees the body the witness answers for,
    here named in the post before the name; a date between the verb and 'before' changes nothing."""
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert pairs and all(b in ("Drug Enforcement Administration", "Bureau of Alcohol, Tobacco, Firearms and Explosives")
                         for _, b in pairs), pairs


@pytest.mark.parametrize("text, person, body", [
    ("A Ministry of Justice spokesperson said: \"We are building 20,000 new prison places.\"",
     "Ministry of Justice spokesperson", "Ministry of Justice"),
    ("A spokesman for Avon and Somerset Police said the road had reopened.", "Avon and Somerset Police spokesman",
     "Avon and Somerset Police"),
])
def test_a_spokesperson_for_a_named_body_is_an_unnamed_official(nlp, text, person, body):
    """Guideline 5: an unnamed official takes the post as name; guideline 7: the post is held in the body."""
    from linkpairs import held_roles
    held, _, _ = held_roles(nlp, text)
    said = said_pairs(nlp, text)
    assert any(s == person for s, _ in said), said
    assert any(p == person and b == body for p, _, b in held), held


def test_a_spokesperson_of_no_named_body_is_left_to_the_story(nlp):
    text = "Kent Police closed the road on Monday. A spokesperson said it would reopen by noon."
    assert not names(nlp, text, "Person")


def test_a_capitals_only_headline_word_is_no_acronym(nlp):
    """"MPS CALL FOR ACTION" in a committee's release: "MPS" is MPs, not the Metropolitan Police Service."""
    text = ("MPS CALL FOR URGENT ACTION ON NORTHERN IRELAND'S PRISON BUILDINGS\n\nThe Northern Ireland Affairs "
            "Committee today publishes its report on prisons in Northern Ireland.")
    assert "Metropolitan Police Service" not in names(nlp, text, "Organisation")
    assert "Northern Ireland" in names(nlp, text, "Place"), names(nlp, text, "Place")


def test_an_acronym_in_a_capitals_headline_stands_when_the_text_uses_it_too(nlp):
    text = "FBI ARRESTS FOUR IN FRAUD CASE\n\nThe FBI arrested four men in Denver on Tuesday."
    assert "Federal Bureau of Investigation" in names(nlp, text, "Organisation")


def test_a_storms_name_is_no_person_and_no_place(nlp):
    text = ("After Hurricanes Harvey and Irma, FEMA sent teams to Texas. Storm Ciaran flooded homes in Jersey.")
    assert not names(nlp, text, "Person")
    assert names(nlp, text, "Place") == {"Texas", "Jersey"}, names(nlp, text, "Place")


def test_an_area_named_by_its_counties_is_a_place_not_a_body(nlp):
    text = "This is great news for the people of Bedfordshire, Cambridgeshire and Essex."
    assert not names(nlp, text, "Organisation"), names(nlp, text, "Organisation")
    assert any("Bedfordshire" in p for p in names(nlp, text, "Place"))


def test_a_firm_named_after_its_partners_stays_a_body(nlp):
    text = "Officers met lawyers from Smith, Jones and Partners on Monday."
    assert not names(nlp, text, "Place")


def test_a_justice_minister_is_no_courts_minister(nlp):
    """"Justice Minister" (Northern Ireland's head of justice, or a justice minister anywhere) is its own post."""
    from linkpairs import held_roles
    _, titled, _ = held_roles(nlp, "Justice Minister Naomi Long said the fund would open.")
    assert titled.get("Naomi Long") == {"Justice Minister"}, titled


@pytest.mark.parametrize("text", [
    "Department of Justice Awards More Than $50 Million To Support Victims\n\nWASHINGTON - The Department of Justice "
    "today awarded grants to 40 states.",
    "Department of Labor Invests More Than $20 Million in Reentry Programs\n\nThe Department of Labor said the grants "
    "would reach 12 cities.",
])
def test_a_headline_verb_ends_a_body_name(nlp, text):
    orgs = names(nlp, text, "Organisation")
    assert not any("More Than" in o for o in orgs), orgs


@pytest.mark.parametrize("text", [
    "The strategy rests on two key pillars: prevention and enforcement.",
    "Residents can protect themselves by following four simple steps.",
    "The plan sets out three priorities for the force.",
])
def test_a_small_count_of_a_plans_parts_is_no_statistic(nlp, text):
    """Guideline 6: numeric facts, not how a text is laid out."""
    assert not stats(nlp, text)


def test_a_count_of_recommendations_is_still_a_statistic(nlp):
    assert stats(nlp, "The inspectors made 12 recommendations to the prison.")
