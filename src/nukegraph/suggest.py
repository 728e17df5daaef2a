"""``nukegraph suggest``: the names a corpus uses that the gazetteers lack, for review.

The build degrades gracefully (instruments and bodies read from their names' form are kept,
marked as found in the text); this closes the gap. It reads a corpus as the build does and
lists, as rows of a user gazetteer file (``gazetteers/README.md``):

- the instruments and bodies the build found in the text, with the identifier the build gave
  them, so that adding the row keeps every IRI;
- abbreviations the documents give known names (``国际电信联盟(国际电联)``), as names of those
  entities;
- bodies in wider shapes than the build trusts: a noun phrase that ends with a body word
  (``设在华盛顿的大规模毁灭性武器研究中心``, jieba's parts of speech marking where it starts),
  a quoted name before a body word, a name given an abbreviation or a Latin acronym;
- as guesses, commented out with ``#?``: titles that end with no instrument word, and jieba's
  place and organization words that look like state or body names.

Each comes with its mentions across the corpus (occurrences outside longer names of other
entities), the documents, and two contexts; rows come first, guesses after, each the most
mentioned first.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .corpus import decode, find_documents
from .errors import DocumentError
from .gazetteer import USER_HEADER, Gazetteer, is_latin, load_gazetteer
from .match import Matcher, defined_abbreviation, outermost
from .names import ABBREVIATION, TITLE, found_entity, found_id, in_order
from .normalize import normalize_text
from .records import EntityRef, Mention

Progress = Callable[[str], None]

_CONTEXT = 18  # characters shown on each side of a name
_STATE_ENDINGS = ("共和国", "王国", "公国", "联邦", "合众国", "酋长国", "民国", "国")
# parts of speech (jieba's tags) that may stand inside a body's name: nouns and proper nouns
# (not a person's: 沈丁立复旦大学 is a name list), nominal verbs and adjectives, distinguishing
# words, time words (青年), idioms, abbreviations and characters jieba does not know (笹)
_NOMINAL = frozenset(
    {"n", "nz", "ns", "nt", "nrt", "ng", "vn", "an", "b", "t", "j", "l", "x", "yg", "g"}
)
_PROPER = frozenset({"ns", "nt", "nz", "nrt", "j", "x", "yg"})
_INNER_JOIN = "与"  # joins two nouns inside one name (能源与安全研究中心); 和 and 及 join names
_PHRASE_STOPS = ",。;:!?、“”《》()\n\t ./"
_PHRASE_MAX = 25
# among names as often mentioned, the surer shapes first: what the build itself found
_SURE = {
    "title": 0,
    "body shape": 0,
    "abbreviation": 1,
    "quoted name and body word": 2,
    "name and abbreviation": 2,
    "name and Latin acronym": 2,
    "noun phrase and body word": 3,
}


@dataclass
class Suggestion:
    """A name to add: a new entity, or (``known``) another name of a gazetteer entity."""

    cls: str
    id: str
    zh: str
    en: str
    how: str  # the shape it was read in
    known: bool = False  # the gazetteers have this entity: the row adds a name to it
    guess: bool = False  # written commented out (#?): to check before keeping
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    documents: set[str] = field(default_factory=set)
    contexts: list[tuple[str, str]] = field(default_factory=list)  # (document, text around)

    def names(self) -> list[str]:
        return [self.zh, *self.aliases]

    def row(self) -> str:
        cells = [self.cls, self.id, self.zh, self.en, "|".join(self.aliases), ""]
        return "\t".join(cells)


@dataclass
class _Doc:
    path: str
    text: str
    starts: list[int]  # outermost mentions (normalized offsets), in order
    mentions: list[Mention]


@dataclass
class SuggestReport:
    corpus: Path
    documents: int
    skipped: list[DocumentError]
    suggestions: list[Suggestion]


def suggest(
    corpus_dir: Path,
    *,
    gazetteer_dir: Path | None = None,
    progress: Progress | None = None,
    words: bool = True,
) -> SuggestReport:
    """Read ``corpus_dir`` and list the names its documents use that the gazetteers lack.

    ``gazetteer_dir`` is a folder or a user file, as for the build; ``words`` adds jieba's
    place and organization words and the noun phrases it delimits (slower: jieba loads its
    dictionary and tags each candidate's clause).
    """
    say = progress or (lambda _msg: None)
    gazetteer = load_gazetteer(gazetteer_dir)
    matcher = Matcher(gazetteer)
    finder = _Finder(gazetteer, matcher, words)
    docs: list[_Doc] = []
    skipped: list[DocumentError] = []
    paths = find_documents(corpus_dir)
    for i, path in enumerate(paths, start=1):
        rel = path.relative_to(corpus_dir).as_posix()
        try:
            raw = decode(path.read_bytes(), path).text
        except (DocumentError, OSError) as exc:
            error = exc if isinstance(exc, DocumentError) else DocumentError(path, str(exc))
            skipped.append(error)
            say(f"warning: skipped {error}")
            continue
        norm = normalize_text(raw)
        mentions, minted = matcher.match(norm, raw)
        top = outermost(mentions)
        doc = _Doc(rel, norm.text, [m.norm_start for m in top], top)
        docs.append(doc)
        finder.read(doc, [e for e in minted if e.found_in_text])
        if i % 50 == 0 or i == len(paths):
            say(f"[{i}/{len(paths)}] documents read")
    found = [s for s in finder.found.values() if not _is_known(gazetteer, s)]
    _count(found, docs)
    found = [s for s in found if s.mentions]
    found.sort(key=lambda s: (s.guess, -s.mentions, -len(s.documents), _SURE.get(s.how, 9), s.zh))
    return SuggestReport(corpus_dir, len(docs), skipped, found)


def _is_known(gazetteer: Gazetteer, s: Suggestion) -> bool:
    """Whether every name of a suggestion is already one of its entity's names."""
    owners = {gazetteer.surfaces.get(n) for n in s.names()}
    return owners == {EntityRef(s.cls, s.id)}


class _Finder:
    """Collects suggestions document by document, keyed by class and first name."""

    def __init__(self, gazetteer: Gazetteer, matcher: Matcher, words: bool) -> None:
        self.gazetteer = gazetteer
        self.names = matcher.names
        self.forms = matcher.names.forms
        self.words = words
        self.found: dict[tuple[str, str], Suggestion] = {}
        self._body_words = sorted(
            set(self.forms.values["organization"]) | set(self.forms.values["group"]),
            key=lambda w: -len(w),
        )

    def add(self, s: Suggestion) -> None:
        key = (s.cls, s.zh)
        if key not in self.found:
            self.found[key] = s
            return
        kept = self.found[key]
        kept.aliases += [a for a in s.aliases if a not in kept.names()]
        kept.guess = kept.guess and s.guess

    def read(self, doc: _Doc, minted: list) -> None:
        for ent in minted:  # what the build found in the text: its row keeps its id
            how = "title" if ent.ref.cls == "treaty" else "body shape"
            self.add(
                Suggestion(ent.ref.cls, ent.ref.id, ent.zh, ent.en, how, aliases=list(ent.aliases))
            )
        self._abbreviations_of_known(doc)
        self._unknown_titles(doc)
        self._quoted(doc)
        self._defined(doc)
        if self.words:
            self._phrases(doc)
            self._jieba_words(doc)

    # -- shapes --

    def _abbreviations_of_known(self, doc: _Doc) -> None:
        """``国际电信联盟(国际电联)``: the document's abbreviation of a gazetteer entity."""
        for m in doc.mentions:
            entity = self.gazetteer.entities.get(m.ref)
            found = defined_abbreviation(doc.text, m.norm_end)
            if entity is None or found is None:
                continue
            abbr = found.group("abbr")
            if abbr.isdigit() or abbr in self.gazetteer.surfaces or abbr in self.gazetteer.blockers:
                continue
            if not is_latin(abbr) and not in_order(abbr, doc.text[m.norm_start : m.norm_end]):
                continue
            self.add(Suggestion(m.ref.cls, m.ref.id, abbr, entity.en, "abbreviation", known=True))

    def _unknown_titles(self, doc: _Doc) -> None:
        """Titles that name nothing known and end with no instrument word: to check."""
        covered = {(m.norm_start, m.norm_end) for m in doc.mentions}
        for m in TITLE.finditer(doc.text):
            title = m.group("t")
            start, end = m.span("t")
            if (start, end) in covered or title in self.gazetteer.surfaces:
                continue
            if title in self.gazetteer.blockers or self.names.generic_title(title):
                continue
            title_key = self.names.title_key(title)
            if self.names.instrument_word(title) or self.names.resolve_title(title_key):
                continue  # minted or matched by the build
            if self._inside_mention(doc, start, end) or len(title) < 4:
                continue
            key = title_key.digest_key()
            self.add(
                Suggestion(
                    "treaty",
                    found_id("Title", key),
                    title,
                    f"{title} [title, found in text]",
                    "title without an instrument word",
                    guess=True,
                )
            )

    def _quoted(self, doc: _Doc) -> None:
        """``“X”委员会``: a quoted name before any body word (the build trusts fewer)."""
        for m in re.finditer(r"“(?P<name>[^“”\n,。;:、]{2,30})”", doc.text):
            after = next((w for w in self._body_words if doc.text.startswith(w, m.end())), None)
            if after is None or self._inside_mention(doc, m.start(), m.end()):
                continue
            shown = doc.text[m.start() : m.end() + len(after)]
            self._body(shown, "quoted name and body word", guess=False)

    def _defined(self, doc: _Doc) -> None:
        """A name given an abbreviation or acronym in brackets, wherever its name starts."""
        for m in ABBREVIATION.finditer(doc.text):
            if self._inside_mention(doc, m.start() - 1, m.start()):
                continue
            abbr = m.group("abbr")
            start = self.names.abbreviated_name(doc.text, m.start(), abbr, body=False)
            if start is not None and not abbr.isdigit():
                self._body(doc.text[start : m.start()], "name and abbreviation", aliases=[abbr])
        if not self.words:
            return  # the phrase before a Latin acronym is found by jieba's parts of speech
        for m in re.finditer(r"\((?P<acr>[A-Z][A-Za-z]{1,9})\)", doc.text):
            if self._inside_mention(doc, m.start() - 1, m.start()):
                continue
            phrase = self._phrase_before(doc, m.start())
            if phrase and m.group("acr") not in self.gazetteer.surfaces:
                ident = re.sub(r"[^A-Z0-9]", "", m.group("acr").upper())
                self._body(phrase, "name and Latin acronym", aliases=[m.group("acr")], ident=ident)

    def _phrases(self, doc: _Doc) -> None:
        """Noun phrases that end with a body word outside any known name."""
        text = doc.text
        for word in self._body_words:
            pos = text.find(word)
            while pos != -1:
                end = pos + len(word)
                if not self._inside_mention(doc, pos, end):
                    phrase = self._phrase_before(doc, end)
                    if phrase and len(phrase) > len(word) + 1:
                        self._body(phrase, "noun phrase and body word")
                pos = text.find(word, end)

    def _jieba_words(self, doc: _Doc) -> None:
        """jieba's place words that end like a state's name and organization words."""
        for word, flag in _tagged(doc.text):
            if flag not in ("ns", "nt") or len(word) < 3 or word in self.gazetteer.blockers:
                continue
            if flag == "ns" and word.endswith(_STATE_ENDINGS):
                ident = self._similar_state(word)
                if ident is not None:
                    en = self.gazetteer.entities[EntityRef("state", ident)].en
                    self.add(
                        Suggestion(
                            "state", ident, word, en, "jieba place word", known=True, guess=True
                        )
                    )
            elif flag == "nt" and self.names.body_word(word):
                self._body(word, "jieba organization word", guess=True)

    # -- helpers --

    def _body(
        self,
        name: str,
        how: str,
        aliases: Iterable[str] = (),
        guess: bool | None = None,
        ident: str | None = None,
    ) -> None:
        plain = name.replace("“", "").replace("”", "")
        if plain in self.gazetteer.surfaces or plain in self.gazetteer.blockers or len(plain) < 3:
            return
        if self.forms.opening("determiner", plain):
            return  # 该委员会: one already named
        word = self.names.body_word(plain)
        instrument = self.names.instrument_word(plain)
        if word is not None and not self.names.proper_body(plain, word, defined=False):
            return  # 裁军事务厅日内瓦办事处: a unit of a known body, which the build reads as it
        if word is not None:
            cls, english = word
        elif instrument is not None:
            cls, english = "treaty", self.forms.value("instrument", instrument)
        else:  # a term given an abbreviation, as often an agenda topic as anything
            cls, english = "topic", "Topic"
        entity = found_entity(cls, english, self.forms.skeleton(plain), name)
        self.add(
            Suggestion(
                cls,
                ident or entity.ref.id,
                name,
                entity.en,
                how,
                guess=(word is None and instrument is None) if guess is None else guess,
                aliases=[a for a in aliases if a != name],
            )
        )

    def _phrase_before(self, doc: _Doc, end: int) -> str | None:
        """The noun phrase that ends at ``end``: back to a stop character or the last word
        jieba does not tag as nominal (a verb, 的, a preposition, 和). Known names inside it
        are nouns like any other (大规模毁灭性武器研究中心)."""
        text = doc.text
        start = max(0, end - _PHRASE_MAX)
        for i in range(end - 1, start - 1, -1):
            if text[i] in _PHRASE_STOPS:
                start = i + 1
                break
        tagged = _tagged(text[start:end])
        kept: list[tuple[str, str]] = []
        for i in range(len(tagged) - 1, -1, -1):
            word, flag = tagged[i]
            joins = word == _INNER_JOIN and i > 0 and tagged[i - 1][1] in _NOMINAL and kept
            if flag not in _NOMINAL and not joins:
                break
            kept.append((word, flag))
        kept.reverse()
        if len(kept) > 2 and kept[0][0] in self._body_words:
            kept = kept[1:]  # 机构亚洲经济研究所: a verb cut the parent body's name short
        if len(kept) < 2:
            return None
        # a name, not a common noun: two words before the body word, or a proper noun
        if len(kept) < 3 and not any(flag in _PROPER for _, flag in kept[:-1]):
            return None
        return "".join(word for word, _ in kept)

    def _inside_mention(self, doc: _Doc, start: int, end: int) -> bool:
        k = bisect_right(doc.starts, start) - 1
        return k >= 0 and doc.mentions[k].norm_end >= end and doc.mentions[k].norm_start <= start

    def _similar_state(self, word: str) -> str | None:
        """The state whose names share the most characters with ``word`` (at least two
        thirds of the shorter), for an older or longer form of a known state's name."""
        best, best_score = None, 0.0
        for surface, ref in self.gazetteer.surfaces.items():
            if ref.cls != "state" or is_latin(surface):
                continue
            common = len(set(surface) & set(word))
            score = common / min(len(set(surface)), len(set(word)))
            if common >= 2 and score > best_score:
                best, best_score = ref.id, score
        return best if best_score >= 2 / 3 else None


def _count(found: list[Suggestion], docs: list[_Doc]) -> None:
    """Mentions of each suggestion's new names, outside longer names of other entities, with
    the documents and the first contexts of two documents."""
    for s in found:
        names = [n for n in s.names() if len(n) >= 2]
        for doc in docs:
            for name in names:
                pos = doc.text.find(name)
                while pos != -1:
                    end = pos + len(name)
                    if not _hidden(doc, pos, end, EntityRef(s.cls, s.id)):
                        s.mentions += 1
                        if doc.path not in s.documents and len(s.contexts) < 2:
                            s.contexts.append((doc.path, _context(doc.text, pos, end)))
                        s.documents.add(doc.path)
                    pos = doc.text.find(name, end)


def _hidden(doc: _Doc, start: int, end: int, ref: EntityRef) -> bool:
    """Whether a longer name of another entity covers ``[start, end)``."""
    k = bisect_right(doc.starts, start) - 1
    if k < 0:
        return False
    m = doc.mentions[k]
    return m.norm_end >= end and m.ref != ref and (m.norm_end - m.norm_start) > (end - start)


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - _CONTEXT) : start].replace("\n", " ")
    after = text[end : end + _CONTEXT].replace("\n", " ")
    return f"…{before}[{text[start:end]}]{after}…"


