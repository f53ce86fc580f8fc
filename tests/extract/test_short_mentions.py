"""Short mentions: a given name alone after a cue ("ông Kiên") is a mention of
the one person with that given name; the cue is read with its diacritics."""
from __future__ import annotations

from ._bodies import person, read


def test_cue_in_capitals_introduces_a_short_mention():
    text = "Ông Trần Minh Kiên phát biểu. ÔNG Kiên nói thêm."
    assert person(read(text), "Trần Minh Kiên").mentions == [(4, 18), (34, 38)]


def test_word_that_only_folds_like_a_cue_introduces_no_mention():
    # "chí" folds like the cue "chị" but is not it.
    text = "Bà Lê Thị Kiên phát biểu. Ý chí Kiên trì được nêu."
    assert person(read(text), "Lê Thị Kiên").mentions == [(3, 14)]


def test_mention_found_right_after_a_word_that_only_folds_like_a_cue():
    # "chí" is no cue; the scan goes on inside it and finds "bà Hoa".
    text = "Chị Nguyễn Thị Hoa dự họp. Tinh thần chí bà Hoa được khen."
    assert person(read(text), "Nguyễn Thị Hoa").mentions == [(4, 18), (44, 47)]


def test_cue_in_mixed_case_introduces_a_short_mention():
    text = "Đồng chí Phạm Văn Tuấn chủ trì. ĐỒNG CHÍ Tuấn kết luận; Anh Tuấn nhắc lại."
    assert person(read(text), "Phạm Văn Tuấn").mentions == [(9, 22), (41, 45), (60, 64)]


def test_cue_letters_at_the_end_of_a_word_introduce_no_mention():
    # "thanh" ends with "anh", "sông" with "ông": neither is a cue.
    text = "Ông Đỗ Văn Hùng dự. Nhanh Hùng về; sông Hùng chảy."
    assert person(read(text), "Đỗ Văn Hùng").mentions == [(4, 15)]
