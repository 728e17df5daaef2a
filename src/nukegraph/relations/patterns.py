"""Declarative patterns over a sentence's names and words (``data/relation_rules.toml``).

A pattern is a regular expression over the sentence's *encoded* text: each name (a mention, or
a pseudo-span such as ``中方`` or an unnamed holder) is replaced by one character that stands
for its class followed by filler characters, so that the encoded text has the sentence's length
and a match's offsets are the sentence's own. Patterns are written with macros:

- ``{state}``, ``{state|group}``, ``{actor}`` (state, organization, group), ``{object}`` (what a
  stance can be on), ``{name}`` (any class): one name of those classes;
- ``{LIST:state}``: names of those classes joined by list separators, each with its tail
  (``代表团``, a footnote, a bracket: ``印度(代表21国集团)``);
- ``{cue:speak}``: any cue word of that kind (``data/relation_cues.tsv``); ``{cue:stance=opposes}``:
  those of the kind with that value;
- ``{TAIL}`` and the other names of the rules file's ``[macros]`` table.

Named groups capture the arguments; a rule's ``emit`` entries say which group is the subject,
the object and the cue of each statement. The rules file is validated on load, and every rule
carries examples that the tests run (``tests/test_relation_rules.py``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import GazetteerError
from ..records import EntityRef
from .lexicon import CueLexicon, alternation, load_cues
from .text import (
    STANCE_OBJECTS,
    JointRef,
    SentenceView,
    Span,
    items_in,
    past_partner,
    split_items,
)

FILL = "\ue000"
CLASS_CHARS = {
    "state": "\ue001",
    "organization": "\ue002",
    "group": "\ue003",
    "treaty": "\ue004",
    "topic": "\ue005",
    "resolution": "\ue006",
    "document": "\ue007",
    "holder": "\ue008",
    "person": "\ue009",  # a person standing for a state or body: no name in a list of names
}
CLASS_SETS = {
    "actor": ("state", "organization", "group"),
    "object": ("treaty", "topic", "resolution", "document", "organization"),
    "name": tuple(c for c in CLASS_CHARS if c != "person"),
}
PREDICATES = frozenset(
    {
        "supports",
        "opposes",
        "submitted",
        "onBehalfOf",
        "memberOf",
        "signed",
        "ratified",
        "acceded",
        "spokeIn",
    }
)
# the object of a statement that no group captures: the input document itself
DOCUMENT_OBJECT = "$document"
# the object of a vote told alone: what the sentences before it put to the vote (SentenceView)
VOTED_OBJECT = "$voted"
_MACRO = re.compile(r"\{([A-Za-z_|]+)(?::([A-Za-z_|]+(?:=[a-z-]+)?))?\}")
_RULE_KEYS = {
    "name",
    "construction",
    "pattern",
    "requires",
    "emit",
    "repeat",
    "repeat_in",
    "not_after",
    "example",
}
_EMIT_KEYS = {
    "subject",
    "predicate",
    "object",
    "cue",
    "items",
    "object_items",
    "subject_class",
    "min_items",
    "whole",
    "passing",
    "when",
}
_EXAMPLE_KEYS = {"text", "facts", "negative"}


@dataclass(frozen=True)
class Emit:
    """One statement a match gives: its subject and object (group names, or ``$document``),
    its predicate (a name, or ``$cue`` for the cue word's value) and its cue (a group name, a
    word, or ``group|word``: the word when the group took no part). ``items``: the subject group
    is a list whose pieces count only when each is exactly one name (``John Smith(日本)`` is a
    person, skipped); ``object_items`` the same for the object; ``subject_class``: every subject
    must be of that class or the match gives nothing; ``min_items``: fewest subjects;
    ``whole``: every piece of the subject list must be a name; ``passing``: classes whose
    names may stand in the subject list but are no subjects (the EU among the E3/EU+3's
    states); ``when``: a group that must have taken part (``draft``: the paper is called a
    draft resolution)."""

    subject: str
    predicate: str
    object: str
    cue: str
    items: bool = False
    object_items: bool = False
    subject_class: str | None = None
    min_items: int = 1
    whole: bool = False
    passing: tuple[str, ...] = ()
    when: str | None = None


@dataclass(frozen=True)
class Example:
    """A sentence and the facts (``"CHN supports CTBT"``) it must give, no more and no fewer."""

    text: str
    facts: tuple[str, ...]
    negative: tuple[str, ...] = ()


@dataclass(frozen=True)
class PatternRule:
    name: str
    construction: str  # the construction in words, for the README and error messages
    pattern: re.Pattern[str]
    requires: tuple[str, ...]  # words one of which must occur (a cheap test before the regex)
    emits: tuple[Emit, ...]
    examples: tuple[Example, ...]
    repeat: re.Pattern[str] | None = None  # applied again and again inside group ``repeat_in``
    repeat_in: str | None = None
    # a match counts only where this does not occur in the sentence before it (a question put
    # at a press conference: what it reports is the journalist's)
    not_after: re.Pattern[str] | None = None


def encode(view: SentenceView) -> str:
    """The sentence with each name replaced by its class character and fillers."""
    text = view.text
    pieces: list[str] = []
    cursor = 0
    for span in view.spans:
        if span.start < cursor:
            continue  # overlapping pseudo-spans: the first one stands
        pieces.append(text[cursor : span.start])
        cls = "person" if span.kind == "person" else span.cls
        pieces.append(CLASS_CHARS[cls] + FILL * (span.end - span.start - 1))
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _class_regex(classes: str) -> str:
    names: list[str] = []
    for part in classes.split("|"):
        names.extend(CLASS_SETS.get(part, (part,)))
    chars = "".join(CLASS_CHARS[c] for c in dict.fromkeys(names))
    head = chars if len(chars) == 1 else f"[{chars}]"
    return f"{head}{FILL}*"


def expand(source: str, macros: dict[str, str], lexicon: CueLexicon, where: str) -> str:
    """Replace every ``{...}`` of a pattern by its regular expression."""

    def one(m: re.Match[str], depth: int = 0) -> str:
        name, arg = m.group(1), m.group(2)
        if depth > 10:
            raise GazetteerError(where, None, f"macro {name} expands into itself")
        if arg is None and all(p in CLASS_CHARS or p in CLASS_SETS for p in name.split("|")):
            return _class_regex(name)
        if name == "cue" and arg is not None:
            kind, _, value = arg.partition("=")
            if kind not in lexicon.values:
                raise GazetteerError(where, None, f"unknown cue kind {kind!r} in {{cue:{arg}}}")
            if not value:
                return f"(?:{lexicon.pattern(kind).pattern})"
            words = sorted(lexicon.valued(kind, value))
            if not words:
                raise GazetteerError(where, None, f"no {kind} word has the value {value!r}")
            return f"(?:{alternation(words)})"
        if name == "LIST" and arg is not None:
            item = _class_regex(arg) + "(?:" + _sub(macros["TAIL"]) + ")"
            # one-character state names run together with no separator (美英澳): each its own
            run = f"(?<={CLASS_CHARS['state']})(?={CLASS_CHARS['state']})"
            return f"{item}(?:(?:{_sub(macros['SEP'])}|{run})[《“]?{item})*"
        if arg is None and name in macros:
            return _MACRO.sub(lambda inner: one(inner, depth + 1), macros[name])
        raise GazetteerError(where, None, f"unknown macro {{{m.group(0)[1:-1]}}}")

    def _sub(text: str) -> str:
        return _MACRO.sub(one, text)

    return _sub(source)


def _fail(path: str, raw: str, rule: str, message: str) -> GazetteerError:
    """An error naming the file and the line where the rule's name stands."""
    line = next(
        (i for i, text in enumerate(raw.splitlines(), start=1) if f'"{rule}"' in text), None
    )
    return GazetteerError(path, line, f"rule {rule!r}: {message}")


