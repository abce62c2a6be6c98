"""Session 11: times that are the reported figure (guideline 6) and documents that speak for their issuer (guideline
8), on sentences written for these tests (invented bodies, people and figures), with the real English model."""
from __future__ import annotations

import pytest

from kg.extract.statistics import find_statistics

from linkpairs import said_links as said

pytestmark = pytest.mark.model


def figures(en, text: str) -> dict[float, object]:
    return {f.value: f for f in find_statistics(en(text))}


@pytest.mark.parametrize("text, value, words", [
    ("The average response time in the county was 11 minutes last year.", 11, {"average", "response", "time"}),
    ("Ambulance crews took an average of 38 minutes to reach callers.", 38, {"average", "time", "reach"}),
    ("It took firefighters 17 minutes to arrive at the warehouse.", 17, {"time", "arrive"}),
])
def test_a_time_in_minutes_that_is_the_figure(en, text, value, words):
    """Minutes are a length of time like hours and days: the length of a time noun, the time something took."""
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


@pytest.mark.parametrize("text, value, words", [
    ("Burglary cases now take 640 days on average to reach a verdict.", 640, {"average", "time", "reach"}),
    ("It takes an average of 512 days to bring a fraud case to court.", 512, {"average", "time", "bring"}),
])
def test_an_average_time_stated_in_the_present_is_a_figure(en, text, value, words):
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


@pytest.mark.parametrize("text", [
    "It takes three years to train a firearms officer.",  # a general fact, no average stated
    "It will take an average of 900 days to clear the backlog.",  # a forecast
    "The new court will take 18 months to build.",
])
def test_a_time_forecast_or_in_general_is_no_figure(en, text):
    assert not figures(en, text), figures(en, text)


@pytest.mark.parametrize("text, value, words", [
    ("The average time to charge a burglary suspect rose to 93 days.", 93, {"average", "time", "charge"}),
    ("The median waiting time for a hearing fell to 41 weeks in the region.", 41, {"median", "time", "hearing"}),
])
def test_a_time_noun_moved_to_a_new_level_measures_the_time(en, text, value, words):
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


def test_a_time_noun_forecast_to_move_is_no_figure(en):
    assert not figures(en, "The average wait for a hearing will rise to 60 weeks."), \
        figures(en, "The average wait for a hearing will rise to 60 weeks.")


@pytest.mark.parametrize("text, first, second, words", [
    ("The average wait in custody was 19 hours, down from 23 hours a year earlier.", 19, 23, {"average", "wait"}),
    ("The average response time was 13 minutes in 2023, compared with 10 minutes in 2020.", 13, 10,
     {"response", "time"}),
])
def test_the_second_term_of_a_comparison_of_times_counts_the_same_time(en, text, first, second, words):
    found = figures(en, text)
    assert first in found and second in found, found
    assert words <= set(found[second].measure.lower().split()), found[second].measure


def test_a_second_time_with_its_own_frame_is_no_continuation(en):
    """``jailed for six years and banned from driving for three years``: the ban is a penalty of its own (after
    ``for``, no comparison cue), not a second prison term."""
    found = figures(en, "Marsh was jailed for seven years and banned from driving for four years.")
    assert 4 not in found, found


@pytest.mark.parametrize("text, speaker, opening", [
    ("The Ministry of Transport today published its Road Crime Strategy. The strategy says that speeding drivers "
     "cause a third of rural crashes.", "Ministry of Transport", "speeding drivers cause"),
    ("The Institute of Probation has released new guidance. The guidance states that every officer must see "
     "a new client within a week.", "Institute of Probation", "every officer must see"),
])
def test_a_published_document_speaks_for_its_issuer(nlp, text, speaker, opening):
    out = said(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q, _, _ in out), out


def test_a_document_nobody_is_named_as_issuing_speaks_for_no_one(nlp):
    out = said(nlp, "Residents drew up a plan last spring. The plan says the library will stay open.")
    assert not out, out


@pytest.mark.parametrize("text, value, words", [
    ("The county force faces a shortfall of £14 million by 2026.", 14_000_000, {"shortfall"}),
    ("Fire services face a £300 million funding gap over the next two years.", 300_000_000, {"funding", "gap"}),
])
def test_a_sum_a_body_faces_as_a_shortfall_is_a_figure(en, text, value, words):
    """``faces`` marks a penalty (``faces a fine of ...``, ``faces up to 20 years``); a shortfall or gap faced is a
    sum the text reports."""
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


@pytest.mark.parametrize("text", [
    "The director faces a fine of up to £7,500.",
    "The firm faces a maximum penalty of $3 million.",
])
def test_a_penalty_faced_is_still_no_figure(en, text):
    assert not figures(en, text), figures(en, text)


@pytest.mark.parametrize("text, value, words", [
    ("The new custody suite will cost £36 million to build.", 36_000_000, {"cost", "custody", "suite"}),
    ("The surveillance operation cost the council £900,000 to run.", 900_000, {"cost", "operation"}),
])
def test_what_a_sum_costs_to_do_is_the_cost_of_the_subject(en, text, value, words):
    """``will cost £36m to build``: the cost of the suite, not funding to build."""
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


