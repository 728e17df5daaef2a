"""Who speaks (relations/speakers.py and the reader in relations/context.py): the author of a
text by its kind, persons introduced with their office, quotations, turns of a record, votes.
Each text is made up in the shape of its genre; the bundled gazetteers name the entities."""

from __future__ import annotations

import pytest

from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer
from nukegraph.records import EntityRef, SourceDocument
from nukegraph.relations.document import DocumentContext
from nukegraph.relations.lexicon import load_cues
from nukegraph.relations.speakers import document_voice


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_gazetteer())


def facts(extractor: Extractor, text: str) -> set[str]:
    result = extractor.extract(SourceDocument("doc.txt", text, "utf-8"))
    return {
        f"{st.subject.id} {st.predicate} {st.object.id}"
        for st in result.statements
        if st.polarity == "positive" and hasattr(st.subject, "cls")
    }


def voice(extractor: Extractor, text: str) -> tuple[str, tuple[str, ...]]:
    from nukegraph.extract import document_id
    from nukegraph.normalize import normalize_text, split_sentences
    from nukegraph.records import EntityRef

    source = SourceDocument("doc.txt", text, "utf-8")
    norm = normalize_text(text)
    mentions, _ = extractor.matcher.match(norm, text)
    ctx = DocumentContext(
        source,
        norm,
        split_sentences(norm, text),
        mentions,
        EntityRef("document", document_id(source, norm)),
        extractor.gazetteer,
    )
    found = document_voice(ctx, load_cues())
    return found.kind, tuple(ref.id for ref in found.authors)


# --- the author of the text ---------------------------------------------------------------


def test_an_official_named_by_office_alone_speaks_for_the_embassy_below_the_title(extractor):
    # the byline under the title names the site: the adviser's statement is the embassy's state
    text = (
        "国家安全顾问苏珊·赖斯关于朝鲜发射导弹的声明\n\n2016年02月20日 美国驻华大使馆\n\n"
        "我们谴责朝鲜的核试验。\n"
    )
    assert voice(extractor, text) == ("statement", ("USA",))
    assert "USA opposes NUCLEAR_TESTING" in facts(extractor, text)


def test_a_byline_far_below_the_title_names_no_speaker(extractor):
    text = (
        "国家安全顾问关于朝鲜发射导弹的声明\n\n2016年02月20日\n\n我们谴责今天的发射。\n\n"
        "北朝鲜应停止挑衅。\n\n美国驻华大使馆\n"
    )
    assert voice(extractor, text)[1] != ("USA",)


def test_remarks_and_answers_of_a_secretary_of_state(extractor):
    text = "国务卿蓬佩奥与记者见面时的讲话及答问\n\n蓬佩奥国务卿:晚上好。\n"
    assert voice(extractor, text) == ("statement", ("USA",))


def test_a_speech_copied_from_a_mission_web_site(extractor):
    text = (
        "首页 > 代表团业务 > 裁军军控 > 会议与发言\n"
        "墨西哥裁军大使在裁谈会全会上的发言\n2019/03/05\n\n主席先生，\n\n"
        "墨西哥欢迎《禁止核武器条约》。我们呼吁所有国家尽早签署和批准该条约。\n"
    )
    assert voice(extractor, text) == ("statement", ("MEX",))
    assert facts(extractor, text) == {"MEX spokeIn doc", "MEX supports TPNW"}


def test_a_title_naming_only_the_ambassador_takes_the_delegation_named_in_the_opening(extractor):
    text = (
        "李明大使在第一委员会一般性辩论中的发言\n\n主席先生：\n\n"
        "我谨代表中国代表团祝贺你当选。中方坚定支持《全面禁止核试验条约》早日生效。"
        "我们认为，各国应遵守《不扩散核武器条约》。\n"
    )
    assert voice(extractor, text) == ("statement", ("CHN",))
    assert facts(extractor, text) >= {"CHN spokeIn doc", "CHN supports CTBT", "CHN supports NPT"}


def test_we_in_a_joint_statement_is_each_state_that_makes_it(extractor):
    text = (
        "巴西、埃及和南非外交部长联合声明\n\n2021年3月1日\n\n"
        "我们重申对《不扩散核武器条约》的坚定支持，并欢迎《禁止核武器条约》生效。\n"
    )
    assert voice(extractor, text) == ("joint", ("BRA", "EGY", "ZAF"))
    assert facts(extractor, text) == {
        f"{s} supports {t}" for s in ("BRA", "EGY", "ZAF") for t in ("NPT", "TPNW")
    } | {f"{s} spokeIn doc" for s in ("BRA", "EGY", "ZAF")}  # (the title names them)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("美国-日本-韩国三方国家安全顾问新闻声明", "joint"),  # the states named, then counted
        ("巴西、埃及和南非三国外长新闻公报", "joint"),
        ("巴西外长关于两国关系的声明", "statement"),  # one state: its count is of another thing
    ],
)
def test_a_title_counting_the_states_it_names_is_their_joint_statement(extractor, title, kind):
    text = title + "\n\n我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "审议大会 岸田内阁总理大臣 一般性辩论演讲\n主席先生,\n我们支持《全面禁止核试验条约》。\n",
        "外务大臣在联大一般性辩论中的演讲\n\n主席先生,\n我们支持《全面禁止核试验条约》。\n",
        # the body opening the title names the meeting; the office names its speaker
        "联合国大会核裁军问题高级别会议 安倍内阁总理大臣演讲\n主席,\n我们支持《全面禁止核试验条约》。\n",
    ],
)
def test_a_title_naming_an_office_only_one_state_has_is_that_states_speech(extractor, text):
    assert facts(extractor, text) == {"JPN spokeIn doc", "JPN supports CTBT"}


def test_a_text_the_heading_says_a_body_adopted_is_that_bodys(extractor):
    # a declaration the General Assembly adopted: its 我们 and its paragraphs are the Assembly's
    text = (
        "主题:裁军\n\n宣布2030年代为第五个裁军十年宣言\n\n通过日期 联合国大会2030年12月4日通过\n\n"
        "1. 我们必须继续谋求早日消除核武器。\n2. 鼓励所有国家进一步加强不扩散制度。\n"
    )
    assert voice(extractor, text) == ("adopted", ("UNGA",))
    assert facts(extractor, text) == {
        "UNGA supports NUCLEAR_DISARMAMENT",
        "UNGA supports NON_PROLIFERATION",
    }


@pytest.mark.parametrize(
    "text",
    [
        # a long line about an adoption is a report's, not the heading of the text adopted
        "会议期间,各国代表就许多问题展开讨论,最后联合国大会于2030年12月4日以压倒多数通过\n"
        "各国应消除核武器。\n",
        # a headline with no date says what happened, not who adopted the text below
        "伊核协议在安理会获得通过\n\n各国应遵守伊核协议。\n",
    ],
)
def test_a_line_saying_a_body_adopted_something_else_is_no_voice(extractor, text):
    assert voice(extractor, text)[0] != "adopted"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("金砖国家领导人第九次会晤厦门宣言\n\n1. 我们支持《全面禁止核试验条约》。\n", "BRICS"),
        # the members opening a clause of their own declaration are the body
        ("上海合作组织成员国元首宣言\n\n成员国支持《全面禁止核试验条约》。\n", "SCO"),
        ("七国集团外长会议公报(节选)\n\n我们支持《全面禁止核试验条约》。\n", "G7"),
    ],
)
def test_a_declaration_titled_by_a_groups_leaders_or_ministers_is_the_groups(
    extractor, text, group
):
    assert voice(extractor, text) == ("joint", (group,))
    assert facts(extractor, text) == {f"{group} supports CTBT", f"{group} spokeIn doc"}


def test_a_draft_resolution_is_its_sponsors_not_the_organs_it_heads(extractor):
    text = (
        "A/C.1/99/L.1\n第九十九届会议\n第一委员会\n\n"
        "奥地利、墨西哥和南非:决议草案\n\n禁止核武器条约\n\n大会,\n"
        "欢迎《禁止核武器条约》生效,\n1. 呼吁所有国家加入《全面禁止核试验条约》;\n"
    )
    assert voice(extractor, text) == ("draft", ("AUT", "MEX", "ZAF"))
    assert facts(extractor, text) == {
        f"{s} {p} {o}"
        for s in ("AUT", "MEX", "ZAF")
        for p, o in (
            ("submitted", "A/C.1/99/L.1"),
            ("supports", "A/C.1/99/L.1"),
            ("supports", "TPNW"),
            ("supports", "CTBT"),
        )
    }  # (no UNGA: the Assembly has adopted nothing)


def test_we_after_a_dateline_and_a_named_speaker_is_the_speakers_state(extractor):
    text = "新华社德黑兰5月3日电 伊朗外长说:“我们支持《全面禁止核试验条约》。”\n"
    assert facts(extractor, text) == {"IRN supports CTBT"}


