"""The facts an extraction finds, as plain dataclasses.

Components of the pipeline (extract/components/) fill one `Extraction` per
document, kept on `doc._.extraction`; `extract.record` turns it into the JSON
extraction record of FORMAT.md. Every offset is a `[start, end)` pair into the
NFC text of the document.
"""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class DocumentContext:
    """What the document is: its file, title, the date it speaks of, its kind and locality."""

    file: str
    id: str = ""
    title: str | None = None
    date: str | None = None            # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    published: str | None = None       # a page's publishing stamp, when it differs
    kind: str | None = None            # report, news, plan, resolution, announcement
    locality: str | None = None        # "Quận 9", "quận Hai Bà Trưng", "Hải Phòng"
    locality_level: str | None = None  # central, province, district, ward
    province: str | None = None        # the province or city above the locality, when named
    year: int | None = None            # the year that bare dates ("Ngày 7/10") fall in


@dataclass
class Directive:
    """A numbered document of the Party or the State, e.g. 26-NQ/TW or 1234/QĐ-UBND."""

    symbol: str
    type: str
    number: str
    issuer: str | None = None
    year: int | None = None
    issuer_name: str | None = None
    term: str | None = None            # khóa of the issuing body, when given ("XII")
    date: str | None = None            # ISO date given with the reference
    title: str | None = None           # its subject, when quoted
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Organisation:
    """A body named in the text, written out in full."""

    name: str
    parent: str | None = None
    level: str | None = None           # central, province, district, ward
    kind: str | None = None            # party-committee, standing-board, people-committee, ...
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Post:
    """A role a person is given, in a body, with the sentence that says so."""

    role: str
    organisation: str | None = None
    evidence: Span | None = None


@dataclass
class Person:
    name: str
    posts: list[Post] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    signatory: bool = False
    byline: bool = False


@dataclass
class Meeting:
    """A conference (hoi-nghi) or congress (dai-hoi)."""

    kind: str                          # "hoi-nghi" or "dai-hoi"
    number: int | None = None
    term: str | None = None            # khóa, as a Roman numeral
    period: str | None = None          # nhiệm kỳ, "2020-2025"
    body: str | None = None            # the convening body
    date: str | None = None
    name: str | None = None
    chairs: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    presenters: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)  # what it adopted ("thông qua")
    mentions: list[Span] = field(default_factory=list)
    evidence: Span | None = None


@dataclass
class Implements:
    """`source` (a directive symbol, or "document") implements `target` (a symbol)."""

    source: str
    target: str
    evidence: Span | None = None


@dataclass
class Extraction:
    context: DocumentContext
    directives: list[Directive] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    implements: list[Implements] = field(default_factory=list)
