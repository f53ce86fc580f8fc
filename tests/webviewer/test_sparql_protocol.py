"""/sparql speaks the SPARQL 1.1 Protocol: GET and POST, content negotiation,
4xx for protocol errors, updates refused, a row cap and a time limit."""
from __future__ import annotations

import json

import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from webviewer import create_app

DIRECTIVES = """PREFIX vnkg: <https://w3id.org/vnkg/ont#>
SELECT DISTINCT ?symbol WHERE { ?d a vnkg:Directive ; vnkg:symbol ?symbol } ORDER BY ?symbol"""
SYMBOLS = ["15-CTr/TU", "26-NQ/TW", "42-KH/QU"]
CONSTRUCT = """PREFIX vnkg: <https://w3id.org/vnkg/ont#>
CONSTRUCT { ?a vnkg:implements ?b } WHERE { ?a vnkg:implements ?b . ?a vnkg:symbol "42-KH/QU" }"""


def symbols(response) -> list[str]:
    return [b["symbol"]["value"] for b in response.get_json(force=True)["results"]["bindings"]]


def test_get_select_answers_sparql_results_json_by_default(client):
    response = client.get("/sparql", query_string={"query": DIRECTIVES})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    assert symbols(response) == SYMBOLS


def test_post_form_encoded_query_is_answered(client):
    response = client.post("/sparql", data={"query": DIRECTIVES})
    assert symbols(response) == SYMBOLS


def test_post_sparql_query_body_is_answered(client):
    response = client.post("/sparql", data=DIRECTIVES.encode(), content_type="application/sparql-query")
    assert symbols(response) == SYMBOLS


def test_csv_is_negotiated_by_accept(client):
    response = client.get("/sparql", query_string={"query": DIRECTIVES}, headers={"Accept": "text/csv"})
    assert response.mimetype == "text/csv"
    assert response.data.decode() == "symbol\r\n15-CTr/TU\r\n26-NQ/TW\r\n42-KH/QU\r\n"


def test_tsv_writes_terms_in_turtle_syntax(client):
    response = client.get("/sparql", query_string={"query": DIRECTIVES},
                          headers={"Accept": "text/tab-separated-values"})
    assert response.data.decode() == '?symbol\n"15-CTr/TU"\n"26-NQ/TW"\n"42-KH/QU"\n'


def test_xml_results_carry_each_binding(client):
    response = client.get("/sparql", query_string={"query": DIRECTIVES},
                          headers={"Accept": "application/sparql-results+xml"})
    assert response.mimetype == "application/sparql-results+xml"
    assert response.data.decode().count('<binding name="symbol"><literal>') == 3


def test_ask_answers_a_boolean(client):
    response = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert response.get_json(force=True) == {"head": {}, "boolean": True}


def test_construct_answers_turtle_by_default(client):
    response = client.get("/sparql", query_string={"query": CONSTRUCT})
    assert response.mimetype == "text/turtle"
    assert "<https://w3id.org/vnkg/id/directive/qu/kh/42> vnkg:implements <https://w3id.org/vnkg/id/directive/tu/ctr/15>" \
        in response.data.decode()


@pytest.mark.parametrize("media_type", ["application/n-triples", "application/rdf+xml", "application/ld+json"])
def test_construct_negotiates_every_rdf_format(client, media_type):
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.mimetype == media_type
    assert "https://w3id.org/vnkg/id/directive/tu/ctr/15" in response.data.decode()


def test_jsonld_construct_is_json(client):
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "application/ld+json"})
    document = json.loads(response.data)
    assert document[0]["@id"] == "https://w3id.org/vnkg/id/directive/qu/kh/42"


