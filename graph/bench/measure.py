"""Running one benchmark stage in a child process and measuring it: wall
time, peak resident memory of the whole process tree (from wait4's rusage),
and the JSON figures the stage prints on its last line of output."""
from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class StageRun:
    name: str
    figures: dict[str, Any] = field(default_factory=dict)
    wall_s: float = 0.0
    peak_rss_mb: float = 0.0
    error: str | None = None


def run_stage(name: str, params: dict[str, Any], timeout_s: float) -> StageRun:
    """Run `python -m graph.bench.stage NAME PARAMS` and collect what it reports."""
    command = [sys.executable, "-m", "graph.bench.stage", name, json.dumps(params)]
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 stdin=devnull, start_new_session=True)
    # Read output in the background so a chatty child never blocks on a full pipe.
    chunks: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda s=s, k=k: chunks.__setitem__(k, s.read()), daemon=True)
               for k, s in (("out", child.stdout), ("err", child.stderr))]
    for reader in readers:
        reader.start()
    status, usage, timed_out = _wait(child.pid, timeout_s)
    for reader in readers:
        reader.join()
    run = StageRun(name, wall_s=time.perf_counter() - started,
                   peak_rss_mb=usage.ru_maxrss / 1024 if usage else 0.0)
    out = chunks.get("out", b"").decode("utf-8", "replace").strip().splitlines()
    if timed_out:
        run.error = f"stopped after {timeout_s:.0f} s"
    elif status != 0 or not out:
        tail = chunks.get("err", b"").decode("utf-8", "replace").strip().splitlines()
        run.error = tail[-1] if tail else f"exit status {status}"
    else:
        try:
            run.figures = json.loads(out[-1])
        except json.JSONDecodeError:
            run.error = f"unreadable figures: {out[-1][:200]}"
    child.returncode = status
    return run


def _wait(pid: int, timeout_s: float):
    """wait4 the child (its rusage covers its own waited-for children too),
    killing its whole session when the time is up."""
    deadline = time.monotonic() + timeout_s
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), usage, False
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return os.waitstatus_to_exitcode(status), usage, True
        time.sleep(0.05)


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile (fraction in 0..1) of the samples."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def peak_rss_mb() -> float:
    """This process's peak resident memory so far."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
