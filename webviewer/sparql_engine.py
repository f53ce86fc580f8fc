"""Runs one read-only /sparql query within the endpoint's limits: at most
`max_concurrent` queries admitted at once, each evaluated in a worker process
(webviewer.query_pool) that is killed when the query passes its time limit,
results cut at the row cap."""
from __future__ import annotations

import threading

from .query_pool import WorkerLost, WorkerPool, WorkerUnavailable
from .query_worker import QueryResult
from .sparql_guard import refuse_federation

__all__ = ["QueryResult", "QueryRunner", "QueryTimeout", "QueryRefused", "QueryFailed"]


class QueryTimeout(Exception):
    """The query ran past the time limit; its worker was stopped."""


class QueryRefused(Exception):
    """The endpoint could not take the query now (too many at once, workers busy, store unavailable)."""


class QueryFailed(Exception):
    """The store could not answer (a remote server's error, a lost worker)."""


class QueryRunner:
    def __init__(self, location: str | None, timeout_seconds: float, row_cap: int,
                 workers: int = 2, max_concurrent: int = 4, queue_seconds: float = 5.0):
        self.location = location
        self.timeout_seconds = timeout_seconds
        self.row_cap = row_cap
        self.max_concurrent = max_concurrent
        self.queue_seconds = queue_seconds
        self.pool = WorkerPool(location, workers, row_cap) if location else None
        self._lock = threading.Lock()
        self._admitted = 0

    @property
    def admitted(self) -> int:
        """How many queries are running or waiting for a worker now."""
        return self._admitted

    def _admit(self) -> bool:
        with self._lock:
            if self._admitted >= self.max_concurrent:
                return False
            self._admitted += 1
            return True

    def _leave(self) -> None:
        with self._lock:
            self._admitted -= 1

    def run(self, query: str, default_graphs: list[str] = (), named_graphs: list[str] = ()) -> QueryResult:
        """The query's result; SyntaxError and ValueError (a bad dataset IRI)
        carry the parser's message, the other outcomes the exceptions above;
        a federated query is refused with a ValueError before any worker sees it."""
        refuse_federation(query)
        if self.pool is None:
            raise QueryRefused("the SPARQL endpoint needs a store in a directory or at a URL, "
                               "not one in memory")
        if not self._admit():
            raise QueryRefused(f"too many queries at once (at most {self.max_concurrent} run or wait)")
        try:
            try:
                worker = self.pool.acquire(self.queue_seconds)
            except WorkerUnavailable as exc:
                raise QueryRefused(str(exc)) from None
            try:
                reply = self.pool.ask(worker, (query, list(default_graphs), list(named_graphs)),
                                      self.timeout_seconds)
            except WorkerLost as exc:
                raise QueryFailed(str(exc)) from None
            if reply is None:
                raise QueryTimeout(f"the query ran longer than the limit of {self.timeout_seconds:g} s")
            self.pool.release(worker)
        finally:
            self._leave()
        status, payload = reply
        if status == "ok":
            return payload
        if status == "syntax":
            raise SyntaxError(payload)
        if status == "bad":
            raise ValueError(payload)
        raise QueryFailed(payload)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
