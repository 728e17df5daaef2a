"""Browser benchmark of the HTML pages: how soon they become interactive.

With ``--build OUT`` (the output folder of a build, such as the 100 MB benchmark corpus's:
``python bench/bench.py --sizes 100`` generates ``bench/corpora/100MB-seed0``, then
``nukegraph build bench/corpora/100MB-seed0 --out OUT``), it opens OUT/graph.html from disk in
Debian's headless Chromium (no browser download) at 1400x900 and measures:

- ready: navigation start until the first view is laid out and physics is off;
- click, search, filter: a click on the most connected entity until its panel is filled,
  typing its name until the result list shows it, unticking "state" until the graph and the
  status line are updated;
- table: opening the positions table, then each sort (by name, by number of positions, by
  agreement with the first holder) until the table is drawn again;
- document: opening the largest document's reading page at one of its evidence sentences,
  until its text is drawn and the sentence marked.

Without ``--build`` it generates a seeded graph of about 2,000 entities and 10,000 links
(``--nodes``, ``--edges``) and measures the graph page alone. ``--long-document PAGES`` also
builds one document of that many pages (about 1,100 characters each, recombined from the
bundled corpus) and times its reading page.

Usage: python bench/bench_html.py [--build OUT] [--runs 3] [--long-document 500] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nukegraph.export_html import graph_payload, write_html
from nukegraph.gazetteer import Gazetteer
from nukegraph.graph import KnowledgeGraph
from nukegraph.records import DocumentResult, Entity, EntityRef, Mention, Statement

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CLASSES = (
    ["state"] * 5
    + ["organization"] * 4
    + ["group", "treaty", "treaty", "resolution", "topic", "topic"]
)
PREDICATES = ["supports"] * 5 + ["opposes"] * 2 + ["signed", "ratified", "submitted", "memberOf"]
CUES = {
    "supports": "支持",
    "opposes": "反对",
    "signed": "签署",
    "ratified": "批准",
    "submitted": "提交",
    "memberOf": "加入",
}
HAN = "和平安全条约核裁军会议国家组织集团议题决议委员会武器禁止试验材料空间外层区域倡议"


def synthetic_graph(nodes: int, edges: int, seed: int = 1) -> KnowledgeGraph:
    """A graph whose page draws ``nodes`` entities and about ``edges`` links."""
    rng = random.Random(seed)
    n_docs = max(2, nodes // 50)
    refs: list[EntityRef] = []
    entities: dict[EntityRef, Entity] = {}
    for i in range(nodes - n_docs):
        cls = CLASSES[i % len(CLASSES)]
        ref = EntityRef(cls, f"E{i:05d}")
        zh = "".join(rng.choice(HAN) for _ in range(rng.randint(2, 6))) + f"{i}"
        entities[ref] = Entity(ref, zh, f"Entity {i}", (f"别名{i}",), (f"alias {i}",))
        refs.append(ref)
    graph = KnowledgeGraph(Gazetteer(entities, {}, frozenset(), (), "bench"))
    # Each document speaks of its own community of entities, plus the few hubs every
    # document names (the P5, the NPT...), and now and then of another document's entity,
    # which it then mentions too: statement links and mention links grow together.
    hubs = refs[:20]
    communities = [refs[20 + d :: n_docs] for d in range(n_docs)]
    mentioned: list[set[EntityRef]] = [set(c) | set(hubs) for c in communities]
    pairs: dict[int, set[tuple[EntityRef, EntityRef, str]]] = {d: set() for d in range(n_docs)}

    def links() -> int:
        return sum(len(m) for m in mentioned) + len({k for p in pairs.values() for k in p})

    while links() < edges:
        for _ in range(max(1, (edges - links()) // 2)):
            d = rng.randrange(n_docs)
            pool = communities[d]
            a = rng.choice(hubs) if rng.random() < 0.25 else rng.choice(pool)
            roll = rng.random()
            b = (
                rng.choice(hubs)
                if roll < 0.2
                else rng.choice(refs)
                if roll < 0.3
                else rng.choice(pool)
            )
            if a != b:
                pairs[d].add((a, b, rng.choice(PREDICATES)))
                mentioned[d].update((a, b))
    for d in range(n_docs):
        parts: list[str] = []
        mentions: list[Mention] = []
        statements: list[Statement] = []
        pos = 0
        for ref in sorted(mentioned[d], key=lambda r: r.id):  # each is mentioned at least once
            text = f"{entities[ref].zh}出席了会议。"
            mentions.append(Mention(ref, pos, pos + len(entities[ref].zh), entities[ref].zh))
            parts.append(text)
            pos += len(text)
        for a, b, pred in sorted(pairs[d], key=lambda k: (k[0].id, k[1].id, k[2])):
            for _ in range(rng.choice([1, 1, 1, 2, 3])):  # repeats collapse into one link
                za, zb, cue = entities[a].zh, entities[b].zh, CUES[pred]
                text = f"{za}代表团在发言中表示{cue}{zb}，并呼吁各方共同努力。"
                mentions.append(Mention(a, pos, pos + len(za), za))
                ob = pos + len(za) + 9 + len(cue)
                mentions.append(Mention(b, ob, ob + len(zb), zb))
                statements.append(Statement(a, pred, b, text, pos, pos + len(text), cue))
                parts.append(text)
                pos += len(text)
        doc_id = f"BENCH/{d}"
        graph.add(
            DocumentResult(f"bench_{d}.txt", doc_id, f"基准文件 {d}", pos, mentions, statements)
        )
    return graph


def _context(pw, profile: str):
    return pw.chromium.launch_persistent_context(
        profile,
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 900},
        offline=True,
    )


def _open(page, url: str) -> float:
    started = time.perf_counter()
    page.goto(url)
    # Selector waits: the page's CSP forbids the eval that polled predicates need.
    page.wait_for_selector("html[data-ready=true]", state="attached", timeout=120_000)
    return time.perf_counter() - started


def _table_render(page, action) -> float:
    before = page.get_attribute("#table-wrap", "data-rendered") or "0"
    t = time.perf_counter()
    action()
    page.wait_for_selector(f'#table-wrap:not([data-rendered="{before}"])', state="attached")
    return time.perf_counter() - t


def measure(page_url: str) -> dict[str, float]:
    """The graph page: ready, click, search, filter, and the positions table's sorts."""
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        ctx = _context(pw, profile)
        try:
            page = ctx.new_page()
            ready = _open(page, page_url)
            timing = page.evaluate("() => window.nukegraph.timing")
            probe = page.evaluate("() => window.nukegraph.visibleNodeKeys()")[0]
            pos = page.evaluate("k => window.nukegraph.domPosition(k)", probe)
            t = time.perf_counter()
            page.mouse.click(pos["x"], pos["y"])
            # Whatever is on top at that point (the hub or a neighbour drawn over it) answers.
            page.wait_for_selector("#details[data-node], #details[data-edge]", state="attached")
            click = time.perf_counter() - t
            name = (
                page.inner_text("#details h3")
                if page.locator("#details[data-node]").count()
                else "a"
            )
            t = time.perf_counter()
            page.fill("#search", name.strip()[:4])
            page.wait_for_selector("#results .hit", timeout=10_000)
            search = time.perf_counter() - t
            before = page.get_attribute("#status", "data-nodes")
            t = time.perf_counter()
            page.click("input[data-cls=state]")
            page.wait_for_selector(f'#status:not([data-nodes="{before}"])', state="attached")
            filt = time.perf_counter() - t
            page.click("input[data-cls=state]")
            table_open = _table_render(page, lambda: page.click("#tabs button[data-view=table]"))
            sorts = [
                _table_render(page, lambda: page.select_option("#pos-sort", "name")),
                _table_render(page, lambda: page.select_option("#pos-sort", "count")),
            ]
            first = page.locator("#pos-agree option").nth(1).get_attribute("value")
            if first:
                sorts.append(_table_render(page, lambda: page.select_option("#pos-agree", first)))
            rows = page.locator("#pos-body tr").count()
            return {
                "ready": ready,
                "click": click,
                "search": search,
                "filter": filt,
                "table open": table_open,
                "table sort (slowest)": max(sorts),
                "table rows drawn": rows,
                "script start (in page)": timing["script"] / 1000,
                "network built (in page)": timing["network"] / 1000,
                "layout done (in page)": timing["ready"] / 1000,
            }
        finally:
            ctx.close()


