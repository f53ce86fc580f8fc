"""Component vnkg_context: what the document is (title, date, kind, locality).

The date is the one the document speaks of: a meeting's day ("Sáng ngày
12/7/2018", "Ngày 7/10" with the year from context) before a page's
publishing stamp; a report without a day gets the year it reports on.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..abbreviations import expand
from ..dates import DateMention, dates_in, find_dates, year_for
from ..names import is_surname
from ..patterns import word_alternation
from ..placenames import VILLAGE
from ..tables import load_table
from ..text import fold

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# The boundary checks come after the first characters ("1(?<!\d.)9" is
# "(?<!\d)19"), so that re can skip ahead to where a match may start.
_PERIOD = re.compile(r"((?:1(?<!\d.)9|2(?<!\d.)0)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")
_NAMED_YEAR = re.compile(r"nam(?<=\bnam)\s+((?:19|20)\d{2})\b")
_LEDE_WORDS = ("ngay", "sang", "chieu", "toi", "trua", "dem", "hom")


def _default_year(folded: str, dates: list[DateMention]) -> int | None:
    """The year that dates without one fall in: the stamp's, else the most cited year."""
    votes: Counter[int] = Counter()
    for d in dates:
        if d.year and not d.stamp:
            votes[d.year] += 2
    for m in _PERIOD.finditer(folded):
        votes[int(m.group(1))] += 1
    for m in _NAMED_YEAR.finditer(folded):
        votes[int(m.group(1))] += 1
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def _event_date(folded: str, dates: list[DateMention], stamp: DateMention | None,
                default_year: int | None) -> str | None:
    """The first dated lede near the top ("Sáng ngày 12/7/2018", "Chiều 12-4")."""
    for d in dates:
        if d.stamp or d.day is None or d.start > 2500:
            continue
        before = folded[max(0, d.start - 12):d.start].strip(" ,(")
        if not before.split() or before.split()[-1] not in _LEDE_WORDS and not folded[d.start:d.end].startswith(_LEDE_WORDS):
            if not any(folded[d.start:d.end].startswith(w) for w in _LEDE_WORDS):
                continue
        year = year_for(d, stamp, default_year)
        return d.iso(year) if year else None
    return None


def _report_year(folded: str, title: str | None, kind: str | None, default_year: int | None) -> str | None:
    """A report or plan without a day: the year of the term it reviews or plans."""
    head = folded[:1500]
    period = _PERIOD.search(head)
    if period and kind in ("report", "plan"):
        start, end = int(period.group(1)), int(period.group(2))
        return str(end if "kiem diem" in head or "tong ket" in head else start)
    return str(default_year) if default_year else None


def _title(lines: list[tuple[int, str]], folded_lines: list[str], labels: set[str]) -> str | None:
    """The headline: the first line that is not a label, stamp or lede."""
    for i, ((start, line), fl) in enumerate(zip(lines, folded_lines)):
        text = line.strip()
        if not text:
            continue
        key = fl.strip().rstrip(":")
        if key in labels or re.fullmatch(r"[\W\d_]*", key):
            continue
        dates = find_dates(text)
        if dates and dates[0].stamp:
            continue
        if dates and dates[0].start < 15:
            return None  # the text opens with a dated lede: no headline
        if len(text) > 220 or re.match(r"^[A-Z]{2,5}\s*[-–]", text) or re.match(r"^\([^)]{1,12}\)\s*[-–]", text):
            return None
        following = next((l for _, l in lines[i + 1:]), "")
        stamp_follows = any(d.stamp for d in find_dates(following))
        if text.endswith(".") and following.strip() and not stamp_follows:
            return None  # a sentence running straight into the next paragraph is a lede
        return text
    return None


@lru_cache(maxsize=1)
def _kind_patterns() -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(r"(?m)^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b"))
            for kind, words in load_table("document_kinds").items()]


def _kind(folded_head: str) -> str:
    for kind, pattern in _kind_patterns():
        if pattern.search(folded_head):
            return kind
    return "news"


