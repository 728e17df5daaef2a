"""The named holder of a cue (:func:`_named_holder`).

The nearest actor, unnamed holder, person or ``我们`` before the cue in its clause that stands
as its subject, and every test that sets a name aside (after a preposition, a possessor, a
place or a posting, a clause of time, a condition, another verb, someone else's belief) or
makes it only the one called on; with what those tests need: the position nouns that name
their owner (``中国的一贯立场是支持……``), a topic put first (``对此,``, ``就……一事,``), the
actors a ``包括……在内`` phrase or a ``无论`` list adds, and the organ that speaks through its
resolution.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..context import opens_paragraph
from ..lexicon import alternation, verbal
from ..sink import ACTORS
from ..targets import ISSUED_HEAD, PASSIVE, Target, clause_end
from ..text import (
    INCLUDING,
    PLACE_OPEN,
    PLACE_REACH,
    SEPARATOR,
    NameList,
    SentenceView,
    Span,
    extend_left,
    list_after,
)
from .common import _CONTENT, _POSTING, HOLDERS, Cue, Holding
from .fronted import _inside_fronted, _possesses_stance
from .gap import _gap, _opens, _predicate_of, _urges_between, _verb_between
from .judgement import _believed
from .subjects import (
    _ends_when,
    _former_office,
    _holders_in,
    _modifies,
    _persons_before,
    _resolution_subject,
    _with_singled_out,
)
from .unheld import _WHETHER, _conditional

# words before a name that make it something other than a subject: they relate it to something
# else (对, 作为), or say where an envoy serves (驻)
_RELATIONAL = _POSTING | frozenset(
    {
        "代表",
        "以",
        "对",
        "对于",
        "针对",  # 三国针对乌克兰重申其承诺: to whom, not who
        "与",
        "同",
        "跟",
        "向",
        "由",
        "给",
        "为",
        "在",
        "于",
        "根据",
        "按照",
        "关于",
        "将",
        "把",
        "除",
        "除了",
        "经",
        "被",
        "让",
        "使",
        "令",
        "帮助",
        "协助",
        "作为",  # 中国作为核武器国家支持……: the capacity the holder acts in, not the holder
    }
)


_POSTING_REACH = 8  # characters before a name in which 驻 makes it a posting (常驻维也纳联合国)


def _whether_listed(view: SentenceView, named: Holding, cue: Cue) -> Holding:
    """Every actor a 无论 list names before the 都 the holder ends (``无论是美国,联合国安理会,
    还是德国联邦政府都希望……``): the list is of holders, and each holds the position."""
    text = view.text
    first = named.spans[0]
    whether = None
    for m in _WHETHER.finditer(text, 0, first.start):
        whether = m
    if whether is None:
        return named
    every = text.find("都", named.spans[-1].end, cue.start)
    if every == -1:
        return named
    lex = view.lexicon
    joins = lex.derived(
        "whether list joins",
        lambda: lex.words("title", "subject_tail") | {"是", "还是", "或", "或是", "或者"},
    )
    words = view.plain_words(whether.end(), every)
    if not all(w.span is not None or w.text in joins or SEPARATOR.fullmatch(w.text) for w in words):
        return named  # 无论美国是否批准,中国都……: the case has a verb of its own
    depth = view.depth[first.start]
    listed = tuple(
        {
            w.span.ref: w.span
            for w in words
            if w.span is not None and w.span.cls in HOLDERS and view.depth[w.pos] == depth
        }.values()
    )
    return replace(named, spans=listed) if len(listed) > len(named.spans) else named


_POSSESSED = re.compile(r"的[^,;:。的]{0,4}$")  # a possessor before a noun: X的(一般)目标是


def _office_of(view: SentenceView, pos: int, end: int) -> bool:
    """Whether an office title that speaks for its state opens ``text[pos:end]`` as the head of
    the subject (``的外交部长发表了``, ``的代表团表示``; not ``的代表性``, ``的代表处``)."""
    m = view.lexicon.pattern("title").match(view.text, pos, end)
    return m is not None and not view.text.startswith(("的", "性", "处"), m.end())


def _named_holder(view: SentenceView, start: int, cue: Cue) -> Holding | None:
    """The nearest actor, unnamed holder, person or ``我们`` before the cue in its clause that
    stands as a subject (not after a preposition, not a possessor)."""
    depth = view.depth[cue.start]
    text = view.text
    for span in reversed(view.spans_between(start, cue.start)):
        if view.depth[span.start] != depth:
            continue
        if (
            span.cls == "resolution"
            and _opens(view, start, span.start)
            and not _related(view, start, span.start)
        ):
            authored = _resolution_subject(span)
            if (
                authored is not None
                and not _verb_between(view, span.end, cue.start)
                # (第2231号决议应得到执行: the paper is what is to be done, by whoever says so)
                and not (cue.kind == "modal" and PASSIVE.match(text, cue.end))
            ):
                # 安理会第1718号决议对朝鲜核试验表示谴责: the council, through its resolution
                mood, negated, objects = _gap(view, span.end, cue.start)
                return Holding(authored, mood, negated, objects)
        if span.cls not in HOLDERS:
            continue
        found = list_after(view, span.start, cue.start)
        if found is None:
            continue
        found = extend_left(view, found, start)  # 中国和俄罗斯反对……, not across the clause
        found = _with_singled_out(view, found, start)  # 国际社会、尤其是美国要求……: both
        # (包括A和B在内的所有国家: the word before the whole phrase is what governs it)
        lead = INCLUDING.search(view.text, start, found.start) if "在内" in view.text else None
        opens = lead.start() if lead is not None else found.start
        before = view.words(max(start, opens - 6), opens)
        previous = before[-1] if before and before[-1].span is None else None
        if _ends_when(view, found.start, found.end) is not None:
            continue  # 拉夫罗夫会见……泽博时表示: whom the subject met, in a clause of when
        if _posted_to(view, start, found.start, cue.start):
            continue  # 中国常驻维也纳联合国和其他国际组织代表王群: where the envoy serves
        if _in_place(view, start, found.start, found.end, cue.start):
            continue  # 在日内瓦裁军谈判会议上呼吁: where it was said, not who said it
        if _nominal_item(view, start, found.start):
            return _CONTENT  # 条约的法律重要性及随后核国家更多地遵守条约条款,会……: a noun phrase
        owns = (
            previous is not None
            and previous.text in ("对", "对于")
            and _possesses_stance(view, found.end, cue)
        )  # 秘书长对日本对《条约》的支持表示欢迎: after the welcome's 对, Japan's own support
        if (
            previous is not None
            and previous.text in _RELATIONAL
            and not owns
            and not (previous.text == "在" and time_after(view, cue.end))
        ):
            if previous.text in ("对", "对于") and _predicate_of(view, found.end, cue.start):
                # 南非对核武器国家迟迟不履行义务深感失望: the cue is what the one after 对 does, in
                # a phrase another verb is about; no one's position
                return _CONTENT
            continue  # 代表B, 对B, 在B: whom A speaks for, an object, a place
        if _holds_position(view, found.end, cue) and _opens(view, start, found.start):
            # 中国的一贯立场是支持……, 我国的原则政策主张……: what the name's position is
            mood, negated, objects = _gap(view, found.end, cue.start)
            return Holding(
                tuple(s for s in found.spans if s.cls in HOLDERS), mood, negated, objects
            )
        if (
            text.startswith("的", found.end)
            and not text.startswith("的名义", found.end)
            and not _office_of(view, found.end + 1, cue.start)
        ):
            if (
                cue.frame.trigger != "act"
                and _POSSESSED.fullmatch(text, found.end, cue.start)
                and not any(verbal(w.text) for w in view.plain_words(found.end + 1, cue.start))
            ):
                # 中方拒绝美方的指责,……: the cue is a noun, the possessor's position and not
                # the one of whoever speaks of it
                return None
            continue  # X的: a possessor (not of its officials: 俄罗斯、英国、美国的外交部长发表了……)
        if _modifies(view, found.end, cue.start):
            continue  # 联合国框架内的……, 安全理事会第984号决议: the name modifies a noun
        if cue.frame.trigger != "act" and _former_office(view, found.end):
            # 美国前总统卡特表示……: he speaks for himself, not for the state; but what he did
            # is what the state did while he held the office (美国前总统克林顿签署了《条约》)
            continue
        if previous is not None and previous.text in view.lexicon.words("urge"):
            return Holding(tuple(found.spans), embedded=True)  # 呼吁各国……: the one called on
        if (
            previous is not None
            and cue.frame.trigger == "act"
            and previous.text in view.lexicon.words("causative")
            and not view.text.startswith("了", cue.end)
        ):
            # 促使以色列加入《条约》: an act one is to be brought to, not done (促使X加入了: done)
            return Holding(tuple(found.spans), embedded=True)
        if _possesses_stance(view, found.end, cue):
            # 这体现了中国对《条约》的政治支持: whose the stance noun is, whatever verb the
            # phrase is the object of
            mood, negated, objects = _gap(view, found.end, cue.start)
            return Holding(
                tuple(s for s in found.spans if s.cls in HOLDERS), mood, negated, objects
            )
        if _verbal_topic_before(view, found.start):
            return _CONTENT  # 核查伊朗遵守……: the holder is the object of a topic used as a verb
        if cue.frame.mood == "obligation" and _decides_that(view, start, found.start):
            # 安理会,……决定朝鲜不得再进行核试验: the organ's call, X is called on
            mood, negated, objects = _gap(view, found.end, cue.start)
            return Holding(tuple(found.spans), "obligation", negated, objects)
        if _inside_fronted(view, start, found.start, cue):
            continue  # 东盟对召开六方会谈表示欢迎: inside what 对 fronts; the holder stands before
        if not _opens(view, start, found.start) and not _relative(view, found.end, cue):
            return _CONTENT  # 专家组讨论了X承诺……: what another verb says of X
        if _conditional(view, start, found.start):
            return _CONTENT  # 如果美国批准……: a condition, not a fact
        if _believed(view, start, found) and "obligation" not in (
            cue.frame.mood,
            _gap(view, found.end, cue.start)[0],
        ):
            # 一些代表团认为,中国支持……: their belief, not China's position; but what they
            # think another should do is their call (中国认为,核武器国家应作出……的承诺)
            return None
        if _verb_between(view, found.end, cue.start) and not _issued_text_says(view, found, cue):
            return _CONTENT  # 工作组讨论了……执行……: the cue is what another verb is about
        if cue.frame.trigger == "act" and _urges_between(view, found.end, cue.start):
            return _CONTENT  # 我们呼吁其余国家签署条约: the act is theirs, not done, the call ours
        if view.text.startswith("被", cue.start - 1) and view.is_word(cue.start - 1, cue.start):
            return _CONTENT  # 日本被要求批准……: the one asked, not who asks
        mood, negated, objects = _gap(view, found.end, cue.start)
        spans = (
            _included(view, start, found.start)
            + _holders_in(view, found)
            + _persons_before(view, start, found.start)
        )
        if not spans:
            return None
        return Holding(spans, mood, negated, objects or _topicalized(view, start, cue))
    return None


def _included(view: SentenceView, start: int, pos: int) -> tuple[Span, ...]:
    """The actors of ``包括A和B在内的`` right before the holder at ``pos``: they hold what it
    holds (包括中国在内的许多国家支持……: China supports it)."""
    found = INCLUDING.search(view.text, start, pos)
    if found is None:
        return ()
    depth = view.depth[pos]
    return tuple(
        span
        for span in view.spans_between(found.start(1), found.end(1))
        if span.cls in ACTORS and view.depth[span.start] == depth
    )


def _decides_that(view: SentenceView, start: int, pos: int) -> bool:
    """Whether a resolution's paragraph opens with its verb right before the name at ``pos``
    (``1. 决定朝鲜……``): what follows is the organ's decision on X, in the organ's voice."""
    if view.author_at(start) is None or not opens_paragraph(view.lexicon, view.text, start):
        return False
    opener = view.lexicon.pattern("paragraph_opener")
    return any(m.end() == pos for m in opener.finditer(view.text, start, pos))


def _nominal_item(view: SentenceView, start: int, pos: int) -> bool:
    """Whether the names at ``pos`` open the second item of a noun phrase's list, a noun joiner
    (及, 以及) and adverbs before them, a noun phrase that names no actor before that in the
    clause (``条约的法律重要性及随后核国家更多地遵守……``): the clause is a thing spoken of."""
    lex = view.lexicon
    words = view.plain_words(start, pos)
    fillers = lex.words("filler")
    i = len(words) - 1
    while i >= 0 and words[i].span is None and words[i].text in fillers:
        i -= 1
    if i <= 0 or words[i].span is not None or words[i].text not in ("及", "以及"):
        return False
    before = words[:i]
    return "的" in (w.text for w in before) and not any(
        w.span is not None and w.span.cls in HOLDERS for w in before
    )


def _issued_text_says(view: SentenceView, found: NameList, cue: Cue) -> bool:
    """Whether the cue stands in a relative clause on a text its holder issues, that verb the
    only one between (``双方发布了合作推进核裁军的《共同宣言》``): what the text does, its issuers
    hold."""
    issued = _ISSUED_VERB.fullmatch(view.text, found.end, cue.start)
    return issued is not None and _ISSUED_TEXT.match(view.text, cue.end) is not None


_ISSUED_VERB = re.compile(
    r"(?:共同|联合)?(?:发布|发表|签署|通过)了?(?:一份|一项)?(?:合作|共同|联合)?"
)


_ISSUED_TEXT = re.compile(r"[^,;:。《》]{0,30}?" + ISSUED_HEAD.pattern)  # (……推进核裁军的《宣言》)


# a place phrase around a name: 在 a few words before it (PLACE_OPEN), 上 / 期间 after it
_PLACE_AFTER = re.compile(r"[^,;:。、]{0,8}?(?:上|期间|之际|会上)")


# what closes a time clause that 在 opens, after its verb (在洪都拉斯批准了该条约之后)
_TIME_AFTER = re.compile(r"[了过]?[^,;。]{0,12}?(?:之后|以后|后)$")


def time_after(view: SentenceView, pos: int) -> bool:
    """Whether the clause of a cue ending at ``pos`` closes a time clause 在 opened (``在洪都拉斯
    批准后``): the name after 在 is the act's subject, not a place."""
    return _TIME_AFTER.match(view.text, pos, clause_end(view, pos)) is not None


