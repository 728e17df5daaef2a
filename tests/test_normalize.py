import pytest

from nukegraph.normalize import (
    is_furniture,
    normalize_name,
    normalize_text,
    pair_quotes,
    remove_whitespace,
    split_sentences,
    to_cjk_full_stops,
    to_em_dashes,
    to_halfwidth,
    to_mainland_quotes,
    to_middle_dots,
    to_simplified,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('他说:"我们支持。"', "他说:“我们支持。”"),
        (
            '声明称:"我们宣布,不接受。\n"它不符合标准。"',
            "声明称:“我们宣布,不接受。\n“它不符合标准。”",
        ),
        ('The "A" line', 'The "A" line'),  # no Chinese beside the quotes: an English line's
        ("他说:“我们支持。”", "他说:“我们支持。”"),
    ],
)
def test_pair_quotes(raw: str, expected: str) -> None:
    assert pair_quotes(raw) == expected
    assert len(pair_quotes(raw)) == len(raw)  # one character for one: offsets stay


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("（ＣＤ／１８８８）", "(CD/1888)"),
        ("伊朗（伊斯兰共和国）", "伊朗(伊斯兰共和国)"),
        ("中文。、《》", "中文。、《》"),  # Chinese punctuation outside the full-width block stays
        ("a\u3000b", "a b"),
        ("！～＂＇＼", "!~\"'\\"),  # both ends of the block, and characters that need escaping
        ("ＡＡＡ，，", "AAA,,"),
    ],
)
def test_to_halfwidth(raw: str, expected: str) -> None:
    assert to_halfwidth(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("不扩散核\n武器 条约", "不扩散核武器条约"), (" A / AC ", "A/AC"), ("", "")],
)
def test_remove_whitespace(raw: str, expected: str) -> None:
    assert remove_whitespace(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Reaching Critical Will", "Reaching Critical Will"),
        ("伊朗 （伊斯兰共和国）", "伊朗(伊斯兰共和国)"),
        ("21 国集团", "21国集团"),
    ],
)
def test_normalize_name(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("CD/1899", True),
        ("A/68/514", True),
        ("Chinese", True),
        ("Original: English", True),
        ("11/13", True),
        ("11/1313-50610 (C)", True),
        ("GE.10-63510", True),
        ("http://undocs.org/ch/A/RES/67/56", True),
        ("12", True),
        ("20 April 2018", True),
        ("---", True),
        ("A/68/514*", True),
        ("Distr.: General", True),
        ("Limited", True),
        ("联合国", True),
        ("(CD/1878)；", False),
        ("联合国的作用。", False),
        ("附件一", False),
        ("议程项目 3, 巴西", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_line_break_inside_a_name_is_joined_and_offsets_map_back() -> None:
    raw = "根据《不扩散核\n武器条约》，各国"
    norm = normalize_text(raw)
    assert "不扩散核武器条约" in norm.text
    start = norm.text.index("不扩散核武器条约")
    raw_start, raw_end = norm.raw_span(start, start + len("不扩散核武器条约"))
    assert raw[raw_start:raw_end] == "不扩散核\n武器条约"


def test_page_furniture_between_lines_is_dropped() -> None:
    raw = "裁军谈判会议的工作\n\n  CD/1899\n Chinese\n 3\n继续进行。\n"
    norm = normalize_text(raw)
    assert norm.text == "裁军谈判会议的工作继续进行。"
    assert norm.furniture_symbols == ["CD/1899"]


def test_reissued_symbol_header_gives_the_symbol() -> None:
    norm = normalize_text("  A/68/514*\n Distr.: General\n第六十八届会议\n")
    assert norm.furniture_symbols == ["A/68/514"]
    assert norm.text == "第六十八届会议"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a title on the first line, its text right under it, is a line of its own
        (
            "巴西和南非联合声明（节选）\n双方支持该条约。\n",
            "巴西和南非联合声明(节选)\n双方支持该条约。",
        ),
        ("中国代表在裁谈会的发言\n主席先生,\n", "中国代表在裁谈会的发言\n主席先生,"),
        # a headline ending with a treaty's name in title marks
        (
            "分析：美国为何不批准《全面禁止核试验条约》\n美国签署了该条约。\n",
            "分析:美国为何不批准《全面禁止核试验条约》\n美国签署了该条约。",
        ),
        # its authors listed with 、: a list of names, not a clause of a sentence
        (
            "巴西、埃及和南非提交的工作文件\n我们支持该条约。\n",
            "巴西、埃及和南非提交的工作文件\n我们支持该条约。",
        ),
        # a first line wrapped inside a sentence is still joined
        ("美国反对全面禁\n止核试验条约。\n", "美国反对全面禁止核试验条约。"),
        # a comma is a clause: a line that has one is a sentence wrapped, not a title
        ("美国说,它反对该声明\n和决议。\n", "美国说,它反对该声明和决议。"),
    ],
)
def test_a_title_on_the_first_line_is_not_joined_to_the_text(raw: str, expected: str) -> None:
    assert normalize_text(raw).text == expected


