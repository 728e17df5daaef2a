"""Command line for ``nukegraph suggest``: a thin layer over :func:`nukegraph.suggest.suggest`.

Kept apart from ``cli.py``, as the query commands are, so that each can change on its own.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .atomic import atomic_output


def add_suggest_command(sub: argparse._SubParsersAction) -> None:
    """Add the ``suggest`` subcommand."""
    s = sub.add_parser(
        "suggest",
        help="list names a corpus uses that the gazetteers lack, as gazetteer rows to review",
        description="List the names that the documents of CORPUS use and the gazetteers lack "
        "(instruments and bodies found in the text, abbreviations of known names, quoted "
        "names and noun phrases before a body word, jieba's place and organization words), "
        "the most mentioned first, with two contexts each, as rows of a user gazetteer file. "
        "Review them, then: nukegraph build CORPUS --gazetteers FILE.",
    )
    s.add_argument("corpus", type=Path, help="folder of .txt/.md documents")
    s.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the rows to FILE (default: standard output)",
    )
    s.add_argument(
        "--gazetteers",
        type=Path,
        default=None,
        help="gazetteer folder, or a user gazetteer file added to the bundled ones, as for "
        "build: names it has are not suggested again",
    )
    s.add_argument(
        "--no-words",
        dest="words",
        action="store_false",
        help="leave out jieba's words and the noun phrases it delimits (faster)",
    )
    s.add_argument("--quiet", action="store_true", help="no progress messages")
    s.set_defaults(func=_cmd_suggest)


def _cmd_suggest(args: argparse.Namespace) -> int:
    from .suggest import format_report, suggest

    def progress(msg: str) -> None:
        if not args.quiet or msg.startswith("warning"):
            print(msg, file=sys.stderr, flush=True)

    report = suggest(
        args.corpus, gazetteer_dir=args.gazetteers, progress=progress, words=args.words
    )
    text = format_report(report)
    if args.out is None:
        sys.stdout.write(text)
    else:
        with atomic_output(args.out, "w") as handle:
            handle.write(text)
        kept = sum(not s.guess for s in report.suggestions)
        print(
            f"wrote {args.out}: {len(report.suggestions)} names ({kept} rows, "
            f"{len(report.suggestions) - kept} guesses commented out)",
            file=sys.stderr,
        )
    return 0
