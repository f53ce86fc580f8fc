"""Component vnkg_context: what the document is (title, date, kind, locality).

The date is the one the document speaks of: a meeting's day ("Sáng ngày
12/7/2018", "Ngày 7/10" with the year from context) before a page's
publishing stamp; a report without a day gets the year it reports on.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import DateMention, find_dates
from ..tables import load_table

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")
_LEDE_WORDS = ("ngay", "sang", "chieu", "toi", "trua", "dem", "hom")


def _default_year(text: str, folded: str, dates: list[DateMention]) -> int | None:
    """The year that dates without one fall in: the stamp's, else the most cited year."""
    votes: Counter[int] = Counter()
    for d in dates:
        if d.year and not d.stamp:
            votes[d.year] += 2
    for m in _PERIOD.finditer(folded):
        votes[int(m.group(1))] += 1
    for m in re.finditer(r"\bnam\s+((?:19|20)\d{2})\b", folded):
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
        year = d.year
        if year is None and stamp is not None and stamp.year:
            year = stamp.year
            # "Ngày 7/10" on a page stamped in January is last October.
            if stamp.month and (d.month, d.day) > (stamp.month, stamp.day or 31):
                year -= 1
        if year is None:
            year = default_year
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
    for (start, line), fl in zip(lines, folded_lines):
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
        return text
    return None


def _kind(folded_head: str) -> str:
    for kind, words in load_table("document_kinds").items():
        if any(re.search(r"(?m)^\s*" + w + r"\b", folded_head) for w in words):
            return kind
    return "news"


_LOCALITY = re.compile(
    r"\b(quan|huyen|thi xa|thanh pho|tinh|phuong|xa|thi tran)\s+"
    r"(\d{1,2}\b|(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w]*)(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w]*){0,3})")
_COMMITTEE_LOCALITY = re.compile(
    r"\b(Quận ủy|Huyện ủy|Thị ủy|Thành ủy|Tỉnh ủy|Quận uỷ|Huyện uỷ|Thị uỷ|Thành uỷ|Tỉnh uỷ)\s+"
    r"((?:quận|huyện|Quận|Huyện)\s+\d{1,2}|\d{1,2}\b|(?:[A-ZĐ][\w]*)(?:\s+[A-ZĐ][\w]*){0,3})")
_LEVELS = {"quan": "district", "huyen": "district", "thi xa": "district", "thanh pho": "province",
           "tinh": "province", "phuong": "ward", "xa": "ward", "thi tran": "ward"}
_COMMITTEE_LEVEL = {"quan": "district", "huyen": "district", "thi": "district",
                    "thanh": "province", "tinh": "province"}
_NOT_NAMES = {"Ủy", "Uỷ", "Đảng", "Ban", "Hội", "Nhân", "Thường", "Trong", "Tại", "Cùng"}


def _locality(text: str, folded: str) -> tuple[str | None, str | None]:
    votes: Counter[tuple[str, str]] = Counter()
    surface: dict[tuple[str, str], str] = {}
    for m in _LOCALITY.finditer(text):
        word = folded[m.start(1):m.end(1)]
        name = m.group(2)
        first = name.split()[0]
        if first in _NOT_NAMES or word in ("xa",) and not name[0].isdigit() and len(name.split()) < 2:
            continue
        name = " ".join(w for w in name.split() if w not in _NOT_NAMES) or name
        key = (_LEVELS[word], fold_name(name))
        votes[key] += 1
        surface.setdefault(key, f"{text[m.start(1):m.end(1)]} {name}")
    for m in _COMMITTEE_LOCALITY.finditer(text):
        level = _COMMITTEE_LEVEL[folded[m.start(1):m.end(1)].split()[0]]
        name = re.sub(r"^(?:quận|huyện|Quận|Huyện)\s+", "", m.group(2))
        if name.split()[0] in _NOT_NAMES:
            continue
        key = (level, fold_name(name))
        votes[key] += 2
        word = {"district": "quận" if folded[m.start(1):].startswith("quan") else "huyện"}.get(level, "")
        surface.setdefault(key, f"{word} {name}".strip() if level == "district" else name)
    if not votes:
        return None, None
    order = {"ward": 0, "district": 1, "province": 2}
    # The lowest level the text speaks of often, else the most cited.
    best = max(votes.items(), key=lambda kv: (kv[1] >= 2, -order.get(kv[0][0], 3), kv[1]))
    return surface[best[0]], best[0][0]


def fold_name(name: str) -> str:
    from ..text import fold
    return " ".join(fold(name).split())


@Language.component("vnkg_context")
def find_context(doc: Doc) -> Doc:
    text, folded = doc.text, doc._.folded
    context = doc._.extraction.context
    dates = find_dates(text)
    stamps = [d for d in dates if d.stamp and d.year]
    stamp = stamps[0] if stamps else None
    offset = 0
    lines = []
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    head = lines[:12]
    labels = set(load_table("section_labels"))
    context.title = _title(head, [folded[s:s + len(l)] for s, l in head], labels)
    context.kind = _kind(folded[:3000])
    default_year = _default_year(text, folded, dates)
    context.year = default_year
    context.published = stamp.iso() if stamp else None
    context.date = (_event_date(folded, dates, stamp, stamp.year if stamp else default_year)
                    or _report_year(folded, context.title, context.kind, default_year)
                    or context.published)
    if context.date:
        context.year = int(context.date[:4])
    context.locality, context.locality_level = _locality(text, folded)
    return doc
