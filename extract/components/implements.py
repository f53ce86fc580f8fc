"""Component vnkg_implements: which directive carries out which.

A reference is implemented when a trigger word ("thực hiện", "triển khai",
"quán triệt", "theo tinh thần"... in data/tables/implements_triggers.yaml)
stands shortly before it in the same clause. The implementer is the numbered
document the trigger is attached to ("Chương trình hành động số 18-CTr/QU của
Ban Thường vụ Quận ủy thực hiện Nghị quyết 49-NQ/TW"), else the document
itself ("document"). References listed after one another share its trigger;
a document issued in the text ("ban hành Thông tri số 07-TT/QU") is not
implemented. Each pair carries the sentence that says so as evidence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Implements
from ..patterns import word_alternation
from ..tables import load_table
from ..text import fold
from .directives import Reference

IMPLEMENTS = "implements"
NOT_IMPLEMENTS = "not"
NEUTRAL = "neutral"
DOCUMENT = "document"


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str
    reach: int


@dataclass(frozen=True)
class Governor:
    """What a reference is governed by: the trigger's kind and the implementer
    (a reference, or None for the document itself)."""

    kind: str
    source: Reference | None


def _phrase(words: str) -> str:
    return r"[ \t]+".join(re.escape(w) for w in fold(words).split())


@dataclass(frozen=True)
class _Reach:
    """How far a trigger reaches: what ends it, and across a listed unnumbered document."""

    stop: re.Pattern[str]             # a word that ends the reach ("với")
    listed_document: re.Pattern[str]  # an unnumbered document of a type, then "và" or ","
    listed_words: int
    content_of: re.Pattern[str]       # "sâu sắc mục đích, yêu cầu, quan điểm của": what of the directive


@lru_cache(maxsize=1)
def _reach() -> _Reach:
    table = load_table("implements_triggers")
    stops = "|".join(_phrase(w) for w in table["reach_stops"])
    contents = "|".join(_phrase(w) for w in table["content_of"])
    type_words = sorted({w for row in load_table("document_types") for w in row["words"]}, key=len, reverse=True)
    types = "|".join(_phrase(w) for w in type_words)
    return _Reach(
        stop=re.compile(rf"(?<!\w)(?:{stops})(?!\w)"),
        listed_document=re.compile(rf"[ \t]*(?:{types})(?!\w)[^;:.!?\n]*?(?:,|[ \t]va)[ \t]*"),
        listed_words=int(table["listed_reach"]),
        content_of=re.compile(
            rf"[ \t]+(?:[^\W\d_]+[ \t]+){{0,{int(table['content_lead'])}}}?(?:{contents})"
            rf"(?:[ \t]*(?:,|[ \t]va)[ \t]*(?:{contents}))*[ \t]+cua[ \t]+"),
    )


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], dict[str, tuple[str, int]], re.Pattern[str], re.Pattern[str]]:
    table = load_table("implements_triggers")
    words: dict[str, tuple[str, int]] = {}
    for row in table["implements"]:
        words[" ".join(fold(row["words"]).split())] = (IMPLEMENTS, int(row["reach"]))
    for row in table["not_implements"]:
        words[" ".join(fold(row["words"]).split())] = (NOT_IMPLEMENTS, int(row["reach"]))
    for w in table["neutral"]:
        words[" ".join(fold(w).split())] = (NEUTRAL, 0)
    # A prefix tree, (?<!\w) after each word's first letter: the scan skips ahead fast.
    triggers = re.compile(word_alternation(words, space=r"[ \t]+", not_after=r"\w") + r"(?!\w)")
    attach_words = "|".join(_phrase(w) for w in table["attach_words"])
    attach = re.compile(rf"(?:[ \t,]|(?:{attach_words})(?!\w))*")
    passive_words = "|".join(_phrase(w) for w in sorted(table["passive"], key=len, reverse=True))
    # "được các chi bộ quán triệt": the passive's agent (a plural body, "các ...") may stand before the verb.
    passive = re.compile(rf"[ \t]+(?:{passive_words})[ \t]+(?:cac(?:[ \t]+[^\W\d_]+){{1,3}}?[ \t]+)?"
                         rf"(?:to[ \t]+chuc[ \t]+)?$")
    return triggers, words, attach, passive


_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[;:.!?\n]")
# Between two listed references: connectors, and the subject ("về ...") of the first.
_SIBLING_GAP = re.compile(r"[ \t]*(?:,?[ \t]*ve[ \t][^;:.!?\n]*?)?[ \t]*[,;]?[ \t]*"
                          r"(?:(?:va|cung|hoac)[ \t]+)?(?:cac[ \t]+)?")


@lru_cache(maxsize=1)
def _neutral_opening() -> frozenset[str]:
    return frozenset(" ".join(fold(w).split()) for w in load_table("implements_triggers")["neutral_opening"])


@lru_cache(maxsize=1)
def _personnel() -> tuple[frozenset[str], re.Pattern[str]]:
    table = load_table("implements_triggers")
    words = "|".join(_phrase(w) for w in table["personnel"])
    return (frozenset(" ".join(fold(w).split()) for w in table["personnel_citing"]),
            re.compile(rf"(?<!\w)(?:{words})(?!\w)"))


def _sentence_start(folded: str, pos: int) -> int:
    return max(folded.rfind(c, 0, pos) for c in ".!?\n") + 1


def _opens_sentence(folded: str, start: int) -> bool:
    before = folded[max(0, start - 8):start].rstrip(" \t")
    return start == 0 or (before == "" and start < 8) or before[-1:] in ("\n", ".", "!", "?")


def find_triggers(folded: str, references: list[Reference]) -> list[Trigger]:
    """Trigger words outside the references and their titles, in order."""
    pattern, words, _, _ = _grammar()
    starts = [r.start for r in references]  # references are in order and do not overlap
    found = []
    for m in pattern.finditer(folded):
        word = " ".join(m.group(0).split())
        kind, reach = words[word]
        i = bisect.bisect_right(starts, m.start()) - 1
        if kind == NEUTRAL or (i >= 0 and m.start() < references[i].tail_end):
            continue
        if word in _neutral_opening() and _opens_sentence(folded, m.start()):
            continue
        if word in _personnel()[0] and _personnel()[1].search(folded, _sentence_start(folded, m.start()), m.start()):
            kind = NOT_IMPLEMENTS  # "điều động ... theo Quyết định số X": the decision is cited
        found.append(Trigger(m.start(), m.end(), kind, reach))
    return found


def _in_reach(folded: str, trigger: Trigger, ref: Reference) -> bool:
    between = folded[trigger.end:ref.start]
    if _CLAUSE_BREAK.search(between) or _reach().stop.search(between):
        return False
    words = len(_WORD.findall(between))
    if words <= trigger.reach:
        return True
    # "thực hiện Nghị quyết Đại hội XIII của Đảng và Chỉ thị số 12-CT/TW"
    if trigger.kind == IMPLEMENTS and _reach().content_of.fullmatch(between):
        return True  # "Quán triệt sâu sắc mục đích, yêu cầu, quan điểm của Nghị quyết số 37"
    return (trigger.kind == IMPLEMENTS and words <= _reach().listed_words
            and _reach().listed_document.fullmatch(between) is not None)


def _attached(folded: str, ref: Reference, trigger: Trigger) -> bool:
    """The trigger follows the reference with only linking words between
    ("... của Ban Thường vụ Quận ủy về việc thực hiện")."""
    if trigger.start < ref.tail_end:
        return False
    m = _grammar()[2].match(folded, ref.tail_end)
    return m is not None and m.end() >= trigger.start


def governors(folded: str, sentences: list[tuple[int, int]], references: list[Reference],
              triggers: list[Trigger]) -> dict[int, Governor]:
    """The governor of each reference (by index), where it has one."""
    result: dict[int, Governor] = {}
    sentence_of = _sentence_index(sentences)
    trigger_starts = [t.start for t in triggers]
    index_of = {id(r): i for i, r in enumerate(references)}
    for i, ref in enumerate(references):
        sentence = sentence_of(ref.start)
        prev_index = i - 1 if i > 0 else None
        prev = references[prev_index] if prev_index is not None else None
        # Triggers count within the sentence; a list ("...; Kế hoạch 152 ...") may cross a semicolon.
        gap_start = max(prev.end if prev else 0, sentences[sentence][0] if sentence is not None else 0)
        last = bisect.bisect_left(trigger_starts, ref.start) - 1
        trigger = triggers[last] if last >= 0 and triggers[last].start >= gap_start else None
        if trigger is not None and trigger.end > ref.start:
            trigger = None
        if trigger and _in_reach(folded, trigger, ref):
            source = prev if prev is not None and _attached(folded, prev, trigger) else None
            result[i] = Governor(trigger.kind, source)
            continue
        following = _following(triggers, trigger_starts, ref.tail_end)
        if _passive(folded, ref, following):
            result[i] = Governor(IMPLEMENTS, None)
            continue
        if prev_index is None or prev_index not in result:
            continue
        if prev.tail_end > ref.start or not _SIBLING_GAP.fullmatch(folded, prev.tail_end, ref.start):
            continue
        governor = result[prev_index]
        if governor.source is not None and _is_implementer(folded, ref, following):
            # "Kế hoạch 151 ... thực hiện Nghị quyết 27 ...; Kế hoạch 152 ... thực hiện ...":
            # the second plan is listed beside the first, not beside what the first implements.
            source_index = index_of[id(governor.source)]
            if source_index not in result:
                continue
            governor = result[source_index]
        result[i] = governor
    return result


def _following(triggers: list[Trigger], starts: list[int], offset: int) -> Trigger | None:
    """The first trigger at or after `offset`."""
    i = bisect.bisect_left(starts, offset)
    return triggers[i] if i < len(triggers) else None


def _passive(folded: str, ref: Reference, following: Trigger | None) -> bool:
    """"Kế hoạch 12 của Đảng ủy được triển khai": carried out, by the document's actors."""
    return (following is not None and following.kind == IMPLEMENTS
            and _grammar()[3].match(folded[ref.tail_end:following.start]) is not None)


