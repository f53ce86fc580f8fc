"""Names of the Central Highlands that join syllables with an apostrophe
("K'Điệp", "H'Linh Niê") are people like any other name."""
from __future__ import annotations

from extract import extract_text

from ._bodies import posts, read


def names(text: str) -> set[str]:
    return {p.name for p in read(text, locality="huyện Lạc Dương", level="district").people}


def test_one_word_name_with_an_apostrophe_after_dong_chi_is_a_person():
    text = "Đồng chí K'Điệp, Bí thư Huyện ủy phát biểu chỉ đạo."
    assert names(text) == {"K'Điệp"}


def test_one_word_name_with_an_apostrophe_keeps_its_posts():
    text = "Đồng chí K'Điệp, Tỉnh ủy viên, Bí thư Huyện ủy phát biểu chỉ đạo."
    extraction = read(text, locality="huyện Lạc Dương", level="district")
    assert posts(extraction, "K'Điệp") == {("Tỉnh ủy viên", "Tỉnh ủy"), ("Bí thư", "Huyện ủy huyện Lạc Dương")}


def test_apostrophe_name_followed_by_a_family_name_is_one_person():
    text = "Hội đồng đã bầu bà H'Linh Niê giữ chức Phó Chủ tịch."
    assert names(text) == {"H'Linh Niê"}


def test_typographic_apostrophe_joins_syllables_too():
    text = "Dự có đồng chí Ma’Hoa, Chủ tịch Hội Nông dân huyện."
    assert names(text) == {"Ma’Hoa"}


def test_a_lone_capital_word_after_dong_chi_is_still_no_person():
    text = "Đồng chí Hùng phát biểu."
    assert names(text) == set()


def test_byline_with_an_apostrophe_name_closes_the_news_item():
    text = ("Lâm Hà tổ chức hội nghị\n\nSáng 3/4, Huyện ủy Lâm Hà tổ chức hội nghị sơ kết công tác quý I "
            "với sự tham dự của đại diện các xã, thị trấn trong huyện.\n\nHội nghị đề ra "
            "nhiệm vụ trọng tâm quý II, tập trung phát triển cây cà phê và chăm lo đời sống nhân dân.\n\nK'Sơn")
    people = {p.name: p for p in extract_text(text).people}
    assert set(people) == {"K'Sơn"} and people["K'Sơn"].byline
