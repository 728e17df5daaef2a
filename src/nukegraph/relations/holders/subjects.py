"""Which names open a clause and stand as its subject.

The names at the start of a clause (:func:`_clause_opening_names`: a list, officials listed,
the head of a relative clause, the organ of a resolution, the authors of a text), the subject
of the clauses before that a clause without one continues (:func:`_previous_clause_subject`),
and what is read of a name's company wherever a subject is looked for: the holders a list
gives, persons joined across an office, names singled out by apposition (``尤其是``), a name
that only modifies a noun, a former office, and whom a subject met in a clause of time.
"""

from __future__ import annotations

import re

from ...records import EntityRef
from ..lexicon import verbal, word_tags
from ..targets import includes_at
from ..text import (
    LIST_MARKER,
    NameList,
    SentenceView,
    Span,
    extend_left,
    is_adverbed_word,
    list_after,
)
from .common import HOLDERS, WITH
from .gap import _CLEFT, _has_own_subject

_CLAUSES_BACK = 6  # how many clauses back a clause without a subject looks for one


def _ends_when(view: SentenceView, start: int, end: int) -> int | None:
    """Where the object of a clause of time begins that the name at ``start``-``end`` ends
    (``拉夫罗夫会见全面禁止核试验条约组织……执行秘书泽博时表示``: right after 会见, the last verb
    or verb of meeting before it; whom the subject met is not the subject of the verb after it),
    or None when the name ends no such clause or opens its clause."""
    text = view.text
    begin = view.clause_start(start)
    if begin >= start:
        return None
    if (office := view.lexicon.pattern("title").match(text, end)) is not None:
        end = office.end()  # (会见日本外相时)
    close = view.lexicon.pattern("time_clause").match(text, end)
    if close is None or not view.is_word(end, close.end()):
        return None
    meeting = view.lexicon.words("meet")  # (jieba tags 会见 a noun)
    for word in reversed(view.plain_words(begin, start)):
        if word.span is None and (word.text in meeting or verbal(word.text)):
            return word.pos + len(word.text)
    return start


def _with_singled_out(view: SentenceView, found: NameList, start: int) -> NameList:
    """``found`` with the names it is singled out from (``国际社会、尤其是美国``, ``各国,特别是
    核武器国家``, a word of the cue data's ``apposition`` between): one of them, it holds what
    they hold, and they hold it too."""
    if not view.lexicon.may_occur("apposition", view.text):
        return found
    before = view.spans_between(start, found.start)
    if (
        not before
        or before[-1].cls not in HOLDERS
        or _singled_after(view, before[-1].end, found.start + 1) != found.start
    ):
        return found
    listed = list_after(view, before[-1].start, before[-1].end)
    if listed is None:
        return found
    return NameList(extend_left(view, listed, start).items + found.items)


def _singling_out(view: SentenceView, found: NameList, end: int) -> NameList:
    """``found`` with the names singled out from it after it (``国际社会、尤其是美国``), up to
    ``end``."""
    if not view.lexicon.may_occur("apposition", view.text):
        return found
    at = _singled_after(view, found.end, end)
    after = view.span_at(at) if at is not None else None
    if after is None or after.start != at or after.cls not in HOLDERS:
        return found
    named = list_after(view, after.start, end)
    return NameList(found.items + named.items) if named is not None else found


def _singled_after(view: SentenceView, pos: int, end: int) -> int | None:
    """Where the names singled out by a word of apposition after the names ending at ``pos``
    begin (``、尤其是美国``: the targets' ``includes_at`` after a separator), before ``end``."""
    if view.text[pos : pos + 1] in ("、", ","):
        pos += 1
    at = includes_at(view, pos)
    return at if at is not None and at < end else None


_COUNT = re.compile(r"[零〇一二三四五六七八九十百千万\d]+个?|个")


