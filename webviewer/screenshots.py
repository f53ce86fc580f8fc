"""Screenshots of the main pages for docs/screenshots/: serves a store with
waitress on 127.0.0.1 and photographs it with headless Chromium (selenium).

    python -m webviewer.screenshots --store data/store --out docs/screenshots
"""
from __future__ import annotations

import argparse
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

PAGES = ["home", "search", "person", "organisation", "directive", "trace", "document", "network", "sparql"]

BUSIEST = {
    "person": "SELECT ?e (COUNT(*) AS ?n) WHERE { ?m org:member ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1",
    "organisation": "SELECT ?e (COUNT(*) AS ?n) WHERE { ?m org:organization ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1",
    "directive": "SELECT ?e (COUNT(*) AS ?n) WHERE { ?s vnkg:implements+ ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1",
    "document": "SELECT ?e (COUNT(*) AS ?n) WHERE { ?e a vnkg:SourceDocument ; vnkg:mentions ?x } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1",
}


def busiest(graph, kind: str) -> str | None:
    rows = graph.values(BUSIEST[kind])
    return rows[0]["e"] if rows else None


def take(store: str, out: Path, lang: str = "vi") -> list[Path]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from waitress import create_server

    from .app import create_app
    from .network import RELATIONS

    app = create_app(store)
    graph = app.extensions["vnkg"].graph
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}"
    with app.test_request_context():
        person, body = busiest(graph, "person"), busiest(graph, "organisation")
        directive, document = busiest(graph, "directive"), busiest(graph, "document")
        urls = {
            "home": "/",
            "search": "/search?q=" + quote("ubnd quan"),
            "person": graph.entity_url(person) if person else None,
            "organisation": graph.entity_url(body) if body else None,
            "directive": graph.entity_url(directive) if directive else None,
            "trace": f"/trace?iri={quote(directive, safe='')}" if directive else None,
            "document": graph.entity_url(document) if document else None,
            # Without "mentions": at depth 2 a document's mentions would hide everything else.
            "network": f"/network?iri={quote(person or directive, safe='')}&depth=2&"
                       + "&".join(f"rel={r}" for r in RELATIONS if r != "mentions") if person or directive else None,
            "sparql": "/query",
        }
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                 "--hide-scrollbars"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for name in PAGES:
            if not urls.get(name):
                continue
            separator = "&" if "?" in urls[name] else "?"
            driver.get(base + urls[name] + f"{separator}lang={lang}")
            if name == "sparql":
                driver.execute_script("document.querySelector('a.example').click();"
                                      "document.getElementById('run-query').click();")
            time.sleep(2.5 if name in ("network", "sparql") else 0.5)
            path = out / f"{name}.png"
            driver.save_screenshot(str(path))
            written.append(path)
    finally:
        driver.quit()
        server.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default="data/store")
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    args = parser.parse_args(argv)
    try:
        for path in take(args.store, args.out, args.lang):
            print(path)
    except ImportError as exc:
        print(f"screenshots: error: {exc.name} is missing (pip install -e '.[test]')", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
