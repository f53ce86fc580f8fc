"""Reading organisation names in running text: "Ban Tổ chức Thành ủy TPHCM"
is the board Ban Tổ chức of the body Thành ủy of the place Thành phố Hồ Chí
Minh. The words come from `data/tables/organisation_kinds.yaml`; this module
finds each written name as an `OrgPhrase`, a chain of links from the
outermost board to the body it belongs to, with the place after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .freenames import free_name_end, is_venue
from .placenames import Place, Places, after_unit_word
from .roles import ends_with_title, title_at
from .tables import load_table
from .names import name_key
from .patterns import word_alternation
from .text import fold


@dataclass(frozen=True)
class Kind:
    canonical: str
    kind: str
    board: bool
    level: str | None = None
    takes: str = "nothing"
    family: str | None = None
    parent: str | None = None
    written: str | None = None
    own: bool = False
    lower: bool = False     # a free name after it may begin in lower case
    people: bool = False    # a free name after it may hold a person's name ("Trường THPT Nguyễn Du")


@dataclass
class Link:
    """One body or board of a written name, at [start, end)."""

    kind: Kind
    start: int
    end: int
    tail: str = ""          # "Nội vụ" of "Sở Nội vụ", "138" of "Ban Chỉ đạo 138"
    form_end: int = -1      # where the table's word ends (before any tail)


@dataclass
class OrgPhrase:
    """A written organisation name: links outermost first, then its place."""

    start: int
    end: int
    links: list[Link]
    place: Place | None = None
    place_owner: int = -1   # index of the link the place belongs to
    generic: bool = False
    lower_start: bool = False
    tail_end: int = -1      # where a description tail ends (Ban Chỉ đạo ...)
    entities: list = field(default_factory=list)  # filled by the component: one per suffix

    def suffix_end(self, i: int) -> int:
        """Where the name of the body of links[i:] ends."""
        if self.place is not None and self.place_owner >= i:
            return max(self.place.end, self.links[-1].end)
        if i == 0 and self.tail_end > 0:
            return self.tail_end
        return self.links[-1].end

    @cached_property
    def bare_board(self) -> bool:
        # Asked of every phrase several times; its links are fixed once read.
        return all(link.kind.board for link in self.links)


def _form_key(form: str) -> str:
    return " ".join(fold(form).split())


@lru_cache(maxsize=1)
def _grammar():
    table = load_table("organisation_kinds")
    forms: dict[str, list[tuple[str, Kind]]] = {}
    for board, entries in ((False, table["bodies"]), (True, table["boards"])):
        for entry in entries:
            kind = Kind(canonical=entry["names"][0], kind=entry["kind"], board=board,
                        level=entry.get("level"), takes=entry.get("takes", "nothing"),
                        family=entry.get("family"), parent=entry.get("parent"),
                        written=entry.get("written"), own=bool(entry.get("own")),
                        lower=bool(entry.get("lower")), people=bool(entry.get("people")))
            for name in entry["names"]:
                forms.setdefault(_form_key(name), []).append((name, kind))
    # Not after a letter, "/" or ".": checked after the first letter, so that re skips ahead fast.
    pattern = re.compile(word_alternation(forms, not_after=r"[\w/.]") + r"(?![\w])")
    # A count before a name makes a class ("17 tổ chức Đảng"), an ordinal does not ("lần thứ 2 Ban Chấp hành").
    # "nâng cấp Trạm Y tế": a word that ends in a class word ("cấp") is no class.
    compounds = [_form_key(c).split() for c in table.get("not_generic_before", [])]

    def branch(word: str) -> str:
        key = _form_key(word)
        return "".join(rf"(?<!{re.escape(' '.join(c[:-1]))} )" for c in compounds if c[-1] == key) + re.escape(key)

    generic_before = re.compile(
        r"(?:(?:^|[\s(])(?:" + "|".join(branch(w) for w in table["generic_before"]) + r")"
        r"|(?<!thu )(?<!so )(?<![\d/.-])\d+)[^\S\n]+$")  # same line: a stamp "16:10" above a title counts nothing
    generic_after = re.compile(r"\s+(?:" + "|".join(re.escape(_form_key(w)) for w in table["generic_after"]) + r")(?![\w])")
    return forms, pattern, generic_before, generic_after


@lru_cache(maxsize=1)
def _kind_checks() -> dict[str, tuple[tuple[str | None, str | None, Kind], ...]]:
    """Folded form → (folded abbreviation or None, name key or None, kind) per
    table name, in table order: what `_kind_at` compares, worked out once."""
    return {form: tuple((fold(name), None, kind) if name.isupper() else (None, name_key(name), kind)
                        for name, kind in entries)
            for form, entries in _grammar()[0].items()}


def _kind_at(text: str, folded: str, m: re.Match) -> Kind | None:
    """The kind a regex match names, when its surface has the right diacritics."""
    return _kind_of(m.group(0), text[m.start():m.end()])


# A text repeats the same few hundred matched words ("số", "bộ", "Ban Chấp
# hành"): remembering the answer per written form skips the name_key and
# fold work on every repeat. Bounded, as the forms of a long build are not.
@lru_cache(maxsize=4096)
def _kind_of(folded_form: str, written: str) -> Kind | None:
    """The kind of the folded match `folded_form`, written `written` in the text."""
    checks = _kind_checks().get(" ".join(folded_form.split()))
    if not checks:
        return None
    surface = None
    for abbreviation, key, kind in checks:
        if abbreviation is not None:
            # An abbreviation only in capitals: "TƯ", not the name "Tư".
            if written.isupper() and abbreviation == fold(written):
                return kind
        else:
            if surface is None:
                surface = name_key(written)
            if key == surface:
                return kind
    return None


@lru_cache(maxsize=None)
def family_name(family: str) -> str:
    """How a family of bodies is written out: "Trung ương" → "Ban Chấp hành Trung ương"."""
    for entry in load_table("organisation_kinds")["bodies"]:
        if entry.get("family") == family and entry.get("written") and family in entry["names"]:
            return entry["written"]
    return family


def form_of(text: str, start: int, end: int, kind: Kind) -> str:
    """The table's written form of the words at [start, end) naming `kind`:
    the one written as the text writes it ("Đảng ủy Khối"), else the first."""
    written = " ".join(text[start:end].split())
    first = None
    for name, k in _grammar()[0].get(" ".join(fold(written).split()), ()):
        if k is kind:
            if name == written:
                return name
            first = first or name
    return first or kind.canonical


_SPACE = re.compile(r"[ \t]*")
_LATIN = [chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isalpha()]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
_PART = rf"[{_UP}][{_LOW}]*(?: [{_LOW}]+(?![\w-]))?"
_NAME_TAIL = re.compile(rf" (?:(?:khối|Khối|khu|Khu) )?{_PART}(?: (?:và|-) {_PART})*")
_NAME_GOES_ON = re.compile(r" (?:-|và) \w")
# A name that lists its fields, the last after "và" ("Kinh tế, Hạ tầng và Đô thị").
_NAME_LIST = re.compile(rf"((?:, {_PART})+) và {_PART}")
_MEMBER_WORD = re.compile(r"\s+vien(?![\w])")
_PLENUM_NUMBER = re.compile(r"\s+\d")
_UNIT_WORDS = r"(?:quan|huyen|tinh|thanh pho|phuong|xa|thi xa|thi tran|co so)"
_TAIL_DESCRIPTION = re.compile(
    r"\s+(?:(\d+)(?![\w])|(cap\s+" + _UNIT_WORDS + r")(?![\w])|(bau\s+cu\s+" + _UNIT_WORDS + r")(?![\w])|(cua\s+))")
_DIRECTIVE_REF = re.compile(r"[^,;.\n]{0,80}?\b(?:nghi quyet|nq|chi thi|ct|ket luan|kl|ke hoach|kh|de an|quyet dinh|qd)"
                            r"(?:\s+\(\w+\))?\s+(?:so\s+)?\d+(?:[-/][\w/-]+)?")


_MAX_HEADING_WORDS = 12


@lru_cache(maxsize=1)
def _steering_purpose() -> re.Pattern[str]:
    """A steering committee's purpose, lower-case words (commas between them) up to a unit word."""
    words = "|".join(sorted({re.escape(_form_key(w)).replace(r"\ ", r"\s+")
                             for w in load_table("organisation_kinds")["steering_purposes"]}, key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})(?![\w])(?:,?\s+[\w-]+){{0,10}}?\s+{_UNIT_WORDS}(?![\w])")


