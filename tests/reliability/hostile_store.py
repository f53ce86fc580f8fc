"""A store full of hostile text for the viewer tests: a real `vnkg build` of
documents carrying markup, plus entities whose names and labels are script
and attribute injections. Everything is invented here."""
from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from graph.cli import main

BASE = "https://w3id.org/vnkg/id/"
VNKG = "https://w3id.org/vnkg/ont#"
FOAF_NAME = ox.NamedNode("http://xmlns.com/foaf/0.1/name")
PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

# Markup that would run if a page wrote it unescaped.
HOSTILE = [
    '<script>alert("name")</script>',
    '"><img src=x onerror=alert(2)>',
    "' onmouseover='alert(3)' x='",
    "</script><script>alert(4)</script>",
    "{{7*7}} }} # --> <!-- <svg onload=alert(5)>",
]

HOSTILE_DOCUMENT = (
    "<html><body><article><h1>Thông báo kết luận của Ban Thường vụ Huyện ủy</h1>"
    "<p>Ngày 5/4/2023, Ban Thường vụ Huyện ủy Sơn Khê họp, đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì. "
    "&lt;script&gt;alert('text')&lt;/script&gt; Hội nghị quán triệt Nghị quyết số 15-NQ/TW "
    "&lt;img src=x onerror=alert(1)&gt; và thống nhất Kế hoạch số 12-KH/HU.</p></article></body></html>"
)

PERSON = BASE + "person/hostile-name"
ORGANISATION = BASE + "org/hostile-label"
DIRECTIVE = BASE + "directive/hu/kh/999"
DOCUMENT = BASE + "doc/hostile-title"
ODD_IRI = BASE + "person/o'brien(1)&x=1;y=2"
GRAPH = BASE + "graph/hostile"


def hostile_quads() -> list[ox.Quad]:
    g = ox.NamedNode(GRAPH)
    quads = []

    def add(s, p, o):
        quads.append(ox.Quad(ox.NamedNode(s), p, o, g))

    joined = " ".join(HOSTILE)
    add(PERSON, RDF_TYPE, ox.NamedNode("http://xmlns.com/foaf/0.1/Person"))
    add(PERSON, FOAF_NAME, ox.Literal(joined))
    add(ODD_IRI, RDF_TYPE, ox.NamedNode("http://xmlns.com/foaf/0.1/Person"))
    add(ODD_IRI, FOAF_NAME, ox.Literal(HOSTILE[1]))
    add(ORGANISATION, RDF_TYPE, ox.NamedNode("http://www.w3.org/ns/org#Organization"))
    add(ORGANISATION, PREF_LABEL, ox.Literal(joined, language="vi"))
    add(DIRECTIVE, RDF_TYPE, ox.NamedNode(VNKG + "Directive"))
    add(DIRECTIVE, ox.NamedNode(VNKG + "symbol"), ox.Literal(HOSTILE[3]))
    add(DOCUMENT, RDF_TYPE, ox.NamedNode(VNKG + "SourceDocument"))
    add(DOCUMENT, TITLE, ox.Literal(joined))
    add(DOCUMENT, ox.NamedNode(VNKG + "text"), ox.Literal(joined + " " + joined))
    add(DOCUMENT, ox.NamedNode(VNKG + "mentions"), ox.NamedNode(PERSON))
    add(PERSON, ox.NamedNode(VNKG + "knows"), ox.NamedNode(ODD_IRI))
    return quads


def build_hostile_store(workdir: Path) -> Path:
    """Build the hostile documents with the CLI, then add the hostile entities."""
    inbox = workdir / "inbox"
    inbox.mkdir()
    (inbox / "thong-bao.html").write_text(HOSTILE_DOCUMENT, encoding="utf-8")
    (inbox / "<script>alert(6)<\\script>.txt").write_text(
        "Đảng ủy xã Phú Lâm ban hành Kế hoạch số 7-KH/ĐU thực hiện Chỉ thị số 08-CT/TW.\n", encoding="utf-8")
    store = workdir / "store"
    result = CliRunner().invoke(main, ["build", str(inbox), "--store", str(store), "--quiet"])
    assert result.exit_code == 0, result.output
    gc.collect()  # the build's store handle, before the store is opened again
    oxstore = ox.Store(str(store))
    oxstore.extend(hostile_quads())
    oxstore.flush()
    del oxstore
    gc.collect()
    return store