def _in_place(view: SentenceView, start: int, pos: int, end: int, cue_start: int) -> bool:
    """Whether the name at ``pos:end`` stands inside a place phrase (在日内瓦裁军谈判会议上)."""
    if not PLACE_OPEN.search(view.text, max(start, pos - PLACE_REACH), pos):
        return False
    m = _PLACE_AFTER.match(view.text, end, cue_start)
    return m is not None and not view.spans_between(end, m.end())


def _posted_to(view: SentenceView, start: int, pos: int, end: int) -> bool:
    """Whether the name at ``pos`` is where an envoy serves: 驻 or 常驻 before it in its
    clause, and an office after it before the cue (``常驻维也纳联合国……代表``)."""
    before = view.text[max(start, pos - _POSTING_REACH) : pos]
    if "驻" not in before:
        return False
    return bool(view.lexicon.pattern("title").search(view.text, pos, end))


def _verbal_topic_before(view: SentenceView, pos: int) -> bool:
    """Whether a topic's name ends right where a holder begins (``核查伊朗遵守其保障义务``): the
    name is used as the verb, and the holder is its object."""
    return any(s.end == pos and s.cls == "topic" for s in view.spans_between(max(0, pos - 12), pos))


# what may stand between a position noun and its copula (中国的立场一贯是……, ……,这也是……的立场)
_POSITION_ADVERB = "(?:一直|始终|一贯|一向|历来|向来|也|就)?"


