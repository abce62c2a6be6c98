"""Statistic patterns of unseen text (issue 12): sums whose measure is what the clause does with them, written for
these tests (UK and US phrasing, invented bodies and figures), not taken from any evaluation set."""
from __future__ import annotations

import pytest

from kg.extract.facts import StatisticFact
from kg.extract.statistics import find_statistics

pytestmark = pytest.mark.model


def facts(en, text: str) -> dict[float, StatisticFact]:
    return {f.value: f for f in find_statistics(en(text))}


@pytest.mark.parametrize("text, value, words", [
    ("The department has given more than $3 million to community groups in Ohio.", 3_000_000,
     {"funding", "given", "community", "groups"}),
    ("The Home Office awarded £8 million to police forces in the north.", 8_000_000, {"awarded", "police", "forces"}),
    ("The foundation granted $750,000 to youth clubs across the county.", 750_000, {"granted", "youth", "clubs"}),
    ("NIJ announced it has awarded nearly $63 million to school districts through the initiative.", 63_000_000,
     {"awarded", "school", "districts"}),
])
def test_a_sum_given_to_someone_is_funding_for_them(en, text, value, words):
    """``gave $3m to community groups``: the parse hangs the receiver as a dative; the sum is funding given to it."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text, value, words", [
    ("The programme delivered £5.5 million to 29 partners in that period.", 5_500_000, {"funding", "partners"}),
    ("The state provides more than $45 million to 15 school districts.", 45_000_000, {"funding", "school", "districts"}),
    ("The trust handed £400,000 to 12 local charities.", 400_000, {"funding", "charities"}),
])
def test_a_sum_before_a_counted_receiver_is_no_range(en, text, value, words):
    """``£5.5 million to 29 partners`` reads as a range in the parse; the count's noun receives the sum, and the
    count keeps its own figure."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure
    assert len(found) == 2  # the sum and the count of receivers, nothing more


@pytest.mark.parametrize("text, value, word", [
    ("The minister announced the release of $12 million in grants to support youth outreach.", 12_000_000, "grants"),
    ("The council has paid out £2.4m in compensation to victims of the scheme.", 2_400_000, "compensation"),
    ("Prosecutors recovered the equivalent of $1.1 million in cryptocurrency from the suspects.", 1_100_000,
     "cryptocurrency"),
])
def test_a_sum_in_a_noun_is_that_noun(en, text, value, word):
    """``the release of $12m in grants``: ``in`` names what the sum is, not the noun the sum is ``of``."""
    found = facts(en, text)
    assert word in found[value].measure.split(), found[value].measure


def test_a_sum_in_a_place_or_year_is_not_named_by_it(en):
    found = facts(en, "The force spent £3m in London on new vehicles.")
    assert "london" not in found[3_000_000].measure.lower()