def _emits(rule: dict[str, Any], fail: Any) -> tuple[Emit, ...]:
    out = []
    for entry in rule.get("emit", []):
        unknown = set(entry) - _EMIT_KEYS
        if unknown:
            raise fail(f"unknown emit key(s) {', '.join(sorted(unknown))}")
        predicate = entry.get("predicate", "")
        if predicate not in PREDICATES and not predicate.startswith("$cue"):
            raise fail(f"unknown predicate {predicate!r}")
        for key in ("subject", "object", "cue"):
            if not entry.get(key):
                raise fail(f"an emit needs {key!r}")
        unknown = [c for c in entry.get("passing", ()) if c not in CLASS_CHARS]
        if unknown:
            raise fail(f"an emit's passing classes {unknown} are no classes of names")
        out.append(
            Emit(
                subject=entry["subject"],
                predicate=predicate,
                object=entry["object"],
                cue=entry["cue"],
                items=bool(entry.get("items", False)),
                object_items=bool(entry.get("object_items", False)),
                subject_class=entry.get("subject_class"),
                min_items=int(entry.get("min_items", 1)),
                whole=bool(entry.get("whole", False)),
                passing=tuple(entry.get("passing", ())),
                when=entry.get("when"),
            )
        )
    if not out:
        raise fail("no emit entry")
    return tuple(out)


