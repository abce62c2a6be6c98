"""Policy candidates on unseen text (issue 12, session 7): the shapes of policy names the learned scorer's candidate
generator offers, so that the scorer can choose the gold-like boundary. Every sentence is written for these tests
(UK and US bodies, words of their own); each pattern has three or more.
"""
from __future__ import annotations

import pytest

from kg.extract import learned
from kg.extract.policies import find_policies

pytestmark = pytest.mark.model


def names(nlp, text: str) -> set[str]:
    """The candidate names (lower case) the generator offers for ``text``."""
    doc = nlp(text)
    return {c.name.lower() for c in learned.candidates(doc, list(find_policies(doc)))}


def sources(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {c.name.lower(): c.source for c in learned.candidates(doc, list(find_policies(doc)))}


# -- a measure noun with its complement ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The Scottish Government confirmed a £12m investment in secure care for teenagers.", "investment in secure care"),
    ("Officials in Ohio described reforms to the state parole board as overdue.",
     "reforms to the state parole board"),
    ("The county will run pilots of facial recognition vans in two towns.", "pilots of facial recognition vans"),
    ("The sheriff ordered an independent review of the Jail Medical Unit after the deaths.",
     "independent review of the jail medical unit"),
    ("The minister published a plan for 3,000 more hostel places by 2027.", "plan for 3,000 more hostel places"),
])
def test_a_measure_noun_is_offered_with_its_complement(nlp, text, name):
    assert name in names(nlp, text)


def test_a_complement_stops_at_a_comma_and_a_clause(nlp):
    got = names(nlp, "Ministers ordered a review of sentencing, which will report in May.")
    assert "review of sentencing" in got
    assert not any("which" in n or "report" in n for n in got), got


# -- a pledged verb phrase ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The Governor pledged to hire 500 state troopers to patrol the highways.",
     "hire 500 state troopers to patrol the highways"),
    ("The Governor pledged to hire 500 state troopers to patrol the highways.", "hire 500 state troopers"),
    ("Our commitment is to recruit 300 more detectives.", "recruit 300 more detectives"),
    ("The council has promised to build two new youth centres in Leeds.", "build two new youth centres"),
    ("Ministers are committed to repeal and replace the Vagrancy Act.", "repeal and replace the vagrancy act"),
    ("At the core of the mayor's plan is hiring 1,000 additional school counselors.",
     "hiring 1,000 additional school counselors"),
])
def test_a_pledged_measure_verb_phrase_is_offered(nlp, text, name):
    got = sources(nlp, text)
    assert got.get(name) == "vp", got


@pytest.mark.parametrize("text", [
    "The police chief said he would cut crime this year.",
    "The plan will cut crime across the city.",
    "Officers hired a van to move the evidence.",
])
def test_a_verb_phrase_with_no_pledge_or_plan_is_not_offered(nlp, text):
    assert not any(s == "vp" for s in sources(nlp, text).values())


# -- coordinated measures sharing a head -------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The grant pays for mentoring and sports programmes in Glasgow.", "mentoring and sports programmes"),
    ("The money will support restorative justice and family support initiatives across Kent.",
     "restorative justice and family support initiatives"),
    ("£3 million will go to prevention and diversionary activities for teenagers.",
     "prevention and diversionary activities"),
])
def test_coordinated_measures_are_offered_whole(nlp, text, name):
    doc = nlp(text)
    rules = list(find_policies(doc))  # (whole as the candidates' name, or as the rule policy's own form)
    offered = {c.name.lower() for c in learned.candidates(doc, rules)}
    offered |= {a.lower() for p in rules for a in p.aliases}
    assert name in offered, offered


# -- quoted names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,whole,inner", [
    ("£2m goes to a 'Safer Nights Out' fund for pubs and clubs.", "safer nights out' fund", "safer nights out"),
    ("The department launched a \u201cLock It or Lose It\u201d campaign in Phoenix.",
     "lock it or lose it\u201d campaign", "lock it or lose it"),
    ("Schools in Cardiff will run a \u2018Choose Respect\u2019 programme this term.",
     "choose respect\u2019 programme", "choose respect"),
])
def test_a_quoted_name_before_a_policy_noun_is_offered_with_and_without_it(nlp, text, whole, inner):
    got = names(nlp, text)
    assert whole in got and inner in got, got


# -- named instruments in title case -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The Chancellor confirmed the money in the Autumn Statement.", "autumn statement"),
    ("Both forces signed the Cross-Border Policing Agreement in March.", "cross-border policing agreement"),
    ("The new Safer Streets Guarantee sets out what residents can expect.", "safer streets guarantee"),
    ("The Chief Constable's Commendation went to six officers.", "chief constable's commendation"),
    ("The city hosted two Youth Violence Summits last spring.", "youth violence summits"),
    ("Judges can now impose Knife Crime Prevention Orders on teenagers.", "knife crime prevention orders"),
])
def test_title_case_instruments_and_plural_names_are_offered(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text", [
    "The force issued a statement on Tuesday.",
    "Officers passed a fitness test before deployment.",
    "The two sides reached an agreement late on Friday.",
])
def test_lower_case_instrument_words_are_not_offered(nlp, text):
    got = names(nlp, text)
    assert not got & {"statement", "fitness test", "test", "agreement"}, got


