"""The viewer stage's report: entity pages cold and warm in rows of their own,
the first paint of a 2,000-node network or why it was not measured, and the
targets judged on them. Figures are made up here; nothing is timed."""
from __future__ import annotations

from graph.bench import report
from graph.bench.measure import StageRun


def _load(concurrency: int, requests: int, rps: float, p50: float, p95: float, errors: int = 0) -> dict:
    return {"requests": requests, "errors": errors, "first_errors": [], "shed": 0, "first_shed": [],
            "concurrency": concurrency, "seconds": 10.0, "rps": rps, "p50_ms": p50, "p95_ms": p95}


def _graphs(paint: dict) -> dict:
    figures = {"search": _load(8, 3000, 300.0, 20.0, 40.0),
               "entity_cold_1": _load(1, 400, 40.0, 21.0, 38.5) | {"pages": 500},
               "entity_cold": _load(8, 500, 60.0, 110.0, 190.0) | {"pages": 500},
               "entity_warm": _load(8, 9000, 900.0, 8.0, 14.5) | {"pages": 900},
               "sparql": _load(8, 2000, 200.0, 30.0, 60.0), "sparql_query": "ASK { ?s ?p ?o }", "paint": paint}
    return {"viewer": StageRun("viewer", figures)}


PAINTED = {"nodes": 2000, "edges": 2870, "iri": "https://example.org/x", "first_ms": 1650, "warm_ms": 900,
           "loads_ms": [1650, 900, 950]}


def test_entity_pages_have_a_cold_and_a_warm_row():
    text = "\n".join(report._viewer(_graphs(PAINTED)))
    assert "| entity, cold, 1 client | 1 | 400 | 0 | 0 | 40.0 | 21.0 | 38.5 |" in text
    assert "| entity, cold | 8 | 500 | 0 | 0 | 60.0 | 110.0 | 190.0 |" in text
    assert "| entity, warm | 8 | 9000 | 0 | 0 | 900.0 | 8.0 | 14.5 |" in text


def test_the_first_paint_is_reported_first_load_and_warm():
    text = "\n".join(report._viewer(_graphs(PAINTED)))
    assert ("2000 nodes, 2870 edges; first paint 1650 ms from navigation start on the first (uncached) load, "
            "900 ms warm (median of the later loads; all: [1650, 900, 950]).") in text


def test_without_chromium_the_paint_says_it_was_not_measured():
    text = "\n".join(report._viewer(_graphs({"status": "not measured: no chromium"})))
    assert ("A neighbourhood view of 2,000 nodes in headless Chromium (`python -m webviewer.paintcheck`): "
            "not measured: no chromium.") in text


def test_targets_judge_cold_latency_warm_throughput_and_first_paint():
    results = {"extraction": {"vnkg": StageRun("v", {"status": "not installed"})}, "mode": "full",
               "graphs": _graphs(PAINTED)}
    rows = [line for line in report._targets(results) if line.startswith("| ") and "target" not in line]
    assert rows == [
        "| Entity pages p95 ≤ 50 ms, cold, 1 client | 38.5 ms | yes |",
        "| Entity pages p95 ≤ 50 ms, warm | 14.5 ms | yes |",
        "| ≥ 300 requests/s with 0 errors, cold | 60.0/s, 0 errors | no |",
        "| ≥ 300 requests/s with 0 errors, warm | 900.0/s, 0 errors | yes |",
        "| Network view first paint < 2 s (2,000 nodes, cap 2,000; first, uncached load) | 1650 ms | yes |",
    ]


def test_server_processes_memory_and_cpu_per_request_are_reported():
    graphs = _graphs(PAINTED)
    figures = graphs["viewer"].figures
    figures["entity_cold_1"]["server_cpu_ms_per_request"] = 9.5
    figures["entity_cold"]["server_cpu_ms_per_request"] = 11.2
    figures["server"] = {"processes_seen": 2, "rss_mb_at_start": 640, "rss_mb_at_end": 700}
    text = "\n".join(report._viewer(graphs))
    assert ("Server CPU time per request (all its processes): entity, cold, 1 client 9.5 ms; "
            "entity, cold 11.2 ms.") in text
    assert ("`vnkg serve` with its default: 2 server processes answered; resident memory of the server "
            "with its /sparql workers 640 MB at start, 700 MB at the end.") in text


def test_no_paint_loads_asked_is_reported_not_measured_without_starting_a_browser(tmp_path):
    from graph.bench.viewer import first_paint
    assert first_paint(str(tmp_path), 0) == {"status": "not measured: no loads asked (paint_loads 0)"}
