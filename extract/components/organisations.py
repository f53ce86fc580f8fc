"""Component vnkg_organisations: every body the text names, written out in
full, one entry per distinct body, with its parent, level, kind and every
mention (nested ones included: "Quận ủy" inside "Ban Thường vụ Quận ủy").

Names are read by `extract.orgnames`; this component decides which written
names are one body (a bare "Quận ủy" in a Quận 9 report is the Quận ủy of
Quận 9), which are only classes of bodies ("các cấp ủy", "Đảng ủy 20
phường"), and leaves the phrases on `doc._.org_phrases` for the people
component, which reads the bodies of posts from them.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Organisation
from ..orgnames import OrgPhrase, OrgReader, family_name, form_of
from ..placenames import LEVELS, Place, Places
from ..tables import load_table
from ..roles import ends_with_title
from ..text import fold

if not Doc.has_extension("org_phrases"):
    Doc.set_extension("org_phrases", default=None)
if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)

_COMMITTEE_LEVEL = {"Thành ủy": "province", "Tỉnh ủy": "province", "Quận ủy": "district",
                    "Huyện ủy": "district", "Thị ủy": "district"}
# The boundary is checked behind the literal, so that re can search for the literal fast.
_OF_PARTY = re.compile(r"cua(?<=\bcua) (dang)(?![\w])")


@dataclass
class Body:
    """One distinct body, gathered from the phrases that name it."""

    key: tuple
    name: str = ""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    parent_key: tuple | None = None
    level: str | None = None
    kind: str | None = None
    place_name: str | None = None      # the place it was resolved to, for posts
    plain: bool = False                # its name was read from running text, not capitals

    def add_name(self, name: str, plain: bool = True) -> None:
        """Keep the fullest written form: the one with the most words; of two
        as full, one from running text over one from a heading's capitals."""
        if (len(name.split()), len(name), plain) > (len(self.name.split()), len(self.name), self.plain):
            self.name, self.plain = name, plain

    def to_model(self, bodies: dict) -> Organisation:
        parent = bodies[self.parent_key].name if self.parent_key in bodies else None
        return Organisation(self.name, parent, self.level, self.kind, sorted(set(self.mentions)))


def document_level(context, phrases: list[OrgPhrase]) -> str | None:
    """The level the document speaks from: the context's, else its most named committee's."""
    if context.locality_level:
        return context.locality_level
    votes = Counter(_COMMITTEE_LEVEL.get(p.links[-1].kind.canonical) for p in phrases)
    votes.pop(None, None)
    return votes.most_common(1)[0][0] if votes else None


