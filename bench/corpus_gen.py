"""Seeded benchmark corpora made by recombining real paragraphs of the bundled documents.

Each generated document draws whole paragraphs (blank-line separated blocks, page furniture
included) from the documents in ``corpus/`` until it reaches a size drawn from the real
documents' range. A running-header line that names the source document's UN symbol is
replaced by a symbol of the generated document's own (``BENCH/<seed>/<n>``), so each generated
document keeps a distinct ``ng:id`` as a real one would.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from nukegraph.normalize import UN_SYMBOL_LINE

_BLOCKS = re.compile(r"\n[ \t\u3000]*\n")


def paragraphs(corpus_dir: Path) -> list[str]:
    """The non-empty blank-line separated blocks of every document in ``corpus_dir``."""
    blocks: list[str] = []
    for path in sorted(corpus_dir.glob("*.txt")) + sorted(corpus_dir.glob("*.md")):
        text = path.read_text("utf-8-sig").replace("\r\n", "\n")
        blocks.extend(b for b in _BLOCKS.split(text) if b.strip())
    if not blocks:
        raise SystemExit(f"{corpus_dir}: no paragraphs to recombine")
    return blocks


def _own_symbol(block: str, symbol: str) -> str:
    lines = block.split("\n")
    return "\n".join(
        line.replace(line.strip(), symbol) if UN_SYMBOL_LINE.fullmatch(line.strip()) else line
        for line in lines
    )


def generate(
    corpus_dir: Path,
    out_dir: Path,
    total_bytes: int,
    seed: int = 0,
    doc_bytes: tuple[int, int] = (20_000, 80_000),
) -> tuple[int, int]:
    """Write documents until ``total_bytes`` of UTF-8 are written; return (documents, bytes).

    The same arguments always write the same files (``random.Random(seed)``). A folder that
    already holds the corpus for these arguments is reused (a ``.complete`` marker says so).
    """
    marker = out_dir / ".complete"
    stamp = f"{total_bytes} {seed} {doc_bytes[0]} {doc_bytes[1]}\n"
    if marker.exists() and marker.read_text() == stamp:
        files = sorted(out_dir.glob("*.txt"))
        return len(files), sum(f.stat().st_size for f in files)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.txt"):
        old.unlink()
    rng = random.Random(seed)
    blocks = paragraphs(corpus_dir)
    written = n = 0
    while written < total_bytes:
        target = min(rng.randint(*doc_bytes), total_bytes - written)
        symbol = f"BENCH/{seed}/{n}"
        parts: list[str] = []
        size = 0
        while size < target:
            block = _own_symbol(rng.choice(blocks), symbol)
            parts.append(block)
            size += len(block.encode("utf-8")) + 2
        data = ("\n\n".join(parts) + "\n").encode("utf-8")
        (out_dir / f"doc_{n:06d}.txt").write_bytes(data)
        written += len(data)
        n += 1
    marker.write_text(stamp)
    return n, written
