"""Viewer latency under concurrent load: `vnkg serve` in its own process,
the load generator in this one, for search, entity pages and /sparql; then
the first paint of a 2,000-node network in headless Chromium.

The server is started as a user would, `vnkg serve` with its default number
of server processes (one per core, at most 4); `processes` in the stage's
parameters asks for another. Entity pages are whatever the viewer's search
results link to, so the stage does not depend on the viewer's URL scheme.
They are measured cold and warm: cold, each page once (so its first request
in whichever server process answers it: computed, not taken from a response
cache), by one client (the latency of an uncached page) and then by the
stage's clients (on pages not asked before); warm, the same pages again,
now mostly answered from the caches (each process has its own, so a page's
first visit to the other process is computed). Each entity row also has the
CPU time the server's processes spent per request, which a machine shared
with other work disturbs less than the wall time."""
from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from webviewer.loadcheck import resident_kib
from webviewer.serve import PROCESS_HEADER
from webviewer.server_process import free_port, start_server, stop_server

from .loadgen import hammer
from .world import table

SPARQL_PROBE = ("PREFIX vnkg: <https://w3id.org/vnkg/ont#> "
                "SELECT ?directive ?symbol WHERE { ?directive vnkg:symbol ?symbol } LIMIT 50")
SKIP_LINK = re.compile(r"^/(static|sparql|search|query|api|network)\b|[?&]lang=")
# Search result kinds asked apart, so that documents and meetings are among the pages.
SEARCH_KINDS = ("", "document", "meeting", "directive")
NETWORK_NODES = 2000


def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def search_terms() -> list[str]:
    return [row["surname"] for row in table("surnames")] + ["Nghị quyết", "Ban Tuyên giáo", "Quận ủy"]


def entity_links(base: str, terms: list[str], limit: int = 2000) -> list[str]:
    """Entity pages the search results link to, at most `limit`, each once."""
    links: dict[str, None] = {}
    for kind in SEARCH_KINDS:
        for term in terms:
            status, html = _get(f"{base}/search?q={quote(term)}" + (f"&kind={kind}" if kind else ""))
            if status != 200:
                continue
            for href in re.findall(r'href="(/[^"#]*)"', html):
                if not SKIP_LINK.search(href) and href != "/":
                    links.setdefault(href.replace("&amp;", "&"))
            if len(links) >= limit:
                return list(links)[:limit]
    return list(links)


def entity_pages(base: str, links: list[str], seconds: float, concurrency: int,
                 server_pid: int | None = None) -> dict[str, Any]:
    """Cold by one client, cold by `concurrency` clients (each on pages never
    asked before), then warm (after an unmeasured warm-up pass over the same
    pages): the figures of each, with the server's CPU
    milliseconds per request when `server_pid` is given."""
    def measured(paths: list[str], clients: int, order: str) -> dict[str, Any]:
        cpu_before = process_tree_cpu_seconds(server_pid) if server_pid else None
        figures = hammer(base, paths, seconds, clients, order=order)
        if cpu_before is not None and figures["requests"]:
            spent = process_tree_cpu_seconds(server_pid) - cpu_before
            figures["server_cpu_ms_per_request"] = round(spent * 1000 / figures["requests"], 1)
        return figures

    alone, together = links[:len(links) // 2], links[len(links) // 2:]
    cold_one = measured(alone, 1, "once")
    cold_many = measured(together, concurrency, "once")
    asked = alone[:cold_one["requests"]] + together[:cold_many["requests"]]
    # Each server process keeps its own response cache and a client's
    # keep-alive connection stays with one process, so a page computed for one
    # client is still cold for a client of the other process: an unmeasured
    # pass of the same length first lets both caches take the pages, as a
    # long-running server's would.
    hammer(base, asked or links, seconds, concurrency, order="cycle")
    warm = measured(asked or links, concurrency, "cycle")
    return {"entity_cold_1": cold_one | {"pages": len(alone)},
            "entity_cold": cold_many | {"pages": len(together)},
            "entity_warm": warm | {"pages": len(asked or links)}}


def first_paint(store: str, loads: int) -> dict[str, Any]:
    """The paint check (webviewer.paintcheck) on the store's busiest entity at
    depth 2 and a 2,000-node cap: its first load is the server's first answer
    for that page, the later ones come from its response cache."""
    if loads < 1:
        return {"status": "not measured: no loads asked (paint_loads 0)"}
    try:
        from webviewer.paintcheck import check
        figures = check(store, NETWORK_NODES, 2, loads, None, 120.0)
    except ImportError:
        return {"status": "not measured: selenium is not installed (pip install -e '.[test]')"}
    except RuntimeError as exc:
        reason = "no chromium" if "chromium" in str(exc) else str(exc)
        return {"status": f"not measured: {reason}"}
    paints = figures["first_paint_ms"]
    return {"nodes": figures["nodes"], "edges": figures["edges"], "iri": figures["iri"],
            "first_ms": paints[0], "warm_ms": sorted(paints[1:])[len(paints[1:]) // 2] if paints[1:] else None,
            "loads_ms": paints}


def process_tree_cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and all its descendants so far (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            # Fields after the command name: utime and stime are the 12th and 13th.
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def server_processes(base: str, tries: int = 40) -> int:
    """How many distinct server processes answered `tries` requests on fresh connections."""
    seen = set()
    for _ in range(tries):
        try:
            with urllib.request.urlopen(f"{base}/", timeout=30) as answer:
                seen.add(answer.headers.get(PROCESS_HEADER))
        except OSError:
            continue
    return len(seen - {None})


def load(params: dict) -> dict[str, Any]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    try:
        server = start_server(params["store"], port, params.get("startup_s", 300), processes=params.get("processes"))
    except RuntimeError as exc:
        return {"status": f"not measured ({exc})"}
    figures: dict[str, Any] = {}
    try:
        figures["server"] = {"processes_seen": server_processes(base),
                             "rss_mb_at_start": round(resident_kib(server.pid) / 1024)}
        seconds, concurrency = params.get("seconds", 10), params.get("concurrency", 8)
        terms = search_terms()
        status, _ = _get(f"{base}/search?q={quote(terms[0])}")
        if status != 200:
            figures["search"] = figures["entity_cold"] = {"status": f"not measured yet (/search answers {status})"}
        else:
            links = entity_links(base, terms)
            figures["search"] = hammer(base, [f"/search?q={quote(t)}" for t in terms], seconds, concurrency)
            figures |= (entity_pages(base, links, seconds, concurrency, server.pid) if links else
                        {"entity_cold": {"status": "not measured yet (search results link no entity pages)"}})
        status, _ = _get(f"{base}/sparql?query={quote(SPARQL_PROBE)}")
        figures["sparql"] = (hammer(base, [f"/sparql?query={quote(SPARQL_PROBE)}"], seconds, concurrency)
                             if status == 200 else {"status": f"not measured yet (/sparql answers {status})"})
        figures["sparql_query"] = SPARQL_PROBE
        figures["server"]["rss_mb_at_end"] = round(resident_kib(server.pid) / 1024)
    finally:
        stop_server(server)
    figures["paint"] = first_paint(params["store"], params.get("paint_loads", 2))
    return figures
