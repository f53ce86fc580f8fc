"""Which body sits under which, where the name says it in passing: a steering
committee "của" a committee, and a Đảng bộ listed without a place before the
boards of a committee ("Ban Chấp hành Đảng bộ, Ban Thường vụ và Thường trực
Thành ủy"), which is that committee's Đảng bộ, not the document's own."""
from __future__ import annotations

from ._bodies import read


def bodies(text: str, locality: str, level: str) -> list[tuple[str, str | None]]:
    return sorted((o.name, o.parent) for o in read(text, locality, level).organisations)


def test_a_steering_committee_of_a_committee_sits_under_it():
    text = "Đồng chí Phạm Văn Lực, Trưởng Ban Chỉ đạo của Tỉnh ủy về thực hiện Nghị quyết 19 chủ trì."
    assert bodies(text, "tỉnh Nam Định", "province") == [
        ("Ban Chỉ đạo của Tỉnh ủy về thực hiện Nghị quyết 19", "Tỉnh ủy"), ("Tỉnh ủy", None)]


def test_a_party_organisation_listed_before_the_boards_of_a_higher_committee_is_that_committees():
    text = "Quy chế làm việc của Ban Chấp hành Đảng bộ, Ban Thường vụ và Thường trực Tỉnh ủy khóa XIX."
    assert bodies(text, "huyện Hải Hậu", "district") == [
        ("Ban Chấp hành Đảng bộ tỉnh", "Đảng bộ tỉnh"), ("Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"),
        ("Thường trực Tỉnh ủy", "Tỉnh ủy"), ("Tỉnh ủy", None), ("Đảng bộ tỉnh", None)]


def test_a_party_organisation_listed_before_a_single_board_keeps_the_documents_reading():
    text = "Đảng bộ, Ban Thường vụ Huyện ủy đã lãnh đạo thực hiện tốt nhiệm vụ."
    assert bodies(text, "huyện Hải Hậu", "district") == [
        ("Ban Thường vụ Huyện ủy", "Huyện ủy"), ("Huyện ủy", None), ("Đảng bộ", None)]
