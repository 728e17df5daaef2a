"""Positions and treaty acts read through one clause frame: holder … cue … targets.

A cue (``支持``, ``批准``, ``呼吁``, ``应``, ``至关重要``...) is found in a sentence (here); its
holder is looked for before it, failing open (:mod:`.holders`); its targets are in its scope
after it (:mod:`.targets`); what each cue kind means is data (``data/relation_cues.tsv``), and
the constructions, each with examples, are the ``[[frame]]`` rules of
``data/relation_rules.toml``. The statements are emitted here, with what the cue, its holder
and its targets together say (a refusal, a call, an act not done).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..records import EntityRef
from .context import DocumentContext
from .holders import (
    COORDINATORS,
    DISPOSAL,
    HOLDERS,
    WITH,
    Cue,
    Holding,
    contributed_to,
    find_holding,
    joiners,
    relative_holder,
    subject_start,
    time_after,
    topic_clause,
    voice_of,
    vote_tally,
)
from .lexicon import CueLexicon, alternation, load_cues, word_tags
from .paragraphs import (
    ITEMS_OPEN,
    LISTS_FOLLOW,
    SUB_ITEM,
    OpenCall,
    continue_call,
    read_items,
)
from .patterns import FrameRule, load_frames
from .sink import ACTORS, STANCE_OBJECTS, StatementSink
from .targets import (
    DOMAIN_END,
    Target,
    clause_end,
    holds_after,
    is_aim,
    is_harm,
    past_exception,
    signed_on,
    stalled,
    subject_targets,
    targets_after,
    unreached_halt,
)
from .text import (
    DATE,
    SentenceView,
    Span,
    after_name,
    holder_phrase_start,
    is_adverbed_word,
    is_verb,
    list_after,
    pledge_at,
    with_holders,
)

_LISTS_FOLLOW_WORDS = ("以下", "下列")


def _announces_items(text: str) -> bool:
    """Whether a sentence may announce a list of what a cue in it is on (``以下步骤``, or a
    colon that ends it: ``中方主张:`` with the items on the lines after)."""
    return any(w in text for w in _LISTS_FOLLOW_WORDS) or text.rstrip(" \n”").endswith(":")


def rule_frames(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    """Every position and treaty act the clause frame reads in the sentence."""
    if sink.open_call is not None:
        # (b) 推动禁核试理念……: an item's names of a topic's opposite are read reversed, as
        # anywhere else
        continue_call(_with_inverses(view), sink, _call_targets)
    if view.spans:
        if not _may_hold(view):
            return
        view = _with_inverses(view)
    elif view.voice:
        # in a speech, 坚决反对核扩散 names nothing but the topic 核扩散 is against, and the speaker
        # holds it (only such a sentence reads them before the cheap test for a holder)
        view = _with_inverses(view)
        if not view.spans or not _may_hold(view):
            return
    else:
        return
    cues = find_cues(view)
    if not cues:
        return  # (before the unnamed holders are looked for: most sentences stop here)
    view = with_holders(view, ctx)
    holdings: list[Holding | None] = []
    for cue in cues:
        holdings.append(find_holding(view, cue, cues, holdings))
    judged = _judged_clauses(view, cues)
    for cue, holding in zip(cues, holdings, strict=True):
        if holding is not None and not any(a <= cue.start < b for a, b in judged):
            _emit(view, sink, cue, holding, cues, holdings)


def _judged_clauses(view: SentenceView, cues: list[Cue]) -> list[tuple[int, int]]:
    """Where a clause is the subject a judgement ending it is passed on (``伊朗全面履行其承诺
    至关重要``, ``……是不可接受的``): what it tells is weighed, not said to be done or held by the
    clause's own subject. A judgement that heads a noun phrase (``重申联合国的核心作用``) is
    the object of the clause's verb, which still holds."""
    weighing = view.lexicon.words("weighing")
    return [
        (view.clause_start(cue.start), cue.start)
        for cue in cues
        if cue.word in weighing and _PREDICATE_END.match(view.text, cue.end)
    ]


_PREDICATE_END = re.compile(r"(?:的|了)?(?:[,;:。”]|$)")


def _with_inverses(view: SentenceView) -> SentenceView:
    """The view with names of the opposite of a topic as spans (``核扩散``: the opposite of
    non-proliferation), read as that topic with the stance reversed."""
    lex = view.lexicon
    if not lex.may_occur("inverse", view.text):
        return view
    extra = []
    renamed = False
    spans = list(view.spans)
    for m in lex.pattern("inverse").finditer(view.text):
        here = view.span_at(m.start())
        if here is not None and here.end == m.end() and here.kind == "mention":
            # a name of the topic that is its opposite (外空军备竞赛, an alias of PAROS so that
            # it is found): read reversed, as 反对外空军备竞赛 is for its prevention
            if isinstance(here.ref, EntityRef) and lex.value("inverse", m.group()) == here.ref.id:
                spans[spans.index(here)] = here._replace(kind="inverse")
                renamed = True
            continue
        topic = lex.value("inverse", m.group())
        inner = next((s for s in view.spans_between(m.start(), m.end()) if s.end == m.end()), None)
        if (
            inner is not None
            and here is None
            and m.start() < inner.start
            and inner.ref == EntityRef("topic", topic or "")
        ):
            # 反核试验: the topic's name ends the name of its opposite, read reversed
            spans[spans.index(inner)] = Span(m.start(), m.end(), inner.ref, "inverse")
            renamed = True
            continue
        if view.inside_span(m.start()) or view.inside_span(m.end() - 1):
            continue
        if not view.is_word(m.start(), m.end()):
            continue  # 扩散核武器: a verb, not the thing
        if _settled(lex, view.text, m.start()):
            continue  # 和平解决核武器扩散的关切: a problem to settle, no position on it
        if topic is not None:
            extra.append(Span(m.start(), m.end(), EntityRef("topic", topic), "inverse"))
    return view.with_spans([*spans, *extra]) if extra or renamed else view


def _settled(lex: CueLexicon, text: str, at: int) -> bool:
    """Whether a verb of settling (解决, 解决好) ends right before ``at``."""
    return lex.ends_at("settle", text, at, _SETTLE_REACH, "(?:好|了)?")


_SETTLE_REACH = 4  # characters of a verb of settling and its complement (解决好)


def _may_hold(view: SentenceView) -> bool:
    """Cheap tests before any word is cut: a cue word, and something it could be on."""
    lex = view.lexicon
    text = view.text
    if not lex.pattern("trigger").search(text):
        return False  # most sentences: one search in C
    classes = {s.cls for s in view.spans}  # (one pass over the spans for both questions)
    if (
        classes.isdisjoint(STANCE_OBJECTS)
        and not _announces_items(text)
        and not any(  # 反对核扩散: its opposite named (not 不扩散 inside a name)
            not view.inside_span(m.start()) for m in lex.pattern("inverse").finditer(text)
        )
    ):
        return False
    # and someone to hold it: a voice, a resolution's organ, a name that can be a subject (an
    # actor, a person, a resolution) or an unnamed holder
    holder = (
        view.voice
        or any(ref is not None for _, ref in view.authors)
        or not classes.isdisjoint(HOLDERS)
        or "resolution" in classes
        or _first_unnamed(view)
    )
    return bool(holder)


_UNNAMED = ("first unnamed holder",)  # a view's memo key: where holder_phrase first matches


def _first_unnamed(view: SentenceView) -> re.Match[str] | None:
    """The first unnamed holder's words in the sentence (``一些代表团``, before they are spans),
    looked for once for both _may_hold and find_cues."""
    memo = view.memo
    if _UNNAMED not in memo:
        opening = holder_phrase_start(view.lexicon, view.text)
        memo[_UNNAMED] = (
            view.lexicon.pattern("holder_phrase").search(view.text, opening)
            if opening >= 0
            else None
        )
    return memo[_UNNAMED]  # type: ignore[return-value]


