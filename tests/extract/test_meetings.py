"""Meetings: which Hội nghị / Đại hội a text names, and who chaired and attended."""
from __future__ import annotations

import re

import pytest

from extract import extract_text
from extract.components.context import find_context
from extract.components.meetings import find_meetings
from extract.components.prepare import prepare
from extract.model import DocumentContext, Extraction, Person
from extract.numerals import roman_value, to_roman, words_value
from extract.pipeline import get_pipeline


def meetings_of(text: str, people: tuple[str, ...] = (), file: str = "tin.txt"):
    """Run context and meetings on `text`, with `people` found wherever their names occur."""
    doc = get_pipeline().make_doc(text)
    doc._.extraction = Extraction(context=DocumentContext(file=file))
    doc = find_context(prepare(doc))
    doc._.extraction.people = [
        Person(name=name, mentions=[(m.start(), m.end()) for m in re.finditer(re.escape(name), text)])
        for name in people]
    return find_meetings(doc)._.extraction.meetings


def only(meetings, kind, number):
    found = [m for m in meetings if m.kind == kind and m.number == number]
    assert len(found) == 1, meetings
    return found[0]


PLENUM = (
    "Sáng ngày 15/3/2019, Ban Chấp hành Đảng bộ huyện Yên Thành (khóa XXV) đã tổ chức "
    "Hội nghị lần thứ 12 dưới sự chủ trì của các đồng chí: Lê Văn Hùng - Bí thư Huyện ủy; "
    "Phan Thị Mai - Phó Bí thư Thường trực Huyện ủy.\n\n"
    "Tới dự hội nghị có đồng chí Hoàng Minh Tâm - Phó Trưởng ban Tổ chức Tỉnh ủy Nghệ An.\n\n"
    "Hội nghị đã nghe đồng chí Trịnh Quốc Bảo - Trưởng Ban Tuyên giáo Huyện ủy trình bày báo cáo "
    "tình hình 3 tháng đầu năm.\n\n"
    "Phát biểu kết luận Hội nghị, đồng chí Lê Văn Hùng nhấn mạnh các nhiệm vụ trọng tâm.")
PLENUM_PEOPLE = ("Lê Văn Hùng", "Phan Thị Mai", "Hoàng Minh Tâm", "Trịnh Quốc Bảo")


def test_numbered_conference_takes_number_term_and_body_from_its_subject():
    m = only(meetings_of(PLENUM, PLENUM_PEOPLE), "hoi-nghi", 12)
    assert (m.term, m.body) == ("XXV", "Ban Chấp hành Đảng bộ huyện Yên Thành")


def test_conference_date_is_the_day_of_its_sentence():
    assert only(meetings_of(PLENUM, PLENUM_PEOPLE), "hoi-nghi", 12).date == "2019-03-15"


def test_chairs_are_the_people_listed_after_duoi_su_chu_tri_cua():
    assert only(meetings_of(PLENUM, PLENUM_PEOPLE), "hoi-nghi", 12).chairs == ["Lê Văn Hùng", "Phan Thị Mai"]


def test_guests_and_presenters_attend_and_chairs_are_not_repeated():
    m = only(meetings_of(PLENUM, PLENUM_PEOPLE), "hoi-nghi", 12)
    assert m.attendees == ["Hoàng Minh Tâm", "Trịnh Quốc Bảo"]
    assert m.presenters == ["Trịnh Quốc Bảo"]


def test_bare_hoi_nghi_later_is_a_mention_of_the_same_meeting():
    meetings = meetings_of(PLENUM, PLENUM_PEOPLE)
    assert len(meetings) == 1
    assert len(meetings[0].mentions) == 4
    assert all(PLENUM[s:e].lower().startswith("hội nghị") for s, e in meetings[0].mentions)


def test_evidence_is_the_sentence_that_describes_the_meeting():
    m = meetings_of(PLENUM, PLENUM_PEOPLE)[0]
    assert PLENUM[m.evidence[0]:m.evidence[1]].startswith("Sáng ngày 15/3/2019, Ban Chấp hành")


