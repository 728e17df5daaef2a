"""The per-document extractor and the one-way flow of the package's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import nukegraph

PACKAGE = Path(nukegraph.__file__).resolve().parent
# what runs in worker processes: it must not import the build that orchestrates it
WORKER_MODULES = ["extract.py", "parallel.py", "dask_cluster.py", "reading.py", "relations"]


def _imported(path: Path) -> set[str]:
    """The nukegraph modules a file imports (relative imports resolved to module names)."""
    package = path.relative_to(PACKAGE).parent.parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package[: len(package) - node.level + 1])
            module = [*base, *(node.module or "").split(".")] if node.module else base
            found.add(".".join(p for p in module if p))
            found |= {".".join([*module, a.name]) for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nukegraph."):
            found.add(node.module.removeprefix("nukegraph."))  # type: ignore[union-attr]
    return found


def test_worker_code_never_imports_the_orchestrator():
    files = [
        f
        for name in WORKER_MODULES
        for f in (
            [PACKAGE / name] if name.endswith(".py") else sorted((PACKAGE / name).rglob("*.py"))
        )
    ]
    assert len(files) > 5
    for path in files:
        assert not {m for m in _imported(path) if m.split(".")[0] in ("pipeline", "cli")}, path


# --- the document's date ---------------------------------------------------------------------

import pytest  # noqa: E402

from nukegraph.extract import document_date, parse_date, parse_month_line  # noqa: E402
from nukegraph.normalize import normalize_text  # noqa: E402
from nukegraph.records import DocumentDate  # noqa: E402


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2018年4月20日", "2018-04-20"),
        ("2018 年 4 月 20 日日本政府给裁军谈判会议主席的普通照会", "2018-04-20"),
        ("2010年 9月 14日裁军谈判会议主席给会议秘书长的信，", "2010-09-14"),
        ("20 April 2018", "2018-04-20"),
        ("April 20, 2018", "2018-04-20"),
        ("2014/06/04", "2014-06-04"),
        ("2020-10-02", "2020-10-02"),
        ("2005年4月26日至28日，纽约", "2005-04-26"),  # a meeting's range: its first day
        ("26-28 April 2005, New York", "2005-04-26"),
        ("二〇一八年四月二十日", "2018-04-20"),
        ("二〇〇五年十月三十一日", "2005-10-31"),
    ],
)
def test_a_date_in_any_form_a_heading_uses(text, iso):
    assert parse_date(text).iso == iso


@pytest.mark.parametrize(
    "text",
    ["2020 年审议大会", "第 67/56 号决议", "A/RES/67/56", "2018年2月30日", "CD/1888", "1 至 7", ""],
)
def test_what_is_no_date(text):
    assert parse_date(text) is None


def test_a_month_alone_is_a_date_only_on_its_own_line():
    assert parse_month_line("2018年4月") == DocumentDate(2018, 4)
    assert parse_month_line(" April 2018 ") == DocumentDate(2018, 4)
    assert parse_month_line("2018年4月的会议") is None
    assert DocumentDate(2018, 4).iso == "2018-04" and DocumentDate(2018, 4).xsd_type == "gYearMonth"
    assert DocumentDate(2018, 4, 20).xsd_type == "date" and DocumentDate(2018).iso == "2018"


def _date(raw: str) -> str | None:
    date = document_date(raw, normalize_text(raw))
    return date.iso if date else None


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        # the heading's own date, page furniture included (a running date line)
        (
            "不扩散核武器条约缔约国\n2020 年审议大会\n\n20 April 2018\nChinese\n\n第二届会议\n\n"
            "2018 年 4 月 23 日至 5 月 4 日，日内瓦\n\n日本政府谨向主席致意，并随函转递文件。\n",
            "2018-04-20",
        ),
        (
            "2010年 9月 14日裁军谈判会议主席给会议秘书长的信，\n转交报告\n\n"
            "2010 年 6 月，裁军谈判会议商定了议程。\n",
            "2010-09-14",
        ),
        ("# 声明\n\n2014/06/04\n\n中国支持《全面禁止核试验条约》。\n", "2014-06-04"),
        # a date inside the body's sentences is what the text speaks of: undated
        ("第六十八届会议\n\n秘书长的说明\n\n大会于2013年10月9日通过了决议。\n", None),
        ("1. 2018年4月20日，中国批准了该条约。\n", None),
        ("中国支持《全面禁止核试验条约》。\n", None),
    ],
)
def test_the_document_date_comes_from_its_heading(raw, iso):
    assert _date(raw) == iso


def test_a_text_in_traditional_characters_is_read_and_quoted_as_written():
    from nukegraph.extract import Extractor
    from nukegraph.gazetteer import load_gazetteer
    from nukegraph.records import SourceDocument

    text = "中國堅定支持《全面禁止核試驗條約》早日生效。"
    result = Extractor(load_gazetteer()).extract(SourceDocument("doc.txt", text, "utf-8"))
    assert {(m.ref.id, m.surface) for m in result.mentions} == {
        ("CHN", "中國"),
        ("CTBT", "全面禁止核試驗條約"),
    }
    (statement,) = [s for s in result.statements if s.predicate == "supports"]
    assert (statement.subject.id, statement.object.id) == ("CHN", "CTBT")
    assert statement.evidence == text


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("秘书长的致辞\n\n我呼吁采取行动。(摘自大会文件: A/60/121)\n", "A/60/121"),
        ("秘书长的致辞\n\n我呼吁采取行动。见大会文件A/60/121。\n", "doc"),  # a citation
    ],
)
def test_the_document_a_text_says_it_is_taken_from_is_its_own_symbol(text, own):
    from nukegraph.extract import document_id
    from nukegraph.normalize import normalize_text
    from nukegraph.records import SourceDocument

    assert document_id(SourceDocument("doc.txt", text, "utf-8"), normalize_text(text)) == own