# --- cues ------------------------------------------------------------------------------------


def find_cues(view: SentenceView) -> list[Cue]:
    """The cues of the sentence, in text order: the words of the frame rules' trigger kinds
    (``data/relation_rules.toml``), each read by the first rule that takes it."""
    found: list[Cue] = []
    titles = _title_quotes(view)
    # the first and last stance objects and the first holder, in one pass over the spans (in
    # text order)
    first_object, last_object = len(view.text), -1
    first_holder = len(view.text)
    holder_seen = False
    for s in view.spans:
        cls = s.cls
        if cls in STANCE_OBJECTS:
            if last_object == -1:
                first_object = s.start
            last_object = s.start
        if not holder_seen and (cls in HOLDERS or cls == "resolution"):
            first_holder, holder_seen = s.start, True
    span = (first_object, last_object)
    steps = _announces_items(view.text)
    # without a voice, only a name before a cue can hold it
    voiced = bool(view.voice) or any(ref is not None for _, ref in view.authors)
    unnamed = _first_unnamed(view)  # 一些代表团 (not yet spans)
    if unnamed is not None:
        first_holder = min(first_holder, unnamed.start())
    trigger = _trigger_words()
    # where the last position noun stands (坚决反对核扩散,是中国的一贯立场: a cue before it may
    # be that owner's), found once for the sentence rather than once for each cue
    owned_at = -1
    if holder_seen:
        for owned in view.lexicon.pattern("held_position").finditer(view.text):
            owned_at = owned.start()
    m = trigger.search(view.text)
    while m is not None:
        cue = None
        if (
            (
                voiced
                or first_holder < m.start()
                or _purpose_first(view, m.start())
                # (一贯支持《条约》的奥地利: the clause's subject after it)
                or (holder_seen and relative_holder(view, m.start(), m.end()) is not None)
                or owned_at >= m.end()  # (whose position it is, said after it)
            )
            # (为维护《条约》,日本将……: a purpose before its holder may be read)
            and not (view.inside_span(m.start()) or view.inside_span(m.end() - 1))
            # 题为“推进多边核裁军谈判”的决议: a title says what a paper is called
            and not any(a <= m.start() < b for a, b in titles)
            # 要想保留《条约》,……: the cue's word opens a condition's (要 of 要想)
            and not view.lexicon.pattern("conditional").match(view.text, m.start())
            and not _ends_condition(view, m.start())
            # 欢迎各位参加……培训班: a courtesy to those addressed, no position on the course
            and not view.lexicon.pattern("greeting").match(view.text, m.start())
        ):
            for frame in _frames_of(m.group()):
                cue = _cue(view, m, frame, span, steps)
                if cue is not None:
                    found.append(cue)
                    break
        # a word that is no cue here may hide one that starts inside it (十分重要|的意义:
        # 重要的意义 is the cue): look again from its next character
        m = trigger.search(view.text, m.end() if cue is not None else m.start() + 1)
    return found


def _denied_modal(view: SentenceView, pos: int) -> bool:
    """Whether a word that denies a modal ends right before ``pos`` (不是, 并非)."""
    denied = view.lexicon.derived(
        "denied_modal_end",
        lambda: re.compile(f"(?:{view.lexicon.pattern('denied_modal').pattern})$"),
    )
    return denied.search(view.text, max(0, pos - 8), pos) is not None  # (words of 2-3 characters)


def _object_put_first(view: SentenceView, end: int) -> bool:
    """Whether a ``对`` (``对于``) that may front an object stands before ``end``: a word of its
    own, not the 对 of 绝对, 反对 or 针对 (朝鲜核试验绝对无法接受: a judgement, no fronted object);
    or the clause before the cue's is a topic (就朝鲜核试验一事,韩国表示遗憾)."""
    text = view.text
    start = view.clause_start(end)
    if start >= 2 and text[start - 1] == "," and topic_clause(view, start - 1) is not None:
        return True
    pos = text.find("对", 0, end)
    while pos != -1:
        if text.startswith("对于", pos) or view.is_word(pos, pos + 1):
            return True
        pos = text.find("对", pos + 1, end)
    return False


_WARNED_REACH = 12  # how far after a warning the words that make it one not to act may stand


def _warns_against(view: SentenceView, end: int) -> bool:
    """Whether a warning at ``end`` is to someone not to act (``警告朝鲜不要……``, ``警告朝不要……``):
    the words that make it so follow in its clause after the one warned, who names nothing a
    position could be on."""
    lex = view.lexicon
    stop = min(clause_end(view, end), end + _WARNED_REACH)
    for m in lex.pattern("warn").finditer(view.text, end, stop):
        if lex.value("warn", m.group()) == "not":
            return m.start() > end and not any(
                s.cls in STANCE_OBJECTS for s in view.spans_between(end, m.start())
            )
    return False


def _pledge_made(view: SentenceView, m: re.Match[str]) -> bool:
    """Whether the pledge noun ``m`` ends the object of a verb that makes it, in its clause
    (``作出不首先使用核武器的承诺``): what it pledges stands between them."""
    if not pledge_at(view, m.start()):
        return False
    return (
        view.lexicon.pattern("pledge_verb").search(
            view.text, view.clause_start(m.start()), m.start()
        )
        is not None
    )


def _disposed(view: SentenceView, pos: int) -> bool:
    """Whether the name at ``pos`` is fronted by 将 or 把 (``将《条约》延长五年``)."""
    before = view.text[max(0, pos - 2) : pos].rstrip("《“")
    return before[-1:] in DISPOSAL


def _purpose_first(view: SentenceView, pos: int) -> bool:
    """Whether the clause of ``pos`` opens with a purpose word (为, 为了: a holder may follow)."""
    start = view.clause_start(pos)
    return bool(view.lexicon.pattern("purpose").match(view.text, start, pos))


