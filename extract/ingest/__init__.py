"""From a file on disk to normalised text: decoding, format readers and errors.

`read_document(path)` is the one entry point; it raises `IngestError` naming
the file and the problem for anything it cannot read. The `SourceText` it
returns says which encoding the file was in ("tcvn3" and "vni" for legacy
Vietnamese fonts) and which repairs were made (`notes`).
"""
from .errors import IngestError, display_path
from .readers import MAX_FILE_BYTES, MAX_TEXT_CHARS, SUPPORTED_SUFFIXES, SourceText, read_bytes, read_document

__all__ = ["IngestError", "MAX_FILE_BYTES", "MAX_TEXT_CHARS", "SUPPORTED_SUFFIXES", "SourceText",
           "display_path", "read_bytes", "read_document"]
