"""docs/BENCHMARKS.md from the harness's figures: the machine, the commands,
one table a stage, peak memory, and the targets met or missed."""
from __future__ import annotations

import datetime as dt
import math

from .measure import StageRun

TARGET_KB_PER_S = 1024
TARGET_BUILD_S = 300
TARGET_QUERY_P95_MS = 50
TARGET_SPEEDUP = 20
TARGET_ENTITY_P95_MS = 50
TARGET_RPS = 300
TARGET_PAINT_MS = 2000


def _status(run: StageRun | dict | None) -> str | None:
    if run is None:
        return "not measured"
    if isinstance(run, dict):
        return run.get("status")
    return run.error and f"failed: {run.error}" or run.figures.get("status")


def _fig(run: StageRun) -> dict:
    return run.figures if isinstance(run, StageRun) else {}


def markdown(results: dict) -> str:
    out = [
        "# Benchmarks",
        "",
        "Written by `python -m graph.bench.run` (`make bench`; `make bench-quick` for the short run).",
        "Do not edit by hand: run the harness again. Speed figures on a shared machine vary from run",
        "to run; the load average at the start is given with the machine.",
        "",
    ]
    out += _machine(results)
    out += _extraction(results["extraction"], results["texts"])
    graphs = results["graphs"]
    if _status(graphs):
        out += ["## Build, SPARQL, viewer", "", _status(graphs), ""]
    else:
        out += _builds(graphs) + _bulk(graphs) + _sparql(graphs) + _viewer(graphs)
    out += _memory(results) + _targets(results)
    return "\n".join(out) + "\n"


def _machine(results: dict) -> list[str]:
    m = results["machine"]
    versions = ", ".join(f"{k} {v}" for k, v in m["versions"].items())
    return [
        "## Machine and commands", "",
        f"- Date: {dt.date.today().isoformat()}; mode: {results['mode']}; whole run {results.get('minutes', '?')} min",
        f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m['memory_gb']} GB; {m['os']}; Python {m['python']}",
        f"- Load average at start (the machine is shared): {' '.join(map(str, m['load_average']))}",
        f"- Versions: {versions}",
        f"- Command: `{results['argv']}`; each stage runs in its own process "
        "(`python -m graph.bench.stage NAME PARAMS`) so its peak memory is its own.",
        "- Corpus generator: `python -m graph.bench.generate OUT --docs N --seed 7`.",
        "",
    ]


def _extraction(stages: dict, texts: str) -> list[str]:
    out = ["## Extraction throughput", "",
           f"On the texts of `{texts}`, one process (so per core), after a warm-up document. "
           "vnkg is end to end (read, normalise, extract, JSON record); underthesea `ner` and "
           "pyvi `ViTokenizer.tokenize` run line by line on the same texts. *KB/s per core* is KB "
           "per second of the process's CPU time (one process is one core); *KB/s wall* is KB per "
           "second of elapsed time, which on a shared machine also counts the time other processes "
           "held the core (see the load average above).", "",
           "| tool | documents × rounds | KB | CPU seconds | KB/s per core | wall seconds | KB/s wall "
           "| documents/s (wall) | ms per 50 KB (wall) |",
           "|---|---|---|---|---|---|---|---|---|"]
    labels = {"vnkg": "vnkg extraction", "underthesea": "underthesea ner", "pyvi": "pyvi tokenizer"}
    for key, run in stages.items():
        if _status(run):
            out.append(f"| {labels[key]} | {_status(run)} | | | | | | | |")
            continue
        f = _fig(run)
        out.append(f"| {labels[key]} | {f['documents']} × {f['rounds']} | {f['kb']} | {f.get('cpu_seconds', '–')} | "
                   f"{f.get('kb_per_cpu_s', '–')} | {f['seconds']} | {f['kb_per_s']} | {f['docs_per_s']} | "
                   f"{f['ms_per_50kb']} |")
    return out + [""]


