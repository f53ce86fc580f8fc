"""A steering committee named after its purpose ("Ban Chỉ đạo phòng, chống
dịch Covid-19 huyện") is a body whose name runs to the unit word closing it."""
from __future__ import annotations

from extract import extract_text


def organisations(text: str):
    return [o.name for o in extract_text(text).organisations]


def test_a_steering_committee_named_for_fighting_an_epidemic_runs_to_its_unit_word():
    text = "UBND thị xã giao Ban Chỉ đạo phòng, chống dịch Covid-19 thị xã kiểm tra các chốt."
    assert "Ban Chỉ đạo phòng, chống dịch Covid-19 thị xã" in organisations(text)


def test_a_steering_committee_for_new_countryside_building_is_read_whole():
    text = "Ban Chỉ đạo xây dựng nông thôn mới huyện đã họp sơ kết."
    assert organisations(text) == ["Ban Chỉ đạo xây dựng nông thôn mới huyện"]


def test_a_bare_steering_committee_followed_by_a_verb_is_no_body():
    text = "Ban Chỉ đạo đã chỉ đạo các xã rà soát hộ nghèo."
    assert organisations(text) == []


def test_a_steering_committee_whose_purpose_is_capitalised_is_read_whole():
    text = "Ban Chỉ đạo Chuyển đổi số huyện ban hành kế hoạch."
    assert organisations(text) == ["Ban Chỉ đạo Chuyển đổi số huyện"]
