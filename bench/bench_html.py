"""Browser benchmark of the HTML page: how soon a large graph becomes interactive.

Generates a seeded graph of about 2,000 entities and 10,000 links (statement links between
entities that share a document, plus the documents' mention links), writes the page, opens
it from disk in Debian's headless Chromium (no browser download) and measures:

- ready: navigation start until the layout has settled and physics is off;
- click: a click on the most connected node until its details panel is filled;
- search: typing a name until the result list shows it;
- filter: unticking the "state" class until the graph and the status line are updated.

Usage: python bench/bench_html.py [--runs 3] [--nodes 2000] [--edges 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from nukegraph.export_html import graph_payload, write_html
from nukegraph.gazetteer import Gazetteer
from nukegraph.graph import KnowledgeGraph, node_key
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


def measure(page_url: str, probe: str, probe_name: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
            offline=True,
        )
        try:
            page = ctx.new_page()
            started = time.perf_counter()
            page.goto(page_url)
            # Selector waits: the page's CSP forbids the eval that polled predicates need.
            page.wait_for_selector("html[data-ready=true]", state="attached", timeout=120_000)
            ready = time.perf_counter() - started
            timing = page.evaluate("() => window.nukegraph.timing")
            pos = page.evaluate("k => window.nukegraph.domPosition(k)", probe)
            t = time.perf_counter()
            page.mouse.click(pos["x"], pos["y"])
            # Whatever is on top at that point (the hub or a neighbour drawn over it) answers.
            page.wait_for_selector("#details[data-node], #details[data-edge]", state="attached")
            click = time.perf_counter() - t
            t = time.perf_counter()
            page.fill("#search", probe_name)
            page.wait_for_selector("#results .hit", timeout=10_000)
            search = time.perf_counter() - t
            before = page.get_attribute("#status", "data-nodes")
            t = time.perf_counter()
            page.click("input[data-cls=state]")
            page.wait_for_selector(f'#status:not([data-nodes="{before}"])', state="attached")
            filt = time.perf_counter() - t
            return {
                "ready": ready,
                "click": click,
                "search": search,
                "filter": filt,
                "script start (in page)": timing["script"] / 1000,
                "network built (in page)": timing["network"] / 1000,
                "layout done (in page)": timing["ready"] / 1000,
                "layout iterations": timing.get("iterations", 0),
            }
        finally:
            ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="write the page in this folder")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install -y chromium", file=sys.stderr)
        return 2
    t = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges)
    payload, selection = graph_payload(graph, max_nodes=0)
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="nukegraph-bench-"))
    page = write_html(graph, out_dir / "graph.html", max_nodes=0)
    print(
        f"graph: {selection.nodes_shown} nodes, {selection.edges_shown} links "
        f"({sum(1 for e in payload['edges'] if e['p'] != 'mentions')} statement links, "
        f"{selection.statements} statements); page {page.stat().st_size / 1e6:.1f} MB "
        f"written in {time.perf_counter() - t:.1f} s: {page}"
    )
    top = max(payload["nodes"], key=lambda n: n["mentions"])
    probe = node_key(EntityRef(top["cls"], top["ident"]))
    runs = [measure(page.as_uri(), probe, top["zh"]) for _ in range(args.runs)]
    for name in runs[0]:
        values = [r[name] for r in runs]
        unit = "" if name == "layout iterations" else " s"
        print(
            f"{name:>7}: median {statistics.median(values):.2f}{unit} "
            f"(runs: {', '.join(f'{v:.2f}' for v in values)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