def _cue(
    view: SentenceView, m: re.Match[str], frame: FrameRule, objects: tuple[int, int], steps: bool
) -> Cue | None:
    """The cue ``frame`` reads in the word ``m``, if it is one here."""
    lex = view.lexicon
    word = m.group()
    # a cue with nothing it could be on is not read further (its words are not cut)
    first, last = objects
    after = last >= m.end() or (frame.lists_follow and steps)
    before = first < m.start()
    composed = frame.trigger == "evaluation" and lex.pattern("composed_evaluation").fullmatch(word)
    leads = bool(composed) and _means_named(view, word, m.end()) is not None
    if frame.targets in ("subject", "comitative") and not before and not (leads and after):
        return None
    if frame.mood == "obligation" and _denied_modal(view, m.start()):
        return None  # 其目的不是要导致……: what is denied is no call
    called = frame.mood == "obligation" and before  # 《条约》应早日生效: the subject is called for
    if (
        frame.targets in ("after", "object")
        and not after
        and not called
        # 对《条约》表示支持, 将《条约》延长五年: the object fronted before its verb; 朝鲜进行了
        # 核试验,中方表示坚决反对: the event told before the clause the cue ends
        and not (
            before
            and (
                _disposed(view, first)
                or _object_put_first(view, m.start())
                or _pledge_made(view, m)
                or (
                    frame.trigger == "act"
                    and (
                        signed_on(view, m.start()) is not None
                        or _topic_treaty(view, m.start(), m.end()) is not None
                    )
                )
                or (
                    frame.event_before
                    and _ends_clause(view, m.end())
                    # (朝鲜的核试验绝对无法接受: an object in its own clause is judged, no event)
                    and not _object_in_clause(view, m.start())
                )
            )
        )
    ):
        return None
    if frame.targets == "after+subject" and not (after or before):
        return None
    if frame.follows == "object" and not after:
        return None  # 对朝鲜的核试验决不会感到满意: a vow is of what it says will never be done
    if frame.follows == "verb_phrase" and not _heads_verb_phrase(view, m.end()):
        return None  # 作出艰苦努力之后: a noun of striving, no verb phrase striven for
    if (
        composed
        and not leads
        and _JUDGED_AS.search(view.text, view.clause_start(m.start()), m.start()) is None
    ):
        return None  # 就……的有效措施进行谈判: a noun of means, not what a subject is judged
    # (a judgement of its subject needs one before it, in its clause or the one it goes on from:
    # 朝鲜进行核试验,严重违反……; a verb's object after it)
    scope = (
        (view.clause_start(max(0, view.clause_start(m.start()) - 1)), m.start())
        if frame.targets == "subject"
        else (m.end(), view.clause_end(m.end()))
    )
    if frame.objects and not any(s.cls in frame.objects for s in view.spans_between(*scope)):
        return None  # 强行实施核试验: no commitment carried out, and no cue that ends a scope
    if lex.value("warn", word) == "verb" and not _warns_against(view, m.end()):
        return None  # 警告说, 警告核战争的危险: no call
    if frame.word == "verb":
        ok = is_verb(view, m)
    elif len(word) > 1:  # (one character joined to what is before it is another word: 必要)
        ok = is_adverbed_word(view, m.start(), m.end())
    else:
        ok = view.is_word(m.start(), m.end())
    if not ok or lex.pattern("time_clause").match(view.text, m.end()):
        return None  # (在需要时: a clause of time, neither a position nor a call)
    if (
        frame.trigger == "stance"
        and view.text.startswith("的", m.end())
        and word not in lex.words("relative")
        and not _pledge_made(view, m)  # (作出……承诺的国家: the noun ends the clause's object)
    ):
        return None  # 向正在召开的委员会提交: a relative clause on the noun after it, no position
    if vote_tally().search(view.text, max(0, m.start() - 4), m.start()) and not _SCORE.search(
        view.text, max(0, m.start() - 12), m.start()
    ):
        # 以156票赞成、3票反对通过: a count of votes (投票反对 is a vote; 以51票对48票否决: a
        # score, and the verb after it what was decided)
        return None
    limit = None
    if frame.limit is not None:
        end = clause_end(view, m.end())
        if end == m.end() and view.text.startswith(",", end):
            end = clause_end(view, end + 1)  # 安理会重申,《A》和《B》极为重要
        phrase = lex.pattern(frame.limit).search(view.text, m.end(), end)
        if phrase is not None and (phrase.start() > m.end() or frame.targets == "beneficiary"):
            # (做出努力: the noun right after the verb is enough when what it is for stands
            # before it, after 为)
            limit = phrase.start()
        elif lex.pattern(frame.limit).search(word) is not None:
            limit = m.end()  # (作出贡献: jieba's one word for the verb and the noun it needs)
        else:
            return None
    value = lex.value(frame.trigger, word)
    predicate = value if frame.predicate == "$cue" else frame.predicate
    return Cue(m.start(), m.end(), word, frame, predicate or "", limit)


def _heads_verb_phrase(view: SentenceView, end: int) -> bool:
    """Whether a verb ending at ``end`` heads the verb phrase it is for (a verb of striving:
    努力防止核武器扩散): what that phrase is about stands in its clause, with no cue before it to
    read instead (努力推动核裁军, 决心继续促进……: 推动's, 促进's). Not a noun: 作出艰苦努力之后,
    防扩散努力的影响, 共同努力,推动…… (the clause ends, or 的 follows)."""
    if view.text.startswith(("的", "到", "得"), end):
        return False  # (争取到的体系: won, its result told; 努力的方向: a noun)
    stop = view.clause_end(end)
    first = next((s.start for s in view.spans_between(end, stop) if s.cls in STANCE_OBJECTS), None)
    return first is not None and _trigger_words().search(view.text, end, first) is None


_JUDGED_AS = re.compile("是|成为|在于")  # what a predicate noun judges follows
_MEANS_NAMED = re.compile("(?:就|正)?(?:是|在于)(?!否)")  # what a means judged is follows it


def _means_named(view: SentenceView, word: str, end: int) -> re.Match[str] | None:
    """The copula after a composed evaluation ending at ``end`` that names the means it judges
    (``防止核扩散的根本途径是……``, ``……的唯一途径在于……``): its targets follow it too."""
    if not view.lexicon.pattern("composed_evaluation").fullmatch(word):
        return None
    return _MEANS_NAMED.match(view.text, end)


_SCORE = re.compile(r"票对[\d零一二三四五六七八九十百千]+票$")


def _ends_condition(view: SentenceView, pos: int) -> bool:
    """Whether the cue's word at ``pos`` ends a condition's idiom (``如有必要``: if necessary;
    the idioms are rows of the kind ``conditional``, at most two characters before the cue)."""
    text = view.text
    conditional = view.lexicon.pattern("conditional")
    return any(
        (c := conditional.match(text, pos - back)) is not None and c.end() > pos
        for back in (1, 2)
        if pos >= back
    )


@lru_cache(maxsize=512)
def _frames_of(word: str) -> tuple[FrameRule, ...]:
    """The frame rules whose trigger kind holds ``word``, in the rules file's order."""
    lex = load_cues()
    return tuple(
        f
        for f in load_frames()
        if word in lex.words(f.trigger)
        and (f.value is None or lex.value(f.trigger, word) == f.value)
    )


# cue words that take a clause as what they say or pledge (宣布, 承诺, 认为)
_SAYING_KINDS = ("frame", "reporting", "opinion", "pledge", "urge")


def _objects_only(word: str) -> bool:
    """Whether every frame that reads ``word`` takes only some classes of objects (实施: a
    commitment): in a call, like an act, it is what is asked (要求朝鲜……,全面执行第1718号决议,
    以……方式放弃核武器)."""
    frames = _frames_of(word)
    return bool(frames) and all(f.objects for f in frames)


@lru_cache(maxsize=1)
def _trigger_words() -> re.Pattern[str]:
    """One search for the words of every frame rule's trigger kind, the longest first."""
    lex = load_cues()
    words = {
        w
        for f in load_frames()
        for w in lex.words(f.trigger)
        if f.value is None or lex.value(f.trigger, w) == f.value
    }
    return re.compile(alternation(sorted(words)))  # a trie: the longest word first


def _title_quotes(view: SentenceView) -> list[tuple[int, int]]:
    """The insides of quotation marks that quote a title, not speech (``题为“……”的决议``); a
    quotation after a colon or a verb of saying is speech (``古特雷斯说:“……”``)."""
    text = view.text
    out: list[tuple[int, int]] = []
    start = text.find("“")
    while start != -1:
        end = text.find("”", start + 1)
        if end == -1:
            break
        before = text[max(0, start - 4) : start]
        if before.endswith(("题为", "名为", "称为", "称作", "标题为")) or text.startswith(
            ("的", "号", "之", "一词", "字样"), end + 1
        ):
            out.append((start + 1, end))
        start = text.find("“", end + 1)
    return out


# --- statements ------------------------------------------------------------------------------


