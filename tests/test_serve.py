"""The SPARQL endpoint, queried with a real SPARQL client (SPARQLWrapper) and plain HTTP; its
answers must equal the query command's."""

from __future__ import annotations

import csv
import io
import json
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper

from nukegraph import query as q
from nukegraph.errors import GraphError
from nukegraph.serve import SparqlServer, make_server, negotiate, parse_accept

FIXTURE = Path(__file__).parent / "fixtures" / "statements.ttl"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve") / "out"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "graph.ttl")
    (folder / "graph.html").write_text("<!doctype html><title>nukegraph</title>", "utf-8")
    return folder


def _start(build: Path, timeout: float | None) -> Iterator[SparqlServer]:
    server = make_server(build, "127.0.0.1", 0, timeout=timeout)  # port 0: a free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def server(build: Path) -> Iterator[SparqlServer]:
    yield from _start(build, 30.0)


def client(server: SparqlServer, query: str, fmt=JSON, method=None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


def bindings(data: dict) -> set[tuple]:
    return {
        tuple(sorted((k, v["type"], v["value"], v.get("xml:lang")) for k, v in b.items()))
        for b in data["results"]["bindings"]
    }


def http(
    server: SparqlServer,
    path: str,
    *,
    data: bytes | None = None,
    method: str | None = None,
    headers: dict | None = None,
) -> tuple[int, str, bytes]:
    base = server.url.rsplit("/", 1)[0]
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


@pytest.mark.parametrize("name", [ex.name for ex in q.list_examples()])
def test_every_example_answers_as_the_query_command_does(server, build, name: str) -> None:
    text = q.example(name).text
    expected = json.loads(q.query_build(build, text, output="json"))
    got = client(server, text).queryAndConvert()
    assert got["head"]["vars"] == expected["head"]["vars"]
    assert bindings(got) == bindings(expected) and bindings(got)


def test_post_and_csv_answers_equal_the_query_command(server, build) -> None:
    text = q.example("treaty-actions").text
    posted = client(server, text, method=POST).queryAndConvert()
    assert bindings(posted) == bindings(json.loads(q.query_build(build, text, output="json")))
    got = client(server, text, fmt=CSV).queryAndConvert()
    got = got.decode("utf-8") if isinstance(got, bytes) else got
    expected = q.query_build(build, text, output="csv").decode("utf-8")
    assert list(csv.reader(io.StringIO(got))) == list(csv.reader(io.StringIO(expected)))


def test_content_negotiation_and_direct_post(server, build) -> None:
    text = (
        "SELECT ?id WHERE { ?s a <https://w3id.org/nukegraph/ontology#Group> ; "
        "<https://w3id.org/nukegraph/ontology#id> ?id } ORDER BY ?id"
    )
    url = "/sparql?" + urllib.parse.urlencode({"query": text})
    status, ctype, body = http(server, url, headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and ctype.startswith("text/tab-separated-values")
    assert body == q.query_build(build, text, output="tsv")
    status, ctype, body = http(
        server, url, headers={"Accept": "text/csv;q=0.5, application/sparql-results+json"}
    )
    assert ctype == "application/sparql-results+json"
    assert [b["id"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["G21", "NAC"]
    status, ctype, body = http(
        server,
        "/sparql",
        data=text.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert status == 200 and body.decode().split() == ["id", "G21", "NAC"]
    status, _, body = http(server, url, headers={"Accept": "image/png"})
    assert status == 406


def test_ask_and_construct(server) -> None:
    assert (
        client(
            server, 'ASK { ?s <https://w3id.org/nukegraph/ontology#id> "CHN" }'
        ).queryAndConvert()["boolean"]
        is True
    )
    construct = (
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/nukegraph/ontology#Treaty> ; ?p ?o }"
    )
    data = client(server, construct, fmt=TURTLE).query().response.read()
    graph = Graph().parse(data=data, format="turtle")
    assert len(graph) > 0
    assert len({str(s) for s in graph.subjects()}) == 4


def test_updates_are_refused_and_the_graph_is_unchanged(server) -> None:
    insert = 'INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }'
    with pytest.raises(urllib.error.HTTPError) as err:
        client(server, insert, method=POST).query()
    assert err.value.code == 403
    status, _, body = http(
        server,
        "/sparql",
        data=insert.encode(),
        headers={"Content-Type": "application/sparql-update"},
    )
    assert status == 403 and b"read-only" in body
    status, _, _ = http(server, "/sparql?" + urllib.parse.urlencode({"query": insert}))
    assert status == 400  # an update is not a query
    ask = "ASK { <http://example.org/a> ?p ?o }"
    assert client(server, ask).queryAndConvert()["boolean"] is False


def test_other_routes_and_methods_are_refused(server) -> None:
    status, ctype, body = http(server, "/")
    assert status == 200 and ctype.startswith("text/html") and b"nukegraph" in body
    assert http(server, "/graph.ttl")[0] == 404
    assert http(server, "/sparql/../graph.ttl")[0] == 404
    assert http(server, "/sparql", data=b"x", method="PUT")[0] == 405
    assert http(server, "/sparql", method="DELETE")[0] == 405
    assert http(server, "/sparql")[0] == 400  # no query
    status, _, body = http(server, "/sparql?query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%7D")
    assert status == 400 and b"line 1, column" in body
    status, _, _ = http(server, "/sparql?query=ASK%7B%7D", headers={"Host": "attacker.example"})
    assert status == 403


def test_a_long_query_is_stopped(build) -> None:
    for srv in _start(build, 1.0):
        status, _, body = http(srv, "/sparql?" + urllib.parse.urlencode({"query": SLOW}))
        assert status == 503 and b"time limit" in body
        # the server still answers afterwards
        assert client(srv, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True


def test_no_build_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="no build here"):
        make_server(tmp_path, "127.0.0.1", 0)


def test_accept_parsing() -> None:
    accept = parse_accept("text/csv;q=0.2, application/json;q=0.9, */*;q=0.1")
    assert [m for m, _ in accept] == ["application/json", "text/csv", "*/*"]
    assert (
        negotiate(parse_accept("text/*"), {"text/csv": "csv", "application/json": "json"}, "json")
        == "csv"
    )
    assert negotiate(parse_accept("image/png"), {"text/csv": "csv"}, "csv") is None
    assert negotiate(parse_accept(None), {"text/csv": "csv"}, "json") == "json"


@pytest.fixture
def outside() -> Iterator[tuple[str, list[str]]]:
    """Another HTTP server on this machine, standing for any address a query could name: its
    URL, and the requests it received."""
    from http.server import BaseHTTPRequestHandler, HTTPServer

    received: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(self.path)
            body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"inside"}}]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST

        def log_message(self, *args) -> None:
            pass

    target = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=target.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{target.server_port}/admin", received
    target.shutdown()
    target.server_close()


def test_federated_queries_are_refused_unless_allowed(server, build, outside) -> None:
    url, received = outside
    text = f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?x ?p ?o }} }}"
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": text}))
    assert status == 403 and b"--allow-service" in body
    status, _, body = http(
        server, "/sparql", data=text.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert status == 403
    assert received == []  # nothing left this endpoint
    for allowed in _start_allowing(build):
        answer = client(allowed, text).queryAndConvert()
        assert [b["x"]["value"] for b in answer["results"]["bindings"]] == ["inside"]
        assert received == ["/admin"]


def _start_allowing(build: Path) -> Iterator[SparqlServer]:
    srv = make_server(build, "127.0.0.1", 0, timeout=30.0, allow_service=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


HEAVY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l"


def test_a_query_that_needs_too_much_memory_is_stopped_with_503(build: Path) -> None:
    srv = make_server(build, "127.0.0.1", 0, timeout=60.0, memory=300 << 20)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        status, _, body = http(srv, "/sparql?" + urllib.parse.urlencode({"query": HEAVY}))
        assert status == 503, body
        assert b"memory limit of 300 MB" in body and b"--max-memory" not in body
        assert client(srv, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True
    finally:
        srv.shutdown()
        srv.server_close()


def test_queries_beyond_the_limit_at_once_are_answered_503_busy(build: Path) -> None:
    srv = make_server(build, "127.0.0.1", 0, timeout=3.0, max_queries=1)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        slow: list[int] = []
        first = threading.Thread(
            target=lambda: slow.append(
                http(srv, "/sparql?" + urllib.parse.urlencode({"query": SLOW}))[0]
            )
        )
        first.start()
        deadline = time.monotonic() + 10
        while not srv.running and time.monotonic() < deadline:  # the slow one has its slot
            time.sleep(0.02)
        req = urllib.request.Request(
            srv.url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        )
        with pytest.raises(urllib.error.HTTPError) as busy:
            urllib.request.urlopen(req, timeout=10)
        assert busy.value.code == 503 and busy.value.headers["Retry-After"] == "1"
        assert b"busy" in busy.value.read()
        first.join(30)
        assert slow == [503]  # its own time limit
        assert client(srv, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_negative_content_length_is_answered_400_at_once(server) -> None:
    import socket

    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/sparql-query\r\nContent-Length: -1\r\n\r\n"
        )  # and the connection stays open, as a client that sends nothing more
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.0 400") and b"Content-Length" in answer


def test_serve_limits_time_memory_and_queries_at_once_by_default() -> None:
    from nukegraph.cli import _build_parser

    args = _build_parser().parse_args(["serve"])
    assert (args.timeout, args.max_memory, args.max_queries) == (30.0, 2048 << 20, None)
    assert args.allow_service is False


YASGUI = "https://yasgui.triply.cc"
PREFLIGHT = {
    "Origin": YASGUI,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "content-type",
}


def _headers(srv: SparqlServer, path: str, method: str = "GET", headers: dict | None = None):
    base = srv.url.rsplit("/", 1)[0]
    req = urllib.request.Request(base + path, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers


def test_cross_origin_reads_are_off_unless_an_origin_is_named(build: Path, server) -> None:
    ask = "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    # off: OPTIONS says what is allowed, but no page of another origin may read an answer
    status, headers = _headers(server, "/sparql", "OPTIONS", PREFLIGHT)
    assert status == 204 and "POST" in headers["Allow"]
    assert "Access-Control-Allow-Origin" not in headers
    assert "Access-Control-Allow-Origin" not in _headers(server, ask, headers={"Origin": YASGUI})[1]

    srv = make_server(build, "127.0.0.1", 0, cors=(YASGUI,))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        status, headers = _headers(
            srv,
            "/sparql",
            "OPTIONS",
            {**PREFLIGHT, "Access-Control-Request-Private-Network": "true"},
        )
        assert status == 204 and headers["Access-Control-Allow-Origin"] == YASGUI
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
        assert headers["Access-Control-Allow-Private-Network"] == "true"
        status, headers = _headers(srv, ask, headers={"Origin": YASGUI})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == YASGUI
        assert "Origin" in headers["Vary"]
        # an error is readable too (the editor shows it), and other origins get nothing
        status, headers = _headers(srv, "/sparql?query=nonsense", headers={"Origin": YASGUI})
        assert status == 400 and headers["Access-Control-Allow-Origin"] == YASGUI
        assert (
            "Access-Control-Allow-Origin"
            not in _headers(srv, ask, headers={"Origin": "https://evil.example"})[1]
        )
        assert _headers(srv, ask, headers={"Origin": YASGUI, "Host": "evil.example"})[0] == 403
    finally:
        srv.shutdown()
        srv.server_close()
    srv = make_server(build, "127.0.0.1", 0, cors=("*",))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        assert (
            _headers(srv, ask, headers={"Origin": "https://any.example"})[1][
                "Access-Control-Allow-Origin"
            ]
            == "*"
        )
    finally:
        srv.shutdown()
        srv.server_close()
