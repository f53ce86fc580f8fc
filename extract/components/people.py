"""Component vnkg_people: every named person, with every post the text gives
them and every mention of their name.

A run of capitalised syllables is a person when a cue says so: "đồng
chí"/"ông"/"bà" before it, a post title right before or after it ("Bí thư
Quận ủy Lâm Đình Thắng", "Nguyễn Văn Nam - Thành ủy viên, Bí thư Quận ủy"),
a signature block, a byline or a photo credit, or, for names of three
syllables or more, a surname first and no place or body word before it.
Posts name their body as the organisations component read it, written out
and tied to the document's place; a bare "Phó Bí thư" is a post in the
document's own Party committee.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Organisation, Person, Post
from ..names import (MAX_SYLLABLES, blocker_before, cue_starts, cues, institution_before, is_surname, joined_names,
                     outlet_keys, syllable_count, triggers_then_capitals,
                     title_case, title_runs, trigger_before, upper_name_at)
from ..patterns import folded_alternation, word_alternation
from ..placenames import not_place_start, unit_committee
from ..orgnames import listed_fields_end
from ..roles import TitleMatch, find_titles, title_at
from ..tables import load_table
from ..names import name_key
from ..text import canonical_tones, fold
from .organisations import written_name

_COMMITTEES = ("Thành ủy", "Tỉnh ủy", "Quận ủy", "Huyện ủy", "Thị ủy", "Đảng ủy")
_AFTER_NAME = re.compile(r"[ \t]*[-–—,:(][ \t]*")
# Words before a title that keep it a post: "nguyên Bí thư" (former), "tân Bí thư" (new).
_TITLE_QUALIFIER = re.compile(r"(?:nguyên|tân|quyền|đương kim)[ \t]+")
# The term after a post: "Bí thư Huyện ủy khóa XX", "..., nhiệm kỳ 2020 - 2025".
_TERM = re.compile(r"[ \t]*,?[ \t]*(?:\(?(?:khóa|khoá)[ \t]+[IVXLCDM]+\)?|nhiệm kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4})")
_BETWEEN_TITLES = re.compile(r"[ \t]*(?:,[ \t]*(?:đồng thời[ \t]+)?|[ \t]+và[ \t]+|[ \t]+kiêm[ \t]+)")
_SPACES = re.compile(r" *")
_CLAUSE_START = re.compile(r"[,;.:(\n][^,;.:(\n]*$")
_BYLINE_SPLIT = re.compile(r"[^\s\-–,;](?:[^\-–,;]*[^\s\-–,;])?")
_COMMA = re.compile(r",[ \t]*")
_OPEN_TEXT = re.compile(r"[^,;.\n()]{2,80}")
_WORD_RUN = re.compile(r"(?:[ \t]+(?:-|[^\W\d_]\w*)){1,6}(?=,)")  # " kinh tế - xã hội" up to a comma
_TREE_FROM = 20_000  # characters of text from which the names are searched as a prefix tree
# "ông Kiên": a cue and one word. The scan runs on the folded text, where a
# case-sensitive prefix tree skips ahead faster than re.IGNORECASE on the
# text; each match's cue is then checked with its diacritics, as folding
# also lets "ong", "chí" through.
_SHORT_MENTION_CUES = frozenset(("ông", "bà", "đồng chí", "anh", "chị"))
_SHORT_MENTION = re.compile("(" + word_alternation({fold(c) for c in _SHORT_MENTION_CUES}, space=None, not_after=r"[\w]")
                            + r")\s+([^\W\d_]+)(?![\w])")


@lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    """The cues whose positions the reader looks up once: triggers and short-mention cues."""
    return tuple(sorted({w.lower() for w in cues()["triggers"]} | _SHORT_MENTION_CUES))


@lru_cache(maxsize=4)
def _photo_credit_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(word_alternation([w.rstrip(":") for w in words], space=None, not_after=r"[\w]")
                      + r"\s*:\s*")


@dataclass
class Item:
    """A post title with the body it is held in, at [start, end)."""

    start: int
    end: int
    role: str
    organisation: str | None
    committee: str | None = None   # the Party committee its body belongs to, when named
    by_default: bool = False       # the body was not named: the document's committee


@dataclass
class Occurrence:
    start: int
    end: int
    name: str
    items: list[Item] = field(default_factory=list)
    signatory: bool = False
    byline: bool = False


def _regex_at_end(words) -> re.Pattern[str]:
    forms = sorted({" ".join(fold(w).split()) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")\s+$")


# "Tại hội nghị lần thứ nhất của ": the sitting of a body, opening a sentence.
_SITTING_OF = re.compile(r"(?:tai|trong)[ \t]+(?:hoi nghi|phien hop)[^,.;\n]{0,40}?[ \t]+cua[ \t]+")
_INTO = re.compile(r"[ \t]*,?[ \t]*(?:vao|tham gia)[ \t]+")


@lru_cache(maxsize=1)
def _elected_boards() -> dict[str, str]:
    return {" ".join(fold(k).split()): v for k, v in load_table("roles").get("elected_into", {}).items()}


@lru_cache(maxsize=1)
def _holder_link() -> re.Pattern[str]:
    """A post's link to the person after it and that person's cue: " đối với ông ", " là đồng chí "."""
    links = folded_alternation(load_table("roles")["post_holder_links"], space=None)
    cue = folded_alternation(cues()["triggers"], space=None)
    return re.compile(rf"[ \t]*,?[ \t]*(?:{links})[ \t]+(?:{cue})[ \t]+")


@lru_cache(maxsize=1)
def _coordinated() -> re.Pattern[str]:
    """What joins two names of one list, on folded text: ", ", " và ", " và ông "."""
    cue = folded_alternation(cues()["triggers"], space=None)
    return re.compile(rf"[ \t]*(?:,|va)[ \t]*(?:(?:{cue})[ \t]+)?")


@lru_cache(maxsize=1)
def _election_into() -> re.Pattern[str]:
    """An election verb and "tham gia" / "vào" before a board: "chỉ định tham gia "."""
    verbs = folded_alternation(load_table("roles")["election_verbs"], space=None)
    return re.compile(rf"(?<!\w)(?:{verbs})[ \t]+(?:tham gia|vao)[ \t]+")


@lru_cache(maxsize=1)
def _post_opener() -> re.Pattern[str]:
    return _regex_at_end(load_table("roles")["post_openers"])


@lru_cache(maxsize=1)
def _passive_election_into() -> re.Pattern[str]:
    """A passive election before a board, after a name or list: "... được bầu bổ
    sung vào", "..., được chỉ định tham gia Ban Thường vụ Tỉnh ủy"."""
    verbs = folded_alternation(load_table("roles")["election_verbs"], space=None)
    return re.compile(rf"[ \t]*,?[ \t]+(?:da[ \t]+)?(?:duoc|trung cu)[ \t]+(?:(?:{verbs})[ \t]+)?"
                      rf"(?:bo sung[ \t]+)?(?:vao|tham gia)[ \t]+")


