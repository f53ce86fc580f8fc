"""The build's writer: labels counted in memory across documents, the
labels graph rewritten only when a choice changes, and the same SKOS labels
as documents written one writer at a time."""
from __future__ import annotations

from graph import iris
from graph.build import GraphWriter
from graph.labels import LabelTally
from graph.mapping import map_record
from graph.store import OxigraphStore

from .test_graph import TEXT_NAM, record, rows, secretary

def body() -> str:
    return iris.organisation("quan-uy-quan-9")  # read at test time: the tests' data base is set per test


def mapped(store, slug, organisation="Quận ủy"):
    return map_record(record(f"{slug}.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9, organisation)]),
                      TEXT_NAM, store.select, doc_slug=slug)


def test_a_new_spelling_that_does_not_win_changes_only_the_alternatives():
    store = OxigraphStore(None)
    tally = LabelTally(store.select, iris.labels_graph())
    tally.update({}, {body(): {("Quận ủy Quận 9", "vi")}})
    tally.update({}, {body(): {("Quận ủy Quận 9", "vi")}})
    update = tally.update({}, {body(): {("Quận Ủy Quận 9", "vi")}})
    assert "skos/core#altLabel> \"Quận Ủy Quận 9\"@vi" in update
    assert tally.chosen[body()] == {"vi": ("Quận ủy Quận 9", ["Quận Ủy Quận 9"])}


def test_a_document_repeating_the_preferred_spelling_leaves_the_labels_graph_alone():
    store = OxigraphStore(None)
    tally = LabelTally(store.select, iris.labels_graph())
    tally.update({}, {body(): {("Quận ủy Quận 9", "vi")}})
    assert tally.update({}, {body(): {("Quận ủy Quận 9", "vi")}}) == ""


def test_counts_start_from_what_the_store_holds():
    store = OxigraphStore(None)
    GraphWriter(store).write(mapped(store, "a", "Quận Ủy"))
    GraphWriter(store).write(mapped(store, "b", "Quận Ủy"))
    tally = LabelTally(store.select, iris.labels_graph())
    assert tally.update({}, {body(): {("Quận ủy Quận 9", "vi")}}) != ""
    assert tally.chosen[body()] == {"vi": ("Quận Ủy Quận 9", ["Quận ủy Quận 9"])}


def test_one_writer_for_a_build_gives_the_labels_of_one_writer_per_document():
    shared, separate = OxigraphStore(None), OxigraphStore(None)
    writer = GraphWriter(shared)
    for slug, spelling in (("a", "Quận Ủy"), ("b", "Quận ủy"), ("c", "Quận ủy")):
        writer.write(mapped(shared, slug, spelling))
        GraphWriter(separate).write(mapped(separate, slug, spelling))
    labels = "SELECT ?p ?l WHERE { GRAPH <%s> { ?e ?p ?l } } ORDER BY ?p ?l" % iris.labels_graph()
    assert rows(shared, labels) == rows(separate, labels)
    assert {"p": "http://www.w3.org/2004/02/skos/core#prefLabel", "l": "Quận ủy Quận 9"} in rows(shared, labels)
