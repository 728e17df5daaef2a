"""SPARQL queries against a build: reading the query, running it on the Oxigraph store with an
optional time limit, and formatting the answer (aligned table, CSV, TSV, SPARQL 1.1 Results JSON).

A time limit is enforced by running the query in a child process that is killed when the limit
passes: Oxigraph offers no way to cancel a query, and a thread cannot be stopped.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from importlib.resources import files
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .errors import (
    GraphError,
    NukegraphError,
    QueryError,
    QueryLimitError,
    QueryMemoryError,
    QueryRefusedError,
    QueryTimeoutError,
)
from .store import ensure_store, open_store
from .vocab import NG_IRI, NGID_IRI

try:
    import resource
except ImportError:  # pragma: no cover - Windows: no per-process memory limit
    resource = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

MB = 1 << 20
# Declared for every query, so that ad-hoc queries can use the graph's prefixes unannounced.
PREFIXES: dict[str, str] = {
    "ng": NG_IRI,
    "ngid": NGID_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# Longest namespace first, so that ngid: wins over a shorter namespace it extends.
_COMPACT = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[0]))

FORMATS = ("table", "csv", "tsv", "json")
QUERY_SUFFIXES = frozenset({".rq", ".sparql", ".txt"})
RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_SPARQL_TEXT = re.compile(r"[\s{]")
_ERROR_AT = re.compile(r"^error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$", re.S)
_NUMERIC = frozenset(
    f"http://www.w3.org/2001/XMLSchema#{t}"
    for t in (
        "integer",
        "decimal",
        "double",
        "float",
        "int",
        "long",
        "short",
        "nonNegativeInteger",
        "positiveInteger",
    )
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# ---------------------------------------------------------------- reading queries


@dataclass(frozen=True)
class Example:
    """A shipped example query: its name (file stem), the question it answers, its text, and
    what a corpus must hold for it to find anything (its ``# Needs:`` line; empty when the
    bundled corpus has answers)."""

    name: str
    question: str
    text: str
    needs: str = ""


def _examples_dir() -> Traversable:
    return files("nukegraph") / "data" / "queries"


def list_examples() -> list[Example]:
    """The shipped example queries, by name."""
    examples = []
    for entry in sorted(_examples_dir().iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text("utf-8")
        comments = [ln.lstrip("#").strip() for ln in text.splitlines() if ln.startswith("#")]
        question = comments[0] if comments else ""
        needs = _needs(comments)
        examples.append(Example(entry.name[: -len(".rq")], question, text, needs))
    return examples


def _needs(comments: list[str]) -> str:
    """The sentence of the ``# Needs:`` comment, which may run over several lines."""
    for i, line in enumerate(comments):
        if line.startswith("Needs:"):
            words = [line[len("Needs:") :].strip()]
            for more in comments[i + 1 :]:
                if words[-1].endswith("."):
                    break
                words.append(more)
            return " ".join(words)
    return ""


def example(name: str) -> Example:
    """One example by name, or :class:`QueryError` listing the names there are."""
    examples = list_examples()
    for ex in examples:
        if ex.name == name:
            return ex
    names = ", ".join(ex.name for ex in examples)
    raise QueryError(f"no example query named {name!r}; examples: {names}")