# -- a duration is part of the name ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The council opened an eight week consultation on the curfew.", "eight week consultation"),
    ("The state began a 90-day review of its bail policy.", "90-day review"),
    ("Hampshire Constabulary starts a 12 month trial of drone patrols.", "12 month trial"),
])
def test_a_duration_before_a_measure_stays_in_its_name(nlp, text, name):
    assert name in names(nlp, text)


# -- a longer name above the threshold takes the place of a rule span kept as a name --------------------------------

def test_a_longer_candidate_above_the_threshold_replaces_the_name_it_holds():
    from kg.extract.learned import Candidate

    short = Candidate(3, 5, 4, "Women Act", "rule", framed=True)  # kept whatever its score
    whole = Candidate(0, 5, 4, "Violence Against Women Act", "np")
    clause = Candidate(3, 9, 4, "Women Act to fund shelters", "np", verbal=True)
    other = Candidate(10, 12, 11, "curfew scheme", "np")
    kept = learned.select([(1.0, short), (0.6, whole), (0.9, clause), (0.7, other)], 0.5)
    assert kept == [whole, other]
    # below the threshold the longer candidate does not replace it
    assert learned.select([(1.0, short), (0.4, whole)], 0.5) == [short]
    # a longer candidate that adds a clause never does
    assert learned.select([(1.0, short), (0.9, clause)], 0.5) == [short]
    # nor a name with a lower-case policy noun after it ("the Project Guardian campaign" is Project Guardian)
    name = Candidate(2, 4, 3, "Project Guardian", "rule")
    mention = Candidate(2, 5, 4, "Project Guardian campaign", "np", lower_tail=True)
    assert learned.select([(1.0, name), (0.8, mention)], 0.5) == [name]
    # nor lower-case words after a frame's target ("a victim support programme in prisons")
    target = Candidate(2, 5, 4, "victim support programme", "rule", framed=True)
    located = Candidate(2, 7, 4, "victim support programme in prisons", "np", lower_tail=True)
    assert learned.select([(1.0, target), (0.8, located)], 0.5) == [target]


# -- what an announce, introduce or fund verb acts on ------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The Scottish Government will introduce Domestic Abuse Protection Notices next year.",
     "domestic abuse protection notices"),
    ("The county will fund ignition interlock devices for repeat drink drivers.", "ignition interlock devices"),
    ("Ministers unveiled a youth diversion scheme and legal aid changes.", "legal aid changes"),
    ("Texas lawmakers approved ankle monitors for defendants on bail.", "ankle monitors"),
])
def test_the_object_of_an_announce_or_fund_verb_is_offered(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text", [
    "The mayor announced Sarah Jones as the new commissioner.",
    "The force launched the Serious Crime Unit in Leeds.",
    "Officials announced the figures on Monday.",
])
def test_people_bodies_and_bare_nouns_announced_are_not_offered(nlp, text):
    got = names(nlp, text)
    assert not got & {"sarah jones", "serious crime unit", "figures", "the figures"}, got


# -- a bare policy noun in title case refers back to the named policy ---------------------------------------------

def _policy_nodes(nlp, text: str) -> dict[str, set[str]]:
    import kg

    f = kg.extract_facts(nlp(text), "t")
    return {n.name: set(n.aliases) for n in f.nodes if n.type == "Policy"}


@pytest.mark.parametrize("text,name,word", [
    ("Parliament passed the Knife Crime Prevention Act in 2023. Under the Act, courts can ban offenders from parks.",
     "Knife Crime Prevention Act", "Act"),
    ("The Oregon Board adopted the Code of Conduct for Parole Officers. The Code applies from June.",
     "Code of Conduct for Parole Officers", "Code"),
    ("Ministers published the Rural Crime Strategy on Monday. The Strategy commits £20m to farm patrols.",
     "Rural Crime Strategy", "Strategy"),
])
def test_a_bare_title_case_policy_noun_is_a_mention_of_the_named_policy(nlp, text, name, word):
    nodes = _policy_nodes(nlp, text)
    assert name in nodes, nodes
    assert word not in nodes, nodes


@pytest.mark.parametrize("text,first,second", [
    ("Inmates earn credits under the Fair Sentencing Act and Second Look Act in Maryland.",
     "Fair Sentencing Act", "Second Look Act"),
    ("The Safer Streets Fund and Violence Reduction Programme will run until 2026.",
     "Safer Streets Fund", "Violence Reduction Programme"),
    ("Councils bid for the Youth Investment Fund and Community Safety Scheme this year.",
     "Youth Investment Fund", "Community Safety Scheme"),
])
def test_two_coordinated_names_are_not_kept_as_one_name(nlp, text, first, second):
    # the rules join the two names into one span; it is no longer kept as a proper name whatever its score
    nodes = _policy_nodes(nlp, text)
    assert first in nodes, nodes
    assert not any(" and " in n for n in nodes), nodes
    assert f"{first} and {second}" not in names(nlp, text) or not any(second in n for n in nodes if n != second)
