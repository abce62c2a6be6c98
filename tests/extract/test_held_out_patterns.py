"""Linguistic patterns common in public-safety releases, on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def build(nlp, text: str):
    facts = extract_facts(nlp(text), "h")
    names = {n.id: n.name for n in facts.nodes}
    by_type: dict[str, set[str]] = {}
    for n in facts.nodes:
        by_type.setdefault(n.type, set()).add(n.name)
    roles = {(names[l.source], l.props["title"], names[l.target]) for l in facts.links if l.type == "HOLDS_ROLE"}
    said = {names[l.source] for l in facts.links if l.type == "SAID"}
    return by_type, roles, said, facts


def test_titled_person_in_a_headline_is_kept_without_the_headline_verb(nlp):
    by_type, _, _, facts = build(nlp, "Attorney General Miriam Castellano Delivers Remarks on Violent Crime\n"
                                      "The department released new guidance on Tuesday.")
    assert by_type.get("Person") == {"Miriam Castellano"}
    assert next(n for n in facts.nodes if n.type == "Person").titles == {"Attorney General"}


def test_untitled_headline_words_are_not_people(nlp):
    by_type, _, _, _ = build(nlp, "U.S. Attorneys Announce Safe Streets Grants\nGrants went to four cities.")
    assert "Person" not in by_type


def test_announced_at_an_event_that_is_reported_speech(nlp):
    _, _, said, facts = build(nlp, "Mayor Owen Ruiz announced at a press conference that patrols would double.")
    assert said == {"Owen Ruiz"}
    assert [n.props["text"] for n in facts.nodes if n.type == "Quote"] == ["patrols would double"]


def test_officials_announcing_jointly_both_said(nlp):
    _, _, said, _ = build(nlp, "Police Chief Dana Whitaker and Mayor Owen Ruiz announced that patrols would double.")
    assert said == {"Dana Whitaker", "Owen Ruiz"}


def test_the_government_is_not_a_devolved_government(nlp):
    by_type, _, said, _ = build(nlp, "The Welsh Government funded the scheme. The Government said it would legislate next year.")
    assert {"Welsh Government", "UK Government"} <= by_type["Organisation"]
    assert said == {"UK Government"}


def test_capitalised_charges_are_not_people_or_bodies(nlp):
    by_type, _, _, _ = build(nlp, "Ray Dunn pleaded guilty to Conspiracy to Distribute Methamphetamine and "
                                  "Possession of a Firearm by a Prohibited Person.")
    assert by_type.get("Person") == {"Ray Dunn"}
    assert "Organisation" not in by_type


@pytest.mark.parametrize("text", [
    "Inspectors published the QUAD report on the force last week.",
    "Officers used FIREL to link the cartridge cases to two earlier shootings.",
])
def test_undefined_acronym_used_as_a_thing_is_not_a_body(nlp, text):
    by_type, _, _, _ = build(nlp, text)
    assert "Organisation" not in by_type


def test_copular_and_appointment_roles(nlp):
    _, roles, _, _ = build(nlp, "Jane Hartley is the Chair of the Home Affairs Committee. "
                                "Tom Reyes was appointed the Chief Executive of the College of Policing.")
    assert roles == {("Jane Hartley", "Chair", "Home Affairs Committee"),
                     ("Tom Reyes", "Chief Executive", "College of Policing")}


def test_a_possessive_post_is_not_a_copular_role(nlp):
    _, roles, _, facts = build(nlp, "Ruth Amos is the Chief Constable's deputy.")
    assert roles == set()
    assert all(not n.titles for n in facts.nodes if n.type == "Person")


def test_the_forces_commissioner_belongs_to_the_force_named_before(nlp):
    _, roles, _, _ = build(nlp, "Northmoor Police has a new leader. "
                                "The force's Police and Crime Commissioner, Alan Briggs, welcomed the report.")
    assert roles == {("Alan Briggs", "Police and Crime Commissioner", "Northmoor Police")}


def test_a_body_named_after_a_list_runs_over_its_commas(nlp):
    by_type, _, _, _ = build(nlp, "The Office of Drugs, Crime and Justice Policy published the figures.")
    assert by_type["Organisation"] == {"Office of Drugs, Crime and Justice Policy"}


def test_a_registry_body_cut_before_its_acronym_is_still_that_body(nlp):
    by_type, _, _, _ = build(nlp, "Agents of the Bureau of Alcohol, Tobacco, Firearms & (ATF) searched the house.")
    assert by_type["Organisation"] == {"Bureau of Alcohol, Tobacco, Firearms and Explosives"}


def test_post_in_a_division_named_after_its_agency(nlp):
    _, roles, _, _ = build(nlp, "John Baxter, Special Agent in Charge of the ATF, Kansas City Field Division, "
                                "said the guns were traced.")
    assert roles == {("John Baxter", "Special Agent in Charge", "Kansas City Field Division")}


def test_a_list_of_titled_officials_keeps_every_name_and_title(nlp):
    by_type, _, _, facts = build(nlp, "The arrests were announced by Acting United States Attorney Maria Delgado, "
                                      "Special Agent in Charge Thomas Whitfield, Chief of Police Rhonda Pike, "
                                      "and Sheriff Calvin Moss.")
    titled = {n.name: n.titles for n in facts.nodes if n.type == "Person"}
    assert set(titled) == {"Maria Delgado", "Thomas Whitfield", "Rhonda Pike", "Calvin Moss"}
    assert titled["Rhonda Pike"] == {"Chief of Police"} and titled["Calvin Moss"] == {"Sheriff"}
    assert "Place" not in by_type


def test_capitals_dateline_with_a_spelled_out_state_is_one_place(nlp):
    by_type, _, _, _ = build(nlp, "SANTA FE, NEW MEXICO \u2013 A man was sentenced to ten years in prison on Monday.")
    assert by_type.get("Place") == {"Santa Fe, New Mexico"}
    assert "Organisation" not in by_type


def test_military_style_ranks_are_titles_not_part_of_the_name(nlp):
    by_type, roles, _, facts = build(nlp, "Lt. Col. Dana Price and Capt. Rob Lane led the search. "
                                          "Colonel Ray Hunt of the State Police praised them.")
    titled = {n.name: n.titles for n in facts.nodes if n.type == "Person"}
    assert set(titled) == {"Dana Price", "Rob Lane", "Ray Hunt"}
    assert titled["Dana Price"] == {"Lieutenant Colonel"}
    # a police rank takes the one force the story names (as Chief Constable does)
    assert ("Rob Lane", "Captain", "State Police") in roles
    assert ("Ray Hunt", "Colonel", "State Police") in roles


def test_an_acronym_defined_as_a_drug_is_not_a_body(nlp):
    by_type, _, _, _ = build(nlp, "He sold phencyclidine (PCP) and heroin. Police found a quantity of PCP in the car.")
    assert "Organisation" not in by_type


def test_washington_dc_in_the_text_is_one_place(nlp):
    by_type, _, _, _ = build(nlp, "The grants were announced on Monday in Washington, DC.")
    assert by_type["Place"] == {"Washington, District of Columbia"}


def test_a_judicial_district_in_capitals_keeps_its_whole_name(nlp):
    by_type, _, _, _ = build(nlp, "LAS VEGAS \u2013 A man was sentenced in the DISTRICT OF NEVADA on Monday.")
    assert {"Las Vegas", "District of Nevada"} <= by_type["Place"]
    assert "Organisation" not in by_type


def test_a_section_heading_is_not_a_place_or_person(nlp):
    by_type, _, _, _ = build(nlp, "Crime figures for Hallbridge\nKey Findings\nCrime fell by 10% in Hallbridge.\n"
                                  "Next Steps\nThe force will publish a plan.")
    assert by_type.get("Place") == {"Hallbridge"}
    assert "Person" not in by_type


def _with_ents(nlp, text: str, wrong: dict[str, str | None]):
    """Parse ``text``, then make the recogniser's mistakes: relabel (or drop, with None) the named spans."""
    from spacy.tokens import Span

    doc = nlp(text)
    ents = [e for e in doc.ents if e.text not in wrong]
    for words, label in wrong.items():
        start = text.index(words)
        span = doc.char_span(start, start + len(words))
        if label is not None:
            ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


