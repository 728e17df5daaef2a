"""A resolution's paragraphs, held by its organ, and the items a call lists.

A resolution opens with its organ (``大会,`` / ``安全理事会``, :mod:`.context`) and runs
paragraphs that begin with their verb (``回顾……``, ``1. 呼吁……``); each is the organ's, with
the paragraph (not the whole run-on sentence) as evidence. After a verb that takes no stance
(``决定``, ``请``, ``注意到``) the later clauses say what is decided, asked or noted. A call that
announces its steps (``采取以下步骤:``) takes its objects from the items ``(a)``, ``(b)``… after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .context import opens_paragraph
from .sink import ACTORS
from .targets import unreached_halt
from .text import LIST_MARKER, SentenceView, Span

if TYPE_CHECKING:
    from .sink import StatementSink
    from .targets import Target

_QUOTES = '“”"‘’… '
# the mark that opens an item of a list: (a), (一), ii), and the ordinals of a statement's
# points (一是, 第一, 一、); read only while a call is open, so 第一委员会 opens none
SUB_ITEM = re.compile(
    r"\s*[“\"]?\s*(?:\(?(?:[a-z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})\)"
    r"|[一二三四五六七八九十]{1,3}(?:是|、)|第[一二三四五六七八九十]{1,3}(?:是|[,、:]))\s*"
)  # (not 1., 2.: a resolution's numbered paragraphs are each of their own)
# a call whose items follow: 呼吁核武器国家采取以下早期步骤: (not 就以下问题提出意见)
LISTS_FOLLOW = re.compile(r"(?:以下|下列)[^,;:。]{0,6}(?:步骤|措施|行动|做法)[:;]?$")
# right after a call's or a proposal's word: a colon that opens what it is for (中方主张:一是……,
# 呼吁如下:, 提出以下几点建议:)
ITEMS_OPEN = re.compile(r"(?:如下|以下[^,;:。]{0,6}|下列[^,;:。]{0,6})?:")


@dataclass(frozen=True)
class OpenCall:
    """A call whose objects its sub-items list: ``呼吁……采取以下步骤:(a)……;(b)……``."""

    subjects: tuple[Span, ...]
    predicate: str
    cue: str
    raw_start: int
    # announced by a colon (双方承诺:第一,美国和朝鲜将……): an item that opens with a subject
    # of its own tells what that one does, not what the call is for
    own_subjects: bool = False


def decided_content(view: SentenceView, pos: int) -> bool:
    """Whether ``pos`` stands after the opening verb of a resolution paragraph that takes no
    stance (``决定``, ``请``, ``注意到``): later clauses say what is decided, asked or noted."""
    lex = view.lexicon
    text = view.text
    start = paragraph(view, pos)[0]
    while start < pos and text[start] in _QUOTES:
        start += 1
    lead = LIST_MARKER.match(text, start, pos)
    start = lead.end() if lead else start
    opener = lex.pattern("paragraph_opener").match(text, start, pos)
    if opener is None or opener.end() > pos:
        return False
    verb = text[start : opener.end()]
    stance = lex.pattern("stance").search(verb) or lex.pattern("emphasis").search(verb)
    return stance is None and "," in text[opener.end() : pos]


def paragraph_clause_start(view: SentenceView, pos: int) -> int:
    """Start of the clause holding ``pos``, after quotes and a paragraph number (``“1. 呼吁``)."""
    text = view.text
    start = max(text.rfind(ch, 0, pos) for ch in ",;:。") + 1
    start = max([start] + [p for p, _ in view.authors if p <= pos])
    while start < pos and text[start] in _QUOTES:
        start += 1
    lead = LIST_MARKER.match(text, start, pos)
    start = lead.end() if lead else start
    while start < pos and text[start] in _QUOTES:
        start += 1
    return start


def paragraph(view: SentenceView, pos: int) -> tuple[int, int]:
    """The resolution paragraph holding ``pos``: from the semicolon, or the comma before a
    paragraph verb (``,又回顾``), to the next one."""
    text = view.text
    depth = view.depth[pos]
    lex = view.lexicon
    first = max([0] + [p for p, _ in view.authors if p <= pos])
    start = first
    for i in range(pos - 1, first - 1, -1):
        if view.depth[i] != depth:
            continue
        if text[i] in ";。:" or (text[i] == "," and opens_paragraph(lex, text, i + 1)):
            start = i + 1
            break
    end = len(text)
    later = [p for p, _ in view.authors if p > pos]
    if later:
        end = min(later)
    for i in range(pos, end):
        if view.depth[i] != depth:
            continue
        if text[i] in ";。":
            end = i + 1
            break
        if text[i] == "," and opens_paragraph(lex, text, i + 1):
            end = i
            break
    while start < end and text[start] in " “":
        start += 1
    return start, end


def continue_call(
    view: SentenceView,
    sink: StatementSink,
    targets: Callable[[SentenceView, int, int], list[Target]],
) -> None:
    """The sub-items of an open call (``(b) 着手解除警备……;``) name its objects."""
    call = sink.open_call
    if call is None:
        return
    item = SUB_ITEM.match(view.text)
    if item is None:
        sink.open_call = None
        return
    read_items(view, sink, call, item.end(), targets)


def read_items(
    view: SentenceView,
    sink: StatementSink,
    call: OpenCall,
    start: int,
    targets: Callable[[SentenceView, int, int], list[Target]],
) -> None:
    """The call's items from ``start`` on, in the sentence: the first up to its ``;`` or
    ``。``, and each after it that opens with an item's mark (``一是……;二是……``)."""
    text = view.text
    while start < len(text):
        ends = (i + 1 for i in range(start, len(text)) if text[i] in ";。")
        end = next((i for i in ends if view.depth[i - 1] == 0), len(text))
        raw_end = sink.raw_span(view, 0, end)[1]
        if call.own_subjects and _opens_with_subject(view, start):
            found: list[Target] = []
        else:
            found = targets(view, start, end)
        for target in found:
            if unreached_halt(view, target, call.predicate):
                continue  # (一是……消除核武器存在、扩散及试验的根源: not against non-proliferation)
            predicate = "opposes" if target.reversed else call.predicate
            for subj in call.subjects:
                sink.add(
                    view,
                    subj,
                    predicate,
                    target.span,
                    call.cue,
                    evidence=(call.raw_start, raw_end),
                )
        item = SUB_ITEM.match(text, end)
        if item is None:
            return
        start = item.end()


_SUBJECT_REACH = 4  # characters before an item's subject (所有, 各, 同时)


def _opens_with_subject(view: SentenceView, start: int) -> bool:
    """Whether an actor's or a body's name opens the item at ``start``, in its first clause
    (``美国和朝鲜将……``, not ``维护联合国的权威``)."""
    end = view.clause_end(start)
    return any(
        (s.cls in ACTORS or s.kind == "holder") and s.start - start <= _SUBJECT_REACH
        for s in view.spans_between(start, end)
    )
