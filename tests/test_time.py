"""Time expressions: normalization against a publication date, and detection in running text."""
from __future__ import annotations

import pytest

from kg.extract.time import find, normalize
from kg.model import DateValue

THU = DateValue("2018-01-11", "day")  # a Thursday


@pytest.mark.parametrize("expression,value,precision", [
    ("January 11, 2018", "2018-01-11", "day"),
    ("Jan. 11, 2018", "2018-01-11", "day"),
    ("Jan 11 2018", "2018-01-11", "day"),
    ("11 January 2018", "2018-01-11", "day"),
    ("11 Jan. 2018", "2018-01-11", "day"),
    ("2018-01-11", "2018-01-11", "day"),
    ("2018-01-11T09:04:00Z", "2018-01-11", "day"),
    ("December 6, 2017", "2017-12-06", "day"),
    ("Sept. 17, 2019", "2019-09-17", "day"),
    ("Sep 17, 2019", "2019-09-17", "day"),
    ("the 21st of December 2017", "2017-12-21", "day"),
    ("on December 3rd, 2017", "2017-12-03", "day"),
    ("Tuesday, Jan. 9, 2018", "2018-01-09", "day"),
    ("Feb. 29, 2016", "2016-02-29", "day"),
    ("August 2017", "2017-08", "month"),
    ("in May 2017", "2017-05", "month"),
    ("early March 2011", "2011-03", "month"),
    ("2017-08", "2017-08", "month"),
    ("in 2011", "2011", "year"),
    ("since 1997", "1997", "year"),
    ("the end of 2016", "2016", "year"),
    ("mid-2016", "2016", "year"),
    ("in early 2017", "2017", "year"),
    ("the summer of 2017", "2017", "year"),
    ("2011", "2011", "year"),
])
def test_time_absolute_and_partial(expression, value, precision):
    assert normalize(expression, THU) == DateValue(value, precision)
    assert normalize(expression) == DateValue(value, precision)  # no anchor needed


@pytest.mark.parametrize("expression,value,precision", [
    ("December 11", "2017-12-11", "day"),
    ("Sept. 17", "2017-09-17", "day"),
    ("January 5", "2018-01-05", "day"),
    ("Feb. 10", "2018-02-10", "day"),       # within a month after the anchor: this year
    ("March 1", "2017-03-01", "day"),       # more than a month after: the previous year
    ("21st of December", "2017-12-21", "day"),
    ("Wednesday, January 10", "2018-01-10", "day"),
    ("in May", "2017-05", "month"),
    ("in January", "2018-01", "month"),
    ("in December", "2017-12", "month"),
    ("early December", "2017-12", "month"),
    ("last May", "2017-05", "month"),
    ("next May", "2018-05", "month"),
    ("this May", "2018-05", "month"),
    ("today", "2018-01-11", "day"),
    ("tonight", "2018-01-11", "day"),
    ("this morning", "2018-01-11", "day"),
    ("yesterday", "2018-01-10", "day"),
    ("late yesterday", "2018-01-10", "day"),
    ("last night", "2018-01-10", "day"),
    ("the day before yesterday", "2018-01-09", "day"),
    ("tomorrow", "2018-01-12", "day"),
    ("on Wednesday", "2018-01-10", "day"),
    ("on Thursday", "2018-01-11", "day"),
    ("on Friday", "2018-01-05", "day"),
    ("on Monday", "2018-01-08", "day"),
    ("late on Tuesday", "2018-01-09", "day"),
    ("Tuesday night", "2018-01-09", "day"),
    ("on Tuesday morning", "2018-01-09", "day"),
    ("early Tuesday", "2018-01-09", "day"),
    ("last Tuesday", "2018-01-09", "day"),
    ("last Thursday", "2018-01-04", "day"),
    ("this past Thursday", "2018-01-04", "day"),
    ("next Thursday", "2018-01-18", "day"),
    ("next Monday", "2018-01-15", "day"),
    ("two weeks ago", "2017-12-28", "day"),
    ("three days ago", "2018-01-08", "day"),
    ("a week ago", "2018-01-04", "day"),
    ("10 days ago", "2018-01-01", "day"),
    ("two months ago", "2017-11", "month"),
    ("a year ago", "2017", "year"),
    ("last week", "2018-01", "month"),
    ("this week", "2018-01", "month"),
    ("earlier this week", "2018-01", "month"),
    ("next week", "2018-01", "month"),
    ("last month", "2017-12", "month"),
    ("this month", "2018-01", "month"),
    ("earlier this month", "2018-01", "month"),
    ("the end of the month", "2018-01", "month"),
    ("next month", "2018-02", "month"),
    ("this year", "2018", "year"),
    ("earlier this year", "2018", "year"),
    ("last year", "2017", "year"),
    ("late last year", "2017", "year"),
    ("the end of last year", "2017", "year"),
    ("next year", "2019", "year"),
    ("the end of the year", "2018", "year"),
])
def test_time_relative_to_anchor(expression, value, precision):
    assert normalize(expression, THU) == DateValue(value, precision)


