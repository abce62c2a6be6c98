"""Entity types on unseen text (issue 12), each on sentences written for these tests (UK and US, bodies and
names of our own): which government "the government" is, and a US city named with its state (one place, as the
guidelines name it: "Houston, Texas"), in datelines, with postal codes, in lists, and "Kansas City"."""
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


# -- a city and its state is one place -------------------------------------------------------------------------
def places(nlp, text: str) -> set[str]:
    return set(by_type(nlp, text).get("Place", {}))


@pytest.mark.parametrize("text, place", [
    ("(Boise, Idaho) \u2013 The Marshals Service arrested 40 fugitives in a week-long sweep.", "Boise, Idaho"),
    ("(MEMPHIS, Tenn.) \u2013 The Secret Service opened a new field office on Monday.", "Memphis, Tennessee"),
    ("(Reno, Nev.)\u2014Agents seized 12 rifles from a storage unit last month.", "Reno, Nevada"),
])
def test_a_bracketed_dateline_is_the_city_and_its_state(nlp, text, place):
    found = places(nlp, text)
    assert place in found, found
    assert not found & {"Idaho", "Tennessee", "Nevada", "Tenn.", "Nev."}, found


@pytest.mark.parametrize("text", [
    "(Washington D.C.) \u2013 The Attorney General announced new grants for rural sheriffs.",
    "(Washington, D.C.)\u2014Karen Holt, Director of the agency, announced new grants.",
    "Chiefs from Denver and Washington D.C. attended the briefing on Friday.",
])
def test_washington_dc_is_the_capital_not_the_state(nlp, text):
    found = places(nlp, text)
    assert "Washington, District of Columbia" in found, found
    assert "Washington" not in found, found
    assert not any(n == "Karen Holt" for n in by_type(nlp, text).get("Place", {}))


@pytest.mark.parametrize("text, place, code", [
    ("The agency opened a branch in Tucson, AZ. It will hire ten analysts.", "Tucson, Arizona", "AZ"),
    ("A task force based in Tampa, FL will pursue fentanyl suppliers.", "Tampa, Florida", "FL"),
    ("Two officers from Albany, N.Y., testified at the hearing.", "Albany, New York", "N.Y."),
])
def test_a_city_and_its_postal_code_is_one_place_and_the_code_no_body(nlp, text, place, code):
    found = by_type(nlp, text)
    assert place in found.get("Place", {}), found
    assert code not in found.get("Organisation", {}), found


@pytest.mark.parametrize("text, cities", [
    ("Officers from Denver, Boston, Atlanta, New York, Seattle, and Miami attended the briefing.",
     {"Atlanta", "New York", "Seattle"}),
    ("Prosecutors in Phoenix, Detroit, Chicago, Georgia, and Ohio joined the call.", {"Detroit", "Chicago"}),
])
def test_a_list_of_cities_is_not_a_city_and_its_state(nlp, text, cities):
    found = places(nlp, text)
    assert cities <= found, found
    assert not any("," in name for name in found), found


def test_a_list_of_cities_with_their_states_keeps_each_pair(nlp):
    found = places(nlp, "Detectives flew from Dallas, Texas, and Tulsa, Oklahoma, to attend the hearing.")
    assert {"Dallas, Texas", "Tulsa, Oklahoma"} <= found, found


@pytest.mark.parametrize("text, city, state", [
    ("The group met in Omaha, Nebraska, as well as in Kansas City and Oklahoma City.", "Kansas City", "Kansas"),
    ("The scheme copies the New York City model of neighbourhood policing.", "New York City", "New York"),
    ("Field offices in St. Louis, Kansas City and Denver share one analyst.", "Kansas City", "Kansas"),
])
def test_a_city_named_after_its_state_is_the_city(nlp, text, city, state):
    found = places(nlp, text)
    assert city in found, found
    assert state not in found and not any(n.endswith(", " + state) for n in found), found


# -- "<place> police" is the place's force ---------------------------------------------------------------------
@pytest.mark.parametrize("text, force, place", [
    ("The pilot, led by Suffolk police, put two detectives in every school.", "Suffolk Constabulary", "Suffolk"),
    ("A spokesman for Cumbria police said the road would reopen by noon.", "Cumbria Constabulary", "Cumbria"),
    ("Dallas police arrested three men after the shooting on Friday.", "Dallas Police", "Dallas"),
    ("Officers said Tulsa police had seized 30 handguns since May.", "Tulsa Police", "Tulsa"),
])
def test_a_place_and_lower_case_police_is_the_force(nlp, text, force, place):
    found = by_type(nlp, text)
    assert force in found.get("Organisation", {}), found
    assert place not in found.get("Place", {}), found