@pytest.mark.parametrize("text, value, words", [
    ("The fraudsters collected an estimated £90,000 from elderly victims.", 90_000, {"money", "collected", "victims"}),
    ("They took in an estimated $479,000 to $753,000 from unsuspecting buyers.", 479_000, {"money", "buyers"}),
    ("They took in an estimated $479,000 to $753,000 from unsuspecting buyers.", 753_000, {"money", "buyers"}),
    ("The gang laundered $4.5 million through shell companies.", 4_500_000, {"money", "laundered", "gang"}),
    ("Two brothers stole £230,000 from a Leeds charity.", 230_000, {"money", "stole", "charity"}),
])
def test_a_sum_moved_by_a_verb_is_money_not_its_mover(en, text, value, words):
    """``the gang laundered $4.5m``: the sum is money laundered (by the gang), not the gang."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


def test_what_a_sum_costs_still_measures_its_subject(en):
    found = facts(en, "The new custody suite cost £14 million.")
    assert "custody" in found[14_000_000].measure


@pytest.mark.parametrize("text, value, words", [
    ("Officers seized 1,200 kilograms of heroin, worth more than £30 million.", 30_000_000, {"worth", "heroin", "seized"}),
    ("Agents recovered 80 kilos of cocaine, worth an estimated $2.4 million.", 2_400_000, {"worth", "cocaine"}),
    ("Detectives found 300 cannabis plants, worth about £250,000.", 250_000, {"worth", "cannabis", "plants"}),
])
def test_worth_of_a_seizure_is_the_worth_of_what_was_seized(en, text, value, words):
    """``1,200 kilograms of heroin, worth £30m``: the worth of the heroin seized, not of the kilograms."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text, value, unit, words", [
    ("One man was jailed for almost 11 months, according to the court.", 11, "months", {"jailed"}),
    ("The officer was jailed for 18 months at Cardiff Crown Court.", 18, "months", {"jailed"}),
    ("A Bristol man was sentenced to six years' imprisonment for the assault.", 6, "years", {"prison", "sentence"}),
    ("The driver was given a 14-month prison sentence.", 14, "months", {"prison", "sentence"}),
    ("The seven defendants received total prison sentences of over 100 years.", 100, "years", {"prison", "sentences"}),
    ("The gang were jailed for a total of 42 years at Leeds Crown Court.", 42, "years", {"total", "jailed"}),
    ("He served four years in prison for the attack.", 4, "years", {"served"}),
])
def test_a_custodial_term_imposed_is_a_figure(en, text, value, unit, words):
    """``jailed for 11 months``, ``sentenced to six years' imprisonment``: the term is the reported figure."""
    found = facts(en, text)
    assert found[value].unit == unit
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text, value, words", [
    ("One audit took 16 years to close.", 16, {"time", "taken", "close", "audit"}),
    ("The remaining 23 audits took an average of 3.3 years to close.", 3.3, {"average", "time", "close"}),
    ("The county took nine months to process the backlog of claims.", 9, {"time", "taken", "process", "backlog"}),
])
def test_the_time_something_took_is_a_figure(en, text, value, words):
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text", [
    "He faces up to 20 years in prison.",
    "She faces a maximum sentence of 10 years.",
    "She faces a 10-year prison sentence.",
    "The review will take six months to complete.",
    "The team spent three years on the review.",
    "Crime fell over the last three years.",
    "The project ran for two years.",
    "The council approved a 12-month pilot scheme.",
])
def test_a_term_faced_a_plan_or_a_period_is_no_figure(en, text):
    assert not facts(en, text)


def test_a_term_of_office_is_no_custodial_term(en):
    assert not facts(en, "The report marks the end of the commissioner's first three-year term.")
    assert not facts(en, "She was appointed for a four-year term in 2019.")


@pytest.mark.parametrize("text, value, word", [
    ("Police recorded 5,400 burglaries in 2022. The figure for 2021 was 5,900.", 5_900, "burglaries"),
    ("The department handled 8,200 complaints. The total for the previous year stood at 7,450.", 7_450, "complaints"),
    ("Police recorded 2,100 thefts of bicycles. The number dropped to 1,890 the following year.", 1_890, "thefts"),
])
def test_a_bare_figure_total_or_number_counts_what_was_counted_before(en, text, value, word):
    """``The figure for 2021 was 5,900``: a container noun with nothing of its own counts the things just counted."""
    found = facts(en, text)
    assert word in found[value].measure.split(), found[value].measure


@pytest.mark.parametrize("text, value, word", [
    ("Officers made 312 arrests in March. In April there were 287.", 287, "arrests"),
    ("The city recorded 41 homicides in 2022. In 2023 there were 35.", 35, "homicides"),
    ("Trading Standards received 920 complaints about doorstep sellers last year, and this year there have been 1,040.",
     1_040, "complaints"),
])
def test_there_were_n_counts_what_was_counted_before(en, text, value, word):
    found = facts(en, text)
    assert word in found[value].measure.split(), found[value].measure


def test_there_were_n_with_nothing_counted_before_is_no_figure(en):
    assert not facts(en, "In April there were 287.")


@pytest.mark.parametrize("text, value, words", [
    ("Around 72% were satisfied with the service.", 72, {"satisfied", "service"}),
    ("In 2022, 15% said they felt unsafe walking alone after dark.", 15, {"said", "unsafe"}),
    ("A poll of residents found 58% were worried about car crime.", 58, {"worried", "car", "crime"}),
    ("Of the 400 officers surveyed, 212 said they had been assaulted on duty.", 212, {"officers", "assaulted"}),
])
def test_a_bare_share_is_measured_by_what_it_is_or_said(en, text, value, words):
    """``72% were satisfied with the service``: the predicate says what the share is."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text, value, words", [
    ("The average wait for an ambulance was 14 hours.", 14, {"average", "wait", "ambulance"}),
    ("The median time from charge to trial was 352 days.", 352, {"median", "time", "charge", "trial"}),
    ("Victims waited an average of 280 days for their case to reach court.", 280, {"average", "time", "waited"}),
    ("Cases took on average 700 days to complete.", 700, {"average", "time", "complete"}),
    ("It is now 18 months since the closure of the custody suite.", 18, {"time", "since", "closure"}),
    ("It's more than two years since the merger of the county forces.", 2, {"time", "since", "merger"}),
])
def test_a_length_of_time_that_is_the_figure(en, text, value, words):
    """``The average wait was 14 hours``, ``It is 18 months since the closure``: the length is what is reported."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text", [
    "The consultation period was six weeks ago.",
    "It is three years since 2020.",
    "It was two years ago.",
    "The scheme will last for three years.",
])
def test_a_date_or_a_plan_is_no_length_of_time(en, text):
    assert not facts(en, text)


