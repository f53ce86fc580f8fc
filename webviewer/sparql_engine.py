"""Runs one read-only SPARQL query against the store within a time limit and
a row cap, and hands back materialised results."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

import pyoxigraph as ox


class QueryTimeout(Exception):
    """The query ran past the configured time limit."""


@dataclass
class QueryResult:
    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # SELECT: terms (or None) per variable
    triples: list = field(default_factory=list)     # CONSTRUCT / DESCRIBE
    boolean: bool = False
    truncated: bool = False


class QueryRunner:
    """Executes queries on worker threads so a slow one can be abandoned.

    Oxigraph evaluates lazily; the worker checks the deadline and a cancel
    flag between rows, so an abandoned query stops at its next row.
    """

    def __init__(self, store, timeout_seconds: float, row_cap: int, workers: int = 2):
        self.store = store
        self.timeout_seconds = timeout_seconds
        self.row_cap = row_cap
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sparql")

    def run(self, query: str, default_graphs: list[str] = (), named_graphs: list[str] = ()) -> QueryResult:
        """Parse and run `query`; SyntaxError carries the parser's message."""
        cancel = threading.Event()
        deadline = time.monotonic() + self.timeout_seconds
        future = self.pool.submit(self._evaluate, query, list(default_graphs), list(named_graphs),
                                  cancel, deadline)
        try:
            return future.result(timeout=self.timeout_seconds)
        except FutureTimeout:
            cancel.set()
            raise QueryTimeout(f"the query ran longer than {self.timeout_seconds:g} s") from None

    def _evaluate(self, query, default_graphs, named_graphs, cancel, deadline) -> QueryResult:
        options = {"use_default_graph_as_union": not default_graphs}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        answer = self.store.ox.query(query, **options)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            result = QueryResult("select", variables=variables)
            for solution in answer:
                if self._stop(result.rows, result, cancel, deadline):
                    break
                result.rows.append([solution[v] for v in variables])
            return result
        result = QueryResult("graph")
        for triple in answer:
            if self._stop(result.triples, result, cancel, deadline):
                break
            result.triples.append(triple)
        return result

    def _stop(self, collected: list, result: QueryResult, cancel, deadline) -> bool:
        if cancel.is_set() or time.monotonic() > deadline:
            raise QueryTimeout("the query ran past its time limit")
        if len(collected) >= self.row_cap:
            result.truncated = True
            return True
        return False
