"""OVERSEES frames for the ways reporting states oversight (guideline 10), on sentences written for these tests:
nominals with a ``by`` agent, reviews of a body, ``subject to oversight by``, an inspector general's remit
stated with no object, and ``its employees`` held to account by an oversight body."""
from __future__ import annotations

import functools

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


oversees = functools.partial(link_pairs, kind="OVERSEES")


@pytest.mark.parametrize("text,overseer,overseen", [
    ("An inspection of Eastmoor Constabulary by HM Inspectorate of Constabulary found serious failings.",
     "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Eastmoor Constabulary"),
    ("The audit of the Riverton Police Department by the Office of the Inspector General took a year.",
     "Office of the Inspector General", "Riverton Police Department"),
    ("A review of Northvale Police by the Independent Office for Police Conduct began in May.",
     "Independent Office for Police Conduct", "Northvale Police"),
])
def test_oversight_nominal_with_a_by_agent(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Government Accountability Office has conducted several reviews of the Department of Homeland "
     "Security's management.", "Government Accountability Office", "United States Department of Homeland Security"),
    ("The National Audit Office completed a review of the Ministry of Justice last spring.",
     "National Audit Office", "Ministry of Justice"),
    ("The Home Affairs Committee's inquiry of the National Crime Agency will report in June.",
     "Home Affairs Committee", "National Crime Agency"),
])
def test_review_or_inquiry_of_a_body(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_a_report_of_a_body_is_its_author_not_its_overseer(nlp):
    assert oversees(nlp, "A report of the Home Affairs Committee was published on Monday.") == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Bureau of Prisons is subject to oversight by the Office of the Inspector General.",
     "Office of the Inspector General", "Federal Bureau of Prisons"),
    ("Kent Police is subject to scrutiny by the Independent Office for Police Conduct.",
     "Independent Office for Police Conduct", "Kent Police"),
    ("The Drug Enforcement Administration remains subject to oversight by the Senate Judiciary Committee.",
     "Senate Judiciary Committee", "Drug Enforcement Administration"),
])
def test_subject_to_oversight_by(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("Statement of Jane Ruiz, Inspector General, U.S. Department of Homeland Security.\n"
     "As Inspector General of the Department of Homeland Security, I lead the Department of Homeland Security "
     "Office of Inspector General. The Department still withholds records that we need to carry out our "
     "oversight responsibilities.",
     "Department of Homeland Security Office of Inspector General", "United States Department of Homeland Security"),
    ("Statement of Paul Grant, Inspector General, U.S. Department of Justice.\n"
     "The Department of Justice Office of the Inspector General asks Congress for the funding it needs. "
     "Without it we cannot perform our oversight work.",
     "Department of Justice Office of the Inspector General", "United States Department of Justice"),
    ("The Department of Justice Office of the Inspector General (OIG) published its plan. "
     "The OIG said staff shortages limit its oversight activities.",
     "Department of Justice Office of the Inspector General", "United States Department of Justice"),
])
def test_an_inspector_generals_remit_is_its_department(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_oversight_with_no_object_and_no_inspector_general_gives_nothing(nlp):
    assert oversees(nlp, "Independent oversight is crucial, the Northvale Police and Crime Panel said.") == set()
    assert oversees(nlp, "Kent Police said its oversight responsibilities were taken seriously.") == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("To make the Department of Justice more effective, the Office of the Inspector General works to hold "
     "its employees accountable.", "Office of the Inspector General", "United States Department of Justice"),
    ("Northvale Police has faced many complaints this year. The Independent Office for Police Conduct will "
     "hold its officers accountable.", "Independent Office for Police Conduct", "Northvale Police"),
    ("The Ministry of Justice runs the prisons, and the Justice Committee will hold its ministers to account.",
     "Justice Committee", "Ministry of Justice"),
])
def test_an_oversight_body_holds_the_body_before_it_to_account(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_a_force_holding_its_own_officers_to_account_oversees_no_one_else(nlp):
    got = oversees(nlp, "The Home Office praised Kent Police, which will hold its officers accountable.")
    assert ("Kent Police", "Home Office") not in got


@pytest.mark.parametrize("text,overseer,overseen", [
    ("HM Inspectorate of Prisons carried out an unannounced inspection of HMP Exeter in May.",
     "HM Inspectorate of Prisons", "HMP Exeter"),
    ("The Justice Committee discussed HMIP's inspection of HMP Liverpool.", "HM Inspectorate of Prisons", "HMP Liverpool"),
    ("HM Chief Inspector of Prisons Charlie Taylor inspected HMP Lewes in January.", "Charlie Taylor", "HMP Lewes"),
    ("HM Inspectorate of Prisons inspected HMYOI Feltham last year.",
     "HM Inspectorate of Prisons", "HMYOI Feltham"),
])
def test_a_prison_named_after_its_town_is_a_body(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Government Accountability Office evaluated the Department of Homeland Security's border programs.",
     "Government Accountability Office", "United States Department of Homeland Security"),
    ("HM Inspectorate of Constabulary graded Kent Police as good at preventing crime.",
     "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Kent Police"),
    ("The National Audit Office evaluates the Ministry of Justice every two years.",
     "National Audit Office", "Ministry of Justice"),
])
def test_evaluating_or_grading_a_body(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_evaluating_a_scheme_oversees_no_body(nlp):
    assert oversees(nlp, "Researchers evaluated the mentoring scheme over two years.") == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Home Affairs Committee took evidence from the Metropolitan Police Commissioner, Sir Mark Rowley.",
     "Home Affairs Committee", "Mark Rowley"),
    ("The Justice Committee heard evidence from the Chief Inspector of Prisons, Charlie Taylor.",
     "Justice Committee", "Charlie Taylor"),
    ("The Senate Judiciary Committee heard evidence from the FBI Director, Christopher Wray.",
     "Senate Judiciary Committee", "Christopher Wray"),
])
def test_evidence_from_an_official_named_in_apposition(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The National Crime Agency is accountable to the Home Secretary.", "Home Secretary", "National Crime Agency"),
    ("The Federal Bureau of Investigation remains answerable to the Senate Judiciary Committee.",
     "Senate Judiciary Committee", "Federal Bureau of Investigation"),
    ("Greater Manchester Police, which is accountable to the Greater Manchester Combined Authority, published "
     "its plan.", "Greater Manchester Combined Authority", "Greater Manchester Police"),
])
def test_accountable_to(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_accountable_to_no_named_body_gives_nothing(nlp):
    assert oversees(nlp, "Officers of Kent Police are accountable to the public.") == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("HM Inspectorate of Prisons published its report on Monday. HMP Lewes was inspected in January.",
     "HM Inspectorate of Prisons", "HMP Lewes"),
    ("The Independent Office for Police Conduct has published its findings. Officers from Cleveland Police were "
     "investigated over the death.", "Independent Office for Police Conduct", "Cleveland Police"),
    ("The Office of the Inspector General released its report. The Tulsa Police Department was audited in 2019.",
     "Office of the Inspector General", "Tulsa Police Department"),
])
def test_a_passive_with_no_agent_in_an_oversight_bodys_own_report(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "Kent Police said HMP Lewes was inspected in January.",  # the publisher oversees nothing
    "HM Inspectorate of Prisons published its report. HMP Lewes has not been inspected since 2015.",
])
def test_a_passive_with_no_agent_otherwise_gives_nothing(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Office of the Inspector General examined how the Drug Enforcement Administration managed its "
     "informants.", "Office of the Inspector General", "Drug Enforcement Administration"),
    ("HMICFRS assessed how well Kent Police responds to the public.",
     "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Kent Police"),
    ("The Government Accountability Office reviewed whether the FBI complied with the guidelines.",
     "Government Accountability Office", "Federal Bureau of Investigation"),
])
def test_a_review_of_how_a_body_acts(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_a_question_about_people_who_are_no_body_gives_nothing(nlp):
    assert oversees(nlp, "Kent Police examined how the burglars entered the house.") == set()


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Office of the Inspector General released its report. The audit examined the Baltimore Police "
     "Department's overtime spending.", "Office of the Inspector General", "Baltimore Police Department"),
    ("HM Inspectorate of Probation published the report. This inspection examined the work of the Probation "
     "Service in Wales.", "HM Inspectorate of Probation", "Probation Service"),
    ("HMICFRS published its report. The inspection assessed how well Cleveland Police protects vulnerable people.",
     "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Cleveland Police"),
])
def test_the_act_of_oversight_as_subject_is_the_publishers(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


def test_the_act_of_oversight_in_a_story_by_no_oversight_body_gives_nothing(nlp):
    assert oversees(nlp, "Kent Police issued a statement. The inspection examined the work of Essex Police.") \
        == set()
