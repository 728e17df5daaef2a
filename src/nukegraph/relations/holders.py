"""Who holds a cue's position, and how: the holder of the clause frame (:mod:`.frames`).

The holder is looked for before the cue, failing open: anything may stand between them except
what is known to change who holds it or whether it is held (another actor nearer the cue, a
modal, a request, someone else's belief, the holder as a possessor). A clause with no subject
of its own continues the one before it, or speaks in the voice of the text's author
(:mod:`.speakers`) or of whoever the sentence reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..records import EntityRef
from .context import opens_clause, opens_paragraph
from .lexicon import CueLexicon, alternation, load_cues, verbal, word_tags
from .paragraphs import (
    decided_content,
    paragraph,
    paragraph_clause_start,
)
from .patterns import FrameRule
from .sink import ACTORS, STANCE_OBJECTS
from .targets import (
    ISSUED_HEAD,
    JOINED_CLAUSE,
    LOCATIVES,
    PASSIVE,
    Target,
    adopts,
    clause_end,
    disregarded,
    harm_risk,
    includes_at,
    is_harm,
    stalled,
    subject_targets,
    targets_after,
)
from .text import (
    INCLUDING,
    LIST_MARKER,
    PLACE_OPEN,
    PLACE_REACH,
    SEPARATOR,
    TIME_CLOSE,
    JointRef,
    NameList,
    SentenceView,
    Span,
    Word,
    after_name,
    extend_left,
    fronted_noun,
    fronting_words,
    is_adverbed_word,
    list_after,
)

HOLDERS = ACTORS | {"holder"}
_POSTING = frozenset({"驻", "常驻"})  # 中国驻联合国大使张军: where the envoy before the name serves
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
_WHETHER = re.compile("无论|不论|不管")  # 无论……还是……,都: the cases supposed
DISPOSAL = frozenset({"将", "把"})  # what fronts a verb's object before it (将《条约》延长)
_POSTING_REACH = 8  # characters before a name in which 驻 makes it a posting (常驻维也纳联合国)
# words that join verbs sharing a holder, a negation and an object (不会签署或批准, 既不支持也不签署)
COORDINATORS = frozenset({"、", "或", "或者", "和", "及", "并"})
CHAIN = frozenset({"和", "并", "并且", "及", "、", "或", "且", "与", "以及", "而且", "了"})


@dataclass(frozen=True)
class Cue:
    """A word that may state a position or an act, with what it states."""

    start: int
    end: int
    word: str
    frame: FrameRule  # how its holder and targets are read
    predicate: str  # supports, opposes, signed, ratified, acceded
    limit: int | None = None  # an emphasis: where its importance phrase begins

    @property
    def kind(self) -> str:
        return self.frame.trigger


@dataclass(frozen=True)
class Holding:
    """Who holds a cue's position, and how."""

    spans: tuple[Span, ...]
    # realis, obligation, intent, possible, question, conditional, undone (撤回对……的批准)
    mood: str = "realis"
    negated: str = ""  # the word that says it did not happen (尚未, 拒绝, 反对), or ""
    objects: tuple[Target, ...] = ()  # placed before the cue: 对《条约》表示支持
    evidence: tuple[int, int] | None = None  # a resolution's paragraph, in the sentence
    embedded: bool = False  # the holder is called on by another (呼吁各国批准): no act is done


# a holder that stands in what another verb says (专家组讨论了X承诺……): no one holds the cue
_CONTENT = Holding(())


def _concessive(view: SentenceView, cue: Cue) -> bool:
    """Whether the cue stands in the cases a 无论 (whether) sentence supposes, before the 都
    that says what holds in all of them."""
    text = view.text
    m = _WHETHER.search(text, 0, cue.start)
    return m is not None and "都" in text[cue.end :] and "都" not in text[m.end() : cue.start]


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


@lru_cache(maxsize=1)
def vote_tally() -> re.Pattern[str]:
    """A number of votes right before a cue: 3票(反对)."""
    return re.compile(
        f"[\\d零一二三四五六七八九十百千](?:{alternation(sorted(load_cues().words('tally')))})$"
    )


# --- holders ---------------------------------------------------------------------------------


