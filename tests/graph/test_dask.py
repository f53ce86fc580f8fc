"""`vnkg build --dask ADDRESS`: extraction on a Dask cluster writes the same
graph as a local build."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.store import OxigraphStore

distributed = pytest.importorskip("dask.distributed")


def quads(store_dir) -> set[str]:
    return {str(q) for q in OxigraphStore(store_dir, read_only=True).quads()}


def test_build_on_a_dask_cluster_gives_the_graph_of_a_local_build(corpus_dir, tmp_path):
    local, on_dask = str(tmp_path / "local"), str(tmp_path / "dask")
    assert CliRunner().invoke(main, ["build", str(corpus_dir), "--store", local, "-q"]).exit_code == 0
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        result = CliRunner().invoke(main, ["build", str(corpus_dir), "--store", on_dask, "-q",
                                           "--dask", cluster.scheduler_address])
    assert (result.exit_code, result.output.split(";")[0]) == (0, "2 added, 0 updated, 0 unchanged, 0 failed")
    assert quads(on_dask) == quads(local)


def test_unreachable_dask_scheduler_is_a_one_line_error(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("VNKG_DASK_TIMEOUT", "1s")
    result = CliRunner().invoke(main, ["build", str(corpus_dir), "--store", str(tmp_path / "s"), "-q",
                                       "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: tcp://127.0.0.1:9: cannot reach the Dask scheduler (")
