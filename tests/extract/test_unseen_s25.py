"""Patterns of session 25, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, names, nodes, said_links

from kg.extract import extract_facts

pytestmark = pytest.mark.model


# -- a bare body noun before a chair's title refers back to the body of that kind named last ------------------------

@pytest.mark.parametrize("text, person, title, body", [
    ("The chief constable of Westshire gave evidence to the Justice Committee on Tuesday.\n\n"
     "Committee Chairman Jane Roe thanked him and said the committee would publish its findings in May. "
     "He also met the force's Ethics Committee.",
     "Jane Roe", "Chairman", "Justice Committee"),
    ("Subcommittee on Border Security and Enforcement\n\n"
     "Subcommittee Chairwoman Mary Smith opened the hearing on drones at the border.",
     "Mary Smith", "Chairwoman", "Subcommittee on Border Security and Enforcement"),
    ("The Senate Committee on Homeland Security and Governmental Affairs met on Monday to question the agency.\n\n"
     "Committee Ranking Member John Doe said the agency had ignored its own auditors.",
     "John Doe", "Ranking Member", "United States Senate Committee on Homeland Security and Governmental Affairs"),
])
def test_a_bare_committee_before_a_chair_is_the_committee_named_last(nlp, text, person, title, body):
    held, _, _ = held_roles(nlp, text)
    assert (person, title, body) in held, held


def test_a_bare_committee_named_only_after_the_chair_is_no_body(nlp):
    text = ("Committee Chairman Jane Roe opened the session on knife crime.\n\n"
            "Later the Westshire Police Ethics Committee and the Northshire Scrutiny Committee met.")
    held, titled, _ = held_roles(nlp, text)
    assert not any(p == "Jane Roe" for p, _, _ in held), held


def test_a_greeting_to_members_of_the_committee_before_a_subcommittee(nlp):
    text = ("Testimony of Director Jane Roe before the Senate Subcommittee on Fraud and Data Privacy\n\n"
            "Chairman Smith, Ranking Member Jones, and members of the Committee, thank you for inviting me today.")
    held, _, _ = held_roles(nlp, text)
    body = "Senate Subcommittee on Fraud and Data Privacy"
    assert {("Smith", "Chairman", body), ("Jones", "Ranking Member", body)} <= held, held


# -- two people named as a pair, then two posts: each takes the post in turn -----------------------------------------

@pytest.mark.parametrize("posts", ["chairman and chief executive", "the authority's chair and chief executive"])
def test_a_pair_of_names_takes_a_pair_of_posts_in_turn(nlp, posts):
    text = ("The Westshire Police Authority published its three-year plan today. "
            f"Jane Roe and John Smith, {posts}, said the plan was ambitious.")
    held, _, _ = held_roles(nlp, text)
    people = {(p, t.lower()) for p, t, _ in held}
    assert ("John Smith", "chief executive") in people, held
    assert not any(p == "John Smith" and t.startswith("chair") for p, t in people), held
    assert any(p == "Jane Roe" and t.startswith("chair") for p, t in people), held


def test_a_titled_first_name_keeps_the_pair_of_posts_together(nlp):
    text = ("Chief Constable Jane Roe and John Smith, chairman and chief executive of the Westshire Police Authority, "
            "said the plan was ambitious.")
    held, titled, _ = held_roles(nlp, text)
    assert not any(p == "Jane Roe" and t.lower() == "chairman" for p, t, _ in held), held


# -- a written statement, foreword or message whose heading names its author: its first paragraph is theirs --------

@pytest.mark.parametrize("heading, author", [
    ("Safer Streets in Westshire\n\n12 March 2024\n\nJane Roe MS, Cabinet Secretary for Justice", "Jane Roe"),
    ("Statement from Chief Constable Jane Roe on the Westshire floods", "Jane Roe"),
    ("Introduction from Jane Q. Roe, Deputy Mayor for Policing", "Jane Q. Roe"),
    ("From the Desk of the Director\n\nBy Jane Roe, Director, Westshire Office of Justice Programs", "Jane Roe"),
])
def test_an_authored_statement_opens_with_its_authors_words(nlp, heading, author):
    text = (f"{heading}\n\nI want to update members on the progress we have made with the Safer Streets programme "
            "since my last statement in the autumn.\n\nThe programme has funded 40 projects across the county.")
    said = said_links(nlp, text)
    assert [(s, q[:20], d) for s, q, _, d in said] == [(author, "I want to update mem", True)], said


@pytest.mark.parametrize("text", [
    # a transcript of remarks: its speech is taken where the text attributes it
    "Remarks by Director Jane Roe at the Westshire Police Academy\n\nThank you, Chief Smith. It is an honour to be "
    "here with the graduating class and I am proud of what you have achieved.",
    # a release about a statement names no author of its own first paragraph
    "Police funding rises in Westshire\n\nThe Home Office has announced that funding for Westshire Police will rise "
    "by 5% next year, and our officers welcome it.",
    # two people named in the heading: no single author
    "Jane Roe and John Smith on the new strategy\n\nWe are proud to publish a strategy that puts victims first and "
    "sets out how we will cut violent crime.",
    # no first person: a news story under a byline
    "By Jane Roe, Home Affairs Correspondent\n\nThe number of knife offences recorded in Westshire rose by a tenth "
    "last year.\n\nThe force said it was recruiting more officers.\n\nA new unit opens in May.",
])
def test_no_author_takes_the_first_paragraph(nlp, text):
    said = said_links(nlp, text)
    assert not any(cue == "statement" for _, _, cue, _ in said), said


def test_a_bylined_story_quoting_someone_in_the_first_person_has_no_author_statement(nlp):
    text = ("By Jane Roe, Home Affairs Correspondent\n\nThe number of knife offences recorded in Westshire rose by a "
            "tenth last year, figures show.\n\n“We are recruiting more officers,” Chief Constable John Smith said.")
    said = said_links(nlp, text)
    assert not any(cue == "statement" for _, _, cue, _ in said), said
    assert any(s == "John Smith" for s, *_ in said), said


@pytest.mark.parametrize("heading, post", [
    ("Annual Report 2023\n\nForeword by the Chairman", "Chairman"),
    ("Annual report and accounts 2023-2024\n\nCommissioner’s Foreword", "Commissioner"),
    ("Chief Constable's Report - 27 March 2025\n\nReport Summary\n\nThis report provides members of the Westshire "
     "Police Authority with information on policing and the state of crime.", "Chief Constable"),
])
def test_a_posts_own_piece_with_no_name_speaks_for_the_post(nlp, heading, post):
    text = (f"{heading}\n\nI am pleased to introduce this report, which sets out what we have achieved in the third "
            "year of the plan.\n\nWe have published 40 reports.")
    said = said_links(nlp, text)
    assert [(s, q[:20]) for s, q, cue, _ in said if cue == "statement"] == [(post, "I am pleased to intr")], said
    assert post in names(nlp, text, "Person"), names(nlp, text, "Person")


# -- a bracketed acronym inside a programme's name whose long form has a possessive, a hyphen or a list -------------

@pytest.mark.parametrize("text, policy, acronym", [
    ("Westshire Police administers the Fallen Officers’ Families (FOF) Fund, which pays for funerals.",
     "Fallen Officers’ Families Fund", "FOF"),
    ("Prisoners who finish Trauma-Informed Violence Reduction (TIVR) Programmes can move to open conditions.",
     "Trauma-Informed Violence Reduction Programmes", "TIVR"),
    ("Schools are funded by the council’s Parents, Pupils, and Teachers Together (PPTT) Knife Crime grant program.",
     "Parents, Pupils, and Teachers Together Knife Crime grant program", "PPTT"),
])
def test_an_acronym_inside_a_programme_name_keeps_the_whole_name(nlp, text, policy, acronym):
    facts = extract_facts(nlp(text), "t")
    policies = {n.name: set(n.aliases) for n in facts.nodes if n.type == "Policy"}
    assert policy in policies, policies
    assert acronym in policies[policy], policies


# -- the day of a date the recogniser missed is no figure ------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Chief Constable's Report - 27 June 2024", "LETTER TO THE CHAIR, 11 OCTOBER 2012"])
def test_the_day_of_a_date_in_a_heading_is_no_statistic(nlp, heading):
    text = f"{heading}\n\nThis report gives members an overview of the 40 arrests made in Westshire since May."
    stats = names(nlp, text, "Statistic")
    assert stats == {"40 arrests"}, stats


# -- a headline's figure told again in the body: one fact when written the same, two when written otherwise ----------

def test_a_headline_sum_written_otherwise_in_the_body_is_a_figure_of_its_own(nlp):
    text = ("Minister announces £0.75 million for knife crime projects\n\n"
            "The Policing Minister today announced £750,000 of funding for knife crime projects in Westshire.")
    stats = [n for n in nodes(nlp, text, "Statistic")]
    assert sorted(s.props["value"] for s in stats) == [750000, 750000], [(s.name, s.props) for s in stats]


def test_a_headline_sum_written_the_same_in_the_body_is_one_figure(nlp):
    text = ("Minister announces £2.4m for substance misuse services\n\n"
            "The Health Minister today announced £2.4m for substance misuse services in Westshire.")
    stats = [n for n in nodes(nlp, text, "Statistic")]
    assert [s.props["value"] for s in stats] == [2400000], [(s.name, s.props) for s in stats]


# -- a building or venue where something happens is a place; the body a building stands for is not -----------------

@pytest.mark.parametrize("text, place", [
    ("The Home Secretary hosted a summit on knife crime at Lancaster House on Monday.", "Lancaster House"),
    ("A debate on youth violence was held in Westminster Hall last week.", "Westminster Hall"),
    ("A man who climbed the fence and entered the White House in 2019 was arrested.", "White House"),
    ("The subcommittee will meet at 10:00 a.m. in 2141 Rayburn House Office Building.", "Rayburn House Office Building"),
])
def test_a_venue_is_a_place(nlp, text, place):
    assert place in names(nlp, text, "Place"), (names(nlp, text, "Place"), names(nlp, text, "Organisation"))
    assert place not in names(nlp, text, "Organisation"), names(nlp, text, "Organisation")
    assert not any(s[:1].isdigit() for s in names(nlp, text, "Statistic")), names(nlp, text, "Statistic")


@pytest.mark.parametrize("text, name", [
    ("The White House announced a new drug strategy on Monday.", "White House"),
    ("City Hall officials said the new unit would start in May.", "City Hall"),
    ("The bill passed in the House by 300 votes to 120.", "House"),
])
def test_a_building_that_stands_for_a_body_is_no_place(nlp, text, name):
    assert name not in names(nlp, text, "Place"), names(nlp, text, "Place")
