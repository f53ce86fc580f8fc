"""Hypothesis strategies for Vietnamese text: any text, text in the Vietnamese
alphabet, and documents assembled from the phrases Party and State documents
are made of, with noise in between."""
from __future__ import annotations

import os
import unicodedata

from hypothesis import strategies as st

TONES = "\u0300\u0301\u0303\u0309\u0323"
VOWELS = "aăâeêioôơuưy"
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"


def _with_tones(letters: str) -> str:
    out = set(letters + letters.upper())
    for v in VOWELS:
        for t in TONES:
            for base in (v, v.upper()):
                out.add(unicodedata.normalize("NFC", base + t))
    return "".join(sorted(out))


VIETNAMESE_ALPHABET = _with_tones(LETTERS)
PUNCTUATION = " \n\t.,;:!?()[]\"'“”-–—/\\%&*#…\u00a0"
DIGITS = "0123456789"

# Any text at all, including lone surrogates' neighbours, combining marks
# without a base, controls and emoji.
any_text = st.text(max_size=300)

vietnamese_text = st.text(alphabet=VIETNAMESE_ALPHABET + PUNCTUATION + DIGITS, max_size=300)

# Combining tone marks after random letters: decomposed and odd NFD input.
decomposed_text = st.text(alphabet=LETTERS + LETTERS.upper() + TONES + "\u0302\u0306\u031b " , max_size=200)

# Fragments of real documents (invented wording): symbols, bodies, posts,
# meeting phrases, dates, and their broken variants.
FRAGMENTS = [
    "Nghị quyết số ", "Chỉ thị ", "Kết luận số ", "Quyết định số ", "Kế hoạch ", "Thông báo ",
    "26-NQ/TW", "05-CT/TƯ", "1234/QĐ-UBND", "01/2021/NQ-HĐND", "15 - NQ / TW", "07–KL/TW", "3/2019/QH14",
    "12-KH/HU", "35-CTr/TU", "999999-NQ/TW", "0-NQ/", "/TW", "-NQ", "NQ/TW", "26-", "26/",
    "Ban Chấp hành Đảng bộ ", "Ban Thường vụ Quận ủy", "Huyện ủy ", "Tỉnh ủy ", "Ủy ban nhân dân ",
    "UBND ", "HĐND ", "Đảng ủy xã ", "Mặt trận Tổ quốc ", "Bộ Chính trị", "Ban Bí thư",
    "huyện Sơn Khê", "xã Phú Lâm", "quận 7", "tỉnh Bắc Hà", "thành phố Tân Lộc",
    "Đồng chí ", "đồng chí ", "đ/c ", "Bí thư ", "Phó Bí thư ", "Chủ tịch ", "Ủy viên ", "Trưởng ban ",
    "Nguyễn Văn An", "Trần Thị Hường", "Lê Minh", "Phạm Quốc Bảo", "Đỗ Thị Thu Hà",
    "Hội nghị lần thứ ", "Đại hội đại biểu ", "khóa XII", "khoá XXV", "nhiệm kỳ 2020-2025", "lần thứ 9",
    "chủ trì", "tham dự", "thông qua", "triển khai thực hiện", "để thực hiện", "nhằm cụ thể hóa",
    "Sáng ngày 12/3/2023", "ngày 7/10", "tháng 5 năm 2022", "năm 2024", "31/02/2023", "00/00/0000",
    ", ", ". ", "; ", ": ", " (", ") ", "\n", "\n\n", "“", "”", " - ", "…", "  ",
]

fragment_document = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=VIETNAMESE_ALPHABET + DIGITS + " ", max_size=8)),
    max_size=60,
).map("".join)

# Example counts stay modest so the suite is fast; VNKG_FUZZ_EXAMPLES=5000
# runs a deep fuzz by hand.
FUZZ_EXAMPLES = int(os.environ.get("VNKG_FUZZ_EXAMPLES", "100"))
