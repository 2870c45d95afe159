"""Parsing of absolute date expressions in English news text ("January 11, 2018 09:04",
"11 Jan. 2018", "2018-01-11", "May 2017", "2011"). Relative expressions are resolved by the
extract stage; this module only knows calendars."""
from __future__ import annotations

import re
from datetime import date

from .model import DateValue

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b" + _TIME, re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b" + _TIME, re.I),
    re.compile(r"\b" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return 1000 <= y <= 2999


def find_date(text: str) -> tuple[DateValue, int, int] | None:
    """Find the first absolute calendar date in ``text``.

    :returns: the date with its precision, and the match's start and end offsets; or None.

    >>> find_date("January 11, 2018 09:04")[0]
    DateValue(value='2018-01-11T09:04:00', precision='datetime')
    >>> find_date("Published 3 Sept 2019")[0]
    DateValue(value='2019-09-03', precision='day')
    >>> find_date("in May 2017")[0]
    DateValue(value='2017-05', precision='month')
    >>> find_date("nothing here") is None
    True
    """
    best: tuple[DateValue, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            value = _to_value(m)
            if value and (best is None or m.start() < best[1]):
                best = (value, m.start(), m.end())
                break
    return best


def _to_value(m: re.Match[str]) -> DateValue | None:
    groups = m.groupdict()
    year = int(groups["year"])
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower().rstrip(".")]
    if not groups.get("day"):
        return DateValue(f"{year:04d}-{month:02d}", "month") if 1000 <= year <= 2999 else None
    day = int(groups["day"])
    if not _valid(year, month, day):
        return None
    if groups.get("hour") and int(groups["hour"]) < 24 and int(groups["minute"]) < 60:
        return DateValue(f"{year:04d}-{month:02d}-{day:02d}T{int(groups['hour']):02d}:{groups['minute']}:00",
                         "datetime")
    return DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day")


def parse_date(text: str) -> DateValue | None:
    """Parse a whole string as a date (front matter values): ISO, written dates, or a year.

    >>> parse_date("2018-01-11")
    DateValue(value='2018-01-11', precision='day')
    >>> parse_date("2017")
    DateValue(value='2017', precision='year')
    >>> parse_date("soon") is None
    True
    """
    text = str(text).strip()
    if re.fullmatch(r"\d{4}", text):
        return DateValue(text, "year")
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return DateValue(text, "month") if 1 <= int(text[5:]) <= 12 else None
    found = find_date(text)
    return found[0] if found else None