def find_holding(
    view: SentenceView, cue: Cue, cues: list[Cue], earlier: list[Holding | None]
) -> Holding | None:
    """Who holds ``cue``: a name before it in its clause, else the subject its clause shares
    with the clause before, else the voice the sentence speaks in."""
    if cue.frame.holder == "speaker" or (
        cue.frame.holder == "judge" and _opens_with_object(view, cue)
    ):
        if _under_stance(view, cue, cues):
            return None  # 反对将禁产条约作为唯一优先事项: the judgement is what is opposed
        taken = _TAKEN_AS.search(view.text, view.clause_start(cue.start), cue.start)
        if taken is not None and (taker := _names_before(view, taken.start())) is not None:
            return taker  # 日本将核裁军视为外交的基石: Japan's judgement
        believer = _believer(view, cue)
        if believer is not None:
            return believer or None  # 一些国家……认为核威慑有利于……: their judgement
        if _said_with_no_subject(view, cue):
            # 印度尼西亚代表不结盟运动发言,强调核裁军是最优先事项: the one who stresses it is
            # the subject of the clause before, as for a stance verb there
            return _inherited(view, cue, cues, earlier, view.clause_start(cue.start))
        return voice_of(view, cue)  # 《不扩散条约》是……的基石: the speaker's judgement
    if cue.frame.trigger == "stance" and _CONSTITUTED.search(
        view.text, view.clause_start(cue.start), cue.start
    ):
        return None  # 迎接代表团会对朝鲜的导弹项目构成无声的支持: what an act amounts to, not held
    if _concessive(view, cue):
        return None  # 无论是……还是建立并部署导弹防御系统,都不利于……: a case supposed, not held
    if _judged_case(view, cue):
        return None  # ……恪守……的承诺,……,将有助于……: a case judged, not held
    if _in_condition(view, cue):
        return None  # 如果在……之前,就要求……结束核试验,那就……: a case supposed, not held
    if cue.frame.trigger == "act" and _matter_talked_of(view, cue):
        return None  # 就加入核供应国集团一事进行接触: the matter talked of, not done (but 就推进
        # ……进程提出主张: a stance is held whatever is said on it)
    relative = relative_holder(view, cue.start, cue.end)
    copula = _copula_before(view, cue) if relative is not None else None
    if copula is not None:
        # 中国是唯一承诺不首先使用核武器的核武器国家: the head is what China is, so the
        # clause on it is China's; ……,是唯一……的核武器国家: the subject of the clause before
        start = view.clause_start(cue.start)
        if start == copula.start():
            return _inherited(view, cue, cues, earlier, start)
        subject = _copula_subject(view, copula, cue)
        if subject is not None:
            return subject
    if relative is not None:
        # 一贯支持《条约》的奥地利, 欢迎批准了《条约》的日本: the name the clause is on (each of a
        # list: 签署了协议的英国、法国及德国)
        mood, negated, _objects = _gap(view, _verb_phrase_start(view, cue.start), cue.start)
        listed = list_after(view, relative.start, clause_end(view, relative.start))
        named = tuple(s for s in listed.spans if s.cls in HOLDERS) if listed else ()
        return Holding(named or (relative,), mood, negated)
    if cue.frame.trigger == "act" and _stance_before(view, cue, cues):
        return None  # 欢迎批准《条约》, 主张签署: the act is what the stance is on, not done
    if cue.frame.trigger == "act" and _on_treaty_after(view, cue):
        # 维护苏联和美国于1972年签署的《反弹道导弹条约》: a relative clause says who did it, the
        # names right before it; with none (支持1972年签署的《条约》) someone unnamed did
        return _relative_agent(view, cue)
    start = view.clause_start(cue.start)
    if _in_fronted_object(view, start, cue, cues):
        if cue.frame.trigger == "act":
            return _fronted_agent(view, start, cue)  # 对俄罗斯批准《条约》表示欢迎: Russia did
        return None  # 对美国……后加快部署中程导弹深表关切: what the concern is at, not held
    if cue.frame.trigger == "goal" and (
        _POSSESSED.search(view.text, start, cue.start)
        or any(view.text.endswith(w, start, cue.start) for w in view.lexicon.words("imputed"))
    ):
        # 无核武器区的一般目标是……: its possessor's goal (aim-possessed reads an actor's); 美国
        # ……真实目的是……: an aim someone else unmasks, no position its holder takes
        return None
    owner = _position_owner(view, start, cue)
    if owner is not None:
        return owner  # 坚决反对核扩散,是中国政府的一贯立场: the position named after it is China's
    if _in_subject_phrase(view, start, cue):
        return None  # 建立中东无核武器区面临现实障碍: the phrase is what faces the obstacle
    # (为国际防扩散作出贡献: 为 names what the contribution is to, no purpose or circumstance)
    beneficiary = cue.frame.targets == "beneficiary"
    if not beneficiary and _purpose(view, start, cue.start):
        # 为推进核裁军,……: a purpose, not a position; but the purpose of a position taken in
        # the clause before is its holder's (承诺消除其核武库,以最终实现核裁军), and so is the
        # aim of an effort (为实现无核武器世界而努力): read on as if 为 were not there
        if _after_conduct(view, cue, cues, start):
            return None  # 核武器国家继续推进核武库现代化,以维持……核威慑: what is done, and why
        purposed = _purpose_of_position(cue, cues, earlier, start)
        if purposed is None:
            purposed = _purpose_of_subject(view, start, cue)
        if purposed is None:
            purposed = _purpose_before_subject(view, start, cue)
        if purposed is not None or not _strives(view, cue):
            return purposed
    elif not beneficiary and _adverbial(view, start, cue.start):
        return None  # 通过……遵守机制, 对推进核裁军负有责任: a noun in a circumstance
    if _names_meeting(view, start, cue):
        return None  # 在纪念和推进“……日”高级别全会上的发言: the cue names the meeting
    named = _named_holder(view, start, cue)
    if named is _CONTENT:
        return None  # 决定1540委员会应……: what another verb says of the holder
    if named is not None and _coerced(view, start, named.spans[0].start, "watched"):
        return None  # 监测伊朗履行其承诺的情况: what the one watched does is no position read
    if named is not None and (
        _called_on(view, cues, named) or _act_under_stance(view, cue, cues, named)
    ):
        return Holding(named.spans, embedded=True)  # 呼吁,……,所有国家都尽早批准……
    if named is not None:
        named = _whether_listed(view, named, cue)
        if cue.frame.mood is not None:
            return Holding(named.spans, cue.frame.mood, named.negated, named.objects)
        return named
    if _thing_subject(view, start, cue):
        # 该条约保证了缔约国和平利用核能的权利: what a thing does is judged by whoever speaks,
        # not by the subject of the clause before
        return voice_of(view, cue)
    if _coerced(view, start, cue.start):
        return None  # 无法胁迫机构参与核扩散行径: what the one coerced is made to do
    if cue.frame.trigger == "evaluation" and _DEMONSTRATIVE_IS.match(view.text, start):
        # 中国认为,这是对核裁军的重要贡献: what 这 takes up is judged by the clause's judge
        return _inherited(view, cue, cues, earlier, start)
    # (为国际防扩散作出贡献: what 为 names is the contribution's object, not a subject)
    subject_end = (contributed_to(view, start, cue.start) if beneficiary else None) or cue.start
    if _has_own_subject(view, start, subject_end):
        mood = _gap(view, start, cue.start)[0]
        if cue.frame.mood == "obligation" and mood == "realis":
            mood = cue.frame.mood  # (the cue is the modal itself)
        if mood == "obligation":
            voice = voice_of(view, cue)  # 各方应……, 他们坚信必须……: the speaker calls for it
            return voice
        return None
    return _inherited(view, cue, cues, earlier, start)


