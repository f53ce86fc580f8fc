"""What each entity page shows, read from the graph with fixed queries whose
only inputs are bound IRIs: a person's posts and meetings, a body's members,
a directive's implementation links, a meeting's people, a document's mentions
and facts with their evidence sentences."""
from __future__ import annotations

from collections import Counter, OrderedDict

import pyoxigraph as ox

# A label for ?x, whatever kind of node it is.
LABEL = "OPTIONAL {{ ?{v} foaf:name|vnkg:symbol|skos:prefLabel|schema:name|dcterms:title ?{v}Label }}"
# The evidence sentence of each bound ?x. Asked apart from the page's main
# query: inside an OPTIONAL, Oxigraph joins this chain against every evidence
# sentence of the store (a hash join), which grows with the store; bound by a
# VALUES block it is a few index lookups.
EVIDENCE_QUERY = """SELECT ?x ?text WHERE {
  ?x vnkg:evidence ?ev . ?ev oa:hasTarget ?target . ?target oa:hasSelector ?selector . ?selector oa:exact ?text }"""
DOC_INFO = """OPTIONAL {{ ?{v} dcterms:title ?{v}Title }} OPTIONAL {{ ?{v} dcterms:date ?{v}Date }}
  OPTIONAL {{ ?{v} vnkg:fileName ?{v}File }}"""


def label(v: str) -> str:
    return LABEL.format(v=v)


def with_evidence(graph, rows: list[dict], v: str) -> list[dict]:
    """`rows` with row[v + "Evidence"] set to the evidence sentence of row[v] (None when it has none)."""
    iris = list(dict.fromkeys(r[v] for r in rows if r.get(v)))
    found: dict[str, str] = {}
    for start in range(0, len(iris), 500):
        for row in graph.values(EVIDENCE_QUERY, x=[_n(i) for i in iris[start:start + 500]]):
            found.setdefault(row["x"], row["text"])
    for row in rows:
        row[v + "Evidence"] = found.get(row.get(v))
    return rows


def doc_info(v: str) -> str:
    return DOC_INFO.format(v=v)


# Title, date and file name of every document, read once per opened store
# (GraphReader.document_facts): the pages then ask only which documents, and
# a query without these OPTIONALs costs Oxigraph a third as much to plan and run.
DOCUMENT_FACTS_QUERY = f"""SELECT ?doc ?docTitle ?docDate ?docFile WHERE {{
  ?doc a vnkg:SourceDocument . {doc_info('doc')} }}"""


def document_facts(graph) -> dict[str, dict]:
    """Each document's docTitle, docDate and docFile (None when it has none)."""
    facts: dict[str, dict] = {}
    for row in graph.values(DOCUMENT_FACTS_QUERY):
        facts.setdefault(row.pop("doc"), row)
    return facts


NO_DOCUMENT_FACTS = {"docTitle": None, "docDate": None, "docFile": None}


def with_document_facts(graph, rows: list[dict]) -> list[dict]:
    """`rows` with docTitle, docDate and docFile of each row's doc."""
    facts = graph.document_facts
    for row in rows:
        row.update(facts.get(row.get("doc"), NO_DOCUMENT_FACTS))
    return rows


def ascending(value):
    """A sort key ordering as SPARQL's ORDER BY does lexical values: unbound first."""
    return (value is not None, value or "")


