"""When a cue's words state no position of their holder's, whoever the holder would be.

A case supposed (``无论……都``, ``如果……那就``, a condition before a holder), a case judged
(``……,将有助于……``), a matter talked of (``就加入……一事``), a prepositional phrase, the name of
a meeting, a phrase that is the subject of another verb, the verb of a thing, an act that a
stance before it is on (``欢迎批准``), an act or a stance that an opposition takes in
(``反对朝鲜发展……、维护……``); and the calls under which the holder is only the one called on
(:func:`_called_on`, :func:`_object_of_stance`).
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..sink import STANCE_OBJECTS
from ..targets import clause_end
from ..text import SentenceView, Word, after_name
from .common import HOLDERS, Cue, Holding
from .gap import _predicate_of, _wishes_to_say

_WHETHER = re.compile("无论|不论|不管")  # 无论……还是……,都: the cases supposed


def _concessive(view: SentenceView, cue: Cue) -> bool:
    """Whether the cue stands in the cases a 无论 (whether) sentence supposes, before the 都
    that says what holds in all of them."""
    text = view.text
    m = _WHETHER.search(text, 0, cue.start)
    return m is not None and "都" in text[cue.end :] and "都" not in text[m.end() : cue.start]


# a clause with no subject of its own that says what the clauses before it would bring about
# (……恪守暂停核试验的承诺,……,将有助于推动核裁军进程): they are its subject, a case judged
_JUDGED_BY = re.compile(r"[,;](?:将|会|必将|势必)(?:有助于|有利于|有益于)")


def _judged_case(view: SentenceView, cue: Cue) -> bool:
    """Whether the cue's sentence ends by saying what its clauses would bring about, in a clause
    with a modal and no subject (``核武器国家恪守……承诺,……,将有助于推动核裁军``: what the states
    would do, not what they hold). Every cue of the sentence is then in the case judged or in
    the judgement, whose subject the case is; ``这将有助于`` takes up what was done instead.
    (Asked of every cue: the sentence is searched once.)"""
    judged = view.memo.get(_JUDGED_BY)
    if judged is None:
        judged = view.memo[_JUDGED_BY] = _JUDGED_BY.search(view.text) is not None
    return judged  # type: ignore[return-value]


# a worth denied at the end of a clause (继续参与条约对俄罗斯来说也没有意义): its act is judged
_WORTH_DENIED = re.compile(
    r"(?:对[^,;:。]{1,12}?(?:来说|而言))?(?:也|都|已|已经|并|根本|完全)*"
    r"(?:没有|毫无|失去了?|不再有|没)(?:任何)?(?:意义|价值|必要)了?(?=[,;:。!]|$)"
)


def _worth_denied(view: SentenceView, cue: Cue) -> bool:
    """Whether the cue's clause ends by denying its act any worth (``继续参与条约……没有意义``):
    the act is judged pointless, not done or held."""
    return _WORTH_DENIED.search(view.text, cue.end, clause_end(view, cue.end)) is not None


_FRONTING = frozenset({"对", "对于", "将", "把", "与", "同", "和", "跟"})


# words after which a preposition's word is a noun or a verb: the noun that closes 以……为
# (埃及以《条约》为依据呼吁……), a passive's verb (《条约》获得通过深受鼓舞), a noun after 的
_NO_PREPOSITION_AFTER = frozenset({"为", "作为", "获得", "得到", "获", "的", "予以"})


def _adverbial(view: SentenceView, start: int, pos: int) -> bool:
    """Whether the cue stands in a prepositional phrase: right after its preposition
    (``对推进核裁军负有责任``, ``对遵守情况的核查``), or in a clause that is one
    (``通过分享情报、核查以及遵守机制,……``). ``对X表示支持`` fronts the object, and is no such phrase."""
    lex = view.lexicon
    if not (
        lex.pattern("preposition").search(view.text, start, pos)
        or lex.pattern("adverbial").search(view.text, start, pos)
        or "对" in view.text[start:pos]
    ):
        return False  # (none of its words in the text: no word needs cutting)
    prepositions = lex.words("preposition", "adverbial")
    words = view.plain_words(start, pos)
    last = lex.derived("last_prepositions", lambda: prepositions - {"就", "在"} | {"对"})
    if words and words[-1].span is None and words[-1].text in last:
        # (就 and 在 before a verb are adverbs: 中国政府就郑重承诺); but after these the word is
        # no preposition: the cue is the subject's
        return len(words) < 2 or words[-2].text not in _NO_PREPOSITION_AFTER
    leads = view.lexicon.words("subject_lead")
    opening = lex.derived(
        "opening_prepositions", lambda: prepositions - _FRONTING - {"在", "作为", "就"}
    )
    for i, word in enumerate(words):
        if word.span is None and word.text in leads:
            continue
        if lex.value("adverbial", word.text) == "reason" and i + 1 < len(words):
            # 考虑到乌克兰承诺……: a clause of reason with a subject of its own, who holds it
            after = words[i + 1].span
            if after is not None and after.cls in HOLDERS:
                return False
        if (
            word.span is None
            and lex.value("preposition", word.text) == "agent"
            and _heads_noun(words, i)
        ):
            return False  # 由……率领的代表团强调……: the phrase is a relative clause on a subject
        return word.span is None and word.text in opening
    return False


def _heads_noun(words: list[Word], at: int) -> bool:
    """Whether a plain 的 after ``words[at]`` closes a relative clause on a noun that the
    cue's own words follow (``由……率领的代表团在会上强调``), rather than ending right before it."""
    return any(w.span is None and w.text == "的" for w in words[at + 1 : -1])


