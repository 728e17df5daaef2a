"""Relations read from lists of names: spokeIn, onBehalfOf, memberOf, submitted, and treaty
acts in the passive. The constructions are the ``[[pattern]]`` rules of
``data/relation_rules.toml`` (:mod:`.patterns`); this module runs them on a sentence."""

from __future__ import annotations

from .document import DocumentContext
from .patterns import apply, encode, load_rules
from .sink import StatementSink
from .text import SentenceView


def rule_patterns(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    """Every statement the pattern rules read in the sentence."""
    text = view.text
    rules = [r for r in load_rules() if not r.requires or any(w in text for w in r.requires)]
    if not rules:
        return  # most sentences: no word any list construction needs
    encoded = encode(view)
    for rule in rules:
        for found in apply(rule, view, encoded, ctx.doc_ref):
            sink.add(view, found.subject, found.predicate, found.object, found.cue)
