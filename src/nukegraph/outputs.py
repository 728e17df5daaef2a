"""The output folder of a build: one build at a time, and all its outputs switched in at once.

A build writes every output into a fresh folder, ``OUT/.nukegraph-builds/<build>/``. The names
users open (``OUT/graph.ttl``, ``OUT/graph.html``, ``OUT/documents``...) are symbolic links
through one pointer, ``OUT/.nukegraph-current``, to that folder; a build is published by
replacing that one pointer (a single ``rename``), so a reader, an interrupt or a crash sees the
outputs of one build or of the other, never a mix: the Turtle of one build beside the page of
another, or a format an earlier build wrote beside the graph of a later one.

A lock on ``OUT/.nukegraph-lock`` (``flock``, released by the system when its process ends,
however it ends) keeps a second build from writing to the same folder at the same time.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from .atomic import current_umask
from .errors import OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: builds are not locked there
    fcntl = None  # type: ignore[assignment]

BUILDS_DIR = ".nukegraph-builds"
CURRENT = ".nukegraph-current"
LOCK_FILE = ".nukegraph-lock"
# Every name a build can publish; a name the current build did not write is removed, so that
# no output of an older build stays beside the new ones.
OUTPUT_NAMES = (
    "graph.ttl",
    "ontology.ttl",
    "graph.html",
    "documents",
    "graph.nt",
    "graph.jsonld",
    "graph.graphml",
)


def current_build(out_dir: Path) -> str | None:
    """Which build the folder shows: its build folder's name, ``"unlinked"`` for outputs
    written before outputs were switched in as one (plain files), or None when it has none."""
    try:
        return os.readlink(out_dir / CURRENT)
    except OSError:
        pass
    return "unlinked" if (out_dir / "graph.ttl").is_file() else None


class OutputFolder:
    """The output folder while a build writes to it: locked, with a fresh folder to write in.

    ``with OutputFolder(out) as folder:`` takes the lock (or raises :class:`OutputError` naming
    the build that holds it); the build writes into ``folder.stage`` and calls
    ``folder.publish(names)``. Leaving the block without publishing removes what was written.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out = Path(out_dir)
        self.builds = self.out / BUILDS_DIR
        self.stage = self.builds  # set on entry
        self._lock_fd: int | None = None
        self._published = False

    def __enter__(self) -> OutputFolder:
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            self._lock()
            self.builds.mkdir(exist_ok=True)
            # What a killed build may have left: its build folder, a link not yet renamed.
            self._remove_builds(keep=self._current_name())
            for stray in self.out.glob(".*.link"):
                stray.unlink()
            self.stage = Path(tempfile.mkdtemp(prefix="build-", dir=self.builds))
            os.chmod(self.stage, 0o777 & ~current_umask())  # mkdtemp makes it private (0700)
        except OSError as exc:
            self._unlock()
            raise OutputError(f"{self.out}: cannot write output: {exc.strerror or exc}") from exc
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._published:
                shutil.rmtree(self.stage, ignore_errors=True)
            else:
                self._remove_builds(keep=self._current_name())
        finally:
            self._unlock()

    def output(self, path: Path) -> Path:
        """Where a file written under ``stage`` is seen once published."""
        return self.out / path.relative_to(self.stage)

    def publish(self, names: Iterable[str]) -> None:
        """Switch the folder to this build's outputs, all at once.

        Ctrl-C and SIGTERM wait for the few renames to finish (then take effect), so the folder
        is never left between two builds.
        """
        names = set(names)
        unknown = names - set(OUTPUT_NAMES)
        if unknown:
            raise ValueError(f"not an output name: {', '.join(sorted(unknown))}")
        for name in sorted(names):
            path = self.out / name
            if foreign_folder(self.out, name):
                raise OutputError(
                    f"{path}: a folder nukegraph did not write is where this build's "
                    f"{name}/ goes; move it, or build into another --out"
                )
        target = f"{BUILDS_DIR}/{self.stage.name}"
        try:
            with _signals_deferred():
                # New names first: they point through the pointer, so they show nothing until
                # the switch.
                for name in sorted(names):
                    self._link(name)
                _replace_with_link(self.out / CURRENT, target)
                self._published = True
                for name in OUTPUT_NAMES:
                    path = self.out / name
                    # an older build's output goes with it; a file of the user's stays
                    if name not in names and _written_by_nukegraph(path):
                        _remove(path)
        except OSError as exc:
            raise OutputError(
                f"{self.out}: cannot publish the new outputs: {exc.strerror or exc}"
            ) from exc

    # ------------------------------------------------------------ internals

    def _link(self, name: str) -> None:
        path = self.out / name
        target = f"{CURRENT}/{name}"
        with contextlib.suppress(OSError):
            if os.readlink(path) == target:
                return
        if path.is_dir() and not path.is_symlink():  # a folder an unlinked build wrote
            _remove(path)
        _replace_with_link(path, target)

    def _current_name(self) -> str | None:
        found = current_build(self.out)
        return Path(found).name if found and found != "unlinked" else None

    def _remove_builds(self, keep: str | None) -> None:
        if not self.builds.is_dir():
            return
        for entry in self.builds.iterdir():
            if entry.name != keep and entry != self.stage:
                shutil.rmtree(entry, ignore_errors=True)

    def _lock(self) -> None:
        if fcntl is None:  # pragma: no cover
            return
        fd = os.open(self.out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise OutputError(
                f"{self.out}: another nukegraph build (process {holder}) is writing to this "
                "folder; wait for it to finish, or build into another --out"
            ) from None
        except OSError:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None


# What marks a file as an output of nukegraph: its namespace (Turtle, N-Triples, JSON-LD, the
# ontology), the pages' generator meta tag, the GraphML's edge attribute.
_MARKS = (b"nukegraph", b'attr.name="predicate"')


def foreign_folder(out: Path, name: str) -> bool:
    """Whether ``out/name`` is a folder nukegraph did not write (which a build leaves alone)."""
    path = out / name
    return path.is_dir() and not path.is_symlink() and not _written_by_nukegraph(path)


def _written_by_nukegraph(path: Path) -> bool:
    """Whether ``path`` is a link of this folder or an output an older nukegraph wrote there."""
    if path.is_symlink():
        return os.readlink(path).startswith(f"{CURRENT}/")
    if path.is_dir():
        path = path / "index.html"  # --html-per-document's folder: its index page
    try:
        with path.open("rb") as handle:
            head = handle.read(1 << 16)
    except OSError:
        return False
    return any(mark in head for mark in _MARKS)


def _replace_with_link(path: Path, target: str) -> None:
    """Make ``path`` a symbolic link to ``target`` in one step (a new link renamed over it)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.link")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, path)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then deliver them as they came."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread; an embedding app's call
        return
    pending: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {
        sig: signal.signal(sig, lambda signum, _frame: pending.append(signum)) for sig in held
    }
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(pending):
            signal.raise_signal(sig)