@lru_cache(maxsize=1)
def _election_before() -> re.Pattern[str]:
    """An election verb and a cue right before a name: "bầu bổ sung đồng chí "."""
    verbs = folded_alternation(load_table("roles")["election_verbs"], space=None)
    cue = folded_alternation(cues()["triggers"], space=None)
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:{cue})\s+$")


@lru_cache(maxsize=1)
def _closing_verb() -> re.Pattern[str]:
    """A verb of attending or speaking that closes a clause after a unit's name ("... dự")."""
    t = load_table("meetings")
    words = {" ".join(fold(w).split()) for key in ("attend_verbs", "speak_verbs", "chair_verbs") for w in t[key]}
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")$")


@lru_cache(maxsize=1)
def _source_openers() -> frozenset[str]:
    return frozenset(name_key(w) for w in load_table("person_cues").get("source_openers", ()))


@lru_cache(maxsize=1)
def _predicate_start() -> re.Pattern[str]:
    """An auxiliary word ("đã", "sẽ") that opens a verb after a title: a unit's description ends before it.
    Matched with its diacritics on the lower-cased text: folded, "đang" is also "đảng"."""
    words = {" ".join(canonical_tones(w.lower()).split()) for w in load_table("meetings")["auxiliaries"]}
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


@lru_cache(maxsize=1)
def _signature_marks() -> frozenset[str]:
    return frozenset(name_key(m) for m in cues().get("signature_marks", ()))


@lru_cache(maxsize=1)
def _unit_kinds() -> frozenset[str]:
    return frozenset(load_table("organisation_kinds").get("unit_kinds", ()))


@lru_cache(maxsize=1)
def _connector() -> re.Pattern[str]:
    """A connector between a name and its post ("giữ chức", "là") at the end of a window."""
    return _regex_at_end(load_table("roles")["post_connectors"])


@lru_cache(maxsize=1)
def _blockers() -> re.Pattern[str]:
    """A word between a name and a post that keeps the post from the name ("khi", "người")."""
    return re.compile(r"(?<![\w])(?:" + "|".join(
        re.escape(" ".join(fold(w).split())) for w in load_table("roles")["post_blockers"]) + r")(?![\w])")


