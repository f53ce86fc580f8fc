"""The legacy 8-bit Vietnamese encodings TCVN3 (ABC) and VNI: detect and convert.

Older office documents were typed in ".VnTime" (TCVN3) or "VNI-Times" (VNI)
fonts: their bytes, read as Latin-1 or Windows-1258, give text such as
"Ban ChÊp hµnh" or "Ban Chaáp haønh" for "Ban Chấp hành". The letter table
is data (`data/tables/legacy_encodings.tsv`); this module decides which
reading makes Vietnamese words and converts the text to Unicode.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from ..tables import load_table

LEGACY_ENCODINGS = ("tcvn3", "vni")
LEGACY_LABELS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWEL_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
_VOWELS = set("aeiouy")
# Words are split at spaces, ASCII punctuation and digits only: Latin-1
# symbols such as "µ" or "¸" are letters of TCVN3 and must stay inside words.
_WORD_SPLIT = re.compile(r"[\s!-@\[-`{-~]+")
_DETECTION_SAMPLE = 50_000  # characters: enough words to decide, cheap on a large file


@lru_cache(maxsize=None)
def _tables() -> dict[str, dict[str, str]]:
    """{encoding: {Unicode letter: its characters when the bytes are read as Latin-1}}."""
    tables: dict[str, dict[str, str]] = {name: {} for name in LEGACY_ENCODINGS}
    for row in load_table("legacy_encodings"):
        for name in LEGACY_ENCODINGS:
            if row[name]:
                tables[name][row["letter"]] = "".join(chr(int(h, 16)) for h in row[name].split())
    return tables


@lru_cache(maxsize=None)
def _tcvn3_decoding() -> dict[int, str]:
    return {ord(code): letter for letter, code in _tables()["tcvn3"].items()}


def _windows_font_table() -> str:
    """The character a Windows font shows for each byte (cp1252, Latin-1 where
    cp1252 leaves a byte undefined), as a charmap decoding table."""
    table = []
    for byte in range(256):
        try:
            table.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            table.append(chr(byte))
    return "".join(table)


_WINDOWS_FONT = _windows_font_table()


def windows_font_reading(data: bytes) -> str:
    """How legacy Vietnamese text looks in a Windows font: each byte as cp1252
    (or Latin-1) shows it. Legacy text is converted from this reading."""
    return codecs.charmap_decode(data, "strict", _WINDOWS_FONT)[0]


@lru_cache(maxsize=None)
def _tcvn3_byte_table() -> str:
    """Each byte straight to its TCVN3 letter, as a charmap decoding table."""
    return _WINDOWS_FONT.translate(_tcvn3_decoding())


# Stand-ins for letters while VNI sequences are replaced, so that a letter
# just written ("á", itself a VNI mark byte) is never read again as part of
# another sequence. Plane 15 private use: never in a legacy file's text.
_PLACEHOLDERS = 0xF0000


@lru_cache(maxsize=None)
def _vni_decoding() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """(a pattern finding every VNI sequence, sequence → (stand-in, letter)).

    A base letter decides the case: "Aù" is read as "Á", since documents mix
    the capital and small forms of the mark byte. No base byte is a mark
    byte, so sequences never overlap and replacing them one after the other
    reads the text as a left-to-right scan would."""
    letters: dict[str, str] = {}
    for letter, code in _tables()["vni"].items():
        letters[code] = letter
        if len(code) == 2:
            letters.setdefault(code[0] + code[1].swapcase(), letter)
    codes = sorted(letters, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, codes)))
    return pattern, {code: (chr(_PLACEHOLDERS + i), letters[code]) for i, code in enumerate(codes)}


def _decode_vni(text: str) -> str:
    pattern, letters = _vni_decoding()
    present = sorted(set(pattern.findall(text)), key=len, reverse=True)
    # str.replace runs at C speed; a regex callback per letter would not
    for code in present:
        text = text.replace(code, letters[code][0])
    for code in present:
        text = text.replace(*letters[code])
    return text


def decode_legacy(text: str, encoding: str) -> str:
    """Convert text whose characters are the bytes of `encoding` read as Latin-1."""
    if encoding == "tcvn3":
        return _restore_tcvn3_capitals(text.translate(_tcvn3_decoding()))
    if encoding == "vni":
        return _decode_vni(text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def decode_legacy_bytes(data: bytes, encoding: str) -> str:
    """Convert the bytes of a legacy-encoded file to Unicode."""
    if encoding == "tcvn3":  # one byte, one letter: a charmap codec does it at C speed
        return _restore_tcvn3_capitals(codecs.charmap_decode(data, "strict", _tcvn3_byte_table())[0])
    return decode_legacy(windows_font_reading(data), encoding)


def encode_legacy(text: str, encoding: str) -> bytes:
    """The bytes a legacy font would store for `text` (the inverse of decode_legacy).

    TCVN3 has no capitals with tone marks: like a capitals font, the small
    letter's code is written. Characters outside Latin-1 and the table raise
    ValueError."""
    table = _tables()[encoding]
    out = []
    for c in unicodedata.normalize("NFC", text):
        code = table.get(c)
        if code is None and encoding == "tcvn3" and c.isupper():
            code = table.get(c.lower())
        out.append(code if code is not None else c)
    try:
        return "".join(out).encode("latin-1")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{text[exc.start:exc.end]!r} has no {encoding} code") from None


@lru_cache(maxsize=None)
def _tcvn3_capitals() -> tuple[re.Pattern[str], dict[int, str]]:
    """(a word where a small converted letter touches a capital, small → capital)."""
    small = "".join(c for c in _tables()["tcvn3"] if c.islower())
    capitals = "A-Z" + "".join(c for c in _tables()["tcvn3"] if c.isupper())
    word = re.compile(rf"(?<![^\W\d_])[^\W\d_]*(?:[{capitals}][{small}]|[{small}][{capitals}])[^\W\d_]*")
    return word, str.maketrans({c: c.upper() for c in small})


_ASCII_SMALL = re.compile(r"[a-z]")
_FOUR_CAPITALS = re.compile(r"(?:[A-Z][^A-Z]*){4}")


def _restore_tcvn3_capitals(text: str) -> str:
    """Capitals typed in a TCVN3 capitals font come out as small letters with
    tone marks ("CHấP"): put them back in capitals within capital words and
    capital lines."""
    word, to_capitals = _tcvn3_capitals()
    converted = set(_tables()["tcvn3"])

    def fix_word(m: re.Match[str]) -> str:
        found = m.group(0)
        if found[1:].islower():  # "Phú", "Hà": a capital only at the start
            return found
        capitals = sum(1 for c in found if c.isupper())
        if capitals >= 2 and all(c.isupper() or c in converted for c in found):
            return found.translate(to_capitals)
        return found

    def fix_line(line: str) -> str:
        if _FOUR_CAPITALS.search(line) and not _ASCII_SMALL.search(line):  # a line in capitals
            return line.translate(to_capitals)
        return word.sub(fix_word, line)

    return "".join(fix_line(line) for line in text.splitlines(keepends=True))


@lru_cache(maxsize=65536)  # documents repeat their words: each is checked once
def _is_vietnamese_word(word: str) -> bool:
    """Letters a-z and đ, marks only on vowels, at most one tone mark."""
    tones = 0
    base = ""
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch):
            if base not in _VOWELS or (ch not in _TONES and ch not in _VOWEL_MARKS):
                return False
            tones += ch in _TONES
        else:
            base = ch.lower()
            if base != "đ" and not ("a" <= base <= "z"):
                return False
    return tones <= 1


def vietnamese_score(text: str) -> int:
    """Words with non-ASCII letters that are Vietnamese, minus those that are not."""
    score = 0
    for word in _WORD_SPLIT.split(unicodedata.normalize("NFC", text[:_DETECTION_SAMPLE])):
        if word and not word.isascii():
            score += 1 if _is_vietnamese_word(word) else -1
    return score


_UNICODE_VIETNAMESE_LETTER = re.compile("[\u0100-\u01b0\u1ea0-\u1ef9]")


def _has_unicode_vietnamese(text: str) -> bool:
    """Letters such as ă, đ, ơ, ư, ạ exist only in Unicode text, never in the
    Latin-1 reading of a legacy file."""
    return _UNICODE_VIETNAMESE_LETTER.search(text, 0, _DETECTION_SAMPLE) is not None


def detect_legacy(text: str) -> str | None:
    """The legacy encoding `text` (read as Latin-1) is written in, or None."""
    if text.isascii() or _has_unicode_vietnamese(text):
        return None
    sample = text[:_DETECTION_SAMPLE]
    best, best_score = None, vietnamese_score(sample)
    for encoding in LEGACY_ENCODINGS:
        score = vietnamese_score(decode_legacy(sample, encoding))
        if score > best_score:
            best, best_score = encoding, score
    return best if best_score > 0 else None


def legacy_note(encoding: str, lines: int | None = None) -> str:
    """The build summary's note for a conversion (of the whole text, or of some lines)."""
    what = "" if lines is None else f"{lines} line{'s' if lines > 1 else ''} "
    return f"{what}converted from the legacy {LEGACY_LABELS[encoding]} encoding"


def repair_legacy(text: str) -> tuple[str, str | None, tuple[str, ...]]:
    """Convert legacy-encoded text to Unicode: (text, encoding or None, notes).

    A document half retyped in Unicode keeps its other lines in the old font:
    those lines are converted one by one."""
    encoding = detect_legacy(text)
    if encoding is not None:
        return decode_legacy(text, encoding), encoding, (legacy_note(encoding),)
    if text.isascii() or not _has_unicode_vietnamese(text):
        return text, None, ()
    converted: dict[str, int] = {}
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.isascii() or _has_unicode_vietnamese(line):
            continue
        line_encoding = detect_legacy(line)
        if line_encoding is not None:
            lines[i] = decode_legacy(line, line_encoding)
            converted[line_encoding] = converted.get(line_encoding, 0) + 1
    if not converted:
        return text, None, ()
    main = max(converted, key=converted.get)
    return "".join(lines), main, tuple(legacy_note(e, n) for e, n in converted.items())
