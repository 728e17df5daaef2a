"""The records a holder search passes around, and the words its modules share.

A :class:`Cue` is a word that may state a position or an act; a :class:`Holding` is who holds
it and how (the mood, the negation, the objects placed before the cue, whether the holder is
only called on). ``_CONTENT`` is the holding of a name that stands in what another verb says:
no one holds the cue. The word sets here (the classes that hold positions, the postings of an
envoy, the words that join verbs sharing a holder, the 与 of a partner) are read by more than
one module of the package, and :func:`joiners` by :mod:`..frames` too.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import CueLexicon
from ..patterns import FrameRule
from ..sink import ACTORS
from ..targets import Target
from ..text import Span

HOLDERS = ACTORS | {"holder"}


_POSTING = frozenset({"驻", "常驻"})  # 中国驻联合国大使张军: where the envoy before the name serves


DISPOSAL = frozenset({"将", "把"})  # what fronts a verb's object before it (将《条约》延长)


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


# with whom an act is done (与国际原子能机构合作, 伊朗与世界大国之间签署的; 和 would be a list's word)
WITH = frozenset(("与", "同", "跟"))


def joiners(lex: CueLexicon) -> frozenset[str]:
    """What may stand between two verbs of one holder: a conjunction, adverbs and negators
    (``签署并批准``, ``已签署但尚未批准``)."""
    return lex.derived("joiners", lambda: CHAIN | lex.words("negator", "filler", "contrast"))
