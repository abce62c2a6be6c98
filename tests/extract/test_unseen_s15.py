"""Patterns of session 15, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs, names, said_links  # noqa: F401

from kg.extract import extract_facts

pytestmark = pytest.mark.model


def posts(nlp, text: str) -> set[tuple[str, str, str | None]]:
    """(person, title, body or None) for every post kg gives a person in ``text``."""
    held, titled, _ = held_roles(nlp, text)
    return held | {(p, t, None) for p, ts in titled.items() for t in ts}


@pytest.mark.parametrize("text, body", [
    ("Testifying before the Senate Committee on Finance's Subcommittee on Taxation, Trade, and Customs Enforcement, "
     "the Commissioner described the agency's work.", "Subcommittee on Taxation, Trade, and Customs Enforcement"),
    ("Jane Roe testified before the Subcommittee on Crime, Drugs, and Juvenile Justice on Tuesday.",
     "Subcommittee on Crime, Drugs, and Juvenile Justice"),
    ("The Committee on Veterans Affairs, Housing, and Urban Development will hold a hearing.",
     "Committee on Veterans Affairs, Housing, and Urban Development"),
])
def test_a_committee_named_after_a_list_of_matters_is_one_body(nlp, text, body):
    """Guideline 3: a committee is a body; its remit's items (two words each) are not bodies of their own."""
    orgs = names(nlp, text, "Organisation")
    assert body in orgs, orgs
    assert not any(o in body and o != body and "ommittee" not in o for o in orgs), orgs


def test_a_committee_and_its_subcommittee_written_together_are_two_bodies(nlp):
    text = ("Statement of Jane Roe before the U.S. Senate Committee on the Judiciary Subcommittee on Border "
            "Security and Immigration regarding the budget.")
    orgs = names(nlp, text, "Organisation")
    assert any(o.endswith("Committee on the Judiciary") for o in orgs), orgs
    assert "Subcommittee on Border Security and Immigration" in orgs, orgs


def test_when_a_committee_met_is_not_part_of_its_name(nlp):
    orgs = names(nlp, "The Home Affairs Committee on Monday and Tuesday heard evidence from Kent Police.",
                 "Organisation")
    assert "Home Affairs Committee" in orgs and not any("Monday" in o for o in orgs), orgs


@pytest.mark.parametrize("text, holders, title, body", [
    ("The board includes Cabinet Office ministers Jane Roe and John Doe.", ["Jane Roe", "John Doe"], "Minister",
     "Cabinet Office"),
    ("Welsh MPs Sian Evans and Gareth Price signed the letter.", ["Sian Evans", "Gareth Price"], "Member of Parliament",
     None),
    ("Detective Sergeants Amy Clarke and Tom Hale of Kent Police led the inquiry.", ["Amy Clarke", "Tom Hale"],
     "Detective Sergeant", "Kent Police"),
])
def test_a_plural_post_before_a_list_of_names_is_held_by_each(nlp, text, holders, title, body):
    """Guideline 7: each person listed after a plural post holds it; the post's words are no part of the name."""
    roles = posts(nlp, text)
    people = names(nlp, text, "Person")
    for person in holders:
        assert person in people, people
        assert any(p == person and t == title and (body is None or o == body) for p, t, o in roles), roles


def test_a_plural_word_that_is_no_post_stays_in_the_name(nlp):
    people = names(nlp, "Officers spoke to Ruth Masters and Leon Cross about the thefts.", "Person")
    assert {"Ruth Masters", "Leon Cross"} <= people, people


@pytest.mark.parametrize("text, person, title", [
    ("Justice Secretary, Helen Marsh, today announced new funding for victims.", "Helen Marsh", "Justice Secretary"),
    ("The Policing Minister, Tom Barrow, said the figures were encouraging.", "Tom Barrow", "Policing Minister"),
])
def test_a_name_set_off_after_a_post_is_a_person(nlp, text, person, title):
    """A name in apposition to a post is the post's holder even where the recogniser called it a body."""
    assert person in names(nlp, text, "Person")
    assert person not in names(nlp, text, "Organisation")
    assert any(p == person and t == title for p, t, _ in posts(nlp, text)), posts(nlp, text)


def test_a_line_of_work_after_a_post_is_no_person(nlp):
    text = "said Maria Lopez, Acting Director, Field Operations, El Paso Field Office."
    assert "Field Operations" not in names(nlp, text, "Person")


