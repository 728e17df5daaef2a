"""The cue words of the relation rules (``data/relation_cues.tsv``) and the word segmenter.

Cue words are data: each row names a kind (``stance``, ``negator``, ``modal``...), a word and a
value. jieba segments only the short stretches of text between mentions in sentences that hold
a cue word, so mention names never reach it (they cannot be split) and the build does not pay
for segmenting every sentence. The tokenizer is created once per process, on first use.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from ..errors import GazetteerError

T = TypeVar("T")

CUE_HEADER = ["kind", "word", "value", "note"]
CUE_KINDS = frozenset(
    {
        "stance",
        "event_noun",
        "act",
        "refused_tense",
        "apposition",
        "greeting",
        "negator",
        "modal",
        "realis",
        "urge",
        "conditional",
        "filler",
        "frame",
        "adverbial",
        "preposition",
        "object_negator",
        "protocol",
        "contrast",
        "speak",
        "speaker_list",
        "occasion",
        "office_matter",
        "towards",
        "forum_noun",
        "submit",
        "member",
        "quantifier",
        "holder_kind",
        "holder",
        "self",
        "nominal_suffix",
        "risk_head",
        "time_clause",
        "meet",
        "before_act",
        "held_position",
        "tally",
        "subject_lead",
        "factive",
        "side",
        "not_side",
        "opposed_head",
        "relative",
        "stance_realis",
        "heading",
        "paragraph_verb",
        "paragraph_adverb",
        "emphasis",
        "importance",
        "reporting",
        "pledge",
        "pledge_clause",
        "pledge_noun",
        "made_noun",
        "work_noun",
        "press_heading",
        "evaluation",
        "breach_judged",
        "weighing",
        "achievement",
        "vow",
        "strive",
        "merit",
        "means",
        "implement",
        "reaffirm",
        "benefit",
        "goal",
        "light_verb",
        "effort",
        "purpose_end",
        "source",
        "home_title",
        "site_owner",
        "seat",
        "bare_seat",
        "refer_to",
        "home_ministry",
        "former",
        "administration",
        "agent_verb",
        "text_below",
        "holding_verb",
        "announce",
        "about_head",
        "going_on",
        "concern",
        "cause",
        "worry",
        "cooperation",
        "possibility",
        "hazard",
        "aim",
        "conduct",
        "title",
        "speech_title",
        "topic_title",
        "joint_title",
        "opinion",
        "pronoun",
        "plural_pronoun",
        "attitude",
        "subject_tail",
        "purpose",
        "inverse",
        "activity_verb",
        "attribute_verb",
        "refused_place",
        "goes_on",
        "shift_head",
        "ground",
        "halt_noun",
        "stall",
        "imputed",
        "causative",
        "noun",
        "organ_product",
        "comitative_end",
        "subject_predicate",
        "keeping",
        "trouble",
        "solve",
        "restraint",
        "meeting",
        "denied_modal",
        "noun_joiner",
        "matter",
        "matter_phrase",
        "pledge_verb",
        "warn",
        "settle",
        "contribution",
        "contribution_noun",
        "step_noun",
        "overseer",
        "exception",
        "exception_end",
        "breach",
        "breach_after",
        "claim_noun",
    }
)
_VALUES = {
    "stance": {"supports", "opposes"},
    "vow": {"opposes"},
    "strive": {"supports"},
    "implement": {"supports"},
    "reaffirm": {"supports"},
    "act": {"signed", "ratified", "acceded"},
    "modal": {"obligation", "intent", "possible", "unneeded", "question"},
    "negator": {"negative", "future"},
    "object_negator": {"refrain", "harm", "disregard"},
    # a breach of the commitment whatever it is, or a withdrawal: for the commitment only when
    # refused (不要退出《T》), not when opposed once done (反对美国退出《T》 is against the act)
    "breach": {"breach", "withdrawal"},
    "evaluation": {"supports", "opposes"},
    "benefit": {"supports"},
    "goal": {"supports"},
    "concern": {"opposes"},
    "cause": {"opposes"},
    "worry": {"opposes"},
    "cooperation": {"supports"},
    "contribution": {"supports"},
    "title": {"head", "minister", "envoy", "spokesperson", "official"},
    "warn": {"verb", "not"},
    "quantifier": {"one", "some", "several", "many", "most", "all"},
    "self": {"state", "group", "group_opening", "any", "person", "joint"},
    "source": {"open", "close"},
    "matter_phrase": {"open", "close"},
    "adverbial": {"adverbial", "reason"},
    "seat": {"seat", "counted"},
    "urge": {"embedded", "coerced", "watched"},
}
_STATE_ID = re.compile(r"[A-Z]{3}")
_KIND_VALUE = re.compile(r"[a-z][a-z-]*")
_TOPIC_ID = re.compile(r"[A-Z][A-Z0-9_]*")


@dataclass(frozen=True)
class CueLexicon:
    """Cue words by kind, each with its value, and one longest-first regex per kind."""

    values: dict[str, dict[str, str]]  # kind -> word -> value
    patterns: dict[str, re.Pattern[str]]
    word_sets: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> words
    word_ends: dict[str, re.Pattern[str]] = field(default_factory=dict)  # kind -> last characters
    memo: dict[str, object] = field(default_factory=dict)  # what the rules derive from it, once
    # unions of kinds' words by the kinds asked for: a tuple of interned names hashes from
    # their cached hashes, where a joined key would be built and hashed anew on every call
    unions: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        # the rules ask for a kind's words once per word they read: build each set once
        self.word_sets.update({kind: frozenset(words) for kind, words in self.values.items()})
        self.word_ends.update(
            {
                kind: re.compile("[" + "".join(sorted({re.escape(w[-1]) for w in words})) + "]")
                for kind, words in self.values.items()
                if words
            }
        )

    def may_occur(self, kind: str, text: str) -> bool:
        """Whether ``text`` holds the last character of a word of ``kind``: a substring test
        that spares most sentences the kind's regex (中方, 美方: does the text hold 方?)."""
        ends = self.word_ends.get(kind)
        return ends is not None and ends.search(text) is not None

    def words(self, kind: str, *more: str) -> frozenset[str]:
        """The words of a kind, or of several kinds together (built once for each set of
        kinds asked for: the rules ask for the same unions sentence after sentence)."""
        if not more:
            return self.word_sets.get(kind, frozenset())
        key = (kind, *more)
        found = self.unions.get(key)
        if found is None:
            found = frozenset().union(*(self.word_sets.get(k, frozenset()) for k in key))
            self.unions[key] = found
        return found

    def derived(self, name: str, build: Callable[[], T]) -> T:
        """What the rules make from the lexicon's kinds (a union less some words, a regex of
        their first characters), made once under ``name`` and kept in the memo."""
        found = self.memo.get(name)
        if found is None:
            found = self.memo[name] = build()
        return found  # type: ignore[return-value]

    def ends_at(self, kind: str, text: str, pos: int, reach: int, tail: str = "") -> bool:
        """Whether a word of ``kind``, then what ``tail`` (a regex) allows, ends right before
        ``pos`` within ``reach`` characters (解决好 before a problem, 提交 before a body)."""
        ending = self.derived(
            f"ends_at:{kind}:{tail}",
            lambda: re.compile(rf"(?:{alternation(sorted(self.words(kind)))}){tail}$"),
        )
        return ending.search(text, max(0, pos - reach), pos) is not None

    def longest_first(self, kind: str) -> tuple[str, ...]:
        """A kind's words, longest first, for ``startswith`` and ``endswith`` (前任 before 前)."""
        return self.derived(
            f"longest_first:{kind}",
            lambda: tuple(sorted(self.words(kind), key=lambda w: (-len(w), w))),
        )

    def valued(self, kind: str, value: str) -> frozenset[str]:
        """The words of a kind that have ``value`` (object_negator: refrain), made once."""
        return self.derived(
            f"valued:{kind}={value}",
            lambda: frozenset(w for w, v in self.values.get(kind, {}).items() if v == value),
        )

    def value(self, kind: str, word: str) -> str | None:
        words = self.values.get(kind)  # (no empty dict made for each call)
        return words.get(word) if words is not None else None

    def pattern(self, kind: str) -> re.Pattern[str]:
        return self.patterns[kind]


