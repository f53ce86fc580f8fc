"""An entity's neighbourhood (depth 1 or 2) as a directed, labelled network:
collected from the graph with a few batched queries per level, capped, and drawn
with pyvis's generate_html through our own template, which serves
vis-network locally and carries the data as JSON for static/js/network.js."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from .entity_data import meeting_titles

# Relations drawn between entities; a post (org:Membership) is drawn as one
# edge from the person to the body, labelled with the role.
RELATIONS = ["post", "subOrganizationOf", "passed_by", "implements", "organizer", "chairedBy",
             "attendee", "presentedBy", "mentions"]
# The property drawn as each relation.
RELATION_PROPERTIES = {
    "https://w3id.org/vnkg/ont#implements": "implements", "http://data.europa.eu/eli/ontology#passed_by": "passed_by",
    "http://www.w3.org/ns/org#subOrganizationOf": "subOrganizationOf", "https://schema.org/organizer": "organizer",
    "https://w3id.org/vnkg/ont#chairedBy": "chairedBy", "https://schema.org/attendee": "attendee",
    "https://w3id.org/vnkg/ont#presentedBy": "presentedBy", "https://w3id.org/vnkg/ont#mentions": "mentions",
}
_PROPERTY_LIST = ", ".join(f"<{p}>" for p in RELATION_PROPERTIES)
# The neighbours of many nodes ?x at once, one query per direction (a UNION
# of both directions with BIND is evaluated by Oxigraph without the binding,
# and a VALUES block on ?p is joined against every triple of those properties).
OUTGOING_QUERY = "SELECT ?x ?p ?o WHERE { ?x ?p ?o . FILTER (?p IN (%s)) }" % _PROPERTY_LIST
INCOMING_QUERY = "SELECT ?x ?p ?s WHERE { ?s ?p ?x . FILTER (?p IN (%s)) }" % _PROPERTY_LIST
POSTS_HELD_QUERY = """SELECT ?x ?o ?role WHERE {
  ?m org:member ?x ; org:organization ?o . OPTIONAL { ?m org:role/skos:prefLabel ?role } }"""
POSTS_IN_QUERY = """SELECT ?x ?s ?role WHERE {
  ?m org:organization ?x ; org:member ?s . OPTIONAL { ?m org:role/skos:prefLabel ?role } }"""
# How many nodes one query asks about.
BATCH = 500
# Past the first level, the frontier is asked about this many nodes at a time,
# and no further once the cap is reached: at a million triples the second
# level around a busy node has ~28,000 candidate edges, nearly all of them to
# nodes the cap leaves out.
LEVEL_BATCH = 100
# Beyond this many nodes the drawing is laid out for a quick first paint (see
# _vis_options): at 122 nodes improvedLayout and stabilisation held the first
# drawing back 1.6 s in headless Chromium, against 0.1 s without them.
QUICK_LAYOUT = 50
# Beyond this many nodes the page is lean: edges named on hover, nodes and
# edges without per-item styling, the table on a page of its own.
LARGE_NETWORK = 200

KIND_COLOURS = {
    "person": "#2f7ed8", "organisation": "#e07b39", "directive": "#3a9a5b",
    "meeting": "#9b59b6", "document": "#7f8c8d", "thing": "#b0b0b0",
}
KIND_SHAPES = {"person": "dot", "organisation": "box", "directive": "diamond", "meeting": "star",
               "document": "square", "thing": "dot"}

TEMPLATE_DIR = Path(__file__).parent / "templates" / "pyvis"


@dataclass
class Neighbourhood:
    centre: str
    nodes: dict[str, dict] = field(default_factory=dict)   # iri → {label, kind}
    edges: list[dict] = field(default_factory=list)        # {from, to, relation, label}
    capped: bool = False
    cap: int = 0

    def relations(self) -> list[str]:
        present = {e["relation"] for e in self.edges}
        return [r for r in RELATIONS if r in present]


def _edges_of(graph, iris: list[str]) -> dict[str, list[dict]]:
    """The edges of each node in `iris`: out, in, posts held, posts in it."""
    edges: dict[str, list[dict]] = {iri: [] for iri in iris}
    for start in range(0, len(iris), BATCH):
        nodes = [ox.NamedNode(i) for i in iris[start:start + BATCH]]
        found: dict[str, list[list[dict]]] = {iri: [[], [], [], []] for iri in iris[start:start + BATCH]}
        for row in graph.values(OUTGOING_QUERY, x=nodes):
            if not row["o"].startswith("_:"):
                rel = RELATION_PROPERTIES[row["p"]]
                found[row["x"]][0].append({"from": row["x"], "to": row["o"], "relation": rel, "label": rel})
        for row in graph.values(INCOMING_QUERY, x=nodes):
            if not row["s"].startswith("_:"):
                rel = RELATION_PROPERTIES[row["p"]]
                found[row["x"]][1].append({"from": row["s"], "to": row["x"], "relation": rel, "label": rel})
        for row in graph.values(POSTS_HELD_QUERY, x=nodes):
            found[row["x"]][2].append({"from": row["x"], "to": row["o"], "relation": "post", "label": row["role"] or "post"})
        for row in graph.values(POSTS_IN_QUERY, x=nodes):
            found[row["x"]][3].append({"from": row["s"], "to": row["x"], "relation": "post", "label": row["role"] or "post"})
        for iri, parts in found.items():
            edges[iri] = [edge for part in parts for edge in part]
    return edges


def neighbourhood(graph, iri: str, depth: int = 1, relations: set[str] | None = None,
                  cap: int = 120) -> Neighbourhood:
    """Breadth-first from `iri` to `depth` (1 or 2), keeping only `relations`
    (all when None) and at most `cap` nodes. Once the cap is reached, the
    frontier nodes not yet asked about are left out: the drawing keeps the
    edges found up to then (the page says it is capped)."""
    result = Neighbourhood(iri, cap=cap)
    result.nodes[iri] = {}
    frontier = [iri]
    seen_edges = set()
    for _ in range(max(1, min(depth, 2))):
        next_frontier = []
        for start in range(0, len(frontier), LEVEL_BATCH):
            if result.capped:
                break
            batch = frontier[start:start + LEVEL_BATCH]
            edges_of = _edges_of(graph, batch)
            for current in batch:
                _add_edges(result, current, edges_of[current], relations, seen_edges, next_frontier)
        frontier = next_frontier
    result.edges = [e for e in result.edges
                    if not (e["relation"] == "attendee" and
                            (e["from"], e["to"], "chairedBy", "chairedBy") in seen_edges)]
    # Kinds and labels of all nodes in a few batched queries (not two per
    # node), none for those the search index knows; meeting titles in the
    # page's language.
    kinds, labels = graph.kinds_and_labels(result.nodes)
    labels.update(meeting_titles(graph, [n for n, kind in kinds.items() if kind == "meeting"]))
    for node_iri in result.nodes:
        result.nodes[node_iri] = {"label": labels[node_iri], "kind": kinds[node_iri]}
    return result


def _add_edges(result: Neighbourhood, current: str, edges: list[dict], relations: set[str] | None,
               seen_edges: set, next_frontier: list[str]) -> None:
    """Adds `current`'s edges (and their other ends, while under the cap) to `result`."""
    for edge in edges:
        if relations and edge["relation"] not in relations:
            continue
        key = (edge["from"], edge["to"], edge["relation"], edge["label"])
        if key in seen_edges:
            continue
        # chairedBy is a kind of attendance: draw the stronger one only.
        if edge["relation"] == "attendee" and (edge["from"], edge["to"], "chairedBy", "chairedBy") in seen_edges:
            continue
        other = edge["to"] if edge["from"] == current else edge["from"]
        if other not in result.nodes:
            if len(result.nodes) >= result.cap:
                result.capped = True
                continue
            result.nodes[other] = {}
            next_frontier.append(other)
        seen_edges.add(key)
        result.edges.append(edge)