def measures(nlp, text: str) -> dict[float, str]:
    facts = extract_facts(nlp(text), "m")
    return {n.props["value"]: n.props.get("measure") or "" for n in facts.nodes if n.type == "Statistic"}


def test_a_further_sum_counts_what_the_sum_before_it_counts(nlp):
    """Guideline 6: 'and a further £N' is more of the same money; its measure is the first sum's."""
    got = measures(nlp, "The council has earmarked £150,000 for youth clubs this year and a further £300,000 for "
                        "next year.")
    assert got[150000] and got[300000] == got[150000], got


def test_an_additional_sum_with_its_own_use_keeps_it(nlp):
    got = measures(nlp, "The council spent £2m on cameras and an additional £1m on street lighting.")
    assert "cameras" not in got[1000000], got


@pytest.mark.parametrize("text, value, word", [
    # what "amounts to" or "costs" a sum is counted for its subject
    ("The Community Fund, which amounts to £750k over three years, will be shared among local groups.", 750000,
     "Fund"),
    ("The mentoring scheme, which costs $3 million a year, will be expanded.", 3000000, "scheme"),
    # a sum awarded "under" a programme names it
    ("About $12 million is being awarded under 9 grant programs run by the Office for Victims of Crime.", 12000000,
     "programs"),
    ("The department awarded $4 million under the Second Chance Act program.", 4000000, "Chance Act program"),
])
def test_a_sums_measure_names_what_it_is_the_sum_of(nlp, text, value, word):
    got = measures(nlp, text)
    assert word in got.get(value, ""), got


@pytest.mark.parametrize("text", [
    "The audit looked at the FBI's compliance with the Attorney General Guidelines on informants.",
    "Forces must follow the Home Secretary Code on stop and search.",
])
def test_a_posts_rules_are_no_person(nlp, text):
    assert not names(nlp, text, "Person"), names(nlp, text, "Person")


def test_an_event_named_with_its_venue_is_no_body(nlp):
    text = "Ministers will meet campaigners at the annual Violence Prevention Summit at Downing Street."
    assert not any("Summit" in o for o in names(nlp, text, "Organisation")), names(nlp, text, "Organisation")
    assert "Downing Street" in names(nlp, text, "Place")


def test_a_post_then_a_list_of_those_met_gives_no_post(nlp):
    text = "The Prime Minister will meet the Home Secretary, Marcus Reid and youth workers on Friday."
    assert not any(p == "Marcus Reid" for p, _, _ in posts(nlp, text)), posts(nlp, text)


def test_two_posts_each_set_off_before_a_name(nlp):
    text = "The Home Secretary, Helen Marsh and the Justice Secretary, Tom Barrow, visited the prison."
    got = posts(nlp, text)
    assert ("Helen Marsh", "Home Secretary", None) in got or any(p == "Helen Marsh" and t == "Home Secretary"
                                                                 for p, t, _ in got), got
    assert any(p == "Tom Barrow" and t == "Justice Secretary" for p, t, _ in got), got


@pytest.mark.parametrize("text, area, person", [
    ("Cumbria Police and Crime Commissioner Peter McCall said the grants would help.", "Cumbria", "Peter McCall"),
    ("Thames Valley Police and Crime Commissioner Matthew Barber has opened a new fund.", "Thames Valley",
     "Matthew Barber"),
    ("Bedford, Luton and Central Bedfordshire Police and Crime Commissioner Jane Roe said so.",
     "Bedford, Luton and Central Bedfordshire", "Jane Roe"),
])
def test_a_commissioners_area_is_a_place_and_the_post_is_no_force_post(nlp, text, area, person):
    """Guideline 7: a police and crime commissioner is elected for an area; the post names no body."""
    assert area in names(nlp, text, "Place"), names(nlp, text, "Place")
    got = posts(nlp, text)
    assert (person, "Police and Crime Commissioner", None) in got, got
    assert not any(o.endswith(("Police", "Constabulary")) for o in names(nlp, text, "Organisation"))


def test_a_force_chief_keeps_the_places_force(nlp):
    got = posts(nlp, "Denver Police Chief Ron Thomas said the arrests followed a long inquiry.")
    assert any(p == "Ron Thomas" and o == "Denver Police" for p, _, o in got), got


def oversees(nlp, text: str) -> set[tuple[str, str]]:
    facts = extract_facts(nlp(text), "o")
    names_ = {n.id: n.name for n in facts.nodes}
    return {(names_[l.source], names_[l.target]) for l in facts.links if l.type == "OVERSEES"}


