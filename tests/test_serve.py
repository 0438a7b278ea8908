"""`kg serve`: the seed store behind Oxigraph's own read-only server, spoken to over HTTP."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from kg.cli import cli
from tests.servers import free_port, sparql, wait_for

COUNT_REPLACEMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?r a <https://w3id.org/newskg/ontology#Replacement> }"


@pytest.fixture(scope="module")
def served(seed_store):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(seed_store), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for(url + "/query", process)
    # the endpoint may answer a moment before kg serve says where it listens: wait for that line too,
    # so that a Ctrl-C sent next meets a server that is fully up
    process.said = process.stdout.readline()
    yield url, process
    if process.poll() is None:
        process.kill()
        process.wait()


def count(body: bytes) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    "method, form",
    [("GET", {}), ("POST", {}), ("POST", {"body": "direct"})],
    ids=["get", "post-form", "post-query"],
)
def test_answers_the_sparql_protocol_with_json_over_every_article(served, method, form):
    url, _process = served
    status, content_type, body = sparql(url + "/query", COUNT_REPLACEMENTS, method, **form)
    assert status == 200 and "application/sparql-results+json" in content_type
    assert count(body) == 2  # the article's named graph is seen without GRAPH: the union default graph


def test_serves_the_query_page(served):
    url, _process = served
    status, content_type, body = sparql(url + "/", "", "GET")
    assert status == 200 and "text/html" in content_type
    assert b"yasgui" in body.lower()


def test_refuses_updates(served):
    url, _process = served
    status, _type, _body = sparql(
        url + "/update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "POST", field="update"
    )
    assert status == 403
    assert count(sparql(url + "/query", COUNT_REPLACEMENTS)[2]) == 2


def test_says_where_it_listens_and_stops_cleanly_on_ctrl_c(served):
    url, process = served
    process.send_signal(signal.SIGINT)
    out, _err = process.communicate(timeout=15)
    out = process.said + out
    assert process.returncode == 0
    assert f"SPARQL endpoint: {url}/query" in out and "stopping" in out
    port = int(url.rsplit(":", 1)[1])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the oxigraph child is gone too
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                break
        time.sleep(0.1)
    else:
        pytest.fail("the server still listens after Ctrl-C")


def test_listening_beyond_loopback_needs_public(runner, seed_store):
    result = runner.invoke(cli, ["serve", "--store", str(seed_store), "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "--public" in result.stderr and "Traceback" not in result.output


def test_serving_a_missing_store_is_one_line(runner, tmp_path):
    result = runner.invoke(cli, ["serve", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "kg build" in result.stderr


def test_serving_a_remote_store_is_refused(runner):
    result = runner.invoke(cli, ["serve", "--store", "http://127.0.0.1:9/query"])
    assert result.exit_code == 1 and "already a SPARQL endpoint" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_a_port_in_use_is_one_line(runner, seed_store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--store", str(seed_store), "--port", str(port)])
    assert result.exit_code == 1
    assert "Cannot listen on" in result.stderr and "Traceback" not in result.output
