"""Component vnkg_directives: every reference to a numbered Party or State
document, merged into one `Directive` per distinct document.

It reads written symbols ("Nghị quyết số 26-NQ/TW", "Quyết định 1234/QĐ-UBND")
and bare references resolved from the words around them ("Nghị quyết 26, 27,
28 của Hội nghị Trung ương 7 (khóa XII)", "Nghị quyết 15 và Chỉ thị 15 của
Thành ủy"), with the issuer, term, date and quoted title given beside them.
Identity is issuer + type + number, kept apart when years or terms differ.
The mention-level `Reference`s stay on `doc._.directive_references` for the
implements component.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import find_dates
from ..issuers import IssuerPhrase, read_issuer
from ..model import Directive
from ..patterns import folded_alternation, word_alternation
from ..symbols import STATE, Symbol, find_symbols, format_symbol, issuer_style
from ..tables import load_table
from ..text import fold

if not Doc.has_extension("directive_references"):
    Doc.set_extension("directive_references", default=None)


@dataclass
class Reference:
    """One mention of a directive, with what the text says beside it."""

    start: int
    end: int
    type: str
    number: str
    issuer: str | None = None
    year: int | None = None
    symbol_year: int | None = None    # the year written inside a State-style symbol
    style: str | None = None          # the written symbol's style; None for bare references
    tail_end: int = 0                 # end of the issuer, date, term and title after it
    issuer_name: str | None = None
    term: str | None = None
    date: str | None = None
    title: str | None = None
    group: int = 0                    # references coordinated by "," / "và" share a group
    has_tail: bool = False
    directive: Directive | None = field(default=None, repr=False)


# --- the grammar, compiled once from the tables ---------------------------------

@dataclass(frozen=True)
class _Grammar:
    type_words: re.Pattern[str]       # folded type words
    codes: dict[str, tuple[str, str]]   # folded type word → (code, how bare numbers are read)
    short_codes: re.Pattern[str]      # "NQ 28" on the original text
    count_nouns: re.Pattern[str]
    followers: re.Pattern[str]


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    codes: dict[str, tuple[str, str]] = {}
    short: list[str] = []
    for row in load_table("document_types"):
        for word in row["words"]:
            codes.setdefault(" ".join(fold(word).split()), (str(row["code"]), str(row.get("bare") or "plain")))
        if row.get("short"):
            short.append(str(row["code"]))
    numbers = load_table("reference_numbers")
    return _Grammar(
        type_words=re.compile("(?:" + folded_alternation(codes, not_after=r"\w") + r")(?!\w)"),
        codes=codes,
        # Two codes that are prefixes of one another ("CT", "CTr") cannot both be
        # followed by a space, so a prefix tree finds what the table's order would.
        short_codes=re.compile("(?:" + word_alternation(short, space=None, not_after=r"[\w/-]") + ")"
                               r"(?=[ \t]+(?:số[ \t]*)?\d)"),
        count_nouns=re.compile(rf"[ \t]*(?:{folded_alternation(numbers['count_nouns'])})(?!\w)"),
        followers=re.compile(rf"[ \t]+(?:{folded_alternation(numbers['followers'])})(?!\w)"),
    )


# After a type word: an abbreviation in brackets, "số", a colon ("Nghị quyết (NQ) số 28").
_PREFIX = re.compile(r"[ \t]*(?:\([ \t]*[a-z]{1,4}[ \t]*\)[ \t]*)?(?:(?P<so>so)[ \t]*)?:?[ \t]*")
# A bare number: not a decimal, date, scale, percentage or part of a word.
_NUMBER = r"(\d{1,4})(?![\w%])(?![.,/-]\d)(?![ \t]*[-–/][ \t]*\d)"
_FIRST_NUMBER = re.compile(_NUMBER)
_NEXT_NUMBER = re.compile(r"[ \t]*(?:,[ \t]*(?:va[ \t]+)?|va[ \t]+)" + _NUMBER)
_YEAR_AFTER = re.compile(r"[ \t]+nam[ \t]+((?:19|20)\d{2})(?!\d)")
_END_OF_PHRASE = re.compile(r"[ \t]*(?:[,;.:!?()\"“”'’\-–]|\n|$)")
_DATE_WORD = re.compile(r"[ \t]*,?[ \t]*(?:ban[ \t]+hanh[ \t]+)?ngay[ \t]+")
_TITLE = re.compile(r"[ \t]*,?[ \t]*(?:ve[ \t]+)?[“\"]([^”\"\n]{3,300})[”\"]")
_CONNECTOR = re.compile(r"[ \t]*(?:,|;)?[ \t]*(?:(?:va|cung|hoac)[ \t]+)?(?:cac[ \t]+)?")
_JOINED_ISSUER = re.compile(r"[ \t]*(?:,|[ \t]va)(?=[ \t])")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:[,;.:)]|va[ \t]|\n|$)")
_OPENING_QUOTES = "“\"‘"
_LONGEST_DATE = len("30 tháng 12 năm 2020")


# --- finding references -----------------------------------------------------------

def find_references(text: str, folded: str) -> list[Reference]:
    """Every directive reference in `text`, in order, with issuers resolved."""
    grammar = _grammar()
    symbols = {start: (end, symbol) for start, end, symbol in find_symbols(text)}
    used: set[int] = set()
    references: list[Reference] = []
    group = 0

    type_matches = [(m.start(), m.end(), grammar.codes[" ".join(m.group(0).split())])
                    for m in grammar.type_words.finditer(folded)]
    type_matches += [(m.start(), m.end(), (m.group(0), "plain")) for m in grammar.short_codes.finditer(text)]
    type_matches.sort()

    covered = 0
    for start, end, (code, bare_rule) in type_matches:
        if start < covered:
            continue  # "NQ" in "Nghị quyết (NQ) 28" was read with its type word
        prefix = _PREFIX.match(folded, end)
        at = prefix.end()
        if at in symbols and at not in used:
            used.add(at)
            symbol_end, symbol = symbols[at]
            references.append(_written(start, symbol_end, symbol, code))
            covered = symbol_end
            continue
        group += 1
        bare = _bare(text, folded, start, at, code, bare_rule, bool(prefix.group("so")), group, grammar)
        if bare:
            references += bare
            covered = bare[-1].end

    for at, (symbol_end, symbol) in symbols.items():
        if at not in used:
            references.append(_written(at, symbol_end, symbol, None))
    references.sort(key=lambda r: r.start)

    _read_tails(text, folded, references)
    _coordinate(folded, references)
    _resolve_bare_issuers(references)
    _inherit_listed_issuers(folded, references)
    return references


def _written(start: int, end: int, symbol: Symbol, word_code: str | None) -> Reference:
    return Reference(start, end, symbol.type or word_code or "", symbol.number, symbol.issuer,
                     symbol.year, symbol_year=symbol.year, style=symbol.style)


def _bare(text: str, folded: str, start: int, at: int, code: str, bare_rule: str, has_so: bool,
          group: int, grammar: _Grammar) -> list[Reference]:
    """"Nghị quyết 26, 27, 28": one reference per number, the first spanning the type word.

    `bare_rule` (document_types.yaml) is "plain", "common" (the number must end
    the phrase or be followed by a linking word) or "strict" (only with "số"
    or an issuer after it)."""
    first = _FIRST_NUMBER.match(folded, at)
    if not first:
        return []
    spans = [(first.start(1), first.end(1))]
    pos = first.end()
    while (more := _NEXT_NUMBER.match(folded, pos)) is not None:
        spans.append((more.start(1), more.end(1)))
        pos = more.end()
    # A number followed by a count noun ("kế hoạch 5 năm") is not a reference number.
    while spans and grammar.count_nouns.match(folded, spans[-1][1]) and not _YEAR_AFTER.match(folded, spans[-1][1]):
        spans.pop()
    if not spans:
        return []
    last_end = spans[-1][1]
    capitalised = text[start].isupper()
    followed = bool(_END_OF_PHRASE.match(folded, last_end) or grammar.followers.match(folded, last_end))
    if not (capitalised or has_so) or (bare_rule == "common" and not (followed or has_so)):
        return []
    if bare_rule == "strict" and not has_so and read_issuer(text, folded, last_end) is None:
        return []  # "Chương trình 135" names a programme; "Đề án 30 của Chính phủ" is a document
    if _opens_quotation(text, start):
        return []  # a slogan or a title ("“Kế hoạch 1, nhiệm vụ 10”"), not a reference
    references = []
    for i, (s, e) in enumerate(spans):
        references.append(Reference(start if i == 0 else s, e, code, folded[s:e].lstrip("0") or "0",
                                    group=group))
        year = _YEAR_AFTER.match(folded, e)
        if year:
            references[-1].year = int(year.group(1))
    return references


def _opens_quotation(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \t")
    return bool(before) and before[-1] in _OPENING_QUOTES


def _read_tails(text: str, folded: str, references: list[Reference]) -> None:
    """The date, issuer, term and quoted title written after each reference."""
    for i, ref in enumerate(references):
        limit = references[i + 1].start if i + 1 < len(references) else len(text)
        pos = ref.end
        year = _YEAR_AFTER.match(folded, pos)
        if year and ref.style is not None:  # "Nghị quyết số 26-NQ/TW năm 2008"
            ref.year = ref.year or int(year.group(1))
            pos = year.end()
        pos = _read_date(text, folded, pos, ref)
        issuer = read_issuer(text, folded, pos)
        if issuer and issuer.end <= limit:
            _take_issuer(ref, issuer)
            pos = issuer.end
            # "của Bộ Chính trị, Ban Bí thư và ...": a second issuer joined to the first, where
            # the list goes on after it (in "..., Ban Thường vụ Tỉnh ủy đã ban hành" it is a subject).
            joined = _JOINED_ISSUER.match(folded, pos)
            second = joined and read_issuer(text, folded, joined.end())
            if second and second.end <= limit and _LIST_GOES_ON.match(folded, second.end):
                pos = second.end
            pos = _read_date(text, folded, pos, ref)
        title = _TITLE.match(folded, pos) if pos < limit else None
        if title and title.end() <= limit:
            ref.title = text[title.start(1):title.end(1)].strip()
            pos = title.end()
        ref.has_tail = pos > ref.end
        ref.tail_end = pos


def _read_date(text: str, folded: str, pos: int, ref: Reference) -> int:
    """"ngày 30/3/2007" after a reference: its date (only a full date counts)."""
    word = _DATE_WORD.match(folded, pos)
    if not word:
        return pos
    # Only the few characters after "ngày" are read, so the cost stays per reference.
    dates = find_dates(text[word.end():word.end() + _LONGEST_DATE])
    if dates and dates[0].start == 0 and dates[0].year and dates[0].month and dates[0].day:
        ref.date = dates[0].iso()
        ref.year = ref.year or dates[0].year
        return word.end() + dates[0].end
    return pos


def _take_issuer(ref: Reference, issuer: IssuerPhrase) -> None:
    ref.issuer_name = issuer.name
    ref.term = issuer.term
    if ref.issuer is None:
        ref.issuer = issuer.code


def _coordinate(folded: str, references: list[Reference]) -> None:
    """References joined by "," or "và" with nothing written after the earlier
    one share what is written after the last ("Nghị quyết 15 và Chỉ thị 15 của
    Thành ủy")."""
    run: list[Reference] = []
    for ref in references + [None]:
        if ref is not None and run and not run[-1].has_tail and _joined(folded, run[-1], ref):
            run.append(ref)
            continue
        if len(run) > 1:
            last = run[-1]
            for member in run[:-1]:
                member.group = last.group = run[0].group
                if last.issuer_name and (member.issuer is None or member.issuer == last.issuer):
                    member.issuer = member.issuer or last.issuer
                    member.issuer_name = last.issuer_name
                    member.term = member.term or last.term
                if member.style is None and last.style is None and last.date:
                    member.date, member.year = last.date, member.year or last.year
        run = [ref] if ref is not None else []


def _joined(folded: str, earlier: Reference, later: Reference) -> bool:
    gap = _CONNECTOR.match(folded, earlier.end)
    return gap is not None and gap.end() == later.start and later.start > earlier.end


def _resolve_bare_issuers(references: list[Reference]) -> None:
    """A reference with no issuer takes the issuer of the nearest reference to
    the same type and number that has one ("NQ 28" … "NQ 28 của Ban Thường vụ
    Thành ủy"), unless their years or terms differ."""
    for ref in references:
        if ref.issuer is not None:
            continue
        candidates = [other for other in references
                      if other.issuer and other.type == ref.type and other.number == ref.number
                      and _compatible(ref.year, other.year) and _compatible(ref.term, other.term)]
        if candidates:
            nearest = min(candidates, key=lambda other: abs(other.start - ref.start))
            ref.issuer = nearest.issuer


_LISTED_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:va[ \t]+)?|va[ \t]+)")


