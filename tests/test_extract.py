"""The per-document extractor and the one-way flow of the package's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import nukegraph

PACKAGE = Path(nukegraph.__file__).resolve().parent
# what runs in worker processes: it must not import the build that orchestrates it
WORKER_MODULES = ["extract.py", "parallel.py", "dask_cluster.py", "relations"]


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
        for f in ([PACKAGE / name] if name.endswith(".py") else sorted((PACKAGE / name).rglob("*.py")))
    ]
    assert len(files) > 5
    for path in files:
        assert not {m for m in _imported(path) if m.split(".")[0] in ("pipeline", "cli")}, path
