"""Implements: which directive carries out which, and when the document itself does."""
from __future__ import annotations

import json

from click.testing import CliRunner

from extract import extract_text
from graph.cli import main


def pairs(text: str) -> list[tuple[str, str]]:
    return [(i.source, i.target) for i in extract_text(text).implements]


def test_document_implements_what_it_carries_out():
    assert pairs("Đảng ủy phường tổ chức thực hiện Nghị quyết số 21-NQ/TW của Bộ Chính trị.") == [
        ("document", "21-NQ/TW")]


def test_numbered_programme_implements_the_resolution_it_names():
    text = ("Ban Thường vụ Huyện ủy triển khai Chương trình hành động số 24-CTr/HU của Ban Thường vụ "
            "Huyện ủy thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị về khoa học công nghệ.")
    assert pairs(text) == [("document", "24-CTr/HU"), ("24-CTr/HU", "57-NQ/TW")]


def test_plans_listed_with_semicolons_each_implement_their_own_resolution():
    text = ("Hội nghị quán triệt Kế hoạch số 88-KH/HU của Ban Thường vụ Huyện ủy về việc thực hiện "
            "Nghị quyết số 41-NQ/TW của Bộ Chính trị về doanh nhân; Kế hoạch số 89-KH/HU của Ban "
            "Thường vụ Huyện ủy về việc thực hiện Nghị quyết số 42-NQ/TW của Ban Chấp hành Trung ương.")
    assert pairs(text) == [("document", "88-KH/HU"), ("88-KH/HU", "41-NQ/TW"),
                           ("document", "89-KH/HU"), ("89-KH/HU", "42-NQ/TW")]


def test_a_directive_the_document_issues_is_not_implemented():
    text = "Huyện ủy ban hành Thông tri số 03-TT/HU về công tác tuyển quân năm 2023."
    assert pairs(text) == []


def test_rules_issued_under_a_decision_do_not_implement_it():
    assert pairs("Quy chế làm việc ban hành theo Quyết định 412 cần được sửa đổi.") == []


def test_each_trigger_word_makes_an_implements_pair():
    text = ("Cụ thể hóa Chỉ thị 11-CT/TW; theo tinh thần Kết luận 14-KL/TW; sơ kết Nghị quyết 08-NQ/TU; "
            "theo Chỉ thị số 07-CT/TU của Tỉnh ủy.")
    assert pairs(text) == [("document", "11-CT/TW"), ("document", "14-KL/TW"),
                           ("document", "8-NQ/TU"), ("document", "7-CT/TU")]


def test_listed_bare_references_share_the_trigger():
    text = "Chỉ đạo thực hiện nghiêm túc Nghị quyết 04 và Chỉ thị 04 của Tỉnh ủy Long An."
    assert pairs(text) == [("document", "4-NQ/TU"), ("document", "4-CT/TU")]


def test_a_passive_says_the_directive_is_carried_out():
    assert pairs("Chỉ thị số 16-CT/TU của Thành ủy đã được triển khai đến các chi bộ.") == [
        ("document", "16-CT/TU")]


def test_a_trigger_far_before_the_reference_does_not_reach_it():
    text = "Thực hiện nhiệm vụ phát triển kinh tế xã hội năm 2023 của địa phương, Chỉ thị 09-CT/TU nêu rõ yêu cầu."
    assert pairs(text) == []


def test_a_trigger_in_an_earlier_clause_does_not_reach_the_reference():
    assert pairs("Đảng bộ thực hiện tốt nhiệm vụ; Nghị quyết 13-NQ/TW đặt ra mục tiêu mới.") == []


def test_board_of_the_executive_committee_is_not_a_trigger():
    assert pairs("Ban Chấp hành Chỉ thị 20-CT/TW đã đề ra.") == []


def test_evidence_is_the_sentence_that_says_so():
    text = "Mở đầu báo cáo. Huyện ủy quán triệt Chỉ thị số 30-CT/TW của Bộ Chính trị. Kết thúc."
    implements = extract_text(text).implements
    start, end = implements[0].evidence
    assert text[start:end] == "Huyện ủy quán triệt Chỉ thị số 30-CT/TW của Bộ Chính trị."


def test_cli_prints_implements_with_evidence(tmp_path):
    source = tmp_path / "tin.txt"
    source.write_text("Quận ủy triển khai Kế hoạch 61-KH/TU của Thành ủy.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["implements"] == [
        {"source": "document", "target": "61-KH/TU", "evidence": [0, 50]}]


def test_a_plan_issued_in_a_sentence_opening_with_thuc_hien_implements_what_it_opens_with():
    text = ("Thực hiện Chỉ thị số 08-CT/TW ngày 3/5/2017 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã "
            "ban hành Kế hoạch số 14-KH/TU để triển khai trong toàn Đảng bộ.")
    assert pairs(text) == [("document", "8-CT/TW"), ("14-KH/TU", "8-CT/TW")]


def test_a_legal_basis_is_not_implemented():
    text = ("Căn cứ Quyết định số 812/QĐ-UBND của UBND tỉnh; thực hiện Kế hoạch số 77/KH-UBND, "
            "Sở Y tế báo cáo như sau.")
    assert pairs(text) == [("document", "77/KH-UBND")]


def test_a_trigger_tied_to_another_document_by_voi_does_not_reach_past_it():
    text = "Gắn việc thực hiện Kế hoạch này với Chương trình hành động số 09-CTr/HU của Huyện ủy."
    assert pairs(text) == []


def test_a_trigger_reaches_a_numbered_directive_listed_after_an_unnumbered_one():
    text = ("Đoàn công tác làm việc về tình hình thực hiện Nghị quyết Đại hội XIII của Đảng và "
            "Chỉ thị số 15-CT/TW của Ban Bí thư.")
    assert pairs(text) == [("document", "15-CT/TW")]


def test_a_sentence_opening_with_theo_cites_a_decision_without_carrying_it_out():
    text = ("Theo Quyết định số 118-QĐ/HU của Ban Thường vụ Huyện ủy, ông Lê Văn Tú được điều động. "
            "Huyện ủy quản lý đất đai theo Chỉ thị số 11-CT/TU của Tỉnh ủy.")
    assert pairs(text) == [("document", "11-CT/TU")]
