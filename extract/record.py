"""The extraction record of FORMAT.md: an `Extraction` as JSON-ready dicts."""
from __future__ import annotations

import hashlib
from dataclasses import fields
from functools import cache
from typing import Any

from .model import Extraction


def document_id(text: str) -> str:
    """A stable id from the document's NFC text: the same content, the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _flat_fields(fact, leave_out: tuple[str, ...]) -> dict[str, Any]:
    """A fact's fields in declaration order, lists copied, as dataclasses.asdict
    gives them for these flat dataclasses; asdict deep-copies every value one
    by one, which cost as much as some components."""
    values = {}
    for name in _field_names(type(fact)):
        if name not in leave_out:
            value = getattr(fact, name)
            values[name] = list(value) if isinstance(value, list) else value
    return values


def _spans(spans) -> list[list[int]]:
    return [[s, e] for s, e in sorted(set(spans))]


def to_record(extraction: Extraction) -> dict[str, Any]:
    c = extraction.context
    return {
        "document": {
            "file": c.file, "id": c.id, "title": c.title, "date": c.date, "kind": c.kind,
            "locality": c.locality, "locality_level": c.locality_level,
            "province": c.province, "published": c.published,
        },
        "directives": [
            {**_flat_fields(d, ("mentions",)), "mentions": _spans(d.mentions)}
            for d in extraction.directives
        ],
        "people": [
            {"name": p.name,
             "posts": [{"role": post.role, "organisation": post.organisation,
                        "evidence": list(post.evidence) if post.evidence else None} for post in p.posts],
             "mentions": _spans(p.mentions),
             **({"signatory": True} if p.signatory else {}),
             **({"byline": True} if p.byline else {})}
            for p in extraction.people
        ],
        "organisations": [
            {"name": o.name, "parent": o.parent, "level": o.level, "kind": o.kind,
             "mentions": _spans(o.mentions)}
            for o in extraction.organisations
        ],
        "meetings": [
            {**_flat_fields(m, ("mentions", "evidence")),
             "mentions": _spans(m.mentions), "evidence": list(m.evidence) if m.evidence else None}
            for m in extraction.meetings
        ],
        "implements": [
            {"source": i.source, "target": i.target,
             "evidence": list(i.evidence) if i.evidence else None}
            for i in extraction.implements
        ],
    }