def unique(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    """One row per key (OPTIONAL labels can repeat a row)."""
    seen: OrderedDict = OrderedDict()
    for row in rows:
        seen.setdefault(tuple(row.get(k) for k in key), row)
    return list(seen.values())


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def first(graph, query: str, **bindings) -> dict:
    rows = graph.values(query, **bindings)
    return rows[0] if rows else {}


# ---------------------------------------------------------------- person
def person(graph, iri: str) -> dict:
    posts = with_document_facts(graph, graph.values(f"""
SELECT ?post ?roleLabel ?org ?orgLabel ?doc WHERE {{
  ?post org:member ?e .
  OPTIONAL {{ ?post org:role/skos:prefLabel ?roleLabel }}
  OPTIONAL {{ ?post org:organization ?org . {label('org')} }}
  OPTIONAL {{ ?post prov:wasDerivedFrom ?doc }}
}}""", e=_n(iri)))
    posts = unique(sorted(posts, key=lambda r: (ascending(r["docDate"]), ascending(r["roleLabel"]))), ("post",))
    with_evidence(graph, posts, "post")
    meetings = unique(graph.values(f"""
SELECT ?meeting ?how ?date WHERE {{
  {{ ?meeting vnkg:chairedBy ?e . BIND("chair" AS ?how) }}
  UNION {{ ?meeting schema:attendee ?e . FILTER NOT EXISTS {{ ?meeting vnkg:chairedBy ?e }} BIND("attendee" AS ?how) }}
  UNION {{ ?meeting vnkg:presentedBy ?e . BIND("presenter" AS ?how) }}
  OPTIONAL {{ ?meeting schema:startDate ?date }}
}} ORDER BY ?date""", e=_n(iri)), ("meeting", "how"))
    titles = meeting_titles(graph, [m["meeting"] for m in meetings])
    for m in meetings:
        m["title"] = titles[m["meeting"]]
    met = graph.values("""
SELECT ?other (COUNT(DISTINCT ?meeting) AS ?times) WHERE {
  ?meeting vnkg:chairedBy|schema:attendee|vnkg:presentedBy ?e .
  ?meeting vnkg:chairedBy|schema:attendee|vnkg:presentedBy ?other .
  FILTER (?other != ?e)
} GROUP BY ?other ORDER BY DESC(?times) LIMIT 20""", e=_n(iri))
    together = graph.values("""
SELECT ?other (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  ?doc vnkg:mentions ?e , ?other . ?other a foaf:Person . FILTER (?other != ?e)
} GROUP BY ?other ORDER BY DESC(?documents) LIMIT 20""", e=_n(iri))
    met_count = {r["other"]: int(r["times"]) for r in met}
    doc_count = {r["other"]: int(r["documents"]) for r in together}
    names = graph.labels(set(met_count) | set(doc_count))
    # The IRI last: two people of one name keep one order in every process (set order is not).
    people = sorted(names, key=lambda o: (-met_count.get(o, 0), -doc_count.get(o, 0), names[o], o))
    return {
        "posts": posts,
        "meetings": meetings,
        "met": [{"iri": o, "label": names[o], "meetings": met_count.get(o, 0),
                 "documents": doc_count.get(o, 0)} for o in people[:15]],
        "documents": mentioned_in(graph, iri),
    }


def mentioned_in(graph, iri: str) -> list[dict]:
    rows = with_document_facts(graph, graph.values("SELECT ?doc WHERE { ?doc vnkg:mentions ?e }", e=_n(iri)))
    rows.sort(key=lambda r: ascending(r["docFile"]))
    rows.sort(key=lambda r: ascending(r["docDate"]), reverse=True)  # stable: DESC(?docDate) ?docFile
    return unique(rows, ("doc",))


# ---------------------------------------------------------------- organisation
def organisation(graph, iri: str) -> dict:
    parents = unique(graph.values(f"SELECT ?p ?pLabel WHERE {{ ?e org:subOrganizationOf ?p . {label('p')} }}",
                                  e=_n(iri)), ("p",))
    children = unique(graph.values(f"""SELECT ?c ?cLabel WHERE {{ ?c org:subOrganizationOf ?e . {label('c')} }}
ORDER BY ?cLabel""", e=_n(iri)), ("c",))
    members = with_document_facts(graph, graph.values(f"""
SELECT ?post ?person ?personLabel ?roleLabel ?doc WHERE {{
  ?post org:organization ?e ; org:member ?person . {label('person')}
  OPTIONAL {{ ?post org:role/skos:prefLabel ?roleLabel }}
  OPTIONAL {{ ?post prov:wasDerivedFrom ?doc }}
}}""", e=_n(iri)))
    members = unique(sorted(members, key=lambda r: (ascending(r["roleLabel"]), ascending(r["personLabel"]))),
                     ("post",))
    by_role: dict[str, list[dict]] = OrderedDict()
    for m in members:
        people = by_role.setdefault(m.get("roleLabel") or "", [])
        if m["person"] not in [p["person"] for p in people]:
            people.append(m)
    meetings = unique(graph.values("""SELECT ?meeting ?date WHERE {
  ?meeting schema:organizer ?e . OPTIONAL { ?meeting schema:startDate ?date } } ORDER BY ?date""",
                                   e=_n(iri)), ("meeting",))
    titles = meeting_titles(graph, [m["meeting"] for m in meetings])
    for m in meetings:
        m["title"] = titles[m["meeting"]]
    directives = unique(graph.values(f"""SELECT ?d ?dLabel WHERE {{ ?d eli:passed_by ?e . {label('d')} }}
ORDER BY ?dLabel""", e=_n(iri)), ("d",))
    return {"parents": parents, "children": children, "members_by_role": by_role,
            "meetings": meetings, "directives": directives, "documents": mentioned_in(graph, iri)}


# ---------------------------------------------------------------- directive
STATEMENT_END = {"who": "vnkg:implementer", "target": "vnkg:implemented"}
OTHER_END = {"who": "target", "target": "who"}


def directive(graph, iri: str) -> dict:
    facts = first(graph, """
SELECT ?symbol ?number ?typeLabel ?typeCode ?issuer ?issuerLabel ?issuerName ?issuerCode ?date ?title ?term WHERE {
  OPTIONAL { ?e vnkg:symbol ?symbol } OPTIONAL { ?e eli:number ?number }
  OPTIONAL { ?e eli:type_document ?type . OPTIONAL { ?type skos:prefLabel ?typeLabel } OPTIONAL { ?type skos:notation ?typeCode } }
  OPTIONAL { ?e eli:passed_by ?issuer . OPTIONAL { ?issuer skos:prefLabel ?issuerLabel } }
  OPTIONAL { ?e vnkg:issuerName ?issuerName } OPTIONAL { ?e vnkg:issuerCode ?issuerCode }
  OPTIONAL { ?e eli:date_document ?date } OPTIONAL { ?e eli:title ?title } OPTIONAL { ?e vnkg:term ?term }
} LIMIT 1""", e=_n(iri))
    implements = unique(graph.values(f"""SELECT ?t ?tLabel WHERE {{ ?e vnkg:implements ?t . {label('t')} }}
ORDER BY ?tLabel""", e=_n(iri)), ("t",))
    implemented_by = unique(graph.values(f"""SELECT ?s ?sLabel ?kind WHERE {{
  ?s vnkg:implements ?e . {label('s')}
  BIND(IF(EXISTS {{ ?s a vnkg:SourceDocument }}, "document", "directive") AS ?kind)
}} ORDER BY ?kind ?sLabel""", e=_n(iri)), ("s",))
    # One bound query per end, not one scan of every statement filtered on
    # either end (nor a UNION, which Oxigraph evaluates without the binding).
    statements = unique([row for end in ("who", "target") for row in graph.values(f"""
SELECT ?st ?who ?whoLabel ?target ?targetLabel ?doc ?docFile WHERE {{
  ?st {STATEMENT_END[end]} ?e ; a vnkg:Implementation ; {STATEMENT_END[OTHER_END[end]]} ?{OTHER_END[end]} .
  BIND(?e AS ?{end}) {label('who')} {label('target')}
  OPTIONAL {{ ?st prov:wasDerivedFrom ?doc . OPTIONAL {{ ?doc vnkg:fileName ?docFile }} }}
}}""", e=_n(iri))], ("st",))
    with_evidence(graph, statements, "st")
    return {"facts": facts, "implements": implements, "implemented_by": implemented_by,
            "statements": statements, "documents": mentioned_in(graph, iri)}


# ---------------------------------------------------------------- meeting
def interface_language() -> str:
    """The language of the page being made ("vi" outside a request)."""
    from flask import g, has_request_context
    return getattr(g, "lang", "vi") if has_request_context() else "vi"


# The facts a meeting's title is made of, as plain triples of bound meetings
# (a query of OPTIONALs over many bound meetings is joined far more slowly).
MEETING_TITLE_QUERY = """SELECT ?e ?p ?o WHERE { ?e ?p ?o .
  FILTER (?p IN (schema:name, rdfs:label, vnkg:meetingKind, vnkg:sessionNumber, vnkg:term, vnkg:period, schema:organizer)) }"""
MEETING_FACT_NAMES = {
    "https://schema.org/name": "name", "https://w3id.org/vnkg/ont#meetingKind": "kind",
    "https://w3id.org/vnkg/ont#sessionNumber": "number", "https://w3id.org/vnkg/ont#term": "term",
    "https://w3id.org/vnkg/ont#period": "period", "https://schema.org/organizer": "org",
}
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _meeting_facts(graph, iris: list[str]) -> dict[str, dict]:
    facts: dict[str, dict] = {iri: {} for iri in iris}
    for start in range(0, len(iris), 500):
        for row in graph.select(MEETING_TITLE_QUERY, e=[_n(i) for i in iris[start:start + 500]]):
            found, prop, value = facts[row["e"].value], row["p"].value, row["o"]
            if prop == RDFS_LABEL:
                language = value.language or ""
                name = "labelEn" if language.lower().startswith("en") else "labelVi" if language in ("vi", "") else None
            else:
                name = MEETING_FACT_NAMES[prop]
            if name:
                found.setdefault(name, value.value)
    org_labels = graph.labels({f["org"] for f in facts.values() if f.get("org")})
    for found in facts.values():
        if found.get("org"):
            found["orgLabel"] = org_labels[found["org"]]
    return facts


def meeting_titles(graph, iris, lang: str | None = None) -> dict[str, str]:
    """Each meeting's title in the interface language: the graph's rdfs:label in
    that language (in Vietnamese, the name as written, schema:name, first);
    else one made from its kind, number, body and term as graph.labels words it.
    A few queries for all of `iris`."""
    from graph.labels import meeting_labels

    lang = lang or interface_language()
    iris = list(dict.fromkeys(iris))
    facts = _meeting_facts(graph, iris)
    titles = {}
    for iri in iris:
        row = facts[iri]
        written = row.get("labelEn") if lang == "en" else (row.get("name") or row.get("labelVi"))
        if written:
            titles[iri] = written
            continue
        number = int(row["number"]) if (row.get("number") or "").isdigit() else None
        made = meeting_labels(row.get("kind") or "hoi-nghi", number, row.get("orgLabel"), row.get("term"),
                              row.get("period"))
        titles[iri] = made.get(lang) or made["vi"]
    return titles


def meeting_title(graph, iri: str, lang: str | None = None) -> str:
    """One meeting's title (see meeting_titles)."""
    return meeting_titles(graph, [iri], lang)[iri]


def meeting(graph, iri: str) -> dict:
    facts = first(graph, f"""SELECT ?kind ?number ?term ?period ?date ?org ?orgLabel WHERE {{
  OPTIONAL {{ ?e vnkg:meetingKind ?kind }} OPTIONAL {{ ?e vnkg:sessionNumber ?number }}
  OPTIONAL {{ ?e vnkg:term ?term }} OPTIONAL {{ ?e vnkg:period ?period }} OPTIONAL {{ ?e schema:startDate ?date }}
  OPTIONAL {{ ?e schema:organizer ?org . {label('org')} }}
}} LIMIT 1""", e=_n(iri))
    people = unique(graph.values(f"""SELECT ?p ?pLabel ?how WHERE {{
  {{ ?e vnkg:chairedBy ?p . BIND("chair" AS ?how) }}
  UNION {{ ?e vnkg:presentedBy ?p . BIND("presenter" AS ?how) }}
  UNION {{ ?e schema:attendee ?p . FILTER NOT EXISTS {{ ?e vnkg:chairedBy ?p }} BIND("attendee" AS ?how) }}
  {label('p')}
}} ORDER BY ?how ?pLabel""", e=_n(iri)), ("p", "how"))
    adopted = [r["a"] for r in graph.values("SELECT ?a WHERE { ?e vnkg:adopted ?a } ORDER BY ?a", e=_n(iri))]
    sources = unique(graph.values(f"""SELECT ?doc ?docTitle ?docDate ?docFile WHERE {{
  {{ ?e prov:wasDerivedFrom ?doc }} UNION {{ ?doc vnkg:mentions ?e }}
  {doc_info('doc')}
}}""", e=_n(iri)), ("doc",))
    evidence = with_evidence(graph, [{"e": iri}], "e")[0]["eEvidence"]
    for source in sources:
        source["eEvidence"] = evidence
    return {"facts": facts, "title": meeting_title(graph, iri),
            "chairs": [p for p in people if p["how"] == "chair"],
            "presenters": [p for p in people if p["how"] == "presenter"],
            "attendees": [p for p in people if p["how"] == "attendee"],
            "adopted": adopted, "documents": sources}


# ---------------------------------------------------------------- document
# Every query of a document page is bound to the document and has no OPTIONAL
# label or class inside: Oxigraph evaluates such an OPTIONAL as a join against
# every triple of that property in the store (one mention query took 1.4 s at a
# million triples that way). Labels, kinds and meeting titles of everything
# the page names are then asked once each, for all of it together.
# Every annotation of the document, mention (oa:identifying) or evidence of a
# fact (oa:describing), with its place in the text: the evidence sentence is
# the text between them, read from the document's text the page has already.
DOCUMENT_ANNOTATIONS = """SELECT ?start ?end ?body ?why WHERE {
  ?t oa:hasSource ?e . ?a oa:hasTarget ?t ; oa:motivatedBy ?why ; oa:hasBody ?body .
  ?t oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end }"""
IDENTIFYING = "http://www.w3.org/ns/oa#identifying"
DOCUMENT_POSTS = """SELECT ?post ?person ?role ?org WHERE {
  ?post prov:wasDerivedFrom ?e ; a org:Membership ; org:member ?person .
  OPTIONAL { ?post org:role ?role } OPTIONAL { ?post org:organization ?org } }"""
DOCUMENT_MEETINGS = """SELECT ?meeting WHERE {
  { ?meeting prov:wasDerivedFrom ?e } UNION { ?e vnkg:mentions ?meeting } ?meeting a vnkg:Meeting }"""
DOCUMENT_STATEMENTS = """SELECT ?st ?who ?target WHERE {
  ?st prov:wasDerivedFrom ?e ; a vnkg:Implementation ; vnkg:implementer ?who ; vnkg:implemented ?target }"""
DOCUMENT_LINKS = """SELECT ?p ?x WHERE { ?e ?p ?x . FILTER (?p IN (vnkg:implements, vnkg:mentions)) }"""
ROLE_LABELS = """SELECT ?role ?label WHERE { ?role skos:prefLabel ?label }"""
IMPLEMENTS = "https://w3id.org/vnkg/ont#implements"


def document(graph, iri: str) -> dict:
    e = _n(iri)
    facts = first(graph, """SELECT ?title ?date ?issued ?file ?kind ?locality ?province ?text WHERE {
  OPTIONAL { ?e dcterms:title ?title } OPTIONAL { ?e dcterms:date ?date } OPTIONAL { ?e dcterms:issued ?issued }
  OPTIONAL { ?e vnkg:fileName ?file } OPTIONAL { ?e vnkg:documentKind ?kind }
  OPTIONAL { ?e vnkg:locality ?locality } OPTIONAL { ?e vnkg:province ?province } OPTIONAL { ?e vnkg:text ?text }
} LIMIT 1""", e=e)
    text = facts.get("text") or ""
    mentions, evidence = [], {}
    for row in sorted(graph.values(DOCUMENT_ANNOTATIONS, e=e), key=lambda r: (int(r["start"]), r["body"])):
        start, end = int(row["start"]), int(row["end"])
        if row["why"] == IDENTIFYING:
            mentions.append({"start": start, "end": end, "body": row["body"]})
        else:
            evidence.setdefault(row["body"], text[start:end])
    posts = unique(graph.values(DOCUMENT_POSTS, e=e), ("post",))
    meetings = unique(graph.values(DOCUMENT_MEETINGS, e=e), ("meeting",))
    statements = unique(graph.values(DOCUMENT_STATEMENTS, e=e), ("st",))
    links = graph.values(DOCUMENT_LINKS, e=e)
    implements = [r["x"] for r in links if r["p"] == IMPLEMENTS]
    mentioned = list(dict.fromkeys(r["x"] for r in links if r["p"] != IMPLEMENTS))

    kinds = graph.kinds(mentioned + [m["body"] for m in mentions])
    titles = meeting_titles(graph, [m["meeting"] for m in meetings] +
                            [x for x in mentioned if kinds[x] == "meeting"])
    named = {r["role"] for r in posts if r["role"]}
    role_labels = {row["role"]: row["label"] for row in graph.values(ROLE_LABELS, role=[_n(r) for r in named])} \
        if named else {}
    labels = graph.labels([x for x in mentioned if kinds[x] != "meeting"] + implements +
                          [r[k] for r in posts for k in ("person", "org") if r[k]] +
                          [r[k] for r in statements for k in ("who", "target")])
    labels.update(titles)

    for m in mentions:
        m["kind"] = kinds.get(m["body"], "thing")
    for r in posts:
        r.update(personLabel=labels[r["person"]], orgLabel=labels.get(r["org"]),
                 roleLabel=role_labels.get(r["role"]), postEvidence=evidence.get(r["post"]))
    posts.sort(key=lambda r: (r["personLabel"], r["roleLabel"] or ""))
    for m in meetings:
        m.update(title=titles[m["meeting"]], meetingEvidence=evidence.get(m["meeting"]))
    for r in statements:
        r.update(whoLabel=labels[r["who"]], targetLabel=labels[r["target"]], stEvidence=evidence.get(r["st"]))
    grouped: dict[str, list[dict]] = OrderedDict((k, []) for k in ("person", "organisation", "directive", "meeting"))
    for x in sorted(mentioned, key=lambda x: labels[x]):
        if kinds[x] in grouped:
            grouped[kinds[x]].append({"x": x, "xLabel": labels[x]})
    return {"facts": facts, "mentions": mentions, "posts": posts, "meetings": meetings,
            "statements": statements,
            "implements": sorted(({"t": t, "tLabel": labels[t]} for t in dict.fromkeys(implements)),
                                 key=lambda r: r["tLabel"]),
            "entities": grouped}


def counts(graph) -> Counter:
    rows = graph.values("""SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?c { foaf:Person org:Organization vnkg:Directive vnkg:Meeting vnkg:SourceDocument org:Membership }
  ?e a ?c } GROUP BY ?c""")
    from .graph_reader import KIND_BY_CLASS
    return Counter({KIND_BY_CLASS[r["c"]]: int(r["n"]) for r in rows})


def recent_documents(graph, limit: int = 10) -> list[dict]:
    return unique(graph.values(f"""SELECT ?doc ?docTitle ?docDate ?docFile WHERE {{
  ?doc a vnkg:SourceDocument . {doc_info('doc')} }} ORDER BY DESC(?docDate) ?docFile LIMIT {int(limit)}"""), ("doc",))
