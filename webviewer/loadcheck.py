"""Load check of the viewer: starts `vnkg serve` on a store in its own
process, drives N concurrent clients (threads of this process, one
keep-alive connection each) on entity pages, search and /sparql for some
seconds, twice, and reports requests/s, latency percentiles, errors and the
server's resident memory (its worker processes included) before and after.
Queries the endpoint turns away by design (503 with Retry-After: its
concurrency limit) are counted apart from errors, as "refused".

    python -m webviewer.loadcheck --store data/store --seconds 60 --clients 50
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from ontology import COMPETENCY_DIR

from .server_process import free_port, start_server, stop_server

# The share of each kind of request in the mix, out of 8.
MIX = ["entity", "entity", "entity", "entity", "search", "search", "sparql", "sparql"]

ENTITIES_QUERY = """SELECT DISTINCT ?e WHERE {
  VALUES ?c { <http://xmlns.com/foaf/0.1/Person> <http://www.w3.org/ns/org#Organization>
              <https://w3id.org/vnkg/ont#Directive> <https://w3id.org/vnkg/ont#SourceDocument> }
  ?e a ?c } ORDER BY ?e LIMIT 300"""
NAMES_QUERY = """SELECT DISTINCT ?name WHERE {
  ?e <http://xmlns.com/foaf/0.1/name>|<http://www.w3.org/2004/02/skos/core#prefLabel> ?name } ORDER BY ?name LIMIT 300"""


@dataclass
class RunFigures:
    seconds: float
    clients: int
    latencies: list[float] = field(default_factory=list)
    kind_latencies: dict[str, list[float]] = field(default_factory=dict)
    by_kind: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)  # "HTTP 500 (entity)", "TimeoutError (search)", ...
    refused: Counter = field(default_factory=Counter)  # 503 + Retry-After, by kind of request

    @property
    def requests(self) -> int:
        return len(self.latencies)

    def percentile(self, share: float, kind: str | None = None) -> float:
        ordered = sorted(self.latencies if kind is None else self.kind_latencies.get(kind, []))
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0

    def summary(self) -> dict:
        return {"seconds": round(self.seconds, 1), "clients": self.clients, "requests": self.requests,
                "requests_per_second": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
                "p50_ms": round(self.percentile(0.50) * 1000, 1), "p95_ms": round(self.percentile(0.95) * 1000, 1),
                "p95_ms_by_kind": {kind: round(self.percentile(0.95, kind) * 1000, 1)
                                   for kind in sorted(self.kind_latencies)},
                "by_kind": dict(self.by_kind), "errors": sum(self.errors.values()),
                "error_kinds": dict(self.errors), "refused": sum(self.refused.values()),
                "refused_kinds": dict(self.refused)}


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


def drive(port: int, paths: dict[str, list[str]], clients: int, seconds: float) -> RunFigures:
    figures = RunFigures(seconds, clients)
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(number: int) -> None:
        chooser = random.Random(number)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        latencies, kinds, errors, refused = [], Counter(), Counter(), Counter()
        kind_latencies: dict[str, list[float]] = {}
        step = number
        while time.monotonic() < stop_at:
            kind = MIX[step % len(MIX)]
            step += 1
            path = chooser.choice(paths[kind])
            started = time.monotonic()
            try:
                status, _, retry_later = get(port, path, connection)
                if status == 503 and retry_later:
                    refused[kind] += 1
                elif status != 200:
                    errors[f"HTTP {status} ({kind})"] += 1
            except (OSError, http.client.HTTPException) as exc:
                errors[f"{type(exc).__name__} ({kind})"] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            latencies.append(time.monotonic() - started)
            kind_latencies.setdefault(kind, []).append(latencies[-1])
            kinds[kind] += 1
        connection.close()
        with lock:
            figures.latencies += latencies
            for kind, taken in kind_latencies.items():
                figures.kind_latencies.setdefault(kind, []).extend(taken)
            figures.by_kind.update(kinds)
            figures.errors.update(errors)
            figures.refused.update(refused)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    figures.seconds = time.monotonic() - started
    return figures


def check(store: str, seconds: float, clients: int, runs: int = 2) -> dict:
    """Serve `store`, warm it up, then `runs` timed runs; the figures as a dict."""
    port = free_port()
    server = start_server(store, port)
    try:
        paths = request_paths(port)
        drive(port, paths, min(clients, 4), min(seconds, 2.0))  # warm-up: workers started, caches filled
        memory = [resident_kib(server.pid)]
        results = []
        for _ in range(runs):
            results.append(drive(port, paths, clients, seconds).summary())
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
    if not args.store.startswith(("http://", "https://")) and not Path(args.store).is_dir():
        print(f"loadcheck: error: {args.store}: no store here (run `vnkg build` first)", file=sys.stderr)
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
