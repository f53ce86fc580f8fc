"""`vnkg serve --processes N`: pre-forked server processes share one port,
each with its own store handle; every one of them picks up a rebuild, and
SIGTERM stops them all (their /sparql workers too)."""
from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from webviewer import serve
from webviewer.server_process import free_port, start_server, stop_server

DOCUMENTS = Path(__file__).parent / "fixtures" / "reload"
FIRST = "thong-bao-xa-tan-hiep.txt"    # names Lò Văn Khoa
SECOND = "ke-hoach-xa-phu-my.txt"      # names Hà Thị Quỳnh Mai
NEW_PERSON = "Hà Thị Quỳnh Mai"
# Fresh connections asked until both processes have answered: the kernel gives
# each to whichever process accepts first, so neither is sure to win often.
MOST_TRIES = 400


def vnkg_build(corpus: Path, store: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output


def get(port: int, path: str) -> tuple[int, str, str]:
    """Status, answering process and body of one request on a new connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        answer = connection.getresponse()
        return answer.status, answer.getheader(serve.PROCESS_HEADER), answer.read().decode()
    finally:
        connection.close()


def answers_by_process(port: int, path: str, wanted: int = 2) -> dict[str, str]:
    """The body each of `wanted` distinct processes gave for `path`."""
    bodies: dict[str, str] = {}
    for _ in range(MOST_TRIES):
        status, process, body = get(port, path)
        assert status == 200
        bodies.setdefault(process, body)
        if len(bodies) >= wanted:
            break
    return bodies


def labels(search_answer: str) -> list[str]:
    return [hit["label"] for hit in json.loads(search_answer)]


def descendants(pid: int) -> set[int]:
    found, pending = set(), [pid]
    while pending:
        current = pending.pop()
        try:
            tasks = list(Path(f"/proc/{current}/task").iterdir())
        except OSError:  # the process ended meanwhile
            continue
        for task in tasks:
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:  # a thread (a /sparql worker's start-up watcher) ended meanwhile
                continue
            found.update(children)
            pending += children
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture()
def served(tmp_path, monkeypatch):
    """`vnkg serve --processes 2` over a store built from one document."""
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    shutil.copy(DOCUMENTS / FIRST, corpus / FIRST)
    vnkg_build(corpus, store)
    monkeypatch.setenv("VNKG_RELOAD_CHECK_SECONDS", "0.001")
    monkeypatch.setenv("VNKG_SPARQL_WORKERS", "1")
    port = free_port()
    server = start_server(str(store), port, processes=2)
    yield corpus, store, port, server
    stop_server(server)


def test_two_processes_answer_on_one_port_and_each_shows_a_rebuild(served):
    corpus, store, port, _ = served
    search = "/api/search?" + urllib.parse.urlencode({"q": NEW_PERSON})
    before = answers_by_process(port, search)
    shutil.copy(DOCUMENTS / SECOND, corpus / SECOND)
    vnkg_build(corpus, store)
    after = answers_by_process(port, search)
    assert len(before) == 2
    assert set(after) == set(before)
    assert [NEW_PERSON in labels(body) for body in before.values()] == [False, False]
    assert [NEW_PERSON in labels(body) for body in after.values()] == [True, True]


def test_sigterm_stops_every_server_process_and_their_query_workers(store_dir, monkeypatch):
    monkeypatch.setenv("VNKG_SPARQL_WORKERS", "1")
    port = free_port()
    server = start_server(str(store_dir), port, processes=2)
    assert get(port, "/sparql?query=" + urllib.parse.quote("ASK { ?s ?p ?o }"))[0] == 200
    processes = descendants(server.pid)
    assert len(processes) >= 3  # two server processes and at least one /sparql worker
    try:
        server.terminate()
        assert server.wait(timeout=30) == 0
    finally:
        stop_server(server)
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in processes if alive(pid)] == []


def test_a_store_that_is_not_there_is_one_line_and_no_server_process_stays(tmp_path):
    missing = tmp_path / "nowhere"
    result = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "serve",
                             "--store", str(missing), "--port", str(free_port()), "--processes", "2"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"vnkg: error: {missing}: no store here (run `vnkg build` first)"]


@pytest.mark.parametrize(("cores", "processes"), [(1, 1), (2, 2), (16, serve.MAX_DEFAULT_PROCESSES)])
def test_the_default_is_one_process_per_core_up_to_the_cap(monkeypatch, cores, processes):
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)))
    assert serve.default_processes() == processes


def test_server_processes_stop_when_their_parent_is_killed(store_dir, monkeypatch):
    monkeypatch.setenv("VNKG_SPARQL_WORKERS", "1")
    port = free_port()
    server = start_server(str(store_dir), port, processes=2)
    try:
        processes = descendants(server.pid)
        server.kill()  # SIGKILL: the parent cannot stop its workers itself
        server.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in processes) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop_server(server)
    assert [pid for pid in processes if alive(pid)] == []
