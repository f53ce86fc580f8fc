"""word_alternation: a prefix tree of words that matches what the longest-first alternation matches."""
import re

from extract.patterns import word_alternation

WORDS = ["ban", "ban to chuc", "ban tuyen giao", "bao cao", "bo", "bo chinh tri", "so"]


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def test_the_longest_word_at_a_position_wins():
    assert re.match(word_alternation(WORDS), "ban tuyen giao tinh").group(0) == "ban tuyen giao"


def test_a_shorter_word_is_taken_when_the_longer_one_breaks_off():
    assert re.match(word_alternation(WORDS), "ban to cong tac").group(0) == "ban"


def test_a_check_after_the_words_backtracks_into_the_shorter_word():
    pattern = rf"(?:{word_alternation(WORDS)})(?!\w)"
    assert re.match(pattern, "bo chinh trix").group(0) == "bo"


def test_spaces_match_any_white_space_by_default():
    assert re.match(word_alternation(WORDS), "ban  to\nchuc").group(0) == "ban  to\nchuc"


def test_spaces_can_be_literal():
    assert re.match(word_alternation(WORDS, space=None), "ban  to chuc").group(0) == "ban"


def test_special_characters_are_escaped():
    assert re.fullmatch(word_alternation(["t.w", "(ct)"]), "t.w") is not None
    assert re.fullmatch(word_alternation(["t.w", "(ct)"]), "tzw") is None


def test_no_words_match_nothing():
    assert re.search(word_alternation([]), "ban to chuc") is None


def test_same_matches_as_the_sorted_alternation_over_a_text():
    text = "bao cao cua ban to chuc va ban tuyen giao; bo chinh tri, so bo, ban to, bao."
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(WORDS, key=len, reverse=True))
    for tail in ("", r"(?!\w)", r"\s+"):
        assert _spans(rf"(?<!\w)(?:{word_alternation(WORDS)}){tail}", text) == \
            _spans(rf"(?<!\w)(?:{plain}){tail}", text)


def test_a_character_before_the_word_can_be_ruled_out():
    pattern = word_alternation(WORDS, not_after=r"[\w/]")
    assert _spans(pattern, "xban /bo so") == [(9, 11)]


def test_the_ruled_out_character_is_checked_at_the_start_of_the_text():
    assert re.match(word_alternation(WORDS, not_after=r"\w"), "bo chinh tri").group(0) == "bo chinh tri"


def test_ruling_out_a_character_before_matches_like_a_lookbehind():
    text = "bao cao/ban to chuc,ban tuyen giao; xbo chinh tri, so bo"
    assert _spans(word_alternation(WORDS, not_after=r"[\w/]"), text) == \
        _spans(rf"(?<![\w/])(?:{word_alternation(WORDS)})", text)


def test_the_ruled_out_character_is_checked_for_words_spread_over_white_space():
    text = "xban  to\nchuc; ban  to\nchuc, /bo chinh tri"
    assert _spans(word_alternation(WORDS, not_after=r"[\w/]"), text) == [(15, 27)]


def test_a_word_inside_another_word_is_not_found_after_its_first_letters():
    text = "soban tobo so, thebo chinh tri"
    assert _spans(word_alternation(WORDS, not_after=r"\w") + r"(?!\w)", text) == [(11, 13)]


def test_the_digit_class_is_exactly_a_decimal_digit():
    from extract.patterns import DIGIT
    text = "a1 ٣ệ৪x ½ ²"
    assert [m.group(0) for m in re.finditer(DIGIT, text)] == [m.group(0) for m in re.finditer(r"\d", text)] == ["1", "٣", "৪"]


def test_branches_each_with_a_continuation_match_like_the_grouped_alternations():
    from extract.patterns import word_branches
    text = "ban to chuc va bo; xbo chinh tri, so 12 bao cao"
    flat = "|".join([b + r"(?!\w)" for b in word_branches(WORDS, not_after=r"\w")]
                    + [b + r"\s+\d+" for b in word_branches(["so", "bao"], not_after=r"\w")])
    grouped = rf"(?<!\w)(?:{word_alternation(WORDS)})(?!\w)|(?<!\w)(?:{word_alternation(['so', 'bao'])})\s+\d+"
    assert _spans(flat, text) == _spans(grouped, text) == [(0, 11), (15, 17), (34, 36), (40, 47)]


def test_matches_at_the_words_positions_are_the_matches_over_the_text():
    from extract.patterns import matches_at, word_starts
    words = ["hoi nghi", "hoi nghi lam viec", "dai hoi"]
    text = "hoi nghi lam viec; xhoi nghi, hoi nghi hoi nghi; dai hoi"
    pattern = re.compile("(?:" + word_alternation(words, space=None, not_after=r"\w") + r")(?!\w)")
    found = matches_at(pattern, text, word_starts(text, words))
    assert [m.span() for m in found] == _spans(pattern.pattern, text) == [(0, 17), (30, 38), (39, 47), (49, 56)]
