"""What reading a sentence needs from the rest of its document.

- Who ``本国`` / ``我们`` / ``集团`` is: the state whose reply section the sentence stands in (a
  Secretary-General report reproduces each government's reply under its name), or the actor whose
  own paper or statement the document is (``日本提交的工作文件``, ``不结盟缔约国集团提出的工作文件``,
  ``中国裁军大使……的发言``, ``我首先代表中国代表团……``); after a verb of saying, the one actor
  that names (``伊朗外长扎里夫说,我们……``). Elsewhere they are nobody.
- ``中方`` (the Chinese side) and the like name a state wherever they stand.
- ``该条约`` / ``这一条约`` / ``该决议`` / ``该决定草案`` / ``该委员会`` name what was named just before.
- Whose paragraphs these are: a resolution opens with its organ (``大会,`` / ``安全理事会``) and
  then runs paragraphs that begin with their verb (``回顾……``, ``1. 呼吁……``). The organ is the
  author of each paragraph until the resolution ends (``第90次全体会议``), another heading or a
  section heading begins, or a quoted resolution's quotation closes.

All of it is handed to the rules as pseudo-spans (an entity reference at the words that name it)
and as authors by position (:meth:`nukegraph.relation_text.SentenceView.author_at`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from ..records import EntityRef, Mention, Sentence
from .document import DocumentContext
from .lexicon import CueLexicon, alternation, segment, word_tags
from .sink import ACTORS
from .speakers import (
    DELEGATE_TURN,
    GIVEN_BELOW,
    ISSUED,
    PLACE_BEFORE,
    QUESTION_OPENING,
    SECRETARY_GENERAL,
    bind_persons,
    declared_below,
    office_persons,
    person_names,
)
from .text import (
    DATE,
    DECLARATION_NOUNS,
    LIST_MARKER,
    MANNER_TAIL,
    MEETING_NOUNS,
    PLACE_OPEN,
    PLACE_REACH,
    JointRef,
    Span,
    dateline_end,
    separated_run,
)

# --- the reader ------------------------------------------------------------------------------

_HEADING_TAIL = re.compile(r"(?:政府)?(?:\s*\[[^\]]*\])*\s*$")
SECTION_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+\.|[A-Z]\.|附件|第[一二三四五六七八九十\d]+[章节部分])"
)
_ANAPHOR_DETERMINERS = ("该", "此", "这一", "这个", "这项", "这份", "上述", "本")
_TREATY_WORDS = ("条约", "公约", "议定书")  # nouns only a treaty is called by
_TREATY_NOUNS = (*_TREATY_WORDS, "协议", "协定")
# what a treaty's name may end in for an anaphor's noun to take it up: 该协议 is the nuclear deal
# a report named 《联合全面行动计划》 or 伊核协议, 该协定 an agreement named either way
_TREATY_NAME_ENDS = {
    "条约": ("条约",),
    "公约": ("公约",),
    "议定书": ("议定书",),  # 签署议定书: the protocol named before (《中亚无核武器区条约》议定书)
    "协议": ("协议", "协定", "行动计划"),
    "协定": ("协定", "协议"),
}
# characters before 条约 that make it part of a longer noun: a modifier (的, 项, 国际, 双边, 军控, 现有,
# 新, 世界性), a name's end (裁武条约, 禁产条约, 无核区条约), a verb that makes a new one (达成,
# 缔结, 签订, 订立, 谈判)
_NOT_BARE = "的项性际边控新份部个些类等种武试产区约议成结订立判一两二三各多军旧原该此本这上有"
_TREATY_ANAPHOR = re.compile(
    rf"(?:{'|'.join(_ANAPHOR_DETERMINERS)})?《(?P<a>{'|'.join(_TREATY_NOUNS)})》"
    rf"|(?:{'|'.join(_ANAPHOR_DETERMINERS)})(?:[^,;:。《》“”]{{1,20}}的)?(?P<b>{'|'.join(_TREATY_NOUNS)})"
    # a bare 条约 (履行条约义务, 重申对条约各项规定的承诺) is the treaty named last, as "the
    # Treaty" is in English; not where a word before it makes it another or any treaty
    # (一项……的条约, 国际条约, 军控条约, 谈判达成条约) or it is part of a name (禁核试条约)
    rf"|(?<![{_NOT_BARE}《“])(?P<c>条约|议定书)(?![》”]|机构)"
    # a bare 协议 right after a treaty act (签署了协议, 退出协议): the agreement named just before,
    # as for 该协议; anywhere else (达成协议, 履行协议义务) it may be any agreement
    r"|(?:(?<=签署|签订|批准|加入|退出)|(?<=签署了|签订了|批准了|加入了|退出了))(?P<d>协议)(?![》”])"
)
# where a match of _TREATY_ANAPHOR may start: a determiner's first character, 《, or the first
# character of a bare 条约 or 议定书 (the regex opens with an optional group, so its engine would try
# every position)
_TREATY_ANAPHOR_STARTS = re.compile(
    "[" + "".join(sorted({d[0] for d in _ANAPHOR_DETERMINERS} | {"《", "条", "议", "协"})) + "]"
)


def _treaty_anaphors(text: str) -> Iterator[re.Match[str]]:
    """``_TREATY_ANAPHOR.finditer(text)``, the regex tried only where a match may start."""
    pos = 0
    while (found := _TREATY_ANAPHOR_STARTS.search(text, pos)) is not None:
        m = _TREATY_ANAPHOR.match(text, found.start())  # (look-behinds still see before it)
        if m is None:
            pos = found.start() + 1
        else:
            yield m
            pos = max(m.end(), found.start() + 1)


# 该决议, 该决定草案, 该委员会, 该集团: the noun must be what the thing named just before is called
_THIS_STATE = re.compile(r"该国(?:家)?(?![际内外])")
_OTHER_ANAPHOR = re.compile(
    r"(?:该|此|这一|这项|这份|上述)(?:项|份)?"
    r"(?:(?:“[^”]{1,8}”|[\u4e00-\u9fff]{2,4})的)?"  # 这一“政治化”的决议, 该不公正的决议
    r"(?:(?P<resolution>决议)|(?P<document>决定草案|工作文件|草案|文件)|(?P<organization>委员会|机构|组织)"
    # a 集团 is a group of states (77国集团) or a body called one (核供应国集团)
    r"|(?P<bloc>集团))"
)
# whether a treaty anaphor may occur: every shape of it holds its noun, a literal the regex
# engine skips to (_TREATY_ANAPHOR's optional lead makes it try every position of a sentence)
_TREATY_ANAPHOR_HINT = re.compile("|".join(_TREATY_NOUNS))
# 其 before what only an instrument has (并支持其早日生效, 鼓励其普遍化, 维护其权威性): the treaty
# or resolution named last in the clauses before (呼吁伊朗履行其义务: not an instrument's noun, 其
# is who is called on)
_ITS_INSTRUMENT = re.compile(
    r"其(?=(?:早日|尽早|尽快|如期)?生效|普遍(?:化|性|加入)|宗旨|目标和宗旨|有效性|权威性|完整性"
    r"|(?:全面|有效|充分|切实)*(?:执行|实施|落实))"
)
_ITS_REACH = 60  # characters back from 其 to the instrument it takes up
_UNDOING_REACH = 8  # characters before a name its harm or halt ends in (正式退出了《
_ANAPHOR_REACH = 800  # normalized characters back to the treaty 《条约》 refers to
_LINE_REACH = 400  # how far a heading's line, or a sentence naming a paper, may run
_RESOLUTION_END = re.compile(r"第\d{1,4}次全体会议(?![上中时期])")
_QUOTES = '“”"‘’…'
_QUOTE_CLOSES = re.compile(r"”[。;]?$")
_HEADING_BEFORE = frozenset("向在由经据照请将和及与对即曾并还也交给于为")
# what ends the clause of a verb of saying, looking back for its speaker
_REPORT_CLAUSE_PUNCT = (",", ";", ":", "。", "“", "”", "(", ")")
_SIDE_CONTEXT = 4  # characters either side of 中方 that jieba reads to check it is a word


def _is_word(text: str, start: int, end: int) -> bool:
    """Whether jieba reads ``text[start:end]`` as whole words, in a window either side."""
    a = max(0, start - _SIDE_CONTEXT)
    bounds, pos = set(), a
    for word in segment(text[a : end + _SIDE_CONTEXT]):
        bounds.add(pos)
        pos += len(word)
    return start in bounds and end in bounds | {pos}


class SentenceFrame(NamedTuple):
    """What a sentence's rules get from the document: pseudo-spans, authors by position (the
    organ of a resolution's paragraphs) and the voice (who speaks in the document's own words)."""

    spans: list[Span]
    authors: tuple[tuple[int, EntityRef | None], ...]
    voice: tuple[EntityRef, ...]
    # what a vote told without its object was cast on (……通过了第72/31号决议。美国投了反对票):
    # the resolution, document or treaty a sentence just before said was put to the vote
    voted_on: EntityRef | None = None

    def uncovered(self, spans: list[Span]) -> list[Span]:
        """The sentence's spans less those a pseudo-span covers: a name it reads as part of a
        longer phrase (``这5个核武国家``: the states listed before, not the group)."""
        if not self.spans:
            return spans
        return [s for s in spans if all(s.end <= x.start or s.start >= x.end for x in self.spans)]


_REPLIES = re.compile(r"答复|来文|收到的意见|提交的资料|Replies")
_INITIAL_SIDE = re.compile(r"(?P<initial>[\u4e00-\u9fff])方")
_PARTIES = re.compile(
    r"(?<![第各双多\d])(?P<n>[两三四五六七八九十2-9])(?P<noun>方(?![面式法向案针位])|国)"
    r"|(?<![各多])(?P<n2>双)(?P<noun2>方)(?![面式法向案针位])"
)
# a group's name that opens with a count of states (七国集团, 八国集团): 七国 may name it after
_COUNT_GROUP = re.compile(r"(?P<count>[两三四五六七八九十]国)集团")
# a speaker's numbered points, and a paragraph that opens with one of them (第二,……)
_PROPOSES_POINTS = re.compile(
    r"提出了?(?:[一二三四五六七八九十\d]+点|以下|如下|几点)(?:主张|建议|倡议|看法|意见|原则)[:：]"
)
_POINT_OPENS = re.compile(r"第[一二三四五六七八九十]+[,、]|[一二三四五六七八九十]是|其次|最后|再次")
# a demonstrative before the count is part of the name (这五国表示: whose subject it is)
_PARTIES_DEMONSTRATIVES = ("上述", "以上", "这")
_COUNTS = {
    "双": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    **{str(n): n for n in range(2, 10)},  # (5国, as a report writes it)
}
_LISTED = re.compile("[、和及与]")
_THESE_STATES = re.compile("(?:这些|上述|以上)(?:国家|各国)")
# 这5个核武国家, 上述两个国家: the states a list gave, counted (the noun may be a group's name,
# 核武国家, which the count then takes the list's states for)
_THESE_COUNTED = re.compile(
    rf"(?:这些|{'|'.join(_PARTIES_DEMONSTRATIVES)})(?P<n>[两三四五六七八九十]|[1-9]\d?)个"
    r"(?:[\u4e00-\u9fff]{0,5}?)(?:国家|大国)"
)
# 它们 opening a clause right after a sentence that listed states: those states
_THEY = re.compile(r"它们")
_CHAINED_ANAPHORS = frozenset({"resolution", "document"})
_EACH_PARTY = re.compile(r"各方(?![面式法向案针位])")
# the states attending: 与会方, 与会各方, 与会国 (not 与会代表, 与会者: persons, and not counted)
_ATTENDING = re.compile(r"与会(?:各方|方|各国|国家|国)(?![面式法向案针位])")
# states listed as meeting: 在北京举行了第三轮六方会谈, 出席会议, 举行会晤
_MEETING = re.compile(r"(?:举行|召开|出席|参加)了?[^,;:。]{0,30}?(?:会谈|会议|会晤|磋商|峰会)")
# the verb of a meeting whose subjects a later 他们 or 外长们 takes up (……举行会谈, ……在巴黎会晤,
# 两国外长通电话)
_MET = re.compile(rf"{_MEETING.pattern}|会晤|会谈|通电话|通话|联合撰文|撰文|联名")
_MET_HINT = re.compile(r"[会通撰联]")
# whose words a report gives, right before them (报道援引他们的话说)
_WORDS_OF = re.compile(r"(?:援引|引述|引用|转引)$")
# (对此类武器: of this kind; 对此次访问, 对此前……: this time, before this)
_THIS_EVENT = re.compile(r"对(?P<this>此)(?![类种些项次前后间外时])")
# 这 / 此 standing alone for what was said (这是, 这将, 此严重违反); jieba tells it from a word
# it begins (这方面, 此次, 这些)
_BARE_THIS = re.compile(r"(?P<this>这|此)")
_CLAUSE_PUNCT = ",，;；:："  # what ends a clause before 对此
# an actor named in a place phrase (在纽约联合国总部举行磋商) is where, not who
_PLACE_NOUNS = ("总部", "大楼", "会场", "驻地")
_QUOTATION_OPENS = re.compile(r"(?:说|表示|指出|强调|称|宣布|警告)[:,]?“")
# after a quotation: who said it, and nothing more (……伊朗外交部发言人说。)
_SAID_AFTER = re.compile(r"^[,\s]*[^“”,;:。]{1,30}?(?P<verb>说|表示|指出|强调|称)(?:道)?[。,]?\s*$")
_ANNEX_HEADING_LINES = 6  # how many short lines after 附件 may name the annex's author
# who holds the floor in a meeting record: a name, an honorific, the state in brackets
_TURN_SPEAKER = (
    r"[^:,;。()]{1,24}?(?:先生|女士|大使|阁下)\((?P<state>[^()]{2,20})\)(?:\(以[^()]{1,8}?发言\))?"
)
_TURN = re.compile(rf"^{_TURN_SPEAKER}:")
_CHAIR_TURN = re.compile(r"^(?:\(?主席\)?|The PRESIDENT)[:：]")
_CHAIR_TURN_FIRST = "(主T"  # what _CHAIR_TURN may open with
_TURN_BRACKET = 27  # _TURN's bracket comes after at most 24 characters and an honorific
_OBJECT_CLASSES = frozenset({"topic", "treaty", "resolution", "document"})  # what 对此 may be
_VOTED_CLASSES = frozenset({"resolution", "document", "treaty"})  # what may be put to a vote
# a sentence saying something was adopted or put to the vote (通过, 表决, 以122票赞成); not the
# 通过 of a means (通过谈判解决, 通过外交途径)
_VOTING = re.compile(
    r"通过(?!谈判|对话|协商|外交|政治|和平|双边|多边|各种|这一|这种)|表决|投票|\d+票"
)
_VOTE_REACH = 3  # sentences after it in which a vote told alone is still cast on it
# what the names an anaphor may take up are (该条约, 该决议, 该文件, 该委员会, 该集团)
_NAMED_CLASSES = frozenset({"treaty", "resolution", "document", "organization", "group"})
# a press conference's question and answer, after any bracketed headline a site repeats
_ASKED = re.compile(QUESTION_OPENING)
_ANSWERED = re.compile(r"(?:【[^】]{0,80}】)?(?:答|[\u4e00-\u9fff·•]{2,8})[:：]")
# a body adopting a resolution, and a resolution with no number that says or holds something
_ADOPTS = re.compile(r"通过(?:了)?[^,;。]{0,60}?决议")
_RESOLUTION_SAYS = re.compile(
    r"(?:^|(?<=[,;:。]))(?:(?:该|这项|这一|此项|这份)?(?P<noun>决议(?:案)?))"
    # (with its manner: 决议用最强烈的措辞谴责了……)
    r"(?=(?:中|还|也|并|则|仅|又|再次|再度|一再|同时|明确|特别)*"
    rf"(?:[以用]{MANNER_TAIL})?"
    r"(?:称|表示|指出|强调|要求|呼吁|欢迎|谴责|敦促|促请"
    r"|重申|支持|决定|认为|确认|申明|吁请|鼓励|对))"
)
# a declaration, statement or communiqué with no name opening a clause before a verb of saying
# or of a position (宣言说:, 声明内容称, 联合公报强调): the text a report last named or said issued
_DECLARATION = DECLARATION_NOUNS
_DECLARATION_SAYS = re.compile(
    # (会议发表的声明: the one the meeting issued, as the report said)
    rf"(?:^|(?<=[,;:。)]))(?:该|这份|这项|此项|(?:{MEETING_NOUNS})?(?:发表|发布|通过)的)?"
    rf"(?P<noun>(?:联合)?(?:{_DECLARATION})|文中)"
    r"(?=(?:内容|中|还|也|并|同时|将|则)*"
    r"(?:称|说|表示|指出|强调|呼吁|敦促|要求|希望|主张|承诺|重申|支持|反对|谴责|欢迎|认为|对))"
)
# a title naming such a text: 《金砖国家领导人第十四次会晤北京宣言》, 《中俄联合声明》
_DECLARATION_TITLE = re.compile(rf"《[^《》]{{2,80}}?(?:{_DECLARATION})》")
# 中俄两国外交部(以下称“双方”), 国际原子能机构(以下简称“原子能机构”)
_DEFINED = re.compile(r"\((?:以下|下文|下)?(?:简称|称)[为作]?“(?P<name>[^”()]{1,10})”\)")
_QUOTE_CLOSING = frozenset("”)")  # (the definition itself: 以下称“双方”)
_SIGNED_TITLE = re.compile(r"(?:签署|签订|通过|发表)了?$")  # right before the title
_SIGNED_REACH = 4
# (……在会议后的联合声明中表示: a text its subject issued, as 发表联合声明 says)
_ISSUES = re.compile(rf"{ISSUED}|在[^,;:。]{{0,20}}?(?:联合|共同)?(?:{_DECLARATION})中")
# a body's meeting named after it and its envoys' office (东盟外长会议, 金砖国家领导人第十五次
# 会晤): it is the body met; a bracket may stand before the office (东盟与中日韩(10+3)外长会议)
_BRACKETED = re.compile(r"\([^()]{1,10}\)")
_MEETING_HELD = re.compile(rf"级?(?:第[一二三四五六七八九十\d]{{1,4}}[次届])?(?:{MEETING_NOUNS})")
# the meeting taken up with no name, opening its clause (会议发表了声明, 本次峰会通过宣言)
_MEETING_OPENS = re.compile(rf"(?:本次|此次|这次|该次)?(?:{MEETING_NOUNS})")
_DECLARATION_NOUN = re.compile(_DECLARATION)
# after an actor's name (and its envoys' office): the statement it issued, a noun for sure when
# a meeting, 联合 or 的 stands between (伊朗声明 alone may be the verb)
_NAMED_DECLARATION = re.compile(
    rf"(?P<modifier>级?(?:会|{MEETING_NOUNS})?(?:的)?(?:联合|共同)?)(?:{_DECLARATION})"
)
_ISSUER_NAME_MAX = 20  # the longest actor's name a declaration's title opens with
_FOLLOWS = re.compile(GIVEN_BELOW)
# where a treaty opening its clause stands: after the sentence's start or punctuation, and
# only brackets, quotes or a list marker between
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:。])[\s《“(]*(?:\d{1,2}\.\s*)?$")
# a paragraph opening with whom it quotes: 成競業說, / 他指出: (its verb of saying)
_OPENS_SAYING = re.compile(r"[^,;:。“”]{1,30}?(?P<verb>说|表示|指出|强调|认为|称)[,:]")
# where words were said, before the verb of saying: 在安理会公开会上说, 在联大一委会议中表示
_VENUE = re.compile(r"在[^,;:。“”]{1,30}?[上中](?=说|表示|指出|强调|认为|称)")  # (as _OPENS_SAYING)
# a clause before the speaker saying when or on what the words were said (在谈到……时,)
_SAYING_LEAD = re.compile(r"(?:在|当)[^,;:。“”]{1,24}?(?:时|之际|期间),")
_SAYING_REACH = 33  # where the comma after such an opening stands at the latest
_PERSON_REACH = 5  # sentences after its last mention that 他 may still refer to a person
# a Japanese name of four characters, known again by its first two (岸田文雄, then 岸田)
_SURNAME_GIVEN = re.compile("[\u4e00-\u9fff]{4}")
_OWN_STATE = re.compile(r"的(?:国家|国家政府|政府|代表团)")
# a summary record's turn: 12. 伍德先生(美利坚合众国)说, (the verbatim record's has a colon: _TURN)
_REPORTED_TURN = re.compile(
    rf"^(?:\d{{1,3}}\.\s*)?{_TURN_SPEAKER}[^:,;。()]{{0,12}}?(?:说|指出|表示|强调)"
)
_REPORTED_TURN_BRACKET = 32  # its bracket: after a paragraph number, a name and an honorific


@dataclass
class DocumentReader:
    """Carries from one sentence to the next who ``本国`` is, what was named, whose paragraphs,
    who has been introduced with an office and who holds the floor."""

    ctx: DocumentContext
    lexicon: CueLexicon
    own: tuple[EntityRef, ...] = ()  # who speaks in the document's own text (speakers.py)
    delivered_by: EntityRef | None = None  # the state that delivers a group's statement
    section_state: EntityRef | None = None  # the state whose reply section this is
    author: EntityRef | None = None  # the organ whose resolution's paragraphs these are
    author_quoted: bool = False
    named: list[tuple[int, str, EntityRef]] = field(default_factory=list)  # norm end, surface
    _index: int = 0  # of the sentence being read
    transmittal: bool = False  # the document's own text transmits an annex (随函转递……见附件)
    persons: dict[str, EntityRef] = field(default_factory=dict)  # name -> what they speak for
    last_person: tuple[EntityRef, int] | None = None  # and the sentence they were last named in
    turn: EntityRef | None = None  # the state holding the floor in a meeting record
    record: bool = False  # the document is a meeting record (its turns may name a delegation)
    annex_heading: int = 0  # short lines left in which an annex may name its author
    # the annex's title that names its author's statement (……外交部发表的声明): where its
    # author says it speaks, the spokeIn's evidence
    annex_title: tuple[EntityRef, Sentence] | None = None
    _names: re.Pattern[str] | None = None  # the persons' names, one search
    previous_objects: list[EntityRef] = field(default_factory=list)  # named in the last sentence
    _objects_age: int = 0  # sentences since previous_objects were named
    quoted: tuple[EntityRef, ...] = ()  # whose words a quotation still open is (他说:“……)
    quoted_here: tuple[EntityRef, ...] = ()  # whose a quotation is that names them after it
    replies: bool = False  # a heading announced the replies of governments (从各国政府收到的答复)
    initials: dict[str, EntityRef] = field(default_factory=dict)  # 哈 -> the state last named 哈…
    listed_states: tuple[EntityRef, ...] = ()  # the states a sentence listed last (六方)
    # groups named by a count of states (七国集团): a later 七国 is the group (七国再次确认……)
    count_groups: dict[str, EntityRef] = field(default_factory=dict)
    listed_at: int = -1  # the index of that sentence
    # the state a sentence named last, and that sentence's index (该国 in the next one)
    last_state: EntityRef | None = None
    last_state_at: int = -2
    meeting_parties: tuple[EntityRef, ...] = ()  # the states a sentence listed as meeting (各方)
    # the states whose envoys a sentence named as meeting (美国……、日本……和韩国……举行会谈), and
    # the sentence that last named them, as 他们 or 外长们 opening a clause after it
    met: tuple[EntityRef, ...] = ()
    met_at: int = -2
    attendees: tuple[EntityRef, ...] = ()  # the states the document lists as attending (与会方)
    qa: bool = False  # a press conference: questions (问:) and the spokesperson's answers
    draft: bool = False  # a draft resolution: its sponsors speak, not the organ it heads
    draft_heads: list[Span] = field(default_factory=list)  # the organ heading the sentence
    adopter: EntityRef | None = None  # the body a report last said adopted a resolution
    # the treaties that opened a clause of the last sentence naming one, with its norm span
    topic_treaties: tuple[int, int, tuple[EntityRef, ...]] | None = None
    issuer: EntityRef | None = None  # the actor a report last said issued a text (发布……文件)
    convener: EntityRef | None = None  # the body whose meeting a report last named (东盟外长会议)
    declarer: EntityRef | JointRef | None = None  # whose declaration a report last named
    reproduced: tuple[EntityRef, ...] = ()  # whose text a report gives after ……如下:
    # a news paragraph that opened with 成競業說,……: its later sentences go on in his words
    paraphrased: tuple[EntityRef, ...] = ()
    paraphrase_from: int = -1  # the sentence index from which ``paraphrased`` holds
    proposer: tuple[EntityRef, ...] = ()  # whose numbered points the paragraphs go on with
    asking: bool = False  # in a question, whose words are the journalist's
    # names a text defines for its actors: 中俄两国外交部(以下称“双方”) -> China and Russia
    defined: dict[str, EntityRef | JointRef] = field(default_factory=dict)
    voted_on: EntityRef | None = None  # what a sentence last said was adopted or voted on
    voted_at: int = -_VOTE_REACH - 1  # and that sentence's index

    def frame(
        self, index: int, sentence: Sentence, spans: list[Span], *, read: bool = True
    ) -> SentenceFrame:
        """Read a sentence's context (call before its rules, then :meth:`done`); ``read=False``
        for a sentence no rule reads: only what later sentences depend on is followed."""
        self._index = index
        text = sentence.text
        if self.qa:
            self._track_questions(sentence)
        if self.issuer is not None and "如下" in text and _FOLLOWS.search(text):
            self.reproduced = (self.issuer,)  # 文件的主要内容如下: the text is now the issuer's
        authors = self._authors(index, sentence, spans)
        # (the readers below are called only where the text may hold what they look for:
        # most sentences hold none of it, and are read a hundred thousand times a corpus)
        if len(text) <= 60:  # a heading: body sentences are longer
            self._track_sections(sentence, spans)
        if (
            "(" in text[:_TURN_BRACKET]
            or text[:1] in _CHAIR_TURN_FIRST
            or (self.record and "代表" in text[:_TURN_BRACKET] and ":" in text[:_TURN_BRACKET])
        ):
            self._track_turns(sentence, spans)
        extra = self._person_spans(sentence, spans)
        if "称" in text and _DEFINED.search(text):
            self._track_definitions(text, spans)
        if self.defined:
            extra += self._defined_spans(text, [*spans, *extra] if extra else spans)
        if "如下" in text:
            self._track_declares_below(text, [*spans, *extra] if extra else spans)
        # (before 我们 is read: 宣言说:“我们呼吁……” is the declaration's issuer's)
        if self.declarer is not None and _DECLARATION_SAYS.search(text):
            extra += [
                Span(m.start("noun"), m.end("noun"), self.declarer, "anaphor")
                for m in _DECLARATION_SAYS.finditer(text)
                if _free([*spans, *extra], m.start("noun"), m.end("noun"))
            ]
        if not self.own:
            self._track_paraphrase(index, sentence, [*spans, *extra] if extra else spans)
        self.quoted_here = self._speaker_after(index, sentence) if text.startswith("“") else ()
        if self.met and self._index - self.met_at == 1 and ("们" in text or "位" in text):
            # (in every sentence: one no rule reads still takes them up for the next)
            extra += self._those_met(sentence, [*spans, *extra] if extra else spans)
        voice = self.voice()
        if not read:
            return SentenceFrame(extra, authors, voice)
        # (each reader only reads the spans it is given: no copy while nothing was added)
        if self.lexicon.may_occur("self", text) and self.lexicon.may_occur("reporting", text):
            extra += self._reported_self(sentence, [*spans, *extra] if extra else spans)
        if voice:
            extra += self._self_spans(sentence, [*spans, *extra] if extra else spans)
        if self.lexicon.may_occur("side", text):
            extra += self._side_spans(sentence, [*spans, *extra] if extra else spans)
        if "该国" in text:
            extra += self._this_state(sentence, [*spans, *extra] if extra else spans)
        if (
            _TREATY_ANAPHOR_HINT.search(text)
            or _OTHER_ANAPHOR.search(text)
            or ("其" in text and _ITS_INSTRUMENT.search(text))
        ):
            extra += self._anaphors(sentence, [*spans, *extra] if extra else spans)
        # (the clause before it in the sentence may name what it is)
        if "对此" in text or self._may_take_up_event(text):
            extra += self._this_event(sentence, [*spans, *extra] if extra else spans)
        if "决议" in text and (self.adopter is not None or "通过" in text):
            extra += self._adopted(sentence, [*spans, *extra] if extra else spans)
        if ("方" in text or "国" in text or "它们" in text) and (
            self.listed_states or self.count_groups or self.met or _LISTED.search(text)
        ):
            extra += self._parties(sentence, [*spans, *extra] if extra else spans)
        if self.meeting_parties and "各方" in text:
            extra += self._each_party(sentence, [*spans, *extra] if extra else spans)
        if self.attendees and "与会" in text:
            extra += [
                Span(m.start(), m.end(), JointRef(self.attendees), "mention")
                for m in _ATTENDING.finditer(text)
                if _free([*spans, *extra], m.start(), m.end())
            ]
        return SentenceFrame(extra, authors, voice, self._voted_on(text, spans, extra))

    def _voted_on(self, text: str, spans: list[Span], extra: list[Span]) -> EntityRef | None:
        """What a vote in this sentence was cast on when the sentence names nothing that can be
        put to the vote: the item a sentence at most _VOTE_REACH before said was adopted."""
        if (
            self.voted_on is None
            or self._index - self.voted_at > _VOTE_REACH
            or "票" not in text
            or any(s.cls in _VOTED_CLASSES for s in itertools.chain(spans, extra))
        ):
            return None
        return self.voted_on

    def _those_met(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``他们``, ``外长们``, ``两位领导人`` opening a clause right after a sentence that named
        the envoys of several states meeting (``中国、日本和韩国外长举行会晤。外长们重申……``):
        those states, together, for as long as each sentence takes them up again."""
        text = sentence.text
        lex = self.lexicon
        those = lex.derived(
            "those met",
            lambda: re.compile(
                r"他们|她们|(?:(?P<n>[两三四五六七八九十])位|各位)?"
                # (国务卿和外交部长们: the offices of those met, listed)
                + r"(?:(?:{t})(?:和|、|及|与))*(?:{t})(?P<plural>们)?".format(
                    t=alternation(list(lex.words("title")))
                )
            ),
        )
        out = []
        for m in those.finditer(text):
            if m.group() in lex.words("title"):
                continue  # 外长 alone is one of them, or anyone's (not 各位外长, 外长们)
            if m.group("n") and _COUNTS[m.group("n")] != len(self.met):
                continue
            if (
                opens_clause(lex, text, m.start()) or _WORDS_OF.search(text, 0, m.start())
            ) and _free(spans, m.start(), m.end()):
                out.append(Span(m.start(), m.end(), JointRef(self.met), "mention"))
        if out:
            self.met_at = self._index
        return out

    def _each_party(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``各方`` opening a clause after a sentence that listed the states meeting (``中国、……
        和美国在北京举行了六方会谈。……各方重申……``): those states, each. Anywhere else (``呼吁
        各方保持克制``, ``有关各方``) it is whoever is concerned, and no one named."""
        text = sentence.text
        return [
            Span(m.start(), m.end(), JointRef(self.meeting_parties), "mention")
            for m in _EACH_PARTY.finditer(text)
            if (m.start() == 0 or text[m.start() - 1] in _CLAUSE_PUNCT + "。")
            and _free(spans, m.start(), m.end())
        ]

    def _parties(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``六方`` (the six parties), ``五国``, ``双方`` after a list of so many states: those
        states, as one holder (``中华人民共和国、……和美利坚合众国……。六方重申……``); a count that
        is not the list's length, 第三方 (a third party) and 方面, 方式 name no one."""
        out = []
        text = sentence.text
        for m in _PARTIES.finditer(text):
            count = _COUNTS.get(m.group("n") or m.group("n2"))
            if any(s.end == m.start() for s in spans):
                continue  # A、B和C三国, 美俄双方: the names before it are the holder themselves
            group = self.count_groups.get(m.group())
            if group is not None:
                # 七国集团……。七国再次确认……: the group the text named by that count
                if _free(spans, m.start(), m.end()):
                    out.append(Span(m.start(), m.end(), group, "mention"))
                continue
            # the states listed before it in the sentence (德国、法国和英国表示,三国……), else
            # those of the last sentence that listed some
            listed = self.listed_states
            if self.met and self.met_at > self.listed_at:
                # 普京与拜登举行会晤。双方重申……: the states whose envoys met, named apart
                # (no list of them), are what a count takes up next
                listed = self.met
            if _LISTED.search(text, 0, m.start()):
                here = _states_before(spans, m.start())
                if len(here) == count:
                    listed = here
            if count != len(listed):
                continue
            if (
                m.group("noun") == "国"
                and not _is_word(text, m.start(), m.end())
                and not self.lexicon.pattern("title").match(text, m.end())
            ):
                # (jieba reads 五国外长 as 五 / 国外 / 长: the states' ministers, an office after
                # the count, are read; what else it joins 国 to is another word)
                continue
            start = m.start()
            det = next((d for d in _PARTIES_DEMONSTRATIVES if text.endswith(d, 0, start)), "")
            start -= len(det)
            if _free(spans, start, m.end()):
                out.append(Span(start, m.end(), JointRef(listed), "mention"))
        for m in _THESE_COUNTED.finditer(text):
            n = m.group("n")
            listed = self.listed_states
            if _LISTED.search(text, 0, m.start()):
                here = _states_before(spans, m.start())
                listed = here if len(here) >= 2 else listed
            inner = [s for s in spans if s.start < m.end() and s.end > m.start()]
            if (
                len(listed) == (int(n) if n.isdigit() else _COUNTS[n])
                and all(
                    s.cls == "group" and m.start() < s.start and s.end <= m.end() for s in inner
                )
                and not any(s.start == m.start() for s in out)
            ):
                # (a group's name inside, 核武国家, gives way to the states: see covering)
                out.append(Span(m.start(), m.end(), JointRef(listed), "mention"))
        for m in _THEY.finditer(text):
            # 中国、俄罗斯……是五个核武器国家,它们同时也是……: the states just listed, in the
            # sentence or the one before
            here = _longest_list(
                text,
                [
                    (s.start, s.end, s.ref)
                    for s in spans
                    if s.end <= m.start() and s.cls == "state" and isinstance(s.ref, EntityRef)
                ],
            )
            listed = here or (self.listed_states if self.listed_at == self._index - 1 else ())
            if (
                len(listed) >= 2
                and opens_clause(self.lexicon, text, m.start())
                and _free(spans, m.start(), m.end())
            ):
                out.append(Span(m.start(), m.end(), JointRef(listed), "mention"))
        # 日本、德国和巴西支持……。这些国家还呼吁……: the states the sentence before listed (or
        # this one, before the words); else they are unnamed holders (relation_cues.tsv)
        for m in _THESE_STATES.finditer(text):
            if _LISTED.search(text, 0, m.start()):
                here = _states_before(spans, m.start())
                listed = here if len(here) >= 2 else ()
            else:
                listed = self.listed_states if self.listed_at == self._index - 1 else ()
            if listed and _free(spans, m.start(), m.end()):
                out.append(Span(m.start(), m.end(), JointRef(listed), "mention"))
        return out

    def _adopted(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``决议`` with no number opening a clause before a verb of saying or of a position, in
        a report that a body adopted one (``安理会……通过了……决议案。……决议称,……``): that body,
        whose resolution's words these are."""
        text = sentence.text
        out = []
        for m in _RESOLUTION_SAYS.finditer(text):
            # (安理会一致通过第2270号决议,决议谴责……: adopted in an earlier clause of the sentence)
            adopter = _adopting_body(text[: m.start()], spans) or self.adopter
            if adopter is not None and _free(spans, m.start("noun"), m.end("noun")):
                out.append(Span(m.start("noun"), m.end("noun"), adopter, "anaphor"))
        return out

    def _speaker_after(self, index: int, sentence: Sentence) -> tuple[EntityRef, ...]:
        """Whose words a sentence that opens with a quotation is, when the speaker is named
        after it (``“我们反对任何核试验，”伊朗外交部发言人说。``), in the same sentence or in
        the next (``“……。”伊朗外交部发言人说。``): the last state, body or person named before
        the verb of saying."""
        text = sentence.text
        if not text.startswith("“"):
            return ()
        close = text.rfind("”")
        if close == -1:
            return ()
        if text[close + 1 :].strip("。 "):
            start, end = sentence.norm_start + close + 1, sentence.norm_end
        elif index + 1 < len(self.ctx.sentences):
            after = self.ctx.sentences[index + 1]
            start, end = after.norm_start, after.norm_end
        else:
            return ()
        stretch = self.ctx.norm.text[start:end]
        said = _SAID_AFTER.match(stretch)
        if said is None:
            return ()
        speakers = [
            (m.norm_end, m.ref)
            for m in self.ctx.mentions_between(start, start + said.start("verb"))
            if m.ref.cls in ("state", "organization")
        ]
        speakers += [
            (start + n.end(), self.persons[n.group()])
            for n in (self._names.finditer(stretch, 0, said.start("verb")) if self._names else ())
        ]
        return (max(speakers, key=lambda t: t[0])[1],) if speakers else ()

    def _this_event(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``对此`` (at this), ``此举`` / ``这一行为`` (this act): what was just said, the last
        topic or treaty of the clauses before it in the sentence (``朝鲜……再次进行核试验,中国
        政府对此表示坚决反对``), else of the sentence before (``朝鲜……悍然实施核试验。中国……
        对此予以坚决反对``)."""
        text = sentence.text
        matches = list(_THIS_EVENT.finditer(text)) if "对此" in text else []
        if self._may_take_up_event(text):
            # 韩国谴责这一行为, 欢迎此举: a demonstrative event taken up as 对此 is
            matches += self.lexicon.pattern("this_event").finditer(text)
        if ("这" in text or "此" in text) and self.lexicon.may_occur("evaluation", text):
            # 朝鲜进行了核试验。这是无法容忍的: a bare demonstrative opening the clause of a
            # judgement is what was just said
            matches += (
                m
                for m in _BARE_THIS.finditer(text)
                if opens_clause(self.lexicon, text, m.start())
                and _is_word(text, m.start(), m.end())
                and self.lexicon.pattern("evaluation").search(
                    text, m.end(), _clause_end(text, m.end())
                )
            )
        out = []
        for m in matches:
            at = m.start("this")
            if not _free(spans, at, m.end("this")):
                continue
            ref = self._said_before(text, spans, at, bare=m.re is _BARE_THIS)
            if ref is not None:
                out.append(Span(at, m.end("this"), ref, "anaphor"))
        return out

    def _may_take_up_event(self, text: str) -> bool:
        """Whether a demonstrative event noun may occur in ``text`` (a test before the regex)."""
        return "此举" in text or self.lexicon.may_occur("event_noun", text)

    def _said_before(
        self, text: str, spans: list[Span], at: int, *, bare: bool = False
    ) -> EntityRef | None:
        """What ``对此`` at ``at`` points back to: the objects of the sentence's earlier clauses
        when it names any (one a harm or a halt was done to is not it, and then nothing is),
        else the previous sentence's; a topic before any other. A bare ``这`` after a clause of
        the sentence that is no frame of saying is that clause (``他们却告诉我们不能拥有核武器,
        这是无法接受的``): with no object named there, nothing (not the sentence before's)."""
        clause = max(text.rfind(p, 0, at) for p in _CLAUSE_PUNCT)
        before = [
            s
            for s in spans
            if s.end <= clause and isinstance(s.ref, EntityRef) and s.ref.cls in _OBJECT_CLASSES
        ]
        if before:
            undoing = self.lexicon.pattern("object_negator_end")
            objects = [
                s.ref
                for s in before
                if not undoing.search(text, max(0, s.start - _UNDOING_REACH), s.start)
            ]
        elif bare and clause > 0 and not self._says_end(text, clause):
            return None
        else:
            objects = self.previous_objects
        topics = [r for r in objects if r.cls == "topic"]
        return (topics or objects)[-1] if objects else None

    def _says_end(self, text: str, end: int) -> bool:
        """Whether the clause before the mark at ``end`` ends with a verb of saying or belief
        (``韩国表示,这是……``): what follows is said, and its demonstrative takes up what was told
        before."""
        said = self.lexicon.pattern("reported_speech")
        return any(m.end() == end + 1 for m in said.finditer(text, max(0, end - 6), end + 1))

    def introduce_persons(self, sentences: list[tuple[Sentence, list[Span]]]) -> None:
        """Read the whole document once for the persons it introduces with their office, so
        that a headline naming a person before the body introduces them is read too
        (``潘基文呼吁……`` above ``联合国秘书长潘基文……``); and for the states it lists as
        meeting (the first list the document gives, by the same test as ``各方``'s), whom
        ``与会方`` means wherever it stands (a report may list them last: ``……与会方认为……。
        王毅、法国外长……出席了会议``)."""
        for sentence, spans in sentences:
            if self.attendees or not spans or not _MEETING.search(sentence.text):
                continue
            states = tuple(
                dict.fromkeys(
                    s.ref for s in spans if s.cls == "state" and isinstance(s.ref, EntityRef)
                )
            )
            if len(states) >= 2 and _LISTED.search(sentence.text):
                self.attendees = states
        for sentence, spans in sentences:
            text = sentence.text
            if not spans or not self.lexicon.may_occur("title", text):
                continue  # (most sentences: no office, and no list of names made for it)
            refs = [(s.start, s.end, s.ref) for s in spans if isinstance(s.ref, EntityRef)]
            if refs:
                for name, ref, _end in bind_persons(text, refs, self.lexicon):
                    self.persons.setdefault(name, ref)
                    # a foreign name is often shortened to its last part: 安东尼奥·古特雷斯
                    last = re.split(r"[·•]", name)[-1]
                    if len(last) >= 2 and last != name:
                        self.persons.setdefault(last, ref)
                    elif _SURNAME_GIVEN.fullmatch(name):
                        # ... and a Japanese name of four characters to its family name: 岸田文雄,
                        # then 岸田表示
                        self.persons.setdefault(name[:2], ref)
        # the persons of the gazetteer's table the text names in office (奥巴马总统), after the
        # ones it introduces itself, whose state the text gives
        table = self.ctx.gazetteer.persons
        if table and (names := person_names(tuple(table))).search(self.ctx.norm.text):
            for sentence, _spans in sentences:
                for name, ref in office_persons(sentence.text, names, table, self.lexicon):
                    self.persons.setdefault(name, ref)

    def _track_paraphrase(self, index: int, sentence: Sentence, spans: list[Span]) -> None:
        """In a report, a paragraph that opens with whom it quotes (``成競業指出,……``) goes on
        in their words: its later sentences, with no speaker of their own, are theirs."""
        at = sentence.norm_start
        if at == 0 or self.ctx.norm.text[at - 1] == "\n":
            self.paraphrased = ()
            if self.proposer and _POINT_OPENS.match(sentence.text):
                # 中方提出三点主张:……\n第二,……: each numbered point is still the proposer's
                self.paraphrased, self.paraphrase_from = self.proposer, index
            else:
                self.proposer = ()
        text = sentence.text
        points = _PROPOSES_POINTS.search(text) if "提出" in text else None
        if points is not None:
            speaker = self._reporting_speaker(text, spans, points.start())
            if speaker is not None:
                self.proposer = self.paraphrased = _each(speaker)
                self.paraphrase_from = index + 1
                return
        # (a sentence later in the paragraph may open with its speaker too: 作为……的活动,……。
        # 古特雷斯在致辞中指出,……。这些国家应……: the paragraph goes on in his words from there)
        if "," not in text[:_SAYING_REACH] and ":" not in text[:_SAYING_REACH]:
            return  # (most sentences open with no verb of saying and its comma)
        said = _OPENS_SAYING.match(text)
        if said is None and (lead := _SAYING_LEAD.match(text)) is not None:
            # 在谈到朝核和伊核问题时,吴海涛说,……: what the words are on, then their speaker
            said = _OPENS_SAYING.match(text, lead.end())
        if said is not None:
            speaker = self._reporting_speaker(text, spans, said.end("verb") - 1)
            if speaker is not None:
                self.paraphrased, self.paraphrase_from = _each(speaker), index + 1

    def _track_questions(self, sentence: Sentence) -> None:
        """At a press conference, a paragraph opening with ``问:`` is the journalist's, until
        one opens with the answer (``答:``, ``华春莹:``)."""
        at = sentence.norm_start
        if at and self.ctx.norm.text[at - 1] != "\n":
            return  # only a paragraph's first sentence turns from question to answer
        if _ASKED.match(sentence.text):
            self.asking = True
        elif _ANSWERED.match(sentence.text):
            self.asking = False
        elif self.asking and _OPENS_SAYING.match(sentence.text):
            # a report of the conference: 法新社记者提问,……? then 毛宁表示,……: the answer, unless
            # the paragraph asks (美国官员表示,……。中方对此有何回应?)
            text = self.ctx.norm.text
            end = text.find("\n", at)
            paragraph = text[at : end if end >= 0 else len(text)]
            if "?" not in paragraph and "？" not in paragraph:
                self.asking = False

    def voice(self) -> tuple[EntityRef, ...]:
        """Who speaks in the sentence's own words: whoever a quotation still open is of, the
        state of the reply section or holding the floor, else the document's author(s); no
        one in a question put at a press conference."""
        if self.asking:
            return ()
        if self.reproduced and not (self.quoted_here or self.quoted):
            return self.reproduced
        if self.paraphrased and self._index >= self.paraphrase_from and not self.quoted:
            return self.paraphrased
        if self.quoted_here:
            return self.quoted_here
        if self.quoted:
            return self.quoted
        if self.section_state is not None:
            return (self.section_state,)
        if self.turn is not None:
            return (self.turn,)
        return self.own

    def done(self, sentence: Sentence, mentions: list[Mention], spans: list[Span]) -> None:
        # what the sentence named, in one pass over its mentions (most sentences have few);
        # 对此 is not what a harm or a halt was done to (美国退出《中导条约》。中方对此坚决反对 is
        # against the withdrawal, 朝鲜宣布停止核试验。中方对此表示欢迎 welcomes the halt)
        objects: list[EntityRef] = []
        states: list[EntityRef] = []
        state_at: list[tuple[int, int, EntityRef]] = []  # (start, end, state) in the sentence
        subjects: list[EntityRef] = []  # treaties opening a clause: what the sentence is about
        initials, named = self.initials, self.named
        undoing = self.lexicon.pattern("object_negator_end")
        text, base = sentence.text, sentence.norm_start
        # what a call asks is not what happened (G7敦促朝鲜……放弃……弹道导弹系统。朝方对此表示严重
        # 关切: the concern is at the call, not at the missiles)
        asked = len(text)
        if self.lexicon.may_occur("urge", text):
            # (a word of two characters: 请 alone is inside 申请, 邀请)
            calls = (m for m in self.lexicon.pattern("urge").finditer(text) if len(m.group()) > 1)
            asked = next((m.start() for m in calls), asked)
        for m in mentions:
            ref = m.ref
            cls = ref.cls
            if cls in _OBJECT_CLASSES:
                at = m.norm_start - base
                if at < asked and not undoing.search(text, max(0, at - _UNDOING_REACH), at):
                    objects.append(ref)
            if cls == "state":
                initials[text[m.norm_start - base]] = ref
            if cls in _NAMED_CLASSES:
                # the normalized name (a traditional 條約 is read as 条约), as anaphors compare it
                named.append((m.norm_end, text[m.norm_start - base : m.norm_end - base], ref))
                if cls == "treaty" and _SUBJECT_BEFORE.search(text, 0, m.norm_start - base):
                    subjects.append(ref)
            if cls == "state":
                states.append(ref)
                state_at.append((m.norm_start - base, m.norm_end - base, ref))
            elif cls == "group":
                count = _COUNT_GROUP.match(text, m.norm_start - base, m.norm_end - base)
                if count is not None:
                    self.count_groups[count.group("count")] = ref
        for span in spans:
            if span.kind == "anaphor" and span.cls == "topic" and isinstance(span.ref, EntityRef):
                # 这一计划的实质是……: the event taken up is still what the text is about
                objects.append(span.ref)
            if span.kind == "anaphor" and span.cls in _CHAINED_ANAPHORS:
                # 该决议 names the resolution again: a later 这一决议 may refer back through it
                entry = (base + span.end, text[span.start : span.end], span.ref)
                bisect.insort(named, entry, key=lambda t: t[0])
        if subjects:
            self.topic_treaties = (base, sentence.norm_end, tuple(subjects))
        distinct = _longest_list(text, state_at)
        named = tuple(dict.fromkeys(states))
        if len(distinct) < 2 and len(named) >= _LOOSE_LIST and "、" in text:
            # 中国外交部副部长武大伟、朝鲜外务省副相金桂冠、……: a list of their envoys (but where
            # the states stand listed together, that list: 美国、日本和韩国……寻求朝鲜无核化)
            distinct = named
        if states:
            self.last_state, self.last_state_at = states[-1], self._index
        if len(distinct) >= 2:
            self.listed_states = distinct  # the parties a later 六方 counts
            self.listed_at = self._index
            if _MEETING.search(text):
                self.meeting_parties = distinct  # the parties a later 各方 is
        meeting = _MET.search(text) if _MET_HINT.search(text) else None
        if meeting is not None:
            # the states of the clause before the meeting's verb, by name or by envoy
            clause = max(text.rfind(p, 0, meeting.start()) for p in _REPORT_CLAUSE_PUNCT) + 1
            met = tuple(
                dict.fromkeys(
                    s.ref
                    for s in sorted(spans, key=lambda s: s.start)
                    if clause <= s.start < meeting.start()
                    and isinstance(s.ref, EntityRef)
                    and s.ref.cls == "state"
                )
            )
            if len(met) >= 2:
                self.met, self.met_at = met, self._index
        # a sentence that names nothing goes on about the same thing (……悍然实施核试验。此举不利
        # 于……。中国……对此予以坚决反对): what was named one sentence before it is still in reach
        self._objects_age = 0 if objects else self._objects_age + 1
        if objects or self._objects_age > 1:
            self.previous_objects = objects
        if "“" in text or "”" in text:  # (most sentences quote no one)
            self._track_quotation(sentence, spans)
        if "通过" in text and "决议" in text:
            self._track_adoption(text, spans)
        if _VOTING.search(text):
            self._track_vote(spans)
        if "会" in text:
            self._track_meeting(text, spans)
        if ("发" in text or "在" in text) and _ISSUES.search(text):  # (发表……, 在……声明中)
            self._track_issuer(text, spans)
        if "《" in text and _DECLARATION_TITLE.search(text):
            self._track_declaration(text, spans)
        if _DECLARATION_NOUN.search(text):
            self._track_named_declaration(text, spans)
        if self.author is not None and self.author_quoted and _QUOTE_CLOSES.search(sentence.text):
            self.author = None  # the quoted resolution ends with its quotation

    def _track_adoption(self, text: str, spans: list[Span]) -> None:
        """The body a sentence says adopted a resolution, for the sentences after it."""
        self.adopter = _adopting_body(text, spans) or self.adopter

    def _track_vote(self, spans: list[Span]) -> None:
        """The item a sentence says was adopted or voted on (a resolution or document before a
        treaty: 通过了关于《禁止核武器条约》的第72/31号决议 puts the resolution to the vote)."""
        items = [s.ref for s in spans if s.cls in _VOTED_CLASSES and isinstance(s.ref, EntityRef)]
        if items:
            self.voted_on = next((r for r in items if r.cls != "treaty"), items[0])
            self.voted_at = self._index

    def _track_definitions(self, text: str, spans: list[Span]) -> None:
        """A name the text defines for the actors before it (``中俄两国外交部(以下称“双方”)``,
        ``中华人民共和国政府和俄罗斯联邦政府(以下简称“双方”)``): those actors, for the rest of
        the document."""
        for m in _DEFINED.finditer(text):
            start = text.rfind(",", 0, m.start()) + 1
            refs = tuple(dict.fromkeys(s.ref for s in _actors_in(spans, start, m.start())))
            if refs:
                self.defined[m.group("name")] = refs[0] if len(refs) == 1 else JointRef(refs)

    def _defined_spans(self, text: str, spans: list[Span]) -> list[Span]:
        """The names the text defined, where they stand as words of their own."""
        out = []
        for name, ref in self.defined.items():
            pos = text.find(name)
            while pos != -1:
                end = pos + len(name)
                if text[end : end + 1] not in _QUOTE_CLOSING and _free([*spans, *out], pos, end):
                    out.append(Span(pos, end, ref, "mention"))
                pos = text.find(name, end)
        return out

    def _track_declares_below(self, text: str, spans: list[Span]) -> None:
        """``……(双方)就朝鲜半岛问题声明如下:``: the text below is the words of the actors the
        clause opens with."""
        where = declared_below(text)
        if where is None:
            return
        actors = _actors_in(spans, *where)
        if not actors:
            return
        refs: list[EntityRef] = []
        for span in actors:
            refs += span.ref.refs if isinstance(span.ref, JointRef) else [span.ref]
        self.reproduced = tuple(dict.fromkeys(refs))

    def _track_issuer(self, text: str, spans: list[Span]) -> None:
        """Who a sentence says issued a statement or document (``七国集团首脑……,并发布联合文件
        《广岛愿景》``): the actor opening the sentence, when no other actor is named before the
        verb; the text a report then gives after ``……如下:`` is that actor's."""
        verb = _ISSUES.search(text)
        assert verb is not None
        actors = [
            s.ref
            for s in _actors_in(spans, 0, verb.start())
            if text[s.start - 1 : s.start] not in PLACE_BEFORE  # 在日本广岛: a place
            and not PLACE_OPEN.search(text, max(0, s.start - PLACE_REACH), s.start)
            and not text.startswith(_PLACE_NOUNS, s.end)  # 在纽约联合国总部: a place
        ]
        distinct = tuple(dict.fromkeys(actors))
        if not distinct and self.convener is not None and _MEETING_OPENS.match(text):
            actors, distinct = [self.convener], (self.convener,)  # ……外长会议闭幕。会议发表了声明
        if len(distinct) == 1:
            self.issuer = actors[0]
            if _DECLARATION_NOUN.search(text, verb.start()):
                self.declarer = actors[0]  # ……发表联合声明。声明说: the issuer's
        elif (
            len(distinct) >= 2
            and all(isinstance(r, EntityRef) and r.cls in ACTORS for r in distinct)
            and _DECLARATION_NOUN.search(text, verb.start())
        ):
            # 中俄法英美发表联合声明。……声明对……表示欢迎: the states that issued it together (a
            # body among them too: 欧盟及法德英三国发表联合声明)
            self.declarer = JointRef(tuple(r for r in distinct if isinstance(r, EntityRef)))

    def _track_named_declaration(self, text: str, spans: list[Span]) -> None:
        """Whose a statement is that a noun phrase names (``据……发布的七国集团(G7)外长会联合
        声明,……``, ``东盟外长的声明``): the actor the phrase opens with, its envoys' office or
        meeting between, so that ``声明称`` after it is that actor's. ``伊朗声明`` with nothing
        between is a verb of saying, and names no text."""
        for span in spans:
            if span.cls not in ACTORS or not isinstance(span.ref, EntityRef):
                continue
            pos = self._past_office(text, span.end)
            noun = _NAMED_DECLARATION.match(text, pos)
            if noun is not None and (noun.group("modifier") or pos > span.end):
                self.declarer = span.ref

    def _track_meeting(self, text: str, spans: list[Span]) -> None:
        """The body a sentence names as meeting (``东盟与中日韩外长会议在万象闭幕``): a clause
        after it that opens with ``会议`` alone takes it up as the one who issued a text."""
        for span in spans:
            if span.cls not in ("organization", "group") or not isinstance(span.ref, EntityRef):
                continue
            if _MEETING_HELD.match(text, self._past_office(text, span.end)):
                self.convener = span.ref

    def _past_office(self, text: str, pos: int) -> int:
        """Past a bracket (``七国集团(G7)``) and the envoys' office (``外长``) after an actor's
        name ending at ``pos``: where its meeting's or its text's noun may stand."""
        if (bracket := _BRACKETED.match(text, pos)) is not None:
            pos = bracket.end()
        if (held := self.lexicon.pattern("title").match(text, pos)) is not None:
            pos = held.end()
        return pos

    def _track_declaration(self, text: str, spans: list[Span]) -> None:
        """Whose a declaration is that a title names (``《金砖国家领导人第十四次会晤北京宣言》``):
        the actor whose name opens the title (the title is one name to the matcher, so the
        gazetteer is asked for its longest opening name); a title that opens with anything
        else (``《关于……的声明》``) names no issuer."""
        for m in _DECLARATION_TITLE.finditer(text):
            if _SIGNED_TITLE.search(text, max(0, m.start() - _SIGNED_REACH), m.start()):
                # 中国、俄罗斯……等六国元首……签署《上海合作组织成员国元首宣言》: the states
                # listed as signing it are who it speaks for
                signers = _states_before(spans, m.start())
                if len(signers) >= 2 and _LISTED.search(text, 0, m.start()):
                    # (《上海合作组织成员国元首宣言》: the body its title opens with speaks too)
                    body = self._title_issuer(m.group()[1:-1])
                    extra = (body,) if body is not None and body.cls != "state" else ()
                    self.declarer = JointRef((*signers, *extra))
                    continue
            title = m.group()[1:-1]
            opening = _states_opening(text, spans, m.start() + 1)
            if len(opening) >= 2:
                self.declarer = JointRef(opening)  # 《美俄总统战略性稳定联合声明》: both states'
                continue
            ref = self._title_issuer(title)
            if ref is not None:
                self.declarer = ref

    def _title_issuer(self, title: str) -> EntityRef | None:
        """The actor whose name opens a declaration's title, by the gazetteer's longest
        opening name (the title is one name to the matcher), or None."""
        surfaces = self.ctx.gazetteer.surfaces
        for k in range(min(len(title) - 2, _ISSUER_NAME_MAX), 1, -1):
            ref = surfaces.get(title[:k])
            if ref is not None:
                return ref if ref.cls in ACTORS else None
        return None

    def _titled_speech(self, text: str) -> bool:
        """Whether a line ends with the noun of a statement's or a speech's title (声明, 发言)."""
        ends = [m.end() for m in self.lexicon.pattern("speech_title").finditer(text)]
        return bool(ends) and ends[-1] == len(text.rstrip(" *"))

    # -- sections: replies of governments ----------------------------------------------------

    def _track_sections(self, sentence: Sentence, spans: list[Span]) -> None:
        """A line that is only a state's name opens that state's reply; other headings close it."""
        text = sentence.text
        if len(text) > 60:
            return  # a body sentence: headings are short
        if _REPLIES.search(text) and not text.endswith("。"):
            self.replies = True
        if not self.replies:
            pass  # a state's name alone on a line opens a reply only where replies are listed
        elif (
            len(text) <= 40
            and spans
            and not self.annex_heading
            and spans[0].start == _after_list_marker(text)
        ):
            tail = _HEADING_TAIL.match(text, spans[0].end)
            if tail is not None and tail.end() == len(text):
                self.section_state = spans[0].ref if spans[0].cls == "state" else None  # type: ignore[assignment]
                if self.section_state is not None:
                    self.author = None
                return
        if self.replies and len(text) <= 60 and not text.endswith(("。", ";", ":")) and spans:
            # a heading line joined to the state's name after it: 二.从各国政府收到的答复奥地利
            last = spans[-1]
            tail = _HEADING_TAIL.match(text, last.end)
            listed = text[: last.start].endswith(("、", "和", "及", ",", "("))
            if last.cls == "state" and tail is not None and tail.end() == len(text) and not listed:
                assert isinstance(last.ref, EntityRef)
                self.section_state = last.ref
                self.author = None
                return
        annex = self.transmittal and text.endswith("附件")  # (……给秘书长的信的附件)
        if len(text) <= 60 and not text.endswith("。") and (SECTION_HEADING.match(text) or annex):
            self.section_state = None
            if self.transmittal and (text.startswith("附件") or annex):
                self.own = ()  # the annex a note transmits speaks with another's voice
                self.annex_heading = _ANNEX_HEADING_LINES
            return
        if self.annex_heading:
            # the annex's title lines may name its author alone on a line: 切实推动核裁军名人小组
            self.annex_heading -= 1
            lone = (
                len(spans) == 1
                and spans[0].end == len(text)
                and spans[0].start == _after_list_marker(text)
            )
            if lone and spans[0].cls in ("state", "group", "organization"):
                assert isinstance(spans[0].ref, EntityRef)
                self.own = (spans[0].ref,)
                self.annex_heading = 0
            elif (
                spans
                and spans[0].cls == "state"
                and spans[0].start == _after_date(text, _after_list_marker(text))
                and self._titled_speech(text)
            ):
                # or its title opens with it: 俄罗斯联邦外交部官方发言人就……发表的声明,
                # 2000年5月18日俄罗斯联邦外交部发表的声明
                assert isinstance(spans[0].ref, EntityRef)
                self.own = (spans[0].ref,)
                self.annex_title = (spans[0].ref, sentence)
                self.annex_heading = 0

    # -- resolutions: 大会, / 安全理事会 -----------------------------------------------------------

    def sponsors_for(self, span: Span) -> Span:
        """The organ's name heading a draft, read as its sponsors' own voice."""
        own: EntityRef | JointRef = self.own[0] if len(self.own) == 1 else JointRef(self.own)
        return Span(span.start, span.end, own, "self")

    def _authors(
        self, index: int, sentence: Sentence, spans: list[Span]
    ) -> tuple[tuple[int, EntityRef | None], ...]:
        """Where in the sentence an organ's resolution begins (its ref) or ends (None)."""
        text = sentence.text
        headed = self.lexicon.pattern("heading").search(text)
        if self.draft:
            # 大会, in a draft: the organ has adopted nothing yet; the sponsors speak in it
            self.draft_heads = [
                span
                for span in spans
                if span.cls == "organization"
                and text[span.start : span.end] in self.lexicon.words("heading")
                and self._heading_end(index, sentence, span) is not None
            ]
            return ()
        if self.author is None and headed is None:
            return ()  # most sentences: no resolution in force and none beginning
        changes: list[tuple[int, EntityRef | None]] = []
        if self.author is not None:
            changes.append((0, self.author))
        if len(text) <= 60 and not text.endswith("。") and SECTION_HEADING.match(text):
            changes.append((0, None))
        changes += [(m.start(), None) for m in _RESOLUTION_END.finditer(text)]
        headings = self.lexicon.words("heading") if headed else frozenset()
        for span in spans:
            if span.cls != "organization" or text[span.start : span.end] not in headings:
                continue
            begins = self._heading_end(index, sentence, span)
            if begins is not None:
                assert isinstance(span.ref, EntityRef)
                changes.append((begins, span.ref))
                self.author_quoted = "“" in text[max(0, span.start - 1) : begins]
        changes.sort(key=lambda c: c[0])
        self.author = changes[-1][1] if changes else None
        return tuple(changes)

    def _heading_end(self, index: int, sentence: Sentence, span: Span) -> int | None:
        """Where the paragraphs begin when ``span`` heads a resolution (``大会,“…``), else None."""
        text = sentence.text
        if span.start > 0 and text[span.start - 1] in _HEADING_BEFORE:
            return None  # 提交大会, 向大会: the organ is an object here
        pos = span.end
        comma = text.startswith(",", pos)
        pos += comma
        while pos < len(text) and text[pos] in _QUOTES + " ":
            pos += 1
        rest = text[pos:]
        if not rest:
            nxt = self.ctx.sentences[index + 1].text if index + 1 < len(self.ctx.sentences) else ""
            rest = nxt
        if not opens_paragraph(self.lexicon, rest):
            return None
        if comma or self._alone_on_its_line(sentence, span):
            return pos
        return None

    def _alone_on_its_line(self, sentence: Sentence, span: Span) -> bool:
        raw = self.ctx.source.text
        start, end = self.ctx.norm.raw_span(
            sentence.norm_start + span.start, sentence.norm_start + span.end
        )
        # a heading's line is short: look no further (an endless line is no heading)
        line_start = raw.rfind("\n", max(0, start - _LINE_REACH), start) + 1
        line_end = raw.find("\n", end, end + _LINE_REACH)
        if line_start == 0 and start > _LINE_REACH:
            return False
        line = raw[line_start : line_end if line_end != -1 else len(raw)]
        return bool(line.strip()) and line.strip(" \t\r\u3000,，:：") == raw[start:end].strip()

    # -- 本国, 我们, 集团 ----------------------------------------------------------------------

    def _self_spans(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        voice = self.voice()
        if not voice:
            return []
        own: EntityRef | JointRef = voice[0] if len(voice) == 1 else JointRef(voice)
        return self._self_words(sentence.text, spans, own, 0, len(sentence.text))

    def _reported_self(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``我们`` / ``我国`` in what a named speaker is reported to say, whoever the document's
        voice is: ``伊朗外长扎里夫说,我们都期待一个无核世界`` (Iran's). The speaker is the one
        actor opening the clause of the verb of saying; two actors there (``美俄表示``), or
        none, leave the words to the document's voice."""
        text = sentence.text
        out: list[Span] = []
        said = list(self.lexicon.pattern("reported_speech").finditer(text))
        for i, m in enumerate(said):
            speaker = self._reporting_speaker(text, spans, m.start())
            if speaker is None:
                continue
            end = said[i + 1].start() if i + 1 < len(said) else len(text)
            out += self._self_words(text, [*spans, *out], speaker, m.end(), end)
        return out

    def _reporting_speaker(
        self, text: str, spans: list[Span], verb: int
    ) -> EntityRef | JointRef | None:
        clause = max(text.rfind(p, 0, verb) for p in _REPORT_CLAUSE_PUNCT) + 1
        # (声明称:“我们……”: a joint declaration taken up speaks for its issuers together)
        # (in text order: a person's span for a state is added after the names)
        actors = sorted(_actors_in(spans, clause, verb, joint=True), key=lambda s: s.start)
        if not actors:
            return None
        # 吴海涛在安理会公开会上说: a body in the venue after the speaker's 在 is where they
        # spoke, not who (在会见美国国务卿时说 names a party to the talks, who may share 我们)
        place = text.find("在", actors[0].end, verb)
        if place != -1 and _free(spans, place, place + 1) and _VENUE.match(text, place):
            actors = [a for a in actors if a.start < place]
        lead = text[clause : actors[0].start]
        lead = lead[dateline_end(lead) :].strip()  # 新华社德黑兰5月3日电 伊朗外长说:“我们……”
        # 联合国五常表示: a name right before another only modifies it
        actors = [
            a
            for a, b in zip(actors, [*actors[1:], None], strict=True)
            if b is None or b.start != a.end
        ]
        if lead and lead not in self.lexicon.words("subject_lead") and not _WORDS_OF.search(lead):
            # 在会见美国代表时说: the clause opens with no speaker of its own (but 报道援引他们的
            # 话说: the words are of those cited)
            return None
        refs = tuple(dict.fromkeys(s.ref for s in actors))
        if len(refs) == 1:
            ref = refs[0]
            assert isinstance(ref, EntityRef | JointRef)
            return ref
        # 澳大利亚和新西兰发表联合声明称:“我们……”: the names of one list speak together; two
        # names not so joined (美国代表在会见俄罗斯外长时说) leave the words to the document
        named = tuple(ref for ref in refs if isinstance(ref, EntityRef))
        if len(named) == len(refs) and all(
            self._listed_next(text[a.end : b.start], same=a.ref == b.ref)
            for a, b in pairwise(actors)
        ):
            return JointRef(named)
        return None

    def _listed_next(self, gap: str, *, same: bool) -> bool:
        """Whether ``gap`` joins two names of one list of speakers: a joiner after the offices
        and tails of the first (澳大利亚总理和新西兰总理), or, between a state and a person
        speaking for it, the office alone (俄罗斯外长拉夫罗夫)."""
        tails = self.lexicon.derived(
            "speaker tails",
            lambda: re.compile(
                "(?:" + alternation(list(self.lexicon.words("title", "subject_tail"))) + ")*"
            ),
        )
        rest = gap[tails.match(gap).end() :]  # type: ignore[union-attr]
        return not rest if same else bool(_LISTED_NEXT.fullmatch(rest))

    def _self_words(
        self, text: str, spans: list[Span], own: EntityRef | JointRef, start: int, end: int
    ) -> list[Span]:
        """The words of ``text[start:end]`` that name ``own`` as its own voice (本国, 我们)."""
        if own.cls == "state":
            # (我: whoever delivers a state's speech, its minister or envoy, speaks for it)
            allowed = {"state", "any", "person"}
        elif own == SECRETARY_GENERAL:
            allowed = {"person"}  # the Secretary-General is 我, never 我们 (the membership)
        else:
            allowed = {"group", "group_opening", "any"}
        if isinstance(own, JointRef):
            allowed = allowed | {"joint"}  # 双方, 两国: the states of a joint statement
        # (a group's statement delivered by a state: 我国 and 我 are the state that delivers it)
        deliverer = self.delivered_by if own.cls in ("group", "organization") else None
        out = []
        for m in self.lexicon.pattern("self").finditer(text, start, end):
            word = m.group()
            kind = self.lexicon.value("self", word)
            if (
                deliverer is not None
                and kind in ("state", "person")
                and _free(spans, m.start(), m.end())
            ):
                if len(word) > 1 or _is_word(text, m.start(), m.end()):
                    out.append(Span(m.start(), m.end(), deliverer, "self"))
                continue
            if kind not in allowed or not _free(spans, m.start(), m.end()):
                continue
            if kind == "group_opening" and not opens_clause(self.lexicon, text, m.start()):
                continue  # 任何国家集团, 社会运动: not the group itself
            if len(word) == 1 and not _is_word(text, m.start(), m.end()):
                continue  # 自我克制, 我们: not the speaker
            out.append(Span(m.start(), m.end(), own, "self"))
        return out

    # -- persons: 美国总统拜登表示……。他还说…… -------------------------------------------------

    def _person_spans(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """Names of persons introduced with an office, and 他 / 她 after them."""
        text = sentence.text
        out: list[Span] = []
        if self.persons:
            if self._names is None:  # the longest name first: 安东尼奥·古特雷斯 over 古特雷斯
                self._names = re.compile(alternation(list(self.persons)))
            for m in self._names.finditer(text):
                if _free(spans, m.start(), m.end()):
                    out.append(Span(m.start(), m.end(), self.persons[m.group()], "person"))
        named = [(s.end, s.ref) for s in out]
        # an office named after its state, with no name (这位日本外相说): whom 他 is next
        # (most sentences name no office: no call)
        officers = (
            self._officers(text, spans) if spans and self.lexicon.may_occur("title", text) else []
        )
        if "(" in text[:_REPORTED_TURN_BRACKET] and (m := _REPORTED_TURN.match(text)):
            # a summary record's turn, told in the third person: 12. 伍德先生(美国)说,……。他的
            # 代表团……: whom 他 is until another is named
            officers += [
                (s.end, s.ref)
                for s in spans
                if s.start == m.start("state") and s.cls == "state" and isinstance(s.ref, EntityRef)
            ]
        last = self.last_person
        recent = last[0] if last is not None and self._index - last[1] <= _PERSON_REACH else None
        if (recent or officers or out) and self.lexicon.may_occur("pronoun", text):
            for m in self.lexicon.pattern("pronoun").finditer(text):
                if not _free([*spans, *out], m.start(), m.end()) or not _is_word(
                    text, m.start(), m.end()
                ):
                    continue
                before = [(s.end, s.ref) for s in out if s.end <= m.start()]
                before += [(end, ref) for end, ref in officers if end <= m.start()]
                # 他的代表团, 她的国家: the person's own state, which holds what it says
                own = _OWN_STATE.match(text, m.end())
                end = own.end() if own else m.end()
                if before:
                    out.append(Span(m.start(), end, max(before, key=lambda t: t[0])[1], "person"))
                elif recent is not None:
                    out.append(Span(m.start(), end, recent, "person"))
        # a name or an office renews whom 他 is; 他 itself does not, so that a chain of them
        # ends within the reach, unless it opens what that person says (他说:“……”。他指出:
        # “……”: a report that follows one speaker's words goes on being about him)
        named += officers
        if recent is not None and not named:
            saying = self.lexicon.pattern("reporting")
            if any(
                s.kind == "person" and s.ref == recent and saying.match(text, s.end) for s in out
            ):
                named = [(0, recent)]
        if named and isinstance(nearest := max(named, key=lambda t: t[0])[1], EntityRef):
            self.last_person = (nearest, self._index)
        return sorted(out) if len(out) > 1 else out

    def _officers(self, text: str, spans: list[Span]) -> list[tuple[int, EntityRef]]:
        """States and bodies named right before an office and what it says (``这位日本外相说``,
        ``美国总统表示``): the person holding it speaks for them, named or not; not one of a
        list (``日本、美国、中国代表的发言``) nor whom something is told (``向裁谈会主席所作``).
        Asked only of a sentence with spans and a title's last character."""
        out: list[tuple[int, EntityRef]] = []
        for m in self.lexicon.pattern("office_says").finditer(text):
            span = next((s for s in spans if s.end == m.start()), None)
            if (
                span is not None
                and isinstance(span.ref, EntityRef)
                and span.ref.cls in ("state", "organization")
                and text[span.start - 1 : span.start] not in ("、", "和", "与", "及")
            ):
                out.append((m.end("title"), span.ref))
        return out

    def _track_quotation(self, sentence: Sentence, spans: list[Span]) -> None:
        """A quotation opened after its speaker (``古特雷斯说:“……``) and not closed in the
        sentence goes on in the next ones, in that speaker's words."""
        text = sentence.text
        if "“" not in text and "”" not in text:
            return  # most sentences quote no one
        if self.quoted:
            if text.count("”") > text.count("“"):
                self.quoted = ()
            return
        m = _QUOTATION_OPENS.search(text)
        if m is None or text.count("“") <= text.count("”"):
            return
        # the subject of the verb of saying speaks, a list of them together (德国、法国和英国
        # 发表联合声明称:“……); else the one named last: a joint one (声明称:“……) as each of
        # its issuers
        speaker = self._reporting_speaker(text, spans, m.start())
        speakers = _actors_in(spans, 0, m.start(), joint=True)
        if speaker is None and speakers:
            speaker = max(speakers, key=lambda s: s.start).ref  # type: ignore[assignment]
        if speaker is not None:
            self.quoted = _each(speaker)

    def _track_turns(self, sentence: Sentence, spans: list[Span]) -> None:
        """In a meeting record, who holds the floor: ``斯特罗门先生(挪威):……`` until the next."""
        text = sentence.text
        # (a turn's bracket stands within its first characters, and a chair's turn opens with
        # one of three: most sentences are neither, and need no regex)
        turn = _TURN.match(text) if "(" in text[:_TURN_BRACKET] else None
        whole = False  # whether the state's name must be all that stands before 代表
        if turn is None and self.record and "代表" in text[:_TURN_BRACKET]:
            # (only in a record: a news headline 中国代表:…… gives no one the floor)
            turn, whole = DELEGATE_TURN.match(text), True
        if turn is not None:
            state = next(
                (
                    s
                    for s in spans
                    if s.start == turn.start("state")
                    and s.cls == "state"
                    and (not whole or s.end == turn.end("state"))
                ),
                None,
            )
            if whole and state is None:
                return  # 会议代表:, 该国代表: no state's turn
            self.turn = (
                state.ref if state is not None and isinstance(state.ref, EntityRef) else None
            )
        elif text[:1] in _CHAIR_TURN_FIRST and _CHAIR_TURN.match(text):
            self.turn = None

    # -- 中方 ------------------------------------------------------------------------------

    def _side_spans(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        text = sentence.text
        if not self.lexicon.may_occur("side", text):
            return out
        for m in self.lexicon.pattern("side").finditer(text):
            if not _free(spans, m.start(), m.end()):
                continue
            if not _is_word(text, m.start(), m.end()):
                continue  # 集中方式: not 中方
            value = self.lexicon.value("side", m.group())
            assert value is not None
            out.append(Span(m.start(), m.end(), EntityRef("state", value), "self"))
        return out + self._initial_sides(sentence, [*spans, *out])

    def _initial_sides(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``哈方``, ``巴方``: the state named last, in this sentence or before, whose name as the
        text wrote it starts with the character before ``方`` (``哈萨克斯坦总统表示,哈方……``).
        Words of direction or manner (``西方``, ``比方``) are kinds of their own."""
        text = sentence.text
        if "方" not in text:
            return []
        out: list[Span] = []
        blocked = self.lexicon.words("not_side")
        for m in _INITIAL_SIDE.finditer(text):
            if m.group() in blocked or not _free(spans, m.start(), m.end()):
                continue
            named = [
                s.ref
                for s in spans
                if s.end <= m.start()
                and isinstance(s.ref, EntityRef)
                and s.ref.cls == "state"
                and text.startswith(m.group("initial"), s.start)
                and s.kind == "mention"
            ]
            ref = named[-1] if named else self.initials.get(m.group("initial"))
            if ref is not None and _is_word(text, m.start(), m.end()):
                out.append(Span(m.start(), m.end(), ref, "self"))
        return out

    def _this_state(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """``该国`` (this state): the state named last before it in its sentence, else in the
        sentence before (韩国总统府发表声明说,该国支持……); not 该国际 (this international ...)."""
        text = sentence.text
        out = []
        for m in _THIS_STATE.finditer(text):
            if not _free(spans, m.start(), m.end()):
                continue
            before = [
                s
                for s in spans
                if s.end <= m.start() and isinstance(s.ref, EntityRef) and s.ref.cls == "state"
            ]
            if before:
                ref = max(before, key=lambda s: s.start).ref
            elif self.last_state is not None and self._index - self.last_state_at == 1:
                ref = self.last_state
            else:
                continue
            assert isinstance(ref, EntityRef)
            out.append(Span(m.start(), m.end(), ref, "anaphor"))
        return out

    # -- 该条约, 该决议 ------------------------------------------------------------------------

    def _anaphors(self, sentence: Sentence, spans: list[Span]) -> list[Span]:
        """The anaphors of a sentence that may hold one (a treaty's noun, or what
        _OTHER_ANAPHOR finds: :meth:`frame` asks first)."""
        out: list[Span] = []
        text = sentence.text
        here_named = [
            (sentence.norm_start + s.end, text[s.start : s.end], s.ref)
            for s in spans
            if s.kind == "mention" and isinstance(s.ref, EntityRef)
        ]
        for m in _treaty_anaphors(text):
            if not _free(spans, m.start(), m.end()):
                continue
            word = m.group("a") or m.group("b") or m.group("c") or m.group("d")
            if m.group("c") and _names_another(text, m.start("c")):
                continue  # 朝美互不侵犯条约: the end of another treaty's name
            here = sentence.norm_start + m.start()
            named = [
                t for t in [*self._named_since(here - _ANAPHOR_REACH), *here_named] if t[0] <= here
            ]
            # 《条约》 takes the last treaty whose name ends in 条约, 《公约》 the last 公约
            ends = _TREATY_NAME_ENDS[word]
            # an agreement is a commoner noun than a treaty (贸易协议): it takes up only one
            # named in its own sentence or the one before
            reach = here - _ANAPHOR_REACH if word in _TREATY_WORDS else self._previous_start()
            named = [
                t
                for t in named
                if t[2].cls == "treaty" and t[0] >= reach and t[1].rstrip("》”").endswith(ends)
            ]
            if named and m.group("c") and all(t[0] < sentence.norm_start for t in named):
                # a bare 条约 in a sentence that names none is "the Treaty" the text keeps
                # naming (条约三大支柱 after a paragraph on the INF in an NPT text), not merely
                # the one named last
                counts = Counter(t[2] for t in named)
                most = max(counts.values())
                ref = next(t[2] for t in reversed(named) if counts[t[2]] == most)
                out.append(Span(m.start(), m.end(), ref, "anaphor"))
            elif named:
                out.append(Span(m.start(), m.end(), self._salient(named), "anaphor"))
        reach = self._near_start(sentence)
        for m in _OTHER_ANAPHOR.finditer(text):
            if not _free([*spans, *out], m.start(), m.end()):
                continue
            here = sentence.norm_start + m.start()
            cls = m.lastgroup
            noun = m.group(cls or "")
            named = [
                t
                for t in [*self._named_since(reach), *here_named]
                if reach <= t[0] <= here
                # (a document its sentence calls a resolution is one: 一项决议(GOV/2025/38))
                and (
                    t[2].cls == cls
                    or (cls == "resolution" and t[2].cls == "document")
                    or (cls == "bloc" and t[2].cls in ("group", "organization"))
                )
                and self._called(t, t[2].cls, noun)
            ]
            if named:
                out.append(Span(m.start(), m.end(), max(named, key=lambda t: t[0])[2], "anaphor"))
        if "其" in text:
            out += self._its_instrument(text, [*spans, *out])
        return out

    @staticmethod
    def _its_instrument(text: str, spans: list[Span]) -> list[Span]:
        """``其`` taking up the treaty or resolution named last before it in its sentence
        (``已批准《条约》,并支持其早日生效``), over any actor named between them."""
        out: list[Span] = []
        for m in _ITS_INSTRUMENT.finditer(text):
            # (an actor between them is no competitor: what follows 其 is only an instrument's)
            before = [
                s
                for s in spans
                if m.start() - _ITS_REACH <= s.start
                and s.end <= m.start()
                and isinstance(s.ref, EntityRef)
                and s.ref.cls in ("treaty", "resolution")
            ]
            if before:
                out.append(
                    Span(m.start(), m.end(), max(before, key=lambda s: s.end).ref, "anaphor")
                )
        return out

    def _salient(self, named: list[tuple[int, str, EntityRef]]) -> EntityRef:
        """The treaty an anaphor names: the last one named, unless it was only an object in a
        sentence whose clause opened with another (``《禁止核武器条约》……与《不扩散核武器条约》有
        冲突。该条约……`` is the first: what the sentence was about)."""
        end, _surface, last = max(named, key=lambda t: t[0])
        if self.topic_treaties is not None:
            start, stop, subjects = self.topic_treaties
            if start <= end <= stop and last not in subjects:
                # (named holds only the treaties whose noun the anaphor's is: 条约, 公约)
                fitting = [r for e, _n, r in named if r in subjects and start <= e <= stop]
                if fitting:
                    return fitting[-1]
        return last

    def _named_since(self, pos: int) -> list[tuple[int, str, EntityRef]]:
        """What earlier sentences named, ending at ``pos`` or later (``named`` is in text order,
        so a long document's anaphors do not rescan every name before them)."""
        lo = bisect.bisect_left(self.named, pos, key=lambda t: t[0])
        return self.named[lo:]

    def _previous_start(self) -> int:
        """The start of the sentence before the one read."""
        index = self._index
        return self.ctx.sentences[index - 1].norm_start if index > 0 else 0

    def _near_start(self, sentence: Sentence) -> int:
        """The start of the sentence before, or of the paragraph if that is earlier."""
        previous = self._previous_start()
        # the paragraph's start, looked for no further than the reach of an anaphor: a
        # document on one endless line must not be scanned back for each of them
        lo = max(0, sentence.norm_start - _ANAPHOR_REACH)
        paragraph = self.ctx.norm.text.rfind("\n", lo, sentence.norm_start) + 1
        return min(paragraph or lo, previous)

    def _called(self, named: tuple[int, str, EntityRef], cls: str | None, noun: str) -> bool:
        """Whether the thing named is called ``noun``: a resolution is a 决议, a committee a
        委员会; a document by its symbol only if its sentence calls it so (一份决定草案……(CD/WP.655))."""
        end, surface, _ref = named
        if cls == "document":
            text = self.ctx.norm.text
            lo = max(0, end - _LINE_REACH)
            start = max(max(text.rfind(ch, lo, end) for ch in "。\n") + 1, lo)
            return noun in text[start:end]
        return surface.endswith(noun)


_LOOSE_LIST = 3  # how many states a sentence with 、 names for them to be a list of its items
# what may join two names of a list: a separator, after a name's tail (日本國、, 中国政府和)
_JOINERS = "、以及|以及|、|和|及|与|暨"
_LIST_JOINT = re.compile(rf"(?:国|國|政府|代表团)?(?:,以及|,|{_JOINERS})?")
# what joins two names of one list of speakers in a clause (美国和俄罗斯, 澳大利亚总理和新西兰总理):
# no comma, which ends the clause of the verb of saying
_LISTED_NEXT = re.compile(_JOINERS)


def _longest_list(text: str, states: list[tuple[int, int, EntityRef]]) -> tuple[EntityRef, ...]:
    """The distinct states of the longest run of state names joined by list separators, or
    written together (美日韩): those a later 三国 may count (朝鲜……与南韩 is no such list)."""
    best: list[EntityRef] = []
    run: list[EntityRef] = []
    end = -1
    for start, stop, ref in states:
        if run and _LIST_JOINT.fullmatch(text, end, start):
            run.append(ref)
        else:
            run = [ref]
        end = stop
        if len(dict.fromkeys(run)) > len(dict.fromkeys(best)):
            best = list(run)
    return tuple(dict.fromkeys(best))


def opens_clause(lexicon: CueLexicon, text: str, pos: int) -> bool:
    """Whether only a list marker, or one lead word (但, 此外), stands before ``pos`` in its
    clause, after any opening quotation mark (``集团还认为``, ``认识到……`` opening a paragraph)."""
    start = max(text.rfind(ch, 0, pos) for ch in ",;:。") + 1
    lead = LIST_MARKER.match(text, start, pos)
    # (a quotation opens a clause too: 声明还说:“他们……)
    before = text[lead.end() if lead else start : pos].lstrip('“"')
    return before == "" or before in lexicon.words("subject_lead")


def opens_paragraph(lexicon: CueLexicon, text: str, pos: int = 0) -> bool:
    """Whether a resolution's paragraph begins at ``pos``: ``“1. 又回顾……``."""
    while pos < len(text) and text[pos] in _QUOTES + " ":
        pos += 1
    lead = LIST_MARKER.match(text, pos)
    if lead is not None:
        pos = lead.end()
    while pos < len(text) and text[pos] in _QUOTES + " ":
        pos += 1
    if lexicon.pattern("paragraph_opener").match(text, pos):
        return True
    # 对南亚核军备竞赛的危险深表关切,: the paragraph fronts what its verb is on
    return text.startswith("对", pos) and bool(_fronted_paragraph(lexicon).match(text, pos))


def _fronted_paragraph(lexicon: CueLexicon) -> re.Pattern[str]:
    opener = lexicon.pattern("paragraph_opener").pattern
    return lexicon.derived(
        "fronted_paragraph",
        lambda: re.compile(rf"对[^,;:。“”]{{1,60}}?(?:{opener})(?=[^,;:。]{{0,4}}(?:[,;:。]|$))"),
    )


def _after_date(text: str, pos: int) -> int:
    """Past a date that opens a title at ``pos`` (``2000年5月18日俄罗斯联邦外交部……``)."""
    date = DATE.match(text, pos)
    return date.end() if date is not None else pos


def _after_list_marker(text: str) -> int:
    """Where a line's text begins after its paragraph number (``15.``, ``(a)``), if any: only
    asked where a heading may open a reply, so most short sentences need no LIST_MARKER."""
    lead = LIST_MARKER.match(text)
    return lead.end() if lead else 0


def _names_another(text: str, pos: int) -> bool:
    """Whether the words right before a bare 条约 make it another treaty's name: a noun, an
    idiom or an adjective (互不侵犯条约, 和平条约, 友好条约), where a verb or a preposition
    before it leaves 条约 the treaty named last (履行条约义务, 加入条约, 对条约的承诺)."""
    words = segment(text[max(0, pos - 6) : pos])
    if not words:
        return False
    tag = word_tags().get(words[-1], "")
    return tag.startswith(("n", "i", "l", "a")) and not tag.startswith("nr")


def _states_before(spans: list[Span], pos: int) -> tuple[EntityRef, ...]:
    """The states named before ``pos``, each once, in text order (a list's items)."""
    return tuple(
        dict.fromkeys(
            s.ref
            for s in spans
            if s.end <= pos and s.cls == "state" and isinstance(s.ref, EntityRef)
        )
    )


def _adopting_body(text: str, spans: list[Span]) -> EntityRef | None:
    """The body ``text`` says adopted a resolution (``联合国安理会……一致通过了……决议案``), the last
    it says so of: the organization named last before ``通过`` in its clause, or in the nearest
    clause before it that names an actor (``……委员会今天以54票赞成、4票反对的表决结果,通过了……
    决议``)."""
    if "通过" not in text:
        return None
    found = None
    for m in _ADOPTS.finditer(text):
        end, actors = m.start(), []
        while end > 0:
            clause = max(text.rfind(p, 0, end) for p in ",;。") + 1
            actors = _actors_in(spans, clause, end)
            if actors or text[clause - 1 : clause] in ";。":
                break
            end = clause - 1
        # (在纽约联合国总部开幕后一致通过决议: the place is no adopter)
        bodies = [
            s
            for s in actors
            if s.cls == "organization" and not text.startswith(_PLACE_NOUNS, s.end)
        ]
        if bodies:
            ref = bodies[-1].ref
            assert isinstance(ref, EntityRef)
            found = ref
    return found


def _each(ref: EntityRef | JointRef) -> tuple[EntityRef, ...]:
    """The actors a speaker is: each of a joint one's, or the one."""
    return ref.refs if isinstance(ref, JointRef) else (ref,)


def _states_opening(text: str, spans: list[Span], pos: int) -> tuple[EntityRef, ...]:
    """The states whose names run from ``pos`` with nothing but list words between (``美俄``,
    ``中国和俄罗斯``): the states a title opens with."""
    after = [s for s in spans if s.start >= pos]
    run = after[: separated_run(text, [(s.start, s.end) for s in after], pos)]
    found = []
    for s in run:
        if not (isinstance(s.ref, EntityRef) and s.ref.cls == "state"):
            break
        found.append(s.ref)
    return tuple(dict.fromkeys(found))


def _actors_in(spans: list[Span], start: int, end: int, *, joint: bool = False) -> list[Span]:
    """The spans of states, bodies and groups (or persons for them) from ``start`` to ``end``;
    with ``joint``, a joint speaker's too (a declaration several issued, taken up: 声明称)."""
    kinds = (EntityRef, JointRef) if joint else EntityRef
    return [
        s
        for s in spans
        if start <= s.start and s.end <= end and isinstance(s.ref, kinds) and s.ref.cls in ACTORS
    ]


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: its first ,;:。 or the text's end."""
    ends = [i for i in (text.find(p, pos) for p in ",;:。") if i != -1]
    return min(ends, default=len(text))


def _free(spans: list[Span], a: int, b: int) -> bool:
    return all(b <= s.start or a >= s.end for s in spans)
