"""Read-only questions the pages ask of the graph: an entity's kind, label,
properties and neighbours. Every query is a fixed text; values from a request
enter only as bound variables (pyoxigraph terms in a VALUES block), never pasted in."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice
from urllib.parse import quote

import pyoxigraph as ox
from flask import request, url_for

from .results_format import PREFIXES
from .store_access import StoreQueries

PREFIX_LINES = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())

# rdf:type → the kind of page that shows it; the first match wins.
KINDS = [
    ("person", "http://xmlns.com/foaf/0.1/Person"),
    ("organisation", "http://www.w3.org/ns/org#Organization"),
    ("directive", "https://w3id.org/vnkg/ont#Directive"),
    ("meeting", "https://w3id.org/vnkg/ont#Meeting"),
    ("document", "https://w3id.org/vnkg/ont#SourceDocument"),
    ("membership", "http://www.w3.org/ns/org#Membership"),
    ("role", "http://www.w3.org/ns/org#Role"),
    ("concept", "http://www.w3.org/2004/02/skos/core#Concept"),
]
KIND_BY_CLASS = {cls: kind for kind, cls in KINDS}
BROWSABLE_KINDS = ("person", "organisation", "directive", "meeting", "document")

# Properties that name a thing, best first.
LABEL_PROPERTIES = ["foaf:name", "vnkg:symbol", "skos:prefLabel", "dcterms:title",
                    "schema:name", "rdfs:label", "vnkg:fileName"]

# A FILTER, not a VALUES block, on ?p: with many bound entities Oxigraph
# joins a VALUES ?p against every triple of those properties in the store.
LABEL_QUERY = PREFIX_LINES + """
SELECT DISTINCT ?entity ?p ?label WHERE {
  ?entity ?p ?label . FILTER (?p IN (%s))
}""" % ", ".join(LABEL_PROPERTIES)


LABEL_PROPERTY_IRIS = [PREFIXES[name.split(":")[0]] + name.split(":")[1] for name in LABEL_PROPERTIES]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# Kinds and labels of many nodes in one pass over their statements (a network
# of 2,000 nodes asks for both).
KIND_LABEL_QUERY = PREFIX_LINES + """
SELECT DISTINCT ?entity ?p ?value WHERE {
  ?entity ?p ?value . FILTER (?p IN (rdf:type, %s))
}""" % ", ".join(LABEL_PROPERTIES)

# How many IRIs one VALUES block carries (long lists are asked in parts).
VALUES_CHUNK = 500


def _kind_of(classes: set[str]) -> str:
    """The viewer's kind of a node with these rdf:type IRIs (the first of KINDS it has)."""
    return next((kind for kind, cls in KINDS if cls in classes), "thing")


def _label_of(iri: str, names: dict[str, str]) -> str:
    """The best of a node's labels by LABEL_PROPERTIES (property IRI → label), else its IRI's last segment."""
    return next((names[p] for p in LABEL_PROPERTY_IRIS if names.get(p)), None) or _last_segment(iri)


