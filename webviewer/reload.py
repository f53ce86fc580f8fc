"""Reopen the store when a build has changed it: `vnkg build` leaves a new
generation stamp in the store directory (graph/lock.py), and the viewer, at
most once every RELOAD_CHECK_SECONDS, compares it with the stamp it opened
with. On a change, and when no build holds the store's lock, it opens a fresh
read-only view, swaps it in, empties the response cache and retires the old
/sparql workers once no query can still be using them."""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from flask import Flask

from graph.lock import read_generation, unless_building
from graph.store import StoreError

from .response_cache import ResponseCache


class StoreReloader:
    """Watches one embedded store's generation stamp for one app."""

    def __init__(self, app: Flask, store_dir: Path, cache: ResponseCache, generation: str | None):
        self.app = app
        self.store_dir = store_dir
        self.cache = cache
        self.interval = float(app.config["RELOAD_CHECK_SECONDS"])
        self.generation = generation
        self.reloads = 0
        self._failed: str | None = None  # the stamp whose store could not be opened (said once)
        self._next_check = time.monotonic() + self.interval
        self._reloading = threading.Lock()

    def check(self) -> bool:
        """Reopen the store if it changed since it was opened; True when it did.
        Cheap when it has not: one clock reading, at most one small file read."""
        now = time.monotonic()
        if now < self._next_check:
            return False
        self._next_check = now + self.interval
        if read_generation(self.store_dir) == self.generation:
            return False
        if not self._reloading.acquire(blocking=False):
            return False  # another request thread is reloading; this one serves the current view
        try:
            return self._reload()
        finally:
            self._reloading.release()

    def _reload(self) -> bool:
        from graph.store import open_store

        from .app import open_viewer_state

        # A build that holds the lock is writing: keep the old view, look again later.
        with unless_building(self.store_dir) as free:
            if not free:
                return False
            generation = read_generation(self.store_dir)
            if generation == self.generation:
                return False
            try:
                state = open_viewer_state(open_store(str(self.store_dir), read_only=True), self.app.config)
                triples = state.store.count()
            except (StoreError, OSError) as exc:
                if self._failed != generation:
                    print(f"vnkg: store changed but cannot be reopened ({exc}); serving the old view",
                          file=sys.stderr, flush=True)
                    self._failed = generation
                return False
        old = self.app.extensions["vnkg"]
        self.app.extensions["vnkg"] = state
        self.generation = generation
        self.cache.clear()
        self.reloads += 1
        retire_runner(old.runner, grace_seconds(self.app.config))
        print(f"vnkg: store changed: reloaded, {triples} triples", file=sys.stderr, flush=True)
        return True


def grace_seconds(config: dict) -> float:
    """How long a query admitted just before a reload may still use the old
    workers: waiting for one, then running to its time limit."""
    return config["SPARQL_QUEUE_SECONDS"] + config["SPARQL_TIMEOUT_SECONDS"] + 1.0


def retire_runner(runner, grace: float) -> threading.Timer:
    """Close `runner` (killing its worker processes) after `grace` seconds."""
    timer = threading.Timer(grace, runner.close)
    timer.daemon = True
    timer.start()
    return timer


def generation_before_opening(location: str) -> str | None:
    """The stamp of the store at `location`, read before the store is opened:
    a build finishing in between then costs one needless reload, never a missed one."""
    return None if location.startswith(("http://", "https://")) else read_generation(location)


def install_reload(app: Flask, store, cache: ResponseCache, generation: str | None) -> StoreReloader | None:
    """Check for a rebuilt store before each request, when the store is an
    embedded one in a directory and RELOAD_CHECK_SECONDS is above 0;
    `generation` is the stamp the store had when it was opened."""
    path = getattr(store, "path", None)
    if not hasattr(store, "ox") or path is None or float(app.config["RELOAD_CHECK_SECONDS"]) <= 0:
        return None
    reloader = app.extensions["vnkg_reload"] = StoreReloader(app, Path(path), cache, generation)

    @app.before_request
    def reopen_a_rebuilt_store():
        reloader.check()

    return reloader
