"""Statistic forms of guideline 6 (issue 12, session 10): number forms and non-figures written for these tests (UK
and US phrasing, invented bodies and figures), each checked against the guideline's own definitions, not taken
from any evaluation set."""
from __future__ import annotations

import pytest

from kg.extract.facts import StatisticFact
from kg.extract.statistics import find_statistics

pytestmark = pytest.mark.model


def facts(en, text: str) -> dict[float, StatisticFact]:
    return {f.value: f for f in find_statistics(en(text))}


# -- fractions: a number word over a denominator word is a share, as a percentage ---------------------------------

@pytest.mark.parametrize("text, value, word", [
    ("Two-thirds of the cases reviewed by inspectors were judged insufficient.", 66.7, "cases"),
    ("Almost three-quarters of respondents in Devon said they felt safe after dark.", 75, "respondents"),
    ("Police in Ohio said two thirds of burglaries went unsolved last year.", 66.7, "burglaries"),
    ("One-fifth of officers in the department were on restricted duties.", 20, "officers"),
    ("Nearly one quarter of victims were children, the FBI said.", 25, "victims"),
])
def test_a_fraction_in_words_is_a_share_of_what_follows_of(en, text, value, word):
    """Guideline 6 annotates numeric facts, and a fraction with a number ("two-thirds") is one: its value is the
    share as a percentage, its measure the noun it is a fraction of."""
    found = facts(en, text)
    assert value in found, {f.value: f.measure for f in found.values()}
    assert found[value].unit == "percent"
    assert word in found[value].measure.lower().split(), found[value].measure


@pytest.mark.parametrize("text", [
    "Nearly half of victims knew their attacker.",
    "A third of stops in Kent led to an arrest.",
    "About a quarter of the force's budget goes on overtime.",
    "The inquiry took two-thirds of the year.",
])
def test_a_share_with_no_number_or_of_a_time_is_no_figure(en, text):
    """"nearly half" (no number) is not annotated (guideline 6); a fraction of a year is a length of time."""
    assert not facts(en, text)


# -- a number that ends a proper name is a label ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The investigation, Operation Trident 2, began after the shootings.",
    "Interstate 95 was closed for hours after the crash.",
    "Detectives working on Operation Sceptre 3 made the arrests.",
    "The Apollo 11 mission landed in July.",
    "The office announced a second phase of Fiscal Year 2020 grants for the program.",
])
def test_a_number_ending_a_name_is_no_figure(en, text):
    """Numbers inside names are no statistics: "Operation Trident 2", "Interstate 95"."""
    assert not facts(en, text)


@pytest.mark.parametrize("text, value, word", [
    ("The Home Office gave Kent 12 new vans.", 12, "vans"),
    ("The FBI told Congress 40 agents had been injured.", 40, "agents"),
    ("The grant gives Baltimore 250 more officers.", 250, "officers"),
])
def test_a_count_the_recogniser_ran_into_a_name_is_still_a_count(en, text, value, word):
    """"Kent 12" read as one name: the number still counts the plural noun after the name."""
    found = facts(en, text)
    assert value in found, {f.value: f.measure for f in found.values()}
    assert word in found[value].measure.split(), found[value].measure


def test_a_figure_listed_for_a_place_is_still_a_figure(en):
    """The name rule leaves the figures listed after a body: "Surrey Police 40" counts what the list counts."""
    found = facts(en, "The Metropolitan Police recorded 109 homicides, West Midlands Police 40 and Thames Valley 12.")
    assert {109, 40, 12} <= set(found)


# -- hours and days counted as an amount of work are figures ------------------------------------------------------

@pytest.mark.parametrize("text, value, words", [
    ("Young people in Fife contributed 64,240 volunteering hours to the scheme.", 64_240, {"volunteering", "hours"}),
    ("Officers logged 3,200 overtime hours during the Pride weekend operation.", 3_200, {"overtime", "hours"}),
    ("The force lost 9,000 officer days to sickness last year.", 9_000, {"officer", "days"}),
    ("The county funded 1,500 hours of youth work in Baltimore.", 1_500, {"hours", "youth", "work"}),
    ("Detectives trawled through 2,000 hours of CCTV footage.", 2_000, {"hours", "footage"}),
])
def test_hours_counted_as_work_are_a_figure(en, text, value, words):
    """Guideline 6 counts durations when they are the reported figure: hours given, logged or lost are an amount,
    not the length of anything."""
    found = facts(en, text)
    assert value in found, {f.value: f.measure for f in found.values()}
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text", [
    "The standoff in Dayton lasted 12 hours.",
    "Suspects must be charged or released within 24 hours.",
    "Officers can hold a suspect for 96 hours with a warrant.",
    "The disorder in Leicester followed three days of rioting.",
    "The campaign opened with 100 days of action.",
])
def test_a_length_of_time_is_no_figure(en, text):
    assert not facts(en, text)