@lru_cache(maxsize=1)
def _locality_patterns() -> tuple[re.Pattern, dict[str, str], set[str]]:
    table = load_table("administrative_units")
    # Unit words ("quận") and the committee of a place of that kind ("Quận ủy";
    # a ward's committee is written with its unit: "Đảng ủy phường").
    words = {}
    for unit in table["units"]:
        if unit["level"] == VILLAGE:
            continue  # a village is never the document's own place
        for word in unit["words"]:
            words[word.lower()] = unit["level"]
        committee = unit["committee"].lower()
        words[committee if unit["level"] != "ward" else f"{committee} {unit['words'][0]}"] = unit["level"]
    # A prefix tree with (?<!\w) after each word's first letter: the scan skips ahead fast.
    alternation = word_alternation(words, space=None, not_after=r"\w")
    # Runs on the lower-cased text: unit words keep their diacritics, so
    # "cơ quan" is not "quận"; the name after it is read on the original text.
    name = r"\d{1,2}\b(?![^\S\n]+(?:tháng|năm|ngày(?! càng)|người|%))|[^\W\d_]\w*(?:[^\S\n]+[^\W\d_]\w*){0,3}"
    pattern = re.compile(rf"({alternation})(?=[^\S\n]+({name}))")
    return pattern, words, set(table["not_name_words"])


_ORDER = {"ward": 0, "district": 1, "province": 2}
_TITLE_LEAD = re.compile(r"\s*([^\W\d_][^:\n]{1,30}):[^\S\n]")


@lru_cache(maxsize=1)
def _organisation_before() -> re.Pattern:
    """Words, right before a unit word, that name the place's own Party organisation."""
    words = load_table("administrative_units")["organisation_words"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w.lower()) for w in words) + r")[^\S\n]+$")
_CITY = "thành phố"


@lru_cache(maxsize=1)
def _central_cities() -> frozenset[str]:
    return frozenset(fold(c) for c in load_table("administrative_units")["central_cities"])
# An issuing committee's heading outweighs places merely named in the text.
_ISSUER_VOTES = 3
_HEAD_CHARS = 300


def _unit_of(committee: str) -> str:
    """ "huyện ủy" → "huyện"."""
    return [w for w in committee.split() if w not in ("ủy", "đảng")][-1]


def _issuer_heading(text: str, m: re.Match, word: str) -> str | None:
    """ "HUYỆN ỦY THỌ XUÂN" alone on a line at the head of the text: the
    committee that issues the document, and so its place ("Thọ Xuân")."""
    if "ủy" not in word or m.start(1) > _HEAD_CHARS:
        return None
    line_start = text.rfind("\n", 0, m.start(1)) + 1
    line_end = text.find("\n", m.start(1))
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    if text[line_start:m.start(1)].strip() or not line.isupper():
        return None
    name = line[m.end(1) - m.start(1):].split()
    return " ".join(w.capitalize() for w in name) if 1 <= len(name) <= 4 else None


@lru_cache(maxsize=1)
def _province_keys() -> frozenset[str]:
    return frozenset(fold(p) for p in load_table("administrative_units")["provinces"])


def _person_name(words: list[str]) -> bool:
    """Three or more capitalised words led by a surname, not a province's name, are a person."""
    return (len(words) >= 3 and is_surname(words[0])
            and fold(" ".join(words).rstrip(".,;:")) not in _province_keys())


def _place_heading(text: str, m: re.Match, word: str) -> str | None:
    """ "THÀNH PHỐ CAO LÃNH" alone on a heading line under the issuing body's
    name ("ỦY BAN NHÂN DÂN"): the place of the body that issues the document."""
    if "ủy" in word or m.start(1) > _HEAD_CHARS:
        return None
    line_start = text.rfind("\n", 0, m.start(1)) + 1
    line_end = text.find("\n", m.start(1))
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip()
    if text[line_start:m.start(1)].strip() or not line.isupper() or not previous.isupper():
        return None
    name = line[m.end(1) - m.start(1):].split()
    return " ".join(w.capitalize() for w in name) if 1 <= len(name) <= 4 else None


