"""OVERSEES said by a scrutinising verb or an examining report (guideline 10: the sentence must say it): a
committee (or its members) questioning someone, inspectors from a body visiting or inspecting, a report
examining a body, and a named object the parser takes for a dative. Sentences written for these tests (UK and
US); none comes from an annotated document."""
from __future__ import annotations

import functools

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


oversees = functools.partial(link_pairs, kind="OVERSEES")


@pytest.mark.parametrize("text, wanted", [
    ("The Home Affairs Committee questioned the Metropolitan Police Commissioner on Tuesday.",
     ("Home Affairs Committee", "Metropolitan Police Service")),
    ("Lawmakers on the House Judiciary Committee grilled FBI Director Chris Wray on Tuesday.",
     ("United States House Committee on the Judiciary", "Chris Wray")),
    ("The Justice Committee quizzed Dame Sarah Carter about delays at the Crown Prosecution Service.",
     ("Justice Committee", "Sarah Carter")),
    ("Members of the Senate Homeland Security Committee questioned officials from the Secret Service.",
     ("Senate Homeland Security Committee", "United States Secret Service")),
])
def test_a_committee_oversees_whom_it_questions(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Reporters questioned the mayor about the new curfew.",
    "Detectives questioned a 34-year-old man from Leeds on Monday.",
    "The Daily Courier quizzed Chief Constable Jo Farrell about the figures.",
])
def test_questioning_by_anyone_but_a_scrutinising_body_is_not_oversight(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text, wanted", [
    ("Inspectors from HM Inspectorate of Prisons visited HMP Leeds in March and found that conditions had worsened.",
     ("HM Inspectorate of Prisons", "HMP Leeds")),
    ("Auditors from the Office of the Inspector General reviewed the Baltimore Police Department last year.",
     ("Office of the Inspector General", "Baltimore Police Department")),
    ("Investigators from the Independent Office for Police Conduct examined Essex Police's handling of the call.",
     ("Independent Office for Police Conduct", "Essex Police")),
])
def test_inspectors_from_a_body_act_for_it(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


def test_a_visit_by_anyone_else_is_not_an_inspection(nlp):
    assert oversees(nlp, "Volunteers from the Rotary Club visited HMP Leeds in March.") == set()


@pytest.mark.parametrize("text, wanted", [
    ("Inspector General Ana Lopez released a report examining the Drug Enforcement Administration's use of "
     "confidential sources.", ("Ana Lopez", "Drug Enforcement Administration")),
    ("The Home Office published a review assessing how the Metropolitan Police handles complaints.",
     ("Home Office", "Metropolitan Police Service")),
    ("The OIG's report examining the Bureau of Prisons found serious staffing gaps.",
     ("OIG", "Federal Bureau of Prisons")),
])
def test_a_report_examining_a_body_is_its_authors_oversight(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


def test_a_report_with_no_named_author_oversees_nothing(nlp):
    assert oversees(nlp, "The newspaper published a report examining the Atlanta Police Department's records.") \
        == set()


@pytest.mark.parametrize("text, wanted", [
    ("HM Inspectorate of Constabulary inspected Greater Manchester Police last autumn.",
     ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Greater Manchester Police")),
    ("The Scottish Police Authority examined Police Scotland's spending plans.",
     ("Scottish Police Authority", "Police Scotland")),
    ("The Office of the Inspector General audited the Phoenix Police Department in 2019.",
     ("Office of the Inspector General", "Phoenix Police Department")),
])
def test_a_named_object_of_an_oversight_verb(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found