def test_a_photo_caption_naming_the_secretary_general_is_no_title(extractor):
    text = (
        "中东无核提案未达成协议\n\n联合国秘书长潘基文在大会上发言。(网络图\n\n"
        "【看中国2015年05月24日讯】审议大会闭幕。各方支持《全面禁止核试验条约》。\n"
    )
    assert voice(extractor, text)[0] != "sg"
    assert "UNSG supports CTBT" not in facts(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国:坚决反对核试验\n", {"CHN opposes NUCLEAR_TESTING"}),
        ("伊朗外长:伊朗将继续与国际原子能机构合作\n", {"IRN supports IAEA"}),
        ("会议议程:审议《不扩散核武器条约》的执行情况\n", set()),  # no one opens it
        (
            "中国外长说:美国支持《全面禁止核试验条约》\n",
            {"USA supports CTBT"},
        ),  # a verb before the colon
        # a modal before the colon: what they should do follows, not their words
        ("27. 核武器国家还应:\n(a) 摒弃任何核战争理论;\n", set()),
    ],
)
def test_a_headlines_colon_names_who_says_what_follows(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(
    ("title", "spoken"),
    [
        # a title that reads as a report, under which the speech opens with its salutation
        ("俄罗斯外长拉夫罗夫在安理会会议上发表讲话\n\n尊敬的主席先生,\n", True),
        # a place and a date after the title's noun
        ("俄罗斯外长拉夫罗夫在安理会会议上发表讲话, 纽约,2018年1月18日\n\n尊敬的主席先生,\n", True),
        ("俄罗斯外长拉夫罗夫在安理会会议上的讲话(2018年1月18日,纽约)\n\n", True),
        # a subtitle in brackets saying what it is about, with a verb of its own
        ("俄罗斯外长拉夫罗夫讲话(关于安理会通过第2231号决议)\n\n尊敬的主席先生,\n", True),
        # a press conference's remarks (发布会 issues nothing), then a place and a date
        ("俄罗斯外交部副部长关于审议大会筹备工作的新闻发布会发言,莫斯科,2019年4月26日\n\n", True),
        # 演说, the word of older and Taiwanese texts, under a past head of state's name
        ("艾森豪威尔总统在联合国大会的演说\n\n", True),
        # a site's section label that names no one, above the title that does
        (
            "首页 > 总统讲话 > 2013年9月\n\n总统讲话\n\n俄罗斯外长拉夫罗夫在安理会会议上的讲话\n\n",
            True,
        ),
        # a spokesperson's statement titled by the office alone (谈话, elsewhere a headline's)
        ("俄罗斯外交部发言人谈话\n\n", True),
        ("俄罗斯外交部发言人谈话(2019年2月2日)\n\n", True),
        # a report's headline and a photo's caption: nobody's speech (the headline still
        # reports that he spoke at the meeting)
        ("俄罗斯外长拉夫罗夫在安理会会议上发表讲话\n\n新华社纽约1月18日电\n", "reported"),
        ("俄罗斯外长拉夫罗夫在安理会讲话 (资料照片)\n\n", False),
    ],
)
def test_a_speech_title_with_what_may_follow_it(extractor, title, spoken):
    text = title + "我们支持《不扩散核武器条约》。\n"
    state = "USA" if "艾森豪威尔" in title else "RUS"
    expected = {f"{state} spokeIn doc", f"{state} supports NPT"} if spoken is True else set()
    if spoken == "reported":
        expected = {f"{state} spokeIn doc"}  # the report says he spoke there; 我们 is not his
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(
    ("opening", "speaks"),
    [
        ("个别国家歪曲中国的核政策,中国代表团对此坚决反对。", True),
        ("埃及代表团认为应加强核裁军。中国代表团支持这一提议。", False),  # which one speaks?
    ],
)
def test_a_speech_whose_delegation_names_itself_as_the_subject_of_a_position(
    extractor, opening, speaks
):
    text = "主席先生,\n" + opening + "\n我们支持《不扩散核武器条约》。\n"
    found = facts(extractor, text)
    assert ({"CHN spokeIn doc", "CHN supports NPT"} <= found) is speaks


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence that names nothing but the opposite of a topic: the speaker's position
        ("坚决反对核扩散。", {"USA supports NON_PROLIFERATION"}),
        ("反对核扩散是反恐战争的首要任务之一。", {"USA supports NON_PROLIFERATION"}),
        ("一些国家反对核扩散。", set()),  # someone else's
        ("和平解决核武器扩散的关切。", set()),  # a problem to settle, no position
    ],
)
def test_a_speech_holds_what_it_says_of_the_opposite_of_a_topic(extractor, sentence, expected):
    text = "美国总统在联合国大会的讲话\n\n" + sentence + "\n"
    assert facts(extractor, text) == {"USA spokeIn doc", *expected}


def test_i_in_a_states_speech_is_the_state(extractor):
    # whoever delivers it, minister or envoy, speaks for the state (as 我 is the SG in his own)
    text = "中国代表团团长在第一委员会的发言\n\n主席先生,\n我呼吁核武器国家提高透明度。\n"
    assert facts(extractor, text) == {"CHN spokeIn doc", "CHN supports TRANSPARENCY"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "共同分担的责任\n\n以下是一篇美国政府的政策声明。\n\n我们支持《全面禁止核试验条约》。\n",
            "USA",
        ),
        ("以下是俄罗斯外交部的声明。\n\n我们支持《全面禁止核试验条约》。\n", "RUS"),
    ],
)
def test_a_line_saying_whose_text_follows_makes_it_theirs(extractor, text, state):
    assert facts(extractor, text) == {f"{state} spokeIn doc", f"{state} supports CTBT"}


def test_a_state_a_joint_statement_is_about_is_not_among_its_authors(extractor):
    text = "巴西和埃及外长关于朝鲜核问题的联合声明\n\n我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == ("joint", ("BRA", "EGY"))


def test_both_sides_of_a_joint_statement_whose_title_runs_into_its_date(extractor):
    # the title line is read as a line: its date and place follow with no full stop between
    text = (
        "中华人民共和国和俄罗斯联邦关于维护全球战略稳定的联合声明\n2026年5月8日，莫斯科\n\n"
        "一、双方重申致力于《不扩散核武器条约》。\n\n二、两国反对核试验。\n"
    )
    assert voice(extractor, text) == ("joint", ("CHN", "RUS"))
    assert facts(extractor, text) == {
        "CHN spokeIn doc",
        "RUS spokeIn doc",
        "CHN supports NPT",
        "RUS supports NPT",
        "CHN opposes NUCLEAR_TESTING",
        "RUS opposes NUCLEAR_TESTING",
    }


def test_a_joint_title_copied_with_an_html_line_break(extractor):
    # a web page's title keeps its <br>: the tag's > is no breadcrumb of site navigation
    text = (
        "巴西、埃及和南非外长<br>关于核裁军的联合声明\n来源: 2021-03-01 10:00  [打印本页]\n\n"
        "  二十五年前，《全面禁止核试验条约》开放供签署，这是国际社会为终止核试验作出的共同努力。"
        "我们坚定支持《全面禁止核试验条约》。\n\n"
        "  我们呼吁附件2所列的其余国家毫不拖延地签署和批准条约，使之早日生效，造福全人类。\n"
    )
    assert voice(extractor, text) == ("joint", ("BRA", "EGY", "ZAF"))
    assert facts(extractor, text) == {
        f"{s} {p} {o}"
        for s in ("BRA", "EGY", "ZAF")
        for p, o in (("supports", "CTBT"), ("spokeIn", "doc"))
    }


def test_both_sides_outside_a_joint_statement_are_nobody(extractor):
    text = "新闻\n\n中国代表说，双方重申致力于《不扩散核武器条约》。\n"
    assert facts(extractor, text) == set()


def test_i_in_a_message_of_the_secretary_general(extractor):
    text = (
        "秘书长在国际反对核试验日的致辞\n\n2020年8月29日\n\n"
        "我呼吁尚未签署和批准《全面禁止核试验条约》的国家立即签署和批准。核试验必须停止。\n"
    )
    assert voice(extractor, text)[1] == ("UNSG",)
    assert "UNSG supports CTBT" in facts(extractor, text)


@pytest.mark.parametrize(
    ("title", "spoke"),
    [
        ("秘书长在国际反对核试验日的致辞", True),
        ("秘书长关于朝鲜核试验的声明", True),
        ("秘书长关于执行《宣言》的报告", False),  # a report he wrote, no speaking in it
    ],
)
def test_the_secretary_general_spoke_in_his_own_speech_or_statement(extractor, title, spoke):
    text = f"{title}\n\n2020年8月29日\n\n我呼吁各国签署《全面禁止核试验条约》。\n"
    assert voice(extractor, text)[1] == ("UNSG",)
    assert any(f.startswith("UNSG spokeIn ") for f in facts(extractor, text)) is spoke


