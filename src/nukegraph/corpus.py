"""Find and decode the input documents of a corpus folder.

Chinese UN texts come as UTF-8 (with or without a byte-order mark), sometimes UTF-16 with a
BOM, and often GB18030. Anything else is refused with a :class:`DocumentError` naming the file,
so that one bad file never silently turns into garbage entities.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from .errors import CorpusError, DocumentError
from .records import SourceDocument

DOCUMENT_SUFFIXES = (".txt", ".md")

# A GB18030 decode of text that is not Chinese still "succeeds" (GBK accepts most byte pairs),
# but yields rare characters. Real Chinese prose is nearly all within GB2312.
_MIN_GB2312_SHARE = 0.9


def find_documents(corpus_dir: Path) -> list[Path]:
    """The documents under ``corpus_dir`` (recursively), in a stable order."""
    if not corpus_dir.exists():
        raise CorpusError(f"{corpus_dir}: corpus folder does not exist")
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: not a folder; give the folder that holds the documents")
    paths = sorted(
        p
        for p in corpus_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES and not _hidden(p, corpus_dir)
    )
    if not paths:
        raise CorpusError(
            f"{corpus_dir}: no documents found (expected {' or '.join(DOCUMENT_SUFFIXES)} files)"
        )
    return paths


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


class Decoded(NamedTuple):
    """A document's text, the encoding it was read in, and how many control characters in it
    were replaced by spaces (stray bytes of a conversion: NUL, ESC...)."""

    text: str
    encoding: str
    controls: int = 0


def decode(data: bytes, path: Path | str = "<bytes>") -> Decoded:
    """Decode a document's bytes, or raise :class:`DocumentError` naming ``path``.

    Text with a few control characters is text: each is replaced by a space (one character for
    one, so offsets still count the file's characters) and counted in ``Decoded.controls``.
    A file is binary when control characters are more than a trace of it.
    """
    if not data.strip():
        raise DocumentError(path, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), path, "utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(path, f"invalid UTF-16 at byte {exc.start}") from exc
    nuls = data.count(0)
    if _too_many(nuls, len(data)):
        raise DocumentError(path, _binary_problem(data, nuls))
    try:
        return _checked(data.decode("utf-8-sig"), path, "utf-8")
    except UnicodeDecodeError as utf8_error:
        head = data[:_SNIFF]
        if _too_many(len(_CONTROL_BYTES.findall(head)), len(head)):
            raise DocumentError(path, "binary file (control bytes), not a text document") from None
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise DocumentError(
                path,
                f"not UTF-8 (invalid byte at {utf8_error.start}) and not GB18030 either; "
                "convert it to UTF-8",
            ) from utf8_error
        if not _looks_chinese(text):
            raise DocumentError(
                path,
                f"not UTF-8 (invalid byte at {utf8_error.start}), and decoding it as GB18030 "
                "gives implausible text; convert it to UTF-8",
            ) from utf8_error
        return _checked(text, path, "gb18030")


# control characters other than the white space of text (\t \n \v \f \r)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_SNIFF = 20000  # characters looked at to tell text from binary


def _too_many(controls: int, length: int) -> bool:
    """More control characters than a text carries by accident: over 1% and over 8 of them,
    or over a tenth of a short file."""
    return controls > max(8, length // 100) or (controls > 1 and controls * 10 > length)


def _binary_problem(data: bytes, nuls: int) -> str:
    # UTF-16 without a byte-order mark: the zero bytes of ASCII characters all fall on one side
    if nuls > 8 and max(data[0::2].count(0), data[1::2].count(0)) >= 0.9 * nuls:
        return (
            "binary-looking file: its zero bytes suggest UTF-16 without a byte-order mark; "
            "save it as UTF-8"
        )
    return f"binary file ({nuls} NUL bytes), not a text document"


def _checked(text: str, path: Path | str, encoding: str) -> Decoded:
    sniffed = len(_CONTROL.findall(text, 0, _SNIFF))
    if _too_many(sniffed, len(text[:_SNIFF])):
        raise DocumentError(path, "binary file (control characters), not a text document")
    if not text.strip():
        raise DocumentError(path, "empty file")
    controls = 0
    if _CONTROL.search(text):
        text, controls = _CONTROL.subn(" ", text)
    return Decoded(text, encoding, controls)


def _looks_chinese(text: str) -> bool:
    cjk = [ch for ch in text[:50000] if ord(ch) > 0x7F and not ch.isspace()]
    if not cjk:
        return True  # pure ASCII would have decoded as UTF-8 already
    common = 0
    for ch in cjk:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(cjk) >= _MIN_GB2312_SHARE


def read_document(path: Path, corpus_dir: Path) -> SourceDocument:
    """Read and decode one document; raise :class:`DocumentError` naming it on failure."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror or exc}") from exc
    text, encoding, _controls = decode(data, path)
    # Offsets are into the decoded text with line endings as read: keep "\r\n" as is.
    rel = path.relative_to(corpus_dir).as_posix()
    return SourceDocument(path=rel, text=text, encoding=encoding)


def iter_documents(
    corpus_dir: Path, paths: list[Path] | None = None
) -> Iterator[SourceDocument | DocumentError]:
    """Yield each document, or the error that stopped it, so one bad file never costs the others."""
    for path in paths if paths is not None else find_documents(corpus_dir):
        try:
            yield read_document(path, corpus_dir)
        except DocumentError as exc:
            yield exc
