"""`vnkg serve`: the viewer through waitress, a production WSGI server, over a
store in a directory or at a SPARQL endpoint URL, in one process or in
several pre-forked ones sharing the listening socket (webviewer/prefork.py)."""
from __future__ import annotations

import os
import sys

import click

# Request threads per server process. Queries on /sparql hold at most
# SPARQL_MAX_CONCURRENT of them (8 by default), so entity pages and search keep
# some free under load. $VNKG_SERVE_THREADS overrides it (docs/reliability.md has the figures).
THREADS = 12
# Server processes by default: one per usable core (a page is computed by one
# Python thread holding its process's interpreter lock), at most this many,
# since each process holds its own search index, response cache and /sparql workers.
MAX_DEFAULT_PROCESSES = 4
# Response header naming the server process that answered (checks and load reports).
PROCESS_HEADER = "X-VNKG-Process"


def threads() -> int:
    asked = os.environ.get("VNKG_SERVE_THREADS", "")
    return int(asked) if asked.isdigit() and int(asked) > 0 else THREADS


def default_processes() -> int:
    """One server process per core this process may run on, at most MAX_DEFAULT_PROCESSES;
    1 where processes cannot be forked."""
    if not hasattr(os, "fork"):
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_DEFAULT_PROCESSES))


def with_process_header(app):
    """The WSGI app `app`, its answers marked with the id of the process that served them."""
    process = str(os.getpid())

    def marked(environ, start_response):
        def start(status, headers, exc_info=None):
            return start_response(status, [*headers, (PROCESS_HEADER, process)], exc_info)
        return app(environ, start)

    return marked


def _open_app(store_location: str):
    from .app import create_app

    app = create_app(store_location)
    runner = app.extensions["vnkg"].runner
    if runner.pool is not None:
        runner.pool.start()  # the query workers open the store while the server starts
    return app


def _run_waitress(app, **where) -> None:
    from waitress import serve as waitress_serve

    try:
        waitress_serve(with_process_header(app), threads=threads(), ident="vnkg", **where)
    finally:
        app.extensions["vnkg"].runner.close()  # a reload may have replaced the first runner


def serve(store_location: str, host: str, port: int, processes: int | None = None) -> None:
    """Serve on host:port with `processes` server processes (default_processes() when None)."""
    processes = default_processes() if processes is None else processes
    if processes <= 1:
        app = _open_app(store_location)
        click.echo(f"vnkg viewer on http://{host}:{port}/ (store {store_location})", err=True)
        _run_waitress(app, host=host, port=port)
        return
    serve_forked(store_location, host, port, processes)


def serve_forked(store_location: str, host: str, port: int, processes: int) -> None:
    from graph.cli import UserError
    from graph.store import StoreError

    from .prefork import StartError, Supervisor, listening_socket

    try:
        sock = listening_socket(host, port)
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None

    def serve_one(shared, ready) -> None:
        try:
            app = _open_app(store_location)
        except (StoreError, OSError) as exc:
            ready(str(exc))
            return
        ready(None)
        _run_waitress(app, sockets=[shared])

    def announce() -> None:
        click.echo(f"vnkg viewer on http://{host}:{sock.getsockname()[1]}/ (store {store_location}, "
                   f"{processes} server processes)", err=True)

    try:
        Supervisor(sock, processes, serve_one, echo=lambda line: click.echo(line, err=True)).run(announce)
    except StartError as exc:
        raise UserError(str(exc)) from None
    finally:
        sock.close()
        sys.stderr.flush()
