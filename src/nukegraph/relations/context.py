"""What reading a sentence needs from the rest of its document.

- Who ``本国`` / ``我们`` / ``集团`` is: the state whose reply section the sentence stands in (a
  Secretary-General report reproduces each government's reply under its name), or the actor whose
  own paper or statement the document is (``日本提交的工作文件``, ``不结盟缔约国集团提出的工作文件``,
  ``中国裁军大使……的发言``, ``我首先代表中国代表团……``). Elsewhere they are nobody.
- ``中方`` (the Chinese side) and the like name a state wherever they stand.
- ``该条约`` / ``这一条约`` / ``该决议`` / ``该决定草案`` / ``该委员会`` name what was named just before.
- Whose paragraphs these are: a resolution opens with its organ (``大会,`` / ``安全理事会``) and
  then runs paragraphs that begin with their verb (``回顾……``, ``1. 呼吁……``). The organ is the
  author of each paragraph until the resolution ends (``第90次全体会议``), another heading or a
  section heading begins, or a quoted resolution's quotation closes.

All of it is handed to the rules as pseudo-spans (an entity reference at the words that name it)
and as authors by position (:meth:`nukegraph.relation_text.SentenceView.author_at`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..gazetteer import Gazetteer
from ..normalize import NormalizedText, normalize_name
from ..records import EntityRef, Mention, Sentence, SourceDocument
from .lexicon import CueLexicon, segment
from .text import LIST_MARKER, Span


@dataclass(frozen=True)
class DocumentContext:
    """What the relation rules read: the document, its sentences and its mentions."""

    source: SourceDocument
    norm: NormalizedText
    sentences: list[Sentence]
    mentions: list[Mention]  # sorted by position
    doc_ref: EntityRef  # the input document itself (object of ng:spokeIn)
    gazetteer: Gazetteer


# --- the document's own actor ----------------------------------------------------------------

# a working paper's title line: 日本提交的工作文件, 不结盟缔约国集团提出的工作文件*
OWN_PAPER_TITLE = re.compile(
    r"(?P<names>.+?)(?:共同|联合)?(?:提交|提出)的(?:工作文件|文件)\**(?:\d{1,3}\.?)?"
)
# a statement's title line: 中国裁军大使傅聪在裁谈会……的发言 2015/08/27
_OWN_STATEMENT_TITLE = re.compile(r".{0,60}?(?:的)?(?:发言|讲话|致辞|发言稿)(?:[\d/.\-年月日\s]*)")
# the speaker's own words: 我首先代表中国代表团, 我谨代表中国政府
_FIRST_PERSON = re.compile(r"我(?:首先|谨|愿|现在|也|仅)?(?:谨)?代表$")
_SPEAKER_TAIL = re.compile(r"(?:代表团|政府)")
_OWN_SENTENCES = 25  # how far into a document its title or opening may stand
_OWN_STATEMENT_SENTENCES = 6
_OWN_STATEMENT_LINES = 6
_TITLE_MAX = 90
_RAW_LINE = re.compile(r"[^\n]+")
_TRANSMITS = re.compile(r"转递|转交|随函附上")
_VERBATIM = re.compile(r"\(以[^()]{1,6}语发言\)")  # a meeting record: (以英语发言)
# the Secretary-General's own report speaks in the first person (我欢迎……, 我谴责……)
_SG_REPORT_TITLE = re.compile(
    r"(?:联合国)?秘书长(?:关于[^,。;:]{1,60}?|在[^,。;:]{1,60}?上)?的(?:年度报告|报告|致辞|视频致辞|讲话|贺词)"
)
_SG_TITLE_LINES = 15
_SECRETARY_GENERAL = EntityRef("organization", "UNSG")


def own_actor(ctx: DocumentContext) -> EntityRef | None:
    """The state or group whose own paper or statement the document is, if it says so; the
    Secretary-General for the Secretary-General's own report."""
    titled = _statement_title(ctx)
    if titled is not None:
        return titled
    if _SECRETARY_GENERAL in ctx.gazetteer.entities and _sg_report(ctx):
        return _SECRETARY_GENERAL
    starts = [m.norm_start for m in ctx.mentions]
    for sentence in ctx.sentences[:_OWN_SENTENCES]:
        paper = OWN_PAPER_TITLE.fullmatch(sentence.text)
        if paper is not None:
            spans = _sentence_refs(ctx, sentence, starts)
            actors = [r for a, b, r in spans if b <= paper.end("names") and r.cls != "treaty"]
            if len(actors) == 1 and actors[0].cls in ("state", "group"):
                return actors[0]
    return _first_person(ctx, starts)


