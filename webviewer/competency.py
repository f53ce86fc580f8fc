"""The ready example queries of the query page: the project's competency
questions (ontology/competency/*.rq)."""
from __future__ import annotations

from functools import lru_cache
from ontology import COMPETENCY_DIR


@lru_cache(maxsize=1)
def competency_queries() -> list[dict[str, str]]:
    """Each example as {"name", "title", "query"}; the title is its first comment line."""
    examples = []
    for path in sorted(COMPETENCY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        title = first.lstrip("# ").strip() if first.startswith("#") else path.stem
        examples.append({"name": path.stem, "title": title, "query": text})
    return examples
