"""Organisations: every distinct body named, written out, with parent, level and mentions."""
from __future__ import annotations

from extract import extract_text

from ._bodies import names, organisation, read

DISTRICT = {"locality": "quận Ninh Kiều", "level": "district", "province": "Cần Thơ"}


def test_board_of_a_committee_has_the_committee_as_parent():
    found = read("Ban Tổ chức Thành ủy Đà Nẵng tổ chức hội nghị.")
    assert organisation(found, "Ban Tổ chức Thành ủy Đà Nẵng").parent == "Thành ủy Đà Nẵng"


def test_parent_named_only_inside_a_longer_name_is_listed_with_its_nested_mention():
    found = read("Ban Thường vụ Huyện ủy Cẩm Xuyên họp phiên thường kỳ.")
    assert names(found) == {"Ban Thường vụ Huyện ủy Cẩm Xuyên", "Huyện ủy Cẩm Xuyên"}
    assert organisation(found, "Huyện ủy Cẩm Xuyên").mentions == [(14, 32)]


def test_bare_committee_and_named_committee_are_one_body_named_in_full():
    text = "Quận ủy Ninh Kiều tổ chức hội nghị. Quận ủy đã ban hành kế hoạch."
    found = read(text, **DISTRICT)
    assert names(found) == {"Quận ủy Ninh Kiều"}
    assert organisation(found, "Quận ủy Ninh Kiều").mentions == [(0, 17), (36, 43)]


def test_abbreviations_are_written_out():
    found = read("UBND huyện Mỹ Hào và MTTQ huyện phối hợp với UBKT Huyện ủy.")
    assert names(found) == {"Ủy ban nhân dân huyện Mỹ Hào", "Mặt trận Tổ quốc huyện",
                            "Ủy ban Kiểm tra Huyện ủy", "Huyện ủy"}


def test_levels_follow_the_body_or_its_place():
    found = read("Tỉnh ủy Bắc Ninh, Ủy ban nhân dân thị xã Từ Sơn, Bộ Chính trị và Đảng ủy phường Đông Ngàn.")
    assert {o.name: o.level for o in found.organisations} == {
        "Tỉnh ủy Bắc Ninh": "province", "Ủy ban nhân dân thị xã Từ Sơn": "district",
        "Bộ Chính trị": "central", "Đảng ủy phường Đông Ngàn": "ward"}


def test_collective_references_are_not_organisations():
    text = "Các cấp ủy, các quận ủy, huyện ủy và Đảng ủy 20 phường quán triệt; Đảng bộ các cấp thực hiện."
    assert names(read(text, **DISTRICT)) == set()


def test_unnamed_lower_level_bodies_in_a_district_text_are_a_class():
    text = "Đảng ủy phường và Ủy ban nhân dân phường triển khai kế hoạch của Quận ủy."
    assert names(read(text, **DISTRICT)) == {"Quận ủy"}


def test_venue_is_not_a_body_but_the_body_inside_it_is():
    found = read("Hội nghị diễn ra tại Hội trường Quận ủy Cầu Giấy.")
    assert names(found) == {"Quận ủy Cầu Giấy"}


def test_membership_word_is_not_a_mention_of_the_committee():
    assert names(read("Các đồng chí Thành ủy viên dự họp.")) == set()


def test_title_words_are_not_taken_for_a_standing_office():
    found = read("Đồng chí Mai Văn Chính, Phó Bí thư Thường trực Tỉnh ủy Long An dự.")
    assert names(found) == {"Tỉnh ủy Long An"}


def test_central_committee_is_written_out_and_the_party_is_its_parent():
    found = read("Nghị quyết của Ban Chấp hành Trung ương Đảng và của Trung ương được quán triệt.")
    assert names(found) == {"Ban Chấp hành Trung ương Đảng", "Đảng"}
    assert organisation(found, "Ban Chấp hành Trung ương Đảng").parent == "Đảng"