def _emit(
    view: SentenceView,
    sink: StatementSink,
    cue: Cue,
    holding: Holding,
    cues: list[Cue],
    holdings: list[Holding | None],
) -> None:
    if holding.embedded or holding.mood in (
        "possible",
        "unneeded",
        "question",
        "conditional",
        "undone",
    ):
        return
    if view.text.find("?", cue.end, view.clause_end(cue.end)) != -1:
        return  # 尊重东盟中心地位从何谈起?: a clause asked, or asked to deny, states nothing
    negator = _opening_negator(view, cue)
    if negator and not holding.negated:
        # 朝鲜不得进行核试验: a modal that opens with its negation is a call that it not be
        # done; what a 对 fronts before it is a topic, not what is forbidden (对……义务的解释
        # 均不得抵触《条约》)
        holding = replace(holding, negated=negator, objects=())
    speaker = holding
    if holding.mood == "obligation" and not _is_voice(view, holding):
        voice = voice_of(view, cue)
        if voice is None:
            return
        speaker = voice  # 各国应批准《条约》: the speaker is for the treaty; no one ratified it
    targets = _targets(view, cue, holding, cues, holdings)
    evidence = sink.raw_span(view, *speaker.evidence) if speaker.evidence else None
    for target in targets:
        if cue.frame.only is not None and (
            _NOT_IN_FORCE.match(view.text, target.span.end)
            # 对《条约》即将到期表示担忧, 对核裁军没有进展表示失望: its end or stall is regretted
            or (
                target.reversed
                and not is_harm(view, target.span)
                and stalled(view, after_name(view, target.span))
            )
            or (
                target.span.cls == "treaty"
                and (
                    _HARMED.match(view.text, target.span.end)
                    or _not_done_on(view, target.span.start)
                )
            )
        ):
            # 对《条约》迟迟未能生效深感遗憾: regret that a treaty is not in force is for it;
            # concern at a challenge it faces or is posed (……对《条约》构成的严重挑战) too, and
            # regret that it is not ratified or kept (对美国尚未批准《条约》表示遗憾)
            predicate, polarity = "supports", "positive"
        else:
            predicate, polarity = _predicate(cue, holding, speaker, target)
        if _refuses_act(view, cue, holding, speaker, target):
            # 俄罗斯不打算加入《禁止核武器条约》, 英国不会签署……: an act refused for the future
            # is a stand against the treaty (尚未批准 is none: it may still come)
            for subject in speaker.spans:
                sink.add(view, subject, "opposes", target.span, cue.word, "positive", evidence)
        if predicate is None:
            continue
        if (predicate, polarity) == ("opposes", "positive") and unreached_halt(
            view, target, cue.predicate
        ):
            continue  # 呼吁消除核武器存在、扩散及试验的根源: not against non-proliferation
        if _announces_act(view, cue, target):
            continue  # 朝鲜宣布成功进行核试验: an act reported or announced, no position on it
        if cue.kind == "act" and _before_act(view, target):
            continue  # 在签署《条约》前, 美国批准《条约》以前: a time before the act, not done
        if _possibility(view, target):
            continue  # 美国重返伊核协议的可能性不大: the chance of a position, none held
        if _news_taken_up(view, target, predicate):
            # ……获得大规模杀伤性武器……。潘基文对此表示欢迎: the news, not the weapons;
            # 伊朗拒绝……核查……。这些行动是不可接受的: what was done to verification
            continue
        if (
            predicate == "supports"
            and is_harm(view, target.span)
            and (cue.word in view.lexicon.words("conduct") or _harm_spoken_of(view, target))
        ):
            # 核武器国家继续推进核武库现代化: what is done, not a position stated; 解决伊朗导弹的
            # 问题: a trouble solved, no one is for it
            continue
        if (
            target.span.cls == "organization"
            and "决定" in view.text[view.clause_start(cue.start) : cue.start]
        ):
            continue  # 大会决定设立一个工作组: a body set up by decision, not a stance on it
        for subject in speaker.spans:
            sink.add(view, subject, predicate, target.span, cue.word, polarity, evidence)
    if cue.word in view.lexicon.words("pledge"):
        for target in _further_pledges(view, cue, cues):
            for subject in speaker.spans:
                sink.add(
                    view,
                    subject,
                    "opposes" if target.reversed else "supports",
                    target.span,
                    cue.word,
                    "positive",
                    evidence,
                )
    if not targets and cue.frame.lists_follow:
        opened = ITEMS_OPEN.match(view.text, cue.end)
        if opened is None and not _lists_follow(view, cue):
            return
        if opened is not None and (
            holding.negated
            or holding.embedded
            or view.lexicon.pattern("negator").search(
                view.text, view.clause_start(cue.start), cue.start
            )
        ):
            return  # 并非所有国家都表示这种承诺:……: what is not held, or what another is asked
        start = speaker.evidence[0] if speaker.evidence else 0
        raw_start = sink.raw_span(view, start, start + 1)[0]
        call = OpenCall(
            speaker.spans, cue.predicate, cue.word, raw_start, own_subjects=opened is not None
        )
        if opened is not None and opened.end() < len(view.text):
            # 中方主张:一是维护……;二是……: the items begin in the colon's sentence
            item = SUB_ITEM.match(view.text, opened.end())
            read_items(view, sink, call, item.end() if item else opened.end(), _call_targets)
        sink.open_call = call


_JOINED_BODIES = frozenset({"organization", "group"})
_NOT_IN_FORCE = re.compile(
    r"[》”]*(?:迟迟|至今|仍然|仍|依然|一直|尚)*(?:未能|尚未|未|没有|无法)(?:正式)?生效"
)


def _not_done_on(view: SentenceView, start: int) -> bool:
    """Whether a negated act, keeping or support stands right before a treaty's name (``尚未
    批准《条约》``, ``拒绝延长《条约》``, ``未能正式加入``), a modal and an adverb allowed between."""
    lex = view.lexicon

    def build() -> re.Pattern[str]:
        done = lex.words("act", "keeping") | lex.valued("stance", "supports")
        return re.compile(
            f"(?:{alternation(sorted(lex.words('negator')))})"
            f"(?:{alternation(sorted(lex.words('modal')))})?"
            f"(?:{alternation(sorted(lex.words('filler')))})?"
            f"(?:{alternation(sorted(done))})了?[《“]?$"
        )

    pattern = lex.derived("not_done_before", build)
    return pattern.search(view.text, max(0, start - _NOT_DONE_REACH), start) is not None


_NOT_DONE_REACH = 12  # characters of a negated act before a treaty's name


_HARMED = re.compile(
    r"[》”]*(?:所)?(?:构成|造成|带来|面临|受到|遭受)(?:了)?的[^,;:。]{0,12}?(?:挑战|威胁|破坏|损害|冲击)"
)


def _harm_spoken_of(view: SentenceView, target: Target) -> bool:
    """Whether a harm is only what a phrase speaks of in its clause: a trouble solved (kind
    ``solve`` before it, ``trouble`` after it: 解决伊朗导弹的问题, 解决包括核、导弹在内的各项问题)
    or what a matter phrase opens (关于: 加强关于核武器试爆后果的公众意识)."""
    lex = view.lexicon
    span = target.span
    begin = view.clause_start(span.start)
    if any(lex.value("matter_phrase", w.text) == "open" for w in view.words(begin, span.start)):
        return True
    return (
        lex.pattern("solve").search(view.text, begin, span.start) is not None
        and lex.pattern("trouble").search(view.text, span.end, view.clause_end(span.end))
        is not None
    )


def _news_taken_up(view: SentenceView, target: Target, predicate: str) -> bool:
    """Whether a target that only ``此`` or ``这一行为`` names is the event reported, not the
    topic it speaks of: welcomed, a topic other than an aim (not the weapons or tests the
    news is of); opposed, a topic other than a harm (what was done to verification, not it)."""
    span = target.span
    if span.kind != "anaphor" or span.cls != "topic":
        return False  # (only an event taken up is an anaphor of a topic)
    if predicate == "supports":
        return not is_aim(view, span)
    return predicate == "opposes" and not is_harm(view, span)


def _possibility(view: SentenceView, target: Target) -> bool:
    """Whether the clause up to a target is the subject of a noun of chance after it (``……的
    可能性``, kind ``possibility``)."""
    lex = view.lexicon
    chance = lex.derived(
        "possibility_phrase",
        lambda: re.compile(rf"[》”]*的(?:{alternation(sorted(lex.words('possibility')))})"),
    )
    return bool(chance.match(view.text, target.span.end))


def _before_act(view: SentenceView, target: Target) -> bool:
    """Whether the act's treaty ends a phrase of the time before it (``在签署《条约》前``)."""
    return (
        view.lexicon.pattern("before_act").match(view.text, after_name(view, target.span))
        is not None
    )


