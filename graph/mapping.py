"""Extraction record → the triples of one document's named graph.

Entities get IRIs from graph.resolve (joined with what the store already
holds); every mention becomes a Web Annotation with offsets and the quoted
text, and every post, meeting and implementation statement points to its
document and to the sentence it came from.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from extract.text import canonical_tones, normalise, search_key
from extract.text import name_key as _name_key

from . import entities, iris
from .labels import collapse_doubled_units, meeting_labels
from .namespaces import CONCEPTS, DCTERMS, ELI, FOAF, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, VNKG, XSD
from .resolve import DocumentScope, Lookup, Resolver, canonical_symbol

# A build maps the same few thousand names again and again.
name_key = lru_cache(maxsize=65536)(_name_key)

ROLES_SCHEME = ox.NamedNode(CONCEPTS + "scheme/roles")
DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_literal(value: str | None) -> ox.Literal | None:
    """An ISO date string as xsd:date, xsd:gYearMonth or xsd:gYear by its precision."""
    if not value or not ISO_DATE.match(str(value)):
        return None
    return ox.Literal(str(value), datatype=DATE_TYPES[len(str(value))])


def text_literal(value: Any) -> ox.Literal:
    return ox.Literal(normalise(str(value)))


@dataclass
class DocumentGraph:
    """The triples of one document, and the node IRIs it assigned.

    Facts about shared entities (people, bodies, roles, directives, numbered
    meetings: nodes that several documents name) are kept apart in
    `entity_facts`: the store holds each of them once, in the entities graph,
    however many documents state it, and the document graph records what it
    states about each entity in a claim (graph.entities). Each document keeps
    its own wording of an entity's rdfs:label in its own graph."""

    doc_slug: str
    graph_iri: str
    doc_iri: str
    triples: list[ox.Triple] = field(default_factory=list)
    entity_facts: dict[str, list[ox.Triple]] = field(default_factory=dict)
    shared: set[str] = field(default_factory=set)
    # organisations and roles: their SKOS labels are chosen across documents (graph.labels)
    skos_labelled: set[str] = field(default_factory=set)

    def add(self, s: str | ox.NamedNode | ox.BlankNode, p: ox.NamedNode, o) -> None:
        subject = ox.NamedNode(s) if isinstance(s, str) else s
        obj = ox.NamedNode(o) if isinstance(o, str) else o
        if subject.value in self.shared and p != RDFS.label:
            self.entity_facts.setdefault(subject.value, []).append(ox.Triple(subject, p, obj))
        else:
            self.triples.append(ox.Triple(subject, p, obj))

    def share(self, node: str) -> str:
        """Mark `node` as a shared entity: its facts go to the entities graph."""
        self.shared.add(node)
        return node

    def graph_triples(self) -> list[ox.Triple]:
        """The document graph as stored: its own triples and its claims."""
        return self.triples + entities.claim_triples(self.doc_slug, self.entity_facts)


def document_slug(path: str | Path) -> str:
    return iris.slug(Path(path).stem)


