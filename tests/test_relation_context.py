"""What a sentence's statements depend on beyond the sentence (relation_context): the organ
whose resolution the paragraphs are, the actor whose own paper or statement the document is,
中方, and 该条约 / 该决议 / 该决定草案 / 该委员会. One small fixture per construction, with the
cases that must give nothing."""

from __future__ import annotations

import pytest
from relation_fixtures import build_extractor, facts, positive, statements

from nukegraph.extract import Extractor


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    return build_extractor(tmp_path_factory.mktemp("gazetteers"))


# --- resolutions: the organ heading its paragraphs ---------------------------------------------

RESOLUTION = """\
71/99.  核裁军

大会，

回顾其以往关于核裁军的各项决议，

注意到《禁止核武器条约》已经开放供签署，

又欢迎《全面禁止核试验条约》的普遍化，

1.  呼吁所有尚未签署和批准《全面禁止核试验条约》的国家尽快签署和批准；

2.  强烈谴责任何核试验；

3.  强调消极安全保证的重要性；

4.  决定将题为“核裁军”的项目列入其下届会议临时议程。

2016年12月5日
第90次全体会议
"""


def test_the_general_assembly_heads_the_paragraphs_of_its_resolution(extractor):
    assert positive(facts(extractor, RESOLUTION)) == {
        ("UNGA", "supports", "CTBT"),  # 欢迎……普遍化; 呼吁尚未签署和批准《T》的国家……
        ("UNGA", "opposes", "NUCLEAR_TESTING"),  # 谴责
        ("UNGA", "supports", "NSA"),  # 强调……的重要性
    }  # 回顾, 注意到 and 决定 give nothing: the treaty noted and the item decided are no stance


def test_a_resolution_statement_keeps_its_paragraph_and_cue(extractor):
    found = {
        (st.object.id, st.cue, st.evidence)
        for st in statements(extractor, RESOLUTION)
        if st.predicate == "opposes"
    }
    assert found == {("NUCLEAR_TESTING", "谴责", "2.  强烈谴责任何核试验；")}


def test_what_an_organ_decides_others_shall_do_is_not_its_stance(extractor):
    text = "安全理事会，\n5. 决定1540委员会应加紧努力,推动所有国家全面执行全面禁试条约；\n"
    assert positive(facts(extractor, text)) == set()
    text = "安全理事会，\n6. 又欢迎《不扩散核武器条约》,支持全面禁试条约；\n"
    assert positive(facts(extractor, text)) == {
        ("UNSC", "supports", "NPT"),
        ("UNSC", "supports", "CTBT"),
    }


def test_the_resolution_ends_with_its_meeting_line(extractor):
    text = RESOLUTION + "\n呼吁各国支持《禁止核武器条约》；\n"
    assert ("UNGA", "supports", "TPNW") not in positive(facts(extractor, text))


def test_noting_and_recalling_give_nothing(extractor):
    text = "大会，\n\n注意到《禁止核武器条约》已经生效，\n\n回顾《全面禁止核试验条约》，\n"
    assert facts(extractor, text) == set()


def test_the_security_council_heading_alone_on_its_line_after_the_adoption_line(extractor):
    text = (
        "第9999(2030)号决议\n\n2030年1月5日安全理事会第9999次会议通过\n\n安全理事会\n\n"
        "重申其对《不扩散核武器条约》的坚定支持，\n\n"
        "认可1540委员会已经完成的工作，\n\n"
        "1.  促请各国遵守《不扩散核武器条约》；\n"
    )
    assert positive(facts(extractor, text)) == {
        ("UNSC", "supports", "NPT"),
        ("UNSC", "supports", "COMMITTEE_1540"),
    }


def test_welcoming_what_an_organ_adopted_is_no_support_for_the_organ(extractor):
    text = "大会，\n\n欢迎2016年9月23日安全理事会通过第2310(2016)号决议，\n"
    assert ("UNGA", "supports", "UNSC") not in positive(facts(extractor, text))


def test_the_organ_named_as_an_object_heads_nothing(extractor):
    text = "秘书长将报告提交安全理事会\n欢迎《禁止核武器条约》生效。"
    assert facts(extractor, text) == set()


