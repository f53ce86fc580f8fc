"""Sentence spans: where a sentence ends, and the abbreviations with dots
that do not end one."""
from __future__ import annotations

from extract.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_city_written_tp_dot_does_not_end_the_sentence():
    text = "Đoàn công tác đến TP. Đà Nẵng ngày 4/5. Sau đó đoàn về Huế."
    assert sentences(text) == ["Đoàn công tác đến TP. Đà Nẵng ngày 4/5.", "Sau đó đoàn về Huế."]


def test_a_roman_numeral_before_a_full_stop_still_ends_the_sentence():
    text = "Hội nghị lần thứ II. Đồng chí Lò Văn Chiến phát biểu."
    assert sentences(text) == ["Hội nghị lần thứ II.", "Đồng chí Lò Văn Chiến phát biểu."]
