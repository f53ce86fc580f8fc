"""Run a SPARQL query against a store and format the answer: SPARQL 1.1
Results JSON, CSV, TSV or an aligned table; CONSTRUCT/DESCRIBE give Turtle.

Queries are parsed by Oxigraph first, so a syntax error reads the same on
every backend and names the query file.
"""
from __future__ import annotations

import json

import pyoxigraph as ox

from .namespaces import PREFIXES
from .store import BaseStore, StoreError

_PARSER = ox.Store()  # an empty store: parsing a query against it checks syntax and tells its form


class QuerySyntaxError(StoreError):
    """The query does not parse."""


def query_form(sparql: str, source: str = "query") -> str:
    """'select', 'ask' or 'graph' (CONSTRUCT/DESCRIBE); raises QuerySyntaxError."""
    try:
        result = _PARSER.query(sparql)
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise QuerySyntaxError(f"{source}: SPARQL syntax error: {message}") from None
    if isinstance(result, ox.QueryTriples):
        return "graph"
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    return "select"


def _short(term: dict) -> str:
    value = term.get("value", "")
    if term.get("type") == "uri":
        for prefix, iri in PREFIXES.items():
            if value.startswith(iri) and "/" not in value[len(iri):]:
                return f"{prefix}:{value[len(iri):]}"
        return f"<{value}>"
    return value


def as_table(result: dict) -> str:
    """An aligned text table of a SPARQL JSON result, for people."""
    if "boolean" in result:
        return ("yes" if result["boolean"] else "no") + "\n"
    names = result["head"]["vars"]
    rows = [[_short(b[v]) if v in b else "" for v in names] for b in result["results"]["bindings"]]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def run_query(store: BaseStore, sparql_text: str, fmt: str = "table", source: str = "query") -> str:
    form = query_form(sparql_text, source)
    if form == "graph":
        return store.raw_query(sparql_text, "turtle").decode("utf-8")
    if fmt == "table":
        return as_table(json.loads(store.raw_query(sparql_text, "json")))
    if form == "ask" and fmt in ("csv", "tsv"):
        result = json.loads(store.raw_query(sparql_text, "json"))
        return ("true" if result["boolean"] else "false") + "\n"
    return store.raw_query(sparql_text, fmt).decode("utf-8")
