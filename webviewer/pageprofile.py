"""Page profile: renders entity pages of each kind and some searches in this
process with the response cache off, and reports per kind of page the mean,
p95 and worst time (and the process's CPU time per page, which a machine
shared with other work disturbs less), the queries asked per page, and the
queries that took the most time. One page at a time, no server: what a page costs when no
cache answers it.

    python -m webviewer.pageprofile --store data/store --pages 40
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote


CLASSES = {"person": "foaf:Person", "organisation": "org:Organization", "directive": "vnkg:Directive",
           "meeting": "vnkg:Meeting", "document": "vnkg:SourceDocument"}
SEARCHES = ["Nguyễn", "Nghị quyết", "Ban Tuyên giáo", "ubnd quan", "26-NQ/TW"]


class QueryLog:
    """Wraps StoreQueries.query to time each query, iteration of its answer included."""

    def __init__(self, queries):
        self.queries = queries
        self.entries: list[tuple[float, str]] = []
        self._query = queries.query
        queries.query = self.query

    def query(self, sparql: str, *args, **kwargs):
        started = time.perf_counter()
        answer = self._query(sparql, *args, **kwargs)
        if hasattr(answer, "variables"):
            variables = answer.variables
            rows = list(answer)
            answer = _Solutions(rows, variables)
        self.entries.append((time.perf_counter() - started, _first_line(sparql)))
        return answer


class _Solutions(list):
    def __init__(self, rows, variables):
        super().__init__(rows)
        self.variables = variables


# A bound query's VALUES block names its entity: without it, the same query
# asked for different pages is one line of the report, not one per page.
VALUES_BLOCK = re.compile(r"VALUES \?(\w+) \{[^}]*\}")


def _first_line(sparql: str) -> str:
    lines = [line for line in sparql.splitlines() if line.strip() and not line.startswith("PREFIX")]
    return VALUES_BLOCK.sub(r"VALUES ?\1 {…}", lines[0] if lines else sparql)[:100]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def profile(store: str, pages: int) -> list[str]:
    from graph.namespaces import data_base

    from .app import create_app

    app = create_app(store, {"SPARQL_WORKERS": 0, "RESPONSE_CACHE_ENTRIES": 0})
    graph = app.extensions["vnkg"].graph
    client = app.test_client()
    base = data_base()
    log = QueryLog(graph.queries)
    lines = []
    for kind, cls in CLASSES.items():
        iris = [r["e"] for r in graph.values(f"SELECT ?e WHERE {{ ?e a {cls} }} ORDER BY ?e LIMIT {int(pages)}")]
        times, cpu_times, counts, by_query = [], [], [], defaultdict(float)
        for iri in iris:
            path = "/id/" + quote(iri[len(base):]) if iri.startswith(base) else "/entity?iri=" + quote(iri)
            log.entries.clear()
            started, cpu_started = time.perf_counter(), time.process_time()
            status = client.get(path).status_code
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu_started)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
            counts.append(len(log.entries))
            for taken, text in log.entries:
                by_query[text] += taken
        if not times:
            continue
        lines.append(f"{kind}: {len(times)} pages, mean {sum(times) / len(times) * 1000:.1f} ms, "
                     f"p95 {percentile(times, 0.95) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms "
                     f"(CPU time mean {sum(cpu_times) / len(cpu_times) * 1000:.1f} ms, "
                     f"p95 {percentile(cpu_times, 0.95) * 1000:.1f} ms); "
                     f"queries per page mean {sum(counts) / len(counts):.1f}, most {max(counts)}")
        for text, taken in sorted(by_query.items(), key=lambda kv: -kv[1])[:3]:
            lines.append(f"    {taken / len(times) * 1000:6.2f} ms/page  {text}")
    for query in SEARCHES:
        started = time.perf_counter()
        client.get("/search?q=" + quote(query))
        lines.append(f"search {query!r}: {(time.perf_counter() - started) * 1000:.1f} ms")
    lines.append(f"search index: {len(app.extensions['vnkg'].search.entries)} entries")
    app.extensions["vnkg"].runner.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default="data/store", help="a store directory")
    parser.add_argument("--pages", type=int, default=40, help="pages of each kind")
    args = parser.parse_args(argv)
    if not Path(args.store).is_dir():
        print(f"pageprofile: error: {args.store}: no store here (run `vnkg build` first)", file=sys.stderr)
        return 2
    try:
        print("\n".join(profile(args.store, args.pages)))
    except RuntimeError as exc:
        print(f"pageprofile: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
