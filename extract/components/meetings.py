"""Component vnkg_meetings: the conferences (Hội nghị) and congresses (Đại hội)
a text names, with number, term, period, convening body, date and people.

A meeting word starts a mention; what follows it ("lần thứ 36", "Ban Chấp
hành Đảng bộ quận X", "(khóa V)", "nhiệm kỳ 2020 - 2025") is read piece by
piece. A numbered or named meeting is a meeting; an unnumbered conference is
one when the text says it was held ("đã tổ chức hội nghị sơ kết..."); a bare
"Hội nghị" later refers back to one. Chairs, attendees and presenters are the
people (found by vnkg_people) named in the clauses that say so.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..abbreviations import expand
from ..dates import dates_in, year_for
from ..model import Meeting, Organisation, Span
from ..numerals import ROMAN, number_words_pattern, roman_value, to_roman, words_value
from ..freenames import boundary_at
from ..patterns import folded_alternation, matches_at, word_branches, word_starts
from ..roles import title_at
from ..tables import load_table
from ..text import fold

_SPACE = re.compile(r"[^\S\n]*")
_CLAUSE_BREAK = re.compile(r"[,;:]")
_FRONTED_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")
_AND = re.compile(r"\s+va\s+")
_ADOPTED_END = re.compile(r"[;.\n]|\s+va\s+thong qua\s")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.;\n]|$)")
_EXECUTIVE = re.compile(r"(?<!\w)ban chap hanh(?!\w)")
_OF_IN_CLAUSE = re.compile(r"[^.;:\n]{0,120}?(?<!\w)cua\s+")
_GUESTS_FOLLOW = re.compile(r"\s+co\s+(?:dong chi|su tham du)(?!\w)")
_FRONTED_PHRASE = re.compile(r"[^,.;:\n]{0,40},")
_WORDS_BEFORE_NUMBER = re.compile(r"(?:[^\S\n]+[^\W\d_]+){1,3}?[^\S\n]+(?=lan[^\S\n]+thu\b)")
_BRACKETED_PLACE = re.compile(r"[^\S\n]*\((?:[^\W\d_]\w*\.?[^\S\n]*){1,4}\)")


def _alternation(words) -> str:
    return folded_alternation(words, space=None)


# "Nghị quyết Trung ương 7": words that name a plenum by its number.
_TW_REFERENCE_WORDS = ("nghi quyet", "ket luan")


def _implicit_starts(folded: str, g: "_Grammar") -> list[int]:
    """Where g.implicit ("tổ chức tổng kết") can match: a held verb that ends at
    the white space before a purpose word. The purposes are few and long, and
    str.find skips ahead to them far faster than re to the verbs' first letters."""
    starts = set()
    for purpose in word_starts(folded, g.implicit_words):
        space = purpose
        while space > 0 and folded[space - 1].isspace():
            space -= 1
        if space < purpose:
            starts.update(space - len(v) for v in g.held_words
                          if len(v) <= space and folded.startswith(v, space - len(v)))
    return sorted(starts)


def _word_branches(words) -> list[str]:
    """_whole_words one branch at a time (patterns.word_branches)."""
    return word_branches({" ".join(fold(str(w)).split()) for w in words}, space=None, not_after=r"\w")


def _whole_words(words) -> str:
    r"""`(?<!\w)(?:a|b)` written so that Python's re can skip ahead to the
    words' first letters: the boundary is checked after the first letter, and
    words with the same first letter share one branch (one boundary check, not
    one per word: "tổ chức", "triệu tập", "tiến hành")."""
    return folded_alternation(words, space=None, not_after=r"\w")