def test_a_quoted_resolution_ends_with_its_quotation(extractor):
    text = (
        "1.  大会在该决议中决定如下：\n\n大会，\n\n“……\n\n"
        "“1.  呼吁各国支持《禁产条约》的谈判；\n\n"
        "“2.  欢迎《全面禁止核试验条约》的普遍化。”\n\n"
        "2.  欢迎《禁止核武器条约》生效。\n"
    )
    assert positive(facts(extractor, text)) == {
        ("UNGA", "supports", "FMCT"),
        ("UNGA", "supports", "CTBT"),
    }


def test_items_of_questions_asked_are_no_objects_of_the_call(extractor):
    text = "大会，\n\n1.  呼吁会员国就以下问题提出意见：\n\n(a) 消极安全保证；\n"
    assert facts(extractor, text) == set()


def test_the_sub_items_of_a_call_name_its_objects(extractor):
    text = (
        "大会，\n\n1.  呼吁核武器国家采取下列步骤：\n\n(a) 进一步降低战备状态；\n\n"
        "(b) 对其核武库表现出透明度；\n\n(c) 将裂变材料置于保障监督之下；\n\n"
        "2.  决定继续审议这一问题。\n\n(d) 消极安全保证。\n"
    )
    assert positive(facts(extractor, text)) == {
        ("UNGA", "supports", "DE_ALERTING"),
        ("UNGA", "supports", "TRANSPARENCY"),
        ("UNGA", "supports", "SAFEGUARDS"),
        ("UNGA", "supports", "FISSILE_MATERIAL"),  # what the call would place under them
    }  # (d) follows another paragraph: no item of the call


# --- the document's own actor: 本国, 我们, 集团 ----------------------------------------------------


def test_chinese_side_is_china_wherever_it_stands(extractor):
    found = positive(facts(extractor, "中方支持《全面禁止核试验条约》早日生效。"))
    assert found == {("CHN", "supports", "CTBT")}


def test_chinese_side_inside_another_word_is_nobody(extractor):
    assert facts(extractor, "会议集中方式支持《全面禁止核试验条约》。") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state named last whose name starts with the character before 方
        ("巴西外长表示,巴方支持《全面禁止核试验条约》。", {"BRA supports CTBT"}),
        ("巴西代表发了言。\n\n巴方支持《全面禁止核试验条约》。", {"BRA supports CTBT"}),
        # a word of its own, whatever state was named: the West is not Spain
        ("西班牙代表发了言。\n\n西方国家支持《全面禁止核试验条约》。", set()),
        ("比利时代表说,比方说,一些国家支持《全面禁止核试验条约》。", set()),
        # no state of that initial named: nobody
        ("会议指出,巴方支持《全面禁止核试验条约》。", set()),
    ],
)
def test_a_side_named_by_a_states_initial(extractor, text, expected):
    found = {" ".join(f) for f in positive(facts(extractor, text)) if not f[0].startswith("some")}
    assert {f for f in found if "spokeIn" not in f} == expected


def test_we_in_a_states_own_statement_is_that_state(extractor):
    text = (
        "日本代表在裁军谈判会议全体会议上的发言\n\n主席先生：\n\n"
        "我们一贯支持《全面禁止核试验条约》。本国反对核试验。\n"
    )
    assert positive(facts(extractor, text)) == {
        ("JPN", "spokeIn", "doc"),  # the statement's own speaker
        ("JPN", "supports", "CTBT"),
        ("JPN", "opposes", "NUCLEAR_TESTING"),
    }


def test_the_speaker_speaking_for_a_delegation_makes_the_statement_its_own(extractor):
    text = "主席先生：\n\n我谨代表古巴代表团发言。我国支持消极安全保证。\n"
    assert positive(facts(extractor, text)) == {
        ("CUB", "spokeIn", "doc"),
        ("CUB", "supports", "NSA"),
    }


def test_a_record_of_many_speakers_is_no_ones_own_statement(extractor):
    text = (
        "主席(以英语发言)：我谨代表古巴代表团欢迎各位。\n\n"
        "瑞典先生(以英语发言)：我们支持消极安全保证。\n"
    )
    assert facts(extractor, text) == set()


SG_REPORT = """\
A/71/1

秘书长关于本组织工作的报告

我深感失望的是,《全面禁止核试验条约》仍未生效。
我特别高兴地欢迎《禁止核武器条约》获得通过。
我们必须支持《不扩散核武器条约》。各国应保持自我克制。
"""


def test_i_in_the_secretary_generals_own_report_is_the_secretary_general(extractor):
    # 我 is the Secretary-General; 我们 (the membership) and 自我 are not, but what the report
    # says we must do is the Secretary-General's call
    assert positive(facts(extractor, SG_REPORT)) == {
        ("UNSG", "supports", "TPNW"),
        ("UNSG", "supports", "NPT"),
    }


