"""The error raised for a file that cannot be read, and a safe way to print a path."""
from __future__ import annotations

from pathlib import Path


def display_path(path: str | Path) -> str:
    """The path as one printable line: control characters (a newline in a file
    name) and undecodable bytes are escaped, so an error stays one line and
    printing it never fails."""
    text = str(path)
    out = []
    for c in text:
        if "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        elif c.isprintable() or c == " ":
            out.append(c)
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)


class IngestError(Exception):
    """A user-facing problem with one input file: the message names the file."""

    def __init__(self, path: str | Path, reason: str):
        self.path = display_path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
