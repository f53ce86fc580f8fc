"""A line in capitals that opens with a free-name kind word ("CÔNG TY CỔ PHẦN
...", "- CÔNG TY ..." among a plan's recipients) names that body to its end."""
from __future__ import annotations

from extract import extract_text


def organisations(text: str):
    return [(o.name, o.parent) for o in extract_text(text).organisations]


def test_a_company_heading_a_report_in_capitals_is_a_body():
    text = "CÔNG TY CỔ PHẦN CHÈ MỘC CHÂU\nSố 12/BC-CT\n\nBÁO CÁO\nKết quả sản xuất năm 2021\n\nNăm 2021, sản lượng tăng."
    assert organisations(text) == [("Công ty cổ phần Chè mộc châu", None)]


def test_a_company_in_capitals_among_the_recipients_is_a_body():
    text = "Nơi nhận:\n- CÔNG TY TNHH THỦY SẢN HÙNG CÁ;\n- Lưu: VT."
    assert organisations(text) == [("Công ty TNHH Thủy sản hùng cá", None)]


def test_a_party_committee_of_a_company_in_a_heading_has_the_company_as_parent():
    text = "ĐẢNG ỦY CÔNG TY CỔ PHẦN CHÈ MỘC CHÂU\n\nBÁO CÁO\n\nNăm 2021, Đảng ủy lãnh đạo sản xuất."
    assert ("Đảng ủy Công ty cổ phần Chè mộc châu", "Công ty cổ phần Chè mộc châu") in organisations(text)


def test_a_section_heading_in_capitals_names_no_company():
    text = "KẾ HOẠCH\nI. CÔNG TÁC TUYÊN TRUYỀN\nCác xã tuyên truyền rộng rãi."
    assert organisations(text) == []