def test_i_outside_the_secretary_generals_report_is_nobody(extractor):
    text = SG_REPORT.replace("秘书长关于本组织工作的报告", "裁军谈判会议的报告")
    assert positive(facts(extractor, text)) == set()


def test_the_states_concerned_are_an_unnamed_holder(extractor):
    # 有关国家, 相关国家: some states, unnamed (not the last state the text named)
    text = "日本支持该进程。有关国家拒绝加入《全面禁止核试验条约》。"
    assert ("some-states", "opposes", "CTBT") in positive(facts(extractor, text))


def test_the_group_of_a_groups_own_paper(extractor):
    text = (
        "21国集团提交的工作文件\n\n1.  集团重申对《全面禁止核试验条约》的支持。"
        "任何国家集团都反对核试验。本集团支持消极安全保证。\n"
    )
    assert positive(facts(extractor, text)) == {
        ("G21", "submitted", "doc"),
        ("G21", "supports", "CTBT"),
        ("G21", "supports", "NSA"),
        ("all-groups", "opposes", "NUCLEAR_TESTING"),  # 任何国家集团: any group, not this one
    }


def test_a_reply_whose_editorial_note_is_joined_to_its_first_paragraph(extractor):
    text = (
        "二.  从各国政府收到的答复\n\n古巴\n\n[原件：西班牙文]\n"
        "我国一贯支持《禁止核武器条约》，我们反对任何核试验。\n\n"
        "三.  结论\n\n本国支持消极安全保证。\n"
    )
    assert positive(facts(extractor, text)) == {
        ("CUB", "supports", "TPNW"),
        ("CUB", "opposes", "NUCLEAR_TESTING"),
    }  # after the replies, 本国 is nobody


def test_the_annex_a_note_transmits_is_not_the_senders_voice(extractor):
    text = (
        "日本提交的工作文件\n\n1.  日本政府谨随函转递名人小组的建议(见附件)。"
        "本国支持《全面禁止核试验条约》。\n\n附件\n\n1.  我们支持消极安全保证。\n"
    )
    assert positive(facts(extractor, text)) == {
        ("JPN", "submitted", "doc"),
        ("JPN", "supports", "CTBT"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "我们支持《全面禁止核试验条约》。",  # whose text is it? nobody says
        "日本的核裁军政策\n\n我们支持《全面禁止核试验条约》。",  # a title, but no statement
    ],
)
def test_we_outside_an_actors_own_text_is_nobody(extractor, text):
    assert not any(p == "supports" for _s, p, _o, _ in facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本外相说,我们支持《全面禁止核试验条约》。", {("JPN", "supports", "CTBT")}),
        ("日本外相在记者会上表示,我国坚决反对核试验。", {("JPN", "opposes", "NUCLEAR_TESTING")}),
        # each verb of saying lends its words to its own speaker
        (
            "日本外相说,我国反对核试验;美国国务卿说,我们支持《全面禁止核试验条约》。",
            {("JPN", "opposes", "NUCLEAR_TESTING"), ("USA", "supports", "CTBT")},
        ),
    ],
)
def test_we_in_what_a_named_speaker_says_is_the_speakers(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two actors before the verb of saying, not one list: whose 我们 is it?
        "日本外相在会见美国国务卿时说,我们支持《全面禁止核试验条约》。",
        "美国国务卿会见日本外相后说,我们支持《全面禁止核试验条约》。",
    ],
)
def test_we_after_a_verb_of_saying_with_no_one_speaker_is_nobody(extractor, text):
    assert not any(p == "supports" for _s, p, _o, _ in facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summary record tells each turn in the third person: 他的代表团 is the turn's state
        (
            "12. 伍德先生(美利坚合众国)说,美国支持《全面禁止核试验条约》。"
            "他的代表团反对《禁止核武器条约》。\n"
            "13. 李松先生(中国)说,她的国家支持《不扩散核武器条约》。",
            {
                ("USA", "supports", "CTBT"),
                ("USA", "opposes", "TPNW"),
                ("CHN", "supports", "NPT"),
                ("USA", "spokeIn", "doc"),  # (each turn's state speaks in the record)
                ("CHN", "spokeIn", "doc"),
            },
        ),
        # ... and the next turn's state once it has the floor
        (
            "12. 伍德先生(美利坚合众国)说,美国支持《全面禁止核试验条约》。\n"
            "13. 李松先生(中国)说,他的代表团反对《禁止核武器条约》。",
            {
                ("USA", "supports", "CTBT"),
                ("CHN", "opposes", "TPNW"),
                ("USA", "spokeIn", "doc"),
                ("CHN", "spokeIn", "doc"),
            },
        ),
    ],
)
def test_his_delegation_in_a_summary_record_is_the_turns_state(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese name of four characters is later given as its family name (岸田)
        (
            "日本首相岸田文雄出席了仪式。岸田表示,我们支持《全面禁止核试验条约》。",
            {("JPN", "supports", "CTBT")},
        ),
    ],
)
def test_a_person_named_again_by_part_of_the_name_speaks_for_the_same_state(
    extractor, text, expected
):
    assert positive(facts(extractor, text)) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "日本和美国表示,我们支持《全面禁止核试验条约》。",
        "日本和美国发表联合声明称:“我们支持《全面禁止核试验条约》。”",
        # the offices of each name of the list, and a person speaking for a state
        "日本首相和美国总统发表联合声明称,我们支持《全面禁止核试验条约》。",
        "据报道,日本外相与美国国务卿表示,我们支持《全面禁止核试验条约》。",
    ],
)
def test_we_after_a_list_of_speakers_is_each_of_them(extractor, text):
    assert positive(facts(extractor, text)) == {
        ("JPN", "supports", "CTBT"),
        ("USA", "supports", "CTBT"),
    }


