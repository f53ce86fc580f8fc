"""A small pool of worker processes for /sparql. Neither pyoxigraph nor a
remote server can be told to stop a query half-way from Python, so a query
that runs past its time limit is stopped by killing its process; a fresh
worker takes its place. Workers start on first use, each opening the store
itself (read-only), and are killed when the pool is closed or collected."""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
import weakref
from dataclasses import dataclass

from .query_worker import serve_queries


class WorkerUnavailable(Exception):
    """No worker could take the query (all busy, or the store cannot be opened)."""


class WorkerLost(Exception):
    """The worker process ended while answering (killed from outside, out of memory)."""


@dataclass(eq=False)
class Worker:
    process: multiprocessing.process.BaseProcess
    connection: object


def _kill(worker: Worker) -> None:
    # The connection stays open: a request thread may be waiting on it, and
    # sees the end of the pipe once the process is gone.
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(timeout=5)


def _kill_all(workers: set) -> None:
    for worker in list(workers):
        _kill(worker)
    workers.clear()


class WorkerPool:
    def __init__(self, location: str, size: int, row_cap: int):
        self.location = location
        self.size = size
        self.row_cap = row_cap
        # spawn, not fork: the server process has threads and open store handles.
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._failure: str | None = None
        self._closed = False
        self._busy = 0
        self._finalizer = weakref.finalize(self, _kill_all, self._workers)

    # ------------------------------------------------------------ workers
    def _spawn(self) -> None:
        if self._closed:
            return
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=serve_queries, args=(child_end, self.location, self.row_cap, os.getpid()),
                                        name="vnkg-sparql", daemon=True)
        process.start()
        child_end.close()
        worker = Worker(process, parent_end)
        with self._lock:
            closed = self._closed
            if not closed:
                self._workers.add(worker)
        if closed:  # the pool closed while this process started
            _kill(worker)
            return
        threading.Thread(target=self._await_ready, args=(worker,), daemon=True).start()

    def _await_ready(self, worker: Worker) -> None:
        try:
            status, detail = worker.connection.recv()
        except (EOFError, OSError):
            status, detail = "failed", "a query worker ended while opening the store"
        if status == "ready":
            self._idle.put(worker)
            return
        self._failure = detail
        self._discard(worker)

    def _discard(self, worker: Worker) -> None:
        """Kill a worker whose connection no other thread uses any more."""
        with self._lock:
            self._workers.discard(worker)
        _kill(worker)
        worker.connection.close()

    def start(self) -> None:
        """Start the workers now rather than on the first query."""
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._spawn()

    # ------------------------------------------------------------ queries
    def acquire(self, wait_seconds: float) -> Worker:
        """An idle worker, waiting at most `wait_seconds` for one."""
        if self._closed:
            raise WorkerUnavailable("the query workers have been shut down")
        self.start()
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, min(0.05, deadline - time.monotonic())))
            except queue.Empty:
                pass
            else:
                with self._lock:
                    self._busy += 1
                return worker
            if self._failure is not None:
                with self._lock:
                    reason, self._failure = self._failure, None
                    # The next query tries again with fresh workers.
                    self._started = bool(self._workers)
                raise WorkerUnavailable(f"the store cannot be queried: {reason}")
            if time.monotonic() >= deadline:
                raise WorkerUnavailable(f"every query worker stayed busy for {wait_seconds:g} s")

    def ask(self, worker: Worker, request: tuple, timeout_seconds: float):
        """Send `request` to `worker` and return its reply, or None when the
        reply did not come within `timeout_seconds` (the worker is then killed
        and replaced). Give the worker back with `release` after a reply."""
        try:
            worker.connection.send(request)
            if not worker.connection.poll(timeout_seconds):
                self.replace(worker)
                return None
            return worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.replace(worker)
            raise WorkerLost("the query's worker process ended unexpectedly") from None

    def release(self, worker: Worker) -> None:
        with self._lock:
            self._busy -= 1
        self._idle.put(worker)

    def replace(self, worker: Worker) -> None:
        with self._lock:
            self._busy -= 1
        self._discard(worker)
        self._spawn()

    def busy(self) -> int:
        """How many workers are answering a query now."""
        return self._busy

    def idle(self) -> int:
        """How many workers wait for a query now."""
        return self._idle.qsize()

    def processes(self) -> list[int]:
        """The process ids of the live workers (for checks and the load report)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.is_alive()]

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._finalizer()
