"""triggers_then_capitals: the cue-then-word matches of trigger_then_capitals, found from a scan of the folded text."""
from extract.names import trigger_then_capitals, triggers_then_capitals
from extract.text import fold

TEXT = ("Dự hội nghị có đồng chí NGUYỄN VĂN AN, Bí thư; ĐỒNG CHÍ TRẦN HÙNG phát biểu. "
        "Các đồng chí LÊ MINH và bà HOA dự. Cắc đồng chí PHẠM TÂM; chỉ đạo của ông Tư; "
        "anh 5 người, Đ/c HÀ LAN, thông  bà\nNGỌC ÁNH.")


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_the_folded_scan_finds_what_the_case_blind_pattern_finds():
    assert _spans(triggers_then_capitals(TEXT, fold(TEXT))) == _spans(trigger_then_capitals().finditer(TEXT))


def test_a_cue_inside_a_longer_folded_cue_is_still_found():
    text = "Cắc đồng chí PHẠM TÂM"
    assert [m.group(0) for m in triggers_then_capitals(text, fold(text))] == ["đồng chí "]


def test_a_cue_inside_a_word_is_not_a_cue():
    text = "thông NGỌC, bông HOA"
    assert list(triggers_then_capitals(text, fold(text))) == []