def measure_document(page_url: str) -> dict[str, float]:
    """A reading page opened at one of its sentences: until drawn and the sentence marked."""
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        ctx = _context(pw, profile)
        try:
            page = ctx.new_page()
            ready = _open(page, page_url)
            marked = page.evaluate("() => window.nukegraph.target()")
            return {
                "document": ready,
                "document mentions": page.evaluate("() => window.nukegraph.mentions()"),
                "sentence marked": 1.0 if marked else 0.0,
            }
        finally:
            ctx.close()


def _largest_page(out: Path) -> tuple[Path, str]:
    """The largest reading page of a build and a link to one of its evidence sentences."""
    pages = [p for p in (out / "documents").glob("*.html") if p.name != "index.html"]
    page = max(pages, key=lambda p: p.stat().st_size)
    found = re.search(rb'"s":\[\[\d+,\d+,(\d+),(\d+),', page.read_bytes())
    anchor = f"#s={found.group(1).decode()}-{found.group(2).decode()}" if found else ""
    return page, anchor


def long_document(folder: Path, pages: int) -> Path:
    """Build one document of ``pages`` pages from the bundled corpus's paragraphs."""
    from corpus_gen import paragraphs

    from nukegraph.pipeline import build

    rng = random.Random(3)
    blocks = paragraphs(Path(__file__).resolve().parents[1] / "corpus")
    parts, size = ["CD/9999", "2018年4月20日"], 0
    while size < pages * 1100:
        block = rng.choice(blocks)
        parts.append(block)
        size += len(block)
    corpus = folder / "long"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "report.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    build(corpus, folder / "long-out", workers=1)
    return folder / "long-out"


