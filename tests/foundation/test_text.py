"""The normaliser: NFC, look-alikes, tone placement and the length-preserving fold."""
import unicodedata

from extract.text import canonical_tones, fold, name_key, normalise, search_key


def test_normalise_composes_decomposed_vietnamese_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Quận ủy Hai Bà Trưng")
    assert normalise(decomposed) == "Quận ủy Hai Bà Trưng"


def test_normalise_maps_icelandic_eth_to_vietnamese_d_with_stroke():
    assert normalise("Ðảng bộ ðoàn") == "Đảng bộ đoàn"


def test_normalise_maps_no_break_space_to_space():
    assert normalise("Quận\u00a09") == "Quận 9"


def test_normalise_keeps_length_for_nfc_input():
    text = "Ban Chấp hành Trung ương Ðảng\u00a0(khóa XIII)"
    assert len(normalise(text)) == len(text)


def test_fold_strips_diacritics_and_case():
    assert fold("Ủy ban Nhân dân Quận 9") == "uy ban nhan dan quan 9"


def test_fold_folds_both_tone_placements_alike():
    assert fold("Quận uỷ") == fold("Quận ủy") == "quan uy"


def test_fold_keeps_every_offset():
    text = "Đồng chí Nguyễn Văn Nam – Bí thư Quận ủy"
    folded = fold(text)
    assert len(folded) == len(text)
    start = folded.index("nguyen van nam")
    assert text[start:start + len("nguyen van nam")] == "Nguyễn Văn Nam"


def test_canonical_tones_moves_tone_to_first_vowel_of_open_uy():
    assert canonical_tones("Quận uỷ") == "Quận ủy"


def test_canonical_tones_moves_tone_in_open_oa():
    assert canonical_tones("Vũ Xuân Hoá") == "Vũ Xuân Hóa"


def test_canonical_tones_leaves_closed_syllables():
    assert canonical_tones("Hoàng Thuận") == "Hoàng Thuận"


def test_canonical_tones_leaves_qu_syllables():
    assert canonical_tones("quý") == "quý"


def test_canonical_tones_moves_tones_in_capitals_and_leaves_word_inner_pairs():
    assert canonical_tones("THUỶ LỢI khoẻ, toà2 hoàn") == "THỦY LỢI khỏe, toà2 hoàn"


def test_name_key_merges_tone_placement_and_case():
    assert name_key("VŨ XUÂN HOÁ") == name_key("Vũ Xuân Hóa") == "vũ xuân hóa"


def test_name_key_keeps_other_diacritics_apart():
    assert name_key("Lâm Văn A") != name_key("Lam Văn A")


def test_search_key_is_diacritic_free():
    assert search_key("Nguyễn Văn Nam, Bí thư") == "nguyen van nam bi thu"


def test_fold_gives_the_same_for_short_middling_and_long_texts():
    line = "Đồng chí Nguyễn Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy"  # folded from memory once seen
    assert fold(line) == fold(line) == "dong chi nguyen van nam, uy vien ban thuong vu tinh uy"
    assert fold(line * 3) == fold(line) * 3          # translated, too long to remember
    assert fold(line * 20) == fold(line) * 20        # folded as an array
