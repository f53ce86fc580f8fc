"""Dates as Vietnamese documents write them.

"Sáng ngày 12/7/2018", "Ngày đăng 12/07/2018", "Chủ Nhật, ngày 5 tháng 7 năm
2020", "ngày 30-3-2007", "Trong hai ngày 23 và 24/5/2018" (its first day), "Chiều 12-4", "Sáng 7.8", "Ngày 7/10" (the year comes
from context). :func:`find_dates` finds them with their offsets;
:func:`parse_date` reads one string.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .patterns import DIGIT, matches_at, word_starts
from .text import fold

# Words that introduce a day: "ngày", parts of the day, "hôm".
_DAY_WORD_FORMS = (r"ngay(?:\s+dang)?", r"sang(?:\s+ngay)?", r"chieu(?:\s+ngay)?", r"toi(?:\s+ngay)?",
                   r"trua(?:\s+ngay)?", r"dem(?:\s+ngay)?", "hom")
# The same, at the start of a word: the check on the character before is
# written after each form's first word, so that re tests the first letters
# alone at each position and turns away a letter inside another word by
# comparing the next letters, not by a lookbehind.
_DAY_FIRST_WORDS = tuple(re.match("[a-z]+", f).group(0) for f in _DAY_WORD_FORMS)
_DAY_WORDS_AT_WORD_START = "(?:" + "|".join(
    f[:len(w)] + rf"(?<!\w(?s:.){{{len(w)}}})" + f[len(w):] for f, w in zip(_DAY_WORD_FORMS, _DAY_FIRST_WORDS)) + ")"
_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)"

# All patterns run on folded text (lower case, no diacritics, same offsets).
# Each opens with what its first character must be (a digit, a day word's letter,
# the literal "thang" before the word-boundary check) so that the scan skips
# other positions fast. A pattern that opens with a plain character class
# (not a lookahead) is the fastest: re then tests that class alone, in a
# tight loop, so the check on the character before the day's first digit is
# a lookbehind after it ("\d(?<![\d/.-]\d)", not "(?<![\d/.-])\d"); the
# digit itself is patterns.DIGIT, cheaper to test than "\d".
_FULL_NUMERIC = re.compile(
    "(" + DIGIT + r"(?<![\d/.-]\d)\d?)\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?![\d/])")
_WORDS = re.compile(
    "(" + DIGIT + r"(?<!\d\d)\d?)\s+thang\s+(\d{1,2})\s*(?:,\s*)?nam\s+((?:19|20)\d{2})(?!\d)")
_DAY_MONTH = re.compile(
    _DAY_WORDS_AT_WORD_START + r"\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})(?![\d/.-]*\d)(?!\s*(?:[/.-]\s*\d|%))")
# "Trong hai ngày 23 và 24/5/2018", "ngày 23-24/5/2018": an event over days, dated by its first.
_DAY_RANGE = re.compile(
    _DAY_WORDS_AT_WORD_START + r"\s+\(?\s*(\d{1,2})\s*(?:va|den|-|–)\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\3\s*((?:19|20)\d{2})(?![\d/])")
_MONTH_YEAR = re.compile(r"thang(?<=\bthang)\s+(\d{1,2})\s*(?:/|-|\s+nam\s+)\s*((?:19|20)\d{2})(?!\d)")
_TIME_AFTER = re.compile(r"\s*(?:\|\s*)?(?:-\s*)?\d{1,2}:\d{2}")
_WEEKDAY_BEFORE = re.compile(_WEEKDAY + r"\s*,?\s*(?:ngay\s+)?$")


@dataclass(frozen=True)
class DateMention:
    """A date found in a text. Any part may be missing (None)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    stamp: bool = False  # looks like a page's publishing stamp, not a date the text speaks of

    def iso(self, default_year: int | None = None) -> str | None:
        year = self.year or default_year
        if year is None:
            return None
        if self.month is None:
            return f"{year:04d}"
        if self.day is None:
            return f"{year:04d}-{self.month:02d}"
        return f"{year:04d}-{self.month:02d}-{self.day:02d}"


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        try:
            _dt.date(year or 2000, month or 1, day)  # 2000 is a leap year: 29/2 passes
        except ValueError:
            return False
    return True


def _is_stamp(folded: str, start: int, end: int) -> bool:
    """A date on a line of its own, or with a weekday or clock time, is a page stamp."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    before = folded[line_start:start]
    after = folded[end:line_end]
    if _TIME_AFTER.match(folded, end):
        return True
    if _WEEKDAY_BEFORE.search(before):
        return True
    if re.fullmatch(r"\s*(?:ngay\s+dang\s*:?\s*)?", before) and not after.strip(" |-:0123456789"):
        return True
    return "ngay dang" in before


def find_dates(text: str, folded: str | None = None) -> list[DateMention]:
    """Every date in `text`, in order of position, without overlaps.
    `folded` is fold(text) when the caller has it already."""
    if folded is None:
        folded = fold(text)
    found: list[DateMention] = []
    # The spans taken so far, sorted and disjoint: an overlap can only be
    # with the neighbours of where a new span would go.
    starts: list[int] = []
    ends: list[int] = []

    def add(start: int, end: int, year, month, day) -> None:
        i = bisect.bisect_left(starts, end)
        if (i > 0 and ends[i - 1] > start) or not _valid(year, month, day):
            return
        starts.insert(i, start)
        ends.insert(i, end)
        found.append(DateMention(start, end, year, month, day, _is_stamp(folded, start, end)))

    for m in _WORDS.finditer(folded):
        add(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    # Both day patterns open with a day word's first word: str.find skips ahead
    # to those far faster than re to their first letters (n, s, c, t, d, h).
    day_words = word_starts(folded, _DAY_FIRST_WORDS)
    for m in matches_at(_DAY_RANGE, folded, day_words):
        if int(m.group(1)) < int(m.group(2)):
            add(m.start(1), m.end(), int(m.group(5)), int(m.group(4)), int(m.group(1)))
    for m in _FULL_NUMERIC.finditer(folded):
        add(m.start(), m.end(), int(m.group(4)), int(m.group(3)), int(m.group(1)))
    for m in matches_at(_DAY_MONTH, folded, day_words):
        add(m.start(1), m.end(), None, int(m.group(3)), int(m.group(1)))
    for m in _MONTH_YEAR.finditer(folded):
        add(m.start(), m.end(), int(m.group(2)), int(m.group(1)), None)
    found.sort(key=lambda d: d.start)
    return found


@lru_cache(maxsize=4)
def dates_in(text: str, folded: str | None = None) -> tuple[DateMention, ...]:
    """find_dates, remembered for the last few texts: several components ask for the same one."""
    return tuple(find_dates(text, folded))


def year_for(date: DateMention, stamp: DateMention | None = None,
             default_year: int | None = None) -> int | None:
    """The year a date falls in: its own, else the stamp's (a year back when the
    day would fall after the stamp: "Ngày 7/10" on a page of January is last
    October), else `default_year`."""
    if date.year:
        return date.year
    if stamp is not None and stamp.year:
        if stamp.month and date.month and (date.month, date.day or 1) > (stamp.month, stamp.day or 31):
            return stamp.year - 1
        return stamp.year
    return default_year


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """The ISO form of the first date in `text`, or None.

    >>> parse_date("Sáng ngày 12/7/2018")
    '2018-07-12'
    >>> parse_date("Ngày 7/10", default_year=2020)
    '2020-10-07'
    """
    dates = find_dates(text)
    return dates[0].iso(default_year) if dates else None