class PeopleReader:
    """Reads the people of one document from its text and its organisation phrases."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text, self.folded = doc._.text, doc._.folded
        self.phrases = doc._.org_phrases or []
        self.bodies = doc._.org_bodies or {}
        self.resolver = doc._.org_resolver
        self.places = doc._.places
        self.titles = find_titles(self.text, self.folded)
        # Body names and post titles are never part of a person's name ("Phó" of "Phó Bí thư").
        spans = [(p.start, max(p.end, p.suffix_end(0))) for p in self.phrases]
        spans += [(t.start, t.end) for t in self.titles]
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.mask_starts = [s for s, _ in merged]
        self.mask_ends = [e for _, e in merged]
        self.links = {}
        for p in self.phrases:
            for i, link in enumerate(p.links):
                self.links.setdefault(link.start, (p, i))
        self.connector = _connector()
        self.blockers = _blockers()
        self.cue_starts = cue_starts(self.text, _cue_words())
        self.units: list[Organisation] = []   # bodies only a post names ("Phòng ...")
        self.items: dict[int, Item] = {}
        self.items_by_end: dict[int, Item] = {}
        for title in self.titles:
            item = self._item(title)
            if item is not None:
                self.items[item.start] = item
                self.items_by_end[item.end] = item

    # -- posts ------------------------------------------------------------

    def _item(self, title: TitleMatch) -> Item | None:
        t = title.title
        # "Trưởng Ban Tổ chức": the title's last word begins the body's name; not so
        # in "Phó Trưởng ban Thường trực Ban Dân vận", whose body follows it.
        shares = t.shares and fold(self.text[title.end - len(t.shares):title.end]) == fold(t.shares)
        if shares:
            body_start = title.end - len(t.shares)
        else:
            body_start = _SPACES.match(self.text, title.end).end()
        found = self.links.get(body_start) if body_start > title.end or shares else None
        if found is None:
            found = self._body_inside(title)
        if found is not None and shares and self._unit_runs_on(found[0].suffix_end(found[1])):
            # "Trưởng phòng Thanh tra kinh tế - xã hội, Thanh tra tỉnh": the unit's name runs on
            # in lower case past the table's department, up to the body it belongs to.
            return self._unit_item(title, body_start)
        if found is not None:
            phrase, i = found
            end = phrase.suffix_end(i)
            term = _TERM.match(self.text, end)
            committees = [j for j in range(i, len(phrase.links)) if phrase.links[j].kind.kind == "party-committee"]
            committee = self._phrase_org(phrase, committees[-1]) if committees else None
            organisation = self._phrase_org(phrase, i)
            follow = _COMMA.match(self.text, end)
            if (follow and phrase.links[i].kind.kind in _unit_kinds() and follow.end() in self.links
                    and follow.end() not in self.items):
                # "Vụ Địa phương III, Ban Tổ chức Trung ương": the unit with the body it belongs to.
                outer, k = self.links[follow.end()]
                organisation = f"{organisation}, {self._phrase_org(outer, k)}"
                end = outer.suffix_end(k)
            return Item(title.start, term.end() if term else end, t.role, organisation, committee)
        if shares:
            return self._unit_item(title, body_start)
        if t.member_of:
            return Item(title.start, title.end, t.role, self._committee(t.member_of))
        if t.body == "committee":
            return Item(title.start, title.end, t.role, self._own_committee(), by_default=True)
        return Item(title.start, title.end, t.role, t.body)

    def _body_inside(self, title: TitleMatch):
        """"Ủy viên Ban Chấp hành Trung ương Đảng": a body's name that begins inside
        the title and runs past it is the body the post is held in."""
        for m in re.finditer(r" (?=\S)", self.text[title.start:title.end]):
            found = self.links.get(title.start + m.end())
            # A board ("Ban Chấp hành Đảng bộ tỉnh") is what the title already names.
            if found is not None and found[0].suffix_end(found[1]) > title.end \
                    and not found[0].links[found[1]].kind.board:
                return found
        return None

    def _unit_runs_on(self, end: int) -> bool:
        """Lower-case words follow a unit's name at `end` up to a comma and another body."""
        m = _WORD_RUN.match(self.text, end)
        if not m or any(w[0].isupper() for w in m.group(0).split()):
            return False
        follow = _COMMA.match(self.text, m.end())
        return bool(follow) and follow.end() in self.links and follow.end() not in self.items

    def _unit_item(self, title: TitleMatch, body_start: int) -> Item:
        """"Phó Trưởng phòng theo dõi các cơ quan Nội chính, Ban Nội chính Thành ủy":
        a unit the tables do not name, described up to the comma, inside the body after it."""
        t = title.title
        m = _OPEN_TEXT.match(self.text, body_start)
        if not m or len(m.group(0).split()) < 2 or t.shares == "Ban":
            return Item(title.start, title.end, t.role, self._board_named_before(title))
        described = m.group(0).rstrip()
        fields_end = listed_fields_end(self.text, self.folded, body_start + len(m.group(0)),
                                       lambda at: at in self.links or title_at(self.text, self.folded, at) is not None)
        if fields_end > body_start + len(m.group(0)):
            # "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường": the unit's name lists its fields.
            place = self.places.at(fields_end) if self.places is not None else None
            described = self.text[body_start:place.end if place is not None and place.start == fields_end + 1
                                  else fields_end]
        verb = _closing_verb().search(fold(described))
        if verb and len(described[:verb.start()].split()) >= 2:
            described = described[:verb.start()].rstrip()  # "... Phòng Tổ chức đảng - đảng viên| dự."
        predicate = _predicate_start().search(canonical_tones(described.lower()))
        if predicate:
            # "làm trưởng đoàn| đã chủ trì ...": an auxiliary starts the clause's verb, not a unit's name.
            described = described[:predicate.start()].rstrip()
            if len(described.split()) < 2:
                return Item(title.start, title.end, t.role, None)
        unit = t.shares + described[len(t.shares):]
        end = body_start + len(described)
        parent = None
        follow = _COMMA.match(self.text, end)
        if follow and follow.end() in self.links and follow.end() not in self.items:
            phrase, i = self.links[follow.end()]
            parent = self._phrase_org(phrase, i)
            self.units.append(Organisation(unit, parent, kind="unit", mentions=[(body_start, end)]))
            end = phrase.suffix_end(i)
        elif fields_end > body_start + len(m.group(0)):
            # A named office ("Phòng Kinh tế, Hạ tầng và Đô thị phường") is a body of its own.
            self.units.append(Organisation(unit, None, kind="unit", mentions=[(body_start, end)]))
        return Item(title.start, end, t.role, f"{unit}, {parent}" if parent else unit)

    def _board_named_before(self, title: TitleMatch) -> str | None:
        """"Ban Chỉ đạo ... huyện do đồng chí X, Phó Chủ tịch UBND huyện làm Trưởng ban":
        a bare "Trưởng ban" after "làm" is held in the board named right before "do"."""
        window = max(0, title.start - 240)
        before = self.folded[window:title.start]
        if not re.search(r"(?<!\w)lam[ \t]+$", before):
            return None
        do = before.rfind(" do ")
        if do < 0:
            return None
        do_at = window + do
        for phrase, i in self.links.values():
            if phrase.suffix_end(i) == do_at and fold(written_name(self.text, phrase.links[i])).startswith("ban "):
                return self._phrase_org(phrase, i)
        return None

    def _phrase_org(self, phrase, i: int) -> str:
        keys = phrase.entities
        if keys and i < len(keys) and keys[i] in self.bodies:
            body = self.bodies[keys[i]]
            return _unshout_place(with_place(body.name, body.place_name))
        return " ".join(written_name(self.text, link) for link in phrase.links[i:]) + (
            f" {phrase.place.surface}" if phrase.place is not None and phrase.place_owner >= i else "")

    def _committee(self, committee: str) -> str:
        """The committee of this kind the text names (with its place), else the bare word."""
        found = [b for k, b in self.bodies.items() if len(k) == 2 and k[0][0] == committee]
        if len(found) == 1:
            body = found[0]
            return with_place(body.name, body.place_name)
        if committee in ("Thành ủy", "Tỉnh ủy") and self.places is not None and self.places.province:
            return f"{committee} {self.places.province}"
        return committee

    def _own_committee(self) -> str | None:
        """The Party committee of the document's own place."""
        resolver = self.resolver
        if resolver is None:
            return None
        locality = self.places.locality if self.places else None
        for key, body in self.bodies.items():
            if len(key) == 2 and key[0][0] in _COMMITTEES and key[1][1] == resolver.doc_level \
                    and key[1][2] == resolver.locality_key:
                return self._committee(key[0][0]) if body.place_name is None else with_place(body.name, body.place_name)
        if locality:
            words = locality.split()
            for n in (2, 1):
                committee = unit_committee(" ".join(words[:n])) if len(words) > n else None
                if committee:
                    return f"{committee} {locality}"
        levels = [k[0][0] for k in self.bodies if len(k) == 2 and k[0][0] in _COMMITTEES
                  and k[1][1] == resolver.doc_level]
        return self._committee(levels[0]) if levels else None

    def _chain_after(self, pos: int) -> list[Item]:
        """Titles listed from `pos` on: "Thành ủy viên, Bí thư Quận ủy"."""
        out = []
        item = self._item_at(pos)
        while item is not None:
            out.append(item)
            m = _BETWEEN_TITLES.match(self.text, item.end)
            item = self._item_at(m.end()) if m else None
        return self._shared_committee(out)

    @staticmethod
    def _shared_committee(chain: list[Item]) -> list[Item]:
        """"Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy": a Party title
        without its body is held in the committee a later title of the list names."""
        out = []
        for n, item in enumerate(chain):
            if item.by_default:
                named = next((later.committee for later in chain[n + 1:] if later.committee), None)
                if named:
                    item = Item(item.start, item.end, item.role, named, named)
            out.append(item)
        return out

    def _item_at(self, pos: int) -> Item | None:
        item = self.items.get(pos)
        if item is None:
            q = _TITLE_QUALIFIER.match(self.text, pos)
            item = self.items.get(q.end()) if q else None
        return item

    def _chain_before(self, pos: int) -> list[Item]:
        """Titles that end right before a name: "Tổng Bí thư, Chủ tịch nước |Tô Lâm"."""
        out = []
        end = pos - 1 if pos > 0 and self.text[pos - 1] == " " else -1
        item = self.items_by_end.get(end)
        while item is not None:
            out.append(item)
            before = self.text[max(0, item.start - 6):item.start]
            m = re.search(r"(?:,[ \t]*|[ \t]+và[ \t]+)$", before)
            item = self.items_by_end.get(item.start - len(m.group(0))) if m else None
        return self._shared_committee(out[::-1])

    # -- names ------------------------------------------------------------

    def _masked(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a body's name."""
        i = bisect.bisect_left(self.mask_starts, end) - 1
        return i >= 0 and self.mask_ends[i] > start

    def _candidates(self) -> list[Occurrence]:
        out = []
        text = self.text
        known_places = self.places.known if self.places else {}
        outlets = outlet_keys()
        runs = title_runs(text, min_words=2)  # one word alone is a person only when it joins syllables
        if "'" in text or "’" in text:
            runs += joined_names(text)
        for run in runs:
            words = [w for w in run.words if not self._masked(*w)]
            # Split where a masked word broke the run.
            groups: list[list[tuple[int, int]]] = []
            for w in words:
                if groups and text[groups[-1][-1][1]:w[0]] == " ":
                    groups[-1].append(w)
                else:
                    groups.append([w])
            for group in groups:
                occ = self._person_in(group, known_places, outlets)
                if occ is not None:
                    out.append(occ)
        return out

    def _person_in(self, group, known_places, outlets) -> Occurrence | None:
        text, folded = self.text, self.folded
        if len(group) < 2 and syllable_count(text[group[0][0]:group[0][1]]) < 2:
            return None  # a single word stays too short whether or not it is a cue (most runs)
        # A capitalised cue word at the start ("Ông Phạm Thành Kiên").
        while group and trigger_before().search(folded[group[0][0]:group[0][1]] + " "):
            group = group[1:]
        if not group or sum(syllable_count(text[s:e]) for s, e in group) < 2:
            return None
        k = next((i for i, (s, e) in enumerate(group) if is_surname(text[s:e])), None)
        pre_start = group[0][0]
        pre = folded[max(0, pre_start - 25):pre_start]
        triggered = bool(trigger_before().search(pre))
        if not triggered and k:
            # Capitalised words before the surname belong to something else.
            group = group[k:]
            if len(group) < 2:
                return None
        group = group[:MAX_SYLLABLES] if len(group) <= MAX_SYLLABLES else None
        if not group:
            return None
        start, end = group[0][0], group[-1][1]
        name = text[start:end]
        key = " ".join(fold(name).split())
        if (key in known_places and len(group) < 3) or name_key(name) in outlets:
            return None  # "Hà Nội" is a place; "Hồ Chí Minh" after no place word is the man
        pre = folded[max(0, start - 25):start]
        cued = trigger_before().search(pre) is not None
        before = self._chain_before(start)
        m = _AFTER_NAME.match(text, end)
        after = self._chain_after(m.end()) if m else []
        long_name = len(group) >= 3 and is_surname(text[group[0][0]:group[0][1]])
        if long_name and not (before or after or cued) and self._in_institution_name(start):
            return None
        if cued or before or after or (long_name and not blocker_before().search(pre)):
            if not is_surname(text[group[0][0]:group[0][1]]) and not cued:
                return None
            return Occurrence(start, end, name, before + after)
        return None

    def _in_institution_name(self, start: int) -> bool:
        """"Trường THCS Lê Quý Đôn": the name belongs to a school, a firm, a street."""
        window = self.text[max(0, start - 80):start]
        clause = _CLAUSE_START.search(window)
        return bool(institution_before().search(window[clause.start() + 1:] if clause else window))

    def _connector_posts(self, occurrences: list[Occurrence]) -> None:
        """"X được bầu làm Phó Bí thư ...": a title after a connector is the post of
        the nearest person before it in the sentence."""
        sentences = self.doc._.sentences
        ordered = sorted(occurrences, key=lambda o: o.start)
        starts = [o.start for o in ordered]
        by_start = {o.start: o for o in ordered}
        for item in list(self.items.values()):
            before = self.folded[max(0, item.start - 20):item.start]
            connected = bool(self.connector.search(before))
            if connected or _post_opener().search(before):
                # "miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông X": the post comes first.
                chain = self._chain_after(item.start)
                holder = self._holder_after(chain, by_start) if chain else None
                if holder is not None:
                    holder.items.extend(chain)
                    continue
            if not connected:
                continue
            sentence = sentences.around(item.start) if sentences else None
            if sentence is None:
                continue
            i = bisect.bisect_left(starts, item.start) - 1
            if i < 0 or ordered[i].start < sentence[0]:
                continue
            subject = ordered[i]
            # The subject's own posts in apposition ("X, Trưởng phòng Tổ chức cán bộ, ... được điều
            # động, chỉ định giữ chức ...") are no blocker: look only after them.
            own_end = max([subject.end, *(x.end for x in subject.items if x.end <= item.start)])
            if self.blockers.search(self.folded, own_end, item.start):
                continue
            chain = [self._in_sitting_body(x, sentence) for x in self._chain_after(item.start)]
            subject.items.extend(chain)
            # "..., chỉ định tham gia Ban Thường vụ Huyện ủy X và giữ chức Bí thư": the membership too.
            for into in _election_into().finditer(self.folded, own_end, item.start):
                membership = self._membership_at(into)
                if membership is not None and membership not in subject.items:
                    subject.items.append(membership)
            # "Các đồng chí A và B được bầu làm ...": both.
            j = i - 1
            # "bà A và ông B giữ chức ...": a cue may stand before the next name.
            while j >= 0 and _coordinated().fullmatch(self.folded, ordered[j].end, ordered[j + 1].start):
                ordered[j].items.extend(chain)
                j -= 1

    def _in_sitting_body(self, item: Item, sentence) -> Item:
        """"Tại hội nghị lần thứ nhất của Ủy ban MTTQ tỉnh khóa X, ... giữ chức Phó Chủ
        tịch": a title with no body, given at a body's sitting, is held in that body."""
        if item.organisation:
            return item
        m = _SITTING_OF.match(self.folded, sentence[0], item.start)
        found = self.links.get(m.end()) if m else None
        if found is None:
            return item
        return Item(item.start, item.end, item.role, self._phrase_org(*found), item.committee)

    def _holder_after(self, chain: list[Item], by_start: dict[int, "Occurrence"]) -> "Occurrence | None":
        """The person a fronted post is linked to right after it ("... đối với ông X", "... là đồng chí X")."""
        m = _holder_link().match(self.folded, chain[-1].end)
        return by_start.get(m.end()) if m else None

    def _elected_into(self, occurrences: list[Occurrence]) -> None:
        """"bầu bổ sung đồng chí X, Tỉnh ủy viên, ... vào Ban Thường vụ Tỉnh ủy": X
        becomes a member of that board, a post in the committee it belongs to."""
        ordered = sorted(occurrences, key=lambda o: o.start)
        for n, occ in enumerate(ordered):
            end = max([occ.end] + [i.end for i in occ.items if i.start >= occ.end])
            if _election_before().search(self.folded[max(0, occ.start - 40):occ.start]):
                item = self._membership_at(_INTO.match(self.folded, end))
                if item is not None:
                    occ.items.append(item)
                continue
            # "Các đồng chí A, B và C được bầu vào Ban Thường vụ Huyện ủy": each of the list.
            item = self._membership_at(_passive_election_into().match(self.folded, end))
            if item is None:
                continue
            k = n
            while k >= 0:
                ordered[k].items.append(item)
                if k == 0 or not _coordinated().fullmatch(self.folded, ordered[k - 1].end, ordered[k].start):
                    break
                k -= 1

    def _membership_at(self, into: re.Match | None) -> Item | None:
        """The membership a board named right after `into` gives ("Ban Thường vụ Tỉnh ủy")."""
        found = self.links.get(into.end()) if into else None
        if found is None:
            return None
        phrase, i = found
        boards = _elected_boards()
        board = " ".join(fold(written_name(self.text, phrase.links[i])).split())
        if board not in boards or i + 1 >= len(phrase.links):
            return None
        return Item(into.end(), phrase.suffix_end(i), boards[board], self._phrase_org(phrase, i + 1))

    def _upper_case_names(self) -> list[Occurrence]:
        """"đồng chí NGUYỄN VĂN AN": a name in capitals after a cue, led by a surname."""
        out = []
        for m in triggers_then_capitals(self.text, self.cue_starts):
            line_end = self.text.find("\n", m.end())
            span = upper_name_at(self.text, m.end(), len(self.text) if line_end < 0 else line_end)
            if span is None or self._masked(*span):
                continue
            name = title_case(self.text[span[0]:span[1]])
            if is_surname(name.split()[0]):
                out.append(Occurrence(span[0], span[1], name, self._chain_after(_AFTER_NAME.match(
                    self.text, span[1]).end()) if _AFTER_NAME.match(self.text, span[1]) else []))
        return out

    def _photo_credits(self) -> list[Occurrence]:
        out = []
        words = cues()["photo_credit"]
        # Two credit words that are prefixes of one another cannot both be followed by
        # ":", so their order does not matter and a prefix tree finds the same.
        pattern = _photo_credit_pattern(tuple(words))
        for m in pattern.finditer(self.text):
            line_end = self.text.find("\n", m.end())
            line_end = len(self.text) if line_end < 0 else line_end
            span = upper_name_at(self.text, m.end(), line_end)
            if span is None:
                runs = title_runs(self.text, m.end(), line_end)
                if runs and runs[0].start == m.end() and 2 <= len(runs[0].words) <= 4:
                    span = (runs[0].start, runs[0].end)
            if span is None:
                continue
            name = title_case(self.text[span[0]:span[1]])
            if name_key(name) in outlet_keys():
                continue
            out.append(Occurrence(span[0], span[1], name))
        return out

    def _lines(self) -> list[tuple[int, str]]:
        """The text's non-blank lines, without the marks between a signer's title
        and name ("(Đã ký)")."""
        marks = _signature_marks()
        # A line of more words than any mark is none (name_key never joins two
        # words), and the word count is far cheaper than a long line's name_key.
        most_words = max((len(m.split()) for m in marks), default=0)
        lines, offset = [], 0
        for line in self.text.split("\n"):
            stripped = line.strip()
            if stripped and (len(stripped.split(None, most_words)) > most_words or name_key(stripped) not in marks):
                lead = len(line) - len(line.lstrip())
                lines.append((offset + lead, stripped))
            offset += len(line) + 1
        return lines

    def _name_line(self, start: int, line: str) -> tuple[int, int] | None:
        """The whole line is a name of 2 to 4 syllables, in title case or capitals."""
        words = line.split(None, 4)  # a fifth word already rules the line out
        if len(words) > 4 or not 2 <= sum(syllable_count(w) for w in words) <= 4:
            return None
        if not all(w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha() for w in words):
            return None
        if name_key(words[0]) in _source_openers() or name_key(" ".join(words[:2])) in _source_openers():
            return None  # "Theo Báo Quảng Bình": a source, not a reporter
        syllables = [part for w in words for part in re.split(r"['’]", w)]
        if not (all(part[1:].islower() or len(part) == 1 for part in syllables) or line.isupper()):
            return None
        folded = self.folded[start:start + len(line)]
        if find_titles(line, folded) or not_place_start().match(folded):
            return None  # a title line ("BÍ THƯ") or a body's name
        return start, start + len(line)

    def _signatures_and_bylines(self) -> list[Occurrence]:
        out = []
        lines = self._lines()
        leads = tuple(cues()["signature_lead"])
        for n, (start, line) in enumerate(lines):
            if n < 3:
                continue
            prev_start, prev = lines[n - 1]
            after_prose = len(prev) >= 60 and prev.rstrip()[-1:] in ".…!?\"”"
            parts = list(_BYLINE_SPLIT.finditer(line)) if after_prose else []
            if len(parts) > 1 and after_prose:
                # "Thanh Tùng - Hoàng Anh": a byline of several reporters.
                spans = []
                for part in parts:
                    span = self._name_line(start + part.start(), part.group(0))
                    if span is None:
                        break  # the first part that is no name settles it: most lines are prose
                    spans.append(span)
                else:
                    out.extend(Occurrence(s, e, self.text[s:e], byline=True) for s, e in spans)
                continue
            span = self._name_line(start, line)
            if span is None:
                continue
            name = title_case(line) if line.isupper() else line
            if name_key(name) in outlet_keys() or " ".join(fold(name).split()) in (self.places.known if self.places else {}):
                continue
            if self._masked(*span):
                continue
            if prev.isupper() and (n >= 2 and lines[n - 2][1].startswith(leads) or prev.startswith(leads)):
                occ = Occurrence(span[0], span[1], name, signatory=True)
                occ.items = self._signature_posts(lines[n - 2] if not prev.startswith(leads) else None,
                                                  (prev_start, prev))
                out.append(occ)
            elif n == len(lines) - 1 and prev.isupper() and self._title_line(prev):
                # "GIÁM ĐỐC / Ngô Thanh Hải" closing a document: its head signs, for the body it is headed by.
                occ = Occurrence(span[0], span[1], name, signatory=True)
                occ.items = self._signature_posts(None, (prev_start, prev))
                out.append(occ)
            elif (len(prev) >= 60 or n == len(lines) - 1) and prev.rstrip()[-1:] in ".…!?\"”":
                # A name line after running text; a short last paragraph may precede the closing byline.
                out.append(Occurrence(span[0], span[1], name, byline=True))
        return out

    def _title_line(self, line: str) -> bool:
        """The whole line is one post title ("GIÁM ĐỐC", "CHỦ TỊCH")."""
        titles = find_titles(line, fold(line))
        return len(titles) == 1 and titles[0].start == 0 and titles[0].end == len(line)

    def _heading_body(self) -> str | None:
        """The body named on the first line of the document ("SỞ TÀI CHÍNH TỈNH BÌNH DƯƠNG")."""
        first = self.text.find("\n")
        first = len(self.text) if first < 0 else first
        found = [p for p in self.phrases if p.start < first and not self.text[:p.start].strip()]
        return self._phrase_org(found[0], 0) if found else None

    def _names_a_body(self, line) -> bool:
        start, text = line
        return any(start <= p.start < start + len(text) for p in self.phrases)

    def _heading_committee(self) -> str | None:
        """The Party committee the heading's lines in capitals name last ("ĐẢNG BỘ TỈNH
        TÂY NINH / ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH" → Đảng ủy Khối doanh nghiệp tỉnh):
        a board signing alone ("T/M BAN THƯỜNG VỤ") is that committee's."""
        end = 0
        for line in self.text.split("\n"):
            if line.strip() and not line.isupper():
                break
            end += len(line) + 1
        found = [p for p in self.phrases if p.start < end and p.links[-1].kind.kind == "party-committee"]
        if not found:
            return None
        # A place read from the capitals of the heading ("TỈNH SƠN LA") is written in title case.
        return " ".join(title_case(w) if w.isupper() and len(w) > 1 else w
                        for w in self._phrase_org(found[-1], len(found[-1].links) - 1).split())

    def _signature_posts(self, on_behalf, title_line) -> list[Item]:
        """The signer's title ("PHÓ BÍ THƯ THƯỜNG TRỰC") in the body signed for ("T/M BAN CHẤP HÀNH ĐẢNG BỘ QUẬN")."""
        start, line = title_line
        titles = find_titles(line, fold(line))
        if not titles:
            return []
        t = titles[0].title
        org = None
        if on_behalf is not None:
            bstart, bline = on_behalf
            found = [p for p in self.phrases if bstart <= p.start < bstart + len(bline)]
            if found and t.body == "committee":
                # Signing for a committee or one of its boards: the post is in the committee.
                head = found[0].links[-1].kind.kind
                org = (self._phrase_org(found[0], len(found[0].links) - 1) if head == "party-committee"
                       else self._heading_committee() or self._own_committee())
            elif found and t.shares and found[0].links[-1].kind.kind in ("party-committee", "standing-board"):
                # "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG": the committee's own office.
                head = found[0].links[-1].kind.kind
                committee = (self._phrase_org(found[0], len(found[0].links) - 1) if head == "party-committee"
                             else self._heading_committee() or self._own_committee())
                org = f"{t.shares} {committee}" if committee else None
            elif found:
                org = self._phrase_org(found[0], 0)
        if org is None:
            org = self._own_committee() if t.body == "committee" else t.body
        if org is None and (on_behalf is None or not self._names_a_body(on_behalf)):
            # "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the deputy signs for the body of the heading.
            org = self._heading_body()
        return [Item(start, start + len(line), t.role, _unshout_place(org) if org else org)]

    def _short_mentions(self, people: dict[str, Person], occurrences) -> None:
        """"ông Kiên": a given name alone after a cue, when one person has it."""
        by_given: dict[str, list[str]] = {}
        for key, person in people.items():
            by_given.setdefault(name_key(person.name.split()[-1]), []).append(key)
        # The folded match can pass the cue check only where a cue is written.
        pos = 0
        for start in self.cue_starts:
            if start < pos:
                continue
            m = _SHORT_MENTION.match(self.folded, start)
            if m is None or self.text[m.start(1):m.end(1)].lower() not in _SHORT_MENTION_CUES:
                continue  # not a cue: the next match may begin inside this one ("chí anh Nam")
            pos = m.end()
            word = self.text[m.start(2):m.end(2)]
            if not word[:1].isupper():
                continue
            nxt = self.text[m.end():m.end() + 2]
            if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper():
                continue
            keys = by_given.get(name_key(word), [])
            if len(keys) == 1:
                people[keys[0]].mentions.append((m.start(2), m.end(2)))
                occurrences.append(Occurrence(m.start(2), m.end(2), people[keys[0]].name))

    def people(self) -> list[Person]:
        occurrences = (self._candidates() + self._upper_case_names() + self._photo_credits()
                       + self._signatures_and_bylines())
        occurrences = _dedupe(occurrences)
        people: dict[str, Person] = {}
        for occ in occurrences:
            key = name_key(occ.name)
            person = people.setdefault(key, Person(title_case(occ.name) if occ.name.isupper() else occ.name))
            person.signatory |= occ.signatory
            person.byline |= occ.byline
        self._mentions(people, occurrences)
        self._short_mentions(people, occurrences)
        self._connector_posts(occurrences)
        self._elected_into(occurrences)
        sentences = self.doc._.sentences
        for occ in occurrences:
            person = people[name_key(occ.name)]
            for item in occ.items:
                if not item.organisation:
                    continue
                if any(p.role == item.role and p.organisation == item.organisation for p in person.posts):
                    continue
                evidence = sentences.around(item.start) if sentences else None
                person.posts.append(Post(item.role, item.organisation, evidence))
        return list(people.values())

    def _mentions(self, people: dict[str, Person], occurrences: list[Occurrence]) -> None:
        """Every occurrence of each full name, outside body and place names
        (those read as a person stay, whatever word comes before them)."""
        if not people:
            return
        accepted = {(o.start, o.end) for o in occurrences}
        by_fold = {" ".join(fold(p.name).split()): key for key, p in people.items()}
        if len(self.folded) > _TREE_FROM:
            # A prefix tree with (?<![\w]) after each name's first letter: the scan skips ahead fast.
            pattern = word_alternation(by_fold, not_after=r"[\w]") + r"(?![\w])"
        else:
            # On a short text building and compiling the tree costs more than it saves.
            alternation = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(by_fold, key=len, reverse=True))
            pattern = r"(?<![\w])(?:" + alternation + r")(?![\w])"
        for m in re.finditer(pattern, self.folded):
            key = by_fold.get(" ".join(m.group(0).split()))
            if key is None or name_key(self.text[m.start():m.end()]) != key:
                continue
            if (m.start(), m.end()) not in accepted and (self._masked(m.start(), m.end()) or blocker_before().search(
                    self.folded[max(0, m.start() - 25):m.start()]) or self._in_institution_name(m.start())):
                continue
            people[key].mentions.append((m.start(), m.end()))


