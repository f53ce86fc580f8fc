"""Injection, XSS and path traversal against the viewer, through Flask's
test client: hostile text in documents, names and labels never becomes
markup; quotes, `>`, `}` and `#` in parameters never reach a query as syntax;
no route serves a file outside its folder."""
import json
from urllib.parse import quote

import pytest
from lxml import html as lxml_html

from webviewer import create_app

from .hostile_store import DIRECTIVE, DOCUMENT, HOSTILE, ODD_IRI, ORGANISATION, PERSON, build_hostile_store

PAYLOADS = ['"', "'", ">", "<", "}", "{", "#", "\\", "%", "\n", '"} ; ?s ?p ?o #', "> } UNION { ?s ?p ?o } #",
            "' || true || '", "<script>alert(1)</script>", "\u0000", "../../etc/passwd"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    store = build_hostile_store(tmp_path_factory.mktemp("hostile"))
    return create_app(str(store), {"ENTITY_BASE": "https://w3id.org/vnkg/id/"})


@pytest.fixture()
def client(app):
    return app.test_client()


def page_url(app, iri):
    with app.test_request_context():
        return app.extensions["vnkg"].graph.entity_url(iri)


def assert_no_injected_markup(body: bytes) -> None:
    """The page's structure: scripts only from its own origin or inert JSON,
    no event-handler attribute, no javascript: URL, no injected image or svg."""
    tree = lxml_html.fromstring(body)
    for script in tree.iter("script"):
        if script.get("type") == "application/json":
            json.loads(script.text or "null")
        else:
            assert script.get("src", "").startswith("/") and not (script.text or "").strip(), \
                lxml_html.tostring(script)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), lxml_html.tostring(element)
            if name in ("href", "src", "action"):
                assert not value.strip().lower().startswith("javascript:"), lxml_html.tostring(element)
        assert element.tag not in ("svg", "iframe", "object", "embed")
        if element.tag == "img":
            assert element.get("src") != "x"


@pytest.mark.parametrize("iri", [PERSON, ORGANISATION, DIRECTIVE, DOCUMENT, ODD_IRI])
def test_hostile_names_and_labels_are_shown_as_text_on_entity_pages(app, client, iri):
    response = client.get(page_url(app, iri))
    assert response.status_code == 200
    assert_no_injected_markup(response.data)
    shown = lxml_html.fromstring(response.data).text_content()
    assert any(h in shown for h in HOSTILE)


def test_the_built_document_with_markup_in_its_text_is_shown_as_text(client):
    results = json.loads(client.get("/sparql", query_string={
        "query": "SELECT ?d WHERE { ?d <https://w3id.org/vnkg/ont#fileName> \"thong-bao.html\" }"}).data)
    document = results["results"]["bindings"][0]["d"]["value"]
    response = client.get("/entity", query_string={"iri": document}, follow_redirects=True)
    assert response.status_code == 200
    assert_no_injected_markup(response.data)
    assert "<script>alert('text')</script>" in lxml_html.fromstring(response.data).text_content()


@pytest.mark.parametrize("route", ["/trace", "/network"])
def test_trace_and_network_pages_of_a_hostile_entity_are_inert(client, route):
    response = client.get(route, query_string={"iri": PERSON})
    assert response.status_code == 200
    assert_no_injected_markup(response.data)


@pytest.mark.parametrize("payload", HOSTILE + PAYLOADS)
@pytest.mark.parametrize("route, parameter", [("/search", "q"), ("/query", "query"), ("/search", "kind")])
def test_a_hostile_parameter_is_echoed_as_text(client, route, parameter, payload):
    response = client.get(route, query_string={parameter: payload})
    assert response.status_code == 200
    assert_no_injected_markup(response.data)


@pytest.mark.parametrize("payload", HOSTILE + PAYLOADS)
def test_search_api_answers_json_that_a_browser_will_not_render(client, payload):
    response = client.get("/api/search", query_string={"q": payload})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    json.loads(response.data)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("route", ["/entity", "/trace", "/go", "/network", "/network/data"])
def test_an_iri_with_query_syntax_appended_is_not_found(client, route, payload):
    response = client.get(route, query_string={"iri": PERSON + payload})
    assert response.status_code == 404


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("parameter", ["depth", "rel"])
def test_network_options_with_query_syntax_do_not_fail(client, parameter, payload):
    response = client.get("/network/data", query_string={"iri": PERSON, parameter: payload})
    assert response.status_code in (200, 400)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("parameter", ["default-graph-uri", "named-graph-uri"])
def test_sparql_dataset_parameters_with_query_syntax_are_refused_or_harmless(client, parameter, payload):
    response = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }", parameter: "http://x/" + payload})
    assert response.status_code in (200, 400)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_an_entity_path_with_query_syntax_is_not_found(client, payload):
    response = client.get("/id/person/hostile-name" + quote(payload, safe=""))
    assert response.status_code == 404
    assert_no_injected_markup(response.data)


@pytest.mark.parametrize("value", ["csv\r\nX-Injected: 1", 'csv"; filename="evil.html', "../../csv"])
def test_a_download_format_cannot_inject_a_header_or_a_file_name(client, value):
    response = client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o } LIMIT 1",
                                                   "format": value, "download": "1"})
    assert response.status_code == 406
    assert "X-Injected" not in response.headers
    assert "Content-Disposition" not in response.headers


def test_a_download_is_named_by_the_server(client):
    response = client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o } LIMIT 1",
                                                   "format": "csv", "download": "1"})
    assert response.headers["Content-Disposition"] == 'attachment; filename="vnkg-results.csv"'


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/..%5capp.py",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/vendor/../../views/sparql.py",
    "/static/....//....//etc/passwd", "/id/../../etc/passwd", "/id/..%2f..%2fetc%2fpasswd",
    "/static/%252e%252e/app.py", "/static/css/%00.css",
])
def test_path_traversal_serves_nothing_outside_the_static_folder(client, path):
    response = client.get(path, follow_redirects=True)  # "//" is first merged by a redirect
    assert response.status_code in (400, 404)
    for secret in (b"root:", b"import ", b"[project]", b"def "):
        assert secret not in response.data


def test_error_messages_that_echo_a_query_are_plain_text(client):
    response = client.get("/sparql", query_string={"query": "<script>alert(1)</script>"})
    assert response.status_code == 400
    assert response.mimetype == "text/plain"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
