"""The benchmark harness: runs every stage in its own process and writes the
figures to docs/BENCHMARKS.md.

    python -m graph.bench.run            # full: 100,000 and 1,000,000 triples
    python -m graph.bench.run --quick    # minutes: one small graph
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import machine, report
from .building import build_available
from .measure import StageRun, run_stage

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Plan:
    """How big and how long each stage runs."""
    graph_sizes: tuple[int, ...]
    extract_rounds: int
    sparql_repeats: int
    rdflib_cap_s: float
    viewer_seconds: float
    concurrency: int
    calibration_docs: int
    stage_timeout_s: float
    extract_budget_s: float


QUICK = Plan((8_000,), 1, 10, 5.0, 2.0, 8, 4, 300, 5.0)
# rdflib gets one capped run a query past the first size: loading a million
# triples into it already takes minutes, and a capped query still bounds the ratio.
FULL = Plan((100_000, 1_000_000), 3, 20, 10.0, 10.0, 8, 30, 3600, 60.0)


class Harness:
    def __init__(self, plan: Plan, workdir: Path, texts: Path, seed: int, echo=print):
        self.plan, self.workdir, self.texts, self.seed, self.echo = plan, workdir, texts, seed, echo
        self.runs: list[StageRun] = []

    def stage(self, label: str, name: str, params: dict) -> StageRun:
        self.echo(f"bench: {label} ...")
        run = run_stage(name, params, self.plan.stage_timeout_s)
        run.name = label
        self.runs.append(run)
        status = run.error or run.figures.get("status") or "ok"
        self.echo(f"bench: {label}: {status} ({run.wall_s:.1f} s, peak {run.peak_rss_mb:.0f} MB)")
        return run

    def extraction(self) -> dict:
        params = {"texts": str(self.texts), "budget_s": self.plan.extract_budget_s}
        return {
            "vnkg": self.stage("extract: vnkg", "extract-vnkg", params | {"rounds": self.plan.extract_rounds}),
            "underthesea": self.stage("extract: underthesea ner", "extract-underthesea", params),
            "pyvi": self.stage("extract: pyvi tokenizer", "extract-pyvi", params),
        }

    def corpus(self, name: str, docs: int) -> Path:
        folder = self.workdir / name
        shutil.rmtree(folder, ignore_errors=True)
        self.stage(f"generate {name}", "generate", {"out": str(folder), "docs": docs, "seed": self.seed})
        return folder

    def build(self, label: str, corpus: Path, workers: int) -> StageRun:
        store = self.workdir / f"store-{corpus.name}-w{workers}"
        shutil.rmtree(store, ignore_errors=True)
        return self.stage(label, "build", {"corpus": str(corpus), "store": str(store), "workers": workers})

    def graphs(self) -> dict:
        if not build_available():
            return {"status": "not measured yet (graph.build has not landed)"}
        sample = self.corpus("calibration", self.plan.calibration_docs)
        probe = self.build("build: calibration", sample, 1)
        per_doc = probe.figures.get("triples_per_doc")
        if not per_doc:
            return {"status": f"not measured ({probe.error or probe.figures.get('status')})"}
        results: dict = {"triples_per_doc": per_doc, "sizes": {}}
        largest_store = None
        for target in self.plan.graph_sizes:
            # 5% over: the calibration sample runs a little denser than a whole corpus
            docs = int(target / per_doc * 1.05) + 1
            corpus = self.corpus(f"corpus-{target}", docs)
            builds = {}
            # Two workers everywhere; one worker too on the smallest graph, and
            # wherever two workers fail, so that the later stages have a graph.
            for workers in ((1, 2) if target == self.plan.graph_sizes[0] else (2,)):
                builds[workers] = self.build(f"build {target:,} triples, {workers} worker(s)", corpus, workers)
            if 1 not in builds and not _built(builds[2]):
                builds[1] = self.build(f"build {target:,} triples, 1 worker(s)", corpus, 1)
            built = next((w for w in (2, 1) if w in builds and _built(builds[w])), None)
            size = {"documents": docs, "builds": builds}
            if built is None:
                size["status"] = "not measured (no build succeeded)"
                results["sizes"][target] = size
                continue
            store = str(self.workdir / f"store-{corpus.name}-w{built}")
            largest_store = store
            size["store_workers"] = built
            size["oxigraph"] = self.stage(f"sparql {target:,}: oxigraph", "sparql-oxigraph",
                                          {"store": store, "repeats": self.plan.sparql_repeats})
            size["rdflib"] = self.stage(f"sparql {target:,}: rdflib", "sparql-rdflib",
                                        {"store": store, "repeats": 3 if target == self.plan.graph_sizes[0] else 1,
                                         "cap_s": self.plan.rdflib_cap_s})
            size["virtuoso"] = self.stage(f"sparql {target:,}: virtuoso", "sparql-virtuoso",
                                          {"store": store, "repeats": self.plan.sparql_repeats})
            results["sizes"][target] = size
        if largest_store is None:
            results["viewer"] = {"status": "not measured (no build succeeded)"}
            return results
        results["viewer_store"] = Path(largest_store).name
        results["bulk_load"] = self.stage(f"bulk load ({Path(largest_store).name})", "bulk-load",
                                          {"store": largest_store})
        results["viewer"] = self.stage(
            f"viewer ({Path(largest_store).name})", "viewer",
            {"store": largest_store, "seconds": self.plan.viewer_seconds, "concurrency": self.plan.concurrency})
        return results


def _built(run: StageRun) -> bool:
    return run.error is None and bool(run.figures.get("triples"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graph.bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small graph, short runs (under 2 minutes)")
    parser.add_argument("--texts", type=Path, default=REPO / "data" / "corpus",
                        help="folder of .txt documents for extraction throughput [data/corpus]")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "BENCHMARKS.md")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and stores go [a temporary folder]")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sizes", type=lambda s: tuple(int(x) for x in s.split(",")), default=None,
                        help="graph sizes in triples, comma-separated (overrides the mode's)")
    args = parser.parse_args(argv)
    if not args.texts.is_dir() or not any(args.texts.glob("*.txt")):
        print(f"bench: error: {args.texts}: no .txt documents in this folder", file=sys.stderr)
        return 2
    plan = QUICK if args.quick else FULL
    if args.sizes:
        plan = Plan(args.sizes, *list(asdict(plan).values())[1:])
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="vnkg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    harness = Harness(plan, workdir, args.texts, args.seed)
    results = {"mode": "quick" if args.quick else "full", "machine": machine.describe(),
               "argv": " ".join(["python -m graph.bench.run"] + (argv if argv is not None else sys.argv[1:])),
               "texts": str(args.texts.relative_to(REPO) if args.texts.is_relative_to(REPO) else args.texts),
               "extraction": harness.extraction(), "graphs": harness.graphs()}
    results["minutes"] = round((time.time() - started) / 60, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report.markdown(results), encoding="utf-8")
    (workdir / "results.json").write_text(json.dumps(results, default=_plain, ensure_ascii=False, indent=1))
    print(f"bench: wrote {args.out} in {results['minutes']} min (work folder {workdir})")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _plain(value):
    return asdict(value) if isinstance(value, StageRun) else str(value)


if __name__ == "__main__":
    sys.exit(main())
