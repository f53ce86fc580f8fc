"""What each entity page shows, read from the graph with fixed queries whose
only inputs are bound IRIs: a person's posts and meetings, a body's members,
a directive's implementation links, a meeting's people, a document's mentions
and facts with their evidence sentences."""
from __future__ import annotations

from collections import Counter, OrderedDict

import pyoxigraph as ox

# A label for ?x, whatever kind of node it is.
LABEL = "OPTIONAL {{ ?{v} foaf:name|vnkg:symbol|skos:prefLabel|schema:name|dcterms:title ?{v}Label }}"
EVIDENCE = """OPTIONAL { ?{v} vnkg:evidence ?{v}Ev . ?{v}Ev oa:hasTarget/oa:hasSelector ?{v}EvSel .
  ?{v}EvSel oa:exact ?{v}Evidence }"""
DOC_INFO = """OPTIONAL {{ ?{v} dcterms:title ?{v}Title }} OPTIONAL {{ ?{v} dcterms:date ?{v}Date }}
  OPTIONAL {{ ?{v} vnkg:fileName ?{v}File }}"""


def label(v: str) -> str:
    return LABEL.format(v=v)


def evidence(v: str) -> str:
    return EVIDENCE.replace("{v}", v)


def doc_info(v: str) -> str:
    return DOC_INFO.format(v=v)


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
    posts = unique(graph.values(f"""
SELECT ?post ?roleLabel ?org ?orgLabel ?doc ?docTitle ?docDate ?docFile ?postEvidence WHERE {{
  ?post org:member ?e .
  OPTIONAL {{ ?post org:role/skos:prefLabel ?roleLabel }}
  OPTIONAL {{ ?post org:organization ?org . {label('org')} }}
  OPTIONAL {{ ?post prov:wasDerivedFrom ?doc . {doc_info('doc')} }}
  {evidence('post')}
}} ORDER BY ?docDate ?roleLabel""", e=_n(iri)), ("post",))
    meetings = unique(graph.values(f"""
SELECT ?meeting ?how ?date WHERE {{
  {{ ?meeting vnkg:chairedBy ?e . BIND("chair" AS ?how) }}
  UNION {{ ?meeting schema:attendee ?e . FILTER NOT EXISTS {{ ?meeting vnkg:chairedBy ?e }} BIND("attendee" AS ?how) }}
  UNION {{ ?meeting vnkg:presentedBy ?e . BIND("presenter" AS ?how) }}
  OPTIONAL {{ ?meeting schema:startDate ?date }}
}} ORDER BY ?date""", e=_n(iri)), ("meeting", "how"))
    for m in meetings:
        m["title"] = meeting_title(graph, m["meeting"])
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
    people = sorted(set(met_count) | set(doc_count),
                    key=lambda o: (-met_count.get(o, 0), -doc_count.get(o, 0), graph.label(o)))
    return {
        "posts": posts,
        "meetings": meetings,
        "met": [{"iri": o, "label": graph.label(o), "meetings": met_count.get(o, 0),
                 "documents": doc_count.get(o, 0)} for o in people[:15]],
        "documents": mentioned_in(graph, iri),
    }


def mentioned_in(graph, iri: str) -> list[dict]:
    return unique(graph.values(f"""
SELECT ?doc ?docTitle ?docDate ?docFile WHERE {{ ?doc vnkg:mentions ?e . {doc_info('doc')} }}
ORDER BY DESC(?docDate) ?docFile""", e=_n(iri)), ("doc",))


