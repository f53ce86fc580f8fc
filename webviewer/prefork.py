"""Pre-forked server processes for `vnkg serve --processes N`: the parent binds
one listening socket and forks N workers before anything has opened the store
or started a thread; each worker opens its own read-only store handle, builds
its own search index and response cache, and serves the shared socket (the
kernel hands each new connection to whichever worker accepts it first). One
Python process computes one page at a time, so this is what puts every core
to work on pages. The parent only supervises: it waits until every worker can
serve, starts a new worker when one dies, and on SIGTERM or SIGINT stops them all."""
from __future__ import annotations

import os
import select
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass
from typing import Callable

# How long a worker may take to open the store and build its index
# (about 10 s at a million triples on a busy machine).
READY_TIMEOUT_SECONDS = 600.0
# How long stopped workers get to finish the requests they hold before SIGKILL.
STOP_GRACE_SECONDS = 10.0
# A worker that dies sooner than this after starting is not restarted at once,
# so a worker that cannot start does not make the parent fork in a tight loop.
RESTART_PAUSE_SECONDS = 1.0

# `serve_one(sock, ready)` serves `sock` until told to stop; it calls `ready(None)`
# once it can answer, or `ready(reason)` and returns when it cannot start.
ServeOne = Callable[[socket.socket, Callable[[str | None], None]], None]


class StartError(Exception):
    """A worker could not start (the store cannot be opened, ...): one line."""


@dataclass
class Worker:
    pid: int
    status_pipe: int  # read end; the worker writes "ready" or "failed <reason>"
    started: float


def listening_socket(host: str, port: int, backlog: int = 1024) -> socket.socket:
    """A TCP socket bound to host:port and listening, to be shared by the workers."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                          flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(backlog)
    except OSError:
        sock.close()
        raise
    return sock


def _stop_serving(_signum, _frame) -> None:
    # waitress's loop ends on SystemExit and lets running requests finish.
    raise SystemExit(0)


def _stop_when_orphaned(parent: int, every_seconds: float = 1.0) -> None:
    """Stop this worker as SIGTERM would once `parent` is gone (killed with
    SIGKILL, it could not stop its workers, which would go on serving the port)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every_seconds)
        os.kill(os.getpid(), signal.SIGTERM)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _fork_worker(sock: socket.socket, serve_one: ServeOne) -> Worker:
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(read_end)
        signal.signal(signal.SIGTERM, _stop_serving)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        _stop_when_orphaned(parent)
        code = 0

        def ready(reason: str | None) -> None:
            message = "ready" if reason is None else "failed " + " ".join(reason.split())
            os.write(write_end, (message + "\n").encode("utf-8", "replace"))

        try:
            serve_one(sock, ready)
        except (SystemExit, KeyboardInterrupt):
            pass
        except BaseException as exc:  # noqa: BLE001 - told to the parent, then the worker ends
            code = 1
            try:
                ready(f"{exc.__class__.__name__}: {exc}")
            except OSError:
                pass
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    os.close(write_end)
    return Worker(pid, read_end, time.monotonic())


def _read_status(worker: Worker, timeout: float) -> str | None:
    """The worker's status line, or None when none came within `timeout`."""
    readable, _, _ = select.select([worker.status_pipe], [], [], timeout)
    if not readable:
        return None
    data = os.read(worker.status_pipe, 65536).decode("utf-8", "replace")
    return data.strip() or "failed the worker ended while starting"


class Supervisor:
    """Starts and watches `processes` workers serving `sock` with `serve_one`."""

    def __init__(self, sock: socket.socket, processes: int, serve_one: ServeOne, echo=None):
        self.sock = sock
        self.processes = processes
        self.serve_one = serve_one
        self.echo = echo or (lambda line: print(line, file=sys.stderr, flush=True))
        self.workers: dict[int, Worker] = {}
        self.stopping = False

    def _on_signal(self, _signum, _frame) -> None:
        self.stopping = True

    def _fork(self) -> Worker:
        worker = _fork_worker(self.sock, self.serve_one)
        self.workers[worker.pid] = worker
        return worker

    def _start_one(self) -> None:
        """Fork a worker and wait until it can serve; StartError when it cannot."""
        self._await_ready(self._fork())

    def _await_ready(self, worker: Worker) -> None:
        """Return once `worker` can serve (or a stop is asked); StartError when it cannot."""
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while not self.stopping:
            status = _read_status(worker, min(0.2, max(0.0, deadline - time.monotonic())))
            if status == "ready":
                return
            if status is not None or time.monotonic() >= deadline:
                self._discard(worker)
                raise StartError(status.removeprefix("failed").strip() if status is not None else
                                 f"a server process did not start within {READY_TIMEOUT_SECONDS:.0f} s")

    def _discard(self, worker: Worker) -> None:
        """End a worker that could not start and forget it."""
        self.workers.pop(worker.pid, None)
        _signal(worker.pid, signal.SIGKILL)
        os.waitpid(worker.pid, 0)
        os.close(worker.status_pipe)

    def _reap(self) -> list[tuple[Worker, int]]:
        """The workers that have ended since the last look, with their wait status."""
        ended = []
        while self.workers:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            worker = self.workers.pop(pid, None)
            if worker is not None:
                os.close(worker.status_pipe)
                ended.append((worker, status))
        return ended

    def run(self, on_ready: Callable[[], None] | None = None) -> None:
        """Start the workers, call `on_ready` once all serve, watch them until
        SIGTERM or SIGINT, then stop them. StartError when one cannot start."""
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            # All open the store and build their index at the same time.
            for worker in [self._fork() for _ in range(self.processes)]:
                self._await_ready(worker)
            if on_ready is not None and not self.stopping:
                on_ready()
            while not self.stopping:
                for worker, status in self._reap():
                    if self.stopping:
                        break
                    self.echo(f"vnkg: server process {worker.pid} ended ({_describe(status)}); starting another")
                    if time.monotonic() - worker.started < RESTART_PAUSE_SECONDS:
                        time.sleep(RESTART_PAUSE_SECONDS)
                    try:
                        self._start_one()
                    except StartError as exc:
                        if not self.workers:
                            raise
                        self.echo(f"vnkg: a new server process could not start ({exc}); "
                                  f"serving with {len(self.workers)}")
                time.sleep(0.2)
        finally:
            self.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def stop(self) -> None:
        """SIGTERM to every worker; SIGKILL to those still there after the grace time."""
        for pid in list(self.workers):
            _signal(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        while self.workers and time.monotonic() < deadline:
            self._reap()
            time.sleep(0.05)
        for pid in list(self.workers):
            _signal(pid, signal.SIGKILL)
        while self.workers:
            pid, _ = os.waitpid(next(iter(self.workers)), 0)
            os.close(self.workers.pop(pid).status_pipe)


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
