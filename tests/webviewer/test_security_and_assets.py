"""Pages stay on their own origin (CSP, no CDN URL anywhere), escape what they
show, and never paste request input into SPARQL."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from webviewer.graph_reader import bind

from .conftest import ID

PAGES = ["/", "/search?q=nam", "/query", "/id/person/nguyen-van-nam", "/id/org/quan-uy-quan-9",
         "/id/directive/tu/ctr/15", "/id/meeting/ban-chap-hanh-dang-bo-quan-9/hoi-nghi-12-xi",
         "/id/doc/report-9", f"/trace?iri={ID}directive/tu/ctr/15", f"/network?iri={ID}person/nguyen-van-nam"]
TEMPLATES = Path(__file__).parents[2] / "webviewer" / "templates"
STATIC = Path(__file__).parents[2] / "webviewer" / "static"


@pytest.mark.parametrize("url", PAGES)
def test_page_loads_scripts_and_styles_only_from_its_own_origin(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.data.decode()
    sources = re.findall(r'<(?:script|link|img)\b[^>]*(?:src|href)="([^"]*)"', html)
    assert sources and all(s.startswith("/static/") for s in sources)


@pytest.mark.parametrize("url", PAGES)
def test_page_has_no_inline_script(client, url):
    html = client.get(url).data.decode()
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
    assert all('src="' in attrs or 'type="application/json"' in attrs for attrs, _ in scripts)
    assert not re.search(r"\son[a-z]+=", html)  # no onclick= and friends


def test_content_security_policy_allows_only_same_origin_scripts(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "default-src 'self'" in policy
    assert "http" not in policy


REMOTE_LOAD = re.compile(r"""(src|href)=["'](https?:)?//|url\(\s*["']?(https?:)?//|fetch\(\s*["'](https?:)?//|@import""")


def test_templates_and_scripts_load_nothing_from_another_host():
    files = list(TEMPLATES.rglob("*.html")) + list((STATIC / "js").glob("*.js")) + list((STATIC / "css").glob("*.css"))
    assert [f.name for f in files if REMOTE_LOAD.search(f.read_text())] == []


def test_vendor_files_are_served_locally(client):
    for path in ["vendor/vis-network/standalone/umd/vis-network.min.js", "vendor/codemirror/lib/codemirror.js",
                 "vendor/codemirror/mode/sparql/sparql.js", "vendor/bootstrap/dist/css/bootstrap.min.css"]:
        assert client.get(f"/static/{path}").status_code == 200


def test_search_query_is_escaped_in_the_page(client):
    html = client.get("/search", query_string={"q": '<script>alert("x")</script>'}).data.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_iri_with_sparql_syntax_cannot_inject_a_pattern(client):
    evil = ID + "person/x> ?p ?o } UNION { ?s ?p ?o"
    assert client.get("/entity", query_string={"iri": evil}).status_code == 404
    assert client.get("/network", query_string={"iri": evil}).status_code == 404


def test_bound_literal_is_escaped_by_its_serialisation():
    query = bind('SELECT ?x WHERE { ?x ?p ?name }', {"name": 'a" } ; DROP ALL ; {"'})
    assert query == 'SELECT ?x WHERE { VALUES ?name { "a\\" } ; DROP ALL ; {\\"" }  ?x ?p ?name }'


def test_network_json_island_cannot_close_its_script_element(client):
    html = client.get("/network", query_string={"iri": ID + "doc/report-9"}).data.decode()
    islands = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S)
    assert len(islands) == 3 and all("<" not in island for island in islands)
