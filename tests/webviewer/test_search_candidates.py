"""The search index's word index: a search scores only the entries that can
match it, and finds the same entries as scoring every entry would."""
from __future__ import annotations

from webviewer.search_index import Entry, SearchIndex


def index() -> SearchIndex:
    return SearchIndex([
        Entry("urn:a", "person", "Trần Thị Hoa", keys=["tran thi hoa"]),
        Entry("urn:b", "organisation", "Ủy ban nhân dân huyện Đông Anh", keys=["uy ban nhan dan huyen dong anh"]),
        Entry("urn:c", "directive", "12-CT/HU", keys=["12-ct/hu", "12 ct hu"], compact_keys=["12cthu"]),
        Entry("urn:d", "person", "Lê Văn Hòa", keys=["le van hoa"]),
    ])


def test_candidates_are_the_entries_with_every_query_word_inside_a_word_of_theirs():
    assert index().candidates(["hoa"], "hoa") == [0, 3]
    assert index().candidates(["van hoa"], "vanhoa") == [3]


def test_a_fragment_inside_a_word_is_a_candidate():
    assert index().candidates(["nhan d"], "nhand") == [1]


def test_the_compact_symbol_makes_a_directive_a_candidate():
    assert index().candidates(["12/cthu"], "12cthu") == [2]


def test_search_across_word_boundaries_still_finds_the_entry():
    [hit] = index().search("an nhan")
    assert hit.iri == "urn:b"
    assert hit.score == 30.0


def test_search_scores_only_candidates_but_ranks_as_before():
    hits = index().search("hoa")
    assert [(h.iri, h.score) for h in hits] == [("urn:d", 66.66666666666667), ("urn:a", 66.66666666666667)]
