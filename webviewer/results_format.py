"""SPARQL results written out in the four W3C result formats (JSON, XML, CSV,
TSV), from materialised rows so that the row cap can cut them."""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def term_json(term) -> dict:
    """One RDF term as in application/sparql-results+json."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # RDF-star triple terms


def select_json(variables: list[str], rows: list[list]) -> str:
    bindings = [{v: term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False)


def ask_json(value: bool) -> str:
    return json.dumps({"head": {}, "boolean": value})


def _term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


_XML_HEAD = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def select_xml(variables: list[str], rows: list[list]) -> str:
    parts = [_XML_HEAD, "<head>"]
    parts += [f"<variable name={quoteattr(v)}/>" for v in variables]
    parts.append("</head>\n<results>\n")
    for row in rows:
        parts.append("<result>")
        parts += [f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                  for v, t in zip(variables, row) if t is not None]
        parts.append("</result>\n")
    parts.append("</results>\n</sparql>\n")
    return "".join(parts)


def ask_xml(value: bool) -> str:
    return f"{_XML_HEAD}<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"


def select_csv(variables: list[str], rows: list[list]) -> str:
    """CSV results: plain values (IRIs and literals without markup), CRLF lines."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if t is None else (f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value)
                         for t in row])
    return out.getvalue()


def select_tsv(variables: list[str], rows: list[list]) -> str:
    """TSV results: RDF terms in Turtle syntax, as the W3C format asks."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def ask_text(value: bool) -> str:
    return "_askResult\r\n" + ("true" if value else "false") + "\r\n"


SELECT_WRITERS = {
    "application/sparql-results+json": select_json,
    "application/sparql-results+xml": select_xml,
    "text/csv": select_csv,
    "text/tab-separated-values": select_tsv,
}
ASK_WRITERS = {
    "application/sparql-results+json": ask_json,
    "application/sparql-results+xml": ask_xml,
    "text/csv": ask_text,
    "text/tab-separated-values": ask_text,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# Aliases a client may ask for; each maps to one of the types above.
ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
    "application/json-ld": "application/ld+json",
}

PREFIXES = {
    "vnkg": "https://w3id.org/vnkg/ont#",
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "oa": "http://www.w3.org/ns/oa#",
}


def graph_bytes(triples: list, media_type: str) -> bytes:
    """Triples in one of GRAPH_FORMATS (prefixes shorten Turtle and RDF/XML)."""
    fmt = GRAPH_FORMATS[media_type]
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    if fmt == ox.RdfFormat.JSON_LD:
        prefixes = PREFIXES
    return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
