"""The holder a clause with no subject of its own inherits (:func:`_inherited`).

The cue it is chained to (``签署并批准``), the subject of the clause before (``中国反对核试验,
支持……``), the cue of the clause it is joined to by ``并`` or ``而且``, or else the voice of the
sentence (:mod:`.voice`); and when such a clause holds nothing: a relative clause on an
unnamed holder (``支持《条约》的国家越来越多``), what a ``对`` phrase before is judged good for,
an act that goes on with a call made before it.
"""

from __future__ import annotations

import re

from ..context import opens_paragraph
from ..lexicon import alternation
from ..targets import clause_end
from ..text import SentenceView, Word, list_after
from .common import Cue, Holding, joiners
from .gap import _gap
from .judgement import _believed
from .subjects import _previous_clause_subject
from .unheld import _called_on
from .voice import voice_of


def _goes_on_judged_phrase(
    view: SentenceView, cue: Cue, cues: list[Cue], earlier: list[Holding | None], start: int
) -> bool:
    """Whether the cue's clause goes on with a 对 phrase of the clause before, whose cues no one
    held, up to a judgement that ends the clause (``美俄大幅削减核武库对推进核裁军进程,并最终实现
    核裁军是不可或缺的``): the whole is what is judged good for something, the cues in it are
    what it is good for, and no one's position (the judgement is the speaker's)."""
    stop = clause_end(view, cue.end)
    if not any(cue.end <= c.start < stop and c.frame.name == "evaluation" for c in cues):
        return False
    before = view.clause_start(start - 1) if start else 0
    at = view.text.rfind("对", before, start)
    if at <= before:
        return False  # (对 opening the clause before is its topic: 对此, 对于……)
    inside = [held for c, held in zip(cues, earlier, strict=False) if at < c.start < start]
    return bool(inside) and all(held is None for held in inside)


def _inherited(
    view: SentenceView, cue: Cue, cues: list[Cue], earlier: list[Holding | None], start: int
) -> Holding | None:
    """The holder of a clause with no subject: the cue it is chained to (``签署并批准``), the
    subject of the clause before (``中国反对核试验,支持……``), the one a reporting verb names
    (``中国表示,支持……``), or the voice of the sentence."""
    if _modifies_holder(view, cue):
        return None  # 支持《条约》的国家越来越多: those states' position, no one named
    if _goes_on_judged_phrase(view, cue, cues, earlier, start):
        return None  # ……削减核武库对推进……进程,并最终实现……是不可或缺的: what it is good for
    mood, negated, objects = _gap(view, start, cue.start)
    if (
        view.authors
        and view.author_at(start) is not None
        and opens_paragraph(view.lexicon, view.text, start)
    ):
        # ……朝鲜不能享有核武器国家的地位,痛惜朝鲜宣布退出……: a resolution's paragraphs run on
        # after commas, each opening with its verb, each the organ's (not the clause before's)
        return voice_of(view, cue)
    index = cues.index(cue)
    if index:
        prev_cue, prev = cues[index - 1], earlier[index - 1]
        between = view.words(prev_cue.end, cue.start)
        if prev is not None and _chained(view, between, start, prev_cue):
            # 签署并批准, 已签署但尚未批准: the same holder; a negation of its own, or shared
            # (拒绝签署并批准: the refusal is of both; 签署并批准了: both done)
            shared = all(w.text in ("和", "及", "、", "或", "并") for w in between)
            own = negated or (prev.negated if shared else "")
            return Holding(
                prev.spans,
                prev.mood if mood == "realis" else mood,
                own,
                prev.objects if not between else (),
                prev.evidence,
                prev.embedded,
            )
    clause = _previous_clause_subject(view, start)
    if (
        clause is not None
        and cue.frame.trigger == "act"
        and not negated
        and _goes_on_calling(view, cue, cues)
    ):
        # 日本呼吁朝鲜停止核试验,并加入《条约》: what the one called on is asked to do, not done
        # (but a negation of its own is the subject's refusal: 澳大利亚支持……,但不会签署《T》)
        return Holding(clause, mood, negated, objects, embedded=True)
    if clause is not None:
        if mood == "realis":
            # 裁军谈判会议应该……,立即设立……: the modal of the clause before governs this one
            # (before that clause's own verb: 中国支持条约早日生效,已经签署该条约 is no intent)
            end = clause[-1].end
            stop = clause_end(view, end)
            modals = view.lexicon.words("modal")
            stop = min(
                (c.start for c in cues if end <= c.start < stop and c.word not in modals),
                default=stop,
            )
            mood = _gap(view, end, stop)[0]
        held = list_after(view, clause[0].start, clause[-1].end)
        if (
            mood != "obligation"
            and held is not None
            and _believed(view, view.clause_start(clause[0].start), held)
        ):
            # 一些国家认为,中国反对核试验,并支持……: still what they believe (but what they think
            # another should do is their call, as in the clause before)
            return None
        # 双方建议,朝鲜作出政治决断,宣布暂停核试验: the subject before is called on, and so is
        # this clause's verb (a call made in the clause right before it, not clauses away)
        urge = view.lexicon.words("urge")
        call = next(
            (c for c in reversed(cues) if c.end <= clause[0].start and c.word in urge), None
        )
        embedded = (
            call is not None
            and view.text.count(",", call.end, clause[0].start) <= 1
            and _called_on(view, cues, Holding(clause))
        )
        if cue.frame.mood is not None and view.text.startswith("作为", clause[-1].end):
            # 美俄作为……国家,理应履行……: the subject's clause only says what it is, and the
            # modal is what the speaker asks of it (not 日本……,一定要领导……: its own resolve)
            mood = cue.frame.mood
        return Holding(clause, mood, negated, objects, embedded=embedded)
    joined = _joined_to_previous(view, cue, cues, earlier, start)
    if joined is not None:
        return Holding(joined.spans, mood, negated, objects, joined.evidence)
    voice = voice_of(view, cue)
    if voice is None:
        return None
    return Holding(
        voice.spans, mood if mood != "realis" else voice.mood, negated, objects, voice.evidence
    )


