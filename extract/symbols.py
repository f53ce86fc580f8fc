"""Directive symbols: read "26-NQ/TW", "1234/QĐ-UBND" or "01/2021/NQ-HĐND" in
any of the ways documents write them (TƯ for TW, spaces, en dashes, a missing
hyphen, leading zeros) and write them back in one canonical form.

Party style is `number-TYPE/ISSUER`; State style is `number[/year]/TYPE-ISSUER`
(laws: `number/year/ISSUER`, no type). :func:`format_symbol` and
:func:`parse_symbol` round-trip: ``parse_symbol(format_symbol(s)) == s``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .patterns import DIGIT
from .tables import load_table

PARTY = "party"
STATE = "state"

# A code as symbols write it: capitals, at most one trailing small letter
# ("CTr", "TTg", "QĐi"). Capitals include the Vietnamese Đ, Ư and Ơ.
_CAPS = "A-ZĐƯƠ"
_CODE = rf"[{_CAPS}]{{1,8}}[a-zđ]?"
_DASH = r"[-–—‐]"


@dataclass(frozen=True)
class Symbol:
    """The parts of a symbol. `number` has no leading zeros; `year` is the
    year written inside a State-style symbol. A symbol without an issuer is
    Party style ("703-QĐ"), and a Party-style symbol carries no year."""

    number: str
    type: str | None
    issuer: str | None = None
    year: int | None = None
    style: str = PARTY

    def __post_init__(self) -> None:
        object.__setattr__(self, "number", strip_zeros(self.number))
        if self.issuer is None or self.type is None and self.year is None:
            object.__setattr__(self, "style", PARTY)
        if self.style == PARTY:
            object.__setattr__(self, "year", None)


def strip_zeros(number: str) -> str:
    """"05" → "5"; "0" stays "0"."""
    return str(number).lstrip("0") or "0"


@lru_cache(maxsize=1)
def _issuer_table() -> tuple[dict[str, str], dict[str, str]]:
    """(spelling → canonical code, code → style)."""
    spellings: dict[str, str] = {}
    styles: dict[str, str] = {}
    for row in load_table("issuers")["codes"]:
        code = str(row["code"])
        styles[code] = row.get("style", PARTY)
        spellings[code] = code
        for spelling in row.get("spellings") or []:
            spellings[str(spelling)] = code
    return spellings, styles


def canonical_issuer(code: str | None) -> str | None:
    """The issuer code as the symbol should carry it: "TƯ" → "TW"."""
    if code is None:
        return None
    code = re.sub(r"\s+", "", code)
    return _issuer_table()[0].get(code, code)


def issuer_style(code: str | None) -> str:
    """The style of the symbols an issuer writes (party for unknown codes)."""
    if code is None:
        return PARTY
    return _issuer_table()[1].get(code, PARTY)


def format_symbol(symbol: Symbol) -> str:
    """The canonical text of a symbol: "26-NQ/TW", "1234/QĐ-UBND", "1/2021/NQ-HĐND"."""
    if symbol.style == STATE:
        head = f"{symbol.number}/{symbol.year}/" if symbol.year else f"{symbol.number}/"
        return f"{head}{symbol.type}-{symbol.issuer}" if symbol.type else f"{head}{symbol.issuer}"
    if symbol.issuer is None:
        return f"{symbol.number}-{symbol.type}"
    return f"{symbol.number}-{symbol.type}/{symbol.issuer}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(pattern that finds symbols in running text, pattern that reads one symbol)."""
    odd = sorted((s for s in _issuer_table()[0] if not re.fullmatch(_CODE, s)), key=len, reverse=True)
    issuer = "(?:" + "|".join([re.escape(s) for s in odd] + [rf"{_CODE}\d{{0,2}}"]) + ")"
    state_issuer = rf"{issuer}(?:{_DASH}{_CODE})*"

    def number(name: str) -> str:
        return rf"(?<![\w/.,–-])(?P<{name}>\d{{1,5}})"

    state = (rf"{number('snumber')}\s*/\s*(?:(?P<year>(?:19|20)\d{{2}})\s*/\s*)?"
             rf"(?P<stype>{_CODE})\s*{_DASH}\s*(?P<sissuer>{state_issuer})")
    law = rf"{number('lnumber')}\s*/\s*(?P<lyear>(?:19|20)\d{{2}})\s*/\s*(?P<lissuer>{issuer})"
    party_head = rf"{number('pnumber')}\s*(?:{_DASH}\s*|\s)?(?P<ptype>{_CODE})"
    party_issuer = rf"\s*/\s*(?P<pissuer>{issuer})"
    # In running text a Party symbol needs its issuer; "703-QĐ" alone is only read by parse_symbol.
    # find_symbols tries it only where _NUMBER_START matches.
    found = re.compile(rf"(?=\d)(?:{state}|{law}|{party_head}{party_issuer})(?![\w/])")
    whole = re.compile(rf"\s*(?:{state}|{law}|{party_head}(?:{party_issuer})?)\s*")
    return found, whole


def _from_match(m: re.Match[str]) -> Symbol:
    if m.group("stype"):
        return Symbol(m.group("snumber"), m.group("stype"), _state_issuer(m.group("sissuer")),
                      int(m.group("year")) if m.group("year") else None, STATE)
    if m.group("lissuer"):
        return Symbol(m.group("lnumber"), None, canonical_issuer(m.group("lissuer")),
                      int(m.group("lyear")), STATE)
    return Symbol(m.group("pnumber"), m.group("ptype"), canonical_issuer(m.group("pissuer")))


def _state_issuer(text: str) -> str:
    parts = [canonical_issuer(p) or p for p in re.split(_DASH, re.sub(r"\s+", "", text))]
    return "-".join(parts)


def parse_symbol(text: str) -> Symbol | None:
    """The symbol `text` is, or None: "05 – CT/TƯ" → Symbol("5", "CT", "TW")."""
    m = _patterns()[1].fullmatch(text)
    return _from_match(m) if m else None


# Where a symbol may begin: the first digit of a number, after nothing the
# number could continue. Every branch of the symbol pattern opens so; a scan
# for this class alone skips ahead to the digits, where the pattern, which
# opens with a lookahead, would be tried at every position of the text.
_NUMBER_START = re.compile(DIGIT + r"(?<![\w/.,–-]\d)")


def find_symbols(text: str) -> Iterator[tuple[int, int, Symbol]]:
    """Every symbol written in `text`, as (start, end, symbol)."""
    pattern = _patterns()[0]
    end = 0
    for start in _NUMBER_START.finditer(text):
        if start.start() >= end and (m := pattern.match(text, start.start())) is not None:
            end = m.end()
            yield m.start(), m.end(), _from_match(m)
