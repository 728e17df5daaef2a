"""Reading one sentence: mentions as spans, word boundaries, lists of names, verb gaps.

The relation rules (:mod:`nukegraph.relations`) read a sentence's normalized text with the
mentions as atomic spans. This module holds what they share: the spans and the lists they form
(``A、B(代表C)和D代表团``), jieba word boundaries between spans, and the analysis of the words
between an actor and its verb (adverbs, negation, modality).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, overload

from ..records import AnonymousHolder, EntityRef, Sentence
from .lexicon import CueLexicon, alternation, segment, segment_blocks, word_tags

if TYPE_CHECKING:
    from .document import DocumentContext


class JointRef(NamedTuple):
    """Several actors speaking as one: ``我们`` in a joint statement of several states."""

    refs: tuple[EntityRef, ...]

    @property
    def cls(self) -> str:
        return self.refs[0].cls


class Span(NamedTuple):
    """An entity reference inside a sentence (offsets into ``Sentence.text``); a named tuple,
    since every mention of every sentence becomes one."""

    start: int
    end: int
    ref: EntityRef | AnonymousHolder | JointRef
    # mention | self (本国, 中方) | anaphor (《条约》) | holder (一些代表团) | person (拜登, 他)
    kind: str = "mention"

    @property
    def cls(self) -> str:
        ref = self.ref  # (asked for again and again: no isinstance, no second attribute read)
        return "holder" if type(ref) is AnonymousHolder else ref.cls


@dataclass(frozen=True)
class Item:
    """One member of a list of names: the span and the end of its tail (suffix, brackets)."""

    span: Span
    end: int
    bracket: tuple[int, int] | None = None  # inside of a bracket that follows the name


@dataclass(frozen=True)
class NameList:
    """Names joined by list separators, in text order."""

    items: tuple[Item, ...]

    @property
    def start(self) -> int:
        return self.items[0].span.start

    @property
    def end(self) -> int:
        return self.items[-1].end

    @property
    def spans(self) -> list[Span]:
        return [item.span for item in self.items]


class Word(NamedTuple):
    pos: int
    text: str
    span: Span | None  # a mention is one word


# ``Span(...)`` and ``Word(...)`` from the tuple of all their fields, without the Python frame
# of a named tuple's ``__new__``: for the loops that make one for every mention or word
new_span = functools.partial(tuple.__new__, Span)
_new_word = functools.partial(tuple.__new__, Word)


# Tails a name may carry inside a list: 瑞士代表团, 伊朗(伊斯兰共和国)1, 巴西<sup>2</sup>; and
# the representative who speaks for others (瑞典代表代表A、B介绍了…, 瑞典代表以A的名义…), the
# way First Committee reports open their paragraphs.
SUFFIX = re.compile(r"(?:常驻代表团|代表团|政府|观察员|代表(?=代表|以))?")
FOOTNOTE = re.compile(
    r"(?:<sup>\d{1,3}</sup>|\[\d{1,3}\]|\*{1,3}|\d{1,2}(?![\d/.年月日号国个次届%]))?"
)
SEPARATOR = re.compile(r"、以及|,以及|以及|、|,|和|及|与|暨")


def separated_run(text: str, bounds: Sequence[tuple[int, int]], pos: int) -> int:
    """How many of ``bounds`` (names' offsets from ``pos`` on, in text order) run from ``pos``
    with nothing but list separators and spaces between (``美俄``, ``中国和俄罗斯``, ``俄罗斯联邦、
    ……和乌克兰``)."""
    n = 0
    for a, b in bounds:
        piece = text[pos:a].strip()
        if piece and not SEPARATOR.fullmatch(piece):
            break
        n, pos = n + 1, b
    return n


# the nouns of a text several issue and a report quotes (宣言, 声明, 公报)
DECLARATION_NOUNS = "宣言|声明|公报"
MEETING_NOUNS = "会议|峰会|会晤"  # a meeting, by its noun (会议发表了声明, 召开紧急会议)
# a paragraph's number, after any editorial notes joined to it ([原件:英文][2016年5月31日])
LIST_MARKER = re.compile(
    r"\s*(?:\[[^\[\]]{1,30}\]\s*)*"
    r"(?:\(?[a-z]{1,3}\)|\(?[ivx]{1,5}\)|\d{1,3}\.|\(?[一二三四五六七八九十]+[).、]|[㈠-㈩]"
    r"|[-•*]\s*)?\s*"
)
DATE = re.compile(
    r"(?:于|在)?(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)"
    r"(?:(?:至|到|-)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日?)?"
)
# the words that close a time phrase (在以色列加入《条约》之前, 条约到期前, 协议失效时, 会议期间)
TIME_CLOSE = r"(?:之|以)?(?:前|后)|时|期间"
# how long something has held: 几年来, 多年以来, 长期以来, 自1995年以来
_DURATION = re.compile(
    r"(?:(?:几|多|数|近|十几|\d{1,3}|[一二三四五六七八九十]{1,3})(?:十)?(?:年|个月)|长期|近年|历年"
    r"|自\d{4}年)(?:来|以来)"
)
# since when, before a verb: 从一开始就承诺 (开始 is no verb of the clause's)
_SINCE = re.compile(r"(?:从|自)(?:一开始|最初|那时|当时|那以后|此以后)(?:起|以来)?")
# a manner phrase before a verb: 以最强烈的措辞谴责, 以协商一致方式通过 (not 用: 使用……的方式 is a
# verb's object; where 用 opens a manner, the reader says so with MANNER_TAIL)
MANNER_TAIL = r"[^,;:。、“”《》]{0,12}?(?:措辞|方式|态度|形式|口吻|语言|行动|举措)"
# a manner phrase, whose modifiers may be listed (以完全、可核查和不可逆的方式)
MANNER = re.compile(r"以[^,;:。“”《》]{0,24}?(?:措辞|方式|态度|形式|口吻|语言|行动|举措|方法)")
_ENVOY = re.compile(r"的[^、,;:。()]{1,20}?(?:大使|先生|女士|代表|部长|外长|阁下)")
# a count that opens a list within the list (俄罗斯、白俄罗斯及3个中亚国家——哈萨克斯坦、……): the
# names after it are items of the outer list too
_SUBLIST_LEAD = re.compile(
    r"(?:及|和|以及|与)?(?:\d+|[两二三四五六七八九十]+)个[^、,;:。()]{0,8}?(?:国家|国|成员国)(?:——|—|:)"
)
# the opening of a place phrase before a name (在纽约联合国总部, 在日内瓦裁军谈判会议上): where,
# not who
PLACE_OPEN = re.compile(r"在[^,;:。、和与及在]{0,6}$")
PLACE_REACH = 7
_LOCATION = re.compile(r"在[^,;:。在]{1,40}?(?:会议上|大会上|会上|上|中|期间|之际|时|方面)")
# a news report's dateline and byline: 新华社联合国8月6日电(记者王建刚), also after a label, with
# its date (内容提要:俄罗斯卫星通讯社布鲁塞尔7月15日电; not 他说:发展核电……)
_DATELINE = re.compile(
    r"(?:^[^,;:。]{0,24}?|(?<=:)[^,;:。]{0,24}?日)电(?:\((?:记者)?[^()]{1,30}\))?"
    r"|\((?:记者)[^()]{1,30}\)"
)


def dateline_end(text: str) -> int:
    """Where a news report's dateline and byline that open ``text`` end (0 where none does)."""
    m = _DATELINE.match(text)
    return m.end() if m is not None else 0


QUOTES = "《》“”‘’「」\"' "
_OPENERS, _CLOSERS = "《“", "》”"
# what a position may be on (the classes the contract allows as a stance's object)
STANCE_OBJECTS = frozenset({"treaty", "topic", "resolution", "document", "organization"})
_OF_NOUN = 6  # how far before a cue its 的 may stand, adjectives between (的坚定不移的支持)


_T = TypeVar("_T")


class _lazy(Generic[_T]):
    """``functools.cached_property`` without the lock Python 3.11 takes on each first access
    (a view's attributes are asked for once by the hundred thousand, by one thread): the value
    is computed on first access and kept in the instance's ``__dict__``, where later reads
    find it without calling the descriptor."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _lazy[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...
    def __get__(self, obj: object, owner: type | None = None) -> _T | _lazy[_T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class _TextFacts:
    """What a sentence's text alone decides, computed on first use and shared by its views."""

    __slots__ = ("_circumstances", "_depth", "_marks", "clauses", "cuts", "segmented", "text")

    def __init__(self, text: str, cuts: dict[str, list[int]] | None = None) -> None:
        self.text = text
        self._depth: list[int] | None = None
        self._marks: list[int] | None = None
        self._circumstances: list[tuple[re.Pattern[str], tuple[str, ...]]] | None = None
        self.clauses: dict[int, int] = {}
        # jieba's boundaries in the block text[a:b], by (a, b): a block's words do not depend
        # on the spans around it
        self.segmented: dict[tuple[int, int], list[int]] = {}
        # where jieba's words begin and end in a block's text (0 first), by that text: shared by the
        # sentences of one document, whose short stretches (表示, 呼吁各国) come again and again
        self.cuts: dict[str, list[int]] = cuts if cuts is not None else {}

    def depth(self) -> list[int]:
        if self._depth is None:
            text = self.text
            if not _BRACKETS.search(text):
                self._depth = [0] * (len(text) + 1)  # most sentences: no brackets at all
            else:
                depth, d = [], 0
                for ch in text:
                    if ch in "([":
                        depth.append(d)
                        d += 1
                    elif ch in ")]":
                        d = max(0, d - 1)
                        depth.append(d)
                    else:
                        depth.append(d)
                depth.append(d)
                self._depth = depth
        return self._depth

    def marks(self) -> list[int]:
        if self._marks is None:
            self._marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text)]
        return self._marks

    def circumstances(self) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
        """The regexes of strip_circumstances one of whose words the sentence holds."""
        if self._circumstances is None:
            text = self.text
            self._circumstances = [
                (rx, marks) for rx, marks in _CIRCUMSTANCES if any(m in text for m in marks)
            ]
        return self._circumstances


