"""Benchmark the shipped SPARQL queries: rdflib's in-memory store against the Oxigraph store.

    python bench/bench_query.py                       # bundled build and a 5M-triple graph
    python bench/bench_query.py --triples 1000000 --cap 120

In one run, on two graphs:

1. the build of the bundled corpus (``corpus/``);
2. a generated graph of at least ``--triples`` triples (default 5,000,000) that follows the
   contract's shape: synthetic documents whose mentions, statements (every predicate, unnamed
   holders, negative polarity), cited working papers and resolutions use the real gazetteer
   entities, written by the project's own Turtle writer. A small sample of the same generator
   is validated against the SHACL shapes first, so the shape claim is checked, not assumed.

For each graph it records the load time and peak memory of each engine, each in a fresh
process (rdflib: ``Graph().parse``; Oxigraph: the query store under the output folder, built
once by ``nukegraph.store.ensure_store``), then times every shipped example query with the
answer fully read. rdflib gets a per-query time cap (``--cap`` seconds, default 300): a query
stopped there is reported as ``> cap``. It prints a table with the ratio rdflib/Oxigraph and
writes the figures as JSON to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


# ---------------------------------------------------------------- child phases


class Capped(Exception):
    pass


def _alarm(_signum, _frame):
    raise Capped


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_rdflib(ttl: str, cap: float, repeat: int) -> dict:
    """Parse the Turtle into an rdflib memory graph and run every example (pure Python: a
    SIGALRM timer can stop a query between bytecodes)."""
    from rdflib import Graph

    from nukegraph.query import list_examples

    started = time.perf_counter()
    g = Graph()
    g.parse(ttl, format="turtle")
    load = time.perf_counter() - started
    out = {"load_s": load, "triples": len(g), "rss_after_load_mb": _peak_rss_mb(), "queries": {}}
    signal.signal(signal.SIGALRM, _alarm)
    for ex in list_examples():
        times, rows = [], None
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, cap)
            t0 = time.perf_counter()
            try:
                rows = len(list(g.query(ex.text)))
                times.append(time.perf_counter() - t0)
            except Capped:
                times = None
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        out["queries"][ex.name] = {
            "seconds": statistics.median(times) if times else None,
            "rows": rows if times else None,
        }
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def phase_oxigraph(folder: str, repeat: int) -> dict:
    """Load (once) the query store of the build, then run every example on it."""
    from nukegraph.query import list_examples
    from nukegraph.store import STORE_DIR, ensure_store, open_store, triple_count

    shutil.rmtree(Path(folder) / STORE_DIR, ignore_errors=True)
    started = time.perf_counter()
    db = ensure_store(Path(folder))
    load = time.perf_counter() - started
    t0 = time.perf_counter()
    store = open_store(db)
    reopen = time.perf_counter() - t0
    size = sum(f.stat().st_size for f in (Path(folder) / STORE_DIR).rglob("*") if f.is_file())
    out = {
        "load_s": load,
        "reopen_s": reopen,
        "store_mb": size / 1e6,
        "triples": triple_count(db),
        "queries": {},
    }
    for ex in list_examples():
        times, rows = [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = 0
            for solution in store.query(ex.text):
                _ = solution[0]  # touch the values, as a reader would
                rows += 1
            times.append(time.perf_counter() - t0)
        out["queries"][ex.name] = {
            "seconds": statistics.median(times),
            "rows": rows,
            "first_s": times[0],
        }
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def phase_cli(folder: str) -> dict:
    """End to end as a user runs it: ``nukegraph query`` in a new process, store already built."""
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "nukegraph",
            "query",
            "--example",
            "top-treaties",
            "--graph",
            folder,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return {"cli_second_query_s": time.perf_counter() - t0}


def run_phase(name: str, *args: str) -> dict:
    """Run a phase in a fresh process, so that load times and peak memory are its own."""
    proc = subprocess.run(
        [sys.executable, __file__, "--phase", name, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the generated graph

QUANTIFIERS = ("one", "some", "several", "many", "most", "all")
KINDS = ("delegations", "states", "member-states", "participants")


def generate(path: Path, min_triples: int, seed: int = 4) -> dict:
    """Write a contract-shaped graph of at least ``min_triples`` triples to ``path``."""
    from nukegraph.export_ttl import turtle_output
    from nukegraph.gazetteer import load_gazetteer
    from nukegraph.graph import KnowledgeGraph
    from nukegraph.ontology import ontology_link
    from nukegraph.reading import holder_labels
    from nukegraph.records import (
        AnonymousHolder,
        DocumentResult,
        Entity,
        EntityRef,
        Mention,
        Statement,
    )

    rng = random.Random(seed)
    gaz = load_gazetteer()
    by_cls: dict[str, list[Entity]] = {}
    for ent in gaz.entities.values():
        by_cls.setdefault(ent.ref.cls, []).append(ent)
    for ents in by_cls.values():
        ents.sort(key=lambda e: e.ref.id)
    states, groups, treaties, topics = (by_cls[c] for c in ("state", "group", "treaty", "topic"))
    orgs = by_cls["organization"]

    # Zipf-like weights: a few states and treaties dominate, as in real documents.
    def weights(n: int) -> list[float]:
        return [1 / (i + 1) for i in range(n)]

    w_states, w_treaties = weights(len(states)), weights(len(treaties))
    graph = KnowledgeGraph(gaz)
    written = 0
    doc_no = 0
    started = time.perf_counter()
    with turtle_output(path) as ttl:
        ttl.write_text(ontology_link())
        while written < min_triples:
            doc_no += 1
            doc_id = f"CD/PV.{1000 + doc_no}"
            doc_ref = EntityRef("document", doc_id)
            minted: list[Entity] = []
            wp = Entity(
                EntityRef("document", f"CD/WP.{doc_no}"), f"CD/WP.{doc_no}", f"CD/WP.{doc_no}"
            )
            res_id = f"A/RES/{60 + doc_no % 20}/{doc_no % 97 + 1}"
            res = Entity(EntityRef("resolution", res_id), f"第{res_id[6:]}号决议", res_id)
            minted += [wp, res]
            pool = (
                rng.choices(states, w_states, k=90)
                + rng.choices(treaties, w_treaties, k=30)
                + rng.choices(groups, k=10)
                + rng.choices(orgs, k=10)
                + rng.choices(topics, k=15)
                + [wp, res]
            )
            pos, mentions = 0, []
            for ent in pool:
                pos += rng.randint(5, 60)
                mentions.append(Mention(ent.ref, pos, pos + len(ent.zh), ent.zh))
                pos += len(ent.zh)
            # statements relate entities the document mentions, as extraction does
            named = {
                c: [e for e in pool if e.ref.cls == c]
                for c in ("state", "treaty", "group", "topic")
            }
            statements = []
            for _ in range(25):
                kind = rng.random()
                state = rng.choice(named["state"])
                polarity = "positive"
                if kind < 0.35:
                    pred = rng.choice(("supports", "supports", "opposes"))
                    obj = rng.choice((rng.choice(named["treaty"]), rng.choice(named["topic"]), res))
                    if rng.random() < 0.4:
                        q, k = rng.choice(QUANTIFIERS), rng.choice(KINDS)
                        subj = AnonymousHolder(q, k)
                        subj_zh = holder_labels(subj)[0]
                    else:
                        subj, subj_zh = state.ref, state.zh
                    cue = "支持" if pred == "supports" else "反对"
                elif kind < 0.55:
                    pred = rng.choice(("signed", "ratified", "acceded"))
                    obj = rng.choice(named["treaty"])
                    subj, subj_zh = state.ref, state.zh
                    cue = {"signed": "签署", "ratified": "批准", "acceded": "加入"}[pred]
                    if rng.random() < 0.2:
                        polarity = "negative"
                elif kind < 0.65:
                    pred, obj, subj, subj_zh, cue = (
                        "onBehalfOf",
                        rng.choice(named["group"]),
                        state.ref,
                        state.zh,
                        "代表",
                    )
                elif kind < 0.75:
                    pred, obj, subj, subj_zh, cue = (
                        "memberOf",
                        rng.choice(named["group"]),
                        state.ref,
                        state.zh,
                        "组成",
                    )
                elif kind < 0.85:
                    pred, obj, subj, subj_zh, cue = "submitted", wp, state.ref, state.zh, "提交"
                else:
                    pred, subj, subj_zh, cue = "spokeIn", state.ref, state.zh, "发言"
                    obj = Entity(doc_ref, doc_id, doc_id)
                evidence = f"{subj_zh}{'尚未' if polarity == 'negative' else ''}{cue}{obj.zh}。"
                start = rng.randint(0, max(1, pos - 40))
                statements.append(
                    Statement(
                        subj,
                        pred,
                        obj.ref,
                        evidence,
                        start,
                        start + len(evidence) + rng.randint(0, 5),
                        cue,
                        polarity,
                    )
                )
            result = DocumentResult(
                source_path=f"gen/{doc_no:06d}.txt",
                doc_id=doc_id,
                title=f"裁军谈判会议第{doc_no}次全体会议",
                char_count=pos + 10,
                mentions=mentions,
                statements=statements,
                minted=minted,
            )
            graph.add(result)
            ttl.write_document(result)
            n_entities = len({m.ref for m in mentions})
            # 9 triples a statement, plus its direct assertion or its polarity
            written += 1 + n_entities + 6 * len(mentions) + 10 * len(statements)
        ttl.write_entities(graph)
    return {
        "documents": doc_no,
        "approx_triples": written,
        "generate_s": time.perf_counter() - started,
        "ttl_mb": path.stat().st_size / 1e6,
    }


# ---------------------------------------------------------------- driver


def fmt_s(value: float | None, cap: float) -> str:
    if value is None:
        return f"> {cap:g} s"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def report(label: str, rd: dict, ox: dict, cap: float) -> list[str]:
    lines = [
        f"## {label}: {ox['triples']:,} triples (rdflib read {rd['triples']:,})",
        f"load: rdflib parse {rd['load_s']:.1f} s, peak RSS {rd['peak_rss_mb']:.0f} MB | "
        f"Oxigraph bulk load {ox['load_s']:.1f} s (store {ox['store_mb']:.0f} MB on disk, "
        f"reopen {ox['reopen_s'] * 1000:.1f} ms), peak RSS {ox['peak_rss_mb']:.0f} MB",
        f"{'query':24} {'rows':>7} {'rdflib':>12} {'oxigraph':>12} {'ratio':>9}",
    ]
    for name, o in ox["queries"].items():
        r = rd["queries"][name]
        if r["seconds"] is None:
            ratio = f"> {cap / max(o['seconds'], 1e-6):,.0f}×"
        else:
            ratio = f"{r['seconds'] / max(o['seconds'], 1e-6):,.0f}×"
        rows = str(o["rows"]) + ("" if r["rows"] in (None, o["rows"]) else f" (rdflib {r['rows']})")
        lines.append(
            f"{name:24} {rows:>7} {fmt_s(r['seconds'], cap):>12} "
            f"{fmt_s(o['seconds'], cap):>12} {ratio:>9}"
        )
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--triples", type=int, default=5_000_000, help="size of the generated graph")
    ap.add_argument("--cap", type=float, default=300.0, help="rdflib's time cap per query (s)")
    ap.add_argument("--work", type=Path, default=None, help="work folder (default: a temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    opts = ap.parse_args()
    if opts.phase == "rdflib":
        print(json.dumps(phase_rdflib(opts.args[0], float(opts.args[1]), int(opts.args[2]))))
        return 0
    if opts.phase == "oxigraph":
        print(json.dumps(phase_oxigraph(opts.args[0], int(opts.args[1]))))
        return 0
    if opts.phase == "cli":
        print(json.dumps(phase_cli(opts.args[0])))
        return 0

    from nukegraph.pipeline import build
    from nukegraph.validate import validate_build

    work = opts.work or Path(tempfile.mkdtemp(prefix="nukegraph-bench-query-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"cap_s": opts.cap, "cpus": os.cpu_count()}
    lines: list[str] = []
    try:
        bundled = work / "bundled"
        build(ROOT / "corpus", bundled, formats=("ttl",), cache=False)
        rd = run_phase("rdflib", str(bundled / "graph.ttl"), str(opts.cap), "5")
        ox = run_phase("oxigraph", str(bundled), "5")
        results["bundled"] = {"rdflib": rd, "oxigraph": ox}
        lines += report("bundled corpus build (median of 5 runs)", rd, ox, opts.cap)

        sample = work / "sample"
        sample.mkdir(exist_ok=True)
        generate(sample / "graph.ttl", 20_000)
        check = validate_build(sample)
        results["generated_sample_conforms"] = check.conforms
        if not check.conforms:
            print(
                "warning: the generated sample breaks the shapes:",
                check.by_message()[:3],
                file=sys.stderr,
            )

        big = work / "generated"
        big.mkdir(exist_ok=True)
        gen = generate(big / "graph.ttl", opts.triples)
        results["generated"] = {"generation": gen}
        print(
            f"generated {gen['documents']} documents, ~{gen['approx_triples']:,} triples, "
            f"{gen['ttl_mb']:.0f} MB of Turtle in {gen['generate_s']:.0f} s",
            file=sys.stderr,
        )
        ox = run_phase("oxigraph", str(big), "1")
        cli = run_phase("cli", str(big))
        print(f"oxigraph done: load {ox['load_s']:.0f} s", file=sys.stderr)
        rd = run_phase("rdflib", str(big / "graph.ttl"), str(opts.cap), "1")
        results["generated"].update({"rdflib": rd, "oxigraph": ox, **cli})
        lines.append("")
        lines.append(
            f"generated graph: {gen['documents']} documents, Turtle {gen['ttl_mb']:.0f} MB, "
            f"written in {gen['generate_s']:.0f} s; sample of 20k triples conforms to the shapes: "
            f"{check.conforms}"
        )
        lines += report("generated graph (first run)", rd, ox, opts.cap)
        lines.append(
            f"`nukegraph query --example top-treaties` in a new process, store built: "
            f"{cli['cli_second_query_s']:.2f} s"
        )
    finally:
        if not opts.keep and opts.work is None:
            shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(lines)
    print(text)
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (out_dir / f"query-{stamp}.json").write_text(json.dumps(results, indent=2), "utf-8")
    (out_dir / f"query-{stamp}.txt").write_text(text + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
