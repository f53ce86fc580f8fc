"""Corpus generation and the build from text to stored graph, measured
through the public command line (`vnkg build DIR --store DIR --workers N`)."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .generate import write_corpus


def generate(params: dict) -> dict[str, Any]:
    started = time.perf_counter()
    paths = write_corpus(Path(params["out"]), params["docs"], params.get("seed", 7))
    size = sum(p.stat().st_size for p in paths)
    return {"documents": len(paths), "mb": round(size / 2**20, 2),
            "seconds": round(time.perf_counter() - started, 2)}


def build_available() -> bool:
    return importlib.util.find_spec("graph.build") is not None


def count_triples(store_dir: str) -> int:
    import pyoxigraph as ox
    return len(ox.Store.read_only(store_dir))


def build(params: dict) -> dict[str, Any]:
    if not build_available():
        return {"status": "not measured yet (graph.build has not landed)"}
    corpus, store = Path(params["corpus"]), params["store"]
    documents = sum(1 for p in corpus.iterdir() if p.suffix == ".txt")
    command = [sys.executable, "-m", "graph.cli", "build", str(corpus), "--store", store,
               "--workers", str(params.get("workers", 1)), "--quiet"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return {"status": f"build failed: {tail}"}
    triples = count_triples(store)
    return {"documents": documents, "workers": params.get("workers", 1), "triples": triples,
            "seconds": round(elapsed, 2), "docs_per_s": round(documents / elapsed, 1),
            "triples_per_s": round(triples / elapsed), "triples_per_doc": round(triples / max(documents, 1), 1),
            "command": " ".join(["vnkg"] + command[3:])}


def bulk_load(params: dict) -> dict[str, Any]:
    """Oxigraph's bulk loader on the quads of a built graph: the way to load
    a corpus whose N-Quads were written elsewhere (e.g. by Dask workers)."""
    import shutil
    import tempfile

    import pyoxigraph as ox
    source = ox.Store.read_only(params["store"])
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "graph.nq"
        source.dump(str(dump), format=ox.RdfFormat.N_QUADS)
        target = Path(tmp) / "store"
        started = time.perf_counter()
        store = ox.Store(str(target))
        store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        store.flush()
        elapsed = time.perf_counter() - started
        quads, dump_mb = len(store), round(dump.stat().st_size / 2**20, 1)
        del store
        shutil.rmtree(target, ignore_errors=True)
    return {"triples": quads, "nquads_mb": dump_mb,
            "seconds": round(elapsed, 2), "triples_per_s": round(quads / elapsed)}
