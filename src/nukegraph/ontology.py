"""The ontology and SHACL shapes shipped in the package, and how a build links to them."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from .atomic import atomic_output

ONTOLOGY_IRI = "https://w3id.org/nukegraph/ontology"
SHAPES_IRI = "https://w3id.org/nukegraph/shapes"
# The build's own node: graph.ttl says it imports the ontology.
DATASET_IRI = "https://w3id.org/nukegraph/id/graph"
ONTOLOGY_FILE = "ontology.ttl"


def ontology_text() -> str:
    """The ontology (Turtle) shipped in the package."""
    return (files("nukegraph") / "data" / ONTOLOGY_FILE).read_text("utf-8")


def shapes_text() -> str:
    """The SHACL shapes (Turtle) shipped in the package."""
    return (files("nukegraph") / "data" / "shapes.ttl").read_text("utf-8")


def ontology_link() -> str:
    """The Turtle statement a build's graph.ttl carries to name its vocabulary."""
    return (
        f"<{DATASET_IRI}> a <http://www.w3.org/2002/07/owl#Ontology> ; "
        f"<http://www.w3.org/2002/07/owl#imports> <{ONTOLOGY_IRI}> .\n"
    )


def write_ontology(out_dir: Path) -> Path:
    """Copy the ontology next to the build's graph.ttl, so the build is self-describing."""
    path = out_dir / ONTOLOGY_FILE
    with atomic_output(path) as handle:
        handle.write(ontology_text())
    return path