def _position_owner(view: SentenceView, start: int, cue: Cue) -> Holding | None:
    """The names whose position a clause that opens with the cue is said to be, after it
    (``坚决反对核扩散,是中国政府的一贯立场``, ``支持《条约》是日本的基本政策``)."""
    lex = view.lexicon
    if (
        cue.frame.trigger != "stance"
        or lex.pattern("held_position").search(view.text, cue.end) is None  # (most cues)
        or not _predicate_of(view, start, cue.start)
    ):
        return None  # (the cue opens its clause, with nothing but adverbs before it)
    owned = lex.derived(
        "position_owner",
        lambda: re.compile(
            rf",?(?:这|此)?{_POSITION_ADVERB}(?:是|为)(?P<names>[^,;:。]{{1,40}}?)的"
            r"[^,;:。的]{0,6}?(?:" + alternation(sorted(lex.words("held_position"))) + ")"
        ),
    )
    text = view.text
    stop = clause_end(view, cue.end)
    if stop < len(text) and text[stop] == ",":
        stop = clause_end(view, stop + 1)  # (the clause after the one the cue opens)
    for m in owned.finditer(text, cue.end, stop):
        if m.start() != cue.end and text[m.start()] not in ",是":
            continue  # (the copula's clause follows the stance's phrase: after a comma, or 是)
        found = list_after(view, m.start("names"))
        if found is None or found.end > m.end("names"):
            continue
        spans = _holders_in(view, extend_left(view, found, m.start("names")))
        if spans:
            mood, negated, objects = _gap(view, start, cue.start)
            return Holding(spans, mood, negated, objects)
    return None


