"""The network view of an entity's neighbourhood, the same links as a table
page, and the JSON for expanding nodes."""
from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, render_template, request, url_for

from ..entity_data import meeting_title
from ..i18n import translate
from ..network import LARGE_NETWORK, RELATIONS, as_json, neighbourhood, render
from ..state import viewer
from .entities import known_iri

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


def _asked_network() -> dict:
    """The neighbourhood the request asks for, with what both pages show of it."""
    iri = known_iri(request.args.get("iri"))
    depth, relations = _options()
    graph = viewer().graph
    hood = neighbourhood(graph, iri, depth, relations, current_app.config["NETWORK_NODE_CAP"])
    kind = graph.kind(iri)
    title = meeting_title(graph, iri) if kind == "meeting" else graph.label(iri)
    return {"iri": iri, "title": title, "kind": kind, "hood": hood, "depth": depth,
            "relations": RELATIONS, "chosen": relations or set(RELATIONS),
            "large": len(hood.nodes) > LARGE_NETWORK}


def _listing(asked: dict) -> dict:
    listing = as_json(asked["hood"], viewer().graph, _relation_names(g.lang))
    return {"listing": listing, "labels": {n["id"]: n["title"] for n in listing["nodes"]}}


@bp.route("/network")
def page():
    asked = _asked_network()
    names = _relation_names(g.lang)
    # A large network's table is a page of its own (linked from this one):
    # thousands of rows in this page would hold its drawing back.
    description_key = "network_description_large" if asked["large"] else "network_description"
    html = render(asked["hood"], viewer().graph, names, url_for("network.data", lang=g.lang),
                  translate(description_key, g.lang, title=asked["title"]))
    table_url = url_for("network.table", iri=asked["iri"], depth=asked["depth"],
                        rel=sorted(asked["chosen"]) if asked["chosen"] != set(RELATIONS) else [])
    return render_template("network.html", network_html=html, table_url=table_url,
                           **asked, **({} if asked["large"] else _listing(asked)))


@bp.route("/network/table")
def table():
    """The links of a network as a table (the view of a large network without its drawing)."""
    asked = _asked_network()
    return render_template("network_table.html", **asked, **_listing(asked))


@bp.route("/network/data")
def data():
    """One node's neighbours (depth 1) as JSON: the page adds them when a node is clicked."""
    iri = known_iri(request.args.get("iri"))
    _, relations = _options()
    graph = viewer().graph
    hood = neighbourhood(graph, iri, 1, relations, current_app.config["NETWORK_NODE_CAP"])
    return jsonify(as_json(hood, graph, _relation_names(g.lang)))
