"""The network view: a directed, labelled neighbourhood drawn by pyvis's
generate_html with our template, filterable, capped, and listed as a table."""
from __future__ import annotations

import json
import re

from webviewer import create_app

from .conftest import ID


def islands(client, **params) -> tuple[list, list]:
    html = client.get("/network", query_string=params).data.decode()
    nodes = json.loads(re.search(r'id="vnkg-network-nodes">(.*?)</script>', html, re.S).group(1))
    edges = json.loads(re.search(r'id="vnkg-network-edges">(.*?)</script>', html, re.S).group(1))
    return nodes, edges


def test_depth_one_draws_the_direct_neighbours_with_labelled_directed_edges(client):
    nodes, edges = islands(client, iri=ID + "directive/tu/ctr/15", lang="en")
    assert sorted(n["title"] for n in nodes) == sorted([
        "15-CTr/TU", "26-NQ/TW", "42-KH/QU", "Thành ủy", "Báo cáo kết quả thực hiện Kế hoạch 42-KH/QU"])
    assert sorted((e["label"], e["arrows"]) for e in edges) == [
        ("implements", "to"), ("implements", "to"), ("issued by", "to"), ("mentions", "to")]


def test_posts_are_drawn_as_edges_labelled_with_the_role(client):
    _, edges = islands(client, iri=ID + "person/le-minh-tuan", rel="post")
    assert [(e["from"], e["label"], e["to"]) for e in edges] == [
        (ID + "person/le-minh-tuan", "Phó Bí thư", ID + "org/quan-uy-quan-7")]


def test_parallel_edges_between_two_nodes_are_all_kept(client):
    _, edges = islands(client, iri=ID + "meeting/ban-chap-hanh-dang-bo-quan-9/hoi-nghi-12-xi", lang="en")
    between = sorted(e["label"] for e in edges if e["to"] == ID + "person/nguyen-van-nam")
    assert between == ["chaired by"]
    mentions = [e for e in edges if e["from"] == ID + "doc/report-9"]
    assert len(mentions) == 1


def test_nodes_are_coloured_by_kind(client):
    nodes, _ = islands(client, iri=ID + "directive/tu/ctr/15")
    colours = {n["kind"]: n["color"] for n in nodes}
    assert colours == {"directive": "#3a9a5b", "organisation": "#e07b39", "document": "#7f8c8d"}


def test_relation_filter_keeps_only_chosen_relations(client):
    _, edges = islands(client, iri=ID + "directive/tu/ctr/15", rel="implements")
    assert {e["relation"] for e in edges} == {"implements"}


def test_depth_two_reaches_neighbours_of_neighbours(client):
    nodes, _ = islands(client, iri=ID + "directive/qu/kh/42", rel="implements", depth="2")
    assert sorted(n["title"] for n in nodes) == sorted([
        "42-KH/QU", "15-CTr/TU", "26-NQ/TW", "Báo cáo kết quả thực hiện Kế hoạch 42-KH/QU"])


def test_cap_limits_nodes_and_the_page_says_so(store_dir):
    client = create_app(str(store_dir), {"NETWORK_NODE_CAP": 3}).test_client()
    html = client.get("/network", query_string={"iri": ID + "doc/report-9", "lang": "en"}).data.decode()
    nodes = json.loads(re.search(r'id="vnkg-network-nodes">(.*?)</script>', html, re.S).group(1))
    assert len(nodes) == 3
    assert "Only the first 3 nodes are drawn" in html


def test_every_drawn_edge_is_also_a_table_row(client):
    html = client.get("/network", query_string={"iri": ID + "directive/tu/ctr/15"}).data.decode()
    _, edges = islands(client, iri=ID + "directive/tu/ctr/15")
    assert len(re.findall(r"<tr data-relation=", html)) == len(edges) == 4


def test_expanding_a_node_answers_its_neighbours_as_json(client):
    data = client.get("/network/data", query_string={"iri": ID + "org/thanh-uy", "rel": "passed_by"}).get_json()
    assert [n["title"] for n in data["nodes"]] == ["Thành ủy", "15-CTr/TU"]
    assert data["edges"][0]["to"] == ID + "org/thanh-uy"