def test_plenum_number_after_trung_uong_is_a_meeting_not_a_body():
    assert names(read("Nghị quyết Hội nghị Trung ương 8 (khóa XIII) được triển khai.")) == set()


def test_steering_committee_keeps_its_description():
    found = read("Ban Chỉ đạo của Tỉnh ủy về thực hiện NQ 35 họp.")
    assert names(found) == {"Ban Chỉ đạo của Tỉnh ủy về thực hiện Nghị quyết 35", "Tỉnh ủy"}


def test_delegation_of_the_national_assembly_has_the_assembly_as_parent():
    found = read("Trưởng Đoàn đại biểu Quốc hội Hải Dương phát biểu.")
    assert organisation(found, "Đoàn đại biểu Quốc hội Hải Dương").parent == "Quốc hội"


def test_upper_case_heading_names_the_same_body_as_running_text():
    text = "T/M BAN CHẤP HÀNH ĐẢNG BỘ QUẬN\nBan Chấp hành Đảng bộ quận đã lãnh đạo tốt."
    found = read(text, locality="quận 4", level="district")
    assert organisation(found, "Ban Chấp hành Đảng bộ quận").mentions == [(4, 30), (31, 57)]


def test_extract_text_lists_organisations_through_the_whole_pipeline():
    names_found = {o.name for o in extract_text("Sở Nội vụ tỉnh Bình Định tổ chức hội nghị.").organisations}
    assert "Sở Nội vụ tỉnh Bình Định" in names_found


def test_an_ordinal_before_a_name_does_not_make_it_a_class():
    found = read("Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ huyện Tiên Lãng khóa XXV.")
    assert "Ban Chấp hành Đảng bộ huyện Tiên Lãng" in names(found)


def test_bare_standing_board_is_the_board_of_the_document_committee():
    text = "Huyện ủy đã lãnh đạo tốt. Ban Thường vụ còn chủ quan trong đánh giá cán bộ."
    found = read(text, locality="huyện Gia Lâm", level="district")
    assert organisation(found, "Ban Thường vụ Huyện ủy").parent == "Huyện ủy"


def test_doan_with_a_place_is_the_youth_union_written_out():
    found = read("Ban Chấp hành Đoàn xã Yên Lạc ra mắt.")
    assert names(found) == {"Ban Chấp hành Đoàn Thanh niên xã Yên Lạc", "Đoàn Thanh niên xã Yên Lạc"}


def test_unit_named_only_in_a_post_is_listed_under_the_body_after_it():
    text = "Dự có đồng chí Lưu Thị Hoa - Phó Trưởng phòng theo dõi công tác tôn giáo, Ban Dân vận Tỉnh ủy."
    found = read(text)
    assert organisation(found, "Phòng theo dõi công tác tôn giáo").parent == "Ban Dân vận Tỉnh ủy"


def test_committee_in_a_capitals_heading_takes_its_place_in_title_case():
    text = "ĐẢNG BỘ TỈNH BÌNH DƯƠNG\nHUYỆN ỦY BẮC TÂN UYÊN\n\nHuyện ủy đã lãnh đạo tốt."
    found = read(text)
    assert names(found) == {"Đảng bộ tỉnh Bình Dương", "Huyện ủy Bắc Tân Uyên"}
    assert organisation(found, "Huyện ủy Bắc Tân Uyên").mentions == [(24, 45), (47, 55)]


def test_abbreviation_inside_a_longer_form_is_written_out():
    found = read("Ủy ban MTTQ tỉnh Hà Giang phát động phong trào.")
    assert names(found) == {"Ủy ban Mặt trận Tổ quốc tỉnh Hà Giang"}


def test_ministry_and_department_names_come_from_the_table_or_a_title():
    text = "Bộ Tài chính, Sở Văn hóa, Thể thao và Du lịch và Giám đốc Sở Ngoại vụ triển khai Bộ Tiêu chí mới."
    assert names(read(text)) == {"Bộ Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ"}