@pytest.mark.parametrize(
    ("heading", "spoke"),
    [
        ("公报\n法国总统府,2022年8月29日(周一)", True),
        ("声明\n\n日本外务省", True),
        ("新闻稿\n\n2022年8月29日\n\n日本外务省", True),  # a date line between
        ("声明\n\n日本和法国", False),  # two states, no office: no issuer's line
        ("公报\n法国总统府发表讲话,批评日本", False),  # a headline, not the issuer's line
    ],
)
def test_a_release_is_the_states_whose_office_issues_it_beside_its_bare_title(
    extractor, heading, spoke
):
    text = f"{heading}\n\n我们支持《全面禁止核试验条约》早日生效。\n"
    found = facts(extractor, text)
    assert any(" spokeIn " in f for f in found) is spoke


@pytest.mark.parametrize(
    ("after_lead", "spoke"),
    [
        ("日本外相罕见重炮发言", False),  # a news subheading between paragraphs
        ("声明全文如下:\n日本政府声明", True),  # the lead gives the text in full
        ("日本大使在安理会公开会上的发言", True),  # a title that says where it was given
    ],
)
def test_a_speech_title_after_a_paragraph_only_where_the_lead_gives_it(
    extractor, after_lead, spoke
):
    text = (
        "据报道,日本外务省官员十六日表示,日本已呼吁有关国家裁减核武器,对此各方反应不一。\n"
        f"{after_lead}\n我们支持《全面禁止核试验条约》早日生效。\n"
    )
    assert any(f.startswith("JPN spokeIn ") for f in facts(extractor, text)) is spoke


def test_a_working_paper_however_long_its_submitters_name(extractor):
    text = (
        "不扩散核武器条约缔约国不结盟运动成员国集团提交的工作文件\n\n"
        "1. 集团重申支持建立中东无核武器区。\n"
    )
    assert voice(extractor, text) == ("working_paper", ("NAM",))
    assert facts(extractor, text) >= {"NAM submitted doc", "NAM supports MEWMDFZ"}


def test_a_working_paper_of_states_listed_with_enumeration_commas(extractor):
    # (the title's 、 is no clause: the line stays a title above its empty line)
    text = "巴西、埃及和南非提交的工作文件\n\n我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == ("working_paper", ("BRA", "EGY", "ZAF"))
    assert facts(extractor, text) >= {"EGY submitted doc", "EGY supports CTBT"}


def test_a_numbered_working_paper_submitted_at_a_meeting(extractor):
    # (二): the second of a series; 在……上: where it was submitted
    text = (
        "巴西代表团在《不扩散核武器条约》审议大会第一次筹备会上提交的工作文件(二)\n2030-06-09\n\n"
        "1. 促进和平利用核能是条约的重要目标之一。\n"
    )
    assert voice(extractor, text) == ("working_paper", ("BRA",))
    assert facts(extractor, text) >= {"BRA submitted doc", "BRA supports PEACEFUL_USES"}


@pytest.mark.parametrize(
    "text",
    [
        "我们支持《全面禁止核试验条约》。",  # nobody says whose text it is
        "新华社日内瓦5月4日电 会议期间，我们支持《全面禁止核试验条约》的呼声很高。",  # news
        # a picture's caption with its agency and date, between a report's paragraphs
        "中俄智库发布报告\n\n综合媒体报道,智库发布了报告,报告指出,我们支持《全面禁止核试验条约》。\n"
        "新西兰外交部长马胡塔 - 卫星通讯社, 1920, 28.07.2023\n",
    ],
)
def test_a_text_no_one_is_said_to_speak_has_no_voice(extractor, text):
    assert not any(f.endswith("supports CTBT") for f in facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's statement titled by the ministry alone: the government that opens a clause
        (
            "外交部声明\n\n今天,朝鲜进行核试验,中国政府对此表示坚决反对。我们敦促朝方遵守《不扩散核武器条约》。",
            {"CHN spokeIn doc", "CHN opposes NUCLEAR_TESTING", "CHN supports NPT"},
        ),
        # the side urged (敦促朝方) is another's, not the text's own
        (
            "外交部发言人声明\n\n我们敦促朝方遵守《不扩散核武器条约》。",
            set(),
        ),
    ],
)
def test_a_ministrys_statement_is_the_state_whose_government_opens_a_clause(
    extractor, text, expected
):
    assert facts(extractor, text) == expected


def test_a_joint_statement_whose_opening_names_its_parties_before_declaring(extractor):
    # no title: the parties open the text, then 声明如下 (what follows is theirs)
    text = (
        "中华人民共和国和俄罗斯联邦,本着两国全面战略协作伙伴关系,声明如下。\n"
        "双方重申支持《不扩散核武器条约》。\n"
    )
    assert facts(extractor, text) == {
        "CHN spokeIn doc",
        "RUS spokeIn doc",
        "CHN supports NPT",
        "RUS supports NPT",
    }


def test_the_side_a_speech_calls_itself_may_follow_a_question(extractor):
    # a speech titled by its envoy alone: 中方 opens a clause after a question mark
    text = "沈健大使在裁谈会全会上的发言\n\n主席先生,\n为什么?中方认为,各国应支持《全面禁止核试验条约》。\n"
    assert facts(extractor, text) == {"CHN spokeIn doc", "CHN supports CTBT"}


# --- persons ---------------------------------------------------------------------------------


def test_news_persons_introduced_with_their_office_speak_for_their_state(extractor):
    text = (
        "新华社联合国5月4日电 巴西外交部长维埃拉4日在大会发言，呼吁各国尽早批准《全面禁止核试验条约》。\n"
        "维埃拉说，巴西坚定支持《禁止核武器条约》。他还表示，核武器国家应切实履行《不扩散核武器条约》。\n"
    )
    assert facts(extractor, text) == {"BRA supports CTBT", "BRA supports TPNW", "BRA supports NPT"}


@pytest.mark.parametrize(
    "subject",
    [
        "澳大利亚总理阿尔巴尼斯、法国总统马克龙和日本首相岸田文雄",  # each office its state's
        "澳大利亚总理、法国总统和日本首相",  # offices with no names
        "澳大利亚外长和日本外长",
    ],
)
def test_officials_of_several_states_listed_each_speak_for_their_state(extractor, subject):
    found = facts(extractor, f"{subject}重申支持《全面禁止核试验条约》。")
    expected = {"AUS supports CTBT", "JPN supports CTBT"}
    assert expected <= found
    assert ("FRA supports CTBT" in found) == ("法国" in subject)


def test_a_persons_name_that_holds_the_office_speaks_for_its_state(extractor):
    # 金委员长 (Chairman Kim): a name of the table with the office in it; 他 is then him, not
    # the speaker whose remarks these are
    text = (
        "蓬佩奥国务卿的讲话\n\n蓬佩奥国务卿:金委员长在他的行程中重申了立场。"
        "他承诺不会进行核试验。\n"
    )
    assert facts(extractor, text) == {"USA spokeIn doc", "PRK opposes NUCLEAR_TESTING"}


def test_a_headline_names_the_person_the_body_introduces(extractor):
    text = "古特雷斯呼吁各国支持《禁止核武器条约》\n\n联合国秘书长古特雷斯周一在纽约发表讲话。\n"
    assert "UNSG supports TPNW" in facts(extractor, text)


def test_a_quotation_is_in_its_speakers_words_across_sentences(extractor):
    text = (
        "日本外务大臣上川阳子说：“核武器的使用绝不能重演。\n"
        "我们必须加强《不扩散核武器条约》。”\n"
        "有评论认为，各国应支持《禁止核武器条约》。\n"
    )
    found = facts(extractor, text)
    assert "JPN supports NPT" in found
    assert "JPN supports TPNW" not in found  # after the quotation closes, not Japan's words


# --- records and votes -------------------------------------------------------------------------


def test_each_turn_of_a_meeting_record_is_its_speakers(extractor):
    text = (
        "主席：我宣布会议开始。\n"
        "斯特罗门先生(挪威)：挪威支持《全面禁止核试验条约》。我们欢迎《禁止核武器条约》。\n"
        "主席：我感谢挪威代表的发言。\n"
        "胡小笛先生(中国)：我们支持裁军谈判会议尽早开展工作。\n"
    )
    assert facts(extractor, text) >= {
        "NOR spokeIn doc",
        "NOR supports CTBT",
        "NOR supports TPNW",
        "CHN spokeIn doc",
        "CHN supports CD",
    }