def test_numbered_heading_is_not_joined_to_the_next_line() -> None:
    raw = "二. 从各国政府收到的答复\n奥地利\n1. 本国支持该条约。\n"
    assert normalize_text(raw).text == "二.从各国政府收到的答复\n奥地利\n1.本国支持该条约。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("安全理事會重申《不擴散核武器條約》", "安全理事会重申《不扩散核武器条约》"),
        ("聯合國秘書長呼籲各國簽署", "联合国秘书长呼吁各国签署"),
        ("中国支持《全面禁止核试验条约》", "中国支持《全面禁止核试验条约》"),  # already simplified
        ("", ""),
    ],
)
def test_to_simplified_keeps_every_character_in_its_place(raw: str, expected: str) -> None:
    assert to_simplified(raw) == expected
    assert len(to_simplified(raw)) == len(raw)


def test_a_text_in_traditional_characters_is_read_with_the_simplified_gazetteers() -> None:
    raw = "安全理事會，\n\n1. 呼籲所有國家批准《全面禁止核試驗條約》；\n"
    norm = normalize_text(raw)
    assert "全面禁止核试验条约" in norm.text
    start = norm.text.index("全面禁止核试验条约")
    raw_start, raw_end = norm.raw_span(start, start + 9)
    assert raw[raw_start:raw_end] == "全面禁止核試驗條約"  # the evidence keeps the original


def test_an_english_sentence_before_a_chinese_line_ends_there() -> None:
    # a bilingual record copies each paragraph in both languages, one line each
    long_line = (
        "我们认为,第一委员会继续使联合国全体会员国能够在裁军问题上表达它们的希望是很有益的。"
    )
    raw = (
        f"{long_line}\nWe hope it will continue to be developed in the future.\n"
        "拉帕茨基先生(波兰)(以英语发言):主席先生,我国代表团支持该条约。\n"
    )
    lines = normalize_text(raw).text.split("\n")
    assert lines[-1] == "拉帕茨基先生(波兰)(以英语发言):主席先生,我国代表团支持该条约。"


def test_footnote_marker_inside_a_list_does_not_break_the_sentence() -> None:
    raw = "下列国家的代表作了发言：阿尔及利亚、巴西(代表\n\n新议程联盟\n1\n)、比利时和瑞士。\n"
    norm = normalize_text(raw)
    assert "巴西(代表新议程联盟)、比利时" in norm.text


def test_a_footnote_block_is_moved_out_of_the_sentence_it_interrupts() -> None:
    raw = (
        "下列国家发了言：巴西(代表新议程联盟\n1\n)和瑞典。民间社会组织、巴塞尔和平\n"
        "__________________\n\n1\n 新议程联盟由巴西、埃及和瑞典\n组成。\n"
        " 办事处也提交了文件。\n2.  下一段。\n"
    )
    norm = normalize_text(raw)
    assert norm.text.split("\n") == [
        "下列国家发了言:巴西(代表新议程联盟)和瑞典。民间社会组织、巴塞尔和平办事处也提交了文件。",
        "新议程联盟由巴西、埃及和瑞典组成。",
        "2.下一段。",
    ]
    start = norm.text.index("巴塞尔和平办事处")
    raw_start, raw_end = norm.raw_span(start, start + len("巴塞尔和平办事处"))
    assert remove_whitespace(raw[raw_start:raw_end]).startswith("巴塞尔和平")


