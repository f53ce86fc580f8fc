"""A personnel decision a transfer or appointment is made under ("điều động
... theo Quyết định số X") is cited, not implemented; "theo" elsewhere still
implements."""
from __future__ import annotations

from extract import extract_text


def implements(text: str):
    return [(i.source, i.target) for i in extract_text(text).implements]


def test_a_transfer_theo_a_decision_cites_the_decision():
    text = ("Ban Thường vụ Huyện ủy điều động đồng chí Lê Văn Hải, Trưởng Phòng Nội vụ huyện, "
            "giữ chức Chánh Văn phòng Huyện ủy theo Quyết định số 512-QĐ/HU.")
    assert implements(text) == []


def test_an_appointment_theo_a_decision_cites_the_decision():
    text = "Bà Đinh Thị Mơ được bổ nhiệm giữ chức Giám đốc Sở Y tế theo Quyết định số 1450/QĐ-UBND."
    assert implements(text) == []


def test_work_done_theo_a_plan_without_a_personnel_word_implements_it():
    text = "Các xã tổ chức tuyên truyền theo Kế hoạch số 45-KH/HU của Huyện ủy."
    assert implements(text) == [("document", "45-KH/HU")]