@lru_cache(maxsize=1)
def _type_words() -> dict[str, str]:
    """Directive type codes written out: NQ → Nghị quyết."""
    return {_form_key(row["code"]): row["words"][0] for row in load_table("document_types")}


@lru_cache(maxsize=1)
def _departments() -> re.Pattern[str]:
    names = sorted({_form_key(d) for d in load_table("organisation_kinds")["departments"]}, key=len, reverse=True)
    return re.compile(r" (?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?![\w])")


@lru_cache(maxsize=1)
def _department_forms() -> dict[str, str]:
    """Folded department name → its written form in the table ("tai chinh" → "Tài chính")."""
    forms: dict[str, str] = {}
    for name in load_table("organisation_kinds")["departments"]:
        forms.setdefault(" ".join(fold(name).split()), name)
    return forms


def _department_name(surface: str) -> str:
    """A department's name as written, or in the table's form when written in capitals."""
    if not surface.isupper():
        return surface
    return _department_forms().get(" ".join(fold(surface).split()), surface)


def _department_at(text: str, folded: str, pos: int) -> int | None:
    """Where the name of a ministry or department that starts at `pos` ends
    ("Tài nguyên và Môi trường"), when its first letter is a capital."""
    m = _departments().match(folded, pos)
    if m and text[pos + 1:pos + 2].isupper():
        return m.end()
    return None


