"""Document context: the title, the date the text speaks of, its kind and locality."""
from __future__ import annotations

import json
import subprocess
import sys

from extract.components.context import find_context
from extract.components.prepare import prepare
from extract.model import DocumentContext, Extraction
from extract.pipeline import get_pipeline


def context_of(text: str, file: str = "tin.txt") -> DocumentContext:
    doc = get_pipeline().make_doc(text)
    doc._.extraction = Extraction(context=DocumentContext(file=file))
    return find_context(prepare(doc))._.extraction.context


NEWS = ("Xây dựng Đảng\n\n"
        "Huyện ủy Thọ Xuân học tập chuyên đề năm 2022\n"
        "Thứ Hai, ngày 14 tháng 3 năm 2022\n\n"
        "Sáng 12/3, Huyện ủy Thọ Xuân tổ chức hội nghị học tập chuyên đề. Các xã, thị trấn của huyện Thọ Xuân "
        "đã cử cán bộ tham dự.")


def test_title_is_the_headline_under_the_section_label():
    assert context_of(NEWS).title == "Huyện ủy Thọ Xuân học tập chuyên đề năm 2022"


def test_date_is_the_event_day_with_the_year_of_the_stamp():
    assert context_of(NEWS).date == "2022-03-12"


def test_publishing_stamp_is_kept_apart():
    assert context_of(NEWS).published == "2022-03-14"


def test_event_after_the_stamp_day_falls_in_the_previous_year():
    text = "Thứ Ba, ngày 12 tháng 1 năm 2021\n\nTin hoạt động\n\nNgày 28/12, Thị ủy Hương Thủy tổ chức hội nghị."
    assert context_of(text).date == "2020-12-28"


def test_without_a_stamp_the_year_comes_from_the_file_name():
    assert context_of("Ngày 19/4, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức lễ trao quyết định.",
                      file="lao-cai-can-bo-2017.txt").date == "2017-04-19"


def test_text_opening_with_a_dated_lede_has_no_title():
    assert context_of("Chiều 9/8, Ban Thường vụ Thành ủy Huế làm việc với Đảng ủy phường Vĩnh Ninh.").title is None


def test_lede_sentence_running_into_the_body_is_not_a_title():
    text = ("Ông Lê Quang Hòa vừa tái đắc cử Bí thư Huyện ủy huyện Đông Anh nhiệm kỳ 2020-2025.\n"
            "Sáng 21/8, Đại hội đại biểu Đảng bộ huyện Đông Anh lần thứ XXVI bế mạc.")
    assert context_of(text, file="dong-anh-2020.txt").title is None


def test_report_without_a_day_is_dated_by_the_year_it_reports_on():
    text = ("BÁO CÁO\n\nKết quả công tác xây dựng Đảng 6 tháng đầu năm 2016\n\n"
            "Trong 6 tháng đầu năm 2016, Thị ủy Phú Mỹ đã lãnh đạo thực hiện tốt các nhiệm vụ của thị xã Phú Mỹ.")
    context = context_of(text)
    assert (context.kind, context.date) == ("report", "2016")


def test_plan_heading_gives_kind_plan():
    assert context_of("KẾ HOẠCH\n\nTuyên truyền kỷ niệm ngày thành lập Đảng năm 2023").kind == "plan"


def test_news_is_the_default_kind():
    assert context_of(NEWS).kind == "news"


def test_locality_is_the_district_the_text_keeps_naming_with_its_level():
    context = context_of(NEWS)
    assert (context.locality, context.locality_level) == ("huyện Thọ Xuân", "district")


def test_province_is_read_from_the_provincial_committee():
    text = ("Ngày 3/5/2023, Tỉnh ủy Thanh Hóa chỉ đạo huyện Nga Sơn. Huyện ủy Nga Sơn đã tổ chức hội nghị; "
            "huyện Nga Sơn đạt kết quả tốt.")
    context = context_of(text)
    assert (context.locality, context.locality_level, context.province) == ("huyện Nga Sơn", "district", "Thanh Hóa")


def test_ward_is_lower_than_district():
    text = ("Đảng ủy phường Tân Định tổ chức đại hội. phường Tân Định có 12 chi bộ thuộc quận 1. "
            "Phường Tân Định là phường trung tâm.")
    context = context_of(text)
    assert (context.locality, context.locality_level) == ("phường Tân Định", "ward")


def test_cơ_quan_is_not_a_district():
    assert context_of("Các cơ quan Trung ương và cơ quan Nhà nước phối hợp.").locality is None


def test_extract_cli_prints_the_document_context(tmp_path):
    path = tmp_path / "ninh-binh-2019.txt"
    path.write_text("Sáng 7/10, Tỉnh ủy Ninh Bình tổ chức Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh khóa XXI.",
                    encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "graph.cli", "extract", str(path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    record = json.loads(out)
    assert record["document"]["date"] == "2019-10-07"
    assert [(m["kind"], m["number"], m["term"]) for m in record["meetings"]] == [("hoi-nghi", 20, "XXI")]


def test_an_issuing_committee_heading_in_capitals_gives_the_document_its_place():
    text = ("HUYỆN ỦY YÊN ĐỊNH\nSố 201-BC/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Định, ngày 10 tháng 12 năm 2013\n\n"
            "BÁO CÁO\nKết quả thực hiện Hướng dẫn số 16-HD/TU của Tỉnh ủy Thanh Hóa\n\n"
            "Thực hiện Hướng dẫn số 16-HD/TU của Tỉnh ủy Thanh Hóa, Ban Thường vụ Huyện ủy đã chỉ đạo.")
    context = context_of(text)
    assert (context.locality, context.locality_level, context.province) == ("huyện Yên Định", "district", "Thanh Hóa")


def test_a_city_run_by_a_province_is_a_district_level_place():
    context = context_of("Sáng 5/3/2021, Thành ủy Bắc Giang tổ chức hội nghị tại thành phố Bắc Giang, "
                         "tỉnh Bắc Giang. Đảng bộ thành phố Bắc Giang đạt nhiều kết quả.")
    assert (context.locality, context.locality_level) == ("thành phố Bắc Giang", "district")
