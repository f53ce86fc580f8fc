"""The Flask application factory: opens the store read-only (a directory or a
SPARQL endpoint URL), builds the search index once, and registers the
blueprints, i18n and security headers."""
from __future__ import annotations

from flask import Flask

from .i18n import install_i18n
from .response_cache import ResponseCache, install_response_cache
from .security import install_security_headers
from .settings import settings
from .state import ViewerState


def create_app(store_location: str | None = None, config: dict | None = None) -> Flask:
    """A viewer over the store at `store_location` (default: $VNKG_STORE or data/store).

    `config` may also carry a ready "STORE" object (an open store) instead of a location.
    """
    from graph.store import open_store

    from .graph_reader import GraphReader, short
    from .search_index import SearchIndex
    from .sparql_engine import QueryRunner
    from .views import entities, network, pages, sparql

    app = Flask(__name__)
    app.config.update(settings(config))
    store = app.config.get("STORE") or open_store(store_location, read_only=True)
    graph = GraphReader(store, app.config["ENTITY_BASE"])
    app.extensions["vnkg"] = ViewerState(
        store=store,
        runner=QueryRunner(graph.queries.location, app.config["SPARQL_TIMEOUT_SECONDS"],
                           app.config["SPARQL_ROW_CAP"], workers=app.config["SPARQL_WORKERS"],
                           max_concurrent=app.config["SPARQL_MAX_CONCURRENT"],
                           queue_seconds=app.config["SPARQL_QUEUE_SECONDS"]),
        graph=graph,
        search=SearchIndex.from_graph(graph),
    )
    graph.known_kinds, graph.known_labels = app.extensions["vnkg"].search.known_kinds_and_labels()
    install_i18n(app)
    app.extensions["vnkg_cache"] = ResponseCache(app.config["RESPONSE_CACHE_ENTRIES"],
                                                 app.config["RESPONSE_CACHE_BYTES"])
    install_response_cache(app, app.extensions["vnkg_cache"])
    install_security_headers(app)
    for blueprint in (pages.bp, entities.bp, network.bp, sparql.bp):
        app.register_blueprint(blueprint)
    app.jinja_env.globals["entity_url"] = graph.entity_url
    app.jinja_env.filters["shorten_iri"] = short
    return app