# -- a series of figures by place counts what its first figure counts ---------------------------------------------

@pytest.mark.parametrize("text, values, words", [
    ("The FBI arrested 73 people in Texas, 12 in Ohio and 9 in Utah.", (12, 9), {"people", "arrested"}),
    ("Police recorded 4,100 burglaries in Leeds and 2,900 in Bradford.", (2_900,), {"burglaries"}),
    ("Officers seized 40 guns in Kent, 25 in Essex and 12 in Sussex.", (25, 12), {"guns", "seized"}),
    ("The ATF traced 5,000 firearms to Georgia and 3,200 to Florida.", (3_200,), {"firearms"}),
])
def test_a_bare_figure_for_the_next_place_counts_what_the_first_counts(en, text, values, words):
    found = facts(en, text)
    for value in values:
        assert value in found, {f.value: f.measure for f in found.values()}
        assert words <= set(found[value].measure.split()), found[value].measure


# -- emergency numbers name a kind of call ------------------------------------------------------------------------

def test_an_emergency_number_before_calls_is_no_figure(en):
    found = facts(en, "The force answered 92% of 999 calls within 10 seconds.")
    assert set(found) == {92}
    assert "calls" in found[92].measure.split()


def test_an_emergency_number_after_a_scale_is_not_part_of_the_figure(en):
    found = facts(en, "Dispatchers in Phoenix handled 1.2 million 911 calls in 2022.")
    assert set(found) == {1_200_000}


# -- "N of whom": the relative clause's noun ----------------------------------------------------------------------

@pytest.mark.parametrize("text, value, word", [
    ("The scheme supported 2,300 young people, 60% of whom had been excluded from school.", 60, "people"),
    ("The panel reviewed 310 deaths in custody, 12% of which involved restraint.", 12, "deaths"),
    ("Deputies detained 85 drivers, 30 of whom were over the limit.", 30, "drivers"),
])
def test_a_share_of_whom_counts_the_noun_the_clause_hangs_on(en, text, value, word):
    found = facts(en, text)
    assert value in found, {f.value: f.measure for f in found.values()}
    assert word in found[value].measure.split(), found[value].measure


def test_an_age_of_whom_is_no_figure(en):
    found = facts(en, "Police charged 120 men, 45 of whom were under 25.")
    assert 25 not in found and {120, 45} <= set(found)


# -- how often something was done is a count; a multiple is no figure ---------------------------------------------

@pytest.mark.parametrize("text, value, words", [
    ("The protocol was used three times last year.", 3, {"times", "protocol"}),
    ("The Met has used the dispersal power 12 times since April.", 12, {"times", "power"}),
    ("Taser was fired 40 times by officers in Kent.", 40, {"times", "fired"}),
    ("Deputies were called to the address 14 times in 2023.", 14, {"times", "called"}),
])
def test_how_often_something_was_done_is_a_count(en, text, value, words):
    found = facts(en, text)
    assert value in found, {f.value: f.measure for f in found.values()}
    assert found[value].unit == "count"
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text", [
    "Offenders released early were three times more likely to reoffend.",
    "The county's rate is three times the national average.",
    "Black people were seven times as likely to be stopped.",
    "The rate for men was four times higher than for women.",
    "The figures come from two different sources.",
    "Grants were awarded under three different solicitations in Ohio.",
])
def test_a_multiple_or_a_count_of_kinds_is_no_figure(en, text):
    """A multiple compares two figures and is not one ("three times the national average"); "two different
    sources" names kinds, not a counted thing."""
    assert not facts(en, text)


# -- labels of several numbered things, and bands of a ranking ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The M25 was closed between junctions 10 and 11 after the crash.",
    "The powers are set out in sections 4 to 6 of the Act.",
    "Calls in categories 1 and 2 are answered first.",
    "The force is one of the top 10 performers in England.",
    "Chicago remains in the top five cities for gun crime.",
])
def test_numbered_labels_and_ranking_bands_are_no_figures(en, text):
    """Labels ("junctions 10 and 11") and thresholds of a ranking ("in the top five") are no statistics."""
    assert not facts(en, text)


