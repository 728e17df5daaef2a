"""Positions: supports and opposes, by named and unnamed holders and by resolutions' organs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import AnonymousHolder, EntityRef
from .context import DocumentContext, opens_paragraph
from .sink import ACTORS, STANCE_OBJECTS, StatementSink
from .text import (
    LIST_MARKER,
    Gap,
    NameList,
    SentenceView,
    Span,
    Word,
    after_name,
    analyse_gap,
    find_subject,
    inherited_subject,
    is_verb,
    list_after,
    opens_clause,
)

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
        found = inherited_subject(view, cue.start, previous, link_rx, _STANCE_SUBJECTS)
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
            and _PROGRESS_IN.match(text, after_name(view, span))
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
        after = after_name(view, span)
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
        after = after_name(view, span)
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



def _heads_phrase(
    view: SentenceView, span: Span, limit: int | None = None, *, nouns: bool = True
) -> bool:
    """Whether an entity heads its phrase rather than modifying a noun after it:
    ``支持《条约》早日生效`` yes, ``欢迎《不扩散条约》审议大会的成果`` no. Without ``nouns``
    (an opposition), only the phrase's end or ``的行为`` may follow."""
    text = view.text
    after = after_name(view, span)
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
