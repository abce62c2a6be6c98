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