def test_a_quotation_a_list_of_speakers_opens_goes_on_in_all_their_words(extractor):
    text = "日本和美国发表联合声明称:“我们欢迎各方努力。我们支持《全面禁止核试验条约》。”"
    assert positive(facts(extractor, text)) == {
        ("JPN", "supports", "CTBT"),
        ("USA", "supports", "CTBT"),
    }


# --- what was named just before: 该条约, 该决议, 该决定草案, 该委员会 -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("朝鲜进行了核试验。中国对此表示坚决反对。", {("CHN", "opposes", "NUCLEAR_TESTING")}),
        # a sentence that names nothing goes on about the same thing
        (
            "朝鲜进行了核试验。此举不利于地区和平。中国外交部发表声明,对此予以坚决反对。",
            {("CHN", "opposes", "NUCLEAR_TESTING")},
        ),
        # the object put first, as a topic of its own clause
        ("朝鲜进行了核试验。对此,日本表示谴责。", {("JPN", "opposes", "NUCLEAR_TESTING")}),
        # two sentences that name nothing: out of reach
        ("朝鲜进行了核试验。局势不利于和平。各方都很担忧。中国对此表示反对。", set()),
        # but one that takes the event up (此举) keeps it in reach
        (
            "朝鲜进行了核试验。此举不利于和平。各方都很担忧。中国对此表示反对。",
            {("CHN", "opposes", "NUCLEAR_TESTING")},
        ),
        # what a withdrawal or a halt was done to is not what 此 is
        ("美国宣布退出《全面禁止核试验条约》。中国对此坚决反对。", set()),
        ("朝鲜宣布停止核试验。中国对此表示欢迎。", set()),
    ],
)
def test_at_this_is_what_the_sentence_before_was_about(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


def test_this_treaty_is_the_treaty_named_before(extractor):
    text = "《禁产条约》的谈判十分重要。\n中国支持在裁军谈判会议尽早谈判达成这一条约。"
    assert positive(facts(extractor, text)) == {("CHN", "supports", "FMCT")}


@pytest.mark.parametrize(
    "text",
    [
        "《全面禁止核试验条约》于1996年开放供签署。中国重申对条约各项规定的承诺。",
        "《全面禁止核试验条约》于1996年开放供签署。条约是国际核不扩散体系的基石,中国支持条约。",
    ],
)
def test_a_bare_treaty_is_the_treaty_named_before(extractor, text):
    assert ("CHN", "supports", "CTBT") in positive(facts(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "《全面禁止核试验条约》已开放供签署。中国支持谈判一项关于核裁军的条约。",  # another one
        "《全面禁止核试验条约》已开放供签署。中国支持在裁谈会谈判达成条约。",  # a new one
        "《全面禁止核试验条约》已开放供签署。中国支持缔结军控条约。",  # any of a kind
        "《全面禁止核试验条约》已开放供签署。中国支持维护现有条约。",  # the existing ones
        "中国重申对条约各项规定的承诺。",  # nothing named before
    ],
)
def test_a_treaty_another_word_makes_new_is_not_the_one_named(extractor, text):
    assert not any(o == "CTBT" for _s, p, o, _ in facts(extractor, text) if p == "supports")


def test_this_treaty_is_what_the_sentence_before_was_about_not_its_last_object(extractor):
    text = (
        "声明指出,《禁止核武器条约》与《不扩散核武器条约》有冲突。日本外相说,我们不会支持该条约。"
    )
    assert positive(facts(extractor, text)) == {("JPN", "opposes", "TPNW")}


def test_the_resolution_named_in_the_sentence_before(extractor):
    text = "安全理事会通过了第1540(2004)号决议。日本欢迎该决议。"
    assert ("JPN", "supports", "S/RES/1540") in positive(facts(extractor, text))


def test_a_resolution_named_again_is_in_reach_through_its_anaphor(extractor):
    # 该决议 names it again; 这一“政治化”的决议, a sentence later, refers back through it
    text = (
        "理事会通过一项决议(GOV/2025/38)。中国对该决议投了反对票。\n"
        "日本强烈谴责这一“政治化”的决议。"
    )
    assert {("CHN", "opposes", "GOV/2025/38"), ("JPN", "opposes", "GOV/2025/38")} <= positive(
        facts(extractor, text)
    )


def test_a_resolution_named_paragraphs_before_is_out_of_reach(extractor):
    text = "安全理事会通过了第1540(2004)号决议。\n\n会议随后休会。\n\n日本欢迎该决议。"
    assert not any(o == "S/RES/1540" for _s, p, o, _ in facts(extractor, text) if p == "supports")


def test_the_draft_decision_circulated_as_a_document(extractor):
    text = "主席提出了一份决定草案，已作为CD/2000号文件分发。\n中国愿对该决定草案表示支持。"
    assert positive(facts(extractor, text)) == {("CHN", "supports", "CD/2000")}


def test_a_document_not_called_a_draft_decision_is_not_the_draft(extractor):
    text = "秘书处分发了CD/2001号文件。中国支持该决定草案。"
    assert facts(extractor, text) == set()


def test_the_committee_named_before(extractor):
    text = "安全理事会设立了1540委员会。日本支持该委员会的工作。"
    assert positive(facts(extractor, text)) == {
        ("UNSC", "supports", "COMMITTEE_1540"),  # it set the committee up
        ("JPN", "supports", "COMMITTEE_1540"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body called a 集团 (核供应国集团) and a group of states (21国集团)
        (
            "核供应国集团成立于1975年。该集团一贯支持《不扩散核武器条约》。",
            {("NSG", "supports", "NPT")},
        ),
        ("21国集团发表了声明。该集团反对核试验。", {("G21", "opposes", "NUCLEAR_TESTING")}),
        # only what is called a 集团: a coalition is not
        ("新议程联盟发表了声明。该集团反对核试验。", set()),
    ],
)
def test_the_group_named_before(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


def test_we_in_a_paper_of_several_is_each_of_them(extractor):
    text = "日本和瑞典提交的工作文件\n\n我们支持《全面禁止核试验条约》。"
    assert positive(facts(extractor, text)) == {
        ("JPN", "submitted", "doc"),
        ("SWE", "submitted", "doc"),
        ("JPN", "supports", "CTBT"),
        ("SWE", "supports", "CTBT"),
    }


# --- 这些国家: the states listed just before -----------------------------------------------------


def test_these_states_are_the_states_the_sentence_before_listed(extractor):
    text = "日本和法国支持《全面禁止核试验条约》。这些国家还呼吁停止核试验。"
    found = positive(facts(extractor, text))
    assert {("JPN", "opposes", "NUCLEAR_TESTING"), ("FRA", "opposes", "NUCLEAR_TESTING")} <= found


def test_these_states_out_of_reach_of_a_list_are_unnamed(extractor):
    # a sentence between: 这些国家 may be anyone's, and no state named before holds the call
    text = "日本和法国支持《全面禁止核试验条约》。会议在日内瓦举行。这些国家还呼吁停止核试验。"
    found = positive(facts(extractor, text))
    assert ("some-states", "opposes", "NUCLEAR_TESTING") in found
    assert not any(s == "JPN" and o == "NUCLEAR_TESTING" for s, _p, o in found)


@pytest.mark.parametrize(
    ("taken_up", "named"),
    [
        ("这三个国家", True),
        ("上述3个国家", True),
        ("这三个核武器国家", True),  # a group's name inside the count: the states, not it
        ("这两个国家", False),  # a count that is not the list's
        ("它们", True),
    ],
)
def test_a_count_or_they_takes_up_the_states_just_listed(extractor, taken_up, named):
    text = f"日本、法国和巴西发表了联合声明。{taken_up}都支持《全面禁止核试验条约》。"
    found = positive(facts(extractor, text))
    # (a count that is not the list's is an unnamed holder: several-states)
    states = {s for s, p, o in found if (p, o) == ("supports", "CTBT") and "-" not in s}
    assert states == ({"JPN", "FRA", "BRA"} if named else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "日本、法国和巴西发表了联合声明,它们都支持《全面禁止核试验条约》。",
            {"JPN", "FRA", "BRA"},
        ),
        # two states named apart are no list: who 它们 are is not said
        ("日本呼吁法国停止核试验,它们都支持《全面禁止核试验条约》。", set()),
    ],
)
def test_they_takes_up_a_list_earlier_in_the_sentence(extractor, text, expected):
    found = positive(facts(extractor, text))
    assert {s for s, p, o in found if (p, o) == ("supports", "CTBT")} == expected


