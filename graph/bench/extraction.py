"""Extraction throughput on real texts: vnkg's pipeline end to end (read,
normalise, extract, record) in one process, side by side with underthesea's
`ner` and pyvi's tokenizer on the same texts."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from .measure import peak_rss_mb


def text_files(folder: str) -> list[Path]:
    return sorted(p for p in Path(folder).iterdir() if p.suffix == ".txt" and p.is_file())


def _throughput(units: list, process: Callable[[Any], Any], size_of: Callable[[Any], int],
                documents: int, rounds: int, budget_s: float) -> dict[str, Any]:
    """Process the units `rounds` times, or until the time budget is spent
    (a slow tool is measured on part of the texts, not skipped)."""
    process(units[0])  # warm-up: loads models and tables outside the timing
    done_bytes, done_units = 0, 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for unit in units:
            process(unit)
            done_bytes += size_of(unit)
            done_units += 1
            if time.perf_counter() - started > budget_s:
                break
        else:
            continue
        break
    elapsed = time.perf_counter() - started
    # CPU time too: on a shared machine the wall clock also counts the time
    # other processes hold the core, which is not this tool's cost.
    cpu = time.process_time() - cpu_started
    complete = done_units == len(units) * rounds
    return {"documents": documents, "rounds": rounds if complete else "part of 1",
            "kb": round(done_bytes / 1024, 1), "seconds": round(elapsed, 3),
            "kb_per_s": round(done_bytes / 1024 / elapsed, 1),
            "cpu_seconds": round(cpu, 3), "kb_per_cpu_s": round(done_bytes / 1024 / max(cpu, 1e-9), 1),
            "docs_per_s": round(done_bytes / (sum(map(size_of, units)) / documents) / elapsed, 2),
            "ms_per_50kb": round(elapsed / done_bytes * 50 * 1024 * 1000, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def vnkg(params: dict) -> dict[str, Any]:
    from extract import extract_file
    paths = text_files(params["texts"])
    return _throughput(paths, extract_file, lambda p: p.stat().st_size, len(paths),
                       params.get("rounds", 3), params.get("budget_s", 60))


def _by_line(params: dict, process: Callable[[str], Any]) -> dict[str, Any]:
    # These tools read one sentence at a time; a line is the fairest unit.
    paths = text_files(params["texts"])
    lines = [line for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return _throughput(lines, process, lambda line: len(line.encode("utf-8")) + 1, len(paths),
                       params.get("rounds", 1), params.get("budget_s", 60))


def underthesea_ner(params: dict) -> dict[str, Any]:
    try:
        from underthesea import ner
    except ImportError:
        return {"status": "not installed (pip install -e '.[bench]')"}
    try:
        ner("Hà Nội")
    except Exception as exc:  # a model it cannot fetch offline
        return {"status": f"not available offline ({exc.__class__.__name__})"}
    return _by_line(params, ner)


def pyvi_tokenizer(params: dict) -> dict[str, Any]:
    try:
        from pyvi import ViTokenizer
    except ImportError:
        return {"status": "not installed (pip install -e '.[bench]')"}
    return _by_line(params, ViTokenizer.tokenize)
