"""The load check (python -m webviewer.loadcheck): a short run against the
sample store served by `vnkg serve` in its own process, without errors, and
its report and error messages."""
from __future__ import annotations

import json

from webviewer.loadcheck import main, report


def test_short_load_run_on_every_kind_of_page_has_no_errors(store_dir, capsys):
    status = main(["--store", str(store_dir), "--seconds", "3", "--clients", "4", "--runs", "1", "--json"])
    figures = json.loads(capsys.readouterr().out)
    [run] = figures["runs"]
    assert status == 0
    assert run["errors"] == 0
    assert set(run["by_kind"]) == {"entity", "search", "sparql"}
    assert run["requests"] == sum(run["by_kind"].values())
    assert len(figures["server_rss_kib"]) == 2
    assert set(run["p95_ms_by_kind"]) == {"entity", "search", "sparql"}


def test_missing_store_is_a_one_line_error(tmp_path, capsys):
    status = main(["--store", str(tmp_path / "nowhere"), "--seconds", "1"])
    assert status == 2
    assert capsys.readouterr().err == f"loadcheck: error: {tmp_path / 'nowhere'}: no store here (run `vnkg build` first)\n"


def test_report_gives_rate_latency_errors_and_memory():
    figures = {"store": "data/store", "rss_growth_kib": 512, "server_rss_kib": [102400, 104448, 104960],
               "runs": [{"clients": 50, "seconds": 60.0, "requests": 6000, "requests_per_second": 100.0,
                         "p50_ms": 80.0, "p95_ms": 300.5, "errors": 0, "error_kinds": {},
                         "refused": 3, "refused_kinds": {"sparql": 3},
                         "p95_ms_by_kind": {"entity": 20.5, "search": 10.0, "sparql": 400.0},
                         "by_kind": {"entity": 3000, "search": 1500, "sparql": 1500}}]}
    assert report(figures).splitlines() == [
        "store data/store",
        "run 1: 50 clients, 60.0 s, 6000 requests (100.0/s), p50 80.0 ms, p95 300.5 ms, errors 0 (none), "
        "refused 3 {'sparql': 3}; "
        "by kind {'entity': 3000, 'search': 1500, 'sparql': 1500}; "
        "p95 by kind (ms) {'entity': 20.5, 'search': 10.0, 'sparql': 400.0}",
        "server RSS (MiB, with its query workers): before 100.0, after each run [102.0, 102.5]; "
        "growth over the runs after the first 0.5 MiB",
    ]
