"""Meetings in the forms held-out documents showed: a congress held by
the Fatherland Front ("Mặt trận Tổ quốc Việt Nam xã ... lần thứ I"), guests who
"đến dự và chỉ đạo" the meeting, and people who announce or speak right after
their name and posts ("đồng chí X, Phó Trưởng Ban ... công bố")."""
from __future__ import annotations

from extract import extract_text


def meetings(text: str):
    return [(m.kind, m.number, m.body, m.chairs, m.attendees) for m in extract_text(text).meetings]


def test_a_congress_of_the_fatherland_front_is_named_with_the_whole_front_and_its_number():
    text = ("Sáng 9/4/2026, Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập tổ chức Đại hội đại biểu "
            "Mặt trận Tổ quốc Việt Nam xã lần thứ I, nhiệm kỳ 2026 - 2031.")
    assert meetings(text) == [("dai-hoi", 1, "Mặt trận Tổ quốc Việt Nam xã Tân Lập", [], [])]


def test_guests_who_den_du_va_chi_dao_a_congress_each_after_dong_chi_attend_it():
    text = ("Ngày 5/6/2019, Hội Cựu chiến binh tỉnh tổ chức Đại hội đại biểu lần thứ VII. Đến dự và chỉ đạo "
            "Đại hội có đồng chí Mạc Văn Tiến, Phó Chủ tịch Hội Cựu chiến binh Việt Nam; đồng chí Hầu Thị Lan, "
            "Phó Bí thư Tỉnh ủy.")
    assert meetings(text)[0][4] == ["Mạc Văn Tiến", "Hầu Thị Lan"]


def test_a_person_who_cong_bo_after_the_posts_attends_the_meeting_of_the_text():
    text = ("Chiều 3/8/2025, Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. "
            "Đồng chí Vương Thị Hà, Phó Trưởng Ban Tổ chức Tỉnh ủy công bố Quyết định số 12-QĐ/TU.")
    assert meetings(text)[0][4] == ["Vương Thị Hà"]


def test_a_person_who_phat_bieu_right_after_the_name_attends_the_meeting_of_the_text():
    text = ("Chiều 3/8/2025, Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. "
            "Thay mặt Ban Chấp hành Đảng bộ xã, đồng chí Đàm Văn Thức phát biểu nhận nhiệm vụ.")
    assert meetings(text)[0][4] == ["Đàm Văn Thức"]


def test_an_inspection_committee_with_its_province_in_brackets_holds_its_conference():
    text = ("Ngày 8/1/2022, Ủy ban Kiểm tra Huyện ủy Thuận Châu (Sơn La) tổ chức hội nghị tổng kết công tác "
            "năm 2021. Đồng chí Quàng Văn Pọm, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy chủ trì hội nghị.")
    assert meetings(text) == [("hoi-nghi", None, "Ủy ban Kiểm tra Huyện ủy Thuận Châu", ["Quàng Văn Pọm"], [])]


def test_a_working_conference_with_a_board_is_held_with_that_board_and_its_delegation_and_hosts_attend():
    text = ("Sáng 2/10/2018, đoàn công tác Trung ương do đồng chí Khổng Minh Đạt, Trưởng Ban Dân vận Trung ương "
            "làm trưởng đoàn đã chủ trì hội nghị làm việc với Ban Thường vụ Tỉnh ủy Hòa Bình. Cùng đi với đoàn "
            "có đồng chí Vi Văn Hiển, Phó Trưởng Ban Dân vận Trung ương. Tiếp và làm việc với đoàn có đồng chí "
            "Quách Thị Mến, Bí thư Tỉnh ủy.")
    assert meetings(text) == [("hoi-nghi", None, "Ban Thường vụ Tỉnh ủy Hòa Bình", ["Khổng Minh Đạt"],
                               ["Vi Văn Hiển", "Quách Thị Mến"])]


def test_a_dated_conference_a_board_organised_without_a_purpose_is_a_meeting():
    text = ("Chiều 12/6/2024, Ban Thường vụ Thành ủy Thái Nguyên tổ chức hội nghị. Dự hội nghị có đồng chí "
            "Nông Văn Tiến, Bí thư Thành ủy; cùng đại diện lãnh đạo các sở, ngành.")
    assert meetings(text) == [("hoi-nghi", None, "Ban Thường vụ Thành ủy Thái Nguyên", [], ["Nông Văn Tiến"])]


def test_guests_after_con_co_attend():
    text = ("Sáng 5/3/2023, Tỉnh ủy Lạng Sơn tổ chức hội nghị quán triệt Nghị quyết. Tham dự hội nghị còn có "
            "đồng chí Lộc Thị Hà, Phó Chủ tịch UBND tỉnh.")
    assert meetings(text)[0][4] == ["Lộc Thị Hà"]


def test_the_speaker_named_as_the_conferences_bao_cao_vien_attends():
    text = ("Sáng 5/3/2023, Tỉnh ủy Lạng Sơn tổ chức hội nghị quán triệt Nghị quyết. Báo cáo viên tại hội nghị "
            "là đồng chí Hoàng Văn Nghiệm, Trưởng Ban Tuyên giáo Tỉnh ủy.")
    assert meetings(text)[0][4] == ["Hoàng Văn Nghiệm"]


def test_a_youth_union_congress_is_held_by_the_whole_union_named_with_its_province():
    text = ("Sáng 20/10/2022, Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Kiên Giang tổ chức Đại hội đại biểu "
            "lần thứ XI.")
    assert meetings(text) == [("dai-hoi", 11, "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Kiên Giang", [], [])]


