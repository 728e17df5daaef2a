"""The build: corpus -> normalize -> match -> relations -> graph -> exports.

``build()`` is the library entry point the CLI wraps; it reports progress through a callback
and returns a :class:`BuildSummary`; it never prints or exits.
"""

from __future__ import annotations

import functools
import gc
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .cache import CachedDocument, ResultCache, content_digest
from .corpus import find_documents
from .errors import DocumentError
from .export_ttl import iri
from .extract import Extractor
from .gazetteer import Gazetteer, load_gazetteer, with_theme_positions
from .graph import KnowledgeGraph, rekey_document
from .outputs import OutputFolder
from .parallel import (
    PARALLEL_MIN_BYTES,
    Job,
    WorkerOutput,
    default_workers,
    extract_job,
    run_pool,
    run_serial,
)
from .records import DocumentSummary, EntityRef

Progress = Callable[[str], None]


@dataclass
class BuildSummary:
    documents: int
    skipped: list[DocumentError]
    entities: dict[str, int]  # per class
    mentions: int
    statements: int
    seconds: float
    outputs: list[Path] = field(default_factory=list)
    cached: int = 0  # documents whose cached extraction was reused


_F = TypeVar("_F", bound=Callable[..., Any])


def gc_paused(func: _F) -> _F:
    """Run ``func`` with Python's cyclic garbage collector paused, then restore it.

    The build allocates millions of small acyclic records (mentions, statements) that
    reference counting frees; the collector would only re-scan the growing corpus aggregate,
    which cost the parent about half of its time unpickling results.
    """

    @functools.wraps(func)
    def paused(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused  # type: ignore[return-value]


@gc_paused
def build(
    corpus_dir: Path,
    out_dir: Path,
    *,
    gazetteer_dir: Path | Sequence[Path] | None = None,
    strict: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    cache: bool = True,
    html_max_nodes: int | None = None,
    formats: Sequence[str] = ("ttl", "html"),
    document_pages: bool | None = None,
    theme_positions: bool = False,
) -> BuildSummary:
    """Build the graph of every document under ``corpus_dir`` and write it to ``out_dir``.

    ``gazetteer_dir`` is one gazetteer folder, or several read in order (each adding to the
    ones before); None reads the bundled gazetteers and those of ``$NUKEGRAPH_GAZETTEERS``.

    A document that cannot be read is skipped and reported in ``BuildSummary.skipped``
    (with ``strict``, its :class:`DocumentError` is raised instead and nothing is written).

    Extraction runs in ``workers`` processes (default: all cores), or on the Dask cluster
    whose scheduler is at ``scheduler``; the outputs are the same byte for byte either way.
    With ``cache``, documents whose bytes, gazetteers and code are unchanged since the last
    build into ``out_dir`` are not extracted again. ``html_max_nodes`` caps the entities drawn
    in the HTML page (None: the page's default cap, 0: none); the Turtle holds everything.
    ``formats`` adds ``nt``, ``jsonld``, ``graphml`` or leaves out ``html``; ``graph.ttl`` and the
    ontology it imports (``ontology.ttl``) are always written. With ``html``, each document's
    reading page is written in ``documents/`` (listed by ``documents/index.html``), to which
    the graph page's evidence links: ``document_pages`` None writes them unless ``out_dir``
    holds a ``documents/`` folder of the user's (then it says so and leaves them out), True
    writes them in any case (publishing fails on such a folder), False leaves them out.
    ``theme_positions`` states the positions on topics of the project's own that are a kind of
    no topic of the contract's (``gazetteers/project_topics.tsv``).
    """
    from .export_html import DOCUMENTS_DIR, PageLink, ReadingPages, write_html
    from .export_rdf import write_extra_formats
    from .export_ttl import turtle_output
    from .ontology import ontology_link, write_ontology
    from .outputs import foreign_folder

    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    gazetteer = load_gazetteer(gazetteer_dir)
    if theme_positions:
        gazetteer = with_theme_positions(gazetteer)
    paths = find_documents(corpus_dir)
    # One build at a time; every output goes to a fresh folder, published at the end at once.
    with OutputFolder(out_dir) as folder:
        stage = folder.stage
        result_cache = ResultCache(out_dir, gazetteer.version) if cache else None
        plan = _plan(corpus_dir, paths, result_cache)
        misses = [job for job, key in plan if key is None]
        if result_cache is not None and len(misses) < len(plan):
            say(f"{len(plan) - len(misses)} of {len(plan)} documents unchanged (cached)")
        outputs = _run(gazetteer, misses, workers or default_workers(), scheduler, say)

        graph = KnowledgeGraph(gazetteer)
        skipped: list[DocumentError] = []
        ttl_path, html_path = stage / "graph.ttl", stage / "graph.html"
        if document_pages is None:
            # A default must not make a build fail where it used to work: a folder of the
            # user's called documents/ keeps the pages out, said at once rather than at the end.
            document_pages = not foreign_folder(out_dir, DOCUMENTS_DIR)
            if not document_pages and "html" in formats:
                say(
                    f"warning: {out_dir / DOCUMENTS_DIR} is a folder nukegraph did not write: "
                    "no reading pages this time (move it, or build into another --out)"
                )
        # Written as each document arrives, so that the build never holds the corpus's text.
        reading = (
            ReadingPages(stage / DOCUMENTS_DIR) if document_pages and "html" in formats else None
        )
        fallback: Extractor | None = None
        with closing(outputs), turtle_output(ttl_path) as ttl:
            ttl.write_text(ontology_link())
            for i, (job, key) in enumerate(plan, start=1):
                entry = result_cache.get(key, job.source_path) if result_cache and key else None
                if entry is None:
                    if key is None:
                        out = next(outputs)
                    else:  # listed as cached but unreadable now: extract it here
                        fallback = fallback or Extractor(gazetteer)
                        out = extract_job(fallback, job)
                    if out.problem is not None:
                        error = out.error(job.path)
                        if strict:
                            raise error
                        skipped.append(error)
                        say(f"warning: skipped {error}")
                        continue
                    entry = out.entry()
                    if result_cache is not None:
                        result_cache.put_payload(
                            result_cache.key(job.source_path, out.digest), out.payload
                        )
                for warning in entry.summary.warnings:
                    say(f"warning: {job.path}: {warning}")
                summary, turtle = _own_node(graph, entry)
                graph.add_summary(summary)
                ttl.write_rendered(turtle)
                if reading is not None:
                    reading.add(summary.node, summary, entry.reading)
                if i % 50 == 0 or i == len(plan):
                    say(f"[{i}/{len(plan)}] documents read")
            if not graph.documents:
                raise DocumentError(corpus_dir, "no readable document in the corpus")
            ttl.write_entities(graph)
        outputs_written = [ttl_path, write_ontology(stage)]
        if "html" in formats:
            pages = reading.finish(graph) if reading is not None else None
            links = [PageLink(f"{DOCUMENTS_DIR}/index.html", "Documents 文件列表")] if pages else []
            outputs_written.append(
                write_html(
                    graph,
                    html_path,
                    max_nodes=html_max_nodes,
                    links=links,
                    pages=pages.names if pages else None,
                )
            )
            if pages:
                outputs_written.append(pages.index)
        outputs_written += write_extra_formats(
            [f for f in formats if f not in ("ttl", "html")], stage, ttl_path, graph
        )
        if result_cache is not None:
            result_cache.prune()
        folder.publish(path.relative_to(stage).parts[0] for path in outputs_written)
        return BuildSummary(
            documents=len(graph.documents),
            skipped=skipped,
            entities=graph.entity_counts(),
            mentions=graph.mention_total,
            statements=len(graph.statements),
            seconds=time.perf_counter() - started,
            outputs=[folder.output(path) for path in outputs_written],
            cached=result_cache.hits if result_cache else 0,
        )


def _own_node(graph: KnowledgeGraph, entry: CachedDocument) -> tuple[DocumentSummary, bytes]:
    """A file's summary and Turtle, on a document node of its own.

    A document is a file: the first file of the corpus (in its sorted order) with a given
    ``ng:id`` has the node ``ngid:document/<ng:id>``, which citations of the symbol share;
    each later one gets ``ngid:document/<ng:id>/<source path>`` and keeps the ``ng:id``.
    """
    summary, turtle = entry.summary, entry.turtle
    if summary.doc_id not in graph.documents:
        return summary, turtle
    key = f"{summary.doc_id}/{summary.source_path}"
    shared = iri(EntityRef("document", summary.doc_id)).encode()
    own = iri(EntityRef("document", key)).encode()
    # Rendered in the worker (and cached) before the corpus was known: moved to its own node.
    return rekey_document(summary, key), turtle.replace(shared, own)


def _plan(
    corpus_dir: Path, paths: list[Path], result_cache: ResultCache | None
) -> list[tuple[Job, str | None]]:
    """Each document with its cache key when a cached result exists, else None."""
    plan: list[tuple[Job, str | None]] = []
    for path in paths:
        rel = path.relative_to(corpus_dir).as_posix()
        key = None
        try:
            size = path.stat().st_size
            if result_cache is not None:
                candidate = result_cache.key(rel, content_digest(path.read_bytes()))
                key = candidate if result_cache.has(candidate) else None
        except OSError:
            size = 0  # the extraction step reports it, in order, naming the file
        plan.append((Job(path, rel, size), key))
    return plan


def iter_nothing() -> Iterator[WorkerOutput]:
    yield from ()


def _run(
    gazetteer: Gazetteer, jobs: list[Job], workers: int, scheduler: str | None, say: Progress
) -> Iterator[WorkerOutput]:
    """The outputs of ``jobs``, in order, from the backend that suits the work."""
    if not jobs:
        return iter_nothing()
    if scheduler is not None:
        from .dask_cluster import run_dask

        say(f"extracting {len(jobs)} documents on the Dask cluster at {scheduler}")
        return run_dask(scheduler, gazetteer, jobs)
    workers = min(workers, len(jobs))

    def report(path: str, stage: str, share: float) -> None:  # a long document's progress
        say(f"{path}: {stage}" + (f" {share:.0%}" if share else ""))

    if workers > 1 and sum(job.size for job in jobs) >= PARALLEL_MIN_BYTES:
        say(f"extracting {len(jobs)} documents in {workers} worker processes")
        return run_pool(gazetteer, jobs, workers, report)
    return run_serial(Extractor(gazetteer), jobs, report)
