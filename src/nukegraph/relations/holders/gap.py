"""What the words between a holder (or a clause's start) and its cue decide.

:func:`_gap` reads their mood, their negation and the objects they place before the cue
(``对《条约》表示支持``); the tests here say whether another verb stands between
(:func:`_verb_between`), a call on others (:func:`_urges_between`) or a coercion
(:func:`_coerced`), whether the cue is the name's own verb with only adverbs between
(:func:`_predicate_of`), whether the cue's object is fronted by ``对`` (:func:`_fronted`),
whether a name opens its clause (:func:`_opens`) and whether a clause has a subject of its
own (:func:`_has_own_subject`). Every other module of the package reads the words before a cue
through these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import CueLexicon, alternation, load_cues, verbal, word_tags
from ..sink import STANCE_OBJECTS
from ..targets import Target, adopts, disregarded, harm_risk, stalled, targets_after
from ..text import TIME_CLOSE, SentenceView, Word, after_name, fronted_noun, fronting_words
from .common import _POSTING, COORDINATORS, DISPOSAL, HOLDERS, WITH


@lru_cache(maxsize=1)
def vote_tally() -> re.Pattern[str]:
    """A number of votes right before a cue: 3票(反对)."""
    return re.compile(
        f"[\\d零一二三四五六七八九十百千](?:{alternation(sorted(load_cues().words('tally')))})$"
    )


def contributed_to(view: SentenceView, start: int, end: int) -> int | None:
    """Where the last ``为`` (为了) of purpose stands between ``start`` and ``end``, as a word:
    what a contribution after it is to (``为国际防扩散做出更大的贡献``)."""
    found = None
    for word in view.plain_words(start, end):
        if word.span is None and word.text in _FOR:
            found = word.pos
    return found


_FOR = frozenset({"为", "为了"})  # jieba's words for 为 of purpose (not 作为, 成为, 认为, 因为)


_AFTER_EVENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:后|之后|以后|结束后|结束时)")


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
        if word.text in reversers and view.text.endswith("被", 0, word.pos):
            continue  # 对《条约》可能被废弃表示反对: a passive, done to what stands before it
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


def _acts_with(words: list[Word], i: int) -> bool:
    """Whether the name ``words[i]`` is joined to a state's name right before or after it, or
    follows 与 not as a list's next item (``……地与国际原子能机构合作``, not ``《A》与《B》``)."""
    for step in (-1, 1):
        j = i + 2 * step
        if 0 <= j < len(words) and words[i + step].text in _STATE_LIST_JOINS:
            other = words[j].span
            if other is not None and other.cls == "state":
                return True
    if i >= 1 and words[i - 1].text in WITH:
        before = words[i - 2].span if i >= 2 else None
        return before is None or before.cls not in STANCE_OBJECTS
    return False


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


# a cleft opening a clause (最引人注目的是安理会通过……, 值得注意的是): what follows is its own clause
_CLEFT = re.compile(r"[^,;:。的]{1,8}的是")
