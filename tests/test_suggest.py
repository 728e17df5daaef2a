"""``nukegraph suggest``: candidates, counts, order, contexts, and a file the build can add."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal

from nukegraph.cli import main
from nukegraph.gazetteer import load_gazetteer
from nukegraph.pipeline import build
from nukegraph.suggest import format_report, suggest
from nukegraph.vocab import NG

from conftest import write_gazetteer

DOCS = {
    "a.txt": "中国支持《禁止放射性武器公约》。国际电信联盟(国际电联)发表了报告,国际电联还举办了研讨会。\n"
    "设在日内瓦的全球裁军研究中心发表了新的研究报告。\n"
    "他引用了《核武器与外交政策》一书。\n",
    "b.txt": "印度也支持《禁止放射性武器公约》,并欢迎《禁止放射性武器公约》生效。\n"
    "“全球零核”运动呼吁各国参加会议。\n",
}


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("suggest")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus, write_gazetteer(root / "gaz")


@pytest.fixture(scope="module")
def report(setup):
    corpus, gaz = setup
    return suggest(corpus, gazetteer_dir=gaz)


def by_name(report) -> dict:
    return {s.zh: s for s in report.suggestions}


def test_an_instrument_found_in_the_text_comes_first_with_its_build_id(report, setup) -> None:
    first = report.suggestions[0]
    assert (first.cls, first.zh) == ("treaty", "禁止放射性武器公约")
    assert first.mentions == 3 and first.documents == {"a.txt", "b.txt"}
    # two contexts, from two documents
    assert [path for path, _ in first.contexts] == ["a.txt", "b.txt"]
    assert "[禁止放射性武器公约]" in first.contexts[0][1]
    assert first.id.startswith("CONVENTION_") and not first.guess


def test_an_abbreviation_of_a_known_body_becomes_one_of_its_names(report) -> None:
    itu = by_name(report)["国际电联"]
    assert (itu.cls, itu.id, itu.known) == ("organization", "ITU", True)
    assert itu.mentions == 2  # defined once, used again


def test_bodies_in_wider_shapes_are_rows_and_other_titles_are_guesses(report) -> None:
    names = by_name(report)
    assert names["全球裁军研究中心"].cls == "organization" and not names["全球裁军研究中心"].guess
    assert names["“全球零核”运动"].id.startswith("CAMPAIGN_")
    assert names["核武器与外交政策"].guess  # a book: no instrument word
    assert "日内瓦" not in names  # a city, not a state or body
    # rows first, the most mentioned first; guesses last
    guesses = [s.guess for s in report.suggestions]
    assert guesses == sorted(guesses)
    rows = [s.mentions for s in report.suggestions if not s.guess]
    assert rows == sorted(rows, reverse=True)


def test_the_report_is_a_user_gazetteer_file_the_build_adds(
    report, setup, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, gaz = setup
    monkeypatch.setenv("NUKEGRAPH_GAZETTEERS", str(gaz))  # the "bundled" folder
    monkeypatch.setenv("NUKEGRAPH_REPLACE_GAZETTEERS", "1")  # in place of the real one
    text = format_report(report)
    assert "#? treaty\t" in text  # a guess stays out of the file until kept
    path = tmp_path / "mine.tsv"
    # rows of an earlier run, then this run's appended, header and all
    earlier = "class\tid\tzh\ten\taliases\ten_aliases\norganization\tGSI\t全球安全所\tGSI\t\t\n"
    path.write_text(earlier + text, encoding="utf-8")
    assert load_gazetteer(path).surfaces["国际电联"].id == "ITU"
    build(corpus, tmp_path / "out", gazetteer_dir=path, formats=("ttl",))
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    # the convention keeps its IRI and is now a gazetteer entity
    ident = report.suggestions[0].id
    (conv,) = g.subjects(NG.id, Literal(ident))
    assert g.value(conv, NG.foundInText) is None
    # and a second suggest finds nothing more of it
    assert "禁止放射性武器公约" not in by_name(suggest(corpus, gazetteer_dir=path))


def test_without_words_jieba_is_not_asked(setup, monkeypatch: pytest.MonkeyPatch) -> None:
    import nukegraph.suggest as suggest_module

    def refuse():
        raise AssertionError("jieba's parts of speech were asked for")

    monkeypatch.setattr(suggest_module, "_posseg", refuse)
    corpus, gaz = setup
    names = by_name(suggest(corpus, gazetteer_dir=gaz, words=False))
    assert "禁止放射性武器公约" in names and "国际电联" in names
    assert "全球裁军研究中心" not in names


def test_suggest_command_writes_the_file(setup, tmp_path, capsys) -> None:
    corpus, gaz = setup
    out = tmp_path / "suggested.tsv"
    assert (
        main(["suggest", str(corpus), "--gazetteers", str(gaz), "--out", str(out), "--quiet"]) == 0
    )
    assert "wrote" in capsys.readouterr().err
    lines = out.read_text("utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("class\t"))
    assert lines[header + 1].startswith("# 3 mentions in 2 documents")
    assert lines[header + 2].startswith("treaty\tCONVENTION_")
    assert main(["suggest", str(corpus), "--gazetteers", str(gaz), "--no-words", "--quiet"]) == 0
    assert "国际电联" in capsys.readouterr().out


def test_a_missing_corpus_is_an_error(tmp_path, capsys) -> None:
    assert main(["suggest", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err