@pytest.mark.parametrize("text, overseer, overseen", [
    ("Police Scotland will report on the costs to the Scottish Police Authority at its next meeting.",
     "Scottish Police Authority", "Police Scotland"),
    ("The National Crime Agency reports to the Home Affairs Committee each year on its performance.",
     "Home Affairs Committee", "National Crime Agency"),
])
def test_reporting_to_a_scrutinising_body_is_oversight(nlp, text, overseer, overseen):
    """Guideline 10: a body answering to a board, authority or committee is held to account by it."""
    assert (overseer, overseen) in oversees(nlp, text), oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "Officers reported the crash to Kent County Council.",
    "The unit reports to the Metropolitan Police's Deputy Commissioner.",
])
def test_reporting_to_anyone_else_is_no_oversight(nlp, text):
    assert not oversees(nlp, text), oversees(nlp, text)


def test_a_city_named_with_its_state_is_also_known_by_the_city_alone(nlp):
    """Guideline 2: the place's forms a reader searches by; 'Dayton' alone names 'Dayton, Ohio'."""
    facts = extract_facts(nlp("Marshals made arrests in Dayton, Ohio and Little Rock, Arkansas last year."), "p")
    forms = {n.name: set(n.aliases) for n in facts.nodes if n.type == "Place"}
    assert "Dayton" in forms.get("Dayton, Ohio", set()), forms
    assert "Little Rock" in forms.get("Little Rock, Arkansas", set()), forms


@pytest.mark.parametrize("text, law", [
    ("The Jessica Lunsford Child Protection and Safety Act of 2008 was cited in the charges.",
     "Jessica Lunsford Child Protection and Safety Act of 2008"),
    ("The Policing, Courts and Victims Act 2019 gave officers new powers.", "Policing, Courts and Victims Act 2019"),
    ("Ministers backed the Prisoners (Release on Licence) Bill on Friday.", "Prisoners (Release on Licence) Bill"),
    ("Staff enforce the Anti-social Behaviour and Noise Act 2003 across the borough.",
     "Anti-social Behaviour and Noise Act 2003"),
])
def test_a_laws_name_runs_over_and_brackets_and_commas(nlp, text, law):
    """Guideline 4: a law is a Policy under its whole name, and no part of it is a person or a body."""
    got = names(nlp, text, "Policy")
    assert law in got, got
    assert not names(nlp, text, "Person") and not names(nlp, text, "Organisation")


def test_two_laws_joined_by_and_are_two(nlp):
    got = names(nlp, "Credits under the Fair Sentencing Act and Second Look Act were applied.", "Policy")
    assert {"Fair Sentencing Act", "Second Look Act"} <= got, got


def test_a_generation_after_a_comma_is_part_of_the_name(nlp):
    text = "Director James T. Walsh, III, testified on Tuesday. Mr. Walsh said the backlog had fallen."
    assert names(nlp, text, "Person") == {"James T. Walsh, III"}, names(nlp, text, "Person")
    assert not names(nlp, text, "Organisation")


def units(nlp, text: str) -> dict[float, str]:
    facts = extract_facts(nlp(text), "u")
    return {n.props["value"]: n.props.get("unit") for n in facts.nodes if n.type == "Statistic"}


def test_pounds_beside_another_weight_or_in_a_dollar_story_are_a_weight(nlp):
    """Guideline 6: the unit is what the figure measures."""
    got = units(nlp, "Agents seized $1.2 million in cash and 210 kilograms of cocaine, including 95 pounds and "
                     "4,000 pills of fentanyl.")
    assert got.get(95) == "pounds", got
    got = units(nlp, "The operation seized $40,000 in cash. Officers also recovered 12 pounds and 3 pistols.")
    assert got.get(12) == "pounds", got


def test_pounds_in_a_sterling_story_stay_money(nlp):
    got = units(nlp, "The fraud cost pensioners 3 million pounds, the court heard.")
    assert got.get(3000000) == "GBP", got


def test_a_weight_in_a_substance_counts_the_substance(nlp):
    got = measures(nlp, "Deputies seized 30 kilograms in illegal drugs during the raids.")
    assert "drugs" in got.get(30, ""), got


def test_the_last_item_of_a_listed_breakdown_counts_what_the_others_count(nlp):
    got = measures(nlp, "The task force arrested 1,250 fugitives, including 140 for murder, 320 for robbery, and "
                        "95 for sex offenses, during the sweep.")
    assert got.get(95) and got.get(95) == got.get(320), got


