"""The HTML page in a real browser: Debian's Chromium, driven by Playwright, network blocked.

No browser is downloaded (never ``playwright install``): the test launches /usr/bin/chromium,
which CI installs with apt. Without it the tests are skipped, saying why.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from html_fixtures import EVIL_ZH, HOSTILE, sample_graph

from nukegraph.export_html import write_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    # CI sets NUKEGRAPH_REQUIRE_BROWSER: there a missing browser is a failure, not a skip.
    if os.environ.get("NUKEGRAPH_REQUIRE_BROWSER"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)


if not CHROMIUM.exists():
    _unavailable(
        f"{CHROMIUM} not found: install Debian's browser with `apt-get install -y chromium` "
        "(.ci/run does) to run the browser tests"
    )
try:
    from playwright import sync_api
except ImportError:
    _unavailable("playwright not installed: pip install -e '.[test]'")


class Watch:
    """Everything a page tries that it should not: requests, dialogs, errors."""

    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed
        self.requests: list[str] = []  # every request other than the allowed local files
        self.dialogs: list[str] = []
        self.errors: list[str] = []

    def attach(self, context, page) -> None:
        # Counted by the request event (it sees file: URLs too), refused by the route.
        page.on("request", lambda r: r.url in self.allowed or self.requests.append(r.url))
        context.route(
            "**/*", lambda r: r.continue_() if r.request.url in self.allowed else r.abort()
        )
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
            offline=True,
        )
        yield context
        context.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    graph = sample_graph()
    write_html(graph, out / "graph.html")
    return out


def open_page(browser, url: str, allowed: set[str]):
    page = browser.new_page()
    watch = Watch(allowed)
    watch.attach(browser, page)
    page.goto(url)
    # A selector wait, not a predicate: the page's CSP rightly forbids the eval it would need.
    page.wait_for_selector("html[data-ready=true]", state="attached", timeout=30_000)
    return page, watch


def laid_out(page) -> None:
    """Wait for the layout a filter started to settle (physics off, the view fitted)."""
    page.wait_for_selector("html[data-layout=done]", state="attached", timeout=30_000)


def visible_keys(page) -> list[str]:
    return page.evaluate("() => window.nukegraph.visibleNodeKeys()")


def status_nodes(page) -> int:
    return int(page.get_attribute("#status", "data-nodes"))


def test_whole_graph_offline_search_panel_filters(browser, site, tmp_path):
    url = (site / "graph.html").as_uri()
    page, watch = open_page(browser, url, {url})
    try:
        everything = visible_keys(page)
        assert len(everything) == status_nodes(page) == 11

        # Search by the Chinese alias, focus the graph on the match, open its panel.
        page.fill("#search", "美国")
        hit = page.locator("#results .hit").first
        assert hit.get_attribute("data-node") == "state/USA"
        hit.click()
        page.wait_for_selector('#details[data-node="state/USA"]', state="attached")
        assert page.evaluate("() => window.nukegraph.selectedNodeKeys()") == ["state/USA"]
        assert page.inner_text("#details h3") == "美利坚合众国"
        details = page.inner_text("#details")
        assert "United States of America" in details and "USA" in details
        group = page.locator('#details .group-title[data-predicate="supports"]')
        assert "(3)" in group.inner_text()
        first = page.locator("#details .st").first
        assert first.locator(".ev").inner_text() == "美国支持《不扩散核武器条约》。"
        assert first.locator("mark.s").inner_text() == "美国"
        assert first.locator("mark.o").inner_text() == "不扩散核武器条约"
        assert "CD/1888" in first.locator(".src").inner_text()

        # The English name and the identifier find it too.
        for query in ("united states", "USA"):
            page.fill("#search", query)
            assert page.locator("#results .hit").first.get_attribute("data-node") == "state/USA"

        # Class filter: states off.
        page.uncheck("input[data-cls=state]")
        shown = visible_keys(page)
        assert status_nodes(page) == len(shown) == 8
        assert not [k for k in shown if k.startswith("state/")]
        page.check("input[data-cls=state]")
        assert status_nodes(page) == 11

        # Predicate filter: only "opposes" links, and entities left without one hidden.
        page.click("#preds-none")
        page.check("input[data-predicate=opposes]")
        page.check("#hide-isolated")
        assert sorted(visible_keys(page)) == ["organization/EVIL", "state/CHN", "state/RUS"]
        assert page.get_attribute("#status", "data-edges") == "2"
        page.click("#reset")
        assert status_nodes(page) == 11

        # Document filter.
        page.select_option(
            "#doc-filter",
            label=next(
                o
                for o in page.locator("#doc-filter option").all_inner_texts()
                if o.startswith("A/77")
            ),
        )
        assert sorted(visible_keys(page)) == [
            "document/A/77/100",
            "state/RUS",
            "state/USA",
            "topic/NUCLEAR_DISARMAMENT",
            "treaty/CTBT",
            "treaty/NPT",
        ]
        page.click("#reset")

        # The layout has settled and stays put.
        laid_out(page)
        assert page.evaluate("() => window.nukegraph.physicsEnabled()") is False
        before = page.evaluate("() => window.nukegraph.positions()")
        page.wait_for_timeout(400)
        assert page.evaluate("() => window.nukegraph.positions()") == before

        # A click on the USA -> NPT link shows the three sentences it stands for.
        at = page.evaluate("() => window.nukegraph.edgePoint('state/USA', 'treaty/NPT')")
        page.mouse.click(at["x"], at["y"])
        page.wait_for_selector("#details[data-edge]", state="attached")
        assert page.locator("#details .st .ev").all_inner_texts() == [
            "美国支持《不扩散核武器条约》。",
            "美国重申支持不扩散核武器条约。",
            "美国再次表示支持不扩散核武器条约。",
        ]
        page.screenshot(path=str(tmp_path / "graph.png"))

        # Hostile names and sentences: shown literally, nothing parsed, nothing run.
        page.fill("#search", "evil")
        page.keyboard.press("Enter")
        page.wait_for_selector('#details[data-node="organization/EVIL"]', state="attached")
        assert page.inner_text("#details h3") == EVIL_ZH
        assert 'Evil "Org" </div><img src=x onerror=alert(2)>' in page.inner_text("#details")
        assert page.locator("#details img, #details script, #results img").count() == 0
        page.wait_for_timeout(700)  # let the 0.4 s focus animation end before aiming
        evil = page.evaluate("() => window.nukegraph.domPosition('organization/EVIL')")
        page.mouse.move(evil["x"], evil["y"])  # the canvas tooltip is text too
        page.wait_for_selector(".vis-tooltip", state="visible")
        assert page.inner_text(".vis-tooltip").startswith(EVIL_ZH)
        assert page.locator(".vis-tooltip *:not(br)").count() == 0
        page.fill("#search", "俄罗斯")
        page.keyboard.press("Enter")
        page.wait_for_selector('#details[data-node="state/RUS"]', state="attached")
        negated = page.locator('#details .group-title[data-predicate="!ratified"]')
        assert "not (negated)" in negated.inner_text()
        assert HOSTILE in page.inner_text("#details")
        assert page.locator("script").count() == 3  # data, vis-network, page script
        page.screenshot(path=str(tmp_path / "hostile.png"))

        assert watch.dialogs == []
        assert watch.requests == []
        assert watch.errors == []
    finally:
        page.close()


def test_a_name_found_in_the_text_says_so_in_its_panel(browser, tmp_path):
    from nukegraph.pipeline import build

    from conftest import write_gazetteer

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("美国支持《禁止放射性武器公约》。", encoding="utf-8")
    build(corpus, tmp_path / "out", gazetteer_dir=write_gazetteer(tmp_path / "gaz"))
    url = (tmp_path / "out" / "graph.html").as_uri()
    page, watch = open_page(browser, url, {url})
    try:
        page.fill("#search", "放射性")
        page.keyboard.press("Enter")
        page.wait_for_selector("#details .note.found", state="attached")
        assert page.inner_text("#details h3") == "禁止放射性武器公约"
        assert "not in the gazetteers" in page.inner_text("#details .note.found")
        page.fill("#search", "美国")
        page.keyboard.press("Enter")
        page.wait_for_selector('#details[data-node="state/USA"]', state="attached")
        assert page.locator("#details .note.found").count() == 0
        assert watch.dialogs == [] and watch.requests == [] and watch.errors == []
    finally:
        page.close()


# --- positions, reading pages, time: on a build, as a user gets them -------------------------

DATED = {
    "a.txt": "CD/2010\n2010年9月14日\n\n美国支持不扩散核武器条约。中国反对核试验。\n",
    "b.txt": "CD/2015\n2015年5月1日\n\n中国支持全面禁止核试验条约。美国支持全面禁止核试验条约。\n",
    "c.txt": "CD/2020\n2 October 2020\n\n美国反对全面禁\n止核试验条约。印度不反对不扩散核武器条约。\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    from nukegraph.pipeline import build

    from conftest import write_gazetteer

    root = tmp_path_factory.mktemp("built")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DATED.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build(corpus, root / "out", gazetteer_dir=write_gazetteer(root / "gaz"))
    return root / "out"


def site_files(out: Path) -> set[str]:
    return {p.resolve().as_uri() for p in [out / "graph.html", *(out / "documents").glob("*.html")]}


def cell(page, row: str, col: str):
    return page.locator(f'#pos-body tr[data-row="{row}"] td.cell[data-col="{col}"]')


def test_positions_table_evidence_and_on_to_the_document_at_the_sentence(browser, built, tmp_path):
    url = (built / "graph.html").resolve().as_uri()
    page, watch = open_page(browser, url, site_files(built))
    try:
        page.click("#tabs button[data-view=table]")
        page.wait_for_selector("#table-wrap[data-rendered]", state="attached")
        rows = page.locator("#pos-body tr").evaluate_all("rs => rs.map(r => r.dataset.row)")
        assert rows[0] == "state/USA"  # the most positions first
        assert {"state/USA", "state/CHN", "state/IND"} <= set(rows)
        cols = page.locator("#pos-head th.col").evaluate_all("cs => cs.map(c => c.dataset.col)")
        assert cols[0] == "treaty/CTBT"
        usa_ctbt = cell(page, "state/USA", "treaty/CTBT")
        assert usa_ctbt.locator(".sup").inner_text() == "+1"
        assert usa_ctbt.locator(".opp").inner_text() == "−1"
        # a negated statement (不反对) is counted apart, never as a stance
        ind_npt = cell(page, "state/IND", "treaty/NPT")
        assert ind_npt.locator(".negc").inner_text() == "¬1"
        assert ind_npt.locator(".sup, .opp").count() == 0

        # sorting: by name, and by agreement with China (CTBT: both supported it in 2015)
        page.select_option("#pos-sort", "name")
        by_name = page.locator("#pos-body tr").evaluate_all("rs => rs.map(r => r.dataset.row)")
        assert by_name == ["state/USA", "state/IND", "state/CHN"]  # 美, 印, 中: by pinyin
        page.select_option("#pos-agree", "state/CHN")
        agreeing = page.locator("#pos-body tr").evaluate_all("rs => rs.map(r => r.dataset.row)")
        assert agreeing[0] == "state/CHN" and agreeing[1] == "state/USA"

        # a cell's evidence: both sentences, names marked, document, date, cue
        usa_ctbt.locator("button").click()
        page.wait_for_selector('#details[data-cell="state/USA|treaty/CTBT"]', state="attached")
        sts = page.locator("#details .st")
        assert sts.count() == 2
        opposed = page.locator('#details .group-title[data-predicate="opposes"] + div .st').first
        assert opposed.locator(".ev").inner_text() == "美国反对全面禁止核试验条约。"
        assert opposed.locator("mark.s").inner_text() == "美国"
        assert opposed.locator("mark.o").inner_text() == "全面禁止核试验条约"
        src = opposed.locator(".src").inner_text()
        assert "CD/2020" in src and "2020-10-02" in src and "反对" in src

        # ... and on to the document's reading page, at that sentence
        opposed.locator("a.read").click()
        page.wait_for_selector("html[data-ready=true]", state="attached")
        assert page.url.split("#")[0].endswith("/documents/CD_2020.html")
        assert page.evaluate("() => window.nukegraph.target()") == "美国反对全面禁止核试验条约。"
        assert page.locator(".ev.target").is_visible()
        assert "2020-10-02" in page.inner_text("#facts")
        assert "opposes" in page.inner_text("#details")
        # every mention underlined, a click opens its entity
        assert page.evaluate("() => window.nukegraph.mentions()") == 4
        page.locator('.ment[data-m="0"]').click()
        page.wait_for_selector('#details[data-entity="state/USA"]', state="attached")
        assert "1 mention" in page.inner_text("#details").lower()
        assert watch.dialogs == [] and watch.requests == [] and watch.errors == []
    finally:
        page.close()


def test_positions_download_as_csv_that_spreadsheets_read_as_utf8(browser, built):
    url = (built / "graph.html").resolve().as_uri()
    page, watch = open_page(browser, url, site_files(built))
    try:
        page.click("#tabs button[data-view=table]")
        with page.expect_download() as info:
            page.click("#pos-csv")
        data = Path(info.value.path()).read_bytes()
        assert data.startswith("\ufeff".encode())
        lines = data.decode("utf-8-sig").splitlines()
        assert lines[0].startswith(
            "holder_id,holder_zh,holder_en,class,positions,CTBT supports,CTBT opposes"
        )
        usa = next(line for line in lines if line.startswith("USA,"))
        assert usa.startswith("USA,美利坚合众国,United States of America,state,3,1,1,0")
        assert watch.errors == []
    finally:
        page.close()


def test_time_filter_applies_to_graph_table_and_lists(browser, built):
    url = (built / "graph.html").resolve().as_uri()
    page, watch = open_page(browser, url, site_files(built))
    try:
        assert "2010-09-14 – 2020-10-02 · 3 of 3" in page.inner_text("#time-label")
        page.fill("#search", "美国")
        page.keyboard.press("Enter")
        page.wait_for_selector('#details[data-node="state/USA"]', state="attached")
        assert page.locator("#details .st").count() == 3
        # from 2015 on: the 2010 document and what only it says drop out
        page.locator("#time-from").fill("1")
        assert "2015-05-01 – 2020-10-02 · 2 of 3" in page.inner_text("#time-label")
        laid_out(page)
        assert "treaty/NPT" in visible_keys(page)  # India's (negated) statement is of 2020
        assert "topic/NUCLEAR_TESTING" not in visible_keys(page)
        assert page.locator("#details .st").count() == 2
        assert "outside the current document or time filter" in page.inner_text(
            "#details .filtered"
        )
        page.click("#tabs button[data-view=table]")
        assert (
            cell(page, "state/USA", "treaty/NPT").count() == 0
            or not cell(page, "state/USA", "treaty/NPT").inner_text()
        )
        assert page.locator('#pos-body tr[data-row="state/USA"] td.num').inner_text() == "2"
        # to 2015 only
        page.locator("#time-to").fill("1")
        assert "2015-05-01 – 2015-05-01 · 1 of 3" in page.inner_text("#time-label")
        assert cell(page, "state/USA", "treaty/CTBT").locator(".opp").count() == 0
        assert watch.errors == []
    finally:
        page.close()


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    from nukegraph.pipeline import build

    out = tmp_path_factory.mktemp("bundled") / "out"
    build(Path(__file__).resolve().parents[1] / "corpus", out)
    return out


def test_first_view_filters_refit_panels_follow_and_documents_panel(browser, bundled):
    url = (bundled / "graph.html").resolve().as_uri()
    page, watch = open_page(browser, url, site_files(bundled))
    try:
        # a large graph opens on its most connected entities, not all of them
        first = visible_keys(page)
        assert 20 <= len(first) <= 30 < int(page.get_attribute("#status", "data-nodes")) + 200
        page.select_option("#top-filter", "0")
        laid_out(page)
        total = status_nodes(page)
        assert total > 200
        # open China, then a filter that leaves few entities: laid out afresh and fitted
        page.fill("#search", "中国")
        page.keyboard.press("Enter")
        page.wait_for_selector('#details[data-node="state/CHN"]', state="attached")
        page.click("#classes-none")
        page.check("input[data-cls=group]")
        laid_out(page)
        box = page.evaluate("() => window.nukegraph.shownBox()")
        canvas = box["canvas"]
        assert 3 <= box["count"] < 20
        assert int(page.get_attribute("#status", "data-edges")) < 40  # only links both ends show
        assert canvas["left"] <= box["left"] and box["right"] <= canvas["right"]
        assert canvas["top"] <= box["top"] and box["bottom"] <= canvas["bottom"]
        spread = max(
            (box["right"] - box["left"]) / (canvas["right"] - canvas["left"]),
            (box["bottom"] - box["top"]) / (canvas["bottom"] - canvas["top"]),
        )
        assert spread > 0.4, box  # fitted to the view, not a few dots in a corner
        # the open panel says its entity is hidden now
        assert "Hidden by the current filters" in page.inner_text("#details .hidden-note")
        page.click("#details .hidden-note button")
        laid_out(page)
        assert "state/CHN" in visible_keys(page)
        # an input document's panel: what it names, not "Mentions 0"
        page.fill("#search", "CD/1899")
        page.keyboard.press("Enter")
        page.wait_for_selector('#details[data-node="document/CD/1899"]', state="attached")
        facts = page.inner_text("#details dl.facts")
        assert "Mentions 提及" not in facts and "mentions 提及" in facts and "2010-09-14" in facts
        assert watch.dialogs == [] and watch.requests == [] and watch.errors == []
    finally:
        page.close()
