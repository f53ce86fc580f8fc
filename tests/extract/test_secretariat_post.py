""""Thường trực Ban Bí thư" is a post held in the Ban Bí thư, not a body."""
from __future__ import annotations

from extract import extract_text

TEXT = ("Chiều 4/5/2024, đồng chí Đặng Quang Minh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, "
        "Trưởng Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh ủy Phú Yên.")


def test_thuong_truc_ban_bi_thu_is_a_post_in_a_chain_of_titles():
    person = extract_text(TEXT).people[0]
    assert [(p.role, p.organisation) for p in person.posts] == [
        ("Ủy viên", "Bộ Chính trị"), ("Thường trực", "Ban Bí thư"), ("Trưởng ban", "Ban Tổ chức Trung ương")]


def test_thuong_truc_ban_bi_thu_is_not_an_organisation():
    names = {o.name for o in extract_text(TEXT).organisations}
    assert "Ban Bí thư" in names and "Thường trực Ban Bí thư" not in names


def test_thuong_truc_of_a_provincial_committee_stays_a_body():
    names = {o.name for o in extract_text("Thường trực Tỉnh ủy Phú Yên họp phiên thường kỳ.").organisations}
    assert "Thường trực Tỉnh ủy Phú Yên" in names
