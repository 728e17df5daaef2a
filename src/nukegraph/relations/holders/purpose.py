"""A cue in a purpose (``为推进核裁军``, ``以便……``, ``为……而努力``) and whose aim it is.

Whether a purpose word stands right before the cue (:func:`_purpose`) and an effort made for
it closes the clause (:func:`_strives`); whose the aim is: the holder of the position in the
clause before, the subject whose act has the purpose, or the subject of the clause after a
purpose that opens the sentence; and a deed done on a harm with a purpose, which holds none.
"""

from __future__ import annotations

from ..targets import clause_end, is_harm
from ..text import SentenceView, list_after
from .common import HOLDERS, Cue, Holding
from .gap import _gap, _opens
from .subjects import _holders_in, _previous_clause_subject


def _after_conduct(view: SentenceView, cue: Cue, cues: list[Cue], start: int) -> bool:
    """Whether the purpose clause at ``start`` follows a cue of conduct (``推进``) on a harm:
    a deed described and why it is done, no position (``推进核武库现代化,以……``)."""
    lex = view.lexicon
    before = [c for c in cues[: cues.index(cue)] if c.start < start]
    if not before or before[-1].word not in lex.words("conduct"):
        return False
    return any(is_harm(view, s) for s in view.spans_between(before[-1].end, start))


def _purpose_of_position(
    cue: Cue, cues: list[Cue], earlier: list[Holding | None], start: int
) -> Holding | None:
    """The holder of the position the clause before states, when the purpose follows it."""
    index = cues.index(cue)
    for prev_cue, prev in zip(reversed(cues[:index]), reversed(earlier[:index]), strict=True):
        if prev_cue.start >= start:
            continue  # in the purpose clause itself
        if prev is None or not prev.spans or prev.embedded or prev.mood != "realis":
            return None
        if prev.negated or prev_cue.frame.targets == "object":
            return None  # 没有批准……,以……; 签署了……,以……: no stance to give a purpose to
        return Holding(prev.spans, "realis", "", (), prev.evidence)
    return None


def _purpose_before_subject(view: SentenceView, start: int, cue: Cue) -> Holding | None:
    """The subject of the clause after a purpose that opens the sentence's clause (``为维护并
    强化《不扩散条约》,日本将主导国际社会……``): what it acts for is its aim; not a call on it
    (``为……,各国应……``), not a subject that is no actor (``为推进核裁军,会议讨论了……``)."""
    lex = view.lexicon
    words = view.plain_words(start, cue.start)
    if not words or words[0].text not in lex.words("purpose"):
        return None
    end = clause_end(view, cue.end)
    text = view.text
    if end >= len(text) or text[end] != ",":
        return None
    nxt = end + 1
    found = list_after(view, nxt, clause_end(view, nxt))
    if found is None or found.start != nxt:
        return None
    holders = _holders_in(view, found)
    if not holders:
        return None
    mood = _gap(view, found.end, clause_end(view, found.end))[0]
    if mood not in ("realis", "intent"):
        return None
    return Holding(holders, "realis")


def _purpose_of_subject(view: SentenceView, start: int, cue: Cue) -> Holding | None:
    """The subject of the clause whose act has the purpose (``美国将与盟国合作以加强《条约》``,
    ``我们采取措施,以便早日实现……``): what it acts for is its aim. Only a purpose word after the
    subject's own verb; one that opens the clause (``为推进核裁军,……``) says nothing of who."""
    lex = view.lexicon
    words = view.plain_words(start, cue.start)
    at = next(
        (i for i in range(len(words) - 1, -1, -1) if words[i].text in lex.words("purpose")),
        None,
    )
    motive = at is not None and lex.value("purpose", words[at].text) == "motive"
    if at is None or (lex.value("purpose", words[at].text) != "aim" and not motive):
        return None  # (为, 旨在: also "for", or a thing's aim)
    if at == 0:
        # ……举行会晤,以延长《条约》: an aim opening its clause is that of the clause before
        clause = _previous_clause_subject(view, start)
        if clause is None or _gap(view, clause[-1].end, start)[0] not in ("realis", "intent"):
            return None  # 各国应加强合作,以……: the aim of a call, not of an act
        return Holding(clause, "realis")
    if words[0].span is None and words[0].text in lex.words("purpose"):
        return None
    subject = next(
        (
            w.span
            for w in words[:at]
            if w.span is not None and w.span.cls in HOLDERS and _opens(view, start, w.span.start)
        ),
        None,
    )
    if subject is None or (subject.end >= words[at].pos and not motive):
        return None  # (a motive stands right after its subject: 中方出于维护《条约》的考虑)
    between = [w.text for w in words[:at] if w.pos > subject.start]
    if any(w in lex.words("purpose") for w in between):
        return None  # 转递为推进……以建立……的报告: a purpose inside another, not the subject's act
    if any(w in lex.words("negator") for w in between):
        return None  # 美国不与盟国合作以……: what is not done has no aim
    mood = _gap(view, subject.end, words[at].pos)[0]
    if mood not in ("realis", "intent"):
        return None  # 美国应……以加强: a call on it, not its act
    found = list_after(view, subject.start, words[at].pos)
    return Holding(_holders_in(view, found) if found else (subject,), "realis")


def _strives(view: SentenceView, cue: Cue) -> bool:
    """Whether the clause of a purpose ends with an effort made for it (``而努力``, ``作出贡献``,
    ``发挥建设性作用``), or the purpose is closed before its act (``为……而感到自豪``): the
    purpose is then its holder's aim."""
    end = clause_end(view, cue.end)
    if view.lexicon.pattern("effort_end").search(view.text, cue.end, end):
        return True
    # 为推动无核武器世界的目标而感到自豪: what 而 closes is the aim of whatever act follows
    links = view.lexicon.words("purpose_end")
    return any(w.text in links and w.span is None for w in view.words(cue.end, end))


def _purpose(view: SentenceView, start: int, pos: int) -> bool:
    """Whether a purpose word stands just before the cue, only adverbs between
    (``为推进核裁军``, ``以便尽早缔结……``)."""
    lex = view.lexicon
    if not lex.pattern("purpose").search(view.text, start, pos):
        return False
    purposes = lex.words("purpose")
    skippable = lex.words("filler", "modal", "paragraph_adverb")
    for word in reversed(view.plain_words(start, pos)):
        if word.span is not None:
            return False
        if word.text in purposes:
            return True
        if word.text not in skippable:
            return False
    return False
