"""The query store: an embedded Oxigraph database persisted under the build's output folder.

``graph.ttl`` is parsed once into ``<out>/graph.oxigraph/`` (RocksDB); later queries open that
store read-only, so they do not re-parse the Turtle. The store records which ``graph.ttl`` it was
loaded from (size, modification time, inode) and is rebuilt when the build changes. It is built
in a temporary folder and renamed into place, so a reader never sees a half-loaded store, and
several processes may read it at once (RocksDB read-only mode takes no lock).

The default graph holds exactly ``graph.ttl``; the ontology is loaded into the named graph
``<https://w3id.org/nukegraph/ontology>``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError
from .ontology import ONTOLOGY_IRI, ontology_text

GRAPH_FILE = "graph.ttl"
STORE_DIR = "graph.oxigraph"
_DB = "db"
_STAMP = "source.json"
_STAMP_VERSION = 1
_OX_POSITION = re.compile(r"^(?:error at )?(\d+):(\d+)(?:-\S+)?:?\s*")


@dataclass(frozen=True)
class Stamp:
    """What the store was loaded from; any difference means the store is stale."""

    version: int
    ttl_size: int
    ttl_mtime_ns: int
    ttl_inode: int
    ontology_sha256: str
    pyoxigraph: str


def graph_file(folder: Path) -> Path:
    """The build's ``graph.ttl``, or :class:`GraphError` saying the folder holds no build."""
    folder = Path(folder)
    if not folder.exists():
        raise GraphError(
            f"{folder}: no such folder; pass --graph with the output folder of a build"
        )
    if not folder.is_dir():
        raise GraphError(f"{folder}: not a folder; pass --graph with the output folder of a build")
    ttl = folder / GRAPH_FILE
    if not ttl.is_file():
        raise GraphError(
            f"{folder}: no build here ({GRAPH_FILE} not found); run `nukegraph build --out {folder}`"
        )
    return ttl


def _current_stamp(ttl: Path) -> Stamp:
    st = ttl.stat()
    return Stamp(
        _STAMP_VERSION,
        st.st_size,
        st.st_mtime_ns,
        st.st_ino,
        hashlib.sha256(ontology_text().encode("utf-8")).hexdigest(),
        ox.__version__,
    )


def _read_stamp(store_dir: Path) -> Stamp | None:
    try:
        data = json.loads((store_dir / _STAMP).read_text("utf-8"))
        return Stamp(**data)
    except (OSError, ValueError, TypeError):
        return None


def load_turtle(store: ox.Store, ttl: Path) -> None:
    """Bulk-load a Turtle file into the default graph; a parse error names the file and line."""
    try:
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise GraphError(f"{ttl}: not valid Turtle: {_ox_message(exc)}") from exc
    except OSError as exc:
        raise GraphError(f"{ttl}: cannot load: {exc}") from exc


def _ox_message(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    m = _OX_POSITION.match(text)
    if m:
        return f"line {m.group(1)}, column {m.group(2)}: {text[m.end() :]}"
    return text


def ensure_store(folder: Path) -> Path:
    """The folder of an up-to-date Oxigraph store of the build in ``folder``, loading it if needed.

    Returns the RocksDB directory to open with :func:`open_store`.
    """
    ttl = graph_file(folder)
    home = _store_home(Path(folder))
    store_dir = home / STORE_DIR
    stamp = _current_stamp(ttl)
    if _read_stamp(store_dir) == stamp and (store_dir / _DB).is_dir():
        return store_dir / _DB
    try:
        home.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.", suffix=".tmp", dir=home))
    except OSError as exc:
        raise GraphError(f"{home}: cannot create the query store: {exc.strerror or exc}") from exc
    try:
        store = ox.Store(str(tmp / _DB))
        load_turtle(store, ttl)
        store.bulk_load(ontology_text(), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_IRI))
        store.flush()
        del store  # closes RocksDB before the folder is renamed
        (tmp / _STAMP).write_text(json.dumps(asdict(stamp)), "utf-8")
        if _current_stamp(ttl) != stamp:
            raise GraphError(f"{ttl}: changed while it was being loaded; run the command again")
        _swap_in(tmp, store_dir)
    except OSError as exc:
        raise GraphError(f"{home}: cannot write the query store: {exc.strerror or exc}") from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return store_dir / _DB


def _store_home(folder: Path) -> Path:
    """Where the store lives: the build folder, or a per-build temp folder if that is read-only."""
    if os.access(folder, os.W_OK):
        return folder
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"nukegraph-store-{key}"


def _swap_in(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new``; readers that have the old store open keep reading it."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old.{os.getpid()}")
        try:
            os.replace(target, old)
        except FileNotFoundError:
            old = None  # another process swapped it out first
    try:
        os.replace(new, target)
    except OSError:
        # Another process put its own fresh store in place between our two renames.
        if _read_stamp(target) is None:
            raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def open_store(db_dir: Path) -> ox.Store:
    """Open a store made by :func:`ensure_store`, read-only."""
    try:
        return ox.Store.read_only(str(db_dir))
    except OSError as exc:
        raise GraphError(f"{db_dir}: cannot open the query store: {exc}") from exc


def triple_count(db_dir: Path) -> int:
    """Triples in the default graph (``graph.ttl`` exactly)."""
    store = open_store(db_dir)
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(next(iter(result))["n"].value)
