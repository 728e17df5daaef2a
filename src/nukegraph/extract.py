"""One document's extraction: normalize -> match -> relations.

The worker processes (:mod:`.parallel`, :mod:`.dask_cluster`) run this; the build
(:mod:`.pipeline`) orchestrates them and never runs in a worker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from .gazetteer import Gazetteer
from .match import Matcher, clean_symbol, outermost
from .normalize import NormalizedText, normalize_text, split_sentences
from .records import DocumentResult, EntityRef, SourceDocument
from .relations import DocumentContext, extract_statements

# How far one document's extraction has gone: a stage (``names``, ``relations``) and the share of
# the document read, for the progress of a long document.
StageProgress = Callable[[str, float], None]


class Extractor:
    """Per-document extraction with the gazetteer's automaton built once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = Matcher(gazetteer)

    def extract(
        self, source: SourceDocument, progress: StageProgress | None = None
    ) -> DocumentResult:
        """Everything one document says; ``progress`` hears how far it has gone."""
        report = progress or (lambda _stage, _share: None)
        norm = normalize_text(source.text)
        report("normalized", 0.0)
        mentions, minted = self.matcher.match(norm, source.text)
        report("names found", 0.0)
        doc_id = document_id(source, norm)
        doc_ref = EntityRef("document", doc_id)
        sentences = split_sentences(norm, source.text)
        # the relation rules read names as atomic words: a name nested in another is not one
        ctx = DocumentContext(source, norm, sentences, outermost(mentions), doc_ref, self.gazetteer)
        statements = extract_statements(ctx, progress and (lambda share: report("relations", share)))
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
    """The document's own UN symbol (its running header), else its file name without extension,
    white space removed as from a symbol (an ``ng:id`` holds none): ``my report.txt`` is
    ``myreport``; the file name stays in ``ng:sourcePath``."""
    symbols = [s for s in map(clean_symbol, norm.furniture_symbols) if s]
    if symbols:
        return Counter(symbols).most_common(1)[0][0]
    return "".join(Path(source.path).stem.split()) or "document"


_TITLE_SKIP = re.compile(
    r"^(?:第[一二三四五六七八九十百]+届会议|议程项目|[\d\s年月日至,]+$|Original)"
)


def document_title(norm: NormalizedText, limit: int = 80) -> str:
    """A readable title: the first substantial line of the normalized text."""
    for line in norm.text.split("\n")[:12]:
        line = line.strip()
        if len(line) >= 6 and not _TITLE_SKIP.match(line):
            return line if len(line) <= limit else line[: limit - 1] + "…"
    first = norm.text.strip().split("\n", 1)[0]
    return first[:limit]
