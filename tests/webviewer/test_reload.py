"""A served store picks up a rebuild without a restart: `vnkg build` stamps
the store when it changed something, and the viewer, seeing a new stamp while
no build holds the lock, reopens the store, empties its response cache and
answers search, pages and /sparql from the new data."""
from __future__ import annotations

import json
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.lock import build_lock, read_generation, unless_building
from webviewer import create_app
from webviewer.reload import retire_runner
from webviewer.response_cache import CachedAnswer, ResponseCache
from webviewer.server_process import free_port, start_server, stop_server

DOCUMENTS = Path(__file__).parent / "fixtures" / "reload"
FIRST = "thong-bao-xa-tan-hiep.txt"    # names Lò Văn Khoa
SECOND = "ke-hoach-xa-phu-my.txt"      # names Hà Thị Quỳnh Mai
NEW_PERSON = "Hà Thị Quỳnh Mai"
DOCUMENT_COUNT = ("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d <https://w3id.org/vnkg/ont#sourcePath> ?p }")


def vnkg_build(corpus: Path, store: Path) -> str:
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    return result.output.strip()


def add_document(corpus: Path, name: str) -> None:
    shutil.copy(DOCUMENTS / name, corpus / name)


@pytest.fixture()
def built(tmp_path) -> tuple[Path, Path]:
    """A corpus folder holding the first document, and a store built from it."""
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    add_document(corpus, FIRST)
    vnkg_build(corpus, store)
    return corpus, store


def viewer_over(store: Path, check_seconds: float = 1e-6):
    return create_app(str(store), {"TESTING": True, "RELOAD_CHECK_SECONDS": check_seconds,
                                   "SPARQL_WORKERS": 1, "SPARQL_TIMEOUT_SECONDS": 2.0,
                                   "SPARQL_QUEUE_SECONDS": 5.0})


@pytest.fixture()
def app(built):
    app = viewer_over(built[1])
    yield app
    app.extensions["vnkg"].runner.close()


def found_labels(client, query: str) -> list[str]:
    return [hit["label"] for hit in client.get("/api/search", query_string={"q": query}).get_json()]


def found_url(client, label: str) -> str:
    """The viewer's page of the entity labelled `label` exactly."""
    hits = client.get("/api/search", query_string={"q": label}).get_json()
    return next(hit["url"] for hit in hits if hit["label"] == label)


def test_a_build_that_adds_a_document_writes_a_new_generation_stamp(built):
    corpus, store = built
    first = read_generation(store)
    add_document(corpus, SECOND)
    vnkg_build(corpus, store)
    assert first.split()[0] == "1"
    assert read_generation(store).split()[0] == "2"


def test_a_build_that_changes_nothing_leaves_the_stamp_as_it_was(built):
    corpus, store = built
    before = read_generation(store)
    assert vnkg_build(corpus, store).startswith("0 added, 0 updated, 1 unchanged")
    assert read_generation(store) == before


def test_a_build_that_removes_a_document_writes_a_new_stamp_and_the_viewer_forgets_it(built, app):
    corpus, store = built
    client = app.test_client()
    add_document(corpus, SECOND)
    vnkg_build(corpus, store)
    assert NEW_PERSON in found_labels(client, NEW_PERSON)
    (corpus / SECOND).unlink()
    assert vnkg_build(corpus, store).startswith("0 added, 0 updated, 1 unchanged, 1 removed")
    assert read_generation(store).split()[0] == "3"
    assert NEW_PERSON not in found_labels(client, NEW_PERSON)


def test_an_answer_computed_before_the_cache_was_emptied_is_not_kept():
    cache = ResponseCache(max_entries=10, max_bytes=10_000)
    generation_at_request_start = cache.generation
    cache.clear()
    cache.put(("/search?q=x", "vi", ""), CachedAnswer(b"old view", ()), generation_at_request_start)
    assert len(cache) == 0


def test_search_finds_a_document_added_by_a_rebuild_without_a_restart(built, app):
    corpus, store = built
    client = app.test_client()
    assert NEW_PERSON not in found_labels(client, NEW_PERSON)
    add_document(corpus, SECOND)
    vnkg_build(corpus, store)
    assert NEW_PERSON in found_labels(client, NEW_PERSON)
    assert app.extensions["vnkg_reload"].reloads == 1