@pytest.mark.parametrize("text, value, words", [
    ("Officers in the county detain 320 people every week under the new powers.", 320, {"people"}),
    ("Fraudsters steal £4 million from pensioners every month.", 4_000_000, {"money", "pensioners"}),
    ("Nearly £3 billion is lost to tax fraud every year.", 3_000_000_000, {"lost", "fraud"}),
])
def test_a_figure_per_period_with_every_is_a_figure(en, text, value, words):
    """``every week`` after a figure gives its period (like ``a year``); only a single case ``every N minutes`` (``one
    driver dies every nine hours``) is a rate with no count."""
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


@pytest.mark.parametrize("text", [
    "One cyclist is injured every day on the city's roads.",
    "A burglary is reported every four minutes.",
])
def test_a_single_case_every_period_is_no_count(en, text):
    assert not figures(en, text), figures(en, text)


@pytest.mark.parametrize("text, value, words", [
    ("£750,000 is for new street lighting in the town centre.", 750_000, {"funding", "street", "lighting"}),
    ("£2.5 million is going to the Probation Service for tagging.", 2_500_000, {"funding", "probation", "service"}),
    ("$9 million was wasted on unused software, the audit found.", 9_000_000, {"money", "wasted", "software"}),
])
def test_a_sum_that_is_the_subject_names_its_use(en, text, value, words):
    """A sum as subject: ``is for X`` (funding for X), ``is going to X`` (funding going to X), ``was wasted on X``
    (money wasted on X)."""
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


@pytest.mark.parametrize("text", [
    "£3 million is for the best.",  # no counted thing named
    "£6 million was seized in Bristol.",  # a place is no use of the money
])
def test_a_sum_subject_with_no_use_named_gets_no_use(en, text):
    found = figures(en, text)
    assert all("best" not in (f.measure or "") and "Bristol" not in (f.measure or "") for f in found.values()), found


def test_a_place_that_speaks_stands_for_its_body_in_the_story(nlp):
    """Guideline 3: a place that acts is the body named after it (``Merseyside`` for Merseyside Police)."""
    out = said(nlp, "Merseyside Police has released its annual figures. Merseyside announced that its burglary rate "
                    "had fallen for a third year.")
    assert any(s == "Merseyside Police" and q.startswith("its burglary rate") for s, q, _, _ in out), out


def test_a_place_with_no_body_of_its_name_speaks_for_no_one(nlp):
    out = said(nlp, "Devon and Cornwall Police arrested two men in Exeter. Exeter said that the market would reopen "
                    "on Friday.")
    assert not any("Police" in s for s, _, _, _ in out), out


@pytest.mark.parametrize("text, value, words", [
    ("Forces recorded 81,000 burglaries, a 6% increase on the year before.", 6, {"increase", "burglaries"}),
    ("There were 1,450 road deaths, a 3 per cent fall on 2022.", 3, {"fall", "road", "deaths"}),
    ("Vehicle theft rose 4%, while shoplifting saw a 9% rise.", 9, {"rise", "shoplifting"}),
])
def test_a_change_that_names_nothing_changed_is_a_change_in_its_neighbour(en, text, value, words):
    """``81,000 burglaries, a 6% increase``: the increase is in what the figure beside it counts; ``X saw a 9%
    rise``: a rise in X."""
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


def test_a_change_with_its_own_complement_keeps_it(en):
    found = figures(en, "Officers made 3,200 arrests, and a 7% rise in reported thefts followed.")
    assert 7 in found and "thefts" in found[7].measure and "arrests" not in found[7].measure, found


@pytest.mark.parametrize("text, value, words", [
    ("This £7 million is part of our strategy for safer roads.", 7_000_000, {"funding", "part", "strategy"}),
    ("The £3 million is a welcome investment in youth diversion.", 3_000_000, {"investment", "youth", "diversion"}),
])
def test_a_sum_that_is_part_of_or_an_investment_says_so(en, text, value, words):
    found = figures(en, text)
    assert value in found and words <= set(found[value].measure.lower().split()), found


def test_a_sum_that_is_a_lot_of_money_names_no_use(en):
    assert not figures(en, "£40,000 is a lot of money for a small charity.")


@pytest.mark.parametrize("text, value, word", [
    ("A £4 million fine was imposed on the landlord.", 4_000_000, "fine"),
    ("The landlord was given a £40,000 fine.", 40_000, "fine"),
    ("The court imposed a fine of $75,000 on the contractor.", 75_000, "fine"),
    ("The lender agreed to pay a $30 million penalty to settle the case.", 30_000_000, "penalty"),
])
def test_a_fine_imposed_or_paid_is_a_sum(en, text, value, word):
    """Like a custodial term imposed, a fine imposed or a penalty paid is money the text reports."""
    found = figures(en, text)
    assert value in found and word in found[value].measure, found


@pytest.mark.parametrize("text", [
    "The landlord faces a maximum fine of £40,000.",
    "Offenders could be given a fine of up to £2,500.",
    "The offence carries a £1,000 fine.",
])
def test_a_fine_faced_or_possible_is_no_figure(en, text):
    assert not figures(en, text), figures(en, text)


def test_a_rate_of_a_gerund_names_the_gerund(en):
    """``the rate of reoffending``: the parse may hang the gerund as a clause of ``of``; the rate is still of it."""
    found = figures(en, "The rate of reoffending among young adults fell to 31%.")
    assert 31 in found and "reoffending" in found[31].measure, found


def test_a_rate_with_nothing_after_of_stays_the_rate(en):
    found = figures(en, "The detection rate fell to 8% last year.")
    assert 8 in found and found[8].measure.lower().endswith("rate"), found
