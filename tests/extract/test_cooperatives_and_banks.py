"""Cooperatives, their provincial alliance, social insurance, treasury and
hospital offices, and a bank whose name holds "xã
hội" (an ordinary word, not a commune) are bodies."""
from __future__ import annotations

from extract import extract_text

LEDE = "Năm 2022, Huyện ủy Yên Thế lãnh đạo huyện Yên Thế phát triển kinh tế tập thể. "


def organisations(text: str):
    return [o.name for o in extract_text(LEDE + text).organisations]


def test_a_cooperative_and_the_cooperative_alliance_are_bodies():
    names = organisations("Phòng Kinh tế phối hợp với Liên minh Hợp tác xã tỉnh và Hợp tác xã Chè Tân Sơn "
                          "hướng dẫn thành lập tổ hợp tác.")
    assert "Liên minh Hợp tác xã tỉnh" in names and "Hợp tác xã Chè Tân Sơn" in names


def test_xa_hoi_inside_a_banks_name_does_not_end_it_as_a_commune():
    names = organisations("Chi nhánh Ngân hàng Chính sách xã hội huyện ưu tiên vốn vay cho hộ nghèo.")
    assert "Chi nhánh Ngân hàng Chính sách xã hội huyện" in names


def test_a_commune_named_after_its_unit_word_is_still_a_place():
    names = organisations("Đảng ủy xã Hồng Kỳ tổ chức hội nghị.")
    assert "Đảng ủy xã Hồng Kỳ" in names


def test_social_insurance_treasury_and_hospital_offices_are_bodies():
    names = organisations("Bảo hiểm xã hội huyện, Kho bạc Nhà nước huyện và Bệnh viện Đa khoa huyện phối hợp.")
    assert {"Bảo hiểm xã hội huyện", "Kho bạc Nhà nước huyện", "Bệnh viện Đa khoa huyện"} <= set(names)


def test_social_insurance_as_a_common_noun_is_no_body():
    names = organisations("Người lao động tham gia bảo hiểm xã hội tự nguyện.")
    assert names == ["Huyện ủy Yên Thế"]
