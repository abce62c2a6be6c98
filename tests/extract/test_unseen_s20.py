"""Patterns of session 20, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import held_roles, link_pairs, names, nodes, said_links

from kg.extract import extract_facts

pytestmark = pytest.mark.model


# -- a scheme's name before its short form or its closing quote (guideline 3: bodies only) ------------------------

@pytest.mark.parametrize("text, name", [
    ("The grants come from the Safer Streets Through Community Action (SSCA) program, the department said.",
     "Safer Streets Through Community Action"),
    ("Forty sites will join the Youth Diversion and Early Help (YDEH) initiative next spring.",
     "Youth Diversion and Early Help"),
    ("The “Healthy Choices Through Local Leadership” cooperative agreement will fund four health departments.",
     "Healthy Choices Through Local Leadership"),
    ("The agency held the first Rural Violence and Harm Prevention (RVHP) grantee symposium in Denver.",
     "Rural Violence and Harm Prevention"),
])
def test_a_named_scheme_before_its_short_form_or_quote_is_no_body(nlp, text, name):
    assert name not in names(nlp, text, "Organisation")


def test_a_project_named_before_its_short_form_stays_a_policy(nlp):
    text = "The department awarded $4 million to support the Project Safe Harbors (PSH) Program in 12 cities."
    assert "Project Safe Harbors" in names(nlp, text, "Policy"), names(nlp, text, "Policy")


@pytest.mark.parametrize("text, body", [
    ("The Violence Reduction Unit (VRU) programme reached 3,000 pupils, Kent Police said.", "Violence Reduction Unit"),
    ("The Office for Victims Support (OVS) program director spoke first.", "Office for Victims Support"),
])
def test_a_body_named_before_its_short_form_stays_a_body(nlp, text, body):
    assert body in names(nlp, text, "Organisation")


# -- a witness list: name, post and body each on a line of its own (guideline 7) ------------------------------------

WITNESSES = """Hearing: Securing the Northern Border

Witnesses:

Ms. Dana K. Whitfield
Deputy Administrator
Regional Operations Directorate
Transportation Security Administration

Dr. Samuel Okafor
Director, Homeland Security and Justice Issues
Government Accountability Office

Mr. Paul Brennan
Chief of Police
Portland Police Bureau
"""


@pytest.mark.parametrize("person, title, body", [
    ("Dana K. Whitfield", "Deputy Administrator", "Transportation Security Administration"),
    ("Samuel Okafor", "Director Homeland Security and Justice Issues", "Government Accountability Office"),
    ("Paul Brennan", "Chief of Police", "Portland Police Bureau"),
])
def test_each_witness_holds_the_post_and_body_listed_under_the_name(nlp, person, title, body):
    held, _, _ = held_roles(nlp, WITNESSES)
    assert (person, title, body) in held, held



# -- words after a title that are the inside of a longer name, not a person (guideline 2) -----------------------------

@pytest.mark.parametrize("text, not_people", [
    ("I meet the Chief Constable and the Chief Financial Officer every month.", {"Financial"}),
    ("Some £2m is set aside for the PCC Community Safety Fund (CSF) this year.", {"Community Safety Fund", "CSF"}),
    ("The VALOR Officer Safety and Wellness Program has trained 9,000 officers.", {"Safety"}),
    ("The video features Amy Lowe, the Bureau of Consumer Protection's Senior Data Analyst.", {"Data Analyst"}),
    ("NIJ Director Lauds Efforts of Forensic Laboratories\n\nThe director of the institute spoke in Denver.",
     {"Lauds Efforts"}),
])
def test_words_inside_a_post_or_scheme_name_are_no_person(nlp, text, not_people):
    people = names(nlp, text, "Person")
    assert not people & not_people, people


@pytest.mark.parametrize("text, person", [
    ("PCC Giles Orpen said the fund would grow.", "Giles Orpen"),
    ("Chief Constable Jane Roe said 40 knives were seized.", "Jane Roe"),
])
def test_a_name_after_a_post_is_still_a_person(nlp, text, person):
    assert person in names(nlp, text, "Person")


# -- a hearing notice set out in blocks (guidelines 7 and 10) ---------------------------------------------------------

NOTICE = """Subcommittee Hearing: Securing the Northern Border

Subcommittee on Border and Port Security

Rep. Jane Roe (R-AL), Chairman

Invited Witnesses Include:

Panel I

Ms. Dana K. Whitfield
Deputy Administrator
Transportation Security Administration

Dr. Samuel Okafor
Director, Homeland Security and Justice Issues
Government Accountability Office

Chairman Roe on the hearing:

