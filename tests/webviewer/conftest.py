"""Fixtures of the viewer tests: a store built from the hand-made graph in
fixtures/sample.trig (two invented district documents and a chain of plans),
and a Flask app and test client over it."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from webviewer import create_app

FIXTURES = Path(__file__).parent / "fixtures"
ID = "https://w3id.org/vnkg/id/"


def build_store(directory: Path) -> Path:
    store = ox.Store(str(directory))
    store.bulk_load(path=str(FIXTURES / "sample.trig"), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return directory


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "store")


@pytest.fixture(scope="session")
def app(store_dir):
    return create_app(str(store_dir), {"ENTITY_BASE": ID, "TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_server(app):
    """The app served by waitress on a free port of 127.0.0.1, as `vnkg serve` does."""
    import threading

    from waitress import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
