"""Bodies held-out documents showed: the central committees of the
national mass organisations, a People's Council's committees, utilities named
by trade and place ("Điện lực Đức Hòa"), and Party cells of villages ("Chi bộ
thôn ...", "Chi bộ bản ...", "Chi bộ ấp ...")."""
from __future__ import annotations

from extract import extract_text

from ._bodies import read


def bodies(text: str, locality: str | None = None, level: str | None = None) -> list[tuple[str, str | None]]:
    return sorted((o.name, o.parent) for o in read(text, locality, level).organisations)


def test_the_central_committee_of_a_national_mass_organisation_runs_to_viet_nam():
    text = "Đồng chí Lò Thị Mai, Ủy viên Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam dự."
    assert bodies(text) == [("Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"),
                            ("Hội Liên hiệp Phụ nữ Việt Nam", None)]


def test_a_committee_of_a_peoples_council_is_named_with_the_council():
    text = "Sau khi xem xét Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh Bình Thuận."
    assert bodies(text) == [("Ban Pháp chế Hội đồng nhân dân tỉnh Bình Thuận", "Hội đồng nhân dân tỉnh Bình Thuận"),
                            ("Hội đồng nhân dân tỉnh Bình Thuận", None)]


def test_a_utility_named_by_its_trade_and_place_is_a_body():
    text = "Ủy ban nhân dân huyện Cần Giuộc phối hợp với Điện lực Cần Giuộc và Viễn thông Long An."
    assert bodies(text, "huyện Cần Giuộc", "district") == [
        ("Viễn thông Long An", None), ("Điện lực Cần Giuộc", None), ("Ủy ban nhân dân huyện Cần Giuộc", None)]


def test_a_trade_word_in_lower_case_names_no_body():
    assert bodies("Ngành điện lực tỉnh đã bảo đảm cấp điện.", "tỉnh Long An", "province") == []


def test_party_cells_of_villages_are_named_with_the_village():
    text = "Đảng ủy xã kiểm tra Chi bộ thôn Hạ Lũng, Chi bộ bản Pá Khoang và Chi bộ ấp 3."
    assert [n for n, _ in bodies(text, "xã Mường Phăng", "ward")] == [
        "Chi bộ bản Pá Khoang", "Chi bộ thôn Hạ Lũng", "Chi bộ ấp 3", "Đảng ủy xã"]


def test_a_village_word_inside_an_ordinary_word_is_no_place():
    text = "Chi bộ ban hành văn bản Hướng dẫn số 05-HD/ĐU."
    assert bodies(text, "xã Mường Phăng", "ward") == [("Chi bộ", None)]


def test_a_village_named_in_a_commune_text_is_not_its_locality():
    text = "Sáng 3/3/2024, Đảng ủy xã Long Hựu tổ chức hội nghị tại ấp Long Thạnh."
    assert extract_text(text).context.locality == "xã Long Hựu"


def test_a_second_issuer_joined_to_the_first_does_not_part_a_listed_directive_from_its_trigger():
    text = ("Đảng ủy phường tập trung thực hiện Kết luận số 121-KL/TW của Bộ Chính trị, Ban Bí thư và "
            "Nghị quyết số 18-NQ/TW.")
    assert [(i.source, i.target) for i in extract_text(text).implements] == [
        ("document", "121-KL/TW"), ("document", "18-NQ/TW")]


def test_an_office_serving_two_bodies_of_a_place_is_one_body():
    text = "Bà Lê Thị Hoa, Chánh Văn phòng HĐND và UBND huyện Tân Phú dự."
    assert bodies(text, "huyện Tân Phú", "district") == [("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tân Phú", None)]


def test_a_national_agency_of_a_province_is_a_body():
    assert bodies("Cục Thuế tỉnh phối hợp thu ngân sách.", "tỉnh Quảng Ngãi", "province") == [("Cục Thuế tỉnh", None)]


def test_a_cooperative_named_in_lower_case_is_closed_by_its_proper_name():
    text = "Hội phối hợp với Hợp tác xã chè Tân Cương xây dựng chuỗi giá trị."
    assert bodies(text, "tỉnh Thái Nguyên", "province") == [("Hợp tác xã chè Tân Cương", None)]


def test_a_board_named_in_lower_case_before_tham_gia_is_closed_by_its_proper_name():
    text = "Ban Quản lý rừng phòng hộ Sông Mã tham gia tuần tra."
    assert bodies(text, "tỉnh Sơn La", "province") == [("Ban Quản lý rừng phòng hộ Sông Mã", None)]


def test_a_lower_case_run_after_a_kind_word_without_a_closing_name_is_no_body():
    assert bodies("Khối thi đua các huyện đã ký giao ước.", "tỉnh Sơn La", "province") == []


def test_a_forest_ranger_station_and_a_fund_of_a_place_are_bodies():
    text = "Hạt Kiểm lâm huyện Sốp Cộp và Quỹ Hỗ trợ nông dân tỉnh tham gia."
    assert bodies(text, "tỉnh Sơn La", "province") == [
        ("Hạt Kiểm lâm huyện Sốp Cộp", None), ("Quỹ Hỗ trợ nông dân tỉnh", None)]


def test_a_compensation_board_of_a_district_is_a_body():
    text = "Huyện đã kiện toàn Ban Bồi thường, giải phóng mặt bằng huyện và tăng cường cán bộ."
    assert bodies(text, "huyện Gia Lâm", "district") == [("Ban Bồi thường, giải phóng mặt bằng huyện", None)]


def test_a_communes_peoples_committee_that_assigns_a_task_keeps_its_unit():
    text = "Ủy ban nhân dân xã giao Phòng Kinh tế triển khai kế hoạch."
    assert bodies(text, "xã Ba Tơ", "ward") == [("Phòng Kinh tế", None), ("Ủy ban nhân dân xã", None)]


def test_the_supreme_court_is_a_central_body_not_a_provincial_court():
    text = "Đồng chí Nguyễn Hòa Bình, Chánh án Tòa án nhân dân tối cao dự."
    assert bodies(text, "tỉnh Kiên Giang", "province") == [("Tòa án nhân dân tối cao", None)]


def test_a_utility_whose_place_the_text_names_nowhere_else_is_read_by_its_proper_name():
    text = "Điện lực Phan Thiết được biểu dương vì bảo đảm cấp điện."
    assert bodies(text, "tỉnh Bình Thuận", "province") == [("Điện lực Phan Thiết", None)]


def test_the_central_committee_of_the_fatherland_front_is_its_own_body_not_the_partys():
    text = "Dự đại hội có đồng chí Hà Thị Nga, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam."
    assert bodies(text) == [("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", None)]
