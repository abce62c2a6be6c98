"""Statistics read from sentences written for these tests (not from any evaluation set)."""
from __future__ import annotations

import pytest

from kg.extract.facts import StatisticFact
from kg.extract.statistics import find_statistics, parse_number

pytestmark = pytest.mark.model


def stats(en, text: str) -> list[StatisticFact]:
    return list(find_statistics(en(text)))


def only(en, text: str) -> StatisticFact:
    found = stats(en, text)
    assert len(found) == 1, [(f.value, f.measure) for f in found]
    return found[0]


def surface(text: str, fact: StatisticFact) -> str:
    return text[fact.span.start:fact.span.end]


def test_number_words_and_scales_parse():
    assert parse_number(["7", "million"]) == 7_000_000
    assert parse_number(["3.7", "million"]) == 3_700_000
    assert parse_number(["eight"]) == 8
    assert parse_number(["2,000"]) == 2000
    assert parse_number(["£1.2bn"]) == 1_200_000_000
    assert parse_number(["twenty", "-", "five"]) == 25
    assert parse_number(["police"]) is None


def test_counted_noun_with_its_verb_is_the_measure(en):
    text = "Officers in London seized 312 firearms and arrested more than 1,400 people during the operation."
    firearms, people = stats(en, text)
    assert (firearms.value, firearms.unit, firearms.measure) == (312, "count", "firearms seized")
    assert people.value == 1400 and people.qualifier == "more than"
    assert people.measure == "people arrested"
    assert surface(text, people) == "more than 1,400 people"
    assert firearms.place == "London"


def test_money_in_words_and_symbols(en):
    text = "The council said up to 4 million pounds has been set aside for youth centres to reduce gang crime."
    fact = only(en, text)
    assert (fact.value, fact.unit, fact.qualifier) == (4_000_000, "GBP", "up to")
    assert "youth centres" in fact.measure
    assert text[fact.source.start:fact.source.end] == "council"
    dollars = only(en, "The department awarded $2.5 million in grant funding to local sheriffs.")
    assert (dollars.value, dollars.unit) == (2_500_000, "USD")
    assert dollars.measure == "grant funding"
    euros = only(en, "Europol froze €300,000 of criminal assets.")
    assert (euros.value, euros.unit, euros.measure) == (300_000, "EUR", "criminal assets")


def test_money_modifying_a_fund_names_the_fund(en):
    fact = only(en, "Ministers topped up the £60 million community safety fund.")
    assert fact.value == 60_000_000 and fact.unit == "GBP"
    assert fact.measure.startswith("community safety fund")


def test_percent_change_of_the_clause_subject(en):
    text = "Burglary in Manchester had fallen by 18% over the past decade, the chief constable said."
    fact = only(en, text)
    assert (fact.value, fact.unit, fact.change) == (18, "percent", "down")
    assert fact.measure == "burglary"
    assert fact.period == "over the past decade"
    assert fact.place == "Manchester"
    assert text[fact.source.start:fact.source.end] == "chief constable"


def test_change_nouns_and_adverbs(en):
    rise = only(en, "There was a 9% rise in shoplifting offences last year.")
    assert (rise.value, rise.change) == (9, "up")
    assert "shoplifting offences" in rise.measure
    down = only(en, "Robbery (down 11%) fell for the third year running.")
    assert (down.value, down.change, down.measure) == (11, "down", "robbery")
    fewer = only(en, "The scheme led to 420 fewer burglaries.")
    assert (fewer.value, fewer.change, fewer.measure) == (420, "down", "burglaries")


def test_bare_number_takes_the_subject_of_the_number_of(en):
    fact = only(en, "The number of fatal shootings in Chicago reached 412 in 2021.")
    assert (fact.value, fact.measure, fact.period) == (412, "fatal shootings", "2021")


def test_level_after_to_is_not_a_change(en):
    pct, level = stats(en, "Reported thefts rose by 6% to 81,300 in the year ending June 2022.")
    assert (pct.value, pct.change) == (6, "up")
    assert (level.value, level.change, level.measure) == (81_300, None, "reported thefts")
    assert level.period == "year ending June 2022"


def test_anaphoric_change_takes_the_previous_figure(en):
    first, second = stats(en, "Police recorded 52,000 stalking offences in 2020. This was up 30% on the year before.")
    assert first.measure == "stalking offences recorded"
    assert second.value == 30 and second.change == "up"
    assert "stalking offences" in second.measure


def test_number_words(en):
    six, one = stats(en, "Six detectives and one member of civilian staff were suspended.")
    assert (six.value, six.measure) == (6, "detectives suspended")
    assert (one.value, one.measure) == (1, "member of civilian staff suspended")
    text = "Investigators interviewed one member of civilian staff."
    member = only(en, text)
    assert member.value == 1 and member.measure == "member of civilian staff interviewed"
    assert surface(text, member) == "one member of civilian staff"


def test_sources(en):
    fact = only(en, "According to the Youth Justice Board, 3,100 children were cautioned.")
    src = fact.source
    assert src is not None
    figures = only(en, "Figures from the Scottish Government show 5,800 drug seizures were made.")
    assert figures.source is not None


def test_fiscal_years_and_qualifiers(en):
    fact = only(en, "Nearly 640 officers joined the force in 2019/20.")
    assert (fact.value, fact.qualifier, fact.period) == (640, "nearly", "2019/20")


