"""Directive symbols: every way documents write them reads to one canonical form."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.symbols import PARTY, STATE, Symbol, canonical_issuer, find_symbols, format_symbol, parse_symbol


@pytest.mark.parametrize("written, canonical", [
    ("26-NQ/TW", "26-NQ/TW"),
    ("05-CT/TƯ", "5-CT/TW"),
    ("11 – NQ/TW", "11-NQ/TW"),
    ("209 -KL/TU", "209-KL/TU"),
    ("10 NQ/TW", "10-NQ/TW"),
    ("18-CTr/QU", "18-CTr/QU"),
    ("007-HD/BTGTW", "7-HD/BTGTW"),
])
def test_party_symbols_read_in_every_written_variant(written, canonical):
    assert format_symbol(parse_symbol(written)) == canonical


def test_party_symbol_parts():
    assert parse_symbol("05-CT/TƯ") == Symbol("5", "CT", "TW")


def test_state_symbol_with_year_keeps_the_year():
    assert parse_symbol("01/2021/NQ-HĐND") == Symbol("1", "NQ", "HĐND", 2021, STATE)


def test_state_symbol_without_year():
    assert parse_symbol("1234/QĐ-UBND") == Symbol("1234", "QĐ", "UBND", None, STATE)


def test_law_symbol_has_no_type():
    assert parse_symbol("20/2023/QH15") == Symbol("20", None, "QH15", 2023, STATE)


def test_symbol_without_issuer_is_party_style():
    assert format_symbol(Symbol("703", "QĐ", None, 2007, STATE)) == "703-QĐ"


def test_tu_with_horn_is_the_central_committee():
    assert canonical_issuer("TƯ") == "TW"


def test_text_that_is_not_a_symbol_reads_as_none():
    assert parse_symbol("1/2000") is None


def test_find_symbols_skips_dates_scales_and_counts():
    text = "ngày 30/3/2007, tỷ lệ 1/2000, 27 nghị quyết, theo Kế hoạch số 45-KH/ĐUK và 15/CT-TTg."
    assert [(text[s:e], format_symbol(sym)) for s, e, sym in find_symbols(text)] == [
        ("45-KH/ĐUK", "45-KH/ĐUK"), ("15/CT-TTg", "15/CT-TTg")]


numbers = st.integers(min_value=0, max_value=99999).map(str)
types = st.sampled_from(["NQ", "CT", "KL", "QĐ", "KH", "CTr", "TT", "HD", "ĐA", "QĐi"])
issuers = st.sampled_from(["TW", "TU", "QU", "HU", "BCT", "ĐU", "ĐUK", "UBND", "HĐND", "CP", "TTg"])
years = st.none() | st.integers(min_value=1945, max_value=2099)


@given(numbers, types, issuers | st.none(), years, st.sampled_from([PARTY, STATE]))
def test_format_then_parse_round_trips(number, type_, issuer, year, style):
    symbol = Symbol(number, type_, issuer, year, style)
    assert parse_symbol(format_symbol(symbol)) == symbol


@given(numbers, types, st.sampled_from(["UBND-VX", "UBND-KT", "BQL-TH"]), years)
def test_state_symbols_with_a_department_suffix_round_trip(number, type_, issuer, year):
    symbol = Symbol(number, type_, issuer, year, STATE)
    assert parse_symbol(format_symbol(symbol)) == symbol


def test_find_symbols_reads_numbers_that_stand_alone_only():
    text = "Nghị quyết số 12/2020/NQ-HĐND, Chỉ thị 05-CT/TƯ và x26-NQ/TW, 1/26-NQ/TW; 123456/QĐ-UBND"
    assert [(start, end, format_symbol(symbol)) for start, end, symbol in find_symbols(text)] == \
        [(14, 29, "12/2020/NQ-HĐND"), (39, 47, "5-CT/TW")]