@dataclass(frozen=True)
class _Grammar:
    """The tables compiled into the patterns the reader uses (folded text)."""

    head: re.Pattern
    head_kind: dict
    tw_reference: re.Pattern
    ordinal: re.Pattern
    bare_number: re.Pattern
    tw_number: re.Pattern
    tw_more: re.Pattern
    term: re.Pattern
    period: re.Pattern
    delegates: re.Pattern
    national: re.Pattern
    of_body: re.Pattern
    with_body: re.Pattern
    place_before_number: re.Pattern
    body_head: re.Pattern
    unit: re.Pattern
    capital_word: re.Pattern
    held_before: re.Pattern
    held_after: re.Pattern
    purpose: re.Pattern
    implicit: re.Pattern
    held_words: tuple              # implicit opens with one of these, folded
    implicit_words: tuple          # and goes on, after white space, with one of these
    generic: re.Pattern
    aux_tail: re.Pattern
    chair: re.Pattern
    chair_object: re.Pattern
    attend: re.Pattern
    speak: re.Pattern
    present: re.Pattern
    present_here: re.Pattern
    heard: re.Pattern
    present_after_name: re.Pattern
    adopt: re.Pattern
    list_after: re.Pattern
    guest_opener: re.Pattern
    meeting_word: re.Pattern
    reference: re.Pattern
    any_role: re.Pattern           # chair | chair_object | attend | speak | present | present_here | present_after_name | adopt
    role_word: re.Pattern          # a word every any_role match holds whole
    role_reach: int                # the longest such word
    aliases: dict
    national_body: str
    bare_boards: frozenset
    working_with: re.Pattern       # "làm việc với " before the body a working session is held with


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    t = load_table("meetings")
    head_kind = {fold(w): kind for kind, words in t["heads"].items() for w in words}
    head_kind.update({fold(w): "session" for w in t["sessions"]})
    head_kind.update({fold(w): "working" for w in t["working_sessions"]})
    meeting_words = _alternation(head_kind)
    aux = _alternation(t["auxiliaries"])
    held = _alternation(t["held_verbs"])
    year = r"(?:19|20)\d{2}"
    number_words = number_words_pattern()
    roles = {
        "chair": rf"(?:{_whole_words(t['chair_verbs'])})(?!\w)",
        "chair_object": rf"(?:{_whole_words(t['chair_verbs_with_object'])})\s+"
                        rf"(?=(?:{meeting_words}|{_alternation(t['chair_objects'])})(?!\w))",
        # One flat alternation of both lists' words, each with its own continuation.
        "attend": "|".join([w + r"(?!\w)" for w in _word_branches(t["attend_verbs"])]
                           + [w + r"(?:\s+\S+){1,5}?(?=\s+co(?!\w))" for w in _word_branches(t["attend_sides"])]),
        "speak": rf"(?:{_whole_words(t['speak_verbs'])})(?!\w)",
        "present": rf"(?:{_whole_words(t['present_verbs'])})(?!\w)",
        "present_here": rf"(?:{_whole_words(t['present_verbs_at_meeting'])})(?!\w)",
        "heard": rf"(?:{_whole_words(t['heard_verbs'])})\s+(?=(?:cac\s+)?dong chi(?!\w))",
        "present_after_name": rf"(?:\s+(?:{aux}))?\s+(?:{_alternation(t['present_verbs_after_name'])})(?!\w)",
        "adopt": rf"(?:{_whole_words(t['adopt_verbs'])})\s+",
    }
    # Every match of a role pattern holds one of these words, whole, and all but
    # present_after_name open with it; a scan for them tells cheaply which
    # sentences may hold a role, and from where. Keep it in step with `roles`.
    role_words = [fold(w) for key in ("chair_verbs", "chair_verbs_with_object", "attend_verbs", "attend_sides",
                                      "speak_verbs", "present_verbs", "present_verbs_at_meeting", "heard_verbs",
                                      "present_verbs_after_name", "adopt_verbs")
                  for w in t[key]]
    return _Grammar(
        head=re.compile(rf"({_whole_words(head_kind)})(?!\w)"),
        head_kind=head_kind,
        tw_reference=re.compile(rf"(?:{_whole_words(_TW_REFERENCE_WORDS)})"
                                r"(?:\s+cac)?\s+(?=trung uong\s+\d{1,2}(?![\d/]))"),
        ordinal=re.compile(rf"(?:lan\s+)?thu\s+(\d{{1,3}}(?![\d/.,]\d)|[ivxlc]+\b|{number_words})"),
        bare_number=re.compile(r"(\d{1,2}|[ivxlc]+)\b(?![/.,-]\d)"),
        tw_number=re.compile(r"trung uong\s+(\d{1,2})\b(?![/.,-]\d)"),
        tw_more=re.compile(r"(?:\s*,\s*|\s+va\s+)(?:(?:hoi nghi\s+)?trung uong\s+)?(\d{1,2})\b(?![/.,-]\d)"),
        term=re.compile(r",?\s*\(?\s*khoa\s+((?:[ivxlc]+|\d{1,2})(?:\s*,\s*(?:[ivxlc]+|\d{1,2}))*)\b\s*\)?"),
        period=re.compile(rf",?\s*(?:nhiem ky\s+({year})\s*[-–]\s*({year})|\(\s*({year})\s*[-–]\s*({year})\s*\))"),
        delegates=re.compile(r"dai bieu\b"),
        national=re.compile(r"toan quoc\b"),
        of_body=re.compile(r"cua\s+"),
        with_body=re.compile(r"voi\s+"),
        place_before_number=re.compile(r",\s*\S+\s+(?=lan\s+thu\b)"),
        body_head=re.compile(rf"(?:{_alternation(t['body_heads'])})(?!\w)"),
        unit=re.compile(rf"(?:{_alternation(t['locality_units'])})(?!\w)(?:\s+\d{{1,2}}\b)?"),
        capital_word=re.compile(r"[^\W\d_]\w*(?:\.\w+)*"),
        held_before=re.compile(rf"(?<!\w)(?:{held})(?:\s+(?:thanh cong|trong the))?\s+$"),
        held_after=re.compile(rf"(?<!\w)(?:duoc\s+(?:{held})|{_alternation(t['held_after'])})(?!\w)"),
        purpose=re.compile(rf"\s+(?:\w+\s+)?(?:{_alternation(t['purposes'])})(?!\w)"),
        implicit=re.compile(rf"(?:{_whole_words(t['held_verbs'])})\s+({_alternation(t['implicit_purposes'])})(?!\w)"),
        held_words=tuple({" ".join(fold(str(w)).split()) for w in t["held_verbs"]}),
        implicit_words=tuple({" ".join(fold(str(w)).split()) for w in t["implicit_purposes"]}),
        generic=re.compile(rf"(?:\s+\w+){{0,2}}?\s+(?:{_alternation(t['generic'])})(?!\w)"),
        aux_tail=re.compile(rf"(?:\s+(?:{aux}))*\s*$"),
        chair=re.compile(roles["chair"]),
        chair_object=re.compile(roles["chair_object"]),
        attend=re.compile(roles["attend"]),
        speak=re.compile(roles["speak"]),
        present=re.compile(roles["present"]),
        present_here=re.compile(roles["present_here"]),
        heard=re.compile(roles["heard"]),
        present_after_name=re.compile(roles["present_after_name"]),
        adopt=re.compile(roles["adopt"]),
        any_role=re.compile("|".join(f"(?:{p})" for p in roles.values())),
        role_word=re.compile(rf"(?:{_alternation(role_words)})(?!\w)"),
        role_reach=max(map(len, role_words)),
        list_after=re.compile(rf"\s*(?:(?:{meeting_words}|{_alternation(t['attend_objects'])})\s+)?"
                              rf"(?:{_alternation(t['list_after'])})(?!\w)"),
        meeting_word=re.compile(rf"\s+(?:{meeting_words})(?!\w)"),
        guest_opener=re.compile(rf"(?:{_whole_words(t['guest_openers'])})\s+(?=dong chi|ong|ba|cac dong chi)"),
        reference=re.compile(rf"(?:{_whole_words(t['references'])})(?:\s+(?:cac|so))?\s+$"),
        aliases={fold(k): v for k, v in t["body_aliases"].items()},
        national_body=t["national_body"],
        bare_boards=frozenset(fold(w) for w in t["bare_boards"]),
        working_with=re.compile(rf"(?<!\w)(?:{_alternation(t['working_with'])})\s+"),
    )


