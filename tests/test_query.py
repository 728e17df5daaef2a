"""The query command: example queries on a hand-written build with statements, output formats,
wide-character tables, the persisted store, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
from pathlib import Path

import pytest

from nukegraph import query as q
from nukegraph import store
from nukegraph.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "statements.ttl"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture
def build(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "graph.ttl")
    return folder


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    """An example's answer as dicts of plain values (CSV output)."""
    text = q.query_build(folder, q.example(name).text, output="csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_every_example_says_what_it_answers_and_runs(build: Path) -> None:
    examples = q.list_examples()
    names = {ex.name for ex in examples}
    assert {
        "treaty-actions",
        "fmct-positions",
        "opinion-by-quantifier",
        "on-behalf-of",
        "group-members",
        "working-papers",
        "tpnw-and-npt",
        "top-treaties",
        "co-mentioned-states",
        "positions-by-year",
    } <= names
    for ex in examples:
        assert ex.question.endswith("?"), ex.name
        assert rows(build, ex.name), f"{ex.name} found nothing in the fixture"


def test_treaty_actions_leave_out_what_did_not_happen(build: Path) -> None:
    found = {(r["state"], r["action"], r["treaty"]) for r in rows(build, "treaty-actions")}
    assert found == {("CHN", "signed", "CTBT"), ("USA", "signed", "CTBT")}
    assert all(r["evidence"] for r in rows(build, "treaty-actions"))
    negative = rows(build, "not-ratified")
    assert [(r["state"], r["action"], r["treaty"]) for r in negative] == [
        ("USA", "not ratified", "CTBT")
    ]


def test_fmct_positions_name_named_and_unnamed_holders(build: Path) -> None:
    found = {(r["stance"], r["holder"], r["holderName"]) for r in rows(build, "fmct-positions")}
    assert found == {
        ("opposes", "CHN", "中国"),
        ("supports", "(some delegations)", "some delegations"),
    }


def test_opinion_divides_by_quantifier_and_stance(build: Path) -> None:
    found = {
        (r["stance"], r["quantifier"], r["statements"])
        for r in rows(build, "opinion-by-quantifier")
    }
    assert found == {
        ("supports", "many", "1"),
        ("supports", "named", "1"),
        ("opposes", "some", "1"),
    }


def test_a_states_positions_by_year_take_their_documents_dates(build: Path) -> None:
    found = {
        (r["year"], r["stance"], r["object"], r["statements"])
        for r in rows(build, "positions-by-year")
    }
    assert found == {("2010", "opposes", "FMCT", "1"), ("2010", "supports", "NSA", "1")}


def test_groups_speakers_members_and_papers(build: Path) -> None:
    assert [(r["group"], r["state"]) for r in rows(build, "on-behalf-of")] == [("G21", "IND")]
    members = rows(build, "group-members")
    assert [(r["group"], r["memberCount"], sorted(r["members"].split())) for r in members] == [
        ("NAC", "2", ["BRA", "EGY"])
    ]
    assert [(r["state"], r["paper"]) for r in rows(build, "working-papers")] == [
        ("IND", "CD/WP.559")
    ]
    speakers = rows(build, "speakers")
    assert [(r["document"], sorted(r["speakers"].split())) for r in speakers] == [
        ("CD/1899", ["CHN", "IND"])
    ]


def test_documents_treaties_and_co_mentions(build: Path) -> None:
    both = rows(build, "tpnw-and-npt")
    assert [(r["document"], r["tpnwMentions"], r["nptMentions"]) for r in both] == [
        ("CD/1899", "1", "2")
    ]
    top = rows(build, "top-treaties")
    assert (top[0]["treaty"], top[0]["mentions"], top[0]["documents"]) == ("NPT", "3", "2")
    pairs = {(r["a"], r["b"]) for r in rows(build, "co-mentioned-states")}
    assert ("CHN", "IND") in pairs and ("BRA", "EGY") in pairs
    assert ("BRA", "IND") not in pairs  # never in the same document


def test_table_aligns_chinese_labels_by_display_width(build: Path) -> None:
    text = q.query_build(
        build,
        "SELECT ?id ?zh ?n WHERE { ?s ng:id ?id ; skos:prefLabel ?zh ; ng:mentionCount ?n "
        'FILTER(LANG(?zh) = "zh") } ORDER BY ?id',
    ).decode("utf-8")
    lines = text.splitlines()
    assert lines[0].split() == ["?id", "?zh", "?n"] and lines[-1] == "(13 rows)"
    usa = next(ln for ln in lines if ln.startswith("USA"))
    bra = next(ln for ln in lines if ln.startswith("BRA"))
    # the count column ends at the same terminal column whatever the width of the labels
    assert q.display_width(usa) == q.display_width(bra) == q.display_width(lines[1])
    assert usa.endswith(" 1") and "美利坚合众国" in usa


def test_display_width_and_truncation() -> None:
    assert q.display_width("中国USA") == 7
    assert q.display_width("e\u0301") == 1  # a combining accent takes no column
    cut = q.truncate("禁止生产核武器或其他核爆炸装置用裂变材料条约", 10)
    assert cut.endswith("…") and q.display_width(cut) <= 10


def test_json_is_sparql_results_json_and_tsv_keeps_terms(build: Path) -> None:
    sparql = 'SELECT ?s ?zh WHERE { ?s ng:id "CHN" ; skos:prefLabel ?zh FILTER(LANG(?zh) = "zh") }'
    data = json.loads(q.query_build(build, sparql, output="json"))
    assert data["head"]["vars"] == ["s", "zh"]
    [binding] = data["results"]["bindings"]
    assert binding["s"] == {"type": "uri", "value": "https://w3id.org/nukegraph/id/state/CHN"}
    assert binding["zh"] == {"type": "literal", "value": "中国", "xml:lang": "zh"}
    tsv = q.query_build(build, sparql, output="tsv").decode("utf-8").splitlines()
    assert tsv == ["?s\t?zh", '<https://w3id.org/nukegraph/id/state/CHN>\t"中国"@zh']
    assert q.query_build(build, 'ASK { ?s ng:id "CHN" }', output="json").strip() == (
        b'{"head":{},"boolean":true}'
    )
    assert q.query_build(build, 'ASK { ?s ng:id "XXX" }') == b"false\n"


def test_construct_answers_as_a_table_and_as_json_ld(build: Path) -> None:
    sparql = "CONSTRUCT { ?s ng:id ?id } WHERE { ?s a ng:Group ; ng:id ?id }"
    table = q.query_build(build, sparql).decode("utf-8")
    assert "ngid:group/G21" in table and "(2 rows)" in table
    doc = json.loads(q.query_build(build, sparql, output="json"))
    assert {node["@id"] for node in doc} == {
        "https://w3id.org/nukegraph/id/group/G21",
        "https://w3id.org/nukegraph/id/group/NAC",
    }


def test_store_is_loaded_once_and_reloaded_when_the_build_changes(build: Path, monkeypatch) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    first = q.query_build(build, count, output="csv")
    assert (build / store.STORE_DIR).is_dir()

    def no_reparse(*_args, **_kw):
        raise AssertionError("the Turtle was parsed again")

    monkeypatch.setattr(store, "load_turtle", no_reparse)
    assert q.query_build(build, count, output="csv") == first
    monkeypatch.undo()
    with (build / "graph.ttl").open("a", encoding="utf-8") as f:
        f.write('<https://w3id.org/nukegraph/id/state/CHN> <http://example.org/x> "new" .\n')
    n_before = int(first.split()[-1])
    n_after = int(q.query_build(build, count, output="csv").split()[-1])
    assert n_after == n_before + 1


def test_store_holds_the_ontology_in_its_own_graph(build: Path) -> None:
    sparql = (
        "SELECT ?label WHERE { GRAPH <https://w3id.org/nukegraph/ontology> "
        '{ ng:signed rdfs:label ?label FILTER(LANG(?label) = "zh") } }'
    )
    assert q.query_build(build, sparql, output="csv").decode().split() == ["label", "签署"]


def test_read_query_from_file_and_errors(tmp_path: Path) -> None:
    f = tmp_path / "q.rq"
    f.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    assert q.read_query(str(f)) == ("SELECT * WHERE { ?s ?p ?o }", str(f))
    assert q.read_query("ASK { ?s ?p ?o }")[0].startswith("ASK")
    for missing in ("nope.rq", str(tmp_path / "nope")):
        with pytest.raises(q.QueryError, match="query file not found"):
            q.read_query(missing)


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_errors_are_one_line_with_an_exit_code(build: Path, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    cases = [
        (["query", "missing.rq", "--graph", str(build)], 7, "missing.rq: query file not found"),
        (["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(empty)], 6, "no build here"),
        (
            ["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(tmp_path / "none")],
            6,
            "no such folder",
        ),
        (
            ["query", "SELECT * WHERE { ?s ?p }", "--graph", str(build)],
            7,
            "malformed query at line 1, column 25",
        ),
        (["query", "--example", "nope", "--graph", str(build)], 7, "no example query named"),
        (["validate", "--graph", str(empty)], 6, "no build here"),
    ]
    for argv, code, message in cases:
        got, out, err = _cli(capsys, *argv)
        assert got == code, (argv, err)
        assert out == ""
        assert err.count("\n") == 1 and message in err and "Traceback" not in err, err


def test_cli_timeout_stops_a_long_query(build: Path, capsys) -> None:
    started = time.monotonic()
    code, out, err = _cli(capsys, "query", SLOW, "--graph", str(build), "--timeout", "1")
    assert code == 8 and out == ""
    assert "time limit of 1 s" in err and err.count("\n") == 1
    assert time.monotonic() - started < 20


def test_timeout_does_not_change_the_answer(build: Path) -> None:
    sparql = q.example("fmct-positions").text
    assert q.query_build(build, sparql, timeout=30) == q.query_build(build, sparql)
    with pytest.raises(q.QueryError, match="line 1, column 8"):
        q.query_build(build, "SELEC x", timeout=30)


def test_cli_lists_and_runs_examples(build: Path, capsys) -> None:
    code, out, _ = _cli(capsys, "query", "--list-examples")
    assert code == 0
    lines = out.splitlines()
    assert [ln.split()[0] for ln in lines] == [ex.name for ex in q.list_examples()]
    code, out, _ = _cli(capsys, "query", "--example", "on-behalf-of", "--graph", str(build))
    assert code == 0 and "G21" in out and "印度" in out and "(1 row)" in out
    code, out, _ = _cli(
        capsys, "query", "--example", "on-behalf-of", "--graph", str(build), "--format", "csv"
    )
    assert out.splitlines()[0] == "group,groupName,state,stateName,document,evidence"


def test_a_read_only_build_folder_keeps_its_store_in_a_temp_folder(
    build: Path, monkeypatch
) -> None:
    monkeypatch.setattr(store.os, "access", lambda *_a, **_k: False)
    db = store.ensure_store(build)
    assert build not in db.parents and not (build / store.STORE_DIR).exists()
    assert q.query_build(build, 'ASK { ?s ng:id "CHN" }') == b"true\n"
    shutil.rmtree(db.parent, ignore_errors=True)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nukegraph.pipeline import build

    out = tmp_path_factory.mktemp("bundled") / "out"
    build(Path(__file__).resolve().parents[1] / "corpus", out)
    return out


@pytest.mark.parametrize("name", [ex.name for ex in q.list_examples()])
def test_every_example_shows_something_on_the_bundled_corpus_or_says_what_it_needs(
    bundled: Path, name: str
) -> None:
    ex = q.example(name)
    needs = getattr(ex, "needs", "")
    if needs:
        assert needs.endswith(".") and "bundled corpus" in needs, needs
    else:
        assert rows(bundled, name), f"{name}: no rows on the bundled corpus, and no '# Needs:' line"


def test_a_query_on_one_line_longer_than_a_file_name_runs(build: Path, capsys) -> None:
    text = (
        "SELECT ?id WHERE { ?g a ng:Group ; ng:id ?id . "
        + " ".join(f'FILTER(?id != "X{i}")' for i in range(30))
        + " } ORDER BY ?id"
    )
    assert len(text.encode()) > 255 and "\n" not in text
    assert main(["query", text, "--graph", str(build), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["id", "G21", "NAC"]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
        ("SELECT * WHERE { service silent ?endpoint { ?s ?p ?o } }", True),
        ("SELECT * WHERE { SERVICE#comment\n<http://example.org/> { ?s ?p ?o } }", True),
        ("SELECT * WHERE { \\u0053ERVICE <http://example.org/> { ?s ?p ?o } }", True),
        ('SELECT * WHERE { ?s ?p "#" SERVICE <http://example.org/> { } }', True),
        ("SELECT * WHERE { ?s ?p \"a SERVICE\" . ?s ?q '''SERVICE\n''' }", False),
        (
            "SELECT ?SERVICE WHERE { ?s ex:SERVICE ?SERVICE ; <http://x/SERVICE> 1 } # SERVICE",
            False,
        ),
    ],
)
def test_federated_queries_are_found_wherever_the_keyword_stands(text: str, calls: bool) -> None:
    assert q.calls_service(text) is calls


def test_the_query_command_refuses_a_federated_query_unless_allowed(build: Path, capsys) -> None:
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert main(["query", text, "--graph", str(build)]) == 7
    err = capsys.readouterr().err
    assert "SERVICE" in err and "--allow-service" in err and len(err.strip().splitlines()) == 1
    # allowed, it is sent (the port is refused by Oxigraph's client: an error, not a refusal)
    assert main(["query", text, "--graph", str(build), "--allow-service"]) == 7
    assert "--allow-service" not in capsys.readouterr().err


def test_a_query_over_its_memory_limit_stops_with_a_one_line_error(build: Path, capfd) -> None:
    heavy = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l"
    assert main(["query", heavy, "--graph", str(build), "--max-memory", "300"]) == 8
    err = capfd.readouterr().err  # the child's own output too (file descriptor 2)
    assert err.strip() == (
        "nukegraph: error: query: query stopped: it needed more than the memory limit of "
        "300 MB (raise it with --max-memory)"
    )
    assert main(["query", "ASK { ?s ?p ?o }", "--graph", str(build), "--max-memory", "300"]) == 0
    with pytest.raises(SystemExit):
        main(["query", "ASK { ?s ?p ?o }", "--graph", str(build), "--max-memory", "100"])
    assert "must be at least 256" in capfd.readouterr().err
