"""OVERSEES frames of kg.extract.oversight (guideline 10) on sentences written for these tests, UK and US: an
overseer's finding or grade about a body, inspectors visiting a body (a participle), and who is asked or
commissioned to review a body; and sentences where none of them may fire."""
from __future__ import annotations

import functools

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


oversees = functools.partial(link_pairs, kind="OVERSEES")

HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"


@pytest.mark.parametrize("text,overseer,overseen", [
    ("HMICFRS found that Devon and Cornwall Police had improved its response to domestic abuse.",
     HMICFRS, "Devon and Cornwall Police"),
    ("The Government Accountability Office concluded that the Department of Homeland Security had not met its "
     "targets.", "Government Accountability Office", "United States Department of Homeland Security"),
    ("The OIG found that the Bureau of Prisons failed to track overtime.", "OIG", "Federal Bureau of Prisons"),
    ("The report by HM Inspectorate of Prisons found that HMP Wandsworth was unsafe.",
     "HM Inspectorate of Prisons", "HMP Wandsworth"),
    ("The Inspector General determined that the Drug Enforcement Administration had failed to track payments.",
     "Inspector General", "Drug Enforcement Administration"),
])
def test_an_overseers_finding_about_a_body(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("HMICFRS rated Kent Police as good at preventing crime.", HMICFRS, "Kent Police"),
    ("HM Inspectorate of Probation judged the Wessex Probation Service to be inadequate at managing risk.",
     "HM Inspectorate of Probation", "Wessex Probation Service"),
    ("The Office of the Inspector General rated the Riverton Police Department as deficient in two areas.",
     "Office of the Inspector General", "Riverton Police Department"),
])
def test_a_grade_given_to_a_body(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "Kent Police found that the suspect had fled to Spain.",
    "The Metropolitan Police concluded that the Home Office had not provided the funds.",
    "The jury found that Greater Manchester Police had failed the family.",
    "A former inspector who joined Kent Police in May found that the force was short of staff.",
    "HMICFRS found that the officer had lied to colleagues.",
    "The mayor rated the new bus lanes as a success.",
])
def test_no_finding_by_a_body_that_does_not_oversee(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("Inspectors from HM Inspectorate of Prisons returning to HMP Leeds to assess progress found little change.",
     "HM Inspectorate of Prisons", "HMP Leeds"),
    ("Auditors from the Office of the Inspector General visiting the Riverton Police Department in May found "
     "gaps in its records.", "Office of the Inspector General", "Riverton Police Department"),
    ("Inspectors from HMICFRS revisiting Cleveland Police last spring saw real progress.",
     HMICFRS, "Cleveland Police"),
])
def test_inspectors_visiting_a_body(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Home Secretary asked HMICFRS to inspect how Kent Police handles stalking.", HMICFRS, "Kent Police"),
    ("The Attorney General commissioned Sir David Calvert-Smith to review the Serious Fraud Office.",
     "David Calvert-Smith", "Serious Fraud Office"),
    ("The Justice Department asked the Inspector General to investigate the Bureau of Prisons.",
     "Inspector General", "Federal Bureau of Prisons"),
    ("The city council appointed Maria Lopez to review the Oakdale Police Department.",
     "Maria Lopez", "Oakdale Police Department"),
])
def test_who_is_asked_to_review_a_body_reviews_it(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "The Home Secretary asked Kent Police to recruit more officers.",
    "The chief constable invited reporters to visit the new custody suite.",
    "A former HMICFRS inspector who has joined Kent Police said the force was improving.",
    "HMICFRS and the College of Policing both published guidance on stop and search on Tuesday.",
])
def test_no_oversight_from_a_request_or_a_mention(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The inspection of Essex Police's custody suites by HMICFRS found improvements.", HMICFRS, "Essex Police"),
    ("The inspection of HMP Leeds was carried out by HM Inspectorate of Prisons in May.",
     "HM Inspectorate of Prisons", "HMP Leeds"),
    ("The review of the Oakdale Police Department, conducted by the Office of the Inspector General, found gaps.",
     "Office of the Inspector General", "Oakdale Police Department"),
    ("An audit of the Springfield Police Department, completed by the Government Accountability Office, found "
     "errors.", "Government Accountability Office", "Springfield Police Department"),
    ("The Home Office's review of Kent Police was carried out by HMICFRS.", HMICFRS, "Kent Police"),
])
def test_an_act_of_oversight_whose_agent_hangs_elsewhere(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "The investigation of the robbery was carried out by Kent Police.",
    "The review of crimes committed by gangs in Leeds was published by the Home Office.",
])
def test_no_body_under_review_gives_nothing(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text,overseers,overseen", [
    ("Essex Police was inspected by HMICFRS, HM Crown Prosecution Service Inspectorate and HM Inspectorate of "
     "Probation in 2023.", {HMICFRS, "HM Crown Prosecution Service Inspectorate", "HM Inspectorate of Probation"},
     "Essex Police"),
    ("HMP Leeds was inspected jointly by HM Inspectorate of Prisons and the Care Quality Commission.",
     {"HM Inspectorate of Prisons", "Care Quality Commission"}, "HMP Leeds"),
])
def test_every_body_in_a_list_of_inspectors(nlp, text, overseers, overseen):
    got = oversees(nlp, text)
    assert {(o, overseen) for o in overseers} <= got


