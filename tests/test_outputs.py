"""The output folder: the outputs of one build appear together or not at all, one build at a time.

``nukegraph.outputs`` is imported in the tests that need it, so the others run on any version.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nukegraph.cli import main
from nukegraph.errors import OutputError

from conftest import write_gazetteer

BUILDS_DIR = ".nukegraph-builds"
TEXT = "美国和中国支持《不扩散核武器条约》。见CD/1888号文件。\n"


@pytest.fixture
def gaz(tmp_path: Path) -> Path:
    return write_gazetteer(tmp_path / "gaz")


def _corpus(folder: Path, text: str, count: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"d{i:03}.txt").write_text(text, encoding="utf-8")
    return folder


def _args(corpus: Path, out: Path, gaz: Path, *more: str) -> list[str]:
    """The command line of a quiet build on the test gazetteer alone."""
    return [
        "build",
        str(corpus),
        "--out",
        str(out),
        "--replace-gazetteers",
        "--gazetteers",
        str(gaz),
        "--quiet",
        *more,
    ]


def _build(corpus: Path, out: Path, gaz: Path, *more: str) -> int:
    return main(_args(corpus, out, gaz, *more))


def _pair(out: Path) -> tuple[bytes, bytes]:
    return (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()


def test_an_interrupt_between_the_turtle_and_the_page_leaves_both_as_they_were(
    tmp_path: Path, gaz: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "out"
    assert _build(corpus, out, gaz) == 0
    before = _pair(out)
    (corpus / "d001.txt").write_text("印度尼西亚支持《全面禁止核试验条约》。\n", encoding="utf-8")

    from nukegraph import export_html

    def interrupted(*args, **kwargs):  # graph.ttl is complete when the page is written
        raise KeyboardInterrupt

    monkeypatch.setattr(export_html, "write_html", interrupted)
    capsys.readouterr()
    assert _build(corpus, out, gaz) == 130
    assert _pair(out) == before
    assert "previous outputs" in capsys.readouterr().err
    from nukegraph.outputs import current_build

    assert [p.name for p in (out / BUILDS_DIR).iterdir()] == [Path(current_build(out)).name]


def test_an_interrupt_once_the_outputs_are_published_says_so(
    tmp_path: Path, gaz: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from nukegraph.outputs import OutputFolder

    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "out"
    assert _build(corpus, out, gaz) == 0
    (corpus / "d001.txt").write_text("印度尼西亚支持《全面禁止核试验条约》。\n", encoding="utf-8")
    publish = OutputFolder.publish

    def publish_then_interrupt(self, names):
        publish(self, names)
        raise KeyboardInterrupt

    monkeypatch.setattr(OutputFolder, "publish", publish_then_interrupt)
    capsys.readouterr()
    assert _build(corpus, out, gaz) == 130
    assert "the new outputs were complete" in capsys.readouterr().err
    assert "/state/IDN>" in (out / "graph.ttl").read_text("utf-8")


# Runs a build that kills itself (SIGKILL: no cleanup at all) at one step of writing its outputs.
KILLER = """
import os, signal, sys
from nukegraph import export_html, outputs
from nukegraph.cli import main

step, target = sys.argv[1], int(sys.argv[2])
calls = [0]

