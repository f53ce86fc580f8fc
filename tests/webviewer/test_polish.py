"""Meeting titles in the interface language, the query page without
JavaScript (results as a table, examples as links, downloads as buttons),
and the network drawing's keyboard and screen-reader access."""
from __future__ import annotations

import re

import pyoxigraph as ox

from graph.store import OxigraphStore
from webviewer.entity_data import meeting_title
from webviewer.graph_reader import GraphReader

from .conftest import ID
from .test_pages import text_of

MEETING = ID + "meeting/ban-chap-hanh-dang-bo-quan-9/hoi-nghi-12-xi"
DIRECTIVES = """PREFIX vnkg: <https://w3id.org/vnkg/ont#>
SELECT DISTINCT ?symbol WHERE { ?d a vnkg:Directive ; vnkg:symbol ?symbol } ORDER BY ?symbol"""
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
VNKG = "https://w3id.org/vnkg/ont#"


def reader_with(*triples) -> GraphReader:
    store = OxigraphStore(None)
    graph = ox.NamedNode(ID + "graph/test")
    store.ox.extend([ox.Quad(s, p, o, graph) for s, p, o in triples])
    return GraphReader(store, ID)


def test_meeting_title_uses_the_graph_label_in_the_interface_language():
    node = ox.NamedNode(ID + "meeting/x/dai-hoi-3")
    graph = reader_with((node, RDFS_LABEL, ox.Literal("Đại hội lần thứ 3 Đảng bộ xã Tân Phú", language="vi")),
                        (node, RDFS_LABEL, ox.Literal("Congress no. 3 of Đảng bộ xã Tân Phú", language="en")))
    assert meeting_title(graph, node.value, "en") == "Congress no. 3 of Đảng bộ xã Tân Phú"
    assert meeting_title(graph, node.value, "vi") == "Đại hội lần thứ 3 Đảng bộ xã Tân Phú"


def test_meeting_title_without_labels_is_made_in_the_interface_language():
    node = ox.NamedNode(ID + "meeting/y/hoi-nghi-7")
    graph = reader_with((node, ox.NamedNode(VNKG + "meetingKind"), ox.Literal("hoi-nghi")),
                        (node, ox.NamedNode(VNKG + "sessionNumber"),
                         ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
                        (node, ox.NamedNode(VNKG + "term"), ox.Literal("V")))
    assert meeting_title(graph, node.value, "en") == "Conference no. 7 (term V)"
    assert meeting_title(graph, node.value, "vi") == "Hội nghị lần thứ 7 (khóa V)"


def test_meeting_page_title_is_english_in_the_english_interface(client):
    html = client.get("/id/meeting/ban-chap-hanh-dang-bo-quan-9/hoi-nghi-12-xi?lang=en").data.decode()
    assert re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip() == \
        "Conference no. 12 of Ban Chấp hành Đảng bộ Quận 9 (term XI)"


def test_network_of_a_meeting_is_titled_in_the_interface_language(client):
    html = client.get(f"/network?iri={MEETING}&lang=en").data.decode()
    assert re.search(r"<h1[^>]*><a [^>]*>(.*?)</a></h1>", html).group(1) == \
        "Conference no. 12 of Ban Chấp hành Đảng bộ Quận 9 (term XI)"


# ------------------------------------------------------------ without JavaScript
def test_query_form_without_javascript_shows_the_results_as_a_table(client):
    html = client.get("/query", query_string={"query": DIRECTIVES, "run": "1", "lang": "en"}).data.decode()
    table = re.search(r'<div id="query-results".*?</table>', html, re.S).group(0)
    assert re.findall(r'<th scope="col">([^<]*)</th>', table) == ["?symbol"]
    assert re.findall(r"<td>([^<]*)</td>", table) == ["15-CTr/TU", "26-NQ/TW", "42-KH/QU"]
    assert "3 rows" in text_of(client.get("/query", query_string={"query": DIRECTIVES, "run": "1"}))


def test_query_form_without_javascript_links_iris_to_entity_pages(client):
    query = "PREFIX vnkg: <https://w3id.org/vnkg/ont#> SELECT ?d WHERE { ?d vnkg:symbol \"42-KH/QU\" }"
    html = client.get("/query", query_string={"query": query, "run": "1"}).data.decode()
    assert '<td><a href="/id/directive/qu/kh/42">https://w3id.org/vnkg/id/directive/qu/kh/42</a></td>' in html


def test_query_form_without_javascript_shows_a_syntax_error(client):
    page = text_of(client.get("/query", query_string={"query": "SELECT ?x WHERE { ?x ?y }", "run": "1",
                                                      "lang": "en"}))
    assert "Query error: SPARQL syntax error: error at 1:" in page


def test_query_page_examples_are_links_that_open_the_example(client):
    html = client.get("/query").data.decode()
    hrefs = re.findall(r'<a class="[^"]*example" href="([^"]+)"', html)
    assert len(hrefs) == 7
    assert all(h.startswith("/query?query=") for h in hrefs)


def test_query_page_downloads_are_form_buttons_for_the_endpoint(client):
    html = client.get("/query").data.decode()
    buttons = re.findall(r'<button id="download-(\w+)" type="submit" name="format" value="(\w+)" formaction="([^"]+)"',
                         html)
    assert buttons == [("csv", "csv", "/sparql"), ("json", "json", "/sparql"), ("ttl", "ttl", "/sparql")]


# ------------------------------------------------------------ network access
def test_network_drawing_is_focusable_and_described_in_the_interface_language(client):
    html = client.get(f"/network?iri={ID}person/nguyen-van-nam&lang=en").data.decode()
    container = re.search(r'<div class="vnkg-network"[^>]*>', html).group(0)
    assert 'tabindex="0"' in container
    assert 'aria-label="Network around Nguyễn Văn Nam: the same links are listed in the table below."' in container


def test_network_arrow_keys_act_only_while_the_drawing_has_focus(client):
    html = client.get(f"/network?iri={ID}person/nguyen-van-nam").data.decode()
    options = re.search(r'<script type="application/json" id="vnkg-network-options">(.*?)</script>', html).group(1)
    assert '"keyboard": {"enabled": true, "bindToWindow": false}' in options


def test_document_kind_is_named_in_the_interface_language(client):
    assert "Kind Report" in text_of(client.get("/id/doc/report-9?lang=en"))
    assert "Loại Báo cáo" in text_of(client.get("/id/doc/report-9?lang=vi"))
