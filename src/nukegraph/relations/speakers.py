"""Who speaks: the document's author by the kind of text it is, and the persons it names.

The author (the *voice*) is read from the heading lines, wherever they stand among a web
page's navigation, dates and places:

- a statement or speech: a title naming the state, its delegation or its ambassador
  (``中国裁军大使傅聪在裁谈会……的发言``), with the state found in the title, in the opening
  (``我谨代表中国代表团``) or in the words the text uses for itself (``中国代表团``, ``中方``);
- an official's byline, a name and an office alone on a heading line (``迈克尔∙R∙蓬佩奥国务卿``):
  the state the line names or the office belongs to;
- a spokesperson's press conference (``外交部发言人……主持例行记者会``, then ``问:`` and the
  answers): the state the questions ask (``中方对此有何评论?``); the questions are no one's;
- a statement a report gives in full after its lead (``……发言人18日发表了谈话。全文如下:``);
- a joint statement (``……联合声明``): every state its title or opening names;
- a working paper (``X提交的工作文件``, however long X's name);
- the Secretary-General's report, message, statement or letter;
- a presidential statement of the Security Council;
- a meeting record or a news report has no single author (``None``).

Persons are tied to what they speak for where the text introduces them with their office:
``中国常驻联合国代表张军``, ``联合国秘书长古特雷斯``, ``斯特罗门先生(挪威)``; later mentions of the name,
and ``他`` / ``她`` after it, stand for that state or body.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..normalize import normalize_name, remove_pinyin_glosses, to_simplified
from ..records import EntityRef, Sentence
from .document import DocumentContext, sentence_refs, top_lines
from .lexicon import CueLexicon, alternation, load_cues, segment, word_tags
from .sink import ACTORS
from .text import DATE, LIST_MARKER, SEPARATOR, separated_run

SECRETARY_GENERAL = EntityRef("organization", "UNSG")
SECURITY_COUNCIL = EntityRef("organization", "UNSC")
_HEADING_LINES = 12  # how far into a document its title may stand
_LINE_MAX = 400  # a heading line is short
_TITLE_MAX = 120
# site navigation, bylines, dates and places around a title (a breadcrumb's >, not the end of
# an HTML tag a copied title kept: 中国、法国……外长<br>关于……的联合声明)
_NAVIGATION = re.compile(
    r"首页|当前位置|您的位置|(?<![A-Za-z/\"'])>|›|»|分享到|来源[:：]|责任编辑|字号|打印|关闭窗口"
)
_DATELINE = re.compile(r"^[\s\d年月日/.:\-—,，()（）星期周一二三四五六日上下午时分]*$")
# the Secretary-General's own text: 秘书长的报告, 秘书长关于……的报告, 秘书长在……上的致辞, 秘书长致……的信
_SG_TITLE = re.compile(
    # (his name may come first, the office in brackets: 安东尼奥·古特雷斯(联合国秘书长)……致辞)
    r"(?:[\u4e00-\u9fff·•]{2,16}\()?(?:联合国)?秘书长\)?"
    r"(?:[^,。;:]{0,6}?)?(?:关于[^,。;:]{1,60}?|在[^,。;:]{1,60}?上?|致[^,。;:]{1,60}?"
    r"|[^,。;:]{1,40}?之际)?"
    r"的?(?P<noun>年度报告|报告|致辞|视频致辞|书面致辞|讲话|贺词|信|声明|发言|文告|致函)"
)
# the nouns of the Secretary-General's texts that he writes, not speaks in
_SG_WRITTEN = frozenset({"年度报告", "报告", "信", "致函"})
# what authors say before the text they declare: 声明如下, 发表联合宣言如下, 通报以下
_DECLARING = r"(?:声明|宣布|宣告|通报|宣言|公报)(?:如下|以下)"
# an opening sentence in which the states it names speak: as 我们, or declaring what follows
# (not a report's 美国宣布……, which tells what one of them did)
_OPENING_VOICE = re.compile(rf"我们|{_DECLARING}|(?:如下|以下)(?:声明|宣言|联合声明|联合宣言)")
# a joint statement's title ends with its noun (not 《共同声明》 cited in a sentence)
# a note in brackets after a title says how much of the text follows: 联合声明(节选)
_EXCERPT = (
    r"(?:\((?:节选|摘要|摘录|全文|要点|概要|译文|非官方译文|中文译本)\)|全文|节选|摘要|摘录)?"
)
# a headline's verb before the statement's noun (……发表联合声明, as ISSUED reads it): a report
# that it was issued, not its title (……发表的联合声明 is: the one they issued); unless the
# headline says the text follows in full (……发表联合声明(全文))
_IN_FULL = re.compile(r"全文|原文")
# a title's count of the parties before what they issued (三方……新闻声明, 两国联合新闻公报)
_PARTIES_TITLE = re.compile(
    r"(?:[两二三四五六七八九]|多)(?:方|国|边)[^。,;:]{0,24}?(?P<noun>声明|公报|宣言)$"
)
# a group's own declaration, titled by who met: 金砖国家领导人第十五次会晤约翰内斯堡宣言,
# 上海合作组织成员国元首宣言, 七国集团外长会议公报
_SUMMIT_TITLE = re.compile(
    r"(?:成员国|各国)?(?:国家)?(?:领导人|元首|首脑|政府首脑|外长|外交部长|部长)"
    r"[^,。;:《》]{0,24}?(?P<noun>宣言|公报|声明)[\s\d年月日/.\-()]*" + _EXCERPT + "$"
)
# a draft resolution's heading after its sponsors: 奥地利、巴西和南非:决议草案
_DRAFT_LINE = re.compile(r":\s*(?:订正)?(?:决议|决定)草案(?:\s*\(?\d*\)?)?$")
_SG_LINE_MAX = 40  # a longer line that opens with the title is a sentence
_SUMMIT_NAME_MAX = 12  # the leaders or ministers follow the group's name
_ON_BEHALF = re.compile(r"(?:代表|以)$")
_PRESIDENTIAL = re.compile(r"安全理事会主席(?:的)?声明|主席声明")
_CHAIRED_MEETING = re.compile(r"(?:会谈|会议|会晤|磋商|峰会|论坛|大会|对话)$")
_WORKING_PAPER = re.compile(
    r"(?P<names>.+?)(?:共同|联合)?(?:提交|提出)的(?:工作文件|文件|立场文件)\**(?:\d{1,3}\.?)?"
    r"(?:\([一二三四五六七八九十\d]{1,3}\))?"  # 工作文件(二): the second of a series
)
_OWN_PAPER = re.compile(
    r"(?P<names>.+?)关于.{1,60}?的(?:工作文件|立场文件|建议)\**(?:\d{1,3}\.?)?"
    r"(?:\([一二三四五六七八九十\d]{1,3}\))?"
)
# the speaker's own words: 我首先代表中国代表团, 我谨代表中国政府
_FIRST_PERSON = re.compile(r"我(?:首先|谨|愿|现在|也|仅|很?荣幸地|非常荣幸地)?(?:谨)?代表$")
# who speaks for a state in a title that names no office holder (中国代表团……的发言, 外交部声明)
_DELEGATION = re.compile(r"(?:代表团|政府|外交部|外务省|外交与联邦事务部)")
# 我谨代表中国政府, 我荣幸地代表伊朗国家, 我代表中国外交部: its delegation, or the state
_SPEAKS_FOR = re.compile(rf"{_DELEGATION.pattern}|国家")
_VERBATIM = re.compile(r"\(以[^()]{1,6}语发言\)")  # a meeting record: (以英语发言)
_NEWS = re.compile(r"新华社|新华网|中新社|记者|电讯|日电\b|综合电|报道|来源")
# single characters that end a name after an office: 张军在……, 岸田文雄等人, 普汀则……
_NAME_STOP = frozenset("兼所在于对向同和与及等则也还又并说称将已均都亦就是的了从以为把被当今日月年")
_NAME_MAX = 10
# how far into a document its speaker's 我代表X may stand (a report's lead may come first)
_OPENING_SENTENCES = 8
# a speech's salutation (尊敬的主席先生, 女士们、先生们): a title over it is the speech's own,
# even when it reads as a report (……在安理会会议上发表讲话); a first person after it speaks
_SALUTATION = re.compile(
    r"(?:尊敬的)?(?:主席|议长|会长)(?:先生|女士|阁下)|尊敬的主席|女士们、先生们"
)
_NOT_FIRST = ("r", "c", "u", "d")  # jieba's tags of words no name starts with
# a speaker's turn in a record: 斯特罗门先生(挪威): / 胡小笛大使(中国): / X先生(波兰)(以英语发言):
_TURN = re.compile(
    # a name in Chinese characters, or in Latin letters (never both: a sentence in English
    # before the turn is no part of the name)
    r"(?P<name>[\u4e00-\u9fff·•\-]{2,20}?|[A-Za-z][A-Za-z\-. ]{1,19}?)"
    r"(?:先生|女士|大使|阁下)\((?P<state>[^()]{2,20})\)"
    r"(?:\(以[^()]{1,8}?发言\))?[:：]"  # the language spoken, as verbatim records note it
)
# a headline whose verb issues the noun (发布……声明), where a title has 发表的讲话 (发布会 is a press
# conference: ……的新闻发布会发言 is the remarks' own title)
_REPORTED_TITLE = re.compile(r"(?:发布(?!会)|发表|宣读|签署|通过)(?![^的]*的)[^的]{0,30}$")
# an official statement's title: ……就朝鲜核试验发表谈话, 外务大臣关于朝鲜核问题的谈话
_ON_TOPIC = re.compile(r"就[^,;:。]{2,40}?(?:发表|发布)|关于[^,;:。]{2,60}?的(?=谈话|评论)")
# a headline's second clause after such a title: ……就“朝鲜氢弹”发表声明,国际社会必将全力回应
_HEADLINE_CLAUSE = re.compile(r"[,，:：][^。,，:：]{2,30}$")
_ITS_DELEGATION = re.compile(r"(?:(?:常驻|驻)[^,;:。“”]{0,10}?)?代表团")
# what may follow a title's noun: a date, and a place after a comma (……的讲话(2018年1月18日,
# 纽约), ……发表讲话, 纽约,2018年1月18日; not a caption's note: ……讲话 (资料照片))
_TITLE_TAIL = re.compile(
    # (……讲话(关于联合国安理会通过……决议): a subtitle saying what it is about, in brackets)
    r"(?:[\s\d年月日/.:\-—()（）,，]|(?<=[,，])\s*[\u4e00-\u9fff]{2,5}(?=[,，)）\s]|$)"
    r"|\((?:关于|有关|就)[^()]{2,60}\))*" + _EXCERPT + r"\s*$"
)
_SALUTATION_LINES = 4  # lines after the title in which the salutation may stand
_TURN_HINT = re.compile(r"(?:先生|女士|大使|阁下)\(")
# a summary record's turn names the delegation alone at a line's start (伊朗伊斯兰共和国代表:,
# 荷兰代表(以英语发言):); context.py reads it at a sentence's start
DELEGATE_TURN = re.compile(r"(?P<state>[^:,;。()\n]{2,20}?)代表团?(?:\(以[^()]{1,8}?发言\))?:")
_DELEGATE_HINT = re.compile(r"代表团?(?:\(以[^()]{1,8}?发言\))?:")
_OFFICE_REACH = re.compile(r"[^,;:。“”《》()]{0,30}")
# a headline or a post's topic tag in black brackets, opening a line (【环球网综合报道】, 【#话题#】)
BRACKETED_HEAD = r"【[^】\n]{1,80}】"
# a question put at a press conference: 问:, 记者:, after a bracketed headline a site repeats
# (【……】问:); context.py reads it at a paragraph's start, here at a raw line's
QUESTION_OPENING = (
    # (有记者提问: in a report; 《中国日报》记者, 法新社记者: the outlet named before 记者; a
    # report's 塔斯社记者提问, with a comma)
    r"(?:"
    + BRACKETED_HEAD
    + r")?(?:(?:有?记者提?问|问|(?:《[^》\n]{1,12}》|[\u4e00-\u9fff]{1,8})?记者|提问)[:：]"
    r"|[\u4e00-\u9fff]{1,8}记者提问[,，])"
)
_QUESTION = re.compile(rf"(?m)^[ \t\u3000]*{QUESTION_OPENING}")
_ASKED_VIEW = re.compile(
    r"(?P<side>[\u4e00-\u9fff]方)(?:对此|对这|就此|对)?[^,;:。?]{0,16}?(?:有何|作何|怎么|如何)"
    r"(?:看法|评论|评价|回应|表态|看待|评价|考虑)"
)
_POSTED_AT = re.compile(r"^常?驻[\u4e00-\u9fff]{1,12}$")
_HONORIFIC = re.compile(r"(?:阁下|先生|女士)$")
_QUESTION_MARKS = ("问:", "问：", "者:", "者：", "者提问", "记者问")
# a report of a press conference tells a question inside its lines (当日例行记者会上,有记者问:……;
# ……主持例行记者会。有记者问,……)
_REPORTED_QUESTION = re.compile(r"(?:^|[。,，])[ \t\u3000]*有记者(?:提)?问[:：,，]", re.M)
# a report that an actor issued a text (发表了谈话, 发布联合文件《……》), and the words that then
# give it (全文如下:, 主要内容如下:); context.py reads them in a report's body, here in its lead
ISSUED = r"(?:(?:发表|发布)了?(?:一份|一项|一篇)?(?:联合|共同|署名)?(?:谈话|声明|讲话|公报|文章|文件|宣言|《)|撰文)"
_ISSUED = re.compile(ISSUED)
# ……就朝鲜半岛问题声明如下: what follows is the words of the clause's subject
_DECLARES_BELOW = re.compile(rf"{_DECLARING}[:：]")
_DECLARED_AFTER = re.compile(r"(?:声明|宣布|宣告|议定|商定|达成协议)如下[:：。]?$")
GIVEN_BELOW = r"(?:全文|主要内容|内容|要点|摘要|原文)(?:编译|翻译|摘编|摘译)?如下[:：]"
PLACE_BEFORE = frozenset("在于赴到")  # a state named after these is a place (在日本广岛)
_ISSUED_IN_FULL = re.compile(rf"{ISSUED}[^。]{{0,80}}?。?{GIVEN_BELOW}")
# 发布傅聪大使在……会上的发言,全文如下: a speech published in full, whose speaker the phrase names
_SPEECH_IN_FULL = re.compile(
    rf"(?:发表|发布|刊登|刊发)了?(?P<who>[^,;:。]{{1,40}}?的)(?:发言|讲话|致辞|演讲)"
    rf"[^。]{{0,20}}?。?{GIVEN_BELOW}"
)
_LEAD_SENTENCES = 5  # how far a report's lead may stand (after a site's lines: 无障碍链接, a date)
_BYLINE_MAX = 24
# an English gloss in brackets after a heading line's Chinese, of two words or more
_ENGLISH_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z.,'’&\-]*(?:\s+[A-Za-z.,'’&\-]+)+\s*[)）]")
# a line that is a paragraph of the text: a sentence of clauses, ended
_PARAGRAPH = re.compile(r"^[^“”\n]{12,},[^“”\n]*。$")
# a lead's last words before the text it gives in full
_ANNOUNCES = re.compile(r"(?:如下|全文|原文)[:：]?$")
# a release's bare title, which names no one: its issuer stands on a line beside it
_RELEASE_TITLE = re.compile(r"(?:新闻)?公报|新闻稿|新闻公告|声明|通报")
_BYLINE_STOP = re.compile(r"[,，。:：;；!?“”《》]|\d")  # a byline is no sentence and has no date
# a headline naming an official before its colon, and how far below it the text is read for
# its first person (哈萨克斯坦外长:…… / ……而我的祖国哈萨克斯坦……)
_HEADLINE_LINES = 3
_HEADLINE_SPEAKER_MAX = 16
_FIRST_PERSON_REACH = 6
_QUOTED = re.compile(r"“[^”]*”?")
_NAME_ONLY = re.compile(r"[\u4e00-\u9fff·•∙.A-Za-z ]{2,10}")


@dataclass(frozen=True)
class Voice:
    """The author of a document's own words: one actor, several (a joint statement), or none."""

    kind: str  # statement, press, joint, working_paper, draft, sg, presidential, adopted, record,
    # news, unknown
    authors: tuple[EntityRef, ...] = ()
    title: tuple[int, int, str] | None = None  # raw offsets of the title line, and its noun
    delivered_by: EntityRef | None = None  # the state that delivers a group's statement