def _joined_to_previous(
    view: SentenceView, cue: Cue, cues: list[Cue], earlier: list[Holding | None], start: int
) -> Holding | None:
    """The holder of the cue in the clause right before, when this clause opens with a joiner
    (``……使得哈萨克斯坦推动核试验的终结,并实现世界无核化``): the joined verb phrase shares its
    subject, wherever in its clause that subject stood."""
    if not view.text.startswith(_JOINING_CLAUSES, start):
        return None
    index = cues.index(cue)
    if not index:
        return None
    prev_cue, prev = cues[index - 1], earlier[index - 1]
    if prev is None or prev.embedded or not prev.spans:
        return None
    if view.clause_start(prev_cue.start) != view.clause_start(start - 1):
        return None  # (the cue before stands in the clause right before this one)
    return prev


_JOINING_CLAUSES = ("并且", "而且", "并", "且", "以及")


_DONE = re.compile(r"已|于\d{4}年")  # 已, 已经, 业已, 于1996年: the act is done (在2030年前: not)


def _goes_on_calling(view: SentenceView, cue: Cue, cues: list[Cue]) -> bool:
    """Whether a treaty act with no subject of its own goes on with a call made earlier in the
    sentence (``呼吁朝鲜停止核试验,并加入《条约》``), or with what was agreed to (``朝鲜同意放弃
    核武器,并加入《条约》``): a call or an agreement word before it, no ``;`` or ``。`` between,
    and no mark that the act is done (``并已批准``, ``并于1996年签署``)."""
    urge = view.lexicon.words("urge", "attitude")
    start = view.clause_start(cue.start)
    if _DONE.search(view.text, start, cue.start) or view.text.startswith("了", cue.end):
        return False
    for other in cues:
        if other.start >= cue.start:
            break
        if other.word in urge and not any(c in view.text[other.end : cue.start] for c in ";。"):
            return True
    return False


def _modifies_holder(view: SentenceView, cue: Cue) -> bool:
    """Whether a cue with no subject stands in a relative clause on an unnamed holder that is
    the subject of what follows (``支持《条约》的国家越来越多``, ``拒绝出席大会的40个国家并非……``):
    ``的`` and a holder's noun, and the clause going on after it."""
    end = clause_end(view, cue.end)
    pattern = view.lexicon.derived(
        "relative_holder",
        lambda: re.compile(
            r"的(?:[\d一二三四五六七八九十百几多近约]+个?)?(?:"
            + alternation(sorted(view.lexicon.words("holder_kind")))
            + r")(?=[^,;:。!?])"
        ),
    )
    m = pattern.search(view.text, cue.end, end)
    if m is None or view.inside_span(m.start() + 1):
        return False
    # (呼吁所有尚未批准该条约的国家……, 实现……并且所有……的国家: the clause is another verb's)
    between = view.text[cue.end : m.start()]
    acts = view.lexicon.words("act")
    # (尚未加入《A》或签署与批准《B》的国家: acts coordinated in one relative clause)
    other = [
        t.group()
        for t in view.lexicon.pattern("trigger").finditer(between)
        if not (cue.frame.trigger == "act" and t.group() in acts)
    ]
    return not other and not any(c in between for c in _JOINING_CLAUSES)


def _chained(view: SentenceView, between: list[Word], start: int, prev_cue: Cue) -> bool:
    """Whether two cues of one clause share their holder: nothing but :func:`joiners` between
    them (``签署并批准``, ``已签署但尚未批准``)."""
    if prev_cue.start < start:
        return False  # another clause: its subject is found as the clause's own
    joined = joiners(view.lexicon)
    return all(w.span is None and w.text in joined for w in between)