def test_people_named_before_chu_tri_hoi_nghi_are_chairs():
    text = ("Ngày 2/6/2022, Thị ủy Bỉm Sơn tổ chức Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 8. "
            "Đồng chí Nguyễn Văn Khang - Bí thư Thị ủy; đồng chí Đỗ Thu Hà - Chủ tịch UBND thị xã chủ trì Hội nghị.")
    m = only(meetings_of(text, ("Nguyễn Văn Khang", "Đỗ Thu Hà")), "hoi-nghi", 8)
    assert m.chairs == ["Nguyễn Văn Khang", "Đỗ Thu Hà"]
    assert m.body == "Ban Chấp hành Đảng bộ thị xã"


def test_tham_du_va_chu_tri_lists_chairs_not_attendees():
    text = ("Ngày 5/11, Quận ủy Ngô Quyền đã tổ chức Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ quận khóa XXIV. "
            "Tham dự và chủ trì hội nghị có các đồng chí Vũ Thành Long, Bí thư Quận ủy; Đặng Thị Hoa, Phó Bí thư.")
    m = only(meetings_of(text, ("Vũ Thành Long", "Đặng Thị Hoa")), "hoi-nghi", 3)
    assert (m.chairs, m.attendees) == (["Vũ Thành Long", "Đặng Thị Hoa"], [])
    assert (m.term, m.body) == ("XXIV", "Ban Chấp hành Đảng bộ quận Ngô Quyền")


def test_congress_has_a_number_and_period_but_no_term():
    text = "Sáng 20/9, Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XV, nhiệm kỳ 2015 - 2020 khai mạc."
    m = only(meetings_of(text), "dai-hoi", 15)
    assert (m.term, m.period, m.body) == (None, "2015-2020", "Đảng bộ tỉnh Quảng Ninh")


def test_central_plenums_named_as_sources_of_resolutions_share_their_term():
    text = "Quán triệt các Nghị quyết Hội nghị Trung ương 6, Trung ương 7 khóa XIII trong toàn Đảng bộ."
    meetings = meetings_of(text)
    assert [(m.kind, m.number, m.term, m.body) for m in meetings] == [
        ("hoi-nghi", 6, "XIII", "Ban Chấp hành Trung ương"),
        ("hoi-nghi", 7, "XIII", "Ban Chấp hành Trung ương")]


def test_one_plenum_number_with_two_terms_is_two_meetings():
    text = "Thực hiện quyết liệt Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng."
    assert [(m.number, m.term) for m in meetings_of(text)] == [(4, "XI"), (4, "XII")]


def test_ordinal_in_words_is_read_as_the_number():
    text = "thực hiện nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (khóa XIII)."
    m = only(meetings_of(text), "hoi-nghi", 8)
    assert (m.term, m.body) == ("XIII", "Ban Chấp hành Trung ương Đảng")


def test_first_sitting_of_a_committee_is_conference_number_one():
    text = "Tại phiên họp thứ nhất của Ban Chấp hành Đảng bộ huyện Krông Pắc, đồng chí Y Bin được bầu làm Bí thư."
    assert only(meetings_of(text), "hoi-nghi", 1).body == "Ban Chấp hành Đảng bộ huyện Krông Pắc"


def test_held_unnumbered_conference_is_a_meeting_without_number():
    text = "Chiều 8-5, Huyện ủy Tam Nông tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy."
    m = only(meetings_of(text), "hoi-nghi", None)
    assert (m.body, m.name) == ("Huyện ủy Tam Nông", "hội nghị sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TU")


def test_conference_not_held_is_not_a_meeting():
    text = "Một số đơn vị còn chậm triển khai hội nghị chuyên đề về công tác dân vận."
    assert meetings_of(text) == []


def test_generic_congresses_of_all_levels_are_not_meetings():
    text = "Chuẩn bị tốt Đại hội Đảng bộ các cấp và đại hội các cơ sở đoàn trong năm 2019."
    assert meetings_of(text) == []


