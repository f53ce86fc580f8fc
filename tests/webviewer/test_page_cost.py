"""What keeps pages cheap on a large graph, specified by what the pages show:
entity URLs quoted under the route's prefix (the URLs the router builds),
statement tables sorted by the viewer rather than by ORDER BY, incoming
statements capped, and a document's evidence read from its own text."""
from __future__ import annotations

import re

import pytest
from flask import url_for

from webviewer.graph_reader import _entity_url

from .conftest import ID


@pytest.mark.parametrize("rest", ["person/le-minh-tuan", "org/quận ủy/7", "doc/a b?c#d", "x/100%/y", "a:b@c+d"])
def test_entity_urls_are_the_urls_the_router_builds(app, rest):
    with app.test_request_context("/"):
        assert _entity_url("", ID, ID + rest) == url_for("entities.by_path", rest=rest)


def test_iris_outside_the_base_link_to_the_entity_page_by_query(app):
    with app.test_request_context("/"):
        assert _entity_url("", ID, "https://example.org/x y") == "/entity?iri=https://example.org/x+y"


def test_a_documents_statements_are_listed_by_property_then_value(client):
    html = client.get("/id/doc/news-7").data.decode()
    table = html[html.index("<details class=\"mt-4\">"):]
    outgoing = re.findall(r"<tr><td><code>([^<]+)</code></td>\s*<td>(?:<a href=\"[^\"]+\">)?([^<]+)", table)
    assert outgoing == [
        ("dcterms:date", "2023-05"), ("dcterms:title", "Quán triệt Nghị quyết 26-NQ/TW"),
        ("rdf:type", "https://w3id.org/vnkg/ont#SourceDocument"), ("vnkg:documentKind", "news"),
        ("vnkg:fileName", "tin-quan-7.txt"), ("vnkg:implements", ID + "directive/tw/nq/26"),
        ("vnkg:locality", "Quận 7"), ("vnkg:mentions", ID + "directive/tw/nq/26"),
        ("vnkg:mentions", ID + "org/quan-uy-quan-7"), ("vnkg:mentions", ID + "person/le-minh-tuan"),
        ("vnkg:mentions", ID + "person/nguyen-van-nam"),
    ]


def test_incoming_statements_stop_at_the_limit_and_come_sorted(app):
    graph = app.extensions["vnkg"].graph
    everything = graph.incoming(ID + "person/nguyen-van-nam")
    two = graph.incoming(ID + "person/nguyen-van-nam", limit=2)
    assert len(two) == 2 < len(everything)
    assert [(r["p"].value, r["s"].value) for r in everything] == sorted((r["p"].value, r["s"].value) for r in everything)


def test_a_documents_evidence_is_the_sentence_at_its_offsets_in_the_text(app):
    from webviewer.entity_data import document

    with app.test_request_context("/"):
        data = document(app.extensions["vnkg"].graph, ID + "doc/report-9")
    [post] = [p for p in data["posts"] if p["person"] == ID + "person/nguyen-van-nam"]
    assert post["postEvidence"] == data["facts"]["text"][111:168] == \
        "Đồng chí Nguyễn Văn Nam, Bí thư Quận ủy chủ trì hội nghị."