def _organ(span: Span) -> EntityRef | None:
    """The organ that adopts a resolution: ``S/RES/…`` the Security Council, ``A/RES/…`` the
    General Assembly."""
    ref = span.ref
    if not isinstance(ref, EntityRef):
        return None
    if ref.id.startswith("S/RES/"):
        return EntityRef("organization", "UNSC")
    if ref.id.startswith("A/RES/"):
        return EntityRef("organization", "UNGA")
    return None


def _holders_in(view: SentenceView, found: NameList) -> tuple[Span, ...]:
    """The holders a list of names gives: its actors, then the states a group among them lists
    in brackets (``5个核武器国家(美国、俄罗斯……)承诺……``), each of whom holds the position
    too, as a list subject's members do."""
    out = [s for s in found.spans if s.cls in HOLDERS]
    for item in found.items:
        if item.span.cls == "group" and item.bracket is not None:
            a, b = item.bracket
            out += [s for s in view.spans_between(a, b + 1) if s.cls == "state"]
    return tuple(out)


def _persons_before(view: SentenceView, start: int, pos: int) -> tuple[Span, ...]:
    """Persons joined to a person holder across the office of the second
    (``古特雷斯及第74届联合国大会主席穆罕默德-班迪呼吁……``): both hold it."""
    text = view.text
    out: list[Span] = []
    for span in reversed(view.spans_between(start, pos)):
        if span.kind != "person" or span.cls not in HOLDERS:
            continue
        between = text[span.end : pos]
        office = view.lexicon.pattern("title").match(between)
        if office is not None:
            between = between[office.end() :]  # 奥巴马总统和……梅德韦杰夫总统: the first's office
        if len(between) > 24 or not between.startswith(("及", "和", "与", "、")):
            break
        if any(ch in between for ch in ",;:。"):
            break
        out.append(span)
        pos = span.start
    return tuple(out)


def _former_office(view: SentenceView, pos: int) -> bool:
    """Whether an office held no longer follows the name ending at ``pos`` (``前总统``)."""
    former = view.lexicon.longest_first("former")  # (前任 before 前)
    at = pos + next((len(w) for w in former if view.text.startswith(w, pos)), 0)
    return at > pos and view.lexicon.pattern("title").match(view.text, at) is not None


_WITHIN = ("中的", "内的", "之中的", "里的", "当中的")  # a name's part: 集团中的一些成员


# what may follow the head noun of a phrase (……的联合国安理会活动,)
_NOUN_PHRASE_END = re.compile(r"[,;:。、)》”]|的|$")


def _modifies(view: SentenceView, pos: int, limit: int) -> bool:
    """Whether a name ending at ``pos`` only modifies what follows it: another name, or a noun
    that is no office or delegation of its (``联合国框架内``, but ``中国代表团``, ``美国总统``)."""
    nxt = view.span_at(pos)
    if nxt is not None:
        # 联合国秘书长古特雷斯: the office and its holder, not a modifier
        before = view.spans_between(max(0, pos - 30), pos)
        return not (nxt.kind == "person" and before and before[-1].ref == nxt.ref)
    if view.text.startswith(_WITHIN, pos):
        return True  # 核供应国集团中的一些成员: some of its members, not the group
    if view.lexicon.may_occur("meeting", view.text) and view.lexicon.pattern(
        "meeting_phrase"
    ).match(view.text, pos):
        named = view.spans_between(max(0, pos - 30), pos)
        if named and named[-1].cls in ("group", "organization"):
            return False  # 七国集团广岛外长会呼吁: the group speaks through its members' meeting
    following = view.words(pos, min(limit, pos + 12))
    tags = word_tags()
    # a count between them (联合国一百九十一个会员国): what the name modifies comes after it
    while len(following) > 1 and following[0].span is None and _COUNT.fullmatch(following[0].text):
        following = following[1:]
    if not following or following[0].span is not None:
        return False
    word = following[0].text
    lex = view.lexicon
    company = lex.words("subject_tail", "title", "filler", "negator", "modal", "paragraph_adverb")
    if word in company or view.text.startswith("地", pos + len(word)):
        return False
    tag = tags.get(word, "")
    if tag == "s":
        return True  # 日本国内有人呼吁……: a place within the state, where someone else speaks
    if tag == "vn" and _NOUN_PHRASE_END.match(view.text, following[0].pos + len(word)):
        return True  # ……的联合国安理会活动,: a verbal noun that ends the phrase is its head
    if not tag.startswith("n") or tag == "nr" or word in lex.words("stance"):
        return False
    # 中国一贯主张……: jieba joins an adverb to the stance verb after it, and tags the pair a noun
    at = following[0].pos
    cue = lex.pattern("stance").search(word, 1)
    return not (
        cue is not None
        and cue.end() == len(word)
        and is_adverbed_word(view, at + cue.start(), at + len(word))
    )


