"""Who holds a cue (:func:`find_holding`): the order in which the package's tests are asked.

A speaker's or judge's frame takes its judge, its believer or the voice; any other cue is first
tested for the cases in which no one holds it (:mod:`.unheld`), then read as a relative
clause's (:mod:`.relatives`), inside an object ``对`` fronts (:mod:`.fronted`), as a position
whose owner is named after it, in a purpose (:mod:`.purpose`), then held by the name before it
(:mod:`.named`), by a thing's speaker, and last by the subject a clause without one inherits
(:mod:`.inherited`) or the voice (:mod:`.voice`).
"""

from __future__ import annotations

import re

from ..targets import clause_end
from ..text import SentenceView, list_after
from .common import _CONTENT, HOLDERS, Cue, Holding
from .fronted import _fronted_agent, _in_fronted_object
from .gap import _coerced, _gap, _has_own_subject, contributed_to
from .inherited import _inherited
from .judgement import _TAKEN_AS, _believer, _opens_with_object, _said_with_no_subject
from .named import _POSSESSED, _named_holder, _position_owner, _whether_listed
from .purpose import (
    _after_conduct,
    _purpose,
    _purpose_before_subject,
    _purpose_of_position,
    _purpose_of_subject,
    _strives,
)
from .relatives import (
    _copula_before,
    _copula_subject,
    _names_before,
    _on_treaty_after,
    _relative_agent,
    _verb_phrase_start,
    relative_holder,
)
from .unheld import (
    _adverbial,
    _called_on,
    _concessive,
    _in_condition,
    _in_subject_phrase,
    _judged_case,
    _matter_talked_of,
    _names_meeting,
    _object_of_stance,
    _stance_before,
    _thing_subject,
    _under_stance,
    _worth_denied,
)
from .voice import voice_of


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
    if _worth_denied(view, cue):
        return None  # 继续参与条约对俄罗斯来说也没有意义: an act judged pointless, not held
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
        _called_on(view, cues, named) or _object_of_stance(view, cue, cues, named)
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


# a stance noun as what something amounts to (构成无声的支持, 形成了有力的支持): no one holds it
_CONSTITUTED = re.compile(r"(?:构成|形成)了?(?:[^,;:。的对]{0,6}的)?$")