"This hearing will let us ask hard questions about the gaps at our ports of entry."
"""


def test_the_chair_named_under_a_committee_heading_chairs_that_committee(nlp):
    held, _, _ = held_roles(nlp, NOTICE)
    assert ("Jane Roe", "Chairman", "Subcommittee on Border and Port Security") in held, held


def test_the_committee_oversees_the_bodies_of_the_witnesses_listed_in_blocks(nlp):
    pairs = link_pairs(nlp, NOTICE, "OVERSEES")
    assert ("Subcommittee on Border and Port Security", "Transportation Security Administration") in pairs, pairs
    assert ("Subcommittee on Border and Port Security", "Government Accountability Office") in pairs, pairs


def test_a_block_list_ends_at_the_first_block_without_a_name(nlp):
    text = NOTICE + "\nThe Federal Bureau of Investigation will brief members later in the week.\n"
    pairs = link_pairs(nlp, text, "OVERSEES")
    assert not any(b == "Federal Bureau of Investigation" for _, b in pairs), pairs


# -- a scheme's name that coordinates capitalised words (guideline 4) -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The institute published the Safety, Health, and Wellness Strategic Research Plan in 2016.",
     "Safety, Health, and Wellness Strategic Research Plan"),
    ("The agency funds the Screening, Brief Intervention, Referral and Treatment Programs in 12 states.",
     "Screening, Brief Intervention, Referral and Treatment Programs"),
    ("Councils may bid for the Prevention, Diversion and Family Support Fund until May.",
     "Prevention, Diversion and Family Support Fund"),
])
def test_a_scheme_name_runs_back_over_its_commas_and_and(nlp, text, name):
    assert name in names(nlp, text, "Policy")
    assert not names(nlp, text, "Organisation") - {"National Institute of Justice"}, names(nlp, text, "Organisation")


@pytest.mark.parametrize("text, kept", [
    ("The prison applies the First Step Act and Second Chance Act.", {"First Step Act", "Second Chance Act"}),
    ("Under the American Recovery and Reinvestment Act, towns hired officers.", {"American Recovery and Reinvestment Act"}),
])
def test_coordinated_names_of_their_own_are_not_joined(nlp, text, kept):
    assert kept <= names(nlp, text, "Policy"), names(nlp, text, "Policy")


def test_a_body_before_a_coordinated_scheme_stays_a_body(nlp):
    text = "The Home Office and the Serious Violence Strategy were praised by the panel."
    assert "Home Office" in names(nlp, text, "Organisation")
    assert "Serious Violence Strategy" in names(nlp, text, "Policy")


# -- a sum in millions written "£5.4m" (guideline 6) ------------------------------------------------------------------

def test_a_sum_in_millions_is_one_token_so_the_sentence_parses(nlp):
    doc = nlp("With £5.4m earmarked for the youth fund, councils can hire 40 workers.")
    assert "5.4m" in [t.text for t in doc]
    assert all(t.pos_ != "AUX" for t in doc if t.text.startswith("5.4"))


@pytest.mark.parametrize("text, value, word", [
    ("The county council has £5.4m earmarked for the youth fund.", 5_400_000, "fund"),
    ("The force will spend £3.2m on new vans this year.", 3_200_000, "van"),
])
def test_a_sum_in_millions_gets_its_measure(nlp, text, value, word):
    stats = {n.props["value"]: n.props["measure"] or "" for n in nodes(nlp, text, "Statistic")}
    assert value in stats, stats
    assert word in stats[value].lower(), stats


@pytest.mark.parametrize("token", ["25m", "5.4m", "2bn", "180k"])
def test_a_sum_with_its_multiplier_reads_as_a_number(nlp, token):
    doc = nlp(f"Ministers gave £{token} to the councils.")
    tok = next(t for t in doc if t.text == token)
    assert tok.like_num


# -- announcing an award or the availability of money for a scheme (guideline 9) --------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Coast Guard announced today the award of twelve federal Harbor Safety grants to port authorities.",
     ("United States Coast Guard", "Harbor Safety grants")),
    ("The Home Office announced the availability of £12 million for the Safer Parks Fund.",
     ("Home Office", "Safer Parks Fund")),
    ("The Justice Department announced the release of $40 million for the Rural Courts Program.",
     ("United States Department of Justice", "Rural Courts Program")),
])
def test_announcing_an_award_or_the_availability_of_money_announces_the_scheme(nlp, text, pair):
    pairs = link_pairs(nlp, text, "ANNOUNCED", aliases=True)
    agent, scheme = pair
    assert any(agent in a and scheme in b for a, b in pairs), pairs


# -- a question raised: "questioned whether ..." (guideline 8) --------------------------------------------------------

@pytest.mark.parametrize("text, speaker, start", [
    ("The Chief Inspector of Probation, Ann Roe, has questioned whether the new service can cope with its caseload.",
     "Ann Roe", "whether the new service can cope"),
    ("Senator Jane Doe queried whether the agency had spent the money as Congress intended.",
     "Jane Doe", "whether the agency had spent"),
])
def test_questioning_whether_reports_the_question(nlp, text, speaker, start):
    said = said_links(nlp, text)
    assert any(s == speaker and q.startswith(start) for s, q, _, _ in said), said


def test_questioning_a_thing_is_no_speech(nlp):
    assert not said_links(nlp, "Officers questioned the driver at the roadside for an hour.")


# -- a consultation on a draft plan puts the plan out as proposed (guideline 9) ---------------------------------------

def test_a_consultation_on_a_draft_plan_proposes_the_plan(nlp):
    facts = extract_facts(nlp("The Policing Board and the Police Service today launched a public consultation on "
                              "the draft Community Safety Plan 2026-2030."), "c")
    names = {n.id: n.name for n in facts.nodes}
    links = {(names[l.source], names[l.target]): l.props.get("status") for l in facts.links if l.type == "ANNOUNCED"}
    plan = [(k, st) for k, st in links.items() if k[1].startswith("Community Safety Plan")]
    assert plan, links
    assert all(st == "proposed" for _, st in plan), plan


def test_a_consultation_on_a_topic_announces_no_plan(nlp):
    pairs = link_pairs(nlp, "The council launched a consultation on parking charges in the town centre.", "ANNOUNCED")
    assert not any("parking" in b.lower() and "consultation" not in b.lower() for _, b in pairs), pairs


# -- a publication's name is no body (guideline 3) --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Judges must follow the Theft Offences Definitive Guideline from July.", "Theft Offences Definitive Guideline"),
    ("The figures come from the Annual Fraud Data Spotlight published in May.", "Annual Fraud Data Spotlight"),
    ("Analysts use the Knife Crime Data Dashboard every week.", "Knife Crime Data Dashboard"),
])
def test_a_publication_is_no_organisation(nlp, text, name):
    assert name not in names(nlp, text, "Organisation")


def test_a_body_named_with_a_publication_noun_stays_a_body(nlp):
    text = "The Crime Statistics Report Unit said figures would be released on Thursday."
    assert any("Unit" in n for n in names(nlp, text, "Organisation"))


# -- a body's remit of two things joined by "and" (guideline 2: the full name) ---------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Statistician Ann Roe, of the Office for National Statistics Centre for Crime and Justice, said crime fell.",
     "Office for National Statistics Centre for Crime and Justice"),
    ("The Northern Institute for Policing and Security said crime fell.", "Northern Institute for Policing and Security"),
])
def test_a_remit_of_two_things_stays_in_the_body_name(nlp, text, body):
    assert body in names(nlp, text, "Organisation"), names(nlp, text, "Organisation")


def test_two_bodies_joined_by_and_stay_two(nlp):
    found = names(nlp, "The Ministry of Justice and Kent Police said crime fell.", "Organisation")
    assert {"Ministry of Justice", "Kent Police"} <= found, found


# -- a testimony's greeting: the chair and ranking member of the committee it is given before (guideline 7) -----------

TESTIMONY = """Statement of Jane Roe, Director, Bureau of Prisons, before the House Committee on the Judiciary, \
Subcommittee on Crime and Federal Government Surveillance