@lru_cache(maxsize=1)
def _posseg():  # -> jieba.posseg's default tokenizer (jieba ships no type hints)
    import jieba
    import jieba.posseg

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.dt


@lru_cache(maxsize=4096)
def _tagged_short(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w.word, w.flag) for w in _posseg().cut(text))


def _tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words and parts of speech (short stretches are cached: clauses repeat)."""
    if len(text) <= _PHRASE_MAX:
        return list(_tagged_short(text))
    return [(w.word, w.flag) for w in _posseg().cut(text)]


def format_report(report: SuggestReport) -> str:
    """The suggestions as a user gazetteer file: header, then each row after a comment with
    its count and contexts; guesses commented out with ``#?``."""
    lines = [
        f"# nukegraph suggest: {len(report.suggestions)} names that {report.corpus} "
        f"({report.documents} documents) uses and the gazetteers lack, the most mentioned first.",
        "# Review each row: fix its id and English name (en) or delete it. A row whose class and",
        "# id the gazetteers have adds its names to that entity. Rows commented out with '#?' are",
        "# guesses: delete the '#? ' to keep one. Then: nukegraph build CORPUS --gazetteers FILE",
        "\t".join(USER_HEADER),
    ]
    for s in report.suggestions:
        where = " | ".join(f"{path}: {text}" for path, text in s.contexts)
        target = "a name of " + s.id if s.known else "new"
        lines.append(
            f"# {s.mentions} mentions in {len(s.documents)} documents; {s.how}; {target}; {where}"
        )
        lines.append(("#? " if s.guess else "") + s.row())
    return "\n".join(lines) + "\n"