def _unshout_place(name: str) -> str:
    """A body's name whose place was read from a heading's capitals ("Huyện ủy BẮC
    MÊ") with the place in title case; capital abbreviations (TNHH) stay."""
    words = name.split()
    k = len(words)
    while k > 1 and words[k - 1].isupper() and len(words[k - 1]) > 1 and not words[k - 1].isascii():
        k -= 1
    if k == len(words) or k == 0 or words[k - 1].isupper():
        return name
    return " ".join(words[:k] + [title_case(w) for w in words[k:]])


def with_place(name: str, place: str | None) -> str:
    """A body's name tied to its place: "Quận ủy" + "quận 9" → "Quận ủy quận 9";
    "Ủy ban nhân dân tỉnh" + "tỉnh Sơn La" → "Ủy ban nhân dân tỉnh Sơn La"."""
    if not place:
        return name
    if place.isupper() and len(place) > 2:
        place = title_case(place)  # read from a heading's capitals: "BẮC MÊ" → "Bắc Mê"
    name_words, place_words = fold(name).split(), fold(place).split()
    if set(place_words) <= set(name_words):
        return name
    for n in range(min(2, len(place_words) - 1), 0, -1):
        if name_words[-n:] == place_words[:n]:
            return f"{name} {' '.join(place.split()[n:])}"
    return f"{name} {place}"