class Resolver:
    """Keys that say which body a phrase names, with bare names resolved to the document's places."""

    def __init__(self, places: Places, doc_level: str | None, phrases: list[OrgPhrase]):
        self.places, self.doc_level = places, doc_level
        self.locality_key = _place_key(places.locality)
        self.heading_end = -1          # the end of the text's first line, set by the component
        self.province_key = _place_key(places.province)
        self.named: dict[str, set] = {}           # head → (level, place key)s named with it
        self.named_at: dict[str, set] = {}        # level → place keys named with any body
        self.display: dict[str, str] = {}         # place key → how to write the place
        for value, key in ((places.locality, self.locality_key), (places.province, self.province_key)):
            if key:
                self.display[key] = value
        self.placed_names: dict[tuple, list] = {}  # (head, name) → the phrases naming it with a place
        for p in phrases:
            if p.place is not None and p.place_owner == len(p.links) - 1 and not p.generic and p.links[-1].tail:
                self.placed_names.setdefault((self._head(p.links[-1]), fold(p.links[-1].tail)), []).append(p)
            if p.place is not None and p.place.key and p.place_owner == len(p.links) - 1 and not p.generic:
                self.named.setdefault(self._head(p.links[-1]), set()).add((p.place.level, p.place.key))
                self.named_at.setdefault(p.place.level, set()).add(p.place.key)
                self.display.setdefault(p.place.key, p.place.surface if p.place.name[:1].isdigit() else p.place.name)
        # A bloc committee named in full ("Đảng ủy Khối doanh nghiệp tỉnh") is the
        # one a bare "Đảng ủy Khối" of the same text means, when it is the only one.
        bare_heads = {self._head(p.links[-1]) for p in phrases if p.links[-1].kind.takes == "name-or-bare"}
        self.full_blocs: dict[str, set] = {}
        for p in phrases:
            last = p.links[-1]
            if self._head(last) in bare_heads and not p.generic and (last.tail or p.place is not None):
                self.full_blocs.setdefault(self._head(last), set()).add(self._own_key(p, len(p.links) - 1))

    @staticmethod
    def _head(link) -> str:
        return link.kind.family or link.kind.canonical

    def level_of(self, phrase: OrgPhrase, i: int) -> str | None:
        return self.place_of(phrase, i)[0]

    def place_of(self, phrase: OrgPhrase, i: int) -> tuple[str | None, str | None]:
        """(level, place key) of the body of links[i:]."""
        head = phrase.links[-1]
        place = phrase.place if phrase.place is not None and phrase.place_owner >= i else None
        if place is not None and place.key:
            return place.level, place.key
        if head.kind.level == "central" and place is None:
            return "central", ""
        if self.in_heading(phrase, i):
            # "ỦY BAN NHÂN DÂN / HUYỆN NINH PHƯỚC": the heading's body is the document's own place's.
            return self.doc_level, self.locality_key
        level = place.level if place is not None else head.kind.level
        if head.tail and place is None:
            # "Phòng Nội vụ" after "Phòng Nội vụ huyện": the one body of that name the text placed.
            placed = {self.place_of(p, len(p.links) - 1)
                      for p in self.placed_names.get((self._head(head), fold(head.tail)), ())}
            if len(placed) == 1 and None not in next(iter(placed)):
                return next(iter(placed))
            return level or "province", ""
        # A bare name is the one body of its kind the text names with a place
        # ("Thành ủy" after "Thành ủy Cần Thơ"), else the document's own, else
        # the one place of its level the text names.
        named = {n for n in self.named.get(self._head(head), set()) if level is None or n[0] == level}
        if len(named) == 1:
            return next(iter(named))
        level = level or self.doc_level
        if level == self.doc_level and self.locality_key:
            return level, self.locality_key
        if level == "province" and self.province_key:
            return level, self.province_key
        at_level = self.named_at.get(level, set())
        if len(at_level) == 1:
            return level, next(iter(at_level))
        return level, None

    def in_heading(self, phrase: OrgPhrase, i: int) -> bool:
        """Whether links[i:] is the document's heading body, written without its place on its line."""
        head = phrase.links[-1]
        place = phrase.place if phrase.place is not None and phrase.place_owner >= i else None
        return (place is None and phrase.start < self.heading_end and not head.tail and bool(self.locality_key)
                and head.kind.level in (None, self.doc_level))

    def key(self, phrase: OrgPhrase, i: int) -> tuple:
        last = phrase.links[-1]
        if last.kind.takes == "name-or-bare" and not last.tail and phrase.place is None:
            full = self.full_blocs.get(self._head(last), set())
            if len(full) == 1:
                head = tuple((self._head(l), fold(l.tail)) for l in phrase.links[i:-1])
                return head + next(iter(full))
        return self._own_key(phrase, i)

    def _own_key(self, phrase: OrgPhrase, i: int) -> tuple:
        chain = tuple((self._head(l), fold(l.tail)) for l in phrase.links[i:])
        return chain + (("@",) + self.place_of(phrase, i),)


def _place_key(value: str | None) -> str | None:
    if not value:
        return None
    words = fold(value).split()
    for unit in (("thanh", "pho"), ("thi", "xa"), ("thi", "tran"), ("quan",), ("huyen",), ("tinh",), ("phuong",), ("xa",), ("tp",)):
        if tuple(words[:len(unit)]) == unit and len(words) > len(unit):
            words = words[len(unit):]
            break
    return " ".join(words)