def _examples(rule: dict[str, Any], fail: Any) -> tuple[Example, ...]:
    out = []
    for entry in rule.get("example", []):
        unknown = set(entry) - _EXAMPLE_KEYS
        if unknown or not entry.get("text"):
            raise fail(f"an example needs 'text' (and may have {', '.join(sorted(_EXAMPLE_KEYS))})")
        for fact in [*entry.get("facts", []), *entry.get("negative", [])]:
            parts = fact.split()
            if (
                len(parts) not in (3, 5)
                or parts[1] not in PREDICATES
                or parts[3:4] not in ([], ["as"])
            ):
                raise fail(
                    f"example fact {fact!r} is not 'SUBJECT predicate OBJECT' "
                    "(or 'SUBJECT supports OBJECT as ASPECT')"
                )
        out.append(
            Example(entry["text"], tuple(entry.get("facts", [])), tuple(entry.get("negative", [])))
        )
    if not out:
        raise fail("every rule needs at least one example")
    return tuple(out)


def parse_rules(raw: str, path: str, lexicon: CueLexicon) -> tuple[PatternRule, ...]:
    """Parse and validate a rules file; a problem names the file and the rule's line."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise GazetteerError(path, None, f"not valid TOML: {exc}") from exc
    macros = data.get("macros", {})
    for required in ("TAIL", "SEP"):
        if required not in macros:
            raise GazetteerError(path, None, f"[macros] needs {required}")
    rules: list[PatternRule] = []
    seen: set[str] = set()
    for rule in data.get("pattern", []):
        name = rule.get("name", "")
        fail = lambda message, name=name: _fail(path, raw, name or "?", message)  # noqa: E731
        if not name:
            raise fail("a pattern needs a name")
        if name in seen:
            raise fail("listed twice")
        seen.add(name)
        unknown = set(rule) - _RULE_KEYS
        if unknown:
            raise fail(f"unknown key(s) {', '.join(sorted(unknown))}")
        try:
            pattern = re.compile(expand(rule.get("pattern", ""), macros, lexicon, path))
            repeat = (
                re.compile(expand(rule["repeat"], macros, lexicon, path))
                if "repeat" in rule
                else None
            )
            not_after = re.compile(rule["not_after"]) if "not_after" in rule else None
        except re.error as exc:
            raise fail(f"pattern is no valid regular expression: {exc}") from exc
        except GazetteerError as exc:
            raise fail(exc.problem) from exc
        groups = set(pattern.groupindex) | (set(repeat.groupindex) if repeat else set())
        emits = _emits(rule, fail)
        for emit in emits:
            for key in ("subject", "object", "when"):
                value = getattr(emit, key)
                if (
                    value is not None
                    and value not in (DOCUMENT_OBJECT, VOTED_OBJECT)
                    and value not in groups
                ):
                    raise fail(f"{key} {value!r} is no group of the pattern")
        if repeat is not None and rule.get("repeat_in") not in pattern.groupindex:
            raise fail("'repeat' needs 'repeat_in', a group of the pattern")
        rules.append(
            PatternRule(
                name=name,
                construction=rule.get("construction", ""),
                pattern=pattern,
                requires=tuple(rule.get("requires", [])),
                emits=emits,
                examples=_examples(rule, fail),
                repeat=repeat,
                repeat_in=rule.get("repeat_in"),
                not_after=not_after,
            )
        )
    return tuple(rules)


@dataclass(frozen=True)
class FrameRule:
    """A cue kind read through the clause frame (:mod:`.frames`): which words trigger it, what
    they state, and how its holder and targets are found."""

    name: str
    construction: str
    trigger: str  # a cue kind of data/relation_cues.tsv
    value: str | None  # only the trigger words with this value (modal: obligation)
    word: str  # verb (a verb here, not 支持者) | word (a whole word)
    predicate: str  # $cue (the word's value) | supports | opposes
    holder: str  # subject (named, shared, or the voice) | speaker (the voice) | judge
    targets: str  # after | object (what an act verb takes) | subject | after+subject |
    # comitative (the body one acts with: 同机构合作)
    clauses: int  # how many clauses the targets may be looked for in
    limit: str | None  # a derived pattern whose match ends the scope (importance_phrase)
    only: str | None  # a cue kind whose words are the only targets (hazard)
    objects: frozenset[str]  # the only entity classes it takes as targets (none: any)
    mood: str | None  # the mood the cue itself carries (obligation)
    lists_follow: bool  # the cue may announce its objects as items (a), (b)...
    event_before: bool  # ending its clause, the cue is on the event the clause before tells
    follows: str | None  # what must follow it in its clause: object | verb_phrase
    examples: tuple[Example, ...]


_FRAME_KEYS = {
    "name",
    "construction",
    "trigger",
    "value",
    "word",
    "predicate",
    "holder",
    "targets",
    "clauses",
    "limit",
    "only",
    "objects",
    "mood",
    "lists_follow",
    "event_before",
    "follows",
    "example",
}
_FRAME_CHOICES = {
    "word": {"verb", "word"},
    "holder": {"subject", "speaker", "judge"},
    "targets": {"after", "object", "subject", "after+subject", "comitative", "beneficiary"},
}


def parse_frames(raw: str, path: str, lexicon: CueLexicon) -> tuple[FrameRule, ...]:
    """The ``[[frame]]`` rules of a rules file, validated like the patterns."""
    data = tomllib.loads(raw)
    out: list[FrameRule] = []
    seen: set[str] = set()
    for rule in data.get("frame", []):
        name = rule.get("name", "")
        fail = lambda message, name=name: _fail(path, raw, name or "?", message)  # noqa: E731
        if not name or name in seen:
            raise fail("a frame needs a name of its own")
        seen.add(name)
        unknown = set(rule) - _FRAME_KEYS
        if unknown:
            raise fail(f"unknown key(s) {', '.join(sorted(unknown))}")
        trigger = rule.get("trigger", "")
        if trigger not in lexicon.values:
            raise fail(f"unknown cue kind {trigger!r}")
        for key, choices in _FRAME_CHOICES.items():
            if rule.get(key) not in choices:
                raise fail(f"{key} must be one of {', '.join(sorted(choices))}")
        predicate = rule.get("predicate", "")
        if predicate not in ("$cue", "supports", "opposes"):
            raise fail("predicate must be $cue, supports or opposes")
        for key in ("only",):
            if rule.get(key) is not None and rule[key] not in lexicon.values:
                raise fail(f"unknown cue kind {rule[key]!r}")
        if rule.get("follows") not in (None, "object", "verb_phrase"):
            raise fail("follows must be object or verb_phrase")
        objects = rule.get("objects", [])
        if not isinstance(objects, list) or not set(objects) <= STANCE_OBJECTS:
            raise fail(f"objects must be a list of {', '.join(sorted(STANCE_OBJECTS))}")
        if rule.get("limit") is not None and rule["limit"] not in lexicon.patterns:
            raise fail(f"unknown pattern {rule['limit']!r}")
        out.append(
            FrameRule(
                name=name,
                construction=rule.get("construction", ""),
                trigger=trigger,
                value=rule.get("value"),
                word=rule["word"],
                predicate=predicate,
                holder=rule["holder"],
                targets=rule["targets"],
                clauses=int(rule.get("clauses", 3)),
                limit=rule.get("limit"),
                only=rule.get("only"),
                objects=frozenset(objects),
                mood=rule.get("mood"),
                lists_follow=bool(rule.get("lists_follow", False)),
                event_before=bool(rule.get("event_before", False)),
                follows=rule.get("follows"),
                examples=_examples(rule, fail),
            )
        )
    return tuple(out)


def _rules_source() -> tuple[str, str]:
    source = resources.files("nukegraph") / "data" / "relation_rules.toml"
    return source.read_text(encoding="utf-8"), str(source)


@lru_cache(maxsize=1)
def load_rules() -> tuple[PatternRule, ...]:
    """The packaged pattern rules, read once per process."""
    raw, path = _rules_source()
    return parse_rules(raw, path, load_cues())


@lru_cache(maxsize=1)
def load_frames() -> tuple[FrameRule, ...]:
    """The packaged frame rules, read once per process."""
    raw, path = _rules_source()
    return parse_frames(raw, path, load_cues())


# --- applying the rules to a sentence ----------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A statement a pattern found, before the sink checks the contract's domains."""

    rule: str
    subject: Span
    predicate: str
    object: Span | EntityRef
    cue: str


