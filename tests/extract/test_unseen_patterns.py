"""Patterns kg must handle on text it has never seen (issue 12), on sentences written for these tests.

Each test states a linguistic pattern, not a document: titles before a name and ``of`` + a body, two bodies
joined by ``and``, oversight only from a sentence that states it, the status of a measure that is only
considered, proposed, planned, rejected or denied.
"""
from __future__ import annotations

import pytest

import kg

pytestmark = pytest.mark.model


def facts(nlp, text: str):
    f = kg.extract_facts(nlp(text), "t")
    names = {n.id: n.name for n in f.nodes}
    nodes = {(n.type, n.name) for n in f.nodes if n.type not in ("Quote", "Statistic")}
    links = [(names.get(l.source, l.source), l.type, names.get(l.target, l.target), l.props) for l in f.links
             if l.type != "MENTIONS"]
    return f, nodes, links


def rel(links, type_):
    return {(s, t) for s, ty, t, _ in links if ty == type_}


def roles(links):
    return {(s, p.get("title"), t) for s, ty, t, p in links if ty == "HOLDS_ROLE"}


@pytest.mark.parametrize("title,name,body", [
    ("Chief Constable", "Jane Doe", "Kent Police"),
    ("Chief Constable", "Mark Collins", "Eastmoor Constabulary"),
    ("Police and Crime Commissioner", "Amira Hassan", "Northvale Police"),
])
def test_title_name_of_body(nlp, title, name, body):
    _, nodes, links = facts(nlp, f"{title} {name} of {body} said 40 knives were seized.")
    assert ("Person", name) in nodes
    assert ("Organisation", body) in nodes
    assert not any(n for t, n in nodes if " of " in n and name.split()[-1] in n)
    assert (name, title, body) in roles(links)
    assert (name, body) not in rel(links, "SAID")
    assert any(s == name and ty == "SAID" for s, ty, _, _ in links)


def test_two_forces_joined_by_and_stay_two(nlp):
    _, nodes, _ = facts(nlp, "Kent Police and Essex Police signed a new agreement on roads policing.")
    assert ("Organisation", "Kent Police") in nodes
    assert ("Organisation", "Essex Police") in nodes
    assert not any("Kent Police and" in n for _, n in nodes)


def test_and_inside_one_body_name_is_kept(nlp):
    _, nodes, _ = facts(nlp, "The Northvale Police and Crime Panel met on Tuesday.")
    assert any(t == "Organisation" and "Police and Crime Panel" in n for t, n in nodes)


def test_registry_knowledge_asserts_no_oversight(nlp):
    """The IOPC oversees forces, but a sentence that does not say so gives no OVERSEES."""
    _, nodes, links = facts(nlp, "A former IOPC investigator has joined Kent Police. HMICFRS and Kent Police both "
                                 "attended the conference.")
    assert ("Organisation", "Kent Police") in nodes
    assert not rel(links, "OVERSEES")


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Northshire Inspectorate has today published a report into the performance of Westshire Police.",
     "Northshire Inspectorate", "Westshire Police"),
    ("The Northshire Inspectorate published its findings on Cleveland Police, which we inspected in the spring.",
     "Northshire Inspectorate", "Cleveland Police"),
    ("The Northshire Inspectorate strives to hold the Bureau of Prisons' employees accountable.",
     "Northshire Inspectorate", "Federal Bureau of Prisons"),
    ("The Police and Crime Panel holds Westshire Police to account.", "Police and Crime Panel", "Westshire Police"),
])
def test_oversight_stated_in_the_sentence(nlp, text, overseer, overseen):
    _, _, links = facts(nlp, text)
    assert (overseer, overseen) in rel(links, "OVERSEES")


def test_a_report_by_anyone_else_is_no_oversight(nlp):
    _, _, links = facts(nlp, "The BBC published a report into the collapse of Northern Rock.")
    assert not rel(links, "OVERSEES")


