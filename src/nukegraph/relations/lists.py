"""Relations read from lists of names: spokeIn, onBehalfOf, memberOf, submitted."""

from __future__ import annotations

import re

from .context import OWN_PAPER_TITLE, DocumentContext
from .sink import StatementSink
from .text import (
    FOOTNOTE,
    LIST_MARKER,
    SUFFIX,
    NameList,
    SentenceView,
    Span,
    items_in,
    lead_end,
    list_after,
    list_ending_at,
    split_items,
)

# --- who acts: lists before a verb -----------------------------------------------------------

_CLAUSE_OPENING = re.compile(r"(?:^|[,;:。)])\s*(?:此外|另外|随后|同样|还有)?\s*$")
_EARLIER_ITEM = re.compile(r"(?:、|和|及|以及)$")
_BEHALF_LEAD = re.compile(r"(?P<lead>代表|以)$")
_AGENT_TAIL = re.compile(r"(?:代表团|代表)?")  # 埃及代表以A的名义, 瑞典代表代表A、B


def _agents(view: SentenceView, found: NameList) -> NameList | None:
    """Who acts in ``<list> VERB``: the list itself when it opens its clause; the names before
    ``代表`` / ``以`` when the list is whom they speak for (``A代表B提交``, ``A以B的名义``)."""
    before = view.text[: found.start]
    lead = LIST_MARKER.match(before)
    if (lead is not None and lead.end() == len(before)) or _CLAUSE_OPENING.search(before):
        return found
    if _EARLIER_ITEM.search(before):
        return found  # an earlier item is no known name: 促进和平世界市长会议及A
    behalf = _BEHALF_LEAD.search(before)
    if behalf is not None:
        agent = list_ending_at(view, behalf.start("lead"), _AGENT_TAIL)
        if agent is not None:
            return _agents(view, agent)
    return None


# --- rule: speakers -> spokeIn ------------------------------------------------------------

_SPEAK_GAP = re.compile(r"(?:的)?(?:代表团|代表|观察员)?(?:的名义|名义)?(?:也|还|均|都|亦|分别|随后|先后)*")


_COLON = re.compile(":")


