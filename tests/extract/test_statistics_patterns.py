"""Statistic patterns that generalise across documents: sentences written for these tests, not taken from any
evaluation set."""
from __future__ import annotations

import pytest

from kg.extract.facts import StatisticFact
from kg.extract.statistics import find_statistics

pytestmark = pytest.mark.model


def facts(en, text: str) -> dict[float, StatisticFact]:
    return {f.value: f for f in find_statistics(en(text))}


def test_count_after_a_time_phrase_is_not_a_label(en):
    found = facts(en, "Last year 140 people were stabbed in the city.")
    assert found[140].measure == "people stabbed"
    assert not facts(en, "Pupils in Year 9 were surveyed.")  # a school year is a label


def test_subject_of_face_is_counted_but_the_penalty_is_not(en):
    found = facts(en, "Nine officers faced disciplinary hearings after the review.")
    assert found[9].measure == "officers"
    assert not facts(en, "He faces a maximum of 20 years in prison.")
    assert not facts(en, "The gang face up to 14 years.")


def test_bare_number_subject_takes_its_verb_phrase(en):
    found = facts(en, "A total of 212 staff were questioned. 64 were interviewed under caution and 19 were dismissed.")
    assert found[64].measure == "staff interviewed under caution"
    assert found[19].measure == "staff dismissed"
    found = facts(en, "Last year 140 people were stabbed in the city. Of those, 37 were killed by a knife or blade.")
    assert "killed by knife" in found[37].measure and "people" in found[37].measure
    found = facts(en, "In the autumn, 12 died in custody.")
    assert found[12].measure == "died in custody"


def test_low_end_of_a_range_counts_what_the_high_end_counts(en):
    found = facts(en, "Between 59 and 64 officers were injured during the riots.")
    assert found[59].measure == found[64].measure == "officers"
    found = facts(en, "Detection rates rose from 12 to 15% over the period.")
    assert found[12].unit == found[15].unit == "percent"
    assert found[12].measure == "detection rates"


def test_count_after_with_counts_the_clause_subject(en):
    found = facts(en, "Nine drivers were stopped at the checkpoint, with four (44%) found to be over the limit.")
    assert found[4].measure == "drivers found to be over the limit"
    assert found[44].measure == found[4].measure  # the share in brackets is of the count it follows
    found = facts(en, "Forty staff were questioned, with 12 of those referred to prosecutors.")
    assert found[12].measure == "staff referred to prosecutors"


def test_opening_of_the_things_names_what_a_bare_count_counts(en):
    found = facts(en, "Of the 300 arrests, 45 were charged.")
    assert found[45].measure == "arrests charged"
    found = facts(en, "Of the 410 officers and staff under investigation, 120 were dismissed.")
    assert found[120].measure.startswith("officers")


def test_listed_modifiers_share_the_counted_noun(en):
    found = facts(en, "Grants went to more than 9,000 state, local and tribal police agencies.")
    assert "agencies" in found[9000].measure


def test_sum_with_a_purpose_is_funding_for_it_not_its_giver(en):
    found = facts(en, "Ministers confirmed £42.5 million to tackle serious violence this year.")
    assert found[42_500_000].measure == "funding to tackle serious violence"
    found = facts(en, "Police forces will receive an additional £60 million to crack down on drug gangs.")
    assert found[60_000_000].measure == "funding to crack down on drug gangs"
    found = facts(en, "The scheme cost £5 million to run.")
    assert "scheme" in found[5_000_000].measure


def test_counts_of_an_indictment_and_partitive_them(en):
    found = facts(en, "A federal grand jury returned a 12-count indictment against the men.")
    assert found[12].measure == "counts in the indictment"
    found = facts(en, "There were 230 homicide victims in total, and 41 of them were women.")
    assert found[41].measure == "homicide victims"
    assert not facts(en, "Drivers on the A 12 were warned.")
    assert not facts(en, "A one-size-fits-all approach will not work.")
