"""The small typed records that flow between pipeline stages.

corpus -> SourceDocument -> normalize -> NormalizedText -> match -> Mention
-> relations -> Statement -> DocumentResult -> graph / export_*; a worker process sends the
build a DocumentSummary (what the corpus graph keeps) with the document's rendered Turtle.
Frozen dataclasses, and named tuples for the two that a corpus holds by the million (entity
keys and mentions), so that they hash and pickle cheaply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

_NOT_KIND = re.compile(r"[^a-z0-9]+")

if TYPE_CHECKING:  # normalize imports these records
    from .normalize import NormalizedText


@dataclass(frozen=True)
class SourceDocument:
    """One input file, decoded."""

    path: str  # relative to the corpus folder, with "/" separators (ng:sourcePath)
    text: str  # the decoded raw text; every offset in the graph points into it
    encoding: str


class EntityRef(NamedTuple):
    """A key for an entity: its class (``state``, ``treaty``...) and canonical ``ng:id`` (for an
    input document that shares its ``ng:id`` with an earlier file, ``<ng:id>/<source path>``).

    A named tuple: it keys every count and index of the build, and a tuple hashes in C where a
    frozen dataclass calls Python for each hash."""

    cls: str
    id: str


@dataclass(frozen=True)
class Entity:
    """A gazetteer entry or an entity minted from text (resolution, document, or a name the
    gazetteers lack, read from its form: ``found_in_text``)."""

    ref: EntityRef
    zh: str
    en: str
    aliases: tuple[str, ...] = ()
    en_aliases: tuple[str, ...] = ()
    year: int | None = None
    found_in_text: bool = False  # an instrument or body the gazetteers lack (ng:foundInText)
    ng_id: str | None = None  # when it is not ``ref.id``: a second file with the same symbol

    @property
    def ident(self) -> str:
        """The entity's ``ng:id``."""
        return self.ng_id or self.ref.id

    @property
    def kind(self) -> str:
        """Its English name as an unnamed holder's kind (``nuclear-weapon-states``): the kind
        of ``一些核武器国家``, a quantified group, which is not the group itself."""
        return _NOT_KIND.sub("-", self.en.lower()).strip("-")


class Mention(NamedTuple):
    """One occurrence of an entity; offsets are code points into ``SourceDocument.text``.

    A named tuple: a corpus has millions, and they travel pickled from workers and the cache."""

    ref: EntityRef
    start: int
    end: int
    surface: str  # the raw slice with white space removed
    norm_start: int = 0  # the same span in the normalized text (what relation rules read)
    norm_end: int = 0


class Sentence(NamedTuple):
    """A sentence of a document: raw offsets and the normalized text used for reading it."""

    start: int  # raw offsets
    end: int
    text: str  # normalized (no layout white space): what relation rules read
    norm_start: int  # offsets of ``text`` in the normalized document
    norm_end: int


class DocumentDate(NamedTuple):
    """A document's date to the precision its heading gives (month and day 0 when not given)."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def iso(self) -> str:
        """``2018-04-20``, ``2018-04`` or ``2018``: the lexical form of :attr:`xsd_type`."""
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def xsd_type(self) -> str:
        """``date``, ``gYearMonth`` or ``gYear`` (the XML Schema datatype of ``dcterms:date``)."""
        return "date" if self.day else "gYearMonth" if self.month else "gYear"


@dataclass(frozen=True)
class AnonymousHolder:
    """An unnamed holder of a position: ``一些代表团`` -> quantifier ``some``, kind ``delegations``."""

    quantifier: str
    kind: str

    @property
    def id(self) -> str:
        return f"{self.quantifier}-{self.kind}"


@dataclass(frozen=True)
class Statement:
    """One relation or position with its evidence sentence."""

    subject: EntityRef | AnonymousHolder
    predicate: str  # local name of the ng: property (``supports``, ``signed``...)
    object: EntityRef
    evidence: str  # the raw sentence text
    start: int
    end: int
    cue: str
    polarity: str = "positive"  # "negative" for 尚未批准 and the like: never asserted directly
    # the narrower topic the text names when ``object`` is its broader topic (ng:aspect):
    # 支持半岛无核化 supports NUCLEAR_DISARMAMENT with aspect KOREAN_PENINSULA_DENUCLEARIZATION
    aspect: EntityRef | None = None


@dataclass
class DocumentResult:
    """Everything extracted from one document."""

    source_path: str
    doc_id: str  # the document's own UN symbol, or its file name without extension
    title: str
    char_count: int
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    minted: list[Entity] = field(default_factory=list)  # resolutions and cited documents
    warnings: list[str] = field(default_factory=list)  # about the file, shown with its name
    date: DocumentDate | None = None  # from its heading (dcterms:date); None: undated
    # The text as the rules read it (lines joined, furniture dropped), for the reading page;
    # only in the worker: the graph keeps a summary without it.
    norm: NormalizedText | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class DocumentSummary:
    """What the corpus graph keeps of one document: its mentions counted per entity, and listed
    only where they stand inside a statement's evidence (the HTML highlights those). A worker
    sends this instead of the whole result: a document has hundreds of mentions, all of them
    already rendered in its Turtle."""

    source_path: str
    doc_id: str  # ng:id: the document's symbol, or its file name without extension
    title: str
    char_count: int
    mention_total: int
    mention_counts: tuple[tuple[EntityRef, int], ...]  # in the order of first mention
    statements: tuple[Statement, ...]
    evidence_mentions: dict[tuple[int, int], tuple[Mention, ...]]  # by evidence raw span
    minted: tuple[Entity, ...]
    warnings: tuple[str, ...] = ()  # about the file (kept in the cache: said on every build)
    # The document node's key when it is not ``doc_id``: the build gives a file whose ng:id an
    # earlier file of the corpus has its own node (see graph.rekey_document).
    key: str = ""
    date: DocumentDate | None = None  # from its heading (dcterms:date); None: undated

    @property
    def node(self) -> str:
        """The key of the file's document node (``EntityRef("document", node)``)."""
        return self.key or self.doc_id


def node_key(ref: EntityRef | AnonymousHolder) -> str:
    """A stable node name: ``state/CHN``, ``anonymous/some-delegations``."""
    if isinstance(ref, AnonymousHolder):
        return f"anonymous/{ref.id}"
    return f"{ref.cls}/{ref.id}"