def test_a_summary_records_turns_that_name_only_the_delegation(extractor):
    # 伊朗伊斯兰共和国代表: opens a turn as 斯特罗门先生(挪威): does; what the delegation opposes
    # as a judgement (将X作为唯一优先事项) is no support for X
    text = (
        "主席：我请荷兰代表发言。\n"
        "荷兰代表（以英语发言）：我们支持《全面禁止核试验条约》。\n"
        "伊朗伊斯兰共和国代表：我国代表团反对将禁产条约作为唯一优先事项，我们主张优先谈判"
        "一项全面核武器公约。\n"
    )
    found = facts(extractor, text)
    assert {"NLD supports CTBT", "IRN opposes FMCT", "IRN supports NWC"} <= found
    assert "IRN supports FMCT" not in found


def test_a_headline_naming_a_delegate_is_no_turn(extractor):
    # a news report's headline 中国代表:…… is said once: no record, and no one holds the floor
    text = "中国代表：中国以负责任态度参与进程\n\n各国应支持《全面禁止核试验条约》。\n"
    assert not any(f.startswith("CHN supports") for f in facts(extractor, text))


def test_a_recorded_vote_printed_one_name_to_a_line(extractor):
    text = (
        "决议编号 第1718(2006)号决议\n\n赞成(3票)\n\n阿根廷\n\n中国\n\n法国\n\n"
        "反对(1票)\n\n伊朗伊斯兰共和国\n\n弃权(0票)\n"
    )
    assert facts(extractor, text) == {
        "ARG supports S/RES/1718",
        "CHN supports S/RES/1718",
        "FRA supports S/RES/1718",
        "IRN opposes S/RES/1718",
    }


def test_a_recorded_vote_on_one_line(extractor):
    text = "决议草案A/C.1/60/L.12以记录表决方式获得通过。\n赞成：巴西、埃及、爱尔兰。\n反对：以色列。\n"
    assert facts(extractor, text) >= {
        "BRA supports A/C.1/60/L.12",
        "EGY supports A/C.1/60/L.12",
        "IRL supports A/C.1/60/L.12",
        "ISR opposes A/C.1/60/L.12",
    }


@pytest.mark.parametrize(
    "text",
    [
        # the line announcing the vote ends with a colon, which joins the next line to it
        "决议草案A/C.1/60/L.12获得通过。记录表决如下:\n\n赞成:巴西、埃及、爱尔兰。\n\n反对:以色列。\n",
        # a news page's labels: 投赞成票的有, 投反对票的国家是
        "决议草案A/C.1/60/L.12获得通过。\n\n投赞成票的有:巴西、埃及、爱尔兰。\n\n投反对票的国家是:以色列。\n",
    ],
)
def test_a_recorded_vote_after_its_announcement(extractor, text):
    assert facts(extractor, text) >= {
        "BRA supports A/C.1/60/L.12",
        "EGY supports A/C.1/60/L.12",
        "IRL supports A/C.1/60/L.12",
        "ISR opposes A/C.1/60/L.12",
    }


def test_an_envoy_for_a_states_issue_is_not_that_states(extractor):
    # 朝鲜问题特别代表: the US envoy on the DPRK, whose 他 is no North Korean
    text = "美国驻印尼大使、朝鲜问题特别代表金圣发了言。他呼吁各国加入《全面禁止核试验条约》。"
    assert not any(f.startswith("PRK ") for f in facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # an office named after its state, with no name, is whom 他 is next
        (
            "国际原子能机构总干事天野之弥表示担忧。这位日本外相说,他呼吁各国加入《全面禁止核试验条约》。",
            "JPN",
        ),
        # an office shared by a list of states is no one's: 他 is still the person named before
        (
            "国际原子能机构总干事天野之弥发了言。日本、美国、中国代表的发言引人关注。他呼吁各国加入《全面禁止核试验条约》。",
            "IAEA",
        ),
    ],
)
def test_he_is_the_office_holder_named_last(extractor, text, holder):
    supporters = {f.split()[0] for f in facts(extractor, text) if f.endswith("supports CTBT")}
    assert supporters == {holder}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("李松大使表示", "李松"),
        ("安东尼奥·古特雷斯说", "安东尼奥·古特雷斯"),
        ("扎里夫表示", "扎里夫"),  # a transliteration whose first piece jieba tags a verb
        ("安南呼吁各国", "安南"),  # a name the dictionary knows as a place (Annam)
        ("在日内瓦发言", ""),  # a preposition opens no name
        ("所作的口头报告", ""),
        ("我想谈谈", ""),  # a pronoun opens no name
        ("兼副常驻代表", ""),
        ("发表了讲话", ""),  # a cue the dictionary was given
    ],
)
def test_the_name_after_an_office(text, name):
    # 我向裁谈会主席所作的报告: no name starts with a function word
    from nukegraph.relations.speakers import _name_at

    assert _name_at(text, 0) == name


@pytest.mark.parametrize(
    "text",
    [
        "“我们反对任何核试验，”伊朗外交部发言人说。",
        "记者会在德黑兰举行。\n\n“我们反对任何核试验。”伊朗外交部发言人说。",
    ],
)
def test_a_quotation_is_of_the_speaker_named_after_it(extractor, text):
    assert facts(extractor, text) == {"IRN opposes NUCLEAR_TESTING"}


def test_an_office_inside_a_longer_word_introduces_no_one():
    # 代表团 holds 代表: no person 团X speaks for the state; an office before a state's name
    # (代表哥斯达黎加) is followed by no person
    from nukegraph.relations.lexicon import load_cues
    from nukegraph.relations.speakers import bind_persons

    text = "日本代表团提交了工作文件,美国代表哥斯达黎加发言。"
    refs = [
        (0, 2, EntityRef("state", "JPN")),
        (13, 15, EntityRef("state", "USA")),
        (17, 22, EntityRef("state", "CRI")),
    ]
    assert bind_persons(text, refs, load_cues()) == []


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # another state between a name and the office: the office is the nearer state's
        ("正在韩国访问的美国副总统彭斯出席会议。彭斯表示支持《新削减战略武器条约》。", "USA"),
        # a body between them names the post, the state is still the person's
        ("中国常驻联合国代表张军出席会议。张军表示支持《新削减战略武器条约》。", "CHN"),
        # a dateline's place before a body's office: the office is the body's named next to it
        (
            "新华社联合国9月26日电 联合国秘书长古特雷斯出席会议。他说,支持《新削减战略武器条约》。",
            "UNSG",
        ),
    ],
)
def test_a_person_speaks_for_the_state_of_their_office(extractor, text, state):
    assert facts(extractor, text) == {f"{state} supports NEW_START"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "全面禁止核试验条约组织执行秘书弗洛伊德出席会议。弗洛伊德表示支持《新削减战略武器条约》。",
            "CTBTO",
        ),
        ("欧盟外交与安全政策高级代表博雷利出席会议。博雷利表示支持《新削减战略武器条约》。", "EU"),
    ],
)
def test_a_bodys_own_officer_speaks_for_it(extractor, text, body):
    assert facts(extractor, text) == {f"{body} supports NEW_START"}


def test_an_envoy_to_a_body_does_not_speak_for_it(extractor):
    # 驻联合国大使: an ambassador to the UN, not the UN's (我驻……: the sending state unnamed)
    text = "我驻联合国大使耿爽出席会议。耿爽表示支持《新削减战略武器条约》。"
    assert "UN supports NEW_START" not in facts(extractor, text)


def test_a_name_after_an_office_is_read_past_the_offices_reach(extractor):
    # 越南常驻联合国代表团团长邓庭贵: the name runs past the few characters after the state
    text = "越南常驻联合国代表团团长邓庭贵大使出席会议。邓庭贵表示支持《新削减战略武器条约》。"
    assert facts(extractor, text) == {"VNM supports NEW_START"}


def test_the_secretary_general_named_before_his_office_in_a_title(extractor):
    text = (
        "安东尼奥·古特雷斯(联合国秘书长)禁止核试验国际日之际视频致辞\n"
        "2021年8月29日\n"
        "今天我们纪念禁止核试验国际日。\n"
        "我呼吁各国尽早批准《全面禁止核试验条约》。"
    )
    assert facts(extractor, text) == {"UNSG supports CTBT", "UNSG spokeIn doc"}


def test_a_report_of_a_presidential_statement_is_not_one(extractor):
    # a news report opens with the council issuing its statement: not the council's own text
    text = (
        "中新网10月7日电联合国安理会6日发表主席声明,要求朝鲜取消计划中的核试验。\n"
        "美国代表表示,美国支持《全面禁止核试验条约》。"
    )
    assert voice(extractor, text)[0] != "presidential"


