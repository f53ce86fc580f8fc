"""What the figures were measured on: CPU, cores, memory, OS, Python and the
versions of the engines compared."""
from __future__ import annotations

import os
import platform
from importlib import metadata
from pathlib import Path

ENGINES = ("vnkg", "spacy", "pyoxigraph", "rdflib", "flask", "waitress", "underthesea", "pyvi")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return 0.0


def versions() -> dict[str, str]:
    found = {}
    for name in ENGINES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def describe() -> dict:
    return {"cpu": cpu_model(), "cores": os.cpu_count(), "memory_gb": memory_gb(),
            "os": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "versions": versions(),
            "load_average": [round(x, 2) for x in os.getloadavg()]}