def _builds(graphs: dict) -> list[str]:
    out = ["## Build throughput", "",
           f"Generated documents (about {graphs['triples_per_doc']} triples each, measured on a calibration "
           "sample) from text to a stored Oxigraph graph through `vnkg build DIR --store DIR --workers N`.", "",
           "| target | documents | workers | triples | seconds | documents/s | triples/s |",
           "|---|---|---|---|---|---|---|"]
    for target, size in graphs["sizes"].items():
        for workers, run in size["builds"].items():
            if _status(run):
                out.append(f"| {int(target):,} | {size['documents']} | {workers} | {_status(run)} | | | |")
                continue
            f = _fig(run)
            out.append(f"| {int(target):,} | {f['documents']} | {f['workers']} | {f['triples']:,} | "
                       f"{f['seconds']} | {f['docs_per_s']} | {f['triples_per_s']:,} |")
    return out + [""]


def _bulk(graphs: dict) -> list[str]:
    run = graphs.get("bulk_load")
    if not isinstance(run, StageRun):
        return []
    out = ["### Bulk load", ""]
    if _status(run):
        return out + [f"Oxigraph bulk loader: {_status(run)}", ""]
    f = _fig(run)
    return out + [f"Oxigraph's bulk loader (`Store.bulk_load`) on the N-Quads of the largest graph "
                  f"({f['nquads_mb']} MB): {f['triples']:,} triples in {f['seconds']} s, "
                  f"{f['triples_per_s']:,} triples/s.", ""]


def speedups(ox: dict, rd: dict) -> dict[str, tuple[float, bool]]:
    """rdflib time / Oxigraph time per query (p50), and whether rdflib hit its cap
    (the ratio is then a lower bound)."""
    ratios = {}
    for name, o in ox.get("queries", {}).items():
        r = rd.get("queries", {}).get(name)
        if not r or not o.get("p50_ms"):
            continue
        if r.get("capped"):
            ratios[name] = (r["cap_ms"] / o["p50_ms"], True)
        else:
            ratios[name] = (r["p50_ms"] / max(o["p50_ms"], 1e-3), False)
    return ratios


def _sparql(graphs: dict) -> list[str]:
    out = ["## SPARQL: the competency questions on Oxigraph, rdflib and Virtuoso", "",
           "The seven queries of `ontology/competency/` (the users' competency questions) as written, every "
           "row read, on the graph built with 2 workers (1 where 2 failed). Oxigraph is the embedded store "
           "vnkg builds, asked in process (the engine, no HTTP). rdflib is `Dataset(default_union=True)` "
           "loaded with the same quads, in process; each of its queries is capped (a capped query counts "
           "as the cap, so the ratio is then at least the one shown). Virtuoso is a SPARQL server loaded with "
           "the same quads by its bulk loader and asked over HTTP (JSON results, every row parsed), the kind "
           "of server docs/scaling.md suggests past one machine; its times include HTTP and JSON. The "
           "viewer section has vnkg's own /sparql over HTTP.", ""]
    for target, size in graphs["sizes"].items():
        out += [f"### About {int(target):,} triples", ""]
        if size.get("status"):
            out += [size["status"], ""]
            continue
        ox, rd, vi = size["oxigraph"], size["rdflib"], size.get("virtuoso")
        out += [f"Graph built with {size['store_workers']} worker(s).", ""]
        if _status(ox):
            out += [f"Oxigraph: {_status(ox)}", ""]
            continue
        fo, fr = _fig(ox), _fig(rd)
        fv = _fig(vi) if isinstance(vi, StageRun) and not _status(vi) else {}
        vtext = (f"Virtuoso: bulk-loaded in {fv['load_s']} s." if fv
                 else f"Virtuoso: {_status(vi) if isinstance(vi, StageRun) else 'not measured'}.")
        out += [f"{fo['triples']:,} triples. rdflib: " + (_status(rd) or f"loaded in {fr['load_s']} s.")
                + f" {vtext}", "",
                "| query | rows | Oxigraph p50 ms | Oxigraph p95 ms | rdflib p50 ms | rdflib p95 ms "
                "| rdflib / Oxigraph | Virtuoso p50 ms | Virtuoso p95 ms |",
                "|---|---|---|---|---|---|---|---|---|"]
        ratios = speedups(fo, fr)
        for name, o in fo["queries"].items():
            r = fr.get("queries", {}).get(name, {})
            rcells = (f"> {r['cap_ms']} (capped) | |" if r.get("capped")
                      else f"{r.get('p50_ms', '–')} | {r.get('p95_ms', '–')} |")
            ratio = ratios.get(name)
            rtext = f"{'≥ ' if ratio[1] else ''}{ratio[0]:.0f}×" if ratio else "–"
            v = fv.get("queries", {}).get(name, {})
            out.append(f"| {name} | {o['rows']} | {o['p50_ms']} | {o['p95_ms']} | {rcells} {rtext} "
                       f"| {v.get('p50_ms', '–')} | {v.get('p95_ms', '–')} |")
        out.append("")
    return out


