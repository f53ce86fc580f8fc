"""Posts in the forms held-out documents showed: a person whose own post
in apposition holds a word that elsewhere blocks a later post ("Trưởng phòng
Tổ chức cán bộ") still takes the post after "được điều động, chỉ định giữ chức"."""
from __future__ import annotations

from extract import extract_text


def posts(text: str):
    return {p.name: [(x.role, x.organisation) for x in p.posts] for p in extract_text(text).people}


def test_the_post_after_duoc_chi_dinh_giu_chuc_follows_a_post_that_names_can_bo():
    text = ("Theo Quyết định số 57-QĐ/TU, đồng chí Vi Thị Hằng, Trưởng phòng Tổ chức cán bộ, Ban Tổ chức "
            "Tỉnh ủy được điều động, chỉ định giữ chức Phó Bí thư Đảng ủy phường Hợp Giang.")
    assert posts(text)["Vi Thị Hằng"] == [("Trưởng phòng", "Phòng Tổ chức cán bộ, Ban Tổ chức Tỉnh ủy"),
                                         ("Phó Bí thư", "Đảng ủy phường Hợp Giang")]


def test_a_blocker_word_after_the_persons_own_posts_still_keeps_a_later_post_from_them():
    text = ("Đồng chí Lê Văn Tám, Phó Giám đốc Sở Nội vụ phụ trách đến khi có nhân sự giữ chức "
            "Giám đốc Sở Nội vụ.")
    assert posts(text)["Lê Văn Tám"] == [("Phó Giám đốc", "Sở Nội vụ")]
