"""The implementation chain around a directive or document, as two trees:
upward, what it implements up to the central resolutions; downward, the
plans, reports and documents that implement it."""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

UP_QUERY = """SELECT ?next WHERE { ?node vnkg:implements ?next }"""
DOWN_QUERY = """SELECT ?next WHERE { ?next vnkg:implements ?node }"""
MAX_DEPTH = 8
MAX_NODES = 300


@dataclass
class TraceNode:
    iri: str
    label: str
    kind: str
    children: list["TraceNode"] = field(default_factory=list)
    repeated: bool = False  # already shown elsewhere in this tree (a cycle or a shared branch)


def _tree(graph, iri: str, query: str, seen: set[str], depth: int = 0) -> TraceNode:
    node = TraceNode(iri, graph.label(iri), graph.kind(iri))
    if depth >= MAX_DEPTH or len(seen) > MAX_NODES:
        return node
    nexts = sorted({r["next"] for r in graph.values(query, node=ox.NamedNode(iri))},
                   key=lambda i: graph.label(i))
    for nxt in nexts:
        if nxt in seen:
            node.children.append(TraceNode(nxt, graph.label(nxt), graph.kind(nxt), repeated=True))
            continue
        seen.add(nxt)
        node.children.append(_tree(graph, nxt, query, seen, depth + 1))
    return node


def trace(graph, iri: str) -> dict[str, TraceNode]:
    """{"up": tree of what `iri` implements, "down": tree of what implements it}."""
    return {"up": _tree(graph, iri, UP_QUERY, {iri}), "down": _tree(graph, iri, DOWN_QUERY, {iri})}


def size(node: TraceNode) -> int:
    return 1 + sum(size(c) for c in node.children)
