"""The `vnkg` command line: build, extract, query, export, serve, stats, validate.

User mistakes (a missing file, a bad query, an unreadable document) end with
one line naming the file and the problem and a non-zero exit status; `--debug`
shows the traceback instead.
"""
from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import click

from extract.ingest import IngestError, display_path

from .store import StoreError, default_location

QUERY_FORMATS = ("json", "csv", "tsv", "table")
EXPORT_FORMATS = ("ttl", "trig", "nq", "jsonld", "graphml")


class UserError(click.ClickException):
    """An error the user can fix; printed as one line."""

    def show(self, file=None) -> None:
        click.echo(f"vnkg: error: {self.format_message()}", err=True)


class VnkgGroup(click.Group):
    """Turns known errors into one line, and any other failure into one line
    plus a hint, unless --debug asks for the traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except (IngestError, StoreError) as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise UserError(str(exc)) from None
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except BrokenPipeError:
            # The reader went away (`vnkg export ... | head`): stop quietly, as
            # Unix tools do, and keep Python from complaining when it flushes.
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError, io.UnsupportedOperation):
                pass
            raise click.exceptions.Exit(141) from None
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise UserError(f"{exc.__class__.__name__}: {exc} (run with --debug for details)") from None


store_option = click.option(
    "--store", "store_location", default=None, metavar="DIR|URL",
    help="Store directory or SPARQL endpoint URL [default: $VNKG_STORE or data/store].")


@click.group(cls=VnkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="vnkg", prog_name="vnkg")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """vnkg: a knowledge graph of Vietnamese Party and government documents."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extraction processes.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Extract on this Dask scheduler (tcp://host:8786); needs vnkg[dask].")
@click.option("--verbose", "-v", is_flag=True, help="Name each document on stderr as its graph is written.")
@click.option("--lock-timeout", default=600.0, show_default=True, type=click.FloatRange(0),
              help="Seconds to wait for another build of the same store to finish.")
def build(paths: tuple[Path, ...], store_location: str | None, quiet: bool, workers: int,
          dask_address: str | None, verbose: bool, lock_timeout: float) -> None:
    """Ingest files and folders (recursively) and build or update the graph."""
    from contextlib import nullcontext

    from .build import build as run_build
    from .lock import build_lock, write_generation
    from .store import open_store

    location = store_location or default_location()
    notice = lambda msg: click.echo(msg, err=True)  # noqa: E731
    remote = location.startswith(("http://", "https://"))
    with nullcontext() if remote else build_lock(location, lock_timeout, notice):
        store = open_store(location)
        show_progress = not quiet and sys.stderr.isatty()
        summary = run_build(list(paths), store, workers=workers, progress=show_progress and not verbose,
                            notice=notice, written=(lambda path: notice(f"vnkg: written {display_path(path)}"))
                            if verbose else (lambda path: None), dask_address=dask_address)
        store.close()
        del store  # Oxigraph lets go of the directory before the next build may take the lock
        if not remote and summary.changed:
            write_generation(location)  # a running `vnkg serve` reopens the store when it sees a new stamp
    for path, reason in summary.failed:
        click.echo(f"vnkg: error: {display_path(path)}: {reason}", err=True)
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the JSON extraction record.")
def extract(file: Path, as_json: bool) -> None:
    """Extract one document and print its extraction record."""
    from extract import extract_file

    record = extract_file(file)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    doc = record["document"]
    click.echo(f"{doc['file']}: {doc.get('title') or '(no title)'}")
    click.echo(f"  date {doc.get('date')}, kind {doc.get('kind')}, locality {doc.get('locality')}")
    for d in record["directives"]:
        click.echo(f"  directive    {d['symbol']}")
    for p in record["people"]:
        posts = "; ".join(f"{x['role']} {x.get('organisation') or ''}".strip() for x in p["posts"])
        click.echo(f"  person       {p['name']}" + (f" ({posts})" if posts else ""))
    for o in record["organisations"]:
        click.echo(f"  organisation {o['name']}" + (f" < {o['parent']}" if o.get("parent") else ""))
    for m in record["meetings"]:
        click.echo(f"  meeting      {m['kind']} {m.get('number') or ''} {m.get('body') or ''}".rstrip())
    for i in record["implements"]:
        click.echo(f"  implements   {i['source']} → {i['target']}")


@main.command()
@click.argument("query_file")
@store_option
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True)
def query(query_file: str, store_location: str | None, fmt: str) -> None:
    """Run a SPARQL query (a file, or - for standard input)."""
    from .query import run_query
    from .store import open_store

    if query_file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(query_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UserError(f"{query_file}: cannot read ({exc.strerror or exc})") from None
    store = open_store(store_location or default_location(), read_only=True)
    sys.stdout.write(run_query(store, text, fmt, source=query_file))


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Write to this file instead of standard output.")
def export(store_location: str | None, fmt: str, output: Path | None) -> None:
    """Export the whole graph (ttl, trig, nq, jsonld, or graphml for Gephi)."""
    from .export import export_store
    from .store import open_store

    store = open_store(store_location or default_location(), read_only=True)
    if output is None:
        export_store(store, fmt, sys.stdout.buffer)
    else:
        with output.open("wb") as f:
            export_store(store, fmt, f)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, envvar="VNKG_HOST")
@click.option("--port", default=8000, show_default=True, type=int, envvar="VNKG_PORT")
@click.option("--processes", type=click.IntRange(min=1), envvar="VNKG_SERVE_PROCESSES",
              help="Server processes sharing the port [default: one per core, at most 4].")
def serve(store_location: str | None, host: str, port: int, processes: int | None) -> None:
    """Serve the web viewer and the SPARQL endpoint."""
    from webviewer.serve import serve as run_server

    run_server(store_location or default_location(), host=host, port=port, processes=processes)


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(store_location: str | None, as_json: bool) -> None:
    """What the graph holds: documents, entities by kind, triples."""
    from .stats import graph_stats
    from .store import open_store

    figures = graph_stats(open_store(store_location or default_location(), read_only=True))
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        for key, value in figures.items():
            click.echo(f"{key:16s} {value}")


@main.command()
@store_option
def validate(store_location: str | None) -> None:
    """Check the graph against the SHACL shapes of ontology/shapes.ttl."""
    from .store import open_store
    from .validate import validate_store

    report = validate_store(open_store(store_location or default_location(), read_only=True))
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)


if __name__ == "__main__":
    main()
