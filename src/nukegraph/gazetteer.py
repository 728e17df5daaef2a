"""Load and validate the gazetteers (format: ``gazetteers/README.md``).

Loading is strict: a malformed row, an unknown identifier, a duplicate identifier or an alias
claimed twice raises :class:`GazetteerError` with the file and line, because a silently
accepted duplicate turns into a wrong fact in every document that uses the name.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import GazetteerError
from .normalize import normalize_name
from .records import Entity, EntityRef

ENTITY_FILES: dict[str, str] = {
    "states.tsv": "state",
    "organizations.tsv": "organization",
    "groups.tsv": "group",
    "treaties.tsv": "treaty",
    "topics.tsv": "topic",
}
ENTITY_HEADER = ["id", "zh", "en", "aliases", "en_aliases"]
# an optional last column: the entities whose names stand inside this one's and still count
# there (蒙古国无核武器地位 names Mongolia), though the longest name wins everywhere else
CONTAINS = "contains"
# a user gazetteer file (``build --gazetteers FILE``, ``suggest --out FILE``): any class, one file
USER_HEADER = ["class", *ENTITY_HEADER]
BLOCKER_HEADER = ["phrase", "reason"]
INITIAL_HEADER = ["initial", "id", "note"]
# in patterns.tsv, the character class of every state's one-character name (中美两国), and the id
# of a row whose mention is such a character: the state whose initial it is
INITIAL_CLASS = "{INITIAL}"
BY_INITIAL = "*"
PATTERN_HEADER = ["class", "id", "pattern", "unless_document_matches", "note"]
PERSON_HEADER = ["name", "actor", "en", "aliases", "note"]
PROJECT_TOPIC_HEADER = ["topic", "broader", "note"]
OPPOSITE = "opposite"  # optional project_topics.tsv column: the topic opposing this one supports
# optional project_topics.tsv column after it: "yes" for a named policy or negotiation whose
# positions readers take by its own name (无核三原则, 三边军控谈判), stated as any topic's
STATED = "stated"

_ID_FORMATS = {"state": re.compile(r"[A-Z]{3}")}
_DEFAULT_ID = re.compile(r"[A-Z0-9]+(?:_[A-Z0-9]+)*")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class ContextPattern:
    """A name that is an entity only in context (``大会`` as the General Assembly)."""

    ref: EntityRef | None  # None: the state whose one-character name the mention is
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    source: str  # "file:line", for error messages and debugging
    # the literal every match starts with, when only look-behinds stand before a mention that is
    # that literal (``(?<![议])(?P<m>大会)``): the matcher then tries the pattern only where the
    # literal occurs, since the regex engine cannot skip ahead past a leading look-behind
    anchor: str | None = None
    # the same for a mention that is one character of a class (``(?P<m>[美俄])``)
    anchor_class: re.Pattern[str] | None = None
    initials: dict[str, EntityRef] | None = None  # the states by initial, where ref is None

    def ref_of(self, mention: str) -> EntityRef:
        """The entity a match's mention names (by its first character: 中 of 中方)."""
        if self.ref is not None:
            return self.ref
        assert self.initials is not None
        return self.initials[mention[0]]


