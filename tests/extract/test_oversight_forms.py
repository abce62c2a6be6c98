"""OVERSEES in the forms guideline 10 names that the verb and nominal frames missed: a policy or programme as the
overseen end of a review, audit, assessment or inspection (either voice, and as a nominal), an official named only
by title as the overseen end (held to account, heard from, questioned, called in), a committee calling a witness
in, a body's name as the modifier of an act of oversight (``an IOPC investigation into X``), and a body ``under
investigation by`` an overseer. Every sentence was written for these tests (UK and US bodies); none comes from an
annotated document. The sentences that must not fire are a force investigating a crime, a department reviewing its
own programme, people who merely meet or praise one another, and questions from anyone but a scrutinising body."""
from __future__ import annotations

import functools

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


oversees = functools.partial(link_pairs, kind="OVERSEES", aliases=True)  # a policy by any form the text writes


@pytest.mark.parametrize("text, wanted", [
    ("The Office of the Inspector General audited the Edward Byrne Memorial Justice Assistance Grant Program.",
     ("Office of the Inspector General", "Edward Byrne Memorial Justice Assistance Grant Program")),
    ("The National Audit Office examined the Troubled Families Programme.",
     ("National Audit Office", "Troubled Families Programme")),
    ("The Government Accountability Office evaluated the Secure Communities program.",
     ("Government Accountability Office", "Secure Communities program")),
    ("The Inspector General reviewed the Community Oriented Policing Services Hiring Program.",
     ("Inspector General", "Community Oriented Policing Services Hiring Program")),
    ("The Public Accounts Committee will scrutinise the Prevent programme.",
     ("Public Accounts Committee", "Prevent programme")),
])
def test_an_overseer_reviews_a_programme(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, wanted", [
    ("The Justice Assistance Grant program was audited by the Office of the Inspector General.",
     ("Office of the Inspector General", "Justice Assistance Grant program")),
    ("The Serious Violence Strategy will be overseen by the Violence Reduction Unit.",
     ("Violence Reduction Unit", "Serious Violence Strategy")),
    ("The Justice Assistance Grant program remains under review by the Office of the Inspector General.",
     ("Office of the Inspector General", "Justice Assistance Grant program")),
])
def test_a_programme_overseen_in_the_passive(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, wanted", [
    ("An audit of the Safer Streets Fund by the National Audit Office found gaps.",
     ("National Audit Office", "Safer Streets Fund")),
    ("The National Audit Office's review of the Troubled Families Programme was published in May.",
     ("National Audit Office", "Troubled Families Programme")),
    ("The Office of the Inspector General released an audit of the Edward Byrne Memorial Justice Assistance Grant "
     "Program.", ("Office of the Inspector General", "Edward Byrne Memorial Justice Assistance Grant Program")),
])
def test_an_act_of_oversight_of_a_programme(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "The Department of Justice will evaluate the Project Safe Neighborhoods program.",
    "Kent Police reviewed its Operation Sceptre programme after the summer.",
])
def test_a_department_reviewing_its_own_programme_is_not_oversight(nlp, text):
    assert not {pair for pair in oversees(nlp, text) if "Fund" in pair[1] or "program" in pair[1].lower()}


