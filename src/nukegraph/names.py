"""Names the gazetteers lack: instrument titles and bodies read from the form of their names.

Every ``《…》`` title is read. A title that is a variant of a gazetteer name (the parties
inserted, ``A和B关于……条约``; a synonym or a shortened word; connecting words added or left
out; a year or a leading ``新的``) is matched to that entity by comparing *skeletons*: the name
with its parties, year and connecting words taken out and its interchangeable words made one.
A title the gazetteers do not know at all becomes an instrument of its own when its last word
names one (``条约``, ``公约``, ``议定书``...): an ``ng:Treaty`` marked as found in the text, with
an identifier derived from its skeleton, so that the same instrument gets the same identifier
in every document and every build.

Bodies are read in a few shapes only, each sure of where the name starts and ends: a quoted
name with a body word (``“全球零核”运动``, ``“废除核武器国际运动”``), a name in brackets after
a person's (``Jean Dupont(全球安全研究所)``), and a name introduced with its abbreviation
(``核安全研究中心(核安中心)``), whose start the abbreviation's first character marks.

The words these forms are made of are data (``data/name_forms.tsv``).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from .errors import GazetteerError
from .gazetteer import Gazetteer, is_latin
from .records import Entity, EntityRef

FORMS_HEADER = ["kind", "word", "value", "note"]
# kind -> whether a value is required
FORM_KINDS: dict[str, bool] = {
    "instrument": True,
    "draft": False,
    "determiner": False,
    "organization": True,
    "group": True,
    "quoted": True,
    "body_prefix": False,
    "party_join": False,
    "party_end": False,
    "party_suffix": False,
    "party_short": True,
    "newer": False,
    "connector": False,
    "whole": False,
    "synonym": True,
}
_ENGLISH_WORD = re.compile(r"[A-Z][A-Za-z]*(?:_[A-Z][A-Za-z]*)*")
_QUOTED_VALUES = {"after", "both"}
TREATY_CLASSES = frozenset({"treaty"})
BODY_CLASSES = frozenset({"organization", "group"})
PARTY_CLASSES = frozenset({"state", "organization", "group"})


@dataclass(frozen=True)
class NameForms:
    """The words of ``name_forms.tsv`` by kind, with a longest-first regex for skeletons."""

    values: dict[str, dict[str, str]]  # kind -> word -> value
    _skeleton: re.Pattern[str] = field(repr=False)
    _by_length: dict[str, tuple[str, ...]] = field(repr=False)

    def words(self, kind: str) -> tuple[str, ...]:
        """The words of a kind, longest first."""
        return self._by_length[kind]

    def value(self, kind: str, word: str) -> str:
        return self.values[kind][word]

    def ending(self, kind: str, name: str) -> str | None:
        """The longest word of ``kind`` that ends ``name`` (and is not all of it)."""
        for word in self._by_length[kind]:
            if len(name) > len(word) and name.endswith(word):
                return word
        return None

    def opening(self, kind: str, name: str) -> str | None:
        """The longest word of ``kind`` that opens ``name``."""
        for word in self._by_length[kind]:
            if name.startswith(word):
                return word
        return None

    def skeleton(self, name: str) -> str:
        """A name as compared: connecting words left out, interchangeable words made one.

        ``进一步削减和限制进攻性战略武器的措施的条约`` -> ``进一步削减限制进攻性战略武器措施条约``;
        words kept whole (``和平``) keep their connector characters.
        """
        connectors = self.values["connector"]
        synonyms = self.values["synonym"]

        def one(m: re.Match[str]) -> str:
            word = m.group()
            if word in connectors:
                return ""
            return synonyms.get(word, word)

        return self._skeleton.sub(one, name.replace("《", "").replace("》", ""))


def parse_name_forms(text: str, source: str) -> NameForms:
    """Read ``name_forms.tsv``; a bad row raises :class:`GazetteerError` with the line."""
    path = Path(source)
    values: dict[str, dict[str, str]] = {kind: {} for kind in FORM_KINDS}
    seen_header = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not seen_header:
            if cells != FORMS_HEADER:
                raise GazetteerError(path, lineno, f"header must be {' <TAB> '.join(FORMS_HEADER)}")
            seen_header = True
            continue
        if not 2 <= len(cells) <= 4:
            raise GazetteerError(path, lineno, "expected kind, word, value and note, tab-separated")
        kind, word = cells[0].strip(), cells[1].strip()
        value = cells[2].strip() if len(cells) > 2 else ""
        if kind not in FORM_KINDS:
            raise GazetteerError(path, lineno, f"unknown kind {kind!r}")
        if not word:
            raise GazetteerError(path, lineno, "empty word")
        if FORM_KINDS[kind] and not value:
            raise GazetteerError(path, lineno, f"a {kind} needs a value")
        if kind in ("instrument", "organization", "group") and not _ENGLISH_WORD.fullmatch(value):
            raise GazetteerError(
                path, lineno, f"the value of a {kind} is an English word (Treaty, Working_Group)"
            )
        if kind == "party_short" and not re.fullmatch(r"[A-Z]{3}", value):
            raise GazetteerError(path, lineno, "the value of a party_short is a state's ng:id")
        if kind == "quoted" and value not in _QUOTED_VALUES:
            raise GazetteerError(path, lineno, "the value of a quoted word is 'after' or 'both'")
        if word in values[kind]:
            raise GazetteerError(path, lineno, f"{kind} {word!r} is listed twice")
        values[kind][word] = value
    if not seen_header:
        raise GazetteerError(path, None, "no header line")
    bodies = values["organization"].keys() | values["group"].keys()
    for word in values["quoted"]:
        if word not in bodies:
            raise GazetteerError(
                path, None, f"quoted word {word!r} is no organization or group word"
            )
    for word, target in values["synonym"].items():
        if target in values["synonym"]:
            raise GazetteerError(
                path, None, f"synonym {word!r} stands for {target!r}, itself a synonym"
            )
    # one alternation: a word kept whole, a synonym or its value, or a connector; longest first,
    # so that 核武器 (kept) wins over 核武 (a synonym of it) and 和平 over 和
    compared = (
        set(values["whole"])
        | set(values["synonym"])
        | set(values["synonym"].values())
        | set(values["connector"])
    )
    skeleton = re.compile("|".join(re.escape(w) for w in sorted(compared, key=lambda w: -len(w))))
    by_length = {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in values.items()}
    return NameForms(values, skeleton, by_length)


@lru_cache(maxsize=1)
def load_name_forms() -> NameForms:
    """The packaged name forms, read once per process."""
    source = resources.files("nukegraph") / "data" / "name_forms.tsv"
    return parse_name_forms(source.read_text(encoding="utf-8"), str(source))


# --- identifiers and labels of what is found in the text ------------------------------------


def found_id(kind_word: str, key: str) -> str:
    """A stable ASCII identifier: the English kind and a digest of the name's skeleton.

    ``AGREEMENT_3F7KQ2ZB``: the same skeleton gives the same identifier in every document and
    build, so that a user who later adds the name to a gazetteer can keep it.
    """
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    code = base64.b32encode(digest).decode("ascii")[:8]
    return f"{kind_word.upper()}_{code}"


def found_entity(cls: str, kind_word: str, key: str, zh: str) -> Entity:
    """An entity read from its name's form; ``en`` says so, since no English name is known."""
    label = kind_word.replace("_", " ").lower()
    return Entity(
        EntityRef(cls, found_id(kind_word, key)),
        zh=zh,
        en=f"{zh} [{label}, found in text]",
        found_in_text=True,
    )