def _announces_act(view: SentenceView, cue: Cue, target: Target) -> bool:
    """Whether an announcing cue (``宣布``) is on an act done or to be done (``宣布成功进行核
    试验``, ``宣布将进行核试验``) rather than on a policy (``宣布暂停核试验``, ``宣布不首先使用``):
    an activity verb, and no refusal or negation, between the cue and its target."""
    lex = view.lexicon
    if cue.word not in lex.words("announce") or target.reversed:
        return False
    words = view.words(cue.end, target.span.start)
    if any(w.span is None and w.text in lex.words("object_negator", "negator") for w in words):
        return False
    tags = word_tags()  # (the activity words that are verbs: 进行, not 任何)
    return any(
        w.span is None and w.text in lex.words("activity_verb") and tags.get(w.text, "")[:1] == "v"
        for w in words
    )


def _is_voice(view: SentenceView, holding: Holding) -> bool:
    """Whether the holder is the one who speaks (``我们必须……``), not one it calls on."""
    refs = {s.ref for s in holding.spans}
    if any(s.kind in ("self", "author") for s in holding.spans):
        return True
    return bool(refs) and refs <= set(view.voice)


def _opening_negator(view: SentenceView, cue: Cue) -> str:
    """The negator a modal cue opens with (不得, 不准, 不许: ``modal`` words of the cue file),
    or ''."""
    if cue.frame.trigger != "modal":
        return ""
    lex = view.lexicon
    # (the longest: 不得 is a negator of its own, as is 不)
    return max((w for w in lex.words("negator") if cue.word.startswith(w)), key=len, default="")


def _predicate(
    cue: Cue, holding: Holding, speaker: Holding, target: Target
) -> tuple[str | None, str]:
    """The statement a target gives, and its polarity."""
    if cue.frame.targets == "object":
        if speaker is holding and holding.mood == "realis":
            polarity = "negative" if holding.negated else "positive"
            if cue.predicate == "acceded" and target.span.cls in _JOINED_BODIES:
                return "memberOf", polarity  # 芬兰加入北约: a state that joins a body is its member
            if target.span.cls != "treaty":
                return None, "positive"
            return cue.predicate, polarity
        return ("supports", "positive") if not holding.negated else (None, "positive")
    if cue.frame.objects and target.span.cls not in cue.frame.objects:
        return None, "positive"  # 实施核试验: only a commitment is what is implemented
    if cue.frame.only is not None:
        allowed = {EntityRef("topic", w) for w in _words(cue.frame.only)}
        if target.span.ref not in allowed or target.reversed:
            # 关切非国家行为者获取化学武器: concern at who gets them; 导致停止核试验: a halt of
            # the harm is no harm
            return None, "positive"
    predicate = cue.predicate
    if target.reversed:
        predicate = "opposes" if predicate == "supports" else "supports"
    if holding.negated and speaker is not holding:
        # 各国不应进行核试验: the speaker asks that it not be done, and is against it
        return ("opposes" if predicate == "supports" else "supports"), "positive"
    if holding.negated and speaker is holding:
        if predicate == "supports" and cue.word in _attitudes():
            return "opposes", "positive"  # 不支持X: against X (未履行X is no opposition)
        if predicate == "supports" and _opposing(holding.negated):
            return "opposes", "positive"  # 反对启动《禁产条约》谈判: against what would start
        return predicate, "negative"
    return predicate, "positive"


def _refuses_act(
    view: SentenceView, cue: Cue, holding: Holding, speaker: Holding, target: Target
) -> bool:
    """Whether a treaty act is refused for the future by its own holder: a negation of intent
    (不打算加入) or one that says it will not be done (不会签署, 无意签署: negator ``future``)."""
    return (
        cue.frame.targets == "object"
        and speaker is holding
        and target.span.cls == "treaty"
        and bool(holding.negated)
        and (holding.mood == "intent" or view.lexicon.value("negator", holding.negated) == "future")
    )


def _opposing(word: str) -> bool:
    return load_cues().value("stance", word) == "opposes"


def _attitudes() -> frozenset[str]:
    return load_cues().words("attitude")


def _words(kind: str) -> frozenset[str]:
    return load_cues().words(kind)


def _targets(
    view: SentenceView,
    cue: Cue,
    holding: Holding,
    cues: list[Cue],
    holdings: list[Holding | None],
) -> list[Target]:
    """What ``cue`` is on."""
    if holding.objects and cue.frame.targets != "subject":
        # 对《条约》表示支持; but 是对国际核不扩散体系的严重威胁, 对和平至关重要: what a judgement
        # is of or for is no object of it, its subject is
        return list(holding.objects)
    judges = frozenset(s.ref for s in holding.spans)
    if cue.frame.targets == "subject":
        start = subject_start(view, cue)
        found = subject_targets(
            view,
            start,
            cue.start,
            judges,
            head=cue.predicate == "opposes",
            named_judge=any(
                s.kind in ("mention", "person") and s.end <= start for s in holding.spans
            ),
        )
        if not found:
            found = _step_towards(view, cue)
        named = _means_named(view, cue.word, cue.end)
        if named is not None:
            # 消除核风险的唯一途径是消除所有核武器: the means named after the copula is judged
            # the way, as its aim before it is
            stop = clause_end(view, named.end())
            found = found + subject_targets(view, named.end(), stop, judges)
        negators = view.lexicon.words("negator")
        if found and any(
            w.span is None and w.text in negators and w.text.endswith(("是", "非"))
            for w in view.words(found[-1].span.end, cue.start)
        ):
            # 核威慑不是安全的唯一保证: a judgement denied is no position either way (not the 不
            # of 在加强不试验……方面发挥关键作用)
            return []
        last = view.spans_before(cue.start)[:1] if found and cue.predicate == "opposes" else []
        if (
            last
            and last[0].cls in STANCE_OBJECTS
            and _HEAD_GAP.fullmatch(view.text, after_name(view, last[0]), cue.start)
        ):
            # 停止核试验、发射弹道导弹等挑衅行为: a condemning noun that heads the phrase of what
            # it lists says what they are, whether or not they are halted (a halt is no
            # provocation); a name of a topic's opposite stays reversed (核扩散)
            found = [t._replace(reversed=t.span.kind == "inverse") for t in found]
        return found
    if cue.frame.targets == "object":
        return _act_targets(view, cue)
    if cue.frame.targets == "comitative":
        return _comitative_targets(view, cue)
    if cue.frame.targets == "beneficiary":
        return _beneficiary_targets(view, cue)
    if cue.frame.trigger == "emphasis" and _shows_anothers(view, cue, cues):
        return []  # ……,表明国际社会对X的重视: the attitude shown is the one it names
    if _noun_listed(view, _past_coordinated(view, cue)):
        return []  # 鉴于安理会此前承诺及此次核试验……的严重性: a noun in a list, with no object
    if cue.kind == "cause" and _denied(view, view.clause_start(cue.start), cue.start):
        return []  # 撤回批准不会导致恢复核试验: a harm denied is no position either way
    # the scope ends where another cue with a holder of its own begins (not one whose holder
    # stands in this cue's scope: 欢迎俄罗斯联邦批准《条约》, 呼吁各国加入《条约》), or where the same
    # holder turns to the opposite (欢迎X但反对Y)
    stops = frozenset(
        c.start
        for c, h in zip(cues, holdings, strict=True)
        if c.start > cue.start
        and h is not None
        and not h.embedded
        and (
            (h.spans != holding.spans and not any(s.start >= cue.end for s in h.spans))
            or (h.spans == holding.spans and c.predicate != cue.predicate and c.kind == "stance")
            # 宣布不会签署《T》: an act the same holder refuses is no support it announces
            # (反对且不会签署《T》 is one position)
            or (
                h.spans == holding.spans
                and c.kind == "act"
                and h.negated
                and cue.predicate == "supports"
            )
        )
    )
    limit = cue.limit
    if holding.evidence is not None:
        limit = min(limit or len(view.text), holding.evidence[1])
    call = cue.word in view.lexicon.words("urge")
    agreed = cue.word in view.lexicon.words("attitude")
    read = {c.start for c in cues}
    found = targets_after(
        view,
        _past_coordinated(view, cue),
        limit=limit,
        stops=stops,
        opposition=cue.predicate == "opposes",
        # any cue word ends a joined phrase, found as a cue or not (并就《B》的范围表示关切)
        # (in a call, a treaty act is what is asked: 呼吁……停止核试验,并加入《T》; what is
        # agreed to is too: 同意放弃核武器,重新加入《T》)
        cues=frozenset(
            m.start()
            for m in view.lexicon.pattern("trigger").finditer(view.text, cue.end)
            # (a word only a frame of some objects reads ends it only where it was read:
            # 谴责朝鲜……,强行实施核试验 goes on past 实施, which carries out no commitment)
            if not ((only := _objects_only(m.group())) and m.start() not in read)
            and not ((call or agreed) and (m.group() in view.lexicon.words("act") or only))
            and not view.inside_span(m.start())  # (the 保证 of 消极安全保证 is a name's)
        )
        | _submissions(view, cue.end),
        clauses=cue.frame.clauses,
        praise=cue.word in view.lexicon.words("factive"),  # 赞扬委员会作出的贡献
        # a call's scope is what the one called on is asked to do, clause after clause
        call=call,
        obliged=cue.frame.mood == "obligation",
        # (a stance verb's 认可,原子能机构将返回: another's doing; but 宣布,美国将恢复核试验: what
        # is said, and 重要的是,核武器国家……提高透明度: what is judged)
        clause_object=call
        or cue.kind != "stance"
        or cue.word in view.lexicon.words(*_SAYING_KINDS),
    )
    if not found and cue.frame.event_before and _ends_clause(view, cue.end):
        found = _event_before(view, cue, cues, holding, holdings)
    if cue.frame.targets == "after+subject" and (found or not _serves_state(view, cue)):
        found += subject_targets(
            view,
            view.clause_start(cue.start),
            cue.start,
            judges,
            head=cue.predicate == "opposes",  # 《条约》的失效将引发军备竞赛: not the treaty
        )
    elif not found and cue.frame.mood == "obligation" and _keeps_going(view, cue):
        # 《全面禁止核试验条约》应早日生效: what should take effect, be kept or go on is called for
        found = subject_targets(view, view.clause_start(cue.start), cue.start, judges)
    return found


