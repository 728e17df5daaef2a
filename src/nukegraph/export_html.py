"""The interactive HTML page: one self-contained file that opens from disk with no network.

pyvis' own templates load bootstrap and other assets from CDNs even in ``in_line`` mode
(pyvis issues #228/#229), so the page uses our template and inlines the vis-network build
that the pyvis package ships. All document text reaches the page as JSON inside a
``<script type="application/json">`` block with ``<`` escaped, and is put on screen with
``textContent``, so a document containing ``<script>`` is shown as text, never run.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from .atomic import atomic_output
from .graph import KnowledgeGraph

CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    # class: (colour, vis shape, legend label)
    "state": ("#4e79a7", "dot", "State 国家"),
    "organization": ("#f28e2b", "dot", "Organization 组织"),
    "group": ("#e15759", "dot", "Group 集团"),
    "treaty": ("#59a14f", "diamond", "Treaty 条约"),
    "resolution": ("#b07aa1", "square", "Resolution 决议"),
    "document": ("#9c755f", "square", "Document 文件"),
    "topic": ("#edc948", "triangle", "Topic 议题"),
    "anonymous": ("#bab0ac", "star", "Unnamed holder 未具名"),
}


def vis_network_js() -> str:
    """The vis-network build bundled with pyvis (no CDN)."""
    return (files("pyvis") / "templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")


def graph_payload(graph: KnowledgeGraph) -> dict:
    """Nodes and edges as plain data for the page."""
    g = graph.to_networkx()
    nodes = []
    for key, data in g.nodes(data=True):
        docs = [d for d in data["documents"].split("|") if d]
        nodes.append(
            {
                "id": key,
                "cls": data["cls"],
                "ident": data["id"],
                "zh": data["zh"],
                "en": data["en"],
                "aliases": [a for a in data["aliases"].split("|") if a],
                "mentions": data["mentions"],
                "documents": docs,
            }
        )
    edges: dict[tuple[str, str, str], dict] = {}
    for u, v, data in g.edges(data=True):
        key = (u, v, data["predicate"])
        edge = edges.setdefault(
            key, {"from": u, "to": v, "predicate": data["predicate"], "count": 0, "evidence": []}
        )
        edge["count"] += 1
        if "evidence" in data:
            edge["evidence"].append(
                {"document": data["document"], "sentence": data["evidence"], "cue": data["cue"]}
            )
    return {
        "nodes": nodes,
        "edges": list(edges.values()),
        "styles": {k: {"color": c, "shape": s, "label": lbl} for k, (c, s, lbl) in CLASS_STYLE.items()},
    }


def render_html(graph: KnowledgeGraph, title: str = "nukegraph") -> str:
    payload = json.dumps(graph_payload(graph), ensure_ascii=False)
    # "<" escaped: no "</script>" or "<!--" in the data can end the block early.
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    template = (files("nukegraph") / "data" / "graph_template.html").read_text("utf-8")
    return (
        template.replace("{{TITLE}}", _escape_html(title))
        .replace("/*{{VIS_JS}}*/", vis_network_js())
        .replace("{{DATA}}", payload)
    )


def _escape_html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def write_html(graph: KnowledgeGraph, path: Path) -> Path:
    html = render_html(graph)
    with atomic_output(path) as handle:
        handle.write(html)
    return path
