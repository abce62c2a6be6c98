"""kg.extract.periods: a statistic's period words to an ISO 8601 interval (pure logic, examples written for kg)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.periods import date_statistics, is_relative, parse_published, resolve_period
from kg.model import Node

ABSOLUTE = [
    ("2017", "2017-01-01/2017-12-31"),
    ("in 2021", "2021-01-01/2021-12-31"),
    ("the year ending March 2023", "2022-04-01/2023-03-31"),
    ("year ending June 2014", "2013-07-01/2014-06-30"),
    ("the year ending 31 March 2022", "2021-04-01/2022-03-31"),
    ("the year ending December 2020", "2020-01-01/2020-12-31"),
    ("YE Sept 2023", "2022-10-01/2023-09-30"),
    ("in the 12 months to June 2014", "2013-07-01/2014-06-30"),
    ("twelve months ending September 2019", "2018-10-01/2019-09-30"),
    ("the financial year ending March 2020", "2019-04-01/2020-03-31"),
    ("2019/20", "2019-04-01/2020-03-31"),
    ("2019-20", "2019-04-01/2020-03-31"),
    ("2019\u201320", "2019-04-01/2020-03-31"),
    ("2003/04", "2003-04-01/2004-03-31"),
    ("1999/00", "1999-04-01/2000-03-31"),
    ("2019/2020", "2019-04-01/2020-03-31"),
    ("the 2019 to 2020 financial year", "2019-04-01/2020-03-31"),
    ("fiscal year 2019", "2018-10-01/2019-09-30"),
    ("Fiscal Year 2023", "2022-10-01/2023-09-30"),
    ("FY2019", "2018-10-01/2019-09-30"),
    ("FY 19", "2018-10-01/2019-09-30"),
    ("FY20", "2019-10-01/2020-09-30"),
    ("in fiscal 2021", "2020-10-01/2021-09-30"),
    ("fiscal year (FY) 2023", "2022-10-01/2023-09-30"),
    ("Fiscal Year (FY) 2020", "2019-10-01/2020-09-30"),
    ("between April 2020 and March 2021", "2020-04-01/2021-03-31"),
    ("from 2006/07 to 2015/16", "2006-04-01/2016-03-31"),
    ("the three-year period to the year ending March 2022", "2019-04-01/2022-03-31"),
    ("Q1 2021", "2021-01-01/2021-03-31"),
    ("the third quarter of 2020", "2020-07-01/2020-09-30"),
    ("the final quarter of 2019", "2019-10-01/2019-12-31"),
    ("the quarter ending June 2021", "2021-04-01/2021-06-30"),
    ("the three months to February 2024", "2023-12-01/2024-02-29"),
    ("six months ending March 2021", "2020-10-01/2021-03-31"),
    ("March 2023", "2023-03-01/2023-03-31"),
    ("February 2024", "2024-02-01/2024-02-29"),
    ("in Sept. 2019", "2019-09-01/2019-09-30"),
    ("between April and June 2021", "2021-04-01/2021-06-30"),
    ("between November and February 2021", "2020-11-01/2021-02-28"),
    ("from April 2020 to March 2021", "2020-04-01/2021-03-31"),
    ("3 February 2023", "2023-02-03/2023-02-03"),
    ("October 5, 2017", "2017-10-05/2017-10-05"),
    ("between 2010 and 2015", "2010-01-01/2015-12-31"),
    ("2015 to 2018", "2015-01-01/2018-12-31"),
    ("2008-2012", "2008-01-01/2012-12-31"),
    # spans of US fiscal years, and the year named before "fiscal year"
    ("fiscal years 2019 through 2021", "2018-10-01/2021-09-30"),
    ("in fiscal years 2020 and 2021", "2019-10-01/2021-09-30"),
    ("FY2019-FY2021", "2018-10-01/2021-09-30"),
    ("FY19 to FY21", "2018-10-01/2021-09-30"),
    ("the 2022 fiscal year", "2021-10-01/2022-09-30"),
    ("FY 2022-23", "2022-04-01/2023-03-31"),  # one financial year, not two US fiscal years
    ("in 2022-23", "2022-04-01/2023-03-31"),
    # months and days from ... to ..., with or without "between" / "from"
    ("April to June 2024", "2024-04-01/2024-06-30"),
    ("October-December 2023", "2023-10-01/2023-12-31"),
    ("October through December 2023", "2023-10-01/2023-12-31"),
    ("April 2023 to March 2024", "2023-04-01/2024-03-31"),
    ("1 April 2023 to 31 March 2024", "2023-04-01/2024-03-31"),
    ("between 1 January and 30 June 2023", "2023-01-01/2023-06-30"),
    ("March 1 through June 30, 2022", "2022-03-01/2022-06-30"),
    ("the week ending 5 May 2024", "2024-04-29/2024-05-05"),
    # halves, calendar years, and years up to a year
    ("the first half of 2023", "2023-01-01/2023-06-30"),
    ("the second half of 2022", "2022-07-01/2022-12-31"),
    ("the first six months of 2021", "2021-01-01/2021-06-30"),
    ("H2 2020", "2020-07-01/2020-12-31"),
    ("the 2021 calendar year", "2021-01-01/2021-12-31"),
    ("CY2022", "2022-01-01/2022-12-31"),
    ("the 10 years to 2023", "2014-01-01/2023-12-31"),
]


@pytest.mark.parametrize("text,interval", ABSOLUTE)
def test_absolute_periods(text: str, interval: str) -> None:
    found = resolve_period(text)
    assert found is not None, text
    assert (found.iso(), found.basis) == (interval, "absolute")
    # a published date changes nothing for words that fix their own interval
    assert resolve_period(text, date(2030, 1, 2)) == found


PUB = date(2018, 6, 12)
ANCHORED = [
    ("this year", "2018-01-01/2018-06-12"),
    ("so far this year", "2018-01-01/2018-06-12"),
    ("last year", "2017-01-01/2017-12-31"),
    ("the last 12 months", "2017-06-13/2018-06-12"),
    ("in the past 12 months", "2017-06-13/2018-06-12"),
    ("over the last six months", "2017-12-13/2018-06-12"),
    ("the past year", "2017-06-13/2018-06-12"),
    ("the last two years", "2016-06-13/2018-06-12"),
    ("the past 30 days", "2018-05-14/2018-06-12"),
    ("last month", "2018-05-01/2018-05-31"),
    ("this month", "2018-06-01/2018-06-12"),
    ("since April", "2018-04-01/2018-06-12"),
    ("since September", "2017-09-01/2018-06-12"),  # the last September on or before the published day
    ("since January 2016", "2016-01-01/2018-06-12"),
    ("Since 2001", "2001-01-01/2018-06-12"),
    ("since 3 March 2018", "2018-03-03/2018-06-12"),
    ("since the start of 2017", "2017-01-01/2018-06-12"),
    ("yesterday", "2018-06-11/2018-06-11"),
    ("this financial year", "2018-04-01/2019-03-31"),
    ("the previous financial year", "2017-04-01/2018-03-31"),
    ("from October 2017", "2017-10-01/2018-06-12"),
    # windows ending with a month of no year: the last such month that has ended by the published day
    ("the 12 months to March", "2017-04-01/2018-03-31"),
    ("the year to March", "2017-04-01/2018-03-31"),
    ("the year ending May", "2017-06-01/2018-05-31"),
    ("the year ending June", "2016-07-01/2017-06-30"),  # June 2018 has not ended on 12 June 2018
    ("the three months to April", "2018-02-01/2018-04-30"),
    ("the quarter ending March", "2018-01-01/2018-03-31"),
    ("this quarter", "2018-04-01/2018-06-12"),
    ("the past decade", "2008-06-13/2018-06-12"),
]


@pytest.mark.parametrize("text,interval", ANCHORED)
def test_relative_periods_are_read_against_the_published_date(text: str, interval: str) -> None:
    found = resolve_period(text, PUB)
    assert found is not None, text
    assert (found.iso(), found.basis) == (interval, "anchored")
    assert resolve_period(text) is None  # no published date: no interval
    assert is_relative(text)


@pytest.mark.parametrize("text", [None, "", "from the previous year", "the previous decade", "recently", "2017 levels",
                                  "per year", "2019/23", "FY", "31 February 2023", "the 1990s",
                                  "between April 2020", "fiscal year", "latest year", "annual", "12-month", "FY19-20",
                                  "the year ending Smith"])
def test_words_that_name_no_interval(text) -> None:
    assert resolve_period(text, PUB) is None


@pytest.mark.parametrize("text", ["2017", "year ending March 2023", "FY2019", "2019/20"])
def test_absolute_periods_are_not_relative(text: str) -> None:
    assert not is_relative(text)


def test_leap_day_published_date() -> None:
    assert resolve_period("the last 12 months", date(2024, 2, 29)).iso() == "2023-03-01/2024-02-29"


@pytest.mark.parametrize("value,expected", [("2023-02-03", date(2023, 2, 3)), ("2023-02-03T09:30:00Z", date(2023, 2, 3)),
                                            (None, None), ("", None), ("Feb 2023", None), ("2023-02-30", None)])
def test_parse_published(value, expected) -> None:
    assert parse_published(value) == expected


def test_date_statistics_sets_the_interval_and_warns_for_unanchored_relative_periods() -> None:
    nodes = [Node("stat/d/1", "Statistic", "7.1 million", props={"period": "year ending June 2014"}),
             Node("stat/d/2", "Statistic", "40", props={"period": "this year"}),
             Node("stat/d/3", "Statistic", "5", props={"period": None}),
             Node("person/a", "Person", "A")]
    warnings = date_statistics(nodes, None, "d")
    assert nodes[0].props["period_start"] == "2013-07-01" and nodes[0].props["period_end"] == "2014-06-30"
    assert nodes[0].props["period_basis"] == "absolute"
    assert "period_start" not in nodes[1].props and "period_start" not in nodes[2].props
    assert len(warnings) == 1 and "'this year'" in warnings[0] and "stat/d/2" in warnings[0]
    assert date_statistics(nodes, "2018-06-12", "d") == []
    assert (nodes[1].props["period_start"], nodes[1].props["period_end"], nodes[1].props["period_basis"]) == \
        ("2018-01-01", "2018-06-12", "anchored")
