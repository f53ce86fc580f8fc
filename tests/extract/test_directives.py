"""Directive references: written symbols, bare references resolved from their
context, and one entry per distinct directive."""
from __future__ import annotations

import json

from click.testing import CliRunner

from extract import extract_text
from extract.components.directives import find_references
from extract.text import fold
from graph.cli import main


def directives(text: str) -> dict[str, dict]:
    """symbol → the directive's fields, with mentions as the text they cover."""
    out = {}
    for d in extract_text(text).directives:
        out.setdefault(d.symbol, []).append({
            "type": d.type, "number": d.number, "issuer": d.issuer, "issuer_name": d.issuer_name,
            "term": d.term, "date": d.date, "year": d.year, "title": d.title,
            "mentions": [text[s:e] for s, e in d.mentions]})
    return out


def test_party_symbol_with_its_issuer_and_date():
    text = "Đảng ủy xã quán triệt Chỉ thị số 12-CT/TW ngày 3/1/2022 của Bộ Chính trị (khóa XIII)."
    assert directives(text) == {"12-CT/TW": [{
        "type": "CT", "number": "12", "issuer": "TW", "issuer_name": "Bộ Chính trị", "term": "XIII",
        "date": "2022-01-03", "year": 2022, "title": None, "mentions": ["Chỉ thị số 12-CT/TW"]}]}


def test_tu_with_horn_and_leading_zeros_are_normalised():
    text = "Huyện ủy Yên Thành sơ kết Chỉ thị số 05-CT/TƯ."
    assert list(directives(text)) == ["5-CT/TW"]
    assert directives(text)["5-CT/TW"][0]["number"] == "5"


def test_en_dash_space_and_missing_hyphen_variants():
    text = "Theo Kết luận 209 -KL/TU, Nghị quyết 11 – NQ/TU và Chỉ thị 7 CT/TU của Tỉnh ủy Bắc Ninh."
    assert sorted(directives(text)) == ["11-NQ/TU", "209-KL/TU", "7-CT/TU"]


def test_state_symbols_keep_the_year_written_in_them():
    text = ("UBND huyện thực hiện Quyết định 2345/QĐ-UBND ngày 12/10/2021 của UBND tỉnh Đồng Nai "
            "và Nghị quyết số 03/2022/NQ-HĐND của HĐND tỉnh.")
    found = directives(text)
    assert sorted(found) == ["2345/QĐ-UBND", "3/2022/NQ-HĐND"]
    assert found["2345/QĐ-UBND"][0]["issuer_name"] == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert found["3/2022/NQ-HĐND"][0]["year"] == 2022


def test_list_of_bare_numbers_takes_the_issuer_of_the_central_plenum():
    text = "Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện Nghị quyết 18, 19, 20 của Hội nghị Trung ương 6 (khóa XII)."
    found = directives(text)
    assert sorted(found) == ["18-NQ/TW", "19-NQ/TW", "20-NQ/TW"]
    assert [found[s][0]["mentions"] for s in ("18-NQ/TW", "19-NQ/TW", "20-NQ/TW")] == [
        ["Nghị quyết 18"], ["19"], ["20"]]
    assert found["19-NQ/TW"][0]["term"] == "XII"
    assert found["19-NQ/TW"][0]["issuer_name"] == "Ban Chấp hành Trung ương"


def test_coordinated_bare_references_share_the_issuer_after_the_last():
    text = "Các chi bộ thực hiện tốt Nghị quyết 09 và Chỉ thị 09 của Huyện ủy."
    assert sorted(directives(text)) == ["9-CT/HU", "9-NQ/HU"]


def test_politburo_and_secretariat_mean_the_centre():
    text = "Tiếp tục thực hiện Chỉ thị 42 của Ban Bí thư và Kết luận 21 của Bộ Chính trị."
    assert sorted(directives(text)) == ["21-KL/TW", "42-CT/TW"]


def test_type_word_decides_between_decision_and_regulation():
    text = "Quận ủy thực hiện Quy định số 22 của Ban Chấp hành Trung ương và Quyết định 99 của Ban Bí thư."
    assert sorted(directives(text)) == ["22-QĐ/TW", "99-QĐ/TW"]


def test_bare_reference_with_no_issuer_in_the_text():
    text = "Quy chế cũ được ban hành theo Quyết định 518; nay cần sửa đổi."
    assert directives(text) == {"518-QĐ": [{
        "type": "QĐ", "number": "518", "issuer": None, "issuer_name": None, "term": None, "date": None,
        "year": None, "title": None, "mentions": ["Quyết định 518"]}]}


