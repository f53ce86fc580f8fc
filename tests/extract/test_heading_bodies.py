"""A body in a document's heading whose place stands on the next line
("ỦY BAN NHÂN DÂN / HUYỆN CẦN GIUỘC") is written with that place."""
from __future__ import annotations

from extract import extract_text


def test_a_heading_body_is_written_with_the_place_on_the_next_line():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nSố: 112/KH-UBND\n\nCần Giuộc, ngày 4 tháng 3 năm 2022\n\n"
            "KẾ HOẠCH\nPhòng, chống thiên tai năm 2022\n\nỦy ban nhân dân huyện ban hành Kế hoạch như sau.\n")
    names = [o.name for o in extract_text(text).organisations]
    assert names == ["Ủy ban nhân dân huyện Cần Giuộc"]