@dataclass
class _Mention:
    """One reading of a meeting word and what follows it."""

    kind: str                      # hoi-nghi, dai-hoi
    start: int
    end: int
    numbers: list[tuple[int, Span]] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    period: str | None = None
    body: str | None = None
    national: bool = False
    held: bool = False
    described: bool = False
    generic: bool = False
    implicit: bool = False
    working: bool = False
    session: bool = False          # "phiên họp thứ nhất": a sitting of a committee
    named_body: bool = False       # the body is part of its name ("Hội nghị Ban Thường vụ Tỉnh ủy")
    verb_start: int | None = None  # where the verb saying it was held starts
    name: str | None = None


@dataclass
class _Entry:
    meeting: Meeting
    first: int                     # where it is first named or described
    held: bool = False
    implicit: bool = False         # a review the text has not yet called a conference


class _Reader:
    """Reads meeting mentions in one text."""

    def __init__(self, text: str, folded: str):
        self.text, self.folded, self.g = text, folded, _grammar()

    def skip(self, pos: int) -> int:
        return _SPACE.match(self.folded, pos).end()

    def body_at(self, pos: int) -> int | None:
        """End of a body's name starting at `pos` ("Ban Chấp hành Đảng bộ quận Cầu Giấy"), or None."""
        g, text, folded = self.g, self.text, self.folded
        m = g.body_head.match(folded, pos)
        if not m or not text[pos].isupper():
            return None
        end = m.end()
        while True:
            at = self.skip(end)
            if at == end:
                break
            m = g.body_head.match(folded, at) or g.unit.match(folded, at)
            if m:
                end = m.end()
                continue
            if folded[end - 2:end] == "uy" and re.match(r"\d{1,2}\b", folded[at:]):
                end = at + len(re.match(r"\d{1,2}", folded[at:]).group())
                continue
            m = g.capital_word.match(text, at)
            if m and text[at].isupper() and not ROMAN.fullmatch(m.group()):
                end = m.end()
                continue
            break
        return end

    def body_name(self, start: int, end: int) -> str:
        name = " ".join(self.text[start:end].split()).strip(" ,.;:-–")
        if fold(name) in self.g.bare_boards:
            name = self.named_before(name, start) or name
        return self.g.aliases.get(fold(name), expand(name))

    def elected_before(self, pos: int) -> tuple[str | None, list[str]]:
        """The executive committee named in full last before `pos`, with its term
        ("Ban Chấp hành Đảng bộ xã khóa XXV"): the one a first sitting belongs to."""
        found, terms = None, []
        for m in _EXECUTIVE.finditer(self.folded, 0, pos):
            end = self.body_at(m.start())
            if end is None or end <= m.end():
                continue
            found = self.body_name(m.start(), end)
            term = self.g.term.match(self.folded, self.skip(end))
            terms = [t.strip().upper() for t in self.text[term.start(1):term.end(1)].split(",")] if term else []
        return found, terms

    def named_before(self, board: str, pos: int) -> str | None:
        """The last full name before `pos` that a bare board ("Ban Chấp hành") refers back to
        ("Ban Chấp hành Đảng bộ xã khóa XV")."""
        found = None
        for m in re.compile(r"(?<!\w)" + re.escape(fold(board)) + r"(?!\w)").finditer(self.folded, 0, pos):
            end = self.body_at(m.start())
            if end is not None and end > m.end():
                found = " ".join(self.text[m.start():end].split()).strip(" ,.;:-–")
        return found

    def number_at(self, surface: str, folded: str) -> int | None:
        if folded.isdigit():
            return int(folded)
        if re.fullmatch(r"[ivxlc]+", folded):
            return roman_value(surface) if surface.isupper() else None
        return words_value(folded)

    def tail(self, m: _Mention, pos: int) -> int:
        """Read what follows a meeting word from `pos`; returns the end of the mention."""
        g, folded = self.g, self.folded
        end = pos
        for _ in range(10):
            at = self.skip(end)
            if (r := g.ordinal.match(folded, at)) and not m.numbers:
                value = self.number_at(self.text[r.start(1):r.end(1)], r.group(1))
                if value is None:
                    break
                m.numbers.append((value, (m.start, r.end())))
                end = r.end()
            elif end == pos and m.kind == "dai-hoi" and (r := g.bare_number.match(folded, at)):
                value = self.number_at(self.text[r.start(1):r.end(1)], r.group(1))
                if value is None:
                    break
                m.numbers.append((value, (m.start, r.end())))
                end = r.end()
            elif m.body is None and (r := g.tw_number.match(folded, at)) and self.text[at].isupper():
                m.body = self.body_name(at, at + len("trung uong"))
                m.numbers.append((int(r.group(1)), (m.start, r.end())))
                end = r.end()
                while r := g.tw_more.match(folded, end):
                    m.numbers.append((int(r.group(1)), (self.skip(r.start() + 1), r.end())))
                    end = r.end()
            elif r := g.term.match(folded, at):
                terms = [t.strip() for t in self.text[r.start(1):r.end(1)].split(",")]
                m.terms = [to_roman(int(t)) if t.isdigit() else t.upper() for t in terms]
                end = r.end()
            elif r := g.period.match(folded, end):
                first, last = (r.group(1), r.group(2)) if r.group(1) else (r.group(3), r.group(4))
                m.period = f"{first}-{last}"
                end = r.end()
            elif r := g.delegates.match(folded, at) or g.national.match(folded, at):
                m.national = m.national or r.group().startswith("toan")
                end = r.end()
            elif m.body is None and (b := self.body_at(at)):
                m.body = self.body_name(at, b)
                end = b
            elif m.body is None and (r := g.of_body.match(folded, at) or g.with_body.match(folded, at)) \
                    and (b := self.body_at(r.end())):
                m.body = self.body_name(r.end(), b)
                end = b
            elif m.body and not m.numbers and (r := g.place_before_number.match(folded, end)):
                end = r.end()
            elif m.kind == "dai-hoi" and not m.numbers and (r := _WORDS_BEFORE_NUMBER.match(folded, end)):
                end = r.end()  # "Đại hội đại biểu Phụ nữ huyện| lần thứ XXI": the members' name, then the number
            else:
                break
        return end

    def read(self, start: int, head: str, head_end: int) -> _Mention | None:
        g, folded = self.g, self.folded
        kind = g.head_kind[head]
        m = _Mention(kind="hoi-nghi" if kind in ("session", "working") else kind, start=start, end=head_end,
                     working=kind == "working", session=kind == "session")
        m.end = self.tail(m, head_end)
        m.named_body = m.body is not None
        if kind == "session" and not m.numbers:
            return None
        before = folded[max(0, start - 40):start]
        verb = g.held_before.search(before)
        m.held = bool(verb)
        m.verb_start = start - len(before) + verb.start() if verb else None
        if not m.numbers:
            m.generic = before.endswith("cac ") or bool(g.generic.match(folded, m.end))
            if g.purpose.match(folded, head_end):
                m.described = True
                # "hội nghị công bố các quyết định": the "các" is the purpose's object.
                m.generic = before.endswith("cac ")
                m.end = self.description_end(head_end)
                m.body = self.owner_with_guests(head_end, m.end)
        m.name = " ".join(self.text[m.start:m.end].split())
        return m

    def owner_with_guests(self, head_end: int, pos: int) -> str | None:
        """ "Hội nghị kiểm điểm ... của Ban Thường vụ Huyện ủy X có đồng chí Y dự": the
        body after "của" holds the conference when its guests follow it at once
        (elsewhere "của" after a description names what it is about)."""
        r = _OF_IN_CLAUSE.match(self.folded, pos)
        if r and _document_word().search(self.folded, head_end, r.end()):
            return None  # "Hội nghị quán triệt Nghị quyết ... của Tỉnh ủy": the document's issuer
        end = r and self.body_at(r.end())
        if not end or not _GUESTS_FOLLOW.match(self.folded, end):
            return None
        return self.body_name(r.end(), end)

    def description_end(self, pos: int) -> int:
        """A described conference's name runs to the end of its clause."""
        stop = re.compile(r"[,;.:(\n]|\s(?:cua|ngay|theo|de|nham|tai|voi su|duoi su|do)\s")
        r = stop.search(self.folded, pos, pos + 200)
        end = r.start() if r else min(len(self.folded), pos + 200)
        while end > pos and self.text[end - 1].isspace():
            end -= 1
        return end

    def subject(self, sentence: Span, verb_start: int) -> tuple[str | None, list[str]]:
        """The body that holds a meeting: the subject before the verb ("Quận ủy X đã tổ chức")."""
        s = sentence[0]
        clauses = [(a.end() if a else s) for a in [None, *_CLAUSE_BREAK.finditer(self.folded, s, verb_start)]]
        clause_start = self.skip(clauses[-1])
        found = self.subject_in(clause_start, verb_start)
        if found[0] is None and len(clauses) > 1 and self.locality_apposition(clause_start, verb_start):
            # "Đảng ủy Phường 7, thành phố Tuy Hòa tổ chức ...": the body is before the place.
            found = self.subject_in(self.skip(clauses[-2]), clauses[-1] - 1)
        if found[0] is None and not self.folded[clause_start:verb_start].strip():
            for c in reversed(clauses[:-1]):
                found = self.subject_in(self.skip(c), verb_start, need_end=False)
                if found[0]:
                    break
        return found

    def locality_apposition(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a place in apposition ("thành phố Tuy Hòa"), then adverbs."""
        unit = self.g.unit.match(self.folded, start)
        if not unit:
            return False
        at = self.skip(unit.end())
        while (w := self.g.capital_word.match(self.text, at)) and self.text[at].isupper():
            at = self.skip(w.end())
        return at > self.skip(unit.end()) and bool(self.g.aux_tail.fullmatch(self.folded, at, end) or at >= end)

    def subject_in(self, start: int, verb_start: int, need_end: bool = True) -> tuple[str | None, list[str]]:
        g, folded = self.g, self.folded
        for at in [start, *(x.start() for x in g.body_head.finditer(folded, start, verb_start) if x.start() > start)]:
            end = self.body_at(at)
            if not end:
                continue
            m = _Mention(kind="", start=at, end=end, body=self.body_name(at, end))
            rest = self.tail(m, end)
            # "Ủy ban Kiểm tra Huyện ủy Mộc Châu (Sơn La) tổ chức": a place in brackets after the body.
            rest = (r.end() if (r := _BRACKETED_PLACE.match(self.text, rest, verb_start)) else rest)
            gap = folded[rest:verb_start]
            if g.aux_tail.fullmatch(gap) or (not need_end and re.match(r"\s+(?:da|cung|vua)\s", gap)):
                return m.body, m.terms
        clause = self.text[start:verb_start]
        if need_end and start < verb_start and self.body_at(start) and len(clause.split()) <= 8:
            m = _Mention(kind="", start=start, end=start)
            body_end = g.aux_tail.search(folded, start, verb_start).start()
            words = self.text[start:body_end]
            term = g.term.search(folded, start, body_end)
            if term:
                words = self.text[start:term.start()] + self.text[term.end():body_end]
                m.terms = [t.strip().upper() for t in self.text[term.start(1):term.end(1)].split(",")]
            return self.body_name(0, 0) if not words.strip() else expand(" ".join(words.split())), m.terms
        return None, []


@lru_cache(maxsize=1)
def _document_word() -> re.Pattern:
    """A document type word ("nghị quyết", "kế hoạch"): what follows "của" after it is its issuer."""
    words = {fold(w) for row in load_table("document_types") for w in row["words"]}
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)")


@lru_cache(maxsize=1)
def _committee_names() -> dict[str, str]:
    """Folded committee word → the executive committee it is ("thanh uy" → "ban chap hanh dang bo thanh pho")."""
    out = {}
    for unit in load_table("administrative_units")["units"]:
        committee = fold(unit["committee"])
        if committee.endswith(" uy") and committee != "dang uy" and committee not in out:
            out[committee] = f"ban chap hanh dang bo {fold(unit['words'][0])}"
    return out


@lru_cache(maxsize=4096)
def _body_words(body: str) -> frozenset[str]:
    """A body's words, a committee named as "Thành ủy Đà Nẵng" read as the
    "Ban Chấp hành Đảng bộ thành phố Đà Nẵng" it is, so the two names agree."""
    folded = fold(body)
    for committee, executive in _committee_names().items():
        if folded == committee or folded.startswith(committee + " "):
            folded = executive + folded[len(committee):]
            break
    return frozenset(folded.split())


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    ka, kb = _body_words(a), _body_words(b)
    return ka <= kb or kb <= ka


def _better_body(old: str | None, new: str | None) -> bool:
    """Whether `new` names the same body more fully than `old`."""
    return bool(new) and (not old or set(fold(old).split()) < set(fold(new).split()))


def _complete_body(body: str | None, locality: str | None) -> str | None:
    """ "Đảng bộ huyện" in a text about "huyện Hà Trung" is "Đảng bộ huyện Hà Trung"."""
    if not body or not locality:
        return body
    unit = fold(locality).split()[0]
    # The unit word is written in lower case; "Hà Tĩnh" ends in a name, not in "tỉnh".
    if fold(body).endswith(" " + unit) and body.split()[-1].islower() and len(locality.split()) > 1:
        return body[: -len(unit)] + locality
    return body


def _people_index(extraction) -> list[tuple[int, int, str]]:
    spans = [(s, e, p.name) for p in extraction.people for s, e in p.mentions]
    spans.sort()
    return spans


def _people_in(index, starts, start: int, end: int) -> list[str]:
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(index) and index[i][0] < end:
        if index[i][1] <= end and index[i][2] not in out:
            out.append(index[i][2])
        i += 1
    return out


def _add_unique(names: list[str], more: list[str]) -> None:
    for n in more:
        if n not in names:
            names.append(n)


class _Finder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text, self.folded = doc._.text, doc._.folded
        self.reader = _Reader(self.text, self.folded)
        self.g = self.reader.g
        self.sentences = doc._.sentences
        self.extraction = doc._.extraction
        self.entries: list[_Entry] = []
        self.anaphors: list[_Mention] = []
        self.dates = dates_in(self.text, self.folded)
        self.sentences_with_meeting: set[int] = set()
        self.day_starts = [d.start for d in self.dates if d.day and not d.stamp]

    def sentence(self, offset: int) -> Span:
        return self.sentences.around(offset) or (offset, offset)

    def run(self) -> list[Meeting]:
        mentions = self.mentions()
        for m in mentions:
            self.place(m)
        self.resolve_anaphors()
        self.borrow_neighbour_bodies()
        self.people()
        self.finish()
        return [e.meeting for e in sorted(self.entries, key=lambda e: e.first)]

    def mentions(self) -> list[_Mention]:
        g, folded, reader = self.g, self.folded, self.reader
        found = []
        # Few long words open these patterns: found by str.find (patterns.word_starts).
        for h in matches_at(g.head, folded, word_starts(folded, {" ".join(k.split()) for k in g.head_kind})):
            m = reader.read(h.start(), h.group(1), h.end())
            if m:
                found.append(m)
        for r in matches_at(g.tw_reference, folded, word_starts(folded, _TW_REFERENCE_WORDS)):
            m = _Mention(kind="hoi-nghi", start=r.end(), end=r.end())
            m.end = reader.tail(m, r.end())
            if m.numbers:
                found.append(m)
        for r in matches_at(g.implicit, folded, _implicit_starts(folded, g)):
            m = _Mention(kind="hoi-nghi", start=r.start(1), end=r.end(), held=True, described=True,
                         implicit=True, verb_start=r.start())
            m.end = reader.description_end(r.end())
            m.name = " ".join(self.text[m.start:m.end].split())
            found.append(m)
        found.sort(key=lambda m: m.start)
        return found

    def place(self, m: _Mention) -> None:
        sentence = self.sentence(m.start)
        held_after = bool(self.g.held_after.search(self.folded, m.end, sentence[1]))
        # "Sáng 18/8, Đại hội ... công bố": a dated lede says it took place.
        i = bisect.bisect_left(self.day_starts, sentence[0])
        dated = (i < len(self.day_starts) and self.day_starts[i] < m.start
                 and sentence[0] not in self.sentences_with_meeting)
        reference = bool(self.g.reference.search(self.folded, max(0, m.start - 20), m.start))
        m.held = not reference and (m.held or held_after
                                    or (dated and bool(m.numbers or m.described or m.working or m.named_body)))
        self.sentences_with_meeting.add(sentence[0])
        if m.held and m.body is None:
            body, terms = self.reader.subject(sentence, m.verb_start if m.verb_start is not None else m.start)
            m.body, m.terms = body, m.terms or terms
        if m.national and m.body is None:
            m.body = self.g.national_body
        if m.body is None:
            m.body = self.fronted_subject(m)
        first_after_congress = m.kind == "hoi-nghi" and any(e.meeting.kind == "dai-hoi" for e in self.entries)
        if m.body is None and (m.session or first_after_congress) and [n for n, _ in m.numbers] == [1]:
            # "Tại phiên họp thứ nhất, đồng chí X được bầu ...": the committee the congress just elected;
            # so also its "hội nghị lần thứ nhất" in a text about the congress.
            m.body, terms = self.reader.elected_before(m.start)
            m.terms = m.terms or terms
        if m.numbers:
            self.place_numbered(m)
        elif m.generic:
            return
        elif m.described and m.held:
            self.new_entry(m, None, m.terms[0] if m.terms else None, (m.start, m.end), named=True)
        elif m.kind == "dai-hoi" and (m.period or self.proper_body(m.body)) and not self.matching(m):
            self.new_entry(m, None, None, (m.start, m.end), named=True)
        elif m.working and m.held:
            first = None
            if m.body is None:
                m.body, first = self.worked_with(m.start)
            self.new_entry(m, None, None, (m.start, m.end), named=True)
            if first is not None:
                self.entries[-1].first = first
        elif m.named_body and m.held and m.kind == "hoi-nghi" and not self.matching(m):
            # "Hội nghị Ban Thường vụ Tỉnh ủy (mở rộng) đã diễn ra ...": named by its body.
            self.new_entry(m, None, m.terms[0] if m.terms else None, (m.start, m.end), named=True)
        elif (m.kind == "hoi-nghi" and m.verb_start is not None and m.held and dated and m.body
              and not self.matching(m)):
            # "Sáng 12/6, Ban Thường vụ Thành ủy tổ chức hội nghị.": a dated conference its holder held.
            self.new_entry(m, None, m.terms[0] if m.terms else None, (m.start, m.end), named=True)
        elif not m.described and not m.implicit:
            self.anaphors.append(m)

    def fronted_subject(self, m: _Mention) -> str | None:
        """ "Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ huyện đã bầu ...": the
        body that acts at a meeting named in a fronted phrase held it."""
        if not self.folded[max(0, m.start - 4):m.start].endswith("tai "):
            return None
        comma = _FRONTED_COMMA.match(self.folded, m.end)
        end = comma and self.reader.body_at(comma.end())
        return self.reader.body_name(comma.end(), end) if end else None

    def worked_with(self, pos: int) -> tuple[str | None, int | None]:
        """The body a delegation "đã làm việc với" last before `pos`, and where that
        clause's sentence starts: a "buổi làm việc" with no body of its own is
        held with it, from there on."""
        found = None, None
        for r in self.g.working_with.finditer(self.folded, 0, pos):
            end = self.reader.body_at(r.end())
            if end is not None:
                found = self.reader.body_name(r.end(), end), self.sentence(r.start())[0]
        return found

    def borrow_neighbour_bodies(self) -> None:
        """ "Nghị quyết Đại hội XII" in a text about the XIII congress of a body
        is that body's previous congress: a numbered congress with no body
        takes the body of the congress numbered next to it."""
        bodies = {e.meeting.number: e.meeting.body for e in self.entries
                  if e.meeting.kind == "dai-hoi" and e.meeting.number and e.meeting.body}
        for e in self.entries:
            m = e.meeting
            if m.kind == "dai-hoi" and m.number and not m.body:
                m.body = bodies.get(m.number + 1) or bodies.get(m.number - 1)

    def proper_body(self, body: str | None) -> bool:
        """A body with a proper name ("Đảng bộ TP.HCM"), not a bare "Đảng bộ quận"."""
        if not body:
            return False
        words = body.split()
        return any(w[0].isupper() or w[0].isdigit() for w in words[1:]) and not self.reader.g.body_head.fullmatch(fold(body))

    def matching(self, m: _Mention) -> _Entry | None:
        for e in self.entries:
            if e.meeting.kind == m.kind and _compatible(e.meeting.body, m.body) and m.body:
                return e
        return None

    def place_numbered(self, m: _Mention) -> None:
        terms = m.terms or [None]
        for number, span in m.numbers:
            for term in terms:
                if m.kind == "dai-hoi":
                    term = None  # a congress has a number, not a khóa
                entry = next((e for e in self.entries
                              if e.meeting.kind == m.kind and e.meeting.number == number
                              and _compatible(e.meeting.body, m.body)
                              and (term is None or e.meeting.term in (None, term))), None)
                end = m.end if (number, span) == m.numbers[-1] else span[1]
                if entry is None:
                    self.new_entry(m, number, term, (span[0], end), named=False)
                else:
                    meeting = entry.meeting
                    # The body that the text says held it, else the fullest name.
                    if (m.held and not entry.held and m.body) or _better_body(meeting.body, m.body):
                        meeting.body = m.body
                    meeting.term = meeting.term or term
                    meeting.period = meeting.period or m.period
                    meeting.mentions.append((span[0], end))
                    if m.held and not entry.held:
                        entry.held, entry.first = True, span[0]

    def new_entry(self, m: _Mention, number, term, span: Span, named: bool) -> None:
        meeting = Meeting(kind=m.kind, number=number, term=term, period=m.period, body=m.body,
                          name=m.name if named or m.described else None, mentions=[span])
        self.entries.append(_Entry(meeting, span[0], held=m.held, implicit=m.implicit))

    def resolve_anaphors(self) -> None:
        # An implicit review ("tổ chức tổng kết ...") is a conference only when
        # the text later calls it one.
        confirmed = set()
        for a in self.anaphors:
            entry = self.antecedent(a)
            if entry is not None:
                entry.meeting.mentions.append((a.start, a.end))
                confirmed.add(id(entry))
        self.entries = [e for e in self.entries if not e.implicit or id(e) in confirmed]

    def antecedent(self, a: _Mention) -> _Entry | None:
        candidates = [e for e in self.entries if e.meeting.kind == a.kind and _compatible(e.meeting.body, a.body)]
        if not candidates:
            return None
        # A review not called a conference yet is the antecedent only when no
        # conference the text names is.
        held = ([e for e in candidates if e.held and not e.implicit]
                or [e for e in candidates if e.held] or candidates)
        before = [e for e in held if e.first <= a.start]
        return max(before, key=lambda e: e.first) if before else min(held, key=lambda e: e.first)

    def index_held(self) -> None:
        """Sorted positions of the held meetings, for `current` (entries are final by now)."""
        self.held = [e for e in self.entries if e.held]
        # (mention start, entry): the first one in a sentence is its meeting, the earlier entry on a tie.
        self.held_mentions = sorted((s, i) for i, e in enumerate(self.held) for s, _ in e.meeting.mentions)
        # (first, -entry): the last one before a sentence is the latest, the earlier entry on a tie.
        self.held_firsts = sorted((e.first, -i) for i, e in enumerate(self.held))

    def current(self, sentence: Span) -> _Entry | None:
        """The held meeting a sentence speaks of: one named in it, else the latest before it."""
        j = bisect.bisect_left(self.held_mentions, (sentence[0], -1))
        if j < len(self.held_mentions) and self.held_mentions[j][0] < sentence[1]:
            return self.held[self.held_mentions[j][1]]
        j = bisect.bisect_left(self.held_firsts, (sentence[0], -len(self.held))) - 1
        return self.held[-self.held_firsts[j][1]] if j >= 0 else None

    def people(self) -> None:
        index = _people_index(self.extraction)
        if not any(e.held for e in self.entries):
            return
        starts = [s for s, _, _ in index]
        self.index_held()
        g, folded = self.g, self.folded
        # Where role words start; one covering a sentence's start begins at most role_reach before it.
        word_starts = [m.start() for m in g.role_word.finditer(folded)]
        for sentence in self.full_sentences():
            s, e = sentence
            k = bisect.bisect_left(word_starts, s - g.role_reach)
            if k == len(word_starts) or word_starts[k] >= e:
                continue  # no role word: no role pattern can match
            # No role word starts before `first`, so no match of a pattern that
            # opens with its word does (present_after_name opens with the space
            # before its word). A sentence starts after white space, so a search
            # of the whole text from s to e reads it as if it stood alone.
            first = max(s, word_starts[k])
            if not g.any_role.search(folded, max(s, first - 1), e):
                continue
            entry = self.current(sentence)
            if entry is None:
                continue
            meeting = entry.meeting
            for r in list(g.chair.finditer(folded, first, e)) + list(g.chair_object.finditer(folded, first, e)):
                _add_unique(meeting.chairs, self.chairs_around(index, starts, sentence, r))
            for r in g.attend.finditer(folded, first, e):
                if _AND.match(folded, r.end()) and g.chair.match(folded, self.reader.skip(r.end() + 4)):
                    continue  # "Tham dự và chủ trì": chairs
                if not (g.list_after.match(folded, r.end()) or g.meeting_word.match(folded, r.end())):
                    # "... có đồng chí B, Ủy viên Ban Thường vụ Tỉnh ủy dự và chỉ đạo.": the
                    # guests stand between "có" and a verb that ends the clause.
                    _add_unique(meeting.attendees, self.guests_before(index, starts, sentence, r))
                    continue  # "dự khuyết", "dự kiến": not attending
                _add_unique(meeting.attendees, self.around_trigger(index, starts, sentence, r))
            mentions_meeting = any(s <= a < e for a, _ in meeting.mentions)
            for r in g.speak.finditer(folded, first, e):
                # "Báo cáo với đoàn, đồng chí X ...": a speech fronted to the sentence is given at the meeting.
                fronted = r.start() == s and _FRONTED_PHRASE.match(folded, r.end())
                if mentions_meeting or fronted:
                    people = self.nearest(index, starts, sentence, r.start())
                    _add_unique(meeting.attendees, people)
            presenting = list(g.present.finditer(folded, first, e))
            if mentions_meeting:
                # "Tại hội nghị, đồng chí X quán triệt ...": weaker verbs present only at a named meeting.
                presenting += list(g.present_here.finditer(folded, first, e))
            if mentions_meeting:
                # "Hội nghị được nghe đồng chí X, ... thông qua báo cáo": whom the meeting heard presents.
                for r in g.heard.finditer(folded, first, e):
                    clause_end = folded.find(";", r.end(), e)
                    heard = _people_in(index, starts, r.end(), e if clause_end < 0 else clause_end)[:1]
                    _add_unique(meeting.presenters, heard)
            for r in presenting:
                clause_start = max(s, folded.rfind(";", s, r.start()) + 1)
                people = _people_in(index, starts, clause_start, r.start())[-1:]
                _add_unique(meeting.presenters, people)
            for p_start, p_end, name in index[bisect.bisect_left(starts, s):bisect.bisect_right(starts, e)]:
                if p_end <= e and (g.present_after_name.match(folded, p_end)
                                   or _presents_after_posts(self.text, folded, p_end, e, g.present_after_name)):
                    _add_unique(meeting.presenters, [name])
            for r in g.adopt.finditer(folded, first, e):
                stop = _ADOPTED_END.search(folded, r.end(), e)
                item = " ".join(self.text[r.end():stop.start() if stop else e].split()).strip(" ,")
                if item and item not in meeting.adopted:
                    meeting.adopted.append(item)
        for entry in self.entries:
            m = entry.meeting
            _add_unique(m.attendees, m.presenters)
            m.attendees = [a for a in m.attendees if a not in m.chairs]

    def full_sentences(self) -> list[Span]:
        """Sentences with their ";"-separated parts joined: a list of chairs runs across them."""
        spans: list[Span] = []
        for span in self.sentences.spans:
            if spans and self.text[spans[-1][1] - 1] == ";" and "\n" not in self.text[spans[-1][1]:span[0]]:
                spans[-1] = (spans[-1][0], span[1])
            else:
                spans.append(span)
        return spans

    def around_trigger(self, index, starts, sentence: Span, r: re.Match) -> list[str]:
        if self.g.list_after.match(self.folded, r.end()):
            return _people_in(index, starts, r.end(), sentence[1])
        return _people_in(index, starts, sentence[0], r.start())

    def chairs_around(self, index, starts, sentence: Span, r: re.Match) -> list[str]:
        """The chairs a chair verb names. After a list of guests ("Dự hội nghị có
        đồng chí A; đồng chí B; đồng chí C, Chủ tịch UBND huyện chủ trì"), only
        the part of the list the verb closes."""
        if self.g.list_after.match(self.folded, r.end()):
            return self.around_trigger(index, starts, sentence, r)
        start = sentence[0]
        guests = [a for a in self.g.attend.finditer(self.folded, sentence[0], r.start())
                  if self.g.list_after.match(self.folded, a.end()) or self.g.meeting_word.match(self.folded, a.end())]
        if guests:
            start = max(start, self.folded.rfind(";", guests[-1].end(), r.start()) + 1)
        return _people_in(index, starts, start, r.start())

    def guests_before(self, index, starts, sentence: Span, r: re.Match) -> list[str]:
        """The people named before an attend verb that closes its clause ("... có đồng
        chí B, ... dự và chỉ đạo.", "Hội nghị lần thứ 12, đồng chí B dự."): after the
        last word that opens a list of guests, else after the meeting's name."""
        if not _CLAUSE_END.match(self.folded, r.end()):
            return []
        anchors = list(self.g.guest_opener.finditer(self.folded, sentence[0], r.start()))
        anchors += list(self.g.head.finditer(self.folded, sentence[0], r.start()))
        # A list joined by ";" ("A chủ trì; B dự") gives each part its own verb.
        start = max([a.end() for a in anchors] + [sentence[0], self.folded.rfind(";", sentence[0], r.start()) + 1])
        return _people_in(index, starts, start, r.start())

    def nearest(self, index, starts, sentence: Span, at: int) -> list[str]:
        in_sentence = index[bisect.bisect_left(starts, sentence[0]):bisect.bisect_left(starts, sentence[1])]
        people = [(abs(p[0] - at), p[2]) for p in in_sentence]
        return [min(people)[1]] if people else []

    def finish(self) -> None:
        context = self.extraction.context
        dates = self.dates
        stamps = [d for d in dates if d.stamp and d.year]
        stamp = stamps[0] if stamps else None
        first_held = min((e.first for e in self.entries if e.held), default=None)
        names = [o.name for o in self.extraction.organisations]
        for entry in self.entries:
            m = entry.meeting
            m.body = _complete_body(_fuller_name(m.body, names), context.locality)
            m.evidence = self.sentences.around(entry.first)
            if not entry.held or m.evidence is None:
                continue
            day = next((d for d in dates if m.evidence[0] <= d.start < m.evidence[1]
                        and not d.stamp and d.day), None)
            if day is not None:
                year = year_for(day, stamp, context.year)
                m.date = day.iso(year) if year else None
            elif context.kind in ("report", "plan") or entry.first == first_held:
                m.date = context.date


def _fuller_name(body: str | None, names: list[str]) -> str | None:
    """ "Đảng ủy Khối" in a text that names one body "Đảng ủy Khối doanh nghiệp
    tỉnh" and none "Đảng ủy Khối" alone: that body."""
    if not body or body in names or len(body.split()) < 2:
        return body  # "Đảng" (a national congress's) is no short form of "Đảng bộ tỉnh"
    longer = [n for n in names if fold(n).startswith(fold(body) + " ")]
    return longer[0] if len(longer) == 1 else body


def _presents_after_posts(text: str, folded: str, pos: int, end: int, verb: re.Pattern) -> bool:
    """"đồng chí B, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy báo cáo":
    the verb follows the person's posts, each a title after a comma, with no
    other verb between."""
    while text.startswith(", ", pos) and title_at(text, folded, pos + 2) is not None:
        pos += 2
        part_end = min([i for i in (text.find(",", pos, end), text.find(";", pos, end)) if i >= 0] or [end])
        for m in re.finditer(r" ", text[pos:part_end]):
            at = pos + m.start()
            if verb.match(folded, at):
                return not any(boundary_at(text, folded, w.start() + pos)
                               for w in re.finditer(r"(?<!\S)[^\W\d_]", text[pos:at]) if w.group(0).islower())
        pos = part_end
    return False


def _party_of_national_congresses(text: str, extraction) -> None:
    """ "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng": the Party written as the
    body of a national congress is a body of the text, unless it is already
    listed (as "Đảng" or "Đảng Cộng sản Việt Nam")."""
    party = _grammar().national_body
    spans = [(e - len(party), e) for m in extraction.meetings if m.body == party
             for _, e in m.mentions if text[e - len(party):e] == party]
    if not spans or any(o.name == party or o.name.startswith(f"{party} ") and o.level == "central"
                        for o in extraction.organisations):
        return
    extraction.organisations.append(Organisation(party, None, level="central", mentions=spans))


@Language.component("vnkg_meetings")
def find_meetings(doc: Doc) -> Doc:
    doc._.extraction.meetings.extend(_Finder(doc).run())
    _party_of_national_congresses(doc._.text, doc._.extraction)
    return doc
