"""Time expressions: English date phrases found with regular expressions and normalized to a
:class:`~kg.model.DateValue` of precision ``day`` (``YYYY-MM-DD``), ``month`` (``YYYY-MM``) or
``year`` (``YYYY``), relative phrases resolved against the document's publication date (the
*anchor*). The time of day is always dropped: a value is never ``datetime``.

Rules (news reports the past, so ambiguous phrases resolve backwards):

* Absolute dates ("January 11, 2018", "11 Jan. 2018", "2018-01-11", "the 21st of December
  2017", "Tuesday, Jan. 9, 2018") are taken as written; impossible dates (Feb. 30) give None.
* Month and year ("August 2017", "early May 2017") → ``month``; a year ("in 2011", "since 1997",
  "the end of 2016", "mid-2016", "summer 2017") → ``year``. In running text a bare year is only
  taken after a preposition or modifier (in, since, until, till, by, of, from, during, through,
  before, after, between, as of; early, late, mid-, the end/beginning/start/middle of, a season),
  or as the end of a range ("between 2011 and 2013", "2011-2013"); after *of*, *by* and *from*
  it must not be followed by a content word ("of 2000 people" is a count). Decades ("1990s"),
  amounts ("$2017", "2017%") and numbers outside 1900-2099 are never years.
* Month and day without a year ("December 11", "Sept. 17") → the anchor's year, unless that date
  is more than 31 days after the anchor (the end of the anchor's month or year when the anchor is
  coarser), then the previous year. A date that does not exist in that year (Feb. 29) → None.
* A bare month ("in May", "late December") → ``month``: the anchor's year if the month is not
  after the anchor's month, else the previous year. "last May" → the most recent May strictly
  before the anchor's month, "next May" → the first May strictly after it, "this May" → the
  anchor's year. In running text a bare month needs a full month name with a capital and a
  preposition or modifier before it ("in May", "early May"), so that "Theresa May" is no date.
* Weekdays ("on Wednesday", "late on Tuesday", "Tuesday night", "Tuesday morning") are always
  the most recent such day on or before the anchor (the anchor itself when it is that weekday),
  even in sentences about the future; "last Tuesday" / "this past Tuesday" → strictly before the
  anchor; "next Tuesday" → strictly after it. The modifiers (late, early, night...) do not change
  the day.
* "today", "tonight", "this morning" → the anchor; "yesterday", "last night" → the day before;
  "the day before yesterday" → two days before; "tomorrow" → the day after.
* "N days ago" / "N weeks ago" → ``day``; "N months ago" → ``month``; "N years ago" → ``year``.
* Weeks have no precision of their own: "last week", "this week", "next week", "earlier this
  week" → the ``month`` of the Monday of that (ISO) week, i.e. the week's month when the whole
  week lies in one month, else the month of its earlier part.
* "this month", "earlier this month", "the end of the month" → the anchor's month; "last month"
  / "next month" → the month before / after; "this year", "last year", "next year", "late last
  year", "the end of the year" → ``year``.
* Periods and vague phrases are not dates and give None: "the past two weeks", "over the last
  week" (*the* before last/past/next), "the past decade", "recent months", "the near future",
  durations ("three years"), "a few days ago".
* Anchors of precision ``datetime`` use their date part. With a ``month`` anchor, phrases needing
  a day (weekdays, yesterday, weeks, days ago) give None; with a ``year`` anchor, phrases needing
  a month (last month, last May) give None too; "this year" / "last year" always work. Without an
  anchor only absolute dates resolve.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from ..dates import MONTHS
from ..model import DateValue

__all__ = ["find", "normalize"]

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
YEAR_FOLLOWERS = frozenset(
    "and or to the a an when after before as at in on for with but that which while until it he she "
    "they we i was were is are had has have will would there this its his her their through during "
    "amid following from of by up alone onwards onward".split())
"""Lowercase words that may follow a year after *of*, *by* or *from* (anything else: a count)."""

_FULL_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)\b"
_MONTH = (r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?")
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")\b"
_WD_PRE = r"(?:(?P<wd>" + "|".join(WEEKDAYS) + r")\b,?\s+)?"
_DAY = r"(?<![\d,.$£€])(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\b)?"
_YEAR = r"(?P<year>\d{4})(?![\w%]|[.,]\d)"
_YEAR_END = r"(?![\w%]|[.,]\d)"
_SEASON = r"spring|summer|autumn|fall|winter"
_YEAR_PREP = r"(?:\b(?P<prep>in|since|until|till|by|of|from|during|through|before|after|between|as\s+of)\s+)?"
_YEAR_MOD = (r"(?P<mod>(?:early|late|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|"
             + _SEASON + r")\s+of)\s+|mid(?:-|\s+)|(?:" + _SEASON + r")\s+)?")
_MONTH_MOD = r"(?:(?:early|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+|mid(?:-|\s+))?"
_NUMBER = r"(?P<n>\d{1,2}|" + "|".join(NUMBERS) + r")"


@dataclass(frozen=True, slots=True)
class _Anchor:
    year: int
    month: int | None
    day: date | None

    @property
    def last(self) -> date:
        """The latest day the anchor may stand for."""
        if self.day:
            return self.day
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])


def _anchor(value: DateValue | None) -> _Anchor | None:
    if value is None:
        return None
    text = value.value
    try:
        if value.precision in ("day", "datetime"):
            d = date.fromisoformat(text[:10])
            return _Anchor(d.year, d.month, d)
        if value.precision == "month":
            year, month = int(text[:4]), int(text[5:7])
            return _Anchor(year, month, None) if 1 <= month <= 12 else None
        return _Anchor(int(text[:4]), None, None)
    except ValueError:
        return None


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat(), "day")


def _month(year: int, month: int) -> DateValue:
    return DateValue(f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> DateValue:
    return DateValue(f"{year:04d}", "year")


def _shift(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").lower().rstrip(".")]


def _words(text: str) -> str:
    return " ".join(text.lower().split())


# Handlers: (match, anchor) → the value, or None when the expression cannot be resolved.

def _ymd(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    month = int(m.group("mnum")) if "mnum" in m.re.groupindex else _month_number(m)
    d = _date(int(m.group("year")), month, int(m.group("day")))
    return _day(d) if d and 1900 <= d.year <= 2099 else None


def _ym(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    month = int(m.group("mnum")) if "mnum" in m.re.groupindex else _month_number(m)
    return _month(int(m.group("year")), month) if 1 <= month <= 12 else None


def _md(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    if a is None:
        return None
    month, day = _month_number(m), int(m.group("day"))
    if not _date(2000, month, day):  # no such day in any year
        return None
    year = a.year
    if date(year, month, min(day, 28)) > a.last + timedelta(days=31):
        year -= 1
    d = _date(year, month, day)
    return _day(d) if d else None


def _bare_month(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    if a is None:
        return None
    month, mod = _month_number(m), _words(m.group("mod") or "")
    if mod in ("last", "this past", "next") and a.month is None:
        return None
    current = a.month or 12
    if mod in ("last", "this past"):
        return _month(a.year if month < current else a.year - 1, month)
    if mod == "next":
        return _month(a.year if month > current else a.year + 1, month)
    if mod == "this":
        return _month(a.year, month)
    return _month(a.year if month <= current else a.year - 1, month)


def _a_year(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    return _year(int(m.group("year")))


def _weekday(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    if a is None or a.day is None:
        return None
    target, rel = WEEKDAYS[m.group("wd").lower()], _words(m.group("rel") or "")
    if rel == "next":
        return _day(a.day + timedelta(days=(target - a.day.weekday()) % 7 or 7))
    back = (a.day.weekday() - target) % 7
    if rel in ("last", "this past", "past"):
        back = back or 7
    return _day(a.day - timedelta(days=back))


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1,
                  "the day after tomorrow": 2}


def _relative_day(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    if a is None or a.day is None:
        return None
    return _day(a.day + timedelta(days=_RELATIVE_DAYS[_words(m.group("w"))]))


def _period(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    if a is None:
        return None
    rel = _words(m.group("rel") or "this")
    step = {"this": 0, "the": 0, "last": -1, "this past": -1, "next": 1}[rel]
    unit = m.group("unit").lower()
    if unit == "year":
        return _year(a.year + step)
    if unit == "month":
        return _month(*_shift(a.year, a.month, step)) if a.month else None
    if a.day is None:
        return None
    monday = a.day - timedelta(days=a.day.weekday()) + timedelta(weeks=step)
    return _month(monday.year, monday.month)


def _ago(m: re.Match[str], a: _Anchor | None) -> DateValue | None:
    if a is None:
        return None
    n, unit = m.group("n").lower(), m.group("unit").lower()
    count = NUMBERS[n] if n in NUMBERS else int(n)
    if unit == "year":
        return _year(a.year - count)
    if unit == "month":
        return _month(*_shift(a.year, a.month, -count)) if a.month else None
    if a.day is None:
        return None
    return _day(a.day - timedelta(days=count * (7 if unit == "week" else 1)))


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], _Anchor | None], DateValue | None]
    context: bool = False
    """In running text, the match needs a ``prep`` or ``mod`` group (bare years and months)."""
    loose_only: bool = False
    """Only when normalizing one expression (never in running text)."""
    needs: tuple[re.Pattern[str], ...] = ()
    """Cheap patterns that any text the rule matches contains (each of them): a rule whose needs are
    missing is not run. Most sentences hold no date, and the full patterns cost far more to scan."""


_DIGIT, _YEARISH = re.compile(r"\d"), re.compile(r"(?:19|20)\d\d")
_MONTHISH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_FULL_MONTHISH = re.compile(_FULL_MONTH, re.I)
_WEEKDAYISH = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_DAYWORD = re.compile(r"today|tonight|yesterday|tomorrow|night|morning|afternoon|evening", re.I)
_UNITWORD = re.compile(r"week|month|year", re.I)
_AGO = re.compile(r"ago", re.I)


def _rule(pattern: str, handler, *needs: re.Pattern[str], **flags) -> _Rule:
    return _Rule(re.compile(pattern, re.I), handler, needs=needs, **flags)


_RULES = [
    _rule(r"\b(?P<e>(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"
          r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\w-])", _ymd, _DIGIT),
    _rule(r"\b(?P<e>" + _WD_PRE + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + ")", _ymd, _DIGIT, _MONTHISH),
    _rule(r"(?P<e>" + _WD_PRE + r"(?:\bthe\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + ")",
          _ymd, _DIGIT, _MONTHISH),
    _rule(r"\b(?P<e>" + _MONTH_MOD + _MONTH + r",?\s+" + _YEAR + ")", _ym, _DIGIT, _MONTHISH),
    _rule(r"\b(?P<e>" + _WD_PRE + _MONTH + r"\s+" + _DAY + r")(?![.,]?\d|:)", _md, _DIGIT, _MONTHISH),
    _rule(r"(?P<e>" + _WD_PRE + r"(?:\bthe\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + ")", _md, _DIGIT, _MONTHISH),
    _rule(r"(?:\b(?P<prep>in|since|until|till|during|through)\s+)?\b(?P<e>(?P<mod>(?:early|late|"
          r"(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+|mid(?:-|\s+)|(?:this\s+past|last|this|next)\s+)?"
          + _FULL_MONTH + ")", _bare_month, _FULL_MONTHISH, context=True),
    _rule(_YEAR_PREP + r"(?P<e>\b" + _YEAR_MOD + r"(?<![\d$£€.,])(?P<year>(?:19|20)\d\d))" + _YEAR_END,
          _a_year, _YEARISH, context=True),
    _rule(r"(?<![\d$£€.,])(?P<first>(?:19|20)\d\d)\s*(?:and|to|until|through|[-–])\s*"
          r"(?P<e>(?P<year>(?:19|20)\d\d))" + _YEAR_END, _a_year, _YEARISH),
    _rule(r"^(?P<e>(?P<year>\d{4})-(?P<mnum>\d{2}))$", _ym, _DIGIT, loose_only=True),
    _rule(r"\b(?P<e>(?:(?:early|late|earlier|later|overnight)\s+(?:on\s+)?)?"
          r"(?:(?P<rel>this\s+past|last|this|next|past)\s+)?" + _WD
          + r"(?:\s+(?:morning|afternoon|evening|night))?)", _weekday, _WEEKDAYISH),
    _rule(r"\b(?P<e>(?:(?:early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after"
          r"\s+tomorrow|today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
          r"(?:\s+(?:morning|afternoon|evening|night))?)\b", _relative_day, _DAYWORD),
    _rule(r"(?<!the\s)\b(?P<e>(?:(?:earlier|later|early|late)\s+|(?:the\s+)?(?:end|beginning|start|middle)"
          r"\s+of\s+)?(?P<rel>this\s+past|this|last|next)\s+(?P<unit>week|month|year))\b", _period, _UNITWORD),
    _rule(r"\b(?P<e>(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<rel>the)\s+(?P<unit>week|month|year))\b",
          _period, _UNITWORD),
    _rule(r"(?<![\w$£€.,])(?P<e>" + _NUMBER + r"\s+(?P<unit>day|week|month|year)s?\s+ago)\b", _ago, _AGO),
]

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _accept(rule: _Rule, m: re.Match[str], text: str, strict: bool) -> bool:
    """Whether a match is a time expression at all (before any resolution)."""
    if not strict:
        return True
    if rule.loose_only:
        return False
    for group in ("month", "wd"):
        if group in m.re.groupindex and m.group(group) and not m.group(group)[0].isupper():
            return False
    if rule.context:
        if not (m.group("prep") or m.group("mod")):
            return False
        if "year" in m.re.groupindex and not m.group("mod") and _words(m.group("prep")) in ("of", "by", "from"):
            follower = _NEXT_WORD.match(text, m.end())
            if follower and follower.group(1).islower() and follower.group(1) not in YEAR_FOLLOWERS:
                return False
    if "first" in m.re.groupindex and int(m.group("first")) >= int(m.group("year")):
        return False
    return True


def _candidates(text: str, anchor: _Anchor | None, strict: bool) -> list[tuple[int, int, DateValue | None]]:
    found = []
    present: dict[re.Pattern[str], bool] = {}  # rules share their needs: search each once
    for rule in _RULES:
        if not all(present[n] if n in present else present.setdefault(n, n.search(text) is not None)
                   for n in rule.needs):
            continue
        for m in rule.pattern.finditer(text):
            if _accept(rule, m, text, strict):
                found.append((m.start("e"), m.end("e"), rule.handler(m, anchor)))
    return found


_LEADING = re.compile(r"^(?:on|in|at|since|until|till|by|from|during|through|of|for|over|before|after|as\s+of|"
                      r"around|about)\s+", re.I)
_TRAILING = re.compile(r"[\s.,;:!?\"'“”‘’()\[\]]+$")


def normalize(expression: str, anchor: DateValue | None = None) -> DateValue | None:
    """Normalize one time expression (typically the text of a spaCy DATE entity, possibly with a
    preposition: "on Wednesday", "in May", "since 1997", "late on Tuesday") against the anchor.

    The whole expression (less a leading preposition and trailing punctuation) must be one date
    phrase; the rules are in the module documentation.

    :param expression: the phrase.
    :param anchor: the document's publication date (precision ``day``, ``datetime``, ``month`` or
        ``year``), or None.
    :returns: the date with precision ``day``, ``month`` or ``year``; None when the phrase is no
        date (a period, a duration, a vague phrase) or cannot be resolved (relative, no anchor).

    >>> published = DateValue("2018-01-11", "day")
    >>> normalize("late on Tuesday", published)
    DateValue(value='2018-01-09', precision='day')
    >>> normalize("in December", published)
    DateValue(value='2017-12', precision='month')
    >>> normalize("Jan. 11, 2018")
    DateValue(value='2018-01-11', precision='day')
    >>> normalize("the past two weeks", published) is None
    True
    """
    core = _TRAILING.sub("", expression.strip())
    core = _LEADING.sub("", core)
    if not core:
        return None
    for start, end, value in _candidates(core, _anchor(anchor), strict=False):
        if start == 0 and end == len(core):
            return value
    return None


def find(text: str, anchor: DateValue | None = None) -> list[tuple[int, int, DateValue]]:
    """All time expressions in a sentence or paragraph that resolve to a date.

    Overlapping matches are settled longest first (so "Tuesday, Jan. 9, 2018" is one date, not a
    weekday and a date). Leading prepositions ("on", "in", "since") are not part of a span;
    modifiers are ("late on Tuesday", "the end of 2016", "earlier this month").

    :param text: the text to search.
    :param anchor: the document's publication date, or None.
    :returns: ``(start, end, value)`` triples in text order, non-overlapping; ``start`` and ``end``
        are code-point offsets into ``text`` (end exclusive), ``text[start:end]`` is the phrase.

    >>> text = "Rebels attacked on Wednesday, after 9,000 families fled in 2011."
    >>> [(text[s:e], v.value) for s, e, v in find(text, DateValue("2018-01-11", "day"))]
    [('Wednesday', '2018-01-10'), ('2011', '2011')]
    """
    return list(_find(text, anchor))


@lru_cache(maxsize=2048)
def _find(text: str, anchor: DateValue | None) -> tuple[tuple[int, int, DateValue], ...]:
    """:func:`find`, kept for the sentences of the last document or so: the events and then the
    claims of a document scan each of its sentences with the same anchor, and the rules cost as
    much as a tenth of extraction. (A tuple: the cached answer is shared, never changed.)"""
    chosen: list[tuple[int, int, DateValue | None]] = []
    for start, end, value in sorted(_candidates(text, _anchor(anchor), strict=True),
                                    key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, value))
    return tuple((s, e, v) for s, e, v in sorted(chosen, key=lambda c: c[0]) if v is not None)
