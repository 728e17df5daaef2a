"""What a position or an act is on: the targets in a cue's scope.

The scope of a cue runs from the cue to the end of its clause (and on, up to three clauses,
until a first target is found: ``呼吁，在……基础上，所有国家都尽早签署和批准《全面禁试条约》``). Every
entity of an object class in it is a target unless what is known about it says otherwise:

- it stands in a circumstance: after a preposition (``根据《A》和《B》``, ``在裁谈会谈判……``),
  except a domain (``在核裁军方面``), which is what the position is about;
- it only modifies the name after it (``安全理事会第984号决议``) or a noun that names something
  else (``《不扩散条约》审议大会``, ``《特拉特洛尔科条约》附加议定书``, ``缔约国``);
- a verb of harm acts on it (``破坏《条约》``, ``退出《条约》``): no position on it is stated;
- a refusal or a halt is put to an activity (``停止核试验``, ``防止核恐怖主义``, ``不进行核试验``):
  the position is against it (the target's polarity is reversed);
- for an opposition, it is followed by a noun of its own (``质疑……消极安全保证文书``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..records import EntityRef
from .lexicon import CueLexicon, alternation, verbal, word_tags
from .sink import ACTORS, STANCE_OBJECTS
from .text import (
    DATE,
    DECLARATION_NOUNS,
    MANNER,
    MEETING_NOUNS,
    TIME_CLOSE,
    NameList,
    SentenceView,
    Span,
    Word,
    after_name,
    list_after,
)

_LIST_WORDS = frozenset({"、", "和", "及", "与", "以及", "或", "或者", "并"})
_LISTING_ON = _LIST_WORDS | {"等"}  # what lists a phrase with the next
# between the items of a list a halt goes on over (……、生物武器等各类大规模杀伤性武器)
_HALT_GOES_ON = re.compile(r"(?:[、和及与或]|以及|或者)|等(?:各类|各种|所有|一切)?")
# adverbs a halt may have (全面禁止, 彻底销毁, 核试验的全面停止)
_HALT_ADVERBS = "全面|彻底|完全|最终|永久"
# (jieba's one word for an adverb and the halt after it: 全面禁止, 彻底消除)
_HALT_ADVERB_FIRST = re.compile(f"^(?:{_HALT_ADVERBS})")
_MAX_CLAUSES = 3
# (在六方会谈框架下解决: a named framework the holder wants used, as much an object as a
# domain; not 在核裁军的框架内, whose framework is a field)
_CAUSE = re.compile(r"因[^,;:。]{1,30}?而")  # 因伊核协议而豁免的制裁: a cause, no object
DOMAIN_END = re.compile(r"[^,;:。在]{0,30}?(?:方面|领域|问题上|事业|[^的]框架(?:下|内|中))")
_RELATIVE = re.compile(
    r"(?:缔约国|缔约方)?的(?:所有|其他|其余|各)?(?:国家|缔约国|会员国|成员国|各国|国)"
)
_DONE_REACH = 10  # characters back from a name to a done act of a relative clause (已签署并批准《
_APPOSITION = frozenset({"各", "各项", "等", "条约", "公约", "文书"})
# what may follow a refused thing: the list goes on, or the domain it names ends (在防止核军备
# 竞赛方面发挥作用: the halt is of the race)
_NEGATED_GOES_ON = re.compile(r"(?:和|及|与|或|并|以及|、|方面|领域)")
_COMITATIVE = frozenset({"与", "同", "跟", "和"})
# an entity as the agent of a relative clause (what it did); praise is of it, other cues not
_AGENT = re.compile(r"(?:对[^,;:。]{1,30}?)?所?(?:作出|做出|提供|给予|通过|提出|采取)的")
LOCATIVES = frozenset(
    {"上", "中", "下", "内", "时", "期间", "之际", "方面", "以来", "里", "之下", "之中"}
)
# a clause after a comma that goes on with the one before (……,进而实现……; ……,并就……)
JOINED_CLAUSE = re.compile(r"(?:并且|并|以及|同时|从而|进而|最终|以便|以期|以)(?:就|对)?")


def disregarded(lex: CueLexicon) -> frozenset[str]:
    """The object negators that disregard what follows them, up to the act done anyway."""
    return lex.valued("object_negator", "disregard")


def _negators(lex: CueLexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The object negators that refuse an activity, and those that harm what they act on."""
    return lex.valued("object_negator", "refrain"), lex.valued("object_negator", "harm")


def _refrain_words(lex: CueLexicon) -> tuple[str, ...]:
    """The refusing negators as a tuple, for ``startswith`` (a name opening with 防止)."""
    return lex.derived("refrain_words", lambda: tuple(sorted(_negators(lex)[0])))


def _adverb_and(word: str, verbs: frozenset[str], tags: dict[str, str]) -> bool:
    """Whether ``word`` is a modifier of one or two characters joined to one of ``verbs`` of two
    characters or more (``全面禁止``, ``彻底消除``, ``立即停止``), as jieba cuts some."""
    return any(
        word[cut:] in verbs and not tags.get(word[:cut], "").startswith(("v", "nr", "ns"))
        for cut in (1, 2)
        if len(word) - cut >= 2
    )


# words that join a new verb phrase to the one before in a clause (停止核试验并加入《T》)
_VERB_JOINERS = frozenset({"并", "并且", "而且", "同时", "也"})


class Target(NamedTuple):
    span: Span
    reversed: bool  # a halt or a refusal is called for: the position is against it


def clause_end(view: SentenceView, pos: int) -> int:
    """The end of the clause holding ``pos`` (its punctuation at its depth, or the text's end)."""
    return view.clause_end(pos)


def targets_after(
    view: SentenceView,
    start: int,
    *,
    limit: int | None = None,
    stops: frozenset[int] = frozenset(),
    opposition: bool = False,
    clauses: int = _MAX_CLAUSES,
    cues: frozenset[int] = frozenset(),
    praise: bool = False,
    call: bool = False,
    obliged: bool = False,
    clause_object: bool = True,
) -> list[Target]:
    """The targets of a cue ending at ``start``: those of the first clause in its scope that
    has any, and of the verb phrases joined to it (``limit``: where the scope ends at the
    latest; ``stops``: positions where another cue with a holder of its own begins; ``call``:
    a call, whose scope runs on until it has said what it asks; ``obliged``: a modal of
    obligation, whose verb phrases run on after a first one with no target; ``clause_object``:
    whether a clause with a subject of its own may be what a cue with none in its clause is on,
    as what a verb of saying or pledging says)."""
    text = view.text
    end = len(text) if limit is None else min(limit, len(text))
    depth = view.depth[start] if start < len(text) else 0
    pos = start
    asked = False  # whether a clause of a call's scope said what is asked
    held_back = False  # the clause before ended in restraint, and this one says what it includes
    for _ in range(clauses):
        if pos >= end:
            break
        stop = min(clause_end(view, pos), end)
        cut = min((s for s in stops if pos <= s < stop), default=None)
        found = _in_clause(
            view,
            pos,
            cut if cut is not None else stop,
            depth,
            opposition,
            praise,
            called=start if call and pos == start else -1,
        )
        # a verb phrase with no joiner goes on under the cue: not under an opposition (反对部署
        # 导弹防御系统,损害战略稳定: why), unless what is opposed is an actor's doing, which may
        # run on (谴责朝鲜无视警告,违背安理会决议,强行实施核试验)
        loose = not opposition or _agent_first(view, start)
        if found:
            found = _restrained(view, found, cut if cut is not None else stop, held_back)
            return found + _joined(
                view, stop, end, depth, stops | cues, opposition, loose=loose, demands=call
            )
        if cut is not None or stop >= end:
            return found
        if text[stop] in "。:" or (
            text[stop] == ";" and not (call and _opens_with_verb(view, stop + 1, end))
        ):
            return found  # (but a call's demands may be listed between semicolons)
        content = _has_content(view, pos, stop)
        if not call and content:
            # 召开会议,……: the cue has an object of its own, no entity; only a phrase joined to
            # it goes on (承诺彻底消除其核武库,以最终实现核裁军)
            # (only a modal's, a verb phrase's or an opposed actor's: 朝鲜同意放弃所有核武器,重新
            # 加入《条约》; but 计划召开会议,讨论议程项目 is no support)
            verbal = (
                obliged
                or opposition
                # (召开紧急闭门会议,讨论……: 闭门 modifies the meeting, no verb phrase of its own)
                or (_opens_with_verb(view, start, stop) and not _MEETING_END.search(text, 0, stop))
            )
            return _joined(view, stop, end, depth, stops | cues, opposition, loose=loose and verbal)
        asked = asked or content
        # 在采取进一步行动方面保持克制,包括进行核试验: what the restraint includes
        held_back = (
            content and _restraint_at(view, pos, stop) and includes_at(view, stop + 1) is not None
        )
        pos = stop + 1
        if view.lexicon.pattern("contrast").match(text, pos):
            break  # 但, 然而: what follows is set against the cue, not its object
        if view.lexicon.pattern("conditional").match(text, pos):
            break  # 要求……严阵以待,一旦美国进行核试验,……: a condition and what would follow
        if not clause_object and _subject_of_own(view, pos, end):
            # 只要……理事会认可,原子能机构将返回朝鲜: a clause with a subject of its own says what
            # that actor does, not what the cue left unsaid
            break
        if call and asked and _opens_with_actor(view, pos, end):
            # 呼吁各国加强合作,朝鲜进行了核试验: another's act, not what is asked (but 呼吁,在
            # 平等的基础上,所有国家都尽早批准……: the one called on, the call not yet said)
            break
    return []


