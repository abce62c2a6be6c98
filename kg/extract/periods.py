"""A statistic's period as an ISO 8601 interval: ``year ending March 2023`` -> 2022-04-01/2023-03-31.

Pure logic, no spaCy: :func:`resolve_period` reads the period words the statistics rules kept
(``StatisticFact.period``) and, for relative periods (``the last 12 months``, ``this year``, ``since April``),
the document's published date. It returns a :class:`Period` with the first and last day (both inclusive)
and how it was found, or ``None`` when the words name no interval kg can tell (``from the previous year``).

Conventions (each tested in tests/extract/test_periods.py):

* a year ``2017`` is the calendar year; a month ``March 2023`` the month; a day ``3 February 2023`` the day;
* ``the year ending March 2023`` / ``the 12 months to June 2014`` are the twelve months ending with that month;
* ``quarter ending June 2021`` the three months ending with it; ``Q1 2021`` / ``the first quarter of 2021``
  calendar quarters;
* a UK financial year ``2019/20``, ``2019-20``, ``2019 to 2020 financial year`` runs 1 April to 31 March;
* a US federal fiscal year ``fiscal year 2019``, ``FY2019``, ``FY 19`` runs 1 October of the year before to
  30 September;
* ``between April and June 2021``, ``from April 2020 to March 2021``, ``2010 to 2015``: first to last day;
* relative periods are anchored on the published date: ``this year`` is 1 January to the published day,
  ``last year`` the calendar year before, ``the last 12 months`` the year up to the published day,
  ``since April`` the last 1 April on or before it up to the published day, ``since 2001`` (or ``from October
  2021`` with no end) from its first day up to it, ``this financial year`` the UK financial year holding it. Without a published date they stay unresolved, and :func:`date_statistics` says so in a warning.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any, NamedTuple

__all__ = ["Period", "date_statistics", "parse_published", "resolve_period"]

ABSOLUTE, ANCHORED = "absolute", "anchored"

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_YEAR = r"((?:19|20)\d\d)"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "six": 6, "nine": 9, "twelve": 12, "12": 12, "24": 24, "3": 3, "6": 6, "9": 9,
            "eighteen": 18, "18": 18, "thirty-six": 36, "36": 36}


class Period(NamedTuple):
    """An interval of whole days, ``start`` and ``end`` both included."""

    start: date
    end: date
    basis: str  # "absolute": the words alone fix it; "anchored": relative words read against the published date

    def iso(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_back(year: int, month: int, n: int) -> date:
    """The first day of the ``n``-month span that ends with ``month`` of ``year``."""
    index = year * 12 + (month - 1) - (n - 1)
    return date(index // 12, index % 12 + 1, 1)


def _year(text: str) -> int:
    return int(text)


def _second_year(first: int, text: str) -> int | None:
    """``20`` after 2019 is 2020; ``2020`` is 2020; anything not the next year is no financial year."""
    second = int(text) if len(text) == 4 else (first // 100) * 100 + int(text)
    if len(text) == 2 and second < first:
        second += 100
    return second if second == first + 1 else None


def _day(text: str, month: int, year: int) -> date | None:
    try:
        return date(year, month, int(text))
    except ValueError:
        return None


_CLEAN = re.compile(r"[\u2013\u2014\u2012]")  # en and em dashes read as hyphens


def _norm(text: str) -> str:
    text = _CLEAN.sub("-", text.lower()).replace("\u2019", "'")
    text = re.sub(r"\s*\(fy\)", "", text)  # "fiscal year (FY) 2023"
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()")
    return re.sub(r"^(?:in|during|for|over|across|of|at|by|throughout|covering)\s+", "", text)


# -- absolute forms, most specific first ------------------------------------------------------------
_YE = re.compile(rf"\b(?:(?:the )?(?:financial |fiscal )?year (?:ending|ended|to)|(?:the )?(?:12|twelve) months? (?:ending|ended|to)|ye) (?:(\d{{1,2}}) )?{_MONTH},? {_YEAR}\b")
_QE = re.compile(rf"\b(?:(?:the )?(?:three|3) months|(?:the )?quarter) (?:ending|ended|to) (?:(\d{{1,2}}) )?{_MONTH},? {_YEAR}\b")
_HALF = re.compile(rf"\b(?:(?:the )?(?:six|6) months) (?:ending|ended|to) {_MONTH},? {_YEAR}\b")
_FY_RANGE = re.compile(rf"\b(?:from |between )?{_YEAR} ?[/-] ?(\d{{2}}) (?:to|and|-) {_YEAR} ?[/-] ?(\d{{2}})\b")
_N_YEARS_TO = re.compile(rf"\b(\w+)-year period (?:to|ending) (?:the )?(?:financial )?year (?:ending|ended|to) (?:(\d{{1,2}}) )?{_MONTH},? {_YEAR}\b")
_US_FY = re.compile(r"\b(?:(?:federal )?fiscal (?:year )?|fy ?)'?(\d{4}|\d{2})\b")
_UK_FY = re.compile(rf"\b{_YEAR} ?(?:/|-|to) ?(\d{{2}}|\d{{4}})\b")
_Q = re.compile(rf"\b(?:q([1-4])|(first|second|third|fourth|final|last|1st|2nd|3rd|4th) quarter(?: of)?) ?(?:of )?{_YEAR}\b")
_BETWEEN = re.compile(
    rf"\b(?:between|from) {_MONTH}(?:,? {_YEAR})? (?:and|to|until|-) {_MONTH},? {_YEAR}\b")
_DAY_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? {_YEAR}\b")
_DAY_MDY = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? {_YEAR}\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH},? {_YEAR}\b")
_YEARS = re.compile(rf"\b(?:between |from )?{_YEAR} ?(?:-|to|and|until|through) ?{_YEAR}\b")
_YEAR_ONLY = re.compile(rf"^(?:the (?:calendar )?year |calendar year |cy ?|the )?{_YEAR}(?: calendar year)?$")
_TO = r"(?:to|until|till|through|thru|and|-)"
# "1 April 2023 to 31 March 2024", "between 1 January and 30 June 2023", "March 1 through June 30, 2022"
_DAY_RANGE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},?(?: {_YEAR})? ?{_TO} ?(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? {_YEAR}\b")
_DAY_RANGE_MDY = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,?(?: {_YEAR})?,? ?{_TO} ?{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? {_YEAR}\b")
# "April to June 2024", "October-December 2023", "April 2023 to March 2024" (without "between" / "from")
_MONTH_RANGE = re.compile(rf"\b{_MONTH}(?:,? {_YEAR})? ?(?:to|until|till|through|thru|-) ?{_MONTH},? {_YEAR}\b")
# US fiscal-year spans: "fiscal years 2019 through 2021", "FY2019-FY2021", "fiscal years 2020 and 2021"
_US_FY_RANGE = re.compile(rf"\b(?:(?:federal )?fiscal years? (?:\(fy\) )?|fy ?)'?(\d{{4}}|\d{{2}}) ?(to|through|thru|and|-) ?(fy ?)?'?(\d{{4}}|\d{{2}})\b")
_US_FY_NAMED = re.compile(rf"\b{_YEAR} (?:federal )?fiscal year\b")  # "the 2022 fiscal year"
_HALF_OF = re.compile(rf"\b(?:(first|second|1st|2nd) half|(first|last|final) six months|h([12])) (?:of )?{_YEAR}\b")
_WEEK_ENDING = re.compile(rf"\bweek (?:ending|ended|to) (\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? {_YEAR}\b")
_N_YEARS_TO_YEAR = re.compile(rf"\b(\w+) years (?:to|up to|ending(?: in)?|through) {_YEAR}\b")

# -- relative forms ---------------------------------------------------------------------------------
_FROM_OPEN = re.compile(rf"^from (?:(\d{{1,2}}) )?{_MONTH},? {_YEAR}$")  # "from October 2021", with no end
_SINCE = re.compile(rf"^since (?:(?:the )?(?:start|beginning) of )?(?:(\d{{1,2}}) )?(?:{_MONTH})?,? ?{_YEAR}?$")
_LAST_N = re.compile(r"^(?:the |over the |in the )?(?:last|past|previous|preceding) (\w+(?:-\w+)?) (months?|years?|weeks?|days?)$")
_LAST_ONE = re.compile(r"^(?:the |over the )?(?:last|past) (year|month|week|quarter)$")


def resolve_period(text: str | None, published: date | None = None) -> Period | None:
    """The interval the words ``text`` name, or None; ``published`` anchors relative words.

    >>> resolve_period("year ending March 2023").iso()
    '2022-04-01/2023-03-31'
    >>> resolve_period("2019/20").iso()
    '2019-04-01/2020-03-31'
    >>> resolve_period("FY2019").iso()
    '2018-10-01/2019-09-30'
    >>> resolve_period("since April", date(2018, 6, 12)).iso()
    '2018-04-01/2018-06-12'
    >>> resolve_period("this year") is None   # relative, and no published date to read it against
    True
    """
    if not text:
        return None
    t = _norm(text)
    if not t:
        return None
    found = _absolute(t)
    if found is not None:
        start, end = found
        return Period(start, end, ABSOLUTE) if start <= end else None
    if published is not None:
        rel = _relative(t, published)
        if rel is not None and rel[0] <= rel[1]:
            return Period(rel[0], rel[1], ANCHORED)
    return None


def is_relative(text: str | None) -> bool:
    """Words that name a period only against a date: ``this year``, ``since April``, ``the last 12 months``."""
    if not text:
        return False
    t = _norm(text)
    if _absolute(t) is not None and not t.startswith("since"):
        return False
    return _relative(t, date(2000, 6, 15)) is not None


def _day_range(d1: str, mon1: str, year1: str | None, d2: str, mon2: str, year2: str) -> tuple[date, date] | None:
    """``1 April 2023 to 31 March 2024`` or ``March 1 through June 30, 2022``: a first day whose year, when the
    text leaves it out, is the last day's (or the one before, when its month comes later)."""
    m1, m2, y2 = _MONTHS[mon1], _MONTHS[mon2], _year(year2)
    y1 = _year(year1) if year1 else (y2 if m1 <= m2 else y2 - 1)
    first, last = _day(d1, m1, y1), _day(d2, m2, y2)
    return (first, last) if first and last else None


