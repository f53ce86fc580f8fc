"""TCVN3 (ABC) and VNI: detection and conversion of legacy Vietnamese text."""
import unicodedata

import pytest

from extract.ingest.legacy import decode_legacy, detect_legacy, encode_legacy, repair_legacy
from extract.tables import load_table

from .samples import REPORT, REPORT_TCVN3_SAFE


def test_tcvn3_bytes_typed_by_hand_decode_to_unicode():
    # "Ban Chấp hành Trung ương" as a .VnTime document stores it
    legacy = b"Ban Ch\xcap h\xb5nh Trung \xad\xacng".decode("latin-1")
    assert decode_legacy(legacy, "tcvn3") == "Ban Chấp hành Trung ương"


def test_vni_bytes_typed_by_hand_decode_to_unicode():
    # the same words as a VNI-Times document stores them
    legacy = b"Ban Cha\xc1p ha\xf8nh Trung \xf6\xf4ng".decode("latin-1")
    assert decode_legacy(legacy, "vni") == "Ban Chấp hành Trung ương"


def test_vni_capital_with_tone_decodes_to_a_capital():
    assert decode_legacy("\xd1O\xc0NG CH\xcd", "vni") == "ĐỒNG CHÍ"


def test_vni_small_mark_byte_after_a_capital_gives_a_capital():
    assert decode_legacy("A\xf9", "vni") == "Á"


def test_tcvn3_round_trip_keeps_a_text_without_toned_capitals():
    assert decode_legacy(encode_legacy(REPORT_TCVN3_SAFE, "tcvn3").decode("latin-1"), "tcvn3") == REPORT_TCVN3_SAFE


def test_vni_round_trip_keeps_the_whole_text():
    assert decode_legacy(encode_legacy(REPORT, "vni").decode("latin-1"), "vni") == REPORT


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_small_letter_of_the_table_round_trips(encoding):
    letters = "".join(row["letter"] for row in load_table("legacy_encodings") if row["letter"].islower())
    assert len(letters) == 67
    assert decode_legacy(encode_legacy(letters, encoding).decode("latin-1"), encoding) == letters


def test_every_capital_letter_round_trips_through_vni():
    capitals = "".join(row["letter"] for row in load_table("legacy_encodings") if row["letter"].isupper())
    assert len(capitals) == 67
    assert decode_legacy(encode_legacy(capitals, "vni").decode("latin-1"), "vni") == capitals


def test_tcvn3_capitals_font_words_come_back_in_capitals():
    # a heading typed in .VnTimeH stores "CHỦ TỊCH" with small-letter codes
    legacy = encode_legacy("CHỦ TỊCH ỦY BAN NHÂN DÂN", "tcvn3").decode("latin-1")
    assert decode_legacy(legacy, "tcvn3") == "CHỦ TỊCH ỦY BAN NHÂN DÂN"


def test_tcvn3_word_with_one_capital_keeps_its_small_letters():
    legacy = encode_legacy("về Hà Nội", "tcvn3").decode("latin-1")
    assert decode_legacy(legacy, "tcvn3") == "về Hà Nội"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_detect_legacy_names_the_encoding(encoding):
    assert detect_legacy(encode_legacy(REPORT_TCVN3_SAFE, encoding).decode("latin-1")) == encoding


def test_detect_legacy_leaves_unicode_vietnamese_alone():
    assert detect_legacy(REPORT) is None


def test_detect_legacy_leaves_ascii_alone():
    assert detect_legacy("Resolution 15-NQ/TW, annex 2.") is None


def test_detect_legacy_leaves_decomposed_unicode_alone():
    assert detect_legacy(unicodedata.normalize("NFD", REPORT)) is None


def test_repair_legacy_returns_the_converted_text_its_encoding_and_a_note():
    repaired = repair_legacy(encode_legacy(REPORT, "vni").decode("latin-1"))
    assert repaired == (REPORT, "vni", ("converted from the legacy VNI encoding",))


def test_repair_legacy_leaves_unicode_text_as_it_is():
    assert repair_legacy(REPORT) == (REPORT, None, ())


def test_lines_left_in_a_legacy_font_are_converted_in_a_unicode_text():
    heading = "BAN THƯỜNG VỤ HUYỆN ỦY SƠN KHÊ\n"
    legacy_lines = encode_legacy(REPORT_TCVN3_SAFE, "tcvn3").decode("latin-1")
    repaired = repair_legacy(heading + legacy_lines + REPORT)
    assert repaired == (heading + REPORT_TCVN3_SAFE + REPORT, "tcvn3",
                        ("1 line converted from the legacy TCVN3 (ABC) encoding",))


def test_unicode_lines_of_latin1_letters_only_are_not_converted():
    text = "Ông Tô Lâm và bà Hà\nÚy ban nhân dân\n" + REPORT
    assert repair_legacy(text) == (text, None, ())


def test_encode_legacy_refuses_a_character_it_cannot_write():
    with pytest.raises(ValueError, match="has no tcvn3 code"):
        encode_legacy("Hà Nội 河内", "tcvn3")


def test_decode_legacy_refuses_an_unknown_encoding():
    with pytest.raises(ValueError, match="unknown legacy encoding 'viscii'"):
        decode_legacy("abc", "viscii")
