"""The endpoint refuses federated queries (SERVICE) and nothing that only looks like one."""
import pytest

from webviewer.sparql_guard import FederatedQueryRefused, refuse_federation


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://x/> } }",
])
def test_service_is_refused(query):
    with pytest.raises(FederatedQueryRefused):
        refuse_federation(query)


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE" }',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "# SERVICE in a comment\nSELECT * WHERE { ?s ?p ?o }",
    "PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:x ?o }",
    "SELECT ?service WHERE { ?service ?p ?o }",
])
def test_words_that_only_look_like_service_pass(query):
    refuse_federation(query)


def test_endpoint_answers_400_for_service(client):
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert response.status_code == 400
    assert response.get_data(as_text=True) == (
        "SERVICE (federated query) is not allowed: this endpoint only queries its own graph\n")