def alternation(words: list[str]) -> str:
    """A regex for any of ``words`` that takes the longest one standing at a position, and on
    backtracking the next longest, as ``w1|w2|…`` sorted longest first does; but written as a
    trie (``一些(?:代表团|国家)?``...), so that the engine reads each character once instead of
    trying every word that shares it. Unwrapped at its top: each use groups it."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    # (the empty word, if given, matches last, as it would sorted after every other)
    return "|".join(_branches(trie) + ([""] if "" in trie else []))


def _branches(node: dict[str, dict]) -> list[str]:
    return [re.escape(ch) + _subtrie(child) for ch, child in sorted(node.items()) if ch]


def _subtrie(node: dict[str, dict]) -> str:
    """The rest of the words below a trie node: its branches, all of them optional when a
    word ends at the node (greedy, so that the longer word is tried first)."""
    branches = _branches(node)
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def parse_cues(text: str, path: Path | str) -> CueLexicon:
    """Parse and validate a cue file (header ``kind word value note``)."""
    values: dict[str, dict[str, str]] = {kind: {} for kind in CUE_KINDS}
    seen_header = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not seen_header:
            if cells != CUE_HEADER:
                raise GazetteerError(path, lineno, f"header must be {' <TAB> '.join(CUE_HEADER)}")
            seen_header = True
            continue
        if len(cells) != len(CUE_HEADER):
            raise GazetteerError(
                path, lineno, f"expected 4 tab-separated columns, found {len(cells)}"
            )
        kind, word, value, _note = cells
        if kind not in CUE_KINDS:
            raise GazetteerError(path, lineno, f"unknown kind {kind!r}")
        if not word or not value:
            raise GazetteerError(path, lineno, "word and value are required")
        allowed = _VALUES.get(kind)
        if allowed is not None and value not in allowed:
            raise GazetteerError(
                path, lineno, f"value of a {kind} must be one of {', '.join(sorted(allowed))}"
            )
        if kind == "holder":
            parts = value.split()
            if len(parts) != 2 or parts[0] not in _VALUES["quantifier"]:
                raise GazetteerError(path, lineno, "a holder's value is 'quantifier kind'")
        elif kind in ("side", "home_title", "home_ministry") and not _STATE_ID.fullmatch(value):
            raise GazetteerError(path, lineno, f"a {kind}'s value is the state's ng:id (CHN)")
        elif kind == "bare_seat" and not _TOPIC_ID.fullmatch(value):
            raise GazetteerError(path, lineno, "a bare seat's value is its body's ng:id (UNSC)")
        elif kind == "inverse" and not _TOPIC_ID.fullmatch(value):
            raise GazetteerError(path, lineno, "an inverse's value is a topic's ng:id")
        elif kind in ("hazard", "aim") and not _TOPIC_ID.fullmatch(word):
            raise GazetteerError(
                path, lineno, f"an {kind}'s word is a topic's ng:id (NUCLEAR_TESTING)"
            )
        elif kind == "holder_kind" and not _KIND_VALUE.fullmatch(value):
            raise GazetteerError(path, lineno, "a holder kind is lower-case words joined by '-'")
        if word in values[kind]:
            raise GazetteerError(path, lineno, f"{kind} {word!r} is listed twice")
        values[kind][word] = value
    if not seen_header:
        raise GazetteerError(path, None, "no header line")
    # an evaluation made of a merit and a means (重要措施, 根本途径, 有效的手段): each pair judges
    # its subject as the listed evaluation words do, unless the file lists it itself
    composed = [
        word
        for merit in values["merit"]
        for means in values["means"]
        for word in (merit + means, f"{merit}的{means}")
        if word not in values["evaluation"]
    ]
    values["evaluation"].update(dict.fromkeys(composed, "supports"))
    alt = {kind: alternation(list(words)) if words else r"(?!)" for kind, words in values.items()}
    patterns = {kind: re.compile(rx) for kind, rx in alt.items()}
    # derived patterns: an unnamed holder (一些代表团, 各国) and a quantifier ending a stretch
    patterns["holder_phrase"] = re.compile(
        # (not inside a number: 一百九十一个会员国 is a count, not 一个会员国)
        rf"(?P<whole>{alt['holder']})|(?<![零〇一二三四五六七八九十百千万\d])"
        rf"(?P<q>{alt['quantifier']})(?:个|些|位)?的?(?P<k>{alt['holder_kind']})"  # (更多的国家)
        # a count (186个国家, 八个国家, 160多个国家): so many holders, none named (not
        # 第50个国家, an ordinal)
        rf"|(?<![零〇一二三四五六七八九十百千万两\d.第])(?P<n>\d+|(?:[二三四五六七八九十百千万两]|一(?=[十百千万]))"
        rf"[零〇一二三四五六七八九十百千万]*)(?:多|余)?(?:个|位)(?P<nk>{alt['holder_kind']})"
    )
    patterns["quantifier_end"] = re.compile(rf"(?P<q>{alt['quantifier']})(?:个|些)?$")
    # an effort that ends its clause (……而努力, ……作出积极贡献)
    patterns["effort_end"] = re.compile(rf"(?:{alt['effort']})$")
    # what a called-for subject should do at its clause's end: take effect, be kept, go on
    # (《条约》应早日生效, 应得到全面执行, 应继续发挥作用)
    patterns["going_on_end"] = re.compile(rf"(?:{alt['going_on']}|{alt['keeping']})$")
    # a done act before a name in a relative clause (已批准《T》的国家): its states are parties
    patterns["done_act_end"] = re.compile(
        rf"(?:已|已经)(?:{alt['act']})(?:了|[和并](?:{alt['act']}))?[《“]?$"
    )
    # a demonstrative and a noun of what was done or planned (此举, 这一行为, 该计划): it takes
    # up the event the clause or sentence before reports, as 对此 does
    patterns["this_event"] = re.compile(
        rf"(?P<this>此举|(?:这一|这种|这些|这项|这个|该|上述|此次|这次|此)(?:{alt['event_noun']}))"
        r"(?!草案|署|书|纲要|计划)"  # 该决定草案, 该计划署, 这一行动计划: another noun's head
    )
    # an evaluation composed of a merit and a means (above): a noun, which judges only as the
    # predicate after 是 (是防止核扩散的重要措施; not 就……的有效措施进行谈判)
    patterns["composed_evaluation"] = re.compile(alternation(composed) if composed else r"(?!)")
    # a harm or a halt right before a name (退出《, 停止): what is done to it
    patterns["object_negator_end"] = re.compile(rf"(?:{alt['object_negator']})[了《“]*$")
    # an office and what its holder says (这位日本外相说, 美国总统表示)
    # (a time or a place may stand between: 外长在记者会上说, 总统当天表示)
    patterns["office_says"] = re.compile(
        rf"(?P<title>{alt['title']})"
        r"(?:当天|今天|随后|日前|昨天|\d{1,2}日)?(?:在[^,;:。“”]{1,14}?(?:上|时|中|期间|之际))?"
        rf"(?:{alt['reporting']}|{alt['opinion']}|{alt['frame']})"
    )
    # an office named after its state or body, with its domain before it and its holder's name
    # after it, up to the verb of saying (外交与安全政策高级代表莫盖里尼): the name's speaker
    # a meeting of a group's or body's members after its name, a place between (七国集团广岛外长会)
    patterns["meeting_phrase"] = re.compile(
        rf"(?:\([^()]{{1,10}}\))?[^,;:。、“”《》()的]{{0,4}}?(?:{alt['meeting']})"
    )
    patterns["office_phrase"] = re.compile(
        rf"[^,;:。“”《》()的]{{0,16}}?(?:{alt['title']})[^,;:。“”《》()的\s]{{0,10}}$"
    )
    # what someone said, the clauses after it reported: 他们认为, / 该国表示:
    patterns["reported_speech"] = re.compile(rf"(?:{alt['reporting']}|{alt['opinion']})[,:“]")
    # a resolution paragraph's opening words: 又满意地注意到, 强烈谴责; any adverb made with 地
    # passes too (最强烈地谴责, 极其严重地关切), not only the listed ones
    patterns["paragraph_opener"] = re.compile(
        rf"(?:{alt['paragraph_adverb']}|[\u4e00-\u9fff]{{1,4}}?地)*(?:{alt['paragraph_verb']})"
    )
    # any word that may start a position or an act (a cheap test before a sentence is read)
    trigger_words = [
        w
        for kind in (
            "stance",
            "act",
            "emphasis",
            "evaluation",
            "breach_judged",
            "benefit",
            "goal",
            "concern",
            "cause",
            "worry",
            "cooperation",
            "contribution",
            "urge",
            "vow",
            "strive",
            "implement",
            "reaffirm",
        )
        for w in values[kind]
    ] + [w for w, v in values["modal"].items() if v == "obligation"]
    patterns["trigger"] = re.compile(alternation(sorted(set(trigger_words))))
    # what closes an emphasis on an object: 强调X的重要性, 重申X……应发挥的作用
    patterns["importance_phrase"] = re.compile(
        rf"(?:的)?(?:根本|极端|特别|高度|重大|关键)?(?:{alt['importance']})"
    )
    # after a name: what makes the phrase name something else (《不扩散条约》审议大会, 导弹危机),
    # or the agent of a relative clause (第2231号决议所支持的《行动计划》)
    patterns["about_head"] = re.compile(rf"(?:{alt['about_head']})")
    patterns["shift_phrase"] = re.compile(
        # (《T》签署国义务, 缔约国的义务: the treaty's obligations, still the treaty)
        rf"(?:的)?(?:相关|有关|各项|所附|各)?(?:的)?(?:{alt['shift_head']})(?!的?义务)"
        r"|所(?=[\u4e00-\u9fff]{1,4}的)"
    )
    # after a name: 为 or 作为 and the noun of a ground (以《条约》为依据, 援引第487号决议作为依据):
    # the name is what an act stands on, no object of it
    patterns["ground_phrase"] = re.compile(rf"(?:的)?(?:作为|为)(?:{alt['ground']})")
    # 安理会决议, 联大与条约相关的决议, 安理会关于朝鲜问题的决议: the organ's paper, not the organ
    patterns["organ_product_phrase"] = re.compile(
        # (……的第1718号决议: the product named by its number, or by a title no table holds:
        # 大会通过《教育和宗教包容》决议)
        # (安理会的有关决议, 安理会各项决议, 安理会所有有关决议: determiners before the product)
        # (安理会对朝制裁决议, 安理会涉朝决议: what the product is on, or a sanction's)
        rf"(?:(?:与|关于|有关|就|对|涉)[^,;:。、的]{{1,20}}?(?:相关|有关)?)?(?:的)?"
        rf"(?:有关|相关|各项|上述|所有|一系列|历次){{0,2}}(?:第[\d/()()]{{1,16}}号|《[^《》\n]{{1,60}}》)?"
        rf"(?:制裁)?(?:{alt['organ_product']})"
    )
    # after an opposed or refused thing: what keeps the position on it (核试验的行为, 核威慑政策)
    patterns["opposed_head_phrase"] = re.compile(
        rf"(?:在内)?(?:的)?(?:任何|一切|其他)?(?:{alt['opposed_head']})"
    )
    # after a treaty or a list of treaties: 《A》、《B》相关议定书 names the protocols, not A or B
    patterns["protocol_tail"] = re.compile(
        rf"(?:的)?(?:相关|有关|各项|所附|各)?(?:的)?(?:第[一二三四五1-5])?(?:{alt['protocol']})"
    )
    return CueLexicon(values, patterns)


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The packaged cue lexicon, read once per process."""
    source = resources.files("nukegraph") / "data" / "relation_cues.tsv"
    return parse_cues(source.read_text(encoding="utf-8"), str(source))


