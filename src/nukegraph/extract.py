"""One document's extraction: normalize -> match -> relations.

The worker processes (:mod:`.parallel`, :mod:`.dask_cluster`) run this; the build
(:mod:`.pipeline`) orchestrates them and never runs in a worker.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from .gazetteer import Gazetteer
from .match import DOC_SYMBOL, Matcher, clean_symbol, outermost
from .normalize import NormalizedText, normalize_text, split_sentences
from .records import DocumentDate, DocumentResult, EntityRef, SourceDocument
from .relations import DocumentContext, extract_statements

# How far one document's extraction has gone: a stage (``names``, ``relations``) and the share of
# the document read, for the progress of a long document.
StageProgress = Callable[[str, float], None]


class Extractor:
    """Per-document extraction with the gazetteer's automaton built once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = Matcher(gazetteer)

    def extract(
        self, source: SourceDocument, progress: StageProgress | None = None
    ) -> DocumentResult:
        """Everything one document says; ``progress`` hears how far it has gone."""
        report = progress or (lambda _stage, _share: None)
        norm = normalize_text(source.text)
        report("normalized", 0.0)
        mentions, minted = self.matcher.match(norm, source.text)
        report("names found", 0.0)
        doc_id = document_id(source, norm)
        doc_ref = EntityRef("document", doc_id)
        sentences = split_sentences(norm, source.text)
        # the relation rules read names as atomic words: a name nested in another is not one
        ctx = DocumentContext(source, norm, sentences, outermost(mentions), doc_ref, self.gazetteer)
        statements = extract_statements(
            ctx, progress and (lambda share: report("relations", share))
        )
        return DocumentResult(
            source_path=source.path,
            doc_id=doc_id,
            title=document_title(norm),
            char_count=len(source.text),
            mentions=mentions,
            statements=statements,
            minted=minted,
            date=document_date(source.text, norm),
            norm=norm,
        )


def document_id(source: SourceDocument, norm: NormalizedText) -> str:
    """The document's own UN symbol (its running header), else its file name without extension,
    white space removed as from a symbol (an ``ng:id`` holds none): ``my report.txt`` is
    ``myreport``; the file name stays in ``ng:sourcePath``."""
    symbols = [s for s in map(clean_symbol, norm.furniture_symbols) if s]
    if symbols:
        return Counter(symbols).most_common(1)[0][0]
    excerpted = _EXCERPTED_FROM.search(norm.text)
    if excerpted is not None and (symbol := clean_symbol(excerpted.group("symbol"))):
        return symbol  # (摘自大会文件: A/60/121): the text is that document's
    return "".join(Path(source.path).stem.split()) or "document"


# a note saying which UN document the text is taken from: (摘自大会文件: A/60/121)
_EXCERPTED_FROM = re.compile(
    rf"(?:摘自|选自|节选自|转载自)[^()\n。]{{0,20}}?文件[:：]?\s*(?P<symbol>{DOC_SYMBOL.pattern})"
)


_TITLE_SKIP = re.compile(
    r"^(?:第[一二三四五六七八九十百]+届会议|议程项目|[\d\s年月日至,]+$|Original)"
)


def document_title(norm: NormalizedText, limit: int = 80) -> str:
    """A readable title: the first substantial line of the normalized text."""
    for line in norm.text.split("\n")[:12]:
        line = line.strip()
        if len(line) >= 6 and not _TITLE_SKIP.match(line):
            return line if len(line) <= limit else line[: limit - 1] + "…"
    first = norm.text.strip().split("\n", 1)[0]
    return first[:limit]


# --- the document's date ------------------------------------------------------------------

