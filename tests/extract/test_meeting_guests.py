"""Who holds and who attends a conference in the forms news items use: a
self-review named with its guest ("Hội nghị kiểm điểm ... của Ban Thường vụ
Huyện ủy X có đồng chí Y dự"), a body followed by its place in apposition,
presenters who "quán triệt", "giới thiệu" or "trao" at the meeting, guests of
a clause-final "dự", and a chair who closes a list of guests."""
from __future__ import annotations

from extract import extract_text


def meetings(text: str):
    return [(m.kind, m.body, m.chairs, m.attendees) for m in extract_text(text).meetings]


def test_a_described_conference_of_a_board_with_its_guest_is_held_by_that_board():
    text = ("Ngày 9/1/2024, Hội nghị kiểm điểm tập thể, cá nhân năm 2023 của Ban Thường vụ Huyện ủy "
            "Thanh Sơn có đồng chí Đỗ Minh Khoa, Ủy viên Ban Thường vụ Tỉnh ủy dự và chỉ đạo. "
            "Đồng chí Bùi Thị Yến, Bí thư Huyện ủy chủ trì hội nghị.")
    assert meetings(text) == [("hoi-nghi", "Ban Thường vụ Huyện ủy Thanh Sơn", ["Bùi Thị Yến"], ["Đỗ Minh Khoa"])]


def test_the_subject_of_a_described_conference_stays_unread_without_guests_after_it():
    text = ("Ngày 9/1/2024, Hội nghị sơ kết việc thực hiện Nghị quyết của Ban Thường vụ Huyện ủy Thanh Sơn "
            "về phát triển chè đã diễn ra. Đồng chí Bùi Thị Yến, Bí thư Huyện ủy chủ trì hội nghị.")
    assert meetings(text) == [("hoi-nghi", None, ["Bùi Thị Yến"], [])]


def test_a_body_followed_by_its_place_in_apposition_holds_the_conference():
    text = ("Sáng 4/4/2023, Đảng ủy Phường 2, thành phố Sóc Trăng tổ chức hội nghị triển khai nhiệm vụ "
            "quý II. Đồng chí Lâm Văn Đức, Bí thư Đảng ủy phường chủ trì hội nghị.")
    assert meetings(text) == [("hoi-nghi", "Đảng ủy Phường 2", ["Lâm Văn Đức"], [])]


def test_people_who_quan_triet_or_gioi_thieu_at_a_named_meeting_attend_it():
    text = ("Sáng 4/4/2023, Đảng ủy Phường 2 tổ chức hội nghị triển khai nhiệm vụ quý II. "
            "Tại hội nghị, đồng chí Trương Văn Lộc, Phó Chủ tịch UBND phường quán triệt kế hoạch; "
            "đồng chí Kim Thị Sa Rết, Phó Giám đốc Trung tâm Văn hóa thành phố giới thiệu phần mềm mới.")
    assert meetings(text)[0][3] == ["Trương Văn Lộc", "Kim Thị Sa Rết"]


def test_a_person_who_quan_triet_in_a_sentence_without_the_meeting_does_not_attend():
    text = ("Sáng 4/4/2023, Đảng ủy Phường 2 tổ chức hội nghị triển khai nhiệm vụ quý II. "
            "Trước đó, đồng chí Trương Văn Lộc, Phó Chủ tịch UBND phường đã quán triệt kế hoạch tới các khu phố.")
    assert meetings(text)[0][3] == []


def test_a_guest_named_after_the_meeting_who_du_at_the_clause_end_attends():
    text = "Sáng 5/3/2022, Huyện ủy Yên Thế tổ chức Hội nghị lần thứ 12, đồng chí Lâm Văn Cường, Phó Bí thư Tỉnh ủy dự."
    assert meetings(text) == [("hoi-nghi", "Huyện ủy Yên Thế", [], ["Lâm Văn Cường"])]


def test_a_guest_the_meeting_duoc_don_ve_du_attends():
    text = ("Sáng 5/3/2022, Huyện ủy Yên Thế tổ chức Hội nghị lần thứ 12. Hội nghị vinh dự được đón "
            "đồng chí Lâm Văn Cường, Phó Bí thư Tỉnh ủy về dự.")
    assert meetings(text)[0][3] == ["Lâm Văn Cường"]


