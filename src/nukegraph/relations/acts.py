"""Treaty acts: signed, ratified, acceded (and their negations)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import DocumentContext
from .sink import StatementSink
from .text import (
    NameList,
    SentenceView,
    Span,
    after_name,
    analyse_gap,
    find_subject,
    inherited_subject,
    is_verb,
    items_in,
    list_after,
    opens_clause,
)

# --- rule: treaty acts ---------------------------------------------------------------------

_CHAIN = re.compile(r"了?(?:并且|并|和|及|、|且|但是|但|而|却|或)")
_SHARED_NEGATION = frozenset({"和", "及", "、", "或"})  # 尚未签署和批准: both are negated
_ACT_ASPECT = re.compile(r"(?:了|过)?")
_ACT_DETERMINER = re.compile(r"(?:经修正的|这项|这一|上述|该|此)")
_ACT_INHERIT = re.compile(r",?(?:并且|并|随后|之后|此后|后来|还|也|又|同时|但是|但|而|却)")
_ACT_SUBJECTS = frozenset({"state", "group", "holder"})  # found, then the sink keeps states


@dataclass(frozen=True)
class _Link:
    """How a verb joins the verb before it (签署并批准, 已签署但尚未批准, 未签署和批准)."""

    negative: bool
    irrealis: bool
    shares_negation: bool


def _chains(view: SentenceView, cues: list[re.Match[str]]) -> list[list[tuple[re.Match[str], _Link | None]]]:
    """Act verbs grouped into chains that share a subject and an object."""
    chains: list[list[tuple[re.Match[str], _Link | None]]] = []
    for m in cues:
        if chains:
            last = chains[-1][-1][0]
            link = _CHAIN.match(view.text, last.end(), m.start())
            gap = analyse_gap(view, link.end(), m.start(), frames=False) if link else None
            if link is not None and gap is not None and not gap.objects:
                shared = link.group().lstrip("了") in _SHARED_NEGATION
                chains[-1].append((m, _Link(gap.negative, gap.irrealis, shared)))
                continue
        chains.append([(m, None)])
    return chains


def rule_treaty_acts(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    lex = view.lexicon
    classes = {s.cls for s in view.spans}
    if "state" not in classes or classes.isdisjoint(("treaty", "group", "organization")):
        return  # a state signs a treaty (or joins a group): jieba is not woken for less
    cues = [m for m in view.occurrences("act") if is_verb(view, m)]
    previous: tuple[NameList, int] | None = None  # subject and end of the last act's objects
    for chain in _chains(view, cues):
        head = chain[0][0]
        found = find_subject(view, head.start(), _ACT_SUBJECTS, frames=False)
        if found is not None:
            subject, gap = found
            if gap.irrealis or not opens_clause(view, subject.start):
                continue
            negative = gap.negative or _negated_before(view, subject.start)
        else:
            # A于1996年签署了《T》,并于2000年批准了该条约; A是……缔约国,并加入了《T》
            inherited = inherited_subject(
                view, head.start(), previous[0] if previous else None, _ACT_INHERIT, _ACT_SUBJECTS
            )
            if inherited is None or inherited[1].irrealis:
                continue
            subject, negative = inherited[0], inherited[1].negative
        objects, end = _act_objects(view, chain[-1][0].end())
        if not objects:
            continue
        previous = (subject, end)
        for m, link in chain:
            if link is not None:
                if link.irrealis:
                    continue
                negative = link.negative or (negative and link.shares_negation)
            predicate = lex.value("act", m.group())
            assert predicate is not None
            polarity = "negative" if negative else "positive"
            for obj in objects:
                for subj in subject.spans:
                    if obj.cls == "treaty":
                        sink.add(view, subj, predicate, obj, m.group(), polarity)
                    elif predicate == "acceded" and polarity == "positive":
                        sink.add(view, subj, "memberOf", obj, m.group())  # 加入了G


# 《T》又得到了一个国家(黑山)的签署和13个国家(安道尔、亚美尼亚……)的批准: the passive form of
# the reports that count signatures and ratifications. A count without names gives nothing,
# and 尚未得到 / 需要得到 / 将得到 do not match the lead.
_PASSIVE_LEAD = re.compile(r"(?:又|还|也|已|已经|先后)*(?:得到|获得)了?")
_PASSIVE_COUNT = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:国家|缔约国|会员国|签署国)?")
_PASSIVE_ACT = re.compile(r"的(?P<act>签署|签字|批准|核准|加入)")
_PASSIVE_NEXT = re.compile(r"(?:和|及|以及|、|,)")


def rule_passive_acts(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    lex = view.lexicon
    text = view.text
    if "得到" not in text and "获得" not in text:
        return
    for treaty in view.spans:
        if treaty.cls != "treaty":
            continue
        lead = _PASSIVE_LEAD.match(text, after_name(view, treaty))
        if lead is None:
            continue
        pos = lead.end()
        while True:
            count = _PASSIVE_COUNT.match(text, pos)
            pos = count.end() if count else pos
            if text.startswith("(", pos):
                close = view.bracket_end(pos)
                if close == -1:
                    break
                states, pos = [item.span for item in items_in(view, pos + 1, close - 1)], close
            else:
                found = list_after(view, pos)
                if found is None:
                    if count is None:
                        break
                    states = []  # 138个国家的批准: how many, not who
                else:
                    states, pos = found.spans, found.end
            act = _PASSIVE_ACT.match(text, pos)
            if act is None:
                break
            predicate = lex.value("act", act.group("act"))
            assert predicate is not None
            for state in states:
                if state.cls == "state":
                    sink.add(view, state, predicate, treaty, act.group("act"))
            nxt = _PASSIVE_NEXT.match(text, act.end())
            if nxt is None:
                break
            pos = nxt.end()



def _negated_before(view: SentenceView, subject_start: int) -> bool:
    """并非所有……都已批准: a negation standing before the subject."""
    return view.text[max(0, subject_start - 3) : subject_start].endswith(("并非", "不是"))


def _act_objects(view: SentenceView, pos: int) -> tuple[list[Span], int]:
    """Treaties named right after an act verb (``批准了《A》和《B》``), protocols excluded."""
    text = view.text
    start = _ACT_ASPECT.match(text, pos).end()
    found = list_after(view, start)
    if found is None:
        det = _ACT_DETERMINER.match(text, start)
        found = list_after(view, det.end()) if det else None
    if found is None:
        return [], pos
    protocol = view.lexicon.pattern("protocol_tail")
    if protocol.match(text, found.end):
        return [], found.end  # 批准了《A》、《B》及《C》相关议定书: the protocols, not A, B or C
    objects = [item.span for item in found.items if not protocol.match(text, item.end)]
    return objects, found.end