def read_query(arg: str) -> tuple[str, str]:
    """The query text and where it came from: a ``.rq`` file, ``-`` for standard input, or text.

    An argument that names no file but looks like a file name (a query suffix, or no white space
    and no braces, which every SPARQL query has) is reported as a missing file.
    """
    if arg == "-":
        return _check_text(sys.stdin.read(), "<stdin>"), "<stdin>"
    path = Path(arg)
    if _is_file(arg):
        try:
            text = path.read_text("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise QueryError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
        except OSError as exc:
            raise QueryError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        return _check_text(text, str(path)), str(path)
    if path.suffix.lower() in QUERY_SUFFIXES or not _SPARQL_TEXT.search(arg):
        if _is_file(arg, folder=True):
            raise QueryError(f"{path}: is a folder, not a query file")
        raise QueryError(f"{path}: query file not found")
    return _check_text(arg, "query"), "query"


def _is_file(arg: str, *, folder: bool = False) -> bool:
    """Whether ``arg`` names a file (or a folder): a query one line long but longer than a file
    name may be (255 bytes on most systems) is no path, not an error."""
    if len(arg) >= 4096 or "\n" in arg:
        return False
    try:
        return Path(arg).is_dir() if folder else Path(arg).is_file()
    except OSError:  # ENAMETOOLONG, or a character the file system refuses
        return False


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise QueryError(f"{source}: the query is empty")
    return text


def syntax_message(exc: BaseException, text: str, source: str = "query") -> str:
    """One line: where the parser stopped (line, column, the text there) and what it expected."""
    raw = str(exc).strip()
    m = _ERROR_AT.match(raw)
    if not m:
        return f"{source}: malformed query: {' '.join(raw.split())}"
    line_no, col = int(m.group(1)), int(m.group(2))
    lines = text.splitlines()
    near = ""
    if 1 <= line_no <= len(lines):
        here = lines[line_no - 1]
        snippet = here[max(0, col - 1 - 20) : col - 1 + 20].strip()
        if snippet:
            near = f" (near {snippet!r})"
    what = " ".join(m.group(3).split())
    return f"{source}: malformed query at line {line_no}, column {col}{near}: {what}"


# ---------------------------------------------------------------- running queries


@dataclass(frozen=True)
class Answer:
    """A query's answer, serialized: ``kind`` is ``select``, ``ask`` or ``graph``."""

    kind: str
    format: str  # a key of RESULTS_FORMATS (select, ask) or GRAPH_FORMATS (graph)
    body: bytes


@dataclass(frozen=True)
class Request:
    """What to run and how to serialize the answer (picklable, for the child process)."""

    sparql: str
    results_format: str = "json"
    graph_format: str = "ntriples"
    source: str = "query"
    default_graph: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIXES))
    allow_service: bool = False  # SERVICE: let the query send requests to other endpoints


# What can hide the word SERVICE without being the keyword: strings (long ones first), IRIs,
# comments. Scanned leftmost first, so a "#" inside an IRI or a quote inside a comment is skipped
# with what holds it.
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
)
# the keyword: not part of a prefixed name, a variable, a blank node or a language tag
_SERVICE = re.compile(r"(?<![\w:?$@.-])SERVICE(?![\w:-])", re.IGNORECASE)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def calls_service(sparql: str) -> bool:
    """Whether a query holds a SERVICE clause (a federated query: it sends requests out).

    Errs on the side of yes: the text is also read with its codepoint escapes (``\\u0053``)
    decoded, which the SPARQL grammar allows before parsing."""
    decoded = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    return any(_SERVICE.search(_NOT_CODE.sub(" ", text)) for text in {sparql, decoded})


def evaluate(db_dir: Path, request: Request) -> Answer:
    """Run the query in this process."""
    if not request.allow_service and calls_service(request.sparql):
        raise QueryRefusedError(
            f"{request.source}: the query calls another endpoint (SERVICE), and federated "
            "queries are off, since they make this machine send requests to any address a "
            "query names; allow them with --allow-service"
        )
    store = open_store(db_dir)
    kwargs: dict = {"prefixes": request.prefixes}
    if request.default_graph:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in request.default_graph]
    if request.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    try:
        result = store.query(request.sparql, **kwargs)
        if isinstance(result, ox.QueryTriples):
            fmt = request.graph_format
            return Answer("graph", fmt, result.serialize(format=GRAPH_FORMATS[fmt]) or b"")
        kind = "ask" if isinstance(result, ox.QueryBoolean) else "select"
        fmt = request.results_format
        return Answer(kind, fmt, result.serialize(format=RESULTS_FORMATS[fmt]) or b"")
    except SyntaxError as exc:
        raise QueryError(syntax_message(exc, request.sparql, request.source)) from exc
    except ValueError as exc:  # e.g. an invalid IRI in default-graph-uri
        raise QueryError(f"{request.source}: {' '.join(str(exc).split())}") from exc
    except OSError as exc:
        raise QueryError(f"{request.source}: query failed: {' '.join(str(exc).split())}") from exc
    except RuntimeError as exc:
        raise QueryError(f"{request.source}: query failed: {' '.join(str(exc).split())}") from exc


