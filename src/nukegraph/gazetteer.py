"""Load and validate the gazetteers (format: ``gazetteers/README.md``).

Loading is strict: a malformed row, an unknown identifier, a duplicate identifier or an alias
claimed twice raises :class:`GazetteerError` with the file and line, because a silently
accepted duplicate turns into a wrong fact in every document that uses the name.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
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
BLOCKER_HEADER = ["phrase", "reason"]
PATTERN_HEADER = ["class", "id", "pattern", "unless_document_matches", "note"]

_ID_FORMATS = {"state": re.compile(r"[A-Z]{3}")}
_DEFAULT_ID = re.compile(r"[A-Z0-9]+(?:_[A-Z0-9]+)*")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class ContextPattern:
    """A name that is an entity only in context (``大会`` as the General Assembly)."""

    ref: EntityRef
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    source: str  # "file:line", for error messages and debugging
    # the literal every match starts with, when only look-behinds stand before a mention that is
    # that literal (``(?<![议])(?P<m>大会)``): the matcher then tries the pattern only where the
    # literal occurs, since the regex engine cannot skip ahead past a leading look-behind
    anchor: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    entities: dict[EntityRef, Entity]
    surfaces: dict[str, EntityRef]  # normalized surface form -> entity
    blockers: frozenset[str]
    patterns: tuple[ContextPattern, ...]
    version: str  # digest of every file's bytes: a cache key for extraction results

    def entity(self, ref: EntityRef) -> Entity:
        return self.entities[ref]


def default_gazetteer_dir() -> Path:
    """``$NUKEGRAPH_GAZETTEERS``, else the source checkout's ``gazetteers/``, else ``./gazetteers``."""
    env = os.environ.get("NUKEGRAPH_GAZETTEERS")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[2] / "gazetteers"
    if (checkout / "states.tsv").exists():
        return checkout
    return Path.cwd() / "gazetteers"


def _rows(path: Path, header: list[str]) -> list[tuple[int, list[str]]]:
    """The data rows of a TSV file with their line numbers, after checking the header."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GazetteerError(path, None, f"not UTF-8 (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise GazetteerError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    rows: list[tuple[int, list[str]]] = []
    seen_header = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not seen_header:
            if cells != header:
                raise GazetteerError(
                    path, lineno, f"header must be {' <TAB> '.join(header)}, found {line!r}"
                )
            seen_header = True
            continue
        if len(cells) != len(header):
            raise GazetteerError(
                path,
                lineno,
                f"expected {len(header)} tab-separated columns ({', '.join(header)}), "
                f"found {len(cells)}",
            )
        rows.append((lineno, cells))
    if not seen_header:
        raise GazetteerError(path, None, f"no header line ({' <TAB> '.join(header)})")
    return rows


def _split_list(value: str, path: Path, lineno: int, column: str) -> list[str]:
    if not value:
        return []
    items = [v.strip() for v in value.split("|")]
    if any(not v for v in items):
        raise GazetteerError(path, lineno, f"empty item in {column} ({value!r})")
    return items


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Load every gazetteer file of ``directory`` (default: :func:`default_gazetteer_dir`)."""
    directory = directory or default_gazetteer_dir()
    if not directory.is_dir():
        raise GazetteerError(
            directory,
            None,
            "gazetteer folder not found; pass --gazetteers or set NUKEGRAPH_GAZETTEERS",
        )
    digest = hashlib.sha256()
    entities: dict[EntityRef, Entity] = {}
    where: dict[EntityRef, str] = {}
    surfaces: dict[str, EntityRef] = {}
    surface_where: dict[str, str] = {}

    for filename, cls in ENTITY_FILES.items():
        path = directory / filename
        if not path.exists():
            raise GazetteerError(path, None, "missing gazetteer file")
        digest.update(path.read_bytes())
        id_format = _ID_FORMATS.get(cls, _DEFAULT_ID)
        for lineno, (ident, zh, en, aliases, en_aliases) in _rows(path, ENTITY_HEADER):
            loc = f"{path}:{lineno}"
            if not id_format.fullmatch(ident):
                raise GazetteerError(
                    path,
                    lineno,
                    f"id {ident!r} is not a valid {cls} identifier ({id_format.pattern})",
                )
            if not zh or not en:
                raise GazetteerError(path, lineno, f"{ident}: zh and en names are required")
            ref = EntityRef(cls, ident)
            if ref in entities:
                raise GazetteerError(path, lineno, f"duplicate id {ident} (first at {where[ref]})")
            alias_list = _split_list(aliases, path, lineno, "aliases")
            for name in [zh, *alias_list]:
                key = normalize_name(name)
                if key in surfaces:
                    first = surface_where[key]
                    raise GazetteerError(
                        path,
                        lineno,
                        f"name {name!r} of {ident} is already a name of "
                        f"{surfaces[key].id} ({first}); a name may belong to one entity only",
                    )
                surfaces[key] = ref
                surface_where[key] = loc
            entities[ref] = Entity(
                ref,
                zh,
                en,
                tuple(alias_list),
                tuple(_split_list(en_aliases, path, lineno, "en_aliases")),
            )
            where[ref] = loc

    blockers = _load_blockers(directory / "blockers.tsv", surfaces, surface_where, digest)
    patterns = _load_patterns(directory / "patterns.tsv", entities, digest)
    return Gazetteer(entities, surfaces, frozenset(blockers), patterns, digest.hexdigest()[:16])


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


def _load_patterns(
    path: Path, entities: dict[EntityRef, Entity], digest: hashlib._Hash
) -> tuple[ContextPattern, ...]:
    if not path.exists():
        return ()
    digest.update(path.read_bytes())
    patterns: list[ContextPattern] = []
    for lineno, (cls, ident, pattern, unless, _note) in _rows(path, PATTERN_HEADER):
        ref = EntityRef(cls, ident)
        if ref not in entities:
            raise GazetteerError(path, lineno, f"unknown entity {cls} {ident}")
        try:
            compiled = re.compile(pattern)
            compiled_unless = re.compile(unless) if unless else None
        except re.error as exc:
            raise GazetteerError(path, lineno, f"invalid regular expression: {exc}") from exc
        if "m" not in compiled.groupindex:
            raise GazetteerError(path, lineno, "pattern needs a named group (?P<m>...)")
        patterns.append(
            ContextPattern(
                ref, compiled, compiled_unless, f"{path}:{lineno}", pattern_anchor(pattern)
            )
        )
    return tuple(patterns)


_CLASS = r"\[(?:[^\]\\]|\\.)*\]"
_LEADING_LOOKBEHINDS = re.compile(
    rf"(?:\(\?<!{_CLASS}\)|\(\?:\^\|\(\?<={_CLASS}\)\))*\(\?P<m>(?P<literal>[^\\()\[\]{{}}|.*+?^$]+)\)"
)


def pattern_anchor(pattern: str) -> str | None:
    """The literal a pattern's every match starts with: its mention group, when that group is a
    plain literal with only look-behinds (``(?<![…])``, ``(?:^|(?<=[…]))``) before it."""
    found = _LEADING_LOOKBEHINDS.match(pattern)
    return found.group("literal") if found else None


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters (matched as a whole token, labelled ``@en``)."""
    return bool(_LATIN.search(name)) and all(ord(ch) < 0x2E80 for ch in name)
