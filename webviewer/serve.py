"""`vnkg serve`: the viewer through waitress, a production WSGI server, over a
store in a directory or at a SPARQL endpoint URL."""
from __future__ import annotations

import os

import click

# Request threads. Queries on /sparql hold at most SPARQL_MAX_CONCURRENT of
# them (8 by default), so entity pages and search keep some free under load.
# $VNKG_SERVE_THREADS overrides it (docs/reliability.md has the figures).
THREADS = 12


def threads() -> int:
    asked = os.environ.get("VNKG_SERVE_THREADS", "")
    return int(asked) if asked.isdigit() and int(asked) > 0 else THREADS


def serve(store_location: str, host: str, port: int) -> None:
    from waitress import serve as waitress_serve

    from .app import create_app

    app = create_app(store_location)
    runner = app.extensions["vnkg"].runner
    if runner.pool is not None:
        runner.pool.start()  # the query workers open the store while the server starts
    click.echo(f"vnkg viewer on http://{host}:{port}/ (store {store_location})", err=True)
    try:
        waitress_serve(app, host=host, port=port, threads=threads(), ident="vnkg")
    finally:
        app.extensions["vnkg"].runner.close()  # a reload may have replaced the first runner
