"""Speech patterns of unseen UK and US public-safety text (issue 12), on sentences written for these tests.

Each test states one pattern over the parse, with UK and US wordings: a ``said,`` line before an unquoted
paragraph, posts written out as the speaker (``the Cabinet Secretary for Justice said:``), findings of inspectors,
auditors and courts as their reported speech, ``made clear that``, pledges and vows to act, ``As X noted, ...``.
"""
from __future__ import annotations

import pytest

from linkpairs import said_links as said

pytestmark = pytest.mark.model


def speaks(out, speaker: str, opening: str) -> bool:
    return any(s == speaker and q.startswith(opening) for s, q, _, _ in out)


@pytest.mark.parametrize("intro,speaker,body", [
    ("Sarah Jones said,", "Sarah Jones",
     "While policing in Wales is a matter for the four forces, we will make sure they have the funding they need."),
    ("Announcing the grants, Sheriff Tomas Reyes said,", "Tomas Reyes",
     "Every deputy in this county deserves the training and the equipment to keep our neighborhoods safe."),
    ("Commissioner Priya Nair said,", "Priya Nair",
     "Our officers will be on patrol in every ward this summer, and we expect the number of burglaries to fall."),
])
def test_said_comma_line_introduces_an_unquoted_paragraph(nlp, intro, speaker, body):
    out = said(nlp, f"The money will reach the forces in April.\n\n{intro}\n\n{body}\n")
    assert (speaker, body, "say", True) in out


def test_a_line_ending_in_a_comma_without_a_speech_verb_introduces_nothing(nlp):
    out = said(nlp, "Across the county, in towns and villages,\n\nofficers made 40 arrests during the week of action.\n")
    assert out == []


@pytest.mark.parametrize("intro,speaker", [
    ("Ahead of the conference, the Cabinet Secretary for Justice said:", "Cabinet Secretary for Justice"),
    ("Speaking in Parliament, the Secretary of State for Justice said:", "Justice Secretary"),
    ("Opening the new prison, Lord Chancellor and Justice Secretary said:", "Justice Secretary"),
    ("Announcing the funding, Home Secretary MP said:", "Home Secretary"),
    ("Visiting the court, Solicitor General KC MP said:", "Solicitor General"),
])
def test_post_written_out_as_the_speaker(nlp, intro, speaker):
    text = (f"New funding was confirmed today.\n\n{intro}\n\n"
            "\u201cThis investment will put more officers on our streets and give victims the support they deserve.\u201d\n")
    out = said(nlp, text)
    assert speaks(out, speaker, "This investment will put more officers")


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("The Office of the Inspector General (OIG) audited the grants. The OIG concluded that the department had not "
     "tracked its spending on body cameras.", "Office of the Inspector General", "the department had not tracked", "conclude"),
    ("HM Inspectorate of Probation visited the service in May. Inspectors found that too many cases were held by "
     "trainee officers.", "HM Inspectorate of Probation", "too many cases were held", "find"),
    ("A report by the National Audit Office found that the prison building programme was running three years late.",
     "National Audit Office", "the prison building programme was running", "find"),
    ("While the Government Accountability Office found that the agency met most deadlines, it made seven "
     "recommendations.", "Government Accountability Office", "the agency met most deadlines", "find"),
])
def test_findings_of_a_reviewing_body_are_its_reported_speech(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue and d is False for s, q, c, d in out)


@pytest.mark.parametrize("text", [
    "Officers found that the back door had been forced open during the night.",
    "Detectives found that the van had been stolen from a car park in Leeds.",
    "The inspectorate found the force to be performing well in most areas.",
])
def test_what_officers_find_or_a_grade_is_not_speech(nlp, text):
    assert said(nlp, text) == []


def test_the_court_speaks_only_as_a_court(nlp):
    text = ("The Federal Trade Commission sued the company in 2012. The court found that the company had misled "
            "thousands of customers about its fees.")
    assert not any(s == "Federal Trade Commission" for s, _, _, _ in said(nlp, text))


@pytest.mark.parametrize("text,speaker,opening", [
    ("Speaking in Cardiff, Chief Constable Jeremy Vaughan made clear that officers would attend every burglary.",
     "Jeremy Vaughan", "officers would attend every burglary"),
    ("In a memo to prosecutors, Attorney General Merrick Garland made clear that ghost guns are a priority.",
     "Merrick Garland", "ghost guns are a priority"),
    ("Sarah Jones made it clear that the review would be published in full.", "Sarah Jones",
     "the review would be published in full"),
])
def test_made_clear_that(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == "make clear" for s, q, c, _ in out)


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("The Home Secretary, Priti Patel, pledged in January to recruit 20,000 more police officers by 2023.",
     "Priti Patel", "to recruit 20,000 more police officers", "pledge"),
    ("Mayor Brandon Johnson vowed to close the gaps in the city's 911 response times.", "Brandon Johnson",
     "to close the gaps in the city's", "vow"),
    ("Commissioner Mark Rowley promised to root out officers who abuse their position.", "Mark Rowley",
     "to root out officers who abuse", "promise"),
])
def test_a_pledge_to_act_is_reported_speech(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue for s, q, c, _ in out)


