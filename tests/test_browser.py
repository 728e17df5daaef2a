"""The HTML page in a real browser: Debian's Chromium, driven by Playwright, network blocked.

No browser is downloaded (never ``playwright install``): the test launches /usr/bin/chromium,
which CI installs with apt. Without it the tests are skipped, saying why.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from html_fixtures import EVIL_ZH, HOSTILE, HOSTILE_TITLE, sample_graph

from nukegraph.export_html import write_document_pages, write_html

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
    write_document_pages(graph, out / "documents")
    return out


def open_page(browser, url: str, allowed: set[str]):
    page = browser.new_page()
    watch = Watch(allowed)
    watch.attach(browser, page)
    page.goto(url)
    # A selector wait, not a predicate: the page's CSP rightly forbids the eval it would need.
    page.wait_for_selector("html[data-ready=true]", state="attached", timeout=30_000)
    return page, watch


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
        assert page.evaluate("() => window.nukegraph.physicsEnabled()") is False
        before = page.evaluate("() => window.nukegraph.positions()")
        page.wait_for_timeout(400)
        assert page.evaluate("() => window.nukegraph.positions()") == before

        # A click on the USA -> NPT link shows the three sentences it stands for.
        a = page.evaluate("() => window.nukegraph.domPosition('state/USA')")
        b = page.evaluate("() => window.nukegraph.domPosition('treaty/NPT')")
        page.mouse.click((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2)
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


def test_document_pages_from_the_index(browser, site, tmp_path):
    docs = site / "documents"
    allowed = {
        (docs / name).as_uri()
        for name in ("index.html", "CD_1888.html", "A_77_100.html", "vis-network.min.js")
    }
    index = (docs / "index.html").as_uri()
    page = browser.new_page()
    watch = Watch(allowed)
    watch.attach(browser, page)
    try:
        page.goto(index)
        assert HOSTILE_TITLE in page.inner_text("table")
        page.click("text=A/77/100")
        page.wait_for_selector("html[data-ready=true]", state="attached", timeout=30_000)
        assert page.url.endswith("/A_77_100.html")
        assert HOSTILE_TITLE in page.inner_text("#page-title")
        assert status_nodes(page) == 6
        page.fill("#search", "美国")
        page.keyboard.press("Enter")
        page.wait_for_selector('#details[data-node="state/USA"]', state="attached")
        assert page.locator("#details .st .ev").all_inner_texts() == [
            "美国再次表示支持不扩散核武器条约。"
        ]
        page.screenshot(path=str(tmp_path / "document.png"))
        assert watch.dialogs == [] and watch.requests == [] and watch.errors == []
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
