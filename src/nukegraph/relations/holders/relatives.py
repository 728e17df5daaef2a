"""The agents of relative clauses and copulas.

The named actor a relative clause that the cue opens is on (:func:`relative_holder`:
``一贯支持《条约》的奥地利``), the subject of a copula whose complement that noun is
(``中国是第一个签署……的核武器国家``), who did an act in a relative clause on a treaty
(``美俄于2010年签署的《条约》``), with an unnamed partner (``伊朗与世界大国之间签署的``) or
named by a pronoun (``它在1991年签署的``), and the names that end right before a verb.
"""

from __future__ import annotations

import re

from ...records import EntityRef
from ..lexicon import verbal
from ..sink import ACTORS
from ..targets import JOINED_CLAUSE, LOCATIVES, clause_end
from ..text import NameList, SentenceView, Span, extend_left, list_after
from .common import HOLDERS, WITH, Cue, Holding, joiners
from .gap import _gap, _opens, _predicate_of, _verb_between
from .subjects import _holders_in, _modifies


def _verb_phrase_start(view: SentenceView, pos: int) -> int:
    """Where the words before a verb at ``pos`` that belong to its phrase begin: adverbs,
    negations and modals (``尚未批准``, ``一贯坚定支持``), back to the clause's start."""
    lex = view.lexicon
    company = lex.words("filler", "negator", "modal", "paragraph_adverb")
    start = pos
    for word in reversed(view.plain_words(view.clause_start(pos), pos)):
        if word.span is not None or word.text not in company:
            break
        start = word.pos
    return start


_LOCATIVE_ENDS = tuple(LOCATIVES)  # (str.endswith takes a tuple)


def _chained_acts(view: SentenceView, start: int, end: int, other: re.Match[str]) -> bool:
    """Whether the act at ``start``..``end`` and the trigger ``other`` after it are acts chained
    in one verb phrase (``签署但尚未批准《条约》的美国``): one relative clause, both its acts."""
    acts = view.lexicon.words("act")
    joined = joiners(view.lexicon)
    return (
        view.text[start:end] in acts
        and other.group() in acts
        and all(w.span is None and w.text in joined for w in view.words(end, other.start()))
    )


def relative_holder(view: SentenceView, start: int, end: int) -> Span | None:
    """The named actor a relative clause opened by the cue at ``start``..``end`` is on, right
    after its ``的`` (``一贯支持《条约》的奥地利``, ``致力于半岛无核化,进而实现……的韩国``): the
    clause's own subject. Not when another cue stands before the ``的`` (then the clause is
    that cue's), nor when the name only modifies a noun after it (``……的美国盟友``)."""
    text = view.text
    if "的" not in text[end:]:
        return None  # (most cues: no relative clause after them)
    stop = clause_end(view, end)
    # another cue in the clause makes it that cue's (中国欢迎批准了《条约》的日本: 欢迎 is China's);
    # in a clause after 进而, 从而 the phrase goes on, its cues chained to the first
    own_clause = stop
    while True:
        for span in view.spans_between(end, stop):
            if (
                span.cls not in ACTORS
                or not isinstance(span.ref, EntityRef)
                or text[span.start - 1 : span.start] != "的"
            ):
                continue  # (an unnamed holder's relative clause is _modifies_holder's)
            between = text[end : span.start - 1]
            if between.endswith(_LOCATIVE_ENDS) and "在" in text[view.clause_start(start) : start]:
                return None  # 在推动核裁军中的作用: the 的 ends a place phrase, not a clause
            other = view.lexicon.pattern("trigger").search(text, end, min(own_clause, span.start))
            if (other is not None and not _chained_acts(view, start, end, other)) or any(
                s.cls in HOLDERS for s in view.spans_between(end, span.start)
            ):
                return None
            if _verb_ends(view, end, span.start - 1):
                return None  # 高度评价……在阿斯塔纳举行的上海合作组织……: the 的 closes 举行's clause
            # (the whole list the clause is on: 签署了协议的英国、法国及德国)
            listed = list_after(view, span.start, stop)
            after = listed.end if listed is not None else span.end
            if text.startswith("的", after) or _modifies(view, after, clause_end(view, after)):
                return None
            if view.depth[span.start] != view.depth[start]:
                return None
            return span
        # (……无核化与韩朝关系正常化,进而实现……的南韩: the phrase goes on after a comma)
        if stop >= len(text) or text[stop] != "," or not JOINED_CLAUSE.match(text, stop + 1):
            return None
        stop = clause_end(view, stop + 1)


