"""A build killed half-way leaves every document's graph whole or absent, and
the next build ends with exactly the graph of a clean build; two builds of one
store never write at once; a reader opened before a build keeps answering."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.bench.generate import write_corpus
from graph.cli import main
from graph.iris import graph_prefix, labels_graph
from graph.lock import build_lock, unless_building
from graph.store import OxigraphStore

GENERATED_DOCUMENTS = 48
KILL_AFTER = 12  # documents written before the build is killed
VNKG = [sys.executable, "-m", "graph.cli"]


def nquads_by_graph(store_dir: Path) -> dict[str, set[str]]:
    store = OxigraphStore(store_dir, read_only=True)
    by_graph: dict[str, set[str]] = {}
    for q in store.quads():
        by_graph.setdefault(q.graph_name.value, set()).add(str(q))
    return by_graph


def run_vnkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(VNKG + list(args), capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_killed_build_leaves_whole_documents_and_the_next_build_equals_a_clean_one(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, GENERATED_DOCUMENTS)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    assert run_vnkg("build", str(corpus), "--store", str(clean), "-q").returncode == 0

    build = subprocess.Popen(VNKG + ["build", str(corpus), "--store", str(crashed), "-q", "-v"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    written = 0
    for line in build.stderr:
        written += line.startswith("vnkg: written ")
        if written == KILL_AFTER:
            os.kill(build.pid, signal.SIGKILL)
            break
    build.wait()
    assert build.returncode == -signal.SIGKILL

    validation = run_vnkg("validate", "--store", str(crashed))
    assert (validation.returncode, validation.stdout) == (
        0, "The graph conforms to ontology/shapes.ttl: no violations.\n")
    expected, after_kill = nquads_by_graph(clean), nquads_by_graph(crashed)
    documents = {g for g in after_kill if g.startswith(graph_prefix())}
    assert KILL_AFTER <= len(documents) < GENERATED_DOCUMENTS
    assert {g for g in documents if after_kill[g] != expected[g]} == set()  # each one whole

    rebuild = run_vnkg("build", str(corpus), "--store", str(crashed), "-q")
    assert rebuild.returncode == 0
    assert rebuild.stdout.startswith(f"{GENERATED_DOCUMENTS - len(documents)} added, 0 updated, "
                                     f"{len(documents)} unchanged, 0 failed;")
    assert nquads_by_graph(crashed) == expected


def test_build_waits_for_the_lock_then_stops_with_a_clear_message(corpus_dir, tmp_path):
    store = tmp_path / "store"
    with build_lock(store, timeout=0):
        result = CliRunner().invoke(main, ["build", str(corpus_dir), "--store", str(store), "-q",
                                           "--lock-timeout", "0.3"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"vnkg: {store}: another vnkg build is writing this store; waiting up to 0.3 s",
        f"vnkg: error: {store}: another vnkg build is writing this store; gave up after waiting 0.3 s "
        "(try again when it has finished, or raise --lock-timeout)"]


def test_build_waiting_for_a_viewer_that_reopens_the_store_says_so(corpus_dir, tmp_path):
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(corpus_dir), "--store", str(store), "-q"]).exit_code == 0
    with unless_building(store) as free:
        assert free
        result = CliRunner().invoke(main, ["build", str(corpus_dir), "--store", str(store), "-q",
                                           "--lock-timeout", "0.3"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"vnkg: {store}: a vnkg serve is reopening this store after a build; waiting up to 0.3 s",
        f"vnkg: error: {store}: a vnkg serve is reopening this store after a build; gave up after "
        "waiting 0.3 s (try again when it has finished, or raise --lock-timeout)"]


def test_two_builds_at_once_both_succeed_one_after_the_other(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    builds = [subprocess.Popen(VNKG + ["build", str(corpus_dir), "--store", store, "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [b.communicate(timeout=300) for b in builds]
    assert [b.returncode for b in builds] == [0, 0]
    firsts = sorted(out.split(";")[0] for out, _ in outputs)
    assert firsts == ["0 added, 0 updated, 2 unchanged, 0 failed", "2 added, 0 updated, 0 unchanged, 0 failed"]
    assert run_vnkg("validate", "--store", store).returncode == 0


def test_a_reader_keeps_its_view_during_a_build_and_a_reopened_one_sees_the_new_data(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    extra = corpus_dir / "ke-hoach-phuong-an-lac.txt"
    moved = tmp_path / "later" / extra.name
    moved.parent.mkdir()
    extra.rename(moved)
    assert run_vnkg("build", str(corpus_dir), "--store", store, "-q").returncode == 0
    files = "PREFIX vnkg: <https://w3id.org/vnkg/ont#> SELECT ?f WHERE { ?d vnkg:fileName ?f } ORDER BY ?f"
    served = OxigraphStore(store, read_only=True)  # as `vnkg serve` opens it

    moved.rename(extra)
    assert run_vnkg("build", str(corpus_dir), "--store", store, "-q").returncode == 0

    assert served.select(files) == [{"f": "hoi-nghi-phuong-an-lac.txt"}]
    assert OxigraphStore(store, read_only=True).select(files) == [
        {"f": "hoi-nghi-phuong-an-lac.txt"}, {"f": "ke-hoach-phuong-an-lac.txt"}]


def test_labels_graph_is_among_the_exported_graphs(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    CliRunner().invoke(main, ["build", str(corpus_dir), "--store", store, "-q"])
    assert labels_graph() in nquads_by_graph(Path(store))
