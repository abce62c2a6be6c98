"""Organisation and Place patterns of issue 12, each on sentences written for these tests (UK and US bodies):
bodies the recogniser joins, events and things it calls bodies, remits it calls places, and one body named
shorter (an acronym the text never spells out, a name without its place or district, an Inspector General's office)."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def by_type(nlp, text: str) -> dict[str, dict[str, set[str]]]:
    out: dict[str, dict[str, set[str]]] = {}
    for n in extract_facts(nlp(text), "e").nodes:
        out.setdefault(n.type, {})[n.name] = set(getattr(n, "aliases", set()))
    return out


@pytest.mark.parametrize("text, bodies", [
    ("The raid was carried out by the Federal Bureau of Investigation and the Internal Revenue Service on Monday.",
     {"Federal Bureau of Investigation", "Internal Revenue Service"}),
    ("The Police Federation of England and Wales and the Police Superintendents' Association wrote to ministers.",
     {"Police Federation of England and Wales"}),
    ("Officials from the Department of Homeland Security and Immigration and Customs Enforcement toured the site.",
     {"United States Department of Homeland Security", "U.S. Immigration and Customs Enforcement"}),
    ("Lancashire Constabulary and the Crown Prosecution Service agreed a new charging protocol.",
     {"Lancashire Constabulary", "Crown Prosecution Service"}),
])
def test_two_bodies_joined_by_and_are_two(nlp, text, bodies):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert bodies <= set(orgs), orgs
    assert not any(" and the " in name for name in orgs), orgs


def test_a_name_with_and_inside_stays_whole(nlp):
    orgs = by_type(nlp, "Staffordshire Fire and Rescue Service and the Bureau of Alcohol, Tobacco, Firearms and "
                        "Explosives ran a joint exercise.").get("Organisation", {})
    assert "Staffordshire Fire and Rescue Service" in orgs
    assert "Bureau of Alcohol, Tobacco, Firearms and Explosives" in orgs


@pytest.mark.parametrize("text, name", [
    ("Extra officers were sent to the Leeds West Indian Carnival this weekend.", "Leeds West Indian Carnival"),
    ("Sheriffs from six counties met at the Regional Gang Prevention Summit in Dayton.", "Regional Gang Prevention Summit"),
    ("Forces in Wales have adopted the Right Care, Right Person model for mental health calls.", "Right Care, Right Person"),
    ("Chiefs met at the Police Leadership Conference to discuss recruitment.", "Police Leadership Conference"),
])
def test_events_and_named_models_are_not_bodies(nlp, text, name):
    assert name not in by_type(nlp, text).get("Organisation", {})


def test_plural_orders_are_not_a_body(nlp):
    orgs = by_type(nlp, "Courts issued 40 Serious Violence Reduction Orders last year.").get("Organisation", {})
    assert not any("Orders" in name for name in orgs)


@pytest.mark.parametrize("text, remit", [
    ("The Chief Inspector of Prisons, Martin Lowe, said the jail was unsafe.", "Prisons"),
    ("Joan Pike, the Minister for Policing, visited the new custody suite.", "Policing"),
    ("The Inspector of Probation published a damning report on Monday.", "Probation"),
])
def test_a_posts_remit_is_not_a_place(nlp, text, remit):
    assert remit not in by_type(nlp, text).get("Place", {})


@pytest.mark.parametrize("text, full", [
    # (the registry's canonical names: the Crown's style in full is an alias of each)
    ("His Majesty's Inspectorate of Probation said the service in Wales was failing.",
     "HM Inspectorate of Probation"),
    ("Her Majesty's Inspectorate of Prisons found the wing overcrowded.", "HM Inspectorate of Prisons"),
])
def test_the_crowns_style_is_part_of_an_inspectorates_name(nlp, text, full):
    found = by_type(nlp, text)
    assert any(full == name or full in aliases for name, aliases in found["Organisation"].items()), found
    assert "Majesty" not in found.get("Person", {})


def test_a_unit_after_its_forces_possessive_is_named_without_it(nlp):
    orgs = by_type(nlp, "Officers from the Met's Violent Crime Taskforce seized 20 knives. Detectives from the "
                        "CPD's Bureau of Detectives made an arrest. The Volusia Sheriff's Office helped.")["Organisation"]
    assert {"Violent Crime Taskforce", "Bureau of Detectives", "Volusia Sheriff's Office"} <= set(orgs), orgs
    assert not any("'s Violent" in name or "CPD's" in name for name in orgs)


@pytest.mark.parametrize("text, name, short", [
    ("The Office of the Inspector General found that the Bureau of Prisons lost track of inmates. The OIG made "
     "twelve recommendations.", "Office of the Inspector General", "OIG"),
    ("The U.S. Attorney's Office for the District of Oregon charged nine people. The USAO said more arrests would "
     "follow.", "U.S. Attorney's Office for the District of Oregon", "USAO"),
    ("The Scottish Crime Recording Board met on Tuesday. The SCRB said its audit was complete.",
     "Scottish Crime Recording Board", "SCRB"),
])
def test_an_acronym_the_text_never_defines_joins_the_body_it_spells(nlp, text, name, short):
    orgs = by_type(nlp, text)["Organisation"]
    assert short in orgs[name], orgs
    assert short not in orgs


@pytest.mark.parametrize("text, name, short", [
    ("The U.S. Attorney's Office for the Southern District of Ohio charged four men. A spokesman for the U.S. "
     "Attorney's Office said the case was sealed.", "U.S. Attorney's Office for the Southern District of Ohio",
     "U.S. Attorney's Office"),
    ("The Thames Valley Violence Reduction Unit was given £1m. The Violence Reduction Unit said schools would benefit.",
     "Thames Valley Violence Reduction Unit", "Violence Reduction Unit"),
    ("Members of the Senate Judiciary Committee questioned the director. The Judiciary Committee will vote on Friday.",
     "United States Senate Committee on the Judiciary", "Judiciary Committee"),
])
def test_a_body_named_without_its_place_or_district_is_one_body(nlp, text, name, short):
    orgs = by_type(nlp, text)["Organisation"]
    assert short in orgs[name], orgs
    assert short not in orgs


def test_a_shorter_name_that_fits_two_bodies_stays_apart(nlp):
    orgs = by_type(nlp, "The House Judiciary Committee and the Senate Judiciary Committee held hearings. The "
                        "Judiciary Committee staff were thanked.")["Organisation"]
    assert {"United States House Committee on the Judiciary", "United States Senate Committee on the Judiciary"} <= set(orgs)  # the registry's canonical names
    assert "Judiciary Committee" not in orgs["United States House Committee on the Judiciary"] | orgs["United States Senate Committee on the Judiciary"]


def test_a_parent_body_is_not_a_short_form_of_its_office(nlp):
    orgs = by_type(nlp, "The Department of Homeland Security Office of Inspector General audited FEMA. The "
                        "Department of Homeland Security disagreed.")["Organisation"]
    assert "United States Department of Homeland Security" in orgs
    assert len([n for n in orgs if "Inspector General" in n]) == 1


@pytest.mark.parametrize("text, office", [
    ("Statement of Jane Roe, Inspector General, U.S. Department of Justice\n\nThe Office of the Inspector General "
     "reviewed the grants. The OIG found waste.", "Department of Justice Office of the Inspector General"),
    ("Testimony of Sam Poe, Inspector General of the Department of Veterans Affairs\n\nThe Office of the Inspector "
     "General audited twelve hospitals.", "Department of Veterans Affairs Office of the Inspector General"),
])
def test_the_inspector_generals_office_is_the_office_of_the_department_the_text_ties_the_post_to(nlp, text, office):
    orgs = by_type(nlp, text)["Organisation"]
    matches = [n for n in orgs if n.endswith(office) or office in n]
    assert len(matches) == 1, orgs
    assert "Office of the Inspector General" in orgs[matches[0]] or matches[0] == office
    assert "Office of the Inspector General" not in orgs


@pytest.mark.parametrize("text, credit, city", [
    ("Intro line.\nBOSTON (AP) — The Boston Police Department said two officers were hurt.", "AP", "Boston"),
    ("Intro line.\nLEEDS (Reuters) - West Yorkshire Police said on Friday that three men were held.", "Reuters", "Leeds"),
    ("Intro line.\nDENVER, Colo. (KDVR) -- Denver police said a man was shot on Colfax Avenue.", "KDVR", None),
])
def test_a_wire_credit_in_a_dateline_is_neither_a_body_nor_the_places_acronym(nlp, text, credit, city):
    found = by_type(nlp, text)
    assert credit not in found.get("Organisation", {})
    assert not any(credit in aliases for aliases in found.get("Place", {}).values())
    if city:
        assert any(name.lower() == city.lower() for name in found["Place"])


def test_a_place_keeps_an_acronym_that_spells_it(nlp):
    found = by_type(nlp, "Knife crime rose across the United Kingdom (UK) last year.")
    assert "UK" in found["Place"]["United Kingdom"] or "UK" in found["Place"]


@pytest.mark.parametrize("text, place", [
    ("The gang sold drugs in Leeds city centre and Bradford.", "Leeds city centre"),
    ("A man was stabbed at Paddington Station on Sunday.", "Paddington Station"),
    ("He was taken to Walsall Manor Hospital with head injuries.", "Walsall Manor Hospital"),
    ("Commuters were evacuated from Gatwick Airport on Friday.", "Gatwick Airport"),
])
def test_city_centres_stations_airports_and_hospitals_one_is_taken_to_are_places(nlp, text, place):
    found = by_type(nlp, text)
    assert place in found.get("Place", {}), found
    assert place not in found.get("Organisation", {})


@pytest.mark.parametrize("text, names", [
    ("The Office of the Attorney General filed the appeal. The Attorney General's Office said it was confident.",
     {"Office of the Attorney General", "Attorney General's Office"}),
    ("The Office of the Sheriff of Kane County opened an inquiry. The Sheriff's Office said deputies were cleared.",
     None),
    ("The Office for Road Safety issued figures. The Office of Road Safety said deaths fell.",
     {"Office for Road Safety", "Office of Road Safety"}),
])
def test_an_office_named_after_its_post_either_way_is_one_body(nlp, text, names):
    orgs = by_type(nlp, text)["Organisation"]
    if names:
        assert len([n for n in orgs if n in names]) == 1, orgs
        name = next(n for n in orgs if n in names)
        assert names - {name} <= orgs[name]


def test_an_acronym_of_a_body_named_with_its_district_joins_it(nlp):
    orgs = by_type(nlp, "The Metropolitan Police Department of the District of Columbia responded. The MPD said "
                        "two teenagers were arrested.")["Organisation"]
    assert "MPD" in orgs["Metropolitan Police Department of the District of Columbia"], orgs


@pytest.mark.parametrize("text, one, other", [
    ("The Denver Police Department released the footage. Denver Police said the officer was on leave.",
     "Denver Police Department", "Denver Police"),
    ("Dyfed-Powys Constabulary made the arrest. Dyfed-Powys Police said the man was 32.",
     "Dyfed-Powys Police", "Dyfed-Powys Constabulary"),
    ("The Commerce Department opened an inquiry. The Department of Commerce said exports fell.",
     "Department of Commerce", "Commerce Department"),
])
def test_a_force_or_department_written_two_ways_is_one_body(nlp, text, one, other):
    orgs = by_type(nlp, text)["Organisation"]
    names = [n for n in orgs if n in (one, other) or one in orgs.get(n, set()) or other in orgs.get(n, set())]
    assert len(names) == 1, orgs


@pytest.mark.parametrize("text, prisons, not_places", [
    ("Inspectors returned to HMP Norwich and HMYOI Cookham Wood in May.", {"HMP Norwich", "HMYOI Cookham Wood"},
     {"Norwich", "Cookham Wood"}),
    ("The worst jails were HMPs Hull, Lincoln and Durham, the report said.", {"HMP Hull", "HMP Lincoln", "HMP Durham"},
     {"Hull", "Lincoln", "Durham"}),
])
def test_a_prison_named_by_its_style_is_a_body_not_a_place(nlp, text, prisons, not_places):
    found = by_type(nlp, text)
    assert prisons <= set(found["Organisation"]), found
    assert not not_places & set(found.get("Place", {}))


@pytest.mark.parametrize("text, law", [
    ("Funding marked the anniversary of the Violence Against Women Act.", "Violence Against Women Act"),
    ("Officers used powers under the Protection from Harassment Act.", "Protection from Harassment Act"),
    ("New powers will come in the Crime and Policing Bill.", "Crime and Policing Bill"),
])
def test_a_law_is_neither_a_body_nor_a_place(nlp, text, law):
    found = by_type(nlp, text)
    assert law not in found.get("Organisation", {})
    assert law not in found.get("Place", {})


def test_an_events_acronym_is_not_a_body(nlp):
    found = by_type(nlp, "Forces mark Hate Crime Awareness Week (HCAW) in October. During HCAW officers visit schools.")
    assert "HCAW" not in found.get("Organisation", {})
    assert not any("Awareness" in name for name in found.get("Organisation", {}))


@pytest.mark.parametrize("text, unit, parent", [
    ("The U.S. Department of Justice Task Force on Violent Crime met on Monday. The Task Force will report in July.",
     "U.S. Department of Justice Task Force on Violent Crime", "United States Department of Justice"),
    ("The Department of Homeland Security Task Force on Border Security met. The Task Force heard from sheriffs.",
     "Department of Homeland Security Task Force on Border Security", "United States Department of Homeland Security"),
])
def test_a_unit_named_after_its_department_keeps_the_department_and_its_short_form(nlp, text, unit, parent):
    orgs = by_type(nlp, text)["Organisation"]
    assert "Task Force" in orgs[unit], orgs
    assert parent in orgs
    assert "Task Force" not in orgs


def test_the_crowns_style_before_a_two_part_name_and_its_acronym_make_one_body(nlp):
    found = by_type(nlp, "Staff shortages across His Majesty’s Prison and Probation Service (HMPPS) worsened. "
                         "The Service said it was recruiting.")
    orgs = found["Organisation"]
    assert len(orgs) == 1, orgs
    (aliases,) = orgs.values()
    assert "HMPPS" in aliases
    assert "Majesty" not in found.get("Person", {})


@pytest.mark.parametrize("text, body, thing", [
    ("Officers were trained with the College of Policing's Digital Evidence Toolkit.", "College of Policing",
     "Digital Evidence Toolkit"),
    ("Schools can use the Education Endowment Foundation's Teaching Toolkit.", "Education Endowment Foundation",
     "Teaching Toolkit"),
])
def test_a_body_owning_a_named_thing_is_the_owner_alone(nlp, text, body, thing):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert body in orgs, orgs
    assert not any(thing in name for name in orgs)


def test_the_head_of_an_of_name_refers_back_to_it(nlp):
    orgs = by_type(nlp, "HM Inspectorate of Constabulary published its report. The Inspectorate said six forces "
                        "required improvement.")["Organisation"]
    assert not any(name == "Inspectorate" for name in orgs), orgs


@pytest.mark.parametrize("text, name", [
    ("Grants went to the Social Investment Business across England.", "Social Investment Business"),
])
def test_a_bodys_name_ends_at_its_last_capitalised_word(nlp, text, name):
    orgs = by_type(nlp, text).get("Organisation", {})
    assert name in orgs, orgs


def test_a_body_named_in_a_testimony_heading_and_referred_to_in_the_body_is_kept(nlp):
    text = ("Testimony of Ann Lee, Director, Office of Community Safety\n\nbefore the\n\nSenate Committee on Homeland "
            "Security and Governmental Affairs, Subcommittee on Emergency Management\n\nMarch 3, 2021\n\n"
            "Chairman Smith and Members of the Subcommittee: thank you for inviting me.")
    orgs = by_type(nlp, text)["Organisation"]
    assert "Subcommittee on Emergency Management" in orgs, orgs


@pytest.mark.parametrize("text, place", [
    ("She said as she opened a new prison in Powys that the system was full.", "Powys"),
    ("The chief constable said violence had fallen in Wiltshire since 2019.", "Wiltshire"),
    ("Officers arrested a man at a farm in Kent on Tuesday.", "Kent"),
    ("Agents said the gang sold heroin across Lafayette for years.", "Lafayette"),
    ("The sheriff said the suspect was held in Sumter overnight.", "Sumter"),
])
def test_one_word_place_the_model_calls_a_person_is_a_place(nlp, text, place):
    """The recogniser labels each of these one-word places PERSON; after "in"/"across" they are places."""
    assert nlp(text).ents and any(e.text == place and e.label_ == "PERSON" for e in nlp(text).ents)
    types = by_type(nlp, text)
    assert place in types.get("Place", {}), types
    assert place not in types.get("Person", {}), types


@pytest.mark.parametrize("text, person, short", [
    ("Commissioner Rebecca Doyle met residents. Residents said they believed in Doyle and her team.",
     "Rebecca Doyle", "Doyle"),
    ("Mayor Karen Bass visited the scene. Many residents put their faith in Bass after the fires.",
     "Karen Bass", "Bass"),
])
def test_a_person_short_name_after_in_stays_a_person(nlp, text, person, short):
    """The same shape ("in Doyle") is a person when the document names a person with that word."""
    types = by_type(nlp, text)
    assert person in types.get("Person", {}), types
    assert short not in types.get("Place", {}), types


@pytest.mark.parametrize("text, place", [
    ("Patrols were increased in Leeds, Bradford and Castle Howard over the weekend.", "Castle Howard"),
    ("Burglaries fell in Stockport, Oldham and Ashton Moss last year.", "Ashton Moss"),
    ("Deputies searched Fresno, Modesto and Turlock for the suspect.", "Turlock"),
    ("The grants went to Albany, Syracuse and Glens Falls.", "Glens Falls"),
])
def test_a_name_listed_with_places_is_a_place(nlp, text, place):
    """The recogniser labels the last item of each list PERSON; listed after two places, it is a place."""
    assert any(e.text == place and e.label_ == "PERSON" for e in nlp(text).ents)
    types = by_type(nlp, text)
    assert place in types.get("Place", {}), types
    assert place not in types.get("Person", {}), types


def test_a_person_beside_one_place_stays_a_person(nlp):
    """"officers in Leeds and Tracy Brabin": one place beside a name is no list of places."""
    types = by_type(nlp, "The mayor thanked officers in Leeds and Tracy Brabin for their work.")
    assert "Tracy Brabin" in types.get("Person", {}), types
    assert "Tracy Brabin" not in types.get("Place", {}), types


@pytest.mark.parametrize("text, place", [
    ("Agents made arrests in Tucson, Phoenix, Yuma and Casa Grande on Friday.", "Casa Grande"),
    ("Detectives worked in Omaha, Lincoln and Grand Island.", "Lincoln"),
    ("Knife crime fell in Cardiff, Newport and Barry Island.", "Newport"),
])
def test_a_name_the_model_calls_a_body_listed_with_places_is_a_place(nlp, text, place):
    """The recogniser labels these list items ORG; with no body word, listed with two places, each is a place."""
    assert any(e.text == place and e.label_ == "ORG" for e in nlp(text).ents)
    types = by_type(nlp, text)
    assert place in types.get("Place", {}), types
    assert place not in types.get("Organisation", {}), types


def test_bodies_listed_together_stay_bodies(nlp):
    orgs = by_type(nlp, "Officers from Kent Police, Essex Police and the National Crime Agency joined the raid.")
    assert {"Kent Police", "Essex Police", "National Crime Agency"} <= set(orgs.get("Organisation", {})), orgs
