"""The network view of an entity's neighbourhood and its JSON for expanding nodes."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template, request, url_for

from ..entity_data import meeting_title
from ..i18n import translate
from ..network import LARGE_NETWORK, RELATIONS, as_json, neighbourhood, render
from ..state import viewer
from .entities import _known_iri

bp = Blueprint("network", __name__)


def _options() -> tuple[int, set[str] | None]:
    try:
        depth = min(max(int(request.args.get("depth", 1)), 1), 2)
    except ValueError:
        depth = 1
    chosen = {r for r in request.args.getlist("rel") if r in RELATIONS}
    return depth, chosen or None


def _relation_names(lang: str) -> dict[str, str]:
    return {r: translate(f"rel_{r}", lang) for r in RELATIONS}


@bp.route("/network")
def page():
    from flask import g
    iri = _known_iri(request.args.get("iri"))
    depth, relations = _options()
    graph = viewer().graph
    hood = neighbourhood(graph, iri, depth, relations, current_app.config["NETWORK_NODE_CAP"])
    names = _relation_names(g.lang)
    kind = graph.kind(iri)
    title = meeting_title(graph, iri) if kind == "meeting" else graph.label(iri)
    html = render(hood, graph, names, url_for("network.data", lang=g.lang),
                  translate("network_description", g.lang, title=title))
    listing = as_json(hood, graph, names)
    labels = {n["id"]: n["title"] for n in listing["nodes"]}
    return render_template("network.html", iri=iri, title=title, kind=kind,
                           network_html=html, hood=hood, depth=depth, listing=listing, labels=labels,
                           relations=RELATIONS, chosen=relations or set(RELATIONS),
                           large=len(hood.nodes) > LARGE_NETWORK)


@bp.route("/network/data")
def data():
    """One node's neighbours (depth 1) as JSON: the page adds them when a node is clicked."""
    from flask import g
    iri = _known_iri(request.args.get("iri"))
    _, relations = _options()
    graph = viewer().graph
    hood = neighbourhood(graph, iri, 1, relations, current_app.config["NETWORK_NODE_CAP"])
    return jsonify(as_json(hood, graph, _relation_names(g.lang)))
