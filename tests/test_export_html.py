"""The HTML page without a browser: its data, its escaping, its offline guarantees."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from html_fixtures import (
    CTBT,
    EVIL_EN,
    EVIL_ZH,
    HOSTILE,
    HOSTILE_TITLE,
    NPT,
    USA,
    sample_graph,
)

from nukegraph.export_html import (
    DEFAULT_MAX_NODES,
    EDGES_PER_NODE,
    _display_text,
    _evidence,
    graph_payload,
    page_names,
    render_html,
    write_html,
)
from nukegraph.gazetteer import Gazetteer
from nukegraph.graph import KnowledgeGraph
from nukegraph.records import DocumentResult, Entity, EntityRef, Mention, Statement

DATA_BLOCK = re.compile(
    r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL
)
SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
# Places where a URL makes the browser fetch something.
RESOURCE_URL = re.compile(
    r"""(?:\b(?:src|href|action|poster|srcset|data|background)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|url\(\s*["']?\s*(?:https?:)?//|@import|<link\b|<iframe\b|<object\b|<embed\b""",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return sample_graph()


@pytest.fixture(scope="module")
def payload(graph):
    return graph_payload(graph, max_nodes=0)[0]


def node(payload, key: str) -> dict:
    return next(n for n in payload["nodes"] if n["key"] == key)


def index_of(payload, key: str) -> int:
    return next(i for i, n in enumerate(payload["nodes"]) if n["key"] == key)


def test_repeated_statements_collapse_into_one_edge_with_every_sentence(payload):
    usa, npt = index_of(payload, "state/USA"), index_of(payload, "treaty/NPT")
    edges = [e for e in payload["edges"] if (e["from"], e["to"], e["p"]) == (usa, npt, "supports")]
    assert len(edges) == 1
    sentences = [payload["statements"][i]["text"] for i in edges[0]["st"]]
    assert sentences == [
        "美国支持《不扩散核武器条约》。",
        "美国重申支持不扩散核武器条约。",
        "美国再次表示支持不扩散核武器条约。",
    ]
    docs = [payload["documents"][d]["id"] for d in edges[0]["docs"]]
    assert sorted(docs) == ["A/77/100", "CD/1888"]


def test_negated_statement_is_listed_but_never_drawn(payload):
    rus, ctbt = index_of(payload, "state/RUS"), index_of(payload, "treaty/CTBT")
    negated = [s for s in payload["statements"] if s.get("neg")]
    assert [(s["s"], s["p"], s["o"]) for s in negated] == [(rus, "ratified", ctbt)]
    assert not [e for e in payload["edges"] if (e["from"], e["to"]) == (rus, ctbt)]


def test_unnamed_holder_is_one_node_with_a_chinese_label(payload):
    holder = node(payload, "anonymous/some-delegations")
    assert (holder["cls"], holder["zh"], holder["en"]) == (
        "anonymous",
        "一些代表团",
        "some delegations",
    )
    assert [payload["documents"][d]["id"] for d in holder["docs"]] == ["CD/1888"]


def test_document_mentions_are_edges_from_the_document(payload):
    doc = index_of(payload, "document/CD/1888")
    targets = {
        payload["nodes"][e["to"]]["key"]
        for e in payload["edges"]
        if e["from"] == doc and e["p"] == "mentions"
    }
    assert {"state/USA", "treaty/NPT", "organization/EVIL"} <= targets
    assert "document/CD/1888" not in targets
    assert node(payload, "document/CD/1888")["input"] is True


def test_evidence_shows_the_sentence_without_layout_breaks_and_highlights_both_names(payload):
    usa, npt = index_of(payload, "state/USA"), index_of(payload, "treaty/NPT")
    st = next(s for s in payload["statements"] if s["text"].startswith("美国重申"))
    marked = {(st["text"][a:b], role) for a, b, role in st["hl"]}
    assert marked == {("美国", "s"), ("不扩散核武器条约", "o")}
    assert (st["s"], st["o"], st["cue"]) == (usa, npt, "支持")


def test_other_names_in_the_sentence_are_marked_apart_from_subject_and_object(payload):
    st = next(
        s
        for s in payload["statements"]
        if s["p"] == "opposes" and payload["nodes"][s["s"]]["key"] == "state/RUS"
    )
    marked = {(st["text"][a:b], role) for a, b, role in st["hl"]}
    assert marked == {("中国", "m"), ("俄罗斯联邦", "s"), (EVIL_ZH, "o")}


def test_a_mention_that_does_not_match_its_sentence_is_not_highlighted():
    text = "美国支持不扩散核武器条约。"
    st = Statement(USA, "supports", NPT, text, 100, 100 + len(text), "支持")
    good = Mention(USA, 100, 102, "美国")
    stale = Mention(NPT, 101, 109, "不扩散核武器条约")  # offsets shifted by one
    outside = Mention(CTBT, 90, 95, "全面禁止核试验条约")
    shown, spans = _evidence(st, [good, stale, outside])
    assert shown == text
    assert spans == [[0, 2, "s"]]


def test_latin_words_keep_one_space_and_chinese_line_breaks_vanish():
    text = "Reaching\n  Critical Will 支持不扩\n散核武器条约"
    st = Statement(USA, "supports", NPT, text, 0, len(text), "支持")
    shown, spans = _evidence(st, [Mention(NPT, 27, 36, "不扩散核武器条约")])
    assert shown == "Reaching Critical Will支持不扩散核武器条约"
    assert [shown[a:b] for a, b, _ in spans] == ["不扩散核武器条约"]


def test_hostile_text_survives_as_data_and_never_as_markup(graph):
    html = render_html(graph)
    block = DATA_BLOCK.search(html).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)
    names = {n["zh"] for n in data["nodes"]} | {n["en"] for n in data["nodes"]}
    assert {EVIL_ZH, EVIL_EN} <= names
    assert HOSTILE_TITLE in {d["title"] for d in data["documents"]}
    assert any(HOSTILE in s["text"] for s in data["statements"])
    # Outside the data block, no byte of hostile text appears unescaped.
    outside = html.replace(block, "")
    for needle in ("<script>alert", "alert(1)", "alert(3)", "onerror=alert", "</div><img"):
        assert needle not in outside


def test_page_title_is_escaped_and_cannot_inject_placeholders(graph):
    title = 'T "<b>" {{DATA}} {{APP}}'
    payload, _ = graph_payload(graph, title=title)
    from nukegraph.export_html import render_page

    html = render_page(payload)
    assert "<title>T &quot;&lt;b&gt;&quot; {{DATA}} {{APP}}</title>" in html
    assert html.count('<script type="application/json"') == 1


def test_page_fetches_nothing(graph, tmp_path):
    html = write_html(graph, tmp_path / "graph.html").read_text("utf-8")
    assert not RESOURCE_URL.findall(html)
    csp = CSP.search(html).group(1)
    assert "default-src 'none'" in csp
    assert "connect-src" not in csp  # falls back to 'none'
    for m in SCRIPT.finditer(html):
        assert "src=" not in m.group("attrs")  # everything inline: one file works anywhere


def test_csp_allows_exactly_the_pages_own_scripts(graph):
    html = render_html(graph)
    csp = CSP.search(html).group(1).replace("&#x27;", "'")
    allowed = set(re.findall(r"'(sha256-[^']+)'", csp))
    inline = [
        m.group("body") for m in SCRIPT.finditer(html) if "application/json" not in m.group("attrs")
    ]
    digests = {
        "sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        for body in inline
    }
    assert len(inline) == 2  # vis-network and the page script
    assert digests == allowed
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


@pytest.mark.parametrize("name", ["graph_app.js", "reading_app.js"])
def test_page_scripts_never_use_html_parsing_sinks(name):
    from importlib.resources import files

    script = (files("nukegraph") / "data" / name).read_text("utf-8")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert sink not in script


def chain_graph(n: int) -> KnowledgeGraph:
    """A hub ``E0`` linked to all, then a chain ``E1 - E2 - ...``: degrees are known."""
    refs = [EntityRef("state", f"E{i}") for i in range(n)]
    entities = {r: Entity(r, f"实体{i}", f"Entity {i}") for i, r in enumerate(refs)}
    graph = KnowledgeGraph(Gazetteer(entities, {}, frozenset(), (), "t"))
    statements, mentions = [], []
    for i in range(1, n):
        statements.append(Statement(refs[0], "supports", refs[i], "句。", 0, 2, "支持"))
        if i + 1 < n:
            statements.append(Statement(refs[i], "opposes", refs[i + 1], "句。", 0, 2, "反对"))
    mentions = [Mention(r, 0, 1, "x") for r in refs[:3]]
    graph.add(DocumentResult("d.txt", "D", "标题", 2, mentions, statements))
    return graph


def test_cap_keeps_the_most_connected_and_lists_the_rest_in_panels():
    graph = chain_graph(12)
    payload, selection = graph_payload(graph, max_nodes=4)
    drawn = [n["key"] for n in payload["nodes"] if not n.get("off")]
    assert len(drawn) == 4 and selection.nodes_total == 13  # 12 entities + the document
    assert "state/E0" in drawn and "document/D" in drawn
    assert payload["meta"]["nodesTotal"] == 13
    # Every statement of a drawn entity is still there for its panel, its partner named.
    hub = index_of(payload, "state/E0")
    assert sum(1 for s in payload["statements"] if s["s"] == hub) == 11
    # Entities not drawn are still there for search, with their statement count.
    off = {n["key"]: n for n in payload["nodes"] if n.get("off")}
    assert len(off) == 13 - 4
    assert off["state/E11"]["statements"] == 2  # E0 supports it, E10 opposes it
    # ... and every position, even between entities not drawn: the positions table holds all.
    assert (
        sum(1 for s in payload["statements"] if payload["nodes"][s["o"]]["key"] == "state/E11") == 2
    )
    drawn_index = {i for i, n in enumerate(payload["nodes"]) if not n.get("off")}
    assert all(e["from"] in drawn_index and e["to"] in drawn_index for e in payload["edges"])


def test_edge_cap_drops_document_mentions_before_statements_but_keeps_every_node_linked():
    graph = chain_graph(40)
    payload, selection = graph_payload(graph, max_nodes=4)
    assert selection.edges_shown <= EDGES_PER_NODE * 4
    # Three hubs bound by 60 statement links, and the document that mentions them: the
    # budget (20 links) goes to statements, yet the document keeps one link.
    hubs = [EntityRef("state", h) for h in ("H1", "H2", "H3")]
    entities = {r: Entity(r, r.id, r.id) for r in hubs}
    graph = KnowledgeGraph(Gazetteer(entities, {}, frozenset(), (), "t"))
    statements = [
        Statement(a, f"p{k}", b, "句。", 0, 2, "支持")
        for a in hubs
        for b in hubs
        if a != b
        for k in range(10)
    ]
    mentions = [Mention(r, 0, 1, "x") for r in hubs]
    graph.add(DocumentResult("d.txt", "D", "", 2, mentions, statements))
    payload, selection = graph_payload(graph, max_nodes=4)
    assert (selection.edges_total, selection.edges_shown) == (63, EDGES_PER_NODE * 4)
    kinds = [e["p"] for e in payload["edges"]]
    assert kinds.count("mentions") == 1
    linked = {e["from"] for e in payload["edges"]} | {e["to"] for e in payload["edges"]}
    assert linked == {i for i, n in enumerate(payload["nodes"]) if not n.get("off")}


def test_default_cap_and_no_cap():
    graph = chain_graph(5)
    assert graph_payload(graph)[0]["meta"]["cap"] == DEFAULT_MAX_NODES
    assert graph_payload(graph, max_nodes=0)[1].nodes_shown == 6
    with pytest.raises(ValueError, match="max_nodes"):
        graph_payload(graph, max_nodes=-1)


def test_page_names_are_portable_and_distinct():
    names = page_names(["CD/1888", "CD_1888", "index", "A/RES/67/56", "第一份文件", "cd/1888"])
    assert names["A/RES/67/56"] == "A_RES_67_56.html"
    assert len(set(n.lower() for n in names.values())) == 6
    assert names["index"] != "index.html"
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.html", n) for n in names.values())


def test_write_html_replaces_the_page_in_one_step(graph, tmp_path):
    path = tmp_path / "out" / "graph.html"
    path.parent.mkdir()
    path.write_text("old")
    assert write_html(graph, path, max_nodes=3) == path
    assert "nukegraph" in path.read_text("utf-8")
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]


READING_DATA = re.compile(
    r'<script type="application/json" id="doc-data">(.*?)</script>', re.DOTALL
)
READING_META = re.compile(
    r'<script type="application/json" id="doc-meta">(.*?)</script>', re.DOTALL
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A build of two dated documents and one undated, with hostile text, by the CLI."""
    from nukegraph.cli import main

    from conftest import write_gazetteer

    root = tmp_path_factory.mktemp("reading")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "CD/2001\n2010年9月14日\n\n美国支持不扩散\n核武器条约。中国反对" + HOSTILE + "。\n", "utf-8"
    )
    (corpus / "b.txt").write_text(
        "CD/2002\n20 April 2018\n\n中国呼吁全面禁止核试验条约早日生效。\n", "utf-8"
    )
    (corpus / "c d.txt").write_text("美国尚未批准全面禁止核试验条约。\n", "utf-8")
    out = root / "out"
    assert (
        main(
            [
                "build",
                str(corpus),
                "--out",
                str(out),
                "--quiet",
                "--gazetteers",
                str(write_gazetteer(root / "gaz")),
                "--replace-gazetteers",
            ]
        )
        == 0
    )
    return out


def _reading(path):
    page = path.read_text("utf-8")
    return (
        json.loads(READING_META.search(page).group(1)),
        json.loads(READING_DATA.search(page).group(1)),
        page,
    )


def test_a_build_writes_a_reading_page_per_document_and_an_index_by_date(built):
    docs = built / "documents"
    assert sorted(p.name for p in docs.glob("*.html")) == [
        "CD_2001.html",
        "CD_2002.html",
        "cd.html",
        "index.html",
    ]
    index = (docs / "index.html").read_text("utf-8")
    # oldest first, the undated last, each with a link to its share of the graph
    rows = index[index.index("<tbody>") :]
    assert rows.index("CD/2001") < rows.index("CD/2002") < rows.index("undated")
    assert '<a href="CD_2001.html">CD/2001</a>' in index and "2010-09-14" in index
    assert '<a href="../graph.html#doc=CD%2F2001">' in index
    assert "<script" not in index and not RESOURCE_URL.findall(index)
    main_page = json.loads(DATA_BLOCK.search((built / "graph.html").read_text("utf-8")).group(1))
    assert {"href": "documents/index.html", "text": "Documents 文件列表"} in main_page["meta"][
        "links"
    ]
    by_id = {d["id"]: d for d in main_page["documents"]}
    assert by_id["CD/2001"]["page"] == "documents/CD_2001.html"
    assert by_id["CD/2001"]["date"] == "2010-09-14" and by_id["CD/2002"]["date"] == "2018-04-20"
    assert by_id["cd"]["date"] is None


def test_a_reading_page_shows_the_text_joined_with_every_mention_and_evidence(built):
    from rdflib import Graph, URIRef

    from nukegraph.vocab import NG

    meta, data, page = _reading(built / "documents" / "CD_2001.html")
    assert (
        meta["id"] == "CD/2001" and meta["date"] == "2010-09-14" and meta["main"] == "../graph.html"
    )
    text = data["text"]
    assert "美国支持不扩散核武器条约。" in text  # the PDF's line break inside a name joined
    assert "CD/2001" not in text  # the running symbol is page furniture
    shown = {
        (text[a:b], data["e"][e][0])
        for a, b, e in zip(data["m"][::3], data["m"][1::3], data["m"][2::3], strict=True)
    }
    assert {
        ("美国", "state/USA"),
        ("不扩散核武器条约", "treaty/NPT"),
        ("中国", "state/CHN"),
    } <= shown
    # each evidence sentence: where it is shown, and the raw offsets the graph gives it
    g = Graph().parse(built / "graph.ttl", format="turtle")
    raw = (built.parent / "corpus" / "a.txt").read_text("utf-8")
    spans = {
        (int(g.value(st, NG.start)), int(g.value(st, NG.end)))
        for st in g.subjects(
            NG.document, URIRef("https://w3id.org/nukegraph/id/document/CD%2F2001")
        )
        if (st, NG.evidence, None) in g
    }
    assert {(s[2], s[3]) for s in data["s"]} == spans
    for a, b, rs, re_, sts in data["s"]:
        assert text[a:b] == "".join(raw[rs:re_].split())
        assert all(0 <= i < len(data["st"]) for i in sts)
    # hostile text is data: escaped in the block, and the page's one script is allowed by hash
    assert HOSTILE in text and "<script>alert" not in page
    scripts = SCRIPT.findall(page)
    inline = [body for attrs, body in scripts if "application/json" not in attrs]
    csp = CSP.search(page).group(1)
    assert (
        len(inline) == 1
        and f"'sha256-{base64.b64encode(hashlib.sha256(inline[0].encode()).digest()).decode()}'"
        in csp
    )
    assert "default-src 'none'" in csp and not RESOURCE_URL.findall(page)


def test_main_page_statements_carry_the_raw_offsets_their_page_marks(built):
    main_page = json.loads(DATA_BLOCK.search((built / "graph.html").read_text("utf-8")).group(1))
    st = next(s for s in main_page["statements"] if s["text"].startswith("美国支持"))
    doc = main_page["documents"][st["doc"]]
    _, data, _ = _reading(built / doc["page"])
    assert [st["at"][0], st["at"][1]] in [[s[2], s[3]] for s in data["s"]]


def test_document_pages_can_be_left_out(tmp_path):
    from nukegraph.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("美国支持不扩散核武器条约。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--no-document-pages"]) == 0
    assert not (out / "documents").exists()
    page = json.loads(DATA_BLOCK.search((out / "graph.html").read_text("utf-8")).group(1))
    assert page["meta"]["links"] == [] and "page" not in page["documents"][0]
    # the old flag, whose pages are now the default, still runs
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--html-per-document"]) == 0
    assert (out / "documents" / "a.html").exists()


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("中国\n支持《条约》。", "中国支持《条约》。"),
        ("the\nCD and", "the CD and"),  # one space only between ASCII letters or digits
        ("NPT \n 条约", "NPT条约"),
        ("  开头", "开头"),
        ("结尾 \n", "结尾"),
        ("没有空白", "没有空白"),
    ],
)
def test_evidence_is_shown_without_layout_white_space_and_offsets_follow(raw, shown):
    text, where = _display_text(raw)
    assert text == shown
    assert where[len(raw)] == len(text)
    for i, ch in enumerate(raw):
        if not ch.isspace():
            assert text[where[i]] == ch  # a highlight's raw offsets land on the same character


def test_a_name_found_in_the_text_is_flagged_for_its_panel():
    usa = EntityRef("state", "USA")
    found = Entity(
        EntityRef("treaty", "CONVENTION_AB"), "禁止放射性武器公约", "x", found_in_text=True
    )
    graph = KnowledgeGraph(Gazetteer({usa: Entity(usa, "美国", "USA")}, {}, frozenset(), (), "t"))
    graph.add(
        DocumentResult(
            "d.txt",
            "d",
            "t",
            30,
            mentions=[Mention(usa, 0, 2, "美国"), Mention(found.ref, 3, 12, found.zh)],
            minted=[found],
        )
    )
    nodes = {n["key"]: n for n in graph_payload(graph, max_nodes=0)[0]["nodes"]}
    assert nodes["treaty/CONVENTION_AB"]["found"] is True
    assert "found" not in nodes["state/USA"]


def test_a_statement_on_a_broader_topic_shows_the_narrower_topic_the_sentence_names():
    chn, nd = EntityRef("state", "CHN"), EntityRef("topic", "NUCLEAR_DISARMAMENT")
    kpd = EntityRef("topic", "KOREAN_PENINSULA_DENUCLEARIZATION")
    entities = {
        chn: Entity(chn, "中国", "China"),
        nd: Entity(nd, "核裁军", "Nuclear disarmament"),
        kpd: Entity(kpd, "朝鲜半岛无核化", "Denuclearization of the Korean Peninsula"),
    }
    gazetteer = Gazetteer(entities, surfaces={}, blockers=frozenset(), patterns=(), version="t")
    graph = KnowledgeGraph(gazetteer)
    text = "中国支持朝鲜半岛无核化。"
    st = Statement(chn, "supports", nd, text, 0, len(text), "支持", aspect=kpd)
    graph.add(DocumentResult("d.txt", "d", "", len(text), statements=[st]))
    data = graph_payload(graph, max_nodes=0)[0]
    (shown,) = data["statements"]
    assert shown["o"] == index_of(data, "topic/NUCLEAR_DISARMAMENT")
    assert shown["aspect"] == "朝鲜半岛无核化 Denuclearization of the Korean Peninsula"