def report(runs: list[dict[str, float]]) -> None:
    for name in runs[0]:
        values = [r[name] for r in runs]
        unit = "" if name in ("table rows drawn", "document mentions", "sentence marked") else " s"
        print(
            f"{name:>24}: median {statistics.median(values):.2f}{unit} "
            f"(runs: {', '.join(f'{v:.2f}' for v in values)})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", type=Path, default=None, help="a build's output folder")
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--long-document", type=int, default=0, metavar="PAGES")
    parser.add_argument("--keep", type=Path, default=None, help="write generated pages here")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install -y chromium", file=sys.stderr)
        return 2
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="nukegraph-bench-"))
    if args.build:
        page = (args.build / "graph.html").resolve()
        print(f"graph page: {page.stat().st_size / 1e6:.1f} MB: {args.build / 'graph.html'}")
    else:
        t = time.perf_counter()
        graph = synthetic_graph(args.nodes, args.edges)
        payload, selection = graph_payload(graph, max_nodes=0)
        page = write_html(graph, out_dir / "graph.html", max_nodes=0)
        print(
            f"graph: {selection.nodes_shown} nodes, {selection.edges_shown} links "
            f"({sum(1 for e in payload['edges'] if e['p'] != 'mentions')} statement links, "
            f"{selection.statements} statements); page {page.stat().st_size / 1e6:.1f} MB "
            f"written in {time.perf_counter() - t:.1f} s: {page}"
        )
    report([measure(page.as_uri()) for _ in range(args.runs)])
    targets = []
    if args.build and (args.build / "documents").is_dir():
        targets.append(_largest_page(args.build.resolve()))
    if args.long_document:
        targets.append(_largest_page(long_document(out_dir, args.long_document).resolve()))
    for doc, anchor in targets:
        print(f"reading page: {doc.stat().st_size / 1e6:.1f} MB: {doc}{anchor}")
        report([measure_document(doc.as_uri() + anchor) for _ in range(args.runs)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