def _chunks(items: list, size: int = VALUES_CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _last_segment(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


def short(iri: str) -> str:
    """`foaf:name` for http://xmlns.com/foaf/0.1/name; the IRI when no prefix fits."""
    for name, base in PREFIXES.items():
        if iri.startswith(base) and "/" not in iri[len(base):] and "#" not in iri[len(base):]:
            return f"{name}:{iri[len(base):]}"
    return iri


def plain(term) -> str | None:
    """A term's lexical value (IRI, literal text or blank node id)."""
    return None if term is None else term.value


class GraphReader:
    def __init__(self, store, entity_base: str):
        self.store = store
        self.queries = StoreQueries(store)
        self.entity_base = entity_base
        # Kinds and labels of the entities the search index holds (the app
        # sets them once the index is built): the store is asked only about
        # the others. A network of 2,000 nodes or a document naming dozens of
        # entities then costs no label query for them.
        self.known_kinds: dict[str, str] = {}
        self.known_labels: dict[str, str] = {}
        self._document_facts: dict[str, dict] | None = None

    @property
    def document_facts(self) -> dict[str, dict]:
        """Title, date and file name of every document (entity_data.document_facts),
        read on first use and kept while this reader serves."""
        return self._document_facts if self._document_facts is not None else self.read_document_facts()

    def read_document_facts(self) -> dict[str, dict]:
        from .entity_data import document_facts
        self._document_facts = document_facts(self)
        return self._document_facts

    # ---------------------------------------------------------------- querying
    def select(self, query: str, **bindings) -> list[dict[str, object]]:
        """Rows of a SELECT as dicts of terms; `bindings` bind variables (IRIs
        as NamedNode, strings as Literal)."""
        solutions = self.queries.query(bind(PREFIX_LINES + query, bindings))
        variables = [v.value for v in solutions.variables]
        # A solution's terms in order (unbound ones as None): zipped, not
        # looked up by name, which costs twice as much per row.
        return [dict(zip(variables, s)) for s in solutions]

    def values(self, query: str, **bindings) -> list[dict[str, str | None]]:
        """Like select, with every term reduced to its lexical value."""
        solutions = self.queries.query(bind(PREFIX_LINES + query, bindings))
        variables = [v.value for v in solutions.variables]
        return [dict(zip(variables, [None if term is None else term.value for term in s])) for s in solutions]

    def construct(self, query: str, **bindings) -> list:
        return list(self.queries.query(bind(PREFIX_LINES + query, bindings)))

    # ---------------------------------------------------------------- entities
    def exists(self, iri: str) -> bool:
        # An entity of the search index was read from this very store (both
        # are replaced together on a reload): no need to ask.
        if iri in self.known_kinds:
            return True
        return bool(self.queries.query(bind("ASK WHERE { { ?e ?p ?o } UNION { ?s ?p ?e } }",
                                            {"e": ox.NamedNode(iri)})))

    def kinds(self, iris) -> dict[str, str]:
        """The kind of each IRI in `iris`, in one query."""
        iris = list(dict.fromkeys(iris))
        known = {iri: self.known_kinds[iri] for iri in iris if iri in self.known_kinds}
        return known if len(known) == len(iris) else \
            {**known, **self._kinds_asked([iri for iri in iris if iri not in known])}

    def _kinds_asked(self, iris: list[str]) -> dict[str, str]:
        classes: dict[str, set[str]] = {iri: set() for iri in iris}
        for chunk in _chunks(iris):
            for row in self.select("SELECT ?e ?c WHERE { ?e a ?c }", e=[ox.NamedNode(i) for i in chunk]):
                classes[plain(row["e"])].add(plain(row["c"]))
        return {iri: _kind_of(found) for iri, found in classes.items()}

    def kind(self, iri: str) -> str:
        return self.kinds([iri])[iri]

    def labels(self, iris) -> dict[str, str]:
        """The label of each IRI in `iris` (the best of LABEL_PROPERTIES, else
        the IRI's last segment), in one query rather than one per node."""
        iris = list(dict.fromkeys(iris))
        known = {iri: self.known_labels[iri] for iri in iris if iri in self.known_labels}
        return known if len(known) == len(iris) else \
            {**known, **self._labels_asked([iri for iri in iris if iri not in known])}

    def _labels_asked(self, iris: list[str]) -> dict[str, str]:
        found: dict[str, dict[str, str]] = {iri: {} for iri in iris}
        for chunk in _chunks(iris):
            # Terms read straight from the solutions: a label can be in many
            # document graphs, and these rows are many.
            for solution in self.queries.query(bind(PREFIX_LINES + LABEL_QUERY,
                                                    {"entity": [ox.NamedNode(i) for i in chunk]})):
                found[solution["entity"].value].setdefault(solution["p"].value, solution["label"].value)
        return {iri: _label_of(iri, names) for iri, names in found.items()}

    def label(self, iri: str) -> str:
        return self.labels([iri])[iri]

    def kinds_and_labels(self, iris) -> tuple[dict[str, str], dict[str, str]]:
        """What kinds() and labels() answer, from one query per chunk of the
        IRIs whose kind or label is not known already."""
        iris = list(dict.fromkeys(iris))
        unknown = [iri for iri in iris if iri not in self.known_kinds or iri not in self.known_labels]
        kinds = {iri: self.known_kinds[iri] for iri in iris if iri in self.known_kinds}
        labels = {iri: self.known_labels[iri] for iri in iris if iri in self.known_labels}
        if unknown:
            asked_kinds, asked_labels = self._kinds_and_labels_asked(unknown)
            kinds = {**asked_kinds, **kinds}
            labels = {**asked_labels, **labels}
        return {iri: kinds[iri] for iri in iris}, {iri: labels[iri] for iri in iris}

    def _kinds_and_labels_asked(self, iris: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        classes: dict[str, set[str]] = {iri: set() for iri in iris}
        names: dict[str, dict[str, str]] = {iri: {} for iri in iris}
        for chunk in _chunks(iris):
            for solution in self.queries.query(bind(KIND_LABEL_QUERY, {"entity": [ox.NamedNode(i) for i in chunk]})):
                entity, prop, value = solution["entity"].value, solution["p"].value, solution["value"].value
                if prop == RDF_TYPE:
                    classes[entity].add(value)
                else:
                    names[entity].setdefault(prop, value)
        return ({iri: _kind_of(found) for iri, found in classes.items()},
                {iri: _label_of(iri, found) for iri, found in names.items()})

    # Sorted here rather than by ORDER BY: Oxigraph's ORDER BY decodes every
    # term to compare it, which made these two the slowest queries of a page.
    # An embedded store is read through its index (every graph, as the union
    # default graph has them): every entity page asks both, and a query costs
    # more to parse and plan than these reads cost.
    def outgoing(self, iri: str) -> list[dict]:
        node = ox.NamedNode(iri)
        if self.queries.embedded:
            rows = [{"p": quad.predicate, "o": quad.object} for quad in self.store.ox.quads_for_pattern(node, None, None)]
        else:
            rows = self.select("SELECT ?p ?o WHERE { ?e ?p ?o }", e=node)
        return sorted(rows, key=lambda r: (r["p"].value, r["o"].value))

    def incoming(self, iri: str, limit: int = 500) -> list[dict]:
        """At most `limit` statements naming `iri` as object (the first in the store's order), sorted."""
        node = ox.NamedNode(iri)
        if self.queries.embedded:
            rows = [{"s": quad.subject, "p": quad.predicate}
                    for quad in islice(self.store.ox.quads_for_pattern(None, None, node), int(limit))]
        else:
            rows = self.select(f"SELECT ?s ?p WHERE {{ ?s ?p ?e }} LIMIT {int(limit)}", e=node)
        return sorted(rows, key=lambda r: (r["p"].value, r["s"].value))

    def describe(self, iri: str) -> list:
        """The triples about `iri`, and those of the blank or membership nodes it leads to."""
        return self.construct("""
CONSTRUCT { ?e ?p ?o . ?s ?q ?e . } WHERE {
  { ?e ?p ?o } UNION { ?s ?q ?e }
}""", e=ox.NamedNode(iri))

    # ---------------------------------------------------------------- links
    def entity_url(self, iri: str) -> str:
        """The viewer's page of an entity: /id/<rest> for our own IRIs.
        Remembered per IRI (and script root): a page links hundreds of
        entities, and building each URL through the routing map is the
        largest part of rendering it."""
        return _entity_url(request.script_root, self.entity_base, iri)

    def iri_for_path(self, rest: str) -> str:
        return self.entity_base + rest


# What werkzeug's path converter leaves unquoted in a URL path.
PATH_SAFE = "!$&'()*+,/:;=@"


@lru_cache(maxsize=65536)
def _entity_url(script_root: str, entity_base: str, iri: str) -> str:
    rest = iri[len(entity_base):] if iri.startswith(entity_base) else ""
    if rest and not rest.startswith("/"):
        # The route's prefix once, then plain quoting: the same URL url_for
        # builds, at a fraction of its cost for a page's hundreds of new IRIs.
        return _id_prefix(script_root) + quote(rest, safe=PATH_SAFE)
    return url_for("entities.by_iri", iri=iri)


@lru_cache(maxsize=64)
def _id_prefix(_script_root: str) -> str:
    return url_for("entities.by_path", rest="x")[:-1]


def bind(query: str, bindings: dict) -> str:
    """`query` with a VALUES block for each binding at the start of its WHERE
    group (a list or tuple binds the variable to each of its values in turn).
    The values are pyoxigraph terms, whose serialisation is validated and
    escaped, so request input never reaches the query as raw text."""
    if not bindings:
        return query
    block = " ".join(f"VALUES ?{name} {{ {' '.join(str(_term(v)) for v in _listed(value))} }}"
                     for name, value in bindings.items() if name.isidentifier())
    head, found, tail = query.partition("WHERE {")
    if not found:
        raise ValueError("a bound query needs a WHERE { ... } group")
    return f"{head}WHERE {{ {block} {tail}"


def _listed(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _term(value):
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, str):
        return ox.Literal(value)
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    raise TypeError(f"cannot bind {value!r}")


def iri_or_none(text: str | None) -> ox.NamedNode | None:
    """A validated IRI node from user input, or None when it is not an absolute IRI."""
    if not text or ":" not in text:
        return None
    try:
        return ox.NamedNode(text)
    except ValueError:
        return None


def quote_iri(iri: str) -> str:
    return quote(iri, safe="")
