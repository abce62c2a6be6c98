"""Policy names on unseen text (issue 12, session 9). Every sentence is written for these tests (UK and US bodies,
words of their own); each pattern has three or more.
"""
from __future__ import annotations

import pytest

from kg.extract import learned
from kg.extract.policies import find_policies

pytestmark = pytest.mark.model


def kept(nlp, text: str) -> dict[str, tuple[str, ...]]:
    """The policy mentions the scorer keeps for ``text``: name -> aliases."""
    doc = nlp(text)
    return {f.name: f.aliases for f in learned.rescore(doc, find_policies(doc))}


# -- a year written inside the noun phrase, before a name ------------------------------------------------------------

@pytest.mark.parametrize("text,name,surface", [
    ("Figures from the 2023 Crime Survey for Scotland show a fall in housebreaking.",
     "Crime Survey for Scotland", "2023 Crime Survey for Scotland"),
    ("The council published its 2024 Community Safety Plan on Monday.",
     "Community Safety Plan", "2024 Community Safety Plan"),
    ("The governor signed the 2022 Public Safety Act into law in Albany.", "Public Safety Act", "2022 Public Safety Act"),
    ("Wales's 2021 Violence Prevention Strategy was praised by inspectors.",
     "Violence Prevention Strategy", "2021 Violence Prevention Strategy"),
])
def test_a_year_before_a_name_is_kept_as_the_surface_form(nlp, text, name, surface):
    got = kept(nlp, text)
    assert name in got, got
    assert surface in got[name], got


@pytest.mark.parametrize("text,name", [
    ("In 2019 Project Safe Neighborhoods funded new prosecutors in Ohio.", "Project Safe Neighborhoods"),
    ("Since 2015 the Safer Streets Fund has paid for lighting in Hull.", "Safer Streets Fund"),
    ("By 2030 the Youth Justice Plan will reach every county in Kentucky.", "Youth Justice Plan"),
])
def test_a_year_that_is_a_date_of_the_sentence_is_not_part_of_the_name(nlp, text, name):
    got = kept(nlp, text)
    assert name in got, got
    assert not any(a[:2] in {"19", "20"} for a in got[name]), got


# -- capitalised function words inside a name ------------------------------------------------------------------------

def candidate_names(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return {c.name.lower() for c in learned.candidates(doc, list(find_policies(doc)))}


@pytest.mark.parametrize("text,name", [
    ("The council backed the Speak Up Now campaign in Bristol.", "speak up now campaign"),
    ("Teachers in Ohio joined the Step Up For Safety program this spring.", "step up for safety program"),
    ("Youth workers promoted the Turn It Around scheme in Glasgow.", "turn it around scheme"),
    ("Deputies in Arizona expanded the Lock It Up initiative to rural counties.", "lock it up initiative"),
])
def test_a_name_with_capitalised_function_words_before_a_policy_noun_is_offered_whole(nlp, text, name):
    assert name in candidate_names(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("Officers in Leeds launched Operation Over The Line to target drug runners.", "Operation Over The Line"),
    ("Police in Kent ran Operation Back To School across the county.", "Operation Back To School"),
    ("Detectives in Chicago began Operation Off The Streets in May.", "Operation Off The Streets"),
])
def test_an_operation_named_with_capitalised_function_words_is_kept_whole(nlp, text, name):
    assert name in kept(nlp, text)


@pytest.mark.parametrize("text", [
    "The Home Office said on Monday that patrols would rise.",
    "In Manchester the Safer Streets Fund paid for new lighting.",
    "It is the Chief Constable who decides, the Mayor said.",
])
def test_a_capitalised_word_at_a_sentence_start_stays_out_of_a_name(nlp, text):
    assert not any(n.split()[0] in {"the", "in", "it"} for n in candidate_names(nlp, text))
