"""Check the graph against the SHACL shapes of ontology/shapes.ttl (pySHACL)."""
from __future__ import annotations

import io
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib

from ontology import SHAPES

from .store import BaseStore


SHOWN = 40  # violations listed in full; the rest are counted


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[str]

    def text(self) -> str:
        if self.conforms:
            return "The graph conforms to ontology/shapes.ttl: no violations."
        lines = [f"{len(self.violations)} violation{'s' if len(self.violations) != 1 else ''} of ontology/shapes.ttl:"]
        shown = [f"  {v}" for v in self.violations[:SHOWN]]
        if len(self.violations) > SHOWN:
            shown.append(f"  ... and {len(self.violations) - SHOWN} more")
        return "\n".join(lines + shown)


def _union_graph(store: BaseStore) -> rdflib.Graph:
    buffer = io.BytesIO()
    triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in store.quads())
    ox.serialize(list(triples), buffer, format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    graph.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    return graph


VIOLATIONS = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?focus ?path ?message WHERE {
  ?r a sh:ValidationResult ; sh:focusNode ?focus ; sh:resultMessage ?message .
  OPTIONAL { ?r sh:resultPath ?path }
} ORDER BY ?focus ?path"""


def validate_store(store: BaseStore) -> ValidationReport:
    from pyshacl import validate

    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, results, _ = validate(_union_graph(store), shacl_graph=shapes, inference="none")
    violations = [f"{row.focus} {row.path or ''}: {row.message}".replace("  ", " ")
                  for row in results.query(VIOLATIONS)]
    return ValidationReport(bool(conforms), violations)
