"""SAID on unseen text (issue 12, session 8): accounts and documents, on sentences written for these tests (UK and
US wordings), with the real English model.

* an account verb with a ``how``/``why`` clause is reported speech from the wh-word (``described how ...``,
  ``outlined why ...``, ``refers to how ...``), when a person, a body or a document gives it;
* a document a body spoke in (``In testimony before Congress, the agency ...``, ``In its annual report, the
  inspectorate ...``) speaks for that body when it is the subject later (``The testimony stated that ...``);
* ``X announced:`` and a bulleted list announces measures: the list is nobody's words.
"""
from __future__ import annotations

import pytest

from linkpairs import said_links as said

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,speaker,opening", [
    ("Speaking in Manchester, Chief Constable Sarah Boyd described how neighbourhood officers had cut burglary "
     "on three estates.", "Sarah Boyd", "how neighbourhood officers had cut burglary"),
    ("The Government Accountability Office outlined why the grant program had failed to reach rural sheriffs' "
     "offices.", "Government Accountability Office", "why the grant program had failed"),
    ("Mayor Daniel Ortiz also referred to how the city's violence interruption teams have worked with hospitals "
     "since 2019.", "Daniel Ortiz", "how the city's violence interruption teams"),
    ("In a speech to the Police Federation, Home Secretary Amira Patel detailed how the new powers would let "
     "officers seize vehicles.", "Amira Patel", "how the new powers would let"),
])
def test_an_account_of_how_or_why_is_reported_speech(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and not d for s, q, _, d in out), out


@pytest.mark.parametrize("text", [
    "The survey data describe how often residents report antisocial behaviour.",
    "The chart outlines how many arrests were made in each borough last year.",
    "Chief Constable Sarah Boyd described the operation as a success.",
])
def test_no_account_without_a_speaker_or_a_how_clause(nlp, text):
    assert not [q for _, q, c, _ in said(nlp, text) if c in ("describe", "outline", "refer", "detail")]


@pytest.mark.parametrize("text,speaker,opening", [
    ("In testimony before the Senate Judiciary Committee today, the Drug Enforcement Administration described its "
     "work against fentanyl traffickers. The testimony stated that seizures of fentanyl pills doubled in 2023.",
     "Drug Enforcement Administration", "seizures of fentanyl pills doubled"),
    ("In its annual report, the Independent Office for Police Conduct set out its work over the year. The report "
     "said that complaints about stop and search had risen by a fifth.",
     "Independent Office for Police Conduct", "complaints about stop and search had risen"),
    ("In its inspection of the Leeds custody suites, HM Inspectorate of Constabulary praised the staff. The "
     "inspection found that detainees waited too long to see a nurse.",
     "Inspectorate of Constabulary", "detainees waited too long to see"),
])
def test_a_document_a_body_spoke_in_speaks_for_it(nlp, text, speaker, opening):
    out = said(nlp, text)  # (a registered body is named by its registry name: His Majesty's Inspectorate ...)
    assert any(speaker in s and q.startswith(opening) for s, q, _, _ in out), out


@pytest.mark.parametrize("text", [
    "The Justice Secretary has today announced:\n\n- A new taskforce to help prison leavers find work\n"
    "- An extra £30m for youth custody staff\n",
    "Attorney General Maria Delgado announced:\n\n• $40 million for community violence intervention programs\n"
    "• A new federal task force on ghost guns\n",
    "The Mayor of London announced:\n\n* 500 more officers for town centres\n* A knife crime summit in June\n",
])
def test_an_announced_list_is_no_quotation(nlp, text):
    assert not [q for _, q, _, d in said(nlp, text) if d], said(nlp, text)


@pytest.mark.parametrize("text,speaker,opening", [
    ("The new unit will start work in May. It will be based in Leeds and will cover the whole of West Yorkshire "
     "from the first day. Policing Minister Jane Porter said:\n\nThe unit will give officers the tools they need to "
     "take dangerous drivers off our roads.\n", "Jane Porter", "The unit will give officers the tools"),
    ("The grants will fund 40 programs across 12 states and will be paid out over three years to local partners "
     "in each state. Attorney General Maria Delgado said:\n\nThese grants will help communities build violence "
     "prevention programs that last.\n", "Maria Delgado", "These grants will help communities build"),
    ("Officers arrested 14 people in dawn raids across the city on Wednesday and seized cash, phones and two cars "
     "from three addresses. Detective Superintendent Jo Reid said:\n\nToday shows that we will pursue anyone who "
     "profits from exploitation.\n", "Jo Reid", "Today shows that we will pursue"),
])
def test_a_long_paragraph_ending_in_x_said_introduces_the_block_quote(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and d for s, q, _, d in out), out