def test_a_meeting_chairs_statement_is_not_the_councils(extractor):
    # 主席声明 after the name of talks is their chair's: the parties hold its positions, and the
    # Security Council is not its voice
    text = (
        "第一轮六方会谈主席声明\n"
        "中华人民共和国、朝鲜民主主义人民共和国、日本国、大韩民国、俄罗斯联邦、美利坚合众国"
        "在北京举行了六方会谈。各方重申支持朝鲜半岛无核化。"
    )
    assert voice(extractor, text)[0] != "presidential"
    assert {f.split()[0] for f in facts(extractor, text)} == {
        "CHN",
        "PRK",
        "JPN",
        "KOR",
        "RUS",
        "USA",
    }


def test_a_statement_title_in_traditional_characters(extractor):
    text = (
        "朝鮮政府關於退出《不擴散核武器條約》聲明(2003年1月10日)\n今天,局勢緊張。\n我們反對核試驗。"
    )
    assert voice(extractor, text) == ("statement", ("PRK",))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a name and an office, the state the office's own (国务卿 is only the US's)
        (
            "An official website\n迈克尔∙R∙蓬佩奥国务卿\n\n我们呼吁伊朗全面遵守《不扩散核武器条约》。",
            "USA",
        ),
        ("美国国务卿蓬佩奥\n\n我们支持《不扩散核武器条约》。", "USA"),
        ("新闻声明,蓬佩奥国务卿\n\n我们支持《不扩散核武器条约》。", "USA"),  # after its label
        ("日本外相\n\n我们支持《不扩散核武器条约》。", "JPN"),
        ("澳大利亚驻华大使傅关汉阁下\n\n我们支持《不扩散核武器条约》。", "AUS"),  # a posting
        ("日本驻联合国大使石兼公博\n\n我们支持《不扩散核武器条约》。", "JPN"),  # posted to a body
        # an English gloss after each line of the byline
        (
            "讲话\n\n尼基·黑利大使(Ambassador Nikki Haley)\n"
            "美国常驻联合国代表(U.S. Permanent Representative to the United Nations)\n\n"
            "我们支持《不扩散核武器条约》。",
            "USA",
        ),
    ],
)
def test_an_officials_byline_is_the_statements_author(extractor, text, state):
    assert voice(extractor, text) == ("statement", (state,))
    assert f"{state} supports NPT" in facts(extractor, text)


@pytest.mark.parametrize(
    ("headline", "not_kind"),
    [
        ("日本外相呼吁各国共同努力推动核裁军", "statement"),
        ("美国常驻联合国代表发言质疑俄罗斯", "statement"),
        ("美国国务卿会见俄罗斯外长", "statement"),  # a name we know
        # what the official did, a verb beside the office where a name would be
        ("伊朗外长访华", "statement"),
        ("新闻声明,伊朗外长访华", "statement"),  # a label, then a headline
        ("俄罗斯外长抵京", "statement"),
        # a headline that reports a group's statement: the report is no one's declaration
        ("七国集团领导人发表声明", "joint"),
        # another actor between the group and its leaders: whose declaration is it?
        ("东盟与中国领导人会议宣言", "joint"),
    ],
)
def test_a_headline_of_what_officials_did_is_no_title(extractor, headline, not_kind):
    text = f"{headline}\n\n会议期间,我们支持《不扩散核武器条约》的呼声很高。"
    assert voice(extractor, text)[0] != not_kind


def test_a_statement_titled_on_its_topic_is_its_speakers(extractor):
    # X就Y发表声明 is how an official statement titles itself, not a report's headline
    text = (
        "美国常驻联合国代表就联合国通过关于防扩散措施的决议发表声明\n\n2011.04.20\n\n"
        "我们支持《不扩散核武器条约》。\n"
    )
    assert voice(extractor, text)[0] == "statement"
    assert facts(extractor, text) >= {"USA spokeIn doc", "USA supports NPT"}


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("岸田在联合国大会一般性辩论演讲全文", "statement"),  # a known person opening the title
        ("在联合国大会一般性辩论的演讲全文", "unknown"),  # no one named: no one speaks
    ],
)
def test_a_speech_titled_by_a_known_persons_name(extractor, title, kind):
    text = f"{title}\n\n我们将继续维护《不扩散核武器条约》。\n"
    assert voice(extractor, text)[0] == kind


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("耿爽大使在联大高级别全会上的发言", ("statement", ("CHN",))),  # the envoy's own state
        ("某某大使在联大高级别全会上的发言", ("unknown", ())),  # an envoy nobody knows
        # the office before the name, and the year before both
        ("2019年大使耿爽在联大高级别全会上的发言", ("statement", ("CHN",))),
        ("大使某某在联大高级别全会上的发言", ("unknown", ())),
    ],
)
def test_a_known_envoys_title_names_the_state_he_speaks_for(extractor, title, expected):
    text = f"{title}\n\n主席先生:\n我们将继续维护《不扩散核武器条约》。\n"
    assert voice(extractor, text) == expected


def test_a_governments_proposal_titled_as_such_is_its_text(extractor):
    text = "中国政府关于综合裁军方案的建议\n\n必须实现全面禁止《全面禁止核试验条约》的目标。我们支持核裁军。\n"
    assert voice(extractor, text) == ("working_paper", ("CHN",))


def test_the_parties_opening_a_memorandums_preamble_speak_in_it(extractor):
    text = (
        "[文件名称] 关于安全保证问题的备忘录\n[全文]\n"
        "俄罗斯联邦、美利坚合众国和乌克兰,欢迎乌克兰加入《不扩散核武器条约》。我们支持该条约。\n"
    )
    assert voice(extractor, text) == ("joint", ("RUS", "USA", "UKR"))
    assert {"RUS spokeIn doc", "USA spokeIn doc", "UKR spokeIn doc"} <= facts(extractor, text)


def test_a_report_opening_with_states_and_a_comma_is_no_preamble(extractor):
    # a verb between the names and the comma: a report's sentence, not the parties' text
    text = "俄罗斯和美国举行会谈,欢迎乌克兰加入《不扩散核武器条约》。\n"
    assert voice(extractor, text)[0] != "joint"


def test_a_press_conference_answers_for_the_side_the_questions_ask(extractor):
    text = (
        "外交部发言人主持例行记者会\n"
        "问:日本表示将批准该条约,中方对此有何评论?我们呼吁各国反对核试验。\n"
        "答:我们支持《全面禁止核试验条约》。我们敦促美方恪守承诺,希望美方认真倾听。\n"
    )
    assert voice(extractor, text) == ("press", ("CHN",))
    found = facts(extractor, text)
    assert "CHN supports CTBT" in found  # the answer: the side asked, not 美方 named in it
    assert "CHN spokeIn doc" in found
    assert not any("NUCLEAR_TESTING" in f for f in found)  # the question is the journalist's


@pytest.mark.parametrize("date", ["2025年6月23日", "2025 年 6 月 23 日"])
def test_a_date_before_a_title_on_its_line_is_no_part_of_it(extractor, date):
    text = f"{date}上海合作组织关于伊朗遭受军事打击的声明\n我们支持《不扩散核武器条约》。\n"
    assert voice(extractor, text) == ("statement", ("SCO",))


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # no state named, no side asked: in simplified characters, the PRC's ministry
        ("外交部发言人2000年11月2日答记者问", ("press", ("CHN",))),
        # ... but not in traditional ones, where Taiwan's ministry writes too
        ("外交部發言人2000年11月2日答記者問", ("news", ())),
    ],
)
def test_a_ministrys_spokesperson_named_for_no_state(extractor, heading, expected):
    text = f"{heading}\n问:你对该决议有何评论?\n答:我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == expected


def test_a_side_told_what_it_ought_to_do_is_not_the_one_answering(extractor):
    # no state before the office, no side asked, no known spokesperson: the side that opens
    # an answer's clause speaks, but not one an obligation is put on (美方应……)
    text = (
        "国防部新闻发言人李明大校答记者问。\n"
        "记者:据报道,英国的评估称,核武库正在扩大。请问发言人有何评论?\n"
        "李明:美方应切实履行核裁军特殊、优先责任。中方坚决反对核军备竞赛。\n"
    )
    assert voice(extractor, text) == ("press", ("CHN",))


@pytest.mark.parametrize(
    "heading", ["2023年3月国防部例行记者会文字实录", "外交部回应“日本批准该条约”"]
)
def test_a_press_conference_named_by_its_heading_without_a_spokesperson(extractor, heading):
    text = (
        f"{heading}\n"
        "记者:据报道,俄罗斯外交部发言人说将恢复核试验。中方对此有何评论?\n"
        "谭克非:我们支持《全面禁止核试验条约》。\n"
    )
    # the state the questions ask, not the last one a question names (俄罗斯……请发言人)
    assert voice(extractor, text) == ("press", ("CHN",))
    assert "CHN spokeIn doc" in facts(extractor, text)


