"""Find entity mentions in normalized text.

Like spaCy's rule-based matching, several matchers propose candidate spans and one overlap
filter keeps the longest: gazetteer names (one Aho-Corasick automaton, so the cost does not grow
with the number of names), blockers (phrases that contain a name but are not one), context
patterns from ``patterns.tsv``, resolution numbers, UN document symbols, and abbreviations the
document introduces itself (``国际电信联盟(国际电联)``). Titles in ``《》`` and bodies in a few
safe shapes are then read for what the gazetteers lack (:mod:`nukegraph.names`), and names a
gazetteer row says it contains are added inside it (``蒙古国无核武器地位`` names Mongolia).
"""

from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

import ahocorasick

from .gazetteer import ContextPattern, Gazetteer, is_latin
from .names import NameReader, in_order
from .normalize import NormalizedText, normalize_name, remove_whitespace
from .records import Entity, EntityRef, Mention


class Candidate(NamedTuple):
    """A proposed span of the normalized text; ``ref`` is None for a blocker.

    A named tuple rather than a frozen dataclass: tens of thousands are made per document."""

    start: int
    end: int
    ref: EntityRef | None
    minted: Entity | None = None  # resolutions, documents, and names found by their form


# ``Candidate(start, end, ref, minted)`` from the tuple of all four fields, without the Python
# frame of a named tuple's ``__new__``: for the matcher's loops over every name it finds
_new_candidate = functools.partial(tuple.__new__, Candidate)


# --- resolutions and document symbols -----------------------------------------------------

_RES_SEP = r"(?:、|,|和|及|以及|与|至)"
# A General Assembly resolution number: 67/56, 53/78 E, 36/87 A和B (two resolutions), and the
# pre-1976 form 2373(XXII).
_GA_NUM = (
    r"\d{1,3}/\d{1,4}(?:\s?[A-Z](?![A-Za-z])(?:(?:和|、|及)[A-Z](?![A-Za-z]))*)?"
    r"|\d{1,4}\s?(?:[A-Z]\s?)?\([IVXL]{1,7}\)"
)
_DATE = r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:通过的)?"
# 第67/56号决议, 第64/53号和第65/56号决议, 第67/56、68/47号决议, 67/56号决议, and lists whose
# items carry their dates: 1974年12月9日第3263(XXIX)号、…和2006年12月6日第61/56号决议
# (the lookahead makes the many positions where no number starts fail at once: 3x faster)
_GA_RESOLUTIONS = re.compile(
    rf"(?=第?\d)(?:第?(?:{_GA_NUM})号?{_RES_SEP}{_DATE})*第?(?:{_GA_NUM})号?(?:决议|[A-Z]?号决议)"
)
_GA_ONE = re.compile(
    r"(?P<session>\d{1,3})/(?P<num>\d{1,4})"
    r"(?:\s?(?P<letters>[A-Z](?:(?:和|、|及)[A-Z])*)(?![A-Za-z]))?"
    r"|(?P<old>\d{1,4})\s?(?P<oldletter>[A-Z])?\s?\((?P<roman>[IVXL]{1,7})\)"
)
# 第1887(2009)号决议, 第984号决议(1995年), 第1540(2004)和1977(2011)号决议, 安理会1718号决议
_SC_NUM = r"\d{2,4}\s?号\s?\(\d{4}年?\)|\d{2,4}\s?\((?:\d{4})\)|\d{2,4}"
# (第1718号(2006)、第1874号(2009年)决议: the year after 号, as news reports write it)
# a date may stand before each item of a list (1990年8月6日第661(1990)号、1991年4月3日第687(1991)号……决议)
_ITEM_DATE = r"(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)?"
_SC_RESOLUTIONS = re.compile(
    # (安理会1718号决议: the Council named right before, no 第; or its adoption, 安理会通过1737号决议;
    # or a number of three or four digits alone, as news writes it (全票通过1747号决议, 1747号决议
    # 敦促……): taken only where the Council was named, as for a 第 with no Council before it)
    rf"(?:第|(?<=安理会)|(?<=安全理事会)|(?<=安理会通过)|(?<=安全理事会通过)|(?<=安理会一致通过)|(?<=安全理事会一致通过)"
    rf"|(?<![\d/.\-A-Za-z])(?=\d{{3,4}}\s?号))(?P<list>(?:{_SC_NUM})(?:号?{_RES_SEP}{{1,2}}{_ITEM_DATE}第?(?:{_SC_NUM}))*)"
    r"(?:号决议|(?<=\))决议)"
    rf"(?:\((?P<year>\d{{4}})年?\))?"
)
_SC_ONE = re.compile(r"(?P<num>\d{2,4})\s?号?\s?(?:\((?P<year>\d{4})年?\))?")
_DATE_UNITS = frozenset("年月日")
_SC_NAME = re.compile(r"安全理事会|安理会|Security Council")
_SC_REACH = 600  # characters before a bare resolution number in which the Council was named
_OTHER_BODY = re.compile(
    r"(?:人权理事会|理事会|原子能机构大会|经社理事会|大会特别会议|委员会|大会[^。\n]{0,3}特别会议)[^。\n]{0,6}$"
)
_RES_SYMBOL = re.compile(
    r"(?<![A-Za-z0-9/.])(?:A/RES/(?P<ga>\d{1,3}/\d{1,4}[A-Z]?)|S/RES/(?P<sc>\d{1,4})(?:\s?\((?P<year>\d{4})\))?)"
)
_SYMBOL_SERIES = (
    "A|S|E|CD|CCD|ENDC|NPT|DC|ST|UNODA|UNIDIR|INFCIRC|GOV|GC|ECOSOC|CCW|BWC|APLC|CTBT|PC|IDB|"
    "ATT|APMBC|CCM|TPNW|OPANAL|ESCAP|UNEP|ICCPR|HRC|CND|UNDC|CN|OEWG|JIU"
)
DOC_SYMBOL = re.compile(
    rf"(?=[A-Z])(?<![A-Za-z0-9/.\-])(?:{_SYMBOL_SERIES})(?:\(\d+\))?"
    # the CTBT's Article XIV conferences: CTBT-Art.XIV/2007/3 (often with an en dash)
    r"(?:\s?[-–]\s?Art\.\s?[IVXL]{1,6})?"
    r"(?:/[A-Za-z0-9.()\-]+)+"
)