# --- titles ---------------------------------------------------------------------------------


class TitleKey(NamedTuple):
    """What a title is compared by: its skeleton, its year and whether it says ``新的``; the
    parties named at its start (left out of the skeleton, so that a variant with the parties
    inserted is the same instrument); and the skeleton without one-character parties opening
    it (``美苏``), tried when the whole one names nothing (``中美洲`` is no two parties)."""

    base: str
    year: int | None = None
    newer: bool = False
    parties: frozenset[EntityRef] = frozenset()
    bare: str | None = None

    def digest_key(self) -> str:
        """What a new instrument's id is made from: two treaties that differ only by their
        parties (《中日……条约》, 《中印……条约》) are two instruments."""
        key = f"{self.base}|{self.year or ''}|{'new' if self.newer else ''}"
        if self.parties:  # (only then: the ids of titles without parties stay as they were)
            key += "|" + ",".join(sorted(f"{r.cls}/{r.id}" for r in self.parties))
        return key


class _Indexed(NamedTuple):
    ref: EntityRef
    year: int | None
    newer: bool


_ORDINAL = re.compile(r"(?:经修正的)?第[一二三四五六七八九十百\d]+(?:号|项)?(?P<rest>.*)")
_LEADING_YEAR = re.compile(r"(?P<year>1[89]\d\d|20\d\d)年(?:\d{1,2}月(?:\d{1,2}日)?)?")
_TITLE_MARKS = str.maketrans("", "", "《》〈〉")  # a title's marks, and those of a title inside it
_TRAILING_YEAR = re.compile(r"\((?P<year>1[89]\d\d|20\d\d)年?\)$")
TITLE = re.compile(r"《(?P<t>[^《》\n]{1,100})》")


