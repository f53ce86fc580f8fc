"""The pages, through Flask's test client, over the hand-made graph of fixtures/sample.trig."""
from __future__ import annotations

import re
from html import unescape

from .conftest import ID


def text_of(response) -> str:
    """The page's visible text, tags dropped and whitespace collapsed."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.data.decode(), flags=re.S)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    return text.replace("( ", "(").replace(" )", ")").replace(" :", ":")


def links(response) -> list[tuple[str, str]]:
    return [(href, " ".join(unescape(re.sub(r"<[^>]+>", "", label)).split()))
            for href, label in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', response.data.decode(), re.S)]


def test_home_counts_entities_by_kind(client):
    html = client.get("/").data.decode()
    counts = dict(re.findall(r'data-kind="(\w+)">(\d+)<', html))
    assert counts == {"document": "2", "person": "3", "organisation": "6", "directive": "3",
                      "meeting": "1", "membership": "3"}


def test_home_lists_recent_documents_newest_first(client):
    titles = [label for href, label in links(client.get("/")) if href.startswith("/id/doc/")]
    assert titles == ["Quán triệt Nghị quyết 26-NQ/TW", "Báo cáo kết quả thực hiện Kế hoạch 42-KH/QU"]


def test_interface_is_vietnamese_by_default(client):
    assert "Tìm kiếm" in text_of(client.get("/"))


def test_lang_parameter_switches_to_english_and_is_remembered(client):
    assert "What the graph holds" in text_of(client.get("/?lang=en"))
    assert "What the graph holds" in text_of(client.get("/"))  # the cookie keeps English
    assert "Đồ thị gồm có" in text_of(client.get("/?lang=vi"))


def test_person_page_shows_posts_as_a_timeline(client):
    page = text_of(client.get("/id/person/nguyen-van-nam?lang=vi"))
    assert "2023-03-15 Bí thư — Quận ủy Quận 9" in page
    assert "“Đồng chí Nguyễn Văn Nam, Bí thư Quận ủy chủ trì hội nghị.”" in page


def test_person_page_lists_meetings_chaired_and_people_met(client):
    response = client.get("/id/person/nguyen-van-nam?lang=en")
    page = text_of(response)
    assert "Conference no. 12 of Ban Chấp hành Đảng bộ Quận 9 (term XI) chair" in page
    met = re.search(r"People met most often.*?</table>", response.data.decode(), re.S).group(0)
    assert [label for _, label in links_in(met)] == ["Trần Thị Hoa", "Lê Minh Tuấn"]


def links_in(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a [^>]*href="([^"]+)"[^>]*>([^<]*)</a>', html)


def test_organisation_page_shows_parent_children_members_meetings_directives(client):
    parent = text_of(client.get("/id/org/ban-thuong-vu-quan-uy-quan-9?lang=en"))
    assert "Parent bodies Quận ủy Quận 9" in parent
    page = text_of(client.get("/id/org/quan-uy-quan-9?lang=en"))
    assert "Sub-bodies Ban Thường vụ Quận ủy Quận 9" in page
    assert "Members by role Bí thư Nguyễn Văn Nam (bao-cao-quan-9.txt (2023-03-15))" in page
    assert "Directives issued 42-KH/QU" in page
    body = text_of(client.get("/id/org/ban-chap-hanh-dang-bo-quan-9?lang=en"))
    assert "Meetings convened Conference no. 12 of Ban Chấp hành Đảng bộ Quận 9 (term XI) 2023-03-15" in body


def test_directive_page_shows_both_directions_of_implementation(client):
    page = text_of(client.get("/id/directive/tu/ctr/15?lang=en"))
    assert "Symbol 15-CTr/TU Type Chương trình (CTr) Issuer Thành ủy" in page
    assert "Implements 26-NQ/TW" in page
    assert "Implemented by 42-KH/QU Directive" in page


def test_directive_page_lists_documents_citing_it(client):
    page = text_of(client.get("/id/directive/tw/nq/26?lang=en"))
    assert "Mentioned in tin-quan-7.txt (2023-05) — Quán triệt Nghị quyết 26-NQ/TW " \
           "bao-cao-quan-9.txt (2023-03-15) — Báo cáo kết quả thực hiện Kế hoạch 42-KH/QU" in page
    assert "Implemented by 15-CTr/TU Directive Quán triệt Nghị quyết 26-NQ/TW Source document" in page


def test_meeting_page_shows_date_body_session_chairs_attendees_adopted(client):
    page = text_of(client.get("/id/meeting/ban-chap-hanh-dang-bo-quan-9/hoi-nghi-12-xi?lang=en"))
    assert "Date 2023-03-15 Body Ban Chấp hành Đảng bộ Quận 9 Session 12 Term XI" in page
    assert "Chairs Nguyễn Văn Nam Presenters (none) Attendees Trần Thị Hoa Adopted Kế hoạch 42-KH/QU" in page


def test_document_page_links_every_mention_to_its_entity(client):
    response = client.get("/id/doc/news-7")
    mentions = re.findall(r'<a class="ent ent-(\w+)" href="([^"]+)" data-start="(\d+)">([^<]*)<', response.data.decode())
    assert mentions == [
        ("organisation", "/id/org/quan-uy-quan-7", "0", "Quận ủy Quận 7"),
        ("directive", "/id/directive/tw/nq/26", "37", "26-NQ/TW"),
        ("person", "/id/person/le-minh-tuan", "56", "Lê Minh Tuấn"),
        ("person", "/id/person/nguyen-van-nam", "109", "Nguyễn Văn Nam"),
    ]


def test_document_page_keeps_the_outer_of_nested_mentions(client):
    html = client.get("/id/doc/report-9").data.decode()
    assert re.search(r'href="/id/org/ban-thuong-vu-quan-uy-quan-9" data-start="16">Ban Thường vụ Quận ủy Quận 9<', html)
    assert 'data-start="30"' not in html


def test_document_page_lists_facts_with_their_evidence(client):
    page = text_of(client.get("/id/doc/report-9?lang=en"))
    assert "Implements 42-KH/QU" in page
    assert ("42-KH/QU → 15-CTr/TU “Kế hoạch 42-KH/QU cụ thể hóa Chương trình 15-CTr/TU của Thành ủy "
            "thực hiện Nghị quyết 26-NQ/TW.”") in page
    assert "Posts Nguyễn Văn Nam: Bí thư, Quận ủy Quận 9 “Đồng chí Nguyễn Văn Nam, Bí thư Quận ủy chủ trì hội nghị.” " \
           "Trần Thị Hoa: Chủ tịch, Ủy ban nhân dân quận 9" in page


def test_trace_draws_up_to_the_central_resolution_and_down_to_documents(client):
    response = client.get("/trace", query_string={"iri": ID + "directive/tu/ctr/15"})
    html = response.data.decode()
    up = re.search(r'data-direction="up">(.*?)</section>', html, re.S).group(1)
    down = re.search(r'data-direction="down">(.*?)</section>', html, re.S).group(1)
    assert [label for _, label in links_in(up)] == ["15-CTr/TU", "26-NQ/TW"]
    assert [label for _, label in links_in(down)] == ["15-CTr/TU", "42-KH/QU", "Báo cáo kết quả thực hiện Kế hoạch 42-KH/QU"]


def test_trace_from_a_document_reaches_the_top(client):
    html = client.get("/trace", query_string={"iri": ID + "doc/report-9"}).data.decode()
    up = re.search(r'data-direction="up">(.*?)</section>', html, re.S).group(1)
    assert [label for _, label in links_in(up)] == [
        "Báo cáo kết quả thực hiện Kế hoạch 42-KH/QU", "42-KH/QU", "15-CTr/TU", "26-NQ/TW"]


def test_unknown_entity_is_404(client):
    assert client.get("/id/person/nobody-here").status_code == 404
    assert client.get("/entity", query_string={"iri": "not an iri"}).status_code == 404


def test_entity_iri_dereferences_to_turtle_on_request(client):
    response = client.get("/id/directive/tu/ctr/15", headers={"Accept": "text/turtle"})
    assert response.mimetype == "text/turtle"
    body = response.data.decode()
    assert "<https://w3id.org/vnkg/id/directive/tu/ctr/15> vnkg:implements <https://w3id.org/vnkg/id/directive/tw/nq/26> ;" in body
    assert '\tvnkg:symbol "15-CTr/TU" ;' in body


def test_entity_iri_dereferences_to_jsonld_on_request(client):
    response = client.get("/id/person/tran-thi-hoa", headers={"Accept": "application/ld+json"})
    assert response.mimetype == "application/ld+json"
    nodes = {n["@id"]: n for n in response.get_json(force=True)}
    assert nodes[ID + "person/tran-thi-hoa"]["http://xmlns.com/foaf/0.1/name"] == [{"@value": "Trần Thị Hoa"}]


def test_entity_iri_gives_html_to_a_browser(client):
    response = client.get("/id/person/tran-thi-hoa",
                          headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert response.mimetype == "text/html"


def test_query_page_offers_the_competency_questions(client):
    html = client.get("/query").data.decode()
    assert re.findall(r'id="example-(cq\d\d)', html) == [f"cq0{i}" for i in range(1, 8)]
    assert "PREFIX foaf: &lt;http://xmlns.com/foaf/0.1/&gt;" in html


def test_vocabulary_lists_classes_properties_and_entity_labels(client):
    vocabulary = client.get("/api/vocabulary").get_json()
    assert "http://xmlns.com/foaf/0.1/Person" in vocabulary["classes"]
    assert "https://w3id.org/vnkg/ont#implements" in vocabulary["properties"]
    assert {"iri": ID + "person/le-minh-tuan", "label": "Lê Minh Tuấn", "kind": "person"} in vocabulary["entities"]
