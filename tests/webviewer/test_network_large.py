"""A network of more than QUICK_LAYOUT nodes is drawn for a quick first paint:
no improvedLayout, straight edges, no stabilisation pass before the first
drawing, physics after it; a large one (LARGE_NETWORK) also names edges on hover
only, lean node and edge JSON (kind as the vis-network group, arrows in the
options), and its edge table on a page of its own; a small one keeps the full
drawing and its table. The neighbourhood stops asking once it is capped."""
from __future__ import annotations

import json
import re

import pytest

import webviewer.network
import webviewer.views.network
from webviewer.network import QUICK_LAYOUT, _vis_options

from webviewer import create_app

from .conftest import ID


@pytest.fixture()
def large_from_three_nodes(monkeypatch):
    monkeypatch.setattr(webviewer.network, "LARGE_NETWORK", 2)
    monkeypatch.setattr(webviewer.views.network, "LARGE_NETWORK", 2)


def test_small_network_keeps_smooth_edges_improved_layout_and_stabilisation():
    options = _vis_options(QUICK_LAYOUT)
    assert options["edges"]["smooth"] == {"type": "dynamic"}
    assert options["layout"]["improvedLayout"] is True
    assert options["physics"]["stabilization"]["enabled"] is True


def test_large_network_drops_improved_layout_smooth_edges_and_stabilisation():
    options = _vis_options(QUICK_LAYOUT + 1)
    assert options["edges"]["smooth"] is False
    assert options["layout"]["improvedLayout"] is False
    assert options["physics"]["stabilization"]["enabled"] is False
    assert options["physicsAfterFirstDrawing"] is True


def _large_page(store_dir, **params) -> str:
    # An app of its own: the shared one keeps answers in its response cache.
    client = create_app(str(store_dir), {"ENTITY_BASE": ID, "TESTING": True}).test_client()
    return client.get("/network", query_string={"iri": ID + "directive/tu/ctr/15", "lang": "en", **params}).data.decode()


def _island(html: str, name: str) -> list[dict]:
    return json.loads(re.search(rf'id="vnkg-network-{name}">(.*?)</script>', html, re.S).group(1))


def test_large_network_names_its_edges_on_hover_without_arrows_on_each(store_dir, large_from_three_nodes):
    edges = _island(_large_page(store_dir), "edges")
    assert sorted(e["title"] for e in edges) == ["implements", "implements", "issued by", "mentions"]
    assert [sorted(e) for e in edges] == [["from", "relation", "title", "to"]] * 4


def test_large_network_nodes_carry_their_kind_as_group_not_colours(store_dir, large_from_three_nodes):
    nodes = {n["id"]: n for n in _island(_large_page(store_dir), "nodes")}
    assert nodes[ID + "org/thanh-uy"] == {"id": ID + "org/thanh-uy", "label": "Thành ủy", "group": "organisation",
                                          "kind": "organisation", "shape": "box", "url": "/id/org/thanh-uy"}
    assert (nodes[ID + "directive/tu/ctr/15"]["size"], nodes[ID + "directive/tu/ctr/15"]["borderWidth"]) == (22, 3)


def test_group_colours_and_arrows_are_in_the_drawing_options(store_dir, large_from_three_nodes):
    options = _island(_large_page(store_dir), "options")
    assert options["groups"]["organisation"] == {"color": "#e07b39", "shape": "box"}
    assert options["edges"]["arrows"] == "to"


def test_large_network_links_its_table_page_instead_of_holding_the_rows(store_dir, large_from_three_nodes):
    html = _large_page(store_dir, depth="1", rel=["implements", "passed_by"])
    assert 'id="network-table"' not in html
    link = re.search(r'<p id="network-table-link"><a href="([^"]+)">The network as a table</a> '
                     r'<span class="small text-muted">\((\d+) links\)</span>', html)
    assert link.group(1).replace("&amp;", "&") == (
        "/network/table?iri=https://w3id.org/vnkg/id/directive/tu/ctr/15&depth=1"
        "&rel=implements&rel=passed_by")
    assert link.group(2) == "3"


def test_the_table_page_lists_every_link_of_the_network(client):
    html = client.get("/network/table", query_string={"iri": ID + "directive/tu/ctr/15", "lang": "en"}).data.decode()
    rows = re.findall(r'<tr data-relation="(\w+)"><td><a href="[^"]+">([^<]+)</a></td><td>([^<]+)</td>', html)
    assert sorted(rows) == sorted([
        ("implements", "15-CTr/TU", "implements"), ("passed_by", "15-CTr/TU", "issued by"),
        ("implements", "42-KH/QU", "implements"), ("mentions", "Báo cáo kết quả thực hiện Kế hoạch 42-KH/QU", "mentions")])
    assert "vnkg-network-nodes" not in html


def test_a_capped_neighbourhood_stops_asking_about_its_frontier(app, monkeypatch):
    asked: list[int] = []
    edges_of = webviewer.network._edges_of

    def counting(graph, iris):
        asked.append(len(iris))
        return edges_of(graph, iris)

    monkeypatch.setattr(webviewer.network, "_edges_of", counting)
    monkeypatch.setattr(webviewer.network, "LEVEL_BATCH", 1)
    graph = app.extensions["vnkg"].graph
    with app.test_request_context("/"):
        hood = webviewer.network.neighbourhood(graph, ID + "directive/tu/ctr/15", depth=2, cap=5)
    assert (len(hood.nodes), hood.capped) == (5, True)
    assert asked == [1, 1]


def test_small_network_labels_its_edges_and_shows_its_table(client):
    html = client.get("/network", query_string={"iri": ID + "directive/tu/ctr/15", "lang": "en"}).data.decode()
    edges = json.loads(re.search(r'id="vnkg-network-edges">(.*?)</script>', html, re.S).group(1))
    assert sorted(e["label"] for e in edges) == ["implements", "implements", "issued by", "mentions"]
    assert "<details>" not in html


def test_nodes_the_search_index_knows_are_named_without_asking_the_store(app, monkeypatch):
    graph = app.extensions["vnkg"].graph
    with app.test_request_context("/"):
        from_index = webviewer.network.neighbourhood(graph, ID + "directive/tu/ctr/15")
        asked: list[list[str]] = []
        asked_store = graph._kinds_and_labels_asked
        monkeypatch.setattr(graph, "_kinds_and_labels_asked", lambda iris: asked.append(sorted(iris)) or asked_store(iris))
        monkeypatch.setattr(graph, "known_kinds", {})
        monkeypatch.setattr(graph, "known_labels", {})
        from_store = webviewer.network.neighbourhood(graph, ID + "directive/tu/ctr/15")
    assert from_index.nodes == from_store.nodes
    assert asked == [sorted(from_store.nodes)]


def test_the_search_index_gives_the_labels_the_store_would(app):
    graph = app.extensions["vnkg"].graph
    known = dict(graph.known_labels)
    assert known and known == graph._labels_asked(list(known))
    assert graph.known_kinds == graph._kinds_asked(list(graph.known_kinds))