# a declaration's title that a clause with targets describes (……核裁军的《共同宣言》)
ISSUED_HEAD = re.compile(rf"的《[^《》]{{0,30}}?(?:{DECLARATION_NOUNS})》")


_POSSESSING = re.compile("的[《“]?")
# how far the noun phrase after a place (国际原子能机构在伊朗的核查活动) is read for a name
_THERE_REACH = 12
_PHRASE_END = re.compile(r"[,;。:、]")


_COMMITMENTS = frozenset({"treaty", "resolution"})  # what is kept or breached
_COMPARED_WITH = re.compile(r"(?:与|同|跟)[《“]?$")


def _alleged(view: SentenceView, span: Span) -> bool:
    """Whether a claim noun heads the phrase the name ends (``有关俄罗斯违反《中导条约》的
    指控``): the breach is someone's claim, and a position on the claim upholds nothing."""
    lex = view.lexicon
    claim = lex.derived(
        "claim_phrase",
        lambda: re.compile(f"[》”]*的(?:{alternation(sorted(lex.words('claim_noun')))})"),
    )
    return claim.match(view.text, after_name(view, span)) is not None


def _acts_after(view: SentenceView, span: Span, end: int) -> bool:
    """Whether an act follows the name right after it (``违反安理会决议进行核试验``)."""
    following = view.plain_words(after_name(view, span), end)[:1]
    return bool(following) and following[0].text in view.lexicon.words("activity_verb")


def _breached_after(view: SentenceView, span: Span, end: int) -> bool:
    """Whether the name is what something is compared with and found to break (``与伊核协议
    不一致的行动``, ``与《条约》的宗旨相悖``)."""
    lex = view.lexicon
    if _COMPARED_WITH.search(view.text, max(0, span.start - 2), span.start) is None:
        return False
    breach = lex.derived(
        "breach_after_phrase",
        lambda: re.compile(
            r"[》”]*(?:的(?:规定|精神|宗旨|目标|原则|义务|要求))?"
            f"(?:{alternation(sorted(lex.words('breach_after')))})"
        ),
    )
    return breach.match(view.text, after_name(view, span), end) is not None


def _possesses_name(view: SentenceView, pos: int, end: int) -> bool:
    """Whether 的 at ``pos`` joins the name before it to an object's name right after it; or,
    after a place (``在伊朗的``), to a noun phrase that holds one (``国际原子能机构在伊朗的监测和
    核查活动``: the agency's activities there, of which verification is what is named)."""
    m = _POSSESSING.match(view.text, pos, end)
    if m is not None:
        possessed = view.span_at(m.end())
        return possessed is not None and possessed.cls in STANCE_OBJECTS
    noun = _placed_noun(view, pos, end)
    if noun is None:
        return False
    limit = min(end, noun + _THERE_REACH)
    phrase = _PHRASE_END.search(view.text, noun, limit)
    return any(
        s.cls in STANCE_OBJECTS
        for s in view.spans_between(noun, phrase.start() if phrase else limit)
    )


def _placed_noun(view: SentenceView, pos: int, end: int) -> int | None:
    """Where the noun starts that a bare place at ``pos`` modifies (``在伊朗的|核查活动``): 在, one
    word or name that is no verb, 的. A relative clause (``在华盛顿举行的峰会``) is no such place."""
    if not view.text.startswith("在", pos):
        return None
    words = view.words(pos + 1, min(end, pos + 1 + _THERE_REACH))
    if len(words) < 2 or words[1].text != "的" or words[0].pos != pos + 1:
        return None
    place = words[0]
    if place.span is None and word_tags().get(place.text, "").startswith("v"):
        return None
    return words[1].pos + 1


def _ground(view: SentenceView, pos: int, end: int) -> bool:
    """Whether the names from ``pos`` on, over list words and names, end in a ground (``作为依据``,
    ``为由``): ``援引《A》和安理会第2310号决议作为依据`` cites them, it takes no position on them."""
    ground = view.lexicon.pattern("ground_phrase")
    for word in view.words(pos, end):
        if ground.match(view.text, word.pos):
            return True
        if word.span is None and word.text not in _LIST_WORDS:
            return False
    return False


def _restrained(
    view: SentenceView, found: list[Target], end: int, held_back: bool = False
) -> list[Target]:
    """A clause that ends in restraint (在核试验问题上保持克制), or says what the restraint of the
    clause before includes (``held_back``), refrains from the harms it names; of anything else
    (在半岛问题上保持克制) it says no side is taken."""
    if held_back:  # (包括停止核试验: what is included is refrained from, halted or not)
        return [Target(t.span, True) for t in found if is_harm(view, t.span)]
    if not _restraint_at(view, found[-1].span.end, end):
        return found
    return [Target(t.span, not t.reversed) for t in found if is_harm(view, t.span)]


def _restraint_at(view: SentenceView, start: int, end: int) -> bool:
    """Whether a word of restraint (保持克制) stands in ``start:end``."""
    if not view.lexicon.may_occur("restraint", view.text):
        return False  # (most sentences: no word of restraint, no words to read)
    restraint = view.lexicon.pattern("restraint")
    return any(restraint.match(view.text, w.pos) for w in view.words(start, end))


def includes_at(view: SentenceView, pos: int) -> int | None:
    """Where the items begin when the clause at ``pos`` opens by saying what the one before
    includes (``包括放弃所有核武器``), or None."""
    lex = view.lexicon
    opener = lex.derived(
        "apposition_opener",
        lambda: re.compile(f"(?:{alternation(sorted(lex.words('apposition')))})(?:了)?:?"),
    )
    m = opener.match(view.text, pos)
    return m.end() if m is not None else None


def _agent_first(view: SentenceView, pos: int) -> bool:
    """Whether a cue's object opens with an actor doing something (``谴责朝鲜……``)."""
    span = view.span_at(pos)
    return span is not None and span.cls in _CLAUSE_SUBJECTS and span.cls != "holder"


def _opens_with_actor(view: SentenceView, pos: int, end: int) -> bool:
    """Whether the clause at ``pos`` opens with a subject of its own, an actor named or
    unnamed, after any lead words (``此外``, ``也``)."""
    return _opening_actor(view, pos, end) is not None


def _opening_actor(view: SentenceView, pos: int, end: int) -> Span | None:
    """The actor the clause at ``pos`` opens with, after any lead words, if it does."""
    leads = view.lexicon.words("subject_lead", "filler")
    for word in view.plain_words(pos, min(end, clause_end(view, pos))):
        if word.span is None and word.text in leads:
            continue
        return word.span if word.span is not None and word.span.cls in _CLAUSE_SUBJECTS else None
    return None


def _subject_of_own(view: SentenceView, pos: int, end: int) -> bool:
    """Whether the clause at ``pos`` opens with an actor that is its subject, not a possessor
    or the first of a list (``中国和俄罗斯的倡议``)."""
    actor = _opening_actor(view, pos, end)
    return actor is not None and view.text[actor.end : actor.end + 1] not in (
        "的",
        "、",
        "和",
        "与",
    )


_CLAUSE_SUBJECTS = frozenset(
    {"state", "organization", "group", "holder"}
)  # (a person is his state)


_MEETING_END = re.compile(rf"(?:{MEETING_NOUNS})$")  # (a clause whose object is a meeting)


def _has_content(view: SentenceView, start: int, end: int) -> bool:
    """Whether a clause holds more than adverbs and circumstances (a noun or a verb): then a
    cue before it has found its object there, and its scope does not reach further."""
    tags = word_tags()
    words = view.plain_words(start, end)
    lex = view.lexicon
    if (
        words
        and words[0].span is None
        and lex.value("preposition", words[0].text) == "preposition"
        and not any(tags.get(w.text, "") == "v" for w in words[1:] if w.span is None)
    ):
        return False  # 支持根据有关国际决议,使……: a circumstance only, the object still to come
    for word in words:
        if word.span is not None:
            return True
        tag = tags.get(word.text, "")
        if tag.startswith(("n", "v")) and word.text not in lex.words("filler"):
            return True
    return False


def _joined(
    view: SentenceView,
    stop: int,
    end: int,
    depth: int,
    stops: frozenset[int],
    opposition: bool,
    *,
    loose: bool = False,
    demands: bool = False,
) -> list[Target]:
    """Targets of the verb phrases joined to the first under the same cue, clause after clause:
    ``呼吁……使《A》生效,并就《B》展开谈判`` (``并``, ``并且``, ``以及``, then no cue of its own);
    ``loose``: also a clause that opens with a verb and no joiner (``呼吁各国推进核裁军,停止核试验``;
    the caller decides when: 反对部署导弹防御系统,损害战略稳定 says why, not what else);
    ``demands``: a call, whose demands may be listed between semicolons (``要求朝鲜放弃所有核
    武器;立即停止所有相关活动;不进行核试验``), each a verb phrase with no subject of its own."""
    text = view.text
    out: list[Target] = []
    while stop < end and (text[stop] == "," or (demands and text[stop] == ";")):
        pos = stop + 1
        if demands and (including := includes_at(view, pos)) is not None:
            pos = including  # 要求……遵守其义务,包括放弃所有核武器: what is asked, item by item
        elif (apposed := _apposed_names(view, pos, end)) is not None:
            # 履行相关条约,尤其是《A》和《B》: the names the object before is said to include
            out += apposed
            stop = min(clause_end(view, pos), end)
            continue
        joined = JOINED_CLAUSE.match(text, pos)
        if text[stop] == ";" and not _opens_with_verb(view, pos, end):
            break
        if joined is not None and MANNER.match(text, pos):
            body = pos  # 包括以可核查的方式放弃……: the 以 of a manner, read with its phrase
        elif joined is not None:
            body = joined.end()
        elif (loose or text[stop] == ";") and _opens_with_verb(view, pos, end):
            body = pos  # 呼吁各国推进核裁军,停止核试验: a verb with no subject of its own goes on
        elif (pledged := _pledge_content(view, stop, pos)) is not None:
            body = pos = pledged  # 应承担义务,不对无核武器国家使用……: what the obligation is
        else:
            break
        stop = min(clause_end(view, pos), end)
        if any(pos <= s < stop for s in stops):
            break
        # (a clause with no joiner is read strictly: 防止非国家行为者获取大规模毁灭性武器 may not be
        # against the weapons it is unsure a halt reaches)
        out += _in_clause(view, body, stop, depth, opposition, strict=joined is None)
    return out