def statuses(links):
    return {(s, t): p.get("status") for s, ty, t, p in links if ty == "ANNOUNCED"}


@pytest.mark.parametrize("text,agent,policy,status", [
    ("Scotland Yard said it is considering using armed foot patrols in the town centre, although this was not "
     "being planned as a routine measure.", "Metropolitan Police Service", "armed foot patrols", "considered"),
    ("The Home Office has proposed a new Knife Crime Prevention Order.", "Home Office", "Knife Crime Prevention Order",
     "proposed"),
    ("The Home Office announced plans to introduce a national register of dangerous dog owners.", "Home Office",
     "register of dangerous dog owners", "planned"),
    ("Westshire Police will not introduce the Safer Roads Scheme.", "Westshire Police", "Safer Roads Scheme", "rejected"),
    ("The Home Office launched the Safer Streets Fund in 2020.", "Home Office", "Safer Streets Fund", "announced"),
])
def test_announcement_status(nlp, text, agent, policy, status):
    _, _, links = facts(nlp, text)
    got = statuses(links)
    assert got.get((agent, policy)) == status, got


def test_every_announced_link_has_a_status(nlp):
    _, _, links = facts(nlp, "The Mayor of London, Sadiq Khan, launched the Violence Reduction Unit. "
                             "The Home Office set up the Serious Violence Taskforce.")
    ann = [p for _, ty, _, p in links if ty == "ANNOUNCED"]
    assert ann and all(p.get("status") == "announced" for p in ann)


def saids(links):
    return [(s, p.get("quote")) for s, ty, _, p in links if ty == "SAID"]


def test_split_quote_is_one_quotation_from_its_first_part(nlp):
    _, _, links = facts(nlp, "Chief Constable Mark Collins of Westshire Police spoke to reporters.\n\n"
                             "“We will not rest,” the Chief Constable continued, “until every knife is off our streets.”")
    assert saids(links) == [("Mark Collins", "We will not rest, until every knife is off our streets.")]


def test_quote_reopened_after_its_attribution_is_one_entry(nlp):
    # guideline 8: a quote split around its attribution is one entry that starts at the first part
    _, _, links = facts(nlp, "“We will not rest,” said Mark Collins. “Every knife will be off our streets by summer.”")
    assert [q for _, q in saids(links)] == ["We will not rest, Every knife will be off our streets by summer."]


def test_unnamed_official_speaks_under_the_title(nlp):
    _, nodes, links = facts(nlp, "Officers seized 40 knives in Westshire last week.\n\n"
                                 "“We will not rest,” the Chief Constable continued, “until every knife is off our streets.”")
    assert ("Person", "Chief Constable") in nodes
    assert saids(links) == [("Chief Constable", "We will not rest, until every knife is off our streets.")]


def test_a_title_named_later_in_the_story_is_that_person(nlp):
    _, nodes, links = facts(nlp, "The Chancellor announced in the Budget that police funding would rise.\n\n"
                                 "Chancellor of the Exchequer, Rachel Reeves said:\n\n"
                                 "“This money will put more officers on our streets.”")
    assert ("Person", "Chancellor") not in nodes
    assert {s for s, _ in saids(links)} == {"Rachel Reeves"}


@pytest.mark.parametrize("text,name,title", [
    ("“Crime is falling,” said Secretary of Public Safety Andrea M. Lowe.", "Andrea M. Lowe", "Secretary of Public Safety"),
    ("“Crime is falling,” said Secretary of Education Margaret T. Holloway.", "Margaret T. Holloway",
     "Secretary of Education"),
    ("“This grant matters,” said Secretary of Transportation Pete P. Buttigieg, “for every town.”", "Pete P. Buttigieg",
     "Secretary of Transportation"),
    ("Director of Public Prosecutions Max Hill said the law was clear.", "Max Hill", "Director of Public Prosecutions"),
])
def test_title_with_its_remit_before_a_name(nlp, text, name, title):
    f, nodes, links = facts(nlp, text)
    assert ("Person", name) in nodes
    person = next(n for n in f.nodes if n.name == name)
    assert title in person.titles or (name, title) in {(s, p.get("title")) for s, ty, _, p in links if ty == "HOLDS_ROLE"}
    assert any(s == name for s, _ in saids(links))


