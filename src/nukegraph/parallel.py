"""Run per-document extraction in this process, a local process pool, or a Dask cluster.

Every backend takes the documents to extract in corpus order and yields one
:class:`WorkerOutput` per document in that same order, so the build's outputs are
byte-identical whatever the backend and the number of workers. Work is sent in small batches
with a bounded number in flight: memory stays flat however large the corpus, and a slow
consumer (the Turtle writer) holds back the workers instead of piling results up.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .cache import CachedDocument, content_digest, pickle_entry, unpickle_entry
from .corpus import decode
from .errors import DocumentError
from .export_ttl import document_turtle
from .gazetteer import Gazetteer
from .graph import summarize
from .limits import usable_cores
from .reading import reading_json
from .records import SourceDocument

if TYPE_CHECKING:  # workers import the extractor when they start, not in the parent's import
    from .extract import Extractor, StageProgress

# Below this many bytes to extract, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 2_000_000
_BATCH_BYTES = 256_000  # enough work per task to hide the per-task overhead
_BATCH_DOCS = 16


@dataclass(frozen=True)
class Job:
    """A document to extract: its file and its path relative to the corpus folder."""

    path: Path
    source_path: str
    size: int


@dataclass(frozen=True)
class WorkerOutput:
    """One document's outcome: its pickled :class:`CachedDocument`, or why it is unreadable.

    The worker pickles the entry once; the parent writes those bytes to the cache as they are
    and unpickles them for the graph, so it never pickles a result itself.
    """

    source_path: str
    digest: str  # of the bytes the worker read (the cache key's content part)
    payload: bytes  # pickled CachedDocument; empty when ``problem`` is set
    problem: str | None = None  # a DocumentError's problem, raised or reported by the build

    def error(self, path: Path) -> DocumentError:
        return DocumentError(path, self.problem or "unreadable")

    def entry(self) -> CachedDocument:
        return unpickle_entry(self.payload)


# A document at least this long reports how far its extraction has gone, not only when it is done.
LONG_DOCUMENT_BYTES = 1_000_000
_PROGRESS_EVERY = 0.1  # the share of a long document read between two reports

# Where a long document's progress goes: (its path, the stage, the share read).
DocumentProgress = Callable[[str, str, float], None]


def _staged(report: DocumentProgress | None, source_path: str, size: int) -> StageProgress | None:
    """A progress callback for one document, or None for a short one; it reports a stage when
    it begins and then each tenth of the document read."""
    if report is None or size < LONG_DOCUMENT_BYTES:
        return None
    last = {"stage": "", "share": -1.0}

    def progress(stage: str, share: float) -> None:
        if stage != last["stage"] or share - last["share"] >= _PROGRESS_EVERY:
            last["stage"], last["share"] = stage, share
            report(source_path, stage, share)

    return progress


def extract_bytes(
    extractor: Extractor,
    source_path: str,
    data: bytes,
    shown: Path | str,
    report: DocumentProgress | None = None,
) -> WorkerOutput:
    """Decode and extract one document; a :class:`DocumentError` becomes a ``problem``.

    ``shown`` is the name used in error messages (the file's path as the user gave it).
    """
    digest = content_digest(data)
    try:
        text, encoding, controls = decode(data, shown)
    except DocumentError as exc:
        return WorkerOutput(source_path, digest, b"", exc.problem)
    result = extractor.extract(
        SourceDocument(source_path, text, encoding), _staged(report, source_path, len(data))
    )
    if controls:
        result.warnings.append(
            f"{controls} control character{'s' if controls > 1 else ''} (NUL, ESC...) "
            "replaced by spaces; the rest is read as text"
        )
    entry = CachedDocument(
        summarize(result),
        document_turtle(result).encode(),
        reading_json(result, result.norm, text, extractor.gazetteer) if result.norm else b"",
    )
    return WorkerOutput(source_path, digest, pickle_entry(entry))


def extract_job(
    extractor: Extractor, job: Job, report: DocumentProgress | None = None
) -> WorkerOutput:
    try:
        data = job.path.read_bytes()
    except OSError as exc:
        return WorkerOutput(job.source_path, "", b"", f"cannot read: {exc.strerror or exc}")
    return extract_bytes(extractor, job.source_path, data, job.path, report)


def default_workers() -> int:
    """All the cores this process may run on."""
    return usable_cores()


def batches(jobs: Sequence[Job], workers: int) -> list[list[Job]]:
    """Consecutive batches: a few per worker at least, so that all are busy till the end."""
    per_worker = math.ceil(len(jobs) / max(1, workers * 4))
    cap = max(1, min(_BATCH_DOCS, per_worker))
    out: list[list[Job]] = []
    current: list[Job] = []
    size = 0
    for job in jobs:
        current.append(job)
        size += job.size
        if len(current) >= cap or size >= _BATCH_BYTES:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


_B = TypeVar("_B")
_F = TypeVar("_F")


def ordered_window(
    items: Iterable[_B],
    submit: Callable[[_B], _F],
    wait: Callable[[_F], list[WorkerOutput]],
    window: int,
) -> Iterator[WorkerOutput]:
    """Submit batches ahead, at most ``window`` in flight, and yield their outputs in order."""
    pending: deque[_F] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield from wait(pending.popleft())
    while pending:
        yield from wait(pending.popleft())


# --- in this process --------------------------------------------------------------------------


def run_serial(
    extractor: Extractor, jobs: Iterable[Job], report: DocumentProgress | None = None
) -> Iterator[WorkerOutput]:
    for job in jobs:
        yield extract_job(extractor, job, report)


# --- local process pool -----------------------------------------------------------------------


class _WorkerSlot:
    """The extractor of a pool worker process, built once by the pool's initializer.

    multiprocessing hands per-process state to tasks only through a module; this is set in
    worker processes, never in the parent.
    """

    extractor: Extractor | None = None
    progress: Any = None  # a queue the parent reads long documents' progress from
    settled: bool = False  # whether what the first documents loaded is frozen too


def _init_worker(gazetteer: Gazetteer, progress: Any = None) -> None:
    from .extract import Extractor

    _WorkerSlot.extractor = Extractor(gazetteer)
    _WorkerSlot.progress = progress
    # The gazetteer and automaton live as long as the worker: keep the collector from
    # re-scanning them after every few thousand allocations (about 10% of extraction time).
    gc.freeze()


def _extract_batch(batch: list[Job]) -> list[WorkerOutput]:
    extractor = _WorkerSlot.extractor
    if extractor is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker process has no extractor")
    queue = _WorkerSlot.progress
    report = None if queue is None else lambda *event: queue.put(event)
    outputs = [extract_job(extractor, job, report) for job in batch]
    if not _WorkerSlot.settled:
        # jieba's dictionary and its word tags were loaded by the first documents (not when
        # the worker started: a worker that gets no document, in a rebuild that extracts one,
        # must not load them): freeze them too, so that full collections skip them
        _WorkerSlot.settled = True
        gc.freeze()
    return outputs


def run_pool(
    gazetteer: Gazetteer,
    jobs: Sequence[Job],
    workers: int,
    report: DocumentProgress | None = None,
) -> Iterator[WorkerOutput]:
    """Extract in ``workers`` processes; each reads its documents from disk by path.

    A worker that dies (killed, out of memory) raises ``BrokenProcessPool`` here rather than
    leaving the build waiting for it. Long documents' progress comes back through a queue that
    a thread of this process hands to ``report``.
    """
    # spawn: a forked child of a process that runs threads (a Dask client, a test runner's)
    # can deadlock; the gazetteer is sent once per worker, not once per task.
    context = multiprocessing.get_context("spawn")
    long_ones = report is not None and any(job.size >= LONG_DOCUMENT_BYTES for job in jobs)
    queue = context.Queue() if long_ones else None
    listener = _listen(queue, report) if queue is not None and report is not None else None
    try:
        with ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(gazetteer, queue),
        ) as pool:
            yield from ordered_window(
                batches(jobs, workers),
                lambda batch: pool.submit(_extract_batch, batch),
                lambda future: future.result(),
                window=2 * workers + 1,
            )
    finally:
        if queue is not None and listener is not None:
            queue.put(None)
            listener.join(timeout=5)


def _listen(queue: Any, report: DocumentProgress) -> threading.Thread:
    """A thread that hands the workers' progress events to ``report`` until a None comes."""

    def drain() -> None:
        while (event := queue.get()) is not None:
            report(*event)

    thread = threading.Thread(target=drain, name="nukegraph-progress", daemon=True)
    thread.start()
    return thread