def _worker(db_dir: str, request: Request, conn: Connection, memory: int | None = None) -> None:
    """Child-process side of :func:`run`: the answer, or the error's class name and message."""
    try:
        if memory and resource is not None:
            # The data limit, not the address space: the store and the threads of an idle query
            # reserve over a gigabyte of address space, while its data is under 100 MB; what a
            # query allocates (rows to sort, answers to serialize) is data.
            resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
            # Oxigraph aborts when an allocation fails, printing to stderr; the parent reports it.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
        conn.send(("ok", evaluate(Path(db_dir), request)))
    except NukegraphError as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
    except MemoryError:  # Python's side (the answer); Oxigraph's side aborts the process
        conn.send(("error", "QueryMemoryError", _memory_message(request, memory)))
    except BaseException as exc:  # anything else must still reach the parent as one line
        conn.send(("error", "QueryError", f"{request.source}: query failed: {exc}"))
    finally:
        conn.close()


def _memory_message(request: Request, memory: int | None) -> str:
    limit = f"the memory limit of {memory // MB} MB" if memory else "the memory it could get"
    return (
        f"{request.source}: query stopped: it needed more than {limit} (raise it with --max-memory)"
    )


_ERRORS: dict[str, type[NukegraphError]] = {
    "QueryError": QueryError,
    "QueryRefusedError": QueryRefusedError,
    "QueryMemoryError": QueryMemoryError,
    "GraphError": GraphError,
}


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():  # Windows
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    # Preload only this module: the default would import the caller's __main__ in the server.
    ctx.set_forkserver_preload(["nukegraph.query"])
    return ctx


def run(
    db_dir: Path, request: Request, timeout: float | None = None, memory: int | None = None
) -> Answer:
    """Run the query; with a ``timeout`` (seconds) or a ``memory`` limit (bytes), in a child
    process that is killed when the time is up and cannot allocate more than ``memory``.

    A query that a limit ends raises a :class:`QueryLimitError` (a time or a memory limit), as
    does a child process that dies without an answer (the system's out-of-memory killer).
    """
    if (timeout is None or timeout <= 0) and not memory:
        return evaluate(db_dir, request)
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=_worker, args=(str(db_dir), request, sender, memory or None), daemon=True
    )
    proc.start()
    sender.close()
    try:
        if not receiver.poll(timeout if timeout and timeout > 0 else None):
            raise QueryTimeoutError(
                f"{request.source}: query stopped after the time limit of {timeout:g} s "
                "(raise it with --timeout)"
            )
        try:
            message = receiver.recv()
        except EOFError:
            proc.join(5)
            if memory:  # Oxigraph aborts when an allocation fails
                raise QueryMemoryError(_memory_message(request, memory)) from None
            raise QueryLimitError(
                f"{request.source}: the query process ended without an answer "
                f"(exit code {proc.exitcode}; out of memory? set a limit with --max-memory)"
            ) from None
    finally:
        receiver.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if message[0] == "ok":
        return message[1]
    raise _ERRORS.get(message[1], QueryError)(message[2])


def query_build(
    folder: Path,
    text: str,
    *,
    output: str = "table",
    source: str = "query",
    timeout: float | None = None,
    max_width: int = 60,
    allow_service: bool = False,
    memory: int | None = None,
) -> bytes:
    """Run a query on the build in ``folder`` and format the answer as the CLI prints it."""
    if output not in FORMATS:
        raise QueryError(f"unknown format {output!r}; use one of {', '.join(FORMATS)}")
    db_dir = ensure_store(folder)
    results_format = "json" if output == "table" else output
    graph_format = "jsonld" if output == "json" else "ntriples"
    request = Request(text, results_format, graph_format, source, allow_service=allow_service)
    answer = run(db_dir, request, timeout, memory)
    return format_answer(answer, output, max_width=max_width)


# ---------------------------------------------------------------- formatting


@dataclass(frozen=True)
class Term:
    """An RDF term of an answer, as SPARQL 1.1 Results JSON describes it."""

    type: str  # uri, literal, bnode, triple
    value: str
    lang: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class Table:
    variables: list[str]
    rows: list[list[Term | None]]


