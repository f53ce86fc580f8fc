"""Property tests of the normaliser (extract/text.py) on generated text."""
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.text import canonical_tones, fold, name_key, normalise, search_key

from .strategies import FUZZ_EXAMPLES, TONES, VIETNAMESE_ALPHABET, any_text, decomposed_text, vietnamese_text

FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None)
texts = st.one_of(any_text, vietnamese_text, decomposed_text)


@FUZZ
@given(texts)
def test_normalise_returns_nfc_text(text):
    assert unicodedata.is_normalized("NFC", normalise(text))


@FUZZ
@given(texts)
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@FUZZ
@given(texts)
def test_fold_keeps_the_length_of_any_text(text):
    assert len(fold(text)) == len(text)


@FUZZ
@given(texts)
def test_fold_of_normalised_text_keeps_every_offset(text):
    normal = normalise(text)
    folded = fold(normal)
    assert len(folded) == len(normal)
    # character for character: folding a slice gives the slice of the fold
    assert all(fold(normal[i]) == folded[i] for i in range(len(normal)))


@FUZZ
@given(vietnamese_text)
def test_fold_leaves_no_vietnamese_diacritic(text):
    folded = fold(normalise(text))
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", folded))
    assert "đ" not in folded and "Đ" not in folded


@FUZZ
@given(texts)
def test_canonical_tones_is_idempotent(text):
    once = canonical_tones(text)
    assert canonical_tones(once) == once


@FUZZ
@given(texts)
def test_canonical_tones_changes_no_letters_only_tone_places(text):
    # the same letters and the same tones, wherever the tone sits
    def letters_and_tones(s):
        decomposed = unicodedata.normalize("NFD", normalise(s))
        return ("".join(c for c in decomposed if c not in TONES), sorted(c for c in decomposed if c in TONES))
    assert letters_and_tones(canonical_tones(text)) == letters_and_tones(text)


new_style = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
             "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
             "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
syllable_heads = st.sampled_from(["h", "th", "kh", "t", "l", "x", "ng", "", "Th", "H", "Ng"])
open_syllables = st.builds(lambda head, rhyme: head + rhyme, syllable_heads, st.sampled_from(sorted(new_style)))


@FUZZ
@given(st.lists(st.one_of(open_syllables, st.text(alphabet=VIETNAMESE_ALPHABET, min_size=1, max_size=6)),
                min_size=1, max_size=8))
def test_name_key_is_the_same_for_both_tone_placements(words):
    old = " ".join(words)
    new = " ".join(w[:-2] + new_style[w[-2:]] if w[-2:] in new_style and not w.lower().startswith("q") else w
                   for w in words)
    assert name_key(old) == name_key(new)


@FUZZ
@given(st.text(alphabet=VIETNAMESE_ALPHABET + " \t\n", max_size=80))
def test_name_key_ignores_case_and_spacing(text):
    assert name_key(text.upper()) == name_key("  " + text.lower().replace(" ", "  \n") + " ")


@FUZZ
@given(texts)
def test_search_key_has_single_spaces_and_no_edge_spaces(text):
    key = search_key(text)
    assert key == key.strip() and "  " not in key


@FUZZ
@given(vietnamese_text)
def test_search_key_of_vietnamese_text_is_plain_ascii(text):
    assert search_key(text).isascii()
