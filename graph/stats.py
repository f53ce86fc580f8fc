"""What the graph holds: documents, entities by kind, triples."""
from __future__ import annotations

from .namespaces import sparql_prefixes
from .store import BaseStore

COUNTED = {
    "documents": "vnkg:SourceDocument",
    "people": "foaf:Person",
    "organisations": "org:Organization",
    "directives": "vnkg:Directive",
    "meetings": "vnkg:Meeting",
    "posts": "org:Membership",
}


def graph_stats(store: BaseStore) -> dict[str, int]:
    figures = {}
    for key, cls in COUNTED.items():
        rows = store.select(sparql_prefixes() + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}")
        figures[key] = int(rows[0]["n"])
    rows = store.select(sparql_prefixes() + "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o "
                        "WHERE { ?s vnkg:implements ?o } }")
    figures["implements"] = int(rows[0]["n"])
    figures["triples"] = store.count()
    return figures
