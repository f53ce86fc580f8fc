"""A throw-away Virtuoso server in a folder of its own: start it, bulk-load
N-Quads into it, stop it. The remote-store tests and the benchmark use it;
it needs Debian's `virtuoso-opensource` (`make sparql-server-deps`)."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
PACKAGED_DB = "/var/lib/virtuoso-opensource-7/db/"
BUFFER_BYTES = 8192  # one Virtuoso buffer is one 8 KB page


class VirtuosoError(RuntimeError):
    """The server did not start, or a command sent to it failed."""


def available() -> bool:
    return bool(shutil.which("virtuoso-t") and shutil.which("isql-vt") and PACKAGED_INI.exists())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class VirtuosoServer:
    """`with VirtuosoServer(folder) as server:` runs Virtuoso on free ports with
    its database in `folder`; `server.url` is its SPARQL endpoint."""

    def __init__(self, folder: Path, memory_mb: int = 0, start_timeout_s: float = 120):
        self.folder = Path(folder)
        self.memory_mb = memory_mb
        self.start_timeout_s = start_timeout_s
        self.sql_port, self.http_port = _free_port(), _free_port()
        self.url = f"http://127.0.0.1:{self.http_port}/sparql"
        self.process: subprocess.Popen | None = None

    def _ini(self) -> str:
        ini = PACKAGED_INI.read_text().replace(PACKAGED_DB, f"{self.folder}/")
        ini = re.sub(r"(?m)^ServerPort\s*=\s*1111", f"ServerPort = {self.sql_port}", ini)
        ini = re.sub(r"(?m)^ServerPort\s*=\s*8890", f"ServerPort = {self.http_port}", ini)
        # The bulk loader reads only from allowed folders; results are never cut short.
        ini = re.sub(r"(?m)^DirsAllowed\s*=\s*", f"DirsAllowed = {self.folder}, ", ini)
        ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", "ResultSetMaxRows = 10000000", ini)
        if self.memory_mb:
            # The packaged default (about 80 MB of buffers) makes a big graph page to disk.
            buffers = self.memory_mb * 1024 * 1024 // BUFFER_BYTES
            ini = re.sub(r"(?m)^NumberOfBuffers\s*=.*$", f"NumberOfBuffers = {buffers}", ini)
            ini = re.sub(r"(?m)^MaxDirtyBuffers\s*=.*$", f"MaxDirtyBuffers = {buffers * 3 // 4}", ini)
        return ini

    def start(self) -> "VirtuosoServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "virtuoso.ini").write_text(self._ini())
        log = (self.folder / "server.log").open("w")
        self.process = subprocess.Popen(["virtuoso-t", "-f", "-c", str(self.folder / "virtuoso.ini")],
                                        cwd=self.folder, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.start_timeout_s
        while True:
            try:
                urllib.request.urlopen(self.url + "?query=ASK%7B%7D", timeout=2).read()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise VirtuosoError(f"Virtuoso did not start; see {self.folder / 'server.log'}") from None
                time.sleep(0.5)

    def isql(self, statements: str, timeout_s: float = 3600) -> str:
        """Run SQL statements (separated by ';') as the dba; their output."""
        done = subprocess.run(["isql-vt", str(self.sql_port), "dba", "dba", f"exec={statements}"],
                              capture_output=True, text=True, timeout=timeout_s)
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise VirtuosoError(f"isql: {(done.stdout + done.stderr).strip()[-500:]}")
        return done.stdout

    def allow_updates(self) -> None:
        """Let the anonymous SPARQL endpoint run SPARQL Update (the tests write through it)."""
        self.isql('GRANT SPARQL_UPDATE TO "SPARQL";', timeout_s=60)

    def bulk_load(self, nquads: Path) -> None:
        """Load an N-Quads file (inside the server's folder) with Virtuoso's
        bulk loader, then checkpoint so the load is on disk."""
        nquads = Path(nquads).resolve()
        if nquads.parent != self.folder.resolve():
            raise VirtuosoError(f"{nquads}: the bulk loader reads only from {self.folder}")
        self.isql(f"ld_dir('{nquads.parent}', '{nquads.name}', 'urn:vnkg:unused'); "
                  f"rdf_loader_run(); checkpoint;")
        # The loader records a bad file in its load list rather than failing.
        failed = self.isql("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
        if nquads.name in failed:
            raise VirtuosoError(f"{nquads}: the bulk loader refused it: {failed.strip()[-300:]}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.process = None

    def __enter__(self) -> "VirtuosoServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
