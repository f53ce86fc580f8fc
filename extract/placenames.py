"""Places named after a body ("Quận ủy quận 9", "Thành ủy Hải Phòng",
"UBND TPHCM"): which place, at which level, read with the tables
`administrative_units` (quận, huyện, phường... and short forms like TPHCM)
and the places the document itself names after such a word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .tables import load_table
from .names import name_key
from .patterns import folded_alternation
from .text import fold

LEVELS = ("central", "province", "district", "ward", "village")
VILLAGE = "village"  # a village or neighbourhood: a place inside a commune, never a document's locality


@dataclass(frozen=True)
class Place:
    """A place written at [start, end): `surface` is its written-out form
    ("quận Cầu Giấy", "Thành phố Hồ Chí Minh"), `name` the proper name or
    number without the unit word (None for a bare "quận"), `level` its level.
    `generic` marks counted classes ("11 phường")."""

    start: int
    end: int
    surface: str
    name: str | None
    level: str | None
    generic: bool = False

    @cached_property
    def key(self) -> str | None:
        return " ".join(fold(self.name).split()) if self.name else None


def _words_pattern(words) -> str:
    return folded_alternation(words)


def _first_characters(words, more: str = "") -> str:
    """A lookahead on the first characters of the folded `words` (and the class
    `more`), so that a scan skips other positions fast."""
    return "(?=[" + more + "".join(sorted({re.escape(fold(w).lstrip()[:1]) for w in words if w.strip()})) + "])"


@lru_cache(maxsize=1)
def _tables():
    table = load_table("administrative_units")
    unit_level: dict[str, str] = {}
    unit_committee: dict[str, str] = {}
    for unit in table["units"]:
        for w in unit["words"]:
            unit_level[" ".join(fold(w).split())] = unit["level"]
            unit_committee[" ".join(fold(w).split())] = unit["committee"]
    short = {" ".join(fold(k).split()): v for k, v in table["short_forms"].items()}
    provinces = {" ".join(fold(p).split()): p for p in table["provinces"]}
    unit_words = [w for u in table["units"] for w in u["words"]]
    unit_re = re.compile(
        _first_characters(unit_words, more=r"\d") + r"(?:(\d+)\s+)?(" + _words_pattern(unit_words) + r")(?![\w])")
    short_re = re.compile(r"(" + _words_pattern(short) + r")(?![\w])")
    return unit_level, unit_committee, short, provinces, unit_re, short_re, set(unit_words)


@lru_cache(maxsize=1)
def _unit_compounds() -> re.Pattern[str]:
    """Matches, on lower-case text, a compound that begins with a unit word
    ("xã hội"), where no letter or digit goes on after it. One pattern, not a
    startswith per compound: every unit word the scan finds is checked."""
    table = load_table("administrative_units")
    words = sorted((w.lower() for w in table.get("unit_compounds", ())), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])" if words else "(?!)")


@lru_cache(maxsize=1)
def _unit_not_after() -> frozenset[str]:
    return frozenset(name_key(w) for w in load_table("administrative_units").get("unit_not_after", ()))


def _unit_compound(text: str, pos: int) -> bool:
    """An ordinary word that begins with a unit word ("xã hội") or ends with one
    ("văn bản") is written at `pos`."""
    if _unit_compounds().match(text[pos:pos + 12].lower()):
        return True
    if not text[pos - 1:pos].isspace():
        return False
    before = text[max(0, pos - 12):pos].split()
    return bool(before) and name_key(before[-1]) in _unit_not_after()


@lru_cache(maxsize=1)
def _unit_keys() -> frozenset[str]:
    return frozenset(name_key(w) for w in _tables()[6])


def unit_committee(unit_word: str) -> str | None:
    """The Party committee of a place of this kind: "quận" → "Quận ủy"."""
    return _tables()[1].get(" ".join(fold(unit_word).split()))


_CAP_WORD = re.compile(r"[^\W\d_][^\W_]*")
# A district's number, not a count: "quận 6" but not "quận 6 tháng đầu năm".
_NUMBER = re.compile(r"\d{1,3}(?![\d/.,]\d)(?!\s+(?:tháng|năm|ngày|tuần|người|lần|%))")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(name_key(r["surname"]) for r in load_table("surnames"))


@lru_cache(maxsize=1)
def not_place_start() -> re.Pattern[str]:
    """Matches where a body's name or a post title begins: no place starts there."""
    kinds = load_table("organisation_kinds")
    roles = load_table("roles")
    # Not the kind words of free-form names: folded, "Hội" and "Vụ" would stop at "Hội An", "Vũ Ninh".
    forms = [n for entry in kinds["bodies"] + kinds["boards"] if entry.get("takes") != "free-name"
             for n in entry["names"]]
    forms += [n for entry in roles["roles"] for n in entry["names"]]
    # Abbreviations are matched by case elsewhere; folded, "TƯ" would stop at "Từ Sơn".
    forms = [f for f in forms if not f.isupper()]
    forms += load_table("administrative_units")["not_place_words"]
    return re.compile(r"(?:" + _words_pattern(forms) + r")(?![\w])")