def listed_fields_end(text: str, folded: str, pos: int, opens_body) -> int:
    """ "Phòng Kinh tế|, Hạ tầng và Đô thị": a name goes on over a list of its
    fields closed by "và", unless a listed part is a department of its own
    ("Sở Nội vụ, Tài chính và Xây dựng" lists three) or `opens_body` there
    (another body or a post begins)."""
    m = _NAME_LIST.match(text, pos)
    if not m:
        return pos
    for part in re.finditer(r", (\S)", m.group(1)):
        at = pos + part.start(1)
        if _departments().match(folded, at - 1) or opens_body(at):
            return pos
    return m.end()


def _expand_codes(text: str) -> str:
    words = _type_words()
    return re.sub(r"\b([A-ZĐ][A-ZĐa-z]{1,2})\b", lambda m: words.get(_form_key(m.group(1)), m.group(1)), text)


_LIST_GAP = re.compile(r"\s*(?:,|\s(?:va|hoac))\s*(?:cac\s+)?")


def _share_genericity(folded: str, prev: OrgPhrase | None, phrase: OrgPhrase) -> None:
    """A bare body listed after a class of bodies of its kind is one of the
    class: "các Huyện ủy, Thị ủy, Thành ủy" names no one body, but "các quận
    ủy, Đảng ủy Khu Kinh tế" names the one with a name."""
    if prev is None or not prev.generic or phrase.generic or prev.end > phrase.start:
        return
    if phrase.place is not None or any(link.tail for link in phrase.links):
        return
    if prev.links[-1].kind.kind == phrase.links[-1].kind.kind and _LIST_GAP.fullmatch(folded, prev.end, phrase.start):
        phrase.generic = True