def _first_person(ctx: DocumentContext, starts: list[int]) -> EntityRef | None:
    """The state its speaker speaks for at the opening (``我首先代表中国代表团……``), unless the
    document is a record of many speakers (``(以英语发言)``, or several states speaking so)."""
    if _VERBATIM.search(ctx.norm.text):
        return None
    speakers: set[EntityRef] = set()
    opening: EntityRef | None = None
    for i, sentence in enumerate(ctx.sentences):
        if "代表" not in sentence.text:
            continue
        for a, b, ref in _sentence_refs(ctx, sentence, starts):
            text = sentence.text
            if (
                ref.cls == "state"
                and _FIRST_PERSON.search(text, max(0, a - 8), a)
                and _SPEAKER_TAIL.match(text, b)
            ):
                speakers.add(ref)
                if i < _OWN_STATEMENT_SENTENCES and opening is None:
                    opening = ref
    return opening if len(speakers) == 1 else None


def _sg_report(ctx: DocumentContext) -> bool:
    """Whether a title line near the top calls the document the Secretary-General's report
    (``秘书长的报告``, ``秘书长关于本组织工作的报告``)."""
    raw = ctx.source.text
    lines = [normalize_name(m.group()) for m in _top_lines(raw, _SG_TITLE_LINES)]
    # a title may wrap: 秘书长在建立无核武器区条约缔约国 / 和签署国会议上的致辞
    joined = [a + b for a, b in itertools.pairwise(lines)]
    return any(_SG_REPORT_TITLE.fullmatch(line) for line in lines + joined)


def _top_lines(raw: str, count: int) -> list[re.Match[str]]:
    """The first ``count`` lines that are not blank (without reading the rest of the text)."""
    lines = (m for m in _RAW_LINE.finditer(raw) if m.group().strip())
    return list(itertools.islice(lines, count))


def transmits(ctx: DocumentContext) -> bool:
    """Whether the document's opening transmits another's text (``随函转递……案文(见附件一)``)."""
    return any(_TRANSMITS.search(s.text) for s in ctx.sentences[:_OWN_SENTENCES])


def _statement_title(ctx: DocumentContext) -> EntityRef | None:
    """The state a title line names as speaker: ``中国裁军大使傅聪在裁谈会……的发言 2015/08/27``.
    Read on the raw line, since a short title may be joined to the lines after it."""
    raw = ctx.source.text
    for line in _top_lines(raw, _OWN_STATEMENT_LINES):
        mention = next((m for m in ctx.mentions if m.start >= line.start()), None)
        if mention is None or mention.end > line.end() or mention.ref.cls != "state":
            continue
        text = normalize_name(line.group())
        lead = LIST_MARKER.match(text)
        start = lead.end() if lead else 0
        if (
            text.startswith(mention.surface, start)
            and len(text) <= _TITLE_MAX
            and _OWN_STATEMENT_TITLE.fullmatch(text, start + len(mention.surface))
        ):
            return mention.ref
    return None


def _sentence_refs(
    ctx: DocumentContext, sentence: Sentence, starts: list[int]
) -> list[tuple[int, int, EntityRef]]:
    """The mentions inside a sentence, with offsets into its text (``starts``: of the mentions,
    which the matcher returns sorted)."""
    out = []
    for m in ctx.mentions[bisect.bisect_left(starts, sentence.norm_start) :]:
        if m.norm_start >= sentence.norm_end:
            break
        if m.norm_end <= sentence.norm_end:
            out.append(
                (m.norm_start - sentence.norm_start, m.norm_end - sentence.norm_start, m.ref)
            )
    return out


# --- the reader ------------------------------------------------------------------------------