def _is_implementer(folded: str, ref: Reference, following: Trigger | None) -> bool:
    return following is not None and following.kind == IMPLEMENTS and _attached(folded, ref, following)


def _sentence_index(sentences: list[tuple[int, int]]):
    starts = [s for s, _ in sentences]

    def index(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < sentences[i][1] else None

    return index


@lru_cache(maxsize=1)
def _purpose_openers() -> re.Pattern[str]:
    words = "|".join(_phrase(w) for w in load_table("implements_triggers")["purpose_openers"])
    return re.compile(rf"(?:{words})[ \t]+")


def _opens_with(folded: str, sentence_start: int, trigger_start: int) -> bool:
    """The trigger opens the sentence, or follows only a purpose word ("Để cụ thể hóa ...")."""
    if trigger_start == sentence_start:
        return True
    m = _purpose_openers().match(folded, sentence_start)
    return m is not None and m.end() == trigger_start


def _fronted_issues(folded: str, sentences, references: list[Reference], triggers: list[Trigger],
                    governed: dict[int, Governor]) -> list[tuple[Reference, Reference]]:
    """ "Thực hiện Chỉ thị số 05-CT/TW ..., Ban Thường vụ Tỉnh ủy đã ban hành Kế
    hoạch số 09-KH/TU": a document issued in a sentence that opens with a
    trigger carries out what the sentence opens with."""
    sentence_of = _sentence_index(sentences)
    trigger_starts = [t.start for t in triggers]
    opening: dict[int, list[Reference]] = {}
    pairs = []
    for i, ref in enumerate(references):
        governor = governed.get(i)
        sentence = sentence_of(ref.start)
        if governor is None or sentence is None:
            continue
        if governor.kind == IMPLEMENTS and governor.source is None:
            first = _following(triggers, trigger_starts, sentences[sentence][0])
            if first is not None and _opens_with(folded, sentences[sentence][0], first.start) \
                    and first.end <= ref.start:
                opening.setdefault(sentence, []).append(ref)
        elif governor.kind == NOT_IMPLEMENTS and sentence in opening:
            if "," in folded[opening[sentence][-1].tail_end:ref.start]:
                pairs.extend((ref, target) for target in opening[sentence])
    return pairs


@lru_cache(maxsize=1)
def _carry_out_after() -> re.Pattern[str]:
    """ "... ban hành Chương trình số 41-CTr/TU| để thực hiện.": a purpose with an
    implements trigger and nothing after it to the clause's end."""
    table = load_table("implements_triggers")
    openers = "|".join(_phrase(w) for w in table["purpose_openers"])
    verbs = "|".join(_phrase(row["words"]) for row in table["implements"] if row["words"] != "theo")
    # "... để triển khai thực hiện trong toàn Đảng bộ huyện;": a scope, but no object.
    scope = "|".join(_phrase(w) for w in table.get("purpose_scope", []))
    scope_tail = rf"(?:[ \t]+(?:{scope})[ \t]+[^.;\n,]*?)?" if scope else ""
    return re.compile(rf"[ \t]*,?[ \t]*(?:{openers})(?:[ \t]+(?:{verbs}))+{scope_tail}[ \t]*(?=[.;\n]|$)")


@lru_cache(maxsize=1)
def _issued_passive() -> re.Pattern[str]:
    """ "Chỉ thị số 06 ...| được ban hành,": the reference issued, said in the passive, to its clause's end."""
    words = "|".join(_phrase(w) for w in load_table("implements_triggers").get("issued_passive", []))
    return re.compile(rf"[^.;\n,]{{0,40}}?[ \t]+(?:{words})[ \t]*(?=[,.;\n])") if words else re.compile("(?!)")


def _issued_to_carry_out(folded: str, sentences, references: list[Reference],
                         governed: dict[int, Governor]) -> list[tuple[Reference, Reference]]:
    """ "Ban Thường vụ đã lãnh đạo triển khai Nghị quyết số 19-NQ/TW ... và ban hành
    Chương trình số 41-CTr/TU để thực hiện": the document issued to carry out, with
    no object after, carries out what the sentence carried out before it."""
    sentence_of = _sentence_index(sentences)
    pairs = []
    for i, ref in enumerate(references):
        governor = governed.get(i)
        if governor is None or governor.kind != NOT_IMPLEMENTS or not _carry_out_after().match(folded, ref.tail_end):
            continue
        sentence = sentence_of(ref.start)
        pairs.extend((ref, references[j]) for j in range(i)
                     if sentence_of(references[j].start) == sentence
                     and (governed.get(j) is not None and governed[j].kind == IMPLEMENTS
                          or governed.get(j) is None and _issued_passive().match(folded, references[j].tail_end)))
    return pairs


def find_pairs(folded: str, sentences, references: list[Reference]) -> list[tuple[Reference | None, Reference]]:
    """(implementer, implemented) for every implemented reference; None is the document."""
    triggers = find_triggers(folded, references)
    governed = governors(folded, sentences, references, triggers)
    pairs = []
    for i, governor in sorted(governed.items()):
        if governor.kind == IMPLEMENTS:
            pairs.append((governor.source, references[i]))
    pairs.extend(_fronted_issues(folded, sentences, references, triggers, governed))
    pairs.extend(_issued_to_carry_out(folded, sentences, references, governed))
    return pairs


@Language.component("vnkg_implements")
def find_implements(doc: Doc) -> Doc:
    references = doc._.get("directive_references") if Doc.has_extension("directive_references") else None
    if not references:
        return doc
    folded, sentences = doc._.folded, doc._.sentences
    spans = sentences.spans
    seen: set[tuple[str, str]] = set()
    for source, target in find_pairs(folded, spans, references):
        if target.directive is None or (source is not None and source.directive is None):
            continue
        source_symbol = source.directive.symbol if source is not None else DOCUMENT
        target_symbol = target.directive.symbol
        if source_symbol == target_symbol or (source_symbol, target_symbol) in seen:
            continue
        seen.add((source_symbol, target_symbol))
        evidence = sentences.around(target.start)
        doc._.extraction.implements.append(Implements(source_symbol, target_symbol, evidence))
    return doc