def _previous_clause_subject(view: SentenceView, start: int) -> tuple[Span, ...] | None:
    key = ("previous", start)
    if key not in view.memo:
        view.memo[key] = _find_previous_clause_subject(view, start)
    return view.memo[key]  # type: ignore[return-value]


def _find_previous_clause_subject(view: SentenceView, start: int) -> tuple[Span, ...] | None:
    """The subject of the clauses before ``start`` that this clause continues: names opening
    one of them (``中国一贯反对核试验,支持……``; ``美国表示,……``)."""
    text = view.text
    depth = view.depth[start] if start < len(text) else 0
    pos = start - 1
    reach = _CLAUSES_BACK
    while pos > 0 and reach:
        reach -= 1
        if text[pos] in ";。:" and view.depth[pos] == depth:
            return None  # a new paragraph, or what a colon introduces: no subject carries over
        begin = view.clause_start(pos)
        if begin >= start:
            break
        found = _clause_opening_names(view, begin, pos)
        if found is not None:
            return found
        if _has_own_subject(view, begin, pos, at_cue=False):
            return None  # the clause before has a subject that is no name
        pos = begin - 1
    return None


# the words of a count before a name (这5个, 五个, 上述两个): no subject of their own
_COUNT_WORD = re.compile(r"这|这些|上述|以上|\d{1,3}|[一二三四五六七八九十两]{1,3}个?|个")


def _clause_opening_names(view: SentenceView, begin: int, end: int) -> tuple[Span, ...] | None:
    lead = LIST_MARKER.match(view.text, begin, end)
    pos = lead.end() if lead else begin
    cleft = _CLEFT.match(view.text, pos, end)
    if cleft is not None and not view.spans_between(pos, cleft.end()):
        pos = cleft.end()
    leads = view.lexicon.words("subject_lead")
    depth = view.depth[pos] if pos < len(view.text) else 0
    for word in view.iter_plain_words(pos, end):  # after a dateline: 新华社……电 巴西外长……
        if view.depth[word.pos] > depth or (word.span is None and word.text in "()"):
            continue  # (AP)文中称, (联合国)据……报道: a bracketed credit or label, not the clause's
        if word.span is None:
            if word.text in leads or _COUNT_WORD.fullmatch(word.text):
                continue  # (这5个核武器国家还说: a count before the name)
            return _relative_head(view, pos, end)
        if word.span.cls not in HOLDERS:
            return _resolution_subject(word.span)
        found = list_after(view, word.span.start, end)
        if found is not None:
            found = _singling_out(view, found, end)  # 国际社会、尤其是美国正……,要求……
        if found is not None and _former_office(view, found.end):
            return None  # 美国前总统卡特表示: he speaks for himself
        if found is not None and (
            _their_text(view, found.end, end) or _office(view, found.end, end)
        ):
            return tuple(s for s in found.spans if s.cls in HOLDERS)  # 中俄的联合声明指出
        if (
            found is None
            or view.text.startswith("的", found.end)
            or _modifies(view, found.end, end)
        ):
            # 美国国务院负责……事务的副国务卿陶舍尔表示: the person right before the verb, whose
            # office the words before describe
            persons = [
                s
                for s in view.spans_between(word.span.start, end)
                if s.kind == "person" and s.cls in HOLDERS and end - s.end <= 1
            ]
            if persons:
                return (persons[-1],)
            # 安理会第2094号决议表明……,同时重申支持……: the organ, through the resolution
            named = view.span_at(found.end) if found is not None else None
            return _resolution_subject(named) if named is not None else None
        # 韩国外长朴振、美国国务卿布林肯、日本外相林芳正发表联合声明: each official listed
        return _officials_listed(view, found, end) or tuple(
            s for s in found.spans if s.cls in HOLDERS
        )
    return None