_HEADING_TAIL = re.compile(r"(?:政府)?(?:\s*\[[^\]]*\])*\s*$")
SECTION_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+\.|[A-Z]\.|附件|第[一二三四五六七八九十\d]+[章节部分])"
)
_ANAPHOR_DETERMINERS = ("该", "此", "这一", "这项", "上述", "本")
_TREATY_NOUNS = ("条约", "公约")
_TREATY_ANAPHOR = re.compile(
    rf"(?:{'|'.join(_ANAPHOR_DETERMINERS)})?《(?P<a>{'|'.join(_TREATY_NOUNS)})》"
    rf"|(?:{'|'.join(_ANAPHOR_DETERMINERS)})(?P<b>{'|'.join(_TREATY_NOUNS)})"
)
# 该决议, 该决定草案, 该委员会: the noun must be what the thing named just before is called
_OTHER_ANAPHOR = re.compile(
    r"(?:该|此|这一|这项|这份|上述)(?:项|份)?"
    r"(?:(?P<resolution>决议)|(?P<document>决定草案|工作文件|草案|文件)|(?P<organization>委员会|机构|组织))"
)
# whether a treaty anaphor occurs: its fixed parts as plain alternatives, whose first
# characters the regex engine skips to (_TREATY_ANAPHOR's optional lead makes it try every
# position of a sentence)
_TREATY_ANAPHOR_HINT = re.compile(
    "|".join(
        [f"《{noun}》" for noun in _TREATY_NOUNS]
        + [f"{det}{noun}" for det in _ANAPHOR_DETERMINERS for noun in _TREATY_NOUNS]
    )
)
_ANAPHOR_REACH = 800  # normalized characters back to the treaty 《条约》 refers to
_RESOLUTION_END = re.compile(r"第\d{1,4}次全体会议(?![上中时期])")
_QUOTES = '“”"‘’…'
_QUOTE_CLOSES = re.compile(r"”[。;]?$")
_HEADING_BEFORE = frozenset("向在由经据照请将和及与对即曾并还也交给于为")
_SIDE_CONTEXT = 4  # characters either side of 中方 that jieba reads to check it is a word


def _is_word(text: str, start: int, end: int) -> bool:
    """Whether jieba reads ``text[start:end]`` as whole words, in a window either side."""
    a = max(0, start - _SIDE_CONTEXT)
    bounds, pos = set(), a
    for word in segment(text[a : end + _SIDE_CONTEXT]):
        bounds.add(pos)
        pos += len(word)
    return start in bounds and end in bounds | {pos}


class SentenceFrame(NamedTuple):
    """What a sentence's rules get from the document: pseudo-spans and authors by position."""

    spans: list[Span]
    authors: tuple[tuple[int, EntityRef | None], ...]


