"""One writer per store: `vnkg build` holds an exclusive lock file in the
store directory (fcntl.flock) while it writes, so a second build waits for the
first, up to a timeout, and then stops with a clear message instead of both
writing. Readers (`vnkg serve`, `query`, `export`) take no lock."""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .store import StoreError

LOCK_NAME = "vnkg-build.lock"
POLL_SECONDS = 0.2


@contextmanager
def build_lock(store_dir: str | Path, timeout: float,
               notice: Callable[[str], None] = lambda msg: None) -> Iterator[None]:
    """Hold the store's build lock for the block; wait at most `timeout` seconds for it."""
    folder = Path(store_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot open the store ({exc.strerror or exc})") from None
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(f"{folder}: another vnkg build is writing this store; gave up after "
                                     f"waiting {timeout:g} s (try again when it has finished, or raise "
                                     f"--lock-timeout)") from None
                if not told:
                    notice(f"vnkg: {folder}: another vnkg build is writing this store; waiting up to {timeout:g} s")
                    told = True
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # who holds it, for a curious reader
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock, also when the process dies