_SPACED_HYPHEN = (" - ", " – ")


def capitalised_run(text: str, pos: int, limit: int = 4, hyphen: bool = False) -> list[tuple[int, int]]:
    """The spans of up to `limit` capitalised words from `pos`, separated by single
    spaces (or, with `hyphen`, by a spaced hyphen too: "Bà Rịa - Vũng Tàu")."""
    if not text[pos:pos + 1].isupper():
        return []  # most positions asked about: no word, or one in lower case
    spans = []
    i = pos
    while len(spans) < limit:
        m = _CAP_WORD.match(text, i)
        if not m or not _is_capitalised(m.group(0)):
            break
        spans.append((m.start(), m.end()))
        j = m.end()
        if hyphen and text[j:j + 3] in _SPACED_HYPHEN and text[j + 3:j + 4].isupper():
            i = j + 3
        elif j < len(text) and text[j] == " " and j + 1 < len(text):
            i = j + 1
        else:
            break
    return spans


@lru_cache(maxsize=1)
def _unit_word_re() -> re.Pattern[str]:
    """unit_re without its count: the unit words alone (a prefix tree re scans fast)."""
    return re.compile(r"(?:" + _words_pattern(_tables()[6]) + r")(?![\w])")


@lru_cache(maxsize=1)
def _unit_word_before() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + _words_pattern(_tables()[6]) + r")[ \t]+$")


def after_unit_word(folded: str, pos: int) -> bool:
    """A unit word ("phường", "xã") is written just before `pos`: what follows is a
    place's name ("phường Trường Thạnh"), not a body's kind word."""
    return bool(_unit_word_before().search(folded, max(0, pos - 20), pos))


def _counted(folded: str, start: int) -> bool:
    """Digits, then white space, right before `start` ("12 phường")."""
    i = start
    while i > 0 and folded[i - 1].isspace():
        i -= 1
    return start > i > 0 and folded[i - 1].isdecimal()


@lru_cache(maxsize=1)
def _province_places() -> dict[str, tuple[str, str]]:
    """Folded name → (name, "province") for the provinces and the short forms'
    provinces: what every document knows before it names a place."""
    _, _, short, provinces, _, _, _ = _tables()
    known = {k: (v, "province") for k, v in provinces.items()}
    for full in short.values():
        known.setdefault(" ".join(fold(full).split()[2:]), (full, "province"))
    return known


@lru_cache(maxsize=256)
def _written_unit(unit: str) -> str:
    """A unit word written out: "TP" and "TP." are "Thành phố"."""
    key = " ".join(fold(unit).split())
    for entry in load_table("administrative_units")["units"]:
        forms = [" ".join(fold(w).split()) for w in entry["words"]]
        if key in forms[1:]:
            full = entry["words"][0]
            return full[:1].upper() + full[1:] if unit[:1].isupper() else full
    return unit


