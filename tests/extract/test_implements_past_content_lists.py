"""Implements in the forms held-out documents showed: a trigger that
carries out what of a directive it names ("Quán triệt sâu sắc mục đích, yêu
cầu, quan điểm của Nghị quyết số ...") reaches the directive past that list."""
from __future__ import annotations

from extract import extract_text


def implements(text: str):
    return [(i.source, i.target) for i in extract_text(text).implements]


def test_quan_triet_the_aims_and_views_of_a_resolution_carries_it_out():
    text = "Quán triệt sâu sắc mục đích, yêu cầu, quan điểm của Nghị quyết số 18-NQ/TW đến cán bộ, đảng viên."
    assert implements(text) == [("document", "18-NQ/TW")]


def test_thuc_hien_the_aims_and_tasks_of_a_directive_carries_it_out():
    text = "Các chi bộ thực hiện tốt các mục tiêu và nhiệm vụ của Chỉ thị số 15-CT/TW."
    assert implements(text) == [("document", "15-CT/TW")]


def test_a_long_run_of_other_words_before_cua_stays_out_of_reach():
    text = "Quán triệt việc xây dựng đội ngũ cán bộ cấp xã đủ phẩm chất năng lực uy tín của Nghị quyết số 18-NQ/TW."
    assert implements(text) == []