def _suffix_name(text: str, phrase: OrgPhrase, i: int) -> str:
    parts = []
    last = len(phrase.links) - 1
    for j in range(i, last + 1):
        # Inside a longer name the body keeps its written words: "Ban Tổ chức Trung ương".
        parts.append(written_name(text, phrase.links[j], inner=j > i))
    if phrase.place is not None and phrase.place_owner >= i and (phrase.place_owner == len(phrase.links) - 1 or i == 0):
        parts.append(phrase.place.surface)
    return " ".join(parts)


# (written words, id of the kind, tail, inner) → (kind, name): bodies are named
# again and again, and a name depends only on these.
_WRITTEN_NAMES: dict[tuple, tuple] = {}


def written_name(text: str, link, inner: bool = False) -> str:
    """A link's name in its written-out form: abbreviations expanded, the
    table's capitalisation, the bare "Mặt trận" written as its family; a
    shortened name ("Trung ương") written out unless it is `inner`, part of
    a longer name."""
    words = text[link.start:link.form_end]
    key = (words, id(link.kind), link.tail, inner)
    known = _WRITTEN_NAMES.get(key)
    if known is not None and known[0] is link.kind:
        return known[1]
    if len(_WRITTEN_NAMES) > 50_000:
        _WRITTEN_NAMES.clear()
    name = _written_name(words, link, inner)
    _WRITTEN_NAMES[key] = (link.kind, name)
    return name


def _written_name(words: str, link, inner: bool) -> str:
    kind = link.kind
    name = form_of(words, 0, len(words), kind)
    if kind.written and not inner:
        name = kind.written
    if any(len(w) > 1 and w.isupper() for w in name.split()):  # an abbreviation: "UBND", "Ủy ban MTTQ"
        name = kind.family if inner and kind.family else kind.canonical
    if kind.family and len(name.split()) < len(kind.family.split()) and kind.family.startswith(name):
        name = kind.family
    return f"{name} {link.tail}".strip() if link.tail else name


def gather(text: str, folded: str, phrases: list[OrgPhrase], resolver: Resolver) -> dict[tuple, Body]:
    """The distinct bodies the phrases name, keyed by `Resolver.key`."""
    bodies: dict[tuple, Body] = {}
    order = {lvl: n for n, lvl in enumerate(LEVELS)}
    doc_rank = order.get(resolver.doc_level, 1)
    for phrase in phrases:
        if phrase.generic or phrase.bare_board:
            continue
        if phrase.lower_start and not _after_title(text, folded, phrase):
            continue
        place = phrase.place
        if place is not None and not place.name and order.get(place.level, 0) > doc_rank:
            continue  # "Đảng ủy phường" in a district's text: the wards' committees
        keys = []
        for i in range(len(phrase.links)):
            if phrase.links[i].kind.board and i == len(phrase.links) - 1:
                continue
            key = resolver.key(phrase, i)
            body = bodies.get(key)
            if body is None:
                body = bodies[key] = Body(key)
            name = _suffix_name(text, phrase, i)
            if resolver.in_heading(phrase, i) and resolver.places.locality and _alone_in_capitals(text, phrase):
                name = f"{name} {resolver.places.locality}"  # the place on the heading's next line
            body.add_name(name, not text[phrase.start:phrase.end].isupper())
            body.mentions.append((phrase.links[i].start, phrase.suffix_end(i)))
            body.kind = phrase.links[i].kind.kind
            body.level = key[-1][1]  # the level place_of gave the key: resolver.level_of(phrase, i)
            body.place_name = (place.surface if place is not None and phrase.place_owner >= i and place.name
                               else body.place_name or _resolved_place(resolver, key))
            keys.append(key)
        for a, b in zip(keys, keys[1:]):
            bodies[a].parent_key = bodies[a].parent_key or b
        if keys:
            _table_parent(text, folded, phrase, bodies, keys[-1])
        phrase.entities = keys
    return bodies


