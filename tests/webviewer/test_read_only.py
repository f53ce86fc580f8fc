"""The public endpoint and pages never write: Graph Store Protocol writes and
other write methods are refused, and the graph is unchanged afterwards."""
import pytest

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
TURTLE = "<http://example.org/a> <http://example.org/b> <http://example.org/c> ."


def quads(client) -> int:
    response = client.get("/sparql", query_string={"query": COUNT},
                          headers={"Accept": "application/sparql-results+json"})
    return int(response.get_json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/sparql", "/rdf-graph-store", "/graph-store", "/id/person/x"])
def test_write_methods_are_refused(client, method, path):
    response = client.open(path, method=method, query_string={"graph": "http://example.org/g"},
                           data=TURTLE, headers={"Content-Type": "text/turtle"})
    assert response.status_code in (404, 405)


def test_graph_store_post_is_refused(client):
    response = client.post("/rdf-graph-store", query_string={"default": ""}, data=TURTLE,
                           headers={"Content-Type": "text/turtle"})
    assert response.status_code in (404, 405)


def test_refused_writes_leave_the_graph_unchanged(client):
    before = quads(client)
    for method in ("PUT", "DELETE", "POST"):
        client.open("/rdf-graph-store", method=method, query_string={"default": ""}, data=TURTLE,
                    headers={"Content-Type": "text/turtle"})
        client.open("/sparql", method=method, data="INSERT DATA { " + TURTLE + " }",
                    headers={"Content-Type": "application/sparql-update"})
    assert quads(client) == before