@dataclass(frozen=True)
class Gazetteer:
    entities: dict[EntityRef, Entity]
    surfaces: dict[str, EntityRef]  # normalized surface form -> entity
    blockers: frozenset[str]
    patterns: tuple[ContextPattern, ...]
    version: str  # digest of every file's bytes: a cache key for extraction results
    # entity -> the entities whose names inside its names still count (the contains column)
    contains: dict[EntityRef, frozenset[EntityRef]] = field(default_factory=dict)
    # a person's name (every form) -> the state or body they act for in office (persons.tsv)
    persons: dict[str, EntityRef] = field(default_factory=dict)
    # a project topic -> the contract's topic it is a kind of (project_topics.tsv)
    broader: dict[EntityRef, EntityRef] = field(default_factory=dict)
    # the topics beyond the contract's table (project_topics.tsv): positions on them that are
    # no support for a broader topic are stated only with ``theme_positions``
    project_topics: frozenset[EntityRef] = frozenset()
    theme_positions: bool = False  # build --theme-positions
    # a project topic -> the contract's topic that opposing it is support for (核恐怖主义 of 核安全)
    opposite: dict[EntityRef, EntityRef] = field(default_factory=dict)
    # project topics whose positions are always stated on the topic itself (a support on its
    # broader topic too): named policies and negotiations (project_topics.tsv, stated)
    stated_topics: frozenset[EntityRef] = frozenset()
    # a state's one-character name (initials.tsv): 美 -> USA, for the runs 美英澳 a name opens with
    initials: dict[str, EntityRef] = field(default_factory=dict)

    def entity(self, ref: EntityRef) -> Entity:
        return self.entities[ref]


def with_theme_positions(gazetteer: Gazetteer) -> Gazetteer:
    """The gazetteer read so that positions on every topic of the project's own are stated
    (``build --theme-positions``). Its version differs: cached results of the other reading are
    not reused."""
    version = hashlib.sha256(f"{gazetteer.version}\0theme positions".encode()).hexdigest()[:16]
    return replace(gazetteer, theme_positions=True, version=version)


GAZETTEERS_ENV = "NUKEGRAPH_GAZETTEERS"
REPLACE_ENV = "NUKEGRAPH_REPLACE_GAZETTEERS"  # set (not 0): as --replace-gazetteers


def bundled_gazetteer_dir() -> Path:
    """The gazetteers nukegraph ships: the copy inside the installed package (a wheel carries
    the repository's ``gazetteers/`` there), else the source checkout's ``gazetteers/`` (an
    editable install, whose package folder holds no copy, so that edits take effect at once)."""
    package = Path(__file__).resolve().parent
    installed = package / "gazetteers"
    if installed.is_dir():
        return installed
    return package.parents[1] / "gazetteers"