_SUPPLEMENT = re.compile(r"\((?:SUPP|Supp)\.?\)$")  # A/61/1(SUPP), the way links write a supplement


def clean_symbol(symbol: str) -> str | None:
    """Trim what a symbol regex took beyond the symbol; None if it is no symbol."""
    symbol = _SUPPLEMENT.sub("", symbol.rstrip(".-"))
    while symbol.endswith(")") and symbol.count(")") > symbol.count("("):
        symbol = symbol[:-1].rstrip(".-")
    while "(" in symbol and symbol.count("(") > symbol.count(")"):
        symbol = symbol[: symbol.rindex("(")].rstrip(".-")
    if not any(ch.isdigit() for ch in symbol) or "/" not in symbol:
        return None
    return symbol


def resolution_entity(kind: str, number: str, year: int | None = None) -> Entity:
    """The contract's resolution entity: ``A/RES/67/56`` or ``S/RES/1887``."""
    if kind == "ga":
        return Entity(
            EntityRef("resolution", f"A/RES/{number}"),
            zh=f"大会第{number}号决议",
            en=f"General Assembly resolution {number}",
        )
    suffix = f"({year})" if year else ""
    return Entity(
        EntityRef("resolution", f"S/RES/{number}"),
        zh=f"安全理事会第{number}{suffix}号决议",
        en=f"Security Council resolution {number}" + (f" ({year})" if year else ""),
        year=year,
    )


def document_entity(symbol: str) -> Entity:
    return Entity(EntityRef("document", symbol), zh=symbol, en=symbol)


