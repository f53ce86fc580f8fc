"""One writer per store: `vnkg build` holds an exclusive lock file in the
store directory (fcntl.flock) while it writes, so a second build waits for the
first, up to a timeout, and then stops with a clear message instead of both
writing. Readers (`vnkg query`, `export`) take no lock; a build that changed
the store leaves a new generation stamp next to the lock, and `vnkg serve`
reopens the store when the stamp changes and no build holds the lock."""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from .store import StoreError

LOCK_NAME = "vnkg-build.lock"
GENERATION_NAME = "vnkg-generation"
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
                holder = _holder(fd)
                if time.monotonic() >= deadline:
                    raise StoreError(f"{folder}: {holder}; gave up after waiting {timeout:g} s (try again "
                                     f"when it has finished, or raise --lock-timeout)") from None
                if not told:
                    notice(f"vnkg: {folder}: {holder}; waiting up to {timeout:g} s")
                    told = True
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # who holds it, for a curious reader
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock, also when the process dies


def _holder(fd: int) -> str:
    """Who keeps a build out, in words: a viewer that is reopening the store
    holds the lock shared (unless_building), so a shared request succeeds;
    another build holds it exclusively, so it fails."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return "another vnkg build is writing this store"
    fcntl.flock(fd, fcntl.LOCK_UN)
    return "a vnkg serve is reopening this store after a build"


def write_generation(store_dir: str | Path) -> str:
    """Stamp the store as changed (call while holding the build lock, after the
    store is closed): "<counter> <UTC time>", replaced atomically so that a
    reader never sees half a stamp. Returns the new stamp."""
    folder = Path(store_dir)
    previous = (read_generation(folder) or "0").split()[0]
    counter = int(previous) + 1 if previous.isdigit() else 1
    stamp = f"{counter} {datetime.now(timezone.utc).isoformat(timespec='seconds')}"
    temporary = folder / f".{GENERATION_NAME}.{os.getpid()}.tmp"
    temporary.write_text(stamp + "\n", encoding="utf-8")
    os.replace(temporary, folder / GENERATION_NAME)
    return stamp


def read_generation(store_dir: str | Path) -> str | None:
    """The store's generation stamp, or None when no build has stamped it."""
    try:
        return (Path(store_dir) / GENERATION_NAME).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


@contextmanager
def unless_building(store_dir: str | Path) -> Iterator[bool]:
    """Yield True while holding a shared lock that keeps builds out, or False
    at once (holding nothing) when a build holds the store now."""
    try:
        fd = os.open(Path(store_dir) / LOCK_NAME, os.O_RDONLY)
    except FileNotFoundError:  # never built by `vnkg build`: no build can be running
        yield True
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)
