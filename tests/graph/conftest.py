"""Stores for the graph tests: every test that takes `store` runs against the
embedded Oxigraph store and against a real Virtuoso server that the session
starts itself (skipped, with the reason, only when Virtuoso is not installed)."""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from graph import virtuoso
from graph.remote import RemoteStore
from graph.store import OxigraphStore

FIXTURES = Path(__file__).parent / "fixtures"
TEST_BASE = "http://test.vnkg.example/"


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory):
    """A throw-away Virtuoso server in a temporary folder; yields its SPARQL URL."""
    if not virtuoso.available():
        pytest.skip("Virtuoso is not installed (make test installs virtuoso-opensource)")
    try:
        server = virtuoso.VirtuosoServer(tmp_path_factory.mktemp("virtuoso")).start()
    except virtuoso.VirtuosoError as error:
        pytest.fail(str(error))
    server.allow_updates()
    yield server.url
    server.stop()


@pytest.fixture(autouse=True)
def fresh_base(monkeypatch):
    """Each test writes under its own base IRI, so tests never see each other's graphs."""
    monkeypatch.setenv("VNKG_BASE", f"{TEST_BASE}{uuid.uuid4().hex[:8]}/")


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.remote)])
def store(request, tmp_path):
    if request.param == "oxigraph":
        s = OxigraphStore(tmp_path / "store")
        yield s
        s.close()
    else:
        remote = RemoteStore(request.getfixturevalue("virtuoso_url"))
        # The server outlives one test: start each from no test graphs.
        for row in remote.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                 f"FILTER(STRSTARTS(STR(?g), \"{TEST_BASE}\")) }}"):
            remote.remove_graph(row["g"])
        yield remote


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A writable copy of the fixture corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", target)
    return target
