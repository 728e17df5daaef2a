"""Command line: a thin layer over the library functions; errors become one line and an exit code."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .cli_query import add_query_commands
from .cli_suggest import add_suggest_command
from .errors import NukegraphError


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nukegraph",
        description="Knowledge graph of actors, treaties and positions from Chinese UN disarmament documents.",
    )
    parser.add_argument("--version", action="version", version=f"nukegraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="read a folder of documents and write the graph",
        description="Read the .txt/.md documents of a folder and write the knowledge graph: "
        "graph.ttl (RDF Turtle), ontology.ttl and graph.html (an interactive page), and the "
        "other --formats, all at once into the output folder.",
    )
    b.add_argument(
        "corpus",
        nargs="?",
        default="corpus",
        type=Path,
        help="folder of .txt/.md documents (default: corpus)",
    )
    b.add_argument("--out", default="output", type=Path, help="output folder (default: output)")
    b.add_argument(
        "--gazetteers",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="a folder of gazetteer files, or a user gazetteer file (nukegraph suggest --out), "
        "added to the bundled gazetteers (repeatable; after those of $NUKEGRAPH_GAZETTEERS): "
        "new rows add entities, a row with a known id adds its names to it",
    )
    b.add_argument(
        "--replace-gazetteers",
        action="store_true",
        help="read only the --gazetteers and $NUKEGRAPH_GAZETTEERS sources, not the bundled "
        "gazetteers (the first must then be a folder holding every entity file)",
    )
    b.add_argument(
        "--strict",
        action="store_true",
        help="fail on the first unreadable document instead of skipping it",
    )
    b.add_argument(
        "--theme-positions",
        action="store_true",
        help="state positions on the project's own topics that are a kind of none of the "
        "contract's (arms control, nuclear war, risk reduction...: gazetteers/project_topics.tsv); "
        "by default those topics are entities only",
    )
    b.add_argument("--quiet", action="store_true", help="no progress messages")
    b.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes for extraction (default: all cores); the outputs "
        "are the same for any N",
    )
    b.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS "
        "(tcp://host:8786); needs nukegraph[dask] here and on the workers",
    )
    b.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        help="extract every document again instead of reusing the results cached "
        "in OUT/.nukegraph-cache for unchanged documents",
    )
    b.add_argument(
        "--html-max-nodes",
        type=_non_negative_int,
        default=None,
        metavar="N",
        help="entities drawn in graph.html, the most connected first (default: "
        "2000; 0: all); graph.ttl always holds everything",
    )
    b.add_argument(
        "--no-document-pages",
        dest="document_pages",
        action="store_false",
        help="leave out the reading page of each document (OUT/documents/, written with "
        "graph.html by default), to which the graph page's evidence links",
    )
    # The pages it asked for are now written by default; kept so that old scripts still run
    # (and, as before, insist on them where a folder of the user's is in the way).
    b.add_argument(
        "--html-per-document",
        dest="document_pages",
        action="store_const",
        const=True,
        help=argparse.SUPPRESS,
    )
    b.set_defaults(document_pages=None)
    b.set_defaults(func=_cmd_build)
    add_query_commands(sub, b)
    add_suggest_command(sub)
    return parser


def _cmd_build(args: argparse.Namespace) -> int:
    from .gazetteer import gazetteer_layers
    from .outputs import current_build
    from .pipeline import build

    def progress(msg: str) -> None:
        if not args.quiet or msg.startswith("warning"):
            print(msg, file=sys.stderr, flush=True)

    before = current_build(args.out)
    try:
        summary = build(
            args.corpus,
            args.out,
            gazetteer_dir=gazetteer_layers(args.gazetteers, replace=args.replace_gazetteers),
            strict=args.strict,
            progress=progress,
            workers=args.workers,
            scheduler=args.scheduler,
            cache=args.cache,
            html_max_nodes=args.html_max_nodes,
            document_pages=args.document_pages,
            formats=args.formats,
            theme_positions=args.theme_positions,
        )
    except KeyboardInterrupt as exc:
        # Say what the folder holds now, as it is: a build publishes its outputs in one step.
        now = current_build(args.out)
        if now != before:
            exc.args = (f"the new outputs were complete and are in {args.out}",)
        elif now is None:
            exc.args = (f"no output written to {args.out}",)
        else:
            exc.args = (f"the previous outputs in {args.out} are left as they were",)
        raise
    per_class = ", ".join(f"{cls} {n}" for cls, n in summary.entities.items())
    print(
        f"documents read: {summary.documents}"
        + (f" ({len(summary.skipped)} skipped)" if summary.skipped else "")
        + (f"; {summary.cached} unchanged files taken from the cache" if summary.cached else "")
    )
    print(f"entities: {sum(summary.entities.values())} ({per_class})")
    print(f"mentions: {summary.mentions}")
    print(f"statements: {summary.statements}")
    print(f"seconds: {summary.seconds:.2f}")
    for path in summary.outputs:
        print(f"wrote {path}")
    return 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a CI timeout, a container stopping), raised like Ctrl-C so that every
    output being written is removed on the way out instead of left half-written."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        with _terminate_as_interrupt():
            return args.func(args)
    except NukegraphError as exc:
        print(f"nukegraph: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Terminated as exc:
        print(_stopped("terminated", exc), file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt as exc:
        print(_stopped("interrupted", exc), file=sys.stderr)
        return 130


def _stopped(how: str, exc: KeyboardInterrupt) -> str:
    """``nukegraph: interrupted; <what the output folder holds now>`` (build says, in exc.args)."""
    return f"nukegraph: {how}" + (f"; {exc.args[0]}" if exc.args else "")
