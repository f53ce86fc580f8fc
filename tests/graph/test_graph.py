"""The graph: IRIs, one named graph per document, replacement on rebuild,
merges and non-merges across documents, evidence offsets; every test that
takes `store` runs on the embedded Oxigraph store and on a real Virtuoso."""
from __future__ import annotations

import json

import pytest

from graph import iris
from graph.build import remove_document, write_document
from graph.mapping import map_record
from graph.query import run_query

TEXT_NAM = "Đồng chí Trần Văn Hoà, Bí thư Quận ủy, chủ trì. Quận ủy triển khai Nghị quyết số 26-NQ/TW."
PREFIXES = """PREFIX vnkg: <https://w3id.org/vnkg/ont#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""


def record(file: str, locality: str | None, people=(), directives=(), implements=(), organisations=(),
           meetings=(), province: str | None = None):
    return {"document": {"file": file, "title": "Tin hoạt động", "date": "2018-07", "locality": locality,
                         "province": province},
            "people": list(people), "directives": list(directives), "implements": list(implements),
            "organisations": list(organisations), "meetings": list(meetings)}


def secretary(name: str, start: int, organisation="Quận ủy"):
    return {"name": name, "mentions": [[start, start + len(name)]],
            "posts": [{"role": "Bí thư", "organisation": organisation, "evidence": [0, 48]}]}


def add_document(store, rec, text, slug):
    graph = map_record(rec, text, store.select, doc_slug=slug)
    write_document(store, graph)
    return graph


def rows(store, sparql):
    return store.select(PREFIXES + sparql)


def test_directive_iri_has_issuer_type_number_and_year(store):
    rec = record("a.txt", "Quận 9", directives=[
        {"symbol": "26-NQ/TW", "type": "NQ", "number": "26", "issuer": "TW", "year": 2018, "mentions": []}])
    add_document(store, rec, TEXT_NAM, "a")
    assert [r["d"] for r in rows(store, "SELECT ?d WHERE { ?d vnkg:symbol '26-NQ/TW' }")] == [
        iris.iri("directive", "tw", "nq", "26-2018")]


def test_symbol_is_canonical_without_leading_zeros(store):
    rec = record("a.txt", "Quận 9", directives=[
        {"symbol": "07-TT/QU", "type": "TT", "number": "07", "issuer": "QU", "mentions": []}])
    add_document(store, rec, TEXT_NAM, "a")
    assert rows(store, "SELECT ?s ?n WHERE { ?d vnkg:symbol ?s ; <http://data.europa.eu/eli/ontology#number> ?n }") == [
        {"s": "7-TT/QU", "n": "7"}]


def test_local_body_iri_carries_the_document_locality(store):
    rec = record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)])
    add_document(store, rec, TEXT_NAM, "a")
    assert [r["o"] for r in rows(store, "SELECT ?o WHERE { ?m org:organization ?o }")] == [
        iris.iri("org", "quan-uy-quan-9")]


def test_person_iri_is_the_name_slug_and_the_locality_of_a_local_post(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    assert [r["p"] for r in rows(store, "SELECT ?p WHERE { ?p a foaf:Person }")] == [
        iris.iri("person", "tran-van-hoa-quan-9")]


def test_person_iri_is_the_plain_name_slug_without_any_place(store):
    add_document(store, record("a.txt", None, people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    assert [r["p"] for r in rows(store, "SELECT ?p WHERE { ?p a foaf:Person }")] == [
        iris.iri("person", "tran-van-hoa")]


def test_person_with_only_a_national_post_has_the_plain_name_slug(store):
    minister = {"name": "Trần Văn Hoà", "mentions": [[9, 21]],
                "posts": [{"role": "Ủy viên", "organisation": "Bộ Chính trị", "evidence": [0, 48]}]}
    add_document(store, record("a.txt", "Quận 9", people=[minister]), TEXT_NAM, "a")
    assert [r["p"] for r in rows(store, "SELECT ?p WHERE { ?p a foaf:Person }")] == [
        iris.iri("person", "tran-van-hoa")]


def test_person_with_a_post_in_the_province_body_is_known_by_the_province(store):
    deputy = secretary("Trần Văn Hoà", 9, organisation="Thành ủy")
    add_document(store, record("a.txt", "Quận 9", people=[deputy], province="Thành phố Hồ Chí Minh"), TEXT_NAM, "a")
    assert [r["p"] for r in rows(store, "SELECT ?p WHERE { ?p a foaf:Person }")] == [
        iris.iri("person", "tran-van-hoa-thanh-pho-ho-chi-minh")]


def test_person_iris_do_not_depend_on_build_order(store):
    first = (record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    second = (record("b.txt", "huyện Gia Lâm", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "b")
    add_document(store, *first)
    add_document(store, *second)
    in_order = rows(store, "SELECT ?p WHERE { ?p a foaf:Person } ORDER BY ?p")
    for slug in ("a", "b"):
        remove_document(store, iris.document_graph(slug))
    add_document(store, *second)
    add_document(store, *first)
    assert rows(store, "SELECT ?p WHERE { ?p a foaf:Person } ORDER BY ?p") == in_order


def test_each_document_has_its_own_named_graph(store):
    add_document(store, record("a.txt", "Quận 9"), TEXT_NAM, "a")
    add_document(store, record("b.txt", "Quận 9"), TEXT_NAM, "b")
    found = rows(store, "SELECT ?g ?f WHERE { GRAPH ?g { ?d vnkg:fileName ?f } } ORDER BY ?f")
    assert found == [{"g": iris.document_graph("a"), "f": "a.txt"}, {"g": iris.document_graph("b"), "f": "b.txt"}]


def test_rebuilding_a_document_replaces_its_facts(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Lê Thị Mai", 9)]), TEXT_NAM, "a")
    assert rows(store, "SELECT ?n WHERE { ?p foaf:name ?n }") == [{"n": "Lê Thị Mai"}]


def test_removing_a_document_keeps_entities_other_documents_name(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    add_document(store, record("b.txt", "Quận 9", people=[secretary("Trần Văn Hòa", 9)]), TEXT_NAM, "b")
    remove_document(store, iris.document_graph("a"))
    assert rows(store, "SELECT ?n WHERE { ?p foaf:name ?n }") == [{"n": "Trần Văn Hòa"}]


def test_tone_placement_and_case_resolve_to_one_person_with_the_reason(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    add_document(store, record("b.txt", "quận 9", people=[secretary("TRẦN VĂN HÒA", 9)]), TEXT_NAM, "b")
    people = rows(store, "SELECT DISTINCT ?p WHERE { ?p a foaf:Person }")
    merges = rows(store, "SELECT ?into ?rule WHERE { ?m a vnkg:MergeDecision ; vnkg:mergedInto ?into ; vnkg:mergeRule ?rule }")
    assert len(people) == 1
    assert merges == [{"into": people[0]["p"], "rule": "same-locality"}]


def test_same_name_in_different_localities_stays_two_people(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    add_document(store, record("b.txt", "huyện Gia Lâm", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "b")
    people = rows(store, "SELECT ?p WHERE { ?p a foaf:Person } ORDER BY ?p")
    assert [p["p"] for p in people] == [iris.person("tran-van-hoa-huyen-gia-lam"), iris.person("tran-van-hoa-quan-9")]
    assert rows(store, "SELECT ?m WHERE { ?m a vnkg:MergeDecision }") == []


def test_mention_annotation_has_offsets_and_quoted_text(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    found = rows(store, """SELECT ?start ?end ?exact ?source WHERE {
        ?a a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody ?p ; oa:hasTarget ?t .
        ?p a foaf:Person . ?t oa:hasSource ?source ; oa:hasSelector ?pos , ?quote .
        ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact }""")
    assert found == [{"start": "9", "end": "21", "exact": "Trần Văn Hoà", "source": iris.document("a")}]


def test_post_points_to_its_document_and_sentence(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    found = rows(store, """SELECT ?file ?role ?exact WHERE {
        ?m a org:Membership ; org:role/skos:prefLabel ?role ; prov:wasDerivedFrom/vnkg:fileName ?file ;
           vnkg:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?exact }""")
    assert found == [{"file": "a.txt", "role": "Bí thư", "exact": TEXT_NAM[:48]}]


def test_document_implements_a_directive_through_a_plan(store):
    rec = record("a.txt", "Quận 9", directives=[
        {"symbol": "18-CTr/QU", "type": "CTr", "number": "18", "issuer": "QU", "mentions": []},
        {"symbol": "26-NQ/TW", "type": "NQ", "number": "26", "issuer": "TW", "mentions": [[77, 85]]}],
        implements=[{"source": "document", "target": "18-CTr/QU"}, {"source": "18-CTr/QU", "target": "26-NQ/TW"}])
    add_document(store, rec, TEXT_NAM, "a")
    query = PREFIXES + "SELECT ?file ?symbol WHERE { ?d vnkg:fileName ?file ; vnkg:implements+ ?x . ?x vnkg:symbol ?symbol } ORDER BY ?symbol"
    result = json.loads(run_query(store, query, "json"))
    assert [(b["file"]["value"], b["symbol"]["value"]) for b in result["results"]["bindings"]] == [
        ("a.txt", "18-CTr/QU"), ("a.txt", "26-NQ/TW")]


def test_a_directive_cited_without_year_joins_the_one_known_with_year(store):
    with_year = {"symbol": "26-NQ/TW", "type": "NQ", "number": "26", "issuer": "TW", "year": 2018, "mentions": []}
    add_document(store, record("a.txt", "Quận 9", directives=[with_year]), TEXT_NAM, "a")
    add_document(store, record("b.txt", "Quận 1", directives=[{**with_year, "year": None}]), TEXT_NAM, "b")
    assert rows(store, "SELECT DISTINCT ?d WHERE { ?d a vnkg:Directive }") == [
        {"d": iris.iri("directive", "tw", "nq", "26-2018")}]


def test_meeting_label_says_kind_number_body_and_term_in_vietnamese_and_english(store):
    meeting = {"kind": "hoi-nghi", "number": 6, "term": "XII", "body": "Ban Chấp hành Trung ương",
               "mentions": [], "evidence": [0, 48]}
    add_document(store, record("a.txt", "Quận 9", meetings=[meeting]), TEXT_NAM, "a")
    assert sorted(r["l"] for r in rows(store, "SELECT ?l WHERE { ?m a vnkg:Meeting ; rdfs:label ?l }")) == [
        "Conference no. 6 of Ban Chấp hành Trung ương (term XII)",
        "Hội nghị lần thứ 6 Ban Chấp hành Trung ương (khóa XII)"]


def test_every_entity_and_document_has_a_label(store):
    meeting = {"kind": "dai-hoi", "number": 3, "body": "Đảng bộ phường", "mentions": [], "evidence": [0, 48]}
    rec = record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)], meetings=[meeting], directives=[
        {"symbol": "26-NQ/TW", "type": "NQ", "number": "26", "issuer": "TW", "mentions": []}])
    add_document(store, rec, TEXT_NAM, "a")
    unlabelled = rows(store, """SELECT ?e WHERE {
        { ?e a foaf:Person } UNION { ?e a org:Organization } UNION { ?e a vnkg:Directive }
        UNION { ?e a vnkg:Meeting } UNION { ?e a vnkg:SourceDocument } UNION { ?e a org:Role }
        FILTER NOT EXISTS { ?e rdfs:label ?l } }""")
    assert unlabelled == []


def test_local_body_label_names_its_place(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    assert rows(store, "SELECT ?l WHERE { ?o a org:Organization ; skos:prefLabel ?l }") == [{"l": "Quận ủy Quận 9"}]


def test_doubled_unit_word_is_written_once_in_name_and_iri(store):
    chair = secretary("Trần Văn Hoà", 9, organisation="Hội đồng nhân dân quận quận Hai Bà Trưng")
    add_document(store, record("a.txt", "quận Hai Bà Trưng", people=[chair]), TEXT_NAM, "a")
    assert rows(store, "SELECT ?o ?l WHERE { ?o a org:Organization ; skos:prefLabel ?l }") == [
        {"o": iris.organisation("hoi-dong-nhan-dan-quan-hai-ba-trung"), "l": "Hội đồng nhân dân quận Hai Bà Trưng"}]


def test_bare_unit_body_joins_the_body_named_with_its_place(store):
    add_document(store, record("a.txt", "quận Hai Bà Trưng", people=[
        secretary("Trần Văn Hoà", 9, organisation="Ủy ban nhân dân quận")]), TEXT_NAM, "a")
    add_document(store, record("b.txt", "quận Hai Bà Trưng", people=[
        secretary("Trần Văn Hoà", 9, organisation="Ủy ban nhân dân quận Hai Bà Trưng")]), TEXT_NAM, "b")
    assert rows(store, "SELECT DISTINCT ?o WHERE { ?o a org:Organization }") == [
        {"o": iris.organisation("uy-ban-nhan-dan-quan-hai-ba-trung")}]


def test_body_spelt_differently_keeps_one_preferred_label_and_the_others_as_alternatives(store):
    for slug, spelling in (("a", "Quận ủy"), ("b", "Quận Ủy"), ("c", "Quận ủy")):
        add_document(store, record(f"{slug}.txt", "Quận 9", people=[
            secretary("Trần Văn Hoà", 9, organisation=spelling)]), TEXT_NAM, slug)
    assert rows(store, "SELECT DISTINCT ?pref ?alt WHERE { ?o a org:Organization ; skos:prefLabel ?pref ; skos:altLabel ?alt }") == [
        {"pref": "Quận ủy Quận 9", "alt": "Quận Ủy Quận 9"}]


def test_removing_a_document_drops_the_spellings_only_it_used(store):
    for slug, spelling in (("a", "Quận ủy"), ("b", "Quận Ủy")):
        add_document(store, record(f"{slug}.txt", "Quận 9", people=[
            secretary("Trần Văn Hoà", 9, organisation=spelling)]), TEXT_NAM, slug)
    remove_document(store, iris.document_graph("a"))
    assert rows(store, "SELECT DISTINCT ?p ?l WHERE { ?o a org:Organization ; ?p ?l FILTER(?p IN (skos:prefLabel, skos:altLabel)) }") == [
        {"p": "http://www.w3.org/2004/02/skos/core#prefLabel", "l": "Quận Ủy Quận 9"}]


def test_role_spelt_in_two_cases_has_one_preferred_label(store):
    add_document(store, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    lower = secretary("Lê Thị Mai", 9)
    lower["posts"][0]["role"] = "bí thư"
    add_document(store, record("b.txt", "Quận 9", people=[lower]), TEXT_NAM, "b")
    assert rows(store, "SELECT DISTINCT ?l WHERE { ?r a org:Role ; skos:prefLabel ?l }") == [{"l": "Bí thư"}]


@pytest.mark.remote
def test_remote_store_writes_whole_graphs_over_the_graph_store_protocol(virtuoso_url):
    from graph.remote import RemoteStore

    remote = RemoteStore(virtuoso_url)
    add_document(remote, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    in_a = f"SELECT ?n WHERE {{ GRAPH <{iris.document_graph('a')}> {{ ?p rdfs:label ?n }} ?p a foaf:Person }}"
    assert remote.graph_protocol == "gsp"
    assert rows(remote, in_a) == [{"n": "Trần Văn Hoà"}]
    remove_document(remote, iris.document_graph("a"))
    assert rows(remote, in_a) == []
    assert rows(remote, f"SELECT ?s WHERE {{ GRAPH <{iris.labels_graph()}> {{ ?s ?p ?o }} }}") == []


@pytest.mark.remote
def test_remote_store_without_a_graph_store_falls_back_to_sparql_update(virtuoso_url):
    from graph.remote import RemoteStore

    remote = RemoteStore(virtuoso_url, graph_store_url=virtuoso_url.replace("/sparql", "/no-graph-store-here"))
    add_document(remote, record("a.txt", "Quận 9", people=[secretary("Trần Văn Hoà", 9)]), TEXT_NAM, "a")
    assert remote.graph_protocol == "update"
    assert rows(remote, f"SELECT ?n WHERE {{ GRAPH <{iris.document_graph('a')}> {{ ?p rdfs:label ?n }} ?p a foaf:Person }}") == [
        {"n": "Trần Văn Hoà"}]


def test_graph_store_url_is_guessed_next_to_a_sparql_endpoint():
    from graph.remote import guess_graph_store_url

    assert [guess_graph_store_url(u) for u in ("http://h:8890/sparql", "http://h:3030/ds/query")] == [
        "http://h:8890/sparql-graph-crud", None]


def test_person_named_without_a_post_is_one_node_across_localities(store):
    founder = {"name": "Trần Văn Hoà", "mentions": [[9, 21]], "posts": []}
    add_document(store, record("a.txt", "Quận 9", people=[founder]), TEXT_NAM, "a")
    add_document(store, record("b.txt", "huyện Gia Lâm", people=[founder]), TEXT_NAM, "b")
    assert rows(store, "SELECT DISTINCT ?p WHERE { ?p a foaf:Person }") == [{"p": iris.person("tran-van-hoa")}]
    assert rows(store, "SELECT ?rule WHERE { ?m vnkg:mergeRule ?rule }") == [{"rule": "no-post"}]
