"""Objects that ``对`` fronts before a cue (``对俄罗斯批准《条约》表示欢迎``).

Whether the cue (:func:`_in_fronted_object`) or a name (:func:`_inside_fronted`) stands inside
such an object, and so is what a position is on rather than who holds it; whether the ``对``
phrase is a name's own stance noun (``日本对《条约》的支持``: :func:`_possesses_stance`); and who
did the act inside one (:func:`_fronted_agent`). Whether a cue's object is fronted at all
(``_fronted``) is read with the gap (:mod:`.gap`), whose verbs it discounts.
"""

from __future__ import annotations

from ..targets import clause_end
from ..text import SentenceView, fronted_noun, list_after
from .common import HOLDERS, Cue, Holding
from .gap import _fronted, _gap, _past_tails, _verb_between


def _possesses_stance(view: SentenceView, pos: int, cue: Cue) -> bool:
    """Whether the name ending at ``pos`` owns the stance noun ``cue``: ``X对Y的支持``, the name
    right before the ``对`` that fronts the noun's object (a word of its own, such as 政府,
    may stand between)."""
    at = _past_tails(view, pos, cue.start)  # (中日韩三国领导人对于《宣言》的支持)
    if not view.text.startswith("对", at):
        return False
    return cue.frame.trigger == "stance" and fronted_noun(view, cue.start)


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