def _holds_position(view: SentenceView, pos: int, cue: Cue) -> bool:
    """Whether ``的`` at ``pos`` makes the name before it the owner of a position noun that the
    cue states (``中国的一贯立场是支持``, ``我国的原则政策主张``): a few modifiers before the noun,
    an adverb and a copula after it, and the words that may stand before any cue (坚定不移地)."""
    if cue.frame.trigger != "stance":
        return False
    lex = view.lexicon
    owned = lex.derived(
        "held_position",
        lambda: re.compile(
            r"的[^,;:。的]{0,4}?(?:"
            + alternation(sorted(lex.words("held_position")))
            + rf"){_POSITION_ADVERB}(?:是|为)?(?:"
            + alternation(sorted(lex.words("filler")))
            + ")*"
        ),
    )
    text = view.text
    if text.startswith("的", pos):
        return owned.fullmatch(text, pos, cue.start) is not None
    # 中国处理伊朗核问题的出发点是, 中国在该问题上的立场是: a relative clause on the noun, the
    # name its subject (not a name that modifies the next: 伊朗核问题的, nor a cue's own clause)
    at = text.rfind("的", pos, cue.start)
    return (
        _OWNER_RELATIVE_MIN <= at - pos <= _OWNER_RELATIVE_MAX
        and view.span_at(pos) is None
        and not any(ch in text[pos:at] for ch in ",;:。“”")
        and lex.pattern("trigger").search(text, pos, at) is None
        and owned.fullmatch(text, at, cue.start) is not None
    )


