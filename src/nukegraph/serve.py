"""A read-only SPARQL 1.1 Protocol endpoint over a build, and its HTML page.

Routes: ``/sparql`` (query operation: GET with ``query=``, POST as a form or as
``application/sparql-query``) and ``/`` (the build's ``graph.html``). SPARQL Update and every
other route or method are refused. Results are negotiated from the ``Accept`` header (or a
``format``/``output`` parameter): SPARQL JSON, CSV, TSV or XML for SELECT/ASK; Turtle,
N-Triples, JSON-LD or RDF/XML for CONSTRUCT/DESCRIBE. Each query runs with a time limit.

The server binds to loopback by default; there, it also refuses requests whose ``Host`` is not
a loopback name, so that a web page cannot reach it through DNS rebinding. Cross-origin access
is off: a browser lets a page of another origin read the answers only when ``cors`` names that
origin (a SPARQL editor such as YASGUI), and ``OPTIONS`` answers its preflight.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import GraphError, QueryError, QueryLimitError, QueryRefusedError
from .limits import SERVE_MEMORY_MB, usable_cores
from .query import Request, run
from .store import ensure_store, graph_file

MAX_BODY = 1 << 20  # bytes of a POSTed query
DEFAULT_MEMORY = SERVE_MEMORY_MB << 20  # bytes a query may allocate (serve --max-memory)
# what SPARQL editors in a browser (YASGUI) send; no cookies or credentials are ever accepted
CORS_HEADERS = "Accept, Content-Type, X-Requested-With"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})

RESULTS_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
RESULTS_MEDIA = {
    "json": "application/sparql-results+json",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "xml": "application/sparql-results+xml",
}
GRAPH_MEDIA = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# format=/output= parameter values some clients (SPARQLWrapper) send: (results, graph) formats.
FORMAT_PARAMS: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "jsonld"),
    "json-ld": (None, "jsonld"),
    "jsonld": (None, "jsonld"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "xml": ("xml", "rdfxml"),
    "rdf+xml": (None, "rdfxml"),
    "turtle": (None, "turtle"),
    "n3": (None, "turtle"),
    "nt": (None, "ntriples"),
    "ntriples": (None, "ntriples"),
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an ``Accept`` header with their q-values, best first."""
    if not header:
        return [("*/*", 1.0)]
    ranges = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q, -i))
    ranges.sort(key=lambda r: (r[1], r[2]), reverse=True)
    return [(m, q) for m, q, _ in ranges if q > 0]


