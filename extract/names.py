"""Vietnamese personal names: runs of capitalised syllables that begin with a
surname (họ) from `data/tables/surnames.tsv`, and the words around a name
(`data/tables/person_cues.yaml`) that say whether a run is a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .patterns import any_case
from .tables import load_table
from .text import fold
from .text import name_key as _name_key

# Names and body words repeat throughout a text; their keys are worth keeping.
name_key = lru_cache(maxsize=1 << 16)(_name_key)

MAX_SYLLABLES = 5

_LATIN = [chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isalpha()]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
_UPPER_WORD = re.compile(rf"[{_UP}]+(?![\w])")


@dataclass(frozen=True)
class Run:
    """Capitalised words in a row: their spans."""

    words: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.words[0][0]

    @property
    def end(self) -> int:
        return self.words[-1][1]


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(name_key(row["surname"]) for row in load_table("surnames"))


@lru_cache(maxsize=1)
def cues() -> dict:
    return load_table("person_cues")


def _phrase_regex(words, at_end: bool) -> re.Pattern[str]:
    forms = sorted({" ".join(fold(w).split()) for w in words}, key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    if at_end:
        return re.compile(r"(?:^|(?<=[^\w]))(?:" + alternation + r")[\s:]*$")
    return re.compile(r"(?:" + alternation + r")(?![\w])")


@lru_cache(maxsize=1)
def trigger_before() -> re.Pattern[str]:
    """Matches, at the end of a window, a word that announces a person ("đồng chí")."""
    return _phrase_regex(cues()["triggers"], at_end=True)


@lru_cache(maxsize=1)
def trigger_then_capitals() -> re.Pattern[str]:
    """A cue word followed by a word in capitals ("đồng chí NGUYỄN ...")."""
    words = sorted(cues()["triggers"], key=len, reverse=True)
    # The lookahead on the cues' first letters (either case) lets the scan skip other positions fast.
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(rf"(?=[{first}])(?<![\w])(?:" + "|".join(re.escape(w) for w in words)
                      + rf")\s+(?=[{_UP}]{{2,}}\s)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _cue_at(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of `words` written with its diacritics, in any case, at the start of a word."""
    return re.compile("|".join(form + rf"(?<!\w(?s:.){{{len(word)}}})" for word in words for form in any_case(word)))


def cue_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Every position where one of the lower-case cue `words` begins, one inside
    another too ("các |đồng chí"). Found once on the text, where "ô", "à" and
    "ị" are rare, for the readers of cues (names in capitals, short mentions)
    to try their patterns at: trigger_then_capitals, case-blind, can match only
    where a trigger begins."""
    pattern, starts, pos = _cue_at(words), [], 0
    while (m := pattern.search(text, pos)) is not None:
        starts.append(m.start())
        pos = m.start() + 1
    return starts


def triggers_then_capitals(text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """trigger_then_capitals().finditer(text), given cue_starts of the triggers: the
    case-blind pattern opens with a lookahead, so re would try it at every
    position of the text."""
    pattern = trigger_then_capitals()
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


@lru_cache(maxsize=1)
def blocker_before() -> re.Pattern[str]:
    """Matches, at the end of a window, a word that makes a run a place or a body."""
    return _phrase_regex(cues()["not_before"], at_end=True)


@lru_cache(maxsize=1)
def institution_before() -> re.Pattern[str]:
    """Matches a capitalised institution head ("Trường", "Công ty") and up to
    five words after it, up to the end of a clause window."""
    heads = sorted(cues()["institution_heads"], key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for h in heads) + r")(?:\s+[^\s,;.:()]+){0,5}\s+$")


@lru_cache(maxsize=1)
def outlet_keys() -> frozenset[str]:
    return frozenset(name_key(o) for o in cues()["press_outlets"])


def title_runs(text: str, start: int = 0, end: int | None = None, min_words: int = 1) -> list[Run]:
    """Runs of title-case words ("Nguyễn Văn Nam") separated by single spaces,
    of at least `min_words` words. A word right after a letter, digit or one
    of "_-./" starts no run."""
    end = len(text) if end is None else end
    pattern = _TITLE_RUN if min_words <= 1 else _title_run(min_words)
    runs: list[Run] = []
    for m in pattern.finditer(text, start, end):
        words = []
        pos = m.start()
        for word in m.group(0).split(" "):
            words.append((pos, pos + len(word)))
            pos += len(word) + 1
        runs.append(Run(tuple(words)))
    return runs


@lru_cache(maxsize=8)
def _title_run(min_words: int) -> re.Pattern[str]:
    # The check on the character before comes after the first letter, so that re skips ahead fast.
    # Names of the Central Highlands join syllables with an apostrophe: "K'Điệp", "H'Linh".
    tail = rf"[{_LOW}]*(?:['’][{_UP}][{_LOW}]*)?(?![\w])"
    word = rf"[{_UP}]{tail}"
    return re.compile(rf"[{_UP}](?<![\w\-./'’](?s:.)){tail}(?: {word}){{{max(min_words, 1) - 1},}}")


_TITLE_RUN = _title_run(1)


def syllable_count(word: str) -> int:
    """Syllables in a written word: "K'Brêu" is two."""
    return 1 + word.count("'") + word.count("’")


def joined_names(text: str) -> list[Run]:
    """Single words that join two capitalised syllables with an apostrophe
    ("K'Brêu", "H'Hen"): a whole name of the Central Highlands on its own."""
    return [run for run in title_runs(text) if len(run.words) == 1
            and syllable_count(text[run.start:run.end]) > 1]


def upper_name_at(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A name written in capitals ("NGỌC QUYÊN") from `pos`, up to `end`."""
    words = []
    i = pos
    for m in _UPPER_WORD.finditer(text, pos, end):
        if text[i:m.start()].strip():
            break
        words.append((m.start(), m.end()))
        i = m.end()
    if 2 <= len(words) <= MAX_SYLLABLES:
        return words[0][0], words[-1][1]
    return None


def title_case(name: str) -> str:
    """A name written with each syllable capitalised: "NGỌC QUYÊN" → "Ngọc Quyên"."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def is_surname(word: str) -> bool:
    return name_key(word) in surnames()
