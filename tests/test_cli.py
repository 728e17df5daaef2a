"""The ``build`` command as a user runs it: summary, exit codes, errors, atomic output."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nukegraph.cli import main

from conftest import write_gazetteer

TEXT = "美国和中国支持《不扩散核武器条约》。见CD/1888号文件。\n"


@pytest.fixture
def gaz(tmp_path: Path) -> Path:
    return write_gazetteer(tmp_path / "gaz")


def _corpus(tmp_path: Path, files: dict[str, bytes]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    return corpus


def test_build_writes_outputs_and_prints_a_summary(tmp_path: Path, gaz: Path, capsys) -> None:
    corpus = _corpus(tmp_path, {"a.txt": TEXT.encode()})
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--gazetteers", str(gaz)]) == 0
    printed = capsys.readouterr().out
    assert "documents read: 1" in printed
    assert "state 2" in printed and "treaty 1" in printed and "document 2" in printed
    assert "mentions: 4" in printed
    assert "seconds:" in printed
    assert (out / "graph.ttl").exists() and (out / "graph.html").exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_bad_document_is_skipped_with_a_warning_naming_it(
    tmp_path: Path, gaz: Path, capsys
) -> None:
    corpus = _corpus(tmp_path, {"a.txt": TEXT.encode(), "b.txt": b"caf\xe9 au lait \xff\xfe"})
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--gazetteers", str(gaz)]) == 0
    captured = capsys.readouterr()
    assert "b.txt" in captured.err and "warning" in captured.err
    assert "documents read: 1 (1 skipped)" in captured.out


def test_strict_fails_on_a_bad_document_and_writes_nothing(
    tmp_path: Path, gaz: Path, capsys
) -> None:
    corpus = _corpus(tmp_path, {"a.txt": TEXT.encode(), "b.txt": b""})
    out = tmp_path / "out"
    code = main(["build", str(corpus), "--out", str(out), "--gazetteers", str(gaz), "--strict"])
    assert code == 3
    assert "b.txt: empty file" in capsys.readouterr().err
    assert not (out / "graph.ttl").exists()


def test_an_interrupted_build_leaves_the_previous_output_intact(
    tmp_path: Path, gaz: Path, monkeypatch
) -> None:
    corpus = _corpus(tmp_path, {"a.txt": TEXT.encode()})
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--gazetteers", str(gaz)]) == 0
    before = (out / "graph.ttl").read_bytes()
    (corpus / "b.txt").write_text("印度尼西亚的立场。\n", encoding="utf-8")

    from nukegraph import pipeline

    def crash(self, source, progress=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.Extractor, "extract", crash)
    assert main(["build", str(corpus), "--out", str(out), "--gazetteers", str(gaz)]) == 130
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_terminated_build_removes_what_it_was_writing(tmp_path: Path, gaz: Path) -> None:
    """``kill`` (SIGTERM) mid-build: no temporary file and no half-written graph.ttl stays."""
    corpus = _corpus(tmp_path, {f"d{i:03}.txt": (TEXT * 200).encode() for i in range(60)})
    out = tmp_path / "out"
    command = [sys.executable, "-m", "nukegraph", "build", str(corpus), "--out", str(out)]
    proc = subprocess.Popen(
        [*command, "--gazetteers", str(gaz), "--workers", "1", "--no-cache"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # the Turtle file is open once documents are being read
        if "documents read" in line:
            proc.send_signal(signal.SIGTERM)
            break
    rest = proc.stderr.read()
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM, rest
    assert "terminated" in rest
    assert not (out / "graph.ttl").exists()
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("setup", "code", "message"),
    [
        ("missing", 2, "does not exist"),
        ("empty", 2, "no documents found"),
        ("badgaz", 4, "states.tsv:"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(
    tmp_path: Path, gaz: Path, capsys, setup: str, code: int, message: str
) -> None:
    corpus = tmp_path / "corpus"
    if setup != "missing":
        corpus.mkdir()
    if setup == "badgaz":
        (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
        with (gaz / "states.tsv").open("a", encoding="utf-8") as f:
            f.write("FRA\t法国\n")
    assert (
        main(["build", str(corpus), "--out", str(tmp_path / "o"), "--gazetteers", str(gaz)]) == code
    )
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_outputs_are_readable_like_any_new_file(tmp_path: Path, gaz: Path) -> None:
    import os

    corpus = _corpus(tmp_path, {"a.txt": TEXT.encode()})
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--gazetteers", str(gaz), "--quiet"]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert (out / "graph.ttl").stat().st_mode & 0o777 == 0o666 & ~mask


def test_gazetteers_given_by_flag_or_environment_add_to_the_bundled_ones(
    tmp_path: Path, gaz: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    corpus = _corpus(tmp_path, {"a.txt": "科索沃和美国支持《不扩散核武器条约》。\n".encode()})
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "states.tsv").write_text(
        "id\tzh\ten\taliases\ten_aliases\nXKX\t科索沃\tKosovo\t\t\n", encoding="utf-8"
    )
    assert (
        main(["build", str(corpus), "--out", str(tmp_path / "o1"), "--gazetteers", str(mine)]) == 0
    )
    ttl = (tmp_path / "o1" / "graph.ttl").read_text("utf-8")
    assert "ngid:state/XKX" in ttl or "/state/XKX>" in ttl
    assert "/state/USA>" in ttl and "/treaty/NPT>" in ttl  # bundled names still found

    monkeypatch.setenv("NUKEGRAPH_GAZETTEERS", str(mine))
    assert main(["build", str(corpus), "--out", str(tmp_path / "o2")]) == 0
    assert "/state/XKX>" in (tmp_path / "o2" / "graph.ttl").read_text("utf-8")

    # --replace-gazetteers: the given folders only (the environment's first, then the flag's)
    monkeypatch.delenv("NUKEGRAPH_GAZETTEERS")
    out3 = tmp_path / "o3"
    assert (
        main(
            [
                "build",
                str(corpus),
                "--out",
                str(out3),
                "--replace-gazetteers",
                "--gazetteers",
                str(gaz),
                "--gazetteers",
                str(mine),
            ]
        )
        == 0
    )
    ttl = (out3 / "graph.ttl").read_text("utf-8")
    assert "/state/XKX>" in ttl and "/state/USA>" in ttl
    capsys.readouterr()
    # a folder holding some files cannot stand alone
    assert (
        main(
            [
                "build",
                str(corpus),
                "--out",
                str(tmp_path / "o4"),
                "--replace-gazetteers",
                "--gazetteers",
                str(mine),
            ]
        )
        == 4
    )
    assert "organizations.tsv: missing gazetteer file" in capsys.readouterr().err


def test_version_and_every_command_says_what_it_does(capsys) -> None:
    from nukegraph import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"nukegraph {__version__}"
    for command in ("build", "query", "validate", "serve"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        paragraphs = capsys.readouterr().out.split("\n\n")
        # usage, then a description, then the argument lists ("options:", "positional...:")
        description = paragraphs[1].strip()
        assert description and not description.endswith(":"), command


def test_a_stray_nul_byte_keeps_the_document_and_warns_with_the_count(
    tmp_path: Path, gaz: Path, capsys
) -> None:
    body = (TEXT * 400).encode()  # about 29 KB
    corpus = _corpus(tmp_path, {"a.txt": body[:15000] + b"\x00" + body[15000:]})
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--gazetteers", str(gaz)]) == 0
    captured = capsys.readouterr()
    assert "documents read: 1\n" in captured.out  # not skipped
    warning = [line for line in captured.err.splitlines() if line.startswith("warning")]
    assert warning == [
        f"warning: {corpus / 'a.txt'}: 1 control character (NUL, ESC...) replaced by spaces; "
        "the rest is read as text"
    ]
    assert "/state/USA>" in (out / "graph.ttl").read_text("utf-8")


def test_theme_positions_states_positions_on_the_projects_own_topics_cache_or_not(
    tmp_path: Path,
) -> None:
    # 核战争 is a topic of the project's own and a kind of none of the contract's
    corpus = _corpus(tmp_path, {"a.txt": "中国反对核战争。\n".encode()})
    out = tmp_path / "out"
    fact = "<https://w3id.org/nukegraph/id/state/CHN> ng:opposes"
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == 0
    assert fact not in (out / "graph.ttl").read_text(encoding="utf-8")
    assert "topic/NUCLEAR_WAR" in (out / "graph.ttl").read_text(encoding="utf-8")
    # the same folder, its cache kept: the results read the other way are not reused
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--theme-positions"]) == 0
    assert f"{fact} <https://w3id.org/nukegraph/id/topic/NUCLEAR_WAR>" in (
        out / "graph.ttl"
    ).read_text(encoding="utf-8")
