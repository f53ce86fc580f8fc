"""Splits a document's text into plain runs and mention runs for the
displaCy-like view; the template escapes every run."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Segment:
    text: str
    iri: str | None = None
    kind: str | None = None
    start: int = 0


def segments(text: str, mentions: list[tuple[int, int, str, str]]) -> list[Segment]:
    """`mentions` are (start, end, entity IRI, kind). Where two overlap, the one
    starting first (the longer one at the same start) wins: a body's name keeps
    its parent's name inside it ("Ban Thường vụ [Quận ủy Quận 9]") unlinked."""
    placed: list[tuple[int, int, str, str]] = []
    end_of_last = 0
    for start, end, iri, kind in sorted(set(mentions), key=lambda m: (m[0], -m[1], m[2])):
        if start < end_of_last or start < 0 or end > len(text) or start >= end:
            continue
        placed.append((start, end, iri, kind))
        end_of_last = end
    out: list[Segment] = []
    cursor = 0
    for start, end, iri, kind in placed:
        if start > cursor:
            out.append(Segment(text[cursor:start], start=cursor))
        out.append(Segment(text[start:end], iri, kind, start))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:], start=cursor))
    return out
