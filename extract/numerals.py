"""Numbers as Party texts write them: Roman numerals ("khóa XII", "lần thứ
XXII") and Vietnamese number words ("lần thứ sáu", "thứ mười một").

The number words live in data/tables/numerals.yaml; the rules that combine
them ("hai mươi mốt" = 21) are here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .tables import load_table
from .text import fold

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
ROMAN = re.compile(r"[IVXLC]+\b")


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral ("XXV" → 25), or None when it is not one."""
    text = numeral.strip().lower()
    if not text or any(c not in _ROMAN_VALUES for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN_VALUES[c]
        following = _ROMAN_VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    if total <= 0 or to_roman(total) != text.upper():
        return None  # "IIII", "VX": not a well-formed numeral
    return total


def to_roman(value: int) -> str:
    """25 → "XXV" (for terms written in digits, "khóa 25")."""
    out = []
    for number, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
                            (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], str]:
    table = load_table("numerals")
    return {fold(k): int(v) for k, v in table["units"].items()}, fold(table["ten"])


@lru_cache(maxsize=1)
def number_words_pattern() -> str:
    """A regex (folded text) for a run of number words, longest first."""
    units, ten = _words()
    word = "|".join(sorted(set(units) | {ten}, key=len, reverse=True))
    return rf"(?:{word})(?:\s+(?:{word})){{0,3}}\b"


def words_value(words: str) -> int | None:
    """The value of folded number words: "sau" → 6, "muoi mot" → 11, "hai muoi mot" → 21."""
    units, ten = _words()
    parts = fold(words).split()
    if not parts:
        return None
    total = 0
    if ten in parts:
        i = parts.index(ten)
        if i > 1 or parts.count(ten) > 1:
            return None
        tens = units.get(parts[0]) if i == 1 else 1
        if tens is None:
            return None
        total = 10 * tens
        parts = parts[i + 1:]
    if len(parts) > 1:
        return None
    if parts:
        unit = units.get(parts[0])
        if unit is None:
            return None
        total += unit
    return total or None