def _group_spans(view: SentenceView, start: int, end: int) -> list[Span]:
    """The names of ``text[start:end]`` at its own bracket depth."""
    depth = view.depth[start] if start < len(view.text) else 0
    start = past_partner(view, start, end)
    return [s for s in view.spans_between(start, end) if view.depth[s.start] == depth]


def apply(rule: PatternRule, view: SentenceView, encoded: str, document: EntityRef) -> list[Found]:
    """Every statement ``rule`` reads in the sentence (which holds a word the rule requires:
    :func:`.lists.rule_patterns` runs only such rules)."""
    out: list[Found] = []
    for m in rule.pattern.finditer(encoded):
        if rule.not_after is not None and rule.not_after.search(view.text, 0, m.start()):
            continue
        if rule.repeat is not None and rule.repeat_in is not None:
            a, b = m.span(rule.repeat_in)
            matches = [(m, inner) for inner in rule.repeat.finditer(encoded, a, b)]
        else:
            matches = [(m, None)]
        for outer, inner in matches:
            out += _emit(rule, view, outer, inner, document)
    return out


def _names(view: SentenceView, start: int, end: int, items: bool) -> list[Span]:
    """The names of a group: each list piece that is exactly one name, or all at its depth."""
    if items:
        return [item.span for item in items_in(view, start, end)]
    return _group_spans(view, start, end)