class RecordMapper:
    """Maps one record; `map()` returns the DocumentGraph."""

    def __init__(self, record: dict[str, Any], text: str, lookup: Lookup, *,
                 doc_slug: str, source_path: str | None = None, content_hash: str | None = None):
        self.record = record
        self.text = text
        self.doc = record.get("document") or {}
        self.out = DocumentGraph(doc_slug, iris.document_graph(doc_slug), iris.document(doc_slug))
        self.resolver = Resolver(lookup, DocumentScope(
            self.out.doc_iri, self.out.graph_iri, self.doc.get("locality"), self.doc.get("province"),
            self.doc.get("locality_level")))
        self.source_path = source_path
        self.content_hash = content_hash
        self._annotations: dict[tuple[int, int], str] = {}
        self._orgs: dict[str, str] = {}
        self._labels: dict[str, str] = {}

    def map(self) -> DocumentGraph:
        self._document()
        directives = self._directives()
        self._organisations()
        people = self._people()
        self._meetings(people)
        self._implements(directives)
        self._merges()
        return self.out

    # ------------------------------------------------------------ document

    def _document(self) -> None:
        add, d, doc = self.out.add, self.doc, self.out.doc_iri
        add(doc, RDF.type, VNKG.SourceDocument)
        add(doc, VNKG.fileName, ox.Literal(str(d.get("file") or self.out.doc_slug)))
        add(doc, VNKG.text, ox.Literal(self.text))
        if d.get("title"):
            add(doc, DCTERMS.title, ox.Literal(normalise(d["title"]), language="vi"))
            add(doc, RDFS.label, ox.Literal(normalise(d["title"]), language="vi"))
        else:
            add(doc, RDFS.label, ox.Literal(str(d.get("file") or self.out.doc_slug)))
        for prop, key in ((DCTERMS.date, "date"), (DCTERMS.issued, "published")):
            literal = date_literal(d.get(key))
            if literal:
                add(doc, prop, literal)
        if d.get("kind"):
            add(doc, VNKG.documentKind, ox.Literal(str(d["kind"])))
        if d.get("locality"):
            add(doc, VNKG.locality, text_literal(d["locality"]))
            add(doc, VNKG.localityKey, ox.Literal(search_key(d["locality"])))
        if d.get("province"):
            add(doc, VNKG.province, text_literal(d["province"]))
            add(doc, VNKG.provinceKey, ox.Literal(search_key(d["province"])))
        if d.get("locality_level"):
            add(doc, VNKG.level, iris.level_concept(d["locality_level"]))
        if self.source_path:
            add(doc, VNKG.sourcePath, ox.Literal(self.source_path))
        if self.content_hash:
            add(doc, VNKG.contentHash, ox.Literal(self.content_hash))

    def _mentioned(self, entity: str, spans) -> None:
        self.out.add(self.out.doc_iri, VNKG.mentions, entity)
        for span in spans or []:
            self._annotate(span, entity, "annotation", OA.identifying)

    def _annotate(self, span, body: str, kind: str, motivation: ox.NamedNode) -> str | None:
        """A Web Annotation selecting text[start:end] of the document."""
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            return None
        if not 0 <= start < end <= len(self.text):
            return None
        node = iris.in_document(kind, self.out.doc_slug, f"{start}-{end}")
        add = self.out.add
        if (start, end, kind) not in self._annotations:
            self._annotations[(start, end, kind)] = node
            # Named, not blank, nodes: stable across rebuilds, and some stores
            # (Virtuoso) refuse blank nodes in INSERT DATA.
            target, position, quote = (ox.NamedNode(f"{node}#{part}") for part in ("target", "position", "quote"))
            add(node, RDF.type, OA.Annotation)
            add(node, OA.motivatedBy, motivation)
            add(node, OA.hasTarget, target)
            add(target, OA.hasSource, self.out.doc_iri)
            add(target, OA.hasSelector, position)
            add(target, OA.hasSelector, quote)
            add(position, RDF.type, OA.TextPositionSelector)
            add(position, OA.start, ox.Literal(str(start), datatype=XSD.integer))
            add(position, OA.end, ox.Literal(str(end), datatype=XSD.integer))
            add(quote, RDF.type, OA.TextQuoteSelector)
            add(quote, OA.exact, ox.Literal(self.text[start:end]))
        add(node, OA.hasBody, body)
        return node

    def _evidence(self, node: str, span) -> None:
        """prov:wasDerivedFrom the document, vnkg:evidence the sentence."""
        self.out.add(node, PROV.wasDerivedFrom, self.out.doc_iri)
        if span:
            annotation = self._annotate(span, node, "evidence", OA.describing)
            if annotation:
                self.out.add(node, VNKG.evidence, annotation)

    # ------------------------------------------------------------ organisations

    def organisation(self, name: str, level: str | None = None) -> str:
        """The node of a body named in this document (typed and labelled here)."""
        name = collapse_doubled_units(" ".join(normalise(name).split()))
        key = name_key(name)
        if key not in self._orgs:
            node, full_name = self.resolver.organisation(name, level)
            self.out.share(node)
            self._orgs[key] = node
            self._labels[node] = full_name
            self.out.add(node, RDF.type, ORG.Organization)
            self.out.add(node, RDFS.label, ox.Literal(full_name, language="vi"))
            self.out.skos_labelled.add(node)
        return self._orgs[key]

    def _organisations(self) -> None:
        for o in self.record.get("organisations") or []:
            if not o.get("name"):
                continue
            node = self.organisation(o["name"], o.get("level"))
            if o.get("level"):
                self.out.add(node, VNKG.level, iris.level_concept(o["level"]))
            self._mentioned(node, o.get("mentions"))
            if o.get("parent"):
                parent = self.organisation(o["parent"])
                if parent != node:
                    self.out.add(node, ORG.subOrganizationOf, parent)

    # ------------------------------------------------------------ people and posts

    def _people(self) -> dict[str, str]:
        """Maps each person's name key to its node."""
        nodes: dict[str, str] = {}
        post_index = 0
        for p in self.record.get("people") or []:
            if not p.get("name"):
                continue
            name = normalise(p["name"]).strip()
            posts = [post for post in p.get("posts") or [] if post.get("role")]
            orgs = [self.organisation(post["organisation"]) if post.get("organisation") else None
                    for post in posts]
            node = self.resolver.person(name, orgs)
            nodes[name_key(name)] = node
            self._person_node(node, name)
            self._mentioned(node, p.get("mentions"))
            for post, org in zip(posts, orgs):
                post_index += 1
                self._post(node, post, org, post_index)
        return nodes

    def _post(self, person: str, post: dict, org: str | None, index: int) -> None:
        add = self.out.add
        membership = iris.in_document("post", self.out.doc_slug, index)
        title = canonical_tones(" ".join(str(post["role"]).split()))
        role = self.out.share(iris.role_concept(title))
        add(membership, RDF.type, ORG.Membership)
        add(membership, ORG.member, person)
        add(membership, ORG.role, role)
        if org:
            add(membership, ORG.organization, org)
        add(role, RDF.type, ORG.Role)
        add(role, RDF.type, SKOS.Concept)
        add(role, SKOS.inScheme, ROLES_SCHEME)
        add(role, RDFS.label, ox.Literal(title, language="vi"))
        self.out.skos_labelled.add(role)
        self._evidence(membership, post.get("evidence"))

    # ------------------------------------------------------------ directives

    def _directives(self) -> dict[str, str]:
        """Maps every symbol the record uses (as written and canonical) to its node."""
        nodes: dict[str, str] = {}
        for d in self.record.get("directives") or []:
            if not d.get("symbol") or not d.get("type") or not d.get("number"):
                continue
            node = self._directive(d)
            nodes[d["symbol"]] = nodes[canonical_symbol(d["symbol"])] = node
            self._mentioned(node, d.get("mentions"))
        return nodes

    def _directive(self, d: dict) -> str:
        add = self.out.add
        issuer = canonical_symbol(str(d["issuer"])) if d.get("issuer") else None
        number = str(d["number"]).lstrip("0") or "0"
        year = int(d["year"]) if str(d.get("year") or "").isdigit() else None
        symbol = canonical_symbol(d["symbol"])
        node = self.out.share(self.resolver.directive(issuer, d["type"], number, year, d.get("term"), symbol))
        add(node, RDF.type, VNKG.Directive)
        add(node, VNKG.symbol, ox.Literal(symbol))
        add(node, RDFS.label, ox.Literal(symbol))
        add(node, ELI.number, ox.Literal(number))
        add(node, ELI.type_document, iris.doctype_concept(d["type"]))
        if issuer:
            add(node, VNKG.issuerCode, ox.Literal(issuer))
        if year:
            add(node, VNKG.year, ox.Literal(str(year), datatype=XSD.integer))
        for prop, key in ((VNKG.term, "term"), (ELI.title, "title"), (VNKG.issuerName, "issuer_name")):
            if d.get(key):
                add(node, prop, text_literal(d[key]))
        literal = date_literal(d.get("date"))
        if literal:
            add(node, ELI.date_document, literal)
        if d.get("issuer_name"):
            level = "central" if issuer in ("TW", "BCT", "BBT") else None
            add(node, ELI.passed_by, self.organisation(d["issuer_name"], level))
        return node

    def _implements(self, directives: dict[str, str]) -> None:
        add = self.out.add
        for index, link in enumerate(self.record.get("implements") or [], start=1):
            target = directives.get(link.get("target") or "") or directives.get(
                canonical_symbol(link.get("target") or ""))
            source = link.get("source")
            if str(source).lower() == "document" or source is None:
                source_node = self.out.doc_iri
            else:
                source_node = directives.get(source) or directives.get(canonical_symbol(source))
            if not target or not source_node:
                continue
            add(source_node, VNKG.implements, target)
            statement = iris.in_document("implementation", self.out.doc_slug, index)
            add(statement, RDF.type, VNKG.Implementation)
            add(statement, VNKG.implementer, source_node)
            add(statement, VNKG.implemented, target)
            self._evidence(statement, link.get("evidence"))

    # ------------------------------------------------------------ meetings

    def _meetings(self, people: dict[str, str]) -> None:
        add = self.out.add
        for index, m in enumerate(self.record.get("meetings") or [], start=1):
            kind = m.get("kind") or "hoi-nghi"
            body = self.organisation(m["body"]) if m.get("body") else None
            number = m.get("number") if isinstance(m.get("number"), int) else None
            if number is not None and body:
                node = self.out.share(iris.meeting_numbered(iris.local_part(body), kind, number, m.get("term")))
            else:
                node = iris.meeting_in_document(self.out.doc_slug, kind, index)
            add(node, RDF.type, VNKG.Meeting)
            add(node, VNKG.meetingKind, ox.Literal(kind))
            if number is not None:
                add(node, VNKG.sessionNumber, ox.Literal(str(number), datatype=XSD.integer))
            for prop, key in ((VNKG.term, "term"), (VNKG.period, "period"), (SCHEMA.name, "name")):
                if m.get(key):
                    add(node, prop, text_literal(m[key]))
            literal = date_literal(m.get("date"))
            if literal:
                add(node, SCHEMA.startDate, literal)
            if body:
                add(node, SCHEMA.organizer, body)
            labels = meeting_labels(kind, number, self._labels.get(body) if body else None,
                                    m.get("term"), m.get("period"))
            add(node, RDFS.label, ox.Literal(normalise(m["name"]) if m.get("name") else labels["vi"], language="vi"))
            add(node, RDFS.label, ox.Literal(labels["en"], language="en"))
            for prop, key in ((VNKG.chairedBy, "chairs"), (SCHEMA.attendee, "attendees"),
                              (VNKG.presentedBy, "presenters")):
                for name in m.get(key) or []:
                    add(node, prop, self._person_named(name, people))
            for adopted in m.get("adopted") or []:
                add(node, VNKG.adopted, text_literal(adopted))
            self._mentioned(node, m.get("mentions"))
            self._evidence(node, m.get("evidence"))

    def _person_named(self, name: str, people: dict[str, str]) -> str:
        """A chair or attendee: the person entry of that name, else a new person node."""
        name = normalise(name).strip()
        node = people.get(name_key(name))
        if node is None:
            # a chair or attendee takes part in this document's meeting: tied to its place
            node = people[name_key(name)] = self.resolver.person(name, [None])
            self._person_node(node, name)
            self.out.add(self.out.doc_iri, VNKG.mentions, node)
        return node

    def _person_node(self, node: str, name: str) -> None:
        self.out.share(node)
        add = self.out.add
        add(node, RDF.type, FOAF.Person)
        add(node, FOAF.name, ox.Literal(name))
        add(node, RDFS.label, ox.Literal(name))
        add(node, VNKG.nameKey, ox.Literal(name_key(name)))

    # ------------------------------------------------------------ merges

    def _merges(self) -> None:
        add = self.out.add
        for index, merge in enumerate(self.resolver.merges, start=1):
            node = iris.in_document("merge", self.out.doc_slug, index)
            add(node, RDF.type, VNKG.MergeDecision)
            add(node, VNKG.mergedInto, merge.entity)
            add(node, VNKG.mergeRule, ox.Literal(merge.rule))
            add(node, VNKG.mergeReason, ox.Literal(merge.reason))
            add(node, VNKG.surface, ox.Literal(merge.surface))
            add(node, PROV.wasDerivedFrom, self.out.doc_iri)


def map_record(record: dict[str, Any], text: str, lookup: Lookup, *, doc_slug: str,
               source_path: str | None = None, content_hash: str | None = None) -> DocumentGraph:
    """The named graph of one document's record."""
    return RecordMapper(record, text, lookup, doc_slug=doc_slug, source_path=source_path,
                        content_hash=content_hash).map()
