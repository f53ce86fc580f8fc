"""Property tests of ingest: any bytes are read or refused with an IngestError
(never another exception), and the legacy encodings round-trip."""
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.ingest import IngestError, read_bytes
from extract.ingest.legacy import decode_legacy, encode_legacy, repair_legacy
from tests.ingest.samples import REPORT, cp1258_bytes, docx_bytes

from .strategies import DIGITS, FUZZ_EXAMPLES, VIETNAMESE_ALPHABET, any_text, vietnamese_text

FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None)
LEGACY_SAFE = st.text(alphabet=VIETNAMESE_ALPHABET + DIGITS + " \n.,;:()-/", max_size=200)
SUFFIXES = st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "a.docx"])


def read_or_refuse(data: bytes, name: str):
    try:
        source = read_bytes(data, name)
    except IngestError as exc:
        assert exc.path == name and exc.reason
        return None
    assert source.text.strip() and unicodedata.is_normalized("NFC", source.text)
    return source


@FUZZ
@given(st.binary(max_size=2000), SUFFIXES)
def test_any_bytes_are_read_or_refused_with_a_reason(data, name):
    read_or_refuse(data, name)


@FUZZ
@given(any_text, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]), SUFFIXES)
def test_any_text_in_any_unicode_encoding_is_read_or_refused(text, encoding, name):
    read_or_refuse(text.encode(encoding, "surrogatepass"), name)


@FUZZ
@given(st.binary(max_size=300), st.integers(0, 5000))
def test_a_docx_with_bytes_overwritten_is_read_or_refused(junk, at):
    data = bytearray(docx_bytes([REPORT]))
    at = at % len(data)
    data[at:at + len(junk)] = junk
    read_or_refuse(bytes(data), "report.docx")


@FUZZ
@given(st.text(alphabet=VIETNAMESE_ALPHABET + DIGITS + " ", min_size=1, max_size=200))
def test_windows_1258_vietnamese_is_read_back(text):
    source = read_or_refuse(cp1258_bytes(text), "a.txt")
    if source is not None:
        assert source.text == unicodedata.normalize("NFC", text)


@FUZZ
@given(LEGACY_SAFE)
def test_vni_round_trips_any_vietnamese_text(text):
    assert decode_legacy(encode_legacy(text, "vni").decode("latin-1"), "vni") == text


@FUZZ
@given(LEGACY_SAFE)
def test_tcvn3_round_trips_any_vietnamese_text_but_for_the_case_of_toned_capitals(text):
    decoded = decode_legacy(encode_legacy(text, "tcvn3").decode("latin-1"), "tcvn3")
    assert decoded.lower() == text.lower()


@FUZZ
@given(LEGACY_SAFE.map(str.lower))
def test_tcvn3_round_trips_small_letters_exactly(text):
    assert decode_legacy(encode_legacy(text, "tcvn3").decode("latin-1"), "tcvn3") == text


@FUZZ
@given(st.one_of(any_text, vietnamese_text))
def test_repair_legacy_never_raises_and_keeps_unicode_vietnamese(text):
    repaired, encoding, notes = repair_legacy(text)
    if encoding is None:
        assert (repaired, notes) == (text, ())


@FUZZ
@given(vietnamese_text.filter(lambda t: any("\u1ea0" <= c <= "\u1ef9" for c in t)))
def test_unicode_vietnamese_text_is_left_as_it_is(text):
    assert repair_legacy(text) == (text, None, ())
