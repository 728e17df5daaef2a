"""Screenshots of the HTML pages of a build at 1400x900, for the README.

    python bench/screenshots.py OUT_DIR PREFIX [--actor CHN]

writes ``docs/screenshots/PREFIX-graph.png`` (the first view), ``-filtered.png`` (a time
range and a class filter, laid out afresh), ``-positions.png`` (the positions table with one
cell's evidence), ``-document.png`` (a reading page at an evidence sentence), in Debian's
headless Chromium (no browser download), quantized with pngquant when it is installed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_html import _context  # noqa: E402

SHOTS = HERE.parent / "docs" / "screenshots"


def _ready(page) -> None:
    page.wait_for_selector("html[data-ready=true]", state="attached", timeout=120_000)


def _laid_out(page) -> None:
    page.wait_for_selector("html[data-layout=done]", state="attached", timeout=120_000)


def shoot(out: Path, prefix: str, actor: str) -> list[Path]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    paths = []
    url = (out / "graph.html").resolve().as_uri()
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        ctx = _context(pw, profile)
        page = ctx.new_page()
        page.goto(url)
        _ready(page)
        # the first view as it opens, with one actor's panel (clicked, not zoomed to)
        at = page.evaluate("k => window.nukegraph.domPosition(k)", actor)
        if at and actor in page.evaluate("() => window.nukegraph.visibleNodeKeys()"):
            page.mouse.click(at["x"], at["y"])
            page.wait_for_selector("#details[data-node]", state="attached")
        paths.append(SHOTS / f"{prefix}-graph.png")
        page.screenshot(path=str(paths[-1]))

        # a later time range, only states and treaties: laid out afresh and fitted
        last = int(page.get_attribute("#time-to", "max") or "0")
        if last:
            page.locator("#time-from").fill(str(max(1, last // 2)))
        page.select_option("#top-filter", "0")
        page.click("#classes-none")
        page.check("input[data-cls=state]")
        page.check("input[data-cls=treaty]")
        page.check("#hide-isolated")
        _laid_out(page)
        page.mouse.move(950, 880)  # an empty corner of the graph: no tooltip over the picture
        page.wait_for_timeout(300)
        paths.append(SHOTS / f"{prefix}-filtered.png")
        page.screenshot(path=str(paths[-1]))
        page.click("#reset")

        page.click("#tabs button[data-view=table]")
        page.wait_for_selector("#table-wrap[data-rendered]", state="attached")
        cell = page.locator("#pos-body td.cell button").first
        cell.click()
        page.wait_for_selector("#details[data-cell]", state="attached")
        paths.append(SHOTS / f"{prefix}-positions.png")
        page.screenshot(path=str(paths[-1]))

        read = page.locator("#details a.read").first
        read.click()
        _ready(page)
        page.wait_for_timeout(300)
        paths.append(SHOTS / f"{prefix}-document.png")
        page.screenshot(path=str(paths[-1]))
        ctx.close()
    if shutil.which("pngquant"):
        for path in paths:
            subprocess.run(
                ["pngquant", "--force", "--skip-if-larger", "--ext", ".png", "64", str(path)],
                check=False,
            )
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("prefix")
    parser.add_argument(
        "--actor", default="state/CHN", help="the entity whose panel the first view opens"
    )
    args = parser.parse_args()
    for path in shoot(args.out, args.prefix, args.actor):
        print(f"{path} {path.stat().st_size // 1000} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