@pytest.mark.parametrize("text", [
    "The Offensive Weapons Act 2019 came into force in July.",
    "A boy aged 14 and a girl aged 15 were arrested.",
    "The attack happened at 9.45pm on 4 March 2018.",
    "Anyone with information should call 101 or Crimestoppers on 0800 555 111.",
    "Section 60 of the Criminal Justice and Public Order Act 1994 was invoked.",
    "He was one of the officers at the scene.",
    "At one point the crowd surged forward.",
    "She served for three years as a magistrate.",
    "She was the first woman to lead the force.",
    "1. Introduction",
    "He admitted conspiracy to supply more than 500 grams of heroin.",
])
def test_not_statistics(en, text):
    assert stats(en, text) == []


def test_headline_figure_repeated_in_the_body_is_one_fact(en):
    text = ("Mayor pledges £3 million for knife crime projects\n"
            "The mayor today pledged £3 million for community projects that tackle knife crime.")
    found = stats(en, text)
    assert [f.value for f in found] == [3_000_000]


def test_penalties_are_not_statistics(en):
    assert stats(en, "Each defendant faces a maximum of 40 years in prison and a $5 million fine.") == []


def test_weights_have_a_weight_unit(en):
    fact = only(en, "Border officers seized about 30 kilograms of cocaine.")
    assert (fact.value, fact.unit, fact.qualifier) == (30, "kilograms", "about")
    assert "cocaine" in fact.measure


def test_emergency_numbers_are_not_counts(en):
    assert [f.value for f in stats(en, "The force received calls to 999 from the estate.")] == []


def test_ratios_are_percentages_not_counts(en):
    found = stats(en, "Around three in four victims did not report the crime.")
    assert [(f.value, f.unit, f.measure) for f in found] == [(75, "percent", "victims")]


def test_rate_bases_are_not_counts_and_glued_scales_parse(en):
    found = stats(en, "The rate of knife crime per 100,000 people rose to 85 in London.")
    assert [f.value for f in found] == [85]
    assert found[0].measure == "rate of knife crime"
    fund = only(en, "The £1bn programme was announced in March.")
    assert (fund.value, fund.unit, fund.measure) == (1_000_000_000, "GBP", "programme announced")
    total = only(en, "A total of 12 people have been charged.")
    assert (total.value, total.qualifier, total.measure) == (12, "a total of", "people charged")


@pytest.mark.parametrize("text", [
    "The victim, 34, was taken to hospital with stab wounds.",
    "The maximum penalty is life imprisonment and a fine of $10 million.",
])
def test_ages_in_apposition_and_fines_are_not_statistics(en, text):
    assert stats(en, text) == []


def test_money_paid_in_something(en):
    fact = only(en, "He was ordered to pay $12,500 in restitution.")
    assert (fact.value, fact.unit, fact.measure) == (12_500, "USD", "restitution")


@pytest.mark.parametrize("text", [
    "The inspectors' findings (page 27, paragraph 9) were accepted in full.",
    "Details are set out in paragraphs 14 and 15 of the annual report.",
    "This is just one example of the pressure on custody suites.",
    "Most of the people stopped were under 30.",
    "Residents aged over 70 reported feeling safest.",
    "Young people under 18 cannot be named.",
])
def test_citations_single_examples_and_ages_are_not_figures(en, text):
    assert stats(en, text) == []


def test_a_century_is_no_period(en):
    fact = only(en, "Shoplifting has risen by 18% in the 20th century, the researchers said.")
    assert fact.value == 18 and fact.period is None


@pytest.mark.parametrize("text, value, change, word", [
    ("Vehicle crime was 9% lower than last year.", 9, "down", "vehicle"),
    ("Arson in the county is 22 per cent higher than in 2018.", 22, "up", "arson"),
])
def test_comparative_percentages_change_the_subject(en, text, value, change, word):
    fact = only(en, text)
    assert (fact.value, fact.unit, fact.change) == (value, "percent", change)
    assert word in fact.measure.lower()


@pytest.mark.parametrize("text, value, word", [
    ("The trust has a further £3 million to spend on victim support.", 3_000_000, "victim"),
    ("The county is directing an extra £600,000 to rural patrols.", 600_000, "rural"),
    ("The service spent £8 million in upgrading its radio network.", 8_000_000, "radio"),
    ("The mayor set aside £1 million to invest in mentoring schemes.", 1_000_000, "mentoring"),
])
def test_sums_take_what_they_pay_for(en, text, value, word):
    fact = only(en, text)
    assert (fact.value, fact.unit) == (value, "GBP")
    assert word in fact.measure


def test_second_number_of_a_coordinated_pair_shares_the_measure(en):
    found = stats(en, "Officers executed 90 warrants (60 on county and 30 on city warrants).")
    assert {f.value for f in found} >= {90, 60, 30}
    assert all("warrant" in f.measure for f in found)


def test_the_remaining_n_counts_what_came_before(en):
    found = stats(en, "Twelve prisons passed the inspection; the remaining 20 failed it.")
    assert [(f.value, f.measure) for f in found] == [(12, "prisons"), (20, "prisons")]


def test_an_empty_noun_is_no_measure(en):
    found = stats(en, "The council added £1 million on top of the £4 million agreed in May.")
    assert all(f.measure and "top" != f.measure for f in found)


def test_a_sum_repeated_in_a_quote_is_a_second_mention(en):
    text = ("Prison drugs plan\n\nThe Ministry of Justice will spend £40 million on drug treatment in prisons. "
            "The prisons minister said: \"These £40 million will change lives.\"\n")
    found = stats(en, text)
    assert [f.value for f in found] == [40_000_000, 40_000_000]
    assert all("drug" in f.measure for f in found)
