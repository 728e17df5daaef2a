"""The incremental build cache: per-document extraction results kept under the output folder.

An entry is keyed by the document's path, the hash of its bytes, the gazetteer version and the
code version, so a document is extracted again exactly when one of those changed. Each entry
holds the :class:`DocumentSummary` (what the corpus aggregate needs) and the document's rendered
Turtle, so an unchanged document costs a file read, not an extraction or a rendering.

Entries are written to a temporary file and renamed, one by one: a build interrupted at any
point leaves complete entries or none, never a torn one; an entry that still cannot be read
(a full disk, a foreign file) is a miss and is replaced. Entries are pickles: the cache trusts
its own output folder the way a build trusts its own code.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .atomic import atomic_output
from .records import DocumentSummary

CACHE_DIRNAME = ".nukegraph-cache"
_FORMAT = "v3"  # bump when the entry layout changes
_SUFFIX = ".pickle"


@dataclass(frozen=True)
class CachedDocument:
    """What one document's extraction produced: its summary, its Turtle chunk (UTF-8, as
    it goes into graph.ttl) and the data of its reading page (UTF-8 JSON, :mod:`.reading`)."""

    summary: DocumentSummary
    turtle: bytes
    reading: bytes = b""


def pickle_entry(entry: CachedDocument) -> bytes:
    return pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)


def unpickle_entry(payload: bytes) -> CachedDocument:
    entry = pickle.loads(payload)
    if not isinstance(entry, CachedDocument):
        raise TypeError(f"not a cached document: {type(entry).__name__}")
    return entry


def content_digest(data: bytes) -> str:
    """The hash of a document's bytes (the content half of its cache key)."""
    return hashlib.sha256(data).hexdigest()


@functools.cache
def code_version() -> str:
    """A digest of nukegraph's code and data files and of jieba's version.

    Any change to them invalidates the cache: a version number alone would miss edits made
    between releases (an editable install), and the relation cues are data files.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    # What a wheel installs (modules and data/), so an installed worker and an editable
    # checkout with stray files still agree.
    for path in sorted([*package.glob("**/*.py"), *package.glob("data/**/*")]):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update(f"jieba {version('jieba')}".encode())  # its dictionary marks word boundaries
    return digest.hexdigest()[:16]


class ResultCache:
    """Per-document entries under ``<out>/.nukegraph-cache/``."""

    def __init__(self, out_dir: Path, gazetteer_version: str, code: str | None = None) -> None:
        self.root = out_dir / CACHE_DIRNAME / _FORMAT
        self._salt = f"{code or code_version()}\0{gazetteer_version}\0".encode()
        self.hits = 0
        self.misses = 0
        self._used: set[str] = set()

    def key(self, source_path: str, digest: str) -> str:
        """The entry name for a document (its corpus-relative path and content digest)."""
        # The path is part of the key: a result carries it (mention IRIs, ng:sourcePath).
        h = hashlib.sha256(self._salt)
        h.update(source_path.encode())
        h.update(b"\0")
        h.update(digest.encode())
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}{_SUFFIX}"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str, source_path: str) -> CachedDocument | None:
        """The entry, or None when it is missing or unreadable (then it is removed)."""
        path = self._path(key)
        try:
            entry = unpickle_entry(path.read_bytes())
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # a torn or foreign file, or one from an incompatible version: a miss
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        if entry.summary.source_path != source_path:
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        self._used.add(key)
        return entry

    def put_payload(self, key: str, payload: bytes) -> None:
        """Store an entry already pickled by :func:`pickle_entry` (in a worker)."""
        with atomic_output(self._path(key), "wb") as handle:
            handle.write(payload)
        self._used.add(key)

    def prune(self) -> int:
        """Remove entries this build did not use (changed or removed documents, old versions).

        Also removes temporary files left by a build that was killed mid-write, and the
        folders of other cache formats. Returns the number of files removed.
        """
        removed = 0
        base = self.root.parent
        if not base.is_dir():
            return 0
        for path in base.rglob("*"):
            if not path.is_file():
                continue
            in_format = path.parent.parent == self.root
            if in_format and path.suffix == _SUFFIX and path.stem in self._used:
                continue
            path.unlink(missing_ok=True)
            removed += 1
        for folder in sorted((p for p in base.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
        return removed
