"""Shared helper for the organisation, people and post tests: run the
organisations and people components on a text with a given document place,
so that the tests do not depend on how the context component guesses it."""
from __future__ import annotations

from extract.components.organisations import find_organisations
from extract.components.people import find_people
from extract.components.prepare import prepare
from extract.model import DocumentContext, Extraction
from extract.pipeline import get_pipeline
from extract.text import normalise


def read(text: str, locality: str | None = None, level: str | None = None, province: str | None = None) -> Extraction:
    text = normalise(text)
    doc = get_pipeline().make_doc(text)
    doc._.extraction = Extraction(context=DocumentContext(
        file="t.txt", locality=locality, locality_level=level, province=province))
    doc = find_people(find_organisations(prepare(doc)))
    return doc._.extraction


def person(extraction: Extraction, name: str):
    found = [p for p in extraction.people if p.name == name]
    assert len(found) == 1, [p.name for p in extraction.people]
    return found[0]


def posts(extraction: Extraction, name: str) -> set[tuple[str, str | None]]:
    return {(p.role, p.organisation) for p in person(extraction, name).posts}


def organisation(extraction: Extraction, name: str):
    found = [o for o in extraction.organisations if o.name == name]
    assert len(found) == 1, [o.name for o in extraction.organisations]
    return found[0]


def names(extraction: Extraction) -> set[str]:
    return {o.name for o in extraction.organisations}