def test_they_with_no_list_just_before_is_no_one_named(extractor):
    text = "日本、法国和巴西发表了联合声明。会议在日内瓦举行。它们都支持《全面禁止核试验条约》。"
    assert not any(o == "CTBT" for _s, _p, o in positive(facts(extractor, text)))


# --- a report's paragraph in the words of whom it quotes ---------------------------------------


def test_a_paragraph_goes_on_in_the_words_of_a_speaker_named_midway(extractor):
    # the paragraph opens with the event, then with who spoke: what follows, with no speaker of
    # its own, is still his
    text = "作为裁军周的一项活动,会议日前在纽约举行。联合国秘书长在致辞中指出,各国必须履行义务。这些国家应停止核试验。"
    assert ("UNSG", "opposes", "NUCLEAR_TESTING") in positive(facts(extractor, text))


def test_a_new_paragraph_ends_a_speakers_words(extractor):
    text = "作为裁军周的一项活动,会议日前在纽约举行。联合国秘书长在致辞中指出,各国必须履行义务。\n这些国家应停止核试验。"
    assert not any(s == "UNSG" for s, _p, _o in positive(facts(extractor, text)))


# --- 三国, 六方: the states a list named ---------------------------------------------------------


@pytest.mark.parametrize(
    "between",
    [
        "",
        # two states in a sentence that lists none (a verb between them) leave the list as it was
        "三国外长表示,俄罗斯应改善与中国的关系。",
    ],
)
def test_a_count_of_states_takes_up_the_last_list(extractor, between):
    text = (
        "美国、巴西、日本三国外长举行会晤。"
        + between
        + "三国外长还决定支持《全面禁止核试验条约》。"
    )
    found = positive(facts(extractor, text))
    assert {(s, "supports", "CTBT") for s in ("USA", "BRA", "JPN")} <= found


