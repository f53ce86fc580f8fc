"""The error raised for a file that cannot be read."""
from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A user-facing problem with one input file: the message names the file."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
