"""vnkg extraction: Vietnamese Party and State documents to extraction records.

    from extract import extract_file
    record = extract_file("report.txt")   # the JSON record of FORMAT.md

The work is a spaCy pipeline (extract.pipeline) of rule-based components
(extract/components/) that read the domain tables in data/tables/.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .ingest import IngestError, read_document
from .model import Extraction

__all__ = ["IngestError", "extract_file", "extract_text"]


def extract_text(text: str, file: str = "") -> Extraction:
    """Extract the facts of an already normalised text."""
    from .pipeline import run
    from .record import document_id

    extraction = run(text, file=file)
    extraction.context.id = document_id(text)
    return extraction


def extract_file(path: str | Path) -> dict[str, Any]:
    """Read, normalise and extract one file; returns its extraction record."""
    from .record import to_record

    source = read_document(path)
    return to_record(extract_text(source.text, file=Path(path).name))
