"""The viewer over a remote SPARQL store (`vnkg serve --store http://...`):
the sample graph loaded into the real Virtuoso that tests/graph starts, and
the same pages, search and /sparql answers as over the embedded store."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from graph.remote import RemoteStore
from tests.graph.conftest import TEST_BASE, virtuoso_url  # noqa: F401  (the server fixture)
from webviewer import create_app

from .conftest import FIXTURES, ID

pytestmark = pytest.mark.remote

DIRECTIVES = """PREFIX vnkg: <https://w3id.org/vnkg/ont#>
SELECT DISTINCT ?symbol WHERE { ?d a vnkg:Directive ; vnkg:symbol ?symbol } ORDER BY ?symbol"""
SYMBOLS = ["15-CTr/TU", "26-NQ/TW", "42-KH/QU"]


def skolem(term):
    """Virtuoso takes no blank nodes in INSERT DATA: each becomes an IRI of its own."""
    return ox.NamedNode(f"{ID}.well-known/genid/{term.value}") if isinstance(term, ox.BlankNode) else term


def fixture_quads() -> list[ox.Quad]:
    data = (FIXTURES / "sample.trig").read_bytes()
    return [ox.Quad(skolem(q.subject), q.predicate, skolem(q.object), q.graph_name)
            for q in ox.parse(io.BytesIO(data), format=ox.RdfFormat.TRIG)]


def clear(remote: RemoteStore, graphs: set[str]) -> None:
    for graph in graphs:
        remote.remove_graph(graph)


@pytest.fixture(scope="module")
def remote_app(virtuoso_url):  # noqa: F811
    remote = RemoteStore(virtuoso_url)
    quads = fixture_quads()
    ours = {q.graph_name.value for q in quads}
    # Graph tests sharing this server leave their last graphs behind.
    leftovers = {r["g"] for r in remote.select(
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{TEST_BASE}")) }}')}
    clear(remote, ours | leftovers)
    remote.load_quads(quads)
    app = create_app(virtuoso_url, {"ENTITY_BASE": ID, "TESTING": True})
    yield app
    app.extensions["vnkg"].runner.close()
    clear(remote, ours)


@pytest.fixture()
def client(remote_app):
    return remote_app.test_client()


def test_home_counts_the_remote_graph(client):
    page = client.get("/?lang=en").data.decode()
    assert client.get("/").status_code == 200
    assert "bao-cao-quan-9.txt" in page


def test_person_page_shows_posts_from_the_remote_store(client):
    response = client.get("/id/person/nguyen-van-nam")
    assert response.status_code == 200
    page = response.data.decode()
    assert "Nguyễn Văn Nam" in page
    assert "Bí thư" in page


def test_directive_page_shows_its_implementation_links(client):
    page = client.get("/id/directive/qu/kh/42").data.decode()
    assert "15-CTr/TU" in page


def test_search_index_is_built_from_the_remote_store(client):
    hits = client.get("/api/search", query_string={"q": "nguyen van nam"}).get_json()
    assert hits[0]["iri"] == ID + "person/nguyen-van-nam"


def test_entity_turtle_comes_from_the_remote_store(client):
    response = client.get("/id/directive/qu/kh/42", headers={"Accept": "text/turtle"})
    assert response.mimetype == "text/turtle"
    assert "<https://w3id.org/vnkg/id/directive/tu/ctr/15>" in response.data.decode()


def test_sparql_select_is_answered_by_the_remote_store(client):
    response = client.get("/sparql", query_string={"query": DIRECTIVES})
    assert [b["symbol"]["value"] for b in response.get_json(force=True)["results"]["bindings"]] == SYMBOLS


def test_sparql_construct_is_answered_by_the_remote_store(client):
    query = """PREFIX vnkg: <https://w3id.org/vnkg/ont#>
CONSTRUCT { ?a vnkg:implements ?b } WHERE { ?a vnkg:implements ?b . ?a vnkg:symbol "42-KH/QU" }"""
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/n-triples"})
    assert response.data.decode().splitlines() == [
        "<https://w3id.org/vnkg/id/directive/qu/kh/42> <https://w3id.org/vnkg/ont#implements> "
        "<https://w3id.org/vnkg/id/directive/tu/ctr/15> ."]


def test_sparql_dataset_parameter_reaches_the_remote_store(client):
    query = "PREFIX vnkg: <https://w3id.org/vnkg/ont#> SELECT ?f WHERE { ?d vnkg:fileName ?f }"
    response = client.get("/sparql", query_string={
        "query": query, "default-graph-uri": "https://w3id.org/vnkg/id/graph/news-7"})
    assert [b["f"]["value"] for b in response.get_json(force=True)["results"]["bindings"]] == ["tin-quan-7.txt"]


def test_sparql_syntax_error_over_a_remote_store_is_400(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    assert response.data.decode().startswith("SPARQL syntax error: error at 1:")
