"""A post in a unit written with the body it belongs to ("Phó Vụ trưởng Vụ
Địa phương III, Ban Tổ chức Trung ương") is held in both, as written."""
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