def test_a_total_sum_that_is_paid_out_is_counted_as_the_payment(nlp):
    got = measures(nlp, "A total sum of £75,000 was distributed to local youth clubs this year.")
    assert "clubs" in got.get(75000, ""), got


@pytest.mark.parametrize("text, policy", [
    ("Officers launched Op Winter Nights in December to tackle shoplifting.", "Op Winter Nights"),
    ("The ATF widened Project Safe Corridor along the border.", "Project Safe Corridor"),
])
def test_a_named_operation_is_a_policy_and_no_person(nlp, text, policy):
    assert policy in names(nlp, text, "Policy"), names(nlp, text, "Policy")
    assert not names(nlp, text, "Person"), names(nlp, text, "Person")


@pytest.mark.parametrize("text, person, title", [
    ("The Justice Secretary has reappointed Maria Grant as His Majesty's Chief Inspector of Prisons.", "Maria Grant",
     "Chief Inspector of Prisons"),
    ("The Home Secretary today announced the appointment of Sarah Collins as Her Majesty's Chief Inspector of "
     "Constabulary.", "Sarah Collins", "Chief Inspector of Constabulary"),
    ("The Mayor appointed Dev Shah as chief executive of Victim Support.", "Dev Shah", "Chief Executive"),
])
def test_who_is_appointed_as_a_post_holds_it_and_who_appoints_does_not(nlp, text, person, title):
    """Guideline 7: the post of an appointment is the appointee's, not the appointer's."""
    got = posts(nlp, text)
    assert any(p == person and t == title for p, t, _ in got), got
    assert not any(p != person and t == title for p, t, _ in got), got


@pytest.mark.parametrize("written", ["HM", "Her Majesty's", "His Majesty's"])
def test_a_crown_inspectors_post_is_one_title_however_the_crown_is_written(nlp, written):
    got = posts(nlp, f"Ruth Okafor, {written} Chief Inspector of Probation, said the service was failing.")
    assert any(p == "Ruth Okafor" and t == "Chief Inspector of Probation" for p, t, _ in got), got


def test_a_constituency_before_mp_is_a_place_and_a_party_is_not(nlp):
    text = "Hornsey and Wood Green MP Anna Price backed the plan. Labour MP Jack Dunn did not."
    assert "Hornsey and Wood Green" in names(nlp, text, "Place"), names(nlp, text, "Place")
    assert not any("Labour" in p for p in names(nlp, text, "Place"))
    assert {"Anna Price", "Jack Dunn"} <= names(nlp, text, "Person")


def test_a_named_census_is_a_statistical_series_not_a_body(nlp):
    """Guideline 4: a statistical survey or series is a Policy, so it can be the source of figures."""
    text = "The bureau will fund the National Census of Jail Health Services next year."
    assert "National Census of Jail Health Services" in names(nlp, text, "Policy"), names(nlp, text, "Policy")
    assert "National Census of Jail Health Services" not in names(nlp, text, "Organisation")


@pytest.mark.parametrize("text, speaker", [
    ("The fund invests money seized from criminals.\n\nMaya Kaur, Police and Crime Commissioner for Cumbria:\n\n"
     "\u201cI am pleased to see this money go back into our communities.\u201d", "Maya Kaur"),
    ("Officers patrolled the town centre.\n\nDetective Superintendent Liam Ford, Kent Police:\n\n"
     "\u201cWe will keep these patrols going through the summer.\u201d", "Liam Ford"),
])
def test_a_name_and_post_line_ending_in_a_colon_introduces_the_quote(nlp, text, speaker):
    """Guideline 8: a press release's 'Name, Post:' line attributes the quoted paragraph after it."""
    links = said_links(nlp, text)
    assert any(s == speaker and d for s, _, _, d in links), links


def test_a_heading_with_a_colon_is_no_speaker(nlp):
    text = "The fund opened.\n\nNotes to editors, Kent Police:\n\n\u201cContact the press office.\u201d"
    assert not said_links(nlp, text)


def test_a_schemes_name_before_its_noun_is_no_person(nlp):
    text = "The Home Office launched the Safer Together campaign in March."
    assert "Safer Together" not in names(nlp, text, "Person"), names(nlp, text, "Person")


def test_a_persons_name_before_a_report_stays_a_person(nlp):
    assert "Jane Roe" in names(nlp, "The Jane Roe report found serious flaws in the inquiry.", "Person")
