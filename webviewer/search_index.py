"""An in-memory search index over people, bodies, directives, meetings and
documents, built once from the store when the app starts.

Matching is on `extract.text.search_key` (lower case, no diacritics), with the
abbreviations of data/tables/abbreviations.yaml written out in the query, so
"ubnd quan 9" finds "Ủy ban nhân dân quận 9"; directive symbols also match on
their letters and digits alone, so "26/NQ-TW" and "26-nq/tw" find 26-NQ/TW.
"""
from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from extract.abbreviations import expand
from extract.tables import load_table
from extract.text import search_key

from .entity_data import meeting_titles

NAME_PROPERTIES = "foaf:name skos:prefLabel skos:altLabel vnkg:symbol dcterms:title vnkg:fileName rdfs:label schema:name"

ENTRIES_QUERY = """
SELECT ?e ?c ?p ?name WHERE {
  VALUES ?c { foaf:Person org:Organization vnkg:Directive vnkg:Meeting vnkg:SourceDocument }
  ?e a ?c .
  OPTIONAL { VALUES ?p { %s } ?e ?p ?name }
}""" % NAME_PROPERTIES

MENTION_COUNT_QUERY = """
SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d vnkg:mentions ?e } GROUP BY ?e"""

KIND_OF_CLASS = {
    "http://xmlns.com/foaf/0.1/Person": "person",
    "http://www.w3.org/ns/org#Organization": "organisation",
    "https://w3id.org/vnkg/ont#Directive": "directive",
    "https://w3id.org/vnkg/ont#Meeting": "meeting",
    "https://w3id.org/vnkg/ont#SourceDocument": "document",
}
KIND_ORDER = list(KIND_OF_CLASS.values())
SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
# Which name a result shows, best first.
DISPLAY_ORDER = ["http://xmlns.com/foaf/0.1/name", "https://w3id.org/vnkg/ont#symbol",
                 "http://www.w3.org/2004/02/skos/core#prefLabel", "http://purl.org/dc/terms/title",
                 "https://schema.org/name", "http://www.w3.org/2000/01/rdf-schema#label",
                 "https://w3id.org/vnkg/ont#fileName", "http://www.w3.org/2004/02/skos/core#altLabel"]


def compact(text: str) -> str:
    """Letters and digits only, folded: the key of a directive symbol in any spelling."""
    return re.sub(r"[^0-9a-z]", "", search_key(text))


@lru_cache(maxsize=1)
def _folded_abbreviations() -> list[tuple[re.Pattern[str], str]]:
    table = load_table("abbreviations")
    pairs = {search_key(short): search_key(full) for short, full in table.items()}
    return [(re.compile(rf"(?<!\S){re.escape(short)}(?!\S)"), full)
            for short, full in sorted(pairs.items(), key=lambda kv: -len(kv[0]))]


def query_keys(query: str) -> list[str]:
    """The search keys of a query: as typed, and with its abbreviations written out
    (the table's capitalised keys, and their folded forms for lower-case typing)."""
    keys = [search_key(query), search_key(expand(query))]
    folded = keys[0]
    for pattern, full in _folded_abbreviations():
        folded = pattern.sub(full, folded)
    keys.append(folded)
    return list(dict.fromkeys(k for k in keys if k))


@dataclass
class Entry:
    iri: str
    kind: str
    label: str
    keys: list[str] = field(default_factory=list)
    compact_keys: list[str] = field(default_factory=list)
    documents: int = 0
    label_from: str = ""  # the property its label is the value of ("" when none)


@dataclass
class Hit:
    iri: str
    kind: str
    label: str
    score: float
    matched: str


def _in_order(asked: list[str], words: list[str], prefix: bool = False) -> bool:
    """Every asked word appears in `words` (or starts one, with `prefix`), in the same order."""
    remaining = iter(words)
    return all(any(w.startswith(a) if prefix else w == a for w in remaining) for a in asked)


def _score_key(key: str, query: str) -> float:
    """How well one entry key matches one query key (0: not at all)."""
    if key == query:
        return 100.0
    words, asked = key.split(), query.split()
    if key.startswith(query + " ") or key.startswith(query):
        return 80.0 if key.startswith(query + " ") else 70.0
    if _in_order(asked, words):
        return 60.0 + 20.0 * len(asked) / len(words)
    if not Counter(asked) - Counter(words):
        return 50.0 + 10.0 * len(asked) / len(words)
    if _in_order(asked, words, prefix=True):
        return 40.0 + 10.0 * len(asked) / len(words)
    if query in key:
        return 30.0
    return 0.0


# How many query words keep their matching entries at hand.
WORD_CACHE_SIZE = 4096


