"""A small HTTP load generator: C threads, each with a keep-alive
connection, request paths round-robin for a fixed time; reports latency
percentiles, throughput and errors (non-2xx answers and failed requests).

A 503 with Retry-After is the server shedding load by design (the viewer's
/sparql runs a bounded number of queries at once): it is counted apart, as
`shed`, and the client waits as told (at most a second) before its next
request, as a polite client would; shed requests are not in the latencies."""
from __future__ import annotations

import http.client
import threading
import time
from typing import Any
from urllib.parse import urlsplit

from .measure import percentile


def hammer(base_url: str, paths: list[str], seconds: float, concurrency: int) -> dict[str, Any]:
    parts = urlsplit(base_url)
    deadline = time.monotonic() + seconds
    samples: list[float] = []
    errors: list[str] = []
    shed: list[str] = []
    lock = threading.Lock()

    def worker(offset: int) -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, failed, refused, index = [], [], [], offset
        while time.monotonic() < deadline:
            path = paths[index % len(paths)]
            index += 1
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept": "text/html,application/sparql-results+json"})
                answer = connection.getresponse()
                body = answer.read()
                retry_after = answer.getheader("Retry-After")
                if answer.status == 503 and retry_after is not None:
                    refused.append(f"503 {path}: {_first_line(body)}")
                    time.sleep(min(_seconds(retry_after), 1.0))
                    continue
                if not 200 <= answer.status < 300:
                    failed.append(f"{answer.status} {path}: {_first_line(body)}")
            except (OSError, http.client.HTTPException) as exc:
                failed.append(f"{exc.__class__.__name__} {path}")
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            mine.append((time.perf_counter() - started) * 1000)
        connection.close()
        with lock:
            samples.extend(mine)
            errors.extend(failed)
            shed.extend(refused)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"requests": len(samples), "errors": len(errors), "first_errors": errors[:3],
            "shed": len(shed), "first_shed": shed[:1],
            "concurrency": concurrency, "seconds": round(elapsed, 1),
            "rps": round(len(samples) / elapsed, 1),
            "p50_ms": round(percentile(samples, 0.5), 1), "p95_ms": round(percentile(samples, 0.95), 1)}


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return (text.splitlines() or [""])[0][:160]


def _seconds(header: str) -> float:
    try:
        return max(0.0, float(header))
    except ValueError:  # an HTTP date: wait the most we wait
        return 1.0