def killing(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        calls[0] += 1
        if calls[0] == target:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return wrapper

module = export_html if step == "write_html" else outputs
setattr(module, step, killing(getattr(module, step)))
sys.exit(main(sys.argv[3:]))
"""


@pytest.mark.parametrize(
    ("step", "call"),
    [
        ("write_html", 1),  # graph.ttl is written, the page is next
        ("_replace_with_link", 1),  # the link of a new output name (graph.nt)
        ("_replace_with_link", 2),  # the switch itself
        ("_remove", 1),  # the link of an output the new build does not write (graph.graphml)
    ],
)
def test_a_build_killed_at_any_step_leaves_the_outputs_of_one_build(
    tmp_path: Path, gaz: Path, step: str, call: int
) -> None:
    """SIGKILL gives no chance to clean up: the folder must still show one build's outputs."""
    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "out"
    assert _build(corpus, out, gaz, "--formats", "ttl,html,graphml") == 0
    first = _pair(out)
    (corpus / "d000.txt").write_text("印度尼西亚支持《全面禁止核试验条约》。\n", "utf-8")
    args = _args(corpus, out, gaz, "--formats", "ttl,html,nt")
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, step, str(call), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    pair = _pair(out)
    published = step != "write_html" and (step == "_remove" or call == 2)
    assert pair != first if published else pair == first
    assert b"/state/IDN>" in pair[0] and b"IDN" in pair[1] if published else True
    assert (out / "graph.nt").exists() == published  # a new format appears with its build
    assert (out / "graph.graphml").exists() == (not published)  # an old one goes with its build
    assert main(args) == 0  # the next build cleans up after the killed one
    assert len(list((out / BUILDS_DIR).iterdir())) == 1
    assert not [p for p in out.iterdir() if p.name.endswith(".link")]


def test_a_second_build_into_the_same_folder_stops_with_a_clear_error(
    tmp_path: Path, gaz: Path, capsys
) -> None:
    from nukegraph.outputs import OutputFolder

    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "out"
    with OutputFolder(out):  # a build holds the folder
        assert _build(corpus, out, gaz) == 5
    err = capsys.readouterr().err
    assert f"{out}: another nukegraph build (process {os.getpid()}) is writing" in err
    assert len(err.strip().splitlines()) == 1
    assert not (out / "graph.ttl").exists()
    assert _build(corpus, out, gaz) == 0  # the lock went with the first build


# A build that, once its Turtle is written, waits for a file to appear before it writes the page.
WAITING = """
import sys, time
from pathlib import Path
from nukegraph import export_html
from nukegraph.cli import main

go, real = Path(sys.argv[1]), export_html.write_html

def waiting(*args, **kwargs):
    print("waiting", file=sys.stderr, flush=True)
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return real(*args, **kwargs)

export_html.write_html = waiting
sys.exit(main(sys.argv[2:]))
"""


def test_two_builds_at_once_one_writes_and_the_other_stops(tmp_path: Path, gaz: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "out"
    args = _args(corpus, out, gaz)
    go = tmp_path / "go"
    first = subprocess.Popen(
        [sys.executable, "-c", WAITING, str(go), *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert first.stderr is not None
    try:
        assert first.stderr.readline().strip() == "waiting"  # in the middle of its build
        second = subprocess.run(
            [sys.executable, "-m", "nukegraph", *args, "--formats", "ttl,nt"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        go.touch()
    rest = first.stderr.read()
    first.stderr.close()
    assert first.wait(timeout=120) == 0, rest
    assert second.returncode == 5, second.stderr
    assert "another nukegraph build" in second.stderr and f"process {first.pid}" in second.stderr
    assert not (out / "graph.nt").exists()  # nothing of the second build
    assert (out / "graph.html").is_file()


def test_outputs_of_an_older_layout_are_replaced_as_a_whole(tmp_path: Path, gaz: Path) -> None:
    """A folder an older nukegraph wrote (plain files, a documents/ folder, a stale format)."""
    from nukegraph.outputs import current_build

    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    old_page = '<meta name="generator" content="nukegraph"> old'
    (out / "documents" / "index.html").write_text(old_page, "utf-8")
    (out / "graph.html").write_text(old_page, "utf-8")
    for name in ("graph.ttl", "graph.nt"):
        (out / name).write_text("<https://w3id.org/nukegraph/id/old> <x:y> <x:z> .\n", "utf-8")
    assert current_build(out) == "unlinked"
    assert _build(corpus, out, gaz) == 0
    assert (out / "graph.ttl").is_symlink() and "/state/USA>" in (out / "graph.ttl").read_text(
        "utf-8"
    )
    assert (out / "graph.html").read_text("utf-8") != old_page
    assert not (out / "graph.nt").exists()
    # the old pages go with the old layout: documents/ is this build's reading pages now
    assert (out / "documents").is_symlink()
    assert (out / "documents" / "index.html").read_text("utf-8") != old_page


def test_a_failed_build_leaves_nothing_of_itself(tmp_path: Path, gaz: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "out"
    assert _build(corpus, out, gaz) == 0
    before = _pair(out)
    (corpus / "empty.txt").write_bytes(b"")
    assert _build(corpus, out, gaz, "--strict") == 3
    assert _pair(out) == before
    assert len(list((out / BUILDS_DIR).iterdir())) == 1


def test_publishing_defers_an_interrupt_until_the_switch_is_done(tmp_path: Path) -> None:
    from nukegraph.outputs import OutputFolder

    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt), OutputFolder(out) as folder:
        (folder.stage / "graph.ttl").write_text("new", "utf-8")
        original = os.symlink

        def slow_symlink(*args, **kwargs):
            original(*args, **kwargs)
            signal.raise_signal(
                signal.SIGINT
            )  # in the middle of the switch (raised in this thread: os.kill may reach another one, late)

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(os, "symlink", slow_symlink)
            folder.publish(["graph.ttl"])
    assert (out / "graph.ttl").read_text("utf-8") == "new"


def test_an_unwritable_folder_is_a_one_line_error(tmp_path: Path) -> None:
    from nukegraph.outputs import OutputFolder

    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with pytest.raises(OutputError, match="cannot write output"), OutputFolder(blocker / "out"):
        pass


def test_files_and_folders_nukegraph_did_not_write_are_left_alone(
    tmp_path: Path, gaz: Path, capsys
) -> None:
    """``--out .`` in a folder of one's own: a documents/ folder or a graph.nt of the user's."""
    corpus = _corpus(tmp_path / "corpus", TEXT)
    out = tmp_path / "mine"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "notes.txt").write_text("my notes", "utf-8")
    (out / "graph.nt").write_text("<a> <b> <c> .\n", "utf-8")
    assert _build(corpus, out, gaz) == 0
    assert "is a folder nukegraph did not write: no reading pages" in capsys.readouterr().err
    assert (out / "documents" / "notes.txt").read_text("utf-8") == "my notes"
    assert (out / "graph.nt").read_text("utf-8") == "<a> <b> <c> .\n"
    capsys.readouterr()
    assert _build(corpus, out, gaz, "--html-per-document") == 5
    assert "a folder nukegraph did not write" in capsys.readouterr().err
    assert (out / "documents" / "notes.txt").is_file()


def test_every_output_a_build_writes_is_one_the_folder_publishes() -> None:
    # a format added to the exporters but not to the published names would make publishing
    # refuse the build's own output
    from nukegraph.export_html import DOCUMENTS_DIR
    from nukegraph.export_rdf import EXTRA_FORMATS
    from nukegraph.outputs import OUTPUT_NAMES

    written = {"graph.ttl", "ontology.ttl", "graph.html", DOCUMENTS_DIR, *EXTRA_FORMATS.values()}
    assert set(OUTPUT_NAMES) == written
