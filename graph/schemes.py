"""The ontology graph: vnkg.ttl plus the document-type concept scheme generated
from data/tables/document_types.yaml, so that the types live in one place."""
from __future__ import annotations

import hashlib

import pyoxigraph as ox

from extract.tables import load_table
from ontology import ONTOLOGY

from .iris import doctype_concept
from .namespaces import CONCEPTS, RDF, SKOS

DOCTYPE_SCHEME = ox.NamedNode(CONCEPTS + "scheme/document-types")


def doctype_triples() -> list[ox.Triple]:
    """One concept per code; the first row's first word in each language is
    its preferred label (one per language, SKOS S14), the rest alternatives."""
    triples: list[ox.Triple] = []
    typed: set[str] = set()
    preferred: set[tuple[str, str]] = set()
    for row in load_table("document_types"):
        code = str(row["code"])
        concept = ox.NamedNode(doctype_concept(code))
        labels = [ox.Literal(w, language="vi") for w in row.get("words") or []]
        if row.get("en"):
            labels.append(ox.Literal(str(row["en"]), language="en"))
        if code not in typed:
            typed.add(code)
            triples += [ox.Triple(concept, RDF.type, SKOS.Concept),
                        ox.Triple(concept, SKOS.inScheme, DOCTYPE_SCHEME),
                        ox.Triple(concept, SKOS.notation, ox.Literal(code))]
        for label in labels:
            first = (code, label.language) not in preferred
            preferred.add((code, label.language))
            triples.append(ox.Triple(concept, SKOS.prefLabel if first else SKOS.altLabel, label))
    return triples


def ontology_triples() -> list[ox.Triple]:
    """vnkg.ttl and the generated schemes, as one list of triples."""
    with ONTOLOGY.open("rb") as f:
        triples = list(ox.parse(f, format=ox.RdfFormat.TURTLE))
    return triples + doctype_triples()


def ontology_fingerprint(triples: list[ox.Triple]) -> str:
    return hashlib.sha256("\n".join(sorted(str(t) for t in triples)).encode()).hexdigest()[:16]
