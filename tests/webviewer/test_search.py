"""Search: ranked, case- and diacritic-insensitive, abbreviations written out,
directive symbols in any spelling."""
from __future__ import annotations

import re

from webviewer.search_index import compact, query_keys

from .conftest import ID


def hits(client, query: str, **params) -> list[str]:
    html = client.get("/search", query_string={"q": query, **params}).data.decode()
    return re.findall(r'<li><span class="badge[^"]*">[^<]*</span>\s*<a href="[^"]*">([^<]*)</a>', html)


def test_plain_ascii_finds_a_name_with_diacritics(client):
    assert hits(client, "nguyen van nam") == ["Nguyễn Văn Nam"]


def test_upper_case_query_matches(client):
    assert hits(client, "TRẦN THỊ HOA") == ["Trần Thị Hoa"]


def test_abbreviated_body_finds_the_full_name(client):
    assert hits(client, "ubnd quan 9") == ["Ủy ban nhân dân quận 9"]


def test_capitalised_abbreviation_is_written_out_too(client):
    assert hits(client, "UBND quận 9") == ["Ủy ban nhân dân quận 9"]


def test_symbol_with_slash_and_dash_swapped_finds_the_directive(client):
    assert hits(client, "26/NQ-TW")[0] == "26-NQ/TW"


def test_lower_case_symbol_finds_the_directive(client):
    assert hits(client, "26-nq/tw")[0] == "26-NQ/TW"


def test_exact_name_ranks_before_longer_names(client):
    assert hits(client, "quan uy quan 9") == ["Quận ủy Quận 9", "Ban Thường vụ Quận ủy Quận 9"]


def test_kind_filter_keeps_one_kind(client):
    assert hits(client, "26-NQ/TW", kind="document") == ["Quán triệt Nghị quyết 26-NQ/TW"]


def test_meetings_are_found_by_their_title(client):
    assert hits(client, "hoi nghi lan thu 12") == ["Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ Quận 9 (khóa XI)"]


def test_documents_are_found_by_file_name(client):
    assert hits(client, "tin-quan-7.txt") == ["Quán triệt Nghị quyết 26-NQ/TW"]


def test_nothing_found_is_an_empty_list(client):
    assert hits(client, "xyzzy") == []


def test_search_api_answers_json_with_entity_urls(client):
    first = client.get("/api/search", query_string={"q": "le minh tuan"}).get_json()[0]
    assert (first["iri"], first["label"], first["kind"], first["url"]) == (
        ID + "person/le-minh-tuan", "Lê Minh Tuấn", "person", "/id/person/le-minh-tuan")


def test_query_keys_fold_and_expand_abbreviations():
    assert query_keys("ubnd Quận 9") == ["ubnd quan 9", "uy ban nhan dan quan 9"]


def test_compact_symbol_key_ignores_punctuation_and_case():
    assert compact("26/NQ-TW") == compact("26-nq/tw") == "26nqtw"


def test_type_and_issuer_words_find_every_directive_of_that_kind(client):
    assert hits(client, "nq tw") == ["26-NQ/TW", "Quán triệt Nghị quyết 26-NQ/TW"]