def test_syntax_error_is_400_with_the_parser_message(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    assert response.data.decode().startswith("SPARQL syntax error: error at 1:")


def test_two_query_parameters_are_400(client):
    response = client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert response.status_code == 400
    assert b"more than one 'query'" in response.data


def test_post_with_a_wrong_media_type_is_415(client):
    response = client.post("/sparql", data=DIRECTIVES.encode(), content_type="text/plain")
    assert response.status_code == 415


def test_update_by_get_is_refused(client):
    response = client.get("/sparql", query_string={"update": "CLEAR ALL"})
    assert response.status_code == 403


def test_update_by_post_is_refused(client):
    response = client.post("/sparql", data=b"CLEAR ALL", content_type="application/sparql-update")
    assert response.status_code == 403
    form = client.post("/sparql", data={"update": "DROP ALL"})
    assert form.status_code == 403


def test_update_text_sent_as_a_query_is_a_syntax_error(client):
    response = client.post("/sparql", data={"query": "DELETE WHERE { ?s ?p ?o }"})
    assert response.status_code == 400


def test_missing_query_is_400_for_a_client(client):
    response = client.get("/sparql", headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400


def test_a_browser_without_query_is_sent_to_the_editor(client):
    response = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/query")


def test_unavailable_media_type_is_406(client):
    response = client.get("/sparql", query_string={"query": DIRECTIVES}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_format_parameter_downloads_csv(client):
    response = client.get("/sparql", query_string={"query": DIRECTIVES, "format": "csv", "download": "1"})
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="vnkg-results.csv"'


def test_row_cap_cuts_results_and_says_so(store_dir):
    app = create_app(str(store_dir), {"SPARQL_ROW_CAP": 2})
    response = app.test_client().get("/sparql", query_string={"query": DIRECTIVES})
    assert symbols(response) == SYMBOLS[:2]
    assert response.headers["X-VNKG-Truncated"] == "results cut at 2"


def test_query_past_the_time_limit_is_503(store_dir):
    app = create_app(str(store_dir), {"SPARQL_TIMEOUT_SECONDS": 0.0})
    heavy = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    response = app.test_client().get("/sparql", query_string={"query": heavy})
    assert response.status_code == 503
    assert response.data.decode().startswith("query stopped: the query ran")


def test_dataset_parameter_restricts_the_default_graph(client):
    query = "PREFIX vnkg: <https://w3id.org/vnkg/ont#> SELECT ?f WHERE { ?d vnkg:fileName ?f }"
    response = client.get("/sparql", query_string={
        "query": query, "default-graph-uri": "https://w3id.org/vnkg/id/graph/news-7"})
    assert [b["f"]["value"] for b in response.get_json(force=True)["results"]["bindings"]] == ["tin-quan-7.txt"]


# ------------------------------------------------- a real client over HTTP
def wrapper(live_server, query, fmt, method="GET"):
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client.query()


def test_sparqlwrapper_reads_json_over_get(live_server):
    result = wrapper(live_server, DIRECTIVES, JSON).convert()
    assert [b["symbol"]["value"] for b in result["results"]["bindings"]] == SYMBOLS


def test_sparqlwrapper_reads_json_over_post(live_server):
    result = wrapper(live_server, DIRECTIVES, JSON, "POST").convert()
    assert [b["symbol"]["value"] for b in result["results"]["bindings"]] == SYMBOLS


def test_sparqlwrapper_reads_xml_and_csv(live_server):
    xml = wrapper(live_server, DIRECTIVES, XML).convert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")] == SYMBOLS
    csv_text = wrapper(live_server, DIRECTIVES, CSV).convert().decode()
    assert csv_text.splitlines() == ["symbol", *SYMBOLS]


def test_sparqlwrapper_reads_a_construct_as_turtle(live_server):
    graph_text = wrapper(live_server, CONSTRUCT, TURTLE).convert().decode()
    assert "vnkg:implements" in graph_text


def test_sparqlwrapper_sees_a_syntax_error_as_bad_query(live_server):
    with pytest.raises(QueryBadFormed):
        wrapper(live_server, "SELECT WHERE {", JSON)
