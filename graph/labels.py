"""Human labels for graph nodes, and the one preferred SKOS label per language.

Each document graph gives its entities an `rdfs:label` as that document words
them. Organisations and roles are SKOS-labelled too, and SKOS allows one
`skos:prefLabel` per language (integrity condition S14) while several
documents may spell one body differently; so their `skos:prefLabel` and
`skos:altLabel` live in one shared labels graph, recomputed for the entities a
document names in the same update that replaces the document's graph. The
choice depends only on which documents are built, never on their order.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Iterable

import pyoxigraph as ox

from extract.tables import load_table
from extract.text import fold, normalise

from .iris import graph_prefix, organisation
from .namespaces import CONCEPTS, ORG, RDFS, SKOS

INSERT_CHUNK = 200
Lookup = Callable[[str], list[dict[str, str]]]


@lru_cache(maxsize=1)
def _doubled_unit() -> re.Pattern:
    """A unit word written twice in a row ("quận quận", "thị xã Thị xã"), on folded text."""
    words = sorted((fold(w) for w in load_table("organisation_scope")["unit_words"]), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)({alternatives})\s+(?=\1(?!\w))")


def collapse_doubled_units(name: str) -> str:
    """"Hội đồng nhân dân quận quận Hai Bà Trưng" → "Hội đồng nhân dân quận Hai Bà Trưng".

    The later word is kept: it is the place's own spelling ("quận Quận 9" → "Quận 9")."""
    folded = fold(name)  # same length as name, so match offsets slice the original
    out, last = [], 0
    for m in _doubled_unit().finditer(folded):
        out.append(name[last:m.start()])
        last = m.end()
    out.append(name[last:])
    return "".join(out)


def body_full_name(name: str, place: str | None) -> str:
    """A body's name with the place it belongs to when the name does not say it:
    "Quận ủy" in a Quận 9 document → "Quận ủy Quận 9"."""
    name = " ".join(normalise(name).split())
    full = f"{name} {' '.join(normalise(place).split())}" if place else name
    return collapse_doubled_units(full)


def meeting_labels(kind: str, number: int | None, body: str | None, term: str | None,
                   period: str | None) -> dict[str, str]:
    """{"vi": "Hội nghị lần thứ 6 Ban Chấp hành Trung ương (khóa XII)", "en": "Conference no. 6 of ..."}."""
    table = load_table("graph_labels")
    words = table["meeting_kinds"].get(kind) or {"vi": kind.replace("-", " "), "en": kind.replace("-", " ")}
    labels = {}
    for lang in ("vi", "en"):
        parts = [words[lang]]
        if number is not None:
            parts.append(table["meeting_number"][lang].format(number=number))
        if body:
            parts.append(table["meeting_body"][lang].format(body=body))
        if term:
            parts.append(table["meeting_term"][lang].format(term=term))
        elif period:
            parts.append(table["meeting_period"][lang].format(period=period))
        labels[lang] = " ".join(parts)
    return labels


def choose_labels(spellings: dict[tuple[str, str], set[str]]) -> dict[str, tuple[str, list[str]]]:
    """Per language: the preferred spelling and the others, from
    {(spelling, language): the graphs that write it}. The spelling most
    documents use wins; ties go to the first in code-point order."""
    return choose_counted({key: len(graphs) for key, graphs in spellings.items()})