Chairman Biggs, Ranking Member Jackson Lee, and Members of the Subcommittee:

Thank you for inviting me to testify today about the Bureau's staffing."""


@pytest.mark.parametrize("person, title", [("Biggs", "Chairman"), ("Jackson Lee", "Ranking Member")])
def test_the_greeting_names_the_chair_and_ranking_member_of_the_subcommittee(nlp, person, title):
    held, _, _ = held_roles(nlp, TESTIMONY)
    assert (person, title, "Subcommittee on Crime and Federal Government Surveillance") in held, held


def test_a_statements_heading_gives_the_witness_his_body_after_for(nlp):
    text = ("Statement of Deputy Assistant Attorney General Tom Reyes for the Antitrust Division Before the Senate "
            "Subcommittee on Competition Policy\n\nThank you for the opportunity to appear today.")
    held, _, _ = held_roles(nlp, text)
    assert ("Tom Reyes", "Deputy Assistant Attorney General", "Antitrust Division") in held, held


# -- an overseer's recommendations to a body (guideline 10: assessment) -----------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Government Accountability Office made four recommendations to the Transportation Security Administration.",
     ("Government Accountability Office", "Transportation Security Administration")),
    ("In May, GAO identified 12 priority recommendations for the Federal Emergency Management Agency.",
     ("Government Accountability Office", "Federal Emergency Management Agency")),
    ("The Inspector General recommended that the Bureau of Prisons improve its staffing.",
     ("Inspector General", "Federal Bureau of Prisons")),
])
def test_an_overseers_recommendations_to_a_body_oversee_it(nlp, text, pair):
    assert pair in link_pairs(nlp, text, "OVERSEES"), link_pairs(nlp, text, "OVERSEES")


def test_recommendations_from_a_working_group_are_no_oversight(nlp):
    text = "The working group on youth crime will make recommendations to the Home Office in June."
    assert not link_pairs(nlp, text, "OVERSEES")