_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_EN = "|".join(m.capitalize() for m in _MONTH_NAMES)
_ZH_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_DAY_DATES = [
    # 2018年4月20日, 2018 年 4 月 20 日; a meeting's 2005年4月26日至28日 gives its first day
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(
        r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
        r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
    ),
    # 20 April 2018, 26-28 April 2005, April 20, 2018
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+(?P<m>{_MONTH_EN})\s+(?P<y>\d{{4}})(?!\d)"
    ),
    re.compile(rf"(?P<m>{_MONTH_EN})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\d)"),
    # 2014/06/04, 2020-10-02
    re.compile(
        r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/])"
    ),
]
# A month alone (2018年4月, April 2018) is a date only on a line of its own: in a title it is
# more often what the document speaks of than when it was written.
_MONTH_LINES = [
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月"),
    re.compile(rf"(?P<m>{_MONTH_EN})\s+(?P<y>\d{{4}})"),
]
_HEAD_MAX_CHARS = 3000  # a heading longer than this is body text
_BODY_START = re.compile(r"\d{1,3}\.\s*\S|[(（]?[一二三四五六七八九十]+[)）.、]")
_SENTENCE_END = re.compile("[。！？!?]")


def _number(text: str) -> int:
    """``2018``, ``二〇一八``, ``二十`` as an integer."""
    if text.isdigit():
        return int(text)
    if text.lower() in _MONTH_NAMES:
        return _MONTH_NAMES.index(text.lower()) + 1
    if "十" in text:  # 十, 十二, 二十, 三十一
        tens, _, units = text.partition("十")
        return _ZH_DIGITS.get(tens, 1) * 10 + (_ZH_DIGITS[units] if units else 0)
    return int("".join(str(_ZH_DIGITS[c]) for c in text))


def _valid(year: int, month: int, day: int) -> DocumentDate | None:
    try:
        datetime.date(year, month, day or 1)
    except ValueError:
        return None
    return DocumentDate(year, month, day) if 1900 <= year <= 2100 else None


def parse_date(text: str) -> DocumentDate | None:
    """The first whole date (year, month, day) in ``text``, in any form a heading uses."""
    found: list[tuple[int, DocumentDate]] = []
    for pattern in _DAY_DATES:
        for m in pattern.finditer(text):
            date = _valid(_number(m["y"]), _number(m["m"]), _number(m["d"]))
            if date:
                found.append((m.start(), date))
                break
    return min(found)[1] if found else None


def parse_month_line(line: str) -> DocumentDate | None:
    """A line that is only a month and year: ``2018年4月``, ``April 2018``."""
    for pattern in _MONTH_LINES:
        m = pattern.fullmatch(line.strip())
        if m:
            return _valid(_number(m["y"]), _number(m["m"]), 0)
    return None


def heading_lines(raw: str, norm: NormalizedText) -> list[str]:
    """The raw lines of the document's heading, page furniture included (``20 April 2018`` is
    furniture to the matcher, and the date of the document to a reader).

    The heading ends where the body does: at the first paragraph that holds a whole sentence
    or opens with a paragraph number, and after at most a few thousand characters.
    """
    end = min(len(raw), _HEAD_MAX_CHARS)
    offset = 0
    for paragraph in norm.text.split("\n"):
        if paragraph and (_SENTENCE_END.search(paragraph) or _BODY_START.match(paragraph)):
            end = min(end, norm.raw_index(offset))
            break
        offset += len(paragraph) + 1
    return [line.strip() for line in raw[:end].splitlines() if line.strip()]


def date_of_lines(lines: Iterable[str]) -> DocumentDate | None:
    """The first whole date of the lines, else a line that is only a month."""
    lines = list(lines)
    for line in lines:
        date = parse_date(line)
        if date:
            return date
    for line in lines:
        date = parse_month_line(line)
        if date:
            return date
    return None


def document_date(raw: str, norm: NormalizedText) -> DocumentDate | None:
    """The date the document's heading gives (a letter's, a note's, a meeting's first day),
    or None: a date in the body's sentences is what the text speaks of, not when it was
    written."""
    return date_of_lines(heading_lines(raw, norm))
