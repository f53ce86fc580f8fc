"""Entry point of one stage in its own process, so that its peak memory is
its own: `python -m graph.bench.stage NAME 'JSON PARAMS'` prints the stage's
figures as one JSON line."""
from __future__ import annotations

import json
import sys


def stages() -> dict:
    from . import building, extraction, sparql, viewer
    return {
        "extract-vnkg": extraction.vnkg,
        "extract-underthesea": extraction.underthesea_ner,
        "extract-pyvi": extraction.pyvi_tokenizer,
        "generate": building.generate,
        "build": building.build,
        "bulk-load": building.bulk_load,
        "sparql-oxigraph": sparql.oxigraph,
        "sparql-rdflib": sparql.rdflib_memory,
        "sparql-virtuoso": sparql.virtuoso_server,
        "viewer": viewer.load,
    }


def main(argv: list[str]) -> int:
    table = stages()
    if len(argv) != 2 or argv[0] not in table:
        print(f"usage: python -m graph.bench.stage {{{','.join(table)}}} 'JSON'", file=sys.stderr)
        return 2
    figures = table[argv[0]](json.loads(argv[1]))
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
