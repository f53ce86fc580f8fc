"""`vnkg serve` in a process of its own, for the tools that measure the viewer
from outside (load check, paint check, the benchmark's viewer stage)."""
from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def missing_store(location: str) -> str | None:
    """What is wrong with a store given to these tools, or None: an
    http(s) URL is taken as it is, a path must be a directory."""
    if location.startswith(("http://", "https://")) or Path(location).is_dir():
        return None
    return f"{location}: no store here (run `vnkg build` first)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def _announced(log) -> bool:
    # pread: the server writes through the same file offset, which a seek here would move.
    return b"vnkg viewer on " in os.pread(log.fileno(), os.fstat(log.fileno()).st_size, 0)


def start_server(store: str, port: int, timeout_s: float = 120, processes: int | None = None) -> subprocess.Popen:
    """Start the server on 127.0.0.1:`port` with `processes` server processes
    (None: `vnkg serve`'s default); returns once it answers, else RuntimeError."""
    # Its log goes to a file: a pipe nobody reads fills up under load (waitress
    # warns of its queue depth) and would stop the server mid-run.
    log = tempfile.TemporaryFile()
    server = subprocess.Popen([sys.executable, "-c", "from graph.cli import main; main()", "serve",
                               "--store", store, "--host", "127.0.0.1", "--port", str(port),
                               *(["--processes", str(processes)] if processes is not None else [])],
                              stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"the server ended: {log.read().decode(errors='replace').strip()}")
        # With several server processes the first answers while others still
        # open the store: ready once `vnkg serve` says all of them serve.
        if _answers(port) and _announced(log):
            return server
        time.sleep(0.3)
    stop_server(server)
    raise RuntimeError(f"the server did not answer within {timeout_s:.0f} s")


def stop_server(server: subprocess.Popen, timeout_s: float = 30) -> None:
    server.terminate()
    try:
        server.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
