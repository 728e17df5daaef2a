"""Relations read from lists of names: spokeIn, onBehalfOf, memberOf, submitted, and treaty
acts in the passive. The constructions are the ``[[pattern]]`` rules of
``data/relation_rules.toml`` (:mod:`.patterns`); this module runs them on a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import EntityRef, Sentence
from .document import DocumentContext, sentence_refs
from .patterns import apply, encode, load_rules
from .sink import StatementSink
from .speakers import Voice
from .text import SentenceView

_SEPARATORS = re.compile(r"[\s、,;。和及\-—]+")


@lru_cache(maxsize=1)
def required_words() -> re.Pattern[str]:
    """One search for every word some pattern rule requires."""
    words = {w for rule in load_rules() for w in rule.requires}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _rules_by_word() -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """The rules that require no word, and those each required word admits (by their index in
    the rules file): a sentence's rules are looked up, not tested one by one."""
    rules = load_rules()
    always = tuple(i for i, rule in enumerate(rules) if not rule.requires)
    by_word: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for word in rule.requires:
            by_word.setdefault(word, []).append(i)
    return always, {word: tuple(found) for word, found in by_word.items()}


# where the sentence loop leaves the words of required_words() a sentence holds, so that the
# rules need not look for them a second time
REQUIRED_FOUND = ("required words",)


def rule_patterns(view: SentenceView, ctx: DocumentContext, sink: StatementSink) -> None:
    """Every statement the pattern rules read in the sentence."""
    cached = view.memo.get(REQUIRED_FOUND)
    present: list[str] = cached if isinstance(cached, list) else required_words().findall(view.text)
    always, by_word = _rules_by_word()
    if not present and not always:
        return  # most sentences: no word any list construction needs
    # the rules some found word admits, in the rules file's order
    picked = set(always).union(*(by_word[word] for word in present))
    rules = load_rules()
    encoded = encode(view)
    for index in sorted(picked):
        rule = rules[index]
        for found in apply(rule, view, encoded, ctx.doc_ref):
            sink.add(view, found.subject, found.predicate, found.object, found.cue)


# --- read from the document as a whole ---------------------------------------------------------

# a vote's label: 赞成, 反对(12), 投赞成票的有, 投弃权票的国家是
_HOW = r"投?(?P<how>赞成|反对|弃权)(?:票)?(?:的(?:国家|代表团)?(?:有|是|包括))?(?:\(\d+票?\))?"
_VOTE = re.compile(rf"^{_HOW}\s*[:：]?")
# a vote's label right after the colon of the line that announces the vote, which joins both
# lines into one sentence (记录表决如下:\n\n赞成:……)
_VOTE_LINE = re.compile(rf"(?<=[:：])\s*{_HOW}\s*[:：]")
_VOTE_WORD = re.compile("赞成|反对|弃权")  # (a cheap test before _VOTE_LINE's search)
_VOTE_PREDICATES = {"赞成": "supports", "反对": "opposes"}
_VOTE_REACH = 4  # sentences before (or after) a vote in which the resolution voted on is named
_VOTED = frozenset({"resolution", "document"})


def speaker_of_statement(
    ctx: DocumentContext,
    voice: Voice,
    sink: StatementSink,
    annexed: tuple[EntityRef, Sentence] | None = None,
) -> None:
    """The author of a statement or speech spoke in it (``spokeIn`` the input document), with
    the title line that says so as evidence (a joint text's authors, where it names them:
    ``我们,德国、法国和英国外交部长,……``); the sponsors of a draft resolution submitted it; a
    note that transmits a state's statement (``annexed``: its author and its annex's title,
    ``……外交部发表的声明``) has that state speak in the document."""
    if annexed is not None and voice.title is None:
        author, title = annexed
        sink.add_document_fact(author, "spokeIn", ctx.doc_ref, "声明", title.start, title.end)
    if voice.kind == "draft" and voice.title:
        # the sponsors a draft's heading lists submitted it, and are for it
        start, end, cue = voice.title
        for author in voice.authors:
            sink.add_document_fact(author, "submitted", ctx.doc_ref, cue, start, end)
            sink.add_document_fact(author, "supports", ctx.doc_ref, cue, start, end)
        return
    if voice.kind not in ("statement", "press", "joint", "sg") or not voice.title:
        return
    start, end, cue = voice.title
    for author in voice.authors:
        sink.add_document_fact(author, "spokeIn", ctx.doc_ref, cue, start, end)
    if voice.delivered_by is not None:  # (the state that speaks for the group spoke too)
        sink.add_document_fact(voice.delivered_by, "spokeIn", ctx.doc_ref, cue, start, end)


