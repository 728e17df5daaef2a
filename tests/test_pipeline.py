"""The build loop: workers and Dask give the single-worker outputs, and the incremental cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nukegraph import pipeline
from nukegraph.cache import CACHE_DIRNAME
from nukegraph.errors import DocumentError
from nukegraph.pipeline import build

from conftest import write_gazetteer

REAL_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_gazetteer(tmp_path_factory.mktemp("gaz"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The bundled documents, a copy of each in a sub-folder, a short one and an unreadable one."""
    root = tmp_path / "corpus"
    sub = root / "more"
    sub.mkdir(parents=True)
    for doc in sorted(REAL_CORPUS.glob("*.txt")):
        shutil.copy(doc, root / doc.name)
        shutil.copy(doc, sub / f"copy_{doc.name}")
    (root / "short.txt").write_text(
        "美国和中国支持《不扩散核武器条约》。见CD/1888号文件。\n", "utf-8"
    )
    (root / "broken.txt").write_bytes(b"\x00\x01binary")
    return root


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file as users see it (the cache and the build folders behind the links aside),
    by name."""
    if not out.is_dir():
        return {}
    files = []
    for top in out.iterdir():
        if top.name.startswith("."):
            continue
        files += [top] if top.is_file() else [p for p in top.rglob("*") if p.is_file()]
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(files)}


ALL_FORMATS = ("ttl", "html", "nt", "jsonld", "graphml")


def test_workers_give_the_single_worker_outputs_byte_for_byte(
    corpus: Path, gaz: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)  # a small corpus still uses the pool
    one = build(
        corpus, tmp_path / "one", gazetteer_dir=gaz, workers=1, cache=False, formats=ALL_FORMATS
    )
    said: list[str] = []
    two = build(
        corpus,
        tmp_path / "two",
        gazetteer_dir=gaz,
        workers=2,
        cache=False,
        progress=said.append,
        formats=ALL_FORMATS,
    )
    assert any("2 worker processes" in msg for msg in said)
    written = outputs(tmp_path / "one")
    assert {"graph.nt", "graph.jsonld", "graph.graphml"} <= set(written)
    assert written == outputs(tmp_path / "two")
    assert (one.documents, one.mentions, one.entities) == (
        two.documents,
        two.mentions,
        two.entities,
    )
    assert [str(e) for e in one.skipped] == [str(e) for e in two.skipped]
    assert len(two.skipped) == 1 and "broken.txt" in str(two.skipped[0])


def test_strict_with_workers_raises_for_the_unreadable_document(
    corpus: Path, gaz: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)
    with pytest.raises(DocumentError, match=r"broken\.txt"):
        build(corpus, tmp_path / "out", gazetteer_dir=gaz, workers=2, strict=True, cache=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.timeout(120)
def test_dask_cluster_gives_the_local_outputs(corpus: Path, gaz: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    build(corpus, tmp_path / "local", gazetteer_dir=gaz, workers=1, cache=False)
    # tcp, not inproc: tasks, the worker plugin and results really go through serialization
    with LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        summary = build(
            corpus,
            tmp_path / "dask",
            gazetteer_dir=gaz,
            scheduler=cluster.scheduler_address,
            cache=False,
        )
    assert outputs(tmp_path / "local") == outputs(tmp_path / "dask")
    assert len(summary.skipped) == 1


def _count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = pipeline.Extractor.extract

    def counting(self, source, progress=None):
        seen.append(source.path)
        return original(self, source, progress)

    monkeypatch.setattr(pipeline.Extractor, "extract", counting)
    return seen


def test_an_unchanged_corpus_is_not_extracted_again(
    corpus: Path, gaz: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = build(corpus, out, gazetteer_dir=gaz, workers=1)
    before = outputs(out)
    seen = _count_extractions(monkeypatch)
    second = build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert seen == []
    assert second.cached == 7  # all but the unreadable one
    assert second.documents == first.documents
    assert outputs(out) == before
    assert len(second.skipped) == 1  # an unreadable document is still reported


def test_only_a_changed_or_added_document_is_extracted(
    corpus: Path, gaz: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    (corpus / "short.txt").write_text("印度尼西亚和几内亚比绍支持全面禁试条约。\n", "utf-8")
    (corpus / "new.txt").write_text("欧盟支持联合国裁军研究所。\n", "utf-8")
    seen = _count_extractions(monkeypatch)
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert sorted(seen) == ["new.txt", "short.txt"]
    incremental = outputs(out)
    build(corpus, tmp_path / "fresh", gazetteer_dir=gaz, workers=1, cache=False)
    assert incremental == outputs(tmp_path / "fresh")
    assert b"IDN" in incremental["graph.ttl"]


def test_a_gazetteer_change_extracts_everything_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gaz = write_gazetteer(tmp_path / "gaz")
    out = tmp_path / "out"
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    with (gaz / "states.tsv").open("a", encoding="utf-8") as handle:
        handle.write("AUT\t奥地利\tAustria\t\t\n")
    seen = _count_extractions(monkeypatch)
    summary = build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert summary.cached == 0
    assert len(seen) == 7


def test_an_interrupted_build_leaves_a_usable_cache(
    corpus: Path, gaz: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    before = outputs(out)
    for doc in corpus.rglob("*.txt"):  # every document changes: all are extracted again
        if doc.name != "broken.txt":
            doc.write_text(doc.read_text("utf-8") + "\n中国。\n", "utf-8")
    original = pipeline.Extractor.extract
    calls: list[str] = []

    def crash_on_the_fourth(self, source, progress=None):
        calls.append(source.path)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return original(self, source, progress)

    monkeypatch.setattr(pipeline.Extractor, "extract", crash_on_the_fourth)
    with pytest.raises(KeyboardInterrupt):
        build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert outputs(out) == before  # the previous outputs are intact
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]

    seen = _count_extractions(monkeypatch)
    resumed = build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert resumed.cached == 3  # the three finished before the interruption
    assert len(seen) == 4
    build(corpus, tmp_path / "fresh", gazetteer_dir=gaz, workers=1, cache=False)
    assert outputs(out) == outputs(tmp_path / "fresh")


def test_a_damaged_cache_entry_is_extracted_again(
    corpus: Path, gaz: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    before = outputs(out)
    entries = sorted((out / CACHE_DIRNAME).rglob("*.pickle"))
    assert len(entries) == 7
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # torn
    entries[1].write_bytes(b"not a pickle")
    seen = _count_extractions(monkeypatch)
    summary = build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert len(seen) == 2 and summary.cached == 5
    assert outputs(out) == before
    seen.clear()
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert seen == []  # the damaged entries were replaced


def test_entries_of_removed_documents_are_pruned(corpus: Path, gaz: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    shutil.rmtree(corpus / "more")
    stray = out / CACHE_DIRNAME / "v1" / "ab" / ".x.pickle.1234.tmp"  # left by a killed build
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"partial")
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert len(list((out / CACHE_DIRNAME).rglob("*.pickle"))) == 4
    assert not stray.exists()


def test_no_cache_writes_no_cache(corpus: Path, gaz: Path, tmp_path: Path) -> None:
    build(corpus, tmp_path / "out", gazetteer_dir=gaz, workers=1, cache=False)
    assert not (tmp_path / "out" / CACHE_DIRNAME).exists()


def test_cache_entries_belong_to_one_code_and_gazetteer_version(tmp_path: Path) -> None:
    from nukegraph.cache import CachedDocument, ResultCache, pickle_entry
    from nukegraph.graph import summarize
    from nukegraph.records import DocumentResult

    entry = CachedDocument(summarize(DocumentResult("a.txt", "A/1", "t", 3)), b"ttl\n")
    cache = ResultCache(tmp_path, "gaz1", code="code1")
    key = cache.key("a.txt", "digest")
    cache.put_payload(key, pickle_entry(entry))
    assert cache.get(key, "a.txt") == entry
    assert cache.get(key, "b.txt") is None  # another path never takes this result
    cache.put_payload(key, pickle_entry(entry))
    for other in (
        ResultCache(tmp_path, "gaz2", code="code1"),
        ResultCache(tmp_path, "gaz1", code="code2"),
    ):
        assert not other.has(other.key("a.txt", "digest"))
    assert cache.key("a.txt", "digest") != cache.key("a.txt", "other digest")


def test_build_flags_reach_the_pipeline(
    corpus: Path, gaz: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nukegraph.cli import main

    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--gazetteers", str(gaz)]
    assert main([*args, "--workers", "1", "--no-cache"]) == 0
    assert not (tmp_path / "out" / CACHE_DIRNAME).exists()
    assert main([*args, "--workers", "1"]) == 0
    assert main([*args, "--workers", "1"]) == 0
    assert "7 unchanged files taken from the cache" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main([*args, "--workers", "0"])
    assert "--workers: must be at least 1" in capsys.readouterr().err


def test_the_garbage_collector_is_restored_after_a_build(
    corpus: Path, gaz: Path, tmp_path: Path
) -> None:
    import gc

    build(corpus, tmp_path / "out", gazetteer_dir=gaz, workers=1)
    assert gc.isenabled()
    with pytest.raises(DocumentError):
        build(corpus, tmp_path / "out", gazetteer_dir=gaz, workers=1, strict=True)
    assert gc.isenabled()


def _documents(out: Path) -> dict[str, tuple[str, str]]:
    """Each input document node by source path: (its IRI, its ng:id)."""
    from rdflib import Graph

    from nukegraph.vocab import NG

    g = Graph().parse(out / "graph.ttl", format="turtle")
    return {
        str(path): (str(doc), str(g.value(doc, NG.id)))
        for doc, path in g.subject_objects(NG.sourcePath)
    }


def test_files_that_share_a_symbol_are_documents_of_their_own(gaz: Path, tmp_path: Path) -> None:
    from nukegraph.validate import validate_build
    from nukegraph.vocab import entity_iri

    corpus = tmp_path / "corpus"
    (corpus / "copies").mkdir(parents=True)
    cd1899 = REAL_CORPUS / "000_cec40cc49ae228da.txt"  # running header CD/1899
    shutil.copy(cd1899, corpus / "a.txt")
    shutil.copy(cd1899, corpus / "copies" / "a copy.txt")
    (corpus / "b.txt").write_text("CD/1899号文件。印度支持《不扩散核武器条约》。\n", "utf-8")
    out = tmp_path / "out"
    summary = build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert summary.documents == 3  # files, not symbols
    docs = _documents(out)
    assert docs == {
        "a.txt": (entity_iri("document", "CD/1899"), "CD/1899"),
        "copies/a copy.txt": (entity_iri("document", "CD/1899/copies/a copy.txt"), "CD/1899"),
        "b.txt": (entity_iri("document", "b"), "b"),
    }
    ttl = (out / "graph.ttl").read_text("utf-8")
    copy = f"<{docs['copies/a copy.txt'][0]}>"
    # the copy's mentions and statements are its own; b.txt's citation is the first file's node
    assert f"ng:document {copy}" in ttl and f"ng:spokeIn {copy}" in ttl
    assert (
        f"<{entity_iri('document', 'b')}> ng:mentions <{entity_iri('document', 'CD/1899')}>" in ttl
    )
    assert validate_build(out).conforms

    cached = build(corpus, out, gazetteer_dir=gaz, workers=1)  # the same from the cache
    assert cached.cached == 3 and _documents(out) == docs


def test_an_id_taken_from_a_file_name_is_valid(gaz: Path, tmp_path: Path) -> None:
    from nukegraph.validate import validate_build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "my report 2024.txt").write_text("中国支持《不扩散核武器条约》。\n", "utf-8")
    out = tmp_path / "out"
    build(corpus, out, gazetteer_dir=gaz, workers=1)
    assert _documents(out) == {
        "my report 2024.txt": (
            "https://w3id.org/nukegraph/id/document/myreport2024",
            "myreport2024",
        )
    }
    report = validate_build(out)
    assert report.conforms, report.by_message()