@pytest.mark.parametrize(
    ("lead", "state"),
    [
        # the speaker the phrase names: a known envoy
        ("中国常驻联合国代表团网站24日发布傅聪大使在安理会公开会上的发言,全文如下:", "CHN"),
        # ... or a state's office; the publisher is no actor
        ("某网站发布了日本首相在联合国大会上的讲话,全文如下:", "JPN"),
    ],
)
def test_a_speech_published_in_full_is_its_speakers(extractor, lead, state):
    text = f"{lead}\n主席:\n我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == ("statement", (state,))
    assert f"{state} supports CTBT" in facts(extractor, text)


@pytest.mark.parametrize(
    ("heading", "state"),
    [
        ("在裁军谈判会议全会上的发言\n中国裁军事务大使 李松", "CHN"),  # a byline under the title
        # the publisher's office (发言人办公室) above the byline names no one
        ("美国国务院\n发言人办公室\n即时发布\n讲话\n国务卿约翰·克里", "USA"),
    ],
)
def test_a_statement_signed_by_an_official(extractor, heading, state):
    text = f"{heading}\n\n主席先生:\n我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == ("statement", (state,))


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # 谈话, 评论 end a statement's title after 就……发表, and nowhere else
        ("韩国外交部发言人就朝鲜核试验发表评论", ("statement", ("KOR",))),
        ("日本外务大臣就朝鲜核试验发表谈话", ("statement", ("JPN",))),
        # a headline's second clause after a comma or colon does not hide the title
        ("英国外交大臣就朝鲜核试验发表声明,国际社会必将全力回应", ("statement", ("GBR",))),
        ("日本外务大臣就朝鲜核试验发表谈话:各方应保持克制", ("statement", ("JPN",))),
        # ... or after 关于……的 (the form of a foreign minister's 谈话)
        ("日本外务大臣关于朝鲜核试验的谈话", ("statement", ("JPN",))),
        # a state's one-character name before its office (俄外交部) names the speaker
        ("俄外交部关于美国退出该条约的声明", ("statement", ("RUS",))),
    ],
)
def test_a_comment_on_a_topic_is_a_statements_title(extractor, heading, expected):
    text = f"{heading}\n\n我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == expected


def test_a_report_of_a_press_conference_puts_its_question_after_a_comma(extractor):
    # a report's form: the outlet's journalist asked, then the spokesperson's answer
    text = (
        "外交部發(fā)言人汪文斌主持例行記者會。\n"
        "塔斯社記者提問,俄方暫停履行條約。發言人對此有何評論?\n"
        "汪文斌表示,我們支持《全面禁止核試驗條約》。\n"
    )
    assert voice(extractor, text) == ("press", ("CHN",))


def test_a_press_conference_in_traditional_characters(extractor):
    # 問: is the question mark of the raw text, 问: only once it is read as simplified
    text = (
        "外交部發言人舉行例行記者會\n"
        "問:日本表示將批准該條約,中方對此有何評論?\n"
        "答:我們支持《全面禁止核試驗條約》。\n"
    )
    assert voice(extractor, text) == ("press", ("CHN",))


@pytest.mark.parametrize("asked", ["有记者提问", "记者问"])
def test_a_report_of_a_press_conference_with_the_spokespersons_name_as_the_answer(extractor, asked):
    # a news report's form: 有记者提问: for the question, the spokesperson's name for the answer
    text = (
        "中新网北京11月3日电 中国外交部发言人毛宁3日主持例行记者会。\n"
        f"{asked}:美方表示将恢复核试验,中方对此有何回应?\n"
        "毛宁:我们愿意同各方一道共同维护《全面禁止核试验条约》的权威。\n"
    )
    found = facts(extractor, text)
    assert {"CHN spokeIn doc", "CHN supports CTBT"} <= found
    assert not any("NUCLEAR_TESTING" in f for f in found)  # the question is the journalist's


@pytest.mark.parametrize(
    "report",
    [
        # the question told inside the lead's line, after the conference
        "据央视新闻消息,10月16日,外交部发言人毛宁主持例行记者会。有记者问,中方对此有何评论?\n",
        # and in a later line, after a comma
        "新华社北京8月27日电 外交部发言人郭嘉昆27日表示,中方支持该条约。\n"
        "当日例行记者会上,有记者问:中方对此有何评论?\n",
    ],
)
def test_a_report_telling_the_question_inside_its_lines_is_a_press_conference(extractor, report):
    text = report + "郭嘉昆说,中方支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == ("press", ("CHN",))
    assert "CHN spokeIn doc" in facts(extractor, text)


def test_a_report_with_no_question_is_no_press_conference(extractor):
    text = "新华社北京8月27日电 外交部发言人郭嘉昆27日表示,中方支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) is None or voice(extractor, text)[0] != "press"


@pytest.mark.parametrize("outlet", ["《中国日报》记者", "法新社记者", "总台央视记者"])
def test_a_question_whose_journalist_names_the_outlet_is_the_journalists(extractor, outlet):
    text = (
        "外交部发言人毛宁主持例行记者会\n\n"
        f"{outlet}:我们呼吁各国反对核试验。中方对此有何评论?\n\n"
        "毛宁:我们支持《全面禁止核试验条约》。\n"
    )
    assert voice(extractor, text) == ("press", ("CHN",))
    found = facts(extractor, text)
    assert {"CHN spokeIn doc", "CHN supports CTBT"} <= found
    assert not any("NUCLEAR_TESTING" in f for f in found)  # the question is the journalist's


def test_a_statement_a_report_gives_in_full_is_its_issuers(extractor):
    text = (
        "朝中社平壤2月18日电 朝鲜外务省发言人18日发表了谈话。全文如下:\n我们坚决反对任何核试验。\n"
    )
    assert voice(extractor, text) == ("statement", ("PRK",))
    assert facts(extractor, text) >= {"PRK spokeIn doc", "PRK opposes NUCLEAR_TESTING"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons.tsv: a person of the table named beside an office speaks for its state,
        # and the bare name does too once the document has named the office
        ("普京总统出席会议。普京表示支持《新削减战略武器条约》。", {"RUS supports NEW_START"}),
        ("会议由总统普京主持。普京表示支持《新削减战略武器条约》。", {"RUS supports NEW_START"}),
        ("拜登政府表示支持《新削减战略武器条约》。", {"USA supports NEW_START"}),
        # a name alone may be anyone's; a former office is no one's
        ("普京表示支持《新削减战略武器条约》。", set()),
        ("前总统奥巴马表示支持《新削减战略武器条约》。", set()),
        ("美国前总统奥巴马表示支持《新削减战略武器条约》。", set()),
        # the second of two persons joined across the first's office (奥巴马总统和……)
        (
            "奥巴马总统和俄罗斯联邦总统梅德韦杰夫签署了《新削减战略武器条约》。",
            {"USA signed NEW_START", "RUS signed NEW_START"},
        ),
        # the office of the first of two states' persons is not the second's
        (
            "俄罗斯联邦总统梅德韦杰夫和美国总统奥巴马签署了《新削减战略武器条约》。",
            {"USA signed NEW_START", "RUS signed NEW_START"},
        ),
    ],
)
def test_persons_of_the_gazetteer_speak_for_their_state_in_office(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_a_joint_title_with_a_note_that_it_is_an_excerpt(extractor):
    # (节选) after the title says how much follows; 双方 are still its two authors, not the
    # last two states a sentence named (美英澳)
    text = (
        "巴西和南非关于核裁军的联合声明（节选）\n"
        "双方对美英澳核潜艇合作表示关切。\n"
        "双方支持《全面禁止核试验条约》。\n"
    )
    assert voice(extractor, text) == ("joint", ("BRA", "ZAF"))
    assert facts(extractor, text) == {
        "BRA supports CTBT",
        "ZAF supports CTBT",
        "BRA spokeIn doc",
        "ZAF spokeIn doc",
    }


@pytest.mark.parametrize(
    "opening",
    [
        # the title says whom the envoy speaks for
        "印度尼西亚常驻联合国代表以不结盟运动名义在第一委员会的发言\n主席先生，\n",
        # the title names only the state; its envoy says at the opening whom it speaks for
        "印度尼西亚常驻联合国代表在第一委员会的发言\n主席先生:\n我谨代表不结盟运动发言。\n",
    ],
)
def test_a_state_speaking_for_a_group_gives_the_group_its_voice(extractor, opening):
    # the Movement's statement: 运动 and 我们 are it, 我国 the state that delivers it
    text = opening + (
        "运动重申支持《全面禁止核试验条约》。我们呼吁各国加入《不扩散核武器条约》。"
        "我国已于2021年批准了《禁止核武器条约》。\n"
    )
    assert voice(extractor, text) == ("statement", ("NAM",))
    assert facts(extractor, text) >= {
        "IDN onBehalfOf NAM",
        "IDN spokeIn doc",  # the state delivers it
        "NAM spokeIn doc",
        "NAM supports CTBT",
        "NAM supports NPT",
        "IDN ratified TPNW",
    }


def test_speaking_for_ones_own_government_gives_no_group_a_voice(extractor):
    text = "印度尼西亚常驻联合国代表的发言\n主席先生:\n我谨代表印度尼西亚政府发言。我们支持《不扩散核武器条约》。\n"
    assert voice(extractor, text) == ("statement", ("IDN",))


def test_we_named_at_the_opening_are_the_authors_of_a_joint_text(extractor):
    text = (
        "《联合全面行动计划》——法国、德国和英国外长发表声明\n\n"
        "2020年6月19日 我们,德国、法国和英国外交部长,与各伙伴国家有着共同的利益。"
        "我们仍然支持《联合全面行动计划》。\n"
    )
    assert voice(extractor, text) == ("joint", ("DEU", "FRA", "GBR"))
    found = facts(extractor, text)
    assert {"DEU supports JCPOA", "FRA supports JCPOA", "GBR supports JCPOA"} <= found
    assert sum(f.startswith(("DEU spokeIn", "FRA spokeIn", "GBR spokeIn")) for f in found) == 3


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("作为法国、德国和英国的领导人,我们与各伙伴国家有着共同的利益。", ("FRA", "DEU", "GBR")),
        # the states named before their office, not what they are to a third state
        ("作为法国、德国和英国的盟友,日本与各伙伴国家有着共同的利益。", ()),
        # a conference's delegates, a state's among them, are no state speaking
        ("我们,由一万人组成的日本代表团和各国代表,会集在东京。", ()),
    ],
)
def test_the_states_an_opening_names_as_what_we_are_are_its_authors(extractor, opening, authors):
    text = f"三方声明\n\n{opening}我们支持《联合全面行动计划》。\n"
    assert voice(extractor, text)[1] == authors


