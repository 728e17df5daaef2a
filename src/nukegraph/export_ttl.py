"""Stream the graph to Turtle, following ``docs/graph-contract.md``.

The file is written document by document as extraction proceeds (rdflib's serializer needs
the whole graph in memory and grows faster than linearly, rdflib issue #2135); entity
descriptions follow at the end. Terms are written as full IRIs or ``ng:`` names with plain
local parts, so strict parsers (Oxigraph) and rdflib read it alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .atomic import atomic_output
from .gazetteer import is_latin
from .graph import KnowledgeGraph
from .records import AnonymousHolder, DocumentResult, Entity, EntityRef
from .vocab import ACTOR_CLASSES, ENTITY_CLASSES, NG_IRI, NGID_IRI, encode_id, entity_iri

PREFIXES = f"""@prefix ng: <{NG_IRI}> .
@prefix ngid: <{NGID_IRI}> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

"""

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def literal(value: str, lang: str | None = None) -> str:
    """A Turtle string literal, escaped."""
    text = f'"{value.translate(_ESCAPES)}"'
    return f"{text}@{lang}" if lang else text


def iri(ref: EntityRef | AnonymousHolder) -> str:
    if isinstance(ref, AnonymousHolder):
        return f"<{NGID_IRI}anonymous/{encode_id(ref.id)}>"
    return f"<{entity_iri(ref.cls, ref.id)}>"


class TurtleWriter:
    """Write documents as they are extracted, then entities; the file appears only on success.

    The handle is binary: documents arrive rendered and encoded by the workers, and go to the
    file as they are."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.out = handle
        self.out.write(PREFIXES.encode())

    def write_document(self, result: DocumentResult) -> None:
        self.out.write(document_turtle(result).encode())

    def write_rendered(self, chunk: bytes) -> None:
        """Write a document's Turtle rendered and encoded earlier (in a worker)."""
        self.out.write(chunk)

    def write_text(self, text: str) -> None:
        self.out.write(text.encode())

    def write_entities(self, graph: KnowledgeGraph) -> None:
        parts: list[str] = []
        w = parts.append
        for ref, ent in sorted(graph.entities.items(), key=lambda kv: (kv[0].cls, kv[0].id)):
            broader = graph.gazetteer.broader.get(ref)
            w(_describe(ent, graph.mention_counts.get(ref, 0), broader))
        for doc_id, info in sorted(graph.documents.items()):
            if info.title:
                w(
                    f"{iri(EntityRef('document', doc_id))} dcterms:title {literal(info.title, 'zh')} .\n"
                )
            if info.date:
                # the precision the heading gives: xsd:date, xsd:gYearMonth or xsd:gYear
                w(
                    f"{iri(EntityRef('document', doc_id))} dcterms:date "
                    f"{literal(info.date.iso)}^^xsd:{info.date.xsd_type} .\n"
                )
        holders = {
            st.subject for _, st in graph.statements if isinstance(st.subject, AnonymousHolder)
        }
        for holder in sorted(holders, key=lambda h: h.id):
            w(
                f"{iri(holder)} a ng:AnonymousActor ; ng:quantifier {literal(holder.quantifier)} ; "
                f"ng:holderKind {literal(holder.kind)} ; "
                f"rdfs:label {literal(holder.quantifier + ' ' + holder.kind, 'en')} .\n"
            )
        self.write_text("".join(parts))


def document_turtle(result: DocumentResult) -> str:
    """One document's triples (sourcePath, mentions, statements) as a Turtle chunk."""
    parts: list[str] = []
    w = parts.append
    doc = iri(EntityRef("document", result.doc_id))
    # IRIs computed once per document: percent-encoding every mention's IRIs again cost about
    # a tenth of the extraction time.
    iris: dict[EntityRef | AnonymousHolder, str] = {}

    def term(ref: EntityRef | AnonymousHolder) -> str:
        found = iris.get(ref)
        if found is None:
            found = iris[ref] = iri(ref)
        return found

    path = encode_id(result.source_path)
    mention_base = f"<{NGID_IRI}mention/{path}/"
    statement_base = f"<{NGID_IRI}statement/{path}/"
    w(f"{doc} ng:sourcePath {literal(result.source_path)} .\n")
    for ref in sorted({m.ref for m in result.mentions}, key=lambda r: (r.cls, r.id)):
        w(f"{doc} ng:mentions {term(ref)} .\n")
    for i, m in enumerate(result.mentions):
        w(
            f"{mention_base}{i}> a ng:Mention ; "
            f"ng:entity {term(m.ref)} ; ng:document {doc} ; "
            f"ng:surface {literal(m.surface)} ; ng:start {m.start} ; ng:end {m.end} .\n"
        )
    for i, st in enumerate(result.statements):
        subject = term(st.subject)
        obj = term(st.object)
        w(
            f"{statement_base}{i}> a ng:Statement ; "
            f"ng:subject {subject} ; ng:predicate ng:{st.predicate} ; ng:object {obj} ; "
            f"ng:document {doc} ; ng:evidence {literal(st.evidence, 'zh')} ; "
            f"ng:start {st.start} ; ng:end {st.end} ; ng:cue {literal(st.cue, 'zh')}"
        )
        if st.polarity != "positive":
            w(f" ; ng:polarity {literal(st.polarity)}")
        if st.aspect is not None:
            w(f" ; ng:aspect {term(st.aspect)}")
        w(" .\n")
        if st.polarity == "positive":
            w(f"{subject} ng:{st.predicate} {obj} .\n")
    w("\n")
    return "".join(parts)


def _describe(ent: Entity, mention_count: int, broader: EntityRef | None = None) -> str:
    ref = ent.ref
    types = [ENTITY_CLASSES[ref.cls]]
    lines = [f"{iri(ref)} a ng:{types[0].split('#')[-1]}"]
    if ref.cls in ACTOR_CLASSES:
        lines[0] += ", ng:Actor"
    lines.append(f"ng:id {literal(ent.ident)}")
    lines.append(f"skos:prefLabel {literal(ent.zh, 'zh')}, {literal(ent.en, 'en')}")
    alts = [literal(a, "en" if is_latin(a) else "zh") for a in ent.aliases]
    alts += [literal(a, "en") for a in ent.en_aliases]
    if alts:
        lines.append("skos:altLabel " + ", ".join(dict.fromkeys(alts)))
    if ent.year:
        lines.append(f"ng:year {ent.year}")
    if ent.found_in_text:
        lines.append("ng:foundInText true")
    if broader is not None:
        lines.append(f"skos:broader {iri(broader)}")
    if mention_count:
        lines.append(f"ng:mentionCount {mention_count}")
    return " ;\n    ".join(lines) + " .\n"


@contextmanager
def turtle_output(path: Path) -> Iterator[TurtleWriter]:
    """Open a :class:`TurtleWriter` on a temporary file that replaces ``path`` on success."""
    with atomic_output(path, "wb") as handle:
        yield TurtleWriter(handle)
