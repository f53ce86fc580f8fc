"""/sparql's limits: a query past the time limit is stopped by killing its
worker process (which is replaced, so the next query is answered), at most
SPARQL_MAX_CONCURRENT queries are taken at once, and request bodies and GET
queries beyond SPARQL_MAX_BODY_BYTES are refused with 413."""
from __future__ import annotations

import threading
import time

import pytest

from webviewer import create_app

# Four independent triple patterns under COUNT: no row comes out until the
# whole cross product (hundreds of triples to the fourth power) is counted.
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CHEAP = "PREFIX vnkg: <https://w3id.org/vnkg/ont#> SELECT ?s WHERE { ?d vnkg:symbol ?s } ORDER BY ?s LIMIT 1"


@pytest.fixture()
def make_app(store_dir):
    """Apps over the sample store with some settings changed; their workers end with the test."""
    apps = []

    def make(**settings):
        app = create_app(str(store_dir), {"TESTING": True, **settings})
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["vnkg"].runner.close()


def first_symbol(response) -> str:
    return response.get_json(force=True)["results"]["bindings"][0]["s"]["value"]


def wait_until(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


def test_query_past_the_time_limit_is_503_with_the_limit(make_app):
    app = make_app(SPARQL_TIMEOUT_SECONDS=0.5)
    response = app.test_client().get("/sparql", query_string={"query": EXPENSIVE})
    assert response.status_code == 503
    assert response.data.decode() == "query stopped: the query ran longer than the limit of 0.5 s\n"


def test_stopped_query_has_its_worker_process_killed_and_replaced(make_app):
    app = make_app(SPARQL_TIMEOUT_SECONDS=0.5, SPARQL_WORKERS=1)
    client, pool = app.test_client(), app.extensions["vnkg"].runner.pool
    assert first_symbol(client.get("/sparql", query_string={"query": CHEAP})) == "15-CTr/TU"
    [busy_worker] = pool.processes()
    assert client.get("/sparql", query_string={"query": EXPENSIVE}).status_code == 503
    assert busy_worker not in pool.processes()
    assert first_symbol(client.get("/sparql", query_string={"query": CHEAP})) == "15-CTr/TU"
    assert len(pool.processes()) == 1


def test_query_beyond_the_concurrency_limit_is_503_with_retry_after(make_app):
    app = make_app(SPARQL_TIMEOUT_SECONDS=60, SPARQL_WORKERS=1, SPARQL_MAX_CONCURRENT=1)
    runner = app.extensions["vnkg"].runner
    first = threading.Thread(target=app.test_client().get, args=("/sparql",),
                             kwargs={"query_string": {"query": EXPENSIVE}})
    first.start()
    wait_until(lambda: runner.pool.busy() == 1)
    response = app.test_client().get("/sparql", query_string={"query": CHEAP})
    runner.close()  # ends the expensive query's worker, and with it the first request
    first.join()
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "1"
    assert response.data.decode() == ("query not run: too many queries at once (at most 1 run or wait): "
                                      "try again shortly\n")


def test_query_waiting_past_the_queue_time_for_a_busy_worker_is_503(make_app):
    app = make_app(SPARQL_TIMEOUT_SECONDS=60, SPARQL_WORKERS=1, SPARQL_MAX_CONCURRENT=2,
                   SPARQL_QUEUE_SECONDS=0.2)
    runner = app.extensions["vnkg"].runner
    runner.pool.start()
    wait_until(lambda: runner.pool.idle() == 1)
    first = threading.Thread(target=app.test_client().get, args=("/sparql",),
                             kwargs={"query_string": {"query": EXPENSIVE}})
    first.start()
    wait_until(lambda: runner.pool.busy() == 1)
    response = app.test_client().get("/sparql", query_string={"query": CHEAP})
    runner.close()
    first.join()
    assert response.status_code == 503
    assert response.data.decode() == ("query not run: every query worker stayed busy for 0.2 s: "
                                      "try again shortly\n")


def test_form_body_over_the_size_limit_is_413(make_app):
    client = make_app(SPARQL_MAX_BODY_BYTES=200).test_client()
    response = client.post("/sparql", data={"query": CHEAP + " " * 300})
    assert response.status_code == 413
    assert response.data.decode() == "request body too large: the limit is 200 bytes\n"


def test_query_body_over_the_size_limit_is_413(make_app):
    client = make_app(SPARQL_MAX_BODY_BYTES=200).test_client()
    response = client.post("/sparql", data=(CHEAP + " " * 300).encode(), content_type="application/sparql-query")
    assert response.status_code == 413


def test_get_query_over_the_size_limit_is_413(make_app):
    client = make_app(SPARQL_MAX_BODY_BYTES=200).test_client()
    response = client.get("/sparql", query_string={"query": CHEAP + " " * 300})
    assert response.status_code == 413
    assert response.data.decode() == "query too long: the limit is 200 bytes\n"


def test_query_within_the_size_limit_is_answered(make_app):
    client = make_app(SPARQL_MAX_BODY_BYTES=len(CHEAP) + 20).test_client()
    response = client.post("/sparql", data=CHEAP.encode(), content_type="application/sparql-query")
    assert first_symbol(response) == "15-CTr/TU"


def test_limits_come_from_the_environment(monkeypatch, make_app):
    monkeypatch.setenv("VNKG_SPARQL_MAX_CONCURRENT", "3")
    monkeypatch.setenv("VNKG_SPARQL_MAX_BODY_BYTES", "5000")
    app = make_app()
    assert app.extensions["vnkg"].runner.max_concurrent == 3
    assert app.config["MAX_CONTENT_LENGTH"] == 5000


ORPHAN_SCRIPT = """
import sys, time
from webviewer import create_app
if __name__ == "__main__":
    app = create_app(sys.argv[1], {"SPARQL_WORKERS": 1})
    pool = app.extensions["vnkg"].runner.pool
    pool.start()
    while pool.idle() < 1:
        time.sleep(0.05)
    print(pool.processes()[0], flush=True)
    time.sleep(600)
"""


def test_workers_end_when_the_server_process_is_killed(store_dir, tmp_path):
    import os
    import select
    import signal
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "server.py"
    script.write_text(ORPHAN_SCRIPT)
    server = subprocess.Popen([sys.executable, str(script), str(store_dir)], stdout=subprocess.PIPE,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        ready, _, _ = select.select([server.stdout], [], [], 60)
        assert ready, "the server script did not start its worker"
        worker = int(server.stdout.readline())
    finally:
        os.kill(server.pid, signal.SIGKILL)
    server.wait()
    wait_until(lambda: not Path(f"/proc/{worker}").exists() or
               Path(f"/proc/{worker}/stat").read_text().split()[2] == "Z")