def env_gazetteer_dirs() -> list[Path]:
    """The folders and user files named by ``$NUKEGRAPH_GAZETTEERS`` (separated by ``os.pathsep``)."""
    value = os.environ.get(GAZETTEERS_ENV, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def gazetteer_layers(extra: Sequence[Path] = (), *, replace: bool = False) -> list[Path]:
    """What a build reads, in order: the bundled gazetteers (unless ``replace`` or
    ``$NUKEGRAPH_REPLACE_GAZETTEERS``), then the folders and user gazetteer files of
    ``$NUKEGRAPH_GAZETTEERS``, then ``extra``; each adds to the ones before."""
    replace = replace or os.environ.get(REPLACE_ENV, "").strip() not in ("", "0")
    layers = [] if replace else [bundled_gazetteer_dir()]
    layers += env_gazetteer_dirs() + list(extra)
    if not layers:
        raise GazetteerError(
            "--replace-gazetteers",
            None,
            f"no gazetteer folder left to read; give one with --gazetteers DIR or {GAZETTEERS_ENV}",
        )
    return layers


def _rows(
    path: Path, header: list[str], optional: tuple[str, ...] = (), repeat_header: bool = False
) -> list[tuple[int, list[str]]]:
    """The data rows of a TSV file with their line numbers, after checking the header.

    ``optional`` columns may follow the required ones, in the header and in each row; a row
    gets an empty cell for each one it or the header leaves out. With ``repeat_header``, a later copy of the header line is
    skipped (a user file that suggestions were appended to, header and all)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GazetteerError(path, None, f"not UTF-8 (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise GazetteerError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    rows: list[tuple[int, list[str]]] = []
    seen_header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if seen_header is None:
            allowed = [header + list(optional[:n]) for n in range(len(optional) + 1)]
            if cells not in allowed:
                raise GazetteerError(
                    path, lineno, f"header must be {' <TAB> '.join(header)}, found {line!r}"
                )
            seen_header = cells
            continue
        if repeat_header and cells == seen_header:
            continue
        if not len(header) <= len(cells) <= len(seen_header):
            expected = (
                f"{len(header)} to {len(seen_header)}"
                if len(seen_header) > len(header)
                else str(len(header))
            )
            raise GazetteerError(
                path,
                lineno,
                f"expected {expected} tab-separated columns ({', '.join(seen_header)}), "
                f"found {len(cells)}",
            )
        rows.append((lineno, cells + [""] * (len(header) + len(optional) - len(cells))))
    if seen_header is None:
        raise GazetteerError(path, None, f"no header line ({' <TAB> '.join(header)})")
    return rows


def _split_list(value: str, path: Path, lineno: int, column: str) -> list[str]:
    if not value:
        return []
    items = [v.strip() for v in value.split("|")]
    if any(not v for v in items):
        raise GazetteerError(path, lineno, f"empty item in {column} ({value!r})")
    return items


def load_gazetteer(path: Path | Sequence[Path] | None = None) -> Gazetteer:
    """Load the gazetteers: ``path`` a folder (read alone), a user gazetteer file (added to the
    default ones), or several folders and files read in order; default: :func:`gazetteer_layers`
    (the bundled gazetteers and ``$NUKEGRAPH_GAZETTEERS``).

    The first source must be a folder holding every entity file. Each later one adds to it: a
    folder may hold any of the files, its rows and a user file's rows add entities, and a row
    whose class and id are known adds its names to that entity; blockers and patterns add up.
    """
    if path is None:
        layers = gazetteer_layers()
    elif isinstance(path, Path):
        layers = [*gazetteer_layers(), path] if path.is_file() else [path]
    else:
        layers = list(path)
    return _load(layers)


class _Builder:
    """Entities and surface forms as the files are read, each with the file and line that
    gave it, so that a clash names both places."""

    def __init__(self) -> None:
        self.entities: dict[EntityRef, Entity] = {}
        self.where: dict[EntityRef, str] = {}
        self.surfaces: dict[str, EntityRef] = {}
        self.surface_where: dict[str, str] = {}
        self.contains: dict[EntityRef, tuple[str, Path, int]] = {}  # raw cell, file, line

    def claim(self, name: str, ref: EntityRef, path: Path, lineno: int) -> None:
        key = normalize_name(name)
        if key in self.surfaces:
            first = self.surface_where[key]
            raise GazetteerError(
                path,
                lineno,
                f"name {name!r} of {ref.id} is already a name of "
                f"{self.surfaces[key].id} ({first}); a name may belong to one entity only",
            )
        self.surfaces[key] = ref
        self.surface_where[key] = f"{path}:{lineno}"

    def add_row(self, cls: str, cells: list[str], path: Path, lineno: int, user: bool) -> None:
        ident, zh, en, aliases, en_aliases, contains = cells
        id_format = _ID_FORMATS.get(cls, _DEFAULT_ID)
        if not id_format.fullmatch(ident):
            raise GazetteerError(
                path, lineno, f"id {ident!r} is not a valid {cls} identifier ({id_format.pattern})"
            )
        if not zh or not en:
            raise GazetteerError(path, lineno, f"{ident}: zh and en names are required")
        ref = EntityRef(cls, ident)
        alias_list = _split_list(aliases, path, lineno, "aliases")
        en_list = _split_list(en_aliases, path, lineno, "en_aliases")
        if contains:
            self.contains[ref] = (contains, path, lineno)
        known = self.entities.get(ref)
        if known is not None and user:
            # a user row for a bundled entity adds its names to it (a variant, a long form)
            added = [n for n in [zh, *alias_list] if self.surfaces.get(normalize_name(n)) != ref]
            for name in added:
                self.claim(name, ref, path, lineno)
            self.entities[ref] = replace(
                known,
                aliases=known.aliases + tuple(added),
                en_aliases=known.en_aliases
                + tuple(e for e in en_list if e not in known.en_aliases),
            )
            return
        if known is not None:
            raise GazetteerError(path, lineno, f"duplicate id {ident} (first at {self.where[ref]})")
        for name in [zh, *alias_list]:
            self.claim(name, ref, path, lineno)
        self.entities[ref] = Entity(ref, zh, en, tuple(alias_list), tuple(en_list))
        self.where[ref] = f"{path}:{lineno}"

    def resolve_contains(self) -> dict[EntityRef, frozenset[EntityRef]]:
        """The contains column checked: each item an entity one of whose names stands in one
        of the row's names (otherwise the row would claim what no text can show)."""
        out: dict[EntityRef, frozenset[EntityRef]] = {}
        for ref, (cell, path, lineno) in self.contains.items():
            inner: set[EntityRef] = set()
            outer_names = [normalize_name(n) for n in self.names(ref)]
            for item in _split_list(cell, path, lineno, CONTAINS):
                cls, _, ident = item.partition(":")
                target = EntityRef(cls, ident)
                if target not in self.entities or target == ref:
                    raise GazetteerError(
                        path,
                        lineno,
                        f"contains {item!r}: no such entity (write class:id, state:MNG)",
                    )
                names = [normalize_name(n) for n in self.names(target)]
                if not any(n in outer for n in names for outer in outer_names):
                    raise GazetteerError(
                        path,
                        lineno,
                        f"contains {item!r}: none of its names stands in {ref.id}'s names",
                    )
                inner.add(target)
            out[ref] = frozenset(inner)
        return out

    def names(self, ref: EntityRef) -> list[str]:
        ent = self.entities[ref]
        return [ent.zh, *ent.aliases]


def _load(layers: list[Path]) -> Gazetteer:
    for position, source in enumerate(layers):
        if position == 0 and source.is_file():
            raise GazetteerError(
                source,
                None,
                "a user gazetteer file adds to a gazetteer folder: give the folder first",
            )
        if not source.exists():
            raise GazetteerError(
                source,
                None,
                "gazetteer folder or file not found; pass --gazetteers with an existing one "
                f"(or fix {GAZETTEERS_ENV})",
            )
    digest = hashlib.sha256()
    built = _Builder()
    for position, source in enumerate(layers):
        if position:
            digest.update(f"\0{position}\0".encode())
        if source.is_file():
            _load_user_file(source, built, digest)
            continue
        for filename, cls in ENTITY_FILES.items():
            path = source / filename
            if not path.exists():
                if position == 0:
                    raise GazetteerError(path, None, "missing gazetteer file")
                continue  # a folder added to another may hold only some files
            digest.update(path.read_bytes())
            for lineno, cells in _rows(path, ENTITY_HEADER, (CONTAINS,)):
                built.add_row(cls, cells, path, lineno, user=position > 0)
    contains = built.resolve_contains()
    blockers: set[str] = set()
    patterns: list[ContextPattern] = []
    initials: dict[str, EntityRef] = {}
    persons: dict[str, tuple[EntityRef, str]] = {}
    project: dict[EntityRef, tuple[EntityRef | None, Path, int]] = {}
    opposite: dict[EntityRef, tuple[EntityRef, Path, int]] = {}
    stated: set[EntityRef] = set()
    for source in layers:
        if source.is_dir():
            _load_persons(source / "persons.tsv", built, persons, digest)
            _load_project_topics(
                source / "project_topics.tsv", built.entities, project, opposite, stated, digest
            )
            blockers |= _load_blockers(
                source / "blockers.tsv", built.surfaces, built.surface_where, digest
            )
            _load_initials(source / "initials.tsv", built.entities, initials, digest)
            patterns += _load_patterns(source / "patterns.tsv", built.entities, initials, digest)
    _check_broader(project, opposite)
    return Gazetteer(
        built.entities,
        built.surfaces,
        frozenset(blockers),
        tuple(patterns),
        digest.hexdigest()[:16],
        contains,
        {name: ref for name, (ref, _where) in persons.items()},
        {topic: ref for topic, (ref, *_where) in project.items() if ref is not None},
        frozenset(project),
        opposite={topic: ref for topic, (ref, *_where) in opposite.items()},
        stated_topics=frozenset(stated),
        initials=dict(initials),
    )


def _load_user_file(user_file: Path, built: _Builder, digest: hashlib._Hash) -> None:
    """A user gazetteer file (``suggest --out``): rows of any class, a first column naming it."""
    digest.update(user_file.read_bytes())
    for lineno, cells in _rows(user_file, USER_HEADER, (CONTAINS,), repeat_header=True):
        cls = cells[0]
        if cls not in ENTITY_FILES.values():
            classes = ", ".join(ENTITY_FILES.values())
            raise GazetteerError(user_file, lineno, f"unknown class {cls!r} (one of {classes})")
        built.add_row(cls, cells[1:], user_file, lineno, user=True)


def _load_blockers(
    path: Path, surfaces: dict[str, EntityRef], surface_where: dict[str, str], digest: hashlib._Hash
) -> set[str]:
    if not path.exists():
        return set()
    digest.update(path.read_bytes())
    blockers: set[str] = set()
    for lineno, (phrase, _reason) in _rows(path, BLOCKER_HEADER):
        key = normalize_name(phrase)
        if not key:
            raise GazetteerError(path, lineno, "empty phrase")
        if key in surfaces:
            raise GazetteerError(
                path,
                lineno,
                f"{phrase!r} is a name of {surfaces[key].id} ({surface_where[key]}); "
                "a blocker would hide it",
            )
        if key in blockers:
            raise GazetteerError(path, lineno, f"duplicate blocker {phrase!r}")
        blockers.add(key)
    return blockers


_ONE_CJK = re.compile(r"[\u3400-\u9fff]")


def _load_initials(
    path: Path,
    entities: dict[EntityRef, Entity],
    initials: dict[str, EntityRef],
    digest: hashlib._Hash,
) -> None:
    """``initials.tsv``: the one character that names a state in a run (中美两国, 美苏于……)."""
    if not path.exists():
        return
    digest.update(path.read_bytes())
    for lineno, (initial, ident, _note) in _rows(path, INITIAL_HEADER):
        if not _ONE_CJK.fullmatch(initial):
            raise GazetteerError(path, lineno, f"an initial is one Chinese character: {initial!r}")
        ref = EntityRef("state", ident)
        if ref not in entities:
            raise GazetteerError(path, lineno, f"unknown state {ident}")
        if initial in initials and initials[initial] != ref:
            other = initials[initial].id
            raise GazetteerError(path, lineno, f"{initial} is already the initial of {other}")
        initials[initial] = ref


def _load_project_topics(
    path: Path,
    entities: dict[EntityRef, Entity],
    project: dict[EntityRef, tuple[EntityRef | None, Path, int]],
    opposite: dict[EntityRef, tuple[EntityRef, Path, int]],
    stated: set[EntityRef],
    digest: hashlib._Hash,
) -> None:
    """``project_topics.tsv``: the topics beyond the contract's table, each with the contract's
    topic it is a kind of, if any (半岛无核化 of 核裁军), the one opposing it supports, if any
    (核恐怖主义: 核安全), and whether positions on it are stated by its own name (``stated``).
    Checked by :func:`_check_broader` once every layer is read."""
    if not path.exists():
        return
    digest.update(path.read_bytes())
    for lineno, (topic, wider, _note, against, named) in _rows(
        path, PROJECT_TOPIC_HEADER, (OPPOSITE, STATED)
    ):
        narrow = EntityRef("topic", topic)
        if named not in ("", "yes"):
            raise GazetteerError(path, lineno, f"stated must be yes or empty, found {named!r}")
        if named:
            stated.add(narrow)
        wide = EntityRef("topic", wider) if wider else None
        if against:
            opposite[narrow] = (EntityRef("topic", against), path, lineno)
        for ref in (narrow, wide, EntityRef("topic", against) if against else None):
            if ref is not None and ref not in entities:
                raise GazetteerError(path, lineno, f"unknown topic {ref.id} (an id of topics.tsv)")
        if narrow == wide:
            raise GazetteerError(path, lineno, f"{topic} cannot be broader than itself")
        if narrow in project:
            _, first, first_line = project[narrow]
            raise GazetteerError(path, lineno, f"{topic} has a row already ({first}:{first_line})")
        project[narrow] = (wide, path, lineno)


def _check_broader(
    project: dict[EntityRef, tuple[EntityRef | None, Path, int]],
    opposite: dict[EntityRef, tuple[EntityRef, Path, int]],
) -> None:
    """A broader or opposite topic is the contract's: one level, so a statement's object is
    never a topic of the project's own because of a row here."""
    named = [("broader", narrow, *row) for narrow, row in project.items()]
    named += [("opposite", narrow, *row) for narrow, row in opposite.items()]
    for column, narrow, topic, path, lineno in named:
        if topic in project:
            raise GazetteerError(
                path,
                lineno,
                f"{narrow.id}'s {column} topic {topic.id} is a project topic itself: "
                "name a topic of the contract's table",
            )


_PERSON_NAME = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff·]*[\u3400-\u9fff]")


