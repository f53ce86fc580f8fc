"""The one load generator (graph/bench/loadgen.py), against a small HTTP
server of the test's own: each path once or round and round, a mix of kinds,
errors and shed requests counted apart. Counts only, nothing timed."""
from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from graph.bench.loadgen import hammer, run_load


class Recorder(BaseHTTPRequestHandler):
    asked: Counter = Counter()
    lock = threading.Lock()

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        with self.lock:
            self.asked[self.path] += 1
        status, headers = {"/missing": (404, {}), "/busy": (503, {"Retry-After": "0"})}.get(self.path, (200, {}))
        body = f"answer to {self.path}\n".encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    Recorder.asked = Counter()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_once_asks_each_path_exactly_once_across_all_clients(server):
    paths = [f"/page/{n}" for n in range(40)]
    figures = hammer(server, paths, seconds=30, concurrency=4, order="once")
    assert (figures["requests"], figures["errors"]) == (40, 0)
    assert Recorder.asked == Counter({path: 1 for path in paths})


def test_a_mix_asks_its_kinds_in_proportion(server):
    run = run_load(server, {"entity": ["/e/1", "/e/2"], "search": ["/s/1"]}, seconds=30, concurrency=1,
                   mix=["entity", "entity", "search"], order="once")
    # "once" ends when a kind runs out: entity, entity, search, then entity finds none left.
    assert {kind: len(ms) for kind, ms in run.latencies.items()} == {"entity": 2, "search": 1}


def test_non_2xx_answers_are_errors_with_the_first_ones_named(server):
    figures = hammer(server, ["/missing", "/ok"], seconds=30, concurrency=1, order="once")
    assert (figures["requests"], figures["errors"]) == (2, 1)
    assert figures["first_errors"] == ["all: 404 /missing: answer to /missing"]


def test_a_503_with_retry_after_is_shed_not_an_error_nor_a_latency(server):
    figures = hammer(server, ["/busy", "/ok"], seconds=30, concurrency=1, order="once")
    assert (figures["requests"], figures["errors"], figures["shed"]) == (1, 0, 1)
    assert figures["first_shed"] == ["all: 503 /busy: answer to /busy"]


def test_an_unknown_order_is_refused(server):
    with pytest.raises(ValueError, match="order must be one of"):
        hammer(server, ["/ok"], seconds=1, concurrency=1, order="shuffled")