def test_we_with_no_actor_named_after_it_names_no_author(extractor):
    text = "2020年6月19日 我们,作为关心和平的公民,与各国人民有着共同的利益。我们支持核裁军。\n"
    assert voice(extractor, text)[1] == ()


def test_the_states_an_opening_sentence_says_declare_below_are_the_authors(extractor):
    text = (
        "声明全文如下:\n本着战略协作精神,中俄两国外交部(以下称“双方”)就朝鲜半岛问题声明如下:\n"
        "一、双方支持朝鲜半岛无核化。\n"
    )
    assert voice(extractor, text) == ("joint", ("CHN", "RUS"))
    found = facts(extractor, text)
    assert {"CHN supports NUCLEAR_DISARMAMENT"} <= found  # as the peninsula's denuclearization
    assert sum(f.startswith(("CHN spokeIn", "RUS spokeIn")) for f in found) == 2


def test_the_presidential_statements_formula_makes_no_statement_voice(extractor):
    text = (
        "在2014年5月7日举行的第7169次会议上,安全理事会主席代表安理会宣布如下:\n“安全理事会重申……”\n"
    )
    assert voice(extractor, text)[0] != "statement"


@pytest.mark.parametrize(
    ("title", "authors"),
    [
        # a body signs with a state
        ("中华人民共和国和欧洲联盟关于防扩散和军控问题的联合声明", ("CHN", "EU")),
        ("巴西和欧盟联合声明", ("BRA", "EU")),
        # a body where the statement was made is no author of it
        ("巴西和埃及在联合国大会上的联合声明", ("BRA", "EGY")),
        # the leaders' own title noun, the states named in the opening
        ("关于三边伙伴关系的联合领导人声明", ("BRA", "EGY")),
    ],
)
def test_the_authors_of_a_joint_statement(extractor, title, authors):
    text = f"{title}\n\n作为巴西和埃及的领导人,我们支持《全面禁止核试验条约》。\n"
    assert voice(extractor, text) == ("joint", authors)
    assert {f for f in facts(extractor, text) if " spokeIn " in f} == {
        f"{a} spokeIn doc" for a in authors
    }


def test_the_states_a_joint_statements_title_names_spoke_in_it(extractor):
    text = "中华人民共和国和俄罗斯联邦联合声明\n\n双方支持《全面禁止核试验条约》早日生效。\n"
    assert voice(extractor, text) == ("joint", ("CHN", "RUS"))
    found = facts(extractor, text)
    assert sum(f.startswith(("CHN spokeIn", "RUS spokeIn")) for f in found) == 2


@pytest.mark.parametrize(
    "opening",
    [
        "中华人民共和国和俄罗斯联邦发表如下声明。",
        "作为法国、英国和美国的领导人,我们决心深化合作。",
        "法国、英国和美国领导人重申致力于合作。",  # their names, then their office
        "今天,巴西和南非外长重申合作。",
    ],
)
def test_the_states_a_joint_statements_opening_says_speak_spoke_in_it(extractor, opening):
    text = f"三边伙伴关系领导人联合声明\n\n{opening}我们支持《全面禁止核试验条约》早日生效。\n"
    found = facts(extractor, text)
    states = voice(extractor, text)[1]
    assert len(states) >= 2
    assert all(any(f.startswith(f"{state} spokeIn ") for f in found) for state in states)


@pytest.mark.parametrize(
    ("byline", "spoke"),
    [
        ("法国政府,英国政府,美国政府", True),  # the byline of those who issue it
        ("法国、英国和美国", True),
        ("法国、英国和美国的官员出席了会议。", False),  # a sentence about them
    ],
)
def test_a_joint_titles_byline_says_who_speaks(extractor, byline, spoke):
    text = (
        f"关于伙伴关系的三国首脑联合声明\n\n{byline}\n2021年9月15日\n白宫\n2021年9月15日\n"
        "声明\n\n今天我们支持《全面禁止核试验条约》。\n"
    )
    found = facts(extractor, text)
    for state in ("FRA", "GBR", "USA"):
        assert any(f.startswith(f"{state} spokeIn ") for f in found) == spoke


@pytest.mark.parametrize(
    ("headline", "spoke"),
    [
        ("巴西和埃及发表联合声明", False),  # a report that they issued one
        ("巴西和埃及发表联合声明(全文)", True),  # the text itself follows
        ("巴西和埃及外长发表的联合声明", True),  # the statement's own title
    ],
)
def test_a_headline_saying_states_issued_a_joint_statement_is_a_reports(extractor, headline, spoke):
    text = f"{headline}\n\n新华社5月1日电 双方支持《全面禁止核试验条约》。\n"
    found = facts(extractor, text)
    assert any(" spokeIn " in f for f in found) == spoke


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # the statement itself under the headline: its opening lists its authors and says 我们
        (
            "巴西、埃及和墨西哥认为,裁军是我们的首要责任。我们支持《全面禁止核试验条约》。",
            ("BRA", "EGY", "MEX"),
        ),
        ("2022年1月3日\n\n巴西和埃及申明,我们支持《全面禁止核试验条约》早日生效。", ("BRA", "EGY")),
        # a report of it: the lead tells who issued it, or quotes what they said
        ("新华社5月1日电 巴西和埃及1日发表联合声明,我们的记者获悉全文。", ()),
        ("巴西和埃及外长表示:“我们支持《全面禁止核试验条约》。”", ()),
        ("巴西和埃及认为,双方应加强合作,支持《全面禁止核试验条约》。", ()),
    ],
)
def test_a_joint_statement_given_under_a_headline_saying_it_was_issued(extractor, body, authors):
    text = f"三国领导人就核裁军发表联合声明\n\n{body}\n"
    assert voice(extractor, text)[1] == authors


def test_the_states_declaring_below_a_title_that_is_the_declarations_name_spoke_in_it(extractor):
    # the title is the name the text gives the declaration (《中日联合宣言》), no list of states;
    # a sentence about the states before the one where they declare (in traditional characters)
    text = (
        "中日联合宣言\n\n《中日联合宣言》是中国与日本领导人达成的宣言。\n\n"
        "中日雙方發表聯合宣言如下:\n\n双方支持《全面禁止核试验条约》。\n"
    )
    found = facts(extractor, text)
    assert {f.split()[0] for f in found if " spokeIn " in f} == {"CHN", "JPN"}


