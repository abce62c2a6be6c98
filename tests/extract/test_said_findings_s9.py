"""SAID on unseen text (issue 12, session 9): findings and the bodies that make them, on sentences written for these
tests (UK and US wordings), with the real English model.

* ``determined that ...`` reports a finding like ``found that ...`` (guideline 8: inspectors', auditors' and courts'
  findings are the body's reported speech), only when a body, a reviewer or a document determines it;
* a body named by an acronym the story never defines as a mention (``HMCPSI concluded that ...``) is the
  organisation whose initials it spells, and the acronym becomes one of its names.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

from linkpairs import said_links as said

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,speaker,opening", [
    ("A federal court in Ohio heard the case in March. The court determined that the company had misled thousands "
     "of customers.", "federal court", "the company had misled thousands of customers"),
    ("The Independent Office for Police Conduct investigated the death. The IOPC determined that the officer had "
     "no case to answer.", "Independent Office for Police Conduct", "the officer had no case to answer"),
    ("HM Inspectorate of Probation visited the service in June. Inspectors determined that risk assessments were "
     "missing in a third of cases.", "HM Inspectorate of Probation", "risk assessments were missing"),
])
def test_a_body_that_determines_reports_a_finding(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == "determine" and d is False for s, q, c, d in out), out


@pytest.mark.parametrize("text", [
    "Officers determined that the car had been stolen in Leeds the night before.",
    "Detectives determined that the gun was bought in Georgia last spring.",
    "The sheriff's deputies were determined to find the missing boy before nightfall.",
])
def test_officers_who_determine_a_fact_are_not_reporting_a_finding(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize("text,speaker,acronym,opening", [
    ("HM Crown Prosecution Service Inspectorate published its report on Tuesday. HMCPSI concluded that the fall in "
     "charging was not caused by a lack of commitment.", "HM Crown Prosecution Service Inspectorate", "HMCPSI",
     "the fall in charging was not caused"),
    ("The Northshire Safeguarding Review Panel met in Bristol in May. NSRP found that two officers had switched off "
     "their body cameras.", "Northshire Safeguarding Review Panel", "NSRP", "two officers had switched off"),
    ("The Ohio Violent Crime Review Board audited the program in Columbus. OVCRB determined that $3 million in "
     "grant payments lacked receipts.", "Ohio Violent Crime Review Board", "OVCRB", "$3 million in grant payments"),
])
def test_an_acronym_speaker_is_the_body_whose_initials_it_spells(nlp, text, speaker, acronym, opening):
    facts = extract_facts(nlp(text), "t")
    node = next(n for n in facts.nodes if n.name == speaker)
    out = [(l.props["quote"]) for l in facts.links if l.type == "SAID" and l.source == node.id]
    assert any(q.startswith(opening) for q in out), out
    assert not any(n.name == acronym for n in facts.nodes)  # one body, not a second node named by its letters


@pytest.mark.parametrize("text", [
    # letters that spell no body of the story speak for nobody
    "The Home Office published the figures on Monday. NHS data showed that admissions for stab wounds rose by 9%.",
    "The Department of Justice awarded the grants. HUD determined that the housing units were unsafe.",
])
def test_an_acronym_that_spells_no_body_of_the_story_is_not_matched(nlp, text):
    out = said(nlp, text)
    assert not any(s in ("Home Office", "Department of Justice", "United States Department of Justice") for s, *_ in out), out


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("HM Inspectorate of Prisons visited the jail in May. Levels of violence had risen by 40% since the last visit, "
     "inspectors found.", "HM Inspectorate of Prisons", "Levels of violence had risen by 40%", "find"),
    ("HMICFRS inspected Kent Police in 2023. The force was not recording one in five violent crimes, the "
     "inspectorate concluded.", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
     "The force was not recording one in five", "conclude"),
    ("A federal court in Texas heard the case in March. The company had misled thousands of customers, the court "
     "determined.", "federal court", "The company had misled thousands of customers", "determine"),
])
def test_a_finding_before_its_finder_is_the_finders_reported_speech(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue and d is False for s, q, c, d in out), out


@pytest.mark.parametrize("text", [
    "The car had been stolen in Leeds, officers found.",
    "The gun had been bought in Georgia, detectives found.",
    "Officers found the car in Leeds, where it had been stolen a week before.",
])
def test_officers_finding_a_fact_after_it_is_no_finding_of_a_body(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize("text,speaker,opening", [
    ("HM Inspectorate of Prisons published its report on HMP Leeds today. An inspection found that too many "
     "prisoners spent 22 hours a day in their cells.", "HM Inspectorate of Prisons", "too many prisoners spent"),
    ("The Justice Department's Office of the Inspector General released its findings on Tuesday. A review found "
     "that the bureau had lost track of 40 firearms.", "Office of the Inspector General", "the bureau had lost track"),
    ("The Police Ombudsman for Northern Ireland closed the case in June. An independent review concluded that "
     "officers had missed chances to protect the victim.", "Police Ombudsman for Northern Ireland",
     "officers had missed chances"),
])
def test_a_review_that_names_no_issuer_is_the_reviewing_bodys(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q, _, _ in out), out


@pytest.mark.parametrize("text", [
    # no reviewing body in the story: the report speaks for nobody rather than for the Home Office
    "The Home Office announced £10m for the project. A report found that knife crime had fallen in the pilot areas.",
    "The Mayor of Chicago opened the center in May. A study found that shootings had dropped by 20 percent nearby.",
])
def test_a_review_with_no_reviewing_body_in_the_story_has_no_speaker(nlp, text):
    assert not [s for s, _, _, d in said(nlp, text) if not d], said(nlp, text)


@pytest.mark.parametrize("text,speaker,opening", [
    ("The force launched the scheme in May. Chief Constable Jane Harper said:\n\n\u201cWe will not tolerate knife "
     "crime in our towns. Every officer is committed to this.\u201d", "Jane Harper", "We will not tolerate knife crime"),
    ("The county launched the program in May, Sheriff Tom Brady said in a statement:\n\n\u201cWe will not tolerate "
     "drug dealing in our neighborhoods.\u201d", "Tom Brady", "We will not tolerate drug dealing"),
    ("The sheriff's office made 40 arrests. In a statement, Sheriff Tom Brady said:\n\"Every deputy in this county "
     "worked to bring these dealers to justice.\"", "Tom Brady", "Every deputy in this county worked"),
    ("The Home Office published the figures today. Responding to them, Policing Minister Kit Malthouse said:\n\n"
     "Knife crime has fallen by a fifth in the areas where the scheme ran. We will go further.", "Kit Malthouse",
     "Knife crime has fallen by a fifth"),
    ("The force launched the scheme in May. Chief Constable Jane Harper added:\n\n\u201cEvery officer is committed "
     "to this and we will keep going.\u201d", "Jane Harper", "Every officer is committed to this"),
])
def test_a_block_quote_is_introduced_by_the_last_sentence_of_the_paragraph_before(nlp, text, speaker, opening):
    # the attribution ends the paragraph before (after narration in the same paragraph); the quotation, marked or
    # not, opens the next paragraph
    out = said(nlp, text)
    assert any(s == speaker and q.lstrip("\"\u201c").startswith(opening) and d for s, q, _, d in out), out
