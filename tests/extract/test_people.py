"""People: which capitalised runs are persons, and where their names are mentioned."""
from __future__ import annotations

import json

from click.testing import CliRunner

from extract import extract_text
from graph.cli import main

from ._bodies import person, read


def people(text: str, **place) -> set[str]:
    return {p.name for p in read(text, **place).people}


def test_name_after_dong_chi_with_title_after_is_a_person():
    text = "Đồng chí Nguyễn Văn Nam - Thành ủy viên, Bí thư Quận ủy phát biểu."
    assert people(text, locality="quận 5", level="district") == {"Nguyễn Văn Nam"}


def test_thanh_in_thanh_uy_vien_is_not_a_name():
    text = "Dự có các đồng chí Thành ủy viên và Quận ủy viên."
    assert people(text) == set()


def test_lower_case_title_before_a_name_marks_a_person():
    text = "Phát biểu tại hội nghị, bí thư huyện ủy Nghi Xuân Phan Thị Thu Trang nêu rõ yêu cầu."
    assert people(text) == {"Phan Thị Thu Trang"}


def test_two_syllable_name_after_a_title_is_a_person():
    text = "Chiều 2/9, Tổng Bí thư, Chủ tịch nước Tô Lâm dự lễ."
    assert people(text) == {"Tô Lâm"}


def test_five_syllable_name_after_dong_chi_keeps_every_syllable():
    text = "Đồng chí Y Thanh Hà Niê Kđăm dự buổi làm việc."
    assert people(text) == {"Y Thanh Hà Niê Kđăm"}


def test_ong_and_ba_mark_persons():
    text = "Ông Đặng Quốc Khánh và bà Hà Thị Nga cùng dự."
    assert people(text) == {"Đặng Quốc Khánh", "Hà Thị Nga"}


def test_photo_credit_in_capitals_is_written_in_title_case():
    text = "Quang cảnh hội nghị tại hội trường. Ảnh: MINH PHƯƠNG\nNội dung tiếp theo của bài viết."
    assert people(text) == {"Minh Phương"}


def test_photo_credit_naming_a_newspaper_is_not_a_person():
    text = "Ra mắt Ban Chấp hành khóa mới. Ảnh: Tuổi Trẻ\nNội dung tiếp theo."
    assert people(text) == set()


def test_byline_on_its_own_line_after_the_body_is_a_person():
    text = ("Tin tức đầu trang\nTiêu đề\nMở đầu\n"
            "Hội nghị đã thống nhất thông qua các nội dung quan trọng của kế hoạch năm tới.\n\nThu Hằng\n")
    found = read(text)
    assert {p.name for p in found.people} == {"Thu Hằng"}
    assert person(found, "Thu Hằng").byline is True


def test_signatory_under_a_signature_block_is_a_person():
    text = ("BÁO CÁO\nKết quả công tác\nNội dung\n"
            "Ban Chấp hành đã hoàn thành các nhiệm vụ đề ra trong năm, đạt nhiều kết quả tốt.\n\n"
            "T/M BAN THƯỜNG VỤ HUYỆN ỦY\nBÍ THƯ\n\nLò Văn Páo\n")
    found = read(text, locality="huyện Mường Tè", level="district")
    assert person(found, "Lò Văn Páo").signatory is True


def test_president_ho_chi_minh_named_in_a_campaign_is_a_person():
    text = "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    assert people(text) == {"Hồ Chí Minh"}


def test_ho_chi_minh_inside_a_body_or_city_name_is_not_a_person():
    text = "Đoàn Thanh niên Cộng sản Hồ Chí Minh và Ủy ban nhân dân Thành phố Hồ Chí Minh phối hợp."
    assert people(text) == set()


def test_place_after_a_unit_word_is_not_a_person():
    text = "Đoàn công tác làm việc tại huyện Hoàng Su Phì và thị xã Phú Mỹ."
    assert people(text) == set()


def test_mentions_cover_every_occurrence_of_the_full_name():
    text = "Đồng chí Nguyễn Hữu Lộc phát biểu. Sau đó, đồng chí Nguyễn Hữu Lộc trao quà."
    found = person(read(text), "Nguyễn Hữu Lộc")
    assert found.mentions == [(9, 23), (52, 66)]


