"""Organisation and Place names of session 11, each on sentences written for these tests: a body named after a
hyphenated place keeps the whole place name."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def by_type(nlp, text: str) -> dict[str, dict[str, set[str]]]:
    out: dict[str, dict[str, set[str]]] = {}
    for n in extract_facts(nlp(text), "e").nodes:
        out.setdefault(n.type, {})[n.name] = set(getattr(n, "aliases", set()))
    return out


@pytest.mark.parametrize("text, body", [
    ("Miami-Dade Police officers closed the road after the crash.", "Miami-Dade Police"),
    ("The Winston-Salem Police Department said two men were detained.", "Winston-Salem Police Department"),
    ("Stoke-on-Trent City Council agreed to fund two more wardens.", "Stoke-on-Trent City Council"),
])
def test_a_hyphenated_place_stays_in_the_body_name(nlp, text, body):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert body in orgs, orgs


def test_a_lower_case_prefix_is_no_part_of_the_body_name(nlp):
    orgs = by_type(nlp, "Staff from a cross-Border Enforcement Unit joined the search.").get("Organisation", {})
    assert "Border Enforcement Unit" in orgs, orgs
    assert not any(name.lower().startswith("cross") for name in orgs), orgs


@pytest.mark.parametrize("text", [
    "Agents of Internal Revenue Service Criminal Investigation traced the payments.",
    "The payments were traced by the Internal Revenue Service-Criminal Investigation office in Reno.",
    "The Internal Revenue Service – Criminal Investigation unit and the FBI searched the offices.",
])
def test_the_irs_criminal_investigation_arm_is_one_body_in_any_spelling(nlp, text):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert "IRS Criminal Investigation" in orgs, orgs
    assert "Internal Revenue Service" not in orgs, orgs


def test_the_irs_alone_is_not_its_criminal_investigation_arm(nlp):
    orgs = by_type(nlp, "The Internal Revenue Service said criminal investigations of tax fraud rose.").get("Organisation", {})
    assert "Internal Revenue Service" in orgs, orgs
    assert "IRS Criminal Investigation" not in orgs, orgs


@pytest.mark.parametrize("text, short, post", [
    ("The PCC said the extra money would pay for twelve more officers.", "PCC", "Police and Crime Commissioner"),
    ("The DPP said prosecutors would review every rape case from last year.", "DPP", "Director of Public Prosecutions"),
])
def test_the_short_form_of_a_post_is_its_holder_not_a_body(nlp, text, short, post):
    found = by_type(nlp, text)
    assert short not in found.get("Organisation", {}), found
    assert post in found.get("Person", {}), found


def test_a_body_acronym_that_is_no_post_stays_a_body(nlp):
    orgs = by_type(nlp, "The NCA said the network had moved two tonnes of cocaine.").get("Organisation", {})
    assert any("NCA" in {name, *aliases} for name, aliases in orgs.items()), orgs


@pytest.mark.parametrize("text, place", [
    ("Two men were arrested in Kansas City, Missouri, on Sunday night.", "Kansas City, Missouri"),
    ("The dealer drove the pills from Oklahoma City, Oklahoma to Dallas.", "Oklahoma City, Oklahoma"),
    ("The gang moved cash through Boise, Idaho, and two other cities.", "Boise, Idaho"),
])
def test_a_city_and_its_state_are_one_place(nlp, text, place):
    places = by_type(nlp, text).get("Place", {})
    assert place in places, places


@pytest.mark.parametrize("text, body", [
    ("Deputies from Boise Police, Idaho, joined the search.", "Boise Police"),
    ("Investigators said Acme Holdings, Texas, paid the fine.", "Acme Holdings"),
])
def test_a_body_or_firm_before_a_state_is_no_city(nlp, text, body):
    found = by_type(nlp, text)
    assert not any(name.startswith(body.split()[0] + ",") or name.startswith(body + ",") for name in found.get("Place", {})), found


def test_a_city_named_after_a_state_without_one_stays_the_city(nlp):
    places = by_type(nlp, "Officers in Kansas City and Omaha seized 40 guns.").get("Place", {})
    assert "Kansas City" in places, places


def test_the_offices_of_a_federal_post_in_lower_case_are_one_body(nlp):
    orgs = by_type(nlp, "The plan asks U.S. Attorneys’ offices to share gun data with state police.").get("Organisation", {})
    assert any("U.S. Attorneys’ offices" in aliases or name == "U.S. Attorneys’ offices" for name, aliases in orgs.items()), orgs


def test_the_remit_before_a_post_is_no_body(nlp):
    orgs = by_type(nlp, "Under the new plan, the Gun Crime Reduction Coordinator will report to the mayor.").get("Organisation", {})
    assert not any("Gun Crime Reduction" in name for name in orgs), orgs


def test_a_body_before_a_post_stays_a_body(nlp):
    orgs = by_type(nlp, "The Sentencing Council Chair, Lucy Hart, said the guideline would change.").get("Organisation", {})
    assert "Sentencing Council" in orgs, orgs


@pytest.mark.parametrize("text, acronym", [
    ("Detectives spent a week going through CCTV footage from the station.", "CCTV"),
    ("The prints were checked against IDENT before the suspect was named.", "IDENT"),
    ("He was charged with GBH after the fight outside the pub.", "GBH"),
    ("The county bought 40 new LPR cameras for its patrol cars.", "LPR"),
])
def test_an_acronym_used_as_a_thing_is_no_body(nlp, text, acronym):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert not any(acronym in {name, *aliases} for name, aliases in orgs.items()), orgs


def test_an_acronym_that_acts_stays_a_body(nlp):
    orgs = by_type(nlp, "The footage was sent to the NCA, and the NCA charged two men.").get("Organisation", {})
    assert any("NCA" in {name, *aliases} for name, aliases in orgs.items()), orgs


def test_a_bracket_the_recogniser_left_open_is_cut(nlp):
    orgs = by_type(nlp, "Staff checked the Police National Computer (PNC) and the Sentencing Council (SC) said so.").get("Organisation", {})
    assert not any("(" in name for name in orgs), orgs


@pytest.mark.parametrize("text, gang", [
    ("Nine members of the Crips street gang were sentenced on Monday.", "Crips"),
    ("He admitted selling crack for the Vice Lords gang on the West Side.", "Vice Lords"),
    ("Five Mara Salvatrucha members were indicted; MS-13 recruits in schools, the indictment said.", "MS-13"),
])
def test_a_named_gang_is_an_organisation(nlp, text, gang):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert gang in orgs, orgs


@pytest.mark.parametrize("text", [
    "Police said a Leeds gang had been supplying the town for two years.",
    "An Albanian gang ran the cannabis farm, the court heard.",
])
def test_a_place_or_people_before_gang_is_no_gang_name(nlp, text):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert not orgs, orgs


@pytest.mark.parametrize("text, place", [
    ("Two teenagers were stabbed in Clacton-on-Sea on Saturday night.", "Clacton-on-Sea"),
    ("The dealers drove from Barrow-in-Furness to Carlisle twice a week.", "Barrow-in-Furness"),
    ("Burglaries fell in Kingston upon Hull, the force said.", "Kingston upon Hull"),
])
def test_a_place_joined_by_a_linking_word_is_one_place(nlp, text, place):
    places = by_type(nlp, text).get("Place", {})
    assert place in places, places


def test_a_post_joined_by_a_linking_word_is_no_place(nlp):
    found = by_type(nlp, "The Officer-in-Charge and the Commander-in-Chief were both briefed.")
    assert not found.get("Place"), found


@pytest.mark.parametrize("text, place", [
    ("Deputies were called to a house in the city of Pomona on Sunday.", "Pomona"),
    ("The raid took place in the town of Corby, Northamptonshire Police said.", "Corby"),
])
def test_a_name_the_text_calls_a_city_or_town_is_a_place(nlp, text, place):
    found = by_type(nlp, text)
    assert place in found.get("Place", {}), found
    assert place not in found.get("Organisation", {}), found


def test_a_body_named_after_a_city_stays_a_body(nlp):
    orgs = by_type(nlp, "Officers of the City of London Police arrested him.").get("Organisation", {})
    assert "City of London Police" in orgs, orgs


@pytest.mark.parametrize("text, paper, place", [
    ("The sheriff told the Denver Post that the deputies had acted lawfully.", "Denver Post", "Denver"),
    ("The figures were first published by the Seattle Times last spring.", "Seattle Times", "Seattle"),
    ("The mayor wrote in the Evening Standard that knife crime had fallen.", "Evening Standard", None),
])
def test_a_place_before_a_masthead_word_names_a_paper(nlp, text, paper, place):
    found = by_type(nlp, text)
    assert paper in found.get("Organisation", {}), found
    if place:
        assert place not in found.get("Place", {}), found


def test_a_masthead_word_inside_a_longer_name_is_no_paper(nlp):
    orgs = by_type(nlp, "Thieves broke into a Texas Post Office overnight.").get("Organisation", {})
    assert "Texas Post" not in orgs, orgs


@pytest.mark.parametrize("text, body", [
    ("The chief constable's remarks were first reported by the BBC. The Guardian reported that the force had apologised.", "Guardian"),
    ("Europol said the network had been dismantled after a two-year inquiry.", "Europol"),
])
def test_one_word_the_recogniser_calls_a_body_is_one_when_it_speaks(nlp, text, body):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert body in orgs, orgs


def test_a_surname_that_speaks_is_no_body(nlp):
    found = by_type(nlp, "Director Maria Kessler opened the centre in May. Kessler said it would help 300 families.")
    assert "Kessler" not in found.get("Organisation", {}), found


def test_a_place_before_vru_names_that_places_unit(nlp):
    orgs = by_type(nlp, "The Lancashire VRU and the Essex VRU will share the £2 million.").get("Organisation", {})
    assert "Lancashire Violence Reduction Unit" in orgs, orgs
    assert "Essex Violence Reduction Unit" in orgs, orgs
    assert "Violence Reduction Unit" not in orgs, orgs


def test_vru_with_no_place_before_it_stays_the_unit(nlp):
    orgs = by_type(nlp, "Funding for the VRU was confirmed on Monday, and the VRU said it would hire staff.").get("Organisation", {})
    assert set(orgs) == {"Violence Reduction Unit"}, orgs


def test_a_port_named_after_its_place_is_a_place(nlp):
    found = by_type(nlp, "Officers searched a lorry at the Port of Dover on Tuesday morning.")
    assert "Port of Dover" in found.get("Place", {}), found


def test_a_port_authority_stays_a_body(nlp):
    found = by_type(nlp, "The Port of London Authority said the river was closed.")
    assert "Port of London Authority" in found.get("Organisation", {}), found


def test_a_parish_the_recogniser_cut_is_one_place(nlp):
    found = by_type(nlp, "The defendant, of East Baton Rouge Parish, Louisiana, admitted the charge.")
    assert "East Baton Rouge Parish" in found.get("Place", {}), found
    assert "East Baton Rouge" not in found.get("Organisation", {}), found


@pytest.mark.parametrize("text, person", [
    ("Dorset PCC Ann Marsh said the new officers would start in June.", "Ann Marsh"),
    ("Norfolk PCC Giles Orpen welcomed the decision on Friday.", "Giles Orpen"),
    ("Kent PCC Daniel Hart welcomed the decision, and the office agreed.", "Daniel Hart"),
])
def test_a_place_and_post_short_form_before_a_name_is_neither_body_nor_person(nlp, text, person):
    found = by_type(nlp, text)
    assert person in found.get("Person", {}), found
    assert not any("PCC" in name for name in found.get("Person", {})), found
    assert not any("PCC" in name for name in found.get("Organisation", {})), found


def test_a_force_named_after_a_units_of_is_a_body_of_its_own(nlp):
    orgs = by_type(nlp, "Detectives from the Cyber Crime Unit of Avon and Somerset Police seized six laptops.").get("Organisation", {})
    assert "Avon and Somerset Police" in orgs, orgs
    assert any(name.startswith("Cyber Crime Unit") for name in orgs), orgs


def test_a_force_named_before_its_unit_stays_the_force(nlp):
    orgs = by_type(nlp, "Officers from Avon and Somerset Police seized six laptops.").get("Organisation", {})
    assert set(orgs) == {"Avon and Somerset Police"}, orgs


def test_a_hyphenated_town_after_to_or_from_is_a_place(nlp):
    found = by_type(nlp, "The suspect was driven from Wilkes-Barre to Scranton, police said.")
    assert "Wilkes-Barre" in found.get("Place", {}), found
    assert "Wilkes-Barre" not in found.get("Organisation", {}), found


def test_a_hyphenated_unit_after_to_stays_a_body(nlp):
    found = by_type(nlp, "The tip was passed to the Anti-Gang Unit on Friday.")
    assert "Anti-Gang Unit" in found.get("Organisation", {}), found
