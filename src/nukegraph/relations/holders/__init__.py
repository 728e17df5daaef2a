"""Who holds a cue's position, and how: the holder of the clause frame (:mod:`..frames`).

The holder is looked for before the cue, failing open: anything may stand between them except
what is known to change who holds it or whether it is held (another actor nearer the cue, a
modal, a request, someone else's belief, the holder as a possessor). A clause with no subject
of its own continues the one before it, or speaks in the voice of the text's author
(:mod:`..speakers`) or of whoever the sentence reports.

One concern per module, each importing only those listed before it: :mod:`.common` (the
records :class:`Cue` and :class:`Holding`, the shared words), :mod:`.gap` (what the words
between a holder and its cue decide), :mod:`.subjects` (the names that open a clause, the
subject of the clause before), :mod:`.unheld` (when a cue's words state no one's position),
:mod:`.fronted` (objects ``对`` fronts), :mod:`.voice` (the voice a sentence speaks in),
:mod:`.judgement` (who holds a judgement or a belief), :mod:`.purpose` (a cue in a purpose),
:mod:`.relatives` (the agents of relative clauses and copulas), :mod:`.named` (the named
holder before a cue), :mod:`.inherited` (a clause with no subject) and :mod:`.find`
(:func:`find_holding`, the order in which they are asked).
"""

from .common import CHAIN, COORDINATORS, DISPOSAL, HOLDERS, WITH, Cue, Holding, joiners
from .find import find_holding
from .gap import contributed_to, vote_tally
from .judgement import subject_start
from .named import time_after, topic_clause
from .relatives import relative_holder
from .voice import voice_of

__all__ = [
    "CHAIN",
    "COORDINATORS",
    "DISPOSAL",
    "HOLDERS",
    "WITH",
    "Cue",
    "Holding",
    "contributed_to",
    "find_holding",
    "joiners",
    "relative_holder",
    "subject_start",
    "time_after",
    "topic_clause",
    "voice_of",
    "vote_tally",
]
