"""/sparql: the SPARQL 1.1 Protocol (query operation only; updates are refused)
and /query, the page with the editor."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, redirect, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from .. import results_format as rf
from ..sparql_engine import QueryFailed, QueryRefused, QueryTimeout
from ..state import viewer

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"

# Short names for ?format=, used by the query page's download links.
FORMAT_NAMES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "ttl": "text/turtle",
    "nt": "application/n-triples", "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
    # The names other clients (SPARQLWrapper among them) send as format=.
    "turtle": "text/turtle", "ntriples": "application/n-triples", "rdf": "application/rdf+xml",
    "rdf+xml": "application/rdf+xml", "json-ld": "application/ld+json",
}


class ProtocolError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _text(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status=status, mimetype="text/plain")


def _busy(message: str) -> Response:
    response = _text(503, f"{message}: try again shortly")
    response.headers["Retry-After"] = "1"
    return response


@bp.errorhandler(RequestEntityTooLarge)
def body_too_large(_error):
    return _text(413, f"request body too large: the limit is {current_app.config['SPARQL_MAX_BODY_BYTES']} bytes")


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"more than one '{name}' parameter")
    return values[0] if values else None


def _read_request() -> tuple[str | None, list[str], list[str]]:
    """The query string and dataset of a protocol request, or a ProtocolError."""
    args = request.args
    if "update" in args or (request.method == "POST" and (
            request.mimetype == UPDATE_BODY or "update" in request.form)):
        raise ProtocolError(403, "updates are not accepted: this endpoint is read-only")
    default_graphs = args.getlist("default-graph-uri")
    named_graphs = args.getlist("named-graph-uri")
    if request.method == "GET":
        query = _one(args.getlist("query"), "query")
        limit = current_app.config["SPARQL_MAX_BODY_BYTES"]
        if query is not None and len(query.encode("utf-8")) > limit:
            raise ProtocolError(413, f"query too long: the limit is {limit} bytes")
        return query, default_graphs, named_graphs
    if request.mimetype == FORM:
        if "query" in args:
            raise ProtocolError(400, "a form POST carries its query in the body, not the URL")
        default_graphs += request.form.getlist("default-graph-uri")
        named_graphs += request.form.getlist("named-graph-uri")
        query = _one(request.form.getlist("query"), "query")
        if query is None:
            raise ProtocolError(400, "no 'query' parameter in the form")
        return query, default_graphs, named_graphs
    if request.mimetype == QUERY_BODY:
        if "query" in args:
            raise ProtocolError(400, "the query is in the body: no 'query' parameter allowed")
        return request.get_data(as_text=True), default_graphs, named_graphs
    raise ProtocolError(415, f"unsupported media type '{request.mimetype or '(none)'}': "
                             f"use {FORM} or {QUERY_BODY}")


def _media_type(offered: list[str]) -> str:
    """The result type the client asked for (?format= first, then Accept)."""
    asked = request.values.get("format")
    if asked:
        media = FORMAT_NAMES.get(asked, rf.ALIASES.get(asked, asked))
        if media in offered:
            return media
        raise ProtocolError(406, f"format '{asked}' is not available for this query")
    accept = request.accept_mimetypes
    if not accept or accept.best in ("*/*", ""):
        return offered[0]
    aliases = [alias for alias, media in rf.ALIASES.items() if media in offered]
    best = accept.best_match(offered + aliases)
    if best is None:
        raise ProtocolError(406, "none of the accepted media types can carry this result; "
                                 f"available: {', '.join(offered)}")
    return rf.ALIASES.get(best, best)


def _wants_html() -> bool:
    accept = request.accept_mimetypes
    return accept.best_match(["text/html", "application/sparql-results+json"]) == "text/html" \
        and accept["text/html"] > accept["application/sparql-results+json"]


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    try:
        query, default_graphs, named_graphs = _read_request()
        if query is None:
            if request.method == "GET" and not request.args and _wants_html():
                return redirect(url_for("sparql.editor"))
            raise ProtocolError(400, "no 'query' parameter")
        try:
            result = viewer().runner.run(query, default_graphs, named_graphs)
        except SyntaxError as exc:
            return _text(400, f"SPARQL syntax error: {exc}")
        except QueryTimeout as exc:
            return _text(503, f"query stopped: {exc}")
        except QueryRefused as exc:
            return _busy(f"query not run: {exc}")
        except QueryFailed as exc:
            return _text(502, f"the store could not answer: {exc}")
        except ValueError as exc:  # a bad graph IRI in the dataset parameters
            return _text(400, str(exc))
        if result.kind == "graph":
            media = _media_type(list(rf.GRAPH_FORMATS))
            body = rf.graph_bytes(result.triples, media)
        elif result.kind == "ask":
            media = _media_type(list(rf.ASK_WRITERS))
            body = rf.ASK_WRITERS[media](result.boolean).encode()
        else:
            media = _media_type(list(rf.SELECT_WRITERS))
            body = rf.SELECT_WRITERS[media](result.variables, result.rows).encode()
    except ProtocolError as exc:
        return _text(exc.status, str(exc))
    response = Response(body, mimetype=media)
    if media.startswith("text/") or media.endswith("json") or media.endswith("xml"):
        response.headers["Content-Type"] = f"{media}; charset=utf-8"
    response.headers["Vary"] = "Accept"
    if result.truncated:
        response.headers["X-VNKG-Truncated"] = f"results cut at {current_app.config['SPARQL_ROW_CAP']}"
    if request.values.get("format") and request.values.get("download"):
        extension = request.values["format"]
        response.headers["Content-Disposition"] = f'attachment; filename="vnkg-results.{extension}"'
    return response


@bp.route("/query")
def editor():
    """The editor; with ?run=1 (the form sent without JavaScript) the query's
    results, or its error, are on the page as a table."""
    from ..competency import competency_queries
    initial = request.args.get("query", "")
    outcome, error = None, None
    if request.args.get("run") and initial.strip():
        try:
            outcome = viewer().runner.run(initial)
        except SyntaxError as exc:
            error = f"SPARQL syntax error: {exc}"
        except (QueryTimeout, QueryRefused, QueryFailed, ValueError) as exc:
            error = str(exc)
    return render_template("query.html", examples=competency_queries(), prefixes=rf.PREFIXES,
                           initial=initial, outcome=outcome, error=error)