_CLAUSE_REACH = 2000
# where a match of DOC_SYMBOL and of _RESOLUTION_HEADING may start (for the latter, one
# character before it; the text's first character is tried too)
_SYMBOL_STARTS = re.compile(r"[A-Z]")
_HEADING_STARTS = re.compile(r"[\n\]](?=\d)")


def _starting_at(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, skip: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with a lookaround (no first
    character the engine can skip to, so it is tried at every position): tried only where
    ``starts`` finds its first character (``skip`` characters after that match's start)."""
    pos = 0
    if skip and text:
        first = pattern.match(text, 0)  # (the text's start has no character before it)
        if first is not None:
            yield first
            pos = first.end()
    while (found := starts.search(text, pos)) is not None:
        m = pattern.match(text, found.start() + skip)  # look-behinds still see before it
        if m is None:
            pos = found.start() + 1
            continue
        yield m
        pos = max(m.end(), found.start() + 1)


def _in_clauses_with(text: str, word: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches hold ``word`` and never span a
    ``。`` or ``;``: run only over the stretches between those that hold the word (a regex
    with no literal to skip to costs its engine a try at every character of the document)."""
    pos = text.find(word)
    while pos != -1:
        # a clause is far shorter than the reach: a document with few 。 and ; (one that lost
        # its punctuation, or is one endless line) must not be scanned back to its start
        lo, hi = max(0, pos - _CLAUSE_REACH), min(len(text), pos + _CLAUSE_REACH)
        start = max(text.rfind("。", lo, pos), text.rfind(";", lo, pos), lo - 1) + 1
        ends = [i for i in (text.find("。", pos, hi), text.find(";", pos, hi)) if i != -1]
        end = min(ends, default=hi)
        yield from pattern.finditer(text, start, end)
        pos = text.find(word, end)


def _resolution_candidates(text: str) -> Iterable[Candidate]:
    for m in _RES_SYMBOL.finditer(text) if "/RES/" in text else ():
        if m.group("ga"):
            ent = resolution_entity("ga", m.group("ga"))
        else:
            ent = resolution_entity("sc", m.group("sc"), _int(m.group("year")))
        yield Candidate(m.start(), m.end(), ent.ref, ent)
    for m in _in_clauses_with(text, "决议", _GA_RESOLUTIONS):
        if _OTHER_BODY.search(text, max(0, m.start() - 20), m.start()):
            continue  # 人权理事会第7/36号决议 has the same form but is no GA resolution
        items = [n for item in _GA_ONE.finditer(m.group()) for n in _ga_numbers(item)]
        for number, item_start, item_end in items:
            ent = resolution_entity("ga", number)
            # a lone resolution's mention spans from 第 to 决议; in a list, each number
            start = m.start() if len(items) == 1 else m.start() + item_start
            end = m.end() if len(items) == 1 else m.start() + item_end
            yield Candidate(start, end, ent.ref, ent)
    for m in _starting_at(_RESOLUTION_HEADING, _HEADING_STARTS, text, 1):
        # 51/45. 全面彻底裁军 …… 大会, : a resolution's own number heads it
        if _HEADED_BY_ASSEMBLY.search(text, m.end(), m.end() + _HEADING_REACH):
            number = f"{m.group('session')}/{m.group('num')}{m.group('letter') or ''}"
            ent = resolution_entity("ga", number)
            yield Candidate(
                m.start("session"),
                m.end("letter") if m.group("letter") else m.end("num"),
                ent.ref,
                ent,
            )
    for m in _SC_RESOLUTIONS.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        before = before[max(before.rfind("。"), before.rfind("\n")) + 1 :]  # the same sentence
        listed = m.group("list")
        # (not the year, month or day of a date before an item)
        items = [
            i for i in _SC_ONE.finditer(listed) if listed[i.end() : i.end() + 1] not in _DATE_UNITS
        ]
        trailing_year = _int(m.group("year"))
        ga_session = _ga_session(before)
        # the Council named earlier in the sentence, or one of its resolutions just cited
        sc_context = bool(_SC_NAME.search(before)) or "S/RES/" in before
        if not sc_context and all(len(item.group("num")) == 4 for item in items):
            # 第1540号决议 a few sentences after the Council was named: the Council's (the
            # General Assembly's numbers of four digits are old, and carry their session)
            sc_context = bool(_SC_NAME.search(text, max(0, m.start() - _SC_REACH), m.start()))
        dated = trailing_year is not None or any(item.group("year") for item in items)
        if not sc_context and not dated and ga_session is None:
            continue  # a bare number: Security Council or an old/other body's; do not guess
        if not sc_context and _OTHER_BODY.search(before[-20:]):
            continue
        for i, item in enumerate(items):
            base = m.start("list")
            start = m.start() if i == 0 else base + item.start()
            end = m.end() if len(items) == 1 else base + item.end()
            if ga_session is not None and not sc_context and not dated:
                # 大会第64届会议……通过的第53、57和59号决议: resolutions 64/53, 64/57, 64/59
                ent = resolution_entity("ga", f"{ga_session}/{item.group('num')}")
            else:
                year = _int(item.group("year")) or (trailing_year if len(items) == 1 else None)
                ent = resolution_entity("sc", item.group("num"), year)
            yield Candidate(start, end, ent.ref, ent)


# a General Assembly resolution's heading line, 51/45. 全面彻底裁军 or 54/54 G. …, then its organ (大会,)
# opening the paragraphs within a few hundred characters: a list item 1. has no slash
_RESOLUTION_HEADING = re.compile(
    r"(?=\d)(?:^|(?<=[\n\]]))(?P<session>\d{1,3})/(?P<num>\d{1,4})(?:\s?(?P<letter>[A-Z]))?\.(?![\d/])"
)
# 大会, but not 审议大会, / 缔约国大会, (the same exclusions as patterns.tsv's heading row):
# normalized text may have joined the heading's lines
_HEADED_BY_ASSEMBLY = re.compile(r"(?<![议别脑体表度届次盟织构年国生会])大会,")
_HEADING_REACH = 400
_GA_SESSION = re.compile(r"(?:大会|联大)第(?P<n>\d{1,3}|[一二三四五六七八九十]+)届(?:会议)?")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def chinese_number(text: str) -> int | None:
    """``六十八`` -> 68, ``十`` -> 10, ``68`` -> 68 (numbers below 1000)."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _ga_session(before: str) -> int | None:
    found = list(_GA_SESSION.finditer(before))
    return chinese_number(found[-1].group("n")) if found else None


def _ga_numbers(item: re.Match[str]) -> list[tuple[str, int, int]]:
    """Numbers with their spans: ``36/87 A和B`` -> ``36/87A`` (``36/87 A``), ``36/87B`` (``B``).

    Each resolution of a lettered list gets a span of its own, so that the overlap filter keeps
    them all; ``2373(XXII)`` -> ``2373(XXII)``.
    """
    if item.group("old"):
        number = f"{item.group('old')}({item.group('roman')}){item.group('oldletter') or ''}"
        return [(number, item.start(), item.end())]
    base = f"{item.group('session')}/{item.group('num')}"
    if not item.group("letters"):
        return [(base, item.start(), item.end())]
    letters = [
        (base + lm.group(), item.start("letters") + lm.start())
        for lm in re.finditer(r"[A-Z]", item.group("letters"))
    ]
    found = [(letters[0][0], item.start(), letters[0][1] + 1)]
    found += [(number, pos, pos + 1) for number, pos in letters[1:]]
    return found


def _int(value: str | None) -> int | None:
    return int(value) if value else None


# (A/53/161和Add.1和Corr.1): the addendum and corrigendum of the symbol just named
_CONTINUATION = re.compile(r"(?:和|、|及|以及|,)(?P<part>(?:Add|Corr|Rev|Amend)\.\d+)")
_LAST_PART = re.compile(r"/(?:Add|Corr|Rev|Amend)\.\d+$")


def _document_candidates(text: str) -> Iterable[Candidate]:
    for m in _starting_at(DOC_SYMBOL, _SYMBOL_STARTS, text):
        symbol = clean_symbol(m.group())
        if symbol is None or symbol.startswith(("A/RES/", "S/RES/")):
            continue
        end = m.start() + len(symbol)
        symbol = symbol.replace(" ", "").replace("–", "-")
        ent = document_entity(symbol)
        yield Candidate(m.start(), end, ent.ref, ent)
        base = _LAST_PART.sub("", symbol)
        while cont := _CONTINUATION.match(text, end):
            part = document_entity(f"{base}/{cont.group('part')}")
            yield Candidate(cont.start("part"), cont.end("part"), part.ref, part)
            end = cont.end()


# --- abbreviations the document defines -----------------------------------------------------

# 全称(简称), 全称(以下简称“简称”), 《全称》(《简称》), 全称(英文缩写:ABC), and without
# brackets 全称,以下简称“简称”
_ABBREV_LABEL = r"(?:以下简称|以下称|下称|简称|英文缩写|缩写)?:?"
_ABBREV_FORM = r"[“\"《]?(?P<abbr>[\u4e00-\u9fff0-9]{2,10}|[A-Z][A-Za-z]{1,9})[”\"》]?"
_DEFINED_ABBREV = (
    re.compile(rf"》?\({_ABBREV_LABEL}{_ABBREV_FORM}\)"),
    re.compile(rf"》?,(?:以下简称|以下称|下称|简称){_ABBREV_FORM}(?=[,。;)])"),
)
_ABBREV_OPENS = "》(,"  # what each shape opens with: its first character


def defined_abbreviation(text: str, pos: int) -> re.Match[str] | None:
    """The abbreviation a name ending at ``pos`` is given right after it, in any of its shapes."""
    if text[pos : pos + 1] not in _ABBREV_OPENS:
        return None  # (most names: no regex tried after each)
    for pattern in _DEFINED_ABBREV:
        m = pattern.match(text, pos)
        if m is not None:
            return m
    return None


# a known name, then its full title: 《中导条约》全称《美苏消除两国中程导弹和中短程导弹条约》
_FULL_NAME_BEFORE = re.compile(r"》?(?:的)?(?:全称|全名|正式名称)(?:为|是|叫)?:?《?$")


def _full_names(text: str, selected: list[Candidate]) -> list[Candidate]:
    """A title found by its form right after ``X全称`` is X's full name, not a new instrument."""
    out: list[Candidate] = []
    for cand in selected:
        before = out[-1] if out else None
        if (
            cand.minted is not None
            and cand.minted.found_in_text
            and before is not None
            and before.ref is not None
            and before.minted is None
            and before.ref.cls == cand.ref.cls
        ):
            m = _FULL_NAME_BEFORE.search(text, before.end, cand.start)
            if m is not None and m.start() == before.end:
                out.append(Candidate(cand.start, cand.end, before.ref))
                continue
        out.append(cand)
    return out


# --- distributive lists: 特拉特洛尔科、拉罗通加、曼谷和佩林达巴各条约 ----------------------------

_DISTRIBUTIVE = re.compile(r"各(?P<kind>条约|公约|议定书)")
_LIST_BACK = 48  # how far back a distributive list may start
_LIST_STOP = re.compile(r"[,。;:()《》“”\n!?]")
_LIST_SPLIT = re.compile(r"、|以及|和|及|与")


# --- the matcher ----------------------------------------------------------------------------


class Matcher:
    """Finds mentions of gazetteer entities, resolutions and documents in one document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.names = NameReader(gazetteer)
        self._automaton = ahocorasick.Automaton()
        for surface, ref in gazetteer.surfaces.items():
            self._automaton.add_word(surface, (len(surface), ref, is_latin(surface)))
        for phrase in gazetteer.blockers:
            self._automaton.add_word(phrase, (len(phrase), None, is_latin(phrase)))
        self._automaton.make_automaton()

    def _gazetteer_candidates(self, text: str) -> list[Candidate]:
        new = _new_candidate  # (a hundred thousand of them in a long document: one comprehension)
        return [
            new((last + 1 - length, last + 1, ref, None))
            for last, (length, ref, latin) in self._automaton.iter(text)
            if not latin or _token_boundary(text, last + 1 - length, last + 1)
        ]

    def _pattern_candidates(self, text: str) -> Iterable[Candidate]:
        for pattern in self.gazetteer.patterns:
            if pattern.unless is not None and pattern.unless.search(text):
                continue
            for m in _finditer(pattern, text):
                yield Candidate(m.start("m"), m.end("m"), pattern.ref_of(m.group("m")))

    def _abbreviation_candidates(self, text: str, selected: list[Candidate]) -> list[Candidate]:
        """Short forms introduced as ``全称(简称)`` right after a mention, found again later."""
        learned: dict[str, tuple[EntityRef, int]] = {}
        for cand in selected:
            if cand.ref is None or (cand.minted is not None and not cand.minted.found_in_text):
                continue  # a resolution's or a document's symbol is given no abbreviation
            m = defined_abbreviation(text, cand.end)
            if not m:
                continue
            abbr = m.group("abbr")
            if normalize_name(abbr) in self.gazetteer.surfaces or abbr in self.gazetteer.blockers:
                continue  # a known name: matched as itself already
            if abbr.isdigit():
                continue  # (1996) is a year, (3) a footnote
            full = text[cand.start : cand.end]
            if not is_latin(abbr) and not in_order(abbr, full):
                continue  # 瑞典(前四次会议) is no abbreviation of 瑞典
            learned.setdefault(abbr, (cand.ref, m.start("abbr")))
        found = []
        for abbr, (ref, first) in learned.items():
            latin = is_latin(abbr)
            pos = text.find(abbr, first)
            while pos != -1:
                end = pos + len(abbr)
                if not latin or _token_boundary(text, pos, end):
                    found.append(Candidate(pos, end, ref))
                pos = text.find(abbr, end)
        return found

    def _distributive_candidates(self, text: str) -> Iterable[Candidate]:
        """Names shared by a list: each item plus the tail (``曼谷`` + ``条约``) must be a known name.

        All items must resolve, except that the first may carry leading words, of which the
        longest known tail is taken; otherwise the list gives nothing.
        """
        for m in _DISTRIBUTIVE.finditer(text):
            window_start = max(0, m.start() - _LIST_BACK)
            window = text[window_start : m.start()]
            stops = list(_LIST_STOP.finditer(window))
            offset = window_start + (stops[-1].end() if stops else 0)
            listing = text[offset : m.start()]
            pieces, pos = [], 0
            for sep in _LIST_SPLIT.finditer(listing):
                pieces.append((offset + pos, listing[pos : sep.start()]))
                pos = sep.end()
            pieces.append((offset + pos, listing[pos:]))
            if len(pieces) < 2:
                continue
            found: list[Candidate] = []
            for i, (start, piece) in enumerate(pieces):
                tails = [piece[k:] for k in range(len(piece) - 1)] if i == 0 else [piece]
                ref = None
                for tail in tails:
                    ref = self.gazetteer.surfaces.get(tail + m.group("kind"))
                    if ref is not None and ref.cls == "treaty":
                        found.append(
                            Candidate(start + len(piece) - len(tail), start + len(piece), ref)
                        )
                        break
                    ref = None
                if ref is None:
                    break
            else:
                yield from found

    def candidates(self, text: str) -> list[Candidate]:
        """Every proposed span before overlap filtering (blockers included)."""
        cands = self._gazetteer_candidates(text)
        cands.extend(self._pattern_candidates(text))
        cands.extend(self._distributive_candidates(text))
        cands.extend(_resolution_candidates(text))
        cands.extend(_document_candidates(text))
        return cands

    def _found_candidates(
        self, text: str, selected: list[Candidate]
    ) -> tuple[list[Candidate], dict[tuple[int, int], frozenset[EntityRef]]]:
        """Titles and bodies the gazetteer names did not cover as a whole: variants of known
        names, and instruments and bodies found in the text (minted); with the parties that
        open each title, by its span."""
        known = {(c.start, c.end) for c in selected if c.ref is not None}
        found: list[Candidate] = []
        parties: dict[tuple[int, int], frozenset[EntityRef]] = {}
        for f in (*self.names.titles(text, known), *self.names.bodies(text)):
            if (f.start, f.end) in known:
                continue
            found.append(Candidate(f.start, f.end, f.ref, f.entity))
            if f.parties:
                parties[(f.start, f.end)] = f.parties
        return found, parties

    def _nested_candidates(
        self,
        cands: list[Candidate],
        selected: list[Candidate],
        parties: dict[tuple[int, int], frozenset[EntityRef]],
    ) -> list[Candidate]:
        """Names inside a kept name that still count: those its gazetteer row lists (the
        contains column) and the parties that open a title (《A和B关于……条约》 names A and B).
        Inside the kept name the longest match still rules: 印度尼西亚 holds no 印度."""
        contains = self.gazetteer.contains
        outers = [
            (c, contains.get(c.ref, frozenset()) | parties.get((c.start, c.end), frozenset()))
            for c in selected
            if c.ref in contains or (c.start, c.end) in parties
        ]
        if not outers:
            return []
        ordered = sorted(cands, key=lambda c: c.start)
        starts = [c.start for c in ordered]
        nested: list[Candidate] = []
        for outer, allowed in outers:
            lo, hi = bisect_left(starts, outer.start), bisect_left(starts, outer.end)
            inside = [
                c
                for c in ordered[lo:hi]
                if c.end <= outer.end
                and (c.end - c.start) < (outer.end - outer.start)
                and c.ref != outer.ref  # its own shorter names are no other entity
            ]
            nested += [c for c in _longest_of_few(inside) if c.ref in allowed]
        return nested

    def match(self, norm: NormalizedText, raw: str) -> tuple[list[Mention], list[Entity]]:
        """Mentions (raw offsets, in text order; a nested one after the name that holds it) and
        the entities minted for resolutions, documents and names found in the text."""
        text = norm.text
        cands = self.candidates(text)
        selected = filter_longest(cands)
        found, parties = self._found_candidates(text, selected)
        if found:
            selected = merge_longest(selected, found)
        abbreviations = self._abbreviation_candidates(text, selected)
        if abbreviations:
            # a short title the document gives a name, 《A》(《B》), is A's: not a new instrument
            learned = {(c.start, c.end) for c in abbreviations}
            selected = [
                c
                for c in selected
                if c.minted is None or not c.minted.found_in_text or (c.start, c.end) not in learned
            ]
            selected = filter_longest(selected + abbreviations)
        if "全" in text or "正式名称" in text:
            selected = _full_names(text, selected)
        nested = self._nested_candidates(cands, selected, parties)
        if nested:
            selected = sorted(selected + nested, key=lambda c: (c.start, c.start - c.end))
        mentions: list[Mention] = []
        minted: dict[EntityRef, Entity] = {}
        for cand in selected:
            if cand.ref is None or _inside_personal_name(text, cand):
                continue
            raw_start, raw_end = norm.raw_span(cand.start, cand.end)
            surface = remove_whitespace(raw[raw_start:raw_end])
            mentions.append(
                _new_mention((cand.ref, raw_start, raw_end, surface, cand.start, cand.end))
            )
            if cand.minted is not None:
                minted.setdefault(cand.ref, cand.minted)
        return mentions, [_with_forms(ent, text, selected) for ent in minted.values()]


def _with_forms(entity: Entity, text: str, selected: list[Candidate]) -> Entity:
    """A name found in the text with the other forms the document gives it as aliases (a
    draft's title, an abbreviation), so that each form is one of its labels."""
    if not entity.found_in_text:
        return entity
    forms = [text[c.start : c.end] for c in selected if c.ref == entity.ref]
    extra = tuple(dict.fromkeys(f for f in forms if f not in (entity.zh, *entity.aliases)))
    return replace(entity, aliases=entity.aliases + extra) if extra else entity


def _finditer(pattern: ContextPattern, text: str) -> Iterator[re.Match[str]]:
    """``pattern.pattern.finditer(text)``, tried only where its anchor literal occurs."""
    if pattern.anchor_class is not None:
        search, match = pattern.anchor_class.search, pattern.pattern.match
        found = search(text)
        while found is not None:
            m = match(text, found.start())
            if m is not None:
                yield m
                found = search(text, m.end())
            else:
                found = search(text, found.start() + 1)
        return
    if pattern.anchor is None:
        yield from pattern.pattern.finditer(text)
        return
    pos = text.find(pattern.anchor)
    while pos != -1:
        m = pattern.pattern.match(text, pos)  # look-behinds still see the text before pos
        if m is not None:
            yield m
            pos = text.find(pattern.anchor, m.end())
        else:
            pos = text.find(pattern.anchor, pos + 1)


def outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions not nested in another (what the relation rules read: names are atomic
    words there), from mentions in text order with a nested one after its holder."""
    out: list[Mention] = []
    reach = -1
    for m in mentions:
        if m.norm_end <= reach and out and m.norm_start >= out[-1].norm_start:
            continue  # inside the last kept mention
        out.append(m)
        reach = m.norm_end
    return out


def _longest_of_few(cands: list[Candidate]) -> list[Candidate]:
    """:func:`filter_longest` for the few names inside one name, without its array as long as
    the document."""
    kept: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, c.start, c.ref is not None)):
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def merge_longest(kept: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """``filter_longest(kept + extra)`` for spans already filtered (``kept``, in text order)
    and a few more: each extra span, longest first, replaces the kept spans it overlaps when
    it is longer than each, else is dropped (of two as long, the leftmost stays)."""
    kept = list(kept)
    starts = [c.start for c in kept]
    for cand in sorted(extra, key=lambda c: (c.start - c.end, c.start)):
        lo = bisect_left(starts, cand.start)
        if lo > 0 and kept[lo - 1].end > cand.start:
            lo -= 1  # a kept span that starts before and reaches into it
        hi = bisect_left(starts, cand.end)
        length = cand.end - cand.start
        if any(
            k.end - k.start > length or (k.end - k.start == length and k.start <= cand.start)
            for k in kept[lo:hi]
        ):
            continue
        kept[lo:hi] = [cand]
        starts[lo:hi] = [cand.start]
    return kept


def filter_longest(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping spans, longest first and leftmost among equals (spaCy's filter_spans).

    A span equal to a kept one is dropped, so a pattern that proposes a name the gazetteer
    already found does not double it.
    """
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.ref is not None))
    taken = bytearray(max((c.end for c in cands), default=0))  # 1 where a kept span lies
    kept: list[Candidate] = []
    for cand in ordered:
        start, end = cand.start, cand.end
        if taken.find(1, start, end) != -1:  # (no copy of the slice, as ``1 in`` made)
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(cand)
    kept.sort(key=_START)
    return kept


_START = operator.itemgetter(0)  # a candidate's start (its first field), as a sort key
_new_mention = functools.partial(tuple.__new__, Mention)  # (as _new_candidate)


def _token_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


_NAME_DOTS = "·•‧・"


def _inside_personal_name(text: str, cand: Candidate) -> bool:
    """``法比安·马里·恩库`` is a person, not Mali: a name joined by a name-dot is part of another."""
    if cand.ref is None or cand.ref.cls != "state":
        return False  # (most names: no look at the characters around them)
    before = text[cand.start - 1] if cand.start > 0 else " "
    after = text[cand.end] if cand.end < len(text) else " "
    return before in _NAME_DOTS or after in _NAME_DOTS
