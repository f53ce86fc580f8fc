"""The public /sparql endpoint fuzzed with generated queries: whatever comes
in (valid queries, broken ones, updates, any text, any media type), the
answer is 2xx or 4xx, never 5xx, and nothing is written."""
import http.server
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from webviewer import create_app

from .hostile_store import HOSTILE, PERSON, build_hostile_store
from .strategies import FUZZ_EXAMPLES, VIETNAMESE_ALPHABET

FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

PREFIXES = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX vnkg: <https://w3id.org/vnkg/ont#> "
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ")

variables = st.sampled_from(["?s", "?p", "?o", "?x", "?name", "$y"])
iris = st.sampled_from([f"<{PERSON}>", "foaf:name", "vnkg:symbol", "skos:prefLabel", "a", "<http://x/>",
                        "<urn:x:y>", "vnkg:text", "<https://w3id.org/vnkg/id/>"])


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


literals = st.one_of(
    st.text(alphabet=VIETNAMESE_ALPHABET + " <>{}#'\"\\&;", max_size=20).map(_quoted),
    st.sampled_from(HOSTILE).map(_quoted),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(['"2023-02-31"^^xsd:date', '"x"@vi', '"1"^^xsd:integer', '"abc"^^xsd:integer', "true"]),
)
terms = st.one_of(variables, iris, literals)
subjects = st.one_of(variables, iris)
triple_patterns = st.builds(lambda s, p, o: f"{s} {p} {o}", subjects, st.one_of(variables, iris), terms)
functions = st.sampled_from(["STR", "LCASE", "UCASE", "STRLEN", "LANG", "ISIRI", "ISLITERAL", "BOUND",
                             "ENCODE_FOR_URI", "MD5", "ABS", "ROUND", "DATATYPE", "xsd:integer", "xsd:date"])
expressions = st.one_of(
    st.builds(lambda f, t: f"{f}({t})", functions, terms),
    st.builds(lambda a, op, b: f"{a} {op} {b}", terms, st.sampled_from(["=", "!=", "<", ">", "+", "/", "&&"]), terms),
    st.builds(lambda t, pattern: f"REGEX(STR({t}), {pattern}, \"i\")", terms,
              st.sampled_from(['"^ng"', '"(a*)*b"', '"["', '"\\\\d+"', '""', '"(?i)x"'])),
    st.builds(lambda t, n: f"SUBSTR(STR({t}), {n})", terms, st.integers(-5, 5)),
)


@st.composite
def groups(draw, depth=0):
    # At most two triple patterns per group: a cross product of the whole
    # store with itself stays small enough to answer well within the limit.
    parts = draw(st.lists(triple_patterns, min_size=1, max_size=2))
    extras = draw(st.lists(st.one_of(
        expressions.map(lambda e: f"FILTER({e})"),
        st.builds(lambda e, v: f"BIND({e} AS {v})", expressions, st.sampled_from(["?b1", "?b2"])),
        st.builds(lambda v, t: f"VALUES {v} {{ {t} }}", variables, terms),
        triple_patterns.map(lambda t: f"OPTIONAL {{ {t} }}"),
        triple_patterns.map(lambda t: f"MINUS {{ {t} }}"),
        triple_patterns.map(lambda t: f"GRAPH ?g {{ {t} }}"),
    ), max_size=2))
    return "{ " + " . ".join(parts) + " " + " ".join(extras) + " }"


@st.composite
def queries(draw):
    where = draw(groups())
    limit = f" LIMIT {draw(st.integers(0, 50))}"
    form = draw(st.sampled_from(["select", "distinct", "count", "ask", "construct", "describe", "order"]))
    if form == "select":
        return PREFIXES + f"SELECT * WHERE {where}{limit}"
    if form == "distinct":
        return PREFIXES + f"SELECT DISTINCT ?s ?o WHERE {where} OFFSET {draw(st.integers(0, 5))}{limit}"
    if form == "count":
        return PREFIXES + f"SELECT (COUNT(*) AS ?n) (SAMPLE(?o) AS ?any) WHERE {where} GROUP BY ?s{limit}"
    if form == "ask":
        return PREFIXES + f"ASK {where}"
    if form == "construct":
        return PREFIXES + f"CONSTRUCT {{ ?s ?p ?o }} WHERE {where}{limit}"
    if form == "describe":
        return PREFIXES + f"DESCRIBE {draw(st.sampled_from(['?s', '<' + PERSON + '>']))} WHERE {where}{limit}"
    return PREFIXES + f"SELECT ?s ?o WHERE {where} ORDER BY DESC(?o) ?s{limit}"


