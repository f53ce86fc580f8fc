"""Viewer latency under concurrent load: `vnkg serve` in its own process,
the load generator in this one, for entity pages, search and /sparql.

Entity pages are whatever the viewer's search results link to, so the
stage does not depend on the viewer's URL scheme."""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

from webviewer.server_process import free_port, start_server, stop_server

from .loadgen import hammer
from .world import table

SPARQL_PROBE = ("PREFIX vnkg: <https://w3id.org/vnkg/ont#> "
                "SELECT ?directive ?symbol WHERE { ?directive vnkg:symbol ?symbol } LIMIT 50")
SKIP_LINK = re.compile(r"^/(static|sparql|search|query|api)\b|[?&]lang=")


def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


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
    try:
        server = start_server(params["store"], port, params.get("startup_s", 120))
    except RuntimeError as exc:
        return {"status": f"not measured ({exc})"}
    try:
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
        stop_server(server)