def test_names_that_begin_with_a_charge_word_are_kept(nlp):
    _, nodes, _ = facts(nlp, "The Trafficking Victims Protection Act was renewed. The Possession Crime Unit and the "
                             "Trafficking Task Force met. Jones was charged with Possession With Intent to Distribute Cocaine.")
    assert ("Policy", "Trafficking Victims Protection Act") in nodes
    assert ("Organisation", "Possession Crime Unit") in nodes
    assert ("Organisation", "Trafficking Task Force") in nodes
    assert not any("Intent" in n for _, n in nodes)


def policies(nodes):
    return {n for t, n in nodes if t == "Policy"}


@pytest.mark.parametrize("text", [
    "It is a proven program.",
    "We need sound policies to cut crime.",
    "Our crime reduction strategy is working.",
    "The force promised increased patrols in the town centre.",
    "The Department announced grant funding last year.",
    "The funding will help. The initiative has worked.",
])
def test_generic_phrases_are_no_policies(nlp, text):
    _, nodes, _ = facts(nlp, text)
    assert policies(nodes) == set()


def test_concrete_measures_are_policies_and_announced(nlp):
    f, nodes, links = facts(nlp, "The Home Secretary, Priti Patel, announced the recruitment of 5,000 extra detectives. "
                                 "Mayor Jane Roe made a pledge of 300 new PCSOs. "
                                 "The Department of Education awarded $40 million in grants for school safety.")
    assert {"recruitment of 5,000 extra detectives", "pledge of 300 new PCSOs", "grants for school safety"} <= policies(nodes)
    grants = next(n for n in f.nodes if n.name == "grants for school safety")
    assert "$40 million in grants for school safety" in grants.aliases
    assert {("Priti Patel", "recruitment of 5,000 extra detectives"),
            ("Department of Education", "grants for school safety")} <= rel(links, "ANNOUNCED")


@pytest.mark.parametrize("text,agent,policy", [
    ("Justice Department Announces Safe Schools Partnership Program\n\nThe Justice Department said schools would benefit.",
     "United States Department of Justice", "Safe Schools Partnership Program"),
    ("The Safer Streets Fund, launched by the Home Office in 2020, has paid for lighting.", "Home Office",
     "Safer Streets Fund"),
    ("The launch of the Safer Streets Fund by the Home Office was welcomed.", "Home Office", "Safer Streets Fund"),
    ("Westshire Police's launch of Operation Sceptre cut knife crime.", "Westshire Police", "Operation Sceptre"),
    ("The Home Office's new Safer Streets Fund opens today.", "Home Office", "Safer Streets Fund"),
    ("Westshire Police is to expand its Knife Crime Prevention Programme.", "Westshire Police",
     "Knife Crime Prevention Programme"),
    ("The Department of Justice awarded $2 million to Westshire County under the Project Safe Neighborhoods program.",
     "United States Department of Justice", "Project Safe Neighborhoods"),
    ("Home Secretary Priti Patel pledged a new Serious Violence Strategy.", "Priti Patel", "Serious Violence Strategy"),
    ("Mayor Jane Roe made a pledge of 300 new PCSOs.", "Jane Roe", "pledge of 300 new PCSOs"),
    ("The Home Office made a commitment to the Safer Streets Fund.", "Home Office", "Safer Streets Fund"),
])
def test_announcement_forms(nlp, text, agent, policy):
    _, _, links = facts(nlp, text)
    assert (agent, policy) in rel(links, "ANNOUNCED")


def test_headline_with_joint_agents(nlp):
    _, _, links = facts(nlp, "Home Office and Mayor Sadiq Khan Launch New Knife Crime Strategy\n\nThe Home Office said "
                             "it was good.")
    assert {("Home Office", "Knife Crime Strategy"), ("Sadiq Khan", "Knife Crime Strategy")} <= rel(links, "ANNOUNCED")


