"""Post titles in running text ("Phó Bí thư Thường trực", "Trưởng ban",
"UVTV", "Thành ủy viên"), read with the table `data/tables/roles.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .tables import load_table
from .names import name_key
from .patterns import word_alternation
from .text import fold


@dataclass(frozen=True)
class Title:
    """One entry of the roles table."""

    role: str                      # canonical written form
    shares: str | None = None      # the body word the title ends with ("Ban")
    body: str | None = None        # the body it implies: "committee" or a name
    member_of: str | None = None   # "Thành ủy" for "Thành ủy viên"


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    title: Title


def _key(form: str) -> str:
    return " ".join(fold(form).split())


@lru_cache(maxsize=1)
def _grammar():
    forms: dict[str, list[tuple[str, Title]]] = {}
    for entry in load_table("roles")["roles"]:
        title = Title(entry.get("role", entry["names"][0]), entry.get("shares"), entry.get("body"), entry.get("member_of"))
        for name in entry["names"]:
            forms.setdefault(_key(name), []).append((name, title))
    # (?<![\w/]) before each title, checked after its first letter so that re skips ahead fast.
    alternation = word_alternation(forms, not_after=r"[\w/]")
    pattern = re.compile(r"(?:" + alternation + r")(?![\w])")
    at_end = re.compile(r"(?:" + alternation + r")\s+$")
    return forms, pattern, at_end


def _title_for(text: str, start: int, end: int, folded_form: str) -> Title | None:
    forms = _grammar()[0]
    surface = text[start:end]
    for name, title in forms.get(" ".join(folded_form.split()), ()):
        if name_key(name) == name_key(surface) or (name.isupper() and surface.isupper()):
            return title
    return None


def find_titles(text: str, folded: str) -> list[TitleMatch]:
    """Every post title in the text, longest first where two start together."""
    out = []
    for m in _grammar()[1].finditer(folded):
        title = _title_for(text, m.start(), m.end(), m.group(0))
        if title is not None:
            out.append(TitleMatch(m.start(), m.end(), title))
    return out


def ends_with_title(text: str, folded: str, pos: int) -> bool:
    """Whether a post title ends right before `pos` ("Phó Bí thư |Thường trực")."""
    base = max(0, pos - 40)
    m = _grammar()[2].search(folded[base:pos])
    if not m:
        return False
    form = m.group(0).rstrip()
    start = base + m.start()
    return _title_for(text, start, start + len(form), form) is not None


def title_at(text: str, folded: str, pos: int) -> TitleMatch | None:
    """The post title that starts at `pos`, if one does ("Thường trực Ban Bí thư")."""
    m = _grammar()[1].match(folded, pos)
    if not m:
        return None
    title = _title_for(text, m.start(), m.end(), m.group(0))
    return TitleMatch(m.start(), m.end(), title) if title is not None else None