def _viewer(graphs: dict) -> list[str]:
    run = graphs.get("viewer")
    out = ["## Viewer under load", ""]
    if _status(run):
        return out + [_status(run), ""]
    f = _fig(run)
    out += ["`vnkg serve` (waitress, with its default number of server processes) in processes of its own, on the largest graph; the load generator "
            "(`graph/bench/loadgen.py`: threads with keep-alive connections) in another. Entity pages are "
            "the pages the search results link to. A 503 with Retry-After is the viewer shedding load by "
            "design (its /sparql runs a bounded number of queries at once): those are counted as *shed*, "
            "not as errors nor in the latencies, and the client waits as told before its next request.", "",
            "| kind | concurrency | requests | errors | shed (503) | requests/s | p50 ms | p95 ms |",
            "|---|---|---|---|---|---|---|---|"]
    notes = []
    kinds = [k for k in VIEWER_ROWS if k in f] or ["entity", "search", "sparql"]
    for kind in kinds:
        k, name = f.get(kind, {"status": "not measured"}), VIEWER_ROWS.get(kind, kind)
        if k.get("status"):
            out.append(f"| {name} | {k['status']} | | | | | | |")
            continue
        out.append(f"| {name} | {k['concurrency']} | {k['requests']} | {k['errors']} | {k.get('shed', '–')} | "
                   f"{k['rps']} | {k['p50_ms']} | {k['p95_ms']} |")
        notes += [f"- {name}, first errors: " + "; ".join(f"`{e}`" for e in k["first_errors"])] if k.get("first_errors") else []
        notes += [f"- {name}, shed: `{k['first_shed'][0]}`"] if k.get("first_shed") else []
    out += ([""] + notes) if notes else []
    if "entity_cold" in f:
        out += ["", "Entity pages *cold* are each asked once, their first request in the server process that "
                "answers it (so computed, not answered from a response cache): first by one client, then other "
                "pages by all clients; *warm* asks the pages of both again, after an unmeasured pass of the same "
                "length over them (each server process has its own cache, and a client's connection stays with "
                "one process, so a page's first visit to another process is computed)."]
    cpu = [f"{VIEWER_ROWS[k]} {f[k]['server_cpu_ms_per_request']} ms" for k in VIEWER_ROWS
           if isinstance(f.get(k), dict) and f[k].get("server_cpu_ms_per_request") is not None]
    if cpu:
        out += ["", "Server CPU time per request (all its processes): " + "; ".join(cpu) + "."]
    server = f.get("server")
    if isinstance(server, dict) and server.get("processes_seen"):
        out += ["", f"`vnkg serve` with its default: {server['processes_seen']} server processes answered; "
                f"resident memory of the server with its /sparql workers {server.get('rss_mb_at_start')} MB "
                f"at start, {server.get('rss_mb_at_end')} MB at the end."]
    out += ["", f"The /sparql request: `{f.get('sparql_query', '')}`", "", _paint_text(f.get("paint")), ""]
    return out


# The viewer stage's rows, in order, with their names in the report.
VIEWER_ROWS = {"entity_cold_1": "entity, cold, 1 client", "entity_cold": "entity, cold", "entity_warm": "entity, warm",
               "entity": "entity", "search": "search", "sparql": "sparql"}


def _paint_text(paint: dict | None) -> str:
    head = "A neighbourhood view of 2,000 nodes in headless Chromium (`python -m webviewer.paintcheck`)"
    if not paint or paint.get("status"):
        return f"{head}: {(paint or {}).get('status') or 'not measured'}."
    return (f"{head}, depth 2 around the entity most documents mention: {paint['nodes']} nodes, "
            f"{paint['edges']} edges; first paint {paint['first_ms']} ms from navigation start on the first "
            f"(uncached) load, {paint['warm_ms']} ms warm (median of the later loads; all: {paint['loads_ms']}).")


