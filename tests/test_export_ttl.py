"""The Turtle follows the graph contract and round-trips through rdflib."""

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from nukegraph.export_ttl import literal
from nukegraph.pipeline import build
from nukegraph.records import AnonymousHolder, EntityRef, Statement
from nukegraph.vocab import NG, NGID_IRI, encode_id, entity_iri

from conftest import write_gazetteer

DOC = "A/68/999\n美国和印度尼西亚在裁谈会上发言。\n大会第67/56号决议。见CD/1888号文件。\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Graph, str, Path]:
    root = tmp_path_factory.mktemp("ttl")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "doc one.txt").write_text(DOC, encoding="utf-8")
    build(corpus, root / "out", gazetteer_dir=write_gazetteer(root / "gaz"))
    g = Graph()
    g.parse(root / "out" / "graph.ttl", format="turtle")
    return g, DOC, root / "out"


@pytest.mark.parametrize(
    ("ident", "encoded"),
    [
        ("USA", "USA"),
        ("A/RES/67/56", "A%2FRES%2F67%2F56"),
        ("CD/WP.560/Amend.1", "CD%2FWP.560%2FAmend.1"),
        ("a~b c", "a%7Eb%20c"),
        ("中", "%E4%B8%AD"),
    ],
)
def test_identifiers_are_percent_encoded_outside_the_safe_set(ident: str, encoded: str) -> None:
    assert encode_id(ident) == encoded


def test_entities_carry_id_type_and_labels_in_both_languages(built) -> None:
    g, _, _ = built
    usa = URIRef(entity_iri("state", "USA"))
    assert (usa, RDF.type, NG.State) in g
    assert (usa, RDF.type, NG.Actor) in g
    assert (usa, NG.id, Literal("USA")) in g
    assert (usa, SKOS.prefLabel, Literal("美利坚合众国", lang="zh")) in g
    assert (usa, SKOS.prefLabel, Literal("United States of America", lang="en")) in g
    assert (usa, SKOS.altLabel, Literal("美国", lang="zh")) in g
    res = URIRef(f"{NGID_IRI}resolution/A%2FRES%2F67%2F56")
    assert (res, RDF.type, NG.Resolution) in g
    assert (res, NG.id, Literal("A/RES/67/56")) in g


def test_input_document_takes_its_symbol_and_source_path(built) -> None:
    g, _, _ = built
    doc = URIRef(entity_iri("document", "A/68/999"))
    assert (doc, RDF.type, NG.Document) in g
    assert (doc, NG.sourcePath, Literal("doc one.txt")) in g
    mentioned = {str(o) for o in g.objects(doc, NG.mentions)}
    assert entity_iri("state", "IDN") in mentioned
    assert entity_iri("document", "CD/1888") in mentioned
    assert entity_iri("state", "IND") not in mentioned


def test_every_mention_points_at_its_surface_in_the_raw_text(built) -> None:
    g, raw, _ = built
    mentions = list(g.subjects(RDF.type, NG.Mention))
    assert len(mentions) == 6
    for m in mentions:
        start, end = int(g.value(m, NG.start)), int(g.value(m, NG.end))
        surface = str(g.value(m, NG.surface))
        assert "".join(raw[start:end].split()) == surface
        assert g.value(m, NG.entity) is not None
        assert g.value(m, NG.document) == URIRef(entity_iri("document", "A/68/999"))


def test_literals_are_escaped() -> None:
    assert literal('a"b\\c\nd', "zh") == '"a\\"b\\\\c\\nd"@zh'
    g = Graph()
    g.parse(
        data=f"<urn:x> <urn:p> {literal(chr(34) + '</div><script>' + chr(10))} .", format="turtle"
    )
    assert str(next(g.objects())) == '"</div><script>\n'


def test_statements_are_reified_and_asserted_directly_only_when_positive(tmp_path: Path) -> None:
    from nukegraph.export_ttl import TurtleWriter
    from nukegraph.records import DocumentResult

    usa, npt = EntityRef("state", "USA"), EntityRef("treaty", "NPT")
    some = AnonymousHolder("some", "delegations")
    result = DocumentResult(
        "d.txt",
        "d",
        "t",
        10,
        statements=[
            Statement(usa, "ratified", npt, "美国批准了条约。", 0, 8, "批准"),
            Statement(usa, "signed", npt, "美国尚未签署条约。", 9, 18, "签署", polarity="negative"),
            Statement(some, "supports", npt, "一些代表团支持条约。", 19, 29, "支持"),
        ],
    )
    path = tmp_path / "s.ttl"
    with path.open("wb") as f:
        TurtleWriter(f).write_document(result)
    g = Graph().parse(path, format="turtle")
    u, n = URIRef(entity_iri("state", "USA")), URIRef(entity_iri("treaty", "NPT"))
    assert (u, NG.ratified, n) in g
    assert (u, NG.signed, n) not in g
    assert len(list(g.subjects(RDF.type, NG.Statement))) == 3
    neg = next(g.subjects(NG.polarity, Literal("negative")))
    assert g.value(neg, NG.predicate) == NG.signed
    assert g.value(neg, NG.cue) == Literal("签署", lang="zh")
    anon = URIRef(f"{NGID_IRI}anonymous/some-delegations")
    assert (anon, NG.supports, n) in g