def test_a_pledge_of_money_is_not_a_quote(nlp):
    out = said(nlp, "Governor Kathy Hochul pledged $5 million to hire more violence interrupters.")
    assert not any(q.startswith("to hire") for _, q, _, _ in out)


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("As the Attorney General, Merrick Garland, noted in his remarks in Chicago, the new strike forces will target "
     "gun traffickers.", "Merrick Garland", "the new strike forces will target", "note"),
    ("As Chief Constable Olivia Pinkney said last week, neighbourhood policing is the bedrock of the service.",
     "Olivia Pinkney", "neighbourhood policing is the bedrock", "say"),
    ("As Sheriff Tomas Reyes explained at the meeting, the jail cannot hold more than 900 inmates.",
     "Tomas Reyes", "the jail cannot hold more than", "explain"),
])
def test_as_x_noted_attributes_the_main_clause(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue for s, q, c, _ in out)


@pytest.mark.parametrize("intro,speaker,body", [
    ("Washington \u2013 Today, Secretary of Homeland Security Alejandro Mayorkas released the following statement on "
     "the passage of the funding bill:", "Alejandro Mayorkas",
     "\u201cThis bill gives our frontline personnel the resources they need to secure the border.\u201d"),
    ("The Chief Inspector of Constabulary, Andy Cooke, has published the following statement:", "Andy Cooke",
     "\u201cToo many victims are still waiting too long for the police to answer their calls.\u201d"),
    ("The Mayor of London, Sadiq Khan, issued a statement:", "Sadiq Khan",
     "We will not let the violence of a few define this city, and we will support every family affected."),
])
def test_the_following_statement_introduces_the_words_after_it(nlp, intro, speaker, body):
    out = said(nlp, f"{intro}\n\n{body}\n")
    words = body.strip("\u201c\u201d")
    assert any(s == speaker and q.startswith(words[:30]) and c == "statement" and d for s, q, c, d in out)


def test_a_statement_mentioned_in_passing_introduces_nothing(nlp):
    text = ("The force released a statement on Monday.\n\n"
            "Officers were called to the address shortly after 2am and found a man with stab wounds.\n")
    assert said(nlp, text) == []


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("In testimony before the Senate, the Federal Trade Commission described its work against scams, noting that "
     "older consumers lost more than $1 billion last year.", "Federal Trade Commission", "older consumers lost more", "note"),
    ("The Home Office published its response on Tuesday, adding that every force would receive extra funding for "
     "neighbourhood officers.", "Home Office", "every force would receive extra funding", "add"),
    ("Sheriff Tomas Reyes thanked the deputies, stressing that the county had not recorded a homicide since March.",
     "Tomas Reyes", "the county had not recorded a homicide", "stress"),
])
def test_a_participle_of_speech_takes_the_subject_of_its_verb(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue for s, q, c, _ in out)


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("The Victims' Commissioner, Dame Vera Baird, is calling for a new law that gives victims the right to review "
     "decisions.", "Vera Baird", "a new law that gives victims", "call for"),
    ("In his report the Inspector General, Michael Horowitz, calls on the FBI to tighten its handling of tips.",
     "Michael Horowitz", "the FBI to tighten its handling", "call on"),
    ("Commissioner Mark Rowley called for tougher sentences for people who attack emergency workers.",
     "Mark Rowley", "tougher sentences for people who attack", "call for"),
])
def test_calling_for_or_on_is_reported_speech(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue for s, q, c, _ in out)


def test_a_document_calling_for_something_is_not_a_speaker(nlp):
    assert said(nlp, "The strategy was published in May. It called for a comprehensive approach, not a quick one.") == []


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected the force in 2019.\n\n"
     "Inspectors found that Kent Police:\n\n  \u2022 is \u2018good\u2019 at investigating crime and supporting victims;\n"
     "  \u2022 requires improvement at answering emergency calls.\n",
     "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "is \u2018good\u2019 at investigating crime",
     "find"),
    ("The Office of the Inspector General audited the program in 2022.\n\nThe OIG concluded that the agency:\n\n"
     "- did not track $2 million in grant spending;\n- had no written policy for closing awards.\n",
     "Office of the Inspector General", "did not track $2 million", "conclude"),
    ("HM Inspectorate of Prisons visited HMP Exeter in March.\n\nInspectors found that the prison:\n\n"
     "\u2022 had cut the time prisoners spent locked in their cells;\n\u2022 still had too few staff on the wings.\n",
     "HM Inspectorate of Prisons", "had cut the time prisoners spent", "find"),
])
def test_findings_introduced_by_a_colon_start_at_the_first_item(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue and d is False for s, q, c, d in out)
