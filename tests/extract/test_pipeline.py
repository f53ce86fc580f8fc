"""The spaCy pipeline: whitespace tokens over the exact text, and nlp(text)
giving the same facts as the extraction entry point."""
from __future__ import annotations

from extract import extract_text, placenames, roles
from extract.components import people
from extract.pipeline import get_pipeline, load_tables

REPORT = ("BAN THƯỜNG VỤ HUYỆN ỦY  KIM SƠN\n\n"
          "Ngày 5/4/2023, Huyện ủy Kim Sơn tổ chức Hội nghị\tquán triệt Nghị quyết số 12-NQ/HU.\n")


def test_tokens_are_the_whitespace_separated_words():
    doc = get_pipeline().make_doc("Huyện ủy Kim Sơn, tỉnh Ninh Bình.")
    assert [token.text for token in doc] == ["Huyện", "ủy", "Kim", "Sơn,", "tỉnh", "Ninh", "Bình."]


def test_doc_text_is_the_input_text_with_its_runs_of_spaces_tabs_and_line_breaks():
    assert get_pipeline().make_doc(REPORT).text == REPORT


def test_calling_the_pipeline_on_a_text_finds_the_same_facts_as_extract_text():
    through_nlp = get_pipeline()(REPORT)._.extraction
    direct = extract_text(REPORT)
    assert [d.symbol for d in through_nlp.directives] == [d.symbol for d in direct.directives] == ["12-NQ/HU"]



def test_loading_the_tables_builds_their_patterns_before_any_document():
    load_tables()
    built = [f.cache_info().currsize for f in (roles._grammar, placenames._unit_word_re, people._closing_verb)]
    assert built == [1, 1, 1]
