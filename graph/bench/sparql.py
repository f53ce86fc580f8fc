"""SPARQL latency of the competency questions on one built graph: Oxigraph
(the store vnkg builds) and rdflib's in-memory engine on the same quads,
with the union of the named graphs as the default graph in both. rdflib's
time per query is capped; a capped query counts as the cap."""
from __future__ import annotations

import signal
import tempfile
import time
from pathlib import Path

from ontology import COMPETENCY_DIR
from typing import Any, Callable

from .measure import peak_rss_mb, percentile

QUERY_DIR = COMPETENCY_DIR


def queries() -> dict[str, str]:
    return {p.stem.split("-")[0]: p.read_text(encoding="utf-8") for p in sorted(QUERY_DIR.glob("*.rq"))}


def _latencies(run: Callable[[], int], repeats: int, cap_s: float | None = None,
               budget_s: float = 10.0) -> dict[str, Any]:
    """Up to `repeats` runs, fewer once `budget_s` is spent (a query that takes
    seconds needs no twenty samples to show it)."""
    samples, rows = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        try:
            rows = _capped(run, cap_s) if cap_s else run()
        except TimeoutError:
            return {"capped": True, "cap_ms": round(cap_s * 1000), "runs": len(samples)}
        samples.append((time.perf_counter() - started) * 1000)
        if sum(samples) > (cap_s or budget_s) * 1000:
            break  # enough: a slow query gets fewer runs, not more time
    return {"p50_ms": round(percentile(samples, 0.5), 2), "p95_ms": round(percentile(samples, 0.95), 2),
            "runs": len(samples), "rows": rows}


def _capped(run: Callable[[], int], cap_s: float) -> int:
    def stop(signum, frame):
        raise TimeoutError
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, cap_s)
    try:
        return run()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def oxigraph(params: dict) -> dict[str, Any]:
    import pyoxigraph as ox
    # The engine itself, as vnkg opens it: the union of the document graphs
    # is the default graph.
    store = ox.Store.read_only(params["store"])
    figures = {"triples": len(store), "queries": {}}
    for name, text in queries().items():
        # Every row is read, as a client would, not just the first.
        figures["queries"][name] = _latencies(
            lambda: sum(1 for _ in store.query(text, use_default_graph_as_union=True)),
            params.get("repeats", 20))
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return figures


def rdflib_memory(params: dict) -> dict[str, Any]:
    import pyoxigraph as ox
    import rdflib
    source = ox.Store.read_only(params["store"])
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "graph.nq"
        source.dump(str(dump), format=ox.RdfFormat.N_QUADS)
        started = time.perf_counter()
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(str(dump), format="nquads")
        load_s = time.perf_counter() - started
    figures = {"load_s": round(load_s, 1), "queries": {}}
    for name, text in queries().items():
        figures["queries"][name] = _latencies(lambda: sum(1 for _ in dataset.query(text)),
                                              params.get("repeats", 3), params.get("cap_s", 10.0))
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return figures


def virtuoso_server(params: dict) -> dict[str, Any]:
    """The same queries on a Virtuoso server (the kind of SPARQL server
    docs/scaling.md suggests past one machine's embedded store), loaded with
    the same quads by its bulk loader and asked over HTTP, every row parsed
    from the JSON results. Virtuoso's default graph is the union of the
    graphs, as vnkg's."""
    import json
    import urllib.parse
    import urllib.request

    import pyoxigraph as ox

    from graph import virtuoso
    if not virtuoso.available():
        return {"status": "not measured: Virtuoso is not installed (make sparql-server-deps)"}
    source = ox.Store.read_only(params["store"])
    with tempfile.TemporaryDirectory() as tmp, \
            virtuoso.VirtuosoServer(Path(tmp), memory_mb=params.get("memory_mb", 1024)) as server:
        dump = Path(tmp) / "graph.nq"
        source.dump(str(dump), format=ox.RdfFormat.N_QUADS)
        started = time.perf_counter()
        server.bulk_load(dump)
        load_s = time.perf_counter() - started

        def ask(text: str) -> int:
            body = urllib.parse.urlencode({"query": text}).encode()
            request = urllib.request.Request(server.url, data=body, headers={
                "Accept": "application/sparql-results+json",
                "Content-Type": "application/x-www-form-urlencoded"})
            with urllib.request.urlopen(request, timeout=600) as response:
                return len(json.load(response)["results"]["bindings"])

        figures = {"load_s": round(load_s, 1), "queries": {}}
        for name, text in queries().items():
            figures["queries"][name] = _latencies(lambda: ask(text), params.get("repeats", 20))
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return figures
