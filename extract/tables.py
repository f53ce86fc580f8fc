"""Domain tables: abbreviations, document types, roles, organisation kinds,
surnames... held as YAML or TSV files in `data/tables/`, loaded once.

The tables are the one place domain knowledge lives; rules read them rather
than spelling words out in regular expressions.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def tables_dir() -> Path:
    """data/tables/ in a source checkout, else the copy installed with the package."""
    source = Path(__file__).resolve().parent.parent / "data" / "tables"
    if source.is_dir():
        return source
    return Path(str(resources.files("extract") / "tabledata"))


@lru_cache(maxsize=None)
def load_table(name: str) -> Any:
    """Load `data/tables/<name>.yaml` (any structure) or `<name>.tsv` (a list of rows as dicts)."""
    base = tables_dir()
    yaml_path = base / f"{name}.yaml"
    if yaml_path.exists():
        with yaml_path.open(encoding="utf-8") as f:
            return yaml.safe_load(f)
    tsv_path = base / f"{name}.tsv"
    if tsv_path.exists():
        with tsv_path.open(encoding="utf-8", newline="") as f:
            rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
            return [dict(row) for row in rows]
    raise FileNotFoundError(f"no table named {name!r} in {base}")
