"""Meetings convened by a People's Committee written short (UBND) and guests
who "về dự và chỉ đạo" a congress."""
from __future__ import annotations

from extract import extract_text


def meetings(text: str):
    return [(m.kind, m.number, m.body, m.chairs, m.attendees) for m in extract_text(text).meetings]


def test_a_conference_held_by_ubnd_has_the_peoples_committee_as_its_body():
    text = ("Sáng 3/9/2021, UBND tỉnh Bến Tre tổ chức hội nghị công bố quyết định về công tác cán bộ. "
            "Đồng chí Lê Minh Tâm, Chủ tịch UBND tỉnh chủ trì hội nghị.")
    assert meetings(text) == [("hoi-nghi", None, "Ủy ban nhân dân tỉnh Bến Tre", ["Lê Minh Tâm"], [])]


def test_guests_who_ve_du_va_chi_dao_a_congress_attend_it():
    text = ("Ngày 12/6/2020, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ XIV. Về dự và chỉ đạo "
            "Đại hội có đồng chí Phạm Văn Tư, Bí thư Huyện ủy Đồng Phú.")
    assert meetings(text) == [("dai-hoi", 14, "Đảng bộ xã Tân Phú", [], ["Phạm Văn Tư"])]


def test_a_bare_ban_chap_hanh_holding_its_first_session_is_the_one_just_elected():
    text = ("Ngày 20/5/2020, Đảng bộ phường Tân Lập tổ chức Đại hội lần thứ XIII. Đại hội đã bầu "
            "Ban Chấp hành Đảng bộ phường khóa XIII gồm 13 đồng chí. Tại phiên họp thứ nhất, "
            "Ban Chấp hành đã bầu Ban Thường vụ.")
    assert [(m.kind, m.number, m.body) for m in extract_text(text).meetings][-1] == (
        "hoi-nghi", 1, "Ban Chấp hành Đảng bộ phường Tân Lập")