def test_a_count_after_top_that_is_not_a_band_is_kept(en):
    found = facts(en, "Ministers approved funding for the top 20 areas affected by violence.")
    assert 20 in found and "areas" in found[20].measure.split()


# -- what a sum is for, when the clause says it -------------------------------------------------------------------

@pytest.mark.parametrize("text, value, words", [
    ("The government is investing £200m in the Youth Endowment Fund over ten years.", 200_000_000,
     {"funding", "Youth", "Endowment", "Fund"}),
    ("The bill includes $2 billion for border security.", 2_000_000_000, {"funding", "border", "security"}),
    ("The county budget has $40 million for new jail beds.", 40_000_000, {"funding", "jail", "beds"}),
])
def test_a_sum_is_funding_for_what_the_clause_puts_it_in_or_towards(en, text, value, words):
    """A sum invested in a fund, or included in a bill for a purpose, is funding for that fund or purpose, not the
    bill or the bare word "funding"."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


def test_a_sum_spent_in_a_place_is_not_named_by_the_place(en):
    found = facts(en, "The council invested £3m in London last year.")
    assert "London" not in found[3_000_000].measure


@pytest.mark.parametrize("text, value, words", [
    ("There was a reduction of 15% in knife crime in Essex.", 15, {"knife", "crime"}),
    ("The figures show an increase of 2,300 in violent offences.", 2_300, {"violent", "offences"}),
    ("Ohio saw a rise of 12 percent in carjackings in 2023.", 12, {"carjackings"}),
])
def test_a_change_of_n_in_something_measures_that_thing(en, text, value, words):
    """"a reduction of 15% in knife crime": the parse hangs "in knife crime" on the figure, not on the change."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text, value, words", [
    ("The council approved a package of £4m, including £1m for CCTV.", 1_000_000, {"funding", "CCTV"}),
    ("The fund totals $30 million, including $5 million for victim services in Texas.", 5_000_000,
     {"funding", "victim", "services"}),
])
def test_a_sum_included_in_another_is_funding_for_its_own_purpose(en, text, value, words):
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


# -- the low end of a range shares the high end's scale -----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Between 5 and 6 million people in the US were victims of fraud.", 5_000_000),
    ("The new border wall will cost between $4 and $5 billion.", 4_000_000_000),
    ("The court backlog is forecast at 48-52,000 outstanding cases.", 48_000),
    ("Recorded fraud rose from 3 to 3.8 million offences.", 3_000_000),
])
def test_the_low_end_of_a_range_takes_the_scale_of_the_high_end(en, text, value):
    """"between 5 and 6 million" is 5 million to 6 million: value normalisation (guideline 6) of both ends."""
    found = facts(en, text)
    assert value in found, sorted(found)


@pytest.mark.parametrize("text, value", [
    ("The number of victims rose by 300 to 1.2 million.", 300),
    ("Police recorded 12 to 15 incidents a week in Hull.", 12),
])
def test_a_change_or_a_small_range_keeps_its_value(en, text, value):
    found = facts(en, text)
    assert value in found, sorted(found)


@pytest.mark.parametrize("text, low, high, unit", [
    ("The scheme will cost £2-3 million a year.", 2_000_000, 3_000_000, "GBP"),
    ("The repairs to the Texas border wall will cost $4 to 5 billion.", 4_000_000_000, 5_000_000_000, "USD"),
])
def test_both_ends_of_a_range_of_sums_are_money(en, text, low, high, unit):
    found = facts(en, text)
    assert {low, high} <= set(found), sorted(found)
    assert found[low].unit == found[high].unit == unit


def test_a_count_after_a_sum_is_no_sum(en):
    found = facts(en, "Officers seized £2m and 3 cars in Bolton.")
    assert found[3].unit == "count"


@pytest.mark.parametrize("text", [
    "The victim, a mother of three, died at the scene in Croydon.",
    "Smith, a father of two from Ohio, was charged on Friday.",
])
def test_a_parent_of_n_is_no_figure(en, text):
    """"a mother of three" describes a person, as an age does (guideline 6: ages are no statistics)."""
    assert not facts(en, text)
