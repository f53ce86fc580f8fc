"""The paint check (python -m webviewer.paintcheck): its report line and its
one-line error for a missing store. (Its figures come from a real browser and
are recorded in docs/reliability.md, not asserted here.)"""
from __future__ import annotations

from webviewer.paintcheck import main, report


def test_report_gives_nodes_edges_and_first_paint_per_load():
    figures = {"store": "data/store", "cap": 2000, "iri": "https://w3id.org/vnkg/id/org/x", "depth": 2,
               "nodes": 1757, "edges": 2645, "first_paint_ms": [1900, 1500, 1450], "median_ms": 1500}
    assert report(figures) == (
        "store data/store, cap 2000: https://w3id.org/vnkg/id/org/x depth 2, 1757 nodes, 2645 edges; "
        "first paint (ms from navigation start) per load [1900, 1500, 1450], median 1500")


def test_missing_store_is_a_one_line_error(tmp_path, capsys):
    assert main(["--store", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"paintcheck: error: {tmp_path / 'nowhere'}: no store here (run `vnkg build` first)\n"
