"""An entity's neighbourhood (depth 1 or 2) as a directed, labelled network:
collected from the graph with one bound query per node, capped, and drawn
with pyvis's generate_html through our own template, which serves
vis-network locally and carries the data as JSON for static/js/network.js."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from .entity_data import meeting_titles

# Relations drawn between entities; a post (org:Membership) is drawn as one
# edge from the person to the body, labelled with the role.
RELATIONS = ["post", "subOrganizationOf", "passed_by", "implements", "organizer", "chairedBy",
             "attendee", "presentedBy", "mentions"]
NEIGHBOURS_QUERY = """
SELECT ?s ?rel ?o ?role WHERE {
  VALUES (?p ?rel) { (vnkg:implements "implements") (eli:passed_by "passed_by")
    (org:subOrganizationOf "subOrganizationOf") (schema:organizer "organizer") (vnkg:chairedBy "chairedBy")
    (schema:attendee "attendee") (vnkg:presentedBy "presentedBy") (vnkg:mentions "mentions") }
  { ?x ?p ?o . BIND(?x AS ?s) } UNION { ?s ?p ?x . BIND(?x AS ?o) }
}"""
POSTS_QUERY = """
SELECT ?s ?o ?role WHERE {
  { ?m org:member ?x ; org:organization ?o . BIND(?x AS ?s) }
  UNION { ?m org:member ?s ; org:organization ?x . BIND(?x AS ?o) }
  OPTIONAL { ?m org:role/skos:prefLabel ?role }
}"""

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


def _edges_of(graph, iri: str) -> list[dict]:
    node = ox.NamedNode(iri)
    edges = []
    for row in graph.values(NEIGHBOURS_QUERY, x=node):
        if row["s"].startswith("_:") or row["o"].startswith("_:"):
            continue
        edges.append({"from": row["s"], "to": row["o"], "relation": row["rel"], "label": row["rel"]})
    for row in graph.values(POSTS_QUERY, x=node):
        edges.append({"from": row["s"], "to": row["o"], "relation": "post", "label": row["role"] or "post"})
    return edges


def neighbourhood(graph, iri: str, depth: int = 1, relations: set[str] | None = None,
                  cap: int = 120) -> Neighbourhood:
    """Breadth-first from `iri` to `depth` (1 or 2), keeping only `relations`
    (all when None) and at most `cap` nodes."""
    result = Neighbourhood(iri, cap=cap)
    result.nodes[iri] = {}
    frontier = [iri]
    seen_edges = set()
    for _ in range(max(1, min(depth, 2))):
        next_frontier = []
        for current in frontier:
            for edge in _edges_of(graph, current):
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
                    if len(result.nodes) >= cap:
                        result.capped = True
                        continue
                    result.nodes[other] = {}
                    next_frontier.append(other)
                seen_edges.add(key)
                result.edges.append(edge)
        frontier = next_frontier
    result.edges = [e for e in result.edges
                    if not (e["relation"] == "attendee" and
                            (e["from"], e["to"], "chairedBy", "chairedBy") in seen_edges)]
    # Kinds and labels of all nodes in a few batched queries, not two per node.
    kinds = graph.kinds(result.nodes)
    labels = graph.labels(result.nodes)
    labels.update(meeting_titles(graph, [n for n, kind in kinds.items() if kind == "meeting"]))
    for node_iri in result.nodes:
        result.nodes[node_iri] = {"label": labels[node_iri], "kind": kinds[node_iri]}
    return result


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
    `description` is what assistive technology announces for the drawing."""
    data = as_json(hood, graph, relation_names)
    net = Network(directed=True, cdn_resources="local", height="600px", width="100%")
    for node in data["nodes"]:
        node_id = node.pop("id")
        net.add_node(node_id, **node)
    for edge in data["edges"]:
        net.add_edge(edge["from"], edge["to"], label=edge["label"], relation=edge["relation"],
                     arrows="to")
    net.set_options(json.dumps({
        "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 11, "align": "middle"}},
        "physics": {"stabilization": {"iterations": 150}},
        # Arrow keys move the network only while it has the focus, not the whole page.
        "interaction": {"hover": True, "keyboard": {"enabled": True, "bindToWindow": False}},
    }))
    net.templateEnv = Environment(loader=FileSystemLoader(TEMPLATE_DIR),
                                  autoescape=select_autoescape(["html"]))
    net.templateEnv.filters["script_json"] = script_json
    net.path = "network.html"
    net.data_url = data_url
    html = net.generate_html(name="network.html")
    return html.replace("__DATA_URL__", _attr(data_url)).replace("__ARIA_LABEL__", _attr(description))


def script_json(value) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;"))
