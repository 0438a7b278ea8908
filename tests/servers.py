"""Real SPARQL servers for the tests, each on a free loopback port: Oxigraph (from the oxigraph
package on PyPI) and Virtuoso (Debian's virtuoso-opensource, which .ci/run installs)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.serve import oxigraph_executable

VIRTUOSO = "/usr/bin/virtuoso-t"
ISQL = "/usr/bin/isql-vt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    """Until ``url`` answers a SPARQL ASK (or the process has died)."""
    deadline = time.monotonic() + timeout
    query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            request = urllib.request.Request(
                f"{url}?{query}", headers={"Accept": "application/sparql-results+json"}
            )
            with urllib.request.urlopen(request, timeout=1) as response:
                json.loads(response.read())
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def sparql(url: str, query: str, method: str = "GET", **form) -> tuple[int, str, bytes]:
    """A SPARQL Protocol request: status, content type, body."""
    data = None
    target = url
    headers = {"Accept": "application/sparql-results+json"}
    if method == "GET":
        target = f"{url}?{urllib.parse.urlencode({'query': query})}"
    elif form.get("body") == "direct":
        data, headers["Content-Type"] = query.encode("utf-8"), "application/sparql-query"
    else:
        field = form.get("field", "query")
        data = urllib.parse.urlencode({field: query}).encode("utf-8")
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    request = urllib.request.Request(target, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


class Oxigraph:
    """``oxigraph serve`` (writable) on a fresh folder."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [oxigraph_executable(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.url + "/query", self.process)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{isql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def virtuoso_installed() -> bool:
    return bool(shutil.which(VIRTUOSO) and shutil.which(ISQL))


class Virtuoso:
    """A private Virtuoso on loopback ports, its anonymous /sparql endpoint allowed to update."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.isql, http = free_port(), free_port()
        (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, isql=self.isql, http=http))
        self.url = f"http://127.0.0.1:{http}/sparql"
        self.process = subprocess.Popen(
            [VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.url, self.process, timeout=60)
        subprocess.run(
            [ISQL, f"127.0.0.1:{self.isql}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            check=True,
            capture_output=True,
            timeout=30,
        )

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
