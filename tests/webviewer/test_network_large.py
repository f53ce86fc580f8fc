"""A large network is drawn for a quick first paint: no improvedLayout, straight
edges, no stabilisation pass before the first drawing, edge names on hover
only, and its edge table folded; a small one keeps the full drawing."""
from __future__ import annotations

import json
import re

import pytest

import webviewer.network
import webviewer.views.network
from webviewer.network import LARGE_NETWORK, _vis_options

from webviewer import create_app

from .conftest import ID


@pytest.fixture()
def large_from_three_nodes(monkeypatch):
    monkeypatch.setattr(webviewer.network, "LARGE_NETWORK", 2)
    monkeypatch.setattr(webviewer.views.network, "LARGE_NETWORK", 2)


def test_small_network_keeps_smooth_edges_improved_layout_and_stabilisation():
    options = _vis_options(LARGE_NETWORK)
    assert options["edges"]["smooth"] == {"type": "dynamic"}
    assert options["layout"]["improvedLayout"] is True
    assert options["physics"]["stabilization"]["enabled"] is True


def test_large_network_drops_improved_layout_smooth_edges_and_stabilisation():
    options = _vis_options(LARGE_NETWORK + 1)
    assert options["edges"]["smooth"] is False
    assert options["layout"]["improvedLayout"] is False
    assert options["physics"]["stabilization"]["enabled"] is False


def test_large_network_names_its_edges_on_hover_and_folds_its_table(store_dir, large_from_three_nodes):
    # An app of its own: the shared one keeps answers in its response cache.
    client = create_app(str(store_dir), {"ENTITY_BASE": ID, "TESTING": True}).test_client()
    html = client.get("/network", query_string={"iri": ID + "directive/tu/ctr/15", "lang": "en"}).data.decode()
    edges = json.loads(re.search(r'id="vnkg-network-edges">(.*?)</script>', html, re.S).group(1))
    assert sorted(e["title"] for e in edges) == ["implements", "implements", "issued by", "mentions"]
    assert all("label" not in e for e in edges)
    assert re.search(r"<details><summary><h2 id=\"edges-h\"[^>]*>The network as a table</h2> "
                     r"<span class=\"small text-muted\">\(4\)</span></summary>", html)


def test_small_network_labels_its_edges_and_shows_its_table(client):
    html = client.get("/network", query_string={"iri": ID + "directive/tu/ctr/15", "lang": "en"}).data.decode()
    edges = json.loads(re.search(r'id="vnkg-network-edges">(.*?)</script>', html, re.S).group(1))
    assert sorted(e["label"] for e in edges) == ["implements", "implements", "issued by", "mentions"]
    assert "<details>" not in html
