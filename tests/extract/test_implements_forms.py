"""Forms of carrying out and citing: a personnel decision a transfer or
appointment is made under ("điều động ... theo Quyết định số X") is cited,
not implemented, while "theo" elsewhere implements; a sentence opened by a
purpose word and a trigger ("Để cụ thể hóa X, ... ban hành Chương trình Y")
makes Y carry out X; a passive with its plural agent ("đã được các chi bộ
quán triệt") carries the reference out."""
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


def test_a_plan_issued_after_a_fronted_de_cu_the_hoa_carries_out_what_it_opens_with():
    text = ("Để cụ thể hóa Nghị quyết số 07-NQ/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành "
            "Chương trình hành động số 15-CTr/HU.")
    assert implements(text) == [("document", "7-NQ/TU"), ("15-CTr/HU", "7-NQ/TU")]


def test_a_resolution_passively_studied_by_plural_bodies_is_carried_out():
    assert implements("Nghị quyết số 12-NQ/HU đã được các chi bộ quán triệt đầy đủ.") == [("document", "12-NQ/HU")]