@pytest.mark.parametrize("label", ["GPE", "ORG", None])
def test_a_mistyped_name_in_a_list_of_titled_officials_is_still_a_person(nlp, label):
    text = ("The arrests were announced by Special Agent in Charge Thomas Whitfield, Chief of Police Denver Akins, "
            "and Sheriff Calvin Moss.")
    facts = extract_facts(_with_ents(nlp, text, {"Denver Akins": label}), "h")
    titled = {n.name: n.titles for n in facts.nodes if n.type == "Person"}
    assert titled == {"Thomas Whitfield": {"Special Agent in Charge"}, "Denver Akins": {"Chief of Police"},
                      "Calvin Moss": {"Sheriff"}}
    assert not [n for n in facts.nodes if n.type in ("Place", "Organisation")]


def test_the_committee_before_its_full_name_is_that_committee(nlp):
    _, _, said, facts = build(nlp, "The Committee said the force had failed to act on warnings. "
                                   "The Home Affairs Committee published its report on Monday.")
    assert said == {"Home Affairs Committee"}
    assert [n.name for n in facts.nodes if n.type == "Organisation"] == ["Home Affairs Committee"]


def test_an_honorific_opens_a_name_the_recogniser_missed(nlp):
    _, _, said, facts = build(nlp, "The Committee Chair, Dame Jane Roe MP, said the force had failed.")
    assert said == {"Jane Roe"}
    # ("MP" after the name is a post too)
    assert {n.name: n.titles for n in facts.nodes if n.type == "Person"} == {"Jane Roe": {"Chair", "Member of Parliament"}}