def _groupspan(outer: re.Match[str], inner: re.Match[str] | None, name: str) -> tuple[int, int]:
    if inner is not None and name in inner.re.groupindex and inner.start(name) != -1:
        return inner.span(name)
    return outer.span(name) if name in outer.re.groupindex else (-1, -1)


def _emit(
    rule: PatternRule,
    view: SentenceView,
    outer: re.Match[str],
    inner: re.Match[str] | None,
    document: EntityRef,
) -> list[Found]:
    lex = view.lexicon
    out: list[Found] = []
    for emit in rule.emits:
        if emit.when is not None and _groupspan(outer, inner, emit.when)[0] == -1:
            continue
        a, b = _groupspan(outer, inner, emit.subject)
        if a == -1:
            continue
        subjects = _names(view, a, b, emit.items)
        if emit.whole and len(subjects) != len(split_items(view, a, b)):
            continue
        if emit.passing:
            subjects = [s for s in subjects if s.cls not in emit.passing]
        # (我们 in a joint statement of several is as many names: 我们宣布建立……伙伴关系)
        if sum(len(s.ref.refs) if isinstance(s.ref, JointRef) else 1 for s in subjects) < (
            emit.min_items
        ):
            continue
        if emit.subject_class and any(s.cls != emit.subject_class for s in subjects):
            continue
        objects: list[Span | EntityRef]
        if emit.object == DOCUMENT_OBJECT:
            objects = [document]
        elif emit.object == VOTED_OBJECT:
            objects = [view.voted_on] if view.voted_on is not None else []
        else:
            c, d = _groupspan(outer, inner, emit.object)
            objects = list(_names(view, c, d, emit.object_items)) if c != -1 else []
        group, _, word = emit.cue.partition("|")
        ca, cb = _groupspan(outer, inner, group)
        cue = view.text[ca:cb] if ca != -1 else (word or emit.cue)
        predicate = emit.predicate
        if predicate.startswith("$cue"):
            kind = predicate.partition(":")[2] or "act"
            value = lex.value(kind, cue)
            if value is None:
                continue
            predicate = value
        for subject in subjects:
            for obj in objects:
                out.append(Found(rule.name, subject, predicate, obj, cue))
    return out
