"""Normalize raw document text for matching, keeping a map back to raw offsets.

Text from PDFs breaks lines in the middle of names (``不扩散核\\n武器条约``), spaces digits
(``第 64/53 号决议``) and carries page furniture (running symbols, ``Chinese``, page numbers,
job numbers, link lines). Matching reads the normalized text; every offset the graph reports
is mapped back to the raw text through :meth:`NormalizedText.raw_span`.

The small ``str -> str`` helpers at the top are the normalizers gazetteer names go through too,
so that a name and the text it is looked for in are normalized alike.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from .records import Sentence

# Full-width ASCII (！ to ～) and the ideographic space, to their half-width forms. One code
# point to one, so offsets survive. Chinese punctuation outside that block (。、《》“”) stays.
_HALFWIDTH = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
_FULLWIDTH_CHAR = re.compile("[\uff01-\uff5e\u3000]")

_WHITESPACE = re.compile(r"\s+")


def to_halfwidth(text: str) -> str:
    """``（ＣＤ／１８８８）`` -> ``(CD/1888)``."""
    # str.translate looks every character up in its table; replacing each of the few distinct
    # full-width characters a text holds is about 8 times faster on a whole document
    for char in set(_FULLWIDTH_CHAR.findall(text)):
        text = text.replace(char, _HALFWIDTH[char])
    return text


_CORNER_QUOTES = re.compile("[「」『』]")
_MAINLAND_QUOTE = {"「": "“", "」": "”", "『": "‘", "』": "’"}


def to_mainland_quotes(text: str) -> str:
    """``恪守「暫停核試驗」承諾`` -> ``恪守“暫停核試驗”承諾``: the corner brackets that texts from
    Taiwan and Hong Kong quote with are the quotation marks the readings know (one character
    for one, so offsets hold)."""
    if not _CORNER_QUOTES.search(text):
        return text
    return _CORNER_QUOTES.sub(lambda m: _MAINLAND_QUOTE[m.group()], text)


# the dots that join the parts of a name or a date (九・一九, 川普‧拜登, 迈克尔∙R∙蓬佩奥) in
# Japanese, Taiwanese and typographers' texts; • stays: it is also a list's bullet
_MIDDLE_DOTS = re.compile("[\u30fb\u2027\u2219\u22c5\uff65]")


def to_middle_dots(text: str) -> str:
    """``九・一九共同声明`` -> ``九·一九共同声明``: every middle dot is the one the names and
    patterns are written with (one character for one, so offsets hold)."""
    if not _MIDDLE_DOTS.search(text):
        return text
    return _MIDDLE_DOTS.sub("\u00b7", text)


# box-drawing lines that old wire copy types as a dash (核大国──美国、俄罗斯……──在施压); a longer
# run is a ruled line, left as it is
_BOX_DASH = re.compile("(?<![\u2500\u2501])[\u2500\u2501]{1,2}(?![\u2500\u2501])")


def to_em_dashes(text: str) -> str:
    """``核大国──美国`` -> ``核大国——美国``: a dash typed with box-drawing lines is the dash the
    patterns know (one character for one, so offsets hold); a ruled line stays."""
    if "\u2500" not in text and "\u2501" not in text:
        return text
    return _BOX_DASH.sub(lambda m: "\u2014" * len(m.group()), text)


# a Latin full stop right after a Chinese character, before another, a space or the line's end
_CJK_STOP = re.compile(r"(?<=[\u4e00-\u9fff\u3002\uff09)”])\.(?=[\u4e00-\u9fff“(]|\s|$)")


def to_cjk_full_stops(text: str) -> str:
    """``改变起变化.两国决定`` -> ``改变起变化。两国决定``: a text typed with Latin full stops ends its
    sentences with them; read as ``。`` the readings see its sentences (one character for one;
    ``1.5``, ``U.S.``, ``...`` and a heading's ``二.`` stay as they are). Only in a text that
    writes no ``。``: one that does writes ``.`` inside a foreign name (``罗斯.戈特莫勒``)."""
    if "." not in text or "。" in text:
        return text  # (a text with its own full stops writes "." only inside names: 罗斯.戈特莫勒)
    return _CJK_STOP.sub(lambda m: "." if _numbered(text, m.start()) else "。", text)


_NUMERAL_MARKER = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*[一二三四五六七八九十百零〇]+$")


def _numbered(text: str, pos: int) -> bool:
    """Whether the full stop at ``pos`` closes a heading's numeral (``二. 答复``), not a sentence."""
    return _NUMERAL_MARKER.search(text, max(0, pos - 12), pos) is not None


# Characters that only traditional Chinese writes, among the commonest of UN and diplomatic
# texts: a text holding none is read as it is (converting costs time on every document).
_TRADITIONAL_HINT = re.compile(
    "[國會議約條聯們說應對這為與關發於時來個過還從經長開間見現門問當將處實機無體區點動務導"
    "產總認請類選際權軍戰義擴試彈觀衛協據證邊參響壓團稱盡決員屬歡領調聲責麼]"
)


def to_simplified(text: str) -> str:
    """``安全理事會重申《不擴散核武器條約》`` -> ``安全理事会重申《不扩散核武器条约》``: a text in
    traditional characters (Hong Kong, Taiwan, Wikisource's zh-hant) read with the simplified
    gazetteers and rules. One character for one, so every offset stays where it was."""
    if _TRADITIONAL_HINT.search(text) is None:
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # a phrase converted to one of another length (rare): convert character by character
    table = {c: t if len(t := _t2s().convert(c)) == 1 else c for c in set(text)}
    return "".join(map(table.__getitem__, text))


@lru_cache(maxsize=1)
def _t2s():  # an opencc.OpenCC; OpenCC's dictionaries, loaded once per process
    import opencc

    return opencc.OpenCC("t2s")


_CJK = re.compile("[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_ASCII_QUOTE = re.compile('"')


def pair_quotes(text: str) -> str:
    """``他说:"我们支持。"`` -> ``他说:“我们支持。”``: straight quotes that web pages put in Chinese
    text, made the opening and closing quotes the rules read, one paragraph at a time (a quote
    left open at a paragraph's end stays open, as Chinese quotations running over paragraphs
    do). A straight quote with no Chinese beside it (an English line's) stays."""
    if '"' not in text:
        return text
    out = []
    for line in text.split("\n"):
        if '"' in line:
            chars = list(line)
            opening = True
            for m in _ASCII_QUOTE.finditer(line):
                at = m.start()
                near = line[max(0, at - 1) : at] + line[at + 1 : at + 2]
                if not _CJK.search(near):
                    continue
                chars[at] = "“" if opening else "”"
                opening = not opening
            line = "".join(chars)
        out.append(line)
    return "\n".join(out)


def remove_whitespace(text: str) -> str:
    """``不扩散核\\n武器 条约`` -> ``不扩散核武器条约``."""
    # str.split() cuts at exactly the characters \s matches (str.isspace): 4x faster than re.sub
    return "".join(text.split())


def normalize_name(name: str) -> str:
    """A gazetteer name as the matcher sees it.

    White space is removed except between two Latin letters or digits (``Reaching Critical
    Will``), exactly as :func:`normalize_text` treats running text.
    """
    name = to_halfwidth(name).strip()
    return _INNER_SPACE.sub(_join_space, name)


_INNER_SPACE = re.compile(r"(?<=(.))\s+(?=(.))")


def _join_space(m: re.Match[str]) -> str:
    return " " if _is_ascii_alnum(m.group(1)) and _is_ascii_alnum(m.group(2)) else ""


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# --- page furniture ---------------------------------------------------------------------

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
UN_SYMBOL_LINE = re.compile(r"[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]+)+(?=\s*\**$)")
_FURNITURE = re.compile(
    rf"""(?:
        (?:Chinese|English|French|Russian|Spanish|Arabic|Original\s*:\s*[A-Za-z]+)
      | (?:Distr\.?\s*:?\s*)?(?:General|Limited|Restricted)
      | (?:联合国|United\s+Nations)
      | \d{{1,4}}                                  # page number or footnote marker
      | -\s*\d{{1,4}}\s*-
      | \d{{1,4}}/\d{{1,4}}(?:\s*\d{{2}}-\d{{5}}\s*(?:\([A-Z]\))?)?   # "11/13" and "11/13 13-50610 (C)"
      | (?:GE\.)?\d{{2}}-\d{{5}}(?:\s*\([A-Z]\))?[\s\d/*]*     # job numbers
      | (?:https?://|www\.)\S*
      | \d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}
      | \*\d+\*
      | [-*_=]{{3,}}                               # markdown rules
    )""",
    re.X,
)
_MD_HEADING = re.compile(r"#{1,6}\s+")
_LIST_START = re.compile(
    r"(?:\d{1,3}\.\s|\d{1,3}\.(?=[^\d\s])|\([a-z]{1,4}\)|\([一二三四五六七八九十]+\)|"
    r"[一二三四五六七八九十]+[.、]|[A-Z]\.\s|第[一二三四五六七八九十百\d]+条)"
)
# Section headings: "二. 从各国政府收到的答复", "B. 主席团成员", "附件一", "第三章".
_HEADING_START = re.compile(
    r"(?:[一二三四五六七八九十]+[.、]|[A-Z]\.|[IVX]+\.|附件[一二三四五六七八九十\d]*|"
    r"第[一二三四五六七八九十\d]+[章节部分])"
)
_HEADING_MAX = 40
_SENTENCE_END = frozenset("。！？!?")
_CLOSERS = "”’」』)）》"
# A line ending (or the next starting) with these continues the sentence, however short.
_CONTINUES_AFTER = frozenset("，、,：:；;(（《“‘-—")
_CONTINUES_BEFORE = frozenset("，、,。；;：:)）》”’")


def is_furniture(line: str) -> bool:
    """Whether a stripped line is page furniture rather than content."""
    if line and "\u4e00" <= line[0] <= "\u9fff" and line[0] != "联":
        return False  # most lines: furniture opens with a digit, Latin or 联合国, a symbol with A-Z
    return bool(_FURNITURE.fullmatch(line) or _symbol_line(line))


def _symbol_line(line: str) -> str | None:
    """The symbol of a line that holds only a UN symbol (``A/68/514*`` reissued included)."""
    m = UN_SYMBOL_LINE.match(line)
    return m.group() if m and line[m.end() :].strip(" *") == "" else None


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text plus the segment map back to raw offsets.

    ``norm_starts[k]`` in the normalized text corresponds to ``raw_starts[k]`` in the raw text,
    and the segment continues one to one until the next entry.
    """

    text: str
    norm_starts: list[int]
    raw_starts: list[int]
    furniture_symbols: list[str] = field(default_factory=list)

    def raw_index(self, i: int) -> int:
        k = bisect_right(self.norm_starts, i) - 1
        return self.raw_starts[k] + (i - self.norm_starts[k])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` for normalized ``[start, end)`` (end exclusive, ``end > start``)."""
        # raw_index twice, inlined: every sentence and mention is mapped so
        norm_starts, raw_starts = self.norm_starts, self.raw_starts
        k = bisect_right(norm_starts, start) - 1
        last = end - 1
        j = bisect_right(norm_starts, last) - 1
        return raw_starts[k] + (start - norm_starts[k]), raw_starts[j] + (last - norm_starts[j]) + 1


class _Builder:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.norm_starts: list[int] = []
        self.raw_starts: list[int] = []
        self.length = 0

    def add(self, piece: str, raw_start: int) -> None:
        self.pieces.append(piece)
        self.norm_starts.append(self.length)
        self.raw_starts.append(raw_start)
        self.length += len(piece)

    def last_char(self) -> str:
        return self.pieces[-1][-1] if self.pieces else ""


_TOKEN = re.compile(r"\S+")


class _Line(NamedTuple):
    offset: int  # raw offset of the stripped content
    text: str
    block_start: bool = False  # a paragraph break comes before it (headings, footnotes)
    block_end: bool = False  # and after it
    blank_before: bool = False  # an empty line stands between it and the line before


_FOOTNOTE_RULE = re.compile(r"_{5,}")
_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _content_lines(raw: str, furniture_symbols: list[str]) -> list[_Line]:
    """Content lines in reading order: furniture dropped, footnote blocks moved out of the flow.

    PDF text puts a page's footnotes (after a ``_____`` rule) in the middle of the sentence that
    runs on to the next page; the block is moved after the end of that sentence and kept as
    paragraphs of its own, so neither the sentence nor the note is cut.
    """
    main: list[_Line] = []
    notes: list[_Line] = []
    in_notes = False
    marker = False  # a bare number line (footnote marker or page number) came just before
    page_turned = False
    blank = False
    line_start = 0  # raw offset of the line (lines are cut at "\n" alone)
    for line in raw.split("\n"):
        line_offset, line_start = line_start, line_start + len(line) + 1
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if _FOOTNOTE_RULE.fullmatch(stripped):
            in_notes, marker, page_turned = True, True, False
            continue
        if is_furniture(stripped):
            symbol = _symbol_line(stripped)
            if symbol:
                furniture_symbols.append(symbol)
            marker = bool(_PAGE_NUMBER.fullmatch(stripped))
            page_turned = page_turned or not marker
            blank = False  # a page turns here: the empty lines around its furniture say nothing
            continue
        offset = line_offset + (len(line) - len(line.lstrip()))
        heading = _MD_HEADING.match(stripped)
        if heading:
            offset += heading.end()
            stripped = stripped[heading.end() :]
        if in_notes:
            last_ended = bool(notes) and _ends_sentence(notes[-1].text)
            if not page_turned and (marker or not last_ended):
                if marker and notes:
                    notes[-1] = notes[-1]._replace(block_end=True)
                notes.append(_Line(offset, stripped, block_start=marker))
                marker = False
                continue
            in_notes = False
        main.append(_Line(offset, stripped, bool(heading), bool(heading), blank))
        blank = False
        marker = False
        if notes and not in_notes and _ends_sentence(stripped):
            notes[-1] = notes[-1]._replace(block_end=True)
            main.extend(notes)
            notes = []
    if notes:
        notes[-1] = notes[-1]._replace(block_end=True)
        main.extend(notes)
    return main


def _ends_sentence(text: str) -> bool:
    return (text.rstrip(_CLOSERS)[-1:] or text[-1]) in _SENTENCE_END


def normalize_text(raw: str) -> NormalizedText:
    """Normalize a document: drop furniture, join wrapped lines, mark paragraph breaks with ``\\n``."""
    furniture_symbols: list[str] = []
    lines = _content_lines(raw, furniture_symbols)
    lengths = sorted(len(line.text) for line in lines if not line.block_start)
    short = 0.5 * statistics.median(lengths) if lengths else 0.0
    # a line shorter than most of the longer lines is no line wrapped at the page's width
    # (which is seldom under 40 characters of Chinese)
    wide = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    wrap = 0.6 * max(wide, _MIN_WRAP)
    # lines wider than any page are paragraphs (a web page's text): none of them was wrapped
    paragraphs = wide > _PAGE_WIDTH_MAX

    b = _Builder()
    previous: _Line | None = None
    for line in lines:
        if previous is not None:
            sep = (
                "\n"
                if paragraphs and not previous.text.endswith(_JOINED_PARAGRAPH)
                else _separator(previous, line, short, wrap, first=previous is lines[0])
            )
            if sep:
                # the separator stands for the raw white space just before this line
                b.add(sep, line.offset - 1)
        _add_line(b, line.offset, line.text)
        previous = line

    normalized = pair_quotes(
        to_em_dashes(
            to_middle_dots(
                to_mainland_quotes(
                    to_cjk_full_stops(to_simplified(to_halfwidth("".join(b.pieces))))
                )
            )
        )
    )
    return NormalizedText(normalized, b.norm_starts, b.raw_starts, furniture_symbols)


# A pinyin gloss after a character (聯(lián)合國, 核戰(zhàn)爭): some Chinese sites print their
# ruby annotations inline, which cuts every name they fall in. A syllable with a tone mark
# only, so that a Latin word in brackets (联合国(UN)) stays.
_PINYIN_GLOSS = re.compile(
    "(?<=[\u4e00-\u9fff])[(（] ?[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?[)）]"
)


def remove_pinyin_glosses(text: str) -> str:
    """``外交部發(fā)言人`` -> ``外交部發言人``: a line read alone, as the text is read."""
    if "(" not in text and "（" not in text:
        return text
    return _PINYIN_GLOSS.sub("", text)


def _add_line(b: _Builder, offset: int, text: str) -> None:
    if ("(" in text or "（" in text) and _PINYIN_GLOSS.search(text):
        at = 0
        for m in _PINYIN_GLOSS.finditer(text):
            if m.start() > at:
                _add_text(b, offset + at, text[at : m.start()])
            at = m.end()
        if at < len(text):
            _add_text(b, offset + at, text[at:])
        return
    _add_text(b, offset, text)


def _add_text(b: _Builder, offset: int, text: str) -> None:
    if _WHITESPACE.search(text) is None:
        b.add(text, offset)  # most lines of Chinese text: one piece, nothing to join
        return
    # (the builder's add inlined: a line with white space gives a piece for each token)
    pieces, norm_starts, raw_starts = b.pieces, b.norm_starts, b.raw_starts
    length = b.length
    prev_end: int | None = None
    for tok in _TOKEN.finditer(text):
        token = tok.group()
        if (
            prev_end is not None
            and _is_ascii_alnum(text[prev_end - 1])
            and _is_ascii_alnum(token[0])
        ):
            pieces.append(" ")
            norm_starts.append(length)
            raw_starts.append(offset + prev_end)
            length += 1
        pieces.append(token)
        norm_starts.append(length)
        raw_starts.append(offset + tok.start())
        length += len(token)
        prev_end = tok.end()
    b.length = length


def _is_title(text: str) -> bool:
    """Whether a line is a title: it ends with the noun of a text and has no clause of a
    sentence (a list of its authors may have 、: 巴西、埃及和南非提交的工作文件). Asked only where
    the line may end there: most lines are not."""
    return _TITLE_LINE.search(text) is not None and not _CLAUSE_COMMA.search(text)


def _separator(prev: _Line, cur: _Line, short: float, wrap: float, *, first: bool = False) -> str:
    """What joins two content lines: a paragraph break, a space between Latin words, or nothing
    (``first``: ``prev`` is the document's first line)."""
    prev_text, text = prev.text, cur.text
    if prev.block_end or cur.block_start or _ends_sentence(prev_text) or _LIST_START.match(text):
        return "\n"
    if first and _is_title(prev_text):
        # a title on the first line, its text right under it (……联合声明（节选）\n双方强调,……)
        return "\n"
    first = text[0]
    if _DATELINE_OPENS.match(text):
        return "\n"  # a report's dateline (新华网联合国3月3日电) opens its body, after any headline
    continues = prev_text[-1] in _CONTINUES_AFTER or first in _CONTINUES_BEFORE
    if (
        cur.blank_before
        and not continues
        and len(prev_text) < wrap
        and (not _CLAUSE_MARK.search(prev_text) or _is_title(prev_text))
    ):
        # text copied from a web page: a title, a date or a name on its own line, then an
        # empty line (PDF text leaves empty lines between wrapped lines too, but those are
        # about as long as the page is wide, or break a sentence after a comma)
        return "\n"
    if not continues and len(prev_text) < short:
        return "\n"  # a short line that does not continue: a heading or a paragraph's end
    if not continues and len(prev_text) < _HEADING_MAX and _HEADING_START.match(prev_text):
        return "\n"  # a numbered heading, whatever the width of the document's lines
    if _is_ascii_alnum(prev_text[-1]) and _is_ascii_alnum(first):
        return " "
    if _LATIN_SENTENCE_END.search(prev_text) and "\u4e00" <= first <= "\u9fff":
        return "\n"  # a bilingual record: an English sentence, then the Chinese one after it
    if _LATIN_LINE.fullmatch(prev_text) and _HAS_HAN.search(text):
        return "\n"  # a bilingual page: a line in English (a title, The General Assembly,)
    if _LATIN_LINE.fullmatch(text) and _HAS_HAN.search(prev_text):
        return "\n"  # ... and the Chinese line before it
    return ""


_MIN_WRAP = 40
# more characters than a printed page's line holds (UN documents: about 45 of Chinese)
_PAGE_WIDTH_MAX = 90
_JOINED_PARAGRAPH = ("、", "《", "“", "-")  # a line that cannot end a paragraph even so
# a title's last words: the noun of a text, then perhaps a note in brackets (（节选）); or a
# headline that ends with a name in title marks (分析：美国为何迟迟不批准《全面禁止核试验条约》)
_TITLE_LINE = re.compile(
    r"(?:(?:声明|公报|宣言|发言|讲话|致辞|演讲|报告|决议|工作文件|答记者问|谈话|聲明|發言|講話|報告|決議)"
    r"(?:[(（][^()（）]{1,12}[)）])?|》)$"
)
_LATIN_LINE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.;:'’()/-]*")  # a line of English words only
_HAS_HAN = re.compile("[\u4e00-\u9fff]")
_DATELINE_OPENS = re.compile(r"[(（【]?[^,，。()（）]{0,16}?\d{1,2}(?:月\d{1,2})?日(?:电|讯)")
_LATIN_SENTENCE_END = re.compile(r"[a-z]{2}[.?!][\"')]?$")
_CLAUSE_MARK = re.compile("[,，、;；]")
_CLAUSE_COMMA = re.compile("[,，;；]")  # a clause mark no list of names has (not 、)
_SENT_BOUNDARY = re.compile(r"[。！？!?][”’」』)）]*|\n")


def split_sentences(norm: NormalizedText, raw: str) -> list[Sentence]:
    """Sentences of the normalized text, with raw offsets; paragraph breaks always end one."""
    sentences: list[Sentence] = []
    text = norm.text
    # (each stretch between boundaries trimmed and kept in the loop itself, not through a
    # call: a document has thousands of sentences)
    raw_span, new = norm.raw_span, _new_sentence
    start = 0
    stretches = [m.span() for m in _SENT_BOUNDARY.finditer(text)]
    stretches.append((len(text), len(text)))
    for stop, after in stretches:
        end = stop if text[stop : stop + 1] == "\n" else after  # a boundary mark ends its sentence
        while start < end and text[start] in " \n":
            start += 1
        while end > start and text[end - 1] in " \n":
            end -= 1
        if end > start:
            raw_start, raw_end = raw_span(start, end)
            sentences.append(new((raw_start, raw_end, text[start:end], start, end)))
        start = after
    return sentences


_new_sentence = partial(tuple.__new__, Sentence)  # Sentence(...) from its fields' tuple