_MEETING_CLOSE = re.compile(r"[^,;:。]{0,40}?会(?:议)?(?:上|期间)")


def _names_meeting(view: SentenceView, start: int, cue: Cue) -> bool:
    """Whether the cue stands inside the name of a meeting that a place phrase gives
    (``在纪念和推进“国际彻底消除核武器日”联大高级别全会上``): 在 before it in its clause with no
    comma between, and ``会上`` or ``会议期间`` closing the phrase after it."""
    at = view.text.rfind("在", start, cue.start)
    if at == -1 or not view.is_word(at, at + 1):
        return False
    return _MEETING_CLOSE.match(view.text, cue.end) is not None


# a verb's object, 的 and a short noun, then 是 and a judgement against it: the verb is inside
# a subject that is condemned (维持核威慑的政策是危险的), not what anyone holds (……的努力是必要的
# still is: the phrase is praised)
_HEADED_SUBJECT = re.compile(
    r"[^,;:。的]{1,20}的[^,;:。的是]{1,4}是(?:十分|非常|极其|极为|很|更|最)?"
    r"(?:危险|错误|有害|徒劳|无益|非法|违法|不|没有)"
)


def _in_subject_phrase(view: SentenceView, start: int, cue: Cue) -> bool:
    """Whether the cue opens a phrase that is the subject of a verb after it in its clause
    (``建立中东无核武器区面临现实障碍``): it states no one's position."""
    end = clause_end(view, cue.end)
    if start == view.clause_start(cue.start) and _HEADED_SUBJECT.match(view.text, cue.end, end):
        # 维持核威慑的政策是危险的: the verb's phrase is a subject judged wrong
        return not any(s.cls in HOLDERS for s in view.spans_between(start, cue.start))
    if not view.lexicon.pattern("subject_predicate").search(view.text, cue.end, end):
        return False  # (no such verb in the text: no word needs cutting)
    predicates = view.lexicon.words("subject_predicate")
    if not any(w.span is None and w.text in predicates for w in view.plain_words(cue.end, end)):
        return False
    return not any(
        s.cls in HOLDERS for s in view.spans_between(start, cue.start)
    )  # 中国支持建立无核区面临的…: a named holder still holds it


def _stance_before(view: SentenceView, cue: Cue, cues: list[Cue]) -> bool:
    """Whether a stance verb stands right before an act (``欢迎批准``, ``支持签署``): the act is
    then its object; not after a verb that reports it (``宣布批准``)."""
    index = cues.index(cue)
    if not index:
        return False
    prev = cues[index - 1]
    return (
        prev.end == cue.start
        and prev.frame.trigger == "stance"
        and prev.predicate == "supports"  # (拒绝加入 is a refusal: the act not done, read so)
        and prev.word not in view.lexicon.words("reporting", "frame")
    )


def _called_on(view: SentenceView, cues: list[Cue], holding: Holding) -> bool:
    """Whether a holder stands in a call made before it in the sentence, whose object has not
    yet been named (``古巴呼吁,在……基础上,所有国家都尽早签署……``): it is called on, not acting."""
    first = holding.spans[0].start
    for other in cues:
        if other.start >= first:
            break
        if (
            other.word not in view.lexicon.words("urge")
            or view.depth[other.start] != view.depth[first]
            or _wishes_to_say(view.lexicon, view.plain_words(other.start, first), 0)
        ):
            continue  # (希望在此重申法国反对……: the wish is to say it, no one is called on)
        if (
            not any(s.cls in STANCE_OBJECTS for s in view.spans_between(other.end, first))
            and ";" not in view.text[other.end : first]
            and "。" not in view.text[other.end : first]
        ):
            return True
    return False