def test_the_states_a_joint_statements_opening_only_mentions_have_no_evidence_of_speaking(
    extractor,
):
    for opening in (
        "中华人民共和国和俄罗斯联邦的关系很好。",
        "作为交换条件,美国宣布不攻击朝鲜。",
        "美国和俄罗斯拥有90%的核武器,两国领导人多次会晤。",  # an office, after a clause on them
        "据报道,法国和英国领导人重申合作。",  # a report's words before them
    ):
        text = f"联合声明\n\n{opening}它们支持《全面禁止核试验条约》早日生效。\n"
        assert not any("spokeIn" in f for f in facts(extractor, text))


def test_a_note_transmitting_a_states_statement_is_that_states_text(extractor):
    # the annex's heading (a date before it) names the statement's author: the state speaks in
    # the document, and its 我们 are that state
    text = (
        "第五十五届会议\n\n暂定项目表项目74\n\n全面彻底裁军\n\n\n"
        "2000年5月19日俄罗斯联邦常驻联合国代表给秘书长的信\n\n"
        "谨随函转交2000年5月18日俄罗斯联邦外交部就俄罗斯联邦联邦会议联邦委员会批准"
        "《全面禁止核试验条约》发表的声明全文(见附件)。\n\n"
        "请将本函及其附件作为大会第五十五届会议的文件分发为荷。\n\n"
        "谢尔盖·拉夫罗夫 (签名)\n\n\n"
        "2000年5月19日俄罗斯联邦常驻联合国代表给秘书长的信的附件\n\n"
        "2000年5月18日俄罗斯联邦外交部发表的声明\n\n"
        "2000年5月17日,俄罗斯联邦立法机关结束了对这一最重要文件的审议程序,世界各国"
        "对我们所采取步骤的反应表明,人们认为这一步骤有助于加强战略稳定以及各国人民之间的信任。\n\n"
        "我们支持《全面禁止核试验条约》早日生效。\n"
    )
    # (the representative's letter, circulated as the document, is the state's submission)
    assert facts(extractor, text) == {"RUS spokeIn doc", "RUS supports CTBT", "RUS submitted doc"}


def test_a_posts_topic_tag_before_the_title_is_no_part_of_it(extractor):
    # a statement copied from a social-media account: 【#话题#】 opens the title line
    text = "【#俄罗斯暂停参与条约#】法国外交部发言人声明\n\n我们支持《全面禁止核试验条约》。\n"
    assert {"FRA spokeIn doc", "FRA supports CTBT"} <= facts(extractor, text)


@pytest.mark.parametrize("site", [" - 法国在您身边", " | 外交部", " _ 新闻中心"])
def test_a_web_pages_site_after_its_title_is_no_part_of_it(extractor, site):
    # a page title copied with its site's name: 标题 - 网站
    text = f"法国外交部长让-伊夫·勒德里昂在抵达会场时的声明{site}\n\n我们支持《全面禁止核试验条约》。\n"
    assert {"FRA spokeIn doc", "FRA supports CTBT"} <= facts(extractor, text)


def test_an_office_inside_a_bodys_name_is_the_bodys_not_an_earlier_states(extractor):
    # the dateline's news agency names a state; the office after the body is the body's
    text = "俄罗斯卫星通讯社联合国1月19日电 联合国秘书长古特雷斯坚持保留《中导条约》。"
    assert facts(extractor, text) == {"UNSG supports INF"}
    # an envoy to the body is still the state's
    text = "中国常驻联合国代表张军表示,中方支持《全面禁止核试验条约》早日生效。"
    assert "CHN supports CTBT" in facts(extractor, text)


def test_a_line_saying_a_joint_statement_follows_names_its_authors(extractor):
    text = (
        "以下是美国、日本和大韩民国4月9日在东京发表的联合声明。\n"
        "三方协调监督小组会议联合声明\n"
        "三国代表团今天举行会议。我们支持《全面禁止核试验条约》早日生效。\n"
    )
    found = facts(extractor, text)
    assert {f.split()[0] for f in found if " spokeIn " in f} == {"USA", "JPN", "KOR"}
    assert {"USA supports CTBT", "JPN supports CTBT", "KOR supports CTBT"} <= found


def test_an_article_a_report_gives_in_full_is_its_writers(extractor):
    text = (
        "本报4月1日电 美国总统奥巴马在《华盛顿邮报》撰文阐述美国的立场。全文编译如下:\n"
        "我们将继续推进《不扩散核武器条约》。\n"
    )
    found = facts(extractor, text)
    assert "USA supports NPT" in found
    assert any(f.startswith("USA spokeIn ") for f in found)


def test_an_officials_speech_on_a_governments_site_is_that_states(extractor):
    title = "联邦总理奥拉夫·朔尔茨于2022年11月4日在北京与中国总理李克强举行的新闻发布会上的讲话"
    body = "女士们、先生们,\n我们支持《全面禁止核试验条约》早日生效。\n"
    found = facts(extractor, f"欢迎来到德国外交部网站\n{title}\n{body}")
    assert {"DEU spokeIn doc", "DEU supports CTBT"} <= found
    # a site that is no government's names no speaker (a broadcaster's)
    found = facts(extractor, f"德国之声中文网\n{title}\n{body}")
    assert not any(f.startswith("DEU ") for f in found)


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # the official's own article: the first person outside quotation marks
        (
            "2016年10月09日 来源:某报\n我的祖国巴西早已放弃核武器。我们是核不扩散的捍卫者。",
            ("BRA",),
        ),
        # a report of what he said: the third person, his words quoted
        ("新华社10月9日电 巴西外长9日表示,核武器必须消除。他说:“我们支持裁军。”", ()),
    ],
)
def test_a_headline_naming_an_official_before_its_colon_above_a_text_in_the_first_person(
    extractor, body, authors
):
    assert voice(extractor, f"巴西外长:核武器必须消除\n{body}\n")[1] == authors


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("186个国家签署了《全面禁止核试验条约》。", "BRA signed CTBT"),
        ("八个国家仍然未能批准《全面禁止核试验条约》。", "BRA ratified CTBT"),
        ("一百九十一个会员国支持《不扩散核武器条约》。", "BRA supports NPT"),
    ],
)
def test_a_count_of_states_is_an_unnamed_holder_not_the_author(extractor, sentence, absent):
    found = facts(extractor, f"巴西外交部声明\n\n{sentence}\n")
    assert absent not in found


def test_names_a_count_sums_up_stay_the_holders(extractor):
    found = facts(
        extractor, "巴西外交部声明\n\n中国、美国等五个国家签署了《全面禁止核试验条约》。\n"
    )
    assert {"CHN signed CTBT", "USA signed CTBT"} <= found


def test_a_reports_answer_opens_with_the_spokesperson_saying(extractor):
    # the journalist's question, then the answer told as a report: 我们 is the spokesperson's
    text = (
        "11月3日,外交部发言人毛宁主持例行记者会。\n法新社记者提问,中方对此有何回应?\n"
        "毛宁表示,中国坚持和平发展。我们支持《全面禁止核试验条约》。\n"
    )
    assert "CHN supports CTBT" in facts(extractor, text)


def test_a_question_that_opens_with_someone_saying_stays_the_question(extractor):
    text = (
        "11月3日,外交部发言人毛宁主持例行记者会。\n"
        "法新社记者提问,美国官员表示,我们反对《禁止核武器条约》。中方对此有何回应?\n"
    )
    assert "CHN opposes TPNW" not in facts(extractor, text)


@pytest.mark.parametrize(
    "heading",
    [
        "中俄反对对伊朗的决议 外交部回应",  # a state the headline is about, before the heading
        "外交部回应普京宣布暂停该条约",  # a known person the ministry answers, after it
    ],
)
def test_whom_a_ministrys_heading_is_about_is_not_its_state(extractor, heading):
    text = (
        f"{heading}\n"
        "中国外交部发言人汪文斌主持例行记者会。\n"
        "有记者提问,俄罗斯总统宣布暂停履约。发言人对此有何评论?\n"
        "汪文斌表示,中方支持《全面禁止核试验条约》。\n"
    )
    assert voice(extractor, text) == ("press", ("CHN",))


def test_a_report_that_follows_one_speakers_words_goes_on_in_them(extractor):
    # 他说 / 他指出 opening each quotation keeps 他 the person named, however many sentences
    # the quotations run to (a bare 他 elsewhere does not: a chain of them ends within reach)
    text = (
        "新华社日内瓦2月12日电 中国代表团团长俞沛文今天在会上发言。\n"
        "俞沛文说:“超级大国应削减核武库。”他指出:“军备竞赛必须停止。”"
        "他说:“裁军是各国的共同任务。”他还说:“世界需要和平。”\n"
        "他强调:“核战争的危险在增加。”他说:“各国要努力。”关于安全保证问题,他说,"
        "“所有核国家都应该无条件地承担义务,不对无核武器国家使用或威胁使用核武器。”\n"
    )
    found = facts(extractor, text)
    assert {"CHN spokeIn doc", "CHN supports NSA"} <= found
