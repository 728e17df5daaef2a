"""The voice a sentence speaks in (:func:`voice_of`).

Whoever a reporting verb before the cue names (``他说,……``, ``中国认为各国应……``), a
headline's speaker before its colon, the organ of the resolution paragraph the cue stands in,
or the text's author (:mod:`..speakers`). A clause with no subject of its own that continues
none is held in this voice, and so is a judgement the speaker makes.
"""

from __future__ import annotations

import re

from ..paragraphs import decided_content, paragraph, paragraph_clause_start
from ..text import JointRef, SentenceView, Span
from .common import Cue, Holding
from .gap import _gap, _has_own_subject, _verb_between
from .subjects import _clause_opening_names, _office, _previous_clause_subject

_HEADING_MAX = 80


def voice_of(view: SentenceView, cue: Cue) -> Holding | None:
    """The voice of the sentence at ``cue``: whoever a reporting verb before it names
    (``他说,……``), the organ of the resolution paragraph it stands in, or the text's author."""
    reporter = _reporter(view, cue.start)
    if reporter is not None:
        return Holding(reporter) if reporter else None  # () : someone unnamed said it
    organ = view.author_at(cue.start)
    if organ is not None:
        if decided_content(view, cue.start):
            return None  # 5. 决定委员会应加紧努力,推动……: what is decided, not the organ's stance
        clause = paragraph_clause_start(view, cue.start)
        mood, _negated, objects = _gap(view, clause, cue.start)
        if _has_own_subject(view, clause, cue.start) and mood != "obligation":
            return None  # 回顾审议大会呼吁……: someone else's
        return Holding(
            (Span(cue.start, cue.start, organ, "author"),),
            mood if mood == "obligation" else "realis",
            False,
            objects,  # (对南亚核军备竞赛的危险深表关切: what the paragraph fronts)
            paragraph(view, cue.start),
        )
    if not view.voice or _heading(view):
        return None  # (a heading names a subject; it takes no position of its author's)
    ref = view.voice[0]
    if len(view.voice) > 1:
        return Holding((Span(cue.start, cue.start, JointRef(view.voice), "author"),))
    return Holding((Span(cue.start, cue.start, ref, "author"),))


def _heading(view: SentenceView) -> bool:
    """Whether the sentence is a heading: short, and with no punctuation that ends a sentence."""
    text = view.text.rstrip(" ”’)")
    return len(text) < _HEADING_MAX and not text.endswith(("。", ";", "!", "?", ":"))


def _reporter(view: SentenceView, pos: int) -> tuple[Span, ...] | None:
    """Who a reporting verb before ``pos`` names: ``古特雷斯表示,……``, ``中方认为:……``."""
    lex = view.lexicon
    depth = view.depth[pos]
    text = view.text
    found = None
    # a resolution's paragraphs run on after commas: a verb of saying in an earlier one (重申
    # 主席声明,其中指出,……) reports no words of a later one
    lo = paragraph(view, pos)[0] if view.author_at(pos) is not None else 0
    for m in lex.pattern("reported_speech").finditer(text, lo, pos):
        if view.depth[m.start()] != depth or view.inside_span(m.start()):
            continue
        if m.group().startswith("说") and _NOT_SAYING.search(text, 0, m.start() + 1):
            continue  # 对于核裁军来说, 比如说: no one says anything
        begin = view.clause_start(m.start())
        if found and _takes_up(view, begin, m.start()):
            continue  # 美俄还说,他们认为:……: still those who said the clause before
        names = _clause_opening_names(view, begin, m.start())
        if names is not None and not _verb_between(view, names[-1].end, m.start(), relative=True):
            found = names
        elif begin and (begin == m.start() or text[begin : m.start()] in lex.words("goes_on")):
            # 中国支持该条约,并认为,各国应……: the clause goes on with the subject before it
            found = _previous_clause_subject(view, begin) or ()
        else:
            found = ()  # 集团回顾审议大会重申,……: said by someone the text names no further
    bare = _bare_reporter(view, pos, found)
    if found is None and bare is None:
        # 中方认为伊朗拥有……的权利,伊朗也应……: a verb of saying or belief with no mark after
        # it, in the sentence's first clause, reports every clause after it
        # (only across commas: a colon or a line opens what someone else may say)
        first_end = view.clause_end(0)
        if (
            first_end < view.clause_start(pos)
            and view.depth[first_end] == view.depth[pos]
            and not _OTHER_CLAUSE_MARKS.search(view.text, first_end, pos)
        ):
            bare = _bare_reporter(view, first_end, None)
    if found is None and bare is None:
        return _headline_speaker(view, pos)
    return found if bare is None else bare


_OTHER_CLAUSE_MARKS = re.compile("[:;\n]")


_NOT_SAYING = re.compile(r"(?:来|比如|就是|或者|一般|总的)说$")  # 说 ending words of no saying


_HEADLINE_SPEAKER_REACH = 24  # how far into a sentence a headline's 联合国秘书长: may end


def _headline_speaker(view: SentenceView, pos: int) -> tuple[Span, ...] | None:
    """Who a headline's colon names before what they say (``联合国秘书长:核扩散威胁世界和平``,
    ``伊朗外长:伊朗将继续与机构合作``): the names that open the sentence, nothing else."""
    colon = view.text.find(":", 0, min(pos, _HEADLINE_SPEAKER_REACH))
    if colon <= 0 or view.depth[colon] != view.depth[pos]:
        return None
    names = _clause_opening_names(view, 0, colon)
    if not names or not (names[-1].end == colon or _office(view, names[-1].end, colon)):
        return None  # (核武器国家还应: what they should do follows, not their words)
    return names


def _bare_reporter(
    view: SentenceView, pos: int, before: tuple[Span, ...] | None
) -> tuple[Span, ...] | None:
    """Who a verb of saying or belief names when no mark follows it, in the clause of ``pos``
    (``中国认为各国应……``, ``我们坚信必须……``): the names that open the clause before it, or
    ``before`` (who said the clauses before) when a plural pronoun takes them up."""
    begin = view.clause_start(pos)
    lex = view.lexicon
    verbs = lex.words("reporting", "opinion")
    depth = view.depth[pos]
    for word in view.plain_words(begin, pos):
        if word.span is not None or word.text not in verbs or view.depth[word.pos] != depth:
            continue
        if lex.may_occur("matter", view.text) and lex.pattern("matter").search(
            view.text, word.pos + len(word.text), pos
        ):
            continue  # 朝鲜宣布已进行核试验一事绝不能容忍: a matter spoken of, not words said
        if before and _takes_up(view, begin, word.pos):
            return before  # 美俄还说,他们坚信必须……
        names = _clause_opening_names(view, begin, word.pos)
        if (
            names
            and not _verb_between(view, names[-1].end, word.pos, relative=True)
            and _gap(view, names[-1].end, word.pos)[0] != "obligation"
        ):
            return names
        # 被认为, 普遍认为: the first such verb has no named subject; 国际社会要重申……: the
        # verb is what is called for
        return None
    return None


def _takes_up(view: SentenceView, begin: int, end: int) -> bool:
    """Whether a clause's subject before ``end`` is only a plural pronoun (``他们``), with leads
    before it and adverbs after it."""
    lex = view.lexicon
    seen = False
    for word in view.plain_words(begin, end):
        if word.span is not None:
            return False
        if not seen and word.text in lex.words("plural_pronoun"):
            seen = True
        elif word.text not in (
            lex.words("filler", "goes_on") if seen else lex.words("subject_lead")
        ):
            return False
    return seen
