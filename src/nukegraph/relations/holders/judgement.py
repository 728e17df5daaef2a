"""Who holds a judgement or a belief.

The believer that a verb of belief before a judgement names (:func:`_believer`), whether a
holder's clause states what another believes (``一些代表团认为,中国支持……``: :func:`_believed`),
a judgement said by whoever says it (:func:`_said_with_no_subject`), and what an evaluation is
of (:func:`subject_start`, :func:`_opens_with_object`): a thing, which whoever speaks judges, or
an actor's act.
"""

from __future__ import annotations

import re

from ..context import opens_clause
from ..sink import STANCE_OBJECTS
from ..targets import Target, adopts, subject_targets
from ..text import NameList, SentenceView, extend_left, list_after
from .common import HOLDERS, Cue, Holding
from .subjects import _clause_opening_names, _ends_when, _former_office, _previous_clause_subject


def _believer(view: SentenceView, cue: Cue) -> Holding | None:
    """Who a judgement belongs to when a verb of belief stands before it in its clause
    (``促使一些国家……,认为核威慑有利于……``): the nearest holder before that verb, or nobody
    (an empty holding) when none is named; None when no such verb stands there."""
    lex = view.lexicon
    start = view.clause_start(cue.start)
    opinion = None
    for word in view.plain_words(start, cue.start):
        if word.span is None and word.text in lex.words("opinion"):
            opinion = word
    if opinion is None:
        return None
    if not any(s.cls in HOLDERS for s in view.spans_between(start, opinion.pos)):
        # 安理会对朝鲜……表示关切,认为此举……: the verb of belief shares the subject of the clause
        # before, not a name inside that clause's object
        subject = _previous_clause_subject(view, start)
        if subject is not None:
            return Holding(subject)
    met_from = len(view.text)
    for span in reversed(view.spans_between(0, opinion.pos)):
        if span.start >= met_from:
            continue
        if span.cls in HOLDERS and view.depth[span.start] == view.depth[cue.start]:
            if (object_start := _ends_when(view, span.start, span.end)) is not None:
                met_from = object_start  # 拉夫罗夫会见泽博时表示,莫斯科认为: not the one met
                continue
            if _former_office(view, span.end):
                return Holding(())  # 美国前总统卡特认为: his own view
            # (美俄中英法……的声明承认: the whole list that ends in it)
            listed = list_after(view, span.start, span.end)
            if listed is None:
                return Holding((span,))
            listed = extend_left(view, listed, view.clause_start(span.start))
            return Holding(tuple(s for s in listed.spans if s.cls in HOLDERS))
    if opens_clause(view.lexicon, view.text, opinion.pos):
        return None  # 认识到……是各国不可剥夺的权利, opening a paragraph: the voice's view
    return Holding(())


def _said_with_no_subject(view: SentenceView, cue: Cue) -> bool:
    """Whether a judgement's clause opens with a verb of saying and no subject (``,强调核裁军
    是……``): the judge is whoever says it."""
    start = view.clause_start(cue.start)
    if start == 0:
        return False  # (a sentence opening with 强调 is a resolution's paragraph: the voice's)
    words = view.plain_words(start, cue.start)
    return (
        bool(words)
        and words[0].span is None
        and words[0].text in view.lexicon.words("frame", "reporting")
    )


def _believed(view: SentenceView, start: int, found: NameList) -> bool:
    """Whether the clause of a holder states what another believes (``一些代表团认为,中国支持……``):
    a verb of belief ends the clause before, or stands just before the holder, and its
    subject is not the holder. A reason given as a fact (``因为……``) is no belief."""
    lex = view.lexicon
    text = view.text
    opinion = lex.pattern("opinion")
    names = {s.ref for s in found.spans}
    before = text[max(0, start - 6) : start].rstrip(",:")
    lead = text[start : found.start]
    m = None
    if opinion.search(lead):
        m = list(opinion.finditer(text, start, found.start))[-1]
    elif start and opinion.search(before) and before and text[start - 1] in ",:":
        m = list(opinion.finditer(text, max(0, start - 6), start))[-1]
    if m is None or lead.startswith(("因为", "由于")):
        return False
    believer = _clause_opening_names(view, view.clause_start(m.start()), m.start())
    return believer is None or {s.ref for s in believer} != names