def test_party_committee_of_a_named_body_has_that_body_as_parent():
    found = read("Đảng ủy Công an tỉnh Lào Cai và Đảng ủy Khối các cơ quan tỉnh họp.")
    assert organisation(found, "Đảng ủy Công an tỉnh Lào Cai").parent == "Công an tỉnh Lào Cai"
    assert "Đảng ủy Khối các cơ quan tỉnh" in names(found)


def test_boards_listed_before_a_board_with_its_committee_share_the_committee():
    found = read("Ban Chấp hành, Ban Thường vụ và Thường trực Tỉnh ủy Yên Bái đã lãnh đạo tốt.")
    assert names(found) == {"Ban Chấp hành Tỉnh ủy Yên Bái", "Ban Thường vụ Tỉnh ủy Yên Bái",
                            "Thường trực Tỉnh ủy Yên Bái", "Tỉnh ủy Yên Bái"}
    assert organisation(found, "Ban Thường vụ Tỉnh ủy Yên Bái").mentions == [(15, 28)]


def test_committees_listed_after_a_generic_one_are_a_class_too():
    text = "Tỉnh ủy Hà Giang yêu cầu các Huyện ủy, Thị ủy, Thành ủy trực thuộc báo cáo trước ngày 30/6."
    assert names(read(text)) == {"Tỉnh ủy Hà Giang"}


def test_a_body_of_another_kind_listed_after_a_generic_one_stays_a_body():
    text = "Các Ban Đảng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy phối hợp thực hiện."
    assert names(read(text)) == {"Ủy ban Kiểm tra Tỉnh ủy", "Tỉnh ủy"}


def test_a_time_stamp_line_above_a_title_does_not_make_its_body_a_class():
    text = "25/12/2024 - 16:10\n\nHuyện ủy Phong Điền tổ chức hội nghị\n\nNgày 25/12, Huyện ủy tổ chức hội nghị."
    assert [o.name for o in extract_text(text).organisations] == ["Huyện ủy Phong Điền"]


def test_a_city_within_a_province_is_a_district_beside_the_province():
    text = ("Chiều 22/7/2015, Đại hội đại biểu Đảng bộ thành phố Hạ Long lần thứ XXV bế mạc. "
            "Đại hội bầu Ban Chấp hành Đảng bộ thành phố khóa XXV; tiếp tục thực hiện Nghị quyết "
            "của Ban Chấp hành Đảng bộ tỉnh về tăng trưởng xanh.")
    found = {o.name: o.level for o in extract_text(text).organisations}
    assert (found["Ban Chấp hành Đảng bộ thành phố"], found["Ban Chấp hành Đảng bộ tỉnh"]) == ("district", "province")


def test_a_named_body_followed_by_truc_thuoc_is_one_body_not_a_class():
    text = "Đảng bộ phường Tân Định trực thuộc Thành ủy, có 42 chi bộ trực thuộc."
    assert names(read(text, **DISTRICT)) == {"Đảng bộ phường Tân Định", "Thành ủy"}


def test_a_province_named_with_a_spaced_hyphen_is_read_whole():
    text = "Đảng bộ tỉnh Bà Rịa - Vũng Tàu có 18 đảng bộ trực thuộc; Tỉnh ủy Thừa Thiên Huế cử đoàn học tập."
    assert names(read(text, **DISTRICT)) == {"Đảng bộ tỉnh Bà Rịa - Vũng Tàu", "Tỉnh ủy Thừa Thiên Huế"}


def test_a_communes_party_building_board_is_a_board_of_its_party_committee():
    text = "Đồng chí Lục Văn Khoa, Trưởng Ban Xây dựng Đảng Đảng ủy xã Yên Lập phát biểu."
    found = read(text, locality="xã Yên Lập", level="ward")
    assert names(found) == {"Ban Xây dựng Đảng Đảng ủy xã Yên Lập", "Đảng ủy xã Yên Lập"}
