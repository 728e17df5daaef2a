"""Check a build against the SHACL shapes of the graph contract (pyshacl)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.term import Node

from .errors import GraphError
from .ontology import ontology_text, shapes_text
from .store import graph_file

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path, what is wrong."""

    severity: str  # Violation, Warning, Info
    focus: str
    path: str
    message: str
    value: str = ""


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    def by_message(self) -> list[tuple[str, int, Violation]]:
        """Violations grouped by message, most frequent first, with one example each."""
        counts = Counter(v.message for v in self.violations)
        first: dict[str, Violation] = {}
        for v in self.violations:
            first.setdefault(v.message, v)
        return [(msg, n, first[msg]) for msg, n in counts.most_common()]


def load_graph(ttl: Path) -> Graph:
    """Parse a build's Turtle with rdflib; a parse error names the file."""
    graph = Graph()
    try:
        graph.parse(ttl, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        msg = " ".join(str(exc).split())[:300]
        raise GraphError(f"{ttl}: not valid Turtle: {msg}") from exc
    return graph


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph against the shapes, with the ontology's class hierarchy."""
    from pyshacl import validate

    shapes = Graph().parse(data=shapes_text(), format="turtle")
    ontology = Graph().parse(data=ontology_text(), format="turtle")
    conforms, results, _text = validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,  # rdfs:subClassOf for sh:class (ng:State is an ng:Actor)
        inference="none",
        advanced=True,  # SHACL-AF SPARQL targets: one query per rule, not one per node
        abort_on_first=False,
        allow_warnings=True,
        meta_shacl=False,
    )
    if not isinstance(results, Graph):  # pyshacl rejected the shapes themselves
        raise RuntimeError(f"the shipped SHACL shapes are invalid: {results}")
    return ValidationReport(bool(conforms), len(data), _violations(results))


def _text(graph: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    try:
        return node.n3(graph.namespace_manager)
    except Exception:
        return str(node)


def _violations(results: Graph) -> list[Violation]:
    out = []
    for result in results.subjects(predicate=None, object=SH.ValidationResult):
        get = lambda p, r=result: results.value(r, p)  # noqa: E731
        severity = get(SH.resultSeverity)
        message = get(SH.resultMessage)
        shape = get(SH.sourceConstraintComponent)
        out.append(
            Violation(
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                focus=_text(results, get(SH.focusNode)),
                path=_text(results, get(SH.resultPath)),
                message=str(message) if message else _text(results, shape),
                value=_text(results, get(SH.value)),
            )
        )
    out.sort(key=lambda v: (v.severity != "Violation", v.message, v.focus))
    return out


def validate_build(folder: Path) -> ValidationReport:
    """Validate the build in ``folder`` (its ``graph.ttl``)."""
    return validate_graph(load_graph(graph_file(folder)))
