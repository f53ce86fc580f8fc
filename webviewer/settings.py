"""Default settings of the viewer; `create_app(config=...)` or VNKG_* environment variables override them."""
from __future__ import annotations

import os

DEFAULTS = {
    # SPARQL endpoint limits: a query running longer is answered 503, and
    # results beyond the cap are cut (the response says so in a header).
    "SPARQL_TIMEOUT_SECONDS": 10.0,
    "SPARQL_ROW_CAP": 10000,
    # Queries run in this many worker processes (a query past its time limit
    # has its process killed and replaced). At most SPARQL_MAX_CONCURRENT
    # queries run or wait at once, a waiting one for SPARQL_QUEUE_SECONDS at
    # most; beyond either the answer is 503 with Retry-After.
    "SPARQL_WORKERS": 2,
    "SPARQL_MAX_CONCURRENT": 8,
    "SPARQL_QUEUE_SECONDS": 5.0,
    # The largest request body (and GET query text) /sparql reads: 413 beyond.
    "SPARQL_MAX_BODY_BYTES": 128 * 1024,
    # Entity IRIs under this base dereference at /id/<rest> (the graph's data
    # base, $VNKG_BASE; see docs/ontology.md).
    "ENTITY_BASE": None,
    # The network view draws at most this many nodes and says when it stops.
    "NETWORK_NODE_CAP": 120,
    "SEARCH_RESULT_LIMIT": 50,
    # Whole answers kept for repeated requests (the store is read-only while
    # served): at most this many, of at most this many bytes in all; 0 turns it off.
    "RESPONSE_CACHE_ENTRIES": 5000,
    "RESPONSE_CACHE_BYTES": 128 * 1024 * 1024,
    "DEFAULT_LANGUAGE": "vi",
    # Entity pages computed at once in one server process. A page is mostly
    # Python holding the interpreter lock, with Oxigraph between (lock released):
    # two at once keep the core busy, more only contend for the lock, which
    # cost 30-60 % more CPU per page with 8 clients (docs/reliability.md).
    "PAGE_CONCURRENCY": 2,
    # How often (seconds) the viewer looks at the store's generation stamp to
    # pick up a finished `vnkg build` (embedded stores only); 0 never does.
    "RELOAD_CHECK_SECONDS": 2.0,
}

_ENVIRONMENT = {
    "SPARQL_TIMEOUT_SECONDS": ("VNKG_SPARQL_TIMEOUT", float),
    "SPARQL_ROW_CAP": ("VNKG_SPARQL_ROW_CAP", int),
    "SPARQL_WORKERS": ("VNKG_SPARQL_WORKERS", int),
    "SPARQL_MAX_CONCURRENT": ("VNKG_SPARQL_MAX_CONCURRENT", int),
    "SPARQL_QUEUE_SECONDS": ("VNKG_SPARQL_QUEUE_SECONDS", float),
    "SPARQL_MAX_BODY_BYTES": ("VNKG_SPARQL_MAX_BODY_BYTES", int),
    "NETWORK_NODE_CAP": ("VNKG_NETWORK_NODE_CAP", int),
    "RESPONSE_CACHE_ENTRIES": ("VNKG_RESPONSE_CACHE_ENTRIES", int),
    "RESPONSE_CACHE_BYTES": ("VNKG_RESPONSE_CACHE_BYTES", int),
    "RELOAD_CHECK_SECONDS": ("VNKG_RELOAD_CHECK_SECONDS", float),
    "PAGE_CONCURRENCY": ("VNKG_PAGE_CONCURRENCY", int),
}


def settings(overrides: dict | None = None) -> dict:
    """The defaults, then the environment, then explicit overrides."""
    values = dict(DEFAULTS)
    for key, (variable, convert) in _ENVIRONMENT.items():
        if os.environ.get(variable):
            values[key] = convert(os.environ[variable])
    values.update(overrides or {})
    if not values["ENTITY_BASE"]:
        from graph.namespaces import data_base
        values["ENTITY_BASE"] = data_base()
    values.setdefault("MAX_CONTENT_LENGTH", values["SPARQL_MAX_BODY_BYTES"])
    return values