def test_a_name_found_in_the_text_is_marked_so_with_every_form_as_a_label(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("美国支持《禁止放射性武器公约》。", encoding="utf-8")
    (corpus / "b.txt").write_text("印度审议了《禁止放射性武器公约草案》。", encoding="utf-8")
    build(corpus, tmp_path / "out", gazetteer_dir=write_gazetteer(tmp_path / "gaz"))
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    (found,) = g.subjects(NG.foundInText, Literal(True))
    assert (found, RDF.type, NG.Treaty) in g
    assert str(g.value(found, NG.id)).startswith("CONVENTION_")
    labels = {str(o) for o in g.objects(found, SKOS.prefLabel)} | {
        str(o) for o in g.objects(found, SKOS.altLabel)
    }
    assert {"禁止放射性武器公约", "禁止放射性武器公约草案"} <= labels
    assert g.value(found, NG.mentionCount) == Literal(2)
    # gazetteer entities carry no marker at all
    assert g.value(URIRef(entity_iri("state", "USA")), NG.foundInText) is None


def test_a_document_carries_the_date_of_its_heading_with_its_precision(tmp_path: Path) -> None:
    from rdflib.namespace import DCTERMS, XSD

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("CD/2001\n20 April 2018\n\n美国支持不扩散核武器条约。\n", "utf-8")
    (corpus / "b.txt").write_text("CD/2002\n2019年5月\n\n美国支持不扩散核武器条约。\n", "utf-8")
    (corpus / "c.txt").write_text("CD/2003\n\n2017年1月1日，美国支持不扩散核武器条约。\n", "utf-8")
    build(corpus, tmp_path / "out", gazetteer_dir=write_gazetteer(tmp_path / "gaz"))
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")

    def date(symbol: str) -> Literal | None:
        return g.value(URIRef(entity_iri("document", symbol)), DCTERMS.date)

    assert date("CD/2001") == Literal("2018-04-20", datatype=XSD.date)
    assert date("CD/2002") == Literal("2019-05", datatype=XSD.gYearMonth)
    assert date("CD/2003") is None  # a date in the body's sentence is not the document's


def _build_project_topics(tmp_path: Path, opposite: str = "", **options: bool) -> Graph:
    gaz = write_gazetteer(tmp_path / "gaz")
    (gaz / "project_topics.tsv").write_text(
        "topic\tbroader\tnote\topposite\n"
        "KOREAN_PENINSULA_DENUCLEARIZATION\tNUCLEAR_DISARMAMENT\t\n"
        f"NUCLEAR_TERRORISM\t\t\t{opposite}\n",
        "utf-8",
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "中国支持实现朝鲜半岛无核化。\n美国反对朝鲜半岛无核化。\n俄罗斯反对核恐怖主义。\n"
    (corpus / "d.txt").write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "out", gazetteer_dir=gaz, **options)
    return Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")


CHN, USA, RUS = (URIRef(entity_iri("state", s)) for s in ("CHN", "USA", "RUS"))
ND = URIRef(entity_iri("topic", "NUCLEAR_DISARMAMENT"))
KPD = URIRef(entity_iri("topic", "KOREAN_PENINSULA_DENUCLEARIZATION"))
TERRORISM = URIRef(entity_iri("topic", "NUCLEAR_TERRORISM"))
SECURITY = URIRef(entity_iri("topic", "NUCLEAR_SECURITY"))


def test_support_for_a_kind_of_a_contract_topic_is_stated_on_it_with_the_kind_as_aspect(
    tmp_path: Path,
) -> None:
    g = _build_project_topics(tmp_path)
    # who supports nuclear disarmament finds China, and what exactly it supports is kept
    assert (CHN, NG.supports, ND) in g and (CHN, NG.supports, KPD) not in g
    st = next(s for s in g.subjects(NG.subject, CHN))
    assert g.value(st, NG.object) == ND and g.value(st, NG.aspect) == KPD
    assert g.value(KPD, SKOS.broader) == ND
    assert (ND, RDF.type, NG.Topic) in g  # described though the text never names it
    # opposing a kind is no opposition to the whole; a position on a topic of the project's
    # own that is a kind of none of the contract's is not stated by default: the topics stay
    # entities that the document mentions
    assert not set(g.subjects(NG.subject, USA)) and not set(g.subjects(NG.subject, RUS))
    assert (USA, NG.opposes, ND) not in g
    assert (TERRORISM, RDF.type, NG.Topic) in g


def test_theme_positions_states_every_position_on_the_projects_own_topics(tmp_path: Path) -> None:
    g = _build_project_topics(tmp_path, theme_positions=True)
    assert (CHN, NG.supports, ND) in g  # support for a kind is still carried up
    assert (USA, NG.opposes, KPD) in g and (USA, NG.opposes, ND) not in g
    assert (RUS, NG.opposes, TERRORISM) in g
    st = next(s for s in g.subjects(NG.subject, USA))
    assert g.value(st, NG.aspect) is None


def test_opposing_a_topic_with_an_opposite_is_support_for_the_opposite(tmp_path: Path) -> None:
    # readers score 防止核恐怖主义 as support for nuclear security: the row's opposite column
    g = _build_project_topics(tmp_path, opposite="NUCLEAR_SECURITY")
    assert (RUS, NG.supports, SECURITY) in g and (RUS, NG.opposes, TERRORISM) not in g
    st = next(s for s in g.subjects(NG.subject, RUS))
    assert g.value(st, NG.aspect) == TERRORISM  # what the text names is kept
    assert g.value(TERRORISM, SKOS.broader) is None  # terrorism is no kind of security