# a demonstrative that opens a clause as the subject of 是 (这是, 此举无疑是, 这一决定是)
_DEMONSTRATIVE_IS = re.compile(
    r"(?:此举|这|此|这一[^,;:。是]{0,4}|这些[^,;:。是]{0,4})(?:也|都|还|将|无疑|确实)?是"
)
_POSSESSED = re.compile(r"的[^,;:。的]{0,4}$")  # a possessor before a noun: X的(一般)目标是
# a stance noun as what something amounts to (构成无声的支持, 形成了有力的支持): no one holds it
_CONSTITUTED = re.compile(r"(?:构成|形成)了?(?:[^,;:。的对]{0,6}的)?$")
_CLAUSES_BACK = 6
_HEADING_MAX = 80  # how many clauses back a clause without a subject looks for one
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
    if previous and previous[-1].span is None and previous[-1].text in _WITH:
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
    if not before or text[before[-1].end : before[-1].end + 1] not in _WITH:
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


def contributed_to(view: SentenceView, start: int, end: int) -> int | None:
    """Where the last ``为`` (为了) of purpose stands between ``start`` and ``end``, as a word:
    what a contribution after it is to (``为国际防扩散做出更大的贡献``)."""
    found = None
    for word in view.plain_words(start, end):
        if word.span is None and word.text in _FOR:
            found = word.pos
    return found


_FOR = frozenset({"为", "为了"})  # jieba's words for 为 of purpose (not 作为, 成为, 认为, 因为)


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


def _act_under_stance(view: SentenceView, cue: Cue, cues: list[Cue], holding: Holding) -> bool:
    """Whether a treaty act's holder is the object of a stance right before it in the clause,
    the act no deed of its own: an opposition (``中国反对印度加入《条约》``: what is opposed, not
    done), or a welcome of what it is to do (``中国欢迎美国尽早批准《条约》``: a wish, not its
    intent)."""
    if cue.frame.trigger != "act":
        return False
    first = holding.spans[0].start
    clause = view.clause_start(first)
    modals = view.lexicon.words("modal")
    wished = holding.mood in ("intent", "obligation") and all(
        word.text in modals for word in view.plain_words(holding.spans[-1].end, cue.start)
    )  # (not 欢迎美国表示将尽早批准: its own word, its intent)
    return any(
        other.kind == "stance"
        and (other.predicate == "opposes" or wished)
        and clause <= other.start
        and other.end <= first
        and not view.spans_between(other.end, first)
        for other in cues
    )


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


_AFTER_EVENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:后|之后|以后|结束后|结束时)")
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


def _possesses_stance(view: SentenceView, pos: int, cue: Cue) -> bool:
    """Whether the name ending at ``pos`` owns the stance noun ``cue``: ``X对Y的支持``, the name
    right before the ``对`` that fronts the noun's object (a word of its own, such as 政府,
    may stand between)."""
    at = _past_tails(view, pos, cue.start)  # (中日韩三国领导人对于《宣言》的支持)
    if not view.text.startswith("对", at):
        return False
    return cue.frame.trigger == "stance" and fronted_noun(view, cue.start)


_COUNT = re.compile(r"[零〇一二三四五六七八九十百千万\d]+个?|个")
_TAILS_AFTER_NAME = 2  # 两国 and 外长 (中俄两国外长): the words of a name's tail in a row


