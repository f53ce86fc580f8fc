"""networkx views of the graph for analytics: officials and bodies linked by
posts, meetings and sub-organisation; degree and betweenness centrality,
shortest paths between two entities."""
from __future__ import annotations

import networkx as nx

from .namespaces import sparql_prefixes
from .store import BaseStore

EDGES = """
SELECT DISTINCT ?a ?b ?relation WHERE {
  { ?m a org:Membership ; org:member ?a ; org:organization ?b ; org:role/skos:prefLabel ?relation }
  UNION { ?a org:subOrganizationOf ?b . BIND("thuộc" AS ?relation) }
  UNION { ?meeting vnkg:chairedBy ?a ; schema:organizer ?b . BIND("chủ trì" AS ?relation) }
  UNION { ?meeting schema:attendee ?a ; schema:organizer ?b . BIND("dự" AS ?relation) }
}"""

NODES = """
SELECT ?node ?kind (SAMPLE(?l) AS ?label) WHERE {
  { ?node a foaf:Person ; foaf:name ?l . BIND("person" AS ?kind) }
  UNION { ?node a org:Organization ; skos:prefLabel ?l . BIND("organisation" AS ?kind) }
} GROUP BY ?node ?kind"""


def people_and_bodies(store: BaseStore) -> nx.Graph:
    """An undirected graph: people and organisations as nodes (attributes
    `label`, `kind`), posts, chairs, attendance and sub-organisation as edges
    (attribute `relation`)."""
    graph = nx.Graph()
    for row in store.select(sparql_prefixes() + NODES):
        graph.add_node(row["node"], label=row.get("label", ""), kind=row["kind"])
    for row in store.select(sparql_prefixes() + EDGES):
        a, b = row["a"], row["b"]
        for node in (a, b):
            if node not in graph:
                graph.add_node(node, label=node.rsplit("/", 1)[-1], kind="other")
        relation = row.get("relation", "")
        if graph.has_edge(a, b):
            relations = set(graph.edges[a, b]["relation"].split("; ")) | {relation}
            graph.edges[a, b]["relation"] = "; ".join(sorted(relations))
        else:
            graph.add_edge(a, b, relation=relation)
    return graph


def centrality(graph: nx.Graph, top: int | None = None) -> list[dict]:
    """Nodes by degree, with betweenness: [{node, label, kind, degree, betweenness}]."""
    betweenness = nx.betweenness_centrality(graph) if graph.number_of_nodes() else {}
    rows = [{"node": n, "label": graph.nodes[n].get("label", ""), "kind": graph.nodes[n].get("kind", ""),
             "degree": graph.degree(n), "betweenness": round(betweenness.get(n, 0.0), 6)}
            for n in graph.nodes]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"]))
    return rows[:top] if top else rows


def shortest_path(graph: nx.Graph, source: str, target: str) -> list[str]:
    """The nodes on a shortest path between two entities; [] when unconnected or unknown."""
    try:
        return nx.shortest_path(graph, source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []
