"""A meeting's body written short or not at all: the first sitting after a
congress belongs to the executive committee it elected, with its term; a
bare "Đảng ủy Khối" is the bloc committee the text names in full."""
from __future__ import annotations

from extract import extract_text


def meetings(text: str):
    return [(m.kind, m.number, m.term, m.body) for m in extract_text(text).meetings]


def test_a_first_sitting_without_a_body_belongs_to_the_committee_just_elected():
    text = ("Ngày 8/6/2020, Đảng bộ xã Yên Phú tổ chức Đại hội đại biểu lần thứ XXIV. Đại hội đã bầu 13 đồng chí "
            "vào Ban Chấp hành Đảng bộ xã khóa XXIV. Tại phiên họp thứ nhất, đồng chí Đào Văn Quý được bầu "
            "giữ chức Bí thư Đảng ủy xã.")
    assert meetings(text)[-1] == ("hoi-nghi", 1, "XXIV", "Ban Chấp hành Đảng bộ xã Yên Phú")


def test_a_conference_of_a_bare_bloc_committee_is_held_by_the_bloc_named_in_full():
    text = ("Đảng ủy Khối doanh nghiệp tỉnh lãnh đạo 30 tổ chức cơ sở đảng. Ngày 2/7/2019, Đảng ủy Khối "
            "tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.")
    assert meetings(text) == [("hoi-nghi", None, None, "Đảng ủy Khối doanh nghiệp tỉnh")]


def test_a_conference_held_to_give_opinions_is_a_meeting_of_the_body_holding_it():
    text = ("Chiều 14/10/2021, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị cho ý kiến về công tác cán bộ. "
            "Đồng chí Vàng A Páo, Bí thư Tỉnh ủy chủ trì hội nghị.")
    assert meetings(text) == [("hoi-nghi", None, None, "Ban Thường vụ Tỉnh ủy Hà Giang")]


def test_the_party_as_a_national_congress_body_is_not_read_as_a_provincial_party_organisation():
    text = "Ngày 5/3/2021, Đảng bộ tỉnh Bắc Giang quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."
    assert meetings(text) == [("dai-hoi", 13, None, "Đảng")]


def test_a_congress_said_to_have_succeeded_took_place_and_its_guests_attend():
    text = ("Đại hội đại biểu Đảng bộ huyện Mường Khương lần thứ XXIII đã thành công tốt đẹp. "
            "Dự đại hội có đồng chí Vũ Xuân Cường, Phó Bí thư Tỉnh ủy.")
    assert [(m.number, m.body, m.attendees) for m in extract_text(text).meetings] == [
        (23, "Đảng bộ huyện Mường Khương", ["Vũ Xuân Cường"])]


def test_a_bracketed_city_written_with_tp_dot_does_not_hide_the_body_holding_the_meeting():
    text = ("Sáng 9/4/2026, Ban Thường vụ Đảng ủy phường Tân Định (TP. Hồ Chí Minh) tổ chức hội nghị giao ban "
            "quý I năm 2026 với bí thư các chi bộ trực thuộc.")
    assert meetings(text) == [("hoi-nghi", None, None, "Ban Thường vụ Đảng ủy phường Tân Định")]