class Found(NamedTuple):
    """A name read in the text: its span, the entity it names and, for a new one, the entity."""

    start: int
    end: int
    ref: EntityRef
    entity: Entity | None  # set when the gazetteers lack it (found in the text)
    parties: frozenset[EntityRef] = frozenset()  # named at the start of a title: they count


class NameReader:
    """Reads titles and bodies against one gazetteer (built once per worker, with the matcher)."""

    def __init__(self, gazetteer: Gazetteer, forms: NameForms | None = None) -> None:
        self.gazetteer = gazetteer
        self.forms = forms or load_name_forms()
        self._surfaces = gazetteer.surfaces
        self._party_lengths = sorted(
            {len(s) for s, ref in gazetteer.surfaces.items() if ref.cls in PARTY_CLASSES},
            reverse=True,
        )
        self._titles: dict[str, list[_Indexed]] = {}
        self._bodies: dict[str, set[EntityRef]] = {}
        self._years: dict[EntityRef, set[int]] = {}
        self._topics = {s for s, ref in gazetteer.surfaces.items() if ref.cls == "topic"}
        for ref, ent in gazetteer.entities.items():
            if ref.cls not in TREATY_CLASSES | BODY_CLASSES:
                continue
            for name in (ent.zh, *ent.aliases):
                if is_latin(name):
                    continue
                if ref.cls in TREATY_CLASSES:
                    key = self.title_key(name)
                    for base in {key.base, key.bare or key.base}:
                        self._titles.setdefault(base, []).append(_Indexed(ref, key.year, key.newer))
                    if key.year:
                        self._years.setdefault(ref, set()).add(key.year)
                else:
                    self._bodies.setdefault(self.forms.skeleton(name), set()).add(ref)
        # the newer of two instruments whose titles are otherwise the same: the entity whose
        # name says 新的 before a name of another (新的削减战略武器条约 -> New START over START)
        self._newer_of: dict[EntityRef, EntityRef] = {}
        for entries in self._titles.values():
            older = {e.ref for e in entries if not e.newer}
            newer = {e.ref for e in entries if e.newer} - older
            if len(older) == 1 and len(newer) == 1:
                self._newer_of[next(iter(older))] = next(iter(newer))

    # -- titles --

    def title_key(self, title: str) -> TitleKey:
        """``《1972年A和B关于限制反弹道导弹系统条约》`` -> the skeleton of ``限制反弹道导弹系统条约``,
        1972, not newer; a trailing draft word is left out (a draft is the instrument too), and
        so are the marks of a title inside it (``〈中亚无核武器区条约〉议定书``)."""
        name = self.strip_draft(title.translate(_TITLE_MARKS))
        year: int | None = None
        newer = False
        parties: frozenset[EntityRef] = frozenset()
        trailing = _TRAILING_YEAR.search(name)
        if trailing:
            year, name = int(trailing.group("year")), name[: trailing.start()]
        changed = True
        while changed:
            changed = False
            m = _LEADING_YEAR.match(name)
            if m and len(name) > m.end():
                year, name, changed = int(m.group("year")), name[m.end() :], True
            word = self.forms.opening("newer", name)
            if word and len(name) > len(word):
                newer, name, changed = True, name[len(word) :], True
            length, found = self.parties(name)
            if length:
                name, parties, changed = name[length:], parties | found, True
        short = self._short_parties(name)
        bare = self.forms.skeleton(name[short:]) if short else None
        return TitleKey(self.forms.skeleton(name), year, newer, parties, bare)

    def strip_draft(self, name: str) -> str:
        word = self.forms.ending("draft", name)
        while word:
            name = name[: -len(word)]
            word = self.forms.ending("draft", name)
        return name

    def _party_at(self, text: str, pos: int) -> tuple[int, EntityRef] | None:
        """The end of the longest state, organization or group name at ``pos`` (with a
        ``政府`` after it), and that entity."""
        for length in self._party_lengths:
            ref = self._surfaces.get(text[pos : pos + length])
            if ref is not None and ref.cls in PARTY_CLASSES:
                end = pos + length
                suffix = self.forms.opening("party_suffix", text[end:])
                return (end + len(suffix) if suffix else end), ref
        return None

    def parties(self, name: str) -> tuple[int, frozenset[EntityRef]]:
        """How many characters the parties that open a title take (``A和B之间``, ``A与B关于``:
        two parties or more), and who they are; (0, empty) when none do."""
        found = self._party_at(name, 0)
        refs: set[EntityRef] = set()
        end = 0
        count = 0
        while found is not None:
            end, ref = found
            refs.add(ref)
            count += 1
            join = self.forms.opening("party_join", name[end:])
            found = self._party_at(name, end + len(join)) if join else None
        if count < 2:
            return 0, frozenset()
        closer = self.forms.opening("party_end", name[end:])
        if closer:
            end += len(closer)
        return (end, frozenset(refs)) if len(name) > end else (0, frozenset())

    def _short_parties(self, name: str) -> int:
        """How many characters the one-character parties opening a title take (美苏……)."""
        short = self.forms.values["party_short"]
        n = 0
        while n < len(name) and name[n] in short:
            n += 1
        return n if n >= 2 and len(name) > n else 0

    def resolve_title(self, key: TitleKey) -> EntityRef | None:
        """The one gazetteer treaty a title's key names, or None (unknown or ambiguous)."""
        entries = self._titles.get(key.base) or self._titles.get(key.bare or key.base, [])
        if key.year is not None:
            # a year the entity is known by must agree; an entity known by no year may match
            entries = [e for e in entries if key.year in self._years.get(e.ref, {key.year})]
        if key.newer:
            newer = {e.ref for e in entries if e.newer}
            if len(newer) == 1:
                return next(iter(newer))
            older = {e.ref for e in entries if not e.newer}
            # 新的 never names the older instrument: its successor, if the gazetteer has one
            return self._newer_of.get(next(iter(older))) if len(older) == 1 else None
        refs = {e.ref for e in entries if not e.newer}
        return next(iter(refs)) if len(refs) == 1 else None

    def read_title(self, title: str) -> tuple[EntityRef | None, Entity | None, TitleKey]:
        """What a title names: a gazetteer treaty (a variant of its name), a new instrument
        (returned as an entity found in the text), or nothing (not an instrument, generic);
        and the key it was read by."""
        key = self.title_key(title)
        ref = self.resolve_title(key)
        if ref is not None:
            return ref, None, key
        kind = self.instrument_word(title)
        if kind is None or self.generic_title(title):
            return None, None, key
        entity = found_entity(
            "treaty", self.forms.value("instrument", kind), key.digest_key(), title
        )
        return entity.ref, entity, key

    def instrument_word(self, title: str) -> str | None:
        """The instrument word that ends a title (draft words aside), or None."""
        return self.forms.ending("instrument", self.strip_draft(title))

    def generic_title(self, title: str) -> bool:
        """A title that names no one instrument: an instrument word alone or after a
        determiner (《该条约》), or after a topic's name (《无核武器区条约》: the zones' treaties)."""
        name = self.strip_draft(title)
        word = self.forms.ending("instrument", name)
        if word is None:
            return name in self.forms.values["instrument"]
        rest = name[: -len(word)]
        determiners = self.forms.values["determiner"]
        ordinal = _ORDINAL.fullmatch(rest)
        return (
            not rest
            or _LEADING_YEAR.fullmatch(rest) is not None
            or rest in determiners
            or (ordinal is not None and ordinal.group("rest") in ("", *determiners))
            or rest in self._topics
            or len(rest) < 2
        )

    def titles(self, text: str, known: set[tuple[int, int]]) -> Iterator[Found]:
        """Every title of ``text`` that names an instrument the gazetteer matcher did not find
        as a whole: a variant of a known name, or a new one. ``known`` holds the spans of
        names the matcher found (a title that is one is left to it)."""
        blockers = self.gazetteer.blockers
        for m in TITLE.finditer(text):
            start, end = m.span("t")
            title = m.group("t")
            if (start, end) in known or title in self._surfaces or title in blockers:
                continue
            ref, entity, key = self.read_title(title)
            if ref is not None:
                yield Found(start, end, ref, entity, key.parties)

    # -- bodies --

    def body_word(self, name: str) -> tuple[str, str] | None:
        """The class and English word of the body word that ends ``name``, or None."""
        for cls in ("group", "organization"):
            word = self.forms.ending(cls, name)
            if word:
                return cls, self.forms.value(cls, word)
        return None

    def read_body(
        self, name: str, shown: str | None = None, defined: bool = False
    ) -> tuple[EntityRef | None, Entity | None]:
        """A body's name read from a safe shape: a gazetteer body (a variant of its name) or a
        new one found in the text; ``shown`` is its label when it differs (quotation marks);
        ``defined``: the name is given an abbreviation (the strictest shape)."""
        plain = name.replace("“", "").replace("”", "")
        # a word of the body's foreign name before its Chinese one: Acronym裁军外交研究所
        latin = _LATIN_LEAD.match(plain)
        known = self._surfaces.get(plain) or (latin and self._surfaces.get(plain[latin.end() :]))
        quoted = _QUOTED_LEAD.match(name)
        if known is None and quoted:  # “全球零核”运动 where the gazetteer knows 全球零核
            known = self._surfaces.get(quoted.group("name"))
        if known is not None:
            return (known, None) if known.cls in BODY_CLASSES else (None, None)
        skeleton = self.forms.skeleton(plain)
        refs = self._bodies.get(skeleton, set())
        if len(refs) == 1:
            return next(iter(refs)), None
        word = self.body_word(plain)
        if word is None or refs or not self.proper_body(plain, word, defined):
            return None, None
        cls, english = word
        entity = found_entity(cls, english, skeleton, shown or name)
        return entity.ref, entity

    def proper_body(self, name: str, word: tuple[str, str], defined: bool) -> bool:
        """Whether a body's name is a name: not a known body's unit (非洲联盟委员会 opens with
        the AU's name: the AU is meant, as in 裁军事务厅日内瓦办事处; a body prefix such as
        联合国 is no parent); and, for a name given
        an abbreviation (texts define common nouns so too), more than a prefix and a body
        word around two characters (国家管制机构(管制机构) is a common noun)."""
        opening = self._party_at(name, 0)
        if (
            opening is not None
            and opening[1].cls in BODY_CLASSES
            and name[: opening[0]] not in self.forms.values["body_prefix"]
        ):
            return False  # 联合国 opens many names as a prefix (联合国罗马尼亚青年联合会)
        if not defined:
            return True
        shortest = min(
            (w for w in self.forms.words(word[0]) if len(name) > len(w) and name.endswith(w)),
            key=len,
        )
        prefix = self.forms.opening("body_prefix", name) or ""
        return len(name) - len(shortest) - len(prefix) >= 3

    def bodies(self, text: str) -> Iterator[Found]:
        """Bodies in the documented shapes; names known as a whole are left to the matcher."""
        for start, end, shown, defined in self._body_spans(text):
            ref, entity = self.read_body(text[start:end], shown, defined)
            if ref is not None:
                yield Found(start, end, ref, entity)

    def _body_spans(self, text: str) -> Iterable[tuple[int, int, str, bool]]:
        if "“" in text:
            yield from self._quoted(text)
        if "(" in text:
            yield from self._bracketed(text)

    def _quoted(self, text: str) -> Iterator[tuple[int, int, str, bool]]:
        quoted = self.forms.values["quoted"]
        # what follows a quotation is read as far as the longest word that may open it: not
        # the rest of the document copied for each quotation
        reach = max(map(len, quoted), default=0)
        for m in _QUOTED.finditer(text):
            name = m.group("name")
            if _NOT_IN_NAME.search(name):
                continue
            after = self.forms.opening("quoted", text[m.end() : m.end() + reach])
            if after:  # “全球零核”运动
                end = m.end() + len(after)
                yield m.start(), end, text[m.start() : end], False
                continue
            word = self.forms.ending("quoted", name)
            if word and quoted[word] == "both" and len(name) - len(word) >= 2:  # “X国际运动”
                yield m.start("name"), m.end("name"), name, False

    def _bracketed(self, text: str) -> Iterator[tuple[int, int, str, bool]]:
        for m in _BRACKETED.finditer(text):  # Jean Dupont(全球安全研究所)
            if not _PERSON_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue
            start = m.start("body")
            for piece in self._split_bodies(m.group("body")):
                if self.body_word(piece) and piece not in self._surfaces:
                    yield start, start + len(piece), piece, False
                start += len(piece) + 1  # the joining character
        for m in ABBREVIATION.finditer(text):  # 核安全研究中心(核安中心)
            full = self.abbreviated_name(text, m.start(), m.group("abbr"))
            if full is not None:
                yield full, m.start(), text[full : m.start()], True

    def _split_bodies(self, names: str) -> list[str]:
        """``X研究所和Y基金会`` -> both names; a join inside one name stays (``和平``, the
        ``与`` of ``争取和平与自由联盟``): a split needs a body word on both sides."""
        for m in _BODY_JOIN.finditer(names):
            left, right = names[: m.start()], names[m.end() :]
            if left and right and self.body_word(left) and self.body_word(right):
                return [left, *self._split_bodies(right)]
        return [names]

    def abbreviated_name(self, text: str, paren: int, abbr: str, body: bool = True) -> int | None:
        """Where the name an abbreviation is given to starts: at the first character of the
        abbreviation, in the clause before the bracket, or at a body prefix or a state's name
        just before that character (联合国裁军研究所(裁研所)); None when no name is given
        one so (with ``body``: no body's name, one that ends with a body word)."""
        if is_latin(abbr):
            return None  # nothing says where the name a Latin acronym shortens begins
        # just after the last clause stop before the bracket, within reach (one regex, not a
        # rfind for each of the stops)
        stop = _LAST_CLAUSE_STOP.match(text, max(0, paren - _FULL_MAX), paren)
        clause = max(stop.end() if stop else 0, paren - _FULL_MAX)
        start = text.find(abbr[0], clause, paren)
        if start == -1 or not in_order(abbr, text[start:paren]):
            return None
        prefix = self._prefix_before(text, clause, start)
        start -= prefix
        full = text[start:paren]
        if full == abbr or (body and self.body_word(full) is None) or full in self._surfaces:
            return None
        return start

    def _prefix_before(self, text: str, clause: int, pos: int) -> int:
        """The length of a body prefix or a state's name that ends at ``pos``."""
        for length in range(min(pos - clause, 12), 1, -1):
            piece = text[pos - length : pos]
            if piece in self.forms.values["body_prefix"]:
                return length
            ref = self._surfaces.get(piece)
            if ref is not None and ref.cls == "state":
                return length
        return 0