def _absolute(t: str) -> tuple[date, date] | None:
    if t.startswith("since") or _FROM_OPEN.match(t):
        return None  # an open span: it ends on the published date
    if t.startswith("between ") and " and " not in t:
        return None  # "between April 2020" cut short: its end is not in the words
    m = _DAY_RANGE_DMY.search(t)
    if m:
        return _day_range(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6))
    m = _DAY_RANGE_MDY.search(t)
    if m:
        return _day_range(m.group(2), m.group(1), m.group(3), m.group(5), m.group(4), m.group(6))
    m = _WEEK_ENDING.search(t)
    if m:
        last = _day(m.group(1), _MONTHS[m.group(2)], _year(m.group(3)))
        return (last - timedelta(days=6), last) if last else None
    m = _US_FY_RANGE.search(t)
    if m and not (m.group(2) == "-" and not m.group(3) and len(m.group(4)) == 2):  # "FY 2022-23", "FY19-20": one
        first, last = _fy_year(m.group(1)), _fy_year(m.group(4))  # financial year, not a span of US fiscal years
        if first < last <= first + 30:
            return date(first - 1, 10, 1), date(last, 9, 30)
    m = _US_FY_NAMED.search(t)
    if m:
        year = _year(m.group(1))
        return date(year - 1, 10, 1), date(year, 9, 30)
    m = _HALF_OF.search(t)
    if m:
        second = m.group(1) in ("second", "2nd") or m.group(2) in ("last", "final") or m.group(3) == "2"
        year = _year(m.group(4))
        return (date(year, 7, 1), date(year, 12, 31)) if second else (date(year, 1, 1), date(year, 6, 30))
    m = _N_YEARS_TO_YEAR.search(t)
    if m and "financial" not in t and "ending" not in t[m.end():]:
        n = _NUMBERS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        year = _year(m.group(2))
        if n:
            return date(year - n + 1, 1, 1), date(year, 12, 31)
    m = _FY_RANGE.search(t)
    if m:
        first, second = _year(m.group(1)), _year(m.group(3))
        if _second_year(first, m.group(2)) is not None and _second_year(second, m.group(4)) is not None:
            return date(first, 4, 1), date(second + 1, 3, 31)
    m = _N_YEARS_TO.search(t)
    if m:
        n = _NUMBERS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        month, year = _MONTHS[m.group(3)], _year(m.group(4))
        if n:
            return _months_back(year, month, 12 * n), _month_end(year, month)
    # windows that end with a named month: "year ending March 2023", "quarter ending June", "six months to ..."
    for pattern, months in ((_YE, 12), (_QE, 3), (_HALF, 6)):
        m = pattern.search(t)
        if m:
            month, year = _MONTHS[m.group(m.lastindex - 1)], _year(m.group(m.lastindex))
            return _months_back(year, month, months), _month_end(year, month)
    m = _BETWEEN.search(t)
    if m:
        m1, y1, m2, y2 = _MONTHS[m.group(1)], m.group(2), _MONTHS[m.group(3)], _year(m.group(4))
        first_year = _year(y1) if y1 else (y2 if m1 <= m2 else y2 - 1)
        return date(first_year, m1, 1), _month_end(y2, m2)
    m = _MONTH_RANGE.search(t)
    if m:
        m1, y1, m2, y2 = _MONTHS[m.group(1)], m.group(2), _MONTHS[m.group(3)], _year(m.group(4))
        first_year = _year(y1) if y1 else (y2 if m1 <= m2 else y2 - 1)
        if date(first_year, m1, 1) <= date(y2, m2, 1):
            return date(first_year, m1, 1), _month_end(y2, m2)
    m = _Q.search(t)
    if m:
        q = int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2)]
        year = _year(m.group(3))
        return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    if re.search(r"\b(?:federal )?fiscal\b|\bfy ?'?\d", t):
        m = _US_FY.search(t)
        if m:
            raw = m.group(1)
            year = int(raw) if len(raw) == 4 else 2000 + int(raw) if int(raw) < 70 else 1900 + int(raw)
            if not re.search(r"\d ?(?:/|-|to) ?\d", t):
                return date(year - 1, 10, 1), date(year, 9, 30)
    m = _UK_FY.search(t)
    if m:
        first = _year(m.group(1))
        second = _second_year(first, m.group(2))
        if second is not None and (len(m.group(2)) == 2 or "financial" in t or "/" in m.group(0)):
            return date(first, 4, 1), date(second, 3, 31)
    m = _DAY_DMY.search(t)
    if m:
        d = _day(m.group(1), _MONTHS[m.group(2)], _year(m.group(3)))
        return (d, d) if d else None  # "31 February 2023" is no day, nor a month to fall back on
    m = _DAY_MDY.search(t)
    if m:
        d = _day(m.group(2), _MONTHS[m.group(1)], _year(m.group(3)))
        return (d, d) if d else None
    m = _YEARS.search(t)
    if m:
        return date(_year(m.group(1)), 1, 1), date(_year(m.group(2)), 12, 31)
    m = _MONTH_YEAR.search(t)
    if m:
        month, year = _MONTHS[m.group(1)], _year(m.group(2))
        return date(year, month, 1), _month_end(year, month)
    m = _YEAR_ONLY.match(t)
    if m:
        year = _year(m.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    return None


def _fy_year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text) if int(text) < 70 else 1900 + int(text)


