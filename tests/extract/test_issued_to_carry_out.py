"""A document issued "to carry out" with no object after it ("... ban hành
Chương trình số 41-CTr/TU để thực hiện.") carries out what the sentence
carried out before it."""
from __future__ import annotations

from extract import extract_text


def pairs(text: str) -> list[tuple[str, str]]:
    return [(i.source, i.target) for i in extract_text(text).implements]


def test_a_programme_issued_to_carry_out_implements_the_resolution_carried_out_before_it():
    text = ("Năm 2023, Ban Thường vụ Tỉnh ủy đã lãnh đạo triển khai Nghị quyết số 19-NQ/TW của Ban Chấp hành "
            "Trung ương và ban hành Chương trình hành động số 41-CTr/TU để thực hiện.")
    assert pairs(text) == [("document", "19-NQ/TW"), ("41-CTr/TU", "19-NQ/TW")]


def test_a_plan_issued_for_a_purpose_with_its_own_object_implements_nothing_before_it():
    text = ("Năm 2023, Ban Thường vụ Tỉnh ủy đã lãnh đạo triển khai Nghị quyết số 19-NQ/TW và ban hành Kế hoạch "
            "số 52-KH/TU để thực hiện công tác cán bộ.")
    assert pairs(text) == [("document", "19-NQ/TW")]


def test_a_plan_issued_to_carry_out_a_directive_said_issued_before_it_implements_that_directive():
    text = ("Sau khi Chỉ thị số 08-CT/TU ngày 3/4/2012 của Tỉnh ủy được ban hành, Ban Thường vụ Huyện ủy đã ban "
            "hành Kế hoạch số 17-KH/HU để triển khai thực hiện trong toàn Đảng bộ huyện.")
    assert pairs(text) == [("17-KH/HU", "8-CT/TU")]


def test_a_plan_issued_after_a_directive_for_a_purpose_of_its_own_implements_nothing():
    text = ("Sau khi Chỉ thị số 08-CT/TU của Tỉnh ủy được ban hành, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch "
            "số 17-KH/HU về phát triển du lịch.")
    assert pairs(text) == []
