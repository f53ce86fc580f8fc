"""The embedded triple store: Oxigraph persisted in a directory.

The union of all document graphs is the default graph for queries, so the
competency questions run as written.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

DEFAULT_STORE = "data/store"


class StoreError(Exception):
    """A user-facing problem with a store (wrong path, locked, unreachable)."""


def default_location() -> str:
    return os.environ.get("VNKG_STORE") or DEFAULT_STORE


class OxigraphStore:
    """An Oxigraph store in a directory (created if missing)."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.is_dir():
                    raise StoreError(f"{self.path}: no store here (run `vnkg build` first)")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None

    def query(self, sparql: str):
        return self.ox.query(sparql, use_default_graph_as_union=True)

    def replace_graph(self, graph: str, quads) -> None:
        """Swap one named graph's content in a single transaction."""
        name = ox.NamedNode(graph)

        def write(tx_store) -> None:
            tx_store.remove_graph(name) if tx_store.contains_named_graph(name) else None
            tx_store.extend([ox.Quad(s, p, o, name) for s, p, o in quads])

        self._transaction(write)

    def remove_graph(self, graph: str) -> None:
        name = ox.NamedNode(graph)
        self._transaction(lambda st: st.remove_graph(name) if st.contains_named_graph(name) else None)

    def _transaction(self, fn) -> None:
        # pyoxigraph runs each update call atomically; a Python-level
        # transaction is an update of the store itself.
        fn(self.ox)
        self.ox.flush()

    def __len__(self) -> int:
        return len(self.ox)

    def close(self) -> None:
        self.ox.flush()
        del self.ox


def open_store(location: str | None = None, read_only: bool = False):
    """Open the store at `location`: a directory (embedded) or an http(s) URL (remote)."""
    location = location or default_location()
    if location.startswith(("http://", "https://")):
        from .remote import RemoteStore
        return RemoteStore(location)
    return OxigraphStore(location, read_only=read_only)
