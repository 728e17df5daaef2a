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
from .text import LIST_MARKER, SentenceView, Span

if TYPE_CHECKING:
    from .sink import StatementSink
    from .targets import Target

_QUOTES = '“”"‘’… '
_SUB_ITEM = re.compile(r"\s*[“\"]?\s*\(?(?:[a-z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})\)")
# a call whose items follow: 呼吁核武器国家采取以下早期步骤: (not 就以下问题提出意见)
LISTS_FOLLOW = re.compile(r"(?:以下|下列)[^,;:。]{0,6}(?:步骤|措施|行动|做法)[:;]?$")


@dataclass(frozen=True)
class OpenCall:
    """A call whose objects its sub-items list: ``呼吁……采取以下步骤:(a)……;(b)……``."""

    subjects: tuple[Span, ...]
    predicate: str
    cue: str
    raw_start: int


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
    item = _SUB_ITEM.match(view.text)
    if item is None:
        sink.open_call = None
        return
    ends = (i + 1 for i in range(item.end(), len(view.text)) if view.text[i] in ";。")
    end = next((i for i in ends if view.depth[i - 1] == 0), len(view.text))
    raw_end = sink.raw_span(view, 0, end)[1]
    for target in targets(view, item.end(), end):
        predicate = "opposes" if target.reversed else call.predicate
        for subj in call.subjects:
            sink.add(
                view, subj, predicate, target.span, call.cue, evidence=(call.raw_start, raw_end)
            )
