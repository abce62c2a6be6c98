"""Statistic patterns for figures that continue another figure of their sentence, and the other number grammar
kg reads on unseen text. Every sentence here was written for these tests (UK and US wording, other figures and
bodies), not taken from any evaluation set."""
from __future__ import annotations

import pytest

from kg.extract.facts import StatisticFact
from kg.extract.statistics import find_statistics

pytestmark = pytest.mark.model


def facts(en, text: str) -> dict[float, StatisticFact]:
    return {f.value: f for f in find_statistics(en(text))}


def test_second_term_of_a_comparison_counts_what_the_first_counts(en):
    found = facts(en, "The force recorded 1,450 burglaries in 2021, compared with 1,610 in 2020.")
    assert found[1610].measure == found[1450].measure == "burglaries recorded"
    found = facts(en, "Durham made 312 arrests for drug supply last year against 287 the year before.")
    assert "arrests" in found[287].measure
    found = facts(en, "Officers seized 96 firearms in the county in 2019, compared to 71 in 2018 and 64 in 2017.")
    assert found[71].measure == found[64].measure == found[96].measure
    assert "firearms" in found[64].measure


def test_a_series_of_rates_shares_its_measure(en):
    found = facts(en, "Kent reported a detection rate of 14.2% in 2022 and 12.9% in 2021.")
    assert "detection rate" in found[12.9].measure
    found = facts(en, "The clearance rate for homicides stood at 61% in Ohio and 54% in Indiana.")
    assert "clearance rate" in found[54].measure


def test_levels_either_side_of_a_change_count_what_changed(en):
    found = facts(en, "There was a 9% rise in the number of knives surrendered, from 2,300 in March to 2,507 in April.")
    assert "knives" in found[9].measure and found[9].change == "up"
    assert "knives" in found[2300].measure and "knives" in found[2507].measure
    assert found[2300].change is None  # a level, not a change
    found = facts(en, "The county saw a 15% drop in the number of carjackings reported, from 420 to 357.")
    assert "carjackings" in found[420].measure and "carjackings" in found[357].measure


def test_a_bare_figure_without_a_comparison_is_still_no_fact(en):
    # no cue ties 40 to the burglaries: it names nothing
    found = facts(en, "Police recorded 1,200 burglaries. Room 40 was used for interviews.")
    assert 40 not in found


def test_pounds_of_a_substance_are_a_weight_not_money(en):
    found = facts(en, "Border officers in Arizona seized 2,140 pounds of methamphetamine at the crossing last year.")
    assert found[2140].unit == "pounds" and "methamphetamine" in found[2140].measure
    found = facts(en, "The cutter offloaded 18,200 pounds or nine tons of cocaine in Florida.")
    assert found[18200].unit == "pounds" and found[18200].measure.startswith("cocaine")
    found = facts(en, "Detectives recovered 40 pounds (18 kilograms) of cannabis from the flat in Leeds.")
    assert found[40].unit == "pounds"
    # pounds sterling stay money
    found = facts(en, "The council wasted 3 million pounds of taxpayers' money on the scheme.")
    assert found[3000000].unit == "GBP"
    found = facts(en, "Ministers pledged 20 million pounds to tackle county lines gangs.")
    assert found[20000000].unit == "GBP"



def test_a_sum_that_totals_things_measures_those_things(en):
    found = facts(en, "In addition, 24 new grants totaling $3.6 million were awarded to tribal police departments.")
    assert "grants" in found[3600000].measure
    found = facts(en, "The Home Office confirmed 41 contracts, totalling £12 million, with youth charities.")
    assert "contracts" in found[12000000].measure
    found = facts(en, "The regulator secured refunds amounting to $2.3 million for consumers in Texas.")
    assert "refunds" in found[2300000].measure


def test_a_sum_with_no_noun_is_funding_with_what_the_clause_says_of_it(en):
    found = facts(en, "The Scottish Government has made available an extra £4.2m for Police Scotland to recruit staff.")
    assert found[4200000].measure.startswith("funding")
    found = facts(en, "The bill includes $240 million to hire new immigration judges.")
    assert found[240000000].measure == "funding to hire new immigration judges"
    found = facts(en, "The mayor will see £6 million invested in youth clubs across London.")
    assert found[6000000].measure.startswith("funding invested")
    found = facts(en, "A further $12 million will expand the network of crime labs in Ohio.")
    assert found[12000000].measure == "funding to expand network of crime labs"
    found = facts(en, "Councils will share £3m a year available to community groups.")
    assert found[3000000].measure == "funding available to community groups"