def test_a_long_paragraph_ending_in_a_list_colon_is_no_speech(nlp):
    text = ("The strategy was agreed by the council in March after a long consultation with residents, schools and "
            "businesses across the borough. The plan includes the following measures:\n\nMore patrols near schools "
            "at the end of the day.\n")
    assert not said(nlp, text)


@pytest.mark.parametrize("text,speaker", [
    ("\u201cWith better radar coverage, smugglers are forced to take longer routes,\u201d said Cmdr. Robert Watts, "
     "chief of the interdiction unit.", "Robert Watts"),
    ("\u201cWe will keep knocking on doors until every one of them is found,\u201d said Det. Supt. Karen Hale of the "
     "county force.", "Karen Hale"),
    ("\u201cNobody should be afraid to drive home on this highway at night,\u201d said Tpr. Luis Ortega, a spokesman "
     "for the state patrol.", "Luis Ortega"),
    ("\u201cThe team worked through the night to trace the van and its driver,\u201d said Insp. Gwen Price, who led "
     "the search.", "Gwen Price"),
])
def test_a_rank_abbreviation_does_not_end_the_attribution(nlp, text, speaker):
    out = said(nlp, text)
    assert [s for s, _, _, d in out if d] == [speaker], out


@pytest.mark.parametrize("text,speaker,opening", [
    ("\u201cShocking\u201d delays in youth courts are \u201cfailing a generation of children\u201d \u2013 Children\u2019s "
     "Commissioner\n\nThe Children\u2019s Commissioner, Anne Longfield, published her report today.\n",
     "Anne Longfield", "Shocking\u201d delays in youth courts"),
    ("Knife crime figures are \u201ca wake-up call for every school in the city\u201d \u2013 Mayor of London\n\n"
     "Mayor Sadiq Khan said the figures showed the scale of the problem.\n", "Sadiq Khan", "Knife crime figures are"),
    ("\u201cReckless\u201d cuts to victim services will \u201ccost lives in every state\u201d \u2013 Attorney General "
     "Maria Delgado\n\nThe Attorney General spoke in Denver.\n", "Maria Delgado", "Reckless\u201d cuts to victim"),
])
def test_a_signed_headline_is_the_speakers_line_from_its_first_word(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and d for s, q, _, d in out), out


def test_a_signed_quotation_inside_a_paragraph_keeps_its_own_start(nlp):
    text = ("Officers said the plan was working. \u201cWe have cut burglary by a third in a year\u201d \u2013 Chief "
            "Constable Mark Hughes \u2013 was the message at the meeting in Chester.\n")
    out = said(nlp, text)
    assert all(q.startswith("We have cut burglary") for _, q, c, _ in out if c == "dash"), out


@pytest.mark.parametrize("text,speaker,opening", [
    ("The Congressional Budget Office projects the program will cost $4 billion over ten years.",
     "Congressional Budget Office", "the program will cost $4 billion"),
    ("Police Scotland forecasts the number of officers will fall by 400 next year.", "Police Scotland",
     "the number of officers will fall"),
    ("The Home Office projects prison numbers will reach 100,000 by the end of 2027.", "Home Office",
     "prison numbers will reach 100,000"),
])
def test_a_forecast_of_what_will_happen_needs_no_that(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and not d for s, q, _, d in out), out


@pytest.mark.parametrize("text", [
    "The council projects a deficit of \u00a320m next year.",
    "The agency forecast growth in online fraud last year.",
    "Officers projected the images onto a screen in court.",
])
def test_a_forecast_of_a_thing_is_no_speech(nlp, text):
    assert not [q for _, q, c, _ in said(nlp, text) if c in ("forecast", "project")], said(nlp, text)


@pytest.mark.parametrize("text,speaker,opening", [
    ("The report, published by the National Audit Office on Tuesday, found that the scheme had not been properly "
     "evaluated.", "National Audit Office", "the scheme had not been properly"),
    ("The review, carried out by the Independent Office for Police Conduct, concluded that the officers had acted "
     "lawfully.", "Independent Office for Police Conduct", "the officers had acted lawfully"),
    ("The study, released by the Bureau of Justice Statistics last week, said that violent crime had fallen in most "
     "cities.", "Bureau of Justice Statistics", "violent crime had fallen in most"),
])
def test_a_document_published_by_a_body_speaks_for_it(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q, _, _ in out), out


def test_a_document_commissioned_by_a_body_is_not_its_speech(nlp):
    out = said(nlp, "The review, commissioned by the Home Office, found that forces were short of detectives.")
    assert not [s for s, _, _, _ in out if s == "Home Office"], out
