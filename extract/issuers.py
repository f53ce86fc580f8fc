"""The issuing body named after a directive reference: "của Bộ Chính trị
(khóa XII)", "của Hội nghị Trung ương 7", "của Thành ủy Cần Thơ", read into
an issuer code (TW, TU, QU, CP...), the body's name and its term (khóa).

The bodies and their codes are data/tables/issuers.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .abbreviations import expand
from .tables import load_table
from .text import fold


@dataclass(frozen=True)
class IssuerPhrase:
    """An issuing body read from the text: `end` is where the phrase stops."""

    code: str
    name: str
    term: str | None
    start: int
    end: int


@dataclass(frozen=True)
class _Body:
    code: str
    name: str
    local: bool
    meeting: bool


def _words_pattern(words: str) -> str:
    """A folded phrase as a regex that allows any run of spaces between words."""
    return r"\s+".join(re.escape(w) for w in fold(words).split())


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], dict[str, _Body], re.Pattern[str], re.Pattern[str]]:
    table = load_table("issuers")
    meeting_words = [fold(w) for w in table["meeting_words"]]
    bodies: dict[str, _Body] = {}
    for row in table["bodies"]:
        words = str(row["words"])
        key = " ".join(fold(words).split())
        bodies[key] = _Body(str(row["code"]), str(row.get("name") or words), bool(row.get("local")),
                            any(key.startswith(w) for w in meeting_words))
    alternatives = sorted(bodies, key=len, reverse=True)
    intro = "|".join(_words_pattern(w) for w in table["introducers"])
    meeting = "|".join(_words_pattern(w) for w in table["meeting_words"])
    phrase = re.compile(
        rf"(?P<sep>\s*,?\s*(?:(?:{intro})\s+)|[ \t]+)"
        rf"(?P<meeting>(?:{meeting})\s+(?:lan\s+thu\s+\w+\s+)?)?"
        rf"(?P<body>{'|'.join(_words_pattern(a) for a in alternatives)})(?!\w)")
    places = "|".join(_words_pattern(w) for w in sorted(table["place_words"], key=len, reverse=True))
    place = re.compile(rf"[ \t]+(?:{places})(?!\w)\.?[ \t]*")
    term = re.compile(r"[ \t]*,?[ \t]*(?:\([ \t]*khoa[ \t]+(?P<a>[ivxlc]+|\d{1,2})\b[^)\n]{0,20}\)"
                      r"|khoa[ \t]+(?P<b>[ivxlc]+|\d{1,2})\b)")
    return phrase, bodies, place, term


_SESSION = re.compile(r"[ \t]+(?:lan[ \t]+thu[ \t]+)?(?:\d{1,2}|[ivx]{1,5})(?!\w)")
_NAME_WORD = re.compile(r"[ \t]+([^\W_][\w.]*\w|[^\W_])")
_PLACE_NAME_WORD = re.compile(r"[ \t]*([^\W_][\w.]*\w|[^\W_])")  # right after "tỉnh ", "quận "
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(number: int) -> str:
    """25 → "XXV" (terms are small numbers)."""
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def read_issuer(text: str, folded: str, pos: int) -> IssuerPhrase | None:
    """The issuing body named at `pos` ("của Ban Thường vụ Thành ủy ..."), or None.

    Without "của"/"do" the body must follow at once, after spaces only."""
    phrase, bodies, place, term_pattern = _grammar()
    m = phrase.match(folded, pos)
    if not m:
        return None
    body = bodies[" ".join(m.group("body").split())]
    end = m.end()
    if m.group("meeting") or body.meeting:
        session = _SESSION.match(folded, end)
        if session:
            end = session.end()
    name = body.name
    if body.local:
        end, place_name = _place(text, folded, end, place)
        if place_name:
            name = f"{name} {place_name}"
    term = None
    t = term_pattern.match(folded, end)
    if t:
        number = t.group("a") or t.group("b")
        term = roman(int(number)) if number.isdigit() else number.upper()
        end = t.end()
    return IssuerPhrase(body.code, name, term, m.start("sep") + len(m.group("sep")), end)


def _place(text: str, folded: str, pos: int, place: re.Pattern[str]) -> tuple[int, str | None]:
    """The place name after a local body ("Cần Thơ", "tỉnh Quảng Nam", "quận 3")."""
    start = pos
    p = place.match(folded, pos)
    after_place_word = p is not None
    if p:
        pos = p.end()
    words = 0
    while words < 4:
        first_after_place = after_place_word and words == 0
        w = (_PLACE_NAME_WORD if first_after_place else _NAME_WORD).match(text, pos)
        if not w:
            break
        word = w.group(1)
        if not (word[0].isupper() or (first_after_place and word.isdigit())):
            break
        pos = w.end()
        words += 1
        if word.isdigit():
            break
    if words == 0 and after_place_word:  # "Đảng ủy phường", "UBND huyện": the unit without its name
        pos = p.end()
        while pos > start and text[pos - 1] in " \t":
            pos -= 1
    if pos == start:
        return start, None
    # "TP. Hồ Chí Minh": the abbreviation's dot is not part of the name.
    return pos, expand(re.sub(r"(?<=\w)\.\s+", " ", " ".join(text[start:pos].split())))