def test_a_cached_page_is_not_served_stale_after_a_rebuild(built, app):
    corpus, store = built
    client = app.test_client()
    client.get("/search", query_string={"q": NEW_PERSON})
    cached = client.get("/search", query_string={"q": NEW_PERSON})
    add_document(corpus, SECOND)
    vnkg_build(corpus, store)
    fresh = client.get("/search", query_string={"q": NEW_PERSON})
    person_link = f'href="{found_url(client, NEW_PERSON)}"'
    assert cached.headers["X-VNKG-Cache"] == "hit"
    assert person_link not in cached.get_data(as_text=True)
    assert "X-VNKG-Cache" not in fresh.headers
    assert person_link in fresh.get_data(as_text=True)


def test_sparql_counts_the_new_document_after_a_rebuild(built, app):
    corpus, store = built
    client = app.test_client()
    before = client.get("/sparql", query_string={"query": DOCUMENT_COUNT},
                        headers={"Accept": "application/sparql-results+json"}).get_json()
    add_document(corpus, SECOND)
    vnkg_build(corpus, store)
    after = client.get("/sparql", query_string={"query": DOCUMENT_COUNT},
                       headers={"Accept": "application/sparql-results+json"}).get_json()
    assert before["results"]["bindings"][0]["n"]["value"] == "1"
    assert after["results"]["bindings"][0]["n"]["value"] == "2"


def test_without_a_rebuild_the_viewer_keeps_the_state_it_opened(app):
    client = app.test_client()
    opened = app.extensions["vnkg"]
    client.get("/")
    client.get("/api/search", query_string={"q": "Khoa"})
    assert app.extensions["vnkg"] is opened
    assert app.extensions["vnkg_reload"].reloads == 0


def test_no_reload_while_a_build_holds_the_lock_and_one_once_it_is_released(built, app):
    corpus, store = built
    client = app.test_client()
    opened = app.extensions["vnkg"]
    add_document(corpus, SECOND)
    vnkg_build(corpus, store)
    with build_lock(store, timeout=0):
        during = found_labels(client, NEW_PERSON)
        assert app.extensions["vnkg"] is opened
    after = found_labels(client, NEW_PERSON)
    assert NEW_PERSON not in during
    assert NEW_PERSON in after


def test_a_check_interval_of_zero_turns_reloading_off(built):
    corpus, store = built
    app = viewer_over(store, check_seconds=0)
    try:
        add_document(corpus, SECOND)
        vnkg_build(corpus, store)
        assert NEW_PERSON not in found_labels(app.test_client(), NEW_PERSON)
        assert "vnkg_reload" not in app.extensions
    finally:
        app.extensions["vnkg"].runner.close()


def test_the_reload_logs_one_line_with_the_triple_count(built, app, capsys):
    corpus, store = built
    add_document(corpus, SECOND)
    summary = vnkg_build(corpus, store)
    capsys.readouterr()
    app.test_client().get("/")
    triples = summary.rsplit("; ", 1)[1]
    assert capsys.readouterr().err == f"vnkg: store changed: reloaded, {triples}\n"


def test_a_retired_runner_has_its_worker_processes_closed(app):
    runner = app.extensions["vnkg"].runner
    runner.pool.start()
    retire_runner(runner, 0).join()
    assert runner.pool.processes() == []


def test_unless_building_lets_a_reader_in_when_the_store_was_never_built_by_vnkg(tmp_path):
    with unless_building(tmp_path) as free:
        assert free is True


def test_served_viewer_shows_a_rebuild_without_a_restart(built, monkeypatch):
    corpus, store = built
    monkeypatch.setenv("VNKG_RELOAD_CHECK_SECONDS", "0.001")
    monkeypatch.setenv("VNKG_SPARQL_WORKERS", "1")
    port = free_port()
    server = start_server(str(store), port)
    try:
        url = f"http://127.0.0.1:{port}/search?" + urllib.parse.urlencode({"q": NEW_PERSON})
        before = urllib.request.urlopen(url, timeout=30).read().decode()
        add_document(corpus, SECOND)
        vnkg_build(corpus, store)
        after = urllib.request.urlopen(url, timeout=30).read().decode()
        api = f"http://127.0.0.1:{port}/api/search?" + urllib.parse.urlencode({"q": NEW_PERSON})
        hits = json.load(urllib.request.urlopen(api, timeout=30))
    finally:
        stop_server(server)
    person_link = f'href="{next(hit["url"] for hit in hits if hit["label"] == NEW_PERSON)}"'
    assert person_link not in before
    assert person_link in after