@pytest.mark.parametrize("text, value, words", [
    ("Nearly 30% had a previous conviction.", 30, {"had", "previous", "conviction"}),
    ("About 12% remain in custody.", 12, {"remain", "custody"}),
    ("Some 15% became victims again within a year.", 15, {"became", "victims"}),
    ("Of the officers questioned, 240 had received no training.", 240, {"received", "training"}),
])
def test_a_bare_share_with_a_state_verb_is_measured_by_its_complement(en, text, value, words):
    """``30% had a previous conviction``: the light verb's complement says what the share is."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text, value, words", [
    ("The government launched a new Safer Streets Fund. The fund is worth £45 million.", 45_000_000,
     {"worth", "Safer", "Streets", "Fund"}),
    ("The Violence Reduction Unit was set up in 2019. It received £7 million in its first year.", 7_000_000,
     {"funding", "Violence", "Reduction", "Unit"}),
    ("The county has a new drug treatment service. The service will receive $3.5 million a year.", 3_500_000,
     {"funding", "drug", "treatment", "service"}),
    ("Local charities received £2 million from the scheme.", 2_000_000, {"funding", "received", "charities"}),
])
def test_a_sum_received_or_worth_names_its_receiver(en, text, value, words):
    """``It received £7m``: funding for what ``it`` stands for in the sentence before."""
    found = facts(en, text)
    assert words <= set(found[value].measure.split()), found[value].measure


@pytest.mark.parametrize("text, value, sentences", [
    ("The force's budget was cut by £1.2m. Officers said morale was low.", 1_200_000, 2),
    ("Seizures at the port were worth $2m. Agents arrested four men.", 2_000_000, 2),
    ("The county council set aside £300k. The money pays for street lights.", 300_000, 2),
    ("Funding for the task force rose to $45m.", 45_000_000, 1),
])
def test_a_sum_with_a_multiplier_letter_before_a_full_stop_is_read_whole(nlp, text, value, sentences):
    """``£1.2m.`` at the end of a sentence: the tokenizer kept ``m.`` whole as an initial, so the figure read as 1.2
    and the next sentence joined this one; the letter is the sum's multiplier and the stop ends the sentence."""
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences
    assert value in {f.value for f in find_statistics(doc)}


@pytest.mark.parametrize("text, value, words, body", [
    ("Police forces made 5,300 drug arrests in 2023. Greater Manchester Police led with 820, followed by "
     "Merseyside Police with 610.", 820, {"drug", "arrests"}, "Greater Manchester Police"),
    ("Police forces made 5,300 drug arrests in 2023. Greater Manchester Police led with 820, followed by "
     "Merseyside Police with 610.", 610, {"drug", "arrests"}, "Merseyside Police"),
    ("Sheriff's offices reported 9,400 DUI arrests statewide. Cook County led with 1,150, followed by Lake County "
     "with 480.", 480, {"DUI", "arrests"}, "Lake County"),
    ("The state recorded 2,100 carjackings last year. Chicago accounted for most of them, with 1,400.", 1400,
     {"carjackings"}, "Chicago"),
    ("Forces in England recorded 48,000 knife offences. Kent Police came third, with 2,250.", 2250,
     {"knife", "offences"}, "Kent Police"),
])
def test_a_named_body_with_a_bare_figure_has_some_of_what_was_counted_before(nlp, text, value, words, body):
    """``Greater Manchester Police led with 820``: a ranking of bodies or places; the figure counts what the
    figure before counted, for that body, not the body's name."""
    measure = facts(nlp, text)[value].measure
    assert words <= set(measure.split()) and measure.endswith(f"for {body}"), measure
