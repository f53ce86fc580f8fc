"""The bad-input corpus: files an office folder really holds, each with the
outcome vnkg promises. Every file is generated (no fixtures on disk).

`BAD_FILES` are refused with exactly `reason`; `GOOD_BUT_ODD` are read, with
the encoding and the notes the build summary shows.
"""
from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass
from typing import Callable

from tests.ingest.samples import REPORT, REPORT_TCVN3_SAFE, cp1258_bytes, docx_bytes, tcvn3_bytes, vni_bytes

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
# A scanned page: a PDF whose only content is an image, no text layer.
SCANNED_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
               b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
               b"3 0 obj << /Type /Page /Parent 2 0 R /Resources << /XObject << /Im0 4 0 R >> >> >> endobj\n"
               b"4 0 obj << /Type /XObject /Subtype /Image /Width 1 /Height 1 /Length 3 >>\nstream\n\x00\x00\x00\n"
               b"endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
OLE2_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

SUPPORTED = ".txt, .md, .html, .htm, .docx"


def random_bytes(size: int = 4096, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def mojibake_utf8() -> bytes:
    """UTF-8 text with every 12th byte overwritten: too broken to repair."""
    data = bytearray(REPORT.encode("utf-8") * 3)
    for i in range(5, len(data), 12):
        data[i] = 0xFF
    return bytes(data)


def truncated_docx() -> bytes:
    data = docx_bytes(["Báo cáo tháng 5"])
    return data[: len(data) // 2]


def docx_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a Word document")
    return buffer.getvalue()


def docx_with_broken_xml() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx_bytes(["Báo cáo"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = content[: len(content) // 2]
            archive.writestr(info, content)
    return buffer.getvalue()


@dataclass(frozen=True)
class BadFile:
    name: str
    make: Callable[[], bytes]
    reason: str


BAD_FILES = [
    BadFile("empty.txt", lambda: b"", "empty file"),
    BadFile("blank.txt", lambda: b" \n\t\r\n   \n", "no text in the file (only whitespace)"),
    BadFile("photo.txt", lambda: PNG, "binary content (a PNG image), not text"),
    BadFile("scan.txt", lambda: SCANNED_PDF, "binary content (a PDF file), not text"),
    BadFile("scan.pdf", lambda: SCANNED_PDF, f"unsupported file type '.pdf' (vnkg reads {SUPPORTED})"),
    BadFile("noise.txt", random_bytes, "binary content, not text"),
    BadFile("nuls.txt", lambda: b"ab\x00cd\x00" * 500, "binary content, not text"),
    BadFile("mojibake.txt", mojibake_utf8,
            "invalid UTF-8 at byte 5, and not Vietnamese text in Windows-1258, TCVN3 or VNI either"),
    BadFile("marked.txt", lambda: b"\xef\xbb\xbf" + b"abc \xff\xfe def" * 3,
            "invalid UTF-8 at byte 7 (the file starts with a UTF-8 mark)"),
    BadFile("odd.txt", lambda: b"\xff\xfe" + "Hà Nội".encode("utf-16-le") + b"\x00",
            "invalid UTF-16 (the file starts with a UTF-16 mark)"),
    BadFile("scripts-only.html", lambda: b"<html><head><script>var a = 'Th\xc3\xb4ng b\xc3\xa1o';</script></head>"
                                         b"<body><nav><script>menu()</script></nav></body></html>",
            "no text in the file"),
    BadFile("truncated.docx", truncated_docx, "not a valid .docx file (a broken or truncated zip)"),
    BadFile("not-word.docx", docx_without_document, "not a valid .docx file (KeyError)"),
    BadFile("broken-xml.docx", docx_with_broken_xml, "not a valid .docx file (XMLSyntaxError)"),
    BadFile("text.docx", lambda: REPORT.encode("utf-8"), "not a valid .docx file (a broken or truncated zip)"),
    BadFile("old-word.docx", lambda: OLE2_DOC, "an old Word .doc file named .docx (save it as .docx)"),
    BadFile("old-word.doc", lambda: OLE2_DOC, f"unsupported file type '.doc' (vnkg reads {SUPPORTED})"),
]


@dataclass(frozen=True)
class OddFile:
    name: str
    make: Callable[[], bytes]
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


TCVN3_NOTE = "converted from the legacy TCVN3 (ABC) encoding"
VNI_NOTE = "converted from the legacy VNI encoding"

GOOD_BUT_ODD = [
    OddFile("utf16-bom.txt", lambda: REPORT.encode("utf-16"), REPORT, "utf-16"),
    OddFile("utf16-no-bom.txt", lambda: REPORT.encode("utf-16-le"), REPORT, "utf-16"),
    OddFile("windows-1258.txt", lambda: cp1258_bytes(REPORT), REPORT, "cp1258"),
    OddFile("abc-font.txt", lambda: tcvn3_bytes(REPORT_TCVN3_SAFE), REPORT_TCVN3_SAFE, "tcvn3", (TCVN3_NOTE,)),
    OddFile("vni-font.txt", lambda: vni_bytes(REPORT), REPORT, "vni", (VNI_NOTE,)),
    OddFile("nul-padded.txt", lambda: REPORT.encode("utf-8") + bytes(512), REPORT, "utf-8", ("512 NUL bytes removed",)),
    OddFile("one-bad-byte.txt", lambda: REPORT.encode("utf-8") + b"\xc3", REPORT + "\ufffd", "utf-8",
            ("1 invalid UTF-8 byte replaced",)),
]
