"""Command line for the query surface: ``query``, ``validate``, ``serve`` and build's ``--formats``.

Kept apart from ``cli.py`` so that the build's options and these commands can change
independently; ``cli.main`` turns every :class:`NukegraphError` into one line and an exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import QueryError
from .limits import MIN_QUERY_MB, SERVE_MEMORY_MB

SERVICE_HELP = (
    "run federated queries (SERVICE <url>), which make this machine send requests to any "
    "address a query names (default: refused)"
)


def add_query_commands(sub: argparse._SubParsersAction, build: argparse.ArgumentParser) -> None:
    """Add ``--formats`` to ``build`` and the ``query``, ``validate``, ``serve`` subcommands."""
    build.add_argument(
        "--formats",
        type=_formats,
        default=("ttl", "html"),
        metavar="LIST",
        help="outputs, comma-separated: ttl, html, nt (N-Triples), jsonld, graphml "
        "(default: ttl,html); graph.ttl and ontology.ttl are always written",
    )
    graph_help = "output folder of a build (default: output)"

    q = sub.add_parser(
        "query",
        help="run a SPARQL query on a build",
        description="Run a SPARQL query (text, a .rq file, or - for standard input) on a build.",
    )
    q.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or - to read standard input")
    q.add_argument("--graph", type=Path, default=Path("output"), help=graph_help)
    q.add_argument("--example", metavar="NAME", help="run the shipped example query NAME")
    q.add_argument(
        "--list-examples",
        action="store_true",
        help="list the shipped example queries, one a line, name first",
    )
    q.add_argument(
        "--format",
        dest="output",
        choices=("table", "csv", "tsv", "json"),
        default="table",
        help="table (default), csv, tsv or json (SPARQL 1.1 Results JSON; JSON-LD for CONSTRUCT)",
    )
    q.add_argument(
        "--timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="stop the query after SECONDS (default: no limit)",
    )
    q.add_argument(
        "--max-width",
        type=int,
        default=60,
        metavar="N",
        help="cut table cells to N columns (0: no limit; default 60)",
    )
    q.add_argument(
        "--max-memory",
        type=_megabytes,
        default=0,
        metavar="MB",
        help="stop the query when it needs more than MB megabytes (default: no "
        "limit); runs it in a child process",
    )
    q.add_argument("--allow-service", action="store_true", help=SERVICE_HELP)
    q.set_defaults(func=_cmd_query)

    v = sub.add_parser(
        "validate",
        help="check a build against the contract's SHACL shapes",
        description="Check a build's graph.ttl against the SHACL shapes of the graph contract "
        "(docs/graph-contract.md); list the kinds of violation, exit 1 if there is any.",
    )
    v.add_argument("--graph", type=Path, default=Path("output"), help=graph_help)
    v.add_argument(
        "--limit", type=int, default=20, metavar="N", help="kinds of violation to list (default 20)"
    )
    v.set_defaults(func=_cmd_validate)

    s = sub.add_parser(
        "serve",
        help="serve a build as a read-only SPARQL endpoint",
        description="Serve a build as a read-only SPARQL 1.1 endpoint at /sparql, and its "
        "graph.html at /; each query runs with a time and a memory limit, and a few at once.",
    )
    s.add_argument("--graph", type=Path, default=Path("output"), help=graph_help)
    s.add_argument("--port", type=int, default=8000, help="port (default 8000; 0: any free port)")
    s.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, loopback only)"
    )
    s.add_argument(
        "--timeout",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="time limit of each query (default 30; 0: none)",
    )
    s.add_argument(
        "--max-memory",
        type=_megabytes,
        default=str(SERVE_MEMORY_MB),
        metavar="MB",
        help=f"memory limit of each query, in megabytes (default {SERVE_MEMORY_MB}; 0: none); a "
        "query that needs more is stopped and answered with 503",
    )
    s.add_argument(
        "--max-queries",
        type=_count,
        default=None,
        metavar="N",
        help="queries run at once (default: one per core); one more is answered "
        "with 503 and Retry-After",
    )
    s.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let web pages from ORIGIN (https://yasgui.triply.cc; * for any) read "
        "answers from a browser (repeatable; default: no cross-origin access)",
    )
    s.add_argument("--allow-service", action="store_true", help=SERVICE_HELP)
    s.add_argument("--quiet", action="store_true", help="do not log requests")
    s.set_defaults(func=_cmd_serve)


def _formats(text: str) -> tuple[str, ...]:
    from .export_rdf import parse_formats

    try:
        return parse_formats(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value:g}")
    return value


def _megabytes(text: str) -> int:
    """``--max-memory MB`` in bytes (0: no limit)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of megabytes: {text!r}") from None
    if value < 0 or 0 < value < MIN_QUERY_MB:
        raise argparse.ArgumentTypeError(
            f"must be at least {MIN_QUERY_MB} (a query process holds about 200 MB before it "
            f"reads a row), or 0 for no limit; not {value}"
        )
    return value << 20


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _write(data: bytes) -> None:
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:  # `nukegraph query ... | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _cmd_query(args: argparse.Namespace) -> int:
    from .query import example, list_examples, query_build, read_query

    if args.list_examples:
        examples = list_examples()
        width = max(len(ex.name) for ex in examples)
        for ex in examples:
            print(f"{ex.name.ljust(width)}  {ex.question}")
        return 0
    if args.example and args.query:
        raise QueryError("give either a QUERY or --example NAME, not both")
    if args.example:
        ex = example(args.example)
        text, source = ex.text, ex.name
    elif args.query:
        text, source = read_query(args.query)
    else:
        raise QueryError(
            "no query: give SPARQL text, a .rq file, --example NAME or --list-examples"
        )
    _write(
        query_build(
            args.graph,
            text,
            output=args.output,
            source=source,
            timeout=args.timeout or None,
            max_width=args.max_width,
            allow_service=args.allow_service,
            memory=args.max_memory or None,
        )
    )
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_build

    report = validate_build(args.graph)
    if report.conforms:
        print(f"{args.graph}: conforms to the graph contract ({report.triples} triples checked)")
        return 0
    groups = report.by_message()
    print(
        f"{args.graph}: {len(report.violations)} violations of the graph contract "
        f"({report.triples} triples checked)"
    )
    for message, count, v in groups[: args.limit]:
        where = f"{v.focus} {v.path}".strip()
        value = f" = {v.value}" if v.value else ""
        print(f"  {count:>6} × [{v.severity}] {message}  (e.g. {where}{value})")
    if len(groups) > args.limit:
        print(f"  ... and {len(groups) - args.limit} more kinds")
    return 1


def _cmd_serve(args: argparse.Namespace) -> int:
    from .serve import make_server

    def log(msg: str) -> None:
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    server = make_server(
        args.graph,
        args.host,
        args.port,
        timeout=args.timeout or None,
        log=log,
        allow_service=args.allow_service,
        memory=args.max_memory or None,
        max_queries=args.max_queries,
        cors=tuple(args.cors),
    )
    print(f"serving {args.graph} at {server.url} (the page at /; Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