def _past_tails(view: SentenceView, pos: int, limit: int) -> int:
    """Past the words of the tail a name may have (``subject_tail``, ``title``: 两国, 政府,
    外长), read as characters: jieba cuts 两国外长 as 两/国外/长."""
    lex = view.lexicon
    tail = lex.derived(
        "name tail",
        lambda: re.compile(alternation(sorted(lex.words("subject_tail", "title")))),
    )
    for _ in range(_TAILS_AFTER_NAME):
        m = tail.match(view.text, pos, limit)
        if m is None:
            break
        pos = m.end()
    return pos


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


def _coerced(view: SentenceView, start: int, end: int, value: str = "coerced") -> bool:
    """Whether a verb of coercion (``胁迫``, ``迫使``), or with ``value="watched"`` of watching
    (``监测``, ``核查``), stands in the clause before the cue: its object, named or not, is the
    cue's agent, whose act is made or watched, not a position taken."""
    lex = view.lexicon
    coercing = lex.derived(
        f"urge {value}",
        lambda: re.compile(alternation(sorted(lex.valued("urge", value)))),
    )
    if coercing.search(view.text, start, end) is None:
        return False  # (most clauses: no word to cut, as every cue's holder search asks)
    return any(
        w.span is None and lex.value("urge", w.text) == value for w in view.words(start, end)
    )


def _urges_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a call on others (``呼吁``, ``敦促``; not a wish of one's own such as ``希望``, a
    modal) stands between a holder and its cue, whoever it calls on is named or not."""
    lex = view.lexicon
    if not lex.pattern("urge").search(view.text, start, end):
        return False  # (none of its words here: nothing needs cutting)
    urges = lex.derived("urges", lambda: lex.words("urge") - lex.words("modal"))
    return any(w.span is None and w.text in urges for w in view.plain_words(start, end))


def _verb_between(view: SentenceView, start: int, end: int, *, relative: bool = False) -> bool:
    """Whether a verb of another kind than the cue's own company (adverbs, modals, speech
    verbs, negations, other cues) stands between a holder and its cue; with ``relative``, not
    counting a verb in a relative clause on an office (负责军控……事务的副国务卿)."""
    lex = view.lexicon
    allowed = lex.words(
        "filler",
        "frame",
        "reporting",
        "factive",
        "modal",
        "negator",
        "realis",
        "stance",
        "act",
        "emphasis",
        "urge",
        "subject_tail",
        "title",
        "paragraph_adverb",
        "stance_realis",
        "object_negator",
        "speak",
        "opinion",
    )
    if _BECOMES_NTH.fullmatch(view.text, start, end):
        return False  # 洪都拉斯成为全球第50个国家批准……: one of those who did it, in order
    fronted: bool | None = None  # whether the cue's object stands after 对, asked once
    fronting = fronting_words(view, end)  # (对, and 作出 before ……的承诺)
    for word in view.plain_words(start, end):
        if word.span is None and word.text in fronting:
            fronted = _fronted(view, end) if fronted is None else fronted
        if fronted:
            # 对促进X及其应用普惠共享的支持, 对朝鲜进行核试验表示反对, 作出……的承诺: verbs in
            # the object
            return False
        if word.span is None and word.text not in allowed and word.text not in _POSTING:
            manner = view.text.startswith("地", word.pos + len(word.text))  # 满意地欢迎
            if verbal(word.text) and len(word.text) > 1 and not manner:
                if _in_time_clause(view, word.pos, end):
                    continue  # 在记者会上回答提问时表示: a verb in a clause of time
                if "以来" in view.text[word.pos : end] and any(
                    m.start() < word.pos < m.end() for m in _SINCE.finditer(view.text, start, end)
                ):
                    continue  # 自成立以来一直致力于: since when, not another verb
                if relative and _office_relative(view, word.pos, end):
                    continue
                if word.text in view.lexicon.words("light_verb") and _COUNTED.fullmatch(
                    view.text, word.pos + len(word.text), end
                ):
                    continue  # 提出四点主张, 提出以下建议: the verb that makes the cue a noun
                return True
    return False


# between a light verb and the stance noun it takes: how many, or that a list follows
_COUNTED = re.compile(
    r"(?:[一二三四五六七八九十两几\d]+(?:点|项|条|个)|以下|如下|下列|一系列|若干)?(?:的)?"
)


# a circumstance opening a clause: 在地区安全的背景下, 在这些希望的基础上, 在此过程中
_CIRCUMSTANCE = re.compile(
    r"在[^,;:。]{1,30}?(?:背景下|基础上|框架内|情况下|条件下|前提下|过程中|之际|期间)"
)
_SINCE = re.compile(r"自[^,;:。]{0,12}?以来")  # a phrase of since when (自2007年成立以来)
_BECOMES_NTH = re.compile(
    r"(?:已|正式)?成为(?:全球|世界上|全世界|世界)?第[\d一二三四五六七八九十百]+个(?:国家)?"
)
_OFFICE_RELATIVE_REACH = 24


def _office_relative(view: SentenceView, pos: int, end: int) -> bool:
    """Whether the verb at ``pos`` is in a relative clause that ends on an office, 的 and then
    the office (负责军控和国际安全事务的副国务卿), with no clause break between."""
    text = view.text
    at = text.find("的", pos, min(end, pos + _OFFICE_RELATIVE_REACH))
    if at == -1 or any(c in text[pos:at] for c in ",;:。"):
        return False
    office = view.lexicon.pattern("title").search(text, at + 1, min(end, at + 6))
    return office is not None


def _in_time_clause(view: SentenceView, pos: int, end: int) -> bool:
    """Whether the word at ``pos`` stands in a clause of time that a verb of saying follows
    (``回答提问时表示``, ``会见记者之际强调``)."""
    words = view.plain_words(pos, end)
    saying = view.lexicon.words("reporting", "frame")
    ends = view.lexicon.words("time_clause")
    for i, word in enumerate(words):
        if word.span is None and word.text in ends:
            after = [w for w in words[i + 1 : i + 3] if w.text != ","]
            if after and after[0].text in saying:
                return True
    return False


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


def _fronted_agent(view: SentenceView, start: int, cue: Cue) -> Holding | None:
    """Who did the act inside an object ``对`` fronts (``对俄罗斯国家杜马批准《条约》表示欢迎``): the
    names right after ``对``, as the act's own subject; no one if a verb stands between."""
    text = view.text
    front = text.rfind("对", start, cue.start)
    at = front + 2 if text.startswith("对于", front) else front + 1
    found = list_after(view, at, cue.start)
    if found is None or not all(s.cls in HOLDERS for s in found.spans):
        return None
    if _verb_between(view, found.end, cue.start):
        return None  # 对美国施压伊朗批准……: another verb's object did it, or no one said who
    mood, negated, objects = _gap(view, found.end, cue.start)
    return Holding(tuple(found.spans), mood, negated, objects)


