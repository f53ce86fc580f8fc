"""A post in a unit written with the body it belongs to ("Phó Vụ trưởng Vụ
Địa phương III, Ban Tổ chức Trung ương") is held in both, as written; a title
that does not end in its body's first word ("Phó Trưởng Ban Thường trực Ban
Dân vận") is held in the body after it."""
from __future__ import annotations

from extract import extract_text


def posts(text: str):
    return {p.name: [(q.role, q.organisation) for q in p.posts] for p in extract_text(text).people}


def test_a_deputy_head_of_a_central_department_holds_the_post_in_the_department_and_its_board():
    text = "Dự hội nghị có đồng chí Vi Văn Thắng, Phó Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương."
    assert posts(text) == {"Vi Văn Thắng": [("Phó Vụ trưởng", "Vụ Địa phương II, Ban Tổ chức Trung ương")]}


def test_a_head_of_a_central_department_named_alone_holds_the_post_in_the_department():
    text = "Làm việc với đoàn có đồng chí Mai Thị Hạnh, Vụ trưởng Vụ Địa phương I."
    assert posts(text) == {"Mai Thị Hạnh": [("Vụ trưởng", "Vụ Địa phương I")]}


def test_a_department_followed_by_a_second_post_keeps_the_posts_apart():
    text = ("Dự hội nghị có đồng chí Vi Văn Thắng, Phó Vụ trưởng Vụ Địa phương II, "
            "Ủy viên Ban Chấp hành Đảng bộ Ban Tổ chức Trung ương.")
    assert posts(text)["Vi Văn Thắng"][0] == ("Phó Vụ trưởng", "Vụ Địa phương II")


def test_a_standing_deputy_head_of_a_board_holds_the_post_in_the_board_after_the_title():
    text = "Đồng chí Lò Văn Hặc, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy phát biểu."
    assert posts(text) == {"Lò Văn Hặc": [("Phó Trưởng ban Thường trực", "Ban Dân vận Tỉnh ủy")]}


def test_a_full_time_deputy_head_of_the_delegation_holds_the_post_in_the_delegation():
    text = "Đồng chí Lò Văn Hặc, Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh phát biểu."
    assert posts(text) == {"Lò Văn Hặc": [("Phó Trưởng đoàn chuyên trách", "Đoàn đại biểu Quốc hội tỉnh")]}


def test_a_unit_described_to_the_clause_end_stops_before_the_verb_closing_it():
    text = "Đồng chí Vũ Văn Hà, Trưởng phòng Tổ chức đảng - đảng viên dự."
    assert posts(text) == {"Vũ Văn Hà": [("Trưởng phòng", "Phòng Tổ chức đảng - đảng viên")]}