def as_json(hood: Neighbourhood, graph, relation_names: dict[str, str]) -> dict:
    """The nodes and edges as vis-network wants them (the JSON of /network/data)."""
    return {
        "nodes": [_vis_node(iri, info, graph, iri == hood.centre) for iri, info in hood.nodes.items()],
        "edges": [{"from": e["from"], "to": e["to"], "label": relation_names.get(e["label"], e["label"]),
                   "relation": e["relation"], "arrows": "to"} for e in hood.edges],
        "capped": hood.capped, "cap": hood.cap,
    }


def _vis_node(iri: str, info: dict, graph, centre: bool) -> dict:
    label = info["label"]
    return {"id": iri, "label": label if len(label) <= 40 else label[:38] + "…", "title": label,
            "kind": info["kind"], "color": KIND_COLOURS.get(info["kind"], KIND_COLOURS["thing"]),
            "shape": KIND_SHAPES.get(info["kind"], "dot"), "url": graph.entity_url(iri),
            "borderWidth": 3 if centre else 1, "size": 22 if centre else 14}


def render(hood: Neighbourhood, graph, relation_names: dict[str, str], data_url: str,
           description: str = "network") -> str:
    """The network's HTML fragment, made by pyvis.generate_html with our template;
    `description` is what assistive technology announces for the drawing.
    A large network's nodes carry only their kind (vis-network's group, whose
    colour and shape are in the options) and its edges only their ends,
    relation and name: half the bytes to send and parse before the drawing."""
    data = as_json(hood, graph, relation_names)
    large = len(data["nodes"]) > LARGE_NETWORK
    net = Network(directed=True, cdn_resources="local", height="600px", width="100%")
    # pyvis checks each node and each edge's ends against lists of all nodes;
    # sets make those checks constant-time at thousands of nodes and edges.
    node_ids = {node["id"] for node in data["nodes"]}
    net.get_nodes = lambda: node_ids
    net.node_ids = _IdList()
    for node in data["nodes"]:
        node_id = node.pop("id")
        if large:
            node = _lean_node(node, node_id == hood.centre)
        net.add_node(node_id, **node)
    # A large network names its edges on hover only: thousands of edge labels
    # to measure and draw are most of the time to its first drawing.
    label_key = "title" if large else "label"
    for edge in data["edges"]:
        net.add_edge(edge["from"], edge["to"], **{label_key: edge["label"]}, relation=edge["relation"],
                     arrows="to")
    if large:
        for edge in net.edges:
            del edge["arrows"]  # drawn for all edges by the options
    net.set_options(json.dumps(_vis_options(len(node_ids))))
    net.templateEnv = _pyvis_templates()
    net.path = "network.html"
    net.data_url = data_url
    html = net.generate_html(name="network.html")
    return html.replace("__DATA_URL__", _attr(data_url)).replace("__ARIA_LABEL__", _attr(description))


