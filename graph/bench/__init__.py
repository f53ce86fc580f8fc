"""The benchmark harness: a deterministic corpus generator (generate) and the
stages that measure extraction, build, SPARQL, the viewer and memory, run
together by `python -m graph.bench.run [--quick]` into docs/BENCHMARKS.md."""