def document_voice(ctx: DocumentContext, lexicon: CueLexicon) -> Voice:
    """Who speaks in the document's own words, read from its heading lines."""
    lines = _heading_lines(ctx)
    texts = [line.text for line in lines]
    joined = [(line.text, line, line) for line in lines] + [
        (a.text + b.text, a, b) for a, b in itertools.pairwise(lines)
    ]
    if ctx.gazetteer.entities.get(SECRETARY_GENERAL):
        for text, first, last in joined:
            if (sg := _sg_title(text)) is not None:
                # (a speech or statement of his own is where he speaks; a report or letter is
                # a text he wrote, no speaking in it)
                noun = sg.group("noun")
                title = (first.start, last.end, noun) if noun not in _SG_WRITTEN else None
                return Voice("sg", (SECRETARY_GENERAL,), title)
    if any(_presidential_title(line) for line in texts):
        return Voice("presidential", (SECURITY_COUNCIL,))
    adopter = _adopted_by(lines)
    if adopter is not None:
        return Voice("adopted", (adopter,))
    for line in lines:
        sponsors = _draft_sponsors(line)
        if sponsors:
            # 奥地利、巴西……:决议草案: the sponsors speak in the draft, not the organ it heads
            return Voice("draft", sponsors, (line.start, line.end, "决议草案"))
    starts = [m.norm_start for m in ctx.mentions]
    for sentence in ctx.sentences[:25]:
        if len(sentence.text) > _TITLE_MAX:
            continue  # (no title: its regexes, which try each length of its names, not tried)
        paper = _WORKING_PAPER.fullmatch(sentence.text) or _OWN_PAPER.fullmatch(sentence.text)
        if paper is not None:
            refs = sentence_refs(ctx, sentence, starts)
            actors = [r for a, b, r in refs if b <= paper.end("names") and r.cls != "treaty"]
            if actors and all(r.cls in ("state", "group") for r in actors):
                return Voice("working_paper", tuple(dict.fromkeys(actors)))
    end, below = _joint_titles(lexicon)
    for line in lines:
        # (or a line that says the statement follows: 以下是美国、日本和大韩民国……发表的联合声明。)
        m = end.search(line.text) or below.match(line.text)
        title = m is not None and len(line.text) <= _TITLE_MAX
        if not title and len(line.text) <= _TITLE_MAX:
            # 美国-日本-韩国三方国家安全顾问新闻声明: the states named and counted, a statement
            counted = _PARTIES_TITLE.search(line.text)
            if counted is not None and len(_named_before(line, counted.start())) >= 2:
                m, title = counted, True
        if title and _ISSUED.search(line.text) and not _IN_FULL.search(line.text):
            # 中俄法英美发表联合声明: a report's headline that they issued one; unless the text
            # below is the statement itself, whose opening speaks as 我们
            speaking = _speaking_below(ctx, lexicon, line, starts)
            if speaking is None:
                return Voice("news")
            authors, opening = speaking
            return Voice("joint", authors, (opening.start, opening.end, m.group("noun")))
        if title and "《" not in line.text[m.start() - 1 : m.start()]:
            authors, opening = _joint_authors(ctx, lexicon, line, starts, lines)
            # (a title that names them is where they say they speak: their spokeIn's evidence;
            # else the opening that names them: 作为澳大利亚、英国和美国的领导人,我们……)
            named = {ref for _pos, ref in line.refs}
            titled = bool(authors) and all(a in named for a in authors)
            where = line if titled else opening
            return Voice(
                "joint",
                authors,
                (where.start, where.end, m.group("noun")) if where is not None else None,
            )
    for line in lines:
        summit = _summit_group(line)
        if summit is not None:
            group, noun = summit
            return Voice("joint", (group,), (line.start, line.end, noun))
    # the opening names the authors: 中俄两国外交部(以下称“双方”)……声明如下:, or
    # 我们,德国、法国和英国外交部长,……
    # (or 作为A、B和C的领导人,我们……: the names before their office, then 我们)
    we_named = lexicon.derived(
        "we_named",
        lambda: re.compile(
            r"(?:^|(?<=[\s,。:日]))"  # (after a date: 6月19日我们,)
            rf"(?:我们,|作为(?=[^,。;:]{{2,60}}?(?:{_titles(lexicon)})(?:们)?,我们))"
            rf"(?P<names>[^,。;:的]{{2,60}}?)的?(?:{_titles(lexicon)})(?:们)?,"
        ),
    )
    for noun, bounds in (("声明", declared_below), ("我们", lambda t: _named_after(we_named, t))):
        named = _opening_authors(ctx, starts, bounds)
        if named is not None:
            actors, sentence = named
            return Voice(
                "joint" if len(actors) > 1 else "statement",
                actors,
                (sentence.start, sentence.end, noun),
            )
    parties = _preamble_parties(ctx, lexicon, starts)
    if parties is not None:
        actors, sentence, verb = parties
        return Voice("joint", actors, (sentence.start, sentence.end, verb))
    if _VERBATIM.search(ctx.norm.text) or _turns(ctx.norm.text) >= 2:
        return Voice("record")
    # a statement given in full after a report's lead, a press conference, an official's byline:
    # each gives the state and where the text says so (the evidence of its spokeIn)
    readers: tuple[
        tuple[Callable[[], tuple[EntityRef, Sentence | _Line] | None], str, str], ...
    ] = (
        (lambda: _reproduced_statement(ctx, lexicon, starts), "statement", "谈话"),
        (lambda: _press_conference(ctx, lexicon, lines, starts), "press", "答记者问"),
        (lambda: _byline(ctx, lexicon, lines, starts), "statement", "声明"),
        (lambda: _headline_speaker(ctx, lexicon, lines), "statement", "文章"),
    )
    for read, kind, noun in readers:
        found = read()
        if found is not None:
            state, where = found
            return Voice(kind, (state,), (where.start, where.end, noun))
    issued = _issued_by(ctx, lexicon, lines)
    if issued is not None:
        state, line, noun = issued
        return Voice("statement", (state,), (line.start, line.end, noun))
    titled = _statement_state(ctx, lexicon, lines, starts)
    if titled is not None:
        state, line = titled
        noun = lexicon.pattern("speech_title").search(line.text) or lexicon.pattern(
            "topic_title"
        ).search(line.text)
        title = (line.start, line.end, noun.group() if noun else "发言")
        group = _represented(line) or _represented_below(ctx, starts)
        if group is not None and group != state:
            # 印度尼西亚代表以不结盟运动名义……的发言: the group's statement, which the state delivers
            return Voice("statement", (group,), title, delivered_by=state)
        return Voice("statement", (state,), title)
    opening = _first_person_sentence(ctx, starts) or _delegation_speaking(ctx, lexicon, starts)
    if opening is not None:
        state, sentence = opening
        return Voice("statement", (state,), (sentence.start, sentence.end, "代表"))
    if any(_NEWS.search(line) for line in texts):
        return Voice("news")
    return Voice("unknown")