def _submissions(view: SentenceView, start: int) -> frozenset[int]:
    """Where a verb of submitting done (``提交了``) stands after ``start``: a predicate of its own
    (重视……问题,在……期间提交了……工作文件: the paper is submitted, not what is valued)."""
    text = view.text
    if text.find("了", start) == -1:
        return frozenset()
    return frozenset(
        m.start()
        for m in view.lexicon.pattern("submit").finditer(text, start)
        if text.startswith("了", m.end()) and not view.inside_span(m.start())
    )


def _serves_state(view: SentenceView, cue: Cue) -> bool:
    """Whether what a benefit serves opens with a state (``弹道导弹活动有助于朝鲜发展……运载系统``):
    what helps a state's act that names no good thing is no praise of the helper."""
    pos = cue.end + view.text.startswith("于", cue.end)
    span = view.span_at(pos)
    return span is not None and span.cls == "state"


# what opens the phrase of whom one acts with, and how far before the verb it may stand
_COMITATIVE = re.compile(r"[与同跟]")  # (not 和: 在五常和安理会内合作 is a list of places)
_COMITATIVE_REACH = 16


def _comitative_targets(view: SentenceView, cue: Cue) -> list[Target]:
    """The bodies a holder acts with (``伊朗将继续同该机构合作``, ``与国际原子能机构全面合作``):
    those named between ``与`` / ``同`` and the verb, not a state (a partner, no position on
    it); and the topics of the field the work is in (``在和平利用核能领域开展合作``), not a
    harm; none where the clause halts the work (``暂停与机构合作``)."""
    start = view.clause_start(cue.start)
    halts = view.lexicon.words("object_negator")  # (暂停, 停止, 退出)
    if any(w.span is None and w.text in halts for w in view.words(start, cue.start)):
        return []
    found = [
        Target(span, False)
        for field in _FIELD.finditer(view.text, start, cue.start)
        for span in view.spans_between(field.start(), field.end())
        if span.cls == "topic" and not is_harm(view, span)
    ]
    lo = max(start, cue.start - _COMITATIVE_REACH)
    opening = None
    for m in _COMITATIVE.finditer(view.text, lo, cue.start):
        if view.inside_span(m.start()):
            continue
        if view.span_at(m.start() + 1) is not None or view.text.startswith("该", m.start() + 1):
            opening = m.start()
            break
    if opening is None:
        return found
    return found + [
        Target(span, False)
        for span in view.spans_between(opening, cue.start)
        if span.cls == "organization"
    ]


# the field a work is in, before its verb (在和平利用核能领域开展合作, 在核安全方面)
_FIELD = re.compile(f"在{DOMAIN_END.pattern}")


def _shows_anothers(view: SentenceView, cue: Cue, cues: list[Cue]) -> bool:
    """Whether what an emphasis verb shows opens with a holder of its own, its 对 phrase and a
    cue of its own (``表明国际社会对中国……作用的重视``), or that cue right after the holder
    (``重申,东盟承诺……``): that holder's attitude, read from that cue (not ``强调原子能机构对
    核查的重要性``, where the body is what matters)."""
    pos = cue.end + 1 if view.text.startswith("了", cue.end) else cue.end
    pos += view.text.startswith((",", ":"), pos)
    first = view.span_at(pos)
    if first is None or not (first.cls in HOLDERS or first.kind == "holder"):
        return False
    if not view.text.startswith("对", first.end):
        # 大使重申,东盟承诺推动……: the holder's own position right after it, past adverbs (not
        # an act whose importance is stressed: 强调所有国家全面执行决议的重要性)
        return holds_after(view, first.end, ("stance",))
    end = clause_end(view, cue.end)  # (its importance phrase may end before the cue: 作用的重视)
    return any(
        first.end < c.start < end and c.frame.trigger != "emphasis" for c in cues if c is not cue
    )


def _beneficiary_targets(view: SentenceView, cue: Cue) -> list[Target]:
    """What a holder contributes to (``为国际防扩散做出更大的贡献``, ``为《条约》生效作出贡献``):
    the topics, treaties, resolutions and bodies named between ``为`` and the cue in its clause,
    with no verb of their own there (``为推动核裁军作出贡献`` is read from 推动)."""
    start = view.clause_start(cue.start)
    opening = contributed_to(view, start, cue.start)
    end = cue.start
    if opening is None and start > 0:
        # 为了彻底销毁核武器,日本将做出努力: the purpose put first, a clause of its own that
        # opens with 为
        before = view.clause_start(start - 1)
        opening = contributed_to(view, before, start - 1)
        if opening is None or view.text[before:opening].strip():
            return []
        end = start - 1
    if opening is None:
        return []
    stance = view.lexicon.words("stance", "object_negator")
    if any(w.span is None and w.text in stance for w in view.words(opening, end)):
        return []  # (为推动核裁军, 为防止核扩散: the verb's own reading holds)
    products = view.lexicon.pattern("organ_product_phrase")
    return [
        Target(span, False)
        for span in view.spans_between(opening, end)
        if span.cls in STANCE_OBJECTS
        and view.depth[span.start] == view.depth[cue.start]
        # (为安理会决议的通过做出贡献: the council's paper, not the council)
        and not (span.cls == "organization" and products.match(view.text, after_name(view, span)))
    ]


def _denied(view: SentenceView, start: int, end: int) -> bool:
    """Whether a negator stands between ``start`` and ``end``."""
    negators = view.lexicon.words("negator")
    return any(w.span is None and w.text in negators for w in view.words(start, end))