def test_an_owner_without_new_announces_nothing(nlp):
    _, _, links = facts(nlp, "The Met's stop and search tactics were criticised.")
    assert not rel(links, "ANNOUNCED")


@pytest.mark.parametrize("text,person,title,body", [
    ("Westshire Police has cut knife crime by 20%. Chief Constable Mark Collins said the force was proud.",
     "Mark Collins", "Chief Constable", "Westshire Police"),
    ("The Northvale Police Board met on Tuesday to review the budget. Board chairwoman Alice Grant said the plan "
     "was sound.", "Alice Grant", "Chairwoman", "Northvale Police Board"),
    ("WSP Chief Constable Mark Collins said the force was proud. Westshire Police (WSP) has cut crime.",
     "Mark Collins", "Chief Constable", "Westshire Police"),
])
def test_role_takes_its_body_from_the_story(nlp, text, person, title, body):
    _, nodes, links = facts(nlp, text)
    assert (person, title, body) in roles(links)
    assert [n for t, n in nodes if t == "Organisation"] == [body]


def test_two_forces_leave_the_rank_without_a_body(nlp):
    _, _, links = facts(nlp, "Westshire Police has cut knife crime. Essex Police has not. Chief Constable Mark Collins "
                             "said the force was proud.")
    assert not roles(links)


def test_department_and_its_minister_both_announce_when_both_act(nlp):
    _, _, links = facts(nlp, "The Home Office said knife crime was falling. Home Secretary Sajid Javid of the Home "
                             "Office launched the Serious Violence Fund.")
    assert {("Sajid Javid", "Serious Violence Fund"), ("Home Office", "Serious Violence Fund")} <= rel(links, "ANNOUNCED")


def test_a_minister_alone_announces_alone(nlp):
    _, _, links = facts(nlp, "Home Secretary Sajid Javid of the Home Office launched the Serious Violence Fund.")
    assert rel(links, "ANNOUNCED") == {("Sajid Javid", "Serious Violence Fund")}


def test_gerunds_with_no_subject_announce_nothing(nlp):
    _, _, links = facts(nlp, "“Investing in our towns and building a fairer justice system are goals at the heart of "
                             "the Safer Towns Programme,” said Director Amy Hale.")
    assert not rel(links, "ANNOUNCED")


def test_headline_award_for_a_programme_does_not_announce_the_programme(nlp):
    _, _, links = facts(nlp, "Justice Department Awards $20 Million to Support Project Safe Childhood\n\n"
                             "The Justice Department said the grants would help.")
    assert ("United States Department of Justice", "Project Safe Childhood") not in rel(links, "ANNOUNCED")


def test_split_quote_whose_second_part_opens_with_a_name(nlp):
    _, _, links = facts(nlp, "“Let me be clear,” Attorney General Dana Reyes continued, “Operation Lantern is not "
                             "just one idea among many.”")
    assert saids(links) == [("Dana Reyes", "Let me be clear, Operation Lantern is not just one idea among many.")]


def test_a_run_on_quote_ends_where_a_paragraph_is_attributed_afresh(nlp):
    text = ("Westshire Police launched Operation Lantern on Monday. Speaking at the launch, Chief Constable Dana Reyes "
            "said, “Knife crime has fallen for two years. We will keep going.\n\n"
            "“Let me be clear,” the Chief Constable continued, “Operation Lantern is not just one idea among many.”")
    _, _, links = facts(nlp, text)
    quotes = [q for s, q in saids(links) if s == "Dana Reyes"]
    assert len(quotes) == 2
    assert quotes[0].startswith("Knife crime has fallen") and "Let me be clear" not in quotes[0]
    assert quotes[1] == "Let me be clear, Operation Lantern is not just one idea among many."


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Home Affairs Committee heard evidence from Commissioner Mark Rowley.", "Home Affairs Committee", "Mark Rowley"),
    ("The Home Affairs Committee took evidence from Westshire Police and the Home Office.", "Home Affairs Committee",
     "Home Office"),
    ("The Westshire Police and Crime Panel holds Chief Constable Mark Collins to account.",
     "Westshire Police and Crime Panel", "Mark Collins"),
    ("The Northshire Board is responsible for assuring delivery of the Safer Towns Programme.", "Northshire Board",
     "Safer Towns Programme"),
    ("The Serious Violence Taskforce will oversee the Serious Violence Strategy.", "Serious Violence Taskforce",
     "Serious Violence Strategy"),
])
def test_guideline_oversight_phrases(nlp, text, overseer, overseen):
    _, _, links = facts(nlp, text)
    assert (overseer, overseen) in rel(links, "OVERSEES")