@st.composite
def mangled(draw):
    """A generated query with a slice cut out or junk spliced in."""
    query = draw(queries())
    i = draw(st.integers(0, len(query)))
    j = draw(st.integers(i, min(len(query), i + 20)))
    return query[:i] + draw(st.text(max_size=10)) + query[j:]


updates = st.sampled_from([
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL", "CLEAR DEFAULT", "LOAD <http://127.0.0.1:1/x.ttl>", "CREATE GRAPH <http://x/g>",
    f"DELETE {{ <{PERSON}> ?p ?o }} WHERE {{ <{PERSON}> ?p ?o }}",
    "WITH <http://x/g> INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
])
any_query = st.one_of(queries(), queries(), mangled(), updates, st.text(max_size=200))
accepts = st.sampled_from([None, "*/*", "application/sparql-results+json", "text/csv", "application/sparql-results+xml",
                           "text/tab-separated-values", "text/turtle", "application/ld+json", "application/n-triples",
                           "text/html", "image/png", "text/html;q=0.1, text/csv;q=0.9", ";;;", "application/*"])
formats = st.one_of(st.none(), st.sampled_from(["json", "csv", "xml", "tsv", "ttl", "jsonld", "nt", "png", "", "x\r\n"]))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = build_hostile_store(tmp_path_factory.mktemp("fuzz"))
    app = create_app(str(store), {"ENTITY_BASE": "https://w3id.org/vnkg/id/", "SPARQL_TIMEOUT_SECONDS": 20})
    return app.test_client()


def count_quads(client) -> int:
    response = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"})
    return int(response.get_json()["results"]["bindings"][0]["n"]["value"])


@FUZZ
@given(query=any_query, accept=accepts, fmt=formats,
       method=st.sampled_from(["get", "form", "body", "update-form", "update-body"]))
def test_any_request_to_sparql_is_answered_2xx_or_4xx(client, query, accept, fmt, method):
    headers = {"Accept": accept} if accept else {}
    extra = {"format": fmt} if fmt is not None else {}
    if method == "get":
        response = client.get("/sparql", query_string={"query": query, **extra}, headers=headers)
    elif method == "form":
        response = client.post("/sparql", data={"query": query, **extra}, headers=headers)
    elif method == "body":
        response = client.post("/sparql", data=query.encode("utf-8", "surrogatepass"), query_string=extra,
                               headers={**headers, "Content-Type": "application/sparql-query"})
    elif method == "update-form":
        response = client.post("/sparql", data={"update": query}, headers=headers)
    else:
        response = client.post("/sparql", data=query.encode("utf-8", "surrogatepass"),
                               headers={**headers, "Content-Type": "application/sparql-update"})
    assert 200 <= response.status_code < 500, (response.status_code, response.data[:300])
    if method.startswith("update"):
        assert response.status_code == 403


def test_fuzzing_wrote_nothing(client):
    before = count_quads(client)
    for update in ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "DROP ALL", "CLEAR DEFAULT"):
        client.post("/sparql", data={"update": update})
        client.post("/sparql", data=update, headers={"Content-Type": "application/sparql-update"})
        client.get("/sparql", query_string={"update": update})
        client.get("/sparql", query_string={"query": update})
    assert count_quads(client) == before


def test_a_federated_query_is_refused_without_any_outbound_request(client):
    requests = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        internal = f"http://127.0.0.1:{server.server_address[1]}/internal-admin"
        response = client.get("/sparql", query_string={"query": f"SELECT * WHERE {{ SERVICE <{internal}> {{ ?s ?p ?o }} }}"})
    finally:
        server.shutdown()
    assert requests == []
    assert 400 <= response.status_code < 500
