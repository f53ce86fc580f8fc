"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1258.

Legacy encodings decode to *something* for almost any bytes, so a decoded text
must also look like text; binary input is refused rather than guessed at.
"""
from __future__ import annotations

import codecs
import unicodedata

from .errors import IngestError


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return True
    sample = text[:20000]
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\n\r\t\f")
    return bad / len(sample) < 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows a NUL in every other byte of ASCII."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for encoding, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) > 0.3 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode `data`; returns (text, encoding name). Raises IngestError."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
        raise IngestError(path, "binary content, not text")
    text16 = _utf16_without_bom(data)
    if text16 is not None and _looks_like_text(text16):
        return text16, "utf-16"
    if b"\x00" in data:
        raise IngestError(path, "binary content, not text")
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise IngestError(path, "cannot decode: not UTF-8, UTF-16 or Windows-1258") from None
    if not _looks_like_text(text):
        raise IngestError(path, "cannot decode: not UTF-8, UTF-16 or Windows-1258")
    return text, "cp1258"
