"""Regex building blocks for the tables' word lists, written so that Python's
`re` scans fast.

`re` tries the alternatives of "a|b|c" one after another at every position of
a text; a table of a hundred organisation kinds makes that a hundred tries
per character. :func:`word_alternation` writes the same words as a prefix
tree ("ban (?:to chuc|tuyen giao)"), one try per distinct next character, and
matches exactly what the longest-first alternation matches.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from .text import fold

_END = ""  # marks, in the tree, that a word ends at a node

# A decimal digit, for a pattern to open with. re tests "\d" by looking the
# character up in the Unicode database; a scan for a pattern that opens with
# this class of plain ranges (ASCII digits, and the blocks that hold the other
# digits, not the Latin letters of Vietnamese) tests each position by a few
# comparisons, and the lookbehind keeps exactly the digits.
DIGIT = "[0-9\u0660-\u1dff\u1f00-\U0010ffff](?<=\\d)"


def word_alternation(words: Iterable[str], space: str | None = r"\s+", not_after: str | None = None) -> str:
    r"""A non-capturing regex for any of `words`, longest first.

    Equivalent to ``"|".join(re.escape(w) for w in sorted(words, key=len,
    reverse=True))`` with each space written as `space` (None: a literal
    space): two words that match at one position are prefixes of one another,
    so trying the deeper branch of the tree before a word's end is trying the
    longer word first, and a failure after the alternation backtracks into the
    shorter word as it would into the next alternative.

    `not_after`, a character class such as ``r"[\w/]"``, is a character that
    must not come right before the word, i.e. ``(?<!not_after)`` in front of
    it. The check is written after the word's first characters (see
    `_not_after`), so that `re` can still skip ahead to the positions where a
    word may begin.
    """
    tree = _tree(words)
    if not tree:
        return "(?!)"  # no words: matches nothing, as an empty alternation would not
    return _branches(tree, space, not_after)


def word_branches(words: Iterable[str], space: str | None = r"\s+", not_after: str | None = None) -> list[str]:
    """The alternatives of :func:`word_alternation` one by one, in order (one
    per first character), so that lists of words each followed by their own
    pattern join into one flat alternation: re skips ahead to the first
    characters of a flat alternation, not of one whose branches are groups."""
    return _branch_list(_tree(words), space, not_after)


def _tree(words: Iterable[str]) -> dict:
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return tree


def folded_alternation(words: Iterable, space: str | None = r"\s+", not_after: str | None = None) -> str:
    """:func:`word_alternation` of table words as they read in folded text:
    lower case, no diacritics, single spaces ("Đồng  chí" → "dong chi")."""
    return word_alternation({" ".join(fold(str(w)).split()) for w in words}, space=space, not_after=not_after)


def _branches(node: dict, space: str | None, not_after: str | None = None, depth: int = 0) -> str:
    branches = _branch_list(node, space, not_after, depth)
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _branch_list(node: dict, space: str | None, not_after: str | None = None, depth: int = 0) -> list[str]:
    branches = []
    for ch in sorted(k for k in node if k != _END):
        piece = space if ch == " " and space is not None else re.escape(ch)
        if not_after is None:
            branches.append(piece + _branches(node[ch], space))
        elif ch == " ":
            branches.append(_not_after(not_after, depth) + piece + _branches(node[ch], space))
        else:
            branches.append(piece + _branches(node[ch], space, not_after, depth + 1))
    if _END in node:
        # The word that ends here, after every longer one.
        branches.append(_not_after(not_after, depth) if not_after is not None else "")
    return branches


def _not_after(not_after: str, depth: int) -> str:
    """The check on the character before a word, made `depth` characters into it.

    It waits for the end of the word's first part (its first space, or its
    end), whose characters are one each: re then rejects a position inside
    another word by comparing letters, which costs less than a lookbehind
    there (the scan stops at every letter that can begin a word)."""
    return rf"(?<!{not_after}(?s:.){{{depth}}})" if depth else rf"(?<!{not_after})"


def any_case(word: str) -> list[str]:
    """Regexes for lower-case `word` written in any case, letter by letter (what
    comparing `.lower()` accepts), one per case of its first letter, which stays
    a literal so that an alternation of them lets re skip ahead to it."""
    rest = "".join(f"[{c}{c.upper()}]" if c.upper() != c and len(c.upper()) == 1 else re.escape(c) for c in word[1:])
    return [re.escape(first) + rest for first in sorted({word[0], word[0].upper()})]


def word_starts(text: str, words: Iterable[str]) -> list[int]:
    """Every position, in order, where one of `words` is written in `text` as it
    is. For a few long words str.find skips ahead to them far faster than re to
    their first letters, which may stand everywhere in a text."""
    starts = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            starts.add(i)
            i = text.find(word, i + 1)
    return sorted(starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), when `starts` holds every position a match of
    `pattern` (which matches no empty string) can begin at."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m
