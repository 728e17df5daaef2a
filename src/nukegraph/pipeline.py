"""The build: corpus -> normalize -> match -> relations -> graph -> exports.

``build()`` is the library entry point the CLI wraps; it reports progress through a callback
and returns a :class:`BuildSummary`; it never prints or exits.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import find_documents, iter_documents
from .errors import DocumentError
from .gazetteer import Gazetteer, load_gazetteer
from .graph import KnowledgeGraph
from .match import Matcher, clean_symbol
from .normalize import NormalizedText, normalize_text, split_sentences
from .records import DocumentResult, EntityRef, SourceDocument
from .relations import DocumentContext, extract_statements

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


class Extractor:
    """Per-document extraction with the gazetteer's automaton built once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = Matcher(gazetteer)

    def extract(self, source: SourceDocument) -> DocumentResult:
        norm = normalize_text(source.text)
        mentions, minted = self.matcher.match(norm, source.text)
        doc_id = document_id(source, norm)
        doc_ref = EntityRef("document", doc_id)
        sentences = split_sentences(norm, source.text)
        ctx = DocumentContext(source, norm, sentences, mentions, doc_ref, self.gazetteer)
        statements = extract_statements(ctx)
        return DocumentResult(
            source_path=source.path,
            doc_id=doc_id,
            title=document_title(norm),
            char_count=len(source.text),
            mentions=mentions,
            statements=statements,
            minted=minted,
        )


def document_id(source: SourceDocument, norm: NormalizedText) -> str:
    """The document's own UN symbol (its running header), else its file name without extension."""
    symbols = [s for s in map(clean_symbol, norm.furniture_symbols) if s]
    if symbols:
        return Counter(symbols).most_common(1)[0][0]
    return Path(source.path).stem


_TITLE_SKIP = re.compile(r"^(?:第[一二三四五六七八九十百]+届会议|议程项目|[\d\s年月日至,]+$|Original)")


def document_title(norm: NormalizedText, limit: int = 80) -> str:
    """A readable title: the first substantial line of the normalized text."""
    for line in norm.text.split("\n")[:12]:
        line = line.strip()
        if len(line) >= 6 and not _TITLE_SKIP.match(line):
            return line if len(line) <= limit else line[: limit - 1] + "…"
    first = norm.text.strip().split("\n", 1)[0]
    return first[:limit]


def build(
    corpus_dir: Path,
    out_dir: Path,
    *,
    gazetteer_dir: Path | None = None,
    strict: bool = False,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build the graph of every document under ``corpus_dir`` and write it to ``out_dir``.

    A document that cannot be read is skipped and reported in ``BuildSummary.skipped``
    (with ``strict``, its :class:`DocumentError` is raised instead and nothing is written).
    """
    from .export_html import write_html
    from .export_ttl import turtle_output

    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    gazetteer = load_gazetteer(gazetteer_dir)
    extractor = Extractor(gazetteer)
    paths = find_documents(corpus_dir)
    graph = KnowledgeGraph(gazetteer)
    skipped: list[DocumentError] = []
    ttl_path, html_path = out_dir / "graph.ttl", out_dir / "graph.html"
    with turtle_output(ttl_path) as ttl:
        for i, item in enumerate(iter_documents(corpus_dir, paths), start=1):
            if isinstance(item, DocumentError):
                if strict:
                    raise item
                skipped.append(item)
                say(f"warning: skipped {item}")
                continue
            result = extractor.extract(item)
            graph.add(result)
            ttl.write_document(result)
            if i % 50 == 0 or i == len(paths):
                say(f"[{i}/{len(paths)}] documents read")
        if not graph.documents:
            raise DocumentError(corpus_dir, "no readable document in the corpus")
        ttl.write_entities(graph)
    write_html(graph, html_path)
    outputs = [ttl_path, html_path]
    return BuildSummary(
        documents=len(graph.documents),
        skipped=skipped,
        entities=graph.entity_counts(),
        mentions=graph.mention_total,
        statements=len(graph.statements),
        seconds=time.perf_counter() - started,
        outputs=outputs,
    )