def _in_fronted_object(view: SentenceView, start: int, cue: Cue, cues: list[Cue]) -> bool:
    """Whether ``cue`` stands inside an object that ``对`` fronts before a later cue of its
    clause (``双方对美国退出《条约》后加快部署导弹深表关切``: the deploying is what the concern
    is at, and whoever does it, not the one concerned)."""
    front = _dui_before(view, start, cue.start)
    if front is None:
        return False
    owner = view.spans_between(start, front)
    # (对日本对《条约》的支持表示欢迎: the 对 is the noun's own, and the support Japan's)
    if owner and owner[-1].cls in HOLDERS and _possesses_stance(view, owner[-1].end, cue):
        return False
    end = clause_end(view, cue.end)
    return any(
        cue.end <= later.start < end and _fronted(view, later.start)
        for later in cues
        if later is not cue
    )


def _dui_before(view: SentenceView, start: int, end: int) -> int | None:
    """Where the last preposition ``对`` (``对于`` too) between ``start`` and ``end`` stands, at
    the depth of ``end``, or None (not inside a name, not 反对 or 针对)."""
    text = view.text
    front = text.rfind("对", start, end)
    if front == -1 or view.inside_span(front) or view.depth[front] != view.depth[end]:
        return None
    if not (text.startswith("对于", front) or view.is_word(front, front + 1)):
        return None
    return front


def _inside_fronted(view: SentenceView, start: int, pos: int, cue: Cue) -> bool:
    """Whether the name at ``pos`` stands, after a verb, inside the object that ``对`` fronts
    before the cue (``东盟对召开六方会谈表示欢迎``, ``对加强原子能机构表示支持``): it is what the
    position is on, not who holds it."""
    if cue.frame.trigger not in ("stance", "concern", "worry"):
        return False  # (……的中国要强烈: a modal is no position 对 fronts an object for)
    front = _dui_before(view, start, pos)
    if front is None or view.depth[front] != view.depth[cue.start]:
        return False
    if any(c in ",;:。" for c in view.text[front : cue.start]):
        return False
    return _fronted(view, cue.start)


def _fronted(view: SentenceView, cue_start: int) -> bool:
    """Whether the cue's object stands before it after ``对``: the cue is a noun after ``的``
    (``对……的支持``), the object of a light verb (``对……表示坚决反对``) or a concern."""
    if fronted_noun(view, cue_start):
        return True
    lex = view.lexicon
    if lex.pattern("concern").match(view.text, cue_start):
        return True  # 对朝鲜进行核试验深表关切, 感到不安: a concern's object stands after 对
    if lex.pattern("light_verb").match(view.text, cue_start):
        return True  # 对X表示满意, 感到高兴: jieba's one word for the light verb and the cue
    opening = view.clause_start(cue_start)
    if not lex.pattern("light_verb").search(view.text, opening, cue_start):
        return False
    light = lex.words("light_verb")
    tags = word_tags()
    for word in reversed(view.plain_words(opening, cue_start)):
        if word.span is not None:
            return False
        if word.text in light:
            return True
        tag = tags.get(word.text, "")
        if tag.startswith("v") and tag not in ("vd", "vn"):
            return False  # another verb nearer the cue: the cue is its own verb
    return False


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


