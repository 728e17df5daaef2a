"""The wheel a stranger installs: it carries the gazetteers, the ontology, the shapes and the
example queries, and the installed nukegraph builds a corpus from any folder with no flag."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What building the wheel reads (the source distribution holds the same, see MANIFEST.in).
SOURCES = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "src", "gazetteers"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the sources (so the checkout gets no build/ folder)."""
    pytest.importorskip("setuptools", minversion="77")  # in the test extra: builds offline
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if not path.exists():
            continue
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, src / name)
    dist = tmp / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = dist.glob("nukegraph-*.whl")
    return found


def test_the_wheel_carries_the_data_a_build_and_a_query_need(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    gazetteers = {p.name for p in (ROOT / "gazetteers").iterdir() if p.suffix in (".tsv", ".md")}
    assert {f"nukegraph/gazetteers/{name}" for name in gazetteers} <= names
    assert {"nukegraph/data/ontology.ttl", "nukegraph/data/shapes.ttl"} <= names
    queries = {
        f"nukegraph/data/queries/{p.name}"
        for p in (ROOT / "src/nukegraph/data/queries").glob("*.rq")
    }
    assert queries and queries <= names


def test_the_installed_package_builds_from_any_folder_with_no_flag(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what pip install puts in site-packages
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "corpus", elsewhere / "mydocs")
    env = {k: v for k, v in os.environ.items() if k != "NUKEGRAPH_GAZETTEERS"}
    env["PYTHONPATH"] = str(site)  # before the editable checkout on sys.path

    def nukegraph(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "nukegraph", *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    where = subprocess.run(
        [sys.executable, "-c", "import nukegraph; print(nukegraph.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(site)
    done = nukegraph("build", "mydocs", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "documents read: 3" in done.stdout
    assert (elsewhere / "output" / "graph.ttl").is_file()
    listed = nukegraph("query", "--list-examples")
    assert listed.returncode == 0 and "treaty-actions" in listed.stdout
    checked = nukegraph("validate")
    assert checked.returncode == 0, checked.stdout + checked.stderr