# --- a declaration's words: its signers' -------------------------------------------------------


def test_a_declaration_the_sentence_lists_its_signers_for_speaks_for_them(extractor):
    text = "中国、俄罗斯联邦和日本三国元首今天签署《三国元首宣言》。宣言表示支持核裁军。"
    found = positive(facts(extractor, text))
    assert {(s, "supports", "NUCLEAR_DISARMAMENT") for s in ("CHN", "RUS", "JPN")} <= found


def test_a_declaration_whose_signers_are_not_listed_is_its_titles(extractor):
    text = "日本今天发表《日本政府宣言》。宣言表示支持核裁军。"
    assert ("JPN", "supports", "NUCLEAR_DISARMAMENT") in positive(facts(extractor, text))


def test_a_declaration_titled_by_two_states_is_both_states(extractor):
    # 《美国和俄罗斯……联合声明》 opens with their names; what the text quotes from it is theirs,
    # a bracketed credit before 文中称 aside, and 我们 goes on in the quotation's next sentence
    text = (
        "白宫发布题为《美国和俄罗斯总统战略稳定联合声明》的文章。(美联社)文中称:"
        "“我们坚定支持《全面禁止核试验条约》。今日,我们重申反对核试验。”"
    )
    found = positive(facts(extractor, text))
    assert {(s, "supports", "CTBT") for s in ("USA", "RUS")} <= found
    assert {(s, "opposes", "NUCLEAR_TESTING") for s in ("USA", "RUS")} <= found


