"""Sample documents in every encoding and format the readers accept, made by
the tests themselves (no fixture files): Windows-1258, TCVN3, VNI, .docx."""
from __future__ import annotations

import io
import unicodedata

from extract.ingest.legacy import encode_legacy

# Invented text in the style of a district report (no real people or places).
REPORT = (
    "Ban Chấp hành Đảng bộ huyện Sơn Khê tổ chức Hội nghị lần thứ 9 để quán triệt "
    "Nghị quyết số 15-NQ/TW về công tác cán bộ. Đồng chí Trần Thị Hường, Ủy viên "
    "Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy chủ trì hội nghị; các đồng chí phó bí thư "
    "thường trực và trưởng ban tuyên giáo dự. Hội nghị thống nhất kế hoạch thực hiện "
    "trong năm 2023, giao Ủy ban nhân dân huyện xây dựng chương trình hành động.\n"
)
# TCVN3 has no capitals with tone marks; this variant has none, so it survives
# a round trip through TCVN3 exactly.
REPORT_TCVN3_SAFE = (
    "Ban Chấp hành Đảng bộ xã Phú Lâm họp phiên thường kỳ tháng 5, bàn việc triển khai "
    "Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số; đồng chí bí thư "
    "Đảng ủy xã kết luận, giao các chi bộ thôn xây dựng kế hoạch cụ thể.\n"
)

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Word wrote it: vowels with their hat or horn, then the
    tone as a combining mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts if m in TONE_MARKS)
        letter = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
        out.append(letter + tones)
    return "".join(out).encode("cp1258")


def tcvn3_bytes(text: str) -> bytes:
    return encode_legacy(text, "tcvn3")


def vni_bytes(text: str) -> bytes:
    return encode_legacy(text, "vni")


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A real .docx written by python-docx: paragraphs, then an optional table."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
