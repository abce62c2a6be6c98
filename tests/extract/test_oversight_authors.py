"""OVERSEES from an inspection report that names no agent for its inspection (guideline 10): the inspection is the
report's author's, the oversight body the document names, else the inspector who signs it; a prison named by its
place alone is the prison named in full; and a title with its remit before a name on its own line names that
person. Sentences written for these tests."""
from __future__ import annotations

import functools

import pytest

from linkpairs import held_roles, link_pairs

pytestmark = pytest.mark.model

oversees = functools.partial(link_pairs, kind="OVERSEES")

HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"


@pytest.mark.parametrize("text,overseer,overseen", [
    ("HMP Ashford\n\nWhat we found\n\nAshford had been unsafe at its last inspection, and little had changed.\n"
     "Nora Bell, Chief Inspector of Prisons", "Nora Bell", "HMP Ashford"),
    ("HMP Ashford\n\nThe governor said staff were working hard. Ashford will be inspected again next year.\nNora Bell, Chief Inspector of Prisons", "Nora Bell", "HMP Ashford"),
    ("Foreword\n\nHM Chief Inspector of Probation, Martin Webb\n\nThis inspection examined the work of the Wessex "
     "Probation Service in three towns.", "Martin Webb", "Wessex Probation Service"),
    ("Kent Police welcomed the report. The inspection found that the Riverside Custody Unit was well run, HM "
     "Inspectorate of Constabulary said.", HMICFRS, "Riverside Custody Unit"),
])
def test_an_inspection_with_no_agent_is_the_reports_author(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    # a police rank is no inspector: nobody oversees the custody unit here
    "Kent Police\n\nThe inspection found that the Riverside Custody Unit was well run, Chief Inspector Ann Lowe said.",
    # no overseer named anywhere: an inspection by nobody named is no one's
    "Greenfield Council\n\nThe Riverside Library was inspected in May and found to be in good order.",
])
def test_no_author_when_the_document_names_no_overseer(nlp, text):
    assert oversees(nlp, text) == set()


def test_a_title_of_a_remit_before_a_name_on_its_own_line_names_the_person(nlp):
    held, titled, facts = held_roles(nlp, "Foreword\n\nHM Chief Inspector of Probation, Martin Webb\n\n"
                                          "This inspection examined the work of probation teams.")
    people = {n.name for n in facts.nodes if n.type == "Person"}
    assert "Martin Webb" in people


def test_a_name_alone_on_a_heading_line_is_still_not_kept(nlp):
    facts = held_roles(nlp, "Foreword\n\nOwen Price\n\nThis inspection examined the work of probation teams.")[2]
    assert "Owen Price" not in {n.name for n in facts.nodes if n.type == "Person"}


@pytest.mark.parametrize("text,overseer,overseen", [
    ("Dorset Police was rated 'good' by HMICFRS for the way it responds to the public.", HMICFRS, "Dorset Police"),
    ("The Wessex Probation Service has been judged inadequate by HM Inspectorate of Probation.",
     "HM Inspectorate of Probation", "Wessex Probation Service"),
])
def test_a_grade_given_in_the_passive(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "The new bus lanes were rated a success by the mayor.",
    "Dorset Police was rated by residents in a survey.",  # no grade given
])
def test_no_passive_grade_by_a_body_that_does_not_oversee(nlp, text):
    assert oversees(nlp, text) == set()


