"""Writing abbreviations out: "UBND quận" → "Ủy ban nhân dân quận".

The table is data/tables/abbreviations.yaml; keys match as whole words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .tables import load_table


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in load_table("abbreviations").items()}
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")
    return pattern, table


def expand(text: str, keep: tuple[str, ...] = ()) -> str:
    """`text` with every abbreviation of the table written out, except those in `keep`."""
    pattern, table = _pattern()
    return pattern.sub(lambda m: m.group(1) if m.group(1) in keep else table[m.group(1)], text)