_OWNER_RELATIVE_MIN, _OWNER_RELATIVE_MAX = 2, 14  # the length of 处理伊朗核问题 and the like


_TOPICALIZED = re.compile(r"对于|对|就|关于")


# the head noun that may close a topic of 就 (就朝鲜核试验一事, 就伊朗核问题): the matter of it
_TOPIC_MATTER = re.compile(r"(?:一事|问题)$")


def _topicalized(view: SentenceView, start: int, cue: Cue) -> tuple[Target, ...]:
    """What a clause of its own before the holder's says the cue is on: ``对此,美国表示支持``,
    ``对于《条约》,中方表示欢迎``, ``就朝鲜宣布将进行核试验一事,韩国表示遗憾`` (the object put
    first, as a topic, with a comma after it). The clause is read as what 对 fronts in the
    holder's own clause: ``对于美国退出《条约》,`` is about a withdrawal, not the treaty. Only a
    cue that ends its clause takes it: one with words after it is on them (就朝鲜核试验一事,日本
    表示支持第2321号决议: the occasion, not what is supported)."""
    if start < 2 or view.text[start - 1] != ",":
        return ()
    if view.text[cue.end : view.clause_end(cue.end)].strip("了的"):
        return ()
    topic = topic_clause(view, start - 1)
    if topic is None:
        return ()
    return _gap(view, topic[0], topic[1], fronted=True)[2]


def topic_clause(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """Where what a topic clause puts first stands (after its preposition, before a matter noun:
    ``就|朝鲜核试验|一事,``), if the clause that ``comma`` ends is one. A 关于 phrase with 的 in it
    modifies a noun (``关于消极安全保证的条约有助于……``): no topic of its own."""
    text = view.text
    opening = view.clause_start(comma - 1)
    m = _TOPICALIZED.match(text, opening, comma)
    if m is None or not view.is_word(opening, m.end()):
        return None
    if m.group() == "关于" and "的" in text[m.end() : comma]:
        return None
    end = comma
    if (matter := _TOPIC_MATTER.search(text, m.end(), comma)) is not None:
        end = matter.start()
    return m.end(), end


def _related(view: SentenceView, start: int, pos: int) -> bool:
    """Whether a preposition (``对``, ``根据``...) relates the name at ``pos`` to a verb after it,
    over the organ named before it (``俄罗斯对安理会第2231号决议表示欢迎``: the resolution is what
    Russia welcomes, not the council speaking through it)."""
    words = view.words(start, pos)
    if any(w.span is None and w.text in ("对", "对于") for w in words):
        return True  # 中国对安理会通过第2375号决议表示支持: inside the object 对 fronts
    for word in reversed(words):
        if word.span is not None and word.span.cls == "organization":
            continue
        return word.span is None and word.text in _RELATIONAL
    return False


def _relative(view: SentenceView, end: int, cue: Cue) -> bool:
    """Whether the holder ending at ``end`` and the cue make a relative clause on the noun
    after ``的`` (``评估日本政府一直倡导的……概念``): it says what the holder holds, as a given,
    wherever the noun stands."""
    text, lex = view.text, view.lexicon
    if not text.startswith("的", cue.end) or cue.word not in lex.words("relative"):
        return False
    # past what may follow a name as the subject (日本政府) and before 所 (决议所支持的)
    start = end + max(
        (len(w) for w in lex.words("subject_tail") if text.startswith(w, end, cue.start)),
        default=0,
    )
    stop = cue.start - 1 if text[cue.start - 1 : cue.start] == "所" else cue.start
    return start <= stop and _predicate_of(view, start, stop)