def test_given_name_after_ong_is_a_mention_of_the_one_person_with_it():
    text = "Ông Phạm Văn Kiên tái đắc cử. Trước đó, ông Kiên là Giám đốc sở Tài chính."
    found = person(read(text), "Phạm Văn Kiên")
    assert (44, 48) in found.mentions


def test_extract_text_lists_people_through_the_whole_pipeline():
    text = "Sáng 3/4, đồng chí Trịnh Văn Bình, Bí thư Huyện ủy Đông Sơn chủ trì hội nghị."
    assert [p.name for p in extract_text(text).people] == ["Trịnh Văn Bình"]


def test_cli_prints_people_with_posts_in_the_record(tmp_path):
    source = tmp_path / "tin.txt"
    source.write_text("Đồng chí Mai Văn Huỳnh - Phó Bí thư Thường trực Tỉnh ủy phát biểu.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert [p["name"] for p in record["people"]] == ["Mai Văn Huỳnh"]
    assert record["people"][0]["posts"][0]["role"] == "Phó Bí thư Thường trực"


def test_byline_of_two_reporters_gives_two_people():
    text = ("Tiêu đề\nMở đầu\nThân bài\n"
            "Đại hội đã bầu Ban Chấp hành khóa mới gồm 53 đồng chí, đoàn kết và thống nhất cao.\n\n"
            "Thanh Tùng - Hoàng Anh\n")
    assert people(text) == {"Thanh Tùng", "Hoàng Anh"}


def test_person_after_a_unit_word_is_not_taken_for_the_place():
    text = "Dự có Chủ tịch Ủy ban MTTQ tỉnh Đỗ Thị Lan."
    found = read(text, locality="tỉnh Quảng Ninh", level="province")
    assert person(found, "Đỗ Thị Lan").mentions == [(32, 42)]


def test_name_inside_an_academy_name_is_not_a_person():
    text = "Đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh dự."
    assert people(text) == {"Nguyễn Xuân Thắng"}


def test_names_inside_school_firm_and_youth_unit_names_are_not_persons():
    text = ("Học sinh Trường THCS Lê Quý Đôn, Đội Thiếu niên Tiền phong Hồ Chí Minh và "
            "Công ty TNHH Phạm Gia Bảo tham gia.")
    assert people(text) == set()


def test_campaign_mention_counts_but_youth_unit_mention_does_not():
    text = "Làm theo tấm gương đạo đức Hồ Chí Minh. Đội Thiếu niên Tiền phong Hồ Chí Minh ra quân."
    assert person(read(text), "Hồ Chí Minh").mentions == [(27, 38)]


def test_title_after_dong_chi_is_not_taken_for_a_name():
    text = "Phát biểu tại hội nghị, đồng chí Phó Bí thư Tỉnh ủy Nguyễn Văn Lâm nhấn mạnh."
    assert people(text) == {"Nguyễn Văn Lâm"}


def test_name_in_capitals_after_a_cue_is_written_in_title_case():
    found = read("Đồng chí NGUYỄN VĂN AN, Bí thư Tỉnh ủy phát biểu.")
    assert [p.name for p in found.people] == ["Nguyễn Văn An"]
    assert person(found, "Nguyễn Văn An").mentions == [(9, 22)]


def test_reporter_named_after_tin_anh_in_capitals_is_a_person():
    text = ("Ngày 4/6, Huyện ủy Yên Thành tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
            "Tin, ảnh: THU TRANG")
    assert people(text, locality="huyện Yên Thành", level="district") == {"Thu Trang"}


def test_byline_after_a_short_closing_paragraph_is_a_person():
    text = ("Trao quyết định bổ nhiệm cán bộ\n\n"
            "Sáng 3/10, UBND thành phố Vĩnh Long trao quyết định bổ nhiệm cán bộ cho các phòng, ban.\n\n"
            "Cùng dự có lãnh đạo các sở, ngành.\n\nHoài Nam")
    assert people(text, locality="thành phố Vĩnh Long", level="province") == {"Hoài Nam"}