def negotiate(accept: list[tuple[str, float]], offers: dict[str, str], default: str) -> str | None:
    """The format of the best offered media type the client accepts, or None."""
    for media, _q in accept:
        if media in offers:
            return offers[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            major = media[:-1]
            for offered, fmt in offers.items():
                if offered.startswith(major):
                    return fmt
    return None


class SparqlServer(ThreadingHTTPServer):
    """The endpoint for one build folder."""

    daemon_threads = True

    def __init__(
        self,
        folder: Path,
        host: str = "127.0.0.1",
        port: int = 8000,
        *,
        timeout: float | None = 30.0,
        log: Callable[[str], None] | None = None,
        allow_service: bool = False,
        memory: int | None = DEFAULT_MEMORY,
        max_queries: int | None = None,
        cors: tuple[str, ...] = (),
    ) -> None:
        self.folder = Path(folder)
        self.cors = tuple(origin.rstrip("/") for origin in cors)
        self.query_timeout = timeout
        self.allow_service = allow_service
        self.query_memory = memory
        self.max_queries = max_queries or usable_cores()
        self.running = 0  # queries being answered now
        self._running_lock = threading.Lock()
        self.log = log or (lambda _msg: None)
        self.loopback_only = host in LOOPBACK_HOSTS or host.startswith("127.")
        self._store_lock = threading.Lock()
        self.db_dir = ensure_store(self.folder)  # fail before binding when there is no build
        super().__init__((host, port), SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/sparql"

    @contextlib.contextmanager
    def query_slot(self) -> Iterator[bool]:
        """A place among the queries running at once: True, or False when all are taken."""
        with self._running_lock:
            admitted = self.running < self.max_queries
            self.running += admitted
        try:
            yield admitted
        finally:
            if admitted:
                with self._running_lock:
                    self.running -= 1

    def current_store(self) -> Path:
        """The store of the build as it is now: a rebuild while serving is picked up."""
        with self._store_lock:
            self.db_dir = ensure_store(self.folder)
            return self.db_dir


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "nukegraph-sparql/0.1"

    # ------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args) -> None:
        self.server.log(f"{self.address_string()} {format % args}")

    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept, Origin" if self.server.cors else "Accept")
        for k, v in {**self._cors_headers(), **(extra or {})}.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def _host_allowed(self) -> bool:
        if not self.server.loopback_only:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        if host.startswith("["):
            name = host[: host.find("]") + 1]
        else:
            name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return name in LOOPBACK_HOSTS or name.startswith("127.")

    def _route(self) -> str | None:
        path = urlsplit(self.path).path
        if not self._host_allowed():
            self._error(
                HTTPStatus.FORBIDDEN, "forbidden: this endpoint answers loopback host names only"
            )
            return None
        if path not in ("/", "/sparql"):
            self._error(HTTPStatus.NOT_FOUND, f"not found: {path} (the endpoint is /sparql)")
            return None
        return path

    # ------------------------------------------------------------ methods

    def do_GET(self) -> None:
        path = self._route()
        if path == "/":
            self._page()
        elif path == "/sparql":
            params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
            self._operation(params, None)

    def do_HEAD(self) -> None:
        path = self._route()
        if path == "/":
            self._page()
        elif path == "/sparql":
            self._error(HTTPStatus.METHOD_NOT_ALLOWED, "use GET or POST", {"Allow": "GET, POST"})

    def do_POST(self) -> None:
        path = self._route()
        if path is None:
            return
        if path == "/":
            self._error(
                HTTPStatus.METHOD_NOT_ALLOWED, "the page is read with GET", {"Allow": "GET"}
            )
            return
        length = self.headers.get("Content-Length")
        try:
            size = int(length) if length is not None else 0
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, "bad Content-Length")
            return
        if size < 0:  # reading "-1 bytes" would wait for the client to close the connection
            self._error(HTTPStatus.BAD_REQUEST, f"bad Content-Length: {size}")
            return
        if size > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"query larger than {MAX_BODY} bytes")
            return
        body = self.rfile.read(size) if size else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._refuse_update()
        elif ctype == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                self._error(HTTPStatus.BAD_REQUEST, "the form is not UTF-8")
                return
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            self._operation(params, None)
        elif ctype == "application/sparql-query":
            try:
                self._operation(params, body.decode("utf-8"))
            except UnicodeDecodeError:
                self._error(HTTPStatus.BAD_REQUEST, "the query is not UTF-8")
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST application/x-www-form-urlencoded (query=...) or application/sparql-query",
            )

    def _not_allowed(self) -> None:
        if self._route() is not None:
            self._error(
                HTTPStatus.METHOD_NOT_ALLOWED,
                "read-only endpoint: use GET or POST",
                {"Allow": "GET, POST, OPTIONS"},
            )

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def do_OPTIONS(self) -> None:
        """What a path allows; for a browser's CORS preflight, the CORS answer (--cors)."""
        path = self._route()
        if path is None:
            return
        allow = "GET, POST, OPTIONS" if path == "/sparql" else "GET, HEAD, OPTIONS"
        extra = {"Allow": allow}
        if path == "/sparql" and self._cors_headers():
            extra |= {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": CORS_HEADERS,
                "Access-Control-Max-Age": "600",
            }
            # Chrome asks before a public page may reach a loopback address
            if self.headers.get("Access-Control-Request-Private-Network", "").lower() == "true":
                extra["Access-Control-Allow-Private-Network"] = "true"
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain; charset=utf-8", extra)

    def _cors_headers(self) -> dict[str, str]:
        """``Access-Control-Allow-Origin`` for a request from an origin ``--cors`` names."""
        origin = (self.headers.get("Origin") or "").rstrip("/")
        if not origin or not self.server.cors or urlsplit(self.path).path != "/sparql":
            return {}
        if "*" in self.server.cors:
            return {"Access-Control-Allow-Origin": "*"}
        if origin in self.server.cors:
            return {"Access-Control-Allow-Origin": origin}
        return {}

    def _refuse_update(self) -> None:
        self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: SPARQL Update is refused")

    # ------------------------------------------------------------ handlers

    def _page(self) -> None:
        page = self.server.folder / "graph.html"
        try:
            body = page.read_bytes()
        except OSError:
            self._error(
                HTTPStatus.NOT_FOUND, "this build has no graph.html; the endpoint is /sparql"
            )
            return
        self._send(HTTPStatus.OK, body, "text/html; charset=utf-8")

    def _operation(self, params: dict[str, list[str]], direct: str | None) -> None:
        if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
            self._refuse_update()
            return
        queries = params.get("query", [])
        if direct is not None:
            queries = [direct, *queries]
        if len(queries) != 1:
            self._error(
                HTTPStatus.BAD_REQUEST,
                "exactly one query is required (the query parameter or the request body)",
            )
            return
        sparql = queries[0]
        if not sparql.strip():
            self._error(HTTPStatus.BAD_REQUEST, "the query is empty")
            return
        results_format, graph_format = self._formats(params)
        request = Request(
            sparql,
            results_format=results_format or "json",
            graph_format=graph_format or "turtle",
            source="query",
            default_graph=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
            allow_service=self.server.allow_service,
        )
        try:
            with self.server.query_slot() as admitted:
                if not admitted:
                    self._error(
                        HTTPStatus.SERVICE_UNAVAILABLE,
                        f"busy: {self.server.max_queries} queries are running, the most this "
                        "endpoint runs at once; retry in a moment",
                        {"Retry-After": "1"},
                    )
                    return
                answer = run(
                    self.server.current_store(),
                    request,
                    self.server.query_timeout,
                    self.server.query_memory,
                )
        except QueryLimitError as exc:  # the endpoint's limits, not the client's mistake
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, _server_side(str(exc)))
            return
        except QueryRefusedError as exc:
            self._error(HTTPStatus.FORBIDDEN, str(exc))
            return
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except GraphError as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
            return
        if answer.kind == "graph":
            if graph_format is None:
                self._error(
                    HTTPStatus.NOT_ACCEPTABLE, "acceptable graph types: " + ", ".join(GRAPH_TYPES)
                )
                return
            self._send(HTTPStatus.OK, answer.body, GRAPH_MEDIA[answer.format])
        else:
            if results_format is None:
                self._error(
                    HTTPStatus.NOT_ACCEPTABLE,
                    "acceptable result types: " + ", ".join(RESULTS_TYPES),
                )
                return
            self._send(HTTPStatus.OK, answer.body, RESULTS_MEDIA[answer.format])

    def _formats(self, params: dict[str, list[str]]) -> tuple[str | None, str | None]:
        for key in ("format", "output"):
            for value in params.get(key, []):
                value = value.strip().lower()
                if value in FORMAT_PARAMS:
                    results_format, graph_format = FORMAT_PARAMS[value]
                    return results_format or "json", graph_format or "turtle"
                if value in RESULTS_TYPES or value in GRAPH_TYPES:
                    return RESULTS_TYPES.get(value, "json"), GRAPH_TYPES.get(value, "turtle")
        accept = parse_accept(self.headers.get("Accept"))
        return negotiate(accept, RESULTS_TYPES, "json"), negotiate(accept, GRAPH_TYPES, "turtle")


def _server_side(message: str) -> str:
    """A limit's message as the client reads it: the options are the server's, not its own."""
    for hint in (" (raise it with --timeout)", " (raise it with --max-memory)"):
        message = message.replace(hint, " (a limit of this endpoint)")
    return message


def make_server(
    folder: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    timeout: float | None = 30.0,
    log: Callable[[str], None] | None = None,
    allow_service: bool = False,
    memory: int | None = DEFAULT_MEMORY,
    max_queries: int | None = None,
    cors: tuple[str, ...] = (),
) -> SparqlServer:
    """A server bound and ready; call ``serve_forever()`` on it. Port 0 picks a free port.

    Each query runs in a child process limited to ``timeout`` seconds and ``memory`` bytes
    (None: no limit), at most ``max_queries`` at once (default: one per core). Pages from the
    ``cors`` origins (``*``: any) may read the answers from a browser."""
    graph_file(folder)  # the one-line error when the folder holds no build
    try:
        return SparqlServer(
            folder,
            host,
            port,
            timeout=timeout,
            log=log,
            allow_service=allow_service,
            memory=memory,
            max_queries=max_queries,
            cors=cors,
        )
    except OSError as exc:
        raise GraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
