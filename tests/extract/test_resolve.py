"""Entities, aliases and stable ids, on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts
from kg.extract.lexicon import norm_key, registry

pytestmark = pytest.mark.model


def nodes(nlp, text: str, doc_id: str = "e"):
    facts = extract_facts(nlp(text), doc_id)
    return {n.id: n for n in facts.nodes}, facts


def test_registry_alias_resolves_to_canonical_body(nlp):
    found, _ = nodes(nlp, "New Scotland Yard confirmed the arrests. The Met said more officers would be deployed.")
    met = found["org/metropolitan-police-service"]
    assert met.name == "Metropolitan Police Service"
    assert {"New Scotland Yard", "Met"} <= met.aliases
    assert met.props["merged"]["New Scotland Yard"] == "registry alias"
    assert [n for n in found.values() if n.type == "Organisation"] == [met]


def test_acronym_defined_in_text(nlp):
    text = ("The Serious Organised Crime Unit (SOCU) seized the vehicles. "
            "SOCU officers arrested four men in Bristol.")
    found, _ = nodes(nlp, text)
    unit = found["org/serious-organised-crime-unit"]
    assert "SOCU" in unit.aliases and unit.props["merged"]["SOCU"] == "acronym defined in text"
    assert len(unit.mentions) == 3


def test_surname_merges_into_full_name(nlp):
    text = "Chief Inspector Laura Bennett led the raid. Bennett said the flat had been watched for weeks."
    found, _ = nodes(nlp, text)
    people = [n for n in found.values() if n.type == "Person"]
    assert [p.id for p in people] == ["person/laura-bennett"]
    assert people[0].props["merged"]["Bennett"] == "surname"


def test_short_form_refers_back(nlp):
    text = "The Gambling Commission fined the operator. The Commission said the failures were serious."
    found, _ = nodes(nlp, text)
    commission = found["org/gambling-commission"]
    assert commission.props["merged"].get("Commission") == "short form"


def test_same_entity_same_id_across_documents(nlp):
    a, _ = nodes(nlp, "Home Secretary Yvette Cooper met officers in Leeds.", "doc-a")
    b, _ = nodes(nlp, "Cooper said that Yvette Cooper would visit Home Office staff.", "doc-b")
    assert "person/yvette-cooper" in a and "person/yvette-cooper" in b


def test_places_compass_and_city_state(nlp):
    found, _ = nodes(nlp, "Knife crime rose in south London. Deputies searched homes in Tulsa, Oklahoma, last week.")
    names = {n.name for n in found.values() if n.type == "Place"}
    assert {"south London", "Tulsa, Oklahoma"} <= names


def test_us_dateline_expands_state(nlp):
    found, _ = nodes(nlp, "DAYTON, Ohio \u2013 A federal grand jury returned the indictment on Tuesday.")
    assert "place/dayton-ohio" in found or any(n.name.lower().startswith("dayton") for n in found.values())


def test_body_name_ending_in_body_noun(nlp):
    found, _ = nodes(nlp, "Deputies from the Polk County Sheriff's Office and the Florida Highway Patrol made the arrests.")
    names = {n.name for n in found.values() if n.type == "Organisation"}
    assert {"Polk County Sheriff's Office", "Florida Highway Patrol"} <= names


def test_possessive_body_is_two_bodies(nlp):
    found, _ = nodes(nlp, "Officers in the Metropolitan Police Service's Counter Terrorism Command made the arrest.")
    names = {n.name for n in found.values() if n.type == "Organisation"}
    assert "Metropolitan Police Service" in names and not any("Service's" in n for n in names)


def test_junk_lines_make_no_entities(nlp):
    found, _ = nodes(nlp, "Subscribe now for unlimited access.\nAlready subscribed? Log in\nDisclaimer")
    assert not [n for n in found.values() if n.type in ("Person", "Organisation", "Place", "Policy")]


def test_dates_called_organisations_are_dropped(nlp):
    found, _ = nodes(nlp, "Extra patrols will run over the Easter weekend in Leeds.")
    assert not [n for n in found.values() if n.type == "Organisation"]


def test_every_link_has_provenance_inside_the_text(nlp):
    text = ('Chief Constable Alan Reid said: "Burglary fell by a fifth in Leeds last year." '
            "The West Yorkshire Police force said that it would publish the data.")
    _, facts = nodes(nlp, text)
    assert facts.links
    for link in facts.links:
        assert link.doc == "e"
        if link.start is not None:
            assert 0 <= link.start < link.end <= len(text)
        if link.sentence is not None:
            assert link.sentence in text
    for node in facts.nodes:
        for m in node.mentions:
            assert 0 <= m.start < m.end <= len(text)


def test_registry_is_well_formed():
    reg = registry()
    assert {e.type for e in reg.entries} == {"Organisation", "Place"}
    names = {e.name for e in reg.entries}
    for entry in reg.entries:
        assert entry.part_of is None or entry.part_of in names, entry.name
        for target in entry.oversees:
            assert target.startswith("@") or target in names, (entry.name, target)
    assert reg.lookup("Scotland Yard").name == "Metropolitan Police Service"
    assert reg.lookup("the FBI").name == "Federal Bureau of Investigation"
    assert norm_key("The National Police Chiefs\u2019 Council's") == "national police chiefs council"


def test_city_named_alone_joins_its_dateline(nlp):
    text = "AKRON, Ohio \u2013 Police in Akron arrested three men after a chase on Interstate 77."
    found, _ = nodes(nlp, text)
    places = [n for n in found.values() if n.type == "Place"]
    akron = next(p for p in places if p.name == "Akron, Ohio")
    assert "Akron" in akron.aliases
    assert not any(p.name == "Akron" for p in places)


def test_surname_the_model_called_a_place_and_a_town_it_called_a_body(nlp):
    text = ("Chief Constable Priya Hale opened the new station in Ashcombe. "
            "Hale told reporters that burglaries in Ashcombe fell last year.")
    found, _ = nodes(nlp, text)
    people = [n for n in found.values() if n.type == "Person"]
    assert [p.name for p in people] == ["Priya Hale"]
    assert not any(n.type == "Organisation" and n.name == "Ashcombe" for n in found.values())
