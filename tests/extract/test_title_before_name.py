"""Posts around a name: a person named right after a post and its committee ("Bí thư Tỉnh ủy Lâm
Văn Cường") in a text that names no province is that person, not the
committee's place; a title whose last words begin a body's name ("Ủy viên Ban
Chấp hành Trung ương Đảng") is held in that body and the titles after it follow."""
from __future__ import annotations

from extract import extract_text


def test_a_name_after_a_committee_is_the_holder_of_the_post_not_a_place():
    extraction = extract_text("Phát biểu tại hội nghị, Bí thư Tỉnh ủy Lâm Văn Cường đề nghị các huyện rà soát.")
    assert [(p.name, [(q.role, q.organisation) for q in p.posts]) for p in extraction.people] == [
        ("Lâm Văn Cường", [("Bí thư", "Tỉnh ủy")])]
    assert [o.name for o in extraction.organisations] == ["Tỉnh ủy"]


def test_a_name_after_a_committee_does_not_become_the_documents_locality():
    extraction = extract_text("Đồng chí Phó Chủ tịch UBND tỉnh Đinh Thị Hoa dự và phát biểu.")
    assert extraction.context.locality is None


def test_a_province_named_like_a_person_stays_a_place():
    extraction = extract_text("Thành ủy Hồ Chí Minh họp phiên thường kỳ. Thành ủy Hồ Chí Minh ban hành kế hoạch.")
    assert extraction.context.locality == "Hồ Chí Minh"


def test_a_member_of_the_central_committee_keeps_the_posts_listed_after_it():
    extraction = extract_text("Đồng chí Lò Văn Hặc, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, "
                              "Trưởng Đoàn đại biểu Quốc hội tỉnh phát biểu.")
    assert [(q.role, q.organisation) for q in extraction.people[0].posts] == [
        ("Ủy viên Ban Chấp hành", "Ban Chấp hành Trung ương Đảng"), ("Bí thư", "Tỉnh ủy"),
        ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh")]
