"""SAID on unseen text (issue 12, session 7): speech patterns and attribution limits, on sentences written for
these tests (UK and US wordings), with the real English model.

Each test states one pattern over the parse: what introduces a quotation is the sentence it opens in; a closing
mark typed as an opening one; a quotation that ends its sentence is not the object of the next sentence's verb;
``according to X`` inside a relative clause; a post in apposition to a named speaker; a voiced stance
(``expressed concern that ...``); and evidence that "indicates" without a speaker.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

from linkpairs import said_links as said

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The Home Office announced it has given £5 million to forces in the north. The first, \u201cSafer Streets "
    "North,\u201d covers 40 towns.",
    "The Justice Department said it had awarded $12 million to 30 cities. The second grant, \u201cCommunity "
    "Violence Intervention,\u201d goes to Denver and Tulsa.",
    "Kent Police confirmed that 14 people had been arrested. One scheme, \u201cOperation Tidal Wave,\u201d ran in "
    "Maidstone for a month.",
])
def test_a_speech_verb_in_an_earlier_sentence_does_not_introduce_a_quotation(nlp, text):
    out = said(nlp, text)
    assert not any(d for _, _, _, d in out), out  # the quoted names are nobody's direct speech


@pytest.mark.parametrize("text,speaker,opening", [
    ("The money pays for the \u201cSafe Routes to School \u201c programme in Leeds. \u201cEvery child should be able "
     "to walk to school without fear,\u201d said Chief Constable John Robins.", "John Robins",
     "Every child should be able"),
    ("Grants went to the \u201cCure Violence \u201c model in three cities. \u201cThese programs save lives every "
     "single week,\u201d said Attorney General Maria Delgado.", "Maria Delgado", "These programs save lives"),
    ("Officers trained under the \u201cStreet Safe \u201c scheme. \u201cWe have seen burglary fall in every ward "
     "this year,\u201d said Commissioner Helen Ward.", "Helen Ward", "We have seen burglary fall"),
])
def test_an_opening_mark_typed_for_a_closing_one_closes_the_quotation(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert [q for s, q, _, _ in out if s == speaker] and all(q.startswith(opening) for s, q, _, _ in out), out


@pytest.mark.parametrize("text,wrong", [
    ("\u201cWe will not stop until the gangs are gone,\u201d said Mayor Sadiq Khan. \u201cLondon deserves "
     "nothing less.\u201d The Government\u2019s 2021 strategy emphasised recruiting more officers.", "Government"),
    ("\u201cThis is a historic day for the city,\u201d said Chief Maria Lopez. \u201cOur officers earned it.\u201d "
     "President Biden\u2019s crime plan stressed hiring more community officers.", "Biden"),
    ("\u201cWe are taking the fight to the dealers,\u201d said Sheriff Tom Hale. \u201cThey will find no rest "
     "here.\u201d The county\u2019s new budget highlighted spending on youth programs.", "county"),
])
def test_a_quotation_that_ends_its_sentence_is_not_the_object_of_the_next_verb(nlp, text, wrong):
    out = said(nlp, text)
    assert not any(wrong in s for s, _, _, _ in out), out
    assert len([1 for _, _, _, d in out if d]) == 1, out  # the second quotation goes on with the first


@pytest.mark.parametrize("text,speaker,quote", [
    ("The drug is blamed for a rise in overdoses, which killed 4,000 people last year according to the Office "
     "for National Statistics.", "Office for National Statistics", "which killed 4,000 people last year"),
    ("Officers seized fentanyl, which caused 70,000 deaths in 2022 according to the Centers for Disease Control "
     "and Prevention.", "Centers for Disease Control and Prevention", "which caused 70,000 deaths in 2022"),
    ("The scheme covers Glasgow, where knife crime fell by a third last year according to Police Scotland.",
     "Police Scotland", "where knife crime fell by a third last year"),
])
def test_according_to_inside_a_relative_clause_reports_that_clause(nlp, text, speaker, quote):
    out = said(nlp, text)
    assert (speaker, quote, "according to", False) in out, out


@pytest.mark.parametrize("text,speaker", [
    ("Joanna Smith, Deputy Chief Crown Prosecutor for CPS Wessex and Hate Crime lead, said: \u201cWe will "
     "prosecute every case robustly.\u201d", "Joanna Smith"),
    ("Mark Davies, Chief Crown Prosecutor for CPS Mersey-Cheshire, said: \u201cVictims must have confidence that "
     "we will act.\u201d", "Mark Davies"),
    ("Laura Chen, Senior Crown Prosecutor for CPS London North, said: \u201cThis conviction sends a clear message "
     "to offenders.\u201d", "Laura Chen"),
])
def test_a_post_in_apposition_to_the_speaker_is_not_a_second_speaker(nlp, text, speaker):
    out = said(nlp, text)
    assert [s for s, _, _, _ in out] == [speaker], out


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("The Home Affairs Committee expressed concern that forces were marking their own homework.",
     "Home Affairs Committee", "forces were marking their own homework", "express concern"),
    ("Mayor Karen Bass voiced fears that the cuts would leave the city less safe.", "Karen Bass",
     "the cuts would leave the city less safe", "voice fear"),
    ("Sheriff Dan Ortiz raised concerns that deputies were being pulled from patrols to guard the jail.",
     "Dan Ortiz", "deputies were being pulled from patrols", "raise concern"),
])
def test_a_voiced_stance_reports_its_that_clause(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue and d is False for s, q, c, d in out), out


@pytest.mark.parametrize("text", [
    "The committee raised concerns that were first heard in 2019.",
    "Residents expressed their anger at the closure of the station.",
])
def test_a_stance_without_a_reported_clause_is_no_speech(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize("text", [
    "DEA laboratory testing indicates that 29% of fentanyl pills contained a lethal dose.",
    "Met Police custody data suggests that fewer children were held overnight last year.",
    "FBI crime data indicates that murders fell by 12% in 2023.",
])
def test_evidence_that_indicates_is_nobodys_speech(nlp, text):
    assert said(nlp, text) == []


def test_a_body_that_indicates_still_speaks(nlp):
    out = said(nlp, "The Home Office indicated that the new powers would be in force by April.")
    assert any(s == "Home Office" and q.startswith("the new powers") for s, q, _, _ in out), out


@pytest.mark.parametrize("text,speaker,quote,cue", [
    ("The Public Accounts Committee labelled the target a \u201cmeagre ambition\u201d.", "Public Accounts Committee",
     "meagre ambition", "label"),
    ("Chief Constable Sarah Crew described the attack as \u201ccowardly and senseless\u201d.", "Sarah Crew",
     "cowardly and senseless", "describe"),
    ("Mayor Brandon Johnson called the shooting \u201ca senseless act of violence against our city\u201d.",
     "Brandon Johnson", "a senseless act of violence against our city", "call"),
    ("The sentence was described by Judge Maria Alvarez as \u201cwholly inadequate for such a crime\u201d.",
     "Maria Alvarez", "wholly inadequate for such a crime", "describe"),
])
def test_a_characterising_verb_attributes_the_quoted_words_to_its_subject(nlp, text, speaker, quote, cue):
    assert (speaker, quote, cue, True) in said(nlp, text)


@pytest.mark.parametrize("text", [
    "These connections, also called NIBIN \u201cleads\u201d, help detectives identify shooters.",
    "As part of an effort dubbed \u201cOperation Over The Line,\u201d agents arrested 20 people in Reno.",
    "The scheme, known locally as \u201cthe knife amnesty\u201d, ran for a fortnight in Leeds.",
])
def test_a_name_given_to_a_thing_is_no_speech(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize("text,speaker,opening", [
    ("\u201cWe will not let up,\u201d said Chief Constable Jane Doe.\n\nAdding: \u201cEvery dealer in this county "
     "should expect a knock on the door.\u201d", "Jane Doe", "Every dealer in this county"),
    ("\u201cThe grants will reach every rural county,\u201d said Attorney General Merrick Garland.\n\nContinuing: "
     "\u201cOur partners in local law enforcement deserve nothing less.\u201d", "Merrick Garland", "Our partners in local"),
    ("Sheriff Ana Ruiz said: \u201cOur deputies made 40 arrests this week.\u201d\n\nConcluding: \u201cThis county "
     "will never be a safe place for traffickers.\u201d", "Ana Ruiz", "This county will never be"),
])
def test_a_bare_participle_goes_on_with_the_last_speaker_as_a_new_entry(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q, _, _ in out), out
    assert len(out) == 2, out


def test_a_bare_participle_with_nobody_before_gives_no_speaker(nlp):
    assert said(nlp, "Adding: \u201cEvery dealer in this county should expect a knock on the door.\u201d") == []


@pytest.mark.parametrize("text,first,second", [
    ("The victims were described by the judge as \u2018some of the bravest people this court has seen\u2019. The "
     "officer was praised for evidence which was \u2018clear, calm and entirely honest\u2019.", "some of the bravest",
     "clear, calm"),
    ("Mayor Lee described the plan as \u201ca turning point for the city\u201d. Council members later passed a "
     "budget that was \u201cthe largest in a decade for public safety\u201d.", "a turning point", "the largest in a decade"),
])
def test_a_quotation_after_narration_does_not_continue_the_one_before(nlp, text, first, second):
    out = said(nlp, text)
    assert any(q.startswith(first) and second not in q for _, q, _, _ in out), out


@pytest.mark.parametrize("text,speaker,opening", [
    ("The Office of Justice Programs\u2019 National Institute of Justice (NIJ) announces it has awarded $20 million "
     "to school districts.", "National Institute of Justice", "it has awarded $20 million"),
    ("Kent Police announced it had charged 14 people after a month-long operation in Maidstone.", "Kent Police",
     "it had charged 14 people"),
    ("The Home Office announced that it has recruited 20,000 additional police officers.", "Home Office",
     "it has recruited 20,000"),
])
def test_announcing_what_was_done_is_reported_speech(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == "announce" for s, q, c, _ in out), out


@pytest.mark.parametrize("text", [
    "The Home Secretary announced she is allocating £51 million to forces in the north.",
    "The Justice Department announced it will launch a new violent crime task force in Memphis.",
])
def test_announcing_an_act_is_not_reported_speech(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize("text,speaker,opening", [
    ("A federal court has ordered the operators of a visa scam to pay $600,000. The court found that customers "
     "had lost their savings to the scheme.", "federal court", "customers had lost their savings"),
    ("An appeals court upheld the ban on Friday. The court said the city had acted within its powers when it "
     "closed the club.", "appeals court", "the city had acted within its powers"),
    ("A district court fined the company $2 million. Several victims lost their homes, according to the court.",
     "district court", "Several victims lost their homes"),
])
def test_a_court_the_story_does_not_name_speaks_as_that_court(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q, _, _ in out), out


def test_the_court_does_not_speak_for_the_last_body_named(nlp):
    text = ("The Federal Trade Commission sued the firm in 2019. The Court also noted that the firm had ignored "
            "two warnings.")
    out = said(nlp, text)
    assert not any(s == "Federal Trade Commission" for s, _, _, _ in out), out


@pytest.mark.parametrize("text,speaker,opening,cue", [
    ("In a letter to MPs, Home Secretary James Cleverly wrote that the new powers would come into force in April.",
     "James Cleverly", "the new powers would come into force", "write"),
    ("Asked about recruitment, Mayor Brandon Johnson replied that the city had already hired 300 officers.",
     "Brandon Johnson", "the city had already hired 300 officers", "reply"),
    ("Chief Constable Rachel Swann responded that the force had met every target set by the commissioner.",
     "Rachel Swann", "the force had met every target", "respond"),
])
def test_write_and_reply_report_a_that_clause(nlp, text, speaker, opening, cue):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == cue for s, q, c, _ in out), out


@pytest.mark.parametrize("text", [
    "Home Secretary James Cleverly wrote a letter to every chief constable in England.",
    "Sheriff Tom Dart responded to the shooting within minutes.",
])
def test_write_and_reply_without_a_that_clause_are_no_speech(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize("text,name", [
    ("(Washington, D.C.)\u2014John Walters, Director of National Drug Control Policy, today awarded $10 million "
     "in grants.", "John Walters"),
    ("(London)\u2014Sarah Jones, chief executive of Victim Support, said the figures were worrying.", "Sarah Jones"),
    ("[Chicago]\u2013Maria Lopez, the city's police superintendent, announced 40 arrests.", "Maria Lopez"),
])
def test_a_bracketed_dateline_glued_by_a_dash_is_not_part_of_a_name(nlp, text, name):
    facts = extract_facts(nlp(text), "t")
    people = [n.name for n in facts.nodes if n.type == "Person"]
    assert name in people and not any(")" in p or "]" in p for p in people), people


@pytest.mark.parametrize("text,speaker,opening", [
    ("\u201cWe will leave no stone unturned to find those responsible.\u201d\n\n\u2014 Chief Constable Sir Andy Marsh",
     "Andy Marsh", "We will leave no stone unturned"),
    ("\u201cEvery family in this city deserves to feel safe on its own street.\u201d\n\n\u2013 Mayor Karen Bass",
     "Karen Bass", "Every family in this city"),
    ("\u201cThe people of Kent can be proud of their officers tonight.\u201d\n\u2014 Kent Police Chief Constable Tim "
     "Smith", "Tim Smith", "The people of Kent can be proud"),
])
def test_a_quotation_signed_with_a_dash_on_the_next_line(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) and c == "dash" for s, q, c, _ in out), out


@pytest.mark.parametrize("text,speaker,opening", [
    ("The following is a statement from Chief Constable Jo Farrell:\n\nOur thoughts are with the family of the "
     "young man who died on Saturday night.", "Jo Farrell", "Our thoughts are with the family"),
    ("Statement from Police Commissioner Keechant Sewell:\n\n\u201cToday our city lost a hero who gave his life "
     "protecting others.\u201d", "Keechant Sewell", "Today our city lost a hero"),
    ("Below is a statement by Sheriff Tom Dart:\n\nOur deputies acted quickly and saved the lives of two children "
     "in the fire.", "Tom Dart", "Our deputies acted quickly"),
])
def test_a_statement_from_someone_introduces_the_paragraph_after_it(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q, _, _ in out), out


@pytest.mark.parametrize("text,speaker,opening", [
    ("Chief Constable Jo Farrell: \u201cWe will not rest until the people responsible are brought to "
     "justice.\u201d", "Jo Farrell", "We will not rest"),
    ("Mayor Brandon Johnson: \u201cThis city will not be held hostage by a handful of violent people.\u201d",
     "Brandon Johnson", "This city will not be held hostage"),
    ("Commissioner Mark Rowley: \u201cOur officers are out on every street in London tonight.\u201d", "Mark Rowley",
     "Our officers are out on every street"),
])
def test_a_name_and_a_colon_introduce_a_quotation(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q, _, _ in out), out


@pytest.mark.parametrize("text", [
    "Operation Venetic: \u201cthe biggest and most significant operation of its kind in the UK\u201d.",
    "Key findings: \u201cToo many victims wait more than a year for their case to reach court.\u201d",
])
def test_a_heading_and_a_colon_introduce_no_speaker(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize("text,speaker", [
    ("Commenting on the review, the Director of the Serious Fraud Office said:\n\n\u201cImplementing the "
     "recommendations is our pressing priority.\u201d", "Director of the Serious Fraud Office"),
    ("The Director of the Federal Bureau of Investigation said the bureau would open 40 new cases.",
     "Director of the Federal Bureau of Investigation"),
    ("The Commissioner of the Metropolitan Police said the force would recruit 100 officers.",
     "Commissioner of the Metropolitan Police"),
])
def test_an_unnamed_post_of_a_named_body_speaks_as_the_official_not_the_body(nlp, text, speaker):
    out = said(nlp, text)
    assert [s for s, _, _, _ in out] == [speaker], out


def test_a_post_of_a_body_held_by_a_named_person_speaks_as_that_person(nlp):
    text = ("Chief Constable Tim Smith leads Kent Police. The Chief Constable of Kent Police said the force would "
            "recruit 100 officers.")
    assert [s for s, _, _, _ in said(nlp, text)] == ["Tim Smith"]
