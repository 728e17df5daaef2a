"""The document a relation rule reads: its text, sentences and mentions, and its top lines."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..gazetteer import Gazetteer
from ..normalize import NormalizedText
from ..records import EntityRef, Mention, Sentence, SourceDocument


@dataclass(frozen=True)
class DocumentContext:
    """What the relation rules read: the document, its sentences and its mentions."""

    source: SourceDocument
    norm: NormalizedText
    sentences: list[Sentence]
    mentions: list[Mention]  # sorted by position
    doc_ref: EntityRef  # the input document itself (object of ng:spokeIn)
    gazetteer: Gazetteer

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie within the normalized ``[start, end)``."""
        lo = bisect.bisect_left(self.mentions, start, key=lambda m: m.norm_start)
        hi = bisect.bisect_left(self.mentions, end, key=lambda m: m.norm_start)
        return [m for m in self.mentions[lo:hi] if m.norm_end <= end]


# --- what the reader shares with the speaker model --------------------------------------------

_RAW_LINE = re.compile(r"[^\n]+")
_TRANSMITS = re.compile(r"转递|转交|随函附上")
_TRANSMIT_SENTENCES = 25  # how far into a document a note's opening may stand


def top_lines(raw: str, count: int) -> list[re.Match[str]]:
    """The first ``count`` lines that are not blank (without reading the rest of the text)."""
    lines = (m for m in _RAW_LINE.finditer(raw) if m.group().strip())
    return list(itertools.islice(lines, count))


def transmits(ctx: DocumentContext) -> bool:
    """Whether the document's opening transmits another's text (``随函转递……案文(见附件一)``)."""
    return any(_TRANSMITS.search(s.text) for s in ctx.sentences[:_TRANSMIT_SENTENCES])


def sentence_refs(
    ctx: DocumentContext, sentence: Sentence, starts: list[int]
) -> list[tuple[int, int, EntityRef]]:
    """The mentions inside a sentence, with offsets into its text (``starts``: of the mentions,
    which the matcher returns sorted)."""
    out = []
    for m in ctx.mentions[bisect.bisect_left(starts, sentence.norm_start) :]:
        if m.norm_start >= sentence.norm_end:
            break
        if m.norm_end <= sentence.norm_end:
            out.append(
                (m.norm_start - sentence.norm_start, m.norm_end - sentence.norm_start, m.ref)
            )
    return out
