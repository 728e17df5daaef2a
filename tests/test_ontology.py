"""The ontology shipped with every build is kept in step with the contract in docs/."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from nukegraph.ontology import ontology_text
from nukegraph.vocab import NG, NG_IRI

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "docs" / "graph-contract.md"
CLASS_TYPES = {OWL.Class, RDFS.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


def _ontology() -> Graph:
    return Graph().parse(data=ontology_text(), format="turtle")


def _declared(graph: Graph) -> dict[str, set[URIRef]]:
    found: dict[str, set[URIRef]] = {}
    for term, kind in graph.subject_objects(RDF.type):
        if str(term).startswith(NG_IRI):
            found.setdefault(str(term)[len(NG_IRI) :], set()).add(kind)
    return found


def test_the_ontology_declares_every_class_and_property_the_contract_names() -> None:
    named = set(re.findall(r"\bng:([A-Za-z][A-Za-z0-9_]*)", CONTRACT.read_text("utf-8")))
    assert len(named) > 30  # the contract was read
    declared = _declared(_ontology())
    for term in sorted(named):
        kinds = declared.get(term, set())
        expected = CLASS_TYPES if term[0].isupper() else PROPERTY_TYPES
        assert kinds & expected, f"ng:{term} is named by the contract but not declared as such"


def test_every_term_beyond_the_contract_is_a_documented_extension() -> None:
    named = set(re.findall(r"\bng:([A-Za-z][A-Za-z0-9_]*)", CONTRACT.read_text("utf-8")))
    graph = _ontology()
    readme = (ROOT / "README.md").read_text("utf-8")
    for term in sorted(set(_declared(graph)) - named):
        comment = str(graph.value(URIRef(NG_IRI + term), RDFS.comment) or "")
        assert comment.startswith("Extension:"), (
            f"ng:{term}: say in the ontology it extends the contract"
        )
        assert f"ng:{term}" in readme, f"ng:{term}: document the extension in the README"


def test_the_code_vocabulary_is_the_ontology() -> None:
    declared = set(_declared(_ontology()))
    assert set(NG.__annotations__) == declared