class SearchIndex:
    """The entries, and an index from each word of their keys to the entries
    having it, so a search scores only the entries that can match it."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._by_word: dict[str, set[int]] = {}
        self._by_compact: dict[str, set[int]] = {}
        for number, entry in enumerate(entries):
            for key in entry.keys:
                for word in key.split():
                    self._by_word.setdefault(word, set()).add(number)
            for key in entry.compact_keys:
                self._by_compact.setdefault(key, set()).add(number)
        self._vocabulary = list(self._by_word)
        self._word_cache: OrderedDict[str, frozenset[int]] = OrderedDict()
        self._lock = threading.Lock()

    def _entries_containing(self, asked: str) -> frozenset[int]:
        """Entries with a key word that contains `asked` (every way a key can
        match a query word: equal, a prefix, or inside it)."""
        with self._lock:
            found = self._word_cache.get(asked)
            if found is not None:
                self._word_cache.move_to_end(asked)
                return found
        found = frozenset().union(*(self._by_word[w] for w in self._vocabulary if asked in w))
        with self._lock:
            self._word_cache[asked] = found
            if len(self._word_cache) > WORD_CACHE_SIZE:
                self._word_cache.popitem(last=False)
        return found

    def candidates(self, keys: list[str], compact_query: str) -> list[int]:
        """Entries that can score above 0: every word of some query key is inside
        a word of theirs (a superset of the matches _score_key finds), or their
        compact key is the compact query."""
        found: set[int] = set()
        for key in keys:
            words = sorted(set(key.split()), key=len, reverse=True)
            if not words:
                continue
            common = set(self._entries_containing(words[0]))
            for word in words[1:]:
                if not common:
                    break
                common &= self._entries_containing(word)
            found |= common
        if compact_query and len(compact_query) >= 3:
            found |= self._by_compact.get(compact_query, set())
        return sorted(found)

    @classmethod
    def from_graph(cls, graph) -> "SearchIndex":
        by_iri: dict[str, Entry] = {}
        names: dict[str, dict[str, str]] = {}
        for row in graph.values(ENTRIES_QUERY):
            entry = by_iri.setdefault(row["e"], Entry(row["e"], KIND_OF_CLASS[row["c"]], ""))
            # Of two classes, the kind first in KIND_OF_CLASS, as entity pages choose.
            if KIND_ORDER.index(KIND_OF_CLASS[row["c"]]) < KIND_ORDER.index(entry.kind):
                entry.kind = KIND_OF_CLASS[row["c"]]
            names.setdefault(row["e"], {})
            if row["name"] is None:
                continue
            names[row["e"]].setdefault(row["p"], row["name"])
            key = search_key(row["name"])
            if key and key not in entry.keys:
                entry.keys.append(key)
            if entry.kind in ("directive", "document"):
                entry.compact_keys.append(compact(row["name"]))
                # "26-NQ/TW" is also the words "26 nq tw", so "nq tw" finds every such resolution.
                words = " ".join(re.findall(r"[0-9a-z]+", key))
                if words not in entry.keys:
                    entry.keys.append(words)
        for row in graph.values(MENTION_COUNT_QUERY):
            if row["e"] in by_iri:
                by_iri[row["e"]].documents = int(row["n"])
        titles = meeting_titles(graph, [iri for iri, e in by_iri.items() if e.kind == "meeting"])
        unnamed = graph.labels([iri for iri in by_iri if not names[iri]])
        for iri, entry in by_iri.items():
            found = names[iri]
            entry.label_from = next((p for p in DISPLAY_ORDER if p in found), "")
            entry.label = found[entry.label_from] if entry.label_from else unnamed.get(iri, iri)
            if entry.kind == "meeting":
                entry.label = titles[iri]
                entry.keys.append(search_key(entry.label))
        return cls(list(by_iri.values()))

    def search(self, query: str, limit: int = 50, kind: str | None = None) -> list[Hit]:
        """Entries matching `query`, best first (score, then documents naming them, then label)."""
        keys = query_keys(query)
        compact_query = compact(query)
        hits = []
        for number in self.candidates(keys, compact_query):
            entry = self.entries[number]
            if kind and entry.kind != kind:
                continue
            score, matched = 0.0, ""
            for key in entry.keys:
                for asked in keys:
                    s = _score_key(key, asked)
                    if s > score:
                        score, matched = s, key
            if compact_query and len(compact_query) >= 3 and compact_query in entry.compact_keys:
                score, matched = max(score, 100.0), compact_query
            if score:
                hits.append(Hit(entry.iri, entry.kind, entry.label, score + min(entry.documents, 10) * 0.5,
                                matched))
        hits.sort(key=lambda h: (-h.score, h.label))
        return hits[:limit]

    def known_kinds_and_labels(self) -> tuple[dict[str, str], dict[str, str]]:
        """Each entry's kind, and the labels that are what GraphReader.labels
        answers (a meeting's is its title, and skos:altLabel is no label there)."""
        kinds = {entry.iri: entry.kind for entry in self.entries}
        labels = {entry.iri: entry.label for entry in self.entries
                  if entry.kind != "meeting" and entry.label_from and entry.label_from != SKOS_ALT_LABEL}
        return kinds, labels

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for entry in self.entries:
            out[entry.kind] = out.get(entry.kind, 0) + 1
        return out

    def labels(self) -> list[dict[str, str]]:
        """Every entry's label and IRI (completion in the query editor)."""
        return [{"iri": e.iri, "label": e.label, "kind": e.kind} for e in self.entries]