def test_after_a_page_turn_the_main_text_resumes_after_the_footnotes() -> None:
    raw = "正文第一句\n______\n1 脚注一。\nA/68/514\n12\n继续正文。\n"
    assert normalize_text(raw).text.split("\n") == ["正文第一句继续正文。", "1脚注一。"]


def test_spaces_between_latin_words_survive_but_not_between_chinese() -> None:
    norm = normalize_text("第 64/53 号决议，Reaching Critical Will 的报告")
    assert norm.text == "第64/53号决议,Reaching Critical Will的报告"


def test_symbol_broken_across_lines_is_joined() -> None:
    norm = normalize_text("提出的工作文件：无核武器世界的基石(A/AC. \n281/WP.4)；\n")
    assert "(A/AC.281/WP.4);" in norm.text


def test_sentences_have_raw_offsets_and_end_at_paragraph_breaks() -> None:
    raw = "附件一\n\n1.  第一句话。第二\n句话！\n2.  第三句\n"
    norm = normalize_text(raw)
    sentences = split_sentences(norm, raw)
    assert [s.text for s in sentences] == ["附件一", "1.第一句话。", "第二句话!", "2.第三句"]
    for s in sentences:
        assert remove_whitespace(raw[s.start : s.end]).replace("！", "!") == s.text


WEB_PAGE = """中国裁军大使在裁谈会的发言

2015-05-04 10:44

主席先生:

中方支持裁谈会尽早达成全面平衡的工作计划。

赞成(3票)

法国

俄罗斯联邦

斯洛伐克
"""


def test_lines_of_a_web_page_separated_by_empty_lines_stay_apart() -> None:
    norm = normalize_text(WEB_PAGE)
    assert norm.text.split("\n")[:3] == [
        "中国裁军大使在裁谈会的发言",
        "2015-05-04 10:44",
        "主席先生:中方支持裁谈会尽早达成全面平衡的工作计划。",  # a colon goes on
    ]
    assert norm.text.split("\n")[-3:] == ["法国", "俄罗斯联邦", "斯洛伐克"]


def test_lines_wider_than_a_page_are_paragraphs_and_none_is_joined() -> None:
    # a web page's text with no empty lines: a paragraph per line, some far wider than a
    # printed page; its short lines (a headline, a heading, 部分内容如下:) stand alone
    body = "中方坚持实现半岛无核化、维护半岛和平稳定、通过对话协商解决问题的立场坚定不移。" * 3
    raw = (
        "原标题:中方坚决反对任何加剧紧张的言行\n外交部发言人举行例行记者会,部分内容如下:\n问:"
        + body
        + "\n答:"
        + body
        + "\n"
    )
    assert normalize_text(raw).text.split("\n")[:3] == [
        "原标题:中方坚决反对任何加剧紧张的言行",
        "外交部发言人举行例行记者会,部分内容如下:",
        "问:" + body,
    ]


def test_double_spaced_wrapped_lines_are_still_joined() -> None:
    # PDF text often leaves an empty line after every line; a line about as wide as the
    # page, or one that breaks a sentence after a comma, goes on in the next line
    lines = [
        "大会注意到裁军谈判会议关于其二〇一〇年届会工作的报告并且",
        "重申裁军谈判会议作为唯一多边裁军谈判论坛的作用。",
    ]
    short = "这是一个根本上转变了的世界,各"
    raw = "\n\n".join([*lines, short, "国及其他行为体感到不需要拥有核武器。"])
    assert (
        normalize_text(raw).text
        == "".join(lines) + "\n" + short + "国及其他行为体感到不需要拥有核武器。"
    )


