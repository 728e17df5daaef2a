"""Benchmark nukegraph against what a user would otherwise run, on the same generated text.

    pip install -e ".[bench]"
    python bench/bench.py                      # 1, 10 and 100 MB
    python bench/bench.py --sizes 1,10 --profile
    python bench/bench.py --sizes 100 --repeat 2   # contenders take turns, fastest run kept
    python bench/bench.py --sizes '' --long 1,8,32  # one long document, with and without line breaks

For each size it generates (once; seeded, so reproducible) a corpus by recombining the real
paragraphs of ``corpus/`` (``bench/corpus_gen.py``), then times, each in a fresh process:

1. ``nukegraph``: ``nukegraph build`` with every feature on (mentions, statements, Turtle,
   HTML, the incremental cache written) into an empty output folder, with ``--workers``;
2. ``spacy``: ``spacy.blank("zh")`` with the jieba segmenter and an EntityRuler loaded with
   the same gazetteer names, entities only, ``nlp.pipe`` over the same documents with as many
   processes as nukegraph has workers;
3. ``jieba``: ``jieba.lcut`` over each document, the cost of segmenting alone (one process).

Then ``nukegraph-incremental``: one new document added to the corpus just built, rebuilt with
its cache. It prints MB/s, documents/s and peak memory (resident set of the process and its
children, summed, sampled every 20 ms) and the ratios, and writes them as JSON to
``bench/results/``. ``--profile`` also profiles a one-worker build (cProfile) and prints
where its time goes.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus_gen import generate  # noqa: E402

MB = 1_000_000


# --- the contenders, each run in a child process -------------------------------------------


def _documents(corpus: Path) -> list[Path]:
    from nukegraph.corpus import find_documents

    return find_documents(corpus)


def run_nukegraph(corpus: Path, out: Path, workers: int, gazetteers: Path | None) -> dict:
    from nukegraph.pipeline import build

    started = time.perf_counter()
    summary = build(corpus, out, gazetteer_dir=gazetteers, workers=workers)
    return {
        "seconds": time.perf_counter() - started,
        "documents": summary.documents + len(summary.skipped),
        "mentions": summary.mentions,
        "statements": summary.statements,
        "entities": sum(summary.entities.values()),
        "cached": summary.cached,
        "ttl_bytes": (out / "graph.ttl").stat().st_size,
        "html_bytes": (out / "graph.html").stat().st_size,
    }


def run_spacy(corpus: Path, processes: int, gazetteers: Path | None) -> dict:
    import spacy

    from nukegraph.gazetteer import load_gazetteer

    started = time.perf_counter()
    gazetteer = load_gazetteer(gazetteers)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": ref.cls, "pattern": name, "id": ref.id}
            for name, ref in gazetteer.surfaces.items()
        ]
    )
    paths = _documents(corpus)
    texts = (p.read_text("utf-8-sig") for p in paths)
    entities = 0
    for doc in nlp.pipe(texts, batch_size=8, n_process=processes):
        entities += len(doc.ents)
    return {
        "seconds": time.perf_counter() - started,
        "documents": len(paths),
        "entities": entities,
        "patterns": len(gazetteer.surfaces),
        "processes": processes,
    }


def run_jieba(corpus: Path) -> dict:
    import jieba

    started = time.perf_counter()
    jieba.setLogLevel(60)
    jieba.initialize()
    paths = _documents(corpus)
    tokens = 0
    for path in paths:
        tokens += len(jieba.lcut(path.read_text("utf-8-sig")))
    return {"seconds": time.perf_counter() - started, "documents": len(paths), "tokens": tokens}


def _child(argv: list[str]) -> None:
    kind, corpus = argv[0], Path(argv[1])
    gazetteers = Path(argv[4]) if len(argv) > 4 and argv[4] else None
    if kind == "nukegraph":
        result = run_nukegraph(corpus, Path(argv[2]), int(argv[3]), gazetteers)
    elif kind == "spacy":
        result = run_spacy(corpus, int(argv[3]), gazetteers)
    else:
        result = run_jieba(corpus)
    print(json.dumps(result))


def measure(args: list[str]) -> dict:
    """Run a contender in a child process; add its peak memory (process tree, summed)."""
    import psutil

    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True
    )
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [ps, *ps.children(recursive=True)]
            rss = 0
            for p in tree:
                with contextlib.suppress(psutil.Error):  # a child that just ended
                    rss += p.memory_info().rss
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"{args[0]} failed with exit code {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = round(peak / MB, 1)
    return result


# --- the run ---------------------------------------------------------------------------------


def _rates(result: dict, size_bytes: int) -> dict:
    seconds = result["seconds"]
    result["seconds"] = round(seconds, 3)
    result["mb_per_s"] = round(size_bytes / MB / seconds, 3)
    result["docs_per_s"] = round(result["documents"] / seconds, 2)
    return result


def profile(corpus: Path, gazetteers: Path | None, top: int = 25) -> str:
    """Where a one-worker build spends its time (cProfile, cumulative and own time)."""
    from nukegraph.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        prof = cProfile.Profile()
        prof.enable()
        build(corpus, Path(tmp) / "out", gazetteer_dir=gazetteers, workers=1, cache=False)
        prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def _fastest(results: list[dict]) -> dict:
    return min(results, key=lambda r: r["seconds"])


def bench_size(size_mb: float, a: argparse.Namespace) -> dict:
    corpus = a.corpora / f"{size_mb:g}MB-seed{a.seed}"
    ndocs, nbytes = generate(ROOT / "corpus", corpus, int(size_mb * MB), a.seed)
    print(f"\n== {size_mb:g} MB: {ndocs} documents, {nbytes / MB:.1f} MB in {corpus}", flush=True)
    gaz = str(a.gazetteers or "")
    row: dict = {"size_mb": size_mb, "documents": ndocs, "bytes": nbytes, "workers": a.workers}
    runs: dict[str, list[dict]] = {"nukegraph": [], "spacy": [], "jieba": []}
    with tempfile.TemporaryDirectory(prefix="nukegraph-bench-") as tmp:
        out = Path(tmp) / "out"
        # --repeat N: the contenders take turns N times (a slower spell of a shared machine
        # then falls on all of them) and each keeps its fastest run, as timeit does
        for turn in range(a.repeat):
            target = out if turn == 0 else Path(tmp) / f"out-{turn}"
            runs["nukegraph"].append(
                measure(["nukegraph", str(corpus), str(target), str(a.workers), gaz])
            )
            if not a.skip_spacy:
                runs["spacy"].append(measure(["spacy", str(corpus), "-", str(a.workers), gaz]))
            runs["jieba"].append(measure(["jieba", str(corpus), "-", "1", gaz]))
        row["nukegraph"] = _rates(_fastest(runs["nukegraph"]), nbytes)
        # incremental: one more document (a copy of one already there, under a new name)
        extra = corpus.parent / f"{corpus.name}-plus-one"
        if extra.exists():
            shutil.rmtree(extra)
        shutil.copytree(corpus, extra)
        added = extra / "zz_added.txt"
        added.write_bytes((corpus / "doc_000000.txt").read_bytes())
        shutil.copytree(out / ".nukegraph-cache", Path(tmp) / "out2" / ".nukegraph-cache")
        inc = measure(["nukegraph", str(extra), str(Path(tmp) / "out2"), str(a.workers), gaz])
        row["nukegraph_incremental"] = _rates(inc, nbytes + added.stat().st_size)
        shutil.rmtree(extra)
    if runs["spacy"]:
        row["spacy"] = _rates(_fastest(runs["spacy"]), nbytes)
    row["jieba"] = _rates(_fastest(runs["jieba"]), nbytes)
    if a.repeat > 1:
        row["all_seconds"] = {k: [round(r["seconds"], 2) for r in v] for k, v in runs.items() if v}
    ng = row["nukegraph"]["mb_per_s"]
    row["ratios"] = {
        "nukegraph_vs_jieba": round(ng / row["jieba"]["mb_per_s"], 2),
        "incremental_vs_full_time": round(
            row["nukegraph_incremental"]["seconds"] / row["nukegraph"]["seconds"], 3
        ),
    }
    if "spacy" in row:
        row["ratios"]["nukegraph_vs_spacy"] = round(ng / row["spacy"]["mb_per_s"], 2)
    if a.profile:
        row["profile"] = profile(corpus, a.gazetteers)
    _print_row(row)
    return row


def long_document(size_mb: float, a: argparse.Namespace) -> dict:
    """One document of ``size_mb`` made of the bundled corpus's text, built as it is and with its
    line breaks removed (the text of an export that lost them): the second must cost about
    what the first does, since every stage is linear in a document's length."""
    base = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    text = base * (int(size_mb * MB) // len(base.encode("utf-8")) + 1)
    text = text.encode("utf-8")[: int(size_mb * MB)].decode("utf-8", "ignore")
    row: dict = {"size_mb": size_mb}
    for layout, body in (("lines", text), ("one_line", text.replace("\n", ""))):
        corpus = a.corpora / f"long-{size_mb:g}MB-{layout}"
        corpus.mkdir(parents=True, exist_ok=True)
        (corpus / "long.txt").write_text(body, encoding="utf-8")
        with tempfile.TemporaryDirectory(prefix="nukegraph-bench-") as tmp:
            runs = [
                measure(["nukegraph", str(corpus), str(Path(tmp) / f"out-{i}"), "1", ""])
                for i in range(a.repeat)
            ]
        row[layout] = _rates(_fastest(runs), len(body.encode("utf-8")))
    row["one_line_vs_lines_time"] = round(row["one_line"]["seconds"] / row["lines"]["seconds"], 2)
    print(
        f"long document {size_mb:g} MB: with line breaks {row['lines']['seconds']:.1f} s, "
        f"on one line {row['one_line']['seconds']:.1f} s "
        f"({row['one_line_vs_lines_time']} times; peak "
        f"{row['lines']['peak_rss_mb']:.0f} / {row['one_line']['peak_rss_mb']:.0f} MB)",
        flush=True,
    )
    return row


def _print_row(row: dict) -> None:
    print(f"{'':24}{'seconds':>9}{'MB/s':>8}{'docs/s':>9}{'peak MB':>9}")
    for name in ("nukegraph", "nukegraph_incremental", "spacy", "jieba"):
        if name in row:
            r = row[name]
            print(
                f"{name:24}{r['seconds']:>9.2f}{r['mb_per_s']:>8.2f}"
                f"{r['docs_per_s']:>9.1f}{r['peak_rss_mb']:>9.0f}"
            )
    print("ratios: " + ", ".join(f"{k} {v}" for k, v in row["ratios"].items()))
    if "all_seconds" in row:
        print("all runs (s): " + "; ".join(f"{k} {v}" for k, v in row["all_seconds"].items()))
    ng = row["nukegraph"]
    print(
        f"nukegraph: {ng['mentions']} mentions, {ng['statements']} statements, "
        f"{ng['entities']} entities, Turtle {ng['ttl_bytes'] / MB:.1f} MB, "
        f"HTML {ng['html_bytes'] / MB:.1f} MB"
    )
    if "profile" in row:
        print(row["profile"])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        _child(argv[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB (default 1,10,100)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--gazetteers", type=Path, default=None)
    parser.add_argument(
        "--corpora",
        type=Path,
        default=HERE / "corpora",
        help="where generated corpora are kept (default bench/corpora)",
    )
    parser.add_argument("--results", type=Path, default=HERE / "results")
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs of each contender, taking turns; the fastest of each is reported (default 1)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="also profile a one-worker build of each size"
    )
    parser.add_argument(
        "--long",
        default="",
        help="also build one long document of these sizes in MB, with and without its line "
        "breaks (e.g. 1,8,32); --sizes '' runs only these",
    )
    a = parser.parse_args(argv)
    rows = [bench_size(float(s), a) for s in a.sizes.split(",") if s]
    rows += [long_document(float(s), a) for s in a.long.split(",") if s]
    a.results.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = a.results / f"bench-{stamp}.json"
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    path.write_text(json.dumps({"machine": machine, "runs": rows}, indent=2, ensure_ascii=False))
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
