"""Vietnamese text normalisation: NFC, look-alike characters, tone-mark placement
and a length-preserving fold for case- and diacritic-insensitive matching.

Every offset vnkg reports points into the text returned by :func:`normalise`.
:func:`fold` maps each character of that text to exactly one character, so a
match found in the folded text has the same offsets in the original.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

# Characters that look like Vietnamese letters but are not: Icelandic eth and
# the African D with hook are typed for "Đ"/"đ" by some keyboards and OCR.
LOOKALIKES = str.maketrans({
    "\u00d0": "\u0110",  # Ð → Đ
    "\u00f0": "\u0111",  # ð → đ
    "\u0189": "\u0110",  # Ɖ → Đ
    "\u0256": "\u0111",  # ɖ → đ
    "\u00a0": " ",       # no-break space → space
    "\u2007": " ",
    "\u202f": " ",
    "\ufeff": " ",       # a BOM left inside the text (a space keeps offsets)
})

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng


def normalise(text: str) -> str:
    """NFC, with look-alike letters mapped to Vietnamese ones."""
    text = unicodedata.normalize("NFC", text)
    # One str.replace per look-alike present rather than str.translate, which
    # looks every non-ASCII character up in its table one by one (a tenth of
    # the extraction time on a text with a single no-break space). The same
    # result: no look-alike maps to another look-alike.
    replaced = False
    for code, letter in LOOKALIKES.items():
        if chr(code) in text:
            text = text.replace(chr(code), letter)
            replaced = True
    return unicodedata.normalize("NFC", text) if replaced else text


def _fold_char(c: str) -> str:
    if c in "đĐðÐ":
        return "d"
    if c.isascii():
        return c.lower()
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


class _FoldTable(dict):
    """A str.translate table that works out each character's fold on first sight."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()

# Long texts are folded as arrays of code points: str.translate looks every
# non-ASCII character up in a dict one by one, about eight times slower on
# Vietnamese text. The array table is filled lazily, like _FOLD_TABLE.
_ARRAY_FOLD_FROM = 512  # characters; below this translate's fixed cost is lower
_fold_codes: np.ndarray | None = None
_fold_known: np.ndarray | None = None


def _fold_array(text: str) -> str:
    global _fold_codes, _fold_known
    if _fold_codes is None:
        _fold_codes = np.arange(0x110000, dtype=np.uint32)
        _fold_known = np.zeros(0x110000, dtype=bool)
        _fold_codes[:128] = np.frombuffer(bytes(range(128)).lower(), dtype=np.uint8)
        _fold_known[:128] = True
    # surrogatepass: a lone surrogate (from a surrogateescape'd byte) stays itself.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    unknown = codes[~_fold_known[codes]]
    if unknown.size:
        for code in np.unique(unknown).tolist():
            folded = _FOLD_TABLE[code]
            _fold_codes[code] = ord(folded) if len(folded) == 1 else code
            _fold_known[code] = True
    return _fold_codes[codes].tobytes().decode("utf-32-le", "surrogatepass")


def fold(text: str) -> str:
    """Lower-case and strip every diacritic, one character for one character.

    "Ủy ban Nhân dân Quận 9" → "uy ban nhan dan quan 9"; "uỷ" and "ủy" both
    fold to "uy". len(fold(s)) == len(s) always.
    """
    if len(text) >= _ARRAY_FOLD_FROM:
        return _fold_array(text)
    if len(text) <= _REMEMBERED_FOLD_UP_TO:
        return _fold_short(text)
    return text.translate(_FOLD_TABLE)


# The short strings folded one by one (names, titles, table words) repeat: a
# document folds about a thousand, of some hundred distinct ones, and
# str.translate looks each non-ASCII character up in _FOLD_TABLE. Bounded:
# at most 8192 strings of at most 64 characters.
_REMEMBERED_FOLD_UP_TO = 64


@lru_cache(maxsize=8192)
def _fold_short(text: str) -> str:
    return text.translate(_FOLD_TABLE)


def _open_syllable_ends() -> re.Pattern[str]:
    """The end of every word whose tone `_move_tone` could move: an o or u
    (with any marks) then a toned a, e or y, with the letter before them (for
    the "qu" check). Matching these alone, not every word, keeps
    canonical_tones off most of the text."""
    firsts, lasts = [], []
    for code in range(0x41, 0x1F00):
        ch = chr(code)
        base, marks = unicodedata.normalize("NFD", ch)[0].lower(), unicodedata.normalize("NFD", ch)[1:]
        if base in "ou":
            firsts.append(ch)
        if base in "aey" and TONE_MARKS.intersection(marks):
            lasts.append(ch)
    return re.compile(rf"\w?[{''.join(firsts)}][{''.join(lasts)}](?!\w)")


_OPEN_SYLLABLE_END = _open_syllable_ends()


def _move_tone(word: str) -> str:
    """Put the tone of an open "oa", "oe" or "uy" syllable on its first vowel
    (the traditional placement: "hoà" → "hòa", "thuỷ" → "thủy")."""
    decomposed = unicodedata.normalize("NFD", word)
    letters: list[list[str]] = []  # base letter followed by its marks
    for ch in decomposed:
        if unicodedata.combining(ch) and letters:
            letters[-1].append(ch)
        else:
            letters.append([ch])
    if len(letters) < 2:
        return word
    last, prev = letters[-1], letters[-2]
    pair = (prev[0].lower() + last[0].lower())
    if pair not in ("oa", "oe", "uy"):
        return word
    if pair == "uy" and len(letters) >= 3 and letters[-3][0].lower() == "q":
        return word  # "quý": the u belongs to "qu"
    tone = [m for m in last[1:] if m in TONE_MARKS]
    if not tone or any(m in TONE_MARKS for m in prev[1:]):
        return word
    last[1:] = [m for m in last[1:] if m not in TONE_MARKS]
    prev.extend(tone)
    return unicodedata.normalize("NFC", "".join("".join(x) for x in letters))


def canonical_tones(text: str) -> str:
    """The same text with tone marks in one placement, so that "Quận uỷ" and
    "Quận ủy" compare equal while "Lâm" and "Lam" still differ."""
    # _move_tone reads only a word's last three letters, so the match suffices.
    return _OPEN_SYLLABLE_END.sub(lambda m: _move_tone(m.group(0)), normalise(text))


def name_key(text: str) -> str:
    """A comparison key for a name: canonical tones, lower case, single spaces."""
    return " ".join(canonical_tones(text).lower().split())


def search_key(text: str) -> str:
    """A key for diacritic-free search: folded, punctuation to spaces."""
    return " ".join(re.sub(r"[^\w/]+", " ", fold(normalise(text))).split())