def _literal(text: str, lang: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def refresh_update(lookup: Lookup, labels_graph: str, entities: Iterable[str],
                   own_graph: str | None = None, own_triples: Iterable[ox.Triple] = ()) -> str:
    """The SPARQL Update that rewrites the SKOS labels of `entities` in the
    labels graph from every document graph's rdfs:label: the store's, except
    `own_graph`, plus `own_triples` (that graph's new content)."""
    entities = sorted(set(entities))
    if not entities:
        return ""
    spellings: dict[str, dict[tuple[str, str], set[str]]] = {e: defaultdict(set) for e in entities}
    for chunk in (entities[i:i + 200] for i in range(0, len(entities), 200)):
        values = " ".join(f"<{e}>" for e in chunk)
        own_filter = f" && ?g != <{own_graph}>" if own_graph else ""
        rows = lookup(f"SELECT ?e ?l (LANG(?l) AS ?lang) ?g WHERE {{ VALUES ?e {{ {values} }} "
                      f"GRAPH ?g {{ ?e <{RDFS.label.value}> ?l }} "
                      f"FILTER(STRSTARTS(STR(?g), \"{graph_prefix()}\"){own_filter}) }}")
        for row in rows:
            spellings[row["e"]][(row["l"], row.get("lang", ""))].add(row["g"])
    for entity, keys in graph_spellings(own_triples, set(spellings)).items():
        for key in keys:
            spellings[entity][key].add(own_graph or "")
    return labels_update(labels_graph, {e: choose_labels(spellings[e]) for e in entities})


class LabelTally:
    """How many document graphs write each spelling of each SKOS-labelled
    entity, kept in memory through one build so that writing a document costs
    the entities it names, not the documents that name them too.

    An entity's counts are read from the store the first time a document of
    this build names it (before that document is written); afterwards they
    are updated as documents are written. `update` returns the SPARQL Update
    for the entities whose preferred or alternative labels changed only."""

    def __init__(self, lookup: Lookup, labels_graph: str):
        self.lookup = lookup
        self.labels_graph = labels_graph
        self.counts: dict[str, dict[tuple[str, str], int]] = {}
        self.chosen: dict[str, dict[str, tuple[str, list[str]]]] = {}

    def _load(self, entities: list[str]) -> None:
        missing = sorted(e for e in set(entities) if e not in self.counts)
        for chunk in (missing[i:i + 200] for i in range(0, len(missing), 200)):
            values = " ".join(f"<{e}>" for e in chunk)
            rows = self.lookup(f"SELECT ?e ?l (LANG(?l) AS ?lang) (COUNT(DISTINCT ?g) AS ?n) WHERE {{ "
                               f"VALUES ?e {{ {values} }} GRAPH ?g {{ ?e <{RDFS.label.value}> ?l }} "
                               f"FILTER(STRSTARTS(STR(?g), \"{graph_prefix()}\")) }} GROUP BY ?e ?l")
            for e in chunk:
                self.counts[e] = defaultdict(int)
            for row in rows:
                self.counts[row["e"]][(row["l"], row.get("lang", ""))] += int(row["n"])
            for e in chunk:
                self.chosen[e] = self._choice(e)

    def _choice(self, entity: str) -> dict[str, tuple[str, list[str]]]:
        return choose_counted({k: n for k, n in self.counts[entity].items() if n > 0})

    def update(self, removed: dict[str, set[tuple[str, str]]], added: dict[str, set[tuple[str, str]]]) -> str:
        """One graph's labels change from `removed` to `added` ({entity: {(text, lang)}}):
        the SPARQL Update that brings the labels graph up to date."""
        entities = sorted(set(removed) | set(added))
        self._load(entities)
        for entity, spellings in removed.items():
            for key in spellings:
                self.counts[entity][key] -= 1
        for entity, spellings in added.items():
            for key in spellings:
                self.counts[entity][key] += 1
        changed = []
        for entity in entities:
            choice = self._choice(entity)
            if choice != self.chosen.get(entity):
                changed.append(entity)
            self.chosen[entity] = choice
        return labels_update(self.labels_graph, {e: self.chosen[e] for e in changed})

def choose_counted(counts: dict[tuple[str, str], int]) -> dict[str, tuple[str, list[str]]]:
    """choose_labels over {(spelling, language): number of graphs that write it}."""
    by_lang: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (text, lang), n in counts.items():
        by_lang[lang].append((-n, text))
    chosen = {}
    for lang, ranked in by_lang.items():
        ranked.sort()
        chosen[lang] = (ranked[0][1], sorted(text for _, text in ranked[1:]))
    return chosen


def labels_update(labels_graph: str, choices: dict[str, dict[str, tuple[str, list[str]]]]) -> str:
    """The SPARQL Update that rewrites the SKOS labels of the entities in `choices`."""
    if not choices:
        return ""
    operations = [f"DELETE WHERE {{ GRAPH <{labels_graph}> {{ <{e}> ?p ?o }} }}" for e in sorted(choices)]
    inserted = []
    for entity in sorted(choices):
        for lang, (preferred, others) in sorted(choices[entity].items()):
            inserted.append(f"<{entity}> <{SKOS.prefLabel.value}> {_literal(preferred, lang)} .")
            inserted += [f"<{entity}> <{SKOS.altLabel.value}> {_literal(o, lang)} ." for o in others]
    for i in range(0, len(inserted), INSERT_CHUNK):  # some servers refuse very long INSERT DATA
        operations.append(f"INSERT DATA {{ GRAPH <{labels_graph}> {{\n" + "\n".join(inserted[i:i + INSERT_CHUNK]) + "\n} }")
    return " ;\n".join(operations)


def graph_spellings(triples: Iterable[ox.Triple], entities: set[str]) -> dict[str, set[tuple[str, str]]]:
    """{entity: {(rdfs:label text, language)}} of `entities` in one graph's triples."""
    out: dict[str, set[tuple[str, str]]] = {e: set() for e in entities}
    for t in triples:
        if t.predicate == RDFS.label and t.subject.value in out and isinstance(t.object, ox.Literal):
            out[t.subject.value].add((t.object.value, t.object.language or ""))
    return out


def stored_spellings(lookup: Lookup, graph: str) -> dict[str, set[tuple[str, str]]]:
    """The same, for the organisations and roles a stored document graph labels
    (known by their IRIs: the graph is read alone, never joined with the store)."""
    rows = lookup(f"SELECT DISTINCT ?e ?l (LANG(?l) AS ?lang) WHERE {{ GRAPH <{graph}> {{ "
                  f"?e <{RDFS.label.value}> ?l }} }}")
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in rows:
        if is_skos_labelled(row["e"]):
            out[row["e"]].add((row["l"], row.get("lang", "")))
    return dict(out)


def is_skos_labelled(node: str) -> bool:
    """An organisation or a role: the nodes whose SKOS labels are chosen across documents."""
    return node.startswith((organisation(""), CONCEPTS + "role/"))


def skos_labelled_in(lookup: Lookup, graph: str) -> set[str]:
    """The organisations and roles a document graph labels (whose SKOS labels it feeds)."""
    rows = lookup(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{ ?e <{RDFS.label.value}> ?l }} ?e a ?type "
                  f"VALUES ?type {{ <{ORG.Organization.value}> <{ORG.Role.value}> }} }}")
    return {r["e"] for r in rows}
