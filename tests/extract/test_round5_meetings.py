"""Meetings in the forms the fifth held-out batch showed: a working session
named only "buổi làm việc", held with the body the delegation "đã làm việc
với" earlier in the text, whose companions ("Cùng đi với đoàn có") attend it."""
from __future__ import annotations

from extract import extract_text


def meetings(text: str):
    return [(m.kind, m.body, m.chairs, m.attendees) for m in extract_text(text).meetings]


WORKING_VISIT = (
    "Sáng 9/3/2021, đoàn công tác của Ban Tổ chức Trung ương do đồng chí Hà Minh Khôi, Phó Trưởng Ban "
    "Tổ chức Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Kiên Giang về công tác cán bộ.\n"
    "Cùng đi với đoàn có đồng chí Lạc Thị Duyên, Vụ trưởng Vụ Tổ chức cán bộ, Ban Tổ chức Trung ương. "
    "Đồng chí Hà Minh Khôi và đồng chí Quách Văn Bền, Bí thư Tỉnh ủy đồng chủ trì buổi làm việc.")


def test_a_buoi_lam_viec_without_a_body_is_held_with_the_body_the_delegation_worked_with():
    assert meetings(WORKING_VISIT)[0][:2] == ("hoi-nghi", "Ban Thường vụ Tỉnh ủy Kiên Giang")


def test_a_delegation_member_named_before_the_buoi_lam_viec_attends_it():
    assert meetings(WORKING_VISIT)[0][2:] == (["Hà Minh Khôi", "Quách Văn Bền"], ["Lạc Thị Duyên"])


def test_a_person_who_thanks_on_behalf_of_the_appointees_attends_the_meeting_of_the_text():
    text = ("Chiều 2/9/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định về công tác cán bộ. "
            "Thay mặt các đồng chí được bổ nhiệm, đồng chí Mông Văn Lự cảm ơn sự tin tưởng của Ban Thường vụ.")
    assert meetings(text)[0][3] == ["Mông Văn Lự"]
