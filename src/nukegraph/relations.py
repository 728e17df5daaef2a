"""Relations and positions between the entities of one document (``ng:Statement``).

The rules read one sentence at a time, in its normalized text, with the mentions of the matcher
as atomic spans (:mod:`nukegraph.relation_text`). Before the rules run, a few pseudo-spans are
added: ``本国`` / ``我国`` inside a government's reply section (or a state's own working paper)
stand for that state, ``该《条约》`` / ``《条约》`` for the treaty named just before, and for
stances the unnamed holders (``一些代表团``, ``所有核武器国家``).

Each rule is sure of one construction rather than broad:
- ``发言者:A、B(代表C)和D``, ``下列国家的代表作了发言:……``, ``A和B也作了发言`` -> ``spokeIn``;
- ``A(代表B、C)``, ``A代表团代表B``, ``A以B的名义`` -> ``onBehalfOf``;
- ``G由A、B和C组成``, ``G(A、B和C)``, ``A是G的成员`` -> ``memberOf``;
- ``A和B提出的工作文件……(X/1)``, ``(X/1, A提交)``, ``A提交了X/1`` -> ``submitted``;
- ``A已签署并批准了《T》`` -> ``signed`` / ``ratified`` / ``acceded``, with 尚未, 没有, 拒绝
  giving ``polarity "negative"`` and 应, 将, 敦促A giving nothing;
- ``A支持/欢迎/反对……O`` -> ``supports`` / ``opposes`` (``A不支持O``: negative ``supports``).
Cue words are data (``data/relation_cues.tsv``, :mod:`nukegraph.relation_lexicon`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .records import AnonymousHolder, EntityRef, Statement
from .relation_context import (
    OWN_PAPER_TITLE,
    DocumentContext,
    DocumentReader,
    opens_paragraph,
    own_actor,
    transmits,
)
from .relation_lexicon import load_cues
from .relation_text import (
    DATE,
    FOOTNOTE,
    LIST_MARKER,
    SUFFIX,
    Gap,
    NameList,
    SentenceView,
    Span,
    Word,
    analyse_gap,
    find_subject,
    is_verb,
    items_in,
    list_after,
    list_ending_at,
    opens_clause,
    split_items,
)

# --- the contract's domains -----------------------------------------------------------------

ACTORS = frozenset({"state", "organization", "group"})
STANCE_OBJECTS = frozenset({"treaty", "topic", "resolution", "document", "organization"})
TREATY_ACT_SUBJECTS = frozenset({"state"})
DOMAINS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "supports": (ACTORS, STANCE_OBJECTS),
    "opposes": (ACTORS, STANCE_OBJECTS),
    "submitted": (ACTORS, frozenset({"document"})),
    # the contract's own example, 代表欧洲联盟, has an organization as object
    "onBehalfOf": (frozenset({"state", "organization"}), ACTORS),
    "memberOf": (frozenset({"state"}), frozenset({"group", "organization"})),
    "signed": (TREATY_ACT_SUBJECTS, frozenset({"treaty"})),
    "ratified": (TREATY_ACT_SUBJECTS, frozenset({"treaty"})),
    "acceded": (TREATY_ACT_SUBJECTS, frozenset({"treaty"})),
    "spokeIn": (ACTORS, frozenset({"document"})),
}
HOLDER_PREDICATES = frozenset({"supports", "opposes"})  # positions, not acts, have unnamed holders


class StatementSink:
    """Collects statements, enforces the contract's domains, drops repeats within a sentence."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.statements: list[Statement] = []
        self.open_call: OpenCall | None = None  # a call whose sub-items (a), (b)... follow
        self._seen: set[tuple[object, ...]] = set()

    def add(
        self,
        view: SentenceView,
        subject: Span,
        predicate: str,
        obj: Span | EntityRef,
        cue: str,
        polarity: str = "positive",
        evidence: tuple[int, int] | None = None,
    ) -> None:
        """Keep the statement if the contract allows it; ``evidence`` (raw offsets) replaces the
        sentence as evidence where the sentence is longer than the paragraph that says it."""
        subjects, objects = DOMAINS[predicate]
        obj_ref = obj.ref if isinstance(obj, Span) else obj
        if isinstance(subject.ref, AnonymousHolder):
            if predicate not in HOLDER_PREDICATES:
                return
        elif subject.ref.cls not in subjects:
            return
        if not isinstance(obj_ref, EntityRef) or obj_ref.cls not in objects:
            return
        if obj_ref == subject.ref:
            return  # 马来西亚(代表哥斯达黎加和马来西亚)
        start, end = evidence or (view.sentence.start, view.sentence.end)
        key = (subject.ref, predicate, obj_ref, start)
        if key in self._seen:
            return
        self._seen.add(key)
        self.statements.append(
            Statement(
                subject=subject.ref,
                predicate=predicate,
                object=obj_ref,
                evidence=self.ctx.source.text[start:end],
                start=start,
                end=end,
                cue=cue,
                polarity=polarity,
            )
        )

    def raw_span(self, view: SentenceView, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of ``view.text[start:end]``."""
        base = view.sentence.norm_start
        return self.ctx.norm.raw_span(base + start, base + end)


# --- the document reader --------------------------------------------------------------------


def extract_statements(ctx: DocumentContext) -> list[Statement]:
    """Every statement the rules can read in the document."""
    lexicon = load_cues()
    sink = StatementSink(ctx)
    reader = DocumentReader(ctx, lexicon, own=own_actor(ctx), transmittal=transmits(ctx))
    mention_starts = [m.norm_start for m in ctx.mentions]
    for index, sentence in enumerate(ctx.sentences):
        lo = bisect.bisect_left(mention_starts, sentence.norm_start)
        hi = bisect.bisect_left(mention_starts, sentence.norm_end)
        mentions = [m for m in ctx.mentions[lo:hi] if m.norm_end <= sentence.norm_end]
        spans = [
            Span(m.norm_start - sentence.norm_start, m.norm_end - sentence.norm_start, m.ref)
            for m in mentions
        ]
        frame = reader.frame(index, sentence, spans)
        view = SentenceView(sentence, spans + frame.spans, lexicon, frame.authors)
        # every rule reads names; a sentence without any can only end a call's list of items,
        # which the stance rule sees first
        for rule in RULES if view.spans else (rule_stances,):
            rule(view, ctx, sink)
        reader.done(sentence, mentions)
    return sink.statements


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
    start = _lead_end(view.text)
    for span in view.spans_between(start, pos):
        if span.start != start or span.cls != "treaty":
            return False
        start = span.end
    return start == pos


def _lead_end(text: str) -> int:
    lead = LIST_MARKER.match(text)
    return lead.end() if lead else 0


# --- rule: treaty acts ---------------------------------------------------------------------

_CHAIN = re.compile(r"了?(?:并且|并|和|及|、|且|但是|但|而|却|或)")
_SHARED_NEGATION = frozenset({"和", "及", "、", "或"})  # 尚未签署和批准: both are negated
_ACT_ASPECT = re.compile(r"(?:了|过)?")
_ACT_DETERMINER = re.compile(r"(?:经修正的|这项|这一|上述|该|此)")
_ACT_INHERIT = re.compile(r",?(?:并且|并|随后|之后|此后|后来|还|也|又|同时|但是|但|而|却)")
_CONCESSIVE = re.compile(r"尽管|虽然|虽")  # 尽管A……,但……: A is the subject after 但
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
            inherited = _inherited_subject(
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
        lead = _PASSIVE_LEAD.match(text, _after_name(view, treaty))
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


def _inherited_subject(
    view: SentenceView,
    cue_start: int,
    previous: NameList | None,
    link_rx: re.Pattern[str],
    classes: frozenset[str],
) -> tuple[NameList, Gap] | None:
    """The subject of a verb whose clause has none: ``……,并批准了《T》`` continues the
    previous verb's subject, or else the names that open the sentence."""
    text = view.text
    comma = text.rfind(",", 0, cue_start)
    while comma != -1 and view.depth[comma] != view.depth[cue_start]:
        comma = text.rfind(",", 0, comma)
    link = link_rx.match(text, comma, cue_start) if comma != -1 else None
    gap = analyse_gap(view, link.end(), cue_start, frames=False) if link else None
    if gap is None:
        return None
    if previous is not None and previous.end <= comma:
        return previous, gap
    start = _lead_end(text)
    concessive = _CONCESSIVE.match(text, start)
    opening = list_after(view, concessive.end() if concessive else start, comma)
    if opening is None or any(s.cls not in classes for s in opening.spans):
        return None
    return opening, gap


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


# --- rule: stances -----------------------------------------------------------------------------

_STANCE_INHERIT = re.compile(r",?(?:并且|并|同时|还|也|又|而且|但是|但|却)")
_STANCE_CONTINUES = re.compile(r",?(?:并且|并|同时|还|也|又|而且)?")
_STANCE_SUBJECTS = ACTORS | {"holder"}
_LIST_WORDS = frozenset({"、", "和", "及", "与", "以及", "或"})
_PHRASE_GOES_ON = re.compile(r"、|和|及|与|以及|或|并|而|以|从而|以便|同时|[,;:。)]|$")
_NEGATION_REACH = 3  # words between 不/停止/禁止 and an object it negates (不进行核试验)
# a call to refrain from an activity opposes it: 呼吁不进行核试验, 停止核试验, 放弃核威慑
_REFRAIN = frozenset({"不", "不再", "停止", "暂停", "放弃"})
_REFRAIN_VERBS = frozenset({"进行", "开展", "从事", "再"})


def _refrains_from(words: list[Word], negated_at: int, i: int, span: Span) -> bool:
    """Whether ``words[negated_at]`` asks to refrain from the topic at ``words[i]`` itself (not
    from doing something to it: 停止生产裂变材料 names what is produced, not an activity)."""
    return (
        span.cls == "topic"
        and words[negated_at].text in _REFRAIN
        and all(w.span is None and w.text in _REFRAIN_VERBS for w in words[negated_at + 1 : i])
    )
# what a praised actor did: 赞扬1540委员会作出的贡献, 认可委员会已经完成的工作
_WORK_OF = re.compile(
    r"(?:在[^,;:。]{1,20}?(?:方面|中))?(?:已经|已|所|为此)?"
    r"(?:作出|做出|所作|所做|完成|开展|进行)(?:了)?的?(?:工作|努力|贡献|成就|成绩)"
)
# the role an emphasised actor plays: 重申裁军谈判会议作为……论坛应发挥的作用
_ROLE = re.compile(r"作为|在")
# progress made on a topic: 在核裁军(和常规裁军)方面取得的进展
_PROGRESS_IN = re.compile(
    r"(?:(?:和|及|与)[^,;:。]{1,10}?)?(?:方面|领域)(?:所|已经|已)?取得(?:了)?的?(?:重大|显著|积极|实质性|切实)?(?:进展|成就|成果)"
)
# states that have not joined what a call names: 呼吁尚未加入《条约》的国家立即加入
_RELATIVE_STATES = re.compile(
    r"(?:缔约国|缔约方)?的(?:所有|其他|其余|各)?(?:国家|缔约国|会员国|成员国|各国|国)"
)
_RELATIVE_ACTS = frozenset(
    {"加入", "签署", "批准", "签署和批准", "签署和(或)批准", "遵守", "执行", "成为"}
)
# where the object of an opposition may end: 谴责核试验, 反对核试验的行为 (but 质疑……消极安全
# 保证文书: opposing an instrument on a topic is no opposition to the topic)
_OPPOSED_HEAD = re.compile(r"的?(?:行为|活动)")
_ASPECT = re.compile(r"(?:了|过)?[《“]?")
_DISPOSAL = frozenset({"将", "把"})
_QUOTES = '“”"‘’… '
# the verb of a disposal: what follows it is where the thing goes (置于保障监督之下)
_DISPOSAL_ENDS = frozenset(
    ["置于", "列为", "作为", "纳入", "列入", "交给", "交由", "提交", "视为", "定义为", "用于"]
)
_TREATY_APPOSITION = re.compile(r"(?:各项?|等)(?:条约|公约|文书)?")
_APPOSITION = frozenset({"各", "各项", "等", "条约", "公约", "文书"})
_SUB_ITEM = re.compile(r"\s*[“\"]?\s*\(?(?:[a-z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})\)")
# a call whose items follow: 呼吁核武器国家采取以下早期步骤: (not 就以下问题提出意见)
_LISTS_FOLLOW = re.compile(r"(?:以下|下列)[^,;:。]{0,6}(?:步骤|措施|行动|做法)[:;]?$")


@dataclass(frozen=True)
class _Cue:
    """A stance cue: a verb (``支持``), or an emphasis verb whose object ends in an importance
    phrase (``强调X的重要性``, objects before ``limit``)."""

    start: int
    end: int
    word: str
    predicate: str
    limit: int | None = None


@dataclass(frozen=True)
class _Holder:
    """Who holds a stance: names (or an unnamed holder), or a resolution's organ."""

    spans: list[Span]
    gap: Gap
    names: NameList | None  # None for an organ heading its resolution
    evidence: tuple[int, int] | None = None  # the paragraph, in the sentence


@dataclass(frozen=True)
class OpenCall:
    """A call whose objects its sub-items list: ``呼吁……采取以下步骤:(a)……;(b)……``."""

    subjects: tuple[Span, ...]
    predicate: str
    cue: str
    raw_start: int


def rule_stances(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    lex = view.lexicon
    _continue_call(view, sink)
    if not view.spans:
        return  # a stance needs an object mention
    if not lex.pattern("stance").search(view.text) and not lex.pattern("emphasis").search(
        view.text
    ):
        return
    # and a subject: an actor, a holder or the organ whose resolution this is (every way to a
    # stance's holder starts from one of them)
    authored = any(ref is not None for _, ref in view.authors)
    if (
        not authored
        and (len(view.spans) == 1 or not any(s.cls in ACTORS for s in view.spans))
        and not lex.pattern("holder_phrase").search(view.text)
    ):
        return
    # and an object: a name of an object class, or the steps a call lists next (以下步骤:)
    if not any(s.cls in STANCE_OBJECTS for s in view.spans) and not (
        "以下" in view.text or "下列" in view.text
    ):
        return
    view = _with_holders(view, ctx)
    cues = _stance_cues(view)
    holders: dict[int, _Holder] = {}
    previous: NameList | None = None  # A反对X,并支持Y: 支持 shares A
    for cue in cues:
        holder = _stance_holder(view, cue, previous)
        previous = holder.names if holder is not None else None
        if holder is not None:
            holders[cue.start] = holder
    for cue in cues:
        holder = holders.get(cue.start)
        if holder is None or holder.gap.irrealis:
            continue
        # the objects end where another holder's stance, or an opposite one, begins
        stops = {c.start for c in cues if c.start in holders or c.predicate != cue.predicate}
        stops.discard(cue.start)
        limit = cue.limit
        if holder.evidence is not None:
            limit = min(limit or len(view.text), holder.evidence[1])
        objects = list(holder.gap.objects) or _stance_objects(view, cue, stops, limit)
        if cue.word in lex.words("pledge"):
            objects += _further_pledges(view, cue, {c.start for c in cues}, limit)
        evidence = sink.raw_span(view, *holder.evidence) if holder.evidence else None
        polarity = "negative" if holder.gap.negative else "positive"
        for obj in objects:
            if obj.cls in STANCE_OBJECTS:
                predicate = "opposes" if obj.kind == "refrained" else cue.predicate
                for subj in holder.spans:
                    sink.add(view, subj, predicate, obj, cue.word, polarity, evidence)
        if not objects and _LISTS_FOLLOW.search(view.text, 0, limit or len(view.text)):
            start = holder.evidence[0] if holder.evidence else 0
            raw_start = sink.raw_span(view, start, start + 1)[0]
            sink.open_call = OpenCall(tuple(holder.spans), cue.predicate, cue.word, raw_start)


def _stance_cues(view: SentenceView) -> list[_Cue]:
    """Stance verbs, and emphasis verbs with an importance phrase in their clause."""
    lex = view.lexicon
    cues = []
    for m in view.occurrences("stance"):
        if is_verb(view, m):
            predicate = lex.value("stance", m.group())
            assert predicate is not None
            cues.append(_Cue(m.start(), m.end(), m.group(), predicate))
    for m in view.occurrences("emphasis"):
        if any(c.start <= m.start() < c.end for c in cues):
            continue
        end = _clause_end(view, m.end())
        if end == m.end() and view.text.startswith(",", end):
            end = _clause_end(view, end + 1)  # 安理会重申,《A》和《B》极为重要
        importance = lex.pattern("importance_phrase").search(view.text, m.end(), end)
        if importance is not None and importance.start() > m.end() and is_verb(view, m):
            cues.append(_Cue(m.start(), m.end(), m.group(), "supports", importance.start()))
    return sorted(cues, key=lambda c: c.start)


def _further_pledges(
    view: SentenceView, cue: _Cue, cue_starts: set[int], limit: int | None
) -> list[Span]:
    """The objects of the pledges a commitment goes on to list after commas, each clause opening
    with a pledge word (``承诺不首先使用核武器,无条件不对……使用或威胁使用核武器``); a clause
    holding a stance verb of its own, or opening otherwise, ends the list."""
    text = view.text
    lex = view.lexicon
    end = len(text) if limit is None else limit
    for stop in ";。:":
        found = text.find(stop, cue.end, end)
        end = found if found != -1 else end
    out: list[Span] = []
    comma = _clause_end(view, cue.end)  # before end, only a comma can end a clause
    while comma < end:
        start = comma + 1
        clause_end = min(_clause_end(view, start), end)
        if not lex.pattern("pledge_clause").match(text, start) or any(
            start <= c < clause_end for c in cue_starts
        ):
            break
        out += _stance_objects(view, _Cue(start, start, cue.word, cue.predicate), set(), clause_end)
        comma = clause_end
    return out


def _clause_end(view: SentenceView, pos: int) -> int:
    """The end of the clause holding ``pos`` (its comma, semicolon or full stop, at its depth)."""
    depth = view.depth[pos]
    for i in range(pos, len(view.text)):
        if view.text[i] in ",;:。" and view.depth[i] == depth:
            return i
    return len(view.text)


def _stance_holder(view: SentenceView, cue: _Cue, previous: NameList | None) -> _Holder | None:
    """Who holds the stance of ``cue``: its subject, the subject it shares with the stance
    before it, or the organ whose resolution paragraph it opens (``大会,……呼吁……``)."""
    found = find_subject(view, cue.start, _STANCE_SUBJECTS, frames=True)
    if found is not None and not opens_clause(view, found[0].start):
        found = None
    elif found is None:
        # A反对X,并支持Y; A一贯反对X,支持Y (a bare comma only after A's own stance)
        link_rx = _STANCE_CONTINUES if previous is not None else _STANCE_INHERIT
        found = _inherited_subject(view, cue.start, previous, link_rx, _STANCE_SUBJECTS)
    if found is not None:
        return _Holder(found[0].spans, found[1], found[0])
    author = view.author_at(cue.start)
    if author is None:
        return None
    if _decided_content(view, cue.start):
        return None  # 5. 决定委员会应加紧努力,推动……: what is decided, not the organ's stance
    gap = analyse_gap(view, _paragraph_clause_start(view, cue.start), cue.start, frames=False)
    if gap is None:
        return None  # the verb does not open its clause: someone else's (回顾审议大会呼吁……)
    organ = Span(cue.start, cue.start, author, "author")
    return _Holder([organ], gap, None, _paragraph(view, cue.start))


def _decided_content(view: SentenceView, pos: int) -> bool:
    """Whether ``pos`` stands after the opening verb of a resolution paragraph that takes no
    stance (``决定``, ``请``, ``注意到``): later clauses say what is decided, asked or noted."""
    lex = view.lexicon
    text = view.text
    start = _paragraph(view, pos)[0]
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


def _paragraph_clause_start(view: SentenceView, pos: int) -> int:
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


def _paragraph(view: SentenceView, pos: int) -> tuple[int, int]:
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


def _continue_call(view: SentenceView, sink: StatementSink) -> None:
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
    cue = _Cue(item.end(), item.end(), call.cue, call.predicate)
    raw_end = sink.raw_span(view, 0, end)[1]
    for obj in _stance_objects(view, cue, set(), end):
        predicate = "opposes" if obj.kind == "refrained" else call.predicate
        for subj in call.subjects:
            sink.add(view, subj, predicate, obj, call.cue, evidence=(call.raw_start, raw_end))


def _stance_objects(
    view: SentenceView, cue: _Cue, stops: set[int], limit: int | None
) -> list[Span]:
    """The object of a stance verb and the objects listed with it.

    The object is the first entity that heads its phrase, up to three clauses on
    (``呼吁,在……框架内,根据……,尽早谈判《禁产条约》``) and before ``limit``; entities after a
    preposition (``根据《A》、《B》建立的……``), possessors (``A的``) and modifiers
    (``《不扩散条约》审议大会``) are passed over, and an object negated just before
    (``不进行核试验``) gives nothing. Praise takes what an actor did (``赞扬委员会作出的贡献``),
    a call the treaty that states have not joined (``呼吁尚未加入《T》的国家……``), an emphasis an
    actor's role (``重申裁军谈判会议作为……应发挥的作用``).
    """
    lex = view.lexicon
    text = view.text
    pos = cue.end
    end = min([i for i in (text.find(ch, pos) for ch in ";。:") if i != -1] + [len(text)])
    if limit is not None:
        end = min(end, limit)
    words = view.words(pos, end)
    depth = view.depth[pos]
    clauses = 0
    prev = ""
    in_circumstance = False
    circumstance_end = -1
    disposal = False
    negated_at: int | None = None
    praise = cue.word in lex.words("factive")
    call = cue.word in lex.words("urge")
    for i, word in enumerate(words):
        if word.pos in stops:
            return []  # another stance begins: the objects from here are its own
        if view.depth[word.pos] != depth:
            continue
        span = word.span
        if span is None:
            if word.text in _DISPOSAL:
                disposal = True  # 呼吁将裂变材料……置于保障监督之下: what is acted on
            if word.text == "," or word.text in _DISPOSAL_ENDS:
                disposal = False
                clauses += 1
                negated_at = None
                nxt = words[i + 1].text if i + 1 < len(words) else ""
                if clauses > 3 or nxt in lex.words("contrast"):
                    return []
            elif word.text in lex.words("object_negator"):
                negated_at = i
            if word.text not in _LIST_WORDS:
                in_circumstance = False
            prev = word.text
            continue
        if disposal:
            prev = word.text
            continue
        if (
            prev == "在"
            and cue.predicate == "supports"
            and span.cls == "topic"
            and _PROGRESS_IN.match(text, _after_name(view, span))
            and negated_at is None
        ):
            return [span]  # 欢迎在核裁军方面取得的进展: the progress welcomed is the topic's
        if (
            prev in lex.words("preposition")
            or (in_circumstance and prev in _LIST_WORDS)
            or span.start == circumstance_end  # 根据联大第48/75L号决议: both are the basis
        ):
            in_circumstance = True
            circumstance_end = span.end
            prev = word.text
            continue
        in_circumstance = False
        after_act = prev in _RELATIVE_ACTS
        prev = word.text
        if span.cls not in STANCE_OBJECTS:
            continue
        heads = _heads_phrase(view, span, end, nouns=cue.predicate != "opposes")
        after = _after_name(view, span)
        if not heads and praise:
            heads = bool(_WORK_OF.match(text, after))
        relative = False  # 呼吁还没有成为《T》缔约国的国家: the negation is the states', not T's
        if not heads and call and after_act and span.cls == "treaty":
            heads = relative = bool(_RELATIVE_STATES.match(text, after))
        if not heads and cue.limit is not None:
            heads = bool(_ROLE.match(text, after))
        if not heads:
            continue
        if negated_at is not None and i - negated_at <= _NEGATION_REACH and not relative:
            if cue.predicate == "supports" and _refrains_from(words, negated_at, i, span):
                return [span._replace(kind="refrained")]  # 呼吁各国不进行核试验: against testing
            return []  # 呼吁停止生产裂变材料: no support for what is named, and no stance either
        listed = list_after(view, span.start)
        if listed is not None and not relative and lex.pattern("protocol_tail").match(text, listed.end):
            return []  # 支持《A》、《B》相关议定书: the protocols, not A or B
        nouns = cue.predicate != "opposes"
        found = [span, *_listed_after(view, words, i, end, nouns)]
        return found + _joined_after(view, words, i, end, stops, nouns)
    return []


_JOINED = frozenset({"并", "并且"})
_JOINED_PREPOSITIONS = frozenset({"就", "对"})


def _joined_after(
    view: SentenceView, words: list[Word], i: int, limit: int, stops: set[int], nouns: bool
) -> list[Span]:
    """Objects of a second verb phrase under the same cue: ``呼吁……使《A》生效,并就《B》展开谈判``
    (``并``, ``就`` or ``对``, then the object heading its phrase)."""
    out = []
    depth = view.depth[words[i].pos]
    for j in range(i + 1, len(words) - 1):
        if words[j].pos in stops:
            break  # another stance begins
        if words[j].text not in _JOINED or view.depth[words[j].pos] != depth:
            continue
        k = j + 1
        if words[k].text in _JOINED_PREPOSITIONS and k + 1 < len(words):
            k += 1
        span = words[k].span
        if span is not None and span.cls in STANCE_OBJECTS and _heads_phrase(view, span, limit, nouns=nouns):
            out += [span, *_listed_after(view, words, k, limit, nouns)]
    return out


def _listed_after(
    view: SentenceView, words: list[Word], i: int, limit: int, nouns: bool
) -> list[Span]:
    """Objects listed after ``words[i]``: ``支持《A》、《B》和C``."""
    out = []
    j = _past_alias(view, words, i)
    while j + 1 < len(words) and words[j].text in _LIST_WORDS and words[j + 1].span is not None:
        nxt = words[j + 1].span
        assert nxt is not None
        if nxt.cls in STANCE_OBJECTS and _heads_phrase(view, nxt, limit, nouns=nouns):
            out.append(nxt)
        j = _past_alias(view, words, j + 1)
    return out


def _past_alias(view: SentenceView, words: list[Word], i: int) -> int:
    """The word after ``words[i]``, its apposition and the alias in brackets that follows it
    (``《不扩散核武器条约》(《不扩散条约》)和《全面禁试条约》``)."""
    j = _past_apposition(words, i)
    span = words[i].span
    if span is not None and j < len(words) and words[j].text.startswith("("):
        after = _after_name(view, span)
        while j < len(words) and words[j].pos < after:
            j += 1
    return j


def _past_apposition(words: list[Word], i: int) -> int:
    """The word after ``words[i]`` and the noun that sums up a list of treaties with it
    (``特拉特洛尔科、拉罗通加和佩林达巴各条约以及《南极条约》``)."""
    j = i + 1
    span = words[i].span
    if span is not None and span.cls == "treaty":
        while j < len(words) and words[j].span is None and words[j].text in _APPOSITION:
            j += 1
    return j


def _after_name(view: SentenceView, span: Span) -> int:
    """Where a name's phrase goes on: after its closing quotes, a date and an alias in brackets
    (``《进一步削减……条约》(《第二阶段裁武条约》)生效``)."""
    text = view.text
    after = span.end
    while after < len(text) and text[after] in "》”":
        after += 1
    close = view.bracket_end(after)
    inside = view.spans_between(after, close) if close != -1 else []
    if inside and all(s.ref == span.ref for s in inside):
        named = sum(s.end - s.start for s in inside)
        if len(text[after + 1 : close - 1].strip("《》“”、")) == named:
            after = close
    if span.cls == "treaty":
        apposition = _TREATY_APPOSITION.match(text, after)  # ……和佩林达巴各条约
        after = apposition.end() if apposition else after
    date = DATE.match(text, after)  # 《条约》于2014年12月24日生效
    return date.end() if date else after


def _heads_phrase(
    view: SentenceView, span: Span, limit: int | None = None, *, nouns: bool = True
) -> bool:
    """Whether an entity heads its phrase rather than modifying a noun after it:
    ``支持《条约》早日生效`` yes, ``欢迎《不扩散条约》审议大会的成果`` no. Without ``nouns``
    (an opposition), only the phrase's end or ``的行为`` may follow."""
    text = view.text
    after = _after_name(view, span)
    if limit is not None and after >= limit:
        return True
    if view.span_at(after) is not None:
        return False  # 安全理事会第984号决议: the first modifies the second
    if _PHRASE_GOES_ON.match(text, after):
        return True
    if not nouns:
        return bool(_OPPOSED_HEAD.match(text, after))
    head = view.lexicon.pattern("head")
    if text.startswith("的", after):
        after += 1
    noun = head.match(text, after)
    # 安全理事会通过第2310号决议: a head word with an object of its own is the entity's verb
    return noun is not None and view.span_at(_ASPECT.match(text, noun.end()).end()) is None


# --- unnamed holders ------------------------------------------------------------------------


def _with_holders(view: SentenceView, ctx: DocumentContext) -> SentenceView:
    """The view with unnamed holders as spans: ``一些代表团``, and ``所有核武器国家`` (a group
    under a quantifier is not the group acting, but some of its members)."""
    lex = view.lexicon
    text = view.text
    spans = list(view.spans)
    for i, span in enumerate(spans):
        if span.cls != "group" or not isinstance(span.ref, EntityRef):
            continue
        q = lex.pattern("quantifier_end").search(text, max(0, span.start - 5), span.start)
        entity = ctx.gazetteer.entities.get(span.ref)
        if q is None or entity is None or not view.is_word(q.start(), span.start):
            continue
        value = lex.value("quantifier", q.group("q"))
        assert value is not None
        kind = re.sub(r"[^a-z0-9]+", "-", entity.en.lower()).strip("-")
        spans[i] = Span(q.start(), span.end, AnonymousHolder(value, kind), "holder")
    taken = [(s.start, s.end) for s in spans]
    for m in lex.pattern("holder_phrase").finditer(text):
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        if not view.is_word(m.start(), m.end()):
            continue  # 拥有国家 holds 有国家, which is no holder
        if m.group("whole"):
            value, kind = (lex.value("holder", m.group("whole")) or "").split()
        else:
            value = lex.value("quantifier", m.group("q")) or ""
            kind = lex.value("holder_kind", m.group("k")) or ""
        spans.append(Span(m.start(), m.end(), AnonymousHolder(value, kind), "holder"))
    return view.with_spans(spans)


RULES = (
    rule_speakers,
    rule_behalf,
    rule_members,
    rule_submitted,
    rule_treaty_acts,
    rule_passive_acts,
    rule_stances,
)
