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
    analyse_gap,
    find_subject,
    inherited_subject,
    is_verb,
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
