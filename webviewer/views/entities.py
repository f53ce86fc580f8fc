"""Entity pages, dereferenced IRIs (HTML for browsers; Turtle, JSON-LD,
N-Triples or RDF/XML on request) and the implementation trace."""
from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for

from .. import entity_data
from ..graph_reader import iri_or_none
from ..highlight import segments
from ..results_format import GRAPH_FORMATS, graph_bytes
from ..state import viewer
from ..trace import trace

bp = Blueprint("entities", __name__)

# The full text is shown highlighted, not again in the statements table.
DOCUMENT_TEXT = "https://w3id.org/vnkg/ont#text"

PAGE_READERS = {
    "person": entity_data.person,
    "organisation": entity_data.organisation,
    "directive": entity_data.directive,
    "meeting": entity_data.meeting,
    "document": entity_data.document,
}


def known_iri(text: str | None) -> str:
    node = iri_or_none(text)
    if node is None or not viewer().graph.exists(node.value):
        abort(404)
    return node.value


def _rdf_media_type() -> str | None:
    """The RDF type the client prefers over HTML, if any."""
    accept = request.accept_mimetypes
    best = accept.best_match(["text/html", *GRAPH_FORMATS])
    if best in GRAPH_FORMATS and accept[best] > accept["text/html"]:
        return best
    return None


def show(iri: str):
    # At most PAGE_CONCURRENCY pages computed at once in this process; the
    # others wait here without holding the interpreter lock (see settings).
    with current_app.extensions["vnkg_page_slots"]:
        return _show(iri)


def _show(iri: str):
    graph = viewer().graph
    media = _rdf_media_type()
    if media:
        response = Response(graph_bytes(graph.describe(iri), media), mimetype=media)
        response.headers["Vary"] = "Accept"
        return response
    kind = graph.kind(iri)
    title = entity_data.meeting_title(graph, iri) if kind == "meeting" else graph.label(iri)
    data = PAGE_READERS[kind](graph, iri) if kind in PAGE_READERS else {}
    context = {"iri": iri, "kind": kind, "title": title, "data": data,
               "outgoing": [row for row in graph.outgoing(iri) if row["p"].value != DOCUMENT_TEXT],
               "incoming": graph.incoming(iri)}
    if kind == "document":
        text = data["facts"].get("text") or ""
        mentions = [(int(m["start"]), int(m["end"]), m["body"], m["kind"]) for m in data["mentions"]]
        context["segments"] = segments(text, mentions)
    response = Response(render_template(f"entity_{kind if kind in PAGE_READERS else 'generic'}.html",
                                        **context))
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/id/<path:rest>")
def by_path(rest: str):
    return show(known_iri(viewer().graph.iri_for_path(rest)))


@bp.route("/entity")
def by_iri():
    iri = known_iri(request.args.get("iri"))
    if iri.startswith(viewer().graph.entity_base):
        return redirect(viewer().graph.entity_url(iri))
    return show(iri)


@bp.route("/trace")
def trace_page():
    iri = known_iri(request.args.get("iri"))
    graph = viewer().graph
    return render_template("trace.html", iri=iri, title=graph.label(iri), kind=graph.kind(iri),
                           trees=trace(graph, iri))


@bp.app_errorhandler(404)
def not_found(_error):
    return render_template("error.html", status=404, message_key="not_found"), 404


@bp.route("/go")
def go():
    """The search box's "open" action: straight to an IRI typed in full."""
    iri = known_iri(request.args.get("iri"))
    return redirect(viewer().graph.entity_url(iri) if iri else url_for("pages.home"))
