"""The ontology documents every term, and the SHACL shapes accept a build that follows the
contract and catch each kind of breach."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL

from nukegraph.cli import main
from nukegraph.ontology import ONTOLOGY_IRI, ontology_text, shapes_text
from nukegraph.pipeline import build
from nukegraph.validate import load_graph, validate_build, validate_graph
from nukegraph.vocab import NG, NG_IRI

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = (Path(__file__).parent / "fixtures" / "statements.ttl").read_text("utf-8")
ID = "https://w3id.org/nukegraph/id/"


def report(ttl: str):
    return validate_graph(Graph().parse(data=ttl, format="turtle"))


def messages(ttl: str) -> str:
    r = report(ttl)
    assert not r.conforms
    return " | ".join(v.message for v in r.violations)


def test_the_ontology_documents_every_term_in_english_and_chinese() -> None:
    onto = Graph().parse(data=ontology_text(), format="turtle")
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in onto
    terms = [URIRef(NG_IRI + name) for name in NG.__annotations__]
    assert len(terms) > 35
    for term in terms:
        langs = {lbl.language for lbl in onto.objects(term, RDFS.label) if isinstance(lbl, Literal)}
        assert {"en", "zh"} <= langs, term
        assert onto.value(term, RDFS.comment), term
        kinds = set(onto.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term
    for cls in ("State", "Organization", "Group"):
        assert (URIRef(NG_IRI + cls), RDFS.subClassOf, URIRef(NG_IRI + "Actor")) in onto
    for prop in ("signed", "ratified", "acceded"):
        assert onto.value(URIRef(NG_IRI + prop), RDFS.domain) == URIRef(NG_IRI + "State")
    for ext in ("mentionCount", "title", "foundInText"):
        comment = str(onto.value(URIRef(NG_IRI + ext), RDFS.comment))
        assert comment.startswith("Extension:"), ext


def test_ontology_and_shapes_parse_in_oxigraph_too() -> None:
    for text in (ontology_text(), shapes_text()):
        assert len(list(ox.parse(text, format=ox.RdfFormat.TURTLE))) > 50


def test_a_build_that_follows_the_contract_conforms() -> None:
    r = report(FIXTURE)
    assert r.conforms, [v.message for v in r.violations]
    assert r.triples > 300


def test_the_bundled_corpus_build_conforms(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ROOT / "corpus", out, formats=("ttl",), cache=False)
    r = validate_build(out)
    assert r.conforms, r.by_message()[:5]
    # every ng: term the build uses is documented in the ontology
    data = load_graph(out / "graph.ttl")
    onto = Graph().parse(data=ontology_text(), format="turtle")
    used = {p for p in data.predicates() if str(p).startswith(NG_IRI)}
    used |= {o for o in data.objects(None, RDF.type) if str(o).startswith(NG_IRI)}
    assert used and all(onto.value(term, RDFS.label) for term in used), used


CHN = f"<{ID}state/CHN>"
BREACHES = [
    # (what is broken, replace this, with this, message expected)
    ("a state id that is not ISO alpha-3", 'ng:id "CHN"', 'ng:id "China"', "ISO 3166-1"),
    ("an IRI that does not match the id", 'ng:id "IND"', 'ng:id "PAK"', "IRI is not"),
    ("no English label", '"Brazil"@en', '"Brazil"@fr', "English"),
    (
        "a positive statement not asserted directly",
        f"{CHN} ng:signed <{ID}treaty/CTBT> .",
        "",
        "asserted directly",
    ),
    (
        "a group signing a treaty",
        f"{CHN} ng:signed <{ID}treaty/CTBT> .",
        f"{CHN} ng:signed <{ID}treaty/CTBT> . <{ID}group/G21> ng:signed <{ID}treaty/CTBT> .",
        "must be a state",
    ),
    (
        "a state signing a topic",
        f"{CHN} ng:signed <{ID}treaty/CTBT> .",
        f"{CHN} ng:signed <{ID}treaty/CTBT> . {CHN} ng:signed <{ID}topic/NSA> .",
        "must be a treaty",
    ),
    ("an unknown quantifier", 'ng:quantifier "many"', 'ng:quantifier "few"', "ng:quantifier"),
    (
        "a surface longer than its span",
        'ng:surface "印度" ; ng:start 10 ; ng:end 12',
        'ng:surface "印度" ; ng:start 10 ; ng:end 11',
        "longer than the span",
    ),
    (
        "a mention its document does not list",
        "ng:entity <" + ID + "state/BRA> ; ng:document <" + ID + "document/A%2F68%2F514>",
        "ng:entity <" + ID + "state/BRA> ; ng:document <" + ID + "document/CD%2F1899>",
        "does not list",
    ),
    ("a statement without evidence", 'ng:evidence "美国签署了该条约。"@zh ;', "", "ng:evidence"),
    (
        "a polarity outside the contract",
        'ng:polarity "negative"',
        'ng:polarity "maybe"',
        "ng:polarity",
    ),
    (
        "a predicate outside the contract",
        "ng:predicate ng:memberOf",
        "ng:predicate ng:likes",
        "ng:predicate",
    ),
    (
        "an end before the start",
        "ng:start 143 ; ng:end 154",
        "ng:start 143 ; ng:end 140",
        "less than ng:end",
    ),
]


@pytest.mark.parametrize(("what", "old", "new", "expected"), BREACHES, ids=[b[0] for b in BREACHES])
def test_each_breach_of_the_contract_is_reported(
    what: str, old: str, new: str, expected: str
) -> None:
    assert old in FIXTURE, what
    assert expected in messages(FIXTURE.replace(old, new, 1)), what


FOUND = (
    f'<{ID}treaty/CONVENTION_AJXZD5B5> a ng:Treaty ; ng:id "CONVENTION_AJXZD5B5" ; '
    'skos:prefLabel "禁止放射性武器公约"@zh, "禁止放射性武器公约 [convention, found in text]"@en ; '
    "ng:foundInText true .\n"
)


def test_an_entity_found_in_the_text_conforms_and_is_marked_true_only() -> None:
    assert report(FIXTURE + FOUND).conforms
    assert "ng:foundInText" in messages(FIXTURE + FOUND.replace("true", '"yes"'))
    assert "ng:foundInText" in messages(FIXTURE + FOUND.replace("true", "false"))


def test_validate_command(tmp_path: Path, capsys) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "graph.ttl").write_text(FIXTURE, "utf-8")
    (bad / "graph.ttl").write_text(FIXTURE.replace('ng:id "CHN"', 'ng:id "China"'), "utf-8")
    assert main(["validate", "--graph", str(good)]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["validate", "--graph", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "violations" in out and "ISO 3166-1" in out and "state/CHN" in out


def test_malformed_turtle_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "graph.ttl").write_text("<a> <b> .\n", "utf-8")
    assert main(["validate", "--graph", str(tmp_path)]) == 6
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not valid Turtle" in err
    with pytest.raises(Exception, match="not valid Turtle"):
        load_graph(tmp_path / "graph.ttl")