class OrgReader:
    """Finds the organisation names of one text."""

    def __init__(self, text: str, folded: str, places: Places):
        self.text, self.folded, self.places = text, folded, places
        _, self.pattern, self.generic_before, self.generic_after = _grammar()

    def phrases(self) -> list[OrgPhrase]:
        out: list[OrgPhrase] = []
        pos = 0
        while True:
            m = self.pattern.search(self.folded, pos)
            if not m:
                break
            # Most matches of the folded words are other words ("số", "bộ", "từ"):
            # read_at would find no kind at its first link either.
            kind = _kind_at(self.text, self.folded, m)
            phrase = self.read_at(m.start(), (m, kind)) if kind is not None else None
            if phrase is None:
                pos = m.end()
                continue
            _share_genericity(self.folded, out[-1] if out else None, phrase)
            out.append(phrase)
            # A description tail ("Ban Chỉ đạo của Thành ủy ...") names other bodies: read on inside it.
            pos = phrase.links[0].end if phrase.tail_end > 0 else phrase.end
        return out

    def read_at(self, pos: int, first: tuple[re.Match, Kind] | None = None) -> OrgPhrase | None:
        """The organisation name that starts at `pos`, if one does. `first` is
        the pattern's match at `pos` and its kind, when the caller has them."""
        text, folded = self.text, self.folded
        links: list[Link] = []
        place: Place | None = None
        owner = -1
        tail_end = -1
        cur = pos
        while True:
            if first is not None and cur == pos:
                m, kind = first
            else:
                m = self.pattern.match(folded, cur)
                if not m:
                    break
                kind = _kind_at(text, folded, m)
            if kind is None:
                break
            if not links and kind.canonical == "Thường trực" and ends_with_title(text, folded, cur):
                # "Phó Bí thư Thường trực Quận ủy": the word belongs to the title.
                nxt = _SPACE.match(text, m.end()).end()
                return self.read_at(nxt) if nxt > m.end() else None
            if not links and kind.canonical == "Thường trực" and title_at(text, folded, cur) is not None:
                # "Thường trực Ban Bí thư" is a post; the body is the Ban Bí thư.
                nxt = _SPACE.match(text, m.end()).end()
                return self.read_at(nxt) if nxt > m.end() else None
            link = Link(kind, m.start(), m.end(), form_end=m.end())
            links.append(link)
            cur = m.end()
            if kind.board:
                nxt = _SPACE.match(text, cur).end()
                if nxt > cur and nxt < len(text):
                    cur = nxt
                    continue
                break
            if kind.takes in ("place-or-name", "place-or-body"):
                # "Đảng ủy Công an tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh": the Party
                # committee of the body named after it.
                nxt = _SPACE.match(text, cur).end()
                inner = self.pattern.match(folded, nxt) if nxt == cur + 1 else None
                if inner is not None and text[nxt].isupper() and _kind_at(text, folded, inner) is not None:
                    cur = nxt
                    continue
            if kind.takes == "free-name":
                # "Trung tâm Phát triển quỹ đất tỉnh", "Công ty cổ phần May Sông Trà";
                # in a heading's capitals ("NHIỆM VỤ NĂM") the word is no kind word.
                if not text[link.start].isupper() or (len(links) == 1 and after_unit_word(folded, link.start)):
                    return None
                if text[link.start:link.form_end].isupper():
                    link.tail, link.end = self._capitals_line_tail(pos, cur)
                else:
                    link.tail, link.end = self._free_tail(cur, link.end, kind.lower, kind.people)
                if not link.tail or is_venue(folded[link.start:link.end]):
                    return None
                p = self.places.at(link.end, None)
                if p is not None and p.start == link.end + 1:
                    place, owner = p, len(links) - 1
                break
            if kind.takes in ("place", "place-required", "place-or-name", "place-or-body", "place-or-free"):
                place = self.places.at(cur, kind.level)
                if place is not None and text[cur:place.start].strip() == "" and place.start - cur <= 1:
                    owner = len(links) - 1
                else:
                    place = None
                if place is None and kind.takes == "place-or-name":
                    link.tail, link.end = self._name_tail(cur, link.end)
                if place is None and kind.takes == "place-or-free":
                    # "Công đoàn Viên chức tỉnh", "Đoàn Thanh niên Khối các cơ quan tỉnh"
                    link.tail, link.end = self._free_tail(cur, link.end, True)
                    p = self.places.at(link.end, None) if link.tail else None
                    if p is not None and p.start == link.end + 1:
                        place, owner = p, len(links) - 1
            elif kind.takes == "name-or-bare":
                # "Đảng ủy Khối Cơ quan tỉnh Hậu Giang"; alone, "Bí thư Đảng ủy Khối" of the text's bloc.
                link.tail, link.end = self._free_tail(cur, link.end, True)
                p = self.places.at(link.end, None) if link.tail else None
                if p is not None and p.start == link.end + 1:
                    place, owner = p, len(links) - 1
            elif kind.takes in ("name", "department"):
                dept = _department_at(text, folded, cur) if kind.takes == "department" else None
                free_tail, free_end = ("", -1)
                if kind.takes == "department" and kind.level != "central" and text[link.start].isupper():
                    # "Phòng Tài chính - Kế hoạch", "Phòng Quản lý đô thị": a name
                    # the departments table does not hold, or holds only in part.
                    free_tail, free_end = self._free_tail(cur, link.end, False)
                    if dept is not None and not (free_end > dept and _NAME_GOES_ON.match(text, dept)):
                        free_tail = ""
                if free_tail:
                    link.tail, link.end = free_tail, free_end
                    p = self.places.at(link.end, None)
                    if p is not None and p.start == link.end + 1:
                        place, owner = p, len(links) - 1
                elif dept is not None:
                    link.tail, link.end = _department_name(text[cur:dept].strip()), dept
                else:
                    link.tail, link.end = self._name_tail(cur, link.end)
                    if link.tail and kind.takes == "department" and not (len(links) == 1 and ends_with_title(text, folded, pos)):
                        link.tail = ""  # "Bộ Tiêu chí": not a ministry
                if not link.tail:
                    return None
                if kind.takes == "department":
                    # "Sở Nội vụ tỉnh Bình Định", "phòng Nội vụ huyện"
                    p = self.places.at(link.end, None)
                    if p is not None and p.start == link.end + 1:
                        place, owner = p, len(links) - 1
            elif kind.takes == "description":
                link.tail, tail_end = self._description_tail(cur)
                if not link.tail:
                    return None
                if kind.takes == "department":
                    # "Sở Nội vụ tỉnh Bình Định", "phòng Nội vụ huyện"
                    p = self.places.at(link.end, None)
                    if p is not None and p.start == link.end + 1:
                        place, owner = p, len(links) - 1  # a bare "Ban Chỉ đạo" names no one body
            elif kind.level == "central" and len(links) > 1:
                # "Đoàn đại biểu Quốc hội Hải Phòng": the place is the delegation's.
                p = self.places.at(cur, None)
                if p is not None and p.start - cur <= 1 and (p.name or p.level):
                    place, owner = p, 0
            break
        if not links:
            return None
        if links[-1].kind.takes == "place-required" and place is None:
            links.pop()
            if not links:
                return None
        end = max(links[-1].end, place.end if place else 0)
        if _MEMBER_WORD.match(folded, end) and place is None:
            return None  # "Thành ủy viên" is a title, not the body
        if links[-1].kind.kind == "central-committee" and _PLENUM_NUMBER.match(folded, end):
            return None  # "Hội nghị Trung ương 7" names a plenum
        phrase = OrgPhrase(pos, end, links, place, owner, tail_end=tail_end)
        phrase.lower_start = text[pos].islower()
        before = folded[max(0, pos - 20):pos]
        # A place with a proper name makes one body of it, whatever follows:
        # "Đảng bộ phường Tân Định trực thuộc Thành ủy" (but "các chi bộ trực thuộc").
        named_place = place is not None and bool(place.name)
        phrase.generic = bool(self.generic_before.search(before)
                              or (self.generic_after.match(folded, end) and not named_place)
                              or (place is not None and place.generic))
        return phrase

    def _name_tail(self, cur: int, end: int) -> tuple[str, int]:
        """The proper name of a department or bloc: "Nội vụ", "khối Doanh nghiệp",
        "Tài nguyên và Môi trường". Such names capitalise their first word only,
        so each part is a capitalised word and at most one lower-case word."""
        m = _NAME_TAIL.match(self.text, cur)
        if not m:
            return "", end
        end = listed_fields_end(self.text, self.folded, m.end(), self._starts_body)
        return self.text[cur:end].strip(), end

    def _starts_body(self, pos: int) -> bool:
        """Another body's name or a post title, capitalised, begins at `pos`."""
        if not self.text[pos:pos + 1].isupper():
            return False
        if title_at(self.text, self.folded, pos) is not None:
            return True
        m = self.pattern.match(self.folded, pos)
        return m is not None and _kind_at(self.text, self.folded, m) is not None

    def _free_tail(self, cur: int, end: int, lower: bool, people: bool = False) -> tuple[str, int]:
        """A free-form name after a kind word ("Phát triển quỹ đất", "dự án đầu
        tư xây dựng"); a heading's capitals are written as running text."""
        if not self.text.startswith(" ", cur) or (not lower and not self.text[cur + 1:cur + 2].isupper()):
            return "", end
        name_end = free_name_end(self.text, self.folded, cur + 1, self.places, self._starts_body, people)
        if name_end < 0:
            return "", end
        tail = self.text[cur + 1:name_end]
        if tail.isupper() and len(tail) > 1:
            tail = tail[:1] + tail[1:].lower()
        return tail, name_end

    def _capitals_line_tail(self, start: int, cur: int) -> tuple[str, int]:
        """ "CÔNG TY CỔ PHẦN MÍA ĐƯỜNG SƠN LA" heading a document or listed among its
        recipients ("- CÔNG TY ..."): a line in capitals that opens with the phrase
        (which begins at `start`: "ĐẢNG ỦY CÔNG TY ...") is the body's name to its
        end. Elsewhere capitals are no kind word."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[line_start:start].strip(" -+•\t"):
            return "", -1
        end = line_end
        while end > cur and self.text[end - 1] in " \t;.,:":
            end -= 1
        tail = self.text[cur:end].strip()
        if not tail or not tail.isupper() or len(tail.split()) > _MAX_HEADING_WORDS:
            return "", -1
        return tail[:1] + tail[1:].lower(), end

    def _description_tail(self, cur: int) -> tuple[str, int]:
        """What follows "Ban Chỉ đạo": a number, "cấp quận", "bầu cử quận", "của Thành ủy về ... NQ 28",
        or a purpose closed by a unit word ("phòng, chống dịch Covid-19 huyện")."""
        m = _TAIL_DESCRIPTION.match(self.folded, cur)
        if not m:
            purpose = _steering_purpose().match(self.folded, cur)
            # Words in capitals ("UBND") belong to another body's name, not to the purpose.
            if purpose and not any(w.isupper() and len(w) > 1 and not any(c.isdigit() for c in w)
                                   for w in self.text[cur:purpose.end()].split()):
                return self.text[cur:purpose.end()].strip(), purpose.end()
            return "", -1
        end = m.end()
        if m.group(4):
            inner = self.read_at(m.end())
            if inner is None:
                return "", -1
            end = inner.end
            ref = re.match(r"\s+ve\s+" + _DIRECTIVE_REF.pattern, self.folded[end:end + 140])
            if ref:
                end += ref.end()
        elif m.group(2) or m.group(3):
            end = m.end()
        return _expand_codes(self.text[cur:end].strip()), end