def _all_runs(results: dict) -> list[StageRun]:
    runs = list(results["extraction"].values())
    graphs = results["graphs"]
    for size in graphs.get("sizes", {}).values():
        runs += list(size["builds"].values()) + [size[k] for k in ("oxigraph", "rdflib", "virtuoso") if k in size]
    runs += [graphs[k] for k in ("bulk_load", "viewer") if isinstance(graphs.get(k), StageRun)]
    return [r for r in runs if isinstance(r, StageRun)]


def _memory(results: dict) -> list[str]:
    out = ["## Peak memory and wall time by stage", "",
           "Peak resident memory of the stage's process tree (the largest process in it), from `wait4`.", "",
           "| stage | wall s | peak MB | status |", "|---|---|---|---|"]
    for run in _all_runs(results):
        out.append(f"| {run.name} | {run.wall_s:.1f} | {run.peak_rss_mb:.0f} | {_status(run) or 'ok'} |")
    return out + [""]


def _targets(results: dict) -> list[str]:
    rows = []
    vnkg = results["extraction"]["vnkg"]
    if not _status(vnkg):
        f = _fig(vnkg)
        per_core = f.get("kb_per_cpu_s", f["kb_per_s"])
        rows.append(("Extraction ≥ 1 MB/s per core", f"{per_core} KB/s per core (CPU time); "
                     f"{f['kb_per_s']} KB/s wall", per_core >= TARGET_KB_PER_S))
    graphs = results["graphs"]
    sizes = graphs.get("sizes") or {}
    if sizes:
        target = max(sizes, key=int)
        size = sizes[target]
        run = size["builds"].get(2)
        if run and _status(run):
            rows.append((f"{int(target):,} triples built in ≤ 5 min with 2 workers", _status(run), False))
        elif run:
            f = _fig(run)
            rows.append((f"{int(target):,} triples built in ≤ 5 min with 2 workers",
                         f"{f['triples']:,} triples in {f['seconds']} s", f["seconds"] <= TARGET_BUILD_S))
        if "oxigraph" in size and not _status(size["oxigraph"]):
            p95 = max(q["p95_ms"] for q in _fig(size["oxigraph"])["queries"].values())
            rows.append((f"Competency questions p95 ≤ 50 ms at {int(target):,}", f"worst p95 {p95} ms",
                         p95 <= TARGET_QUERY_P95_MS))
            ratios = speedups(_fig(size["oxigraph"]), _fig(size["rdflib"]))
            if ratios:
                worst = min(v for v, _ in ratios.values())
                mean = math.exp(sum(math.log(v) for v, _ in ratios.values()) / len(ratios))
                rows.append(("≥ 20× faster than rdflib in-memory", f"worst {worst:.0f}×, geometric mean {mean:.0f}×",
                             worst >= TARGET_SPEEDUP))
    viewer = graphs.get("viewer")
    if isinstance(viewer, StageRun) and not _status(viewer):
        figures = _fig(viewer)
        for key, how in (("entity", ""), ("entity_cold_1", ", cold, 1 client"), ("entity_warm", ", warm")):
            entity = figures.get(key, {"status": "absent"})
            if not entity.get("status"):
                rows.append((f"Entity pages p95 ≤ 50 ms{how}", f"{entity['p95_ms']} ms",
                             entity["p95_ms"] <= TARGET_ENTITY_P95_MS))
        for key, how in (("entity", ""), ("entity_cold", ", cold"), ("entity_warm", ", warm")):
            entity = figures.get(key, {"status": "absent"})
            if not entity.get("status"):
                rows.append((f"≥ 300 requests/s with 0 errors{how}", f"{entity['rps']}/s, {entity['errors']} errors",
                             entity["rps"] >= TARGET_RPS and entity["errors"] == 0))
        paint = figures.get("paint") or {}
        if not paint.get("status") and paint.get("first_ms") is not None:
            rows.append((f"Network view first paint < 2 s ({paint['nodes']:,} nodes, cap 2,000; first, uncached load)",
                         f"{paint['first_ms']} ms", paint["first_ms"] < TARGET_PAINT_MS))
    out = ["## Targets", "", "| target | measured | met |", "|---|---|---|"]
    out += [f"| {name} | {value} | {'yes' if met else 'no'} |" for name, value, met in rows]
    if results["mode"] == "quick":
        out += ["", "Quick mode: the graph targets are judged on the small graph only; `make bench` "
                "measures them at 1,000,000 triples."]
    return out + [""]
