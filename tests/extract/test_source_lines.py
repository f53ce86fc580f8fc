"""A closing line that credits a source ("Theo Báo Quảng Bình") names no
person, where a reporter's byline ("Thanh Hà") does."""
from __future__ import annotations

from extract import extract_text

BODY = ("Tiêu đề\n\n15/03/2023 09:10\n\nSáng 5/3/2023, Huyện ủy Lệ Thủy tổ chức hội nghị sơ kết. Đồng chí "
        "Lê Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị.\n\nHội nghị đánh giá kết quả thực hiện nhiệm vụ và "
        "đề ra phương hướng cho thời gian tới.\n\n")


def test_a_closing_source_line_names_no_person():
    assert [p.name for p in extract_text(BODY + "Theo Báo Quảng Bình\n").people] == ["Lê Văn Hùng"]


def test_a_closing_reporters_byline_names_the_reporter():
    assert [p.name for p in extract_text(BODY + "Minh Châu\n").people] == ["Lê Văn Hùng", "Minh Châu"]
