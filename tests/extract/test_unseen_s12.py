"""Patterns of session 12, found by trying kg on newly annotated text and on sentences written for these tests (no
sentence here is copied from an annotated document): names run into a post's remit, post letters after a name,
bodies a post does not belong to, laws made by signature, schemes a sum is awarded under, headline verbs."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs, names, said_links

from kg.extract import extract_facts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, person", [
    ("“We will move fast,” said Deputy Assistant Secretary for Mental Health and Substance Use Dana Whitfield.",
     "Dana Whitfield"),
    ("“Help is coming,” said Assistant Secretary for Preparedness and Response Owen Marsh.", "Owen Marsh"),
    ("Cabinet Secretary for Justice and Veterans Rona Kerr said the bill would pass.", "Rona Kerr"),
])
def test_a_name_after_a_posts_remit_is_a_person(nlp, text, person):
    people = names(nlp, text, "Person")
    assert person in people, people
    orgs = names(nlp, text, "Organisation")
    assert not any(person.split()[-1] in o for o in orgs), orgs


def test_the_remit_after_secretary_for_is_no_body(nlp):
    text = ("“We are ready,” said Lena Ortiz, the Assistant Secretary for Mental Health and Substance Use, "
            "at the launch on Monday.")
    assert "Mental Health and Substance Use" not in names(nlp, text, "Organisation")


def test_a_name_after_a_remit_set_off_by_a_comma_is_not_split(nlp):
    text = "Ruth Akers, Group Chair for CPS North East, said the charging rate had risen to 80 per cent."
    people = names(nlp, text, "Person")
    assert "North East" not in people, people
    assert "Ruth Akers" in people, people


@pytest.mark.parametrize("text, person, title", [
    ("APCC Victims Lead, Dana Price PCC said:\n\n“The money must reach victims quickly and fairly.”",
     "Dana Price", "Police and Crime Commissioner"),
    ("Responding to the settlement, Tom Avery PFCC said the increase was welcome for policing.",
     "Tom Avery", "Police, Fire and Crime Commissioner"),
])
def test_post_letters_after_a_name_end_the_name_and_give_the_post(nlp, text, person, title):
    held, titled, _ = held_roles(nlp, text)
    assert person in titled, titled
    assert title in titled[person] or any(p == person and t == title for p, t, _ in held), (held, titled)


def test_an_honour_after_post_letters_is_no_body(nlp):
    text = "APCC Chair, Mark Ellis PCC OBE said the money was welcome and would help forces plan."
    orgs = names(nlp, text, "Organisation")
    assert "OBE" not in orgs, orgs
    assert "Mark Ellis" in names(nlp, text, "Person")


def test_two_initials_as_one_word_open_a_name(nlp):
    text = "Officers seized the cash on Monday. Essex Police Chief Constable TJ Brennan said burglary fell by a third."
    held, _, _ = held_roles(nlp, text)
    assert ("TJ Brennan", "Chief Constable", "Essex Police") in held, held


def test_a_president_holds_no_post_in_a_department_named_beside_him(nlp):
    text = ("President Donald Trump signed the bill on Friday. The Home Office said it would study the law "
            "before any change in Britain.")
    held, _, _ = held_roles(nlp, text)
    assert not any(b == "Home Office" for _, _, b in held), held


def test_a_presidency_holds_no_director(nlp):
    text = ("“The Biden Administration is using every tool we have,” said Acting Director Rosa Jimenez. The Office of "
            "National Drug Control Policy named two new areas on Tuesday.")
    held, _, _ = held_roles(nlp, text)
    assert not any("Administration" in b for _, _, b in held), held


@pytest.mark.parametrize("text, agent, law", [
    ("On March 3, the Governor signed the Safer Schools Act, which funds 200 counsellors.", "Governor",
     "Safer Schools Act"),
    ("In 2018 President Jane Morrow signed the 21st Century Policing Act into law.", "Jane Morrow",
     "21st Century Policing Act"),
])
def test_signing_a_law_announces_it(nlp, text, agent, law):
    assert (agent, law) in link_pairs(nlp, text, aliases=True)


def test_signing_a_letter_announces_nothing(nlp):
    assert not link_pairs(nlp, "The Mayor signed a letter to the Home Office about the Safer Streets Fund.")


def test_a_lower_case_programme_word_after_a_name_is_the_scheme_a_sum_comes_under(nlp):
    text = ("The Department of Justice awarded $18 million to 9 cities under the Youth Violence Prevention program. "
            "The money pays for outreach workers.")
    pairs = link_pairs(nlp, text, aliases=True)
    assert ("United States Department of Justice", "Youth Violence Prevention program") in pairs, pairs


@pytest.mark.parametrize("headline", ["ONDCP releases strategy", "DEA publishes guidance"])
def test_a_headline_verb_is_no_part_of_a_policy_name(nlp, headline):
    text = f"{headline}\n\nThe document was published on Monday by officials in Washington.\n"
    assert not any(" " in p and p.split()[0].isupper() for p in names(nlp, text, "Policy")), names(nlp, text, "Policy")


def test_a_scottish_cabinet_secretary_is_a_post_of_the_scottish_government_when_it_is_named(nlp):
    text = ("Minutes of the meeting\n\nAttendees\n\nRona Kerr MSP, Cabinet Secretary for Justice and Home Affairs\n"
            "Ian Gow, Director, Safer Communities, Scottish Government\n\nThe Cabinet Secretary said the budget "
            "would rise next year.\n")
    held, _, _ = held_roles(nlp, text)
    assert ("Rona Kerr", "Cabinet Secretary for Justice", "Scottish Government") in held, held
    assert any(p == "Ian Gow" and b == "Scottish Government" for p, _, b in held), held


@pytest.mark.parametrize("text, agent, policy", [
    ("The FBI-funded Regional Gang Reduction Program trains 40 officers a year.", "Federal Bureau of Investigation",
     "Regional Gang Reduction Program"),
    ("The Home Office-funded Safer Routes programme paid for 30 wardens.", "Home Office", "Safer Routes programme"),
])
def test_a_body_hyphened_to_funded_funds_the_programme(nlp, text, agent, policy):
    pairs = link_pairs(nlp, text, aliases=True)
    assert (agent, policy) in pairs, pairs
    assert not any(p.lower().startswith(("fbi-funded", "home office-funded")) for p in names(nlp, text, "Policy"))


@pytest.mark.parametrize("text, policy", [
    ("The Home Secretary visited Leeds. The work is part of the Government's Safer Towns Programme to cut burglary.",
     "Safer Towns Programme"),
    ("The Home Secretary spoke on Monday. Under this expansion of this Government's Safer Towns Programme, 900 more "
     "homes will be protected.", "Safer Towns Programme"),
])
def test_the_governments_own_programme_is_announced_by_the_government(nlp, text, policy):
    pairs = link_pairs(nlp, text, aliases=True)
    assert any(p == policy and "Government" in a for a, p in pairs), pairs
    assert not any("Government" in p for p in names(nlp, text, "Policy")), names(nlp, text, "Policy")


def test_a_quoted_programme_name_with_a_number_is_a_policy(nlp):
    text = ("FBI Launches “247 Initiative” in Tulsa to Address Gun Crime\n\nThe Federal Bureau of Investigation "
            "said Tulsa had been chosen as the third city of its “247 Initiative” to cut shootings.\n")
    assert "247 Initiative" in names(nlp, text, "Policy")
    assert ("Federal Bureau of Investigation", "247 Initiative") in link_pairs(nlp, text)


def test_a_middle_initial_and_the_middle_name_are_one_person(nlp):
    text = ("Deputy Attorney General Maria T. Lindqvist today announced $3 million for the Safe Corridors Initiative. "
            "“This money will reach the streets quickly,” said Deputy Attorney General Maria Theresa Lindqvist.")
    people = names(nlp, text, "Person")
    assert len([p for p in people if "Lindqvist" in p or p.startswith("Maria")]) == 1, people


@pytest.mark.parametrize("text, person, title", [
    ("APCC leads for local policing, PCCs Ann Rowe and Ben Stott, said the funding was a good start for forces.",
     "Ann Rowe", "Police and Crime Commissioner"),
    ("Ranking Member Hollis asked the Inspector General about the backlog of audits.", "Hollis", "Ranking Member"),
    ("Executive Vice Chancellor Tom Reyes of the State Health Sciences Center joined the launch.", "Tom Reyes",
     "Vice Chancellor"),
])
def test_posts_written_before_names(nlp, text, person, title):
    held, titled, _ = held_roles(nlp, text)
    assert person in titled, titled
    assert title in titled[person] or any(p == person and t == title for p, t, _ in held), (held, titled)
    assert not any(p.startswith(("PCCs", "Member ")) for p in titled), titled


def test_a_posts_remit_before_a_comma_is_no_name(nlp):
    text = "APCC Joint Leads for Local Policing, PCCs Ann Rowe and Ben Stott, said the money was welcome."
    assert "Local Policing" not in names(nlp, text, "Person")


@pytest.mark.parametrize("text, place", [
    ("The shooting at Columbine High School in 1999 changed how schools plan for threats.", "Columbine High School"),
    ("Pupils at Oak Lane Primary School were moved to the hall while officers searched.", "Oak Lane Primary School"),
])
def test_a_school_named_by_its_kind_is_a_place(nlp, text, place):
    assert place in names(nlp, text, "Place")
    assert place not in names(nlp, text, "Organisation")


@pytest.mark.parametrize("text, policy", [
    ("The agency runs the Regional Ballistic Tracing Network (RBTN), which links shell casings to guns.",
     "Regional Ballistic Tracing Network"),
    ("Prosecutors may offer a Deferred Prosecution Agreement (DPA) to a company that reports itself.",
     "Deferred Prosecution Agreement"),
])
def test_a_network_or_agreement_with_a_defined_acronym_is_a_policy(nlp, text, policy):
    assert policy in names(nlp, text, "Policy")
    assert policy not in names(nlp, text, "Organisation")


def test_the_body_asked_to_carry_out_an_inspection_oversees_its_subject(nlp):
    text = ("The Justice Secretary asked HM Inspectorate of Prisons to carry out an inspection of the Youth Custody "
            "Service in March.")
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert any("Inspectorate of Prisons" in a and b == "Youth Custody Service" for a, b in pairs), pairs
    assert not any(a.endswith("Secretary") for a, _ in pairs), pairs


def test_a_named_review_of_a_body_is_oversight_by_its_author(nlp):
    text = ("HM Inspectorate of Constabulary in Scotland published its Strategic Review of the Scottish Police "
            "Authority on Tuesday.")
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert any("Inspectorate" in a and b == "Scottish Police Authority" for a, b in pairs), pairs


@pytest.mark.parametrize("text, speaker", [
    ("James Ortega, director of field operations for the Erie Field Office, advised that officers processed "
     "21 million travellers last year.", "James Ortega"),
    ("Kent Police reported that incidents of anti-social behaviour in Margate had almost halved since May.",
     "Kent Police"),
])
def test_advised_and_reported_with_that_are_reported_speech(nlp, text, speaker):
    assert any(s == speaker for s, *_ in said_links(nlp, text)), said_links(nlp, text)


def test_reported_with_an_object_is_no_speech(nlp):
    assert not said_links(nlp, "Kent Police reported 40 arrests after the weekend operation in Margate.")


def test_the_report_speaks_for_the_body_that_published_it(nlp):
    text = ("The findings are set out in a report published yesterday by the Independent Office for Police Conduct "
            "(IOPC). The report concluded that there were clear signs of progress in how complaints are handled.")
    assert any(s == "Independent Office for Police Conduct" for s, *_ in said_links(nlp, text)), said_links(nlp, text)


def test_in_inside_a_body_name_that_names_no_place(nlp):
    text = "The Committee on Standards in Public Life met on Tuesday. The Joint Terrorism Task Force in New York met."
    orgs = names(nlp, text, "Organisation")
    assert "Committee on Standards in Public Life" in orgs, orgs
    assert "Joint Terrorism Task Force" in orgs and "New York" in names(nlp, text, "Place"), orgs


def test_hours_of_work_after_with_are_a_figure(nlp):
    text = "The scheme was piloted in Leeds, with over 40,000 hours of patrols in the first six months."
    stats = {n.name: n for n in extract_facts(nlp(text), "s").nodes if n.type == "Statistic"}
    assert any(n.props.get("value") == 40000 for n in stats.values()), stats


def test_an_unnamed_official_named_by_a_post_with_its_remit(nlp):
    text = ("Police Scotland welcomed the move. The Cabinet Secretary for Justice commissioned a Review of the "
            "Authority's Executive in 2017.")
    people = names(nlp, text, "Person")
    assert "Cabinet Secretary for Justice" in people, people
    assert any(a == "Cabinet Secretary for Justice" for a, _ in link_pairs(nlp, text)), link_pairs(nlp, text)


def test_the_short_form_of_an_unnamed_officials_post_is_the_same_person(nlp):
    text = ("The Cabinet Secretary for Justice said that the review would report in the spring of next year. "
            "The Cabinet Secretary also announced that the review would be led by a Board member.")
    speakers = {s for s, *_ in said_links(nlp, text)}
    assert speakers == {"Cabinet Secretary for Justice"}, speakers
