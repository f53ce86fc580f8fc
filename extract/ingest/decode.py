"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
Windows-1258 and the legacy Vietnamese encodings TCVN3 (ABC) and VNI.

Eight-bit encodings decode to *something* for almost any bytes, so a decoded
text must also look like text: binary input is refused rather than guessed
at, and among the eight-bit readings the one that makes Vietnamese words wins.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .errors import IngestError
from .legacy import LEGACY_ENCODINGS, decode_legacy_bytes, legacy_note, repair_legacy, vietnamese_score, windows_font_reading

# File signatures, so that a picture or a PDF saved as .txt gets a precise reason.
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel file (.doc/.xls)"),
    (b"PK\x03\x04", "a ZIP archive (.docx files must be named .docx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
_CONTROL_SHARE = 0.01  # more control characters than this is binary
_DETECTION_SAMPLE_BYTES = 200_000
_UTF8_REPAIR_RATIO = 10  # valid non-ASCII characters per bad byte to repair UTF-8


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read in and notes for the build summary."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def _is_control(character: str) -> bool:
    return unicodedata.category(character) in ("Cc", "Co", "Cn") and character not in "\n\r\t\f"


def _runs_of_non_controls(below: int) -> re.Pattern[str]:
    """A regex for runs of characters under `below` that are not controls."""
    ranges, start = [], None
    for code in range(below + 1):
        plain = code < below and not _is_control(chr(code))
        if plain and start is None:
            start = code
        elif not plain and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile("[" + "".join(ranges) + "]+")


# Latin, Vietnamese letters and punctuation: every character of an ordinary text.
_NON_CONTROL_RUN = _runs_of_non_controls(0x2100)


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    # Ordinary characters are dropped at C speed, and what is left (mostly
    # nothing) classified once per distinct character: a per-character loop
    # over the sample was a tenth of the extraction time.
    rest = _NON_CONTROL_RUN.sub("", sample)
    bad = sum(rest.count(c) for c in set(rest) if _is_control(c))
    return bad / len(sample)


def _looks_like_text(text: str) -> bool:
    return _control_share(text) < _CONTROL_SHARE


def _control_bytes_share(data: bytes) -> float:
    """Control bytes below 0x20 (bar tab, newlines, form feed): no 8-bit
    encoding uses them for letters, so they mean binary."""
    if not data:
        return 0.0
    controls = sum(data.count(bytes([b])) for b in range(0x20) if b not in b"\t\n\r\f") + data.count(b"\x7f")
    return controls / len(data)


def _signature(data: bytes) -> str | None:
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            return what
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows a NUL in every other byte of ASCII."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) > 0.3 * len(zeros) and others.count(0) < 0.05 * len(others):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """Text that is UTF-8 but for a few broken bytes: (text with U+FFFD, bad bytes)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")  # non-ASCII letters
    if bad and valid >= _UTF8_REPAIR_RATIO * bad:
        return text, bad
    return None


def _read_eight_bit(data: bytes, encoding: str) -> str:
    if encoding == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    return decode_legacy_bytes(data, encoding)


def _eight_bit(data: bytes, path: str, utf8_error: UnicodeDecodeError) -> Decoded:
    """Windows-1258, TCVN3 or VNI: whichever reading of a sample makes
    Vietnamese words; only that one is applied to the whole file."""
    sample = data[:_DETECTION_SAMPLE_BYTES]
    scores: list[tuple[int, str]] = []
    for encoding in ("cp1258",) + LEGACY_ENCODINGS:
        try:
            scores.append((vietnamese_score(_read_eight_bit(sample, encoding)), encoding))
        except UnicodeDecodeError:
            continue  # cp1258 leaves a few bytes undefined
    # max() keeps the first of equal scores: Windows-1258 unless a legacy reading does better
    score, encoding = max(scores, key=lambda s: s[0])
    try:
        text = _read_eight_bit(data, encoding)
    except UnicodeDecodeError:  # a byte cp1258 leaves undefined, past the sample
        score, text = -1, windows_font_reading(data)
    if _control_bytes_share(sample) >= _CONTROL_SHARE:
        raise IngestError(path, "binary content, not text")
    if score < 0:  # more broken words than Vietnamese ones in every reading
        raise IngestError(path, f"invalid UTF-8 at byte {utf8_error.start}, and not Vietnamese "
                                f"text in Windows-1258, TCVN3 or VNI either")
    notes = (legacy_note(encoding),) if encoding in LEGACY_ENCODINGS else ()
    return Decoded(text, encoding, notes)


def _drop_nuls(data: bytes, path: str) -> tuple[bytes, tuple[str, ...]]:
    """Stray NUL bytes (a padded or half-written file) are dropped; a file
    with many of them inside is binary."""
    nuls = data.count(0)
    if not nuls:
        return data, ()
    padding_only = data.rstrip(b"\x00").count(0) == 0
    if not padding_only and nuls > _CONTROL_SHARE * len(data):
        raise IngestError(path, "binary content, not text")
    return data.replace(b"\x00", b""), (f"{nuls} NUL byte{'s' if nuls > 1 else ''} removed",)


def _with_legacy_repair(decoded: Decoded) -> Decoded:
    """Unicode files can still hold legacy-font text (pasted from a .VnTime document)."""
    text, legacy, notes = repair_legacy(decoded.text)
    if legacy is None:
        return decoded
    return Decoded(text, legacy, decoded.notes + notes)


def decode_bytes(data: bytes, path: str = "<bytes>") -> Decoded:
    """Decode `data` to text. Raises IngestError naming `path` and the problem."""
    what = _signature(data)
    if what:
        raise IngestError(path, f"binary content ({what}), not text")
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(path, "invalid UTF-16 (the file starts with a UTF-16 mark)") from None
        if not _looks_like_text(text):
            raise IngestError(path, "binary content, not text")
        return _with_legacy_repair(Decoded(text, "utf-16"))
    else:
        text16 = _utf16_without_bom(data)
        if text16 is not None and _looks_like_text(text16):
            return _with_legacy_repair(Decoded(text16, "utf-16"))
        encoding = None
    data, notes = _drop_nuls(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        repaired = _mostly_utf8(data)
        if repaired is not None:
            text, bad = repaired
            notes += (f"{bad} invalid UTF-8 byte{'s' if bad > 1 else ''} replaced",)
        elif encoding == "utf-8":
            raise IngestError(path, f"invalid UTF-8 at byte {utf8_error.start + len(codecs.BOM_UTF8)} "
                                    "(the file starts with a UTF-8 mark)") from None
        else:
            decoded = _eight_bit(data, path, utf8_error)
            return Decoded(decoded.text, decoded.encoding, notes + decoded.notes)
    if not _looks_like_text(text):
        raise IngestError(path, "binary content, not text")
    return _with_legacy_repair(Decoded(text, "utf-8", notes))
