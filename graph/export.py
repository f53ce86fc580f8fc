"""Export the whole graph: Turtle, TriG, N-Quads, JSON-LD, or GraphML of the
people-and-bodies network (graph.analytics) for Gephi."""
from __future__ import annotations

import io
import json
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox

from .analytics import people_and_bodies
from .namespaces import PREFIXES
from .store import BaseStore

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}


def export_store(store: BaseStore, fmt: str, binary_file: BinaryIO) -> None:
    if fmt == "graphml":
        nx.write_graphml(people_and_bodies(store), binary_file, encoding="utf-8")
        return
    quads = store.quads()
    if fmt == "ttl":
        # Turtle has no graphs: the union, each triple once.
        triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
        ox.serialize(triples, binary_file, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    elif fmt == "trig":
        ox.serialize(quads, binary_file, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    elif fmt == "nq":
        ox.serialize(quads, binary_file, format=ox.RdfFormat.N_QUADS)
    elif fmt == "jsonld":
        binary_file.write(json.dumps(_jsonld(quads), ensure_ascii=False, indent=1).encode("utf-8"))
    else:
        raise ValueError(f"unknown export format {fmt!r}")


def _jsonld(quads: list[ox.Quad]) -> list[dict]:
    """Expanded JSON-LD, one entry per named graph (rdflib's serializer, fed N-Quads)."""
    import rdflib

    dataset = rdflib.Dataset()
    buffer = io.BytesIO()
    ox.serialize(quads, buffer, format=ox.RdfFormat.N_QUADS)
    dataset.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
    return json.loads(dataset.serialize(format="json-ld"))


def load_export(store: BaseStore, data: bytes, fmt: str) -> None:
    """Read a TriG or N-Quads export into `store` (the round trip of export_store)."""
    store.load_quads(ox.parse(io.BytesIO(data), format=RDF_FORMATS[fmt]))
