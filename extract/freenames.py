"""Where a free-form body name ends: the words after a kind word such as
"Công ty cổ phần", "Trung tâm", "Ban Quản lý" or "Chi cục" are the body's own
name, capitalised or not ("Phát triển quỹ đất", "dự án đầu tư xây dựng"),
until a clear boundary. The boundary words are `data/tables/name_boundaries.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import word_alternation
from .placenames import Places, capitalised_run, is_person_start
from .tables import load_table
from .names import name_key
from .text import fold

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MAX_WORDS = 14


@lru_cache(maxsize=1)
def _boundary_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """The boundary words: a regex over folded text, and their exact spellings
    (folded, "đạt" would stop at "đất" and "thành" at "thanh")."""
    table = load_table("name_boundaries")
    words = [w for key in ("verbs", "function", "people") for w in table[key]]
    folded = {" ".join(fold(w).split()) for w in words}
    return re.compile(r"(?:" + word_alternation(folded) + r")(?![\w])"), frozenset(name_key(w) for w in words)


def boundary_at(text: str, folded: str, pos: int) -> bool:
    """A boundary word, with its own diacritics, is written at `pos`."""
    pattern, spellings = _boundary_words()
    m = pattern.match(folded, pos)
    if m is None:
        return False
    # The longest folded match may be another word's spelling: try each word count.
    words = text[pos:m.end()].split()
    return any(name_key(" ".join(words[:n])) in spellings for n in range(len(words), 0, -1))


def _comma_inside(text: str, pos: int, starts_body) -> bool:
    """", Thể thao và Truyền thanh": a comma inside a name lists capitalised
    parts that end in "và" and one more part before any other punctuation."""
    m = re.match(r"(?:[^\W\d_]+ ){1,4}và [^\W\d_]", text[pos:pos + 60])
    return bool(m) and text[pos].isupper() and not starts_body(pos) and "," not in m.group(0)


@lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    return frozenset(name_key(w) for w in load_table("name_boundaries").get("compounds", []))


def _compound_at(text: str, previous: int, pos: int) -> bool:
    """The word before `pos` (from `previous`) and the one at `pos` make a compound of a name ("Trung cấp")."""
    m = _WORD.match(text, pos)
    return m is not None and name_key(text[previous:m.end()]) in _compounds()


def free_name_end(text: str, folded: str, start: int, places: Places, starts_body, people: bool = False) -> int:
    """The end of the name that begins at `start`, before any place that closes
    it; -1 when no name begins there. `starts_body(pos)` says whether another
    body's name begins at pos. A name that begins in lower case must be closed
    by a place ("Khối doanh nghiệp tỉnh") or by a proper name ("Hợp tác xã chè
    La Bằng"), so that a bare kind word followed by running text is not read as
    a name. With `people`, a person's name may be part of it ("Trường THPT Nguyễn Du")."""
    pos, end, words, previous = start, -1, 0, start
    last_capitalised = False
    proper_run = 0  # capitalised words in a row after a lower-case word of the name
    lower_first = start < len(text) and text[start].islower()
    closed_by_place = False
    while pos < len(text) and words < _MAX_WORDS:
        m = _WORD.match(text, pos)
        if m is None:
            break
        place = places.at(pos, None) if words else None
        if place is not None and place.start == pos and not _joined_by_hyphen(text, place):
            closed_by_place = True
            break
        if text[pos].islower() and boundary_at(text, folded, pos) and not (words and _compound_at(text, previous, pos)):
            break
        if lower_first and last_capitalised and text[pos].islower():
            break  # "Hợp tác xã chè La Bằng| xây dựng ...": the proper name closed it
        if proper_run >= 2 and text[pos].islower() and not _compound_at(text, previous, pos):
            break  # "Trường Tiểu học Kim Đồng| nêu ...": a proper name after lower-case words closed it
        if words and text[pos].isupper() and (starts_body(pos)
                                              or (not people and is_person_start(text, capitalised_run(text, pos)))):
            break
        if folded.startswith("va ", pos) and words:
            nxt = pos + 3
            if boundary_at(text, folded, pos) or starts_body(nxt) or (places.at(nxt, None) or None) is not None \
                    and places.at(nxt, None).start == nxt:
                break
            pos = nxt
            continue
        previous = m.start()
        capitalised = text[m.start()].isupper()
        proper_run = (proper_run + 1 if proper_run or (words and not last_capitalised) else 0) if capitalised else 0
        end, words, pos = m.end(), words + 1, m.end()
        last_capitalised = capitalised
        if text.startswith(" - ", pos) or text.startswith(" – ", pos):
            pos += 3
        elif text.startswith(", ", pos) and _comma_inside(text, pos + 2, starts_body):
            pos += 2
        elif text.startswith(" ", pos):
            pos += 1
        else:
            break
    if words == 0:
        return -1
    if lower_first and not closed_by_place and not (last_capitalised and words >= 2):
        return -1
    return end


def _joined_by_hyphen(text: str, place) -> bool:
    """A bare place name joined to another by a spaced hyphen is part of a
    longer proper name ("Khu bảo tồn Bình Châu - Phước Bửu"), not its place."""
    return place.surface == place.name and text[place.end:place.end + 3] in (" - ", " – ") \
        and text[place.end + 3:place.end + 4].isupper()


@lru_cache(maxsize=1)
def _venues() -> frozenset[str]:
    return frozenset(" ".join(fold(v).split()) for v in load_table("name_boundaries")["venues"])


def is_venue(folded_name: str) -> bool:
    """A kind word and name that make a building ("Trung tâm Hội nghị tỉnh")."""
    words = folded_name.split()
    return any(" ".join(words[:n]) in _venues() for n in range(1, len(words) + 1))