@dataclass
class DocumentReader:
    """Carries from one sentence to the next who ``本国`` is, what was named, whose paragraphs."""

    ctx: DocumentContext
    lexicon: CueLexicon
    own: EntityRef | None = None  # the actor whose own paper or statement the document is
    section_state: EntityRef | None = None  # the state whose reply section this is
    author: EntityRef | None = None  # the organ whose resolution's paragraphs these are
    author_quoted: bool = False
    named: list[tuple[int, str, EntityRef]] = field(default_factory=list)  # norm end, surface
    _index: int = 0  # of the sentence being read
    transmittal: bool = False  # the document's own text transmits an annex (随函转递……见附件)

    def frame(self, index: int, sentence: Sentence, spans: list[Span]) -> SentenceFrame:
        """Read a sentence's context (call before its rules, then :meth:`done`)."""
        self._index = index
        authors = self._authors(index, sentence, spans)
        self._track_sections(sentence, spans)
        extra = self._self_spans(sentence, spans)
        extra += self._side_spans(sentence, [*spans, *extra])
        extra += self._anaphors(sentence, [*spans, *extra])
        return SentenceFrame(extra, authors)

    def done(self, sentence: Sentence, mentions: list[Mention]) -> None:
        self.named.extend(
            (m.norm_end, m.surface, m.ref)
            for m in mentions
            if m.ref.cls in ("treaty", "resolution", "document", "organization")
        )
        if self.author is not None and self.author_quoted and _QUOTE_CLOSES.search(sentence.text):
            self.author = None  # the quoted resolution ends with its quotation

    # -- sections: replies of governments ----------------------------------------------------

    def _track_sections(self, sentence: Sentence, spans: list[Span]) -> None:
        """A line that is only a state's name opens that state's reply; other headings close it."""
        text = sentence.text
        if len(text) > 60:
            return  # a body sentence: headings are short
        lead = LIST_MARKER.match(text)
        body = lead.end() if lead else 0
        if len(text) <= 40 and spans and spans[0].start == body:
            tail = _HEADING_TAIL.match(text, spans[0].end)
            if tail is not None and tail.end() == len(text):
                self.section_state = spans[0].ref if spans[0].cls == "state" else None  # type: ignore[assignment]
                if self.section_state is not None:
                    self.author = None
                return
        if len(text) <= 60 and not text.endswith(("。", ";", ":")) and spans:
            # a heading line joined to the state's name after it: 二.从各国政府收到的答复奥地利
            last = spans[-1]
            tail = _HEADING_TAIL.match(text, last.end)
            listed = text[: last.start].endswith(("、", "和", "及", ",", "("))
            if last.cls == "state" and tail is not None and tail.end() == len(text) and not listed:
                assert isinstance(last.ref, EntityRef)
                self.section_state = last.ref
                self.author = None
                return
        if len(text) <= 60 and not text.endswith("。") and SECTION_HEADING.match(text):
            self.section_state = None
            if self.transmittal and text.startswith("附件"):
                self.own = None  # the annex a note transmits speaks with another's voice

    # -- resolutions: 大会, / 安全理事会 -----------------------------------------------------------

    def _authors(
        self, index: int, sentence: Sentence, spans: list[Span]
    ) -> tuple[tuple[int, EntityRef | None], ...]:
        """Where in the sentence an organ's resolution begins (its ref) or ends (None)."""
        text = sentence.text
        headed = self.lexicon.pattern("heading").search(text)
        if self.author is None and headed is None:
            return ()  # most sentences: no resolution in force and none beginning
        changes: list[tuple[int, EntityRef | None]] = []
        if self.author is not None:
            changes.append((0, self.author))
        if len(text) <= 60 and not text.endswith("。") and SECTION_HEADING.match(text):
            changes.append((0, None))
        changes += [(m.start(), None) for m in _RESOLUTION_END.finditer(text)]
        headings = self.lexicon.words("heading") if headed else frozenset()
        for span in spans:
            if span.cls != "organization" or text[span.start : span.end] not in headings:
                continue
            begins = self._heading_end(index, sentence, span)
            if begins is not None:
                assert isinstance(span.ref, EntityRef)
                changes.append((begins, span.ref))
                self.author_quoted = "“" in text[max(0, span.start - 1) : begins]
        changes.sort(key=lambda c: c[0])
        self.author = changes[-1][1] if changes else None
        return tuple(changes)

    def _heading_end(self, index: int, sentence: Sentence, span: Span) -> int | None:
        """Where the paragraphs begin when ``span`` heads a resolution (``大会,“…``), else None."""
        text = sentence.text
        if span.start > 0 and text[span.start - 1] in _HEADING_BEFORE:
            return None  # 提交大会, 向大会: the organ is an object here
        pos = span.end
        comma = text.startswith(",", pos)
        pos += comma
        while pos < len(text) and text[pos] in _QUOTES + " ":
            pos += 1
        rest = text[pos:]
        if not rest:
            nxt = self.ctx.sentences[index + 1].text if index + 1 < len(self.ctx.sentences) else ""
            rest = nxt
        if not opens_paragraph(self.lexicon, rest):
            return None
        if comma or self._alone_on_its_line(sentence, span):
            return pos
        return None

    def _alone_on_its_line(self, sentence: Sentence, span: Span) -> bool:
        raw = self.ctx.source.text
        start, end = self.ctx.norm.raw_span(
            sentence.norm_start + span.start, sentence.norm_start + span.end
        )
        line_start = raw.rfind("\n", 0, start) + 1
        line_end = raw.find("\n", end)
        line = raw[line_start : line_end if line_end != -1 else len(raw)]
        return bool(line.strip()) and line.strip(" \t\r\u3000,，:：") == raw[start:end].strip()

    # -- 本国, 我们, 集团 ----------------------------------------------------------------------

    def _self_spans(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        own = self.section_state or self.own
        if own is None:
            return []
        if self.section_state is not None or own.cls == "state":
            allowed = {"state", "any"}
        elif own.cls == "group":
            allowed = {"group", "any"}
        else:
            allowed = {"person"}  # the Secretary-General is 我, never 我们 (the membership)
        out = []
        text = sentence.text
        for m in self.lexicon.pattern("self").finditer(text):
            word = m.group()
            if self.lexicon.value("self", word) not in allowed or not _free(
                spans, m.start(), m.end()
            ):
                continue
            if word == "集团" and not self._opens_clause(text, m.start()):
                continue  # 任何国家集团: not the group itself
            if len(word) == 1 and not _is_word(text, m.start(), m.end()):
                continue  # 自我克制, 我们: not the speaker
            out.append(Span(m.start(), m.end(), own, "self"))
        return out

    def _opens_clause(self, text: str, pos: int) -> bool:
        start = max(text.rfind(ch, 0, pos) for ch in ",;:。") + 1
        lead = LIST_MARKER.match(text, start, pos)
        before = text[lead.end() if lead else start : pos]
        return before == "" or before in self.lexicon.words("subject_lead")

    # -- 中方 ------------------------------------------------------------------------------

    def _side_spans(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        text = sentence.text
        if not self.lexicon.may_occur("side", text):
            return out
        for m in self.lexicon.pattern("side").finditer(text):
            if not _free(spans, m.start(), m.end()):
                continue
            if not _is_word(text, m.start(), m.end()):
                continue  # 集中方式: not 中方
            value = self.lexicon.value("side", m.group())
            assert value is not None
            out.append(Span(m.start(), m.end(), EntityRef("state", value), "self"))
        return out

    # -- 该条约, 该决议 ------------------------------------------------------------------------

    def _anaphors(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        text = sentence.text
        if not _TREATY_ANAPHOR_HINT.search(text) and not _OTHER_ANAPHOR.search(text):
            return out  # most sentences hold no anaphor
        here_named = [
            (sentence.norm_start + s.end, text[s.start : s.end], s.ref)
            for s in spans
            if s.kind == "mention" and isinstance(s.ref, EntityRef)
        ]
        for m in _TREATY_ANAPHOR.finditer(text):
            if not _free(spans, m.start(), m.end()):
                continue
            word = m.group("a") or m.group("b")
            here = sentence.norm_start + m.start()
            named = [t for t in [*self._named_since(here - _ANAPHOR_REACH), *here_named] if t[0] <= here]
            # 《条约》 takes the last treaty whose name ends in 条约, 《公约》 the last 公约
            named = [
                t
                for t in named
                if t[2].cls == "treaty"
                and here - t[0] <= _ANAPHOR_REACH
                and t[1].rstrip("》”").endswith(word)
            ]
            if named:
                out.append(Span(m.start(), m.end(), max(named, key=lambda t: t[0])[2], "anaphor"))
        reach = self._near_start(sentence)
        for m in _OTHER_ANAPHOR.finditer(text):
            if not _free([*spans, *out], m.start(), m.end()):
                continue
            here = sentence.norm_start + m.start()
            cls = m.lastgroup
            noun = m.group(cls or "")
            named = [
                t
                for t in [*self._named_since(reach), *here_named]
                if reach <= t[0] <= here and t[2].cls == cls and self._called(t, cls, noun)
            ]
            if named:
                out.append(Span(m.start(), m.end(), max(named, key=lambda t: t[0])[2], "anaphor"))
        return out

    def _named_since(self, pos: int) -> list[tuple[int, str, EntityRef]]:
        """What earlier sentences named, ending at ``pos`` or later (``named`` is in text order,
        so a long document's anaphors do not rescan every name before them)."""
        lo = bisect.bisect_left(self.named, pos, key=lambda t: t[0])
        return self.named[lo:]

    def _near_start(self, sentence: Sentence) -> int:
        """The start of the sentence before, or of the paragraph if that is earlier."""
        paragraph = self.ctx.norm.text.rfind("\n", 0, sentence.norm_start) + 1
        index = self._index
        previous = self.ctx.sentences[index - 1].norm_start if index > 0 else 0
        return min(paragraph, previous)

    def _called(self, named: tuple[int, str, EntityRef], cls: str | None, noun: str) -> bool:
        """Whether the thing named is called ``noun``: a resolution is a 决议, a committee a
        委员会; a document by its symbol only if its sentence calls it so (一份决定草案……(CD/WP.655))."""
        end, surface, _ref = named
        if cls == "document":
            text = self.ctx.norm.text
            start = max(text.rfind(ch, 0, end) for ch in "。\n") + 1
            return noun in text[start:end]
        return surface.endswith(noun)


def opens_paragraph(lexicon: CueLexicon, text: str, pos: int = 0) -> bool:
    """Whether a resolution's paragraph begins at ``pos``: ``“1. 又回顾……``."""
    while pos < len(text) and text[pos] in _QUOTES + " ":
        pos += 1
    lead = LIST_MARKER.match(text, pos)
    if lead is not None:
        pos = lead.end()
    while pos < len(text) and text[pos] in _QUOTES + " ":
        pos += 1
    return bool(lexicon.pattern("paragraph_opener").match(text, pos))


def _free(spans: list[Span], a: int, b: int) -> bool:
    return all(b <= s.start or a >= s.end for s in spans)
