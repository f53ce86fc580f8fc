"""The project's one HTTP load generator, used by the benchmark's viewer stage
and by `python -m webviewer.loadcheck`: C threads, each with a keep-alive
connection, request paths for a fixed time and report, in all and per kind
of request, latency percentiles, throughput and errors (non-2xx answers and
failed requests).

Paths come by kind ({"entity": [...], "search": [...]}); a `mix` lists the
kinds in the proportions wanted, each client taking the next kind of it at
each request. `order` says how a kind's paths are handed out: "cycle" (each
client goes round the list from its own offset) or "once" (each path to one
client only, in list order, and the run ends when all were asked: with a
fresh server that is every page uncached, its first request in the process).

A 503 with Retry-After is the server shedding load by design (the viewer's
/sparql runs a bounded number of queries at once): it is counted apart, as
`shed`, and the client waits as told (at most a second) before its next
request, as a polite client would; shed requests are not in the latencies."""
from __future__ import annotations

import http.client
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .measure import percentile

ORDERS = ("cycle", "once")


@dataclass
class LoadRun:
    """What the clients saw; `summary()` reduces it to figures."""
    concurrency: int
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)  # kind → ms of each answered request
    errors: Counter = field(default_factory=Counter)                 # kind → errors
    first_errors: list[str] = field(default_factory=list)
    shed: Counter = field(default_factory=Counter)                   # kind → 503 + Retry-After
    first_shed: list[str] = field(default_factory=list)

    def summary(self, kind: str | None = None) -> dict[str, Any]:
        """Figures of one kind of request, or of all when `kind` is None."""
        samples = self.latencies.get(kind, []) if kind else [ms for kind_ms in self.latencies.values() for ms in kind_ms]
        errors = self.errors[kind] if kind else sum(self.errors.values())
        shed = self.shed[kind] if kind else sum(self.shed.values())
        return {"requests": len(samples), "errors": errors,
                "first_errors": [e for e in self.first_errors if kind is None or e.startswith(f"{kind}: ")][:3],
                "shed": shed, "first_shed": [e for e in self.first_shed if kind is None or e.startswith(f"{kind}: ")][:1],
                "concurrency": self.concurrency, "seconds": round(self.seconds, 1),
                "rps": round(len(samples) / self.seconds, 1) if self.seconds else 0.0,
                "p50_ms": round(percentile(samples, 0.5), 1) if samples else None,
                "p95_ms": round(percentile(samples, 0.95), 1) if samples else None}


class _Paths:
    """Hands out the next path of a kind to a client, as `order` says."""

    def __init__(self, paths: dict[str, list[str]], order: str):
        if order not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
        self.paths, self.order = paths, order
        self._next = Counter()
        self._lock = threading.Lock()

    def next(self, kind: str, client: int, step: int) -> str | None:
        listed = self.paths[kind]
        if self.order == "cycle":
            return listed[(client + step) % len(listed)]
        with self._lock:
            index = self._next[kind]
            self._next[kind] += 1
        return listed[index] if index < len(listed) else None


def run_load(base_url: str, paths: dict[str, list[str]], seconds: float, concurrency: int,
             mix: list[str] | None = None, order: str = "cycle") -> LoadRun:
    """`concurrency` clients on `paths` for `seconds` (or until "once" runs out of paths)."""
    paths = {kind: listed for kind, listed in paths.items() if listed}
    mix = [kind for kind in (mix or list(paths)) if kind in paths]
    if not mix:
        raise ValueError("no paths to request")
    parts = urlsplit(base_url)
    handout = _Paths(paths, order)
    run = LoadRun(concurrency)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        mine: dict[str, list[float]] = {}
        errors, shed, first_errors, first_shed = Counter(), Counter(), [], []
        step = 0
        while time.monotonic() < deadline:
            kind = mix[(number + step) % len(mix)]
            path = handout.next(kind, number, step)
            step += 1
            if path is None:
                break
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept": "text/html,application/sparql-results+json,*/*"})
                answer = connection.getresponse()
                body = answer.read()
                retry_after = answer.getheader("Retry-After")
                if answer.status == 503 and retry_after is not None:
                    shed[kind] += 1
                    first_shed.append(f"{kind}: 503 {path}: {_first_line(body)}")
                    time.sleep(min(_seconds(retry_after), 1.0))
                    continue
                if not 200 <= answer.status < 300:
                    errors[kind] += 1
                    first_errors.append(f"{kind}: {answer.status} {path}: {_first_line(body)}")
            except (OSError, http.client.HTTPException) as exc:
                errors[kind] += 1
                first_errors.append(f"{kind}: {exc.__class__.__name__} {path}")
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
            mine.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
        connection.close()
        with lock:
            for kind, samples in mine.items():
                run.latencies.setdefault(kind, []).extend(samples)
            run.errors.update(errors)
            run.shed.update(shed)
            run.first_errors.extend(first_errors[:3])
            run.first_shed.extend(first_shed[:1])

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    run.seconds = time.perf_counter() - started
    return run


def hammer(base_url: str, paths: list[str], seconds: float, concurrency: int, order: str = "cycle") -> dict[str, Any]:
    """One kind of request: the figures of `run_load` on `paths`."""
    return run_load(base_url, {"all": paths}, seconds, concurrency, order=order).summary()


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return (text.splitlines() or [""])[0][:160]


def _seconds(header: str) -> float:
    try:
        return max(0.0, float(header))
    except ValueError:  # an HTTP date: wait the most we wait
        return 1.0
