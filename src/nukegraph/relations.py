"""Relations and positions between the entities of one document (``ng:Statement``)."""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer
from .normalize import NormalizedText
from .records import EntityRef, Mention, Sentence, SourceDocument, Statement


@dataclass(frozen=True)
class DocumentContext:
    """What the relation rules read: the document, its sentences and its mentions."""

    source: SourceDocument
    norm: NormalizedText
    sentences: list[Sentence]
    mentions: list[Mention]  # sorted by position
    doc_ref: EntityRef  # the input document itself (object of ng:spokeIn)
    gazetteer: Gazetteer


def extract_statements(ctx: DocumentContext) -> list[Statement]:
    """Every statement the rules can read in the document."""
    return []