def test_a_chair_and_a_guest_in_one_list_each_take_their_own_verb():
    text = ("Sáng 5/3/2022, Huyện ủy Yên Thế tổ chức Hội nghị lần thứ 12. Đồng chí Ngô Văn Tài, Bí thư Huyện ủy "
            "chủ trì; đồng chí Lâm Văn Cường, Phó Bí thư Tỉnh ủy dự.")
    assert meetings(text)[0][2:] == (["Ngô Văn Tài"], ["Lâm Văn Cường"])


def test_the_chair_closing_a_list_of_guests_is_the_last_of_the_list_only():
    text = ("Ngày 5/3/2022, UBND huyện Ba Bể tổ chức hội nghị tổng kết công tác năm 2021. Dự hội nghị có "
            "đồng chí Đỗ Thị Minh Hoa, Phó Chủ tịch UBND tỉnh; đồng chí Hoàng Văn Nam, Bí thư Huyện ủy; "
            "đồng chí Triệu Đức Hiển, Chủ tịch UBND huyện chủ trì hội nghị.")
    assert meetings(text) == [("hoi-nghi", "Ủy ban nhân dân huyện Ba Bể", ["Triệu Đức Hiển"],
                               ["Đỗ Thị Minh Hoa", "Hoàng Văn Nam"])]


def test_an_unnumbered_conference_named_by_its_body_and_said_to_take_place_is_a_meeting():
    text = ("Chiều 5/3/2022, Hội nghị Ban Thường vụ Tỉnh ủy Bắc Kạn (mở rộng) đã diễn ra dưới sự chủ trì của "
            "đồng chí Hoàng Duy Chinh, Bí thư Tỉnh ủy.")
    assert meetings(text) == [("hoi-nghi", "Ban Thường vụ Tỉnh ủy Bắc Kạn", ["Hoàng Duy Chinh"], [])]


def test_co_chairs_listed_across_semicolons_all_chair():
    text = ("Sáng 5/3/2022, Ban Chấp hành Đảng bộ tỉnh Bắc Giang tổ chức Hội nghị lần thứ 12. Các đồng chí: "
            "Lâm Văn Cường, Bí thư Tỉnh ủy; Đỗ Thị Hà, Phó Bí thư Thường trực Tỉnh ủy đồng chủ trì hội nghị.")
    assert meetings(text)[0][2] == ["Lâm Văn Cường", "Đỗ Thị Hà"]


def test_the_issuer_of_the_resolution_a_conference_studies_does_not_hold_it():
    text = ("Ngày 9/1/2024, Hội nghị quán triệt Nghị quyết số 05-NQ/TU của Tỉnh ủy có đồng chí Đỗ Minh Khoa, "
            "Phó Bí thư Tỉnh ủy dự và chỉ đạo.")
    assert meetings(text) == [("hoi-nghi", None, [], ["Đỗ Minh Khoa"])]


def test_guests_listed_after_voi_su_tham_du_cua_with_a_highland_surname_all_attend():
    text = ("Sáng 20/4/2023, Huyện ủy Mường Khương tổ chức hội nghị sơ kết giữa nhiệm kỳ với sự tham dự của "
            "các đồng chí Vũ Xuân Cường, Trưởng Ban Tuyên giáo Tỉnh ủy và Lù Văn Chiến, Bí thư Huyện ủy.")
    assert meetings(text) == [("hoi-nghi", "Huyện ủy Mường Khương", [], ["Vũ Xuân Cường", "Lù Văn Chiến"])]


def test_the_person_a_meeting_duoc_nghe_presents_at_it():
    text = ("Sáng 20/4/2023, Huyện ủy Mường Khương tổ chức hội nghị sơ kết giữa nhiệm kỳ. Hội nghị được nghe "
            "đồng chí Lù Văn Chiến, Phó Bí thư Thường trực Huyện ủy thông qua báo cáo sơ kết.")
    assert meetings(text)[0][3] == ["Lù Văn Chiến"]