@lru_cache(maxsize=1)
def _pyvis_templates() -> Environment:
    """Our pyvis template's environment, made once: it keeps the compiled
    template, which a fresh environment would compile again for each page."""
    environment = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))
    environment.filters["script_json"] = script_json
    return environment


class _IdList(list):
    """pyvis's list of node ids, with a set beside it for `in`."""

    def __init__(self):
        super().__init__()
        self._members = set()

    def append(self, item) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item) -> bool:
        return item in self._members


def _lean_node(node: dict, centre: bool) -> dict:
    lean = {"label": node["label"], "group": node["kind"], "kind": node["kind"], "shape": node["shape"],
            "url": node["url"]}
    if node["title"] != node["label"]:
        lean["title"] = node["title"]
    if centre:
        lean.update(borderWidth=node["borderWidth"], size=node["size"])
    return lean


def _vis_options(node_count: int) -> dict:
    """vis-network options. Beyond QUICK_LAYOUT nodes the network is laid out
    for a quick first paint: no improvedLayout (its Kamada-Kawai pass grows
    with the square of the nodes), straight edges (smooth dynamic edges add a
    physics body per edge) and no stabilisation before the first drawing;
    physics then settles it on screen, started only after that drawing."""
    large = node_count > QUICK_LAYOUT
    return {
        "groups": {kind: {"color": colour, "shape": KIND_SHAPES[kind]} for kind, colour in KIND_COLOURS.items()},
        "nodes": {"size": 14, "borderWidth": 1},
        "edges": {"smooth": False if large else {"type": "dynamic"}, "font": {"size": 11, "align": "middle"},
                  "arrows": "to"},
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "physics": {"solver": "barnesHut", "stabilization": {"enabled": not large, "iterations": 150, "updateInterval": 25}},
        # network.js draws a large network once before starting its physics.
        "physicsAfterFirstDrawing": large,
        # Arrow keys move the network only while it has the focus, not the whole page.
        "interaction": {"hover": True, "hideEdgesOnDrag": large,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
    }


def script_json(value) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;"))