@lru_cache(maxsize=1)
def _tokenizer():  # -> jieba.Tokenizer (jieba ships no type hints)
    import jieba

    # jieba logs its dictionary loading at DEBUG level to stderr; library code stays quiet.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    lexicon = load_cues()
    # Cue words jieba does not know (不认同, 发了言) must come out as one word.
    for kind in (
        "stance",
        "act",
        "speak",
        "self",
        "side",
        "emphasis",
        "evaluation",
        "factive",
        "concern",
        "cause",
        "worry",
        "title",
        "adverbial",  # (考虑到乌克兰承诺……: jieba's 考虑 / 到 would read a modal)
        "noun",
    ):
        for word in lexicon.words(kind):
            if len(word) > 1 and not tokenizer.FREQ.get(word):
                tokenizer.add_word(word, freq=tokenizer.suggest_freq(word, tune=False) or 10)
    return tokenizer


def preload() -> None:
    """Load jieba's dictionary and its word tags now rather than on the first sentence that
    needs them: a worker process loads them before it freezes what lives as long as it does
    (``gc.freeze``), so that the collector's full passes never walk them again."""
    _segmenter()
    word_tags()


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each dictionary word (``n``, ``v``, ``r``...), read from the
    dictionary file jieba ships: whether a clause opens with a noun decides whether it has a
    subject of its own. Read once per process, when a sentence first needs it."""
    tags: dict[str, str] = {}
    with _tokenizer().get_dict_file() as f:
        for raw in f:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    tags.update(dict.fromkeys(load_cues().words("noun"), "n"))  # (nouns jieba lacks)
    return tags


def verbal(word: str) -> bool:
    """Whether jieba tags ``word`` a verb of its own (``v``, ``vi``...), not a noun made of one
    (``vn``: 合作, 发展)."""
    tag = word_tags().get(word, "")
    return tag.startswith("v") and tag != "vn"


@lru_cache(maxsize=1)
def segment_blocks() -> re.Pattern[str]:
    """The runs of characters jieba segments one at a time: it splits a text at every other
    character first, so words never cross a block's edge and each block can be cut alone."""
    import jieba

    return jieba.re_han_default


