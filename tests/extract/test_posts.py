"""Posts: the role each person is given and the body it is held in, written out."""
from __future__ import annotations

from ._bodies import person, posts, read

DISTRICT = {"locality": "quận 9", "level": "district"}


def test_titles_after_a_name_are_each_a_post():
    text = "Đồng chí Lê Văn Hùng - Thành ủy viên, Bí thư Quận ủy Gò Vấp phát biểu."
    assert posts(read(text, locality="quận Gò Vấp", level="district"), "Lê Văn Hùng") == {
        ("Thành ủy viên", "Thành ủy"), ("Bí thư", "Quận ủy Gò Vấp")}


def test_bare_committee_is_tied_to_the_document_place():
    text = "Tham dự có đồng chí Trần Văn Bảy, Phó Bí thư Quận ủy."
    assert posts(read(text, **DISTRICT), "Trần Văn Bảy") == {("Phó Bí thư", "Quận ủy quận 9")}


def test_bare_party_title_is_a_post_in_the_document_committee():
    text = "Đồng chí Cao Văn Minh, Phó Bí thư, Chủ tịch Ủy ban nhân dân quận dự họp."
    assert posts(read(text, **DISTRICT), "Cao Văn Minh") == {
        ("Phó Bí thư", "Quận ủy quận 9"), ("Chủ tịch", "Ủy ban nhân dân quận 9")}


def test_abbreviations_in_bodies_are_written_out():
    text = "Đồng chí Đỗ Thị Hạnh - Phó Chủ tịch HĐND huyện Kỳ Anh dự."
    assert posts(read(text), "Đỗ Thị Hạnh") == {("Phó Chủ tịch", "Hội đồng nhân dân huyện Kỳ Anh")}


def test_uvtv_is_a_member_of_the_standing_board_of_the_document_committee():
    text = "Đồng chí Vũ Minh Đức - UVTV, Trưởng Ban Tổ chức Huyện ủy trình bày."
    assert posts(read(text, locality="huyện Thủy Nguyên", level="district"), "Vũ Minh Đức") == {
        ("Ủy viên Ban Thường vụ", "Huyện ủy huyện Thủy Nguyên"),
        ("Trưởng ban", "Ban Tổ chức Huyện ủy huyện Thủy Nguyên")}


def test_phó_bí_thư_thường_trực_is_one_title():
    text = "Phó bí thư Thường trực Tỉnh ủy Bùi Thanh Sơn báo cáo."
    assert posts(read(text, locality="Quảng Ninh", level="province"), "Bùi Thanh Sơn") == {
        ("Phó Bí thư Thường trực", "Tỉnh ủy Quảng Ninh")}


def test_central_titles_name_their_central_bodies():
    text = ("Dự có đồng chí Đinh Văn Hòa, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, "
            "Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    assert posts(read(text), "Đinh Văn Hòa") == {
        ("Ủy viên", "Bộ Chính trị"), ("Bí thư", "Ban Chấp hành Trung ương Đảng"),
        ("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")}


def test_tong_bi_thu_implies_the_central_committee():
    text = "Tổng Bí thư, Chủ tịch nước Tô Lâm phát biểu."
    assert posts(read(text), "Tô Lâm") == {("Tổng Bí thư", "Ban Chấp hành Trung ương"),
                                           ("Chủ tịch nước", "Nhà nước")}


def test_director_of_a_department_keeps_the_department_name():
    text = "Ông Phan Văn Mãi giữ chức Giám đốc Sở Kế hoạch và Đầu tư."
    assert posts(read(text), "Phan Văn Mãi") == {("Giám đốc", "Sở Kế hoạch và Đầu tư")}


def test_elected_as_gives_the_post_to_each_person_named_before_it():
    text = "Các đồng chí Lê Thanh Hà và Nguyễn Văn Tâm được bầu làm Phó Bí thư Huyện ủy Hậu Lộc."
    found = read(text)
    assert posts(found, "Lê Thanh Hà") == {("Phó Bí thư", "Huyện ủy Hậu Lộc")}
    assert posts(found, "Nguyễn Văn Tâm") == {("Phó Bí thư", "Huyện ủy Hậu Lộc")}


def test_title_of_someone_not_yet_named_is_not_given_to_the_subject():
    text = "Ông Đỗ Văn Trí phụ trách Đảng bộ cho đến khi có nhân sự giữ chức Bí thư Quận ủy."
    assert posts(read(text, **DISTRICT), "Đỗ Văn Trí") == set()


def test_signatory_holds_the_title_in_the_committee_signed_for():
    text = ("BÁO CÁO\nTổng kết\nNội dung\n"
            "Ban Chấp hành Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu của nghị quyết năm nay.\n\n"
            "T/M BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nHoàng Thị Lan\n")
    found = read(text, locality="thị xã Sơn Tây", level="district")
    assert posts(found, "Hoàng Thị Lan") == {("Phó Bí thư Thường trực", "Thị ủy thị xã Sơn Tây")}


def test_every_post_points_to_its_sentence():
    text = "Mở đầu. Đồng chí Lý Văn Sơn, Bí thư Tỉnh ủy Lạng Sơn phát biểu."
    post = person(read(text), "Lý Văn Sơn").posts[0]
    assert post.evidence == (8, 63)


