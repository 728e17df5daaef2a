"""The reading view's data: shown text, mentions and evidence, and the map from raw offsets."""

from __future__ import annotations

import pytest

from nukegraph.normalize import normalize_text
from nukegraph.reading import holder_labels, raw_to_norm, reading_data
from nukegraph.records import AnonymousHolder

RAW = "CD/1888\nChinese\n\n美国支持不扩\n散核武器条约。\n\n 2\n中国反对\n核试验。\n"


def test_raw_spans_map_to_what_the_reader_sees():
    norm = normalize_text(RAW)
    span = raw_to_norm(norm)
    for phrase in ("美国", "支持不扩", "核试验。", "中国反对"):
        start = RAW.index(phrase)
        a, b = span(start, start + len(phrase))
        assert norm.text[a:b] == phrase
    # a span across a joined line break shows without it
    start, end = RAW.index("不扩"), RAW.index("核武器") + 3
    a, b = span(start, end)
    assert norm.text[a:b] == "不扩散核武器"
    # a span that starts in dropped text (white space, page furniture) moves in to the text
    a, b = span(RAW.index("\n 2") + 1, RAW.index("中国") + 2)
    assert norm.text[a:b] == "中国"


def test_reading_data_marks_mentions_and_each_evidence_sentence_once(extract, small_gazetteer):
    from nukegraph.extract import Extractor
    from nukegraph.records import SourceDocument

    text = "美国支持不扩散核武器条约，美国也支持全面禁止核试验条约。\n中国反对核试验。\n"
    result = Extractor(small_gazetteer).extract(SourceDocument("a.txt", text, "utf-8"))
    assert result.norm is not None
    data = reading_data(result, result.norm, text, small_gazetteer)
    assert data["text"] == text.strip()  # as written: "，", not the matcher's ","
    keys = [e[0] for e in data["e"]]
    shown = [
        (data["text"][a:b], keys[e])
        for a, b, e in zip(data["m"][::3], data["m"][1::3], data["m"][2::3], strict=True)
    ]
    assert ("不扩散核武器条约", "treaty/NPT") in shown and ("中国", "state/CHN") in shown
    # two statements from the first sentence: one marked sentence listing both
    first = next(s for s in data["s"] if data["text"][s[0] : s[1]].startswith("美国支持"))
    assert len(first[4]) == 2
    assert {data["st"][i][1] for i in first[4]} == {"supports"}
    assert (first[2], first[3]) == (
        result.statements[first[4][0]].start,
        result.statements[first[4][0]].end,
    )


@pytest.mark.parametrize(
    ("holder", "zh", "en"),
    [
        (AnonymousHolder("some", "delegations"), "一些代表团", "some delegations"),
        (AnonymousHolder("many", "member-states"), "许多会员国", "many member states"),
        (AnonymousHolder("odd", "kind"), "odd-kind", "odd kind"),
    ],
)
def test_unnamed_holders_have_labels_in_both_languages(holder, zh, en):
    assert holder_labels(holder) == (zh, en)


def test_a_quantified_group_is_labelled_with_the_groups_names(small_gazetteer):
    group = next(e for r, e in small_gazetteer.entities.items() if r.cls == "group")
    kind = "-".join("".join(c if c.isalnum() else " " for c in group.en.lower()).split())
    zh, en = holder_labels(AnonymousHolder("some", kind), small_gazetteer)
    assert zh == "一些" + group.zh and en == "some " + group.en