@pytest.mark.parametrize("text", [
    "Kent Police was inspected by HMICFRS, Chief Constable Tim Smith said.",
    "Kent Police was inspected by HMICFRS, and Essex Police was praised by the Home Secretary.",
])
def test_a_name_after_the_inspector_that_ends_no_list_oversees_nothing(nlp, text):
    assert {o for o, _ in oversees(nlp, text)} == {HMICFRS}


@pytest.mark.parametrize("text,overseer,overseen", [
    ("An inspection by HMICFRS of Kent Police found improvements.", HMICFRS, "Kent Police"),
    ("The inspection by HM Inspectorate of Prisons of HMP Leeds found improvements.",
     "HM Inspectorate of Prisons", "HMP Leeds"),
    ("A review by the Department of Justice of the Riverton Police Department found gaps.",
     "United States Department of Justice", "Riverton Police Department"),
])
def test_an_act_by_a_body_of_another_body_names_two_bodies(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_a_name_with_of_stays_whole_outside_an_act_of_oversight(nlp):
    from kg.extract import extract_facts

    facts = extract_facts(nlp("The Office of the Inspector General of the Department of Homeland Security "
                              "published a report on Monday."), "t")
    assert "Office of the Inspector General of the Department of Homeland Security" in {n.name for n in facts.nodes}


@pytest.mark.parametrize("text,bodies", [
    ("HM Inspectorate of Probation and HM Inspectorate of Prisons inspected HMP Leeds in May.",
     {"HM Inspectorate of Probation", "HM Inspectorate of Prisons"}),
    ("A joint report by HM Inspectorate of Probation and HM Inspectorate of Constabulary was published today.",
     {"HM Inspectorate of Probation", HMICFRS}),
])
def test_two_crown_inspectorates_joined_by_and_are_two_bodies(nlp, text, bodies):
    from kg.extract import extract_facts

    assert bodies <= {n.name for n in extract_facts(nlp(text), "t").nodes}


@pytest.mark.parametrize("text,overseer,overseen", [
    ("Dorset Police was found to be inadequate by HMICFRS.", HMICFRS, "Dorset Police"),
    ("The Riverton Police Department was found to have weak controls by auditors from the Office of the Inspector "
     "General.", "Office of the Inspector General", "Riverton Police Department"),
    ("The OIG audit concluded that the Riverton Police Department had not supported $2 million in costs.",
     "OIG", "Riverton Police Department"),
])
def test_a_finding_in_the_passive_and_an_act_named_by_its_body(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "The suspect was found to be carrying a knife by Kent Police.",
    "The Riverton Police Department was found to be closed by the council.",
    "The Kent Police investigation concluded that the Smith family had fled.",
])
def test_no_passive_finding_by_a_body_that_does_not_oversee(nlp, text):
    assert oversees(nlp, text) == set()