def test_working_session_chaired_by_a_leader_is_a_conference_with_the_host_as_body():
    text = ("Chiều 3/4, Thủ tướng Phạm Văn Đồng chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy Gia Lai "
            "về phát triển kinh tế. Cùng dự buổi làm việc có đồng chí Hồ Văn Lâm.")
    m = only(meetings_of(text, ("Phạm Văn Đồng", "Hồ Văn Lâm")), "hoi-nghi", None)
    assert (m.body, m.chairs, m.attendees) == ("Ban Thường vụ Tỉnh ủy Gia Lai", ["Phạm Văn Đồng"], ["Hồ Văn Lâm"])


def test_review_held_without_the_word_hoi_nghi_counts_once_the_text_calls_it_one():
    text = ("Sáng 9-12, Ban Thường vụ Tỉnh ủy Bến Tre tổ chức tổng kết 15 năm thực hiện Nghị quyết 09. "
            "Đồng chí Trần Thanh Vân chủ trì hội nghị.")
    m = only(meetings_of(text, ("Trần Thanh Vân",)), "hoi-nghi", None)
    assert (m.body, m.chairs) == ("Ban Thường vụ Tỉnh ủy Bến Tre", ["Trần Thanh Vân"])


def test_adopted_items_are_the_phrases_after_thong_qua():
    text = ("Ngày 4/1/2021, Ban Chấp hành Đảng bộ tỉnh Sơn La tổ chức Hội nghị lần thứ 2; "
            "thông qua Chương trình làm việc toàn khóa.")
    assert only(meetings_of(text), "hoi-nghi", 2).adopted == ["Chương trình làm việc toàn khóa"]


def test_meetings_reach_the_json_record_through_the_public_api():
    text = "Sáng 7/8/2020, Đại hội đại biểu Đảng bộ thị xã Sơn Tây lần thứ XXI, nhiệm kỳ 2020 - 2025 bế mạc."
    extraction = extract_text(text, file="son-tay.txt")
    assert [(m.kind, m.number, m.period, m.date) for m in extraction.meetings] == [
        ("dai-hoi", 21, "2020-2025", "2020-08-07")]


@pytest.mark.parametrize("numeral,value", [("XXV", 25), ("XIV", 14), ("IX", 9), ("IIII", None), ("VX", None)])
def test_roman_numerals(numeral, value):
    assert roman_value(numeral) == value


def test_terms_written_in_digits_become_roman():
    assert to_roman(25) == "XXV"


@pytest.mark.parametrize("words,value", [("sáu", 6), ("mười", 10), ("mười một", 11), ("mười lăm", 15),
                                         ("hai mươi mốt", 21), ("thứ", None)])
def test_number_words(words, value):
    assert words_value(words) == value