def test_a_rank_prefix_makes_a_post_of_any_title(nlp):
    _, roles, _, _ = build(nlp, "Nathan Gray, Assistant Director of the FBI Cyber Division, said the case was closed.")
    assert roles == {("Nathan Gray", "Assistant Director", "FBI Cyber Division")}


def test_title_and_body_before_a_name_in_a_list_are_that_persons(nlp):
    _, roles, _, facts = build(nlp, "The arrests were announced by Police Chief Dana Cole, Assistant Director in Charge "
                                    "of the FBI Washington Field Office Paul Reed, and Sheriff Ann Moss.")
    assert roles == {("Paul Reed", "Assistant Director in Charge", "FBI Washington Field Office")}
    assert {n.name: n.titles for n in facts.nodes if n.type == "Person"}["Dana Cole"] == {"Chief of Police"}


def test_a_body_the_recogniser_called_a_person_is_a_body(nlp):
    by_type, _, _, _ = build(nlp, "The case was investigated by the Missouri State Highway Patrol and the "
                                  "Springfield Police Department.")
    assert "Person" not in by_type
    assert {"Missouri State Highway Patrol", "Springfield Police Department"} <= by_type["Organisation"]


def test_the_force_is_the_police_force_not_the_inspectorate_of_constabulary(nlp):
    _, roles, _, _ = build(nlp, "Northmoor Constabulary was inspected by His Majesty's Inspectorate of Constabulary "
                                "and Fire & Rescue Services. The force's Police and Crime Commissioner, Alan Briggs, "
                                "welcomed the report.")
    assert roles == {("Alan Briggs", "Police and Crime Commissioner", "Northmoor Constabulary")}


def test_a_body_name_joined_by_and_is_whole(nlp):
    by_type, _, _, _ = build(nlp, "The Police and Crime Panel will meet in June.")
    assert by_type["Organisation"] == {"Police and Crime Panel"}


@pytest.mark.parametrize("text, person, body", [
    ("The Home Affairs Committee, chaired by Dame Sarah Collins, questioned the Commissioner.", "Sarah Collins",
     "Home Affairs Committee"),
    ("The Police Federation is chaired by Martin Hale.", "Martin Hale", "Police Federation of England and Wales"),
    ("Mark Taylor, who chairs the Police Federation, said officers were exhausted.", "Mark Taylor",
     "Police Federation of England and Wales"),
])
def test_chairing_a_body_is_a_role_active_passive_or_relative(nlp, text, person, body):
    _, roles, _, _ = build(nlp, text)
    assert (person, "Chair", body) in roles


