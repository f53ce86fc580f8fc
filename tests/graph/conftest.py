"""Stores for the graph tests: every test that takes `store` runs against the
embedded Oxigraph store and against a real Virtuoso server that the session
starts itself (skipped, with the reason, only when Virtuoso is not installed)."""
from __future__ import annotations

import re
import shutil
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from graph.remote import RemoteStore
from graph.store import OxigraphStore

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
FIXTURES = Path(__file__).parent / "fixtures"
TEST_BASE = "http://test.vnkg.example/"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory):
    """A throw-away Virtuoso server in a temporary folder; yields its SPARQL URL."""
    if not shutil.which("virtuoso-t") or not VIRTUOSO_INI.exists():
        pytest.skip("Virtuoso is not installed (make test installs virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_port(), _free_port()
    ini = VIRTUOSO_INI.read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111", f"ServerPort = {sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890", f"ServerPort = {http_port}", ini)
    (folder / "virtuoso.ini").write_text(ini)
    log = (folder / "server.log").open("w")
    server = subprocess.Popen(["virtuoso-t", "-f", "-c", str(folder / "virtuoso.ini")],
                              cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http_port}/sparql"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"Virtuoso did not start; see {folder / 'server.log'}")
            time.sleep(0.5)
    subprocess.run(["isql-vt", str(sql_port), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                   check=True, capture_output=True, timeout=60)
    yield url
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()


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
