"""A bounded, thread-safe LRU cache of whole responses (entity pages, search,
network, GET /sparql), keyed by path with its query string, interface
language and Accept header.

Correct because the viewer opens its store read-only: the same request has
the same answer until the viewer reopens the store after a rebuild
(webviewer/reload.py), which empties the cache. Only 200 answers are kept,
and never their cookies.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from flask import Flask, Response, g, request

# Endpoints whose GET answers depend only on the request key above.
CACHED_ENDPOINTS = frozenset({
    "entities.by_path", "entities.by_iri", "entities.trace_page",
    "pages.home", "pages.search", "pages.search_json", "pages.vocabulary",
    "network.page", "network.table", "network.data", "sparql.endpoint",
})
# Headers a view sets that belong to the answer itself; the others (security
# headers, the language cookie) are added again by the app's hooks.
KEPT_HEADERS = ("Content-Type", "Vary", "X-VNKG-Truncated", "Content-Disposition")


@dataclass(frozen=True)
class CachedAnswer:
    body: bytes
    headers: tuple[tuple[str, str], ...]


class ResponseCache:
    """At most `max_entries` answers of at most `max_bytes` in all, least recently used out first."""

    def __init__(self, max_entries: int, max_bytes: int):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self._answers: OrderedDict[tuple, CachedAnswer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        # Bumped by clear(): an answer computed before it is not kept after it.
        self.generation = 0

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: tuple) -> CachedAnswer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._answers.move_to_end(key)
            self.hits += 1
            return answer

    def clear(self) -> None:
        """Forget every answer (the store has changed)."""
        with self._lock:
            self._answers.clear()
            self._bytes = 0
            self.generation += 1

    def put(self, key: tuple, answer: CachedAnswer, generation: int | None = None) -> None:
        """Keep `answer`, unless it was computed before the last clear (`generation`)."""
        size = len(answer.body)
        # One answer larger than an eighth of the budget would push out many small ones.
        if self.max_entries <= 0 or size > self.max_bytes // 8:
            return
        with self._lock:
            if generation is not None and generation != self.generation:
                return
            old = self._answers.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._answers[key] = answer
            self._bytes += size
            while len(self._answers) > self.max_entries or self._bytes > self.max_bytes:
                _, evicted = self._answers.popitem(last=False)
                self._bytes -= len(evicted.body)


def request_key() -> tuple:
    return (request.full_path, getattr(g, "lang", ""), request.headers.get("Accept", ""))


def _cacheable_request() -> bool:
    return request.method == "GET" and request.endpoint in CACHED_ENDPOINTS


def install_response_cache(app: Flask, cache: ResponseCache) -> None:
    """Answer repeated GETs of CACHED_ENDPOINTS from `cache`. Registered after
    the language hook, so the key holds the language chosen for the request."""

    @app.before_request
    def answer_from_cache():
        if not _cacheable_request():
            return None
        g.cache_generation = cache.generation
        answer = cache.get(request_key())
        if answer is None:
            return None
        response = Response(answer.body)
        for name, value in answer.headers:
            response.headers[name] = value
        response.headers["X-VNKG-Cache"] = "hit"
        return response

    @app.after_request
    def keep_in_cache(response: Response) -> Response:
        if (_cacheable_request() and response.status_code == 200 and not response.direct_passthrough
                and "X-VNKG-Cache" not in response.headers):
            headers = tuple((name, response.headers[name]) for name in KEPT_HEADERS if name in response.headers)
            cache.put(request_key(), CachedAnswer(response.get_data(), headers), g.get("cache_generation"))
        return response
