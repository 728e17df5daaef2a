"""Relations and positions between the entities of one document (``ng:Statement``).

The rules read one sentence at a time, in its normalized text, with the mentions of the matcher
as atomic spans (:mod:`.text`). Before the rules run, the document's reader (:mod:`.context`)
adds pseudo-spans: ``本国`` / ``我们`` for the actor whose text it is (:mod:`.speakers`), ``中方``
for its state, ``该《条约》`` for the treaty named just before, persons for what they speak for.

- :mod:`.lists`: the ``[[pattern]]`` rules of ``data/relation_rules.toml`` (:mod:`.patterns`):
  lists of names (speakers, represented groups, members, submitters, acts in the passive);
- :mod:`.frames`: the ``[[frame]]`` rules, holder (:mod:`.holders`) … cue … targets
  (:mod:`.targets`): positions and treaty acts; :mod:`.paragraphs`: a resolution's paragraphs and the items of a call.
Cue words are data (``data/relation_cues.tsv``, :mod:`.lexicon`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from ..records import Statement
from .context import DocumentReader
from .document import DocumentContext, transmits
from .frames import rule_frames
from .lexicon import load_cues
from .lists import (
    REQUIRED_FOUND,
    members_by_initials,
    recorded_votes,
    required_words,
    rule_patterns,
    speaker_of_statement,
)
from .sink import StatementSink
from .speakers import document_voice
from .text import SentenceView, new_span

__all__ = ["DocumentContext", "extract_statements"]

RULES = (rule_patterns, rule_frames)


_PROGRESS_STEPS = 20  # how often a long document's reading reports how far it has gone


def extract_statements(
    ctx: DocumentContext, progress: Callable[[float], None] | None = None
) -> list[Statement]:
    """Every statement the rules can read in the document; ``progress`` hears the share of
    sentences read, now and then."""
    lexicon = load_cues()
    sink = StatementSink(ctx)
    voice = document_voice(ctx, lexicon)
    reader = DocumentReader(
        ctx,
        lexicon,
        own=voice.authors,
        delivered_by=voice.delivered_by,
        transmittal=transmits(ctx),
        qa=voice.kind == "press",
        record=voice.kind == "record",
        draft=voice.kind == "draft",
    )
    mention_starts = [m.norm_start for m in ctx.mentions]
    read = []
    cuts: dict[str, list[int]] = {}  # jieba's words by block text, for this document only
    for sentence in ctx.sentences:
        lo = bisect.bisect_left(mention_starts, sentence.norm_start)
        hi = bisect.bisect_left(mention_starts, sentence.norm_end, lo)
        if lo == hi:  # (many sentences name nothing)
            read.append((sentence, [], []))
            continue
        mentions = [m for m in ctx.mentions[lo:hi] if m.norm_end <= sentence.norm_end]
        base = sentence.norm_start
        spans = [
            new_span((m.norm_start - base, m.norm_end - base, m.ref, "mention")) for m in mentions
        ]
        read.append((sentence, mentions, spans))
    reader.introduce_persons([(sentence, spans) for sentence, _m, spans in read])
    step = max(1, len(read) // _PROGRESS_STEPS)
    trigger, required = lexicon.pattern("trigger"), required_words()
    for index, (sentence, mentions, spans) in enumerate(read):
        if progress is not None and index % step == 0 and index:
            progress(index / len(read))
        text = sentence.text
        # (all of them, not the first: the pattern rules are chosen by the words found)
        required_found = required.findall(text)
        if not (
            sink.open_call is not None
            or required_found
            or trigger.search(text)
            or "“" in text  # (a quotation's speaker is tracked from the sentence's spans)
        ):
            # no word any rule needs: the reader only follows the document through it
            frame = reader.frame(index, sentence, spans, read=False)
            reader.done(sentence, mentions, spans + frame.spans)
            continue
        frame = reader.frame(index, sentence, spans)
        spans = frame.uncovered(spans)
        if reader.draft_heads:  # (大会, heading a draft: its sponsors speak, as 我们 would)
            spans = [reader.sponsors_for(s) if s in reader.draft_heads else s for s in spans]
            reader.draft_heads = []
        if (
            not spans
            and not frame.spans
            and sink.open_call is None
            # (坚决反对核扩散 in a state's speech: the speaker holds, 核扩散 names the topic)
            and not (frame.voice and lexicon.may_occur("inverse", text))
        ):
            reader.done(sentence, mentions, [])
            continue  # no name and no call whose items go on: nothing to read
        view = SentenceView(
            sentence,
            spans + frame.spans,
            lexicon,
            frame.authors,
            voice=frame.voice,
            cuts=cuts,
            voted_on=frame.voted_on,
        )
        view.memo[REQUIRED_FOUND] = required_found
        # every rule reads names; a sentence without any can only end a call's list of items,
        # which the frame rule sees first
        for rule in RULES if view.spans else (rule_frames,):
            rule(view, ctx, sink)
        reader.done(sentence, mentions, view.spans)
    speaker_of_statement(ctx, voice, sink, annexed=reader.annex_title)
    recorded_votes(ctx, sink)
    members_by_initials(ctx, sink)
    return sink.statements