def test_numbered_points_a_speaker_proposes_are_theirs(extractor):
    text = (
        "中国代表在安理会公开会上发言。中国就此提出三点主张:第一,要切实承担责任。\n"
        "第二,要坚持国际规则。国际社会应坚定支持《不扩散核武器条约》。\n"
        "会议还听取了其他代表的发言。各国应加强合作,支持《全面禁止核试验条约》。\n"
    )
    found = positive(facts(extractor, text))
    assert ("CHN", "supports", "NPT") in found  # the second point, a paragraph of its own
    assert ("CHN", "supports", "CTBT") not in found  # a paragraph that is no point: the report's


def test_a_bare_treaty_is_the_one_the_text_keeps_naming(extractor):
    # 条约 in a sentence that names none: "the Treaty", not merely the one named last
    text = (
        "《不扩散核武器条约》是基石。各国应维护《不扩散核武器条约》。"
        "中方呼吁美俄遵守《全面禁止核试验条约》。\n中方主张维护条约的权威。"
    )
    found = positive(facts(extractor, text))
    assert ("CHN", "supports", "NPT") in found


def test_a_bracketed_label_before_a_report_is_no_subject(extractor):
    text = "(联合国)据俄罗斯卫星通讯社报道 俄罗斯、中国和美国发表联合声明,表示不会签署该条约。"
    assert not any(f[0] == "UN" for f in positive(facts(extractor, text)))


# --- names a text defines: (以下称“双方”) --------------------------------------------------------


def test_a_name_the_text_defines_is_the_actors_before_it(extractor):
    text = (
        "中国政府和俄罗斯联邦政府(以下称“双方”)在北京举行会谈。"
        "会谈在友好的气氛中进行。日本和法国出席了会议。双方支持《全面禁止核试验条约》。"
    )
    found = positive(facts(extractor, text))
    # (the states listed last are Japan and France: 双方 is still those the text defined)
    assert {("CHN", "supports", "CTBT"), ("RUS", "supports", "CTBT")} <= found
    assert ("JPN", "supports", "CTBT") not in found


