"""The cue lexicon's segmenter: jieba's dictionary-only words, whatever the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nukegraph.relations.lexicon import DictionarySegmenter, _tokenizer, load_cues, segment

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def jieba_cut():
    tokenizer = _tokenizer()
    return lambda text: tokenizer.lcut(text, HMM=False)


@pytest.mark.parametrize(
    "text",
    [
        "中国坚定支持《全面禁止核试验条约》早日生效。",
        "不认同",  # a cue word the project adds to jieba's dictionary
        "CD/1899号文件和A/RES/70/33号决议",
        "a b\r\nc\t 12 3x",  # white space: \r\n is one token, other white space one each
        "NPT第六条和CTBT-Art.XIV会议",
        "结婚的和尚未结婚的",  # the classic route ambiguity
        "ＡＢＣ全角和半角abc",
        "",
    ],
)
def test_segmenter_cuts_exactly_as_jieba_without_hmm(jieba_cut, text):
    assert segment(text) == jieba_cut(text)


def test_segmenter_agrees_with_jieba_on_every_line_of_the_bundled_corpus(jieba_cut):
    """The relation rules' word tests depend on every boundary: any difference would change
    which cues count as verbs."""
    segmenter = DictionarySegmenter(_tokenizer())
    lines = [
        line
        for path in sorted(CORPUS.glob("*"))
        if path.is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(lines) > 100
    for line in lines:
        assert segmenter.cut(line) == jieba_cut(line), line


def test_every_cue_kind_in_the_data_file_is_read_by_code():
    """A kind no rule reads is dead data: its words would be edited in vain."""
    import re
    from pathlib import Path

    import nukegraph.relations as relations

    package = Path(relations.__file__).parent
    data = package.parent / "data"
    kinds = {
        line.split("\t")[0]
        for line in (data / "relation_cues.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "kind\t"))
    }
    code = ""
    for path in package.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        code += re.sub(r"CUE_KINDS = frozenset\(\{.*?\}\)", "", text, flags=re.S)
    rules = (data / "relation_rules.toml").read_text(encoding="utf-8")
    unread = {
        kind
        for kind in kinds
        if f'"{kind}"' not in code
        and f"'{kind}'" not in code
        and f"{{cue:{kind}}}" not in rules
        and f'"{kind}"' not in rules
    }
    assert len(kinds) > 40
    assert unread == set()


@pytest.mark.parametrize("kind", ["hazard", "aim"])
def test_the_topics_a_kind_lists_are_topics_of_the_gazetteer(kind):
    """A misspelt topic id in ``hazard`` or ``aim`` would silently never match."""
    from nukegraph.gazetteer import load_gazetteer

    topics = {ref.id for ref in load_gazetteer().entities if ref.cls == "topic"}
    listed = load_cues().words(kind)
    assert listed and listed <= topics


def test_every_frames_trigger_words_let_a_sentence_be_read():
    # the sentence filter (pattern "trigger") lists frame kinds by hand: a frame whose words it
    # lacks would never be read
    from nukegraph.relations.patterns import load_frames

    lex = load_cues()
    trigger = lex.pattern("trigger")
    for frame in load_frames():
        words = lex.valued(frame.trigger, frame.mood) if frame.mood else lex.words(frame.trigger)
        assert all(trigger.fullmatch(w) for w in words), frame.name


@pytest.mark.parametrize(
    ("kind", "text", "tail", "expected"),
    [
        ("refer_to", "要求将伊朗核问题提交安理会", "(?:给|至|到)?", True),
        ("refer_to", "要求将伊朗核问题提交给安理会", "(?:给|至|到)?", True),
        ("refer_to", "要求将伊朗核问题交给安理会", "(?:给|至|到)?", False),  # no word of the kind
        ("settle", "和平解决好核问题", "(?:好|了)?", True),
        ("settle", "解决了问题以后再谈核问题", "(?:好|了)?", False),  # out of reach
    ],
)
def test_a_word_of_a_kind_ending_right_before_a_name(kind, text, tail, expected):
    lex = load_cues()
    pos = text.rindex("安理会") if "安理会" in text else text.rindex("核问题")
    assert lex.ends_at(kind, text, pos, 4, tail) == expected