def _thing_subject(view: SentenceView, start: int, cue: Cue) -> bool:
    """Whether the cue's clause opens with the name of a thing (a treaty, a resolution) whose
    verb the cue is (``该条约保证了……``)."""
    leads = view.lexicon.words("subject_lead")
    for word in view.plain_words(start, cue.start):
        if word.span is None:
            if word.text in leads:
                continue
            return False
        return word.span.cls in ("treaty", "resolution", "document") and _predicate_of(
            view, after_name(view, word.span), cue.start
        )
    return False


def _object_of_stance(view: SentenceView, cue: Cue, cues: list[Cue], holding: Holding) -> bool:
    """Whether a treaty act's or a stance's holder is the object of a stance right before it in
    the clause, the act or stance no deed of its own: an opposition (``中国反对印度加入《条约》``:
    what is opposed, not done; ``反对朝鲜发展核导计划、维护……体系的立场``: the opposer's, not
    North Korea's), or a welcome of what it is to do (``中国欢迎美国尽早批准《条约》``: a wish,
    not its intent; only of an act: ``欢迎美国支持《条约》`` tells the position welcomed)."""
    if cue.frame.trigger not in ("act", "stance"):
        return False
    first = holding.spans[0].start
    clause = view.clause_start(first)
    modals = view.lexicon.words("modal")
    wished = (
        cue.frame.trigger == "act"
        and holding.mood in ("intent", "obligation")
        and all(word.text in modals for word in view.plain_words(holding.spans[-1].end, cue.start))
    )  # (not 欢迎美国表示将尽早批准: its own word, its intent)
    return any(
        other.kind == "stance"
        and (other.predicate == "opposes" or wished)
        and clause <= other.start
        and other.end <= first
        and not view.spans_between(other.end, first)
        for other in cues
    )


def _under_stance(view: SentenceView, cue: Cue, cues: list[Cue]) -> bool:
    """Whether an opposing cue earlier in the clause takes the judgement at ``cue`` as part of
    its object (``反对将禁产条约作为唯一优先事项``); a supporting one agrees with the judgement
    it takes in (``致力于维护以《条约》为基石的机制``)."""
    start = view.clause_start(cue.start)
    return any(
        c.kind == "stance" and c.predicate == "opposes" and start <= c.start and c.end <= cue.start
        for c in cues
        if c is not cue
    )


# a clause that opens the consequence of a condition (如果……,那就……; 若……,则……)
_CONSEQUENCE = re.compile(r"[,;](?:那么|那就|那|则)")


def _in_condition(view: SentenceView, cue: Cue) -> bool:
    """Whether ``cue`` stands in a condition that runs over commas up to the clause that opens
    its consequence (``如果在……之前,就……要求……结束核试验,那就只会……``); with no such clause
    the condition is only the clause it opens (and ``_conditional`` reads it)."""
    text = view.text
    if "那" not in text and "则" not in text:
        return False  # (most sentences)
    lex = view.lexicon
    opening = lex.derived(
        "condition opening",
        lambda: re.compile(
            r"(?:^|(?<=[,;:]))(?:" + alternation(sorted(lex.words("conditional"))) + ")"
        ),
    )
    start = view.clause_start(cue.start)
    last = None
    for m in opening.finditer(text, 0, start):
        last = m
    if last is None or _CONSEQUENCE.search(text, last.end(), cue.start):
        return False
    return _CONSEQUENCE.search(text, cue.end) is not None


def _matter_talked_of(view: SentenceView, cue: Cue) -> bool:
    """Whether ``cue`` heads the matter a preposition opens right before it and a noun closes
    in its clause (``就加入核供应国集团一事``, ``关于批准《条约》的问题``)."""
    lex = view.lexicon
    if not lex.may_occur("matter_phrase", view.text):
        return False
    if not view.text.endswith(tuple(lex.valued("matter_phrase", "open")), 0, cue.start):
        return False
    end = view.clause_end(cue.start)
    return any(view.text.find(w, cue.end, end) >= 0 for w in lex.valued("matter_phrase", "close"))


def _conditional(view: SentenceView, start: int, pos: int) -> bool:
    """Whether a condition opens the clause before a holder (``如果X批准……``, ``一旦X……``)."""
    conditional = view.lexicon.words("conditional")
    return any(w.span is None and w.text in conditional for w in view.plain_words(start, pos))
