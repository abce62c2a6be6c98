"""The status of a policy reported with nobody named as proposing, planning, considering or rejecting it (issue
13), on sentences written for these tests: the document's MENTIONS link to the policy carries the status."""
from __future__ import annotations

import pytest

import kg

pytestmark = pytest.mark.model


def statuses(nlp, text: str) -> set[tuple[str, str]]:
    f = kg.extract_facts(nlp(text), "t")
    names = {n.id: n.name for n in f.nodes}
    got = set()
    for link in f.links:
        if link.type == "MENTIONS" and link.props.get("status"):
            assert link.source == "doc/t"
            assert link.sentence and link.sentence in text  # the sentence the status stands in
            got.add((names[link.target], link.props["status"]))
    return got


def status_of(nlp, text: str, policy_words: str) -> set[str]:
    return {s for name, s in statuses(nlp, text) if policy_words in name.lower()}


@pytest.mark.parametrize("text,words", [
    ("The grants come ahead of the introduction of a new Victims and Prisoners Bill in the spring.", "victims"),
    ("Forces were briefed ahead of the introduction of the Knife Crime Prevention Orders scheme.",
     "knife crime prevention orders"),
    ("The money arrives before the creation of the Serious Violence Strategy.", "serious violence strategy"),
])
def test_an_introduction_that_lies_ahead_is_proposed(nlp, text, words):
    assert status_of(nlp, text, words) == {"proposed"}


def test_an_introduction_in_the_past_gives_no_status(nlp):
    assert statuses(nlp, "Arrests rose after the introduction of the Knife Crime Prevention Orders scheme in 2021.") \
        == set()


@pytest.mark.parametrize("text,words,status", [
    ("The proposed Youth Violence Strategy drew criticism from charities.", "youth violence strategy", "proposed"),
    ("The planned Community Safety Partnership Fund was delayed until April.", "community safety partnership",
     "planned"),
    ("Councillors asked about the possible Night Safety Charter for Leeds.", "night safety charter", "considered"),
])
def test_a_modifier_gives_the_status(nlp, text, words, status):
    assert status_of(nlp, text, words) == {status}


@pytest.mark.parametrize("text,words,status", [
    ("Plans for a new Youth Diversion Scheme were discussed at the conference.", "youth diversion scheme", "planned"),
    ("Plans for the Neighbourhood Policing Fund were set out in the paper.", "neighbourhood policing fund", "planned"),
    ("A consultation on the new Serious Violence Strategy opened in July.", "serious violence strategy", "proposed"),
    ("Proposals for a new Rural Crime Strategy divided the council.", "rural crime strategy", "proposed"),
])
def test_a_plan_proposal_or_consultation_governs_the_policy(nlp, text, words, status):
    assert status_of(nlp, text, words) == {status}


@pytest.mark.parametrize("text,words,status", [
    ("The Knife Amnesty Scheme will be considered next year.", "knife amnesty scheme", "considered"),
    ("The Safer Streets Fund was rejected after the election.", "safer streets fund", "rejected"),
    ("The Community Curfew Programme has been proposed in Leeds.", "community curfew programme", "proposed"),
    ("The Violence Reduction Fund has been ruled out.", "violence reduction fund", "rejected"),
])
def test_a_passive_with_no_agent_gives_the_status(nlp, text, words, status):
    assert status_of(nlp, text, words) == {status}


@pytest.mark.parametrize("text,words", [
    ("A new Victims and Prisoners Bill is under consideration in Westminster.", "victims"),
    ("The Community Curfew Programme remains under review.", "community curfew programme"),
    ("The Night Safety Charter is under discussion at City Hall.", "night safety charter"),
])
def test_under_consideration(nlp, text, words):
    assert status_of(nlp, text, words) == {"considered"}


def test_a_named_agent_leaves_the_status_to_the_announced_link(nlp):
    text = "The Home Secretary proposed a ban on zombie knives."
    f = kg.extract_facts(nlp(text), "t")
    assert not any(l.type == "MENTIONS" and l.props.get("status") for l in f.links)
    assert any(l.type == "ANNOUNCED" and l.props.get("status") == "proposed" for l in f.links)


def test_a_measure_in_force_has_no_status(nlp):
    assert statuses(nlp, "The Safer Streets Fund paid for new lighting in 40 neighbourhoods.") == set()
