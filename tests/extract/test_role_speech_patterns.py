"""Roles, speech and bodies on unseen text (issue 12), on sentences written for these tests.

Each test states one linguistic pattern with sentences of different bodies, names and countries:
a body whose name opens or precedes a title (``FBI Director X``, ``Met Commissioner X``, ``Denver Police Chief X``),
and reported speech in the same paragraph as a later attributed quotation.
"""
from __future__ import annotations

import pytest

import kg

pytestmark = pytest.mark.model


def facts(nlp, text: str):
    f = kg.extract_facts(nlp(text), "t")
    names = {n.id: n.name for n in f.nodes}
    roles = {(names[l.source], l.props.get("title"), names[l.target]) for l in f.links if l.type == "HOLDS_ROLE"}
    said = [(names[l.source], l.props["quote"], l.props["direct"]) for l in f.links if l.type == "SAID"]
    types = {(n.type, n.name) for n in f.nodes if n.type not in ("Quote", "Statistic")}
    return roles, said, types


@pytest.mark.parametrize("text, role", [
    ("FBI Director Christopher Wray told senators the bureau needed more agents.",
     ("Christopher Wray", "Director", "Federal Bureau of Investigation")),
    ("Home Office Minister Sarah Jones opened the new training centre in Leeds.",
     ("Sarah Jones", "Minister", "Home Office")),
    ("Met Commissioner Mark Rowley defended the decision to deploy more officers.",
     ("Mark Rowley", "Commissioner", "Metropolitan Police Service")),
    ("NCA Director General Graeme Biggar gave evidence to the committee.",
     ("Graeme Biggar", "Director General", "National Crime Agency")),
])
def test_body_named_by_the_title_words(nlp, text, role):
    """A title whose first words name a body (the lexicon's ``FBI Director``, a short name before ``Commissioner``)
    is a post in that body, and the body is an organisation of the document."""
    roles, _, types = facts(nlp, text)
    assert roles == {role}
    assert ("Organisation", role[2]) in types


@pytest.mark.parametrize("text, person, body", [
    ("Denver Police Chief Ron Thomas praised the officers involved.", "Ron Thomas", "Denver Police"),
    ("Baltimore Police Commissioner Richard Worley said homicides had dropped.", "Richard Worley", "Baltimore Police"),
    ("Portland Police Chief Bob Day announced a new team on Monday.", "Bob Day", "Portland Police"),
])
def test_place_police_before_a_police_title(nlp, text, person, body):
    """``<Place> Police Chief X``: the title's ``Police`` and the place before it are the place's police force,
    not a place and a title."""
    roles, _, types = facts(nlp, text)
    assert {(p, o) for p, _, o in roles} == {(person, body)}
    assert ("Organisation", body) in types
    assert not any(t == "Place" and body.startswith(n) for t, n in types)


def test_title_without_a_body_word_stays_a_title(nlp):
    """No body is made up where the words before the title name none."""
    roles, _, types = facts(nlp, "Police and Crime Commissioner Donna Jones launched the consultation.")
    assert roles == set()
    assert not any(t == "Organisation" for t, _ in types)


@pytest.mark.parametrize("text, first, second", [
    ('The Home Office said it would review the guidance. A Home Office spokesperson said: '
     '"We are committed to cutting crime."',
     ("Home Office", "it would review the guidance"),
     ("Home Office spokesperson", "We are committed to cutting crime.")),  # an unnamed official (guideline 5)
    ('Lancashire Constabulary said two men had been arrested in Preston. Superintendent Amy Hart said: '
     '"Inquiries are continuing and we ask for patience."',
     ("Lancashire Constabulary", "two men had been arrested in Preston"),
     ("Amy Hart", "Inquiries are continuing and we ask for patience.")),
    ('Mayor Karen Bass said the new teams would start in June. Chief Jim McDonnell added: '
     '"Our officers are ready for this."',
     ("Karen Bass", "the new teams would start in June"), ("Jim McDonnell", "Our officers are ready for this.")),
])
def test_reported_speech_before_a_quote_in_the_same_paragraph(nlp, text, first, second):
    """'X said A. Y said: "B"' on one line: the attribution of B opens at its own sentence, so X's reported words
    are still an entry of their own."""
    _, said, _ = facts(nlp, text)
    got = {(s, q) for s, q, _ in said}
    assert first in got and second in got


@pytest.mark.parametrize("text, person, posts, body", [
    ("Mark Doyle, chairman and chief executive of the Independent Office for Police Conduct, said lessons must be "
     "learned.", "Mark Doyle", {"Chairman", "Chief Executive"}, "Independent Office for Police Conduct"),
    ("Rachel Green, deputy director and chief of staff of the Drug Enforcement Administration, spoke to reporters.",
     "Rachel Green", {"Deputy Director", "Chief of Staff"}, "Drug Enforcement Administration"),
    ("Tom Black, chair and chief executive of the Youth Justice Board, welcomed the findings.",
     "Tom Black", {"Chair", "Chief Executive"}, "Youth Justice Board"),
])
def test_coordinated_titles_in_apposition_share_the_body(nlp, text, person, posts, body):
    """``X, A and B of Y``: both titles are posts in Y."""
    roles, _, _ = facts(nlp, text)
    assert {(p, o) for p, _, o in roles} == {(person, body)}
    assert {t.lower() for _, t, _ in roles} == {p.lower() for p in posts}