def _load_persons(
    path: Path,
    built: _Builder,
    persons: dict[str, tuple[EntityRef, str]],
    digest: hashlib._Hash,
) -> None:
    """``persons.tsv``: who acts for which state or body in office (奥巴马总统 speaks for the
    USA). Each name and alias belongs to one person and is no entity's name."""
    if not path.exists():
        return
    digest.update(path.read_bytes())
    for lineno, (name, actor, en, aliases, _note) in _rows(path, PERSON_HEADER):
        cls, _, ident = actor.partition(":")
        ref = EntityRef(cls, ident)
        if ref not in built.entities:
            raise GazetteerError(
                path, lineno, f"unknown actor {actor!r} (write class:id, e.g. state:USA)"
            )
        if cls not in ("state", "organization", "group"):
            raise GazetteerError(path, lineno, f"a person acts for an actor, not a {cls}")
        if not en:
            raise GazetteerError(path, lineno, "the en column is empty")
        for form in [name, *(a.strip() for a in aliases.split("|") if a.strip())]:
            if not _PERSON_NAME.fullmatch(form):
                raise GazetteerError(
                    path, lineno, f"a name is two or more Chinese characters: {form!r}"
                )
            key = normalize_name(form)
            if key in built.surfaces:
                raise GazetteerError(
                    path,
                    lineno,
                    f"{form!r} is a name of {built.surfaces[key].id} "
                    f"({built.surface_where[key]}), not a person's",
                )
            if form in persons:
                raise GazetteerError(
                    path, lineno, f"{form!r} is already a person's name ({persons[form][1]})"
                )
            persons[form] = (ref, f"{path}:{lineno}")