# ---------------------------------------------------------------- organisation
def organisation(graph, iri: str) -> dict:
    parents = unique(graph.values(f"SELECT ?p ?pLabel WHERE {{ ?e org:subOrganizationOf ?p . {label('p')} }}",
                                  e=_n(iri)), ("p",))
    children = unique(graph.values(f"""SELECT ?c ?cLabel WHERE {{ ?c org:subOrganizationOf ?e . {label('c')} }}
ORDER BY ?cLabel""", e=_n(iri)), ("c",))
    members = unique(graph.values(f"""
SELECT ?post ?person ?personLabel ?roleLabel ?doc ?docDate ?docFile WHERE {{
  ?post org:organization ?e ; org:member ?person . {label('person')}
  OPTIONAL {{ ?post org:role/skos:prefLabel ?roleLabel }}
  OPTIONAL {{ ?post prov:wasDerivedFrom ?doc . {doc_info('doc')} }}
}} ORDER BY ?roleLabel ?personLabel""", e=_n(iri)), ("post",))
    by_role: dict[str, list[dict]] = OrderedDict()
    for m in members:
        people = by_role.setdefault(m.get("roleLabel") or "", [])
        if m["person"] not in [p["person"] for p in people]:
            people.append(m)
    meetings = unique(graph.values("""SELECT ?meeting ?date WHERE {
  ?meeting schema:organizer ?e . OPTIONAL { ?meeting schema:startDate ?date } } ORDER BY ?date""",
                                   e=_n(iri)), ("meeting",))
    for m in meetings:
        m["title"] = meeting_title(graph, m["meeting"])
    directives = unique(graph.values(f"""SELECT ?d ?dLabel WHERE {{ ?d eli:passed_by ?e . {label('d')} }}
ORDER BY ?dLabel""", e=_n(iri)), ("d",))
    return {"parents": parents, "children": children, "members_by_role": by_role,
            "meetings": meetings, "directives": directives, "documents": mentioned_in(graph, iri)}


# ---------------------------------------------------------------- directive
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
    statements = unique(graph.values(f"""SELECT ?st ?who ?whoLabel ?target ?targetLabel ?stEvidence ?doc ?docFile WHERE {{
  ?st a vnkg:Implementation ; vnkg:implementer ?who ; vnkg:implemented ?target .
  FILTER (?who = ?e || ?target = ?e)
  {label('who')} {label('target')}
  OPTIONAL {{ ?st prov:wasDerivedFrom ?doc . OPTIONAL {{ ?doc vnkg:fileName ?docFile }} }}
  {evidence('st')}
}}""", e=_n(iri)), ("st",))
    return {"facts": facts, "implements": implements, "implemented_by": implemented_by,
            "statements": statements, "documents": mentioned_in(graph, iri)}


# ---------------------------------------------------------------- meeting
def interface_language() -> str:
    """The language of the page being made ("vi" outside a request)."""
    from flask import g, has_request_context
    return getattr(g, "lang", "vi") if has_request_context() else "vi"


def meeting_title(graph, iri: str, lang: str | None = None) -> str:
    """A meeting's title in the interface language: the graph's rdfs:label in
    that language (in Vietnamese, the name as written, schema:name, first);
    else one made from its kind, number, body and term as graph.labels words it."""
    from graph.labels import meeting_labels

    lang = lang or interface_language()
    row = first(graph, f"""SELECT ?name ?labelVi ?labelEn ?kind ?number ?term ?period ?orgLabel WHERE {{
  OPTIONAL {{ ?e schema:name ?name }}
  OPTIONAL {{ ?e rdfs:label ?labelVi FILTER (lang(?labelVi) = "vi" || lang(?labelVi) = "") }}
  OPTIONAL {{ ?e rdfs:label ?labelEn FILTER (langMatches(lang(?labelEn), "en")) }}
  OPTIONAL {{ ?e vnkg:meetingKind ?kind }} OPTIONAL {{ ?e vnkg:sessionNumber ?number }}
  OPTIONAL {{ ?e vnkg:term ?term }} OPTIONAL {{ ?e vnkg:period ?period }}
  OPTIONAL {{ ?e schema:organizer ?org . {label('org')} }}
}} LIMIT 1""", e=_n(iri))
    written = row.get("labelEn") if lang == "en" else (row.get("name") or row.get("labelVi"))
    if written:
        return written
    number = int(row["number"]) if (row.get("number") or "").isdigit() else None
    made = meeting_labels(row.get("kind") or "hoi-nghi", number, row.get("orgLabel"), row.get("term"),
                          row.get("period"))
    return made.get(lang) or made["vi"]


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
    sources = unique(graph.values(f"""SELECT ?doc ?docTitle ?docDate ?docFile ?eEvidence WHERE {{
  {{ ?e prov:wasDerivedFrom ?doc }} UNION {{ ?doc vnkg:mentions ?e }}
  {doc_info('doc')} {evidence('e')}
}}""", e=_n(iri)), ("doc",))
    return {"facts": facts, "title": meeting_title(graph, iri),
            "chairs": [p for p in people if p["how"] == "chair"],
            "presenters": [p for p in people if p["how"] == "presenter"],
            "attendees": [p for p in people if p["how"] == "attendee"],
            "adopted": adopted, "documents": sources}


