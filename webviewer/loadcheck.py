"""Load check of the viewer: starts `vnkg serve` on a store in its own
process, drives N concurrent clients (the project's load generator,
graph/bench/loadgen.py: threads of this process, one keep-alive connection
each) on entity pages, search and /sparql for some seconds, twice, and
reports requests/s, latency percentiles, errors and the server's resident
memory (its worker processes included) before and after. Queries the
endpoint turns away by design (503 with Retry-After: its concurrency limit)
are counted apart from errors, as "refused", and the client waits as told.

    python -m webviewer.loadcheck --store data/store --seconds 60 --clients 50
"""
from __future__ import annotations

import argparse
import http.client
import json
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

from graph.bench.loadgen import LoadRun, run_load
from ontology import COMPETENCY_DIR

from .server_process import free_port, missing_store, start_server, stop_server

# The share of each kind of request in the mix, out of 8.
MIX = ["entity", "entity", "entity", "entity", "search", "search", "sparql", "sparql"]

ENTITIES_QUERY = """SELECT DISTINCT ?e WHERE {
  VALUES ?c { <http://xmlns.com/foaf/0.1/Person> <http://www.w3.org/ns/org#Organization>
              <https://w3id.org/vnkg/ont#Directive> <https://w3id.org/vnkg/ont#SourceDocument> }
  ?e a ?c } ORDER BY ?e LIMIT 300"""
NAMES_QUERY = """SELECT DISTINCT ?name WHERE {
  ?e <http://xmlns.com/foaf/0.1/name>|<http://www.w3.org/2004/02/skos/core#prefLabel> ?name } ORDER BY ?name LIMIT 300"""


def run_summary(run: LoadRun) -> dict:
    """The figures of one run of the load generator, as this check reports them."""
    total = run.summary()
    return {"seconds": total["seconds"], "clients": run.concurrency, "requests": total["requests"],
            "requests_per_second": total["rps"], "p50_ms": total["p50_ms"], "p95_ms": total["p95_ms"],
            "p95_ms_by_kind": {kind: run.summary(kind)["p95_ms"] for kind in sorted(run.latencies)},
            "by_kind": {kind: len(samples) for kind, samples in run.latencies.items()},
            "errors": total["errors"], "error_kinds": dict(run.errors), "first_errors": total["first_errors"],
            "refused": total["shed"], "refused_kinds": dict(run.shed)}


# ---------------------------------------------------------------- the server
def get(port: int, path: str, connection: http.client.HTTPConnection | None = None) -> tuple[int, bytes, bool]:
    """Status, body, and whether the server said when to retry (Retry-After)."""
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Accept": "*/*"})
        response = connection.getresponse()
        return response.status, response.read(), response.getheader("Retry-After") is not None
    finally:
        if own:
            connection.close()


def resident_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (Linux /proc)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total


# ---------------------------------------------------------------- the clients
def request_paths(port: int) -> dict[str, list[str]]:
    """Entity pages, searches and queries to ask, read from the served graph itself."""
    from graph.namespaces import data_base

    def select(query: str) -> list[dict]:
        status, body, _ = get(port, "/sparql?" + urlencode({"query": query}))
        if status != 200:
            raise RuntimeError(f"/sparql answered {status}: {body[:200]!r}")
        return json.loads(body)["results"]["bindings"]

    base = data_base()
    iris = [row["e"]["value"] for row in select(ENTITIES_QUERY)]
    entities = [("/id/" + quote(i[len(base):])) if i.startswith(base) else "/entity?" + urlencode({"iri": i})
                for i in iris]
    names = [row["name"]["value"] for row in select(NAMES_QUERY)]
    searches = ["/search?" + urlencode({"q": " ".join(name.split()[:2])}) for name in names]
    examples = sorted(COMPETENCY_DIR.glob("*.rq"))
    queries = ["/sparql?" + urlencode({"query": path.read_text(encoding="utf-8")}) for path in examples]
    if not entities:
        raise RuntimeError("the store holds no people, bodies, directives or documents")
    return {"entity": entities, "search": searches or ["/search?q=a"], "sparql": queries or
            ["/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }"})]}


def check(store: str, seconds: float, clients: int, runs: int = 2) -> dict:
    """Serve `store`, warm it up, then `runs` timed runs; the figures as a dict."""
    port = free_port()
    server = start_server(store, port)
    try:
        paths = request_paths(port)
        base = f"http://127.0.0.1:{port}"
        # warm-up: workers started, caches filled
        run_load(base, paths, min(seconds, 2.0), min(clients, 4), MIX)
        memory = [resident_kib(server.pid)]
        results = []
        for _ in range(runs):
            results.append(run_summary(run_load(base, paths, seconds, clients, MIX)))
            memory.append(resident_kib(server.pid))
    finally:
        stop_server(server)
    return {"store": store, "runs": results, "server_rss_kib": memory,
            "rss_growth_kib": memory[-1] - memory[1] if len(memory) > 2 else memory[-1] - memory[0]}


def report(figures: dict) -> str:
    lines = [f"store {figures['store']}"]
    for number, run in enumerate(figures["runs"], 1):
        errors = ", ".join(f"{k}: {v}" for k, v in sorted(run["error_kinds"].items())) or "none"
        lines.append(f"run {number}: {run['clients']} clients, {run['seconds']} s, {run['requests']} requests "
                     f"({run['requests_per_second']}/s), p50 {run['p50_ms']} ms, p95 {run['p95_ms']} ms, "
                     f"errors {run['errors']} ({errors}), refused {run['refused']} "
                     f"{run['refused_kinds'] or ''}; by kind {run['by_kind']}".replace(" ;", ";")
                     + (f"; p95 by kind (ms) {run['p95_ms_by_kind']}" if run.get("p95_ms_by_kind") else ""))
    mib = [round(k / 1024, 1) for k in figures["server_rss_kib"]]
    lines.append(f"server RSS (MiB, with its query workers): before {mib[0]}, after each run {mib[1:]}; "
                 f"growth over the runs after the first {round(figures['rss_growth_kib'] / 1024, 1)} MiB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default="data/store", help="a store directory or SPARQL endpoint URL")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    problem = missing_store(args.store)
    if problem:
        print(f"loadcheck: error: {problem}", file=sys.stderr)
        return 2
    try:
        figures = check(args.store, args.seconds, args.clients, args.runs)
    except RuntimeError as exc:
        print(f"loadcheck: error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    return 0 if all(run["errors"] == 0 for run in figures["runs"]) else 1


if __name__ == "__main__":
    sys.exit(main())