def _officials_listed(view: SentenceView, found: NameList, end: int) -> tuple[Span, ...]:
    """The persons of a list of officials that opens a clause, each after its state and office
    (``韩国外长朴振、美国国务卿布林肯和日本外相林芳正``), when there are two or more; else ()."""
    persons = [
        s for s in view.spans_between(found.end, end) if s.kind == "person" and s.cls in HOLDERS
    ]
    if len(persons) < 2:
        return ()
    chain = (*_persons_before(view, persons[0].start, persons[-1].start), persons[-1])
    if (
        len(chain) < 2
        or chain[-1] is not persons[-1]
        or min(s.start for s in chain) != persons[0].start
    ):
        return ()  # (not one list from the first official on)
    chain = tuple(sorted(chain, key=lambda s: s.start))
    if any(view.text[a.end : a.end + 1] in WITH for a in chain[:-1]):
        return ()  # 朴振与布林肯会谈后表示: the one met is a partner, not a speaker
    return chain


def _resolution_subject(span: Span) -> tuple[Span, ...] | None:
    """The organ that adopted a resolution, as the subject of the clause the resolution opens
    (``第2094号决议表明……``: the council, through it), or None for any other name."""
    organ = _organ(span) if span.cls == "resolution" else None
    return (span._replace(ref=organ, kind="author"),) if organ is not None else None


def _relative_head(view: SentenceView, begin: int, end: int) -> tuple[Span, ...] | None:
    """The name a relative clause opening the clause ends on, right before the verb at ``end``
    (``正在韩国访问的安倍晋三同时说``: Abe, not Korea, whom the relative clause names), with
    only adverbs or an office between; None when there is none."""
    fillers = view.lexicon.words("filler")
    for span in reversed(view.spans_between(begin, end)):
        if span.start == begin or view.text[span.start - 1] != "的" or span.cls not in HOLDERS:
            continue
        between = view.plain_words(span.end, end)
        if all(w.span is None and w.text in fillers for w in between) or _office(
            view, span.end, end
        ):
            return (span,)
        return None
    return None


def _office(view: SentenceView, start: int, end: int) -> bool:
    """Whether an office of the names' (its domain before it, its holder's name after it) is
    all that stands between them and the verb of saying after them (``欧盟外交与安全政策高级
    代表莫盖里尼认为``); no cue of a position or an act among its words."""
    if start >= end or view.spans_between(start, end):
        return False
    lex = view.lexicon
    return bool(lex.pattern("office_phrase").match(view.text, start, end)) and not (
        lex.pattern("trigger").search(view.text, start, end)
    )


def _their_text(view: SentenceView, start: int, end: int) -> bool:
    """Whether ``的`` and the noun of a statement stand between names and the verb of saying
    after them (``中国和俄罗斯的联合声明强调``, ``中国政府的声明指出``): the text says what its
    authors do."""
    words = view.plain_words(start, end)
    lex = view.lexicon
    tails = lex.words("subject_tail")
    texts = lex.words("speech_title", "joint_title")
    while words and words[0].span is None and words[0].text in tails:
        words = words[1:]
    return (
        len(words) == 2
        and words[0].span is None
        and words[0].text == "的"
        and words[1].span is None
        and words[1].text in texts
    )