def is_person_start(text: str, run: list[tuple[int, int]]) -> bool:
    """A run of three or more capitalised words led by a surname reads as a person."""
    return len(run) >= 3 and name_key(text[run[0][0]:run[0][1]]) in _surnames()


def _unshout(surface: str) -> str:
    """A place written in capitals in a heading, as running text writes it: "QUẬN" → "quận"."""
    if not surface.isupper() or len(surface) < 3:
        return surface
    words = surface.split()
    return " ".join([words[0].lower()] + [w.capitalize() for w in words[1:]])


@lru_cache(maxsize=1)
def _central_cities() -> frozenset[str]:
    return frozenset(" ".join(fold(c).split()) for c in load_table("administrative_units")["central_cities"])


class Places:
    """The places one document names, and a reader for a place at an offset."""

    def __init__(self, text: str, folded: str, locality: str | None = None,
                 locality_level: str | None = None, province: str | None = None):
        self.text, self.folded = text, folded
        unit_level = _tables()[0]
        self.known: dict[str, tuple[str, str]] = dict(_province_places())
        self._max_words = 4
        # The unit words unit_re finds without a count: it scans the same words
        # after an optional "\d+\s+", so a word with digits and white space right
        # before it is the one it reads as counted.
        for m in _unit_word_re().finditer(folded):
            # The diacritics first: they turn away most words the folded scan finds ("ban", "quan").
            if not self._diacritics_ok(m.start(), m.end(), m.group(0)) or _counted(folded, m.start()) \
                    or _unit_compound(text, m.start()):
                continue
            name = self._name_after(m.end())
            if name and not name[0][0].isdigit():
                s, e = name[0][1], name[-1][2]
                self.known.setdefault(" ".join(folded[s:e].split()), (text[s:e], unit_level[" ".join(m.group(0).split())]))
        # A unit word alone ("TP", "Thành phố") names no place.
        if locality and " ".join(fold(locality).split()) in unit_level:
            locality = None
        if province and " ".join(fold(province).split()) in unit_level:
            province = None
        for value, level in ((locality, locality_level), (province, "province")):
            if value:
                words = value.split()
                for n in (2, 1):
                    if len(words) > n and " ".join(fold(" ".join(words[:n])).split()) in unit_level:
                        words = words[n:]
                        break
                if words and not words[0].isdigit():
                    self.known.setdefault(" ".join(fold(" ".join(words)).split()), (" ".join(words), level or "district"))
        self.locality, self.locality_level, self.province = locality, locality_level, province
        self._max_words = max((len(k.split()) for k in self.known), default=1)

    def _diacritics_ok(self, start: int, end: int, folded_form: str) -> bool:
        """The surface really is the unit word ("xã", not "xa")."""
        return name_key(self.text[start:end]) in _unit_keys()

    def _name_after(self, end: int) -> list[tuple[str, int, int]] | None:
        """The number or proper name right after a unit word, as (word, start, end)s."""
        text = self.text
        if end >= len(text) or text[end] != " ":
            return None
        pos = end + 1
        m = _NUMBER.match(text, pos)
        if m:
            return [(m.group(0), m.start(), m.end())]
        known = self._known_at(pos)
        if known:
            return known
        run = capitalised_run(text, pos)
        heading = text[end - 1].isupper()  # "TỈNH BÌNH DƯƠNG": a heading in capitals
        if len(run) >= 3 and is_person_start(text, run) and not heading:
            return None  # "MTTQ tỉnh Đỗ Thị Lan": a person after the unit word
        words = []
        for k, (s, e) in enumerate(run):
            w = text[s:e]
            if not_place_start().match(self.folded, s) or (len(w) > 1 and w.isupper() and not heading):
                break
            # A person's name may follow a place: "Quận ủy Cầu Giấy Trần Thị Hoa".
            if k >= 1 and name_key(w) in _surnames() and len(run) - k >= 2:
                break
            words.append((w, s, e))
            if len(words) == 3:
                break
        return words or None

    def _known_at(self, pos: int) -> list[tuple[str, int, int]] | None:
        # Known names may hold a spaced hyphen ("Bà Rịa - Vũng Tàu"): the longest known one wins.
        run = capitalised_run(self.text, pos, self._max_words, hyphen=True)
        for n in range(len(run), 0, -1):
            s, e = run[0][0], run[n - 1][1]
            if " ".join(self.folded[s:e].split()) in self.known:
                return [(self.text[a:b], a, b) for a, b in run[:n]]
        return None

    def _city_level(self, unit: str, name, level: str) -> str:
        """A "thành phố" is a province only when it is run by the centre: "thành
        phố Hạ Long", or a bare "thành phố" in a text about it, is a district."""
        if unit != "thanh pho":
            return level
        if name:
            city = " ".join(w for w, _, _ in name)
        elif self.locality and fold(self.locality).startswith("thanh pho "):
            city = self.locality.split(None, 2)[2]
        else:
            return level
        return level if " ".join(fold(city).split()) in _central_cities() else "district"

    def at(self, pos: int, body_level: str | None = None) -> Place | None:
        """The place written from `pos` (spaces skipped), if one is."""
        text, folded = self.text, self.folded
        while pos < len(text) and text[pos] == " ":
            pos += 1
        unit_level, _, short, _, unit_re, short_re, _ = _tables()
        m = short_re.match(folded, pos)
        if m and text[pos].isupper():
            full = short[" ".join(m.group(1).split())]
            return Place(pos, m.end(), full, " ".join(full.split()[2:]), "province")
        m = unit_re.match(folded, pos)
        if m and _unit_compound(text, pos):
            m = None  # "xã hội": a word, not the commune
        if m and self._diacritics_ok(m.start(2), m.end(2), m.group(2)):
            level = unit_level[" ".join(m.group(2).split())]
            if m.group(1):
                return Place(pos, m.end(), text[pos:m.end()], None, level, generic=True)
            name = self._name_after(m.end(2))
            level = self._city_level(" ".join(m.group(2).split()), name, level)
            if name:
                end = name[-1][2]
                surface = _unshout(text[pos:end])
                unit_len = m.end(2) - pos
                surface = _written_unit(surface[:unit_len]) + surface[unit_len:]
                return Place(pos, end, surface, " ".join(w for w, _, _ in name), level)
            if level == VILLAGE:
                return None  # "thôn", "bản" alone: the word, not a village of the text
            return Place(pos, m.end(2), _unshout(text[pos:m.end(2)]), None, level)
        known = self._known_at(pos)
        if known:
            end = known[-1][2]
            surface = text[pos:end]
            return Place(pos, end, surface, surface, self.known[" ".join(folded[pos:end].split())][1])
        before = text[max(0, pos - 3):pos].strip()
        if body_level in ("province", "district") and before.isupper() and len(before) > 1:
            # A heading in capitals: "HUYỆN ỦY BẮC TÂN UYÊN".
            run = capitalised_run(text, pos, 3)
            words = []
            for s, e in run:
                if not text[s:e].isupper() or not_place_start().match(folded, s):
                    break
                words.append((s, e))
            if words:
                end = words[-1][1]
                surface = " ".join(w.capitalize() for w in text[pos:end].split())
                return Place(pos, end, surface, surface, body_level)
        if body_level in ("province", "district"):
            # "Thị ủy Hoàng Mai": two capitalised words after a committee are its
            # place (a person named there has three or more, or a cue before).
            run = capitalised_run(text, pos, 3)
            if len(run) == 2 and not not_place_start().match(folded, pos) \
                    and not any(len(text[s:e]) > 1 and text[s:e].isupper() for s, e in run):
                end = run[-1][1]
                return Place(pos, end, text[pos:end], text[pos:end], body_level)
        if body_level == "district":
            m = _NUMBER.match(text, pos)
            if m and m.end() - m.start() <= 2:
                # A numbered district: "Quận ủy 2" is the Quận ủy of quận 2.
                return Place(pos, m.end(), f"quận {m.group(0)}", m.group(0), "district")
        return None