def _opens(view: SentenceView, start: int, pos: int) -> bool:
    """Whether a holder at ``pos`` opens its clause: before it may stand connectives, dates,
    circumstances, a source (``据塔斯社10日报道``) and a verb that takes what follows as said
    or as a fact (``X表示``, ``欢迎``), but no other verb (``专家组讨论了X承诺……``)."""
    if view.text[pos - 1 : pos] in "后时" and _AFTER_EVENT.fullmatch(view.text, start, pos):
        return True  # 会谈后双方发布了……: a time after an event, the clause's subject after it
    cleft = _CLEFT.match(view.text, start, pos)
    if cleft is not None:
        start = cleft.end()  # 值得注意的是日本支持……: the cleft's clause opens after it
    lex = view.lexicon
    allowed = lex.derived(
        "opening_words",
        lambda: (
            lex.words("subject_lead", "frame", "factive", "reporting", "filler", "adverbial")
            | lex.words("title")
            | _POSTING
        ),
    )
    tags = word_tags()
    text = view.text
    sourced = False  # inside 据……报道: whatever the source is, it is no verb of the clause
    in_name = False  # the word before is (a piece of) a person's name
    words = view.plain_words(start, pos)
    for i, word in enumerate(words):
        piece = in_name and len(word.text) == 1 and word.span is None
        in_name = word.span is None and (piece or tags.get(word.text, "").startswith("nr"))
        if piece:
            continue  # 加藤胜信: jieba cuts a foreign name into pieces, 胜 (a verb) one of them
        if sourced:
            sourced = word.span is not None or lex.value("source", word.text) != "close"
            continue
        if word.span is None and lex.value("source", word.text) == "open":
            sourced = True
            continue
        if word.span is not None or word.text in allowed:
            continue
        if _wishes_to_say(lex, words, i):
            continue  # 法国总统希望在此重申法国反对……: a wish to say it, the saying its own
        if verbal(word.text):
            if word.text in lex.words("causative") and i == len(words) - 1:
                continue  # 这段历史使得哈萨克斯坦矢志推动……: the one made to act acts
            if "的" in text[word.pos + len(word.text) : pos]:
                continue  # 《条约》确认的5个核武器国家: a relative clause on the holder
            if i + 1 < len(words) and words[i + 1].text in ("国", "方"):
                continue  # 保存国俄罗斯、英国、美国: the noun of an apposition, jieba's verb + 国
            return False
    return True


