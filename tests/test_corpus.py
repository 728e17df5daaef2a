import codecs
from pathlib import Path

import pytest

from nukegraph.corpus import decode, find_documents, iter_documents, read_document
from nukegraph.errors import CorpusError, DocumentError

CHINESE = "裁军谈判会议审议了不扩散核武器条约的执行情况。各代表团发表了意见。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CHINESE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CHINESE.encode("utf-8"), "utf-8"),
        (CHINESE.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + CHINESE.encode("utf-16-le"), "utf-16"),
    ],
)
def test_decodes_chinese_encodings(data: bytes, encoding: str) -> None:
    text, found, controls = decode(data, "x.txt")
    assert text == CHINESE
    assert found == encoding
    assert controls == 0


def test_bom_is_not_part_of_the_text() -> None:
    text = decode(codecs.BOM_UTF8 + "中国".encode(), "x.txt").text
    assert text == "中国"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\x1b\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x1f no NUL, but control codes", "control"),
        ("Déclaration française sur le désarmement".encode("latin-1"), "not UTF-8"),
    ],
)
def test_refuses_what_is_not_a_text_document(data: bytes, problem: str) -> None:
    with pytest.raises(DocumentError) as info:
        decode(data, "bad.txt")
    assert "bad.txt" in str(info.value)
    assert problem in str(info.value)


def test_text_white_space_is_no_sign_of_a_binary_file() -> None:
    text = "第一行\t表格\f分页\v\r\n" * 20
    assert decode(text.encode(), "ok.txt") == (text, "utf-8", 0)


def test_a_few_stray_control_bytes_are_replaced_and_counted_not_a_reason_to_drop_the_text() -> None:
    text = (CHINESE * 400)[:14000]  # 28 KB of UTF-8, like a converted UN document
    data = text[:7000].encode() + b"\x00" + text[7000:].encode() + b"\x1b"
    decoded = decode(data, "stray.txt")
    assert decoded.controls == 2 and decoded.encoding == "utf-8"
    # one space for one control character: offsets still count the file's characters
    assert decoded.text == text[:7000] + " " + text[7000:] + " "
    gb = text.encode("gb18030")
    assert decode(gb[:100] + b"\x00" + gb[100:], "gb.txt") == (
        text[:50] + " " + text[50:],
        "gb18030",
        1,
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x00\x01binary", "binary"),
        (bytes(range(256)) * 40, "binary"),
        (
            "Conference on Disarmament\n".encode("utf-16-le") * 20,
            "UTF-16 without a byte-order mark",
        ),
    ],
)
def test_files_that_are_not_text_are_still_binary(data: bytes, problem: str) -> None:
    with pytest.raises(DocumentError, match=problem):
        decode(data, "bin.txt")


def test_missing_and_empty_corpus_folders_are_errors(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        find_documents(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no documents"):
        find_documents(tmp_path)
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(CorpusError, match="no documents"):
        find_documents(tmp_path)


def test_one_bad_document_does_not_cost_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CHINESE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_bytes(CHINESE.encode("gb18030"))
    (tmp_path / ".hidden.txt").write_text(CHINESE, encoding="utf-8")
    items = list(iter_documents(tmp_path))
    assert [type(i).__name__ for i in items] == [
        "SourceDocument",
        "DocumentError",
        "SourceDocument",
    ]
    assert items[2].path == "sub/c.md"
    assert "b.txt" in str(items[1])


def test_offsets_are_into_the_decoded_text_with_crlf_kept(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("中国\r\n美国".encode())
    doc = read_document(tmp_path / "a.txt", tmp_path)
    assert doc.text == "中国\r\n美国"