def rule_speakers(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    text = view.text
    colons = [m.start() for m in _COLON.finditer(text)] if ":" in text else []
    for colon in (i for i in colons if view.depth[i] == 0):
        opener = text[max(text.rfind(ch, 0, colon) for ch in ",;。:") + 1 : colon]
        label = view.lexicon.pattern("speaker_list").search(opener)
        if label is None or label.end() != len(opener):
            continue  # 会议收到了下列文件: is no list of speakers
        end = min([i for i in (text.find(ch, colon + 1) for ch in ";。") if i != -1] + [len(text)])
        for item in items_in(view, colon + 1, end):
            sink.add(view, item.span, "spokeIn", ctx.doc_ref, label.group())
    for occ in view.occurrences("speak"):
        if text[occ.end() : occ.end() + 1] in ("的", "者", "人", "权", "稿"):
            continue
        found = list_ending_at(view, occ.start(), _SPEAK_GAP)
        agents = _agents(view, found) if found is not None else None
        if agents is not None:
            for span in agents.spans:
                sink.add(view, span, "spokeIn", ctx.doc_ref, occ.group())


# --- rule: onBehalfOf -------------------------------------------------------------------------

_BEHALF_TAIL = re.compile(r"(?:发言|作了发言|发了言|讲话)$")
_NAME_OF = re.compile(r"(?:的)?名义")


def rule_behalf(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    text = view.text
    for span in view.spans:
        if span.cls not in ("state", "organization"):
            continue
        q = FOOTNOTE.match(text, SUFFIX.match(text, span.end).end()).end()
        if text.startswith("(代表", q):
            # A(代表B、C和D)
            close = view.bracket_end(q)
            if close == -1:
                continue
            inner_end = close - 1
            tail = _BEHALF_TAIL.search(text, q + 3, inner_end)
            for item in items_in(view, q + 3, tail.start() if tail else inner_end):
                sink.add(view, span, "onBehalfOf", item.span, "代表")
            continue
        for lead, cue in (("代表", "代表"), ("以", "名义")):
            # A代表团代表B发言; A以B的名义
            if not text.startswith(lead, q):
                continue
            found = list_after(view, q + len(lead))
            if found is None:
                continue
            if cue == "名义" and not _NAME_OF.match(text, found.end):
                continue
            if cue == "代表" and text.startswith(("的", "团"), found.end):
                continue  # A代表B的利益
            for obj in found.spans:
                sink.add(view, span, "onBehalfOf", obj, cue)


# --- rule: memberOf -------------------------------------------------------------------------

_MEMBER_BY = re.compile(r"(?:的)?(?:成员国?)?由")
_MEMBER_END = re.compile(r"(?:等(?:\d+个)?(?:国家|成员国)?)?(?:共同)?(?:组成|构成)")
_MEMBERS_ARE = re.compile(r"(?:的)?(?:成员国?|成员国家)(?:为|是|包括|有)?:?")
_IS_MEMBER_OF = re.compile(r"(?:均|都|也|亦)?(?:是|为)")
_MEMBER_NOUN = re.compile(r"(?:的)?(?:成员国?|成员国家|成员方)")
_MEMBER_NOUN_CLOSE = re.compile(r"(?:的)?(?:成员国?|成员国家|成员方)\)")


def rule_members(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    text = view.text
    for group in view.spans:
        if group.cls not in ("group", "organization"):
            continue
        q = FOOTNOTE.match(text, group.end).end()
        by = _MEMBER_BY.match(text, q)
        if by is not None:
            # G由A、B和C组成; a footnote may lose the 组成 in translation (G由A和B。)
            close = _MEMBER_END.search(text, by.end())
            stop = text.find("。", by.end())
            end = min(e for e in (close.start() if close else -1, stop, len(text)) if e != -1)
            cue = close.group() if close is not None and close.start() == end else "由"
            members = items_in(view, by.end(), end)
            if members and all(m.span.cls == "state" for m in members):
                for m in members:
                    sink.add(view, m.span, "memberOf", group, cue)
            continue
        are = _MEMBERS_ARE.match(text, q)
        if are is not None and are.end() > q:
            # G成员国为A、B和C; G成员国A和B
            found = list_after(view, are.end())
            if found is not None:
                for span in found.spans:
                    sink.add(view, span, "memberOf", group, "成员")
                continue
            q = are.end()
        close = view.bracket_end(q)
        if close != -1:
            # G(A、B和C): a bracket that holds only states, two at least
            members = items_in(view, q + 1, close - 1)
            whole = len(members) == len(split_items(view, q + 1, close - 1))
            if len(members) >= 2 and whole and all(m.span.cls == "state" for m in members):
                for m in members:
                    sink.add(view, m.span, "memberOf", group, "成员")
        if text[group.start - 1 : group.start] == "(" and _MEMBER_NOUN_CLOSE.match(text, group.end):
            # A、B和C(G成员国)
            found = list_ending_at(view, group.start - 1)
            if found is not None:
                for span in found.spans:
                    sink.add(view, span, "memberOf", group, "成员")
        if _MEMBER_NOUN.match(text, group.end):
            # A和B是G的成员
            found = list_ending_at(view, group.start, _IS_MEMBER_OF)
            if found is not None and found.end < group.start:
                for span in found.spans:
                    sink.add(view, span, "memberOf", group, "成员")


# --- rule: submitted --------------------------------------------------------------------------

_SUBMIT_REL = re.compile(r"(?:共同|联合)?(?:提交|提出)的")
_SUBMIT_REL_GAP = re.compile(r"(?:代表团|政府|成员国)?(?:的名义|名义)?(?:共同|联合)?")
_SUBMIT_ACT = re.compile(r"(?:共同|联合)?(?:提交|提出|介绍|分发)了")
# 日本代表介绍了决议草案A/C.1/60/L.12: the representative introduces the paper for the state
_SUBMIT_ACT_GAP = re.compile(r"(?:代表团|代表|政府)?(?:的名义|名义)?(?:也|还|已|已经|均|都|共同)?")
_SUBMIT_BRACKET = re.compile(r"(?:号文件)?[,;]\s*(?:由)?")
_SUBMIT_BRACKET_END = re.compile(r"(?:共同|联合)?(?:提交|提出)\)")
_SUBMIT_PASSIVE = re.compile(r"(?:号文件)?(?:是|系)?由")
_SUBMIT_PASSIVE_END = re.compile(r"(?:共同|联合)?(?:提交|提出)")
# a document named after these is where something is, not what was submitted
_DOC_CIRCUMSTANCE = re.compile(r"(?:基于|根据|按照|依照|参照|关于|载于|见|在|于|对)[《“]?$")


def _end_outside_quotes(text: str, start: int) -> int:
    """The first clause end (``,;。``) after ``start`` that is not inside a quoted title."""
    quoted = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "“《":
            quoted += 1
        elif ch in "”》":
            quoted = max(0, quoted - 1)
        elif ch in ",;。" and not quoted:
            return i
    return len(text)


def _quoted_length(text: str, start: int, end: int) -> int:
    """How many characters of ``text[start:end]`` stand in quotes: a title (题为“……”的决议草案)
    does not push the paper it names out of reach."""
    return sum(len(m.group()) for m in _QUOTED.finditer(text, start, end))


_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》")


def _document_after(view: SentenceView, start: int, limit: int) -> Span | None:
    """The first document named within ``limit`` characters after ``start``."""
    for span in view.spans_between(start, min(len(view.text), start + limit)):
        if span.cls == "document":
            if _DOC_CIRCUMSTANCE.search(view.text, start, span.start):
                return None
            return span
    return None


_SUBMIT_HINT = re.compile(r"提交|提出|介绍|分发")


def rule_submitted(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    text = view.text
    if not _SUBMIT_HINT.search(text) and not any(span.cls == "document" for span in view.spans):
        return  # most sentences: no paper and no verb of submitting
    for m in _SUBMIT_REL.finditer(text):
        # A和B提出的工作文件:……(X/1)
        if view.inside_span(m.start()):
            continue
        found = list_ending_at(view, m.start(), _SUBMIT_REL_GAP)
        if found is None:
            continue
        # 委员会收到了A提交的……: whatever precedes, A submitted (unless A is represented)
        agents = _agents(view, found) or (
            None if _BEHALF_LEAD.search(text, 0, found.start) else found
        )
        if agents is None:
            continue
        nxt = _SUBMIT_REL.search(text, m.end())
        stop = text.find(";", m.end())
        end = min(e for e in (nxt.start() if nxt else -1, stop, len(text)) if e != -1)
        cue = m.group().rstrip("的")
        doc = _document_after(view, m.end(), min(end - m.end(), 160))
        if doc is not None:
            for span in agents.spans:
                sink.add(view, span, "submitted", doc, cue)
        elif OWN_PAPER_TITLE.fullmatch(text) and _opens_title(view, agents.start):
            # the title line of a working paper: 日本提交的工作文件
            for span in agents.spans:
                sink.add(view, span, "submitted", ctx.doc_ref, cue)
    for m in _SUBMIT_ACT.finditer(text):
        # A提交了X/1
        if view.inside_span(m.start()):
            continue
        found = list_ending_at(view, m.start(), _SUBMIT_ACT_GAP)
        agents = _agents(view, found) if found is not None else None
        if agents is None:
            continue
        end = _end_outside_quotes(text, m.end())
        doc = _document_after(view, m.end(), min(80 + _quoted_length(text, m.end(), end), end - m.end()))
        if doc is not None:
            for span in agents.spans:
                sink.add(view, span, "submitted", doc, m.group().rstrip("了"))
    for doc in view.spans:
        if doc.cls != "document":
            continue
        lead = _SUBMIT_BRACKET.match(text, doc.end)
        if lead is not None and doc.start > 0 and text[doc.start - 1] == "(":
            # (X/1, A提交)
            found = list_after(view, lead.end())
            if found is not None and _SUBMIT_BRACKET_END.match(text, found.end):
                for span in found.spans:
                    sink.add(view, span, "submitted", doc, "提交")
            continue
        lead = _SUBMIT_PASSIVE.match(text, doc.end)
        if lead is not None:
            # X/1号文件由A提交
            found = list_after(view, lead.end())
            if found is not None and _SUBMIT_PASSIVE_END.match(text, found.end):
                for span in found.spans:
                    sink.add(view, span, "submitted", doc, "提交")


def _opens_title(view: SentenceView, pos: int) -> bool:
    """Whether only a list marker or the treaty of a group's name (``不扩散核武器条约`` in
    ``不扩散核武器条约不结盟缔约国集团``) stands before ``pos``."""
    start = lead_end(view.text)
    for span in view.spans_between(start, pos):
        if span.start != start or span.cls != "treaty":
            return False
        start = span.end
    return start == pos
