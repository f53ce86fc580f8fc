"""`vnkg serve`: the viewer through waitress, a production WSGI server."""
from __future__ import annotations

import click


def serve(store_location: str, host: str, port: int) -> None:
    from waitress import serve as waitress_serve

    from .app import create_app

    app = create_app(store_location)
    click.echo(f"vnkg viewer on http://{host}:{port}/ (store {store_location})", err=True)
    waitress_serve(app, host=host, port=port, threads=8, ident="vnkg")
