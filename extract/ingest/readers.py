"""Format readers: plain text and Markdown, HTML (main text only) and .docx."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..text import normalise
from .decode import decode_bytes
from .errors import IngestError

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class SourceText:
    """A document's text, NFC-normalised, and how it was read."""

    path: str
    text: str
    encoding: str
    format: str


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
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//noscript|//aside"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in tree.iter("p", "h1", "h2", "h3", "h4", "li", "td", "div")
              if not any(child.tag in ("p", "div", "li", "td") for child in el)]
    return "\n\n".join(b for b in blocks if b)


def _docx_to_text(data: bytes, path: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path, f"not a valid .docx file ({exc.__class__.__name__})") from None
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n\n".join(p for p in parts if p.strip())


def read_bytes(data: bytes, path: str) -> SourceText:
    """Read a document from its bytes; the suffix of `path` decides the format."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(path, f"unsupported file type '{suffix or '(none)'}' "
                                f"(vnkg reads {', '.join(SUPPORTED_SUFFIXES)})")
    if suffix == ".docx":
        text, encoding, fmt = _docx_to_text(data, path), "docx", "docx"
    else:
        text, encoding = decode_bytes(data, path)
        fmt = "text"
        if suffix in (".html", ".htm"):
            try:
                text, fmt = _html_to_text(text), "html"
            except Exception as exc:  # lxml raises several types on junk
                raise IngestError(path, f"cannot parse HTML ({exc})") from None
    text = normalise(text)  # offsets point into this text: no other rewriting
    if not text.strip():
        raise IngestError(path, "no text in the file")
    return SourceText(path=str(path), text=text, encoding=encoding, format=fmt)


def read_document(path: str | Path) -> SourceText:
    """Read and normalise one file. Raises IngestError naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except IsADirectoryError:
        raise IngestError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None
    return read_bytes(data, str(path))
