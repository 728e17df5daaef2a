"""Aggregate per-document results into the corpus graph.

The graph keeps what the exports need across documents (entities, mention counts, the
documents each entity appears in, statements) but not every mention: mentions stream to the
Turtle file document by document.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

import networkx as nx

from .gazetteer import Gazetteer
from .records import (
    AnonymousHolder,
    DocumentDate,
    DocumentResult,
    DocumentSummary,
    Entity,
    EntityRef,
    Mention,
    Statement,
    node_key,
)


@dataclass
class DocumentInfo:
    """One input file (a document node), keyed in ``KnowledgeGraph.documents`` by its node key."""

    doc_id: str  # ng:id
    source_paths: list[str]  # the file (one: a document is a file)
    title: str
    char_count: int
    mention_count: int = 0
    statement_count: int = 0
    entities: set[EntityRef] = field(default_factory=set)
    date: DocumentDate | None = None  # from its heading; None: undated


def summarize(result: DocumentResult) -> DocumentSummary:
    """What the corpus graph keeps of ``result`` (computed in the worker that extracted it)."""
    evidence: dict[tuple[int, int], tuple[Mention, ...]] = {}
    if result.statements:
        mentions = result.mentions  # the matcher returns them in text order
        starts = [m.start for m in mentions]
        for st in result.statements:
            span = (st.start, st.end)
            if span not in evidence:
                inside = mentions[bisect_left(starts, st.start) : bisect_left(starts, st.end)]
                evidence[span] = tuple(m for m in inside if m.end <= st.end)
    return DocumentSummary(
        source_path=result.source_path,
        doc_id=result.doc_id,
        title=result.title,
        char_count=result.char_count,
        mention_total=len(result.mentions),
        mention_counts=tuple(Counter(m.ref for m in result.mentions).items()),
        statements=tuple(result.statements),
        evidence_mentions=evidence,
        minted=tuple(result.minted),
        warnings=tuple(result.warnings),
        date=result.date,
    )


def rekey_document(summary: DocumentSummary, key: str) -> DocumentSummary:
    """The summary of a file whose document node is ``key`` rather than its ``ng:id``.

    A document is a file: when a file's symbol (or file name) is the ``ng:id`` of an earlier
    file of the corpus, it gets a node of its own, ``ngid:document/<ng:id>/<source path>``
    (percent-encoded as one), keeping the symbol as ``ng:id``. Every reference the worker made
    to the shared node (statements, mentions, a citation of its own symbol) now points to it.
    """
    old, new = EntityRef("document", summary.doc_id), EntityRef("document", key)

    def swap(ref: EntityRef) -> EntityRef:
        return new if ref == old else ref

    statements = tuple(
        replace(
            st,
            subject=swap(st.subject) if isinstance(st.subject, EntityRef) else st.subject,
            object=swap(st.object),
        )
        for st in summary.statements
    )
    return replace(
        summary,
        key=key,
        statements=statements,
        mention_counts=tuple((swap(ref), n) for ref, n in summary.mention_counts),
        evidence_mentions={
            span: tuple(m._replace(ref=swap(m.ref)) for m in mentions)
            for span, mentions in summary.evidence_mentions.items()
        },
        minted=tuple(
            replace(e, ref=new, ng_id=summary.doc_id) if e.ref == old else e for e in summary.minted
        ),
    )


class KnowledgeGraph:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.entities: dict[EntityRef, Entity] = {}
        self.mention_counts: Counter[EntityRef] = Counter()
        self.entity_docs: defaultdict[EntityRef, set[str]] = defaultdict(set)
        self.documents: dict[str, DocumentInfo] = {}
        self.statements: list[tuple[str, Statement]] = []
        # The mentions inside each evidence sentence, so the HTML can highlight the names
        # the statement was read from: key (doc_id, sentence start, end, sentence text).
        self.evidence_mentions: dict[tuple[str, int, int, str], tuple[Mention, ...]] = {}
        self.mention_total = 0

    def add(self, result: DocumentResult) -> None:
        self.add_summary(summarize(result))

    def add_summary(self, summary: DocumentSummary) -> None:
        key = summary.node
        if key in self.documents:
            raise ValueError(f"document node {key!r} taken twice (rekey_document the second)")
        doc_ref = EntityRef("document", key)
        info = DocumentInfo(
            summary.doc_id,
            [summary.source_path],
            summary.title,
            summary.char_count,
            date=summary.date,
        )
        self.documents[key] = info
        info.mention_count += summary.mention_total
        info.statement_count += len(summary.statements)
        own = None if key == summary.doc_id else summary.doc_id
        self.entities.setdefault(
            doc_ref, Entity(doc_ref, summary.doc_id, summary.doc_id, ng_id=own)
        )
        for ent in summary.minted:
            known = self.entities.setdefault(ent.ref, ent)
            if known is not ent and ent.found_in_text:
                # another document's form of a name found in the text: one more label
                forms = (ent.zh, *ent.aliases)
                extra = tuple(
                    f for f in dict.fromkeys(forms) if f not in (known.zh, *known.aliases)
                )
                if extra:
                    self.entities[ent.ref] = replace(known, aliases=known.aliases + extra)
        for ref, count in summary.mention_counts:
            if ref not in self.entities:
                self.entities[ref] = self.gazetteer.entities[ref]
            self.mention_counts[ref] += count
            self.entity_docs[ref].add(key)
            info.entities.add(ref)
        self.mention_total += summary.mention_total
        self.statements.extend((key, s) for s in summary.statements)
        for st in summary.statements:
            # a statement may name an entity its document does not mention by name: the author
            # of a speech, the organ of a resolution, 核扩散 read as the opposite of a topic
            for ref in (st.subject, st.object, st.aspect):
                if isinstance(ref, EntityRef) and ref not in self.entities:
                    known = self.gazetteer.entities.get(ref)
                    if known is not None:
                        self.entities[ref] = known
            span = (key, st.start, st.end, st.evidence)
            if span not in self.evidence_mentions:
                self.evidence_mentions[span] = summary.evidence_mentions.get((st.start, st.end), ())

    def sentence_mentions(self, doc_id: str, st: Statement) -> tuple[Mention, ...]:
        """The mentions inside the evidence sentence of ``st`` (a statement of ``doc_id``)."""
        return self.evidence_mentions.get((doc_id, st.start, st.end, st.evidence), ())

    def entity_counts(self) -> dict[str, int]:
        counts = Counter(ref.cls for ref in self.entities)
        return dict(sorted(counts.items()))

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes; statements and document mentions as edges (for HTML and GraphML)."""
        g = nx.MultiDiGraph()
        for ref, ent in self.entities.items():
            g.add_node(
                node_key(ref),
                cls=ref.cls,
                id=ent.ident,
                zh=ent.zh,
                en=ent.en,
                aliases="|".join(ent.aliases),
                mentions=self.mention_counts.get(ref, 0),
                documents="|".join(sorted(self.entity_docs.get(ref, ()))),
            )
        for doc_id, info in self.documents.items():
            # sorted: a set's order follows string hashes, which differ from run to run
            for ref in sorted(info.entities, key=lambda r: (r.cls, r.id)):
                if ref.cls != "document" or ref.id != doc_id:
                    g.add_edge(
                        node_key(EntityRef("document", doc_id)), node_key(ref), predicate="mentions"
                    )
        for doc_id, st in self.statements:
            if st.polarity != "positive":
                continue
            subject = node_key(st.subject)
            if isinstance(st.subject, AnonymousHolder) and subject not in g:
                g.add_node(
                    subject,
                    cls="anonymous",
                    id=st.subject.id,
                    zh=st.subject.id,
                    en=st.subject.id,
                    aliases="",
                    mentions=0,
                    documents="",
                )
            g.add_edge(
                subject,
                node_key(st.object),
                predicate=st.predicate,
                document=doc_id,
                evidence=st.evidence,
                cue=st.cue,
            )
        return g
