"""What one running viewer holds: the store, the query runner, the search
index and the graph reader, created together by `webviewer.app.open_viewer_state`
and replaced together when the viewer reopens a rebuilt store."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app, g


@dataclass
class ViewerState:
    store: object
    runner: object
    graph: object
    search: object


def viewer() -> ViewerState:
    """The state this request uses: the current one when it first asks, the
    same one for the rest of the request even if a reload swaps it meanwhile."""
    state = g.get("vnkg_state")
    if state is None:
        state = g.vnkg_state = current_app.extensions["vnkg"]
    return state