def _apposed_names(view: SentenceView, pos: int, end: int) -> list[Target] | None:
    """The names of what a position is on when the clause at ``pos`` is only an apposition
    that lists them (``,尤其是《不扩散核武器条约》、《全面禁止核试验条约》``, ``,包括《A》和《B》``);
    None for any other clause (``,特别是核武器国家应……``: a clause of its own)."""
    start = includes_at(view, pos)
    if start is None:
        return None
    stop = min(clause_end(view, pos), end)
    listed = list_after(view, start, stop)
    if listed is None or view.text[listed.end : stop].strip(" 。”)") != "":
        return None
    if not all(s.cls in STANCE_OBJECTS and isinstance(s.ref, EntityRef) for s in listed.spans):
        return None
    return [Target(s, False) for s in listed.spans]


def _pledge_content(view: SentenceView, comma: int, pos: int) -> int | None:
    """Where the content of a pledge or obligation the clause before ``comma`` ends with is
    stated, if the clause at ``pos`` states it (``承担义务,不对……使用核武器``, ``作出承诺,无条件
    不……``), past an exception set off by commas (``重申其承诺,除了……以外,不对……``)."""
    lex = view.lexicon
    ends = lex.derived(
        "pledge_noun_end",
        lambda: re.compile(f"(?:{alternation(sorted(lex.words('pledge', 'pledge_noun')))})$"),
    )
    if ends.search(view.text, max(0, comma - 4), comma) is None:
        return None
    pos = past_exception(view, pos)
    return pos if lex.pattern("pledge_clause").match(view.text, pos) is not None else None


def past_exception(view: SentenceView, pos: int) -> int:
    """Past a clause at ``pos`` that states an exception and ends with a comma (``除了其本身受到
    进攻的情况以外,``): the position after that comma, else ``pos``."""
    lex = view.lexicon
    text = view.text
    if lex.pattern("exception").match(text, pos) is None:
        return pos
    end = clause_end(view, pos)
    ends = lex.derived(
        "exception_end",
        lambda: re.compile(f"(?:{alternation(sorted(lex.words('exception_end')))})$"),
    )
    if end < len(text) and text[end] == "," and ends.search(text, max(pos, end - 2), end):
        return end + 1
    return pos


def _opens_with_verb(view: SentenceView, pos: int, end: int) -> bool:
    """Whether the clause at ``pos`` opens with a verb phrase of its own, after adverbs
    (``停止核共享``, ``尽快签署……``): no subject, no contrast, no saying or believing (``指出``,
    ``认为`` open what someone holds, not what is asked), no apposition (``包括……``), and no
    copula after it (``难以遏止核扩散的宿命论是……``: the verb opens a subject)."""
    lex = view.lexicon
    if lex.pattern("contrast").match(view.text, pos):
        return False
    tags = word_tags()
    saying = lex.words("reporting", "speak", "opinion", "frame", "attitude", "apposition")
    fillers = lex.words("filler")
    acts = lex.derived("act_heads", lambda: tuple(sorted(lex.words("act"))))
    words = view.plain_words(pos, min(end, clause_end(view, pos)))
    if any(w.text == "是" and w.span is None for w in words):
        return False
    refusal = False  # the word before is a refusal (不部署: whatever jieba tags it, a verb there)
    adverbs = False  # the words before are adverbs, which 、 may list (大幅、实质削减)
    for i, word in enumerate(words):
        if adverbs and (
            word.text == "、"
            or (
                view.text[word.pos - 1] == "、"
                and word.span is None
                and i + 1 < len(words)
                and (words[i + 1].span is not None or _verb_next(words[i + 1]))
            )
        ):
            continue  # 进一步大幅、实质削减: a list of the manners of the verb after it
        if word.span is not None:
            # 防止核武器的扩散: a topic named by a verb phrase opens with its verb
            span = word.span
            head = view.segment(span.start, span.end)[:1] if span.cls == "topic" else []
            return bool(head) and verbal(head[0])
        tag = tags.get(word.text, "")
        after = words[i + 1] if i + 1 < len(words) else None
        if (
            word.text in fillers
            or tag in ("d", "ad")
            or (tag == "a" and after is not None and tags.get(after.text, "").startswith("v"))
        ):
            # (重新谈判: jieba tags 重新 an adjective; before a verb it is the verb's adverb)
            refusal = word.text in _negators(lex)[0]
            adverbs = True
            continue
        # (jieba tags 重新加入 a noun: a word that ends in a treaty act is a verb; 谈判《禁产条
        # 约》: a verbal noun with its object after it, not the subject of a verb)
        verb = (
            refusal
            or verbal(word.text)
            or word.text.endswith(acts)
            or (tag == "vn" and after is not None and not _verb_next(after))
        )
        return verb and word.text not in saying
    return False