@pytest.mark.parametrize("text, wanted", [
    ("The Police and Crime Panel holds the Police and Crime Commissioner to account.",
     ("Police and Crime Panel", "Police and Crime Commissioner")),
    ("The Police Accountability Board will hold the Chief Constable to account for performance.",
     ("Police Accountability Board", "Chief Constable")),
    ("The Justice Committee heard evidence from the Chief Inspector of Prisons.",
     ("Justice Committee", "Chief Inspector of Prisons")),
    ("The Senate Judiciary Committee questioned the Attorney General about the program.",
     ("United States Senate Committee on the Judiciary", "Attorney General")),
    ("MPs on the Home Affairs Committee grilled the Home Secretary over the figures.",
     ("Home Affairs Committee", "Home Secretary")),
])
def test_an_official_named_only_by_title_is_overseen(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


def test_a_title_named_earlier_is_its_holder(nlp):
    text = ("Chief Constable Mark Hobrough told reporters the plan was working. The Police and Crime Panel will hold "
            "the Chief Constable to account.")
    assert ("Police and Crime Panel", "Mark Hobrough") in oversees(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    ("The Home Affairs Committee called in the Home Secretary to explain the delays.",
     ("Home Affairs Committee", "Home Secretary")),
    ("The House Oversight Committee called in Secret Service Director Kimberly Cheatle after the shooting.",
     ("United States House Committee on Oversight and Government Reform", "Kimberly Cheatle")),
    ("The Welsh Affairs Committee called in the Chief Constable of Dyfed-Powys Police last week.",
     ("Welsh Affairs Committee", "Dyfed-Powys Police")),
])
def test_a_committee_calling_a_witness_in_oversees_them(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Reporters questioned the Home Secretary outside Parliament.",
    "The mayor called in the National Guard.",
    "The Justice Committee called for a debate on sentencing.",
    "The Police and Crime Commissioner praised the Chief Constable.",
    "The Home Secretary and the Chief Constable visited the new station.",
    "A former inspector joined Kent Police last year.",
])
def test_meeting_praising_or_questions_from_anyone_else_are_not_oversight(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text, wanted", [
    ("An IOPC investigation into Cleveland Police's handling of the call found failings.",
     ("Independent Office for Police Conduct", "Cleveland Police")),
    ("The OIG audit of the Seattle Police Department found $2 million in unsupported costs.",
     ("OIG", "Seattle Police Department")),
    ("A Home Affairs Committee inquiry into the National Crime Agency will begin in May.",
     ("Home Affairs Committee", "National Crime Agency")),
])
def test_a_body_named_as_the_acts_modifier_oversees(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, wanted", [
    ("Nottinghamshire Police is under investigation by the Independent Office for Police Conduct.",
     ("Independent Office for Police Conduct", "Nottinghamshire Police")),
    ("The Bureau of Prisons remains under scrutiny by the Office of the Inspector General.",
     ("Office of the Inspector General", "Federal Bureau of Prisons")),
    ("The Metropolitan Police remains under scrutiny from the Independent Office for Police Conduct.",
     ("Independent Office for Police Conduct", "Metropolitan Police Service")),
    ("West Mercia Police, under investigation by the Independent Office for Police Conduct, declined to comment.",
     ("Independent Office for Police Conduct", "West Mercia Police")),
])
def test_a_body_under_investigation_by_an_overseer(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "An FBI investigation into the Gambino crime family led to 12 arrests.",
    "A Kent Police investigation into the murder is continuing.",
    "The Serious Fraud Office investigation into Rolls-Royce ended in 2017.",
    "Acme Holdings is under investigation by the Federal Bureau of Investigation.",
    "The suspect remains under investigation by Essex Police.",
    "Police investigated the burglary at the shop.",
    "Kent Police and Essex Police announced the results of Operation Sceptre.",
    "The Metropolitan Police worked with the National Crime Agency on the operation.",
])
def test_a_force_investigating_crime_or_a_body_named_beside_another_is_not_oversight(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text, wanted", [
    ("HM Inspectorate of Probation has found serious failings in the Probation Service in London.",
     ("HM Inspectorate of Probation", "Probation Service")),
    ("The Office of the Inspector General found weaknesses in the Federal Bureau of Investigation's management of "
     "informants.", ("Office of the Inspector General", "Federal Bureau of Investigation")),
    ("Inspectors from HM Inspectorate of Prisons found significant problems at HMP Bristol.",
     ("HM Inspectorate of Prisons", "HMP Bristol")),
])
def test_an_overseers_finding_placed_in_a_body(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, wanted", [
    ("The Government Accountability Office published its report on the Transportation Security Administration on "
     "Monday.", ("Government Accountability Office", "Transportation Security Administration")),
    ("HM Inspectorate of Constabulary and Fire & Rescue Services released its report on Humberside Police.",
     ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Humberside Police")),
    ("The Office of the Inspector General's report on the Federal Bureau of Prisons was released in June.",
     ("Office of the Inspector General", "Federal Bureau of Prisons")),
])
def test_an_overseers_report_on_a_body(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Detectives found drugs in the Ford Transit van at the Port of Dover.",
    "Kent Police found a weapon at the Dartford branch of Tesco.",
    "The charity published its report on the Metropolitan Police on Monday.",
    "The Daily Courier visited HMP Pentonville. Reporters found that the prison was dirty.",
])
def test_findings_and_reports_by_anyone_but_an_overseer_are_not_oversight(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text, wanted", [
    ("HM Inspectorate of Prisons visited HMP Pentonville in May. Inspectors found that the prison had not "
     "improved since 2022.", ("HM Inspectorate of Prisons", "HMP Pentonville")),
    ("Thames Valley Police has 4,500 officers. His Majesty's Inspectorate of Constabulary and Fire & Rescue Services "
     "graded the force as requires improvement in four areas.",
     ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Thames Valley Police")),
    ("The Drug Enforcement Administration opened a new office in Miami. The Office of the Inspector General audited "
     "the agency in 2021.", ("Office of the Inspector General", "Drug Enforcement Administration")),
    ("HMP Pentonville holds 1,200 men. HM Inspectorate of Prisons rated the prison as poor.",
     ("HM Inspectorate of Prisons", "HMP Pentonville")),
])
def test_the_force_or_the_prison_is_the_one_named_before(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text, wanted", [
    ("Following the Chief Constable's evidence to the Home Affairs Committee, the force apologised.",
     ("Home Affairs Committee", "Chief Constable")),
    ("In his testimony before the Senate Judiciary Committee, FBI Director Christopher Wray defended the bureau.",
     ("United States Senate Committee on the Judiciary", "Christopher Wray")),
    ("The statement followed evidence by Kent Police Chief Constable Tim Smith's to the county's Police and Crime "
     "Panel earlier this week.", ("Police and Crime Panel", "Kent Police")),
])
def test_evidence_given_to_a_committee_as_a_noun(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "Detectives gathered evidence to support the charges against the gang.",
    "The officer's evidence to the jury at Southwark Crown Court was challenged.",
])
def test_evidence_to_anyone_but_a_scrutinising_body_is_not_oversight(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text, wanted", [
    ("HM Inspectorate of Prisons published its annual report on Tuesday. Those prisons were HMPs Exeter, Bedford and "
     "Birmingham, where inspectors found some of the worst conditions they had ever seen.",
     {("HM Inspectorate of Prisons", "HMP Exeter"), ("HM Inspectorate of Prisons", "HMP Bedford"),
      ("HM Inspectorate of Prisons", "HMP Birmingham")}),
    ("HM Inspectorate of Prisons published its annual report. The worst jail was HMP Wormwood Scrubs, where inspectors "
     "recorded high levels of violence.", {("HM Inspectorate of Prisons", "HMP Wormwood Scrubs")}),
    ("The worst was the Riverton Police Department, where auditors from the Office of the Inspector General "
     "identified $3 million in unsupported costs.",
     {("Office of the Inspector General", "Riverton Police Department")}),
])
def test_where_an_overseer_found_something(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted <= found, found


@pytest.mark.parametrize("text", [
    "The man was arrested in Leeds, where police found a knife.",
    "The van was stopped at the Port of Dover, where Border Force officers found 40kg of cocaine.",
    "The team visited Kent Police headquarters, where volunteers found old files.",
])
def test_where_anyone_else_found_something_is_not_oversight(nlp, text):
    assert oversees(nlp, text) == set()


@pytest.mark.parametrize("text, wanted", [
    ("HM Inspectorate of Prisons published its report on Tuesday. HMP Lewes's last inspection found high levels of "
     "violence.", ("HM Inspectorate of Prisons", "HMP Lewes")),
    ("HM Inspectorate of Prisons published its report on Tuesday. HMP Lewes had been in a concerning state at its "
     "last two inspections.", ("HM Inspectorate of Prisons", "HMP Lewes")),
    ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services published its findings. Cleveland "
     "Police's latest inspection showed progress.",
     ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Cleveland Police")),
])
def test_a_bodys_own_inspection_is_by_the_inspectorate_publishing(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "The Daily Courier reported the findings. HMP Lewes's last inspection found high levels of violence.",
    "HM Inspectorate of Prisons published its report on Tuesday. Kent Police's inspection of its custody suites "
    "found damp.",
])
def test_a_bodys_inspection_in_anyone_elses_story_or_of_its_own_rooms_is_not_oversight(nlp, text):
    assert ("HM Inspectorate of Prisons", "Kent Police") not in oversees(nlp, text)
    assert not {p for p in oversees(nlp, text) if p[1] == "HMP Lewes"}


@pytest.mark.parametrize("text, wanted", [
    ("HMCPSI inspected the Crown Prosecution Service's handling of rape cases.",
     ("HM Crown Prosecution Service Inspectorate", "Crown Prosecution Service")),
    ("The NAO audited the Ministry of Justice's prison maintenance programme.",
     ("National Audit Office", "Ministry of Justice")),
    ("The GAO reviewed the Transportation Security Administration's screening of passengers.",
     ("Government Accountability Office", "Transportation Security Administration")),
    ("HMI Probation inspected the Probation Service in Wales.",
     ("HM Inspectorate of Probation", "Probation Service")),
])
def test_inspectorates_and_audit_offices_by_their_short_names(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


def test_a_second_crown_body_after_a_long_name_is_its_own_body(nlp):
    text = ("Kent Police was inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services and HM "
            "Crown Prosecution Service Inspectorate in May.")
    found = oversees(nlp, text)
    assert ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Kent Police") in found, found
    assert not {p for p in found if " and HM " in p[0]}, found
