"""Posts read by the shape of the sentence rather than by a lexicon string (issue 12: roles on unseen text).

Sentences written for these tests (UK and US, names and bodies of our own)."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def posts(nlp, text: str):
    facts = extract_facts(nlp(text), "r")
    names = {n.id: n.name for n in facts.nodes}
    held = {(names[l.source], l.props["title"], names[l.target]) for l in facts.links if l.type == "HOLDS_ROLE"}
    titled = {(n.name, t) for n in facts.nodes if n.type == "Person" for t in n.titles}
    return held, titled


@pytest.mark.parametrize("text, person", [
    ("U.S. Attorney for the District of Columbia Matthew Graves announced the sentence on Friday.", "Matthew Graves"),
    ("United States Attorney for the Southern District of Ohio Kenneth L. Parker said the defendant was convicted.",
     "Kenneth L. Parker"),
    ("U.S. Attorney for the Northern District of Georgia Ryan K. Buchanan announced the indictment.",
     "Ryan K. Buchanan"),
    ("The United States Attorney for the Western District of Texas, Jaime Esparza, said the case was closed.",
     "Jaime Esparza"),
])
def test_a_title_with_a_long_remit_before_the_name(nlp, text, person):
    """A post, ``for``/``of`` and a remit phrase with ``the`` and ``of`` in it (a judicial district), then the name:
    the post is the lexicon's; a district is no body."""
    held, titled = posts(nlp, text)
    assert (person, "United States Attorney") in titled
    assert not any(p == person for p, _, _ in held)


def test_a_long_remit_that_names_a_body_gives_the_body(nlp):
    held, _ = posts(nlp, "Director of the Bureau of Justice Assistance Karhlton Moore said the grants would help.")
    assert ("Karhlton Moore", "Director", "Bureau of Justice Assistance") in held


@pytest.mark.parametrize("text, person, title", [
    ("The Policing Minister, the Rt Hon Kit Malthouse MP, said the funding was welcome.", "Kit Malthouse",
     "Policing Minister"),
    ("The Home Secretary, the Rt Hon Amber Rudd MP, said the law would change.", "Amber Rudd", "Home Secretary"),
    ("The Secretary of State for Justice, the Right Honourable Jack Straw MP, opened the prison.", "Jack Straw",
     "Justice Secretary"),
])
def test_a_post_before_a_name_styled_the_right_honourable(nlp, text, person, title):
    _, titled = posts(nlp, text)
    assert (person, title) in titled


@pytest.mark.parametrize("text, person, title, body", [
    ("Speaking after chairing the National Knife Crime Board, Justice Secretary Shabana Mahmood said courts would "
     "act faster.", "Shabana Mahmood", "Chair", "National Knife Crime Board"),
    ("Leading the Violent Crime Taskforce, Commander Sarah Jones said the numbers were falling.", "Sarah Jones",
     "Lead", "Violent Crime Taskforce"),
    ("Heading the Chicago Crime Commission, Robert Lombardo warned that gangs were recruiting online.",
     "Robert Lombardo", "Head", "Chicago Crime Commission"),
])
def test_a_participle_of_leading_gives_its_subject_the_post(nlp, text, person, title, body):
    held, _ = posts(nlp, text)
    assert (person, title, body) in held


def test_a_participle_with_a_subject_of_its_own_is_not_the_speakers(nlp):
    held, _ = posts(nlp, "With Sarah Jones leading the Violent Crime Taskforce, Commissioner Mark Rowe said the "
                          "numbers were falling.")
    assert not any(p == "Mark Rowe" and t == "Lead" for p, t, _ in held)


@pytest.mark.parametrize("text, person, title, body", [
    ("Dr. Rivera is a professor of sociology and the director of the Urban Crime Lab at the University of Chicago.",
     "Rivera", "Director", "Urban Crime Lab"),
    ("Tom Reed, professor of law and director of the Center for Policing Equity, said the data were clear.",
     "Tom Reed", "Director", "Center for Policing Equity"),
    ("Ms Patel is the Deputy Chief Executive of the Youth Justice Board and chair of the Reducing Reoffending Board.",
     "Patel", "Chair", "Reducing Reoffending Board"),
])
def test_a_second_post_joined_after_the_first_posts_remit_or_body(nlp, text, person, title, body):
    held, _ = posts(nlp, text)
    assert (person, title, body) in held


def test_posts_of_listed_people_stay_with_each_person(nlp):
    held, _ = posts(nlp, "Jane Roe, chair of the Youth Justice Board, and John Doe, director of the Prison Reform "
                         "Trust, signed the letter.")
    assert not any(p == "Jane Roe" and b == "Prison Reform Trust" for p, _, b in held)
