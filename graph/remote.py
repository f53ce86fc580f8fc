"""A remote SPARQL 1.1 store given by URL (Fuseki, Virtuoso, GraphDB, Oxigraph
server, Neptune): queries and updates over the SPARQL 1.1 Protocol, and whole
whole graphs replaced with one SPARQL Update request (DROP + INSERT DATA)."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from .store import BaseStore, StoreError

ACCEPT = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples, text/plain;q=0.5",
}


def _ascii_escaped(text: str) -> str:
    """Non-ASCII characters as \\uXXXX / \\UXXXXXXXX escapes, which SPARQL
    allows anywhere; some servers (Virtuoso) read raw UTF-8 in forms as Latin-1."""
    return "".join(c if ord(c) < 128 else (f"\\u{ord(c):04X}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08X}")
                   for c in text)


class RemoteStore(BaseStore):
    """SPARQL 1.1 Query and Update at `url` (update at `update_url` when it differs)."""

    # Virtuoso compiles each INSERT DATA to SQL and refuses very long ones.
    insert_chunk = 250

    def __init__(self, url: str, update_url: str | None = None, timeout: float = 60):
        self.url = url
        self.update_url = update_url or url
        self.name = url
        self.timeout = timeout

    def _post(self, url: str, form: dict[str, str] | list[tuple[str, str]], accept: str) -> bytes:
        data = urllib.parse.urlencode(form).encode("ascii")
        request = urllib.request.Request(url, data=data, headers={
            "Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(f"{url}: the server refused the request (HTTP {exc.code}: "
                             f"{' '.join(detail[:3])[:300]})") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({reason})") from None

    def raw_query(self, sparql: str, result_format: str,
                  default_graphs: list[str] = (), named_graphs: list[str] = ()) -> bytes:
        """As BaseStore.raw_query; `default_graphs`/`named_graphs` are the
        protocol's default-graph-uri and named-graph-uri (the query's dataset)."""
        form = [("query", _ascii_escaped(sparql))]
        form += [("default-graph-uri", g) for g in default_graphs]
        form += [("named-graph-uri", g) for g in named_graphs]
        return self._post(self.url, form, ACCEPT.get(result_format, ACCEPT["json"]))

    def update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": _ascii_escaped(sparql)}, "*/*")
