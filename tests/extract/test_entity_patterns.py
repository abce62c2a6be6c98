"""Organisation and Place patterns that generalise across documents, on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def by_type(nlp, text: str) -> dict[str, dict[str, set[str]]]:
    out: dict[str, dict[str, set[str]]] = {}
    for n in extract_facts(nlp(text), "e").nodes:
        out.setdefault(n.type, {})[n.name] = set(getattr(n, "aliases", set()))
    return out


def test_agency_acronym_before_a_city_is_the_agency_office(nlp):
    found = by_type(nlp, "The operation was led by ATF Phoenix and the Arizona Department of Public Safety. "
                         "John Roe, Special Agent in Charge of ATF Phoenix Field Division, said the seizures mattered.")
    assert "ATF Phoenix" in found["Organisation"]["ATF Phoenix Field Division"]  # one body, not two
    assert "Phoenix" not in found.get("Place", {})


def test_agency_in_a_city_keeps_the_city(nlp):
    found = by_type(nlp, "Agents of the FBI in Denver arrested six men on Tuesday.")
    assert "Denver" in found["Place"]
    assert not any("Denver" in name for name in found["Organisation"])


def test_each_name_in_a_list_of_counties_is_a_county(nlp):
    found = by_type(nlp, "Deputies patrolled Harlan, Perry, and St. Mary counties over the weekend.")
    places = found["Place"]
    assert {"Harlan County", "Perry County", "St. Mary County"} <= set(places)
    assert "St. Mary" in places["St. Mary County"]
    assert "St. Mary" not in found.get("Organisation", {})
    found = by_type(nlp, "The task force covers Lincoln and Grant parishes.")
    assert {"Lincoln Parish", "Grant Parish"} <= set(found["Place"])


def test_compass_part_of_a_known_place_is_a_place(nlp):
    found = by_type(nlp, "Gangs in north Alabama and Northeastern Alabama were targeted by the task force.")
    assert {"north Alabama", "Northeastern Alabama"} <= set(found["Place"])


def test_country_abbreviation_inside_a_name_is_not_a_place(nlp):
    found = by_type(nlp, "Prosecutions were brought under the U.S. Code and the US Senate held hearings.")
    assert "United States" not in found.get("Place", {})
    found = by_type(nlp, "Violence fell across the U.S. last year, and the UK saw a similar trend.")
    assert {"United States", "United Kingdom"} <= set(found["Place"])


def test_city_field_division_of_an_agency_is_its_own_body(nlp):
    found = by_type(nlp, "Jane Roe, Special Agent in Charge of the Chicago Field Division of the Drug Enforcement "
                         "Administration, said the arrests followed a long inquiry.")
    assert {"Chicago Field Division", "Drug Enforcement Administration"} <= set(found["Organisation"])
    assert "Chicago" not in found.get("Place", {})
    found = by_type(nlp, "Michael Doe, head of the Office of the Inspector General, spoke.")
    assert "Office of the Inspector General" in found["Organisation"]


def test_statistics_designation_is_not_a_body(nlp):
    found = by_type(nlp, "The figures are no longer badged as National Statistics, the Office for National Statistics said.")
    assert set(found["Organisation"]) == {"Office for National Statistics"}


def test_single_word_after_a_possessive_is_not_a_place(nlp):
    found = by_type(nlp, "The Chancellor found extra money for prisons in yesterday's Budget. Burglaries in Hallbridge fell.")
    assert set(found.get("Place", {})) == {"Hallbridge"}


def test_two_bodies_joined_by_and_stay_two(nlp):
    found = by_type(nlp, "Kent Police and Essex Police signed a data-sharing agreement on Monday.")
    assert {"Kent Police", "Essex Police"} <= set(found["Organisation"])
    assert "Kent Police and Essex Police" not in found["Organisation"]
    found = by_type(nlp, "Hallbridge Constabulary and Eastmoor Constabulary will share a control room.")
    assert {"Hallbridge Constabulary", "Eastmoor Constabulary"} <= set(found["Organisation"])
    found = by_type(nlp, "Officers from the Essex Fire and Rescue Service attended.")
    assert "Essex Fire and Rescue Service" in found["Organisation"]


def test_body_named_with_a_charge_word_is_kept_and_charges_are_not_bodies(nlp):
    found = by_type(nlp, "The Trafficking Response Unit arrested four men, police said.")
    assert "Trafficking Response Unit" in found["Organisation"]
    found = by_type(nlp, "He was charged with Possession of a Firearm by a Prohibited Person and Trafficking in Persons.")
    assert not found.get("Organisation") and not found.get("Person")


def test_titled_name_of_a_body_is_a_person_and_the_body(nlp):
    for body in ("Kent Police", "Hallbridge Constabulary"):
        found = by_type(nlp, f"Chief Constable Jane Doe of {body} said 40 knives were seized.")
        assert "Jane Doe" in found["Person"]
        assert body in found["Organisation"] or any(body in a for a in found["Organisation"].values())
        assert not any("Jane" in name for name in found["Organisation"])
    found = by_type(nlp, "The House of Representatives Committee on Oversight met.")
    assert "House of Representatives Committee on Oversight" in found["Organisation"]


def test_the_government_of_a_text_counting_in_one_currency(nlp):
    found = by_type(nlp, "Ministers said £40 million would follow and the government’s response would be coordinated.")
    assert "UK Government" in found["Organisation"]
    found = by_type(nlp, "Officials said $40 million would follow and the government's plan would be published.")
    assert "United States Government" in found["Organisation"]
    assert not by_type(nlp, "The government said it would act.").get("Organisation")


def test_offices_of_a_kind_of_post_are_one_body(nlp):
    found = by_type(nlp, "The grants support projects that work in partnership with U.S. Attorneys’ Offices across the country.")
    assert "U.S. Attorneys’ Offices" in found["Organisation"]["United States Attorneys’ Offices"]
    found = by_type(nlp, "The United States Attorneys' Offices and the U.S. Attorneys’ Offices are one body.")
    assert [n for n in found["Organisation"] if "Attorneys" in n] == ["United States Attorneys’ Offices"]
    found = by_type(nlp, "Deputies from the Sheriffs' Offices in three parishes joined the operation.")
    assert "Sheriffs' Offices" not in found.get("Organisation", {})  # several offices, no one body


def test_headline_name_followed_by_a_title_is_a_person(nlp):
    text = "Statement of Daniel R. Whitcombe Inspector General, U.S. Department of Labor\n\nbefore the Committee on Oversight."
    assert "Daniel R. Whitcombe" in by_type(nlp, text)["Person"]
    assert "Person" not in by_type(nlp, "Officials Praise Hannah Webb Scheme\n\nThe scheme was praised.")


def test_name_at_a_place_in_a_larger_place_is_a_place(nlp):
    found = by_type(nlp, "The Treasury will fund a new prison at Harwick Vale in Lincolnshire.")
    assert {"Harwick Vale", "Lincolnshire"} <= set(found["Place"])
    found = by_type(nlp, "She spoke to Jane Doe in Leeds.")
    assert "Jane Doe" in found["Person"] and "Jane Doe" not in found["Place"]


def test_a_name_the_text_places_is_not_also_a_person(nlp):
    found = by_type(nlp, "The Treasury will fund a new prison at Harwick Vale in Lincolnshire. "
                         "Harwick Vale will hold 1,600 prisoners when it opens.")
    assert "Harwick Vale" in found["Place"]
    assert "Harwick Vale" not in found.get("Person", {})
