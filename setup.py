"""Build hook: the wheel carries the repository's top-level ``gazetteers/`` inside the package.

``gazetteers/`` stays the one editable copy at the top of the repository; every other setting
is in pyproject.toml. The copy lands in ``nukegraph/gazetteers/`` (not ``nukegraph/data/``, whose
files are part of the code version that Dask workers must share), where
``nukegraph.gazetteer.bundled_gazetteer_dir`` finds it in an installed package.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

GAZETTEERS = Path(__file__).resolve().parent / "gazetteers"


class BuildWithGazetteers(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's gazetteers/ in place
            return
        files = sorted(p for p in GAZETTEERS.glob("*") if p.suffix in (".tsv", ".md"))
        if not any(p.name == "states.tsv" for p in files):
            raise SystemExit(f"{GAZETTEERS}: no gazetteers to ship (states.tsv is missing)")
        target = Path(self.build_lib) / "nukegraph" / "gazetteers"
        target.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copyfile(path, target / path.name)


setup(cmdclass={"build_py": BuildWithGazetteers})