# windows that end with a named month of no year: "the 12 months to March", "the quarter ending June": the last
# such month that has ended by the published day
_YE_NO_YEAR = re.compile(rf"^(?:the )?(?:(?:financial |fiscal )?year|(12|twelve|three|3|six|6) months?|quarter) (?:ending|ended|to) (?:(?:the )?end of )?{_MONTH}$")
_DECADE = re.compile(r"^(?:the |over the |in the )?(?:last|past) decade$")


def _relative(t: str, pub: date) -> tuple[date, date] | None:
    if t in ("this year", "so far this year", "the year to date", "year to date", "this year to date", "the year so far"):
        return date(pub.year, 1, 1), pub
    if t in ("last year", "the previous year", "the past calendar year", "last calendar year"):
        return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
    if t in ("this month", "so far this month"):
        return date(pub.year, pub.month, 1), pub
    if t in ("last month", "the previous month"):
        end = date(pub.year, pub.month, 1) - timedelta(days=1)
        return date(end.year, end.month, 1), end
    if t in ("today", "this morning", "this afternoon"):
        return pub, pub
    if t == "yesterday" or t == "last night":
        return pub - timedelta(days=1), pub - timedelta(days=1)
    if t in ("this financial year", "the current financial year", "last financial year", "the last financial year",
             "the previous financial year"):  # UK financial years, 1 April to 31 March
        first = pub.year if pub.month >= 4 else pub.year - 1
        if not t.startswith("this") and "current" not in t:
            first -= 1
        return date(first, 4, 1), date(first + 1, 3, 31)
    if t in ("this quarter", "the current quarter", "so far this quarter"):
        q0 = 3 * ((pub.month - 1) // 3) + 1
        return date(pub.year, q0, 1), pub
    m = _YE_NO_YEAR.match(t)
    if m:
        months = {"three": 3, "3": 3, "six": 6, "6": 6}.get(m.group(1) or "", 12)
        if t.startswith(("quarter", "the quarter")):
            months = 3
        month = _MONTHS[m.group(2)]
        year = pub.year if _month_end(pub.year, month) <= pub else pub.year - 1
        return _months_back(year, month, months), _month_end(year, month)
    if _DECADE.match(t):
        return _back(pub, 10, "year")
    m = _FROM_OPEN.match(t)
    if m:
        start = _day(m.group(1), _MONTHS[m.group(2)], _year(m.group(3))) if m.group(1) else \
            date(_year(m.group(3)), _MONTHS[m.group(2)], 1)
        return (start, pub) if start is not None else None
    m = _LAST_ONE.match(t)
    if m:
        n, unit = 1, m.group(1)
        if unit == "quarter":
            n, unit = 3, "month"
        return _back(pub, n, unit)
    m = _LAST_N.match(t)
    if m:
        n = _NUMBERS.get(m.group(1))
        if n is None and m.group(1).isdigit():
            n = int(m.group(1))
        if n is None:
            return None
        return _back(pub, n, m.group(2).rstrip("s"))
    m = _SINCE.match(t)
    if m and (m.group(2) or m.group(3)):
        day, month, year = m.group(1), m.group(2), m.group(3)
        mon = _MONTHS[month] if month else 1
        if year:
            y = _year(year)
        else:
            y = pub.year if mon <= pub.month else pub.year - 1
        start = _day(day, mon, y) if day else date(y, mon, 1)
        return (start, pub) if start is not None else None
    return None


def _back(pub: date, n: int, unit: str) -> tuple[date, date] | None:
    if unit == "day":
        return pub - timedelta(days=n - 1), pub
    if unit == "week":
        return pub - timedelta(days=7 * n - 1), pub
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 - n
        y, mo = index // 12, index % 12 + 1
        start = date(y, mo, min(pub.day, calendar.monthrange(y, mo)[1])) + timedelta(days=1)
        return start, pub
    if unit == "year":
        try:
            start = date(pub.year - n, pub.month, pub.day)
        except ValueError:  # 29 February
            start = date(pub.year - n, 2, 28)
        return start + timedelta(days=1), pub
    return None


_PUBLISHED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_published(value: Any) -> date | None:
    """A document's ``published`` (``2023-02-03``, ``2023-02-03T10:00:00Z``) as a date, else None."""
    if isinstance(value, date):
        return value
    m = _PUBLISHED.match(str(value or "").strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def date_statistics(nodes: list[Any], published: Any, doc_id: str) -> list[str]:
    """Give each Statistic node with a period its interval (``period_start``, ``period_end``, ``period_basis``);
    the warnings for relative periods left unresolved because the document has no published date."""
    pub = parse_published(published)
    warnings: list[str] = []
    for node in nodes:
        if getattr(node, "type", None) != "Statistic":
            continue
        period = node.props.get("period")
        found = resolve_period(period, pub)
        if found is not None:
            node.props["period_start"] = found.start.isoformat()
            node.props["period_end"] = found.end.isoformat()
            node.props["period_basis"] = found.basis
        elif pub is None and is_relative(period):
            warnings.append(f"{doc_id}: period {period!r} of {node.id} is relative and the document has no "
                            "published date: left without an interval")
    return warnings
