"""From a file on disk to normalised text: decoding, format readers and errors.

`read_document(path)` is the one entry point; it raises `IngestError` naming
the file and the problem for anything it cannot read.
"""
from .errors import IngestError
from .readers import SUPPORTED_SUFFIXES, read_document

__all__ = ["IngestError", "SUPPORTED_SUFFIXES", "read_document"]
