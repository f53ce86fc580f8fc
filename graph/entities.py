"""The entities graph: each fact about a shared entity stored once.

Many documents name the same person, body, role or directive and state the
same facts about it (its type, name, symbol, parent body). Stored in every
document's graph, each such fact would appear once per document in the union
default graph, and the competency questions would join every copy with every
other (a person named in 100 documents: 100 × 100 × 100 rows before
DISTINCT). So those facts live once in one entities graph, and each document
graph holds a claim per entity it describes: `vnkg:about` the entity and
`vnkg:claimedFacts`, the N-Triples of what it states. A claim is a literal on
purpose: the facts in it are not asserted twice.

Adding a document adds its facts (a no-op for facts already there).
Replacing or removing one drops the facts it no longer states that no other
document's claim states, in the same update as the document graph.
"""
from __future__ import annotations

import io
from typing import Callable, Iterable

import pyoxigraph as ox

from . import iris
from .namespaces import VNKG

Lookup = Callable[[str], list[dict[str, str]]]
CHUNK = 200  # entities per VALUES block, triples per INSERT/DELETE DATA block


def entities_graph() -> str:
    """The graph of shared-entity facts."""
    return iris.iri("entities")


def ntriples(triples: Iterable[ox.Triple]) -> str:
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def parse_facts(text: str) -> list[ox.Triple]:
    return list(ox.parse(io.BytesIO(text.encode("utf-8")), format=ox.RdfFormat.N_TRIPLES))


def claim_triples(doc_slug: str, facts: dict[str, list[ox.Triple]]) -> list[ox.Triple]:
    """One claim node a described entity, in the document's graph."""
    out = []
    for index, (entity, stated) in enumerate(sorted(facts.items()), start=1):
        claim = ox.NamedNode(iris.in_document("claim", doc_slug, index))
        out.append(ox.Triple(claim, VNKG.about, ox.NamedNode(entity)))
        out.append(ox.Triple(claim, VNKG.claimedFacts, ox.Literal(ntriples(dict.fromkeys(stated)))))
    return out


def stored_claims(lookup: Lookup, graph: str) -> dict[str, set[ox.Triple]]:
    """{entity: facts} that a stored document graph claims."""
    rows = lookup(f"SELECT ?e ?facts WHERE {{ GRAPH <{graph}> {{ ?c <{VNKG.about.value}> ?e ; "
                  f"<{VNKG.claimedFacts.value}> ?facts }} }}")
    out: dict[str, set[ox.Triple]] = {}
    for row in rows:
        out.setdefault(row["e"], set()).update(parse_facts(row["facts"]))
    return out


def claimed_elsewhere(lookup: Lookup, entities: Iterable[str], graph: str) -> dict[str, set[ox.Triple]]:
    """{entity: facts} that document graphs other than `graph` claim about `entities`."""
    entities = sorted(set(entities))
    out: dict[str, set[ox.Triple]] = {e: set() for e in entities}
    for chunk in (entities[i:i + CHUNK] for i in range(0, len(entities), CHUNK)):
        values = " ".join(f"<{e}>" for e in chunk)
        rows = lookup(f"SELECT ?e ?facts WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?c <{VNKG.about.value}> ?e ; "
                      f"<{VNKG.claimedFacts.value}> ?facts }} FILTER(?g != <{graph}>) }}")
        for row in rows:
            out[row["e"]].update(parse_facts(row["facts"]))
    return out


def facts_update(lookup: Lookup, graph: str, new_facts: dict[str, list[ox.Triple]],
                 replaces: bool = True, present: set[ox.Triple] | None = None) -> str:
    """The SPARQL Update that brings the entities graph up to date when
    `graph` now claims `new_facts` (empty: the graph is removed).
    `replaces=False` when the store is known not to hold `graph` yet;
    `present`, kept by the caller across calls, holds facts known to be
    stored already (they are not written again) and is kept up to date."""
    new = {t for stated in new_facts.values() for t in stated}
    dropped: set[ox.Triple] = set()
    if replaces:
        for entity, old in stored_claims(lookup, graph).items():
            dropped |= old - new
    if dropped:
        still = claimed_elsewhere(lookup, {t.subject.value for t in dropped}, graph)
        dropped = {t for t in dropped if t not in still[t.subject.value]}
    added = new
    if present is not None:
        present -= dropped
        added = new - present
        present |= added
    target = entities_graph()
    operations = []
    for verb, triples in (("DELETE DATA", dropped), ("INSERT DATA", added)):
        ordered = sorted(triples, key=str)
        for i in range(0, len(ordered), CHUNK * 10):
            operations.append(f"{verb} {{ GRAPH <{target}> {{\n{ntriples(ordered[i:i + CHUNK * 10])}}} }}")
    return " ;\n".join(operations)