def test_chairing_a_meeting_is_not_a_role(nlp):
    _, roles, _, _ = build(nlp, "Ana Brook chaired the meeting with the Home Office on Monday.")
    assert roles == set()


def _stats(nlp, text: str):
    return [n.props for n in extract_facts(nlp(text), "h").nodes if n.type == "Statistic"]


def test_rates_per_population_are_rates(nlp):
    stats = _stats(nlp, "The homicide rate in England and Wales was 10.2 per million people in the year ending "
                        "March 2023. Police recorded 84 knife offences per 100,000 population in 2022. "
                        "Officers made 293 arrests per day.")
    got = {(s["value"], s["unit"]) for s in stats}
    assert {(10.2, "rate"), (84, "rate"), (293, "count")} <= got
    assert not any(s["value"] in (100000, 1000000) for s in stats)  # the bases are not figures of their own
    assert next(s for s in stats if s["value"] == 10.2)["measure"] == "homicide rate"


def test_n_in_m_is_a_percentage_of_who_follows(nlp):
    stats = _stats(nlp, "Around 4 in 10 victims of fraud did not report it. Two in three officers felt supported. "
                        "Officers arrested 5 in 2022.")
    got = {(s["value"], s["unit"], s["measure"]) for s in stats}
    assert (40, "percent", "victims") in got
    assert (66.7, "percent", "officers") in got
    assert (5, "count", "officers") in got or any(s["value"] == 5 and s["unit"] == "count" for s in stats)


def test_a_share_in_brackets_measures_the_count_it_follows(nlp):
    stats = _stats(nlp, "Of the 107 deaths, 85 (79%) involved people of White ethnicity.")
    share = next(s for s in stats if s["unit"] == "percent")
    assert (share["value"], share.get("measure")) == (79, "deaths")
    assert not any(s.get("period") == "85" for s in stats)  # a bare number is not a period
    assert not any(s.get("place") == "White" for s in stats)  # an ethnicity is not a place


def test_of_these_takes_the_things_counted_just_before(nlp):
    stats = _stats(nlp, "The panel heard 212 complaints about the unit in 2023. Of these, 64 (30%) were upheld.")
    got = {(s["value"], s["unit"]): s.get("measure") for s in stats}
    assert "complaints" in got[(64, "count")] and "complaints" in got[(30, "percent")]


def test_a_copular_count_measures_its_complement(nlp):
    stats = _stats(nlp, "The force opened 500 inquiries last year. 120 (24%) were fraud investigations.")
    got = {(s["value"], s["unit"]): s.get("measure") for s in stats}
    assert got[(120, "count")] == "fraud investigations" and got[(24, "percent")] == "fraud investigations"


@pytest.mark.parametrize("text", [
    "Suella Braverman did not chair the Home Affairs Committee.",
    "John Apter no longer chairs the Police Federation.",
    "John Apter chaired the Police Federation until 2021.",
    "Mark Rowley will head the Metropolitan Police from September.",
])
def test_a_denied_ended_or_future_post_is_not_a_role(nlp, text):
    _, roles, _, _ = build(nlp, text)
    assert not any(title in ("Chair", "Head") for _, title, _ in roles)


@pytest.mark.parametrize("text", [
    "Officers arrested 12 in 48 hours.",
    "Detectives made two in three weeks.",
    "The force ranked 3 in 43 forces.",
    "Control rooms took 5 calls per 10 minutes.",
])
def test_counts_over_a_time_or_a_ranking_are_not_shares_or_rates(nlp, text):
    assert not any(s["unit"] in ("percent", "rate") for s in _stats(nlp, text))


def test_a_role_complement_or_a_change_in_brackets_is_not_a_measure(nlp):
    assert not any(s.get("measure") == "target" for s in _stats(nlp, "3,400 was the target set by the Home Office."))
    share = [s for s in _stats(nlp, "Police recorded 620 (4%) fewer burglaries than in 2021.") if s["unit"] == "percent"]
    assert not any(s.get("measure") == "burglaries recorded" for s in share)


def test_of_these_keeps_the_antecedent_whatever_the_verb(nlp):
    stats = _stats(nlp, "The unit received 400 complaints in 2023. Of these, 300 involved children.")
    assert "complaints" in next(s for s in stats if s["value"] == 300)["measure"]
