"""A remote SPARQL 1.1 store given by URL (Fuseki, Virtuoso, GraphDB, Oxigraph
server, Neptune): queries and updates over the SPARQL 1.1 Protocol; whole
graphs are replaced (PUT) and dropped (DELETE) over the SPARQL 1.1 Graph Store
Protocol where the server offers it, else with SPARQL Update (DROP + INSERT
DATA). The Graph Store URL is given ($VNKG_GRAPH_STORE), or guessed from the
endpoint's (Virtuoso: /sparql → /sparql-graph-crud), and probed once."""
from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request

from .store import BaseStore, StoreError, _ntriples_block

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

    def __init__(self, url: str, update_url: str | None = None, timeout: float = 60,
                 graph_store_url: str | None = "auto"):
        self.url = url
        self.update_url = update_url or url
        self.name = url
        self.timeout = timeout
        if graph_store_url == "auto":
            graph_store_url = os.environ.get("VNKG_GRAPH_STORE") or guess_graph_store_url(url)
        self.graph_store_url = graph_store_url or None
        # "gsp" or "update": how whole graphs are written; decided on first use
        self.graph_protocol: str | None = None if self.graph_store_url else "update"

    def _post(self, url: str, form: dict[str, str] | list[tuple[str, str]], accept: str) -> bytes:
        data = urllib.parse.urlencode(form).encode("ascii")
        return self._send(urllib.request.Request(url, data=data, headers={
            "Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}))

    def _send(self, request: urllib.request.Request) -> bytes:
        url = request.full_url
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

    # -- the Graph Store Protocol

    def _graph_request(self, method: str, graph: str, body: bytes | None = None) -> urllib.request.Request:
        query = urllib.parse.urlencode({"graph": graph})
        headers = {"Content-Type": "text/turtle; charset=utf-8"} if body is not None else {}
        return urllib.request.Request(f"{self.graph_store_url}?{query}", data=body, method=method, headers=headers)

    def _uses_graph_store(self) -> bool:
        """Whether the Graph Store Protocol works here: probed once with a
        DELETE of a graph nobody has (404 or success: the protocol is there)."""
        if self.graph_protocol is None:
            probe = self._graph_request("DELETE", "urn:vnkg:graph-store-probe")
            try:
                urllib.request.urlopen(probe, timeout=self.timeout).read()
                self.graph_protocol = "gsp"
            except urllib.error.HTTPError as exc:
                self.graph_protocol = "gsp" if exc.code == 404 else "update"
            except (urllib.error.URLError, OSError):
                self.graph_protocol = "update"
        return self.graph_protocol == "gsp"

    def replace_graph(self, graph: str, triples, extra_update: str = "") -> None:
        """PUT the graph's triples (Graph Store Protocol), then the extra
        update; without the protocol, one SPARQL Update request does both."""
        if not self._uses_graph_store():
            return super().replace_graph(graph, triples, extra_update)
        # N-Triples (so Turtle) with non-ASCII as \u escapes: every server reads it the same
        body = _ascii_escaped(_ntriples_block(list(triples))).encode("ascii")
        self._send(self._graph_request("PUT", graph, body))
        if extra_update:
            self.update(extra_update)

    def remove_graph(self, graph: str, extra_update: str = "") -> None:
        """DELETE the graph (Graph Store Protocol), then the extra update."""
        if not self._uses_graph_store():
            return super().remove_graph(graph, extra_update)
        try:
            urllib.request.urlopen(self._graph_request("DELETE", graph), timeout=self.timeout).read()
        except urllib.error.HTTPError as exc:
            if exc.code != 404:  # a graph that is not there is already removed
                raise StoreError(f"{self.graph_store_url}: the server refused to drop <{graph}> "
                                 f"(HTTP {exc.code})") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{self.graph_store_url}: cannot reach the graph store "
                             f"({getattr(exc, 'reason', exc)})") from None
        if extra_update:
            self.update(extra_update)


def guess_graph_store_url(url: str) -> str | None:
    """Virtuoso's Graph Store next to its /sparql endpoint; other servers' are given explicitly."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    if path.endswith("/sparql"):
        return urllib.parse.urlunsplit(parts._replace(path=path + "-graph-crud", query=""))
    return None
