"""PAGE_CONCURRENCY: at most that many entity pages are computed at once in
one server process; the other requests wait their turn (without holding the
interpreter lock) and are then answered as usual."""
from __future__ import annotations

import threading

import pytest

from webviewer import create_app
from webviewer.views import entities

from .conftest import ID

PAGES = ["/id/person/nguyen-van-nam", "/id/person/tran-thi-hoa"]


@pytest.fixture()
def reader_calls(monkeypatch):
    """Replace the person page's reader with `hook(iri)` run before the real one."""
    hooks = {}
    real = entities.PAGE_READERS["person"]

    def reader(graph, iri):
        hooks["hook"](iri)
        return real(graph, iri)

    monkeypatch.setitem(entities.PAGE_READERS, "person", reader)
    return hooks


def viewer(store_dir, concurrency: int):
    return create_app(str(store_dir), {"ENTITY_BASE": ID, "TESTING": True, "RESPONSE_CACHE_ENTRIES": 0,
                                       "PAGE_CONCURRENCY": concurrency, "SPARQL_WORKERS": 0})


def get_in_thread(app, path: str, answers: dict) -> threading.Thread:
    thread = threading.Thread(target=lambda: answers.__setitem__(path, app.test_client().get(path).status_code))
    thread.start()
    return thread


def test_two_pages_are_computed_at_once_when_two_may_be(store_dir, reader_calls):
    app = viewer(store_dir, 2)
    both_inside = threading.Barrier(2, timeout=30)
    reader_calls["hook"] = lambda _iri: both_inside.wait()  # breaks (and the page fails) unless both get in
    answers: dict = {}
    for thread in [get_in_thread(app, path, answers) for path in PAGES]:
        thread.join(timeout=60)
    assert answers == {PAGES[0]: 200, PAGES[1]: 200}


def test_with_one_slot_a_second_page_waits_until_the_first_is_done(store_dir, reader_calls):
    app = viewer(store_dir, 1)
    entered = {path: threading.Event() for path in PAGES}
    order: list[str] = []
    first_may_finish = threading.Event()

    def hook(iri: str) -> None:
        path = "/id/" + iri[len(ID):]
        order.append(path)
        entered[path].set()
        if path == PAGES[0]:
            first_may_finish.wait(timeout=30)

    reader_calls["hook"] = hook
    answers: dict = {}
    first = get_in_thread(app, PAGES[0], answers)
    assert entered[PAGES[0]].wait(timeout=30)
    second = get_in_thread(app, PAGES[1], answers)
    second_got_in_early = entered[PAGES[1]].wait(timeout=0.5)
    first_may_finish.set()
    first.join(timeout=60)
    second.join(timeout=60)
    assert second_got_in_early is False
    assert order == PAGES
    assert answers == {PAGES[0]: 200, PAGES[1]: 200}