def test_abbreviated_type_word_is_resolved_from_a_later_mention():
    text = ("Sáng 3-5, Thành ủy Đà Nẵng sơ kết 5 năm thực hiện Nghị quyết (NQ) 43 về “Phát triển cảng biển”. "
            "Kết quả thực hiện NQ 43 của Ban Thường vụ Thành ủy là đáng ghi nhận.")
    found = directives(text)
    assert list(found) == ["43-NQ/TU"]
    assert found["43-NQ/TU"][0]["mentions"] == ["Nghị quyết (NQ) 43", "NQ 43"]
    assert found["43-NQ/TU"][0]["title"] == "Phát triển cảng biển"


def test_scheme_of_the_government_is_state_style():
    text = "Tiếp tục thực hiện Đề án 06 của Chính phủ về dữ liệu dân cư."
    assert list(directives(text)) == ["6/ĐA-CP"]


def test_same_symbol_of_different_years_stays_two_directives():
    text = ("Quán triệt Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương; "
            "so với Nghị quyết số 19-NQ/TW năm 2017 về đơn vị sự nghiệp.")
    found = directives(text)
    assert [d["year"] for d in found["19-NQ/TW"]] == [2022, 2017]


def test_same_number_of_different_terms_stays_two_directives():
    text = "Nghị quyết 36 của Bộ Chính trị khóa IX khác với Nghị quyết 36 của Bộ Chính trị khóa XII."
    assert [d["term"] for d in directives(text)["36-NQ/TW"]] == ["IX", "XII"]


def test_repeated_mentions_merge_into_one_directive():
    text = ("Đảng ủy quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị. "
            "Việc thực hiện Chỉ thị số 35-CT/TW được kiểm tra.")
    found = directives(text)
    assert len(found["35-CT/TW"]) == 1
    assert found["35-CT/TW"][0]["mentions"] == ["Chỉ thị số 35-CT/TW", "Chỉ thị số 35-CT/TW"]


def test_numberless_references_counts_scales_and_bodies_are_not_directives():
    text = ("Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX và Nghị quyết Trung ương 4 (khóa XII); "
            "Ban chỉ đạo 389 họp; huyện có 14 nghị quyết chuyên đề; quy hoạch tỷ lệ 1/500; "
            "thực hiện Quy chế dân chủ ở cơ sở; kế hoạch 5 năm; hướng dẫn 3 nội dung; Chương trình 135.")
    assert directives(text) == {}


def test_a_quoted_slogan_is_not_a_reference():
    text = "Huyện đề ra phương châm “Kế hoạch 2, nhiệm vụ 5 và giải pháp 9”."
    assert directives(text) == {}


def test_references_keep_the_end_of_what_is_written_after_them():
    text = "Kế hoạch 15-KH/HU của Ban Thường vụ Huyện ủy thực hiện Nghị quyết 26-NQ/TW."
    refs = find_references(text, fold(text))
    assert [text[r.start:r.tail_end] for r in refs] == [
        "Kế hoạch 15-KH/HU của Ban Thường vụ Huyện ủy", "Nghị quyết 26-NQ/TW"]


def test_cli_prints_directives_in_the_record(tmp_path):
    source = tmp_path / "bao-cao.txt"
    source.write_text("Huyện ủy triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert [(d["symbol"], d["issuer"], d["mentions"]) for d in record["directives"]] == [
        ("57-NQ/TW", "TW", [[20, 42]])]


def test_a_bare_reference_listed_after_one_with_an_issuer_shares_it():
    text = ('Hội nghị truyền đạt Nghị quyết 12 của Trung ương "Một số vấn đề cấp bách về xây dựng Đảng" '
            'và Nghị quyết 13 về kết cấu hạ tầng.')
    assert [(d.symbol, d.issuer) for d in extract_text(text).directives] == [("12-NQ/TW", "TW"), ("13-NQ/TW", "TW")]


def test_a_bare_reference_in_a_new_item_of_a_list_keeps_no_issuer():
    text = "Nghị quyết 15 và Chỉ thị 15 của Thành ủy; Nghị quyết 20 về chỉnh trang đô thị."
    assert [(d.symbol, d.issuer) for d in extract_text(text).directives] == [
        ("15-NQ/TU", "TU"), ("15-CT/TU", "TU"), ("20-NQ", None)]