def _locality(text: str) -> tuple[str | None, str | None, str | None]:
    """(locality, level, province): the lowest-level place the text keeps naming."""
    pattern, levels, not_names = _locality_patterns()
    lowered = text.lower().replace("uỷ", "ủy")  # one character for one: offsets hold
    votes: Counter[tuple[str, str]] = Counter()
    surface: dict[tuple[str, str], str] = {}
    from_committee: set[tuple[str, str]] = set()
    for m in pattern.finditer(lowered):
        word = m.group(1)
        if text[m.start(1):m.end(1)].isupper():
            issuer = _issuer_heading(text, m, word)
            if issuer is not None:  # "HUYỆN ỦY THỌ XUÂN" heads the committee's own document
                key = (levels[word], fold(issuer))
                votes[key] += _ISSUER_VOTES
                surface.setdefault(key, issuer if levels[word] == "province" else f"{_unit_of(word)} {issuer}")
                from_committee.add(key)
            elif (place := _place_heading(text, m, word)) is not None:
                # "ỦY BAN NHÂN DÂN / THÀNH PHỐ CAO LÃNH": the issuing body's place.
                level = levels[word]
                if word == _CITY and fold(place) not in _central_cities():
                    level = "district"
                key = (level, fold(place))
                votes[key] += _ISSUER_VOTES
                surface.setdefault(key, f"{word} {place}")
            continue  # other upper-case headings ("ĐẢNG BỘ QUẬN LẦN THỨ VIII") name no place
        name_words = []
        for w in text[m.start(2):m.end(2)].split():
            if not (w[0].isupper() or w.isdigit()) or w in not_names:
                break
            name_words.append(w)
        if not name_words or _person_name(name_words):
            continue  # "Bí thư Tỉnh ủy Lâm Văn Cường": a person after the committee, not its place
        name = " ".join(name_words).rstrip(".,;:")
        level = levels[word]
        if word == _CITY and fold(name) not in _central_cities():
            level = "district"  # "thành phố Hạ Long": a city within a province
        key = (level, fold(name))
        if "ủy" not in word and _organisation_before().search(lowered, max(0, m.start(1) - 30), m.start(1)):
            votes[key] += 1  # "Ban Chấp hành Đảng bộ huyện Di Linh" is the Huyện ủy Di Linh
        if "ủy" in word:  # "Quận ủy Hai Bà Trưng": the committee of quận Hai Bà Trưng
            votes[key] += 2
            if key not in surface:
                surface[key] = name if level == "province" else f"{_unit_of(word)} {name}"
                from_committee.add(key)
        else:
            votes[key] += 1
            if key not in surface or key in from_committee:
                surface[key] = f"{text[m.start(1):m.end(1)]} {name}"
                from_committee.discard(key)
    if not votes:
        return None, None, None
    lead = _TITLE_LEAD.match(text)
    if lead:
        # "Di Linh: Hội nghị ...": a headline led by a place the text names is about that place.
        for key in [k for k in votes if k[1] == fold(lead.group(1))]:
            votes[key] += 2
    best = max(votes.items(), key=lambda kv: (kv[1] >= 2, -_ORDER[kv[0][0]], kv[1]))[0]
    provinces = [kv for kv in votes.items() if kv[0][0] == "province" and kv[0] != best]
    province = None
    if best[0] != "province" and provinces:
        province = _province_name(surface[max(provinces, key=lambda kv: kv[1])[0]])
    elif best[0] == "province":
        province = _province_name(surface[best])
    return surface[best], best[0], province


def _province_name(surface: str) -> str:
    """ "thành phố Hà Nội" → "Hà Nội"; "Tỉnh ủy Nghệ An" reads as "Nghệ An"."""
    words = surface.split()
    while words and not words[0][0].isupper():
        words.pop(0)
    return expand(" ".join(words)) if words else surface


def _file_year(file: str) -> int | None:
    """A year in the file's name ("...-2024.txt"): a fair signal for bare dates."""
    years = _YEAR.findall(Path(file).stem) if file else []
    return int(years[-1]) if years else None


@Language.component("vnkg_context")
def find_context(doc: Doc) -> Doc:
    text, folded = doc._.text, doc._.folded
    context = doc._.extraction.context
    dates = dates_in(text, folded)
    stamps = [d for d in dates if d.stamp and d.year]
    stamp = stamps[0] if stamps else None
    # The first twelve lines, with their offsets: the title is read there.
    offset = 0
    head = []
    for line in text.split("\n", 12)[:12]:
        head.append((offset, line))
        offset += len(line) + 1
    labels = set(load_table("section_labels"))
    context.title = _title(head, [folded[s:s + len(l)] for s, l in head], labels)
    context.kind = _kind(folded[:3000])
    default_year = _file_year(context.file) or _default_year(folded, dates)
    context.year = default_year
    context.published = stamp.iso() if stamp else None
    context.date = (_event_date(folded, dates, stamp, stamp.year if stamp else default_year)
                    or _report_year(folded, context.title, context.kind, default_year)
                    or context.published)
    if context.date:
        context.year = int(context.date[:4])
    context.locality, context.locality_level, context.province = _locality(text)
    return doc