def test_numbers_written_without_a_space_or_with_a_half(en):
    found = facts(en, "Ministers confirmed an extra £64million investment in the youth estate.")
    assert found[64000000].unit == "GBP" and "investment" in found[64000000].measure
    found = facts(en, "The bureau's clearance rate reached 88.4percent last year.")
    assert found[88.4].unit == "percent" and "clearance rate" in found[88.4].measure
    found = facts(en, "The scheme delivered more than two and a half million meals to families in Wales.")
    assert 2500000 in found and "meals" in found[2500000].measure
    found = facts(en, "Deputies logged six and a half thousand calls over the holiday in Texas.")
    assert 6500 in found


def test_a_share_that_is_a_subject_takes_what_it_did(en):
    found = facts(en, "- 81% reported an improvement in their confidence")
    assert found[81].measure == "reported improvement in confidence"
    found = facts(en, "Among the trainees, 57% gained a recognised qualification.")
    assert "qualification" in found[57].measure
    found = facts(en, "Overall, 34% completed the course within a year.")
    assert "course" in found[34].measure


def test_a_share_at_the_end_of_a_rate_phrase_is_that_rate(en):
    found = facts(en, "The unit again reported a clearance rate well above the national figure at 71.3%.")
    assert "clearance rate" in found[71.3].measure
    found = facts(en, "Merseyside kept its detection rate for burglary steady at 9%.")
    assert "detection rate" in found[9].measure
    found = facts(en, "The Chicago department posted a homicide clearance rate matching the national average at 54%.")
    assert "clearance rate" in found[54].measure


@pytest.mark.parametrize("text", [
    "Audit Report 07-14 was sent to the board in Ohio.",  # a report number
    "PR-2021-88, March 3, 2021 — The agency published its annual figures.",  # a release code
    "New FY 2024 grant awards will be announced later this year.",  # a fiscal year
    "Bulletin: Recorded Crime, Period Ending March 2019",  # a date in a title
    "Cases are prosecuted under Titles 18 and 26 of the U.S. Code.",  # titles of a code
    "The fund pays for radios for any force with 200 or fewer officers.",  # an eligibility threshold
    "These two priorities run through the whole plan for Kent.",  # things already named, counted again
    "Wandsworth had been in a poor state at its previous three inspections.",
])
def test_labels_thresholds_and_recounts_are_not_statistics(en, text):
    assert not facts(en, text)


def test_a_headline_count_repeated_in_the_body_is_one_fact(en):
    text = ("Home Office Names Four New Pilot Areas\n\n"
            "The Home Office today named four police force areas that will pilot the new scheme from April.\n")
    found = list(find_statistics(en(text)))
    assert [f.value for f in found] == [4] and found[0].span.start > text.index("\n")
    text = "FBI Adds 12 Field Offices to Task Force\n\nAgents from 12 field offices in Texas will join the task force.\n"
    found = list(find_statistics(en(text)))
    assert [f.value for f in found] == [12] and found[0].span.start > text.index("\n")


def test_a_boost_or_package_of_money_is_funding_for_its_purpose(en):
    found = facts(en, "The Home Secretary gives a £12 million boost to tackle county lines.")
    assert found[12000000].measure == "funding boost to tackle county lines"
    found = facts(en, "The governor signed a $40 million package for crime victims in Illinois.")
    assert found[40000000].measure.startswith("funding package") and "victims" in found[40000000].measure
    found = facts(en, "Forces will share a £3m cash injection to recruit more detectives.")
    assert found[3000000].measure.startswith("funding") and "detectives" in found[3000000].measure


def test_a_share_after_with_is_not_what_was_faced(en):
    found = facts(en, "Twelve officers faced gross misconduct hearings, with nine (75%) dismissed from the force.")
    assert 9 in found and "officers" in found[9].measure and "dismissed" in found[9].measure
    assert found[75].measure == found[9].measure


def test_a_gapped_conjunct_counts_its_own_noun(en):
    found = facts(en, "In Leeds burglary fell by 12%, robbery by 9% and vehicle crime by 4%.")
    assert found[9].measure == "robbery" and found[9].change == "down"
    assert found[4].measure == "vehicle crime"
    found = facts(en, "Inspectors found assaults on staff had risen by 30%, self-harm by 18% since the last visit.")
    assert found[18].measure == "self-harm" and found[18].change == "up"


def test_a_listed_figure_counts_its_label(en):
    found = facts(en, "- Firearms trafficking arrests – 1,150 (the task force leads most of these cases)")
    assert found[1150].measure == "Firearms trafficking arrests"
    found = facts(en, "Knife possession offences: 2,204")
    assert "offences" in found[2204].measure