_CLAUSE_PARTICLES = re.compile(r"[了的]?(?:[。,;!?]|$)")  # (a headline ends with no stop)


def _ends_clause(view: SentenceView, pos: int) -> bool:
    """Whether nothing but a particle stands between a cue ending at ``pos`` and its clause's
    end (``……,联合国强烈谴责。``, ``中方表示坚决反对``)."""
    return bool(_CLAUSE_PARTICLES.match(view.text, pos))


def _object_in_clause(view: SentenceView, pos: int) -> bool:
    """Whether a name a stance may be on stands in the clause before ``pos``; a body there is
    no object but the one that judges (……进行核试验,安理会予以谴责)."""
    return any(
        s.cls in STANCE_OBJECTS and s.cls not in ACTORS
        for s in view.spans_between(view.clause_start(pos), pos)
    )


def _event_before(
    view: SentenceView,
    cue: Cue,
    cues: list[Cue],
    holding: Holding,
    holdings: list[Holding | None],
) -> list[Target]:
    """What a cue that ends its clause with no object is on: the event the clause before it
    tells (``朝鲜单日试射导弹数量创纪录,联合国强烈谴责``: the missiles; ``朝鲜进行了核试验,中方表
    示坚决反对``), the clause ``对此`` would name; or what another holder's stance there is on,
    when this clause names its own holder (``中国支持该条约,美国则表示反对``)."""
    start = view.clause_start(cue.start)
    if start == 0 or view.text[start - 1] != ",":
        return []
    if _object_in_clause(view, cue.start):
        return []  # 重申对《条约》的承诺: the object is fronted in the cue's own clause
    own_spans = [s for s in holding.spans if start <= s.start < cue.start]
    if own_spans and any(start <= c.start < own_spans[0].start for c in cues):
        # 欢迎专家组进行审议并提出建议: the holder is in another cue's object, and so is its cue
        return []
    before = view.clause_start(start - 1)
    # (a cue no one holds there tells what is judged, not another's position: 现阶段要求中方参加
    # 三边军控谈判既不现实、也不合理,中方明确反对)
    previous = [
        (c, h)
        for c, h in zip(cues, holdings, strict=True)
        if before <= c.start < start and h is not None
    ]
    if not previous:
        return targets_after(
            view, before, limit=start - 1, clauses=1, opposition=cue.predicate == "opposes"
        )
    other, other_holding = previous[-1]
    own = {s.ref for s in own_spans}
    if (
        len(previous) == 1
        and other.kind == "stance"
        and other_holding is not None
        and own
        and not own & {s.ref for s in other_holding.spans}
        # (美国谴责朝鲜的核试验,朝鲜表示反对: not a stance on what this holder did)
        and not any(s.ref in own for s in view.spans_between(before, start - 1))
    ):
        return targets_after(
            view, other.end, limit=start - 1, clauses=1, opposition=cue.predicate == "opposes"
        )
    return []  # (签署了《T》,参议院予以否决: a clause with an act of its own is no mere event)


def _step_towards(view: SentenceView, cue: Cue) -> list[Target]:
    """What a step or contribution judged after 是 leads to (``这是对核裁军的重要贡献``, ``这是
    迈向无核武器世界的重要一步``): the judge is for it, whatever the subject was."""
    lex = view.lexicon
    if not cue.word.endswith(tuple(lex.words("step_noun"))):
        return []
    start = view.clause_start(cue.start)
    copula = view.text.rfind("是", start, cue.start)
    # (what opens the phrase of where it leads, right after 是: the kind ``towards``)
    if copula < 0 or (m := lex.pattern("towards").match(view.text, copula + 1)) is None:
        return []
    return [
        Target(s, False)
        for s in view.spans_between(m.end(), cue.start)
        if s.cls in STANCE_OBJECTS and s.cls not in ACTORS
    ]


# between a name and a noun that heads its phrase (核试验等挑衅行为, 核试验之类的恶劣行径)
_HEAD_GAP = re.compile(r"[》”]*(?:等|之类)?(?:的)?(?:其他|其它|一切|任何|各种|种种)?")


def _noun_listed(view: SentenceView, pos: int) -> bool:
    """Whether a cue is a noun joined to another noun phrase right after it (``此前承诺及此次
    核试验``): a joiner that is a word of its own (not the 和 of 和平), then no verb."""
    text = view.text
    lex = view.lexicon
    joiner = lex.pattern("noun_joiner").match(text, pos)
    if joiner is None or not view.is_word(pos, joiner.end()):
        return False
    after = joiner.end()
    if lex.pattern("trigger").match(text, after) or lex.pattern("activity_verb").match(text, after):
        return False  # 支持和欢迎, 反对及谴责: verbs that share the object
    partner = view.span_at(after)
    if (
        # (和 too, right before an actor: 推动和印度在……领域的合作)
        (joiner.group() in WITH or (partner is not None and partner.cls in ACTORS))
        and lex.pattern("comitative_end").search(text, after, view.clause_end(after)) is not None
    ):
        return False  # 加强与俄罗斯在……领域的合作: whom the verb's object is done with
    words = view.words(after, min(len(text), after + 8))
    # (建立和保持一个……世界: another verb, which jieba tags)
    return not (words and words[0].span is None and word_tags().get(words[0].text, "")[:1] == "v")


def _past_coordinated(view: SentenceView, cue: Cue) -> int:
    """Where a cue's object begins: after the verbs coordinated with it, which share it
    (``不会支持、签署或通过这份条约``: what is not supported is the treaty)."""
    lex = view.lexicon
    # a coordinator before another verb, which may be negated again (不支持、不签署)
    coordinated = lex.derived(
        "coordinated_verb",
        lambda: re.compile(
            f"(?:{alternation(sorted(COORDINATORS | {'并', '也'}))})"
            f"(?:{alternation(sorted(lex.words('negator')))})?"
        ),
    )
    pos = cue.end
    trigger = lex.pattern("trigger")
    activity = lex.pattern("activity_verb")  # 不主张、不鼓励、不从事核武器扩散: 从事 shares it too
    m = coordinated.match(view.text, pos)
    while m is not None and (
        (verb := trigger.match(view.text, m.end())) is not None
        or (verb := activity.match(view.text, m.end())) is not None
    ):
        pos = verb.end()
        m = coordinated.match(view.text, pos)
    return pos


def _keeps_going(view: SentenceView, cue: Cue) -> bool:
    """Whether what follows a modal says its subject should take effect, be kept or go on
    (``应早日生效``, ``应得到全面执行``, ``应继续发挥作用``), not be undone (``应予废除``)."""
    end = clause_end(view, cue.end)
    lex = view.lexicon
    return bool(lex.pattern("going_on_end").search(view.text, cue.end, end)) and not (
        lex.pattern("object_negator").search(view.text, cue.end, end)
    )


_MODIFIES_NOUN = re.compile(r"[》”]*的")


def _chained_act_end(view: SentenceView, pos: int) -> int | None:
    """Where the object of an act verb chained after ``pos`` begins (``但尚未批准《T》``,
    ``但没有批准该条约``): after that verb, its aspect particle and a determiner."""
    joined = joiners(view.lexicon)
    acts = view.lexicon.words("act")
    text = view.text
    for word in view.words(pos, clause_end(view, pos)):
        if word.span is not None:
            return None
        if word.text in acts:
            end = word.pos + len(word.text)
            while end < len(text) and text[end] in "了过":
                end += 1
            for det in ("这项", "这一", "上述", "该", "此"):
                if text.startswith(det, end) and view.span_at(end) is None:
                    return end + len(det)
            return end + (text.startswith("《", end) or text.startswith("“", end))
        if word.text not in joined:
            return None
    return None


# a time clause an act opens a sentence with: 在……批准后, 随着……交存批准书
_TIME_CLAUSE = re.compile(rf"(?:(?:{DATE.pattern}),?)?(?:在|(?P<since>随着))")