def _verb_ends(view: SentenceView, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` end with a verb of their own (not a name)."""
    words = view.words(start, end)
    if not words or words[-1].span is not None:
        return False
    return verbal(words[-1].text)


def _copula_before(view: SentenceView, cue: Cue) -> re.Match[str] | None:
    """The copula (``是``, ``成为``) whose complement is the noun the cue's relative clause is on
    (``中国是第一个签署……的核武器国家``), with nothing but modifiers between the copula and the
    cue (``唯一``, ``最早``, ``第一个``)."""
    copula = None
    for found in _COPULA.finditer(view.text, view.clause_start(cue.start), cue.start):
        if view.is_word(found.start(), found.end()):
            copula = found
    if copula is None or _verb_between(view, copula.end(), cue.start):
        return None
    return copula


def _copula_subject(view: SentenceView, copula: re.Match[str], cue: Cue) -> Holding | None:
    """The names that are the copula's subject, opening its clause."""
    start = view.clause_start(cue.start)
    found = _names_ending_before(view, start, copula.start())
    if found is None or not _opens(view, start, found.start):
        return None
    spans = _holders_in(view, found)
    # (the gap runs to the cue: 作出……承诺 fronts what is pledged after the copula)
    return Holding(spans, *_gap(view, found.end, cue.start)) if spans else None


_COPULA = re.compile(r"是|成为")


def _on_treaty_after(view: SentenceView, cue: Cue) -> bool:
    """Whether an act verb makes a relative clause on the treaty after it (``签署的《条约》``)."""
    text = view.text
    pos = cue.end + (text.startswith("了", cue.end))
    if not text.startswith("的", pos):
        return False
    pos += 1
    while pos < len(text) and text[pos] in "《“":
        pos += 1
    span = view.span_at(pos)
    return span is not None and span.cls == "treaty"


def _relative_agent(view: SentenceView, cue: Cue) -> Holding | None:
    """Who a relative clause's act is of: the names right before its verb, with nothing but
    dates, adverbs and negations between (``美俄于2010年签署的``, ``美国拒绝批准的``)."""
    start = view.clause_start(cue.start)
    found = _names_ending_before(view, start, cue.start) or _names_before_partner(
        view, start, cue.start
    )
    if found is None:
        return _pronoun_agent(view, start, cue)
    mood, negated, _objects = _gap(view, found.end, cue.start)
    spans = _holders_in(view, found)
    previous = view.words(max(start, found.start - 2), found.start)
    if previous and previous[-1].span is None and previous[-1].text in WITH:
        # 美国退出与俄罗斯签署的《中导条约》: the clause's subject did it with them; but the one
        # called on, when there is one (俄罗斯呼吁伊朗遵守与原子能机构签订的协定: Iran did)
        subject = next(
            (
                s
                for s in reversed(view.spans_between(start, found.start))
                if s.cls in HOLDERS and (_opens(view, start, s.start) or _urged(view, start, s))
            ),
            None,
        )
        if subject is not None:
            spans = (subject, *spans)
    return Holding(spans, mood, negated) if spans else None


def _urged(view: SentenceView, start: int, span: Span) -> bool:
    """Whether a word of urging stands right before ``span`` (呼吁伊朗……: the one called on)."""
    before = view.words(max(start, span.start - 4), span.start)
    return (
        bool(before) and before[-1].span is None and before[-1].text in view.lexicon.words("urge")
    )


def _names_before_partner(view: SentenceView, start: int, pos: int) -> NameList | None:
    """The names before an unnamed partner of the act at ``pos`` (``伊朗与世界大国之间签署的``,
    ``伊朗同六国签署的``): they did it, with whoever the partner is."""
    text = view.text
    before = [s for s in view.spans_between(start, pos) if s.cls in HOLDERS]
    if not before or text[before[-1].end : before[-1].end + 1] not in WITH:
        return None
    opens = before[-1].end + 1
    for end in range(opens + 1, min(pos, opens + _PARTNER_MAX) + 1):
        if _NOT_PARTNER.search(text, opens, end) or view.spans_between(opens, end):
            return None  # (a named partner is _names_ending_before's; no clause or list runs on)
        partner_end = end + 2 if text.startswith("之间", end) else end
        if partner_end <= pos and _predicate_of(view, partner_end, pos):
            found = list_after(view, before[-1].start, before[-1].end)
            return None if found is None else extend_left(view, found, start)
    return None


_NOT_PARTNER = re.compile(r"[,;:。、的“”《》]")  # what an unnamed partner's words do not hold


_PARTNER_MAX = 10  # characters of an unnamed partner (世界大国, 伊核问题六国)


def _pronoun_agent(view: SentenceView, start: int, cue: Cue) -> Holding | None:
    """The agent of a relative clause that a pronoun names (``南非将严格遵守它在1991年签署的
    《条约》``): the last actor named before the pronoun in the clause (``美国指责俄罗斯违反了它
    ……签署的``: Russia)."""
    pronoun = next(reversed(list(_AGENT_PRONOUN.finditer(view.text, start, cue.start))), None)
    if pronoun is None or not _predicate_of(view, pronoun.end(), cue.start):
        return None
    before = [s for s in view.spans_between(start, pronoun.start()) if s.cls in HOLDERS]
    if not before:
        return None
    found = list_after(view, before[-1].start, pronoun.start())
    found = None if found is None else extend_left(view, found, start)
    spans = _holders_in(view, found) if found is not None else (before[-1],)
    return Holding(spans, *_gap(view, pronoun.end(), cue.start)[:2]) if spans else None


# 它, 它们, 其 as a word of their own (not 其他, 其中, 其实, 其次, 其余, 尤其, 极其)
_AGENT_PRONOUN = re.compile(r"(?<![尤极])(?:它们|它|其)(?![他中实次余])")


def _names_ending_before(view: SentenceView, start: int, pos: int) -> NameList | None:
    """The list of holders whose last name stands right before ``pos`` in the clause from
    ``start``: nothing but dates, adverbs and negations between."""
    before = [s for s in view.spans_between(start, pos) if s.cls in HOLDERS]
    if not before or not _predicate_of(view, before[-1].end, pos):
        return None
    found = list_after(view, before[-1].start, pos)
    return None if found is None else extend_left(view, found, start)


def _names_before(view: SentenceView, pos: int) -> Holding | None:
    """The subject of the clause that opens with it and stands right before ``pos``."""
    start = view.clause_start(pos)
    found = _names_ending_before(view, start, pos)
    if found is None or not _opens(view, start, found.start):
        return None
    spans = _holders_in(view, found)
    return Holding(spans, *_gap(view, found.end, pos)) if spans else None
