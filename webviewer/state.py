"""What one running viewer holds: the store, the query runner, the search
index and the graph reader, created once by the app factory."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app


@dataclass
class ViewerState:
    store: object
    runner: object
    graph: object
    search: object


def viewer() -> ViewerState:
    return current_app.extensions["vnkg"]
