"""Meetings in the forms held-out documents showed: a working session
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


def organisations(text: str) -> list[str]:
    return sorted(o.name for o in extract_text(text).organisations)


def test_the_party_written_as_the_body_of_a_national_congress_is_a_body():
    text = ("Ngày 3/4/2025, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ I, tiến tới Đại hội đại biểu toàn quốc "
            "lần thứ XIV của Đảng.")
    assert organisations(text) == ["Đảng", "Đảng bộ xã Tân Lập"]


def test_the_party_is_not_listed_twice_beside_its_full_name():
    text = ("Ngày 3/4/2025, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ I, tiến tới Đại hội đại biểu toàn quốc "
            "lần thứ XIV của Đảng Cộng sản Việt Nam.")
    assert organisations(text) == ["Đảng Cộng sản Việt Nam", "Đảng bộ xã Tân Lập"]


def test_a_national_congress_that_names_no_body_lists_no_party():
    text = "Ngày 3/4/2025, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ I, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV."
    assert organisations(text) == ["Đảng bộ xã Tân Lập"]
