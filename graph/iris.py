"""Readable, stable IRIs for documents, entities, posts and annotations.

Every IRI is the data base (graph.namespaces.data_base) plus a path of slugs;
docs/ontology.md lists the patterns.
"""
from __future__ import annotations

import re

from extract.text import fold, normalise

from .namespaces import CONCEPTS, data_base


def slug(text: str) -> str:
    """Lower case, diacritics stripped, other runs of characters as '-'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(normalise(text))).strip("-") or "x"


def iri(*parts: str) -> str:
    return data_base() + "/".join(parts)


def document(doc: str) -> str:
    return iri("doc", doc)


def document_graph(doc: str) -> str:
    return iri("graph", doc)


def labels_graph() -> str:
    """The graph of the preferred SKOS labels, shared by all documents (graph.labels)."""
    return iri("labels")


def graph_prefix() -> str:
    """Every document graph's IRI starts with this."""
    return iri("graph", "")


def person(name_slug: str) -> str:
    return iri("person", name_slug)


def organisation(local: str) -> str:
    return iri("org", local)


def directive(issuer: str | None, type_code: str, number: str, qualifier: str | None) -> str:
    tail = slug(number) + (f"-{slug(qualifier)}" if qualifier else "")
    return iri("directive", slug(issuer) if issuer else "unknown", slug(type_code), tail)


def meeting_numbered(body_local: str, kind: str, number: int, term: str | None) -> str:
    return iri("meeting", body_local, f"{slug(kind)}-{number}" + (f"-{slug(term)}" if term else ""))


def meeting_in_document(doc: str, kind: str, index: int) -> str:
    return iri("meeting", doc, f"{slug(kind)}-{index}")


def in_document(kind: str, doc: str, local: str | int) -> str:
    """Nodes that belong to one document: post, implementation, merge, annotation, evidence."""
    return iri(kind, doc, str(local))


def role_concept(title: str) -> str:
    return CONCEPTS + "role/" + slug(title)


def doctype_concept(code: str) -> str:
    return CONCEPTS + "doctype/" + slug(code)


def level_concept(level: str) -> str:
    return CONCEPTS + "level/" + slug(level)


def local_part(entity_iri: str) -> str:
    """The last path segment of a data IRI ("quan-uy-quan-9")."""
    return entity_iri.rstrip("/").rsplit("/", 1)[-1]
