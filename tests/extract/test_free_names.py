"""Free-form body names: a kind word ("Công ty cổ phần", "Trung tâm", "Ban
Quản lý", "Chi cục", "Đài", "Vụ", "Công đoàn") followed by the body's own
name, read up to a clear boundary (punctuation, a place, another body, a
title, a verb or function word of data/tables/name_boundaries.yaml)."""
from __future__ import annotations

from ._bodies import names, organisation, read

TOWN = {"locality": "thị xã Phú Mỹ", "level": "district", "province": "Bà Rịa - Vũng Tàu"}
DISTRICT = {"locality": "huyện Yên Thế", "level": "district", "province": "Bắc Giang"}


def test_centre_name_runs_on_in_lower_case_until_its_place():
    found = read("Trung tâm Phát triển quỹ đất huyện Yên Thế rà soát quỹ đất công.")
    assert names(found) == {"Trung tâm Phát triển quỹ đất huyện Yên Thế"}


def test_management_board_name_may_begin_in_lower_case_when_a_place_closes_it():
    found = read("Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất thị xã hoàn thành 12 công trình.", **TOWN)
    assert names(found) == {"Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất thị xã"}


def test_company_name_ends_at_a_verb_and_keeps_its_legal_form():
    found = read("Công ty TNHH Dệt may Hoàng Sơn tuyển dụng thêm 300 lao động.")
    assert names(found) == {"Công ty TNHH Dệt may Hoàng Sơn"}


def test_party_cell_of_a_company_has_the_company_as_parent():
    found = read("Kiểm tra Chi bộ Công ty cổ phần Cấp thoát nước Yên Bái và Đảng bộ xã Tân Lập.")
    assert organisation(found, "Chi bộ Công ty cổ phần Cấp thoát nước Yên Bái").parent == \
        "Công ty cổ phần Cấp thoát nước Yên Bái"
    assert "Công ty cổ phần Cấp thoát nước Yên Bái" in names(found)
    assert "Đảng bộ xã Tân Lập" in names(found)


def test_comma_list_inside_a_name_ending_in_va_belongs_to_the_name():
    found = read("Sáp nhập Trung tâm Văn hóa, Thông tin và Thể thao thị xã với Đài Truyền thanh thị xã.", **TOWN)
    assert names(found) == {"Trung tâm Văn hóa, Thông tin và Thể thao thị xã", "Đài Truyền thanh thị xã"}


def test_office_name_with_a_dash_is_read_whole():
    found = read("Phòng Tài chính - Kế hoạch huyện và Phòng Kinh tế - Hạ tầng huyện thẩm định dự án.", **DISTRICT)
    assert names(found) == {"Phòng Tài chính - Kế hoạch huyện", "Phòng Kinh tế - Hạ tầng huyện"}


def test_name_stops_before_a_post_title_after_va():
    found = read("Sở Giáo dục và Đào tạo và Giám đốc Sở Y tế dự họp.")
    assert names(found) == {"Sở Giáo dục và Đào tạo", "Sở Y tế"}


def test_union_of_a_bloc_reads_the_bloc_name_and_its_place():
    found = read("Công đoàn Viên chức tỉnh và Đoàn Thanh niên Khối các cơ quan tỉnh phát động thi đua.")
    assert names(found) == {"Công đoàn Viên chức tỉnh", "Đoàn Thanh niên Khối các cơ quan tỉnh"}


def test_bare_bloc_committee_is_the_bloc_the_text_names_in_full():
    text = ("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH\n\nĐảng ủy Khối doanh nghiệp tỉnh lãnh đạo 30 tổ chức đảng. "
            "Đảng ủy Khối đã ban hành kế hoạch.")
    found = read(text, locality="tỉnh Bình Phước", level="province", province="Bình Phước")
    assert [o.name for o in found.organisations if "Khối" in o.name] == ["Đảng ủy Khối doanh nghiệp tỉnh"]
    assert len(organisation(found, "Đảng ủy Khối doanh nghiệp tỉnh").mentions) == 3


def test_venue_and_heading_capitals_are_not_free_bodies():
    found = read("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\nHội nghị diễn ra tại Trung tâm Hội nghị tỉnh.")
    assert names(found) == set()


def test_place_named_after_a_kind_word_is_still_a_place():
    found = read("Đảng bộ thành phố Hội An và Đảng bộ xã Vũ Ninh tổ chức đại hội.")
    assert names(found) == {"Đảng bộ thành phố Hội An", "Đảng bộ xã Vũ Ninh"}


def test_a_name_joining_two_places_by_a_spaced_hyphen_keeps_both():
    text = ("Các xã Tân Lập, Hòa Hiệp ký quy chế phối hợp. Ban Quản lý Khu bảo tồn thiên nhiên Tân Lập - Suối Cát "
            "xây dựng phương án chữa cháy.")
    assert names(read(text, **DISTRICT)) == {"Ban Quản lý Khu bảo tồn thiên nhiên Tân Lập - Suối Cát"}


def test_a_school_named_after_a_person_ends_before_the_verb_that_follows_it():
    text = "Tại hội nghị, đại diện Trường Tiểu học Kim Đồng nêu khó khăn về cơ sở vật chất."
    assert names(read(text, **DISTRICT)) == {"Trường Tiểu học Kim Đồng"}
