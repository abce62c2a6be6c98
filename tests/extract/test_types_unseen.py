"""Entity types on unseen text (issue 12), each on sentences written for these tests (UK and US, bodies and
names of our own): which government "the government" is, ..."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def by_type(nlp, text: str) -> dict[str, dict[str, set[str]]]:
    out: dict[str, dict[str, set[str]]] = {}
    for n in extract_facts(nlp(text), "e").nodes:
        out.setdefault(n.type, {})[n.name] = set(getattr(n, "aliases", set()))
    return out


# -- "the government": the country comes from the national posts the text names --------------------------------
@pytest.mark.parametrize("text", [
    "The Prime Minister said the government would put more officers on the beat in every town.",
    "The Lord Chancellor, Ruth Palmer, said the government had opened two new jails this year.",
    "Chief Constable Owen Price welcomed the decision, saying the government had listened to rural forces.",
    "Police and Crime Commissioner Tessa Lyle said the government must fund victim services properly.",
])
def test_the_government_beside_a_british_post_is_the_uk_government(nlp, text):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert "UK Government" in orgs, orgs


def test_the_government_beside_an_american_post_is_the_us_government(nlp):
    orgs = by_type(nlp, "Acting United States Attorney Dana Whitfield said the government would seek "
                        "forfeiture of the vehicles.").get("Organisation", {})
    assert "United States Government" in orgs, orgs


@pytest.mark.parametrize("text", [
    "The First Minister said the government would publish its own plan for Scottish policing.",
    "The Prime Minister met the Home Secretary and the United States Attorney, and the government said little.",
])
def test_the_government_stays_unresolved_when_the_posts_disagree(nlp, text):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert "UK Government" not in orgs and "United States Government" not in orgs, orgs


@pytest.mark.parametrize("text", [
    'The Home Secretary said: "This Government will not stand by while knife crime rises."',
    'Speaking in Cardiff, the Justice Secretary said: "This government has built more prison places than any '
    'before it."',
])
def test_a_minister_saying_this_government_means_the_uk_government(nlp, text):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert "UK Government" in orgs, orgs
    assert any("government" in a.lower() for a in orgs["UK Government"] | {"UK Government"})


def test_this_government_department_is_not_the_government(nlp):
    orgs = by_type(nlp, "The Home Secretary said this government department would review the contract.").get(
        "Organisation", {})
    assert "UK Government" not in orgs, orgs
