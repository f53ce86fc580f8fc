"""Property tests of the directive symbol parser (extract/symbols.py)."""
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from extract.symbols import PARTY, STATE, Symbol, canonical_issuer, find_symbols, format_symbol, parse_symbol
from extract.tables import load_table

from .strategies import FRAGMENTS, FUZZ_EXAMPLES, any_text, fragment_document, vietnamese_text

FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None)

numbers = st.integers(min_value=0, max_value=99999).map(str)
years = st.integers(min_value=1900, max_value=2099)
table_types = sorted({str(row["code"]) for row in load_table("document_types")})
table_issuers = sorted(str(row["code"]) for row in load_table("issuers")["codes"])
invented_codes = st.from_regex(r"[A-ZĐƯƠ]{1,6}[a-zđ]?", fullmatch=True)
types = st.one_of(st.sampled_from(table_types), invented_codes)
# An issuer code that is another code's spelling ("TƯ") is rewritten on
# purpose, so it cannot round-trip: only canonical codes are generated.
issuers = st.one_of(st.sampled_from(table_issuers), invented_codes).filter(lambda c: canonical_issuer(c) == c)

party_symbols = st.builds(Symbol, numbers, types, st.one_of(st.none(), issuers))
state_symbols = st.builds(lambda n, t, parts, y: Symbol(n, t, "-".join(parts), y, STATE),
                          numbers, types, st.lists(issuers, min_size=1, max_size=2), st.one_of(st.none(), years))
law_symbols = st.builds(lambda n, i, y: Symbol(n, None, i, y, STATE), numbers, issuers, years)
symbols = st.one_of(party_symbols, state_symbols, law_symbols)


@FUZZ
@given(symbols)
def test_parse_of_format_gives_the_symbol_back(symbol):
    assert parse_symbol(format_symbol(symbol)) == symbol


@FUZZ
@given(symbols)
def test_format_of_parse_of_format_is_stable(symbol):
    text = format_symbol(symbol)
    assert format_symbol(parse_symbol(text)) == text


@FUZZ
@given(symbols, st.sampled_from(["", " ", "  ", "\t"]))
def test_spaces_around_a_symbol_do_not_change_it(symbol, pad):
    assert parse_symbol(pad + format_symbol(symbol) + pad) == symbol


@FUZZ
@given(st.one_of(any_text, vietnamese_text, st.sampled_from(FRAGMENTS)))
def test_parse_symbol_never_raises_and_its_answer_is_canonical(text):
    symbol = parse_symbol(text)
    if symbol is not None:
        assert parse_symbol(format_symbol(symbol)) == symbol


@FUZZ
@given(st.one_of(any_text, fragment_document))
def test_every_symbol_found_in_text_is_within_bounds_and_parses_alone(text):
    for start, end, symbol in find_symbols(text):
        assert 0 <= start < end <= len(text)
        assert parse_symbol(text[start:end]) == symbol


@FUZZ
@given(st.one_of(party_symbols.filter(lambda s: s.issuer is not None), state_symbols, law_symbols),
       st.sampled_from(["Nghị quyết số ", "theo ", "(", "Căn cứ ", "\n"]),
       st.sampled_from([" của Ban Chấp hành", ", ", ")", ".", "\n", ""]))
def test_a_symbol_in_running_text_is_found_where_it_is(symbol, before, after):
    written = format_symbol(symbol)
    text = before + written + after
    assert (len(before), len(before) + len(written), symbol) in list(find_symbols(text))