def _dedupe(occurrences: list[Occurrence]) -> list[Occurrence]:
    seen: dict[tuple[int, int], Occurrence] = {}
    for occ in occurrences:
        if (occ.start, occ.end) in seen:
            kept = seen[(occ.start, occ.end)]
            kept.items.extend(occ.items)
            kept.signatory |= occ.signatory
            kept.byline |= occ.byline
        else:
            seen[(occ.start, occ.end)] = occ
    return list(seen.values())


@Language.component("vnkg_people")
def find_people(doc: Doc) -> Doc:
    if doc._.org_phrases is None:
        return doc
    reader = PeopleReader(doc)
    doc._.extraction.people.extend(reader.people())
    known = {o.name for o in doc._.extraction.organisations}
    for unit in reader.units:
        if unit.name not in known:
            known.add(unit.name)
            doc._.extraction.organisations.append(unit)
    _drop_cut_units(doc._.extraction, reader.units)
    return doc


def _drop_cut_units(extraction, units: list[Organisation]) -> None:
    """A body read only as the start of a longer unit ("Phòng Thanh tra" of "Phòng
    Thanh tra kinh tế - xã hội"), every mention inside the unit's, is no body of its own."""
    unit_spans = [(u.name, s, e) for u in units for s, e in u.mentions]

    def cut(o: Organisation, a: int, b: int) -> bool:
        return any(s <= a and b <= e and (a, b) != (s, e) and name.startswith(o.name + " ")
                   for name, s, e in unit_spans)

    extraction.organisations[:] = [o for o in extraction.organisations
                                   if not o.mentions or not all(cut(o, a, b) for a, b in o.mentions)]