def test_committee_and_its_executive_committee_name_one_conference():
    text = ("Hội nghị Tỉnh ủy Hà Tĩnh lần thứ 8 (khóa XIX)\n\n"
            "Ngày 4/7/2022, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XIX tổ chức Hội nghị lần thứ 8.")
    found = meetings_of(text)
    assert [(m.number, m.term, m.body) for m in found] == [(8, "XIX", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh")]


def test_guests_of_a_side_are_attendees():
    text = ("Sáng 3/5/2019, Ban Thường vụ Huyện ủy Kỳ Anh tổ chức hội nghị sơ kết công tác. "
            "Về phía tỉnh Hà Tĩnh có đồng chí Trần Văn Hòa, Phó Chủ tịch UBND tỉnh.")
    meeting = meetings_of(text, people=("Trần Văn Hòa",))[0]
    assert meeting.attendees == ["Trần Văn Hòa"]


def test_presidium_that_runs_a_congress_chairs_it():
    text = ("Sáng 20/9/2015, Đại hội đại biểu Đảng bộ huyện Tiên Du lần thứ XXIII khai mạc. "
            "Đoàn Chủ tịch điều hành Đại hội gồm các đồng chí: Nguyễn Văn Phúc, Bí thư Huyện ủy; "
            "Lê Thị Thu, Phó Bí thư Huyện ủy.")
    meeting = only(meetings_of(text, people=("Nguyễn Văn Phúc", "Lê Thị Thu")), "dai-hoi", 23)
    assert meeting.chairs == ["Nguyễn Văn Phúc", "Lê Thị Thu"]


def test_guest_of_a_closing_session_attends_the_congress():
    text = ("Chiều 14/7/2020, Đại hội đại biểu Đảng bộ huyện Hậu Lộc lần thứ XXVI bế mạc. "
            "Dự phiên bế mạc có đồng chí Lê Quang Hưng, Trưởng Ban Dân vận Tỉnh ủy.")
    meeting = only(meetings_of(text, people=("Lê Quang Hưng",)), "dai-hoi", 26)
    assert meeting.attendees == ["Lê Quang Hưng"]


def test_who_reported_after_their_titles_attended():
    text = ("Ngày 5/9/2008, Ban Chấp hành Đảng bộ huyện Hòa Vang tổ chức Hội nghị lần thứ 9. "
            "Cũng tại hội nghị, đồng chí Đoàn Văn Tư, Phó Chủ tịch UBND huyện đã báo cáo tình hình kinh tế.")
    meeting = only(meetings_of(text, people=("Đoàn Văn Tư",)), "hoi-nghi", 9)
    assert meeting.attendees == ["Đoàn Văn Tư"]


def test_a_later_bare_conference_refers_to_the_named_one_not_to_a_review():
    text = ("Chiều 25/12/2024, Ban Chấp hành Đảng bộ quận Bình Thủy khóa XIII tổ chức Hội nghị lần thứ 21. "
            "Quận ủy cũng đã tổ chức sơ kết Nghị quyết 07 của Thành ủy. "
            "Tại hội nghị, bà Phạm Thị Lệ trình bày dự thảo báo cáo.")
    found = meetings_of(text, people=("Phạm Thị Lệ",))
    assert [(m.number, m.attendees) for m in found] == [(21, ["Phạm Thị Lệ"])]


def test_a_sitting_named_in_a_fronted_phrase_is_held_by_the_body_that_acts_at_it():
    text = ("Chiều 9/8/2020, Đại hội đại biểu Đảng bộ huyện Quỳ Hợp lần thứ XXIX bế mạc. "
            "Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ huyện đã bầu Ban Thường vụ Huyện ủy.")
    assert only(meetings_of(text), "hoi-nghi", 1).body == "Ban Chấp hành Đảng bộ huyện Quỳ Hợp"


def test_a_congress_named_by_number_alone_is_the_previous_congress_of_the_same_body():
    text = ("Sáng 13/10/2010, Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XVII khai mạc. "
            "Nhiệm kỳ qua, Đảng bộ tỉnh đã thực hiện thắng lợi Nghị quyết Đại hội XVI.")
    assert only(meetings_of(text), "dai-hoi", 16).body == "Đảng bộ tỉnh Bắc Giang"


def test_a_conference_announcing_decisions_is_not_a_class_of_conferences():
    text = ("Sáng ngày 05 tháng 01 năm 2019, Ban Thường vụ Huyện ủy Yên Phong tổ chức hội nghị "
            "công bố các quyết định về công tác cán bộ.")
    found = meetings_of(text)
    assert [(m.kind, m.number, m.body) for m in found] == [("hoi-nghi", None, "Ban Thường vụ Huyện ủy Yên Phong")]


def test_second_presenter_named_with_posts_before_bao_cao_attends():
    from extract import extract_text
    text = ("Ngày 9/3/2021, Ban Chấp hành Đảng bộ tỉnh Phú Yên tổ chức Hội nghị lần thứ 5. "
            "Hội nghị đã nghe đồng chí Lê Văn An trình bày báo cáo; đồng chí Đinh Thị Hoa, "
            "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy báo cáo kết quả công tác dân vận.")
    meeting = extract_text(text, "t.txt").meetings[0]
    assert meeting.attendees == ["Lê Văn An", "Đinh Thị Hoa"]
