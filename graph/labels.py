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

from .iris import graph_prefix
from .namespaces import ORG, RDFS, SKOS

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
    by_lang: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (text, lang), graphs in spellings.items():
        by_lang[lang].append((-len(graphs), text))
    chosen = {}
    for lang, ranked in by_lang.items():
        ranked.sort()
        chosen[lang] = (ranked[0][1], sorted(text for _, text in ranked[1:]))
    return chosen


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
    for t in own_triples:
        if t.predicate == RDFS.label and t.subject.value in spellings and isinstance(t.object, ox.Literal):
            spellings[t.subject.value][(t.object.value, t.object.language or "")].add(own_graph or "")
    operations = [f"DELETE WHERE {{ GRAPH <{labels_graph}> {{ <{e}> ?p ?o }} }}" for e in entities]
    inserted = []
    for entity in entities:
        for lang, (preferred, others) in sorted(choose_labels(spellings[entity]).items()):
            inserted.append(f"<{entity}> <{SKOS.prefLabel.value}> {_literal(preferred, lang)} .")
            inserted += [f"<{entity}> <{SKOS.altLabel.value}> {_literal(o, lang)} ." for o in others]
    for i in range(0, len(inserted), INSERT_CHUNK):  # some servers refuse very long INSERT DATA
        operations.append(f"INSERT DATA {{ GRAPH <{labels_graph}> {{\n" + "\n".join(inserted[i:i + INSERT_CHUNK]) + "\n} }")
    return " ;\n".join(operations)


def skos_labelled_in(lookup: Lookup, graph: str) -> set[str]:
    """The organisations and roles a document graph labels (whose SKOS labels it feeds)."""
    rows = lookup(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{ ?e a ?type ; <{RDFS.label.value}> ?l }} "
                  f"VALUES ?type {{ <{ORG.Organization.value}> <{ORG.Role.value}> }} }}")
    return {r["e"] for r in rows}