_LATIN_LEAD = re.compile(r"[A-Za-z][A-Za-z .\-]*(?=[^A-Za-z .\-])")
_QUOTED_LEAD = re.compile(r"“(?P<name>[^“”]+)”")
_QUOTED = re.compile(r"“(?P<name>[^“”\n]{2,30})”")
_NOT_IN_NAME = re.compile(r"[,。;:!?、《》()]")
# a body's name in brackets after a person's (Latin letters, or Chinese joined by ·): the
# brackets are found first, since a scan for the name would try every character
_BRACKETED = re.compile(r"\((?P<body>[^()\n,。;:、]{3,40})\)")
_PERSON_BEFORE = re.compile(
    r"(?:[A-Za-z][A-Za-z.\-]*|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12})$"
)
ABBREVIATION = re.compile(
    r"\((?:以下简称|以下称|下称|简称)?[“\"]?(?P<abbr>[\u4e00-\u9fff0-9]{2,10})[”\"]?\)"
)
_CLAUSE_STOPS = ",。;:“”《》()\n!?"
_LAST_CLAUSE_STOP = re.compile("(?s:.*)[" + re.escape(_CLAUSE_STOPS) + "]")  # greedy: the last
_FULL_MAX = 30
_BODY_JOIN = re.compile(r"和|与|及")


def in_order(short: str, long: str) -> bool:
    """Whether the characters of an abbreviation stand in order in its full name (裁研所 in
    联合国裁军研究所): the test every reader of a defined abbreviation applies."""
    it = iter(long)
    return all(ch in it for ch in short)