@pytest.mark.parametrize("expression,anchor,value,precision", [
    # leap years
    ("yesterday", "2016-03-01", "2016-02-29", "day"),
    ("yesterday", "2017-03-01", "2017-02-28", "day"),
    ("two weeks ago", "2016-03-07", "2016-02-22", "day"),
    ("Feb. 29", "2016-03-10", "2016-02-29", "day"),
    ("Feb. 29", "2017-03-10", None, None),
    ("Feb. 29, 2017", "2017-03-10", None, None),
    ("February 30", "2016-03-10", None, None),
    # year boundaries
    ("in December", "2018-01-02", "2017-12", "month"),
    ("last month", "2018-01-02", "2017-12", "month"),
    ("next month", "2017-12-20", "2018-01", "month"),
    ("yesterday", "2018-01-01", "2017-12-31", "day"),
    ("December 31", "2018-01-01", "2017-12-31", "day"),
    ("Jan. 3", "2017-12-28", "2017-01-03", "day"),
    ("on Sunday", "2018-01-02", "2017-12-31", "day"),
    ("last week", "2018-01-03", "2017-12", "month"),      # Dec 25-31: one month
    ("last week", "2018-02-05", "2018-01", "month"),      # Jan 29 - Feb 4: its earlier part
    ("this week", "2018-02-01", "2018-01", "month"),      # Monday Jan 29
    ("this week", "2018-02-05", "2018-02", "month"),
    # the anchor's own weekday is the anchor
    ("on Monday", "2018-01-08", "2018-01-08", "day"),
    ("last Monday", "2018-01-08", "2018-01-01", "day"),
    ("next Monday", "2018-01-08", "2018-01-15", "day"),
])
def test_time_edge_cases(expression, anchor, value, precision):
    expected = DateValue(value, precision) if value else None
    assert normalize(expression, DateValue(anchor, "day")) == expected


@pytest.mark.parametrize("expression,anchor,expected", [
    ("on Wednesday", DateValue("2018-01-11T09:04:00", "datetime"), DateValue("2018-01-10", "day")),
    ("late on Tuesday", DateValue("2018-01-11T23:59:00", "datetime"), DateValue("2018-01-09", "day")),
    ("on Wednesday", DateValue("2018-01", "month"), None),
    ("yesterday", DateValue("2018-01", "month"), None),
    ("last week", DateValue("2018-01", "month"), None),
    ("three days ago", DateValue("2018-01", "month"), None),
    ("last month", DateValue("2018-01", "month"), DateValue("2017-12", "month")),
    ("in May", DateValue("2018-01", "month"), DateValue("2017-05", "month")),
    ("December 11", DateValue("2018-01", "month"), DateValue("2017-12-11", "day")),
    ("this year", DateValue("2018-01", "month"), DateValue("2018", "year")),
    ("last year", DateValue("2018", "year"), DateValue("2017", "year")),
    ("this year", DateValue("2018", "year"), DateValue("2018", "year")),
    ("a year ago", DateValue("2018", "year"), DateValue("2017", "year")),
    ("yesterday", DateValue("2018", "year"), None),
    ("last month", DateValue("2018", "year"), None),
    ("last May", DateValue("2018", "year"), None),
])
def test_time_coarse_anchors(expression, anchor, expected):
    assert normalize(expression, anchor) == expected


@pytest.mark.parametrize("expression,anchor", [
    ("recent months", THU), ("the past decade", THU), ("the near future", THU), ("three years", THU),
    ("eight years", THU), ("the past two weeks", THU), ("over the last two weeks", THU),
    ("over the last week", THU), ("the past year", THU), ("a few days ago", THU), ("the 1990s", THU),
    ("between 2011 and 2013", THU), ("", THU), ("next", THU), ("9,000", THU),
    ("on Wednesday", None), ("yesterday", None), ("last week", None), ("in May", None),
    ("December 11", None), ("this year", None), ("two weeks ago", None),
])
def test_time_unresolved_is_none(expression, anchor):
    assert normalize(expression, anchor) is None


