"""The response cache: a repeated GET of an entity page, search or /sparql is
answered from the cache (counted, marked X-VNKG-Cache: hit) with the same body;
the key holds the language and Accept header; errors are never kept; the cache
is bounded in entries and bytes, least recently used out first."""
from __future__ import annotations

import pytest

from webviewer import create_app
from webviewer.response_cache import CachedAnswer, ResponseCache

from .conftest import ID

PERSON = "/id/person/nguyen-van-nam"


@pytest.fixture()
def fresh_client(store_dir):
    """A client of an app of its own, so the counts start at zero."""
    app = create_app(str(store_dir), {"ENTITY_BASE": ID, "TESTING": True, "SPARQL_WORKERS": 1})
    yield app.test_client(), app.extensions["vnkg_cache"]
    app.extensions["vnkg"].runner.close()


def test_second_request_for_an_entity_page_is_served_from_the_cache(fresh_client):
    client, cache = fresh_client
    first = client.get(PERSON + "?lang=en")
    second = client.get(PERSON + "?lang=en")
    assert (cache.misses, cache.hits) == (1, 1)
    assert "X-VNKG-Cache" not in first.headers
    assert second.headers["X-VNKG-Cache"] == "hit"
    assert second.data == first.data


def test_cached_answer_keeps_its_content_type_and_security_headers(fresh_client):
    client, _ = fresh_client
    client.get(PERSON)
    second = client.get(PERSON)
    assert second.headers["Content-Type"] == "text/html; charset=utf-8"
    assert second.headers["Vary"] == "Accept"
    assert second.headers["X-Content-Type-Options"] == "nosniff"


def test_cached_answer_carries_no_language_cookie_but_the_hook_sets_it_again(fresh_client):
    client, _ = fresh_client
    client.get(PERSON + "?lang=en")
    second = client.get(PERSON + "?lang=en")
    assert second.headers["X-VNKG-Cache"] == "hit"
    [cookie] = second.headers.getlist("Set-Cookie")
    assert cookie.startswith("vnkg_lang=en; ")


def test_each_language_is_kept_apart(fresh_client):
    client, cache = fresh_client
    english = client.get(PERSON + "?lang=en")
    vietnamese = client.get(PERSON + "?lang=vi")
    assert (cache.misses, cache.hits) == (2, 0)
    assert english.data != vietnamese.data


def test_each_accept_header_is_kept_apart(fresh_client):
    client, cache = fresh_client
    html = client.get(PERSON)
    turtle = client.get(PERSON, headers={"Accept": "text/turtle"})
    again = client.get(PERSON, headers={"Accept": "text/turtle"})
    assert (cache.misses, cache.hits) == (2, 1)
    assert turtle.mimetype == again.mimetype == "text/turtle"
    assert html.mimetype == "text/html"


def test_search_and_sparql_answers_are_cached(fresh_client):
    client, cache = fresh_client
    for _ in range(2):
        client.get("/search?q=nam")
        client.get("/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D")
    assert (cache.misses, cache.hits) == (2, 2)


def test_not_found_is_never_cached(fresh_client):
    client, cache = fresh_client
    for _ in range(2):
        assert client.get("/id/person/nobody-at-all").status_code == 404
    assert len(cache) == 0
    assert cache.hits == 0


def test_a_sparql_syntax_error_is_never_cached(fresh_client):
    client, cache = fresh_client
    for _ in range(2):
        assert client.get("/sparql?query=SELEC").status_code == 400
    assert len(cache) == 0


def test_cache_drops_the_least_recently_used_answer_beyond_its_entry_limit():
    cache = ResponseCache(max_entries=2, max_bytes=1000)
    for key in ("a", "b"):
        cache.put((key,), CachedAnswer(b"x", ()))
    cache.get(("a",))
    cache.put(("c",), CachedAnswer(b"x", ()))
    assert cache.get(("b",)) is None
    assert cache.get(("a",)) is not None
    assert cache.get(("c",)) is not None


def test_cache_drops_old_answers_to_stay_within_its_byte_limit():
    cache = ResponseCache(max_entries=100, max_bytes=800)
    for key in ("a", "b", "c"):
        cache.put((key,), CachedAnswer(b"x" * 100, ()))
    cache.put(("d",), CachedAnswer(b"x" * 100, ()))
    assert len(cache) == 4
    for key in ("e", "f", "g", "h", "i"):
        cache.put((key,), CachedAnswer(b"x" * 100, ()))
    assert len(cache) == 8
    cache.put(("j",), CachedAnswer(b"x" * 100, ()))
    assert len(cache) == 8
    assert cache.get(("a",)) is None


def test_an_answer_over_an_eighth_of_the_budget_is_not_kept():
    cache = ResponseCache(max_entries=100, max_bytes=800)
    cache.put(("big",), CachedAnswer(b"x" * 101, ()))
    assert len(cache) == 0


def test_zero_entries_turns_the_cache_off(store_dir):
    app = create_app(str(store_dir), {"ENTITY_BASE": ID, "TESTING": True, "RESPONSE_CACHE_ENTRIES": 0})
    client = app.test_client()
    client.get(PERSON)
    second = client.get(PERSON)
    assert "X-VNKG-Cache" not in second.headers
    assert len(app.extensions["vnkg_cache"]) == 0
    app.extensions["vnkg"].runner.close()