def test_evidence_heard_by_a_court_from_a_witness_is_no_oversight_without_names(nlp):
    _, _, links = facts(nlp, "The jury heard evidence from a neighbour who saw the attack.")
    assert not rel(links, "OVERSEES")


def test_we_in_an_officials_quote_is_their_body(nlp):
    text = ("Westshire Police suspended three constables on Friday. Jane Roe, Director General of the Independent "
            "Office for Police Conduct, said: “We are leading the investigation into these officers and have made "
            "good progress.”")
    _, _, links = facts(nlp, text)
    assert rel(links, "OVERSEES") == {("Independent Office for Police Conduct", "Westshire Police")}


def test_officers_investigated_with_two_forces_named_give_no_oversight(nlp):
    _, _, links = facts(nlp, "Westshire Police and Essex Police suspended three constables. The IOPC said: “We are "
                             "leading the investigation into these officers.”")
    assert not rel(links, "OVERSEES")


def test_testimony_header_names_the_witness_and_post(nlp):
    text = ("Statement of Dana K. Reyes Inspector General, U.S. Department of Justice\n\nbefore the\n\n"
            "Committee on the Judiciary\n\nThank you for inviting me to testify today.")
    _, nodes, links = facts(nlp, text)
    assert ("Person", "Dana K. Reyes") in nodes
    assert ("Dana K. Reyes", "Inspector General", "United States Department of Justice") in roles(links)


def test_purpose_clause_needs_more_than_a_bare_verb(nlp):
    _, nodes, _ = facts(nlp, "The Department runs grant programs to ensure that funds are used well.")
    assert not any(n.endswith("to ensure") for n in policies(nodes))


def test_an_unnamed_official_announces_under_the_title(nlp):
    _, nodes, links = facts(nlp, "The Home Secretary today launched the Safer Streets Fund.")
    assert ("Person", "Home Secretary") in nodes
    assert ("Home Secretary", "Safer Streets Fund") in rel(links, "ANNOUNCED")


def test_funds_for_a_definite_recipient_are_no_policy(nlp):
    _, nodes, links = facts(nlp, "The prisons budget grew after the Chancellor provided further funds for the department.")
    assert policies(nodes) == set()
    assert not rel(links, "ANNOUNCED")


@pytest.mark.parametrize("text,agent,policy,status", [
    ("Home Secretary Priti Patel ruled out introducing a national curfew scheme.", "Priti Patel", "curfew scheme",
     "rejected"),
    ("The Home Office denied that it would introduce a national curfew scheme.", "Home Office", "curfew scheme",
     "denied"),
    ("Westshire Police rejected plans to introduce a national curfew scheme.", "Westshire Police", "curfew scheme",
     "rejected"),
    ("The Home Office denied plans to introduce a national curfew scheme.", "Home Office", "curfew scheme", "denied"),
    ("Westshire Police is not considering armed foot patrols.", "Westshire Police", "armed foot patrols", "rejected"),
])
def test_rejected_and_denied_measures(nlp, text, agent, policy, status):
    _, _, links = facts(nlp, text)
    assert statuses(links).get((agent, policy)) == status, statuses(links)
