"""Home and search pages, and the label list the query editor completes from."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template, request

from .. import entity_data
from ..state import viewer

bp = Blueprint("pages", __name__)

KINDS = ("person", "organisation", "directive", "meeting", "document")


@bp.route("/")
def home():
    state = viewer()
    return render_template("home.html", counts=entity_data.counts(state.graph),
                           recent=entity_data.recent_documents(state.graph))


@bp.route("/search")
def search():
    query = request.args.get("q", "").strip()[:200]
    kind = request.args.get("kind") if request.args.get("kind") in KINDS else None
    hits = viewer().search.search(query, limit=current_app.config["SEARCH_RESULT_LIMIT"], kind=kind) \
        if query else []
    return render_template("search.html", query=query, kind=kind, kinds=KINDS, hits=hits)


@bp.route("/api/search")
def search_json():
    query = request.args.get("q", "").strip()[:200]
    hits = viewer().search.search(query, limit=20) if query else []
    return jsonify([{"iri": h.iri, "label": h.label, "kind": h.kind, "score": h.score,
                     "url": viewer().graph.entity_url(h.iri)} for h in hits])


@bp.route("/api/vocabulary")
def vocabulary():
    """Classes, properties and entity labels of our graph, for the editor's completion."""
    graph = viewer().graph
    classes = [r["c"] for r in graph.values("SELECT DISTINCT ?c WHERE { ?s a ?c } ORDER BY ?c")]
    properties = [r["p"] for r in graph.values("SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY ?p")]
    return jsonify({"classes": classes, "properties": properties, "entities": viewer().search.labels()})