# ---------------------------------------------------------------- document
def document(graph, iri: str) -> dict:
    facts = first(graph, """SELECT ?title ?date ?issued ?file ?kind ?locality ?province ?text WHERE {
  OPTIONAL { ?e dcterms:title ?title } OPTIONAL { ?e dcterms:date ?date } OPTIONAL { ?e dcterms:issued ?issued }
  OPTIONAL { ?e vnkg:fileName ?file } OPTIONAL { ?e vnkg:documentKind ?kind }
  OPTIONAL { ?e vnkg:locality ?locality } OPTIONAL { ?e vnkg:province ?province } OPTIONAL { ?e vnkg:text ?text }
} LIMIT 1""", e=_n(iri))
    mentions = graph.values("""SELECT ?a ?start ?end ?body ?class WHERE {
  ?a oa:motivatedBy oa:identifying ; oa:hasBody ?body ; oa:hasTarget ?t .
  ?t oa:hasSource ?e ; oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?body a ?class }
}""", e=_n(iri))
    posts = unique(graph.values(f"""SELECT ?post ?person ?personLabel ?roleLabel ?org ?orgLabel ?postEvidence WHERE {{
  ?post a org:Membership ; prov:wasDerivedFrom ?e ; org:member ?person . {label('person')}
  OPTIONAL {{ ?post org:role/skos:prefLabel ?roleLabel }}
  OPTIONAL {{ ?post org:organization ?org . {label('org')} }}
  {evidence('post')}
}} ORDER BY ?personLabel""", e=_n(iri)), ("post",))
    meetings = unique(graph.values(f"""SELECT ?meeting ?meetingEvidence WHERE {{
  ?meeting a vnkg:Meeting . {{ ?meeting prov:wasDerivedFrom ?e }} UNION {{ ?e vnkg:mentions ?meeting }}
  {evidence('meeting')}
}}""", e=_n(iri)), ("meeting",))
    for m in meetings:
        m["title"] = meeting_title(graph, m["meeting"])
    statements = unique(graph.values(f"""SELECT ?st ?who ?whoLabel ?target ?targetLabel ?stEvidence WHERE {{
  ?st a vnkg:Implementation ; prov:wasDerivedFrom ?e ; vnkg:implementer ?who ; vnkg:implemented ?target .
  {label('who')} {label('target')} {evidence('st')}
}}""", e=_n(iri)), ("st",))
    implements = unique(graph.values(f"""SELECT ?t ?tLabel WHERE {{ ?e vnkg:implements ?t . {label('t')} }}
ORDER BY ?tLabel""", e=_n(iri)), ("t",))
    return {"facts": facts, "mentions": mentions, "posts": posts, "meetings": meetings,
            "statements": statements, "implements": implements,
            "entities": mentioned_entities(graph, iri)}


def mentioned_entities(graph, iri: str) -> dict[str, list[dict]]:
    from .graph_reader import KIND_BY_CLASS
    rows = unique(graph.values(f"""SELECT ?x ?class ?xLabel WHERE {{ ?e vnkg:mentions ?x . ?x a ?class . {label('x')} }}
ORDER BY ?xLabel""", e=_n(iri)), ("x",))
    grouped: dict[str, list[dict]] = OrderedDict((k, []) for k in ("person", "organisation", "directive", "meeting"))
    for row in rows:
        kind = KIND_BY_CLASS.get(row["class"])
        if kind in grouped:
            if kind == "meeting":
                row["xLabel"] = meeting_title(graph, row["x"])
            grouped[kind].append(row)
    return grouped


def counts(graph) -> Counter:
    rows = graph.values("""SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?c { foaf:Person org:Organization vnkg:Directive vnkg:Meeting vnkg:SourceDocument org:Membership }
  ?e a ?c } GROUP BY ?c""")
    from .graph_reader import KIND_BY_CLASS
    return Counter({KIND_BY_CLASS[r["c"]]: int(r["n"]) for r in rows})


def recent_documents(graph, limit: int = 10) -> list[dict]:
    return unique(graph.values(f"""SELECT ?doc ?docTitle ?docDate ?docFile WHERE {{
  ?doc a vnkg:SourceDocument . {doc_info('doc')} }} ORDER BY DESC(?docDate) ?docFile LIMIT {int(limit)}"""), ("doc",))
