"""Paint check of the network view: serves a store with a raised node cap,
opens the depth-2 neighbourhood of its most-mentioned entity in headless
Chromium (Debian's chromium and chromedriver, through selenium) several
times, and reports how many nodes and edges were drawn and the time from
navigation start to vis-network's first drawing (network.js records it in
data-first-paint-ms). The first load is also the server's first answer for
that page; later loads come from its response cache.

    python -m webviewer.paintcheck --store data/store --cap 2000 --loads 3
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
from urllib.parse import urlencode

from .loadcheck import get
from .server_process import free_port, missing_store, start_server, stop_server

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--window-size=1280,900"]
# The entity named in most documents: its depth-2 neighbourhood is the largest.
BUSIEST_QUERY = """SELECT ?e (COUNT(?d) AS ?n) WHERE { ?d <https://w3id.org/vnkg/ont#mentions> ?e }
GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1"""
COUNT_SCRIPT = """return [JSON.parse(document.getElementById('vnkg-network-nodes').textContent).length,
                         JSON.parse(document.getElementById('vnkg-network-edges').textContent).length]"""


def busiest_entity(port: int) -> str:
    status, body, _ = get(port, "/sparql?" + urlencode({"query": BUSIEST_QUERY}))
    rows = json.loads(body)["results"]["bindings"] if status == 200 else []
    if not rows:
        raise RuntimeError("no entity is mentioned by any document in this store")
    return rows[0]["e"]["value"]


def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        raise RuntimeError("chromium and chromedriver are missing: run `make browser-deps`")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


def measure(port: int, iri: str, depth: int, loads: int, wait_seconds: float) -> dict:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url = f"http://127.0.0.1:{port}/network?" + urlencode({"iri": iri, "depth": depth})
    browser = chromium()
    try:
        paints = []
        for _ in range(loads):
            browser.get("about:blank")
            browser.get(url)
            frame = WebDriverWait(browser, wait_seconds).until(
                lambda b: b.find_element(By.CSS_SELECTOR, "#vnkg-network[data-first-paint-ms]"))
            paints.append(int(frame.get_attribute("data-first-paint-ms")))
        nodes, edges = browser.execute_script(COUNT_SCRIPT)
    finally:
        browser.quit()
    return {"iri": iri, "depth": depth, "nodes": nodes, "edges": edges, "first_paint_ms": paints,
            "median_ms": statistics.median(paints)}


def check(store: str, cap: int, depth: int, loads: int, iri: str | None, wait_seconds: float) -> dict:
    os.environ["VNKG_NETWORK_NODE_CAP"] = str(cap)  # the server started below inherits it
    port = free_port()
    server = start_server(store, port)
    try:
        figures = measure(port, iri or busiest_entity(port), depth, loads, wait_seconds)
    finally:
        stop_server(server)
    return {"store": store, "cap": cap, **figures}


def report(figures: dict) -> str:
    return (f"store {figures['store']}, cap {figures['cap']}: {figures['iri']} depth {figures['depth']}, "
            f"{figures['nodes']} nodes, {figures['edges']} edges; first paint (ms from navigation start) "
            f"per load {figures['first_paint_ms']}, median {figures['median_ms']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default="data/store", help="a store directory or SPARQL endpoint URL")
    parser.add_argument("--cap", type=int, default=2000, help="the network's node cap (NETWORK_NODE_CAP)")
    parser.add_argument("--depth", type=int, default=2, choices=(1, 2))
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--iri", help="the centre (default: the entity most documents mention)")
    parser.add_argument("--wait", type=float, default=60.0, help="seconds to wait for a drawing")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    problem = missing_store(args.store)
    if problem:
        print(f"paintcheck: error: {problem}", file=sys.stderr)
        return 2
    try:
        figures = check(args.store, args.cap, args.depth, args.loads, args.iri, args.wait)
    except RuntimeError as exc:
        print(f"paintcheck: error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