def _wishes_to_say(lex: CueLexicon, words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` is a modal of intent whose verb is a verb of saying after adverbs
    (``希望在此重申``, ``愿再次强调``): the subject wishes to say it, and says it (no one else
    is called on)."""
    if lex.value("modal", words[i].text) != "intent":
        return False
    saying = lex.words("frame", "reporting", "emphasis")
    fillers = lex.words("filler", "adverbial")
    previous = ""
    for word in words[i + 1 :]:
        if word.span is not None:
            return False
        if word.text in saying:
            return True
        # (jieba's 在 / 此, 谨 / 此: hereby)
        if word.text not in fillers and not (word.text == "此" and previous in ("在", "谨", "特")):
            return False
        previous = word.text
    return False


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


# a time clause 在 opens (在以色列加入《条约》之前, 在条约生效以后)
_WHEN = re.compile(rf"在[^,;:。]{{1,30}}?(?:{TIME_CLOSE})")


def _gap(
    view: SentenceView, start: int, end: int, fronted: bool = False
) -> tuple[str, str, tuple[Target, ...]]:
    """The mood and negation of the words between a holder (or a clause's start) and its cue,
    and the objects placed before the cue (``对《条约》表示支持``); ``fronted``: the words are
    already inside what a preposition put first (a topic clause's, after its 就)."""
    lex = view.lexicon
    modals = lex.words("modal")
    negators = lex.words("negator")
    conditional = lex.words("conditional")
    mood = "realis"
    negated = ""
    objects: list[Target] = []
    if lex.pattern("contribution").match(view.text, end):
        # 没有为核裁军作出贡献: what 为 names is the contribution's object, inside its phrase
        end = contributed_to(view, start, end) or end
    words = view.plain_words(start, end)
    # a negation counts when only adverbs and modals stand between it and the cue
    keeps = lex.words("filler", "paragraph_adverb", "modal", "realis", "light_verb")
    reversers = lex.words("object_negator")
    coordinated = lex.words("stance", "act")
    # after 对: what the cue is on, placed before it (对朝鲜的核试验表示谴责)
    held = ""  # a negation before what 对 fronts, which the words of the object do not end
    fronting = fronting_words(view, end)  # (作出……的承诺: the pledge's object after the verb)
    tags = word_tags()
    disregard = disregarded(lex)
    activity = lex.words("activity_verb")
    skip_until = -1
    for i, word in enumerate(words):
        if word.pos < skip_until:
            continue
        if (
            word.span is None
            and word.text == "在"
            and (when := _WHEN.match(view.text, word.pos, end))
        ):
            # 拒绝在以色列加入《条约》之前批准……: a time clause, whose names are not the refused
            # act's objects, and over which the refusal still reaches the act
            skip_until = when.end()
            continue
        if fronted and word.span is None and word.text in disregard:
            # 对朝鲜不顾安理会的警告进行核试验予以谴责: what is disregarded is no object
            skip_until = next((w.pos for w in words[i + 1 :] if w.text in activity), -1)
            continue
        if word.span is not None:
            nxt = words[i + 1] if i + 1 < len(words) else None
            modifier = nxt is not None and nxt.span is not None  # 安理会第1540号决议
            # what a halt is called for on is opposed (对停止核试验表示支持); what a harm is done
            # to is not what the position is on (对美国退出《条约》表示反对)
            undone = lex.value("object_negator", negated) if negated in reversers else None
            if (
                fronted
                and word.span.cls in STANCE_OBJECTS
                and not modifier
                and undone != "harm"
                and not adopts(view, word.span.end)  # 对安理会通过……决议: the body adopts it
                # 对中国……和欧洲联盟与伊朗通过外交努力……: a body listed with states is one of
                # those who act; 对伊朗未能……与国际原子能机构合作: one after 与 is who they act
                # with; neither is what the position is on
                and not (word.span.cls == "organization" and _acts_with(words, i))
                # 对达成……条约后续协议的努力, 对《条约》审议大会的成果: something else is meant
                # (but 对核军备竞赛的危险: a harm's danger is the harm's)
                and (
                    not lex.pattern("shift_phrase").match(view.text, after_name(view, word.span))
                    or harm_risk(view, word.span, after_name(view, word.span))
                )
            ):
                # 对核裁军没有进展提出批评: its stall is what is judged, the position on it the
                # opposite one (a halt noun is read as a negation: 对核试验的全面停止表示欢迎)
                objects.append(
                    Target(
                        word.span,
                        (undone == "refrain") != stalled(view, after_name(view, word.span)),
                    )
                )
            negated = ""
            continue
        if word.text in fronting or (
            word.text in DISPOSAL
            and i + 1 < len(words)
            and words[i + 1].span is not None
            and words[i + 1].span.cls in STANCE_OBJECTS
        ):
            fronted = True  # 对《条约》表示支持, 将《条约》延长五年
            if negated in reversers:
                # 撤回对《条约》的批准, 放弃对X的支持: the phrase the cue heads is undone
                return "undone", "", ()
            if negated in negators:
                # 从未对《条约》表示支持, 没有作出……的承诺: the negation reaches over the object
                # placed before the cue
                held = negated
            if word.text in lex.words("pledge_verb"):
                # 作出不首先使用核武器、不对无核武器国家使用……的承诺: what is pledged is read as
                # if the pledge verb said it (its negations, the states it is made to); a 对
                # before the verb named whom it is made to
                pledged = targets_after(view, word.pos + len(word.text), limit=end)
                if pledged:
                    objects, negated = pledged, ""
                    break
        if word.text in conditional:
            return "conditional", "", ()
        if (
            word.text in modals
            and fronted
            and (
                view.spans_between(word.pos, end)
                or not all(w.text in keeps or _adverb(w.text) for w in words[i + 1 :])
            )
        ):
            # a modal inside what 对 fronts, not the holder's: 对美国可能恢复核试验表示担忧 (a name
            # after it), 对实现可持续发展……愈加重要 (jieba's 可 of 可持续, words after it)
            continue
        if (
            word.text in reversers
            and word.text not in negators
            and tags.get(word.text, "") in ("n", "vn")
            and not view.spans_between(word.pos, end)
        ):
            negated = ""  # 对……应对全球挑战愈加重要: the noun 挑战, no harm done to a name after it
            continue
        if word.text in modals:
            value = lex.value("modal", word.text) or "intent"
            if mood == "realis" or value == "obligation":
                mood = value
        elif (word.text in negators or word.text in reversers) and vote_tally().search(
            view.text, max(0, word.pos - 4), word.pos
        ):
            continue  # 以71票赞成、26票反对批准了: a count of votes, nothing refused
        elif word.text in negators or word.text in reversers:
            negated = word.text  # 尚未批准, 暂停履行
        elif word.text in COORDINATORS or (
            word.text in coordinated and i + 1 < len(words) and words[i + 1].text in COORDINATORS
        ):
            continue  # 不会签署或批准: the negation goes on over the verbs coordinated
        elif word.text not in keeps and not _adverb(word.text):
            negated = ""
    if held and not negated:
        negated = held
    if mood != "realis" and lex.pattern("realis").search(view.text, start, end):
        mood = "realis"  # 将继续支持: a position held now
    if mood in ("intent", "possible") and _willing_stance(view, end):
        mood = "realis"  # 中方愿对该草案表示支持: a position, stated politely
    return mood, negated, tuple(objects)


_STATE_LIST_JOINS = frozenset(("、", "和", "与", "及", "同"))
# with whom an act is done (与国际原子能机构合作, 伊朗与世界大国之间签署的; 和 would be a list's word)
_WITH = frozenset(("与", "同", "跟"))


def _acts_with(words: list[Word], i: int) -> bool:
    """Whether the name ``words[i]`` is joined to a state's name right before or after it, or
    follows 与 not as a list's next item (``……地与国际原子能机构合作``, not ``《A》与《B》``)."""
    for step in (-1, 1):
        j = i + 2 * step
        if 0 <= j < len(words) and words[i + step].text in _STATE_LIST_JOINS:
            other = words[j].span
            if other is not None and other.cls == "state":
                return True
    if i >= 1 and words[i - 1].text in _WITH:
        before = words[i - 2].span if i >= 2 else None
        return before is None or before.cls not in STANCE_OBJECTS
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


def _predicate_of(view: SentenceView, end: int, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` is the verb of the name ending at ``end``: nothing but
    adverbs, negators and modals between them (``迟迟不``)."""
    end = _past_tails(view, end, cue_start)  # 俄美两国于2010年签署的: the names' count
    if end == cue_start:
        return True
    lex = view.lexicon
    keeps = lex.derived(
        "predicate_keeps",
        lambda: lex.words("negator", "modal", "filler") - lex.words("frame", "stance_realis"),
    )
    words = view.plain_words(end, cue_start)
    # (a verb that puts the stance after it, 表示 or 予以, is neither: 对X表示支持 fronts X)
    return all(w.span is None and (w.text in keeps or _adverb(w.text)) for w in words)


def _adverb(word: str) -> bool:
    return word_tags().get(word, "").startswith(("d", "ad"))


def _willing_stance(view: SentenceView, cue_start: int) -> bool:
    lex = view.lexicon
    return bool(lex.pattern("stance").match(view.text, cue_start))


def _has_own_subject(view: SentenceView, start: int, end: int, *, at_cue: bool = True) -> bool:
    """Whether the clause from ``start`` to ``end`` opens with a noun of its own that a verb
    follows (``各方应……``, ``这一决定违反了……``): then it does not continue the subject of the
    clause before. A clause that is only a verb phrase (``密切配合``, which jieba tags as a
    noun) has none."""
    lex = view.lexicon
    leads = lex.words("subject_lead", "adverbial", "filler")
    verbs = lex.words("modal", "stance", "act", "negator")
    tags = word_tags()
    circumstance = _CIRCUMSTANCE.match(view.text, start, end)
    if circumstance is not None:
        start = circumstance.end()  # 在地区安全的背景下实现……: where, not who
    words = view.plain_words(start, end)
    possessor = False  # a name followed by 的: the noun after it heads the subject
    for i, word in enumerate(words):
        if word.span is not None:
            if word.span.cls in HOLDERS:
                return True
            if i + 1 < len(words) and words[i + 1].text == "的":
                possessor = True  # 《不扩散条约》的缔约方同意……: the parties are the subject
                continue
            return False
        if word.text in leads or word.text.isdigit() or (possessor and word.text == "的"):
            continue
        if i == 0 and word.text in lex.words("opinion"):
            continue  # ……,认为它无助于推进核裁军: what is believed has a subject of its own
        if word.text in verbs:
            return False  # 致力于加强……: a cue word opens a verb phrase, whatever jieba tags it
        if (i + 1 < len(words) and words[i + 1].text == "地") or (
            len(word.text) > 2 and word.text.endswith("地")
        ):
            continue  # 建设性地推进, 创造性地: a manner, whatever the word before 地 is tagged
        tag = tags.get(word.text, "")
        if not tag.startswith(("n", "r")) or word.text in ("其", "此", "之"):
            return False
        # ``end`` is a cue (a verb), or the clause's end, where a verb must have come
        return at_cue or any(
            w.span is None
            and (w.text in verbs or tags.get(w.text, "").startswith("v"))
            and not tags.get(w.text, "").startswith("vn")
            for w in words[i + 1 :]
        )
    return False


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


def joiners(lex: CueLexicon) -> frozenset[str]:
    """What may stand between two verbs of one holder: a conjunction, adverbs and negators
    (``签署并批准``, ``已签署但尚未批准``)."""
    return lex.derived("joiners", lambda: CHAIN | lex.words("negator", "filler", "contrast"))


def _chained(view: SentenceView, between: list[Word], start: int, prev_cue: Cue) -> bool:
    """Whether two cues of one clause share their holder: nothing but :func:`joiners` between
    them (``签署并批准``, ``已签署但尚未批准``)."""
    if prev_cue.start < start:
        return False  # another clause: its subject is found as the clause's own
    joined = joiners(view.lexicon)
    return all(w.span is None and w.text in joined for w in between)


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


# a cleft opening a clause (最引人注目的是安理会通过……, 值得注意的是): what follows is its own clause
_CLEFT = re.compile(r"[^,;:。的]{1,8}的是")


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
    if any(view.text[a.end : a.end + 1] in _WITH for a in chain[:-1]):
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
# a phrase of whom or what something matters for, set off by commas (对于核裁军来说, 对各国而言)
_FOR_WHOM = re.compile(r"(?:对于|对)[^,;:。]{1,30}(?:来说|而言)")


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
