"""The examples of every rule in data/relation_rules.toml, run against the bundled gazetteers:
each must give exactly the facts it lists. And the rules file is checked when it is loaded."""

from __future__ import annotations

import pytest

from nukegraph.errors import GazetteerError
from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer, with_theme_positions
from nukegraph.records import AnonymousHolder, SourceDocument
from nukegraph.relations.lexicon import load_cues
from nukegraph.relations.patterns import load_frames, load_rules, parse_frames, parse_rules

EXAMPLES = [
    pytest.param(rule.name, example, id=f"{rule.name}-{i}")
    for rule in [*load_rules(), *load_frames()]
    for i, example in enumerate(rule.examples)
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    # the examples show what a rule reads, on any topic: positions on the project's own topics
    # too (whether a build states those is the sink's business, tested with it)
    return Extractor(with_theme_positions(load_gazetteer()))


def _read(extractor: Extractor, text: str) -> tuple[set[str], set[str]]:
    result = extractor.extract(SourceDocument("doc.txt", text, "utf-8"))
    positive, negative = set(), set()
    for st in result.statements:
        if isinstance(st.subject, AnonymousHolder):
            continue  # unnamed holders have examples of their own in the stance tests
        fact = f"{st.subject.id} {st.predicate} {st.object.id}"
        if st.aspect is not None:
            fact += f" as {st.aspect.id}"  # the narrower topic the sentence names
        (positive if st.polarity == "positive" else negative).add(fact)
    return positive, negative


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_every_rule_reads_its_examples(extractor, rule, example):
    positive, negative = _read(extractor, example.text)
    assert positive == set(example.facts), f"{rule}: {example.text}"
    assert negative >= set(example.negative), f"{rule}: {example.text}"


def test_the_readme_lists_every_rule():
    # users read the README's tables to know what the graph can hold; a rule added to the
    # data file and left out of them is a fact they would not look for
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [r.name for r in [*load_rules(), *load_frames()] if f"| `{r.name}` |" not in readme]
    assert not missing, f"README.md's relation tables lack rules {missing}"


def test_rule_names_are_unique_and_every_rule_has_an_example():
    names = [rule.name for rule in [*load_rules(), *load_frames()]]
    assert len(names) == len(set(names)) > 20
    assert all(rule.examples for rule in [*load_rules(), *load_frames()])


FRAME = """
[[frame]]
name = "stance"
trigger = "stance"
word = "verb"
predicate = "$cue"
holder = "subject"
targets = "after"
[[frame.example]]
text = "x"
facts = []
"""


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            FRAME.replace('"stance"\nword', '"stances"\nword'),
            r"rule 'stance': unknown cue kind 'stances'",
        ),
        (FRAME.replace('holder = "subject"', 'holder = "anyone"'), r"holder must be one of"),
        (
            FRAME.replace('targets = "after"', 'targets = "after"\nscope = 2'),
            r"unknown key\(s\) scope",
        ),
        (
            FRAME.replace('targets = "after"', 'targets = "after"\nfollows = "noun"'),
            r"follows must be object or verb_phrase",
        ),
    ],
)
def test_a_malformed_frame_names_its_rule_and_problem(raw, message):
    with pytest.raises(GazetteerError, match=message):
        parse_frames(raw, "rules.toml", load_cues())


BAD = """
[macros]
TAIL = ""
SEP = "、"

[[pattern]]
name = "one"
pattern = '(?P<a>{state})由'
[[pattern.emit]]
subject = "a"
predicate = "memberOf"
object = "$document"
cue = "由"
[[pattern.example]]
text = "x"
facts = []

[[pattern]]
name = "broken"
pattern = '(?P<a>{state})(由'
"""


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (BAD, r"rules.toml:19: rule 'broken': pattern is no valid regular expression"),
        (
            BAD.replace("{state})由", "{sate})由"),
            r"rules.toml:7: rule 'one': unknown macro \{sate\}",
        ),
        (BAD.replace('"memberOf"', '"member"'), r"rules.toml:7: rule 'one': unknown predicate"),
        (BAD.replace('subject = "a"', 'subject = "b"'), r"rule 'one': subject 'b' is no group"),
        (BAD.replace("{state})由", "{cue:nothing})由"), r"unknown cue kind 'nothing'"),
        (
            BAD.replace('subject = "a"', 'subject = "a"\npassing = ["organisation"]'),
            r"rule 'one': an emit's passing classes \['organisation'\] are no classes",
        ),
        (
            BAD.replace(
                "pattern = '(?P<a>{state})由'", "pattern = '(?P<a>{state})由'\nnot_after = '(问'"
            ),
            r"rule 'one': pattern is no valid regular expression",
        ),
        ("[[pattern]\nname=", r"rules.toml: not valid TOML"),
    ],
)
def test_a_malformed_rules_file_names_its_line_and_problem(raw, message):
    with pytest.raises(GazetteerError, match=message):
        parse_rules(raw, "rules.toml", load_cues())


def test_every_frame_trigger_word_passes_the_cheap_sentence_test():
    # a sentence whose words match no `trigger` is only followed through, never read: a frame
    # rule whose trigger kind that test leaves out would silently read nothing
    lexicon = load_cues()
    trigger = lexicon.pattern("trigger")
    for frame in load_frames():
        for word in lexicon.words(frame.trigger):
            if frame.value is not None and lexicon.value(frame.trigger, word) != frame.value:
                continue
            assert trigger.search(word), f"frame {frame.name}: {word!r} fails the trigger test"