def answer_table(answer: Answer) -> Table | bool:
    """The rows of an answer (``select`` as JSON, ``graph`` as N-Triples), or an ASK's boolean."""
    if answer.kind == "graph":
        if answer.format != "ntriples":
            raise ValueError("graph answers are read from N-Triples")
        rows = [
            [_term(t.subject), _term(t.predicate), _term(t.object)]
            for t in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)
        ]
        return Table(["subject", "predicate", "object"], rows)
    if answer.format != "json":
        raise ValueError("select and ask answers are read from SPARQL JSON")
    data = json.loads(answer.body)
    if "boolean" in data:
        return bool(data["boolean"])
    variables = data["head"].get("vars", [])
    rows = []
    for binding in data["results"]["bindings"]:
        row: list[Term | None] = []
        for var in variables:
            cell = binding.get(var)
            row.append(
                None
                if cell is None
                else Term(
                    cell["type"], _json_value(cell), cell.get("xml:lang"), cell.get("datatype")
                )
            )
        rows.append(row)
    return Table(variables, rows)


def _json_value(cell: dict) -> str:
    if cell["type"] == "triple":
        v = cell["value"]
        return f"<< {_json_value(v['subject'])} {_json_value(v['predicate'])} {_json_value(v['object'])} >>"
    return cell["value"]


def _term(node) -> Term:
    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        return Term("literal", node.value, node.language, node.datatype.value)
    return Term("triple", str(node))


def format_answer(answer: Answer, output: str, *, max_width: int = 60) -> bytes:
    """The bytes the CLI prints for ``--format output``."""
    if output == "table":
        table = answer_table(answer)
        if isinstance(table, bool):
            return b"true\n" if table else b"false\n"
        return render_table(table, max_width=max_width).encode("utf-8")
    if answer.kind == "graph" and output in ("csv", "tsv"):
        table = answer_table(answer)
        assert isinstance(table, Table)
        return (to_csv(table) if output == "csv" else to_tsv(table)).encode("utf-8")
    body = answer.body
    return body if body.endswith(b"\n") else body + b"\n"


def compact(iri: str) -> str:
    """``ngid:state/CHN`` for display; IRIs outside the known namespaces stay whole."""
    for ns, prefix in _COMPACT:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def char_width(ch: str) -> int:
    """Terminal columns of a character: 2 for wide (CJK) ones, 0 for combining marks."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def truncate(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` columns, ending in ``…`` when cut."""
    if limit <= 0 or display_width(text) <= limit:
        return text
    out, width = [], 0
    for ch in text:
        w = char_width(ch)
        if width + w > limit - 1:
            break
        out.append(ch)
        width += w
    return "".join(out) + "…"


def cell_text(term: Term | None) -> str:
    if term is None:
        return ""
    if term.type == "uri":
        text = compact(term.value)
    elif term.type == "bnode":
        text = f"_:{term.value}"
    else:
        text = term.value
    return _CONTROL.sub(" ", text)


def render_table(table: Table, *, max_width: int = 60) -> str:
    """An aligned text table; Chinese characters count two columns, so columns line up."""
    header = [f"?{v}" for v in table.variables]
    cells = [[truncate(cell_text(t), max_width) for t in row] for row in table.rows]
    numeric = [
        bool(table.rows)
        and all(
            row[i] is None or (row[i].type == "literal" and row[i].datatype in _NUMERIC)
            for row in table.rows
        )
        for i in range(len(header))
    ]
    widths = [
        max([display_width(header[i])] + [display_width(r[i]) for r in cells])
        for i in range(len(header))
    ]

    def line(values: list[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - display_width(v))
            parts.append(pad + v if numeric[i] else v + pad)
        return "  ".join(parts).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    n = len(table.rows)
    out.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(out) + "\n"


def to_csv(table: Table) -> str:
    """SPARQL 1.1 CSV: plain values (IRIs, lexical forms), CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(table.variables)
    for row in table.rows:
        writer.writerow(
            ["" if t is None else (f"_:{t.value}" if t.type == "bnode" else t.value) for t in row]
        )
    return buf.getvalue()


def _tsv_term(t: Term | None) -> str:
    if t is None:
        return ""
    if t.type == "uri":
        return f"<{t.value}>"
    if t.type == "bnode":
        return f"_:{t.value}"
    if t.type == "triple":
        return t.value
    lit = ox.Literal(
        t.value,
        language=t.lang,
        datatype=None if t.lang or not t.datatype else ox.NamedNode(t.datatype),
    )
    return str(lit)


def to_tsv(table: Table) -> str:
    """SPARQL 1.1 TSV: terms in N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in table.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in table.rows]
    return "\n".join(lines) + "\n"
