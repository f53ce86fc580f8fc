"""An office named again without its place ("Phòng Nội vụ" after "Phòng Nội
vụ huyện") is the one the text placed; district offices with compound names
("Phòng Tài chính - Kế hoạch") end where their name does."""
from __future__ import annotations

from extract import extract_text

REPORT = """HUYỆN ỦY MÙ CANG CHẢI

Năm 2021, UBND huyện Mù Cang Chải chỉ đạo Phòng Nội vụ huyện phối hợp với Phòng Tài chính - Kế hoạch sắp xếp các bản. Phòng Nội vụ đã tham mưu sáp nhập 12 bản.
"""


def test_a_bare_office_name_after_the_placed_one_is_the_same_body():
    offices = [(o.name, o.mentions) for o in extract_text(REPORT).organisations if o.name.startswith("Phòng Nội vụ")]
    assert offices == [("Phòng Nội vụ huyện", [(65, 83), (141, 153)])]


def test_a_compound_district_office_name_ends_before_the_verb():
    names = [o.name for o in extract_text(REPORT).organisations]
    assert "Phòng Tài chính - Kế hoạch" in names