def test_state_titles_take_the_body_named_after_them():
    text = ("Dự có Phó Thủ tướng Chính phủ Trần Hồng Hà; Chủ tịch Quốc hội Vương Đình Huệ; "
            "Bộ trưởng Bộ Công an Lương Tam Quang; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Phạm Văn Nam.")
    found = read(text, locality="tỉnh Sơn La", level="province")
    assert posts(found, "Trần Hồng Hà") == {("Phó Thủ tướng", "Chính phủ")}
    assert posts(found, "Vương Đình Huệ") == {("Chủ tịch", "Quốc hội")}
    assert posts(found, "Lương Tam Quang") == {("Bộ trưởng", "Bộ Công an")}
    assert posts(found, "Phạm Văn Nam") == {("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Sơn La")}


def test_city_short_form_is_written_out_in_the_body():
    text = "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh phát biểu."
    assert posts(read(text), "Trần Sỹ Thanh") == {("Chủ tịch", "Ủy ban nhân dân Thành phố Hà Nội")}


def test_given_name_that_looks_like_an_abbreviation_stays_in_the_name():
    text = "Bí thư Đảng ủy xã Tân Phú Nguyễn Văn Tư dự họp."
    assert posts(read(text), "Nguyễn Văn Tư") == {("Bí thư", "Đảng ủy xã Tân Phú")}


def test_former_title_in_brackets_and_term_after_the_body_are_read():
    text = ("Ông Lò Văn Tiến (nguyên Bí thư Huyện ủy Mường La) và Bí thư Huyện ủy Quỳnh Nhai "
            "khóa XX Cầm Văn Đoan dự lễ.")
    found = read(text)
    assert posts(found, "Lò Văn Tiến") == {("Bí thư", "Huyện ủy Mường La")}
    assert posts(found, "Cầm Văn Đoan") == {("Bí thư", "Huyện ủy Quỳnh Nhai")}


def test_party_title_without_body_takes_the_committee_named_later_in_the_list():
    text = "Đồng chí Hà Văn Tú, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang dự."
    found = read(text, locality="huyện Sơn Dương", level="district")
    assert posts(found, "Hà Văn Tú") == {("Ủy viên Ban Thường vụ", "Tỉnh ủy Tuyên Quang"),
                                         ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Tuyên Quang")}


def test_district_office_after_a_lower_case_title_is_written_with_its_place():
    text = "Cùng dự có trưởng phòng Nội vụ huyện Lê Văn Dũng."
    found = read(text, locality="huyện Cẩm Xuyên", level="district")
    assert posts(found, "Lê Văn Dũng") == {("Trưởng phòng", "Phòng Nội vụ huyện Cẩm Xuyên")}


def test_head_of_an_agency_signing_under_its_title_holds_it_in_the_heading_body():
    text = ("SỞ Y TẾ TỈNH LONG AN\nSố: 412/BC-SYT\n\nBÁO CÁO\nKết quả tiêm chủng năm 2022\n\n"
            "Sở Y tế báo cáo kết quả tiêm chủng mở rộng trên địa bàn tỉnh đạt 98%.\n\nGIÁM ĐỐC\n\nPhan Văn Lợi")
    assert posts(read(text, locality="tỉnh Long An", level="province", province="Long An"),
                 "Phan Văn Lợi") == {("Giám đốc", "Sở Y tế tỉnh Long An")}


def test_head_of_a_provincial_national_assembly_delegation_written_short():
    text = "Đồng chí Lê Văn Hà, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh phát biểu."
    assert posts(read(text), "Lê Văn Hà") == {
        ("Bí thư", "Tỉnh ủy"), ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh")}


def test_secretary_of_a_bloc_party_committee_named_alone_holds_it_there():
    text = ("Đảng ủy Khối Cơ quan tỉnh Sóc Trăng tổ chức hội nghị. "
            "Đồng chí Lý Văn Sáu, Bí thư Đảng ủy Khối chủ trì hội nghị.")
    held = posts(read(text, locality="tỉnh Sóc Trăng", level="province"), "Lý Văn Sáu")
    assert {(role, " ".join(body.split()[:3])) for role, body in held} == {("Bí thư", "Đảng ủy Khối")}


def test_chair_of_the_front_committee_of_a_district_written_with_viet_nam():
    text = "Tại hội nghị, bà Trần Thị Lài, Chủ tịch Ủy ban MTTQ Việt Nam quận phát biểu."
    assert posts(read(text, locality="quận Liên Chiểu", level="district"), "Trần Thị Lài") == {
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam quận Liên Chiểu")}


def test_a_vice_chair_of_the_fronts_central_committee_holds_the_post_there():
    text = "Dự đại hội có đồng chí Hà Thị Nga, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam."
    assert posts(read(text, **DISTRICT), "Hà Thị Nga") == {
        ("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}


def test_each_of_two_people_joined_by_va_and_a_cue_holds_the_post_after_them():
    text = "Bà Lò Thị Hoa và ông Vi Văn Sơn giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."
    found = read(text, **DISTRICT)
    assert posts(found, "Lò Thị Hoa") == posts(found, "Vi Văn Sơn") == {
        ("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")}


def test_a_bare_title_given_at_a_bodys_sitting_is_held_in_that_body():
    text = ("Tại hội nghị lần thứ nhất của Ủy ban MTTQ Việt Nam tỉnh khóa IX, ông Lý Văn Tài được hiệp thương cử "
            "giữ chức Chủ tịch; bà Lò Thị Hoa và ông Vi Văn Sơn giữ chức Phó Chủ tịch.")
    found = read(text, **DISTRICT)
    assert posts(found, "Lý Văn Tài") == {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")}
    assert posts(found, "Vi Văn Sơn") == {("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")}


def test_a_bare_title_outside_any_sitting_gives_no_post():
    assert posts(read("Bà Lò Thị Hoa và ông Vi Văn Sơn giữ chức Phó Chủ tịch.", **DISTRICT), "Vi Văn Sơn") == set()