def test_what_a_text_declares_below_is_its_subjects_words(extractor):
    text = "中国和俄罗斯联邦(以下简称“双方”)就核裁军问题声明如下:\n我们支持《全面禁止核试验条约》。"
    found = positive(facts(extractor, text))
    assert {("CHN", "supports", "CTBT"), ("RUS", "supports", "CTBT")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "日本和美国外长在东京举行会晤。外长们重申支持《全面禁止核试验条约》。",
        "日本外相和美国国务卿举行会谈。他们重申支持《全面禁止核试验条约》。",
        "日本首相和美国总统在东京会晤。两位领导人表示支持《全面禁止核试验条约》。",
        "日本和美国外长举行会谈。各位外长重申支持《全面禁止核试验条约》。",
        # taken up again by each sentence after it
        "日本和美国外长举行会谈。外长们讨论了地区局势。他们还重申支持《全面禁止核试验条约》。",
        # named apart, each by an envoy, and counted after
        "日本首相岸田文雄同美国总统拜登在东京举行会谈。双方重申支持《全面禁止核试验条约》。",
        "日本外相与美国国务卿通电话。两国一致支持《全面禁止核试验条约》。",
    ],
)
def test_those_who_met_are_taken_up_by_they_or_their_plural_title(extractor, text):
    assert positive(facts(extractor, text)) == {
        ("JPN", "supports", "CTBT"),
        ("USA", "supports", "CTBT"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "外长们重申支持《全面禁止核试验条约》。",  # no meeting named before
        # a count that is not theirs
        "日本首相和美国总统在东京会晤。三位领导人表示支持《全面禁止核试验条约》。",
        # a sentence between that does not take them up: whoever 他们 is now, not they
        "日本和美国外长举行会谈。会谈在东京举行。他们支持《全面禁止核试验条约》。",
        # three met: 双方 is two others
        "日本、中国和美国外长在东京举行会晤。双方重申支持《全面禁止核试验条约》。",
    ],
)
def test_they_with_no_meeting_just_before_is_nobody(extractor, text):
    assert not any(p == "supports" for _s, p, _o, _ in facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 这 opening the clause of a judgement is what the sentence before said
        (
            "日本政府声明\n朝鲜再次进行核试验。这是无法容忍的。",
            {("JPN", "opposes", "NUCLEAR_TESTING")},
        ),
        (
            "日本政府声明\n朝鲜再次进行核试验,这是不可接受的。",
            {("JPN", "opposes", "NUCLEAR_TESTING")},
        ),
        # what was done to a treaty (退出) is not the treaty
        ("日本政府声明\n美国退出了《全面禁止核试验条约》。这是不可接受的。", set()),
        # 这方面 is a word of its own: what is judged is the treaty
        (
            "日本政府声明\n朝鲜进行了核试验。这方面《全面禁止核试验条约》至关重要。",
            {("JPN", "supports", "CTBT")},
        ),
    ],
)
def test_this_opening_a_judgement_is_what_was_just_said(extractor, text, expected):
    found = {f for f in positive(facts(extractor, text)) if f[1] != "spokeIn"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of belief with no mark after it reports the clauses after it in its sentence
        (
            "中方认为伊朗拥有和平利用核能的权利,但伊朗应履行《不扩散核武器条约》规定的义务。",
            {("CHN", "supports", "NPT")},
        ),
        (
            "日本强调必须展开对话,缩小分歧,并促进核裁军。",
            {("JPN", "supports", "NUCLEAR_DISARMAMENT")},
        ),
        # not past a colon or a line: what follows may be anyone's
        ("日本认为合适:伊朗应履行《不扩散核武器条约》规定的义务。", set()),
    ],
)
def test_a_bare_verb_of_belief_reports_the_clauses_after_it(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of saying inside the matter judged (……宣布……一事) reports nothing
        (
            "日本首相说,朝鲜宣布已进行核试验一事绝不能容忍。",
            {("JPN", "opposes", "NUCLEAR_TESTING")},
        ),
        # a relative clause before the speaker names a place, not who speaks
        (
            "正在美国访问的日本首相说,《全面禁止核试验条约》至关重要。",
            {("JPN", "supports", "CTBT")},
        ),
        (
            "正在美国访问的日本首相同时说,《全面禁止核试验条约》至关重要。",
            {("JPN", "supports", "CTBT")},
        ),
    ],
)
def test_who_says_a_judgement(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 该国: the state named last, in its sentence or the one before
        ("日本外务省发表声明说,该国支持《全面禁止核试验条约》。", {("JPN", "supports", "CTBT")}),
        ("日本外务省发表声明。该国支持《全面禁止核试验条约》。", {("JPN", "supports", "CTBT")}),
        ("日本外务省发表声明。会议在东京举行。该国支持《全面禁止核试验条约》。", set()),
        ("该国际组织支持《全面禁止核试验条约》。", set()),  # 该国际: this international ...
        # the situation around a test is not the test
        ("日本支持安理会立即讨论核试验的事态发展。", {("JPN", "supports", "UNSC")}),
    ],
)
def test_this_state_is_the_state_named_last(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pledge noun ending the object of the verb that makes it: what stands between
        ("日本作出了提供消极安全保证的承诺。", {("JPN", "supports", "NSA", "positive")}),
        ("日本从未作出提供消极安全保证的承诺。", {("JPN", "supports", "NSA", "negative")}),
        # a negation before what 对 fronts reaches the cue after it
        ("日本从未对《全面禁止核试验条约》表示支持。", {("JPN", "opposes", "CTBT", "positive")}),
        ("日本对《全面禁止核试验条约》表示支持。", {("JPN", "supports", "CTBT", "positive")}),
        ("日本作出了重大贡献。", set()),  # no pledge
    ],
)
def test_a_pledge_made_and_a_negation_over_a_fronted_object(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second item of a noun phrase's list is a thing spoken of, not a position held
        ("《条约》的法律重要性及随后核武器国家更多地遵守《不扩散核武器条约》,会限制风险。", set()),
        (
            "日本及美国支持《全面禁止核试验条约》。",
            {("JPN", "supports", "CTBT"), ("USA", "supports", "CTBT")},
        ),
    ],
)
def test_a_clause_inside_a_list_of_nouns_holds_no_position(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "值得注意的是日本支持《全面禁止核试验条约》。",
        # the subject of a cleft's clause goes on into the clause after it
        "最引人注目的是日本通过决议,支持《全面禁止核试验条约》。",
    ],
)
def test_a_cleft_opens_a_clause_of_its_own(extractor, text):
    assert positive(facts(extractor, text)) == {("JPN", "supports", "CTBT")}
