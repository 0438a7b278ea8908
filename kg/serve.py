"""`kg serve`: the store as a standard, read-only SPARQL 1.1 endpoint.

We do not write an HTTP server: the ``oxigraph`` package ships Oxigraph's own, which opens the
on-disk format pyoxigraph writes. ``oxigraph serve-read-only`` answers the SPARQL 1.1 Protocol at
``/query`` (GET and POST), serves a YASGUI query page at ``/`` and refuses updates (403). It is
started with ``--union-default-graph`` so that a query sees every article, as `kg query` does.
"""

from __future__ import annotations

import ipaddress
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from kg.errors import KgError
from kg.store import Store, is_url

READY_TIMEOUT_S = 15
STOP_TIMEOUT_S = 5


def oxigraph_executable() -> str:
    """The ``oxigraph`` program the PyPI package installs (beside this Python, or on PATH)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgError("The oxigraph server is not installed: pip install 'oxigraph>=0.5.13,<0.6'")
    return found


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def command(location: Path, host: str, port: int) -> list[str]:
    return [
        oxigraph_executable(),
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
    ]


def serve(location, host: str = "127.0.0.1", port: int = 7878, *, public: bool = False, echo=print) -> None:
    """Serve the store at ``location`` until Ctrl-C (or SIGTERM); then stop the server and return."""
    if is_url(str(location)):
        raise KgError(f"{location} is already a SPARQL endpoint; kg serve serves a store folder")
    if not loopback(host) and not public:
        raise KgError(f"--host {host} would open the store to other machines: add --public to mean it")
    store = Store(location)  # one clear line if there is no store
    path = store.location
    del store
    _check_free(host, port)
    process = subprocess.Popen(command(path, host, port), stderr=subprocess.PIPE, text=True)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        _wait_until_ready(process, host, port)
        threading.Thread(target=_relay, args=(process.stderr,), daemon=True).start()
        where = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
        if public:
            echo(f"warning: {where} answers any machine that can reach {host}; the store is read-only")
        echo(f"SPARQL endpoint: {where}/query (GET or POST, SPARQL 1.1 Protocol), read-only")
        echo(f"query page:      {where}/")
        echo("Ctrl-C stops the server.")
        process.wait()
        if process.returncode not in (0, -signal.SIGINT, -signal.SIGTERM):
            raise KgError(f"The oxigraph server stopped with exit code {process.returncode}")
    except KeyboardInterrupt:
        echo("stopping")
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop(process)


def _check_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do: TIME_WAIT is free
        try:
            probe.bind((host, port))
        except OSError as err:
            raise KgError(f"Cannot listen on {host}:{port}: {err.strerror or err}") from None


def _stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt


def _wait_until_ready(process: subprocess.Popen, host: str, port: int) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = " ".join((process.stderr.read() or "").split())[:300] or f"exit {process.returncode}"
            raise KgError(f"The oxigraph server did not start: {message}")
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise KgError(f"The oxigraph server did not answer on {host}:{port} within {READY_TIMEOUT_S} s")


def _relay(stream) -> None:
    for line in stream:
        sys.stderr.write(line)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stderr:
        process.stderr.close()