class DictionarySegmenter:
    """jieba's dictionary-only cut, ``Tokenizer.lcut(text, HMM=False)``: the same words from the
    same dictionary and the same dynamic programme, in about half the time.

    jieba builds a dict of candidate word ends for every character, then takes the best route
    with a generator per character and a ``log`` per candidate word; here the route is scored
    as the candidates are found and each word's log-probability is computed once. Ties go to
    the longer word, as ``max`` over jieba's ``(score, end)`` pairs sends them. A test holds it
    to jieba's own output.
    """

    def __init__(self, tokenizer) -> None:  # a jieba.Tokenizer, dictionary loaded
        import jieba

        self._freq: dict[str, int] = tokenizer.FREQ
        self._logtotal = math.log(tokenizer.total)
        # log P(word) of each dictionary entry, None for a prefix that is no word: one lookup
        # per candidate instead of three; filled on first use (a full table would cost every
        # process a few tenths of a second and tens of megabytes)
        self._logp: dict[str, float | None] = {}
        self._blocks = segment_blocks()
        self._skip = jieba.re_skip_default

    def cut(self, text: str) -> list[str]:
        words: list[str] = []
        for block in self._blocks.split(text):
            if not block:
                continue
            if self._blocks.match(block):
                words += self._cut_block(block)
            else:  # white space (\r\n as one), every other character alone
                for piece in self._skip.split(block):
                    if self._skip.match(piece):
                        words.append(piece)
                    else:
                        words += piece
        return words

    def _cut_block(self, block: str) -> list[str]:
        freq, logtotal = self._freq, self._logtotal
        logp = self._logp
        known = logp.get
        n = len(block)
        score = [0.0] * (n + 1)
        end = list(range(n + 1))  # the best route's word at k is block[k:end[k] + 1]
        for k in range(n - 1, -1, -1):
            best: float | None = None
            i = k
            frag = block[k]
            while True:
                p = known(frag, _UNSEEN)
                if p is _UNSEEN:
                    count = freq.get(frag)
                    if count is None:
                        break  # no dictionary entry begins so: no longer word either
                    p = logp[frag] = math.log(count) - logtotal if count else None
                if p is not None:
                    candidate = p + score[i + 1]
                    if best is None or candidate >= best:
                        best, end[k] = candidate, i
                i += 1
                if i == n:
                    break
                frag = block[k : i + 1]
            if best is None:  # no dictionary word starts here: the character alone
                count = freq.get(block[k])
                best = (math.log(count) if count else 0.0) - logtotal + score[k + 1]
            score[k] = best
        words: list[str] = []
        latin = ""  # jieba joins single Latin letters and digits the route leaves alone
        k = 0
        while k < n:
            stop = end[k] + 1
            word = block[k:stop]
            if stop - k == 1 and word in _LATIN:
                latin += word
            else:
                if latin:
                    words.append(latin)
                    latin = ""
                words.append(word)
            k = stop
        if latin:
            words.append(latin)
        return words


_UNSEEN = object()  # not yet looked up in the dictionary
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@lru_cache(maxsize=1)
def _segmenter() -> DictionarySegmenter:
    return DictionarySegmenter(_tokenizer())


def segment(text: str) -> list[str]:
    """Words of a short stretch of text (jieba's dictionary, no HMM guessing)."""
    if not text:
        return []
    return _segmenter().cut(text)