_BRACKETS = re.compile(r"[()\[\]]")
_START = operator.itemgetter(0)  # a span's start (its first field), as a sort key
# a clause ends at ,;:。 and where a quotation opens right after a verb of saying (他强调“……)
_CLAUSE_MARK = re.compile(r"[,;:。]|(?<=[说称示调明道出布告申])“")


class SentenceView:
    """One sentence with its spans and the word boundaries jieba finds between them.

    Word boundaries are computed on first use only, one stretch between spans at a time, so
    text no rule reads words in never reaches jieba; views of the same sentence share them.
    """

    def __init__(
        self,
        sentence: Sentence,
        spans: list[Span],
        lexicon: CueLexicon,
        authors: tuple[tuple[int, EntityRef | None], ...] = (),
        facts: _TextFacts | None = None,
        voice: tuple[EntityRef, ...] = (),
        cuts: dict[str, list[int]] | None = None,
        voted_on: EntityRef | None = None,
    ) -> None:
        """``cuts``: jieba's word bounds by block text, for the sentences of one document;
        ``voted_on``: what a vote the sentence tells without its object was cast on."""
        self.sentence = sentence
        self.text = sentence.text
        self.spans = sorted(spans, key=_START)
        self.lexicon = lexicon
        self.authors = authors  # (position, organ) where a resolution's paragraphs begin or end
        self.voice = voice  # who speaks in the document's own words here
        self.voted_on = voted_on
        # span edges and the blocks between spans (:meth:`_layout`)
        self._layout_index: (
            tuple[set[int], list[int], list[tuple[int, int]], list[int], list[int]] | None
        ) = None
        self._words: dict[tuple[int, int], list[Word]] = {}
        self.memo: dict[tuple[object, ...], object] = {}  # what a rule worked out about it
        self._given_facts, self._cuts = facts, cuts  # (for _facts, made on first use)

    @_lazy
    def _facts(self) -> _TextFacts:
        """What depends on the text alone (bracket depth, clauses, jieba's boundaries in each
        block), the same for every view of this sentence; made on first use (most views find
        no cue to read)."""
        given = self._given_facts
        return given if given is not None else _TextFacts(self.text, self._cuts)

    @_lazy
    def _by_start(self) -> dict[int, Span]:
        """The spans by their starts (made on first use: most views find no cue to read)."""
        return {s.start: s for s in self.spans}

    @_lazy
    def _starts(self) -> list[int]:
        """The spans' starts, in order (made on first use)."""
        return [s.start for s in self.spans]

    def with_spans(self, spans: list[Span]) -> SentenceView:
        return SentenceView(
            self.sentence, spans, self.lexicon, self.authors, self._facts, self.voice
        )

    def author_at(self, pos: int) -> EntityRef | None:
        """The organ whose resolution paragraph ``pos`` stands in (``大会,……呼吁``), if any."""
        author = None
        for start, ref in self.authors:
            if start <= pos:
                author = ref
        return author

    # -- structure --------------------------------------------------------------------------

    def span_at(self, pos: int) -> Span | None:
        return self._by_start.get(pos)

    def spans_before(self, pos: int) -> list[Span]:
        """Spans that end at or before ``pos``, nearest first."""
        return [s for s in reversed(self.spans) if s.end <= pos]

    def spans_between(self, start: int, end: int) -> list[Span]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def inside_span(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self.spans[i].start <= pos < self.spans[i].end

    @_lazy
    def depth(self) -> list[int]:
        """Bracket depth at each character (a bracket character has the outer depth), and one
        past the end (kept on the view once asked for: the rules read it for every word)."""
        return self._facts.depth()

    def bracket_end(self, pos: int) -> int:
        """Index after the bracket that opens at ``pos``, or -1."""
        if pos >= len(self.text) or self.text[pos] not in "([":
            return -1
        d = 0
        for i in range(pos, len(self.text)):
            ch = self.text[i]
            if ch in "([":
                d += 1
            elif ch in ")]":
                d -= 1
                if d == 0:
                    return i + 1
        return -1

    def occurrences(self, kind: str) -> Iterator[re.Match[str]]:
        """Non-overlapping occurrences of a kind's cue words outside mentions."""
        for m in self.lexicon.pattern(kind).finditer(self.text):
            if not self.inside_span(m.start()) and not self.inside_span(m.end() - 1):
                yield m

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding ``pos``, after any list marker (``(a)``, ``15.``)."""
        key = -pos - 1
        found = self._facts.clauses.get(key)
        if found is not None:
            return found
        depth = self.depth[pos]
        marks = self._marks()
        i = bisect.bisect_left(marks, pos) - 1
        # punctuation inside brackets ([原件:英文]) ends no clause
        while i >= 0 and self.depth[marks[i]] != depth:
            i -= 1
        start = marks[i] + 1 if i >= 0 else 0
        lead = LIST_MARKER.match(self.text, start, pos)
        found = lead.end() if lead else start
        self._facts.clauses[key] = found
        return found

    def clause_end(self, pos: int) -> int:
        """The end of the clause holding ``pos``: the first of ,;:。 from ``pos`` on at its
        bracket depth (read from the clause marks, not character by character), or the text's
        end."""
        depth = self.depth
        level = depth[pos]
        marks = self._marks()
        for i in range(bisect.bisect_left(marks, pos), len(marks)):
            if depth[marks[i]] == level:
                return marks[i]
        return len(self.text)

    def _marks(self) -> list[int]:
        """Where clauses end (,;:。), in order."""
        return self._facts.marks()

    # -- words ------------------------------------------------------------------------------

    def _layout(
        self,
    ) -> tuple[set[int], list[int], list[tuple[int, int]], list[int], list[int]]:
        """What word boundaries are read from, made on the first word asked for: the edges
        of spans (boundaries anyway; as a set, and in order), and the stretches between spans
        cut as jieba cuts them first, runs of its word characters and the runs of other
        characters between them (:func:`segment_blocks`), in text order with their starts
        and their ends (blocks do not overlap: their ends grow with their starts)."""
        if self._layout_index is None:
            text = self.text
            edges = {0, len(text)}
            blocks: list[tuple[int, int]] = []
            finditer = segment_blocks().finditer
            cursor = 0
            for span in [*self.spans, None]:
                stop = span.start if span is not None else len(text)
                if stop > cursor:  # a stretch between spans: its blocks
                    at = cursor
                    for m in finditer(text, cursor, stop):
                        if m.start() > at:
                            blocks.append((at, m.start()))
                        blocks.append(m.span())
                        at = m.end()
                    if at < stop:
                        blocks.append((at, stop))
                if span is not None:
                    edges.update((span.start, span.end))
                    cursor = max(cursor, span.end)
            self._layout_index = (
                edges,
                sorted(edges),
                blocks,
                [b[0] for b in blocks],
                [b[1] for b in blocks],
            )
        return self._layout_index

    def _cut(self, piece: str) -> list[int]:
        """Where jieba's words of ``piece`` begin and end (0 first), remembered for the
        document by the piece's text."""
        cuts = self._facts.cuts
        bounds = cuts.get(piece)
        if bounds is None:
            bounds = cuts[piece] = [0, *itertools.accumulate(map(len, segment(piece)))]
        return bounds

    def segment(self, start: int, end: int) -> list[str]:
        """jieba's words of ``text[start:end]``, its cut remembered for the document."""
        piece = self.text[start:end]
        bounds = self._cut(piece)
        return [piece[a:b] for a, b in itertools.pairwise(bounds)]

    def _block_bounds(self, block: tuple[int, int]) -> list[int]:
        """jieba's word boundaries in one block, its two ends included."""
        found = self._facts.segmented.get(block)
        if found is None:
            start = block[0]
            piece = self.text[start : block[1]]
            found = [start + bound for bound in self._cut(piece)]
            self._facts.segmented[block] = found
        return found

    def is_boundary(self, pos: int) -> bool:
        """Whether a word starts or ends at ``pos``: a span edge, or jieba's boundary between."""
        edges, _, blocks, starts, _ = self._layout_index or self._layout()
        if pos in edges:
            return True
        i = bisect.bisect_right(starts, pos) - 1  # the last block that starts at or before pos
        if i < 0:
            return False
        a, b = blocks[i]
        if pos in (a, b):
            return True
        return pos < b and pos in self._block_bounds(blocks[i])

    def boundary_before(self, pos: int) -> int:
        """The last word boundary before ``pos`` (0 at the sentence's start)."""
        _, edges, blocks, starts, ends = self._layout_index or self._layout()
        i = bisect.bisect_left(edges, pos)
        best = edges[i - 1] if i else 0
        # the blocks that touch pos
        for block in blocks[bisect.bisect_left(ends, pos) : bisect.bisect_right(starts, pos)]:
            if block[0] < pos:
                best = max(best, max(b for b in self._block_bounds(block) if b < pos))
        return best

    def words(self, start: int, end: int) -> list[Word]:
        """Words of ``text[start:end]``; quotes and spaces are left out."""
        key = (start, end)
        cached = self._words.get(key)
        if cached is not None:
            return cached
        out: list[Word] = []
        if end <= start:
            self._words[key] = out
            return out
        _, edges, blocks, starts, ends = self._layout_index or self._layout()
        inside = set(edges[bisect.bisect_right(edges, start) : bisect.bisect_left(edges, end)])
        # the blocks that touch the stretch
        for block in blocks[bisect.bisect_left(ends, start) : bisect.bisect_right(starts, end)]:
            a, b = block
            if start < a and b < end:
                inside.update(self._block_bounds(block))  # (a block inside: all its bounds)
            elif b > start and a < end:
                # (a block that only touches the stretch, ending at its start or beginning at
                # its end, has no boundary inside it: it need not be cut)
                bounds = self._block_bounds(block)  # (in order: the few inside, bisected)
                inside.update(
                    bounds[bisect.bisect_right(bounds, start) : bisect.bisect_left(bounds, end)]
                )
        bounds = [start, *sorted(inside), end]
        text, by_start = self.text, self._by_start
        last = len(bounds) - 1
        i = 0
        while i < last:
            a = bounds[i]
            span = by_start.get(a)
            if span is not None and span.end <= end:
                out.append(_new_word((a, text[a : span.end], span)))
                while i < last and bounds[i + 1] <= span.end:
                    i += 1
                continue
            word = text[a : bounds[i + 1]]
            if word.strip(QUOTES):
                out.append(_new_word((a, word, None)))
            i += 1
        self._words[key] = out
        return out

    def plain_words(self, start: int, end: int) -> list[Word]:
        """Words of ``text[start:end]`` left after dates and ``在……上`` phrases (what a rule
        reads between a holder and its cue), remembered for the view."""
        key = (start, -end - 1)
        cached = self._words.get(key)
        if cached is None:
            cached = [w for a, b in strip_circumstances(self, start, end) for w in self.words(a, b)]
            if self.text.find("在", start, end) != -1:
                cached = _past_places(self.text, cached)
            self._words[key] = cached
        return cached

    def iter_plain_words(self, start: int, end: int) -> Iterator[Word]:
        """The words of :meth:`plain_words`, cut only as far as the caller reads them: a rule
        that looks at how a clause opens stops at its first words (no jieba for the rest)."""
        cached = self._words.get((start, -end - 1))
        if cached is None and self.text.find("在", start, end) != -1:
            cached = self.plain_words(start, end)  # (a place phrase is read as a whole)
        if cached is not None:
            yield from cached
            return
        for a, b in strip_circumstances(self, start, end):
            cursor = a
            for span in self.spans_between(a, b):
                if span.start < cursor:
                    continue  # inside the one before
                if span.start > cursor:
                    yield from self.words(cursor, span.start)
                yield from self.words(span.start, span.end)
                cursor = span.end
            if cursor < b:
                yield from self.words(cursor, b)

    def is_word(self, start: int, end: int) -> bool:
        return self.is_boundary(start) and self.is_boundary(end)


# --- lists of names -------------------------------------------------------------------------


_ABBREVIATED = re.compile(r"[\u4e00-\u9fff]$")  # a one-character name (中, 美: 中美两国)


def list_after(view: SentenceView, pos: int, limit: int | None = None) -> NameList | None:
    """The list of names that starts at ``pos`` (and ends by ``limit``): ``A、B(代表C)和D``."""
    items: list[Item] = []
    text = view.text
    limit = len(text) if limit is None else limit
    p = pos
    while p < limit:
        while p < limit and text[p] in _OPENERS:
            p += 1
        span = view.span_at(p)
        if span is None or span.end > limit:
            break
        q = SUFFIX.match(text, span.end, limit).end()
        if q == span.end and span.cls == "state":
            q = _office_between(view, q, limit)  # 澳大利亚总理、英国首相和美国总统: each state
        while q < limit and text[q] in _CLOSERS:
            q += 1
        q = FOOTNOTE.match(text, q, limit).end()
        bracket = None
        close = view.bracket_end(q)
        if close != -1 and close <= limit:
            bracket = (q + 1, close - 1)
            q = FOOTNOTE.match(text, close, limit).end()
        items.append(Item(span, q, bracket))
        sep = SEPARATOR.match(text, q, limit)
        if sep is None:
            if text.startswith("》《", q - 1) and q < limit:
                nxt_span = view.span_at(q + 1)  # 《A》《B》等: titles run together are a list
                if nxt_span is not None and nxt_span.cls == span.cls:
                    p = q
                    continue
            if _ABBREVIATED.match(text, span.start, q) and _ABBREVIATED.match(text, q, q + 1):
                # 中美两国: one-character names run together; 南北韩: one before a full name
                nxt_span = view.span_at(q)
                if nxt_span is not None and span.cls == nxt_span.cls == "state":
                    p = q
                    continue
            break
        nxt = sep.end()
        while nxt < limit and text[nxt] in _OPENERS:
            nxt += 1
        if view.span_at(nxt) is None:
            break
        p = sep.end()
    return NameList(tuple(items)) if items else None


def _office_between(view: SentenceView, pos: int, limit: int) -> int:
    """Past an office after a state's name where another state's name follows it in a list
    (``中国外长和俄罗斯外长``: both states speak through their ministers); ``pos`` if none. The
    last item's office stays outside the list, where the holder's rules read it."""
    m = view.lexicon.pattern("title").match(view.text, pos, limit)
    if m is None:
        return pos
    sep = SEPARATOR.match(view.text, m.end(), limit)
    if sep is None or sep.group() == "与":  # (……总统与……: whom he met, as often as a list)
        return pos
    nxt = view.span_at(sep.end())
    return m.end() if nxt is not None and nxt.cls == "state" else pos


def extend_left(view: SentenceView, found: NameList, start: int = 0) -> NameList:
    """The longest list that ends where ``found`` ends (earlier items of the same list, none
    before ``start``)."""
    depth = view.depth[found.start]
    for earlier in view.spans_before(found.start):
        if earlier.start < start:
            break
        if view.depth[earlier.start] != depth:
            continue  # a name inside an item's bracket: 日本(代表澳大利亚、比利时)和瑞典
        longer = list_after(view, earlier.start, found.end)
        if longer is None or longer.end != found.end:
            break
        found = longer
    return found


def past_partner(view: SentenceView, start: int, end: int) -> int:
    """Where a list of names in ``text[start:end]`` starts: after a 与 that a list with 、 follows
    (伊朗与美国、英国……和德国: Iran is whom the list is with, not one of it), else ``start``."""
    text = view.text
    base = view.depth[start] if start < len(text) else 0
    at = text.find("与", start, end)
    while at != -1:
        if view.depth[at] == base and not view.inside_span(at) and "、" in text[at:end]:
            return at + 1
        at = text.find("与", at + 1, end)
    return start


def split_items(view: SentenceView, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at list separators that are outside names and brackets (a
    partner before 与 left out: :func:`past_partner`)."""
    start = past_partner(view, start, end)
    text = view.text
    base = view.depth[start]
    pieces: list[tuple[int, int]] = []
    cursor = i = start
    while i < end:
        if view.depth[i] == base and not view.inside_span(i):
            sep = SEPARATOR.match(text, i, end)
            if sep is not None or text[i] == ";":
                pieces.append((cursor, i))
                cursor = i = sep.end() if sep is not None else i + 1
                continue
        i += 1
    pieces.append((cursor, end))
    return [(a, b) for a, b in pieces if b > a]


def exact_item(view: SentenceView, start: int, end: int) -> Item | None:
    """The item ``text[start:end]`` when it is one name with its tail and nothing else."""
    text = view.text
    while start < end and text[start] in " ":
        start += 1
    while end > start and text[end - 1] in " 。;,":
        end -= 1
    lead = _SUBLIST_LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    found = list_after(view, start, end)
    if found is None or len(found.items) != 1:
        return None
    item = found.items[0]
    rest = text[item.end : end]
    # 挪威的韦格·斯特罗门大使: the state's envoy, in a list of who speaks
    return item if rest in ("", "等", "(联合)") or _ENVOY.fullmatch(rest) else None


def items_in(view: SentenceView, start: int, end: int) -> list[Item]:
    """The names of a list region, skipping pieces that are not exactly one name (persons)."""
    found = []
    for a, b in split_items(view, start, end):
        item = exact_item(view, a, b)
        if item is not None:
            found.append(item)
    return found


# --- what lies between an actor and its verb -------------------------------------------------


# each regex strip_circumstances removes, with the words one of which any match of it holds:
# a look for them in C spares most stretches the regexes, which have no literal to skip to
_CIRCUMSTANCES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (DATE, ("年", "月")),  # 2014年, 5月31日
    (_DURATION, ("来",)),  # 多年来, 长期以来
    (_SINCE, ("从", "自")),  # 从一开始
    (_LOCATION, ("在",)),
    (_DATELINE, ("电", "(记者")),  # ……8月6日电, (记者王建刚)
    (MANNER, ("以",)),  # 以最强烈的措辞
)


def strip_circumstances(view: SentenceView, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` left after dates, durations (``多年来``), ``在……上``
    phrases and manners (``以最强烈的措辞``)."""
    cut: list[tuple[int, int]] = []
    text = view.text
    for rx, marks in view._facts.circumstances():  # (those whose words the sentence holds)
        for mark in marks:
            if text.find(mark, start, end) != -1:
                cut.extend(
                    m.span()
                    for m in rx.finditer(text, start, end)
                    # (not from inside a name: 以色列的行动 is no manner 以……行动; but a dated
                    # dateline opens with its place's name: 联合国11月30日电)
                    if m.group()
                    and (
                        not view.inside_span(m.start()) or (rx is _DATELINE and "日电" in m.group())
                    )
                )
                break
    if not cut:
        return [(start, end)] if end > start else []  # most stretches: nothing to strip
    cut.sort()
    pieces, cursor = [], start
    for a, b in cut:
        if a >= cursor:
            pieces.append((cursor, a))
        cursor = max(cursor, b)
    pieces.append((cursor, end))
    return [(a, b) for a, b in pieces if b > a]


_PLACE_WORDS = 4  # 在 and the words of a place: 在莫斯科, 在联合国总部, 在1963年8月


# 在 opening a frame of the clause, not a place (在全球致力于推进核裁军的情况下)
_FRAME_AFTER = re.compile(
    r"[^,;:。]{0,30}?(?:背景下|基础上|框架内|框架下|情况下|条件下|前提下|过程中|之际|以来)"
)


def _past_places(text: str, words: list[Word]) -> list[Word]:
    """``words`` without the place phrases before a verb that the ``在……上`` pattern leaves
    (``美、英、苏三国在莫斯科签订的``): 在 and up to a few nouns, names, numbers or localizers, no
    mention among them, then a word of another kind (a place before a noun, 在莫斯科的会议,
    stays)."""
    tags = word_tags()
    out: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.text == "在" and word.span is None and not _FRAME_AFTER.match(text, word.pos):
            j = i + 1
            while j < len(words) and j - i <= _PLACE_WORDS:
                nxt = words[j]
                tag = tags.get(nxt.text, "m" if nxt.text.isdigit() else "")
                if nxt.span is not None or not tag or tag[0] not in "ntmf":
                    break
                j += 1
            if j > i + 1 and (j == len(words) or (words[j].span is None and words[j].text != "的")):
                i = j
                continue
        out.append(word)
        i += 1
    return out


def is_adverbed_word(view: SentenceView, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word, or ends one that jieba joined to an adverb before
    it (一贯主张, 断然拒绝, 强烈不满): the adverb does not change the word."""
    if not view.is_boundary(end):
        return False
    if view.is_boundary(start):
        return True
    joined = view.text[view.boundary_before(start) : start]
    return joined in view.lexicon.words("filler", "negator") or _adverb_tag(joined)


def is_verb(view: SentenceView, m: re.Match[str]) -> bool:
    """Whether a cue word is a verb here: a word of its own, not 支持者, 签署国 or 的支持."""
    start, end = m.start(), m.end()
    lex = view.lexicon
    if not is_adverbed_word(view, start, end):
        return False
    after = view.words(end, min(len(view.text), end + 4))
    if after and after[0].span is None and after[0].text in lex.words("nominal_suffix"):
        return False
    before = view.text[max(0, start - 2) : start]
    of = _of_words(view, start)
    if of is not None:
        if fronted_noun(view, start, of):
            return True  # 重申对《条约》的坚定支持: the noun of a stance on what 对 put before it
        if all(word_tags().get(w, "").startswith(("a", "d", "z", "b")) for w in of[1]):
            return False  # 无视国际社会的普遍反对: a noun after adjectives, another's position
    if before.endswith("所"):
        # 决议所支持的《计划》: a relative clause, its holder before 所; but 为各国所支持 is a
        # passive, whose holder follows 为 and whose object went before
        opening = view.clause_start(start)
        return _PASSIVE.search(view.text, max(opening, start - 14), start - 1) is None
    return not before.endswith(("的", "受", "得到", "获得"))


_PASSIVE = re.compile(r"[为被]")


def _adverb_tag(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` an adverb (断然, as in 断然拒绝)."""
    return word_tags().get(word, "").startswith(("d", "ad"))


def _of_words(view: SentenceView, start: int) -> tuple[int, list[str]] | None:
    """The ``的`` just before a cue at ``start`` and the words between them, if one stands
    there (``对……的坚定支持``, ``的普遍反对``)."""
    mark = view.text.rfind("的", max(0, start - _OF_NOUN), start)
    if mark < 0:
        return None
    return mark, view.segment(mark + 1, start) if mark + 1 < start else []


def fronted_noun(view: SentenceView, start: int, of: tuple[int, list[str]] | None = None) -> bool:
    """Whether the cue at ``start`` is the noun after ``对……的``, with an object of a position
    between them and no verb after ``的`` (``对促进和平利用核能及其应用普惠共享的强有力支持``;
    jieba tags 强有力 and 全力 as nouns, so modifiers are what is not a verb)."""
    of = of if of is not None else _of_words(view, start)
    if _compound_pledge(view, start):
        of = (start, [])  # 作出不首先使用核武器承诺: the noun compounds with what is pledged
    if of is None:
        return False
    mark, between = of
    tags = word_tags()
    for word in between:
        tag = tags.get(word, "")
        if tag.startswith("v") and tag not in ("vd", "vn"):
            return False  # 对X的决定表示支持: a verb, the cue is not that noun
    text = view.text
    opening = view.clause_start(start)
    lex = view.lexicon
    fronting = (
        lex.derived(
            "pledge fronting",
            lambda: re.compile(alternation(sorted(fronting_words(view, start)))),
        )
        if pledge_at(view, start)
        else _FRONTING_PREPOSITION
    )  # (作出……的承诺: a pledge's object stands after the verb that makes it, as after 对)
    fronts = [
        m
        for m in fronting.finditer(text, opening, mark)
        if not view.inside_span(m.start()) and view.is_word(m.start(), m.end())
    ]
    return bool(fronts) and any(
        s.cls in STANCE_OBJECTS for s in view.spans_between(fronts[-1].end(), mark)
    )


def _compound_pledge(view: SentenceView, start: int) -> bool:
    """Whether a pledge noun at ``start`` follows the name of what is pledged with no ``的``
    (``不首先使用核武器承诺``)."""
    if not pledge_at(view, start):
        return False
    before = next((s for s in reversed(view.spans) if s.end <= start), None)
    return before is not None and before.end == start and before.cls in STANCE_OBJECTS


def pledge_at(view: SentenceView, pos: int) -> bool:
    """Whether a pledge noun stands at ``pos`` (承诺, 保证), whose object may stand before it after
    the verb that makes it (``作出……的承诺``) as after 对."""
    lex = view.lexicon
    text = view.text
    if lex.pattern("pledge").match(text, pos) is not None:
        return True
    # a call or proposal made is read as a pledge made is, when it closes the phrase its object
    # opens (发出……的呼吁, 提出……的11项主张; not 提出的观点和建议清单)
    made = lex.pattern("made_noun").match(text, pos)
    return (
        made is not None
        and _MADE_BEFORE.search(text, max(0, pos - 4), pos) is not None
        and _MADE_AFTER.match(text, made.end()) is not None
    )


_MADE_BEFORE = re.compile(r"的(?:[^,;:。的]{0,3}[项个点])?$")
_MADE_AFTER = re.compile(r"[,;:。、!?)]|等|$")


def fronting_words(view: SentenceView, cue_start: int) -> frozenset[str]:
    """The words after which the object of the cue at ``cue_start`` stands before it: 对, 对于,
    and for a pledge noun the verbs that make it (``data/relation_cues.tsv``: pledge_verb)."""
    lex = view.lexicon
    if pledge_at(view, cue_start):
        return lex.derived("fronting pledge", lambda: _FRONTING | lex.words("pledge_verb"))
    return _FRONTING


_FRONTING = frozenset({"对", "对于"})
_FRONTING_PREPOSITION = re.compile(alternation(sorted(_FRONTING)))


# --- shared by the rules ---------------------------------------------------------------


_TREATY_APPOSITION = re.compile(r"(?:各项?|等)(?:条约|公约|文书)?")


def after_name(view: SentenceView, span: Span) -> int:
    """Where a name's phrase goes on: after its closing quotes, a date and an alias in brackets
    (``《进一步削减……条约》(《第二阶段裁武条约》)生效``)."""
    text = view.text
    after = span.end
    while after < len(text) and text[after] in "》”":
        after += 1
    close = view.bracket_end(after)
    inside = view.spans_between(after, close) if close != -1 else []
    if inside and all(s.ref == span.ref for s in inside):
        named = sum(s.end - s.start for s in inside)
        if len(text[after + 1 : close - 1].strip("《》“”、")) == named:
            after = close
    if span.cls == "treaty":
        apposition = _TREATY_APPOSITION.match(text, after)  # ……和佩林达巴各条约
        after = apposition.end() if apposition else after
    date = DATE.match(text, after)  # 《条约》于2014年12月24日生效
    return date.end() if date else after


# --- unnamed holders ------------------------------------------------------------------------


def holder_phrase_start(lex: CueLexicon, text: str) -> int:
    """Where ``holder_phrase`` may first match in ``text``: at the first character that opens
    an unnamed holder's or a quantifier's word or a count's numeral, or nowhere (-1). The
    regex, whose branches open with groups, is tried at every position it is given: it is
    given the text from there."""
    first = lex.derived(
        "holder_phrase_first",
        lambda: re.compile(
            "["
            + "".join(sorted({re.escape(w[0]) for w in lex.words("holder", "quantifier")}))
            + r"\d二三四五六七八九十百两"  # (a count: 186个国家, 八个国家)
            + "]"
        ),
    )
    m = first.search(text)
    return m.start() if m is not None else -1


_COUNTED_LIST = re.compile(r"(?:等|其他|其它|在内的)$")  # a count summing up names listed before
# 包括中国在内的(许多)国家, 包括中国在内的182个国家: the names the holder after it is said to
# include (a few words of quantity or kind may stand between 的 and the holder); not a count
# of the names listed, as 中国、美国等五个国家 is: they are some of those counted
INCLUDING = re.compile(r"包括([^,;。]{1,80}?)在内的[^,;。的]{0,6}$")


def _count_quantifier(numeral: str) -> str:
    """The contract's quantifier for a count of holders (``八个国家``: several; ``186个国家``,
    ``一百九十一个会员国``: many)."""
    if numeral.isdigit():
        n = int(numeral)
        return "one" if n == 1 else "several" if n < 10 else "many"
    return "many" if any(c in "十百千万" for c in numeral) else "several"


_MEMBERS = ("成员", "理事国", "国家")  # 北约成员国, 安理会理事国, 北约国家: the body's members


def with_holders(view: SentenceView, ctx: DocumentContext) -> SentenceView:
    """The view with unnamed holders as spans: ``一些代表团``, and ``所有核武器国家`` (a group
    under a quantifier is not the group acting, but some of its members; so is a body's
    members under one: ``一些北约成员国``)."""
    lex = view.lexicon
    text = view.text
    spans = list(view.spans)
    for i, span in enumerate(spans):
        if not isinstance(span.ref, EntityRef) or not (
            span.cls == "group"
            or (span.cls == "organization" and text.startswith(_MEMBERS, span.end))
        ):
            continue
        q = lex.pattern("quantifier_end").search(text, max(0, span.start - 5), span.start)
        entity = ctx.gazetteer.entities.get(span.ref)
        if q is None or entity is None or not view.is_word(q.start(), span.start):
            continue
        value = lex.value("quantifier", q.group("q"))
        assert value is not None
        spans[i] = Span(q.start(), span.end, AnonymousHolder(value, entity.kind), "holder")
    taken = [(s.start, s.end) for s in spans]
    opening = holder_phrase_start(lex, text)
    for m in lex.pattern("holder_phrase").finditer(text, opening) if opening >= 0 else ():
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        if not view.is_word(m.start(), m.end()):
            continue  # 拥有国家 holds 有国家, which is no holder
        if m.group("whole"):
            value, kind = (lex.value("holder", m.group("whole")) or "").split()
        elif m.group("n"):
            if INCLUDING.search(text, max(0, m.start() - 90), m.start()):
                pass  # 包括中国在内的182个国家签署了……: China among them (holders.named._included)
            elif _COUNTED_LIST.search(text, max(0, m.start() - 3), m.start()):
                continue  # 中国、美国等五个国家: the count of the names listed, who are the holders
            elif text[m.start() - 1 : m.start()] == "的":
                continue  # 拒绝出席大会的40个国家: the head of a relative clause, read as before
            value, kind = _count_quantifier(m.group("n")), lex.value("holder_kind", m.group("nk"))
        else:
            value = lex.value("quantifier", m.group("q")) or ""
            kind = lex.value("holder_kind", m.group("k")) or ""
        if value == "all" and any(
            s.end == m.start() and s.cls in ("organization", "group") for s in spans
        ):
            continue  # 东盟各国外长, 欧盟各成员国: all the body's members, read as the body
        spans.append(Span(m.start(), m.end(), AnonymousHolder(value, kind), "holder"))
    return view.with_spans(spans) if spans != view.spans else view