def _opens_with_object(view: SentenceView, cue: Cue) -> bool:
    """Whether an evaluation's clause is about a thing (``《条约》至关重要``) rather than an
    actor's act (``中国支持……十分重要`` still praises, but the subject holds a stance itself)."""
    return bool(_subject(view, cue)[1])


def subject_start(view: SentenceView, cue: Cue) -> int:
    return _subject(view, cue)[0]


# 将X作为(首要)……, 把X视为……: what the judgement right after is of
_TAKEN_AS = re.compile(
    r"(?:将|把)(?P<what>[^,;:。将把]{1,30}?)(?:作为|视为|列为|当作|当成)[^,;:。]{0,6}$"
)


def _subject(view: SentenceView, cue: Cue) -> tuple[int, list[Target]]:
    """Where an evaluation's subject starts, and what it names (whoever judges): its clause, or
    the clause before when that ends with a name and the cue's own clause names none
    (``第1887号决议,在减少核武器威胁方面迈出重要的一步``: the resolution, set off by a comma, is
    what the step is). Kept in the view's memo: the holder and the targets both ask."""
    key = ("evaluation subject", cue.start)
    found = view.memo.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    start = view.clause_start(cue.start)
    taken = _TAKEN_AS.search(view.text, start, cue.start)
    if taken is not None:
        start = taken.start("what")  # ……的倾向冲淡了将核裁军作为优先事项的认识: 核裁军 is judged
    named = subject_targets(view, start, cue.start)
    if not named and start and view.text[start - 1] == ",":
        aside = view.clause_start(start - 1)
        if (
            aside
            and view.text[aside - 1] == ","
            and _FOR_WHOM.fullmatch(view.text, aside, start - 1)
        ):
            # 可信的核查制度,对于核裁军来说,非常重要: for whom it matters stands aside, set off by
            # commas; the clause before it is what is judged
            earlier = view.clause_start(aside - 1)
            subject = subject_targets(view, earlier, aside - 1)
            if subject:
                view.memo[key] = found = (earlier, subject)
                return found
        ends = start - 1
        while ends > 0 and view.text[ends - 1] in "》”":
            ends -= 1
        before = view.spans_between(max(0, ends - _NAME_MAX_LENGTH), ends)
        if before and before[-1].end == ends and before[-1].cls in STANCE_OBJECTS:
            start = view.clause_start(ends - 1)
            named = subject_targets(view, start, cue.start)
        elif _GOES_ON_IS.match(view.text, start):
            # 消除核武器不仅是……,也是防止……的最可靠方法: the subject of the clause before is
            # what the copula goes on to judge
            earlier = view.clause_start(start - 1)
            subject = subject_targets(view, earlier, start - 1)
            if subject:
                start, named = earlier, subject
        elif view.text.startswith("其", start) and not view.spans_between(start, cue.start):
            # 《禁产条约》的构想,其重要意义至今未减: 其 takes up the clause before, which is judged
            earlier = view.clause_start(start - 1)
            if view.spans_between(earlier, start - 1):
                start = earlier
                named = subject_targets(view, start, cue.start)
        elif not view.spans_between(start, cue.start):
            # 安理会通过第2663号决议,将委员会授权延期10年,具有重要意义: a body's adoption, then
            # what it does, is what is judged (the clause between names nothing)
            earlier = view.clause_start(start - 1)
            if earlier and view.text[earlier - 1] == "," and not view.spans_between(earlier, start):
                earlier = view.clause_start(earlier - 1)  # (one clause more that names nothing)
            adoption = view.spans_between(earlier, start - 1)
            if adoption and adoption[0].cls == "organization" and adopts(view, adoption[0].end):
                start = earlier
                named = subject_targets(view, start, cue.start)
    view.memo[key] = found = (start, named)
    return found


_NAME_MAX_LENGTH = 40  # how far before a comma a name ending at it may start
# a clause that goes on with the copula of the clause before (……不仅是目标,也是……)
_GOES_ON_IS = re.compile(r"(?:而且|并且|同时|更|还|也)+(?:是|成为)")


# a phrase of whom or what something matters for, set off by commas (对于核裁军来说, 对各国而言)
_FOR_WHOM = re.compile(r"(?:对于|对)[^,;:。]{1,30}(?:来说|而言)")