def _inherit_listed_issuers(folded: str, references: list[Reference]) -> None:
    """A bare reference listed right after one whose issuer the text gives
    shares it ("Nghị quyết 12 của Trung ương "..." và Nghị quyết 13 về ...")."""
    for prev, ref in zip(references, references[1:]):
        if ref.issuer is not None or ref.style is not None or not prev.issuer or not prev.issuer_name:
            continue
        gap = _LISTED_AFTER.match(folded, prev.tail_end)
        if gap is not None and gap.end() == ref.start:
            ref.issuer, ref.issuer_name = prev.issuer, prev.issuer_name
            ref.term = ref.term or prev.term


def _compatible(a, b) -> bool:
    return a is None or b is None or a == b


# --- merging references into directives --------------------------------------------

def merge(references: list[Reference]) -> list[Directive]:
    """One Directive per distinct document: same type, number and issuer, and
    no differing year or term."""
    directives: list[Directive] = []
    keys: list[tuple[str, str, str | None]] = []
    terms: list[str | None] = []
    for ref in references:
        key = (ref.type, ref.number, ref.issuer)
        for i, directive in enumerate(directives):
            if keys[i] == key and _compatible(directive.year, ref.year) and _compatible(terms[i], ref.term):
                break
        else:
            directives.append(Directive(symbol=_symbol(ref), type=ref.type, number=ref.number,
                                        issuer=ref.issuer))
            keys.append(key)
            terms.append(None)
            i = len(directives) - 1
        directive = directives[i]
        directive.mentions.append((ref.start, ref.end))
        directive.year = directive.year or ref.year
        directive.term = directive.term or ref.term
        terms[i] = directive.term
        directive.date = directive.date or ref.date
        directive.title = directive.title or ref.title
        if ref.issuer_name and len(ref.issuer_name) > len(directive.issuer_name or ""):
            directive.issuer_name = ref.issuer_name
        if ref.style == STATE and directive.symbol != _symbol(ref):
            directive.symbol = _symbol(ref)  # a written State symbol carries the year
        ref.directive = directive
    return directives


def _symbol(ref: Reference) -> str:
    style = ref.style or issuer_style(ref.issuer)
    return format_symbol(Symbol(ref.number, ref.type or None, ref.issuer, ref.symbol_year, style))


@Language.component("vnkg_directives")
def find_directives(doc: Doc) -> Doc:
    text, folded = doc._.text, doc._.folded  # set by vnkg_prepare, which always runs first
    references = find_references(text, folded)
    doc._.directive_references = references
    doc._.extraction.directives.extend(merge(references))
    return doc
