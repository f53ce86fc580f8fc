"""Posts written before the person who holds them ("miễn nhiệm chức danh ...
đối với ông X", "Người được điều động giữ chức ... là đồng chí X") and
membership of a board one is elected into ("bầu bổ sung đồng chí X vào Ban
Thường vụ Tỉnh ủy")."""
from __future__ import annotations

from extract import extract_text


def posts(text: str):
    return {p.name: [(q.role, q.organisation) for q in p.posts] for p in extract_text(text).people}


def test_a_post_dismissed_doi_voi_a_person_is_that_persons_post():
    text = "HĐND tỉnh đã miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với bà Hà Thị Lụa do chuyển công tác."
    assert posts(text) == {"Hà Thị Lụa": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh")]}


def test_a_post_followed_by_la_dong_chi_is_held_by_the_person_named_after_it():
    text = ("Người được điều động giữ chức Giám đốc Sở Tư pháp là đồng chí Lò Văn Sướng, "
            "Phó Trưởng Ban Nội chính Tỉnh ủy.")
    assert posts(text) == {"Lò Văn Sướng": [("Phó Trưởng ban", "Ban Nội chính Tỉnh ủy"), ("Giám đốc", "Sở Tư pháp")]}


def test_a_fronted_post_goes_to_the_person_after_it_not_to_one_elected_before_it():
    text = ("HĐND tỉnh đã bầu ông Quàng Văn Hặc giữ chức Chủ tịch UBND tỉnh và miễn nhiệm chức vụ "
            "Phó Chủ tịch UBND tỉnh đối với ông Cầm Văn Tuyên.")
    assert posts(text) == {"Quàng Văn Hặc": [("Chủ tịch", "Ủy ban nhân dân tỉnh")],
                           "Cầm Văn Tuyên": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh")]}


def test_a_person_elected_into_the_standing_board_becomes_its_member_in_the_committee():
    text = ("Ban Chấp hành Đảng bộ tỉnh đã bầu bổ sung đồng chí Lò Văn Sướng, Tỉnh ủy viên, "
            "Bí thư Huyện ủy Mường La vào Ban Thường vụ Tỉnh ủy khóa XIV.")
    assert posts(text)["Lò Văn Sướng"] == [("Tỉnh ủy viên", "Tỉnh ủy"), ("Bí thư", "Huyện ủy Mường La"),
                                            ("Ủy viên Ban Thường vụ", "Tỉnh ủy")]


def test_a_person_who_only_reports_to_the_standing_board_is_not_its_member():
    text = "Đồng chí Lò Văn Sướng, Bí thư Huyện ủy Mường La báo cáo với Ban Thường vụ Tỉnh ủy."
    assert posts(text) == {"Lò Văn Sướng": [("Bí thư", "Huyện ủy Mường La")]}


def test_each_of_a_list_elected_into_the_standing_board_becomes_its_member():
    text = "Các đồng chí Lò Văn Sướng, Cầm Thị Mai và Hà Văn Sinh được bầu vào Ban Thường vụ Huyện ủy."
    assert posts(text) == {name: [("Ủy viên Ban Thường vụ", "Huyện ủy")]
                           for name in ("Lò Văn Sướng", "Cầm Thị Mai", "Hà Văn Sinh")}
