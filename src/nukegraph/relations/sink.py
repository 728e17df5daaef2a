"""Where statements are collected: the contract's domains, repeats dropped."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..normalize import normalize_name
from ..records import AnonymousHolder, EntityRef, Statement
from .document import DocumentContext
from .text import STANCE_OBJECTS, JointRef, SentenceView, Span

if TYPE_CHECKING:
    from .paragraphs import OpenCall

# --- the contract's domains -----------------------------------------------------------------

ACTORS = frozenset({"state", "organization", "group"})
TREATY_ACT_SUBJECTS = frozenset({"state"})
DOMAINS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "supports": (ACTORS, STANCE_OBJECTS),
    "opposes": (ACTORS, STANCE_OBJECTS),
    "submitted": (ACTORS, frozenset({"document"})),
    # the contract's own example, 代表欧洲联盟, has an organization as object
    "onBehalfOf": (frozenset({"state", "organization"}), ACTORS),
    "memberOf": (frozenset({"state"}), frozenset({"group", "organization"})),
    "signed": (TREATY_ACT_SUBJECTS, frozenset({"treaty"})),
    "ratified": (TREATY_ACT_SUBJECTS, frozenset({"treaty"})),
    "acceded": (TREATY_ACT_SUBJECTS, frozenset({"treaty"})),
    "spokeIn": (ACTORS, frozenset({"document"})),
}
HOLDER_PREDICATES = frozenset({"supports", "opposes"})  # positions, not acts, have unnamed holders


class StatementSink:
    """Collects statements, enforces the contract's domains, drops repeats within a sentence."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.statements: list[Statement] = []
        self.open_call: OpenCall | None = None  # a call whose sub-items (a), (b)... follow
        # each statement kept, by (subject, predicate, object, evidence start): its index
        self._seen: dict[tuple[object, ...], int] = {}

    def add(
        self,
        view: SentenceView,
        subject: Span,
        predicate: str,
        obj: Span | EntityRef,
        cue: str,
        polarity: str = "positive",
        evidence: tuple[int, int] | None = None,
    ) -> None:
        """Keep the statement if the contract allows it; ``evidence`` (raw offsets) replaces the
        sentence as evidence where the sentence is longer than the paragraph that says it. A
        joint subject (``我们`` of a joint statement) gives one statement for each of its actors."""
        if isinstance(subject.ref, JointRef):
            for ref in subject.ref.refs:
                self.add(view, subject._replace(ref=ref), predicate, obj, cue, polarity, evidence)
            return
        subjects, objects = DOMAINS[predicate]
        obj_ref = obj.ref if isinstance(obj, Span) else obj
        if predicate == "memberOf" and isinstance(obj, Span) and obj.cls == "group":
            # 安理会常任理事国中国和俄罗斯: a seat on the body its name opens is membership of
            # the body (the Security Council), as readers record it; a name that counts the
            # seats (安理会5个常任理事国, 五个常任理事国之一) names their group (P5) as well
            seats = self._seat_body(view, obj)
            if seats is not None:
                body, counted = seats
                if not counted:
                    obj_ref = body
                else:
                    self.add(view, subject, predicate, body, cue, polarity, evidence)
        if isinstance(subject.ref, AnonymousHolder):
            if predicate not in HOLDER_PREDICATES:
                return
        elif subject.ref.cls not in subjects:
            return
        if not isinstance(obj_ref, EntityRef) or obj_ref.cls not in objects:
            return
        if obj_ref == subject.ref:
            return  # 马来西亚(代表哥斯达黎加和马来西亚)
        aspect = None
        gazetteer = self.ctx.gazetteer
        if obj_ref in gazetteer.stated_topics:
            # a named policy or negotiation (无核三原则): the position is on it, by its own name;
            # a support is one for its broader topic too, stated as the rows below state it
            self._append(view, subject.ref, predicate, obj_ref, cue, polarity, evidence, None)
            wide = gazetteer.broader.get(obj_ref)
            if predicate != "supports" or wide is None:
                return
            aspect, obj_ref = obj_ref, wide
        elif obj_ref in gazetteer.project_topics:
            # a topic beyond the contract's table (project_topics.tsv): support for a kind of a
            # contract topic is support for that topic; an opposition to a kind is none to the
            # whole (but opposing one with an opposite topic supports that one), and other
            # positions on such topics only when the build asks for them
            wide = gazetteer.broader.get(obj_ref)
            against = gazetteer.opposite.get(obj_ref)
            if predicate == "supports" and wide is not None:
                aspect, obj_ref = obj_ref, wide
            elif predicate == "opposes" and against is not None:
                # 防止核武器落入恐怖分子手中: against nuclear terrorism, for nuclear security
                predicate, aspect, obj_ref = "supports", obj_ref, against
            elif not gazetteer.theme_positions:
                return
        self._append(view, subject.ref, predicate, obj_ref, cue, polarity, evidence, aspect)

    def _append(
        self,
        view: SentenceView,
        subject: EntityRef | AnonymousHolder,
        predicate: str,
        obj_ref: EntityRef,
        cue: str,
        polarity: str,
        evidence: tuple[int, int] | None,
        aspect: EntityRef | None,
    ) -> None:
        """Keep one statement (once for its subject, predicate, object and evidence)."""
        start, end = evidence or (view.sentence.start, view.sentence.end)
        key = (subject, predicate, obj_ref, start)
        if key in self._seen:
            kept = self.statements[self._seen[key]]
            if kept.aspect is not None and aspect is None:
                # 支持朝鲜半岛无核化和核裁军: the sentence names the broader topic itself too
                self.statements[self._seen[key]] = replace(kept, aspect=None)
            return
        self._seen[key] = len(self.statements)
        self.statements.append(
            Statement(
                subject=subject,
                predicate=predicate,
                object=obj_ref,
                evidence=self.ctx.source.text[start:end],
                start=start,
                end=end,
                cue=cue,
                polarity=polarity,
                aspect=aspect,
            )
        )

    def _seat_body(self, view: SentenceView, group: Span) -> tuple[EntityRef, bool] | None:
        """The body whose seats a group's name names (``安理会常任理事国``: the Security Council's
        permanent seats), read as the body's name followed by a seat word, or as a seat that
        only one body has (``bare_seat``); and whether the word counts the seats (``五个常任理事国``)."""
        name = view.text[group.start : group.end]
        lex = view.lexicon
        if not lex.may_occur("seat", name):
            return None
        body = lex.value("bare_seat", name)
        if body is not None:  # 常任理事国美国、俄罗斯……: the seat alone, on the one body it names
            return EntityRef("organization", body), False
        surfaces = self.ctx.gazetteer.surfaces
        for k in range(len(name) - 1, 1, -1):
            ref = surfaces.get(normalize_name(name[:k]))
            if ref is not None and ref.cls == "organization":
                rest = name[k + 1 :] if name[k] == "的" else name[k:]
                if rest not in lex.words("seat"):
                    return None
                return ref, lex.value("seat", rest) == "counted"
        return None

    def add_document_fact(
        self, subject: EntityRef, predicate: str, obj: EntityRef, cue: str, start: int, end: int
    ) -> None:
        """A statement read from the document as a whole (who speaks in it, who voted how),
        with the raw ``start:end`` as evidence."""
        subjects, objects = DOMAINS[predicate]
        if subject.cls not in subjects or obj.cls not in objects or subject == obj:
            return
        key = (subject, predicate, obj, start)
        if key in self._seen:
            return
        self._seen[key] = len(self.statements)
        self.statements.append(
            Statement(subject, predicate, obj, self.ctx.source.text[start:end], start, end, cue)
        )

    def raw_span(self, view: SentenceView, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of ``view.text[start:end]``."""
        base = view.sentence.norm_start
        return self.ctx.norm.raw_span(base + start, base + end)