@pytest.mark.parametrize(
    ("raw", "kept", "expected"),
    [
        ("聯(lián)合國通過決議", "聯合國通過決議", "联合国通过决议"),  # a site's inline ruby
        ("核戰（zhàn）爭", "核戰爭", "核战争"),
        ("審議大會(huì )在紐約", "審議大會在紐約", "审议大会在纽约"),  # a space before the bracket
        ("联合国(UN)通过决议", "联合国(UN)通过决议", "联合国(UN)通过决议"),  # Latin stays
        ("附件(a)所列", "附件(a)所列", "附件(a)所列"),
    ],
)
def test_a_pinyin_gloss_after_a_character_is_dropped(raw: str, kept: str, expected: str) -> None:
    norm = normalize_text(raw)
    assert norm.text == expected
    # every character left maps back to its own place in the raw text
    assert "".join(raw[norm.raw_index(i)] for i in range(len(norm.text))) == kept


def test_a_reports_dateline_opens_its_body_after_a_headline() -> None:
    raw = (
        "秦刚:中方希望有关决议得到认真全面执行\n新华网联合国3月3日电(记者王湘江)安理会3日通过决议。"
    )
    norm = normalize_text(raw)
    assert [s.text for s in split_sentences(norm, raw)] == [
        "秦刚:中方希望有关决议得到认真全面执行",
        "新华网联合国3月3日电(记者王湘江)安理会3日通过决议。",
    ]


def test_a_line_in_english_on_a_bilingual_page_is_a_paragraph_of_its_own() -> None:
    raw = "62/18. 建立中东无核武器区\nEstablishment of a nuclear-weapon-free zone\n大会,\nThe General Assembly,\n回顾其各项决议,"
    norm = normalize_text(raw)
    assert norm.text == (
        "62/18.建立中东无核武器区\nEstablishment of a nuclear-weapon-free zone\n大会,\n"
        "The General Assembly,\n回顾其各项决议,"
    )


@pytest.mark.parametrize(
    ("normalizer", "raw", "expected"),
    [
        (to_mainland_quotes, "恪守「暫停核試驗」承諾", "恪守“暫停核試驗”承諾"),
        (to_mainland_quotes, "他說:「『無核化』是目標」", "他說:“‘無核化’是目標”"),
        (to_mainland_quotes, "没有引号", "没有引号"),
        (to_middle_dots, "落实九・一九共同声明", "落实九·一九共同声明"),
        (to_middle_dots, "川普‧拜登与迈克尔∙R∙蓬佩奥", "川普·拜登与迈克尔·R·蓬佩奥"),
        (to_middle_dots, "• 第一点", "• 第一点"),  # a bullet is no name's dot
        (to_em_dashes, "核大国──美国、中国──在施压", "核大国——美国、中国——在施压"),
        (to_em_dashes, "核大国━美国", "核大国—美国"),
        (to_em_dashes, "────────", "────────"),  # a ruled line is no dash
        (to_cjk_full_stops, "环境已经在起变化.两国决定.", "环境已经在起变化。两国决定。"),
        (to_cjk_full_stops, "基本协议(94年).决定以此为基础", "基本协议(94年)。决定以此为基础"),
        (to_cjk_full_stops, "停战协定.\n双方", "停战协定。\n双方"),
        # numbers, Latin abbreviations, an ellipsis and a heading's numeral end no sentence
        (to_cjk_full_stops, "削减1.5倍", "削减1.5倍"),
        (to_cjk_full_stops, "美国(U.S.)表示", "美国(U.S.)表示"),
        (to_cjk_full_stops, "等等...", "等等..."),
        (to_cjk_full_stops, "二. 答复\n十一.答复", "二. 答复\n十一.答复"),
        # a text with its own full stops writes "." inside a foreign name
        (
            to_cjk_full_stops,
            "助理国务卿罗斯.戈特莫勒说。美国支持该条约。",
            "助理国务卿罗斯.戈特莫勒说。美国支持该条约。",
        ),
    ],
)
def test_one_for_one_normalizers(normalizer, raw: str, expected: str) -> None:
    assert normalizer(raw) == expected
    assert len(normalizer(raw)) == len(raw)  # offsets into the raw text hold
