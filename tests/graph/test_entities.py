"""The entities graph: a fact that several documents state about a shared
entity is stored once; it goes when the last document stating it goes."""
from __future__ import annotations

from graph import iris
from graph.build import remove_document, write_document
from graph.entities import entities_graph
from graph.mapping import map_record

from .test_graph import TEXT_NAM, record, rows, secretary

COPIES = "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }}"


def add(store, slug, people, locality="Quận 9", directives=()):
    graph = map_record(record(f"{slug}.txt", locality, people=people, directives=directives),
                       TEXT_NAM, store.select, doc_slug=slug)
    write_document(store, graph)
    return graph


def copies(store, pattern):
    return int(rows(store, COPIES.format(pattern=pattern))[0]["n"])


def test_a_person_named_in_two_documents_is_typed_once(store):
    add(store, "a", [secretary("Trần Văn Hoà", 9)])
    add(store, "b", [secretary("Trần Văn Hoà", 9)])
    assert copies(store, f"<{iris.person('tran-van-hoa-quan-9')}> a foaf:Person") == 1


def test_a_directive_symbol_cited_by_two_documents_is_stored_once(store):
    directive = {"symbol": "26-NQ/TW", "type": "NQ", "number": "26", "issuer": "TW", "year": 2018, "mentions": []}
    add(store, "a", [], directives=[directive])
    add(store, "b", [], directives=[directive])
    assert copies(store, "?d vnkg:symbol '26-NQ/TW'") == 1


def test_each_document_graph_claims_what_it_states_about_the_entity(store):
    add(store, "a", [secretary("Trần Văn Hoà", 9)])
    add(store, "b", [secretary("Trần Văn Hoà", 9)])
    person = iris.person("tran-van-hoa-quan-9")
    found = rows(store, f"SELECT ?g WHERE {{ GRAPH ?g {{ ?c vnkg:about <{person}> }} }} ORDER BY ?g")
    assert found == [{"g": iris.document_graph("a")}, {"g": iris.document_graph("b")}]


def test_the_fact_stays_while_another_document_states_it(store):
    add(store, "a", [secretary("Trần Văn Hoà", 9)])
    add(store, "b", [secretary("Trần Văn Hoà", 9)])
    remove_document(store, iris.document_graph("a"))
    assert rows(store, "SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n }") == [{"n": "Trần Văn Hoà"}]


def test_the_fact_goes_with_the_last_document_that_states_it(store):
    add(store, "a", [secretary("Trần Văn Hoà", 9)])
    add(store, "b", [secretary("Trần Văn Hoà", 9)])
    remove_document(store, iris.document_graph("a"))
    remove_document(store, iris.document_graph("b"))
    assert rows(store, f"SELECT ?s ?p WHERE {{ GRAPH <{entities_graph()}> {{ ?s ?p ?o }} }}") == []


def test_a_rebuilt_document_drops_only_the_facts_it_no_longer_states(store):
    add(store, "a", [secretary("Trần Văn Hoà", 9), secretary("Lê Thị Mai", 40)])
    add(store, "b", [secretary("Lê Thị Mai", 40)])
    add(store, "a", [secretary("Trần Văn Hoà", 9)])
    assert rows(store, "SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n } ORDER BY ?n") == [
        {"n": "Lê Thị Mai"}, {"n": "Trần Văn Hoà"}]
    assert copies(store, f"<{iris.person('le-thi-mai-quan-9')}> a foaf:Person") == 1
