"""Extra export formats, and the Turtle read identically by rdflib and by Oxigraph (strict)."""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from nukegraph.export_rdf import graphml_graph, parse_formats, write_jsonld, write_ntriples
from nukegraph.graph import KnowledgeGraph
from nukegraph.ontology import ONTOLOGY_IRI
from nukegraph.pipeline import build
from nukegraph.records import DocumentResult, EntityRef, Mention, Statement
from nukegraph.store import ensure_store, triple_count

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "statements.ttl"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the bundled corpus with every format."""
    out = tmp_path_factory.mktemp("bundled") / "out"
    build(ROOT / "corpus", out, formats=parse_formats("ttl,html,nt,jsonld,graphml"), cache=False)
    return out


def test_build_writes_every_requested_format_and_the_ontology(bundled: Path) -> None:
    for name in (
        "graph.ttl",
        "graph.html",
        "graph.nt",
        "graph.jsonld",
        "graph.graphml",
        "ontology.ttl",
    ):
        assert (bundled / name).stat().st_size > 0, name
    ttl = Graph().parse(bundled / "graph.ttl")
    imports = URIRef("http://www.w3.org/2002/07/owl#imports")
    assert (None, imports, URIRef(ONTOLOGY_IRI)) in ttl
    ontology = Graph().parse(bundled / "ontology.ttl")
    assert (URIRef(ONTOLOGY_IRI), None, None) in ontology


def test_rdflib_and_oxigraph_read_the_bundled_build_identically(bundled: Path) -> None:
    by_rdflib = Graph().parse(bundled / "graph.ttl", format="turtle")
    assert triple_count(ensure_store(bundled)) == len(by_rdflib)
    # graph.nt is Oxigraph's reading of graph.ttl, written out: the same triples, term for term
    by_oxigraph = Graph().parse(bundled / "graph.nt", format="nt")
    assert len(by_oxigraph) == len(by_rdflib)
    assert set(by_oxigraph) == set(by_rdflib)


def test_rdflib_and_oxigraph_graphs_of_a_small_build_are_isomorphic(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / "graph.ttl")
    by_rdflib = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    nt = ox.serialize(store, format=ox.RdfFormat.N_QUADS)
    by_oxigraph = Graph().parse(data=nt, format="nt")
    assert len(by_rdflib) == len(store) == len(by_oxigraph) > 300
    assert isomorphic(by_rdflib, by_oxigraph)


def test_ntriples_and_jsonld_hold_the_same_graph(tmp_path: Path) -> None:
    ttl = tmp_path / "graph.ttl"
    shutil.copy(FIXTURE, ttl)
    reference = Graph().parse(ttl, format="turtle")
    nt = Graph().parse(write_ntriples(ttl, tmp_path / "graph.nt"), format="nt")
    jsonld = Graph().parse(write_jsonld(ttl, tmp_path / "graph.jsonld"), format="json-ld")
    assert isomorphic(reference, nt) and isomorphic(reference, jsonld)


def test_graphml_opens_with_entities_relations_and_evidence(bundled: Path) -> None:
    g = nx.read_graphml(bundled / "graph.graphml")
    assert g.number_of_nodes() > 50
    classes = {data["cls"] for _, data in g.nodes(data=True)}
    assert {"state", "treaty", "document"} <= classes
    assert g.nodes["treaty/NPT"]["zh"] == "不扩散核武器条约"
    assert any(data["predicate"] == "mentions" for _, _, data in g.edges(data=True))


def test_graphml_survives_control_characters_in_text(tmp_path: Path, small_gazetteer) -> None:
    chn, usa = EntityRef("state", "CHN"), EntityRef("state", "USA")
    result = DocumentResult(
        "a.txt",
        "a",
        "标题\x0c",
        20,
        mentions=[Mention(chn, 0, 2, "中国"), Mention(usa, 3, 5, "美国")],
        statements=[Statement(chn, "supports", usa, "中国\x0c支持美国\x00。", 0, 9, "支持")],
    )
    graph = KnowledgeGraph(small_gazetteer)
    graph.add(result)
    out = tmp_path / "g.graphml"
    nx.write_graphml(graphml_graph(graph), out)
    back = nx.read_graphml(out)
    [evidence] = [
        d["evidence"] for _, _, d in back.edges(data=True) if d["predicate"] == "supports"
    ]
    assert evidence == "中国 支持美国 。"


def test_parse_formats() -> None:
    assert parse_formats("nt,jsonld") == ("ttl", "nt", "jsonld")
    assert parse_formats("ttl,html") == ("ttl", "html")
    with pytest.raises(ValueError, match="unknown format rdfxml"):
        parse_formats("ttl,rdfxml")
