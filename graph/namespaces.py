"""The vocabularies the graph uses, as pyoxigraph IRIs, and the data base IRI."""
from __future__ import annotations

import os

import pyoxigraph as ox

DEFAULT_BASE = "https://w3id.org/vnkg/id/"
ONTOLOGY_GRAPH = "https://w3id.org/vnkg/ont"
CONCEPTS = "https://w3id.org/vnkg/ont/"


def data_base() -> str:
    """The base of data IRIs: $VNKG_BASE, else the w3id default; always ends in '/'."""
    base = os.environ.get("VNKG_BASE") or DEFAULT_BASE
    return base if base.endswith("/") else base + "/"


class Namespace:
    """`NS.term` and `NS["term"]` give the NamedNode of namespace + term."""

    def __init__(self, iri: str):
        self.iri = iri

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = ox.NamedNode(self.iri + name)
        setattr(self, name, node)  # later lookups find the attribute: no new node per triple
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self.iri + name)


VNKG = Namespace("https://w3id.org/vnkg/ont#")
VNKGC = Namespace(CONCEPTS)
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = Namespace("https://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")

PREFIXES = {
    "vnkg": VNKG.iri, "vnkgc": CONCEPTS, "org": ORG.iri, "eli": ELI.iri, "foaf": FOAF.iri,
    "skos": SKOS.iri, "schema": SCHEMA.iri, "dcterms": DCTERMS.iri, "prov": PROV.iri,
    "oa": OA.iri, "rdf": RDF.iri, "rdfs": RDFS.iri, "xsd": XSD.iri, "owl": OWL.iri,
}


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