# what follows the members' initials in a group's name: 美英澳|三边安全伙伴关系, 美日|同盟 (not
# 中美|洲, a region)
# one-character names in brackets right after a group's name: 六国(美英法俄中德)
_INITIALS_IN_BRACKETS = re.compile(r"[(（]([^\W\d_]{2,12})[)）]")
_AFTER_INITIALS = re.compile(r"[两三四五六七八九]?(?:边|方|国)|联盟|同盟")


def members_by_initials(ctx: DocumentContext, sink: StatementSink) -> None:
    """A group whose name opens with its members' one-character names (``美英澳三边安全伙伴关系``:
    the United States, the United Kingdom and Australia): each is a member of it, the name its
    evidence."""
    initials = ctx.gazetteer.initials
    text = ctx.norm.text
    for mention in ctx.mentions:
        if mention.ref.cls != "group":
            continue
        bracket = _INITIALS_IN_BRACKETS.match(text, mention.norm_end)
        if bracket is not None and all(c in initials for c in bracket[1]):
            # 伊核问题六国(美英法俄中德): the members named in brackets after the group's name
            start, end = ctx.norm.raw_span(mention.norm_start, bracket.end())
            for char in dict.fromkeys(bracket[1]):
                sink.add_document_fact(
                    initials[char], "memberOf", mention.ref, bracket[1], start, end
                )
            continue
        if text[mention.norm_start] not in initials:
            continue
        pos = mention.norm_start
        while pos < mention.norm_end and text[pos] in initials:
            pos += 1
        if pos - mention.norm_start < 2 or not _AFTER_INITIALS.match(text, pos, mention.norm_end):
            continue
        run = text[mention.norm_start : pos]
        for char in dict.fromkeys(run):
            sink.add_document_fact(
                initials[char], "memberOf", mention.ref, run, mention.start, mention.end
            )


def recorded_votes(ctx: DocumentContext, sink: StatementSink) -> None:
    """A recorded vote: the states listed after ``赞成`` are for the resolution voted on, those
    after ``反对`` against it (``弃权`` is neither), whether the names follow on the same line
    (``赞成：阿根廷、中国……``) or one to a line as web pages print them."""
    sentences = ctx.sentences
    starts = [m.norm_start for m in ctx.mentions]
    i = 0
    voted: EntityRef | None = None  # what the vote is on, kept for its 反对 and 弃权 lines
    while i < len(sentences):
        text = sentences[i].text
        vote = _VOTE.match(text) or (_VOTE_WORD.search(text) and _VOTE_LINE.search(text))
        if vote is None:
            voted = None
            i += 1
            continue
        voters: list[tuple[EntityRef, int, int]] = []
        first = i
        refs = sentence_refs(ctx, sentences[i], starts)
        voters += _names_only(sentences[i], refs, vote.end())
        i += 1
        while i < len(sentences) and not _VOTE.match(sentences[i].text):
            names = _names_only(sentences[i], sentence_refs(ctx, sentences[i], starts), 0)
            if not names:
                break
            voters += names
            i += 1
        predicate = _VOTE_PREDICATES.get(vote.group("how"))
        voted = voted or _voted_on(ctx, first, starts)
        if predicate is None or voted is None:
            continue
        for ref, start, end in voters:
            sink.add_document_fact(ref, predicate, voted, vote.group("how"), start, end)


def _names_only(
    sentence: Sentence, refs: list[tuple[int, int, EntityRef]], start: int
) -> list[tuple[EntityRef, int, int]]:
    """The states of ``sentence.text[start:]`` when it holds nothing but state names and list
    separators; their raw offsets, as evidence."""
    states = [(a, b, r) for a, b, r in refs if a >= start]
    if not states or any(r.cls != "state" for _a, _b, r in states):
        return []
    cursor = start
    for a, b, _r in states:
        if _SEPARATORS.sub("", sentence.text[cursor:a]):
            return []
        cursor = b
    if _SEPARATORS.sub("", sentence.text[cursor:]):
        return []
    return [(r, sentence.start, sentence.end) for _a, _b, r in states]


def _voted_on(ctx: DocumentContext, index: int, starts: list[int]) -> EntityRef | None:
    """The resolution or draft a vote is on: the last named shortly before, else the first
    named shortly after."""
    for j in range(index, max(-1, index - _VOTE_REACH), -1):
        refs = [r for _a, _b, r in sentence_refs(ctx, ctx.sentences[j], starts) if r.cls in _VOTED]
        if refs:
            return refs[-1]
    for j in range(index + 1, min(len(ctx.sentences), index + _VOTE_REACH * 6)):
        refs = [r for _a, _b, r in sentence_refs(ctx, ctx.sentences[j], starts) if r.cls in _VOTED]
        if refs:
            return refs[0]
    return None