@pytest.mark.parametrize("text,expected", [
    ("Troops withdrew on Wednesday, officials said.", [("Wednesday", "2018-01-10")]),
    ("The strike came late on Tuesday, Jan. 9, 2018, near the border.", [("Tuesday, Jan. 9, 2018", "2018-01-09")]),
    ("Fighting began late on Tuesday and ended Tuesday night.",
     [("late on Tuesday", "2018-01-09"), ("Tuesday night", "2018-01-09")]),
    ("The war began in 2011 and has raged since 1997.", [("2011", "2011"), ("1997", "1997")]),
    ("Talks stalled in May 2017 and resumed in May.", [("May 2017", "2017-05"), ("May", "2017-05")]),
    ("Between 2011 and 2013 and in 2014-2015 prices rose.",
     [("2011", "2011"), ("2013", "2013"), ("2014", "2014"), ("2015", "2015")]),
    ("By the end of 2016, mid-2017 and early 2018 it was over.",
     [("the end of 2016", "2016"), ("mid-2017", "2017"), ("early 2018", "2018")]),
    ("It was signed on 11 January 2018 (2018-01-11) and on the 21st of December 2017.",
     [("11 January 2018", "2018-01-11"), ("2018-01-11", "2018-01-11"), ("the 21st of December 2017", "2017-12-21")]),
    ("Earlier this month, last week and two weeks ago, but not over the last week.",
     [("Earlier this month", "2018-01"), ("last week", "2018-01"), ("two weeks ago", "2017-12-28")]),
    ("Yesterday he said last year was bad, and this year is worse.",
     [("Yesterday", "2018-01-10"), ("last year", "2017"), ("this year", "2018")]),
    ("He arrived Dec. 6 and left Sept. 17, 2019.", [("Dec. 6", "2017-12-06"), ("Sept. 17, 2019", "2019-09-17")]),
])
def test_time_find_offsets_are_exact(text, expected):
    found = find(text, THU)
    assert [(text[s:e], v.value) for s, e, v in found] == expected
    starts = [s for s, _, _ in found]
    assert starts == sorted(starts)
    assert all(e1 <= s2 for (_, e1, _), (s2, _, _) in zip(found, found[1:]))
    for s, e, v in found:
        assert normalize(text[s:e], THU) == v


@pytest.mark.parametrize("text", [
    "Some 9,000 families fled.",
    "The donors gave $651,000 to the fund.",
    "Leaders of 55 Muslim countries met.",
    "He finished 2nd R in the race.",
    "Prime Minister Theresa May spoke to May supporters.",
    "They may march in march.",
    "A crowd of 2000 people gathered.",
    "The 1990s were calm; 2017% growth; room 2011 is free.",
    "Inflation rose by 2015 points.",
    "Over the past two weeks, in recent months and for three years, over the last week.",
    "Monsoon season, decade-long wars and a 2-1 win.",
])
def test_time_find_ignores_non_dates(text):
    assert find(text, THU) == []


def test_time_find_without_anchor_keeps_absolute_dates_only():
    text = "On Wednesday, Jan. 10, 2018, and on Tuesday, and in May, and in 2011."
    assert [(text[s:e], v) for s, e, v in find(text)] == [
        ("Wednesday, Jan. 10, 2018", DateValue("2018-01-10", "day")), ("2011", DateValue("2011", "year"))]


def test_time_find_never_returns_datetime():
    text = "Published 2018-01-11T09:04:00Z and January 11, 2018 09:04."
    assert {v.precision for _, _, v in find(text, DateValue("2018-01-11T09:04:00", "datetime"))} == {"day"}


def test_time_rule_prefilter_changes_no_result():
    """Each rule is skipped when its cheap "needs" patterns are missing from the text; running every
    rule unconditionally over the seeds and over every kind of date phrase gives the same candidates."""
    import dataclasses
    from pathlib import Path

    from kg.extract import time as t

    phrases = [line for line in (t.__doc__ or "").splitlines() if line.strip()]
    phrases += ["On Wednesday, Jan. 10, 2018, late on Tuesday and two days ago.", "the 21st of December 2017",
                "since 1997, between 2011 and 2014, in mid-2016", "Sept. 4 and 4 Sept., the end of the month",
                "MONDAY NIGHT, THIS PAST WEEK, YESTERDAY", "2018-01-11T09:04:00Z", "2017-05", "a year ago"]
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    texts = phrases + [line for f in sorted(seeds.iterdir()) for line in f.read_text("utf-8").splitlines()]
    anchor = t._anchor(DateValue("2018-01-11", "day"))
    unfiltered = [dataclasses.replace(rule, needs=()) for rule in t._RULES]
    found = 0
    for text in texts:
        for strict in (True, False):
            got = t._candidates(text, anchor, strict)
            original, t._RULES = t._RULES, unfiltered
            try:
                assert got == t._candidates(text, anchor, strict), text
            finally:
                t._RULES = original
            found += len(got)
    assert found > 100


def test_find_is_computed_once_per_sentence_and_each_caller_gets_its_own_list():
    """Events and claims both scan every sentence: the second scan is a cache hit, and a caller that
    changes its list does not change what the next caller gets."""
    from kg.extract import time as timex

    text = "Delegates from Ruritania met in Vexo on Wednesday, after talks in 2011 failed."
    hits = timex._find.cache_info().hits
    first = find(text, THU)
    first.append("changed")
    second = find(text, THU)
    assert timex._find.cache_info().hits == hits + 1
    assert [(text[s:e], v.value) for s, e, v in second] == [("Wednesday", "2018-01-10"), ("2011", "2011")]
