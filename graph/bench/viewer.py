"""Viewer latency under concurrent load: `vnkg serve` in its own process,
the load generator in this one, for entity pages, search and /sparql.

Entity pages are whatever the viewer's search results link to, so the
stage does not depend on the viewer's URL scheme."""
from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

from .loadgen import hammer
from .world import table

SPARQL_PROBE = ("PREFIX vnkg: <https://w3id.org/vnkg/ont#> "
                "SELECT ?directive ?symbol WHERE { ?directive vnkg:symbol ?symbol } LIMIT 50")
SKIP_LINK = re.compile(r"^/(static|sparql|search|query|api)\b|[?&]lang=")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def _wait_until_up(base: str, server: subprocess.Popen, timeout_s: float) -> str | None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            return f"server exited with status {server.returncode}"
        try:
            _get(base + "/", timeout=5)
            return None
        except OSError:
            time.sleep(0.5)
    return f"server not up after {timeout_s:.0f} s"


def search_terms() -> list[str]:
    return [row["surname"] for row in table("surnames")[:12]] + ["Nghị quyết", "Ban Tuyên giáo", "Quận ủy"]


def entity_links(base: str, terms: list[str], limit: int = 200) -> list[str]:
    links: list[str] = []
    for term in terms:
        status, html = _get(f"{base}/search?q={quote(term)}")
        if status != 200:
            continue
        for href in re.findall(r'href="(/[^"#]*)"', html):
            if not SKIP_LINK.search(href) and href != "/" and href not in links:
                links.append(href.replace("&amp;", "&"))
        if len(links) >= limit:
            break
    return links[:limit]


def load(params: dict) -> dict[str, Any]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", params["store"],
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        problem = _wait_until_up(base, server, params.get("startup_s", 120))
        if problem:
            return {"status": f"not measured ({problem})"}
        seconds, concurrency = params.get("seconds", 10), params.get("concurrency", 8)
        terms = search_terms()
        figures: dict[str, Any] = {}
        status, _ = _get(f"{base}/search?q={quote(terms[0])}")
        if status != 200:
            figures["search"] = figures["entity"] = {"status": f"not measured yet (/search answers {status})"}
        else:
            figures["search"] = hammer(base, [f"/search?q={quote(t)}" for t in terms], seconds, concurrency)
            links = entity_links(base, terms)
            figures["entity"] = (hammer(base, links, seconds, concurrency) | {"pages": len(links)} if links
                                 else {"status": "not measured yet (search results link no entity pages)"})
        status, _ = _get(f"{base}/sparql?query={quote(SPARQL_PROBE)}")
        figures["sparql"] = (hammer(base, [f"/sparql?query={quote(SPARQL_PROBE)}"], seconds, concurrency)
                             if status == 200 else {"status": f"not measured yet (/sparql answers {status})"})
        figures["sparql_query"] = SPARQL_PROBE
        return figures
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
