"""What runs inside one /sparql worker process: open the store read-only, then
answer queries sent over a pipe, one at a time, with materialised results cut
at the row cap. The parent kills the process when a query runs too long."""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field

import pyoxigraph as ox


@dataclass
class QueryResult:
    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # SELECT: terms (or None) per variable
    triples: list = field(default_factory=list)     # CONSTRUCT / DESCRIBE
    boolean: bool = False
    truncated: bool = False


def evaluate(queries, sparql: str, default_graphs: list[str], named_graphs: list[str],
             row_cap: int) -> QueryResult:
    """Run `sparql` through a StoreQueries and keep at most `row_cap` rows or triples."""
    answer = queries.query(sparql, default_graphs, named_graphs)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        result = QueryResult("select", variables=variables)
        for solution in answer:
            if len(result.rows) >= row_cap:
                result.truncated = True
                break
            result.rows.append([solution[v] for v in variables])
        return result
    result = QueryResult("graph")
    for triple in answer:
        if len(result.triples) >= row_cap:
            result.truncated = True
            break
        result.triples.append(triple)
    return result


def exit_with_parent(parent: int, every_seconds: float = 1.0) -> None:
    """End this process once `parent` is gone (killed servers leave no
    worker behind, still busy with a query). pyoxigraph releases the GIL while
    it evaluates, so this thread runs during a query."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every_seconds)
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def serve_queries(connection, location: str, row_cap: int, parent: int | None = None) -> None:
    """The worker's main loop. Sends ("ready", None) once the store is open (or
    ("failed", reason)), then answers each (query, default graphs, named graphs)
    with ("ok", QueryResult), ("syntax", message), ("bad", message) or ("store", message)."""
    from graph.store import StoreError, open_store

    from .store_access import StoreQueries

    exit_with_parent(parent or os.getppid())
    try:
        store = open_store(location, read_only=True)
    except (StoreError, OSError) as exc:
        connection.send(("failed", str(exc)))
        return
    queries = StoreQueries(store)
    connection.send(("ready", None))
    while True:
        try:
            sparql, default_graphs, named_graphs = connection.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", evaluate(queries, sparql, default_graphs, named_graphs, row_cap))
        except SyntaxError as exc:
            reply = ("syntax", str(exc))
        except ValueError as exc:  # a bad graph IRI in the dataset parameters
            reply = ("bad", str(exc))
        except (StoreError, OSError) as exc:
            reply = ("store", str(exc))
        connection.send(reply)