def _act_targets(view: SentenceView, cue: Cue) -> list[Target]:
    """Treaties named right after an act verb (``批准了《A》和《B》``, ``签署了该条约``), or a
    signature's before it (``在《条约》上签字``)."""
    text = view.text
    if cue.predicate == "signed" and (on := signed_on(view, cue.start)) is not None:
        return [Target(s, False) for s in on.spans]
    pos = cue.end
    while pos < len(text) and text[pos] in "了过":
        pos += 1
    for det in ("经修正的", "这项", "这一", "上述", "该", "此"):
        if text.startswith(det, pos) and view.span_at(pos) is None:
            pos += len(det)
            break
    modifiers = list_after(view, pos)
    if modifiers is not None and all(s.cls in ACTORS for s in modifiers.spans):
        after = view.span_at(modifiers.end)
        if text[modifiers.end : modifiers.end + 1] == "《" or (
            after is not None and after.cls == "treaty"
        ):
            # 批准联合国《禁止核武器条约》, 批准了美俄新核裁军条约: whose treaty it is
            pos = modifiers.end
    while pos < len(text) and text[pos] in "《“":
        pos += 1
    found = list_after(view, pos)
    if found is None:
        # 已签署但未批准《T》, 签署了但没有批准《T》: the chained act's object is this act's too
        # (its negation is its own)
        chained = _chained_act_end(view, pos)
        if chained is not None:
            found = list_after(view, chained)
    before = text[view.clause_start(cue.start) : cue.start]
    one_of = "是" in before or "成为" in before  # 菲律宾是首批签署和批准《T》的国家之一
    if found is None:
        # 尽快签署和批准: the object comes after the chained verb (handled there), or later in a
        # call's scope; not a treaty that only modifies the noun acted on (签署了关于撤销批准
        # 《条约》的法律: a law was signed), unless its subject is one of those who did
        found_here = [
            t
            for t in targets_after(view, cue.end, clauses=1)
            if t.span.cls == "treaty" and (one_of or not _MODIFIES_NOUN.match(text, t.span.end))
        ]
        if not found_here and (topic := _topic_treaty(view, cue.start, cue.end)) is not None:
            return [Target(topic, False)]
        return found_here or _treaty_told_after(view, cue)
    protocol = view.lexicon.pattern("protocol_tail")
    tail = protocol.match(text, found.end)
    if tail is not None:
        # 批准了《A》、《B》及《C》相关议定书: the protocols, not A, B or C; a protocol the gazetteer
        # names (签署了《拉罗通加条约》议定书) is what was acted on
        named = [s for s in view.spans_between(tail.start(), tail.end()) if s.cls == "treaty"]
        if len(found.items) > 1 and "第" in tail.group():
            # 签署并批准了《南极条约》、《特拉特洛尔科条约》第二附加议定书: a numbered protocol is
            # one treaty's, the last; the items before it were acted on themselves
            return [Target(item.span, False) for item in found.items[:-1]] + [
                Target(s, False) for s in named[-1:]
            ]
        return [Target(named[-1], False)] if len(found.items) == 1 and named else []
    head = view.span_at(found.end + 1) if text.startswith("的", found.end) else None
    if (
        (text.startswith("是", found.end) and not _achieved(view, found.end))
        # (美国批准《条约》将是一个里程碑: what the act would be, so not done)
        or _WOULD_BE.match(text, found.end)
        # (就印度加入核供应国集团问题表明立场: the issue talked about, not an act done)
        or _MATTER.match(text, found.end)
        or (
            text.startswith("的", found.end)
            and not one_of
            # (已批准《条约》的日本, 签署了协议的英国、法国及德国: a named actor is the one who did)
            and (head is None or head.cls not in ACTORS)
        )
    ):
        # 已批准《条约》的国家, 批准条约是一个历史性事件: the act describes a noun or is the
        # topic of a judgement, not something its subject did; but 中国是首批签署条约的国家之一
        # (新西兰成为第一个批准……的西方国家) says the subject is one of those who did
        return []
    joined = _JOINED_BODIES if cue.predicate == "acceded" else frozenset()
    return [
        Target(item.span, False)
        for item in found.items
        if (item.span.cls == "treaty" and not protocol.match(text, item.end))
        or item.span.cls in joined  # 加入北约: a body joined (its membership)
    ]


# (an issue is open; 就……批准《条约》一事发表的声明 may be on an act done)
_MATTER = re.compile(r"(?:\([^()]{1,12}\))?(?:的)?(?:问题|议题)")
_WOULD_BE = re.compile(r"(?:也|都|就|必|无疑|势必)?(?:将会|将|会|能够|能|可能|可以)(?:是|成为)")


def _achieved(view: SentenceView, pos: int) -> bool:
    """Whether the 是 at ``pos`` judges the act before it an achievement (``……首批签署该条约是
    国际社会的重要成就``, ``……是一个里程碑``): what is praised as achieved was done (not
    ``批准条约是关键``, nor ``将是``: no 是 right after the treaty)."""
    text = view.text
    if text.startswith("是否", pos):
        return False
    achievement = view.lexicon.pattern("achievement")
    return achievement.search(text, pos, view.clause_end(pos)) is not None


def _treaty_told_after(view: SentenceView, cue: Cue) -> list[Target]:
    """The treaty of the clause after a time clause whose act has no object (``在洪都拉斯批准
    后,《禁止核武器条约》的批准国达到50个``, ``随着牙买加交存批准书,《条约》缔约国增至70个``): the
    main clause tells what the act was done to."""
    m = _TIME_CLAUSE.match(view.text, view.clause_start(cue.start))
    if m is None:
        return []
    if m.group("since") is None and not time_after(view, cue.end):
        return []  # (在美国的要求下批准: a 在 that opens no time)
    end = view.clause_end(cue.end)
    spans = view.spans_between(end + 1, view.clause_end(end + 1))
    return [Target(spans[0], False)] if spans and spans[0].cls == "treaty" else []


def _topic_treaty(view: SentenceView, start: int, end: int) -> Span | None:
    """The treaty a sentence opens with, for an act verb at ``start:end`` in a later clause
    that ends with it (``《条约》于1996年开放签署,俄罗斯于2000年批准,……``, ``该条约1968年开放
    签署,中国于1992年加入。``): the sentence's topic is what the act was done to."""
    text = view.text
    while end < len(text) and text[end] in "了过":
        end += 1
    if end < len(text) and text[end] not in ",;。":
        return None  # (the verb has words after it: 批准了一项法律)
    first = min(view.spans, key=lambda s: s.start, default=None)
    if (
        first is None
        or first.cls != "treaty"
        or view.clause_start(first.start) != 0
        or view.clause_start(start) <= first.end
    ):
        return None
    return first


def _call_targets(view: SentenceView, start: int, end: int) -> list[Target]:
    return targets_after(view, start, limit=end)


def _further_pledges(view: SentenceView, cue: Cue, cues: list[Cue]) -> list[Target]:
    """Pledges listed after one ``承诺``, each clause opening with a pledge word
    (``承诺不首先使用核武器,无条件不对……使用或威胁使用核武器``)."""
    lex = view.lexicon
    text = view.text
    out: list[Target] = []
    pos = clause_end(view, cue.end)
    starts = {c.start for c in cues}
    while pos < len(text) and text[pos] == ",":
        start = past_exception(view, pos + 1)  # (承诺……,除……外,无条件不……)
        end = clause_end(view, start)
        if not lex.pattern("pledge_clause").match(text, start) or any(
            start <= c < end for c in starts
        ):
            break
        out += targets_after(view, start, limit=end, clauses=1)
        pos = end
    return out


def _lists_follow(view: SentenceView, cue: Cue) -> bool:
    """A call whose items follow: ``呼吁核武器国家采取以下早期步骤:``."""
    return bool(LISTS_FOLLOW.search(view.text, cue.end))
