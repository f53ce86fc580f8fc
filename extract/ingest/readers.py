"""Format readers: plain text and Markdown, HTML (main text only) and .docx.

Every problem with a file (missing, unreadable, too large, binary, broken)
becomes an `IngestError` naming the file; nothing else escapes a reader.
"""
from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..text import normalise
from .decode import decode_bytes
from .errors import IngestError
from .legacy import repair_legacy

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")

# A file larger than this is not one document (a log, a database dump);
# refusing it before reading keeps memory bounded.
MAX_FILE_BYTES = 20 * 1024 * 1024
# A .docx is a zip: what it may inflate to, checked before inflating.
MAX_UNZIPPED_BYTES = 10 * MAX_FILE_BYTES
# The text the extractor accepts in one piece (spaCy's default max_length).
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True)
class SourceText:
    """A document's text, NFC-normalised, and how it was read.

    `encoding` is "utf-8", "utf-16", "cp1258", "docx", or "tcvn3"/"vni" when
    the text was converted from a legacy Vietnamese encoding; `notes` are the
    repairs made on the way, one short phrase each, for the build summary.
    """

    path: str
    text: str
    encoding: str
    format: str
    notes: tuple[str, ...] = ()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _html_to_text(html: str) -> str:
    import trafilatura
    from lxml import html as lxml_html

    text = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False)
    if text and text.strip():
        return text
    # trafilatura gives up on very short pages: fall back to the body text
    # without scripts, styles and navigation.
    tree = lxml_html.fromstring(html)
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//noscript|//aside|//template"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in tree.iter("p", "h1", "h2", "h3", "h4", "li", "td", "div")
              if not any(child.tag in ("p", "div", "li", "td") for child in el)]
    return "\n\n".join(b for b in blocks if b)


def _check_docx_size(data: bytes, path: str) -> None:
    """A zip bomb is refused from its directory, before anything is inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise IngestError(path, "not a valid .docx file (a broken or truncated zip)") from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise IngestError(path, f"too large once unzipped ({_megabytes(unzipped)})")


def _docx_to_text(data: bytes, path: str) -> str:
    import docx
    from docx.table import Table

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(path, "an old Word .doc file named .docx (save it as .docx)")
    _check_docx_size(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        parts = []
        for block in document.iter_inner_content():  # paragraphs and tables in document order
            if isinstance(block, Table):
                parts.extend(" | ".join(cell.text for cell in row.cells) for row in block.rows)
            else:
                parts.append(block.text)
    except IngestError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on a damaged package
        reason = "a broken or truncated zip" if isinstance(exc, zipfile.BadZipFile) else exc.__class__.__name__
        raise IngestError(path, f"not a valid .docx file ({reason})") from None
    return "\n\n".join(p for p in parts if p.strip())


def read_bytes(data: bytes, path: str) -> SourceText:
    """Read a document from its bytes; the suffix of `path` decides the format."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(path, f"unsupported file type '{suffix or '(none)'}' "
                                f"(vnkg reads {', '.join(SUPPORTED_SUFFIXES)})")
    if not data:
        raise IngestError(path, "empty file")
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(path, f"too large ({_megabytes(len(data))}; vnkg reads files up to "
                                f"{_megabytes(MAX_FILE_BYTES)})")
    notes: tuple[str, ...] = ()
    if suffix == ".docx":
        text, fmt = _docx_to_text(data, path), "docx"
        text, legacy, notes = repair_legacy(text)
        encoding = legacy or "docx"
    else:
        if suffix in (".txt", ".md") and len(data) > 4 * MAX_TEXT_CHARS:  # four bytes a character at most
            raise IngestError(path, f"too long ({_megabytes(len(data))} of text; vnkg extracts documents "
                                    f"up to {MAX_TEXT_CHARS:,} characters)")
        decoded = decode_bytes(data, path)
        text, encoding, notes, fmt = decoded.text, decoded.encoding, decoded.notes, "text"
        if suffix in (".html", ".htm"):
            try:
                text, fmt = _html_to_text(text), "html"
            except Exception as exc:  # lxml raises several types on junk
                raise IngestError(path, f"cannot parse HTML ({exc.__class__.__name__})") from None
    text = normalise(text)  # offsets point into this text: no other rewriting
    if not text.strip():
        raise IngestError(path, "no text in the file" + (" (only whitespace)" if fmt == "text" else ""))
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(path, f"too long ({len(text):,} characters of text; vnkg extracts "
                                f"documents up to {MAX_TEXT_CHARS:,} characters)")
    return SourceText(path=str(path), text=text, encoding=encoding, format=fmt, notes=notes)


def read_document(path: str | Path) -> SourceText:
    """Read and normalise one file. Raises IngestError naming the file."""
    path = Path(path)
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IngestError(path, "is a directory, not a file")
        if not stat.S_ISREG(status.st_mode):  # a pipe or a device would block or never end
            raise IngestError(path, "not a regular file")
        size = status.st_size
        if size > MAX_FILE_BYTES:  # refused before reading: a 50 MB file never enters memory
            raise IngestError(path, f"too large ({_megabytes(size)}; vnkg reads files up to "
                                    f"{_megabytes(MAX_FILE_BYTES)})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(path, "no such file (it may have been moved or deleted)") from None
    except IsADirectoryError:
        raise IngestError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None
    return read_bytes(data, str(path))