def _after_actor(view: SentenceView, words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` follows the name of an actor right away, opening what that actor
    acts on in a clause that is the object (``安理会对……作出反应``); not a noun phrase on the
    actor (``原子能机构对核查的重要性``: what matters is the object)."""
    before = words[i - 1].span if i else None
    if before is None or before.cls not in ACTORS:
        return False
    pos = words[i].pos
    return _NO_NOUN_PHRASE.match(view.text, pos, clause_end(view, pos)) is not None


_NO_NOUN_PHRASE = re.compile(r"[^,;:。的]*(?:[,;:。]|$)")


def _verb_next(word: Word | None) -> bool:
    """Whether ``word`` is a verb of its own (not a name, not a noun)."""
    return word is not None and word.span is None and verbal(word.text)


def _in_clause(
    view: SentenceView,
    start: int,
    end: int,
    depth: int,
    opposition: bool,
    praise: bool = False,
    called: int = -1,
    strict: bool = False,
) -> list[Target]:
    """The targets of one clause; ``called``: where a call's scope begins, whose first body is
    the one called on when its verb follows (敦促国际原子能机构通过……决议), not a target;
    ``strict``: no topic is taken where it is unsure whether a refusal reaches it."""
    lex = view.lexicon
    text = view.text
    words = view.words(start, end)
    prepositions = lex.words("preposition")
    refrain, harm = _negators(lex)
    disregard = disregarded(lex)
    tags = word_tags()
    activity = lex.words("activity_verb")
    attributes = lex.words("attribute_verb")
    # (what a refusal may reach over)
    keeping = lex.words("attitude", "keeping", "refused_place", "refused_tense")
    out: list[Target] = []
    phrase_end = -1  # index of the last word of a prepositional phrase being read
    reverse_at: int | None = None  # index of a refusal word still in reach
    doubt = False  # a refusal went out of reach at a word that may still be inside its phrase
    refusing_end = -1  # where the last name that opens with a halt (防止……) ends
    halted = 0  # the targets the refusal in reach has taken
    relative_clause = (-1, -1)  # a relative clause on a refused name
    harm_at: int | None = None
    breached = False  # the harm in reach breaks a commitment, and is opposed or refused
    skip_until = -1
    forum = -1  # index of a body named as the means of settling (通过六方会谈解决)
    for i, word in enumerate(words):
        if word.pos < skip_until:
            continue
        if view.depth[word.pos] != depth and not _bracketed_symbol(view, word, depth):
            continue
        span = word.span
        if span is None:
            listing = word.text in _LIST_WORDS and i and words[i - 1].span is not None
            if word.text in prepositions and _means_forum(lex, words, i):
                forum = i + 1  # 通过六方会谈解决……: the forum after it is no circumstance
            if (
                i > phrase_end
                and (
                    word.text in prepositions
                    # 因伊核协议而豁免的制裁: a cause, fronted by 因 before its 而 (not the 因 of
                    # jieba's 因 / 此举)
                    or (word.text == "因" and _CAUSE.match(text, word.pos, end) is not None)
                    # 支持安理会对朝鲜核试作出反应: what the object clause's subject acts on is
                    # a circumstance of its verb, not what the cue is on
                    or (word.text == "对" and _after_actor(view, words, i))
                )
                and not _domain(view, word, end)
                and not _adopting(words, i)
                and not _means_act(lex, words, i)
                and forum != i + 1
                and not _OBLIGATION_SOURCE.match(text, word.pos)
                and not listing  # (《A》与《B》 is a list)
                and not _about_noun(view, word, end)
                and not _signature_place(view, word)
                and not _zone_to_make(view, words, i, end)
            ):
                phrase_end = _place_of_noun(view, words, i, _phrase_end(view, words, i))
            if word.text == "在" and (about := _harm_domain(view, word, end)):
                skip_until = about  # 遵守在核试验问题上的国际公约: what the instruments are on
                continue
            if word.text in attributes and (carried := _attribute_end(words, i, end)):
                skip_until = carried  # 装备常规武器的潜艇: what the noun carries, no object
                continue
            if word.text in disregard:
                # 不顾国际社会反对进行核试验, 不顾安理会的警告: what is disregarded, up to the act
                # done anyway, is neither object nor refusal
                done = next((w.pos for w in words[i + 1 :] if w.text in activity), None)
                if done is not None:
                    skip_until = done
                    continue
            if (word.text in refrain or _adverb_and(word.text, refrain, tags)) and not (
                text.startswith(("下", "之下"), word.pos + len(word.text))
            ):
                # (全面禁止核试验: jieba's one word for the adverb and the halt; not the noun of
                # a circumstance: 在严格和有效的国际控制下全面彻底裁军)
                reverse_at = i
                halted = 0
            elif word.text in harm and not _in_idiom(view, words, i):
                clause = _harm_on_name(view, word.pos, end)
                if clause:
                    # 反对破坏战略稳定的导弹防御系统: the harm is what the name after it does;
                    # the name is the object, what it harms is not
                    skip_until = clause
                else:
                    harm_at = i
                    breached = word.text in lex.words("breach") and (
                        reverse_at is not None
                        or (opposition and lex.value("breach", word.text) != "withdrawal")
                    )
            elif word.text in activity and harm_at is not None and i - harm_at > 1:
                # 反对朝鲜违反安理会决议进行核试验: the harm's phrase ends where an act begins
                harm_at = None
            elif (
                reverse_at is not None
                and words[i - 1].text in _VERB_JOINERS
                and tags.get(word.text, "").startswith("v")
            ):
                # 停止核试验并签署《T》: a verb after 并 opens a phrase of its own
                reverse_at, doubt = None, False
            elif (
                reverse_at is not None
                and i - reverse_at > 1
                and (clause := _relative_on_name(view, word.pos, end))
            ):
                # 不部署能够运载核武器的导弹: a relative clause on the refused thing; the refusal
                # reaches the name after it (and no name inside it is a target)
                skip_until = clause
                relative_clause = (word.pos, clause)
            elif (
                reverse_at is not None
                and i - reverse_at > 1
                and not _in_refused_phrase(word.text, activity, keeping, tags)
                and not _listed_verbal_noun(word, i, words, tags)
            ):
                # a word outside what is refused: a new verb phrase after a conjunction
                # (停止核试验并加入《T》); else the refusal may still reach a name after it
                # (不要参加明年举行的《T》会议), and no position on it can be trusted
                doubt = word.text not in _VERB_JOINERS
                reverse_at = None
            elif word.text in _VERB_JOINERS:
                doubt = False
            continue
        if (
            span.cls in _COMMITMENTS
            and (opposition or reverse_at is not None)
            and (
                (
                    harm_at is not None
                    and breached
                    and not _acts_after(view, span, end)
                    and not _alleged(view, span)
                )
                or _breached_after(view, span, end)
            )
        ):
            # 反对违反《反导条约》, 呼吁伊朗避免采取与伊核协议不一致的行动: a breach opposed or
            # refused is the commitment upheld (not 违反安理会决议进行核试验: the act done in
            # breach is what a position is on)
            out.append(Target(span, reverse_at is None))
            continue
        if i <= phrase_end or span.cls not in STANCE_OBJECTS:
            continue  # 根据《A》和《B》, 在裁谈会谈判……: a circumstance
        if out and ISSUED_HEAD.search(text, max(0, span.start - 2), span.end + 1):
            continue  # 合作推进核裁军的《共同宣言》: the text the clause describes, no object of it
        after = after_name(view, span)
        if (
            after < end
            and view.span_at(after) is not None
            # (支持国际原子能机构和平利用核技术……的使命: the body opens a clause on its mission)
            and not (span.cls in ("organization", "group") and _own_role(view, after, end))
        ):
            continue  # 安全理事会第984号决议: the first only modifies the second
        if _LIKENED.match(text, after) and text.endswith(_LIKE, 0, span.start):
            continue  # 应像欧盟一样发挥作用: whom the act is likened to (not 像《T》这样的条约)
        if span.cls == "organization" and _possesses_name(view, after, end):
            continue  # 北约的核共享安排, 东盟的《条约》: whose the object is, not the object
        if span.cls == "organization" and lex.pattern("overseer").match(text, after):
            continue  # 攻击国际原子能机构监管下的核设施: the facilities it oversees are the object
        if span.cls == "organization" and _sent_to(view, span.start):
            continue  # 要求将伊朗核问题报告安理会: where the matter is sent, no object
        if (
            span.cls in ("organization", "group")
            and holds_after(view, after)
            and not _own_role(view, after, end)
        ):
            continue  # 大使重申,东盟承诺推动……: the body holds a position of its own, no object
        if (
            span.cls == "organization"
            and i != forum
            and (_acts(view, after, end, 0 <= span.start - called <= 2) or adopts(view, after))
        ):
            # 欢迎安全理事会通过第2310号决议, 赞赏安理会通过的第1540号决议: the council acts, its
            # act is welcomed
            continue
        if (
            opposition
            and span.cls in ("organization", "treaty")
            and _joined_by_other(view, start, span)
        ):
            # 反对印度加入核供应国集团, 反对X加入《条约》: against the joining, not the body or
            # the treaty
            continue
        relative = bool(_RELATIVE.match(text, after))  # 尚未加入《T》的国家: the states', not T's
        done = lex.pattern("done_act_end")
        if relative and done.search(text, max(start, span.start - _DONE_REACH), span.start):
            continue  # 呼吁已批准《T》的国家放弃其决定: those who did, asked something else
        listed = list_after(view, span.start, end)
        tail = listed.end if listed is not None else after
        if _ground(view, tail, end):
            continue  # 并援引第487号决议作为依据: what the act stands on, not its object
        shift = lex.pattern("shift_phrase")
        if (
            not relative
            and (shift.match(text, _past_apposition(view, tail)) or shift.match(text, after))
            and not (reverse_at is not None and harm_risk(view, span, after))
            and not _object_before_suo(text, after, words, i, tags, lex.words("purpose"))
        ):
            # 《A》、《B》及《C》相关议定书, 《不扩散条约》审议大会: something else is meant
            skip_until = tail
            continue
        if harm_at is not None and not relative:
            continue
        if (timed := _TIMED.match(text, tail)) and not PASSIVE.match(text, timed.end(), end):
            # 希望条约到期前能签订新的协议: when it is hoped for, not what (but 希望条约到期前得到
            # 延长: the treaty is still what the hope is on)
            continue
        if _suffers(view, tail, end):
            continue  # 确保朝鲜的……导弹计划得到充分核查: what is checked, not what is asked for
        if not praise and _AGENT.match(text, after):
            continue  # 第984号决议对……作出的……承诺: the resolution's commitment, not the resolution
        if opposition and not _ends_phrase(view, after, end):
            continue  # 质疑……消极安全保证文书: an instrument, not the topic
        if opposition and _halted_noun(view, after):
            continue  # 将导致核试验的全面停止: its halt is what is said of it
        # 不进行核试验: refused; 暂停履行《条约》: the refusal is of keeping the treaty
        negated = (
            reverse_at is not None
            and not relative
            and all(
                w.span is not None
                or relative_clause[0] <= w.pos < relative_clause[1]
                or _in_refused_phrase(w.text, activity, keeping, tags)
                or _listed_verbal_noun(w, k, words, tags)
                for k, w in enumerate(words[reverse_at + 1 : i], reverse_at + 1)
            )  # (放弃所有核武器、大规模杀伤性武器和弹道导弹: a refusal reaches over its list)
        )
        # a refusal still in reach whose verb is no activity (不使用弹道导弹技术); not one inside a
        # relative clause the name heads (……禁止未来生产的《T》: the name is not its object)
        unknown_refused = (
            reverse_at is not None
            and not relative
            and all(w.text != "的" for w in words[reverse_at + 1 : i])
        )
        if (doubt or unknown_refused) and not negated and (strict or not is_aim(view, span)):
            # 要求日本不要以观察员身份参加明年举行的《T》会议: refused, or not? 不使用弹道导弹技术:
            # a verb refused that is no activity, whose object's side is unknown (a topic is
            # what the refused verb makes: 停止生产用于核武器的裂变材料 is for the cut-off)
            continue
        if (
            negated
            and is_aim(view, span)
            and (halted or any(w.text in _LIST_WORDS for w in words[reverse_at + 1 : i]))
        ):
            # 支持全面禁止核试验、核裁军和防扩散: an aim ends the list a halt reaches over (no one
            # halts disarmament); it and what follows are the outer verb's
            negated, reverse_at, doubt = False, None, False
        if (
            negated
            and (span.cls != "topic" or not _ends_negated(view, after, end))
            and not harm_risk(view, span, after)
        ):
            continue  # 降低核武器在……中的作用: what is lowered is the role, not the thing
        if not negated and not opposition and _halted_noun(view, after):
            negated = True  # 支持核试验的全面停止, 推动核试验的永久终结: for its halt, against it
        halted += negated
        if span.cls == "organization" and lex.pattern("organ_product_phrase").match(text, after):
            continue  # 安理会决议草案: the draft, not the council
        if (
            span.kind == "inverse"
            and refusing_end >= 0
            and text[refusing_end : span.start] in _LIST_WORDS
        ):
            negated = not negated  # 防止外空军备竞赛、在外空放置武器: 防止 goes on over the list
        elif (
            refusing_end >= 0
            and not negated
            and _HALT_GOES_ON.fullmatch(text, refusing_end, span.start)
            and text[span.end - 2 : span.end] == text[refusing_end - 2 : refusing_end]
            and not is_aim(view, span)  # (无核武器区、中东无核武器区: zones, no halt goes on)
        ):
            # 全面禁止和彻底销毁核武器、化学武器、生物武器等各类大规模杀伤性武器: the halt's object
            # goes on over a list of the same kind of thing
            negated = True
            refusing_end = span.end
        if _halt_opening(lex).match(text, span.start):
            # a name that opens with a halt (防止外空军备竞赛, 全面禁止和彻底销毁核武器)
            refusing_end = span.end
        elif not negated:
            refusing_end = -1
        # 反对核扩散: against the opposite of non-proliferation, for non-proliferation
        out.append(Target(span, negated != (span.kind == "inverse")))
    return out


# a comparison: 像 X 一样 (not 像 X 这样的 N, which names X as one of the Ns)
_LIKE = ("像", "如同", "好像")
_LIKENED = re.compile(r"(?:一样|那样|似的)(?!的)")


# a time told by an instrument's life (条约到期前, 《条约》生效之后, 协议失效时): when, not what
_TIMED = re.compile(rf"[》”]?(?:正式|即将)?(?:到期|期满|届满|失效|生效|终止|过期)(?:{TIME_CLOSE})")


# a passive after a name and its head noun (……导弹计划得到核查, 《条约》得到全面遵守), or after a
# modal (决议应得到执行)
PASSIVE = re.compile(r"[^,;:。]{0,10}?(?:得到|受到|遭到|获得|被)")


def _suffers(view: SentenceView, pos: int, end: int) -> bool:
    """Whether what a name ending at ``pos`` names undergoes a check or a halt in a passive
    after it (``弹道导弹计划得到充分核查``, ``核武库受到削减``): it is the patient, no target;
    a passive that keeps or advances it (``《条约》得到全面遵守``) leaves it one."""
    text = view.text
    m = PASSIVE.match(text, pos, end)  # (past the rest of a list: ……和弹道导弹计划得到)
    if m is None:
        return False
    halts = view.lexicon.words("object_negator")
    tags = word_tags()
    for word in view.words(m.end(), min(end, m.end() + 8)):
        if word.span is not None:
            return word.span.cls == "topic"  # (得到充分核查: the verb is a topic's noun)
        if word.text in halts:
            return True
        if tags.get(word.text, "").startswith("v"):
            return False
    return False


def _object_before_suo(
    text: str, after: int, words: list[Word], i: int, tags: dict[str, str], purposes: frozenset[str]
) -> bool:
    """Whether a name before ``所……的`` is a verb's object (``为推进核裁军所做的努力``), not the
    agent of the relative clause (``联合国所通过的决议``): a verb stands right before it."""
    if not text.startswith("所", after) or not i:
        return False
    if words[i - 1].span is None and words[i - 1].text in purposes:
        return True  # 为核裁军所付出的努力: what the effort is for
    # (a place word may stand between the verb and its object: 建立东南亚|无核武器区)
    for before in reversed(words[max(0, i - 2) : i]):
        tag = tags.get(before.text, "") if before.span is None else ""
        if tag.startswith("v"):
            return True
        if tag not in ("ns", "s"):
            return False
    return False


def _joined_by_other(view: SentenceView, start: int, span: Span) -> bool:
    """Whether a body or a treaty is what an actor named before it in the clause acts on by a
    treaty act (``印度加入核供应国集团``): the act is the thing, the name only its object."""
    words = view.plain_words(start, span.start)
    if not words or words[-1].span is not None:
        return False
    if words[-1].text not in view.lexicon.words("act"):
        return False
    return any(w.span is not None and w.span.cls in _CLAUSE_SUBJECTS for w in words[:-1])


def _listed_verbal_noun(word: Word, i: int, words: list[Word], tags: dict[str, str]) -> bool:
    """Whether ``word`` is a verbal noun listed with what follows (``停止核潜艇合作等核扩散行径``):
    a noun of what is refused, as its list goes on (alone, 停止生产裂变材料, it is the act)."""
    return tags.get(word.text) == "vn" and i + 1 < len(words) and words[i + 1].text in _LISTING_ON


def _in_refused_phrase(
    word: str, activity: frozenset[str], keeping: frozenset[str], tags: dict[str, str]
) -> bool:
    """Whether a word may stand inside what a refusal or a halt is of: an activity verb, a
    keeping verb (or a preposition of place, passed with them: 停止在欧洲部署导弹), a list
    word, a noun, an adjective, a number, a determiner, a pronoun, a place word, 的 or 等
    (放弃所有核武器、……, 停止一切核试验, 取消计划中的核试验, 防止新军备竞赛)."""
    return (
        word in activity
        or word in keeping
        or word in _LIST_WORDS
        or tags.get(word, "").startswith(("n", "m", "q", "b", "r", "f", "a"))
        or word in ("的", "等")  # (取消计划中的核试验: the noun after 的; X等Y: Y is X's kind)
        # (停止与其核武器计划相关的所有活动: 与 and its 其, which jieba cuts as 与其, "rather than")
        or word == "与其"
    )


# a body's role after its name, where it plays it first (在国际核安全体系中, 在核裁军领域)
_ROLE_PLAYED = re.compile(
    r"(?:在[^,;。]{1,30}?(?:中|上|方面|领域|进程))?(?:继续|更好地|进一步|充分|切实)*发挥[^,;。]{0,8}?作用"
)


def _acts(view: SentenceView, pos: int, end: int, called: bool = False) -> bool:
    """Whether an organization is the subject of the verb after it (``安全理事会通过……``),
    not the thing a position is on; ``委员会作出的贡献`` (what it did) is still about it, but
    not the body a call is made on (``敦促国际原子能机构通过反对……的决议``: asked to act)."""
    if _own_role(view, pos, end):
        return False  # 支持国际原子能机构(在……中)发挥核心作用: its role, and so the body, supported
    tags = word_tags()
    following = view.words(pos, min(end, pos + 8))
    if following and following[0].span is None and following[0].text in view.lexicon.words("title"):
        # 希望国际原子能机构总干事在其职责范围内行事: the body's officer acts for it
        following = view.words(following[0].pos + len(following[0].text), min(end, pos + 12))
    if called:
        # (asked to act at once: 敦促安理会立即采取行动)
        while following and following[0].span is None and tags.get(following[0].text) == "d":
            following = following[1:]
    if not following or following[0].span is not None:
        return False
    clause = view.text[pos : clause_end(view, pos)]
    if "的" in clause and not called:
        return False  # 委员会作出的贡献, 裁谈会作为……论坛的作用: what it did, its role
    # (a body called on may be asked through a preposition: 敦促X通过……, 通过 tagged one; a
    # verb and its object may be one word of jieba's, tagged a noun: 采取行动, led by its verb)
    first = following[0].text
    tag = tags.get(first, "")
    if called and not tag.startswith(("v", "p")) and len(first) > 2:
        tag = tags.get(first[:2], "")
    verb = tag.startswith(("v", "p") if called else "v")
    # 安全理事会通过第2310号决议: a verb with an object of its own (通过 is tagged a preposition)
    return verb or any(s.cls in STANCE_OBJECTS for s in view.spans_between(pos, pos + len(clause)))


def _own_role(view: SentenceView, pos: int, end: int) -> bool:
    """Whether what follows a body's name is the body's own role or work, which a position on
    it is a position on the body: the role it plays (``(在……中)发挥核心作用``), or a verb phrase
    that ends, in its clause, on ``的`` and its work or mission (``维护……体制的使命``, a relative
    clause on that noun)."""
    if _ROLE_PLAYED.match(view.text, pos, end):
        return True
    lex = view.lexicon
    work = lex.derived(
        "work_of", lambda: re.compile("的(?:" + alternation(sorted(lex.words("work_noun"))) + ")")
    )
    return work.search(view.text, pos, min(end, clause_end(view, pos))) is not None


def _sent_to(view: SentenceView, pos: int) -> bool:
    """Whether a verb that sends a matter somewhere ends right before ``pos`` (``提交``,
    ``报告``: 将伊朗核问题提交安理会)."""
    return view.lexicon.ends_at("refer_to", view.text, pos, _SENT_REACH, "(?:给|至|到)?")


_SENT_REACH = 4  # characters of a verb of sending and its particle (提交给)


_OWN_KINDS = ("stance", "act", "reaffirm", "pledge")


def holds_after(view: SentenceView, pos: int, kinds: tuple[str, ...] = _OWN_KINDS) -> bool:
    """Whether the name ending at ``pos`` is the subject of a verb of its own that follows it,
    past adverbs, a word of ``kinds`` (``东盟一向重视……``, ``东盟承诺推动……``): a clause the
    frame's verb reports (the cue's scope may end before that verb: the clause's end is looked
    at)."""
    lex = view.lexicon
    own = lex.words(*kinds)
    tags = word_tags()
    for word in view.words(pos, min(clause_end(view, pos), pos + _OWN_REACH)):
        if word.span is not None:
            return False
        if word.text in own:
            return True
        if not tags.get(word.text, "").startswith("d") and word.text not in lex.words("filler"):
            return False
    return False


_OWN_REACH = 8  # characters of adverbs before a body's own verb (一向, 始终, 也将)


def signed_on(view: SentenceView, verb: int) -> NameList | None:
    """The treaties a signature before ``verb`` is put on (``在《条约》上签字``, ``在A和B文本上
    签署``): the locative is the act's object."""
    text = view.text
    if not text.startswith("上", verb - 1):
        return None
    opening = view.clause_start(verb)
    at = text.rfind("在", opening, verb)
    if at == -1:
        return None
    pos = at + 1
    while pos < verb and text[pos] in "《“":
        pos += 1
    found = list_after(view, pos, verb)
    if (
        found is None
        or not all(s.cls == "treaty" for s in found.spans)
        or not _ON_TEXT.fullmatch(text, found.end, verb)
    ):
        return None
    return found


_ON_TEXT = re.compile(r"[》”]*(?:的)?(?:文本)?上")


def _signature_place(view: SentenceView, word: Word) -> bool:
    """Whether ``在`` opens the place a signature is put on (``在《条约》上签字``): what is
    signed, no circumstance."""
    if word.text != "在":
        return False
    lex = view.lexicon
    hint = lex.derived(
        "signature_place",
        lambda: re.compile(
            r"在[^,;:。]{1,60}?上(?=" + alternation(sorted(lex.valued("act", "signed"))) + ")"
        ),
    )
    m = hint.match(view.text, word.pos)
    return m is not None and signed_on(view, m.end()) is not None


def _in_idiom(view: SentenceView, words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` ends an adverbial idiom that jieba cut in two (``毫不|拖延``地: without
    delay, a filler of the lexicon), which harms nothing."""
    if not i:
        return False
    start = words[i - 1].pos
    end = words[i].pos + len(words[i].text)
    return view.text[start:end] in view.lexicon.words("filler")


def _zone_to_make(view: SentenceView, words: list[Word], i: int, end: int) -> bool:
    """Whether ``在`` opens a topic's name that ends the clause (``支持在中东建立无核武器区``: the
    name holds the verb, 建立, and the place is the zone's): what is wanted, no circumstance,
    which would stand before a verb of its own."""
    if words[i].text != "在" or i + 1 >= len(words):
        return False
    span = words[i + 1].span
    if span is None or span.cls != "topic":
        return False
    stop = span.end
    while stop < end and view.text[stop] in "》”":
        stop += 1
    return stop >= end or view.text[stop] in _PHRASE_ENDS


def _place_of_noun(view: SentenceView, words: list[Word], i: int, phrase_end: int) -> int:
    """Where a 在 phrase that only places the noun after its 的 ends (``支持原子能机构在伊朗的
    核查活动``: the activities are read); a circumstance closed by a locative after that noun
    (``在原子能机构的监督下``) keeps ``phrase_end``."""
    if words[i].text != "在" or phrase_end >= len(words):
        return phrase_end
    lex = view.lexicon
    placed = lex.derived(
        # a pledge or duty that a 在 phrase places (在《条约》中的承诺, 在《条约》(NPT)下的义务)
        "pledge_placed",
        lambda: re.compile(
            r"在[^,;:。在的]{1,60}?(?:之中|之下|中|下|内)的(?:各项|有关|相关|全部|一切)?"
            f"(?:{alternation(sorted(lex.words('pledge', 'pledge_noun')))})"
        ),
    )
    if placed.match(view.text, words[i].pos):
        return i  # 遵守其在《T》中的承诺, 履行在《T》下的义务: the treaty the pledge is made in
    last = words[phrase_end]
    noun = _placed_noun(view, words[i].pos, len(view.text))
    if noun is None or (
        last.span is None and (word_tags().get(last.text) == "f" or last.text in LOCATIVES)
    ):
        return phrase_end
    return max(k for k in range(i, len(words)) if words[k].pos < noun)


def _phrase_end(view: SentenceView, words: list[Word], i: int) -> int:
    """The index of the last word of the prepositional phrase ``words[i]`` opens: its noun phrase,
    which goes on over list words and 的 (``根据《A》和《B》``, ``与根据延伸核威慑安排的国家``), up to a
    locative that closes it (``在任何情况下``) or the word the verb follows (``在欧洲|部署……``)."""
    tags = word_tags()
    prepositions = view.lexicon.words("preposition")
    holding = view.lexicon.words("holding_verb")
    text = view.text
    if words[i].text in _COMITATIVE:
        # 与不扩散条约有关缔约国和联合国密切协商: whom one acts with runs up to the acting
        # (与原子能机构签订的协定: a treaty act too)
        closers = view.lexicon.words("comitative_end", "act")
        for k in range(i + 1, len(words)):
            if words[k].span is None and words[k].text in closers:
                return k
            if k > i + 1 and words[k].span is None and words[k].text == "在":
                return k - 1  # 与俄罗斯|在和平利用核能领域的合作: the domain is the verb's
    date = DATE.match(text, words[i].pos) if words[i].text in ("于", "在") else None
    if date is not None:
        # 于1972年|签署的《T》: a time, closed at its date (what follows is the verb's)
        return max(k for k in range(i, len(words)) if words[k].pos < date.end())
    manner = MANNER.match(text, words[i].pos) if words[i].text == "以" else None
    if manner is not None:
        # 以完全、可核查和不可逆的方式|放弃……: a manner, closed at its noun (its modifiers may run
        # longer than a name's)
        return max(k for k in range(i, len(words)) if words[k].pos < manner.end())
    about = words[i].text in ("关于", "有关")
    acted_on = words[i].text == "对"  # (only after a subject: _after_actor)
    j = i + 1
    while j < len(words):
        word = words[j]
        if word.span is None and (tags.get(word.text) == "f" or word.text in LOCATIVES):
            return j  # 在……上, 在任何情况下: closed
        if about and word.span is None and word.text == "的":
            return j  # 关于核裁军的|第71/258号决议: what the phrase is about ends at 的
        nxt = words[j + 1] if j + 1 < len(words) else None
        if nxt is None:
            return j
        if word.span is None and (word.text in prepositions or word.text == "的"):
            j += 1
            continue
        if nxt.span is None and nxt.text in _LIST_WORDS and nxt.text != "并":
            j += 2
            continue
        if acted_on and word.span is not None and nxt.span is not None:
            j += 1  # 对朝鲜核试|作出反应: what is acted on, a name that modifies the next one
            continue
        if nxt.span is None and (
            nxt.text in holding
            or (nxt.text.startswith("所") and "的" in text[nxt.pos : nxt.pos + 4])
        ):
            # 根据《条约》|享有的……权利, 为建立无核武器区|所作的努力: the verb's relative clause
            # (所……的 is always one) is on what follows
            return j
        after = word.pos + len(word.text)
        if "的" in text[after : after + 6] or (nxt.span is None and tags.get(nxt.text) == "f"):
            j += 1
            continue
        return j
    return len(words)


def _bracketed_symbol(view: SentenceView, word: Word, depth: int) -> bool:
    """A paper's symbol in brackets after what names it: ``这项决议草案(A/C.1/60/L.12)``."""
    span = word.span
    if span is None or span.cls != "document" or view.depth[span.start] != depth + 1:
        return False
    text = view.text
    return text[span.start - 1 : span.start] == "(" and text.startswith(")", span.end)


_ADOPTS = re.compile(r"所?(?:一致|先后)?通过(?:了)?的?")


def adopts(view: SentenceView, pos: int) -> bool:
    """Whether a body is the one that adopts the resolution or paper named right after
    ``通过`` (``安理会通过的第1540号决议``), or one it names by its kind (``理事会通过的决议``)."""
    m = _ADOPTS.match(view.text, pos)
    if m is None:
        return False
    nxt = view.span_at(m.end())
    if nxt is None:
        # 理事会通过的决议, 大会通过《教育和宗教包容》决议: a paper of the body's that no table
        # holds is still the body's act
        return view.lexicon.pattern("organ_product_phrase").match(view.text, m.end()) is not None
    return nxt.cls in _ADOPTED


def _adopting(words: list[Word], i: int) -> bool:
    """``通过`` as the verb that adopts the resolution or paper after it (``欢迎大会通过第71/258号
    决议``), not the preposition of a means (``通过对话解决``)."""
    if words[i].text != "通过":
        return False
    k = i + 1 if i + 1 < len(words) and words[i + 1].text not in ("了", "的") else i + 2
    if k >= len(words) or words[k].span is None:
        return False
    if words[k].span.cls == "treaty":
        # 不会支持、签署或通过这份条约: a verb coordinated with others adopts the treaty
        return i > 0 and words[i - 1].span is None and words[i - 1].text in ("或", "和", "、", "及")
    return words[k].span.cls in _ADOPTED


_ADOPTED = frozenset({"resolution", "document"})


def _means_act(lex: CueLexicon, words: list[Word], i: int) -> bool:
    """A preposition of means before a verb (``致力于通过减少核恐怖主义威胁,营造……``): what
    follows is an act of the holder's, whose object counts, not a circumstance."""
    if lex.value("preposition", words[i].text) != "means" or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    if nxt.span is not None:
        return False
    return nxt.text in lex.words("object_negator") or word_tags().get(nxt.text, "").startswith("v")


def _means_forum(lex: CueLexicon, words: list[Word], i: int) -> bool:
    """A preposition of means before a body or talks and the verb of what they are to settle
    (``坚持通过六方会谈(框架)解决半岛核问题``): the forum is what the holder stands for, not a
    circumstance. (A resolution or treaty after 通过 may be what is adopted, and a common noun
    (通过对话解决) names no entity.)"""
    if lex.value("preposition", words[i].text) != "means" or i + 2 >= len(words):
        return False
    forum = words[i + 1].span
    if forum is None or forum.cls not in ("organization", "group"):
        return False
    k = i + 2
    if words[k].span is None and words[k].text in lex.words("forum_noun"):
        k += 1
    return k < len(words) and _verb_next(words[k])


# the instrument an obligation is owed under, in the obligation's own phrase (遵守其根据该条约
# 承担的所有义务, 履行其在《条约》下的义务, 在该条约项下的承诺, 在《计划》下所作承诺): what is
# kept, not a circumstance
# of keeping it
_OBLIGATION_SOURCE = re.compile(
    r"(?:(?:根据|按照|依照|依据)[^,;:。]{1,30}?(?:所)?(?:承担|负有|规定|作出)"
    r"|在[^,;:。]{1,30}?(?:项下|之下|下|框架内|框架下)(?=的|所)"
    # (在《T》中承担的义务: what is undertaken in an instrument, the verb said)
    r"|在[^,;:。]{1,30}?中(?=(?:所)?(?:承担|负有|作出|作)))(?:所)?(?:承担|负有|作出|作)?的?"
    r"[^,;:。]{0,8}?(?:义务|承诺|责任)"
)


def _about_noun(view: SentenceView, word: Word, end: int) -> bool:
    """``关于X的目标``: what a common noun is about, inside the object (推进关于核裁军、防扩散与和平
    利用核能的三大目标 furthers those three), not a circumstance of the clause."""
    if word.text not in ("关于", "有关"):
        return False
    text = view.text
    m = _ABOUT_NOUN.match(text, word.pos + len(word.text), end)
    if m is None or view.span_at(m.end()) is not None:
        return False
    # the noun phrase's head, after modifiers of its own (关于X的普遍、无条件和具有法律约束力的
    # 国际文书): a noun that takes no side carries no position to X (关于X的明确定义, 讨论)
    stop = min(end, m.end() + _ABOUT_HEAD_REACH)
    stop = next((i for i in range(m.end(), stop) if text[i] in _PHRASE_ENDS), stop)
    return any(  # 关于X的三大目标, 关于X的国际文书的重要性
        h.end() == stop or text[h.end()] == "的"
        for h in view.lexicon.pattern("about_head").finditer(text, m.end(), stop)
    )


_ABOUT_NOUN = re.compile(r"[^,;:。的]{2,40}的")
_ABOUT_HEAD_REACH = 30  # how far after 关于X的 the head of its noun phrase may stand
_PHRASE_ENDS = ",;:。"


def _domain(view: SentenceView, word: Word, end: int) -> bool:
    """``在核裁军方面``: the domain a position is about, not a place where it is held; and
    ``在六方会谈框架下``: the framework it wants used (``支持在六方会谈框架下解决……``)."""
    return (
        word.text == "在"
        and bool(DOMAIN_END.match(view.text, word.pos + 1, end))
        and not view.text.endswith("是", 0, word.pos)  # (是在……框架内提出的: a cleft's focus)
    )


def _harm_domain(view: SentenceView, word: Word, end: int) -> int:
    """Where a domain that names a harm and describes the noun after it ends (``在核试验问题上的
    国际公约``: the instruments on testing, which are not for it), else 0."""
    m = DOMAIN_END.match(view.text, word.pos + 1, end)
    if m is None or not view.text.startswith("的", m.end()):
        return 0
    # (a harm, or the name of a topic's opposite: 在核扩散问题上的准则)
    spans = view.spans_between(word.pos, m.end())
    return m.end() if any(s.kind == "inverse" or is_harm(view, s) for s in spans) else 0


def _past_apposition(view: SentenceView, pos: int) -> int:
    """Past the noun that sums up a list of treaties: ``……和佩林达巴各条约``."""
    text = view.text
    for noun in sorted(_APPOSITION, key=len, reverse=True):
        if text.startswith(noun, pos):
            return pos + len(noun)
    return pos


def _ends_negated(view: SentenceView, pos: int, end: int) -> bool:
    """Whether a refused or halted thing ends the refused phrase (``停止核试验。``, ``不进行核
    试验和……``), so that the refusal is of it and not of a noun after it (``……核恐怖主义威胁``,
    ``降低X在……中的作用``)."""
    text = view.text
    if pos >= end or text[pos] in "、,;:。)”》" or view.span_at(pos) is not None:
        return True
    return bool(
        view.lexicon.pattern("opposed_head_phrase").match(text, pos)
        or _NEGATED_GOES_ON.match(text, pos)
    )


def harm_risk(view: SentenceView, span: Span, pos: int) -> bool:
    """Whether a harm is followed by its threat or risk (``减少核恐怖主义威胁``, ``降低核战争风险``):
    what is reduced is the harm's."""
    if not is_harm(view, span):
        return False
    lex = view.lexicon
    text = view.text
    pos += text.startswith("的", pos)
    return any(text.startswith(w, pos) for w in lex.words("risk_head"))


def _ends_phrase(view: SentenceView, pos: int, end: int) -> bool:
    """Whether an opposed thing ends its phrase here, or is an act (``核试验的行为``)."""
    if pos >= end or view.text[pos] in "、,;:。)”》" or view.span_at(pos) is not None:
        return True
    if view.lexicon.pattern("opposed_head_phrase").match(view.text, pos):
        return True
    date = DATE.match(view.text, pos)
    if date is not None and date.end() > pos:
        return True
    following = view.words(pos, min(end, pos + 6))
    return not following or following[0].text in _LIST_WORDS or _not_noun(following[0])


_RELATIVE_CLAUSE = re.compile(r"[^,;:。、“”《》()]{1,12}?的")


def _relative_on_name(view: SentenceView, pos: int, end: int) -> int:
    """Where a relative clause opening at ``pos`` ends with ``的`` right before the name of a
    thing (``能够运载核武器的导弹``), naming none itself, else 0. (Not the refused verb's own
    phrase: 停止生产用于核武器的裂变材料 is for the cut-off, what is produced.)"""
    m = _RELATIVE_CLAUSE.match(view.text, pos, end)
    if m is None:
        return 0
    named = view.span_at(m.end())
    if named is None or named.cls not in STANCE_OBJECTS:
        return 0
    if any(s.cls in STANCE_OBJECTS for s in view.spans_between(pos, m.end())):
        return 0  # (没有成为全面禁试条约缔约国的所有国家: what it names is what counts)
    return m.end()


_HARMED_MODIFIER = 5  # characters of a modifier between a harm's 的 and the name it is on
_CLAUSE_MARK = re.compile("[,;:。、]")


def _attribute_end(words: list[Word], i: int, end: int) -> int:
    """Where a relative clause of a verb of carrying at ``words[i]`` ends (``装备常规武器的``
    before ``核动力潜艇``): its object, with a name in it (``常规武器和核武器``), up to ``的``
    in the same clause; else 0."""
    named = False
    stop = min(end, words[i].pos + len(words[i].text) + _CARRIED_REACH)
    for word in words[i + 1 :]:
        if word.pos >= stop or word.text in _CARRIED_BREAKS:
            break
        if word.span is not None:
            named = True
        elif word.text == "的":
            return word.pos + 1 if named else 0
    return 0


_CARRIED_REACH = 16  # characters of what a verb of carrying has as its object
_CARRIED_BREAKS = frozenset(",;:。!?")  # (normalized text: half-width clause punctuation)


def _harm_on_name(view: SentenceView, pos: int, end: int) -> int:
    """Where a relative clause that opens with a verb of harm at ``pos`` ends with ``的`` right
    before the name of a thing (``破坏战略稳定的导弹防御系统``), else 0; the names it harms may
    stand inside it."""
    m = _RELATIVE_CLAUSE.match(view.text, pos, end)
    if m is None:
        return 0
    inside = view.plain_words(pos, m.end() - 1)[1:]
    # (违反了它在1987年签署的《条约》: the harm's own object has a relative clause on it)
    if any(verbal(w.text) for w in inside) or (inside and inside[0].text in ("了", "过")):
        return 0
    # (a modifier of the name may stand after 的: 损害别国安全利益的中程导弹)
    named = next(iter(view.spans_between(m.end(), end)), None)
    if named is None or named.cls not in STANCE_OBJECTS or named.start - m.end() > _HARMED_MODIFIER:
        return 0
    return m.end() if not _CLAUSE_MARK.search(view.text, m.end(), named.start) else 0


def is_harm(view: SentenceView, span: Span) -> bool:
    """Whether a name is of a harm (kind ``hazard``: 核试验, 核军备竞赛)."""
    ref = span.ref
    return isinstance(ref, EntityRef) and view.lexicon.value("hazard", ref.id) is not None


def unreached_halt(view: SentenceView, target: Target, predicate: str) -> bool:
    """Whether a name of an aim's opposite (``扩散``) is read as what a cue for something is for
    (``呼吁消除核武器存在、扩散及试验的根源``): no one calls for proliferation, so it stands under
    a halt the reading did not reach, and says nothing sure."""
    span = target.span
    return (
        target.reversed
        and span.kind == "inverse"
        and predicate == "supports"
        and is_aim(view, span._replace(kind="mention"))
    )


def is_aim(view: SentenceView, span: Span) -> bool:
    """Whether a name is of an aim (kind ``aim``: 核裁军, 防扩散), never what a halt is of; a
    name of an aim's opposite (``核扩散``, kind ``inverse``) is what a halt is of."""
    ref = span.ref
    return (
        span.kind != "inverse"
        and isinstance(ref, EntityRef)
        and view.lexicon.value("aim", ref.id) is not None
    )


def _halted_noun(view: SentenceView, pos: int) -> bool:
    """Whether a name is followed by its own halt as a noun (``核试验的全面停止``) or by its
    stall (``核裁军没有进展``)."""
    lex = view.lexicon
    halt = lex.derived(
        "halted_noun",
        # (a halt as a noun, not a negation: 《条约》的无核武器国家, 《计划》的未来)
        lambda: re.compile(
            rf"的(?:{_HALT_ADVERBS})?(?:{alternation(sorted(lex.words('halt_noun')))})"
        ),
    )
    # (or a halt that ends the noun phrase, after a modifier or none: 维持核试爆的零当量暂停,
    # 维持核试验暂停; not a verb with its object: 《条约》禁止核试验)
    ending = lex.derived(
        "halt_ending_noun",
        lambda: re.compile(
            rf"(?:的[^,;。、的《“]{{0,4}}?)?(?:{_HALT_ADVERBS})?"
            rf"(?:{alternation(sorted(lex.words('halt_noun')))})(?=[,;。、!?]|$)"
        ),
    )
    # (or its stall: 批评核裁军没有进展 is against the stall, for the aim)
    return bool(halt.match(view.text, pos) or ending.match(view.text, pos)) or stalled(view, pos)


def stalled(view: SentenceView, pos: int) -> bool:
    """Whether a name ending at ``pos`` is followed by its stall or its end (``核裁军没有进展``,
    ``《中导条约》可能被废弃``)."""
    lex = view.lexicon
    stall = lex.derived(
        "stalled",
        # (what may befall it: 《中导条约》可能被废弃)
        lambda: re.compile(
            rf"的?(?:可能|或将|将会|将|即将|面临)?(?:{alternation(sorted(lex.words('stall')))})"
            rf"(?!{TIME_CLOSE})"  # (条约到期前: when, not what befalls it)
        ),
    )
    return bool(stall.match(view.text, pos))


def _halt_opening(lex: CueLexicon) -> re.Pattern[str]:
    """A name's opening halt, with its adverbs (防止外空军备竞赛, 全面禁止和彻底销毁核武器)."""
    return lex.derived(
        "halt_opening",
        lambda: re.compile(
            rf"(?:(?:{_HALT_ADVERBS})?(?:{alternation(_refrain_words(lex))})(?:和|并)?)+"
        ),
    )


def _not_noun(word: Word) -> bool:
    tag = word_tags().get(word.text, "")
    return not tag.startswith("n")


_CORNERSTONE = re.compile(r"以(?P<open>[《“]?)[^以为,;:。]{1,40}?[》”]?为$")


_PREPOSED = re.compile("[对与同跟比]")  # what opens a phrase before a judgement (与……不符)


def _agent_of_relative(lex: CueLexicon) -> re.Pattern[str]:
    """After a name, the rest of a relative clause it is the agent of, on the subject's head
    noun (安理会一致通过的……决议: cue kind ``agent_verb``)."""
    return lex.derived(
        "agent_of_relative",
        lambda: re.compile(
            r"[^,;:。的]{0,12}?"
            rf"(?:{alternation(sorted(lex.words('agent_verb')))})了?的"
        ),
    )


def _act_relative(words: list[Word], activity: frozenset[str]) -> int:
    """Where a stance object that a relative clause of its act opens on starts (``朝鲜于……进行的
    |核试验``), or -1."""
    for i, word in enumerate(words):
        if word.span is None:
            if word.text in (",", ";", ":", "。", "是"):
                return -1
            continue
        if (
            i >= 2
            and word.span.cls in STANCE_OBJECTS
            and words[i - 1].span is None
            and words[i - 1].text == "的"
            and words[i - 2].span is None
            and words[i - 2].text in activity
        ):
            return word.pos
    return -1


def subject_targets(
    view: SentenceView,
    start: int,
    end: int,
    judges: frozenset[object] | None = None,
    *,
    head: bool = False,
    named_judge: bool = False,
) -> list[Target]:
    """The targets an evaluation is about: the names of the clause's subject
    (``《不扩散条约》是……的基石``, ``各方遵守《联合全面行动计划》……至关重要``). With ``judges``
    (the refs of whoever judges), praise framed by another actor's design is no praise. With
    ``head`` (a threat judged), only a name that heads the subject and does not suffer the
    verb: ``《条约》的失效将严重威胁……`` and ``该条约面临严重威胁`` are no threat of the treaty.
    With ``named_judge`` (the sentence names whoever judges before the subject), ``其`` in the
    judgement is theirs unless the subject names another actor it may be."""
    cornerstone = _CORNERSTONE.search(view.text, start, end)
    if cornerstone is not None:
        # 维护以《不扩散条约》为基石的核不扩散机制: what the praise is of stands after 以
        span = view.span_at(cornerstone.start() + 1 + len(cornerstone.group("open")))
        if span is not None and span.cls in STANCE_OBJECTS:
            return [Target(span, False)]
    depth = view.depth[start] if start < len(view.text) else 0
    prepositions = view.lexicon.words("preposition")
    refrain, harm = _negators(view.lexicon)
    activity = view.lexicon.words("activity_verb")
    keeping = view.lexicon.words("attitude", "keeping", "refused_place", "refused_tense")
    tags = word_tags()
    # a halt or refusal reaches the name (制止核武器扩散……是共同的责任, 不发展导弹防御系统)
    halted = False
    # where a relative clause on the subject's head noun ends (……通过的): one that tells who did
    # the act judged (朝鲜于2016年1月6日违反安理会决议进行的核试验) says nothing judged itself
    words = view.words(start, end)
    relative_end = _act_relative(words, activity)
    for word in words:
        if view.depth[word.pos] != depth or word.pos < relative_end:
            continue
        if word.span is None:
            if halted and word.text in harm and (clause := _relative_on_name(view, word.pos, end)):
                # 不发展破坏战略稳定的导弹防御系统: the refused thing, said what harm it does
                relative_end = clause
                continue
            if (
                (
                    word.text in prepositions and not _OBLIGATION_SOURCE.match(view.text, word.pos)
                )  # (在《T》下所作承诺)
                or word.text == "对"  # (no preposition elsewhere: 对X表示支持 fronts the object)
                or word.text in harm
            ):
                # 对……至关重要, 上述言论对……体系构成严重威胁: what it is important for, or what
                # it threatens, is not what is judged
                return []
            if word.text == "是":
                return []  # the subject has ended unnamed: a name after 是 is in the praise
            # (不发展导弹防御系统, 停止一切核试验: the refusal reaches over its verb of activity
            # and a determiner; not over a list, 核武器用不得、核战争打不得: what it ends)
            halted = _HALT_ADVERB_FIRST.sub("", word.text) in refrain or (
                halted
                and word.text not in _LIST_WORDS
                and _in_refused_phrase(word.text, activity, keeping, tags)
                and not tags.get(word.text, "").startswith("n")
            )
            continue
        if word.span.cls not in STANCE_OBJECTS:
            continue
        after = after_name(view, word.span)
        if word.span.cls == "organization" and view.lexicon.pattern("organ_product_phrase").match(
            view.text, after
        ):
            continue  # 安理会有关决议应得到全面执行: the organ's papers are judged, not the organ
        if word.span.cls == "organization" and adopts(view, after):
            # 安理会通过第2663号决议具有重要意义: the body acts, its act is judged
            adopted = _ADOPTS.match(view.text, after)
            relative_end = adopted.end() if adopted is not None else after
            continue
        relative = _agent_of_relative(view.lexicon).match(view.text, after)
        if relative is not None:
            relative_end = relative.end()
            continue  # 联合国安理会一致通过的第1887号决议……迈出重要的一步: the resolution is praised
        if after < end and view.lexicon.pattern("shift_phrase").match(view.text, after):
            return []  # (not the judgement's own word: 核扩散威胁世界和平)
        listed = list_after(view, word.span.start, end)
        spans = listed.spans if listed is not None else [word.span]
        last = listed.end if listed is not None else word.span.end
        rest = view.text[after_name(view, spans[-1]) : end - 1]
        if (
            head
            and "的" in _PREPOSED.split(rest, maxsplit=1)[0]
            and not view.lexicon.pattern("opposed_head_phrase").fullmatch(
                view.text, after_name(view, spans[-1]), end
            )
        ):
            # 《条约》的失效, 核武器及其运载工具的扩散: the name only modifies what threatens
            # (是对和平的严重威胁: a 的 right before the threat is in the judgement); but an act
            # on it is judged with it (建立导弹防御系统的计划令人深感忧虑)
            return []
        suffering = view.lexicon.words("subject_predicate") if head else frozenset()
        # 中国表示,减少战略风险是其首要责任: China's own duty; 美国的导弹防御计划是其全球战略的
        # 一部分: the possessor named in the subject's
        its_own = named_judge and not any(
            s.cls in ("state", "group", "organization") and s.ref not in (judges or ())
            for s in view.spans_between(start, last)
        )
        for w in view.words(last, end):
            harmful = w.text in harm and tags.get(w.text, "") not in ("n", "vn")
            if w.span is None and (harmful or w.text in suffering):
                # (对应对全球挑战愈加重要: the noun 挑战 in what it matters for, no harm done)
                # X在破坏战略稳定方面发挥了重要作用: a harm's role, not praise of X;
                # 该条约面临严重威胁: what faces a threat is not the threat
                return []
            if judges is not None and (
                # (使其具有普遍性: 其 is what is made so, the subject itself; so is 其 opening a
                # clause after it: 《禁产条约》的构想,其重要意义至今未减)
                (
                    w.span is None
                    and w.text == "其"
                    and not its_own
                    and view.text[w.pos - 1] not in "使让令促,"
                )
                or (
                    w.span is not None
                    and w.span.cls in ("state", "group", "organization")
                    and w.span.kind != "self"  # (我们共同目标的核心动力: the speaker's own)
                    and w.span.ref not in judges  # (法国认为,核威慑是法国战略的基石: its own)
                    # (是解决伊朗核问题的关键: a trouble to be solved, no design of Iran's)
                    and not view.lexicon.pattern("trouble").match(view.text, w.span.end)
                )
            ):
                return []  # X是美国全球战略的重要保障: a part of another's design, not praise
        # 核扩散构成威胁: a threat of the opposite of non-proliferation, read reversed; 制止核武器
        # 扩散是共同的责任: a halt of it, for non-proliferation; 防止核战争符合各国利益: a halt of
        # war, against it (not a name that opens with its own halt: 应对防止外空军备竞赛 is
        # jieba's 应对 before 防止外空军备竞赛)
        opens_halted = _refrain_words(view.lexicon)
        return [
            Target(
                s,
                not halted
                if s.kind == "inverse"
                else halted and not view.text.startswith(opens_halted, s.start),
            )
            for s in spans
            if s.cls in STANCE_OBJECTS
        ]
    return []
