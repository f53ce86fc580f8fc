"""The benchmark harness runs its stages in child processes and writes the
report; never a timed assertion, only that it runs and reports."""
from __future__ import annotations

import subprocess
import sys

import pytest

from graph.bench import report
from graph.bench.measure import StageRun, percentile, run_stage

NEWS = ("Ngày 3/5/2021, Ban Chấp hành Đảng bộ huyện Yên Thành tổ chức Hội nghị lần thứ 4. "
        "Đồng chí Lê Minh Khải - Bí thư Huyện ủy chủ trì hội nghị, quán triệt Nghị quyết số 12-NQ/TU.\n")
PLAN = ("Kế hoạch số 40-KH/QU của Ban Thường vụ Quận ủy thực hiện Chỉ thị số 8-CT/TW "
        "về công tác dân vận.\n")


@pytest.fixture
def tiny_texts(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(NEWS, encoding="utf-8")
    (folder / "b.txt").write_text(PLAN, encoding="utf-8")
    return folder


def test_percentile_is_the_nearest_rank():
    samples = [float(n) for n in range(1, 21)]
    assert (percentile(samples, 0.5), percentile(samples, 0.95), percentile(samples, 1.0)) == (10.0, 19.0, 20.0)


def test_extraction_stage_reports_its_figures_and_peak_memory(tiny_texts):
    run = run_stage("extract-vnkg", {"texts": str(tiny_texts), "rounds": 1}, timeout_s=120)
    assert run.error is None
    assert (run.figures["documents"], run.figures["rounds"]) == (2, 1)
    assert run.figures["kb"] == round((len(NEWS.encode()) + len(PLAN.encode())) / 1024, 1)
    assert run.figures["cpu_seconds"] > 0 and run.figures["kb_per_cpu_s"] > 0
    assert run.peak_rss_mb > 0


def test_an_unknown_stage_is_a_one_line_error():
    run = run_stage("no-such-stage", {}, timeout_s=60)
    assert run.error.startswith("usage: python -m graph.bench.stage")


def test_a_stage_past_its_time_is_stopped(tiny_texts):
    run = run_stage("extract-vnkg", {"texts": str(tiny_texts)}, timeout_s=0.01)
    assert run.error == "stopped after 0 s"


def test_a_capped_rdflib_query_gives_a_lower_bound_ratio():
    ox = {"queries": {"cq01": {"p50_ms": 2.0}, "cq02": {"p50_ms": 4.0}}}
    rd = {"queries": {"cq01": {"p50_ms": 100.0}, "cq02": {"capped": True, "cap_ms": 10000}}}
    assert report.speedups(ox, rd) == {"cq01": (50.0, False), "cq02": (2500.0, True)}


def _extraction_results(vnkg: StageRun) -> dict:
    return {"mode": "quick", "argv": "python -m graph.bench.run --quick", "texts": "data/corpus",
            "minutes": 1.2,
            "machine": {"cpu": "Test CPU", "cores": 2, "memory_gb": 8.0, "os": "Linux", "python": "3.11.7",
                        "versions": {"vnkg": "0.1.0"}, "load_average": [0.5, 0.4, 0.3]},
            "extraction": {"vnkg": vnkg, "underthesea": StageRun("u", {"status": "not installed"}),
                           "pyvi": StageRun("p", {"status": "not installed"})},
            "graphs": {"status": "not measured yet (graph.build has not landed)"}}


def test_the_report_shows_the_extraction_row_and_the_target():
    vnkg = StageRun("extract: vnkg", {"documents": 5, "rounds": 3, "kb": 93.2, "seconds": 0.2,
                                      "kb_per_s": 466.0, "cpu_seconds": 0.08, "kb_per_cpu_s": 1165.0,
                                      "docs_per_s": 75.0, "ms_per_50kb": 35.8})
    text = report.markdown(_extraction_results(vnkg))
    assert "| vnkg extraction | 5 × 3 | 93.2 | 0.08 | 1165.0 | 0.2 | 466.0 | 75.0 | 35.8 |" in text
    assert "| underthesea ner | not installed | | | | | | | |" in text
    assert "| Extraction ≥ 1 MB/s per core | 1165.0 KB/s per core (CPU time); 466.0 KB/s wall | yes |" in text
    assert "not measured yet (graph.build has not landed)" in text


def test_the_extraction_target_is_judged_on_cpu_time_per_core():
    vnkg = StageRun("extract: vnkg", {"documents": 5, "rounds": 3, "kb": 93.2, "seconds": 0.1,
                                      "kb_per_s": 932.0, "cpu_seconds": 0.1, "kb_per_cpu_s": 932.0,
                                      "docs_per_s": 150.0, "ms_per_50kb": 53.6})
    text = report.markdown(_extraction_results(vnkg))
    assert "| Extraction ≥ 1 MB/s per core | 932.0 KB/s per core (CPU time); 932.0 KB/s wall | no |" in text


def test_the_harness_refuses_a_folder_without_texts(tmp_path):
    done = subprocess.run([sys.executable, "-m", "graph.bench.run", "--quick", "--texts", str(tmp_path)],
                          capture_output=True, text=True)
    assert (done.returncode, done.stderr.strip()) == (2, f"bench: error: {tmp_path}: no .txt documents in this folder")


@pytest.mark.slow
def test_the_whole_harness_runs_on_a_tiny_corpus(tiny_texts, tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    done = subprocess.run([sys.executable, "-m", "graph.bench.run", "--quick", "--sizes", "300",
                           "--texts", str(tiny_texts), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    for heading in ("## Machine and commands", "## Extraction throughput", "## Peak memory and wall time by stage",
                    "## Targets"):
        assert heading in text


@pytest.fixture
def tiny_store(tiny_texts, tmp_path):
    store = tmp_path / "store"
    subprocess.run([sys.executable, "-m", "graph.cli", "build", str(tiny_texts), "--store", str(store), "-q"],
                   check=True, capture_output=True)
    return store


def test_virtuoso_stage_answers_every_question_with_oxigraphs_rows(tiny_store):
    from graph import virtuoso
    if not virtuoso.available():
        pytest.skip("Virtuoso is not installed (make sparql-server-deps)")
    params = {"store": str(tiny_store), "repeats": 1}
    oxigraph = run_stage("sparql-oxigraph", params, timeout_s=120)
    server = run_stage("sparql-virtuoso", params, timeout_s=300)
    assert server.error is None
    rows = {name: q["rows"] for name, q in server.figures["queries"].items()}
    assert rows == {name: q["rows"] for name, q in oxigraph.figures["queries"].items()}
    assert rows["cq01"] == 1  # the plan implements Chỉ thị 8-CT/TW