def _alone_in_capitals(text: str, phrase: OrgPhrase) -> bool:
    """The phrase is a line of its own, in capitals ("ỦY BAN NHÂN DÂN")."""
    line_start = text.rfind("\n", 0, phrase.start) + 1
    line_end = text.find("\n", phrase.end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return line == text[phrase.start:phrase.end].strip() and line.isupper()


def _resolved_place(resolver: Resolver, key: tuple) -> str | None:
    place = key[-1][2]
    return resolver.display.get(place) if place else None


def _table_parent(text: str, folded: str, phrase: OrgPhrase, bodies: dict, head_key: tuple) -> None:
    """A name that shows its parent ("Trung ương Đảng" → Đảng): list the parent too."""
    head = phrase.links[-1]
    family = head.kind.parent
    if not family:
        return
    key = ((family, ""), ("@", "central", ""))
    body = bodies.get(key) or bodies.setdefault(key, Body(key, level="central"))
    body.add_name(family_name(family))
    word = folded.rfind(fold(family), head.start, head.form_end)
    if word >= 0:
        body.mentions.append((word, word + len(family)))
    bodies[head_key].parent_key = key


def _after_title(text: str, folded: str, phrase: OrgPhrase) -> bool:
    """A lower-case name is a body only as the body of a post: "bí thư quận ủy",
    "Trưởng ban Tổ chức" (the title's last word begins the name)."""
    first_word_end = text.find(" ", phrase.start, phrase.end)
    return (ends_with_title(text, folded, phrase.start)
            or (first_word_end > 0 and ends_with_title(text, folded, first_word_end + 1)))


_COORDINATION = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _shared_parents(text: str, phrases: list[OrgPhrase], bodies: dict[tuple, Body]) -> dict[int, tuple]:
    """"Ban Thường vụ và Thường trực Quận ủy": boards listed before a board with
    its body share that body. Index of a bare board → key of the shared body."""
    shared: dict[int, tuple] = {}
    for n in range(len(phrases) - 2, -1, -1):
        phrase, after = phrases[n], phrases[n + 1]
        if not phrase.bare_board or len(phrase.links) != 1:
            continue
        gap = _COORDINATION.fullmatch(text, phrase.end, after.start)
        if gap is None or not after.links[0].kind.board:
            continue
        if n + 1 in shared:
            shared[n] = shared[n + 1]
        elif len(after.entities) > 1 and after.entities[1] in bodies \
                and bodies[after.entities[1]].kind != "party-organisation":
            # Not after "Ban Chấp hành Đảng bộ quận": its standing board is the Quận ủy's.
            shared[n] = after.entities[1]
    return shared


@lru_cache(maxsize=1)
def _committee_units() -> dict[str, tuple[str, str]]:
    """A Party committee's name → the unit word and level of its place ("Thành ủy" → "thành phố")."""
    out: dict[str, tuple[str, str]] = {}
    for unit in load_table("administrative_units")["units"]:
        if unit["level"] in ("province", "district"):
            out.setdefault(fold(unit["committee"]), (unit["words"][0], unit["level"]))
    return out


def _elided_places(text: str, phrases: list[OrgPhrase]) -> None:
    """"Ban Chấp hành Đảng bộ, Ban Thường vụ và Thường trực Thành ủy": a Đảng bộ
    without a place, listed before the boards of a committee, is that committee's
    Đảng bộ ("Đảng bộ thành phố"), not the document's own."""
    for n, phrase in enumerate(phrases[:-1]):
        last = phrase.links[-1]
        if last.kind.kind != "party-organisation" or last.tail or phrase.place is not None or phrase.generic:
            continue
        k, end = n + 1, phrase.end
        while k < len(phrases) and _COORDINATION.fullmatch(text, end, phrases[k].start) and phrases[k].bare_board:
            end, k = phrases[k].end, k + 1
        if k == n + 1 or k == len(phrases) or not _COORDINATION.fullmatch(text, end, phrases[k].start):
            continue
        listed = phrases[k]
        if not listed.links[0].kind.board or listed.links[-1].kind.kind != "party-committee":
            continue
        unit = _committee_units().get(fold(listed.links[-1].kind.canonical))
        if unit is None:
            continue
        phrase.place = Place(phrase.end, phrase.end, unit[0], None, unit[1])
        phrase.place_owner = len(phrase.links) - 1


_OWNER_WORD = re.compile(r"\s+cua\s+")


def _owners_in_descriptions(folded: str, phrases: list[OrgPhrase], bodies: dict[tuple, Body]) -> None:
    """"Ban Chỉ đạo của Thành ủy về thực hiện Nghị quyết 28": a body described as
    the committee "của" another sits under that body."""
    starts = {p.start: p for p in phrases}
    for phrase in phrases:
        if phrase.tail_end <= 0 or not phrase.entities or phrase.entities[0] not in bodies:
            continue
        owner_word = _OWNER_WORD.match(folded, phrase.links[0].form_end)
        owner = owner_word and starts.get(owner_word.end())
        if owner and owner.entities and owner.entities[0] in bodies and owner.entities[0] != phrase.entities[0]:
            bodies[phrase.entities[0]].parent_key = bodies[phrase.entities[0]].parent_key or owner.entities[0]


def _bare_board_mentions(text: str, phrases: list[OrgPhrase], bodies: dict[tuple, Body], resolver: Resolver) -> None:
    """A bare "Ban Thường vụ" refers back to the one such board of the document's own committee."""
    shared = _shared_parents(text, phrases, bodies)
    for n, phrase in enumerate(phrases):
        if not phrase.bare_board or phrase.generic or len(phrase.links) != 1:
            continue
        kind = phrase.links[0].kind
        board = kind.canonical
        span = (phrase.start, phrase.links[0].end)
        if n in shared:
            parent_key = shared[n]
            key = ((board, ""),) + parent_key
            body = bodies.get(key)
            if body is None:
                parent = bodies[parent_key]
                body = bodies[key] = Body(key, parent_key=parent_key, level=parent.level, kind=kind.kind,
                                          place_name=parent.place_name)
            body.add_name(f"{board} {bodies[parent_key].name}")
            body.mentions.append(span)
            continue
        matches = [b for k, b in bodies.items()
                   if len(k) == 3 and k[0][0] == board and k[-1][2] == resolver.locality_key]
        if len(matches) == 1:
            matches[0].mentions.append(span)
        elif not matches and kind.own and not phrase.lower_start:
            own = [k for k in bodies if len(k) == 2 and k[0][0] in _COMMITTEE_LEVEL
                   and k[1][1] == resolver.doc_level and k[1][2] == resolver.locality_key]
            if len(own) == 1:
                committee = bodies[own[0]]
                key = ((board, ""),) + own[0]
                body = bodies[key] = Body(key, parent_key=own[0], level=committee.level, kind=kind.kind,
                                          place_name=committee.place_name)
                body.add_name(f"{board} {committee.name}")
                body.mentions.append(span)


def _party_mentions(text: str, folded: str, bodies: dict[tuple, Body]) -> None:
    key = (("Đảng", ""), ("@", "central", ""))
    if key not in bodies:
        return
    for m in _OF_PARTY.finditer(folded):
        if text[m.start(1)].isupper():
            bodies[key].mentions.append((m.start(1), m.end(1)))


@Language.component("vnkg_organisations")
def find_organisations(doc: Doc) -> Doc:
    text, folded = doc._.text, doc._.folded
    context = doc._.extraction.context
    places = Places(text, folded, context.locality, context.locality_level, context.province)
    phrases = OrgReader(text, folded, places).phrases()
    _elided_places(text, phrases)
    doc_level = document_level(context, phrases)
    resolver = Resolver(places, doc_level, phrases)
    resolver.heading_end = text.find("\n") if text.find("\n") >= 0 else len(text)
    bodies = gather(text, folded, phrases, resolver)
    _owners_in_descriptions(folded, phrases, bodies)
    _bare_board_mentions(text, phrases, bodies, resolver)
    _party_mentions(text, folded, bodies)
    organisations = [b.to_model(bodies) for b in bodies.values()]
    organisations.sort(key=lambda o: (-len(o.name.split()), o.name))
    doc._.extraction.organisations.extend(organisations)
    doc._.org_phrases = phrases
    doc._.places = places
    doc._.org_bodies = bodies
    doc._.org_resolver = resolver
    return doc


for _name in ("org_bodies", "org_resolver"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
