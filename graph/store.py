"""The triple stores: embedded Oxigraph in a directory, or a remote SPARQL 1.1
endpoint (graph.remote). Both expose the same interface (`BaseStore`); the
union of all named graphs is the default graph for queries, so the
competency questions run as written.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pyoxigraph as ox

from .iris import graph_prefix, iri, labels_graph
from .namespaces import ONTOLOGY_GRAPH

DEFAULT_STORE = "data/store"
INSERT_CHUNK = 5000  # triples per INSERT DATA block; keeps each request a sane size


class StoreError(Exception):
    """A user-facing problem with a store (wrong path, locked, unreachable)."""


def default_location() -> str:
    return os.environ.get("VNKG_STORE") or DEFAULT_STORE


def _ntriples_block(triples) -> str:
    # ox.serialize, not str(term): str() writes Turtle shorthand ("616") that
    # loses datatypes such as xsd:nonNegativeInteger.
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _ours(var: str) -> str:
    """A SPARQL condition: `var` is a graph vnkg wrote (a document's, the labels, the
    entities (graph.entities), the ontology)."""
    return (f"STRSTARTS(STR({var}), \"{graph_prefix()}\") || {var} = <{labels_graph()}> "
            f"|| {var} = <{iri('entities')}> || {var} = <{ONTOLOGY_GRAPH}>")


class BaseStore:
    """What every store does, written once over SPARQL: subclasses provide
    `raw_query`, `update`, and may override the bulk operations."""

    name = "store"
    insert_chunk = INSERT_CHUNK

    # -- to implement
    def raw_query(self, sparql: str, result_format: str) -> bytes:
        """Run a query; results as 'json' | 'csv' | 'tsv' (SELECT/ASK) or 'turtle' (CONSTRUCT)."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    # -- built on them
    def select(self, sparql: str) -> list[dict[str, str]]:
        """SELECT rows as {variable: lexical value}; ASK as [{}] or []."""
        result = json.loads(self.raw_query(sparql, "json"))
        if "boolean" in result:
            return [{}] if result["boolean"] else []
        return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]

    def replace_graph(self, graph: str, triples, extra_update: str = "") -> None:
        """Swap one named graph's content in a single SPARQL Update request."""
        triples = list(triples)
        blocks = [f"DROP SILENT GRAPH <{graph}>"]
        for i in range(0, len(triples), self.insert_chunk):
            blocks.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{_ntriples_block(triples[i:i + self.insert_chunk])}\n}} }}")
        if extra_update:
            blocks.append(extra_update)
        self.update(" ;\n".join(blocks))

    def remove_graph(self, graph: str, extra_update: str = "") -> None:
        """Drop one named graph, and run `extra_update` in the same request."""
        self.update(f"DROP SILENT GRAPH <{graph}>" + (f" ;\n{extra_update}" if extra_update else ""))

    def our_graphs(self) -> list[str]:
        """The named graphs vnkg wrote: every document graph, the labels graph and the ontology graph."""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({_ours('?g')}) }}")
        return sorted(r["g"] for r in rows)

    def quads(self) -> list[ox.Quad]:
        """Every quad of vnkg's graphs."""
        out: list[ox.Quad] = []
        for graph in self.our_graphs():
            data = self.raw_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", "ntriples")
            g = ox.NamedNode(graph)
            out += [ox.Quad(t.subject, t.predicate, t.object, g)
                    for t in ox.parse(io.BytesIO(data), format=ox.RdfFormat.N_TRIPLES)]
        return out

    def count(self) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({_ours('?g')}) }}")
        return int(rows[0]["n"]) if rows else 0

    def load_quads(self, quads) -> None:
        """Add quads (e.g. an export read back) graph by graph."""
        by_graph: dict[str, list] = {}
        for q in quads:
            if isinstance(q.graph_name, ox.NamedNode):
                by_graph.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
        for graph, triples in by_graph.items():
            for i in range(0, len(triples), self.insert_chunk):
                self.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{_ntriples_block(triples[i:i + self.insert_chunk])}\n}} }}")

    def close(self) -> None:
        pass

    def __len__(self) -> int:
        return self.count()


_OX_RESULTS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
               "tsv": ox.QueryResultsFormat.TSV}
_OX_RDF = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}


class OxigraphStore(BaseStore):
    """An Oxigraph store in a directory (created if missing); in memory when path is None."""

    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.name = str(self.path) if self.path else "(memory)"
        try:
            if self.path is None:
                self.ox = ox.Store()
            elif read_only:
                if not self.path.is_dir():
                    raise StoreError(f"{self.path}: no store here (run `vnkg build` first)")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as exc:
            reason = str(exc)
            if "lock" in reason.lower():
                reason = "the store is in use by another vnkg process"
            raise StoreError(f"{self.path}: cannot open the store ({reason})") from None

    def raw_query(self, sparql: str, result_format: str) -> bytes:
        result = self.ox.query(sparql, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryTriples):
            return result.serialize(format=_OX_RDF.get(result_format, ox.RdfFormat.TURTLE))
        return result.serialize(format=_OX_RESULTS.get(result_format, ox.QueryResultsFormat.JSON))

    def update(self, sparql: str) -> None:
        # One update call is one transaction in Oxigraph: a replaced graph is
        # never seen half-written.
        self.ox.update(sparql)

    def quads(self) -> list[ox.Quad]:
        graphs = {ox.NamedNode(g) for g in self.our_graphs()}
        return [q for q in self.ox if q.graph_name in graphs]

    def close(self) -> None:
        if self.path is not None and hasattr(self.ox, "flush"):
            try:
                self.ox.flush()
            except OSError:
                pass


def open_store(location: str | None = None, read_only: bool = False) -> BaseStore:
    """Open the store at `location`: a directory (embedded) or an http(s) URL (remote)."""
    location = location or default_location()
    if location.startswith(("http://", "https://")):
        from .remote import RemoteStore
        return RemoteStore(location)
    return OxigraphStore(location, read_only=read_only)
