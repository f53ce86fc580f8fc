"""Property tests of the whole extractor: `extract_text` on generated text
never raises, and every offset it reports lies in the text and points at
what it names."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_text
from extract.record import to_record
from extract.symbols import strip_zeros
from extract.text import fold, normalise

from .strategies import FUZZ_EXAMPLES, any_text, fragment_document, vietnamese_text

# The pipeline is the slow part: fewer examples than the pure functions.
FUZZ = settings(max_examples=max(FUZZ_EXAMPLES // 2, 10), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
documents = st.one_of(fragment_document, vietnamese_text, any_text)


def spans_of(record):
    """(kind, item, span) for every mention and evidence span in a record."""
    for kind in ("directives", "people", "organisations", "meetings"):
        for item in record[kind]:
            for span in item["mentions"]:
                yield kind, item, span
    for person in record["people"]:
        for post in person["posts"]:
            if post["evidence"]:
                yield "post", post, post["evidence"]
    for kind in ("meetings", "implements"):
        for item in record[kind]:
            if item.get("evidence"):
                yield kind + " evidence", item, item["evidence"]


@FUZZ
@given(documents)
def test_extract_text_never_raises_and_returns_a_complete_record(text):
    record = to_record(extract_text(text))
    assert sorted(record) == ["directives", "document", "implements", "meetings", "organisations", "people"]


@FUZZ
@given(documents)
def test_every_offset_lies_inside_the_text(text):
    text = normalise(text)
    for kind, item, (start, end) in spans_of(to_record(extract_text(text))):
        assert 0 <= start < end <= len(text), (kind, item)


@FUZZ
@given(fragment_document)
def test_a_directive_mention_holds_the_directive_number(text):
    text = normalise(text)
    for directive in to_record(extract_text(text))["directives"]:
        for start, end in directive["mentions"]:
            numbers = {strip_zeros(n) for n in re.findall(r"\d+", text[start:end])}
            assert directive["number"] in numbers, (directive, text[start:end])


@FUZZ
@given(fragment_document)
def test_a_meeting_mention_names_a_meeting(text):
    text = normalise(text)
    words = {"hoi-nghi": "hoi nghi", "dai-hoi": "dai hoi"}
    for meeting in to_record(extract_text(text))["meetings"]:
        for start, end in meeting["mentions"]:
            assert words[meeting["kind"]] in " ".join(fold(text[start:end]).split()), (meeting, text[start:end])


@FUZZ
@given(fragment_document)
def test_a_person_mention_spells_the_person_name(text):
    text = normalise(text)
    for person in to_record(extract_text(text))["people"]:
        for start, end in person["mentions"]:
            assert " ".join(fold(text[start:end]).split()) == " ".join(fold(person["name"]).split()), \
                (person, text[start:end])


@FUZZ
@given(fragment_document)
def test_the_same_text_gives_the_same_record(text):
    text = normalise(text)
    assert to_record(extract_text(text)) == to_record(extract_text(text))
