"""The one place where the viewer meets a store from `graph.store.open_store`:
queries answered as pyoxigraph results (solutions, a boolean, triples) whether
the store is embedded Oxigraph (asked directly) or a remote SPARQL endpoint
(asked over the SPARQL protocol, its answer parsed back into the same terms).
The union of all named graphs is the default graph, as in `vnkg query`."""
from __future__ import annotations

import io

import pyoxigraph as ox

_EMPTY = ox.Store()


def query_kind(sparql: str) -> str:
    """"select", "ask" or "graph" (CONSTRUCT/DESCRIBE); SyntaxError with the
    parser's message when `sparql` is not a query. Parsed by Oxigraph against
    an empty store, so every store reports syntax errors in the same words."""
    answer = _EMPTY.query(sparql)
    if isinstance(answer, ox.QueryBoolean):
        return "ask"
    return "select" if isinstance(answer, ox.QuerySolutions) else "graph"


def _dataset_options(default_graphs, named_graphs) -> dict:
    options = {"use_default_graph_as_union": not default_graphs}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    return options


class StoreQueries:
    """Read-only queries on `store`; results are pyoxigraph objects either way."""

    def __init__(self, store):
        self.store = store
        self.embedded = hasattr(store, "ox")

    @property
    def location(self) -> str | None:
        """What another process opens to reach the same data (None for a store in memory)."""
        if self.embedded:
            path = getattr(self.store, "path", None)
            return str(path) if path is not None else None
        return getattr(self.store, "url", None)

    def query(self, sparql: str, default_graphs=(), named_graphs=()):
        """QuerySolutions, QueryBoolean or an iterable of Triple, as Store.query answers."""
        if self.embedded:
            return self.store.ox.query(sparql, **_dataset_options(default_graphs, named_graphs))
        kind = query_kind(sparql)
        dataset = {"default_graphs": list(default_graphs), "named_graphs": list(named_graphs)} \
            if default_graphs or named_graphs else {}
        if kind == "graph":
            data = self.store.raw_query(sparql, "ntriples", **dataset)
            return [ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(io.BytesIO(data), format=ox.RdfFormat.N_TRIPLES)]
        data = self.store.raw_query(sparql, "json", **dataset)
        return ox.parse_query_results(io.BytesIO(data), format=ox.QueryResultsFormat.JSON)
