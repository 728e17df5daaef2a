"""Long documents: a document on one endless line costs what its text with line breaks costs,
and a long document's build says how far it has gone."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer
from nukegraph.pipeline import build
from nukegraph.records import SourceDocument

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _text(chars: int) -> str:
    base = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return (base * (chars // len(base) + 1))[:chars]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_gazetteer())


def _seconds(extractor: Extractor, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        extractor.extract(SourceDocument("doc.txt", text, "utf-8"))
        best = min(best, time.process_time() - start)
    return best


def test_a_document_on_one_line_grows_linearly(extractor):
    """Four times the text takes about four times as long, not sixteen (a complexity check:
    a backward scan to the start of an endless line for each name made it quadratic)."""
    small = _text(60_000).replace("\n", "")
    large = _text(240_000).replace("\n", "")
    ratio = _seconds(extractor, large) / _seconds(extractor, small)
    assert ratio < 8, f"four times the text took {ratio:.1f} times as long"


def test_a_long_document_reports_how_far_its_extraction_has_gone(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text(_text(400_000), encoding="utf-8")  # 1.2 MB of UTF-8
    messages: list[str] = []
    build(corpus, tmp_path / "out", progress=messages.append, formats=("ttl",), cache=False)
    inside = [m for m in messages if m.startswith("long.txt: relations")]
    assert len(inside) >= 5, messages
    assert any(m.startswith("long.txt: names found") for m in messages)