def test_an_overseers_report_on_a_prison(nlp):
    text = "HM Inspectorate of Prisons' report on HMP Hollowfield was published on Monday."
    assert ("HM Inspectorate of Prisons", "HMP Hollowfield") in oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The audit of the Riverton Police Department found $2 million in unsupported costs, the Office of the "
     "Inspector General said.", "Office of the Inspector General", "Riverton Police Department"),
    ("HM Inspectorate of Prisons\n\nAn inspection of HMP Hollowfield in June found that drugs were widely "
     "available.", "HM Inspectorate of Prisons", "HMP Hollowfield"),
])
def test_an_inspection_or_audit_with_no_agent_is_the_documents_overseers(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    # nobody who oversees is named: no one's audit
    "Riverton City Council\n\nThe audit of the Riverton Police Department found gaps in its records.",
    # the subject carries the audit out: its own act, read by no author
    "HM Inspectorate of Prisons said Kent Police had commissioned an audit of its custody suites.",
])
def test_no_agentless_act_without_an_overseer(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    # "Inspectors" after a heading line is tagged as a name: still the inspectorate's inspectors
    ("HM Inspectorate of Prisons\nInspectors found that HMP Hollowfield was unsafe.",
     "HM Inspectorate of Prisons", "HMP Hollowfield"),
    ("HM Inspectorate of Prisons\nInspectors visited HMP Hollowfield in May and found it dirty.",
     "HM Inspectorate of Prisons", "HMP Hollowfield"),
    # a body named in full only in a heading, as the object of an inspection
    ("HM Inspectorate of Constabulary and Fire & Rescue Services\nPEEL 2025: An inspection of Northshire Police\n"
     "The force was graded adequate in four areas.", HMICFRS, "Northshire Police"),
])
def test_heading_lines_of_an_inspection_report(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "Riverton Council\nInspectors found that the Riverside Library was clean.",  # no inspectorate named
    "HM Inspectorate of Prisons\nAn inspection of the new wing found it clean.",  # no body named in full
])
def test_no_heading_line_oversight_without_a_named_overseer_and_body(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The House Committee on Homeland Security will hold a hearing on oversight of the Secret Service next week.",
     "United States House Committee on Homeland Security", "United States Secret Service"),
    ("The Inspector General announced the release of a report examining the FBI's handling of the case.",
     "Inspector General", "Federal Bureau of Investigation"),
    ("HMICFRS published a report assessing how Kent Police responds to stalking.", HMICFRS, "Kent Police"),
])
def test_a_hearing_held_and_a_report_described_by_what_it_does(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "Kent Police held a session on the oversight of the Police Federation.",
    "The charity published a report examining the Metropolitan Police's use of stop and search.",
    "Kent Police released a report reviewing its own custody suites.",
])
def test_no_hearing_or_report_by_a_body_that_does_not_oversee(nlp, text):
    assert oversees(nlp, text) == set()


SIGNED = ("Report on an unannounced inspection of HMP Wealdstone\nby HM Chief Inspector of Prisons\n3–12 June 2024\n\n"
          "Introduction\nHMP Wealdstone is a category C prison. Leaders had made little progress since our last "
          "visit.\n\nCharlie Moss\nHM Chief Inspector of Prisons\nJuly 2024")


def test_a_signed_inspection_report_is_the_signing_inspectors(nlp):
    assert ("Charlie Moss", "HMP Wealdstone") in oversees(nlp, SIGNED)
    _, titled, _ = held_roles(nlp, SIGNED)
    assert any("Chief Inspector" in t for t in titled.get("Charlie Moss", ()))


def test_a_name_on_a_line_of_its_own_with_no_title_after_it_is_no_signature(nlp):
    _, titled, facts = held_roles(nlp, "Introduction\nLeaders had made progress.\n\nCharlie Moss\nJuly 2024")
    assert not titled.get("Charlie Moss")


@pytest.mark.parametrize("text", [
    # a police force's inspectors are officers of that rank: no inspectorate
    "Kent Police\n\nInspectors found that the Ashford Custody Unit was short of staff.",
    # an inspectorate the text names is the one meant
    "HM Inspectorate of Probation\n\nInspectors found that HMP Ashford had failed to plan releases.",
])
def test_no_prisons_inspectorate_read_for_police_inspectors_or_a_named_overseer(nlp, text):
    assert not any(a == "HM Inspectorate of Prisons" for a, _ in oversees(nlp, text))


def test_an_unsigned_report_by_a_chief_inspector_is_the_unnamed_officials(nlp):
    text = ("Report on an unannounced inspection of HMP Wealdstone\nby HM Chief Inspector of Prisons\n3–12 June 2024"
            "\n\nIntroduction\nHMP Wealdstone is a category C prison. Leaders had made little progress.")
    assert ("Chief Inspector of Prisons", "HMP Wealdstone") in oversees(nlp, text)


def test_a_police_chief_inspector_is_no_reports_author(nlp):
    text = "Kent Police\n\nThe inspection found that the Ashford custody suite was dirty, Chief Inspector Ann Lowe said."
    assert oversees(nlp, text) == set()