# a heading line that says who adopted the text and when: 通过日期 联合国大会1990年12月4日通过
# (a headline's ……在安理会获得通过 gives no date)
_ADOPTED = re.compile(r"(?:于|在)?\s*\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?\s*(?:一致)?通过$")
_ADOPTER_REACH = 16  # how far before the date the adopting body's name may start
_ADOPTER_LINE_MAX = 40  # a longer line is a report's sentence, not a heading


def _joint_titles(lexicon: CueLexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A joint statement's title line, ending with its noun (kind ``joint_title``: 联合声明,
    共同宣言) and a date or an excerpt's mark; and a line that says such a statement follows
    (以下是……发表的联合声明:)."""

    def build() -> tuple[re.Pattern[str], re.Pattern[str]]:
        nouns = lexicon.pattern("joint_title").pattern
        return (
            re.compile(rf"(?P<noun>{nouns})[\s\d年月日/.\-()]*" + _EXCERPT + "$"),
            re.compile(
                rf"(?:以下|下面|下文)(?:是|为)[^。]{{2,80}}?发表的(?P<noun>{nouns})(?:全文)?[。:：]?$"
            ),
        )

    return lexicon.derived("joint titles", build)


def _sg_title(line: str) -> re.Match[str] | None:
    """The title of the Secretary-General's own text that a heading line is, not a sentence
    about him (a photo's caption: 联合国秘书长潘基文在大会上发言。(网络图)."""
    whole = _SG_TITLE.fullmatch(line)
    if whole is not None:
        return whole
    m = _SG_TITLE.match(line)
    if m is None or len(line) >= _SG_LINE_MAX or line.startswith("。", m.end()):
        return None
    return m


def _adopted_by(lines: list[_Line]) -> EntityRef | None:
    """The body a short heading line says adopted the text (a declaration or programme the
    General Assembly adopted): it holds what the text states, ``我们`` included."""
    for line in lines:
        if len(line.text) > _ADOPTER_LINE_MAX:
            continue
        m = _ADOPTED.search(line.text)
        if m is None:
            continue
        bodies = [
            ref
            for pos, ref in line.refs
            if ref.cls == "organization" and m.start() - _ADOPTER_REACH <= pos < m.start()
        ]
        if bodies:
            return bodies[-1]
    return None


def _presidential_title(line: str) -> bool:
    """Whether a heading line is a presidential statement's title: it ends with the noun (a
    date or a symbol may follow), and no verb issues it (安理会……发表主席声明,要求……: a report)."""
    m = _PRESIDENTIAL.search(line)
    if m is None or _REPORTED_TITLE.search(line[: m.end()]):
        return False
    if _CHAIRED_MEETING.search(line, 0, m.start()):
        # 第三轮六方会谈主席声明: the chair of those talks, not the Council's president
        return False
    return _TITLE_TAIL.fullmatch(line, m.end()) is not None or bool(
        _PRST_SYMBOL.fullmatch(line, m.end())
    )


_PRST_SYMBOL = re.compile(r"[\s(（]*S/PRST/\d{4}/\d+[)）]?\s*")


class _Line(NamedTuple):
    text: str  # normalized
    refs: tuple[tuple[int, EntityRef], ...]  # (offset in ``text``, entity) of its mentions
    start: int  # raw offsets
    end: int
    sited: bool = False  # a site's name followed it, cut off (……的声明 - 法国在您身边)


def _turns(text: str) -> int:
    """How many speakers' turns (``斯特罗门先生(挪威):``) a text holds, at most two."""
    count = 0
    for m in _TURN_HINT.finditer(text):
        line = text.rfind("\n", max(0, m.start() - 200), m.start()) + 1
        if _TURN.match(text, line) or _TURN.search(text, max(line, m.start() - 24), m.end() + 24):
            count += 1
            if count == 2:
                return count
    for m in _DELEGATE_HINT.finditer(text):
        line = text.rfind("\n", max(0, m.start() - 200), m.start()) + 1
        if DELEGATE_TURN.fullmatch(text, line, m.end()):
            count += 1
            if count == 2:
                break
    return count


# a web page's title ends with its site's name after a spaced dash or bar (……的声明 - 法国在您身边,
# ……讲话 | 外交部): a dash inside a name (让-伊夫) has no spaces around it
_SITE_SUFFIX = re.compile(r"[ \t\u3000]+[-|_–—｜][ \t\u3000]+\S[^\n]{0,30}$")
_TITLE_BEFORE_SITE = 6
# a social-media post's topic tag or a headline in black brackets opening a line: 【#话题#】
_TOPIC_TAG = re.compile(rf"{BRACKETED_HEAD}\s*")
_DATE_BEFORE_TITLE = re.compile(
    r"\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?=[\u4e00-\u9fff])"
)


def _heading_text(raw: str) -> str:
    """A heading line's raw text as its names were matched: English glosses in brackets
    (``尼基·黑利大使(Ambassador Nikki Haley)``), white space and pinyin glosses out (so a
    name's offset in the line is the length of this of the text before it)."""
    return remove_pinyin_glosses(normalize_name(_ENGLISH_GLOSS.sub("", raw)))


def _heading_lines(ctx: DocumentContext) -> list[_Line]:
    """The document's first lines that are not navigation or dates, normalized, with the
    entities named in each."""
    out = []
    raw_starts = [mention.start for mention in ctx.mentions]
    for m in top_lines(ctx.source.text, _HEADING_LINES + 8):
        if len(m.group()) > _LINE_MAX:
            continue  # a paragraph (or a whole document on one line), no heading
        # what decorates a title is cut from the raw line, so its names keep their offsets:
        # the page's site after it (……时的声明 - 法国在您身边), a post's topic tag before it
        # (【#俄暂停参与……#】法国……发言人声明)
        start, raw = m.start(), m.group()
        site = _SITE_SUFFIX.search(raw)
        sited = site is not None and site.start() >= _TITLE_BEFORE_SITE
        if sited:
            raw = raw[: site.start()]
        tag = _TOPIC_TAG.match(raw, len(raw) - len(raw.lstrip()))
        if tag is not None and raw[tag.end() :].strip():
            start, raw = start + tag.end(), raw[tag.end() :]
        # and the date a page puts before it (2025 年 6 月 23 日上海合作组织关于……的声明)
        dated = _DATE_BEFORE_TITLE.match(raw)
        if dated is not None:
            start, raw = start + dated.end(), raw[dated.end() :]
        end = start + len(raw)
        # (聲明 is read as 声明, 發(fā)言人 as 发言人)
        line = to_simplified(_heading_text(raw))
        if not line or _DATELINE.fullmatch(line) or (_NAVIGATION.search(line) and len(line) < 80):
            continue
        first = bisect.bisect_left(raw_starts, start)
        last = bisect.bisect_left(raw_starts, end)
        refs = tuple(
            (len(_heading_text(ctx.source.text[start : mention.start])), mention.ref)
            for mention in ctx.mentions[first:last]
            if mention.end <= end
        )
        raw_start = start + len(raw) - len(raw.lstrip())
        out.append(_Line(line, refs, raw_start, start + len(raw.rstrip()), sited))
        if len(out) == _HEADING_LINES:
            break
    return out


_ABOUT = re.compile(r"关于|(?<![成造])就")  # what a title is about follows (就: not 成就, 造就)
# who may sign a joint statement together: states and bodies (the EU, ASEAN, the IAEA)
_CO_AUTHORS = frozenset({"state", "organization"})
_BYLINE_REACH = 3  # heading lines under a joint title where its byline may stand
# what may open a joint statement's first sentence before its authors' names: 今天, a date
_OPENING_TIME = re.compile(r"(?:今天|今日|\d{1,2}月\d{1,2}日)?,?")


def _draft_sponsors(line: _Line) -> tuple[EntityRef, ...]:
    """The sponsors a draft resolution's heading line lists before ``:决议草案``, if it is
    one (the line holds their names and nothing else but list words)."""
    m = _DRAFT_LINE.search(line.text)
    if m is None or not line.refs:
        return ()
    names = [(pos, ref) for pos, ref in line.refs if pos < m.start()]
    if not names or not all(ref.cls in ("state", "group") for _pos, ref in names):
        return ()
    return tuple(dict.fromkeys(ref for _pos, ref in names))


def _summit_group(line: _Line) -> tuple[EntityRef, str] | None:
    """The group or body whose leaders' or ministers' declaration a title line names, the name
    opening the line (not 《……》 cited, not a line that goes on as a sentence), and the
    declaration's noun (宣言, 公报, 声明)."""
    if len(line.text) > _TITLE_MAX or not line.refs:
        return None
    pos, ref = line.refs[0]
    if pos > 0 or ref.cls not in ("group", "organization"):
        return None
    name_end = next((p for p, r in line.refs[1:] if r != ref), None)
    m = _SUMMIT_TITLE.search(line.text)
    if m is None or m.start() > _SUMMIT_NAME_MAX or (name_end is not None and name_end < m.start()):
        return None  # (another actor between the group and its title: 东盟与中国领导人……)
    if _REPORTED_TITLE.search(line.text):
        return None  # 七国集团领导人发表声明: a headline that reports the statement
    return ref, m.group("noun")


def _named_before(line: _Line, end: int) -> tuple[EntityRef, ...]:
    """The co-authors (states, bodies) a title line names before ``end``, each once."""
    return tuple(dict.fromkeys(r for pos, r in line.refs if r.cls in _CO_AUTHORS and pos < end))


def _joint_authors(
    ctx: DocumentContext,
    lexicon: CueLexicon,
    title: _Line,
    starts: list[int],
    lines: list[_Line] | None = None,
) -> tuple[tuple[EntityRef, ...], Sentence | _Line | None]:
    """The states of a joint statement: named in its title line before what it is about
    (``德国、法国和英国外长关于伊朗核问题的联合声明``: not Iran), else in a byline among the
    heading ``lines`` under it (then with that line), else listed in its opening (then with the
    sentence that lists them)."""
    lines = lines or []
    about = _ABOUT.search(title.text)
    venue = title.text.find("在")  # (where a title says it was made follows)
    cut = min(
        about.start() if about is not None else len(title.text),
        venue if venue >= 0 else len(title.text),
    )
    # a body joins states as an author (中华人民共和国和欧洲联盟……联合声明), not as the place the
    # statement was made (中国和俄罗斯在联合国大会上的联合声明)
    named = _named_before(title, cut)
    if len(named) >= 2:
        return named, None
    # (a byline right under the title: 澳大利亚政府,英国政府,美国政府)
    below = [line for line in lines if line.start > title.end][:_BYLINE_REACH]
    for line in below:
        if len(authors := _byline_authors(ctx, line)) >= 2:
            return authors, line
    following = [s for s in ctx.sentences if s.start >= title.end][:5]
    listing = [
        (
            sentence,
            [r for _a, _b, r in sentence_refs(ctx, sentence, starts) if r.cls in _CO_AUTHORS],
        )
        for sentence in following
    ]
    listing = [(sentence, states) for sentence, states in listing if len(states) >= 2]
    if listing:
        # (a sentence is where they speak only when it says so: 作为A、B和C的领导人,我们……;
        # A和B发表如下声明; not a sentence about them, nor a report's 美国宣布……)
        declaring = next(
            (
                sentence
                for sentence, _states in listing
                if _OPENING_VOICE.search(to_simplified(sentence.text))
                or _leaders_first(ctx, lexicon, sentence, starts)
            ),
            None,
        )
        return tuple(dict.fromkeys(listing[0][1])), declaring
    groups = [r for _pos, r in title.refs if r.cls == "group"]
    return tuple(groups[:1]), None


def _byline_authors(ctx: DocumentContext, line: _Line) -> tuple[EntityRef, ...]:
    """The co-authors a heading line lists and nothing else (``澳大利亚政府,英国政府,美国政府``
    under a joint statement's title): its byline; else nothing."""
    raw = ctx.source.text
    inside = [m for m in ctx.mentions if line.start <= m.start and m.end <= line.end]
    if len(inside) < 2 or any(m.ref.cls not in _CO_AUTHORS for m in inside):
        return ()
    rest, pos = [], line.start
    for m in inside:
        rest.append(raw[pos : m.start])
        pos = m.end
    rest.append(raw[pos : line.end])
    if _BYLINE_REST.fullmatch("".join(rest)) is None:
        return ()
    return tuple(dict.fromkeys(m.ref for m in inside))


# what a byline of governments holds besides their names: their tails and the separators
_BYLINE_REST = re.compile(r"(?:政府|外交部|[,，、和及与 \t\u3000]|以及)*")


def _speaking_below(
    ctx: DocumentContext, lexicon: CueLexicon, headline: _Line, starts: list[int]
) -> tuple[tuple[EntityRef, ...], Sentence] | None:
    """The authors and opening of a joint statement given under a headline that says they
    issued it (``五国领导人发表联合声明`` … ``中国、法国……和美国认为……是我们的首要责任。``):
    its first body sentence speaks as ``我们`` outside any quotation, as no report of it does
    (``新华社……电 两国发表联合声明。声明说,……``)."""
    authors, _opening = _joint_authors(ctx, lexicon, headline, starts)
    if len(authors) < 2:
        return None
    body = next(iter(_body_sentences(ctx, headline.end)), None)
    if body is None or "“" in body.text or not _OPENING_VOICE.search(to_simplified(body.text)):
        return None
    if _ISSUED.search(body.text) and "如下" not in body.text:
        return None  # (a report's lead: 两国5日发表联合声明,表示……)
    return authors, body


def _leaders_first(
    ctx: DocumentContext, lexicon: CueLexicon, sentence: Sentence, starts: list[int]
) -> bool:
    """Whether the sentence opens with two or more co-authors' names and then their office
    (``澳大利亚、英国和美国领导人重申……``): in a joint statement, its authors speaking."""
    text = sentence.text
    first = lexicon.pattern("title").search(text)
    if first is None:
        return False
    named = [(a, b, r) for a, b, r in sentence_refs(ctx, sentence, starts) if b <= first.start()]
    bounds = [(a, b) for a, b, _r in named]
    return (
        len(bounds) >= 2
        and all(r.cls in _CO_AUTHORS for _a, _b, r in named)
        and separated_run(text, bounds, _OPENING_TIME.match(text).end()) == len(bounds)
        and text[bounds[-1][1] : first.start()] in ("", "的")
    )


def _statement_state(
    ctx: DocumentContext, lexicon: CueLexicon, lines: list[_Line], starts: list[int]
) -> tuple[EntityRef, _Line] | None:
    """The state of a speech whose title line names it, its delegation or its envoy:
    ``中国裁军大使傅聪在裁谈会……的发言``, ``傅聪大使在裁谈会全会的发言`` (then the delegation
    the opening names, or the side the text calls itself)."""
    speech = lexicon.pattern("speech_title")
    office = lexicon.pattern("title")
    begun = False  # a paragraph of the text came before
    for previous, line in zip(["", *(line.text for line in lines)], lines, strict=False):
        if begun and not (_ANNOUNCES.search(previous) or "在" in line.text):
            # after a paragraph, a title only where a lead gives it (声明全文如下:) or one that
            # says where it was given (……大使在安理会……上的发言); not a news subheading
            # (日外相罕见重炮发言)
            continue
        begun = begun or bool(_PARAGRAPH.search(line.text))
        topic = _ON_TOPIC.search(line.text)
        on_topic = topic is not None
        head = line.text
        if topic is not None:
            clause = _HEADLINE_CLAUSE.search(line.text, topic.end())
            head = line.text[: clause.start()] if clause is not None else head
        if len(line.text) > _TITLE_MAX or not (
            _ends_with(speech, head)
            # (……就朝韩领导人会晤发表谈话: a statement's title; 普京发表电视谈话: a headline)
            or (on_topic and _ends_with(lexicon.pattern("topic_title"), head))
            or _spokesperson_talk(lexicon, head)
        ):
            continue  # a title ends with its noun: ……的发言 (not 外交部发言人扎哈罗娃称,……)
        if (
            _REPORTED_TITLE.search(_TITLE_TAIL.sub("", head))  # (not in a subtitle)
            and not on_topic
            and not _salutes(lines, line)
        ):
            # 俄罗斯发布阻止核战争声明: a report's headline about the statement (but 美国常驻联合国
            # 代表就……决议发表声明 is the statement's own title, whose speaker it names)
            continue
        lead = LIST_MARKER.match(line.text)
        home = next(
            (
                lexicon.value("home_title", m.group())
                for m in office.finditer(line.text)
                if lexicon.value("home_title", m.group()) is not None
            ),
            None,
        )  # ……岸田内阁总理大臣一般性辩论演讲: the one state the office is of
        if (
            line.refs
            and line.refs[0][1].cls in ACTORS
            and line.refs[0][0] <= (lead.end() if lead else 0)
            and not (home and line.refs[0][1].cls == "organization")
        ):
            # (联合国大会核裁军问题高级别会议 安倍内阁总理大臣演讲: the body names the meeting,
            # the office its speaker)
            # the title opens with the state, or the body or group whose statement it is
            # (东盟地区论坛外长会关于……的声明)
            return line.refs[0][1], line
        if office.search(line.text) or _DELEGATION.search(line.text):
            state = (
                EntityRef("state", home)
                if home
                else _site_state(ctx, lexicon, lines, line) or _own_state(ctx, lexicon, starts)
            )
            if state is None:
                # 耿爽大使在……的发言: a known envoy's title names no state; the person does
                state = _titled_person(ctx, lead.end() if lead else 0, line.text, office)
            if state is not None:
                return state, line
            continue  # (首相讲话, a site's section label above the title: it names nobody)
        person = _titled_person(ctx, lead.end() if lead else 0, line.text)
        if person is not None:
            return person, line  # 岸田在联合国大会一般性辩论演讲全文: a head of government's
    return None


_PERSON_NAME_MAX = 6


def _titled_person(
    ctx: DocumentContext, pos: int, title: str, office: re.Pattern[str] | None = None
) -> EntityRef | None:
    """The state of a person (persons.tsv) whose name opens a speech's title, where it is the
    one who speaks (``岸田在……演讲``, ``拜登的讲话``; with ``office``, the person's office may
    follow the name, ``耿爽大使在……的发言``, or open the title before it, after the date:
    ``2009年外交部长杨洁篪在……的讲话``)."""
    date = DATE.match(title, pos)  # (2009年外交部长……: the title's date before its speaker)
    if date is not None:
        pos = date.end()
    opening = office.match(title, pos) if office is not None else None
    for start in (pos,) if opening is None else (pos, opening.end()):
        for k in range(min(_PERSON_NAME_MAX, len(title) - start), 1, -1):
            ref = ctx.gazetteer.persons.get(title[start : start + k])
            if ref is not None:
                after = title[start + k : start + k + 1]
                titled = office is not None and office.match(title, start + k) is not None
                if ref.cls == "state" and (after in _PERSON_TITLE_NEXT or titled):
                    return ref
                return None
    return None


_PERSON_TITLE_NEXT = frozenset("在于的就出")


def _salutes(lines: list[_Line], title: _Line) -> bool:
    """Whether one of the lines right after a title opens with a speech's salutation."""
    after = itertools.islice((line for line in lines if line.start >= title.end), _SALUTATION_LINES)
    return any(_SALUTATION.match(line.text.lstrip()) for line in after)


def _below_is(lexicon: CueLexicon) -> re.Pattern[str]:
    """A line that says whose text follows (``以下是一篇美国政府的政策声明``): who, before the
    noun of the text (cue kind ``text_below``)."""
    return lexicon.derived(
        "below_is",
        lambda: re.compile(
            r"以下(?:是|为)(?:一篇|一份|一则|一项)?(?P<who>[^,;:。的]{2,24}?)(?:政府)?的"
            rf"(?:政策)?(?:{alternation(sorted(lexicon.words('text_below')))})"
        ),
    )


def _reproduced_statement(
    ctx: DocumentContext, lexicon: CueLexicon, starts: list[int]
) -> tuple[EntityRef, Sentence] | None:
    """A report that opens by saying who issued a statement and then gives it in full
    (``朝中社平壤2月18日电 朝鲜……外务省发言人18日发表了谈话……。全文如下:``): the text is that
    actor's statement. The actor is the one named before the verb, not after 在 (a place)."""
    lead = ctx.sentences[:_LEAD_SENTENCES]
    for i, sentence in enumerate(lead):
        text = sentence.text
        # (全文如下: may open the next sentence)
        following = ctx.sentences[i + 1].text if i + 1 < len(ctx.sentences) else ""
        issued = _ISSUED_IN_FULL.search(text + following)
        if issued is not None and issued.start() >= len(text):
            issued = None
        speech = _SPEECH_IN_FULL.search(text + following) if issued is None else None
        if speech is not None and speech.start() < len(text):
            # 代表团网站发布傅聪大使在安理会……的发言,全文如下: the speaker the phrase names,
            # else the one who published it
            speaker = _speaker_named(ctx, sentence, starts, speech.start("who"), speech.end("who"))
            if speaker is not None:
                return speaker, sentence
            issued = speech
        if issued is not None:
            start, end = 0, issued.start()
        else:
            # 以下是一篇美国政府的政策声明: the text that follows is the one it names
            below = _below_is(lexicon).match(text)
            if below is None:
                continue
            start, end = below.start("who"), below.end("who")
        actors = _actors_named(ctx, sentence, starts, start, end)
        return (actors.pop(), sentence) if len(actors) == 1 else None
    return None


def _actors_named(
    ctx: DocumentContext, sentence: Sentence, starts: list[int], start: int, end: int
) -> set[EntityRef]:
    """The actors ``sentence.text[start:end]`` names, not a place after 在."""
    text = sentence.text
    return {
        ref
        for a, b, ref in sentence_refs(ctx, sentence, starts)
        if start <= a and b <= end and ref.cls in ACTORS and text[a - 1 : a] not in PLACE_BEFORE
    }


def _speaker_named(
    ctx: DocumentContext, sentence: Sentence, starts: list[int], start: int, end: int
) -> EntityRef | None:
    """The state of the one actor, or else of the known person (persons.tsv), that
    ``sentence.text[start:end]`` names as who speaks (not a place after 在)."""
    actors = _actors_named(ctx, sentence, starts, start, end)
    if actors:
        return actors.pop() if len(actors) == 1 else None
    return _known_person(ctx, sentence.text[start:end])


def _press_conference(
    ctx: DocumentContext, lexicon: CueLexicon, lines: list[_Line], starts: list[int]
) -> tuple[EntityRef, _Line] | None:
    """A spokesperson's press conference: a heading line names the spokesperson
    (``外交部发言人华春莹主持例行记者会``) and the text puts questions (``问:``). The answers are the
    state's: the one named before the office, else the side the questions ask, else the known
    spokesperson's, else the side the answers call themselves."""
    if not any(mark in ctx.norm.text for mark in _QUESTION_MARKS):
        return None  # (most documents put no question: no scan of every line)
    raw = ctx.source.text
    if not (
        _QUESTION.search(raw)
        or _QUESTION.search(to_simplified(raw))
        or _REPORTED_QUESTION.search(ctx.norm.text)
    ):
        return None  # (問: opens a line of a traditional text)
    office = lexicon.pattern("title")
    owner_gap = _owner_gap(lexicon)
    for line in lines:
        if _QUESTION.match(line.text):
            break  # (记者:……请发言人介绍: the questions begin, the heading lines are over)
        titled = next(
            (
                m
                for m in office.finditer(line.text)
                if lexicon.value("title", m.group()) == "spokesperson"
            ),
            None,
        )
        # (国防部例行记者会文字实录, 外交部回应……)
        spokesperson = titled or lexicon.pattern("press_heading").search(line.text)
        if spokesperson is None:
            continue
        # the state named right before the office (美国国务院发言人), not one a headline before
        # it is about (……对伊朗保障监督问题的决议 外交部回应)
        named = [
            r
            for pos, r in line.refs
            if r.cls == "state"
            and pos < spokesperson.start()
            and owner_gap.fullmatch(
                line.text,
                pos + _name_length(ctx, line.text[pos:], r),
                spokesperson.start(),
            )
        ]
        state = named[-1] if named else _asked_side(ctx, lexicon)
        if state is None:
            # 外交部发言人汪文斌主持例行记者会: the known spokesperson's state, before the side
            # the answers name most (俄方 in an answer on Russia)
            # (the person a heading's ministry answers is no spokesperson: 外交部回应普京……)
            state = (
                (_known_person(ctx, line.text) if titled else None)
                or _own_state(ctx, lexicon, starts)
                or _home_ministry(ctx, lexicon, line)
            )
        if state is not None:
            return state, line
    return None


def _owner_gap(lexicon: CueLexicon) -> re.Pattern[str]:
    """What may stand between a state and its spokesperson's office or its ministry's press
    heading: where its envoy is posted (常驻联合国), then its ministries and missions (外交部,
    代表团; kind ``subject_tail``), nothing else."""
    return lexicon.derived(
        "owner gap",
        lambda: re.compile(
            rf"(?:常?驻[\u4e00-\u9fff]{{1,10}}?)?(?:{lexicon.pattern('subject_tail').pattern})*"
        ),
    )


def _home_ministry(ctx: DocumentContext, lexicon: CueLexicon, line: _Line) -> EntityRef | None:
    """The state of a ministry's spokesperson that no state is named for (``home_ministry``), in
    a heading written in simplified characters (``外交部发言人2000年11月2日答记者问``): the PRC's
    ministries publish so, while Taiwan's ``外交部`` writes traditional characters and names
    itself (``我外交部``)."""
    ministry = lexicon.derived(
        "home ministry",
        lambda: re.compile(
            f"({alternation(sorted(lexicon.words('home_ministry')))})(?:新闻)?发言人"
        ),
    )
    m = ministry.search(line.text)
    raw = ctx.source.text[line.start : line.end]
    if m is None or to_simplified(raw) != raw:
        return None
    state = lexicon.value("home_ministry", m.group(1))
    return EntityRef("state", state) if state else None


def _known_person(ctx: DocumentContext, text: str) -> EntityRef | None:
    """The state of the one known person (persons.tsv) that ``text`` names."""
    table = ctx.gazetteer.persons
    if not table:
        return None
    persons = {
        ref
        for m in person_names(tuple(table)).finditer(text)
        if (ref := table[m.group()]).cls == "state"
    }
    return persons.pop() if len(persons) == 1 else None


@lru_cache(maxsize=4)
def person_names(names: tuple[str, ...]) -> re.Pattern[str]:
    """One search for the names of the gazetteer's persons (the longest first)."""
    return re.compile(alternation(list(names)))


def _asked_side(ctx: DocumentContext, lexicon: CueLexicon) -> EntityRef | None:
    """The side the questions ask for its view (``中方对此有何看法?``): whom the answers speak
    for, though they name other sides more often (``敦促美方……``)."""
    for m in _ASKED_VIEW.finditer(ctx.norm.text):
        value = lexicon.value("side", m.group("side"))
        if value is not None:
            return EntityRef("state", value)
    return None


def _issued_by(
    ctx: DocumentContext, lexicon: CueLexicon, lines: list[_Line]
) -> tuple[EntityRef, _Line, str] | None:
    """A release's bare title (``公报``, ``新闻稿``) with the line of the state's office that
    issues it beside it, a date after it or not (``法国总统府,2022年8月29日(周一)``): the
    state, that line and the title's noun."""
    tails = lexicon.derived(
        "issuing_office",
        lambda: re.compile(rf"(?:{alternation(sorted(lexicon.words('subject_tail')))})?"),
    )
    for i, line in enumerate(lines):
        if not _RELEASE_TITLE.fullmatch(line.text):
            continue
        for other in lines[max(0, i - 2) : i + 3]:
            states = [(pos, r) for pos, r in other.refs if r.cls == "state"]
            if other is line or not states or states[0][0] != 0:
                continue
            end = _name_length(ctx, other.text, states[0][1])
            office = tails.match(other.text, end)
            if _DATELINE.fullmatch(other.text[office.end() :].lstrip(",，")):
                return states[0][1], other, line.text
    return None


def _byline(
    ctx: DocumentContext, lexicon: CueLexicon, lines: list[_Line], starts: list[int]
) -> tuple[EntityRef, _Line] | None:
    """An official's byline among the heading lines, a name and an office and nothing more
    (``迈克尔∙R∙蓬佩奥国务卿``, ``外交部长王毅``): the state the line names, the one state the
    office belongs to (``国务卿``), or the side the text calls itself."""
    office = lexicon.pattern("title")
    label = lexicon.derived(
        "byline label",
        lambda: re.compile(rf"(?:\S{{0,4}}(?:{lexicon.pattern('speech_title').pattern}))[,:]\s*"),
    )
    for line in lines:
        # (新闻声明,蓬佩奥国务卿: the statement's label, then its byline)
        labelled = label.match(line.text)
        shift = labelled.end() if labelled is not None else 0
        text = line.text[shift:]
        if len(text) > _BYLINE_MAX or _BYLINE_STOP.search(text):
            continue
        if line.sited:
            continue  # 新西兰外交部长马胡塔 - 俄罗斯卫星通讯社, ……: a picture's caption, no byline
        m = office.search(text)
        if m is None:
            continue
        states = [(pos - shift, r) for pos, r in line.refs if r.cls == "state" and pos >= shift]
        # the name on one side of the office, nothing on the other but the state's name
        lead = text[: m.start()]
        if states and states[0][0] == 0:
            lead = lead[_name_length(ctx, lead, states[0][1]) :]
        lead = _POSTED_AT.sub("", lead)  # 澳大利亚驻华大使: where the envoy serves
        tail = _HONORIFIC.sub("", text[m.end() :])  # 傅关汉阁下
        name = lead or tail
        at = m.end() if tail else m.start() - len(name)
        named_only = (
            _NAME_ONLY.fullmatch(name)
            and not lexicon.pattern("trigger").search(name)
            and not any(w in name for w in lexicon.words("speak", "frame", "reporting"))
            and not any(
                at <= pos - shift < at + len(name) for pos, _r in line.refs
            )  # 会见俄罗斯外长
            and not word_tags().get(name, "").startswith("v")  # 伊朗外长访华: what he did
        ) or (states and not name)
        if (lead and tail) or not named_only:
            continue  # 俄外长呼吁各国……: a headline, more than a name beside the office
        states = [r for _pos, r in states]
        if states:
            return states[0], line
        home = lexicon.value("home_title", m.group())
        if home is not None:
            return EntityRef("state", home), line
        state = _own_state(ctx, lexicon, starts)
        if state is not None:
            return state, line
        # (发言人办公室, the publisher's office above the byline: a later line may name it)
    return None


def _body_sentences(ctx: DocumentContext, start: int) -> Iterator[Sentence]:
    """The sentences from ``start`` on that end as sentences do: the text's body, not a date
    line or a headline repeated."""
    return (s for s in ctx.sentences if s.start >= start and s.text.rstrip()[-1:] in "。!?;")


def _headline_speaker(
    ctx: DocumentContext, lexicon: CueLexicon, lines: list[_Line]
) -> tuple[EntityRef, _Line] | None:
    """A headline that opens with a state's official and a colon (``哈萨克斯坦外长:拥核不是……``)
    above a text that speaks in the first person outside quotation marks: the official's own
    article or interview, which speaks for the state (a report of what he said tells it in
    the third person)."""
    office = lexicon.pattern("title")
    for line in lines[:_HEADLINE_LINES]:
        colon = line.text.find(":")
        if not 0 < colon <= _HEADLINE_SPEAKER_MAX:
            continue
        states = [r for pos, r in line.refs if r.cls == "state" and pos == 0]
        if not states or office.search(line.text, 0, colon) is None:
            continue
        body = itertools.islice(_body_sentences(ctx, line.end), _FIRST_PERSON_REACH)
        if any("我" in _QUOTED.sub("", s.text) for s in body):
            return states[0], line
    return None


def _name_length(ctx: DocumentContext, text: str, ref: EntityRef) -> int:
    """How long the name of ``ref`` that opens ``text`` is (美国 in 美国国务卿蓬佩奥)."""
    surfaces = ctx.gazetteer.surfaces
    return max(
        (k for k in range(1, len(text) + 1) if surfaces.get(normalize_name(text[:k])) == ref),
        default=0,
    )


def _spokesperson_talk(lexicon: CueLexicon, line: str) -> bool:
    """Whether ``line`` ends with a spokesperson's statement named by its office alone
    (``朝鲜外务省发言人谈话``): the statement's own title, not a headline about a talk."""
    body = _TITLE_TAIL.sub("", line)
    talks = [m for m in lexicon.pattern("topic_title").finditer(body) if m.end() == len(body)]
    return bool(talks) and body.endswith(
        tuple(lexicon.valued("title", "spokesperson")), 0, talks[0].start()
    )


def _ends_with(noun: re.Pattern[str], line: str) -> bool:
    """Whether ``line`` ends with a word of ``noun`` (a date or brackets may follow it)."""
    body = _TITLE_TAIL.sub("", line)
    return any(m.end() == len(body) for m in noun.finditer(body))


_SITE_LINE_MAX = 40  # a site's name above a title is a short line
_BYLINE_LINES = 2  # the lines below a title where its date and site may stand


def _site_state(
    ctx: DocumentContext, lexicon: CueLexicon, lines: list[_Line], title: _Line
) -> EntityRef | None:
    """The state whose government's site a heading line above a speech's title names
    (``欢迎来到德国外交部网站``, ``中华人民共和国驻日本国大使馆``), or the byline right below it
    (``2016年02月20日 美国驻华大使馆``): the speech of an official the title names by office
    alone (``联邦总理奥拉夫·朔尔茨……的讲话``) is that state's."""
    owner = lexicon.pattern("site_owner")
    below = -1  # (how many lines below the title have been read)
    for line in lines:
        if line is title:
            below = 0
            continue
        if below >= 0:
            below += 1
            if below > _BYLINE_LINES:
                break
        states = [(pos, ref) for pos, ref in line.refs if ref.cls == "state"]
        if not states or len(line.text) > _SITE_LINE_MAX:
            continue
        pos, ref = states[0]  # (驻日本国大使馆: the host state follows the owner)
        if owner.match(line.text, pos + _name_length(ctx, line.text[pos:], ref)):
            return ref
    return None


def _own_state(ctx: DocumentContext, lexicon: CueLexicon, starts: list[int]) -> EntityRef | None:
    """The state a speech speaks for when its title names only the envoy: the delegation its
    opening names (``中国代表团``), or the state of the side it calls itself (``中方``)."""
    found = _first_person(ctx, starts)
    if found is not None:
        return found
    opening: dict[str, int] = {}  # the sides that open a clause: the text's own voice speaks
    for sentence in ctx.sentences[:8]:
        for a, b, ref in sentence_refs(ctx, sentence, starts):
            if ref.cls == "state" and _ITS_DELEGATION.match(sentence.text, b):
                return ref  # 中国代表团, 中国驻联合国代表团网站
            if (
                ref.cls == "state"
                and sentence.text.startswith("政府", b)
                and (a == 0 or sentence.text[a - 1] in _CLAUSE_OPENERS)
            ):
                opening[ref.id] = opening.get(ref.id, 0) + 1  # ……,中国政府对此表示坚决反对
    # the side the text calls itself opens a clause (中方认为); the side urged is another's
    # (我们强烈敦促朝方……), and so is one told what it ought to do (美方应切实履行……)
    text = ctx.norm.text
    modal = lexicon.pattern("modal")
    for m in lexicon.pattern("side").finditer(text):
        value = lexicon.value("side", m.group())
        if value is None or (m.start() > 0 and text[m.start() - 1] not in _CLAUSE_OPENERS):
            continue
        told = modal.match(text, m.end())
        if told is None or lexicon.value("modal", told.group()) != "obligation":
            opening[value] = opening.get(value, 0) + 1
    if opening:
        return EntityRef("state", max(opening, key=lambda k: opening[k]))
    return None


_CLAUSE_OPENERS = frozenset(",;:。?!\n")


def _represented(line: _Line) -> EntityRef | None:
    """The group a title's speaker speaks for (``以不结盟运动名义``, ``代表77国集团和中国``)."""
    for pos, ref in line.refs:
        if ref.cls == "group" and _ON_BEHALF.search(line.text, max(0, pos - 2), pos):
            return ref
    return None


def _represented_below(ctx: DocumentContext, starts: list[int]) -> EntityRef | None:
    """The group or body the speaker says, in the opening sentences, it speaks for (``我谨代表
    不结盟运动发言``, ``我谨代表欧洲联盟及其成员国发言``): the statement is theirs, which the
    titled state delivers."""
    for sentence in ctx.sentences[:_OPENING_SENTENCES]:
        if "代表" not in sentence.text:
            continue
        text = sentence.text
        for a, b, ref in sentence_refs(ctx, sentence, starts):
            if (
                ref.cls in ("group", "organization")
                and _FIRST_PERSON.search(text, max(0, a - 10), a)
                and _SPEECH_AFTER.match(text, b)
            ):
                return ref
    return None


# what follows the group's name: its members, then the speaking (……成员国发言)
_SPEECH_AFTER = re.compile(
    r"(?:的)?(?:及其|和其|与其)?(?:全体|各)?(?:成员国)?(?:作|做)?(?:本次|此项)?(?:发言|讲话|致辞)"
)


def _first_person(ctx: DocumentContext, starts: list[int]) -> EntityRef | None:
    found = _first_person_sentence(ctx, starts)
    return found[0] if found is not None else None


def declared_below(text: str) -> tuple[int, int] | None:
    """Where the subject of ``……声明如下:`` stands: its clause, before the verb (context.py
    reads it in a report's body, here at a text's opening)."""
    m = _DECLARES_BELOW.search(text)
    if m is None:
        return None
    return max(text.rfind(",", 0, m.start()), text.rfind("。", 0, m.start())) + 1, m.start()


def _titles(lexicon: CueLexicon) -> str:
    """The offices a speaker is named by, as one alternation."""
    return alternation(sorted(lexicon.words("title")))


def _named_after(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    """Where the names of ``我们,……外交部长,`` stand."""
    m = pattern.search(text)
    return None if m is None else (m.start("names"), m.end("names"))


def _opening_authors(
    ctx: DocumentContext, starts: list[int], bounds: Callable[[str], tuple[int, int] | None]
) -> tuple[tuple[EntityRef, ...], Sentence] | None:
    """The states or groups an opening sentence names where ``bounds`` says its authors stand
    (``中俄两国外交部(以下称“双方”)就朝鲜半岛问题声明如下:``, ``我们,德国、法国和英国外交部长,``);
    not a body (安全理事会主席……宣布如下: a presidential statement's formula, read as the
    Council's)."""
    for sentence in ctx.sentences[:_OPENING_SENTENCES]:
        where = bounds(sentence.text)
        if where is None:
            continue
        lo, hi = where
        actors = tuple(
            dict.fromkeys(
                ref
                for a, b, ref in sentence_refs(ctx, sentence, starts)
                if lo <= a and b <= hi and ref.cls in ("state", "group")
            )
        )
        if actors:
            return actors, sentence
    return None


def _preamble_parties(
    ctx: DocumentContext, lexicon: CueLexicon, starts: list[int]
) -> tuple[tuple[EntityRef, ...], Sentence, str] | None:
    """The parties of a memorandum or a treaty that open its preamble, names alone before a
    comma and its first verb (``俄罗斯联邦、……美利坚合众国和乌克兰,欢迎……``): the text is theirs."""
    for sentence in ctx.sentences[:_OPENING_SENTENCES]:
        text = sentence.text
        comma = text.find(",")
        if comma < 2:
            continue
        # (中华人民共和国和俄罗斯联邦,本着……,声明如下。: a joint statement's own opening)
        verb = lexicon.pattern("paragraph_opener").match(text, comma + 1) or _DECLARED_AFTER.search(
            text, comma + 1
        )
        if verb is None:
            continue
        refs = [(a, b, r) for a, b, r in sentence_refs(ctx, sentence, starts) if b <= comma]
        if len(refs) < 2 or any(r.cls not in ("state", "group") for _a, _b, r in refs):
            continue
        # nothing but the names and their separators before the comma (a leading space allowed)
        opening = len(text[:comma]) - len(text[:comma].lstrip())
        bounds = [(a, b) for a, b, _r in refs]
        tail = text[refs[-1][1] : comma].strip()
        if separated_run(text, bounds, opening) == len(refs) and (
            not tail or SEPARATOR.fullmatch(tail)
        ):
            return tuple(dict.fromkeys(r for _a, _b, r in refs)), sentence, verb.group()
    return None


def _first_person_sentence(
    ctx: DocumentContext, starts: list[int]
) -> tuple[EntityRef, Sentence] | None:
    """The state its speaker speaks for at the opening (``我首先代表中国代表团……``), unless the
    document is a record of many speakers (``(以英语发言)``, or several states speaking so)."""
    if _VERBATIM.search(ctx.norm.text):
        return None
    speakers: set[EntityRef] = set()
    opening: tuple[EntityRef, Sentence] | None = None
    for i, sentence in enumerate(ctx.sentences):
        if "代表" not in sentence.text or "我" not in sentence.text:
            continue  # (_FIRST_PERSON needs both: most sentences are not read for names)
        for a, b, ref in sentence_refs(ctx, sentence, starts):
            text = sentence.text
            if (
                ref.cls == "state"
                and _FIRST_PERSON.search(text, max(0, a - 10), a)
                and _SPEAKS_FOR.match(text, b)
            ):
                speakers.add(ref)
                if opening is None and (
                    i < _OPENING_SENTENCES
                    or any(_SALUTATION.search(s.text) for s in ctx.sentences[max(0, i - 2) : i + 1])
                ):  # (a speech a report gives in full after its lead opens with its salutation)
                    opening = (ref, sentence)
    return opening if len(speakers) == 1 else None


def _delegation_speaking(
    ctx: DocumentContext, lexicon: CueLexicon, starts: list[int]
) -> tuple[EntityRef, Sentence] | None:
    """The state whose delegation a speech that opens with its salutation names as the subject
    of a position in its first sentences (``主席先生,……,中国代表团对此坚决反对``): the speaker's,
    when it is the only delegation so named."""
    sentences = ctx.sentences[:_OPENING_SENTENCES]
    if not sentences or not _SALUTATION.match(sentences[0].text.lstrip()):
        return None
    # the delegation, then adverbs (对此, 一贯, 坚决), then a verb of position or belief
    holds = lexicon.derived(
        "delegation holds",
        lambda: re.compile(
            rf"代表团(?:对此|{alternation(sorted(lexicon.words('filler')))})*"
            rf"(?:{alternation(sorted(lexicon.words('stance', 'opinion', 'emphasis')))})"
        ),
    )
    found: dict[EntityRef, Sentence] = {}
    for sentence in sentences:
        if "代表团" not in sentence.text:
            continue
        for _a, b, ref in sentence_refs(ctx, sentence, starts):
            if ref.cls == "state" and holds.match(sentence.text, b):
                found.setdefault(ref, sentence)
    return next(iter(found.items())) if len(found) == 1 else None


# --- persons ---------------------------------------------------------------------------------


def bind_persons(
    text: str, refs: list[tuple[int, int, EntityRef]], lexicon: CueLexicon
) -> list[tuple[str, EntityRef, int]]:
    """Persons a sentence introduces with their office: (name, what they speak for, where the
    name ends). ``美国总统拜登``, ``联合国秘书长古特雷斯``, ``中国代表团团长、外交部军控司司长成竞业``."""
    found: list[tuple[str, EntityRef, int]] = []
    titles = lexicon.pattern("title")
    if titles.search(text) is None and "(" not in text:
        return found  # most sentences name no office
    named_starts = {start for start, _end, _ref in refs}
    state_starts = [start for start, _end, ref in refs if ref.cls == "state"]
    # (an office right after a body's name, or inside it: 联合国秘书长 is one mention)
    bodies = [(start, end) for start, end, ref in refs if ref.cls == "organization"]
    for start, end, ref in refs:
        if ref.cls not in ("state", "organization"):
            continue
        if text.startswith(tuple(lexicon.words("office_matter")), end):
            continue  # 美国驻印尼大使、朝鲜问题特别代表金圣: the matter his office is for
        pos = end
        named_office = titles.search(text, start, end)
        if named_office is not None and named_office.end() == end:
            # the name right after an office named as a body: 联合国秘书长古特雷斯
            name = _name_at(text, pos)
            if name:
                found.append((name, ref, pos + len(name)))
                continue
        # the last office before the name, up to the clause's end: 代表团团长、外交部军控司司长成竞业
        gap = _OFFICE_REACH.match(text, pos)
        # (not past the next state's name: 澳大利亚总理阿尔巴尼斯、英国首相苏纳克, each its own)
        reach = min((a for a in state_starts if a >= pos), default=len(text))
        window = text[pos : min(gap.end(), reach) if gap else pos]
        best = None
        tags = word_tags()
        for m in reversed(list(titles.finditer(window))):
            if window[m.start() : m.end() + 1] in tags:
                continue  # 代表团, 大使馆: the office word is part of a longer one
            if pos + m.end() in named_starts:
                continue  # 代表哥斯达黎加: a state or body follows the office, not a person
            if any(
                pos <= a < pos + m.start()
                for a in (state_starts if ref.cls == "state" else named_starts)
            ):
                break  # 在韩国访问的美国副总统彭斯: the office is the nearer state's (a body
                # between is the post's: 中国常驻联合国代表张军); a body's office is no nearer
                # name's (新华社联合国9月26日电 联合国秘书长古特雷斯: the dateline's place)
            if (
                ref.cls == "state"
                and any(a < pos + m.start() <= b for a, b in bodies)
                and lexicon.value("title", m.group()) != "envoy"
            ):
                break  # 俄罗斯卫星通讯社联合国1月19日电 联合国秘书长古特雷斯: the body's office
                # (but 中国常驻联合国代表张军: an envoy to the body is the state's)
            if former(text, pos + m.start(), lexicon):
                break  # 美国前总统卡特: he speaks for himself now
            name = _name_at(text, pos + m.end())  # (the name may run past the window)
            if name:
                best = (m, name)
                break
        if best is None:
            continue
        title, name = best
        if (
            ref.cls == "organization"
            and ref != SECRETARY_GENERAL
            and lexicon.value("title", title.group()) == "envoy"
        ):
            continue  # 驻联合国大使耿爽, 联合国代表: an envoy to the body, not its own
        found.append((name, ref, pos + title.end() + len(name)))
    # a turn needs an honorific and a bracket (先生(): one search in C spares the lazy name
    # of _TURN being tried at every position of the sentence
    turns = _TURN.finditer(text) if _TURN_HINT.search(text) else ()
    for m in turns:
        state = next((r for a, b, r in refs if a == m.start("state") and r.cls == "state"), None)
        if state is not None:
            found.append((m.group("name").strip(), state, m.end("name")))
    return found


_TITLE_BEFORE = 8  # how far before a name an office that names it may start (国务委员兼外长)


def former(text: str, office_start: int, lexicon: CueLexicon) -> bool:
    """Whether the office that starts at ``office_start`` is one held no longer (``前总统``,
    cue kind ``former``)."""
    return text.endswith(lexicon.longest_first("former"), 0, office_start)


def office_persons(
    text: str, names: re.Pattern[str], table: dict[str, EntityRef], lexicon: CueLexicon
) -> list[tuple[str, EntityRef]]:
    """Persons of the gazetteer's table that a sentence names beside an office they hold
    (``奥巴马总统``, ``总统普京``, ``拜登政府``), with what they act for: a name alone may be anyone's,
    and a former office (``前总统卡特``) is no one's."""
    found: list[tuple[str, EntityRef]] = []
    titles = lexicon.pattern("title")
    for m in names.finditer(text):
        after = titles.match(text, m.end())
        # (拜登政府: the government a person heads, cue kind administration; 金委员长: a name of
        # the table that holds its office)
        titled = any(t.end() == len(m.group()) for t in titles.finditer(m.group(), 1))
        if (
            after is not None
            or titled
            or text.startswith(lexicon.longest_first("administration"), m.end())
        ):
            if not former(text, m.start(), lexicon):  # 前总统奥巴马 below, 前奥巴马政府 here
                found.append((m.group(), table[m.group()]))
            continue
        window = max(0, m.start() - _TITLE_BEFORE)
        before = [t for t in titles.finditer(text, window, m.start()) if t.end() == m.start()]
        if before and not former(text, before[0].start(), lexicon):
            found.append((m.group(), table[m.group()]))
    return found


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every cue word of more than one character (added to jieba's dictionary untagged)."""
    return frozenset(w for kind in load_cues().values.values() for w in kind if len(w) > 1)


def _says(word: str) -> bool:
    """Whether ``word`` is a verb of saying (表示, 指出) or the comma before what is said."""
    return word == "," or word in load_cues().words("reporting")


def _name_at(text: str, pos: int) -> str:
    """The person's name that starts at ``pos`` (after an office), or ``""``: the words up to
    the first that cannot be part of a name (a verb, a date, a preposition, punctuation). Foreign
    names are cut into odd pieces by jieba, so unknown pieces and single characters count."""
    if pos >= len(text) or not ("\u4e00" <= text[pos] <= "\u9fff" or text[pos] in "·•"):
        return ""  # punctuation or the text's end after the office: no name, nothing to cut
    tags = word_tags()
    name = ""
    words = segment(text[pos : pos + _NAME_MAX + 4])
    for i, word in enumerate(words):
        if word == "时" and len(name) >= 2 and words[i + 1 : i + 2] and _says(words[i + 1]):
            break  # 会见……执行秘书泽博时表示: when they met, not part of the name
        if word in "·•":
            name += word
            continue
        if not word.strip() or not ("\u4e00" <= word[0] <= "\u9fff"):
            break
        if (len(word) == 1 or not name) and word[0] in _NAME_STOP:
            break  # 主席所作的报告: no name starts with a function word
        tag = tags.get(word)
        if not name and len(word) == 1 and tag is not None and tag.startswith(_NOT_FIRST):
            break  # 我想, 谨随函, 况下: a pronoun, an adverb, a conjunction opens no name
        if (
            len(word) > 1
            and tag is not None
            and not tag.startswith("nr")
            and (name or tag != "ns")  # (a name the dictionary knows as a place's: 秘书长安南)
        ):
            break
        if len(word) > 1 and tag is None and word in _cue_words():
            break  # 发表了讲话: a cue the dictionary was given, no name
        name += word
        if len(name) > _NAME_MAX:
            return ""
    name = name.strip("·•")
    return name if len(name) >= 2 else ""
