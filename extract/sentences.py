"""Sentence spans, for the evidence each fact points to.

A sentence ends at a full stop, question or exclamation mark, or semicolon
followed by a space, or at a line break. Abbreviations with dots ("TP.HCM",
"T/M.", the place words written with a dot in data/tables/administrative_units.yaml
such as "TP. Hồ Chí Minh") and numbers ("1.500") do not end one.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .model import Span
from .tables import load_table

# A sentence ends after its mark (group "after"), or where a run of line breaks
# starts. Matching the mark itself, rather than looking behind for it, lets re
# skip ahead to the few characters that can end a sentence.
_END = re.compile(r"[.!?;…\n](?:(?<=\n)\n*|(?P<after>)[\"”’)]*\s+(?=[\"“‘(]?[A-ZĐÀ-Ỹ0-9\-–•*]))")


def sentence_spans(text: str) -> list[Span]:
    """[start, end) spans of the sentences of `text`, without surrounding space."""
    spans: list[Span] = []
    start = 0
    dotted_word = _dotted_place_word()
    for m in _END.finditer(text):
        if m.group().startswith(".") and dotted_word.search(text, max(0, m.start() - 8), m.start()):
            continue
        end = m.start() if m.group("after") is None else m.end("after")
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


@lru_cache(maxsize=1)
def _dotted_place_word() -> re.Pattern[str]:
    """A place word written with a dot ("TP."), ending right before that dot."""
    words = {w[:-1] for unit in load_table("administrative_units")["units"]
             for w in unit["words"] if w.endswith(".")}
    return re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, words))) + r")$")


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class Sentences:
    """The sentences of one text, with a lookup from an offset to its sentence."""

    def __init__(self, text: str):
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> Span | None:
        """The sentence holding `offset`, or None when it falls between sentences."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None
