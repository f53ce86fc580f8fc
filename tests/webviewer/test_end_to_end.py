"""From the demo corpus to the pages: `vnkg build data/corpus` into a fresh
store, then the viewer over it answers its pages and the competency queries."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from webviewer import create_app
from webviewer.competency import competency_queries

pytestmark = pytest.mark.slow

REPOSITORY = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def demo_client(tmp_path_factory):
    store = tmp_path_factory.mktemp("demo") / "store"
    vnkg = Path(sys.executable).with_name("vnkg")
    subprocess.run([str(vnkg), "build", str(REPOSITORY / "data" / "corpus"), "--store", str(store), "-q"],
                   check=True, capture_output=True, cwd=REPOSITORY)
    return create_app(str(store)).test_client()


def test_home_counts_the_five_demo_documents(demo_client):
    html = demo_client.get("/").data.decode()
    assert re.search(r'data-kind="document">(\d+)<', html).group(1) == "5"


def test_every_document_page_opens_with_its_mentions_linked(demo_client):
    html = demo_client.get("/").data.decode()
    documents = sorted(set(re.findall(r'href="(/id/doc/[^"]+)"', html)))
    assert len(documents) == 5
    for url in documents:
        page = demo_client.get(url)
        assert page.status_code == 200
        assert 'class="ent ent-' in page.data.decode()


def test_every_linked_entity_of_a_document_opens(demo_client):
    first = sorted(set(re.findall(r'href="(/id/doc/[^"]+)"', demo_client.get("/").data.decode())))[0]
    targets = set(re.findall(r'class="ent ent-\w+" href="([^"]+)"', demo_client.get(first).data.decode()))
    assert targets
    assert {url: demo_client.get(url).status_code for url in targets} == {url: 200 for url in targets}


def test_search_finds_a_central_resolution_by_a_variant_symbol(demo_client):
    html = demo_client.get("/search", query_string={"q": "nq tw", "kind": "directive"}).data.decode()
    assert re.search(r'href="/id/directive/tw/nq/\d+"', html)


def test_competency_queries_run_at_the_endpoint(demo_client):
    for example in competency_queries():
        response = demo_client.post("/sparql", data={"query": example["query"]})
        assert response.status_code == 200, example["name"]
