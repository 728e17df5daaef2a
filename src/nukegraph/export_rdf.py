"""Further export formats: N-Triples and JSON-LD (converted from graph.ttl) and GraphML.

N-Triples and JSON-LD are streamed from the Turtle file by Oxigraph's parser and serializers,
so memory stays flat however large the graph (rdflib's serializers hold the whole graph). GraphML
is written from the NetworkX view of the graph (entities as nodes, statements and mentions as
edges) for Gephi and similar tools.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .atomic import atomic_output
from .errors import GraphError
from .graph import KnowledgeGraph

EXTRA_FORMATS: dict[str, str] = {
    "nt": "graph.nt",
    "jsonld": "graph.jsonld",
    "graphml": "graph.graphml",
}
BUILD_FORMATS = ("ttl", "html", *EXTRA_FORMATS)
# XML 1.0 cannot carry these (PDF text keeps form feeds and other controls).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_formats(text: str) -> tuple[str, ...]:
    """``ttl,nt,jsonld,graphml`` -> the formats in that order; ``ttl`` is always included."""
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in BUILD_FORMATS]
    if unknown:
        raise ValueError(
            f"unknown format {', '.join(unknown)}; choose from {', '.join(BUILD_FORMATS)}"
        )
    return tuple(dict.fromkeys(["ttl", *names]))


def _convert(ttl: Path, out: Path, fmt: ox.RdfFormat) -> Path:
    try:
        triples = ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE)
        with atomic_output(out, "wb") as handle:
            ox.serialize(triples, handle, fmt)
    except SyntaxError as exc:
        raise GraphError(f"{ttl}: not valid Turtle: {exc}") from exc
    return out


def write_ntriples(ttl: Path, out: Path) -> Path:
    """N-Triples, one triple a line, converted from ``ttl``."""
    return _convert(ttl, out, ox.RdfFormat.N_TRIPLES)


def write_jsonld(ttl: Path, out: Path) -> Path:
    """Expanded JSON-LD (full IRIs, no ``@context``: what a streaming writer can produce)."""
    return _convert(ttl, out, ox.RdfFormat.JSON_LD)


def graphml_graph(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """The NetworkX graph with every string attribute made safe for XML."""
    src = graph.to_networkx()
    g = nx.MultiDiGraph()
    for node, data in src.nodes(data=True):
        g.add_node(_xml_safe(node), **{k: _xml_safe(v) for k, v in data.items()})
    for u, v, key, data in src.edges(keys=True, data=True):
        g.add_edge(
            _xml_safe(u), _xml_safe(v), key=key, **{k: _xml_safe(x) for k, x in data.items()}
        )
    return g


def _xml_safe(value):
    if isinstance(value, str):
        return _XML_INVALID.sub(" ", value)
    if value is None:
        return ""
    return value


def write_graphml(graph: KnowledgeGraph, out: Path) -> Path:
    """GraphML: entities as nodes (class, id, labels, mention count), relations as edges."""
    g = graphml_graph(graph)
    with atomic_output(out, "wb") as handle:
        nx.write_graphml(g, handle, encoding="utf-8", prettyprint=False)
    return out


def write_extra_formats(
    formats: list[str], out_dir: Path, ttl: Path, graph: KnowledgeGraph
) -> list[Path]:
    """Write each requested extra format (``nt``, ``jsonld``, ``graphml``) next to ``ttl``."""
    written = []
    for fmt in formats:
        target = out_dir / EXTRA_FORMATS[fmt]
        if fmt == "nt":
            written.append(write_ntriples(ttl, target))
        elif fmt == "jsonld":
            written.append(write_jsonld(ttl, target))
        elif fmt == "graphml":
            written.append(write_graphml(graph, target))
    return written