def _load_patterns(
    path: Path,
    entities: dict[EntityRef, Entity],
    initials: dict[str, EntityRef],
    digest: hashlib._Hash,
) -> tuple[ContextPattern, ...]:
    if not path.exists():
        return ()
    digest.update(path.read_bytes())
    patterns: list[ContextPattern] = []
    every_initial = "[" + "".join(sorted(initials)) + "]"
    for lineno, (cls, ident, pattern, unless, _note) in _rows(path, PATTERN_HEADER):
        if INITIAL_CLASS in pattern and not initials:
            raise GazetteerError(path, lineno, f"{INITIAL_CLASS} needs initials.tsv beside it")
        pattern = pattern.replace(INITIAL_CLASS, every_initial)
        try:
            compiled = re.compile(pattern)
            compiled_unless = re.compile(unless) if unless else None
        except re.error as exc:
            raise GazetteerError(path, lineno, f"invalid regular expression: {exc}") from exc
        if "m" not in compiled.groupindex:
            raise GazetteerError(path, lineno, "pattern needs a named group (?P<m>...)")
        anchor_class = pattern_anchor_class(pattern)
        if ident == BY_INITIAL:
            mention = _MENTION_CLASS.search(pattern)
            if cls != "state" or mention is None:
                raise GazetteerError(
                    path,
                    lineno,
                    f"id {BY_INITIAL} (the state by its initial) needs class state and a mention "
                    "opening with one character of a class ((?P<m>[美俄]), (?P<m>{INITIAL}方))",
                )
            unknown = [c for c in mention.group("chars") if c not in initials]
            if unknown:
                raise GazetteerError(
                    path, lineno, f"{''.join(unknown)} not in initials.tsv: whose initial is it?"
                )
            ref = None
        else:
            ref = EntityRef(cls, ident)
            if ref not in entities:
                raise GazetteerError(path, lineno, f"unknown entity {cls} {ident}")
        patterns.append(
            ContextPattern(
                ref,
                compiled,
                compiled_unless,
                f"{path}:{lineno}",
                pattern_anchor(pattern),
                anchor_class,
                dict(initials) if ref is None else None,
            )
        )
    return tuple(patterns)


