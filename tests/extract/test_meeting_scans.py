"""Meeting words found from their few, long words: a review held without the
word 'hội nghị' opens where its verb ends before the review word, whatever
white space stands between them, even at the start of the text."""
from extract import extract_text


def _meetings(text: str) -> list[tuple]:
    return [(m.kind, m.body, m.chairs, m.date) for m in extract_text(text).meetings]


def test_a_review_whose_verb_opens_the_text_and_ends_its_line_is_read():
    text = ("Tổ chức\ntổng kết 10 năm Chỉ thị 05, ngày 3/4/2021, Ban Thường vụ Huyện ủy Kim Sơn họp. "
            "Đồng chí Lê Văn Ba chủ trì hội nghị.")
    assert _meetings(text) == [("hoi-nghi", None, ["Lê Văn Ba"], "2021-04-03")]


def test_a_review_verb_inside_another_word_opens_no_review():
    text = ("Ngày 3/4/2021, Huyện ủy Kim Sơn đã họp  sơ kết Nghị quyết 05; xtổ chức tổng kết. "
            "Đồng chí Lê Văn Ba chủ trì hội nghị.")
    assert _meetings(text) == [("hoi-nghi", "Huyện ủy Kim Sơn", ["Lê Văn Ba"], "2021-04-03")]