@pytest.mark.parametrize("text, place", [
    ("The officers took him to Leeds police station for questioning.", "Leeds"),
    ("Residents in Norfolk complained to police about the noise.", "Norfolk"),
])
def test_a_police_station_or_police_elsewhere_leaves_the_place(nlp, text, place):
    found = by_type(nlp, text)
    assert place in found.get("Place", {}), found
    assert not found.get("Organisation"), found


# -- a title-case topic the text also writes in lower case is no body -------------------------------------------
@pytest.mark.parametrize("text, topic", [
    ("The force said knife crime had fallen, and its Knife Crime officers visited 40 schools.", "Knife Crime"),
    ("Community Safety\nThe council's plan puts community safety first this year.", "Community Safety"),
    ("The Homeland Security committee heard that homeland security grants were late.", "Homeland Security"),
])
def test_a_topic_in_title_case_is_not_a_body(nlp, text, topic):
    assert topic not in by_type(nlp, text).get("Organisation", {})


@pytest.mark.parametrize("text, body", [
    ("Officers from the Violence Reduction Unit met the county's violence reduction unit leads.",
     "Violence Reduction Unit"),
    ("The Safer Roads Partnership said safer roads partnership funding would rise.", "Safer Roads Partnership"),
])
def test_a_body_beside_its_lower_case_name_stays_a_body(nlp, text, body):
    assert body in by_type(nlp, text).get("Organisation", {})


@pytest.mark.parametrize("text, wrong", [
    ("Ann Hale, the Dorset police and crime commissioner, said the budget was fair.", "Dorset Constabulary"),
    ("Voters elected a new Essex police and crime commissioner in May.", "Essex Police"),
    ("Tom Reyes, the Cleveland police and crime commissioner, said patrols would double.", "Cleveland Police"),
])
def test_police_coordinated_into_a_post_or_group_is_not_the_force(nlp, text, wrong):
    assert wrong not in by_type(nlp, text).get("Organisation", {})


# -- a prosecution service's area is a body of its own ----------------------------------------------------------
@pytest.mark.parametrize("text, unit", [
    ("CPS Wessex said the number of hate crime prosecutions rose by 12%.", "CPS Wessex"),
    ("The figures were published by CPS Yorkshire and Humberside on Monday.", "CPS Yorkshire and Humberside"),
    ("Ann Hale, Chief Crown Prosecutor for CPS Avon and Somerset and Group Chair for CPS South West, spoke.",
     "CPS Avon and Somerset"),
    ("COPFS North said the case would go to trial in Inverness.", "COPFS North"),
])
def test_a_prosecution_area_is_an_organisation(nlp, text, unit):
    assert unit in by_type(nlp, text).get("Organisation", {})


@pytest.mark.parametrize("text, wrong", [
    ("Data from the CPS Areas showed a rise in charges.", "CPS Areas"),
    ("The CPS Director of Legal Services, Omar Reid, said the guidance was clear.", "CPS Director"),
])
def test_a_post_or_a_kind_after_the_acronym_is_no_area(nlp, text, wrong):
    assert not any(name.startswith(wrong) for name in by_type(nlp, text).get("Organisation", {}))


# -- criminal groups --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, group", [
    ("Agents said the Gulf Cartel and the Juarez Cartel moved 40 tonnes of cocaine.", "Juarez Cartel"),
    ("The CJNG Cartel controls the route, the DEA said.", "CJNG Cartel"),
    ("Investigators tied the pills to the Sinaloa cartel, which supplies most of the fentanyl.", "Sinaloa Cartel"),
])
def test_a_named_cartel_is_an_organisation(nlp, text, group):
    found = by_type(nlp, text)
    assert group in found.get("Organisation", {}), found
    assert group not in found.get("Person", {}), found


def test_an_unnamed_cartel_is_nothing(nlp):
    assert not by_type(nlp, "Police said the drug cartel had moved into the town.").get("Organisation")


# -- a committee named after a list of subjects runs over its commas --------------------------------------------
@pytest.mark.parametrize("text, committee", [
    ("She testified before the Senate Committee on Commerce, Science, and Transportation on Tuesday.",
     "Senate Committee on Commerce, Science, and Transportation"),
    ("The Subcommittee on Crime, Terrorism, and Homeland Security held a hearing.",
     "Subcommittee on Crime, Terrorism, and Homeland Security"),
    ("Evidence went to the Committee on Agriculture, Nutrition and Forestry last week.",
     "Committee on Agriculture, Nutrition and Forestry"),
])
def test_a_committee_on_listed_subjects_is_one_body(nlp, text, committee):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert committee in orgs, orgs


def test_a_committee_before_a_list_of_people_stays_short(nlp):
    orgs = by_type(nlp, "The Committee on Appropriations, Mayor Lee and Smith met on Friday.").get("Organisation", {})
    assert not any("Lee" in name or "Smith" in name for name in orgs), orgs