def test_a_term_after_a_comma_following_the_number_is_the_meetings_term():
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Sơn La lần thứ 15, khóa XV đã khai mạc sáng 6/6/2023. "
            "Đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy chủ trì.")
    assert [(m.number, m.term) for m in extract_text(text).meetings] == [(15, "XV")]


def test_a_congress_of_the_party_organisation_of_a_peoples_committee_is_held_by_it():
    text = ("Ngày 20/8/2025, Đảng bộ Ủy ban nhân dân tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ I, "
            "nhiệm kỳ 2025 - 2030.")
    assert meetings(text) == [("dai-hoi", 1, "Đảng bộ Ủy ban nhân dân tỉnh Tây Ninh", [], [])]


def test_the_first_conference_after_a_congress_is_held_by_the_committee_it_elected():
    text = ("Ngày 20/8/2025, Đảng bộ xã Mỹ Yên tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
            "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 25 đồng chí. Tại hội nghị lần thứ nhất, "
            "đồng chí Trần Văn Lâm được bầu giữ chức Bí thư Đảng ủy xã.")
    assert [(m.kind, m.number, m.term, m.body) for m in extract_text(text).meetings] == [
        ("dai-hoi", 1, None, "Đảng bộ xã Mỹ Yên"), ("hoi-nghi", 1, "I", "Ban Chấp hành Đảng bộ xã Mỹ Yên")]


def test_a_conference_named_by_its_body_in_a_dated_sentence_was_held():
    text = "Trước đó, ngày 10/5/2022, Hội nghị Ban Thường vụ Huyện ủy Tiên Yên mở rộng đã cho ý kiến về nhân sự."
    assert meetings(text) == [("hoi-nghi", None, "Ban Thường vụ Huyện ủy Tiên Yên", [], [])]


def test_the_leader_who_has_a_working_session_and_the_delegation_members_attend_it():
    text = ("Chiều 5/9/2024, đồng chí Lê Minh Khái, Bí thư Trung ương Đảng đã có buổi làm việc với Ban Thường vụ "
            "Tỉnh ủy Hậu Giang. Tham gia đoàn công tác có các đồng chí: Phan Đình Trạc, Trưởng Ban Nội chính "
            "Trung ương; Võ Văn Dũng, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    assert meetings(text) == [("hoi-nghi", None, "Ban Thường vụ Tỉnh ủy Hậu Giang", [],
                               ["Phan Đình Trạc", "Võ Văn Dũng", "Lê Minh Khái"])]


def test_a_congress_named_for_its_members_before_its_number_keeps_the_number():
    text = ("Ngày 9/6/2021, Hội Liên hiệp Phụ nữ huyện Thuận Châu tổ chức Đại hội đại biểu Phụ nữ huyện "
            "lần thứ XXI, nhiệm kỳ 2021 - 2026.")
    assert meetings(text) == [("dai-hoi", 21, "Hội Liên hiệp Phụ nữ huyện Thuận Châu", [], [])]


def test_people_who_tham_luan_or_trao_after_their_posts_attend():
    text = ("Sáng 5/3/2023, Huyện ủy Bình Liêu tổ chức hội nghị sơ kết. Đồng chí Hoàng Thị Lan, Trưởng Ban Dân vận "
            "Huyện ủy tham luận về công tác dân vận. Thay mặt Ban Thường vụ Huyện ủy, đồng chí Lê Văn Hùng, "
            "Bí thư Huyện ủy trao Bằng khen cho 5 tập thể.")
    assert meetings(text)[0][4] == ["Hoàng Thị Lan", "Lê Văn Hùng"]


def test_the_person_who_gives_the_conclusion_of_the_conference_attends():
    text = ("Sáng 5/3/2023, Huyện ủy Bình Liêu tổ chức hội nghị sơ kết. Kết luận hội nghị, đồng chí Lê Văn Hùng "
            "yêu cầu các cấp ủy tiếp tục thực hiện.")
    assert meetings(text)[0][4] == ["Lê Văn Hùng"]


def test_a_person_who_reports_to_the_delegation_in_a_fronted_phrase_attends():
    text = ("Chiều 5/9/2024, đồng chí Lê Minh Khái, Bí thư Trung ương Đảng đã có buổi làm việc với Ban Thường vụ "
            "Tỉnh ủy Hậu Giang. Báo cáo với đoàn, đồng chí Trần Văn Huyến, Phó Bí thư Tỉnh ủy cho biết "
            "tỉnh đã hoàn thành các chỉ tiêu.")
    assert meetings(text)[0][4] == ["Trần Văn Huyến", "Lê Minh Khái"]


def test_a_youth_union_congress_named_with_the_abbreviated_union_keeps_its_number_and_holder():
    text = ("Sáng 9/7/2022, Huyện đoàn Cái Bè (Tiền Giang) tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện "
            "lần thứ XII, nhiệm kỳ 2022 - 2027.")
    assert meetings(text) == [("dai-hoi", 12, "Đoàn TNCS Hồ Chí Minh huyện", [], [])]


def test_the_party_organisation_of_the_provinces_party_agencies_holds_its_congress():
    text = ("Ngày 25/7/2025, Đảng bộ các cơ quan Đảng tỉnh Quảng Trị tổ chức Đại hội đại biểu lần thứ I, "
            "nhiệm kỳ 2025 - 2030.")
    assert meetings(text) == [("dai-hoi", 1, "Đảng bộ các cơ quan Đảng tỉnh Quảng Trị", [], [])]


def test_a_bloc_party_committee_holds_its_conference():
    text = "Sáng 10/9/2025, Đảng ủy Khối các cơ quan tỉnh Quảng Trị tổ chức hội nghị quán triệt Nghị quyết."
    assert meetings(text) == [("hoi-nghi", None, "Đảng ủy Khối các cơ quan tỉnh Quảng Trị", [], [])]