_CLASS = r"\[(?:[^\]\\]|\\.)*\]"
# look-behinds a mention may follow and still be anchored: (?<![…]), (?:^|(?<=[…])), (?<=[…]{2})
# ...and alternatives of literal look-behinds, (?:(?<=《中亚无核武器区条约》)|(?<=《曼谷条约》附加))
_LITERAL_BEHIND = r"\(\?<=[^\\()\[\]{}|.*+?^$]+\)"
_LOOKBEHIND = (
    rf"(?:\(\?<!{_CLASS}\)|\(\?:\^\|\(\?<={_CLASS}\)\)|\(\?<={_CLASS}(?:\{{\d\}})?\)"
    rf"|\(\?:{_LITERAL_BEHIND}(?:\|{_LITERAL_BEHIND})*\))"
)
_LEADING_LOOKBEHINDS = re.compile(rf"{_LOOKBEHIND}*\(\?P<m>(?P<literal>[^\\()\[\]{{}}|.*+?^$]+)\)")


_LEADING_CLASS = re.compile(
    rf"{_LOOKBEHIND}*\(\?P<m>(?P<cls>\[[^\]\\^-]+\])[^\\()\[\]{{}}|.*+?^$]*\)"
)


def pattern_anchor(pattern: str) -> str | None:
    """The literal a pattern's every match starts with: its mention group, when that group is a
    plain literal with only look-behinds (``(?<![…])``, ``(?:^|(?<=[…]))``) before it."""
    found = _LEADING_LOOKBEHINDS.match(pattern)
    return found.group("literal") if found else None


def pattern_anchor_class(pattern: str) -> re.Pattern[str] | None:
    """The same for a mention that is one character of a plain class (``(?P<m>[美俄])``)."""
    found = _LEADING_CLASS.match(pattern)
    return re.compile(found.group("cls")) if found else None


# the mention of a row by initial: one character of a plain class, and a word after it (中方)
_MENTION_CLASS = re.compile(r"\(\?P<m>\[(?P<chars>[^\]\\^-]+)\][^\\()\[\]{}|.*+?^$]*\)")


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters (matched as a whole token, labelled ``@en``)."""
    return bool(_LATIN.search(name)) and all(ord(ch) < 0x2E80 for ch in name)
