"""The Flask application factory: opens the store read-only (a directory or a
SPARQL endpoint URL), builds the search index, and registers the blueprints,
i18n, security headers and the reload of a rebuilt store."""
from __future__ import annotations

import threading

from flask import Flask

from .i18n import install_i18n
from .response_cache import ResponseCache, install_response_cache
from .security import install_security_headers
from .settings import settings
from .state import ViewerState, viewer


def _entity_url(iri: str) -> str:
    # Through the request's state, not one reader's method: a reload replaces the reader.
    return viewer().graph.entity_url(iri)


def open_viewer_state(store, config: dict) -> ViewerState:
    """Everything the views need over one open store: graph reader, search
    index and /sparql runner (whose workers open the store themselves)."""
    from .graph_reader import GraphReader
    from .search_index import SearchIndex
    from .sparql_engine import QueryRunner

    graph = GraphReader(store, config["ENTITY_BASE"])
    search = SearchIndex.from_graph(graph)
    graph.known_kinds, graph.known_labels = search.known_kinds_and_labels()
    graph.read_document_facts()  # now, once, rather than by the first page that lists documents
    runner = QueryRunner(graph.queries.location, config["SPARQL_TIMEOUT_SECONDS"], config["SPARQL_ROW_CAP"],
                         workers=config["SPARQL_WORKERS"], max_concurrent=config["SPARQL_MAX_CONCURRENT"],
                         queue_seconds=config["SPARQL_QUEUE_SECONDS"])
    return ViewerState(store=store, runner=runner, graph=graph, search=search)


def create_app(store_location: str | None = None, config: dict | None = None) -> Flask:
    """A viewer over the store at `store_location` (default: $VNKG_STORE or data/store).

    `config` may also carry a ready "STORE" object (an open store) instead of a location.
    """
    from graph.store import default_location, open_store

    from .graph_reader import short
    from .reload import generation_before_opening, install_reload
    from .views import entities, network, pages, sparql

    app = Flask(__name__)
    app.config.update(settings(config))
    location = store_location or default_location()
    generation = None if app.config.get("STORE") else generation_before_opening(location)
    store = app.config.get("STORE") or open_store(location, read_only=True)
    app.extensions["vnkg"] = open_viewer_state(store, app.config)
    install_i18n(app)
    app.extensions["vnkg_page_slots"] = threading.BoundedSemaphore(max(1, int(app.config["PAGE_CONCURRENCY"])))
    app.extensions["vnkg_cache"] = ResponseCache(app.config["RESPONSE_CACHE_ENTRIES"],
                                                 app.config["RESPONSE_CACHE_BYTES"])
    if not app.config.get("STORE"):  # a store handed in ready-made is the caller's to reopen
        install_reload(app, store, app.extensions["vnkg_cache"], generation)
    install_response_cache(app, app.extensions["vnkg_cache"])
    install_security_headers(app)
    for blueprint in (pages.bp, entities.bp, network.bp, sparql.bp):
        app.register_blueprint(blueprint)
    app.jinja_env.globals["entity_url"] = _entity_url
    app.jinja_env.filters["shorten_iri"] = short
    return app