@pytest.mark.parametrize("text, role", [
    ("The Kansas City Police Department's chief, Stacey Graves, said homicides fell.",
     ("Stacey Graves", "Kansas City Missouri Police Department")),
    ("Merseyside Police's spokesman, Tom Hill, said the road had reopened.", ("Tom Hill", "Merseyside Police")),
    ("The FBI's director, Kash Patel, said agents had made arrests.", ("Kash Patel", "Federal Bureau of Investigation")),
])
def test_body_possessive_then_bare_title_before_a_name(nlp, text, role):
    """``Y's chief, X,``: a lower-case head noun after a body's possessive is X's post in Y."""
    roles, _, _ = facts(nlp, text)
    assert {(p, o) for p, _, o in roles} == {role}


def test_a_possessive_person_before_a_bare_noun_is_no_post(nlp):
    """``Jane Roe's deputy, John Doe,`` names no body: no post in an organisation is made up."""
    roles, _, _ = facts(nlp, "Jane Roe's deputy, John Doe, said the report was accurate.")
    assert roles == set()


@pytest.mark.parametrize("text, role", [
    ("Nottinghamshire's Chief Constable Kate Meynell said the force was ready.",
     ("Kate Meynell", "Nottinghamshire Police")),
    ("Kent's chief constable, Tim Smith, said the figures were encouraging.", ("Tim Smith", "Kent Police")),
    ("Officers were praised by Durham's Assistant Chief Constable Richard Allen on Monday.",
     ("Richard Allen", "Durham Constabulary")),
])
def test_place_possessive_before_a_police_rank_is_its_force(nlp, text, role):
    """``<Place>'s chief constable X``: a police rank of a place is a post in that place's force (guideline 7's
    "Kent's chief constable" -> Kent Police), even where the story never writes the force's name."""
    roles, _, types = facts(nlp, text)
    assert {(p, o) for p, _, o in roles} == {role}
    assert ("Organisation", role[1]) in types


def test_place_possessive_before_another_post_names_no_force(nlp):
    """A place's police and crime commissioner or governor is not a post in its force."""
    roles, _, types = facts(nlp, "Merseyside's police and crime commissioner, Emily Spurrell, said funding was "
                                 "needed. Texas's governor, Greg Abbott, signed the bill.")
    assert roles == set()
    assert ("Organisation", "Merseyside Police") not in types


def test_police_title_after_a_place_the_story_names_elsewhere(nlp):
    """``Memphis Police Chief X`` where the recogniser missed ``Memphis`` there but saw it as a place elsewhere."""
    text = ("MEMPHIS, Tenn. - Violent crime in Memphis fell by 18 percent this year, officials said.\n\n"
            "Memphis Police Chief Cerelyn Davis said her officers had worked with federal partners.")
    roles, _, types = facts(nlp, text)
    assert ("Cerelyn Davis", "Memphis Police") in {(p, o) for p, _, o in roles}
    assert ("Organisation", "Memphis Police") in types


@pytest.mark.parametrize("text, speaker, first, second", [
    ('U.S. Attorney Jane Roe said the task force had "changed the city." Jane Roe, who took office in March, said the '
     'unit would stay through next year.', "Jane Roe", "the task force had", "the unit would stay through next year"),
    ('Chief Constable Tom Grey said the results were "a turning point for Leeds." Grey, speaking outside the station, '
     'said more officers would follow.', "Tom Grey", "the results were", "more officers would follow"),
    ('Mayor Ann Lee said the plan was "working well." Lee later told reporters that funding would double.',
     "Ann Lee", "the plan was", "funding would double"),
])
def test_quote_closing_a_sentence_is_not_attributed_to_the_next_report(nlp, text, speaker, first, second):
    """A quotation that ends its sentence ('..."changed the city." X said Y') is not the content of the next
    sentence's speech verb when that verb reports its own clause: both reports are entries."""
    _, said, _ = facts(nlp, text)
    quotes = [q for s, q, _ in said if s == speaker]
    assert any(q.startswith(first) for q in quotes), said
    assert any(q.startswith(second) for q in quotes), said


@pytest.mark.parametrize("text, role", [
    ("The Memphis Shelby Crime Commission said homicides were down. Its president, Bill Gibbons, said the decline "
     "was fragile.", ("Bill Gibbons", "Memphis Shelby Crime Commission")),
    ("The Youth Justice Board published its annual report on Monday. Its chief executive Stephanie Roberts-Bibby "
     "said custody numbers had fallen.", ("Stephanie Roberts-Bibby", "Youth Justice Board")),
    ("The College of Policing issued new guidance. Andy Marsh, its chief executive, said officers would be trained.",
     ("Andy Marsh", "College of Policing")),
])
def test_its_title_is_a_post_in_the_body_just_named(nlp, text, role):
    """``Its president, X`` / ``X, its chief executive,``: ``its`` is the body the story has just named."""
    roles, _, _ = facts(nlp, text)
    assert {(p, o) for p, _, o in roles} == {role}


@pytest.mark.parametrize("text, person, title", [
    ("Gov. Kathy Hochul said the state would fund more officers.", "Kathy Hochul", "Governor"),
    ("Councilman Curtis Sliwa said the subway was unsafe at night.", "Curtis Sliwa", "Council Member"),
    ("Alderman Brian Hopkins said the ward needed more patrols.", "Brian Hopkins", "Alderman"),
    ("State Sen. Maria Lopez said the bill would pass in the spring.", "Maria Lopez", "State Senator"),
    ("Assemblywoman Dana Cole told reporters the budget was short.", "Dana Cole", "Assembly Member"),
])
def test_us_local_titles_are_not_part_of_the_name(nlp, text, person, title):
    """US local and state titles before a name (``Gov.``, ``Councilman``, ``Alderman``, ``State Sen.``) are posts,
    not the first word of the person's name, so the speaker is the person."""
    _, said, types = facts(nlp, text)
    assert ("Person", person) in types
    assert {s for s, _, _ in said} == {person}
    f = kg.extract_facts(nlp(text), "t")
    assert title in next(n.titles for n in f.nodes if n.name == person)
