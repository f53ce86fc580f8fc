"""cue_starts and triggers_then_capitals: the cue-then-word matches of
trigger_then_capitals, tried only where a cue is written."""
from extract.names import cue_starts, cues, trigger_then_capitals, triggers_then_capitals

TEXT = ("Dự hội nghị có đồng chí NGUYỄN VĂN AN, Bí thư; ĐỒNG CHÍ TRẦN HÙNG phát biểu. "
        "Các đồng chí LÊ MINH và bà HOA dự. Cắc đồng chí PHẠM TÂM; chỉ đạo của ông Tư; "
        "anh 5 người, Đ/c HÀ LAN, thông  bà\nNGỌC ÁNH, ÔNg BÌNH.")


def _triggers() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in cues()["triggers"]}))


def test_cues_are_found_in_any_case_and_inside_a_longer_cue():
    text = "Các đồng chí; ÔNG Ba, bà, Đ/C"
    assert cue_starts(text, ("bà", "các đồng chí", "ông", "đồng chí", "đ/c")) == [0, 4, 14, 22, 26]


def test_cue_letters_inside_a_word_are_no_cue():
    assert cue_starts("thông, khánh, cồng chí", ("anh", "ông", "đồng chí")) == []


def test_the_cue_positions_give_what_the_case_blind_pattern_finds():
    found = triggers_then_capitals(TEXT, cue_starts(TEXT, _triggers()))
    assert [m.span() for m in found] == [m.span() for m in trigger_then_capitals().finditer(TEXT)]


def test_a_cue_inside_a_longer_folded_cue_is_still_read():
    text = "Cắc đồng chí PHẠM TÂM"
    assert [m.group(0) for m in triggers_then_capitals(text, cue_starts(text, _triggers()))] == ["đồng chí "]
