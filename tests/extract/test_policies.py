"""Policies and ANNOUNCED / OVERSEES frames on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.policies import find_policies, find_relations

pytestmark = pytest.mark.model


def policy_names(en, text: str) -> list[str]:
    return [p.name for p in find_policies(en(text))]


def frames(en, text: str) -> list[tuple[str, str, str, str]]:
    doc = en(text)
    return [(r.type, text[r.agent.start:r.agent.end], text[r.target.start:r.target.end], r.target_kind)
            for r in find_relations(doc)]


def test_named_policies_from_keywords(en):
    text = ("Under the Knife Crime Strategy and the Police, Crime, Sentencing and Courts Act 2022, "
            "officers ran Operation Nightfall alongside the Code of Conduct for Police Volunteers.")
    names = policy_names(en, text)
    assert "Knife Crime Strategy" in names
    assert "Operation Nightfall" in names
    assert "Code of Conduct for Police Volunteers" in names
    assert any(n.endswith("Act 2022") for n in names)


def test_leading_keyword_names(en):
    assert "Project Safe Childhood" in policy_names(en, "Prosecutors expanded Project Safe Childhood in 2006.")


def test_common_noun_policy_needs_a_defining_modifier(en):
    names = policy_names(en, "The force will deploy mounted street patrols and more targeted patrols in the town.")
    assert names == ["mounted street patrols"]
    assert policy_names(en, "The additional funding will pay for extra patrols.") == []


def test_purpose_clause_names_a_policy(en):
    names = policy_names(en, "The charity runs programmes to divert young people from gangs.")
    assert names == ["programmes to divert young people from gangs"]


def test_tactic_terms_are_canonical_with_the_surface_kept(en):
    text = "Chief officers defended targeted stop-and-search operations in Birmingham."
    (fact,) = list(find_policies(en(text)))
    assert fact.name == "stop and search"
    assert text[fact.span.start:fact.span.end] == "targeted stop-and-search operations"
    assert fact.aliases == ("targeted stop-and-search operations",)


def test_verbs_stop_and_search_are_not_the_tactic(en):
    assert policy_names(en, "Officers stop and search people who they suspect carry knives.") == []


def test_canonical_name_drops_determiners_possessives_and_figures(en):
    names = policy_names(en, "The government's new £40 million violence reduction fund opens in May.")
    assert names == ["violence reduction fund"]


def test_short_form_of_a_longer_policy_gets_its_name(en):
    text = ("The force is trialling armed bicycle patrols in the city centre. "
            "A bicycle patrol will be sent if a threat is reported.")
    assert set(policy_names(en, text)) == {"armed bicycle patrols"}


def test_announced_direct_object_and_coordinated_subjects(en):
    text = "The Home Secretary and the Justice Secretary launched a national anti-fraud strategy on Tuesday."
    got = frames(en, text)
    agents = {a for kind, a, t, k in got if kind == "ANNOUNCED" and "anti-fraud strategy" in t}
    assert agents == {"Home Secretary", "Justice Secretary"}


def test_considering_using_x_and_pronoun_of_the_speaker(en):
    text = "West Midlands Police said it is considering using drone patrols over the motorway."
    assert ("ANNOUNCED", "West Midlands Police", "drone patrols", "Policy") in frames(en, text)


def test_passive_earmarked_for_x_takes_the_speaker(en):
    text = "The mayor's office added that £2 million has been earmarked for projects to support knife crime victims."
    got = frames(en, text)
    assert ("ANNOUNCED", "mayor's office", "projects to support knife crime victims", "Policy") in got


def test_participle_announced_by_agent(en):
    text = "Forces will draw on the violence prevention fund announced by the Treasury last week."
    assert ("ANNOUNCED", "Treasury", "violence prevention fund", "Policy") in frames(en, text)


def test_setting_up_an_organisation(en):
    text = "\"Last year we set up the Organised Crime Taskforce,\" the commissioner said."
    got = frames(en, text)
    assert ("ANNOUNCED", "we", "Organised Crime Taskforce", "Organisation") in got


def test_relative_clause_oversees_resolves_which(en):
    text = "The mayor's policing office, which oversees London's violence reduction work, published the plan."
    got = frames(en, text)
    assert ("OVERSEES", "mayor's policing office", "London", "Place") in got


def test_investigates_needs_an_organisation(en):
    text = "The Independent Office for Police Conduct is investigating Greater Manchester Police."
    got = frames(en, text)
    assert ("OVERSEES", "Independent Office for Police Conduct", "Greater Manchester Police", "Organisation") in got
    assert frames(en, "Detectives are investigating a stabbing in Leeds.") == []


def test_passive_oversight_with_by_agent(en):
    text = "The new fund to tackle county lines will be overseen by the College of Policing."
    got = frames(en, text)
    assert ("OVERSEES", "College of Policing", "new fund to tackle county lines", "Policy") in got


def test_investigation_nominal_with_possessive_agent(en):
    text = "The watchdog said its investigation into the Metropolitan Police Service would take a year."
    got = frames(en, text)
    assert any(kind == "OVERSEES" and a == "its" and t == "Metropolitan Police Service" for kind, a, t, k in got)


def test_relation_spans_point_at_policy_spans(en):
    text = "The council unveiled a youth violence strategy."
    doc = en(text)
    policies = {(p.span.start, p.span.end) for p in find_policies(doc)}
    for rel in find_relations(doc):
        if rel.target_kind == "Policy":
            assert (rel.target.start, rel.target.end) in policies


def test_announced_plans_to_introduce_x_targets_x(en):
    text = "The Justice Secretary has announced plans to introduce a serious violence reduction order."
    got = frames(en, text)
    assert ("ANNOUNCED", "Justice Secretary", "serious violence reduction order", "Policy") in got


def test_object_of_roll_out_is_a_policy_only_with_a_frame(en):
    text = "Cheshire Police said it would roll out body-worn video to all response officers."
    assert ("ANNOUNCED", "Cheshire Police", "body-worn video", "Policy") in frames(en, text)
    assert policy_names(en, "Officers watched body-worn video of the arrest.") == []


def test_investigations_launched_are_not_policies(en):
    assert policy_names(en, "Detectives launched a murder investigation after the stabbing.") == []


def test_title_case_headline_words_stay_out_of_the_name(en):
    names = policy_names(en, "Home Office Launches New Knife Crime Strategy To Tackle Youth Violence In London")
    assert names == ["Knife Crime Strategy"]


def test_oversight_cues(en):
    got = frames(en, "The Police and Crime Commissioner holds the force to account on behalf of residents.")
    assert ("OVERSEES", "Police and Crime Commissioner", "force", "Organisation") in got
    got = frames(en, "The Metropolitan Police Service is overseen by the Mayor's Office for Policing and Crime.")
    assert any(k == "OVERSEES" and t == "Metropolitan Police Service" for k, a, t, _ in got)
    got = frames(en, "The inspection of Essex Police by HMICFRS found serious failings.")
    assert ("OVERSEES", "HMICFRS", "Essex Police", "Organisation") in got


def test_policy_noun_described_as_introduced_keeps_its_generic_modifier(en):
    names = policy_names(en, "Under new legislation introduced today, police can close roads sooner.")
    assert names == ["new legislation"]
    assert policy_names(en, "The new legislation is long.") == []


def test_title_case_names_keep_national_and_drop_new(en):
    names = policy_names(en, "The department set out its new National Fraud Strategy and a new Rural Crime Plan.")
    assert "National Fraud Strategy" in names
    assert "Rural Crime Plan" in names


def test_a_title_with_a_gerund_and_a_preposition(en):
    text = "Ministers published the Ending Violence Against Older People Strategy on Tuesday."
    assert "Ending Violence Against Older People Strategy" in policy_names(en, text)


def test_review_titles_run_through_into_and_possessives(en):
    text = "The Independent Review into Women's Prison Healthcare reported in March."
    assert "Independent Review into Women's Prison Healthcare" in policy_names(en, text)


def test_funding_given_by_its_sum_and_purpose_is_a_policy_and_announced(en):
    text = "The Ministry of Justice will provide £12 million of funding to expand drug testing."
    assert "funding to expand drug testing" in policy_names(en, text)
    assert policy_names(en, "The Ministry of Justice will provide £12 million of funding.") == []
    # the frame's target span runs over the sum and the purpose clause; the policy's name is the funding and its purpose
    assert ("ANNOUNCED", "Ministry of Justice", "£12 million of funding to expand drug testing", "Policy") in frames(en, text)


def test_funding_and_spending_defined_by_a_preposition(en):
    assert "funding for probation services" in policy_names(
        en, "The minister confirmed extra funding for probation services in Wales.")
    assert "expenditure on victim support" in policy_names(
        en, "The council agreed targeted expenditure on victim support.")
    assert policy_names(en, "The money was shared out as funding for the worst affected councils.") == []


def test_capital_projects(en):
    text = "The department is building new jails to ease overcrowding."
    (fact,) = list(find_policies(en(text)))
    assert fact.name == "new jails"
    assert text[fact.span.start:fact.span.end] == "building new jails"
    assert "new prison" in policy_names(en, "Ministers approved a new prison near Leeds.")
    assert policy_names(en, "The old jail was built in 1821.") == []


def test_equipment_used_or_funded(en):
    names = policy_names(en, "Prisons will install airport-style scanners and signal-jamming technology.")
    assert "airport-style scanners" in names and "signal-jamming technology" in names
    assert policy_names(en, "Officers used every available tool to find him.") == []


def test_registers(en):
    assert "register of violent offenders" in policy_names(
        en, "The government will create a national register of violent offenders.")


def test_fund_and_invest_frames(en):
    assert ("ANNOUNCED", "trust", "mentoring schemes", "Policy") in frames(
        en, "The trust will also fund mentoring schemes in three towns.")
    assert not any(f[2] == "knife patrols" for f in frames(
        en, "The grant will help councils fund knife patrols."))


def test_announced_that_clause_carries_the_policy(en):
    text = ("The Policing Minister announced at the annual conference that councils would share £8 million "
            "from the Safer Parks Fund.")
    assert ("ANNOUNCED", "Policing Minister", "Safer Parks Fund", "Policy") in frames(en, text)


def test_committed_to_and_progressive_funding_frames(en):
    assert ("ANNOUNCED", "department", "new rural crime strategy", "Policy") in frames(
        en, "The department has committed to a new rural crime strategy.")
    assert ("ANNOUNCED", "council", "Street Safety Programme", "Policy") in frames(
        en, "The council will be investing £4 million in the Street Safety Programme.")
    assert ("ANNOUNCED", "We", "youth diversion scheme", "Policy") in frames(
        en, '"We are funding a youth diversion scheme in every borough," the commissioner said.')


def test_purpose_clause_keeps_a_short_coordinated_object(en):
    assert "grants to support victim services and anti-fraud projects" in policy_names(
        en, "The agency awarded grants to support victim services and anti-fraud projects.")


def test_created_body_is_the_object_not_the_agency_inside_it(en):
    text = "The Home Office has set up the National Crime Agency's new cyber fraud cell."
    assert ("ANNOUNCED", "Home Office", "new cyber fraud cell", "Organisation") in frames(en, text)
    text = "The cell, set up by the Treasury inside the National Crime Agency, tracks fraud."
    assert ("ANNOUNCED", "Treasury", "cell", "Organisation") in frames(en, text)


def test_services_paid_for_are_the_policy_a_service_is_not(en):
    assert ("ANNOUNCED", "mayor", "youth services", "Policy") in frames(
        en, "The mayor is investing £2 million in youth services.")
    assert not any(f[2] == "local police service" for f in frames(
        en, "The county will fund victim services and the local police service."))
