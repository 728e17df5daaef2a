"""Relations and positions (issue 3): one small fixture per construction, and facts of the
bundled corpus a reader can check in the documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_fixtures import Fact, build_extractor, facts, positive

from nukegraph.corpus import read_document
from nukegraph.errors import GazetteerError
from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer
from nukegraph.records import AnonymousHolder, Sentence, SourceDocument
from nukegraph.relations import text as relation_text
from nukegraph.relations.lexicon import load_cues, parse_cues, segment
from nukegraph.relations.text import SentenceView


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    return build_extractor(tmp_path_factory.mktemp("gazetteers"))


# --- speakers --------------------------------------------------------------------------------


def test_speaker_list_gives_spoke_in_for_each_name_and_on_behalf_of_inside_brackets(extractor):
    found = facts(
        extractor, "发言者：中国、俄罗斯联邦、伊朗(伊斯兰共和国)、印度(代表21国集团)和瑞士。"
    )
    spoke = {s for s, p, _o, _ in found if p == "spokeIn"}
    assert spoke == {"CHN", "RUS", "IRN", "IND", "CHE"}
    assert ("IND", "onBehalfOf", "G21", "positive") in found
    assert not any(s == "G21" for s, *_ in found)  # the represented group did not speak


def test_delegates_list_with_footnote_marker_and_the_input_document_as_object(extractor):
    found = facts(extractor, "下列国家的代表作了发言：奥地利、巴西(代表新议程联盟1)、埃及和瑞典。")
    assert positive(found) >= {
        ("AUT", "spokeIn", "doc"),
        ("BRA", "spokeIn", "doc"),
        ("EGY", "spokeIn", "doc"),
        ("SWE", "spokeIn", "doc"),
        ("BRA", "onBehalfOf", "NAC"),
    }


def test_persons_in_a_panel_list_are_not_speaking_states(extractor):
    found = facts(extractor, "下列专题小组成员发了言：John Smith(日本)、李明(中国)。")
    assert found == set()


def test_names_before_a_speech_verb_spoke(extractor):
    found = facts(extractor, "在第1234次全体会议上，巴基斯坦代表21国集团发了言。")
    assert positive(found) == {("PAK", "spokeIn", "doc"), ("PAK", "onBehalfOf", "G21")}


# --- onBehalfOf ------------------------------------------------------------------------------


def test_delegation_speaking_for_an_organization(extractor):
    found = facts(extractor, "西班牙代表团代表欧洲联盟进行了陈述，介绍了一份草案。")
    assert ("ESP", "onBehalfOf", "EU", "positive") in found
    assert ("ESP", "spokeIn", "doc", "positive") in found


def test_bracketed_list_of_represented_states_skips_the_speaker_itself(extractor):
    found = facts(
        extractor,
        "下列国家介绍了工作文件：日本(代表澳大利亚、比利时和瑞典)、马来西亚(代表哥斯达黎加和马来西亚)。",
    )
    behalf = {(s, o) for s, p, o, _ in found if p == "onBehalfOf"}
    assert behalf == {("JPN", "AUS"), ("JPN", "BEL"), ("JPN", "SWE"), ("MYS", "CRI")}


# --- memberOf ------------------------------------------------------------------------------


def test_group_composed_of_states(extractor):
    found = facts(extractor, "新议程联盟由巴西、埃及、爱尔兰和瑞典组成。")
    assert positive(found) == {(s, "memberOf", "NAC") for s in ("BRA", "EGY", "IRL", "SWE")}


def test_footnote_that_lost_its_closing_verb(extractor):
    found = facts(extractor, "1 新议程联盟由巴西、埃及和瑞典。")
    assert positive(found) == {(s, "memberOf", "NAC") for s in ("BRA", "EGY", "SWE")}


# --- submitted ----------------------------------------------------------------------------------


def test_co_sponsors_of_a_working_paper_each_submitted_it(extractor):
    text = "(e) 澳大利亚、比利时、日本和瑞典提出的工作文件：无核武器世界的基石(A/AC.281/WP.4)；"
    found = facts(extractor, text)
    assert positive(found) == {
        (s, "submitted", "A/AC.281/WP.4") for s in ("AUS", "BEL", "JPN", "SWE")
    }


def test_submitter_inside_the_symbol_bracket(extractor):
    found = facts(extractor, "(b) 关于条约结构的建议(CD/1888，巴西提交)；")
    assert positive(found) == {("BRA", "submitted", "CD/1888")}


def test_working_paper_title_line_names_the_input_document(extractor):
    found = facts(extractor, "日本提交的工作文件\n\n1.  日本政府谨随函转递名人小组的建议。")
    assert ("JPN", "submitted", "doc", "positive") in found


def test_a_representative_introducing_a_draft_for_others(extractor):
    # the opening of a First Committee report's paragraph: the introducer submitted the draft,
    # on behalf of the states listed (itself among them), however long the quoted title, and
    # who tables a draft resolution is for it
    found = facts(
        extractor,
        "5. 在10月14日第12次会议上,瑞典代表代表澳大利亚、奥地利、比利时和瑞典介绍了题为"
        "“禁止或限制使用某些可被认为具有过分伤害力或滥杀滥伤作用的常规武器公约，以及其议定书的"
        "普遍加入和全面执行”的决议草案(A/C.1/60/L.48)。",
    )
    assert positive(found) == {
        ("SWE", "submitted", "A/C.1/60/L.48"),
        ("SWE", "supports", "A/C.1/60/L.48"),
        ("SWE", "onBehalfOf", "AUS"),
        ("SWE", "onBehalfOf", "AUT"),
        ("SWE", "onBehalfOf", "BEL"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "在同次会议上，日本代表介绍了决议草案A/C.1/60/L.12。",
        "埃及代表以新议程联盟的名义介绍了决议草案A/C.1/60/L.12。",
    ],
)
def test_a_representative_introducing_a_draft(extractor, text):
    submitted = {(s, o) for s, p, o in positive(facts(extractor, text)) if p == "submitted"}
    assert submitted == {("JPN" if "日本" in text else "EGY", "A/C.1/60/L.12")}


def test_a_document_a_discussion_was_based_on_was_not_submitted(extractor):
    found = facts(extractor, "俄罗斯联邦代表团和中国代表团介绍了基于CD/1839文件的讨论情况。")
    assert not any(p == "submitted" for _s, p, _o, _ in found)


# --- treaty acts -------------------------------------------------------------------------------


def test_lists_of_states_and_treaties_give_one_statement_per_pair(extractor):
    found = facts(
        extractor, "法国、联合王国和俄罗斯联邦签署了《不扩散条约》和《全面禁止核试验条约》。"
    )
    assert positive(found) == {
        (s, "signed", t) for s in ("FRA", "GBR", "RUS") for t in ("NPT", "CTBT")
    }


def test_signed_and_ratified_share_subject_and_object(extractor):
    found = facts(extractor, "日本已签署并批准了《全面禁止核试验条约》。")
    assert positive(found) == {("JPN", "signed", "CTBT"), ("JPN", "ratified", "CTBT")}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("以色列尚未加入《不扩散核武器条约》。", ("ISR", "acceded", "NPT")),
        ("印度没有签署《全面禁止核试验条约》。", ("IND", "signed", "CTBT")),
        ("巴基斯坦未加入《不扩散条约》。", ("PAK", "acceded", "NPT")),
    ],
)
def test_negated_acts_are_negative_never_positive(extractor, text, fact):
    found = facts(extractor, text)
    assert (*fact, "negative") in found
    assert (*fact, "positive") not in found


def test_signed_but_not_ratified(extractor):
    found = facts(extractor, "美国于1996年9月24日签署了《全面禁止核试验条约》，但尚未批准该条约。")
    assert ("USA", "signed", "CTBT", "positive") in found
    assert ("USA", "ratified", "CTBT", "negative") in found
    assert ("USA", "ratified", "CTBT", "positive") not in found


def test_not_all_have_ratified_asserts_nothing(extractor):
    found = facts(extractor, "一些代表团指出，并非所有核武器国家都已批准《佩林达巴条约》。")
    assert not positive(found)


@pytest.mark.parametrize(
    "text",
    ["一些欧盟成员国支持《全面禁止核试验条约》。", "部分欧盟国家支持《全面禁止核试验条约》。"],
)
def test_some_of_a_bodys_members_are_not_the_body(extractor, text):
    found = positive(facts(extractor, text))
    assert ("EU", "supports", "CTBT") not in found
    assert any(s.startswith("some-") for s, _p, _o in found)


def test_protocols_future_and_urged_acts_are_no_treaty_acts(extractor):
    text = (
        "核武器国家批准了《特拉特洛尔科条约》的议定书。"
        "美国在审议大会上宣布将努力批准《佩林达巴条约》。"
        "名人小组敦促印度批准《全面禁止核试验条约》。"
    )
    found = facts(extractor, text)
    assert not any(p in ("signed", "ratified", "acceded") for _s, p, _o, _ in found)
    assert ("EPG", "supports", "CTBT", "positive") in found


def test_signatures_and_ratifications_a_treaty_received(extractor):
    found = facts(
        extractor, "全面禁试条约又得到了一个国家(巴西)的签署和13个国家(奥地利、古巴)的批准。"
    )
    assert positive(found) == {
        ("BRA", "signed", "CTBT"),
        ("AUT", "ratified", "CTBT"),
        ("CUB", "ratified", "CTBT"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "《全面禁止核试验条约》已得到138个国家的批准。",  # how many, not who
        "《全面禁止核试验条约》尚未得到美国的批准。",
        "该条约需要得到44个国家的批准。",
    ],
)
def test_counted_denied_or_needed_ratifications_are_no_acts(extractor, text):
    assert positive(facts(extractor, text)) == set()


def test_a_list_of_treaties_followed_by_protocols_names_the_protocols(extractor):
    text = (
        "法国已签署并批准了《拉丁美洲禁止核武器条约》、《南太平洋无核区条约》及"
        "《非洲无核武器区条约》相关议定书，并于2014年批准了《佩林达巴条约》议定书。"
        "日本支持《特拉特洛尔科条约》和《拉罗通加条约》的附加议定书。"
    )
    assert positive(facts(extractor, text)) == set()


def test_a_list_of_treaties_without_protocols_gives_each_treaty(extractor):
    text = "法国已批准了《拉丁美洲禁止核武器条约》和《南太平洋无核区条约》。"
    assert positive(facts(extractor, text)) == {
        ("FRA", "ratified", "TLATELOLCO"),
        ("FRA", "ratified", "RAROTONGA"),
    }


def test_refusing_to_join_is_opposition_and_a_negative_accession(extractor):
    found = facts(extractor, "印度、以色列和巴基斯坦拒绝加入《不扩散条约》。")
    for state in ("IND", "ISR", "PAK"):
        assert (state, "opposes", "NPT", "positive") in found
        assert (state, "acceded", "NPT", "negative") in found
        assert (state, "acceded", "NPT", "positive") not in found


# --- stances ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is welcomed as to be done soon is the welcomer's wish: no act, no intent
        ("中国欢迎美国尽早批准《全面禁止核试验条约》。", {("CHN", "supports", "CTBT")}),
        ("中国支持日本早日加入《全面禁止核试验条约》。", {("CHN", "supports", "CTBT")}),
        # a welcome of what was done records the act
        (
            "中国欢迎美国批准《全面禁止核试验条约》。",
            {("CHN", "supports", "CTBT"), ("USA", "ratified", "CTBT")},
        ),
        # the actor's own word that it will: its intent
        (
            "中国欢迎美国表示将尽早批准《全面禁止核试验条约》。",
            {("CHN", "supports", "CTBT"), ("USA", "supports", "CTBT")},
        ),
    ],
)
def test_an_act_welcomed_as_to_be_done_is_a_wish(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba joins the adverb to the cue word: one word, the cue still read
        ("美国对朝鲜进行核试验表示强烈不满。", ("USA", "opposes", "NUCLEAR_TESTING")),
        ("日本对朝鲜进行核试验深感忧虑。", ("JPN", "opposes", "NUCLEAR_TESTING")),
        ("中国鼎力支持《全面禁止核试验条约》。", ("CHN", "supports", "CTBT")),
    ],
)
def test_a_cue_jieba_joins_to_its_adverb(extractor, text, expected):
    assert positive(facts(extractor, text)) == {expected}


def test_a_cue_joined_to_a_noun_is_no_cue(extractor):
    # 政策主张 is a noun (a policy's proposal), not 主张 after an adverb
    assert facts(extractor, "日本的政策主张包括《全面禁止核试验条约》。") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that ends with the stance, the event told in the clause before: a body as
        # its subject is who judges, not what is judged
        ("朝鲜进行了核试验,安理会予以谴责。", {("UNSC", "opposes", "NUCLEAR_TESTING")}),
        ("朝鲜进行了核试验,美国表示坚决反对。", {("USA", "opposes", "NUCLEAR_TESTING")}),
        # a clause that is another's position: this stance is on what that one is on
        (
            "日本支持《全面禁止核试验条约》,美国表示反对。",
            {("JPN", "supports", "CTBT"), ("USA", "opposes", "CTBT")},
        ),
        # (with no holder of its own the clause goes on with the same one's words)
        ("日本支持《全面禁止核试验条约》,并表示欢迎。", {("JPN", "supports", "CTBT")}),
    ],
)
def test_a_stance_ending_its_clause_is_on_the_event_before(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


def test_supports_and_opposes(extractor):
    found = facts(extractor, "中国支持《全面禁止核试验条约》。古巴反对核试验。")
    assert positive(found) == {("CHN", "supports", "CTBT"), ("CUB", "opposes", "NUCLEAR_TESTING")}


@pytest.mark.parametrize("adverb", ["特别高兴地", "满意地", "坚决地"])
def test_a_manner_adverb_between_subject_and_cue(extractor, adverb):
    assert positive(facts(extractor, f"中国{adverb}欢迎《禁止核武器条约》。")) == {
        ("CHN", "supports", "TPNW")
    }


def test_a_second_verb_phrase_under_the_same_cue_names_its_object(extractor):
    found = positive(facts(extractor, "中国支持全面禁试条约,并就禁产条约展开谈判。"))
    assert found == {("CHN", "supports", "CTBT"), ("CHN", "supports", "FMCT")}
    # what the second phrase says of its object must be a head, not a concern about a part of it
    found = positive(facts(extractor, "中国支持全面禁试条约,并就禁产条约的范围表示关切。"))
    assert found == {("CHN", "supports", "CTBT")}


def test_a_breach_opposed_upholds_its_object_but_a_withdrawal_opposed_does_not(extractor):
    # opposing a breach of a commitment is for it; opposing a withdrawal is on the act, which
    # readers do not count as a stance on the treaty
    assert positive(facts(extractor, "中国反对破坏《不扩散条约》的行为。")) == {
        ("CHN", "supports", "NPT")
    }
    assert facts(extractor, "中国反对美国退出《中导条约》。") == set()


def test_condemning_a_refusal_to_join_is_no_stance_against_the_treaty(extractor):
    found = facts(extractor, "伊朗谴责以色列拒绝加入《不扩散核武器条约》。")
    assert not any(s == "IRN" and o == "NPT" for s, _p, o, _pol in found)


@pytest.mark.parametrize(
    "text",
    [
        "中国呼吁尚未加入全面禁试条约的国家立即加入。",
        "中国呼吁还没有成为全面禁试条约缔约国的所有国家立即加入。",
    ],
)
def test_a_call_on_states_not_yet_party_supports_the_treaty(extractor, text):
    assert positive(facts(extractor, text)) == {("CHN", "supports", "CTBT")}


def test_acts_in_a_relative_clause_on_states_are_not_the_speakers(extractor):
    # 尚未加入《A》或签署《B》的国家: the states of the clause did not act, not the text's author
    text = (
        "中国代表发言\n\n让所有尚未加入《不扩散核武器条约》或签署《全面禁止核试验条约》的国家"
        "尽快履行上述程序。"
    )
    assert not any(f[0] == "CHN" and f[1] in ("acceded", "signed") for f in facts(extractor, text))


def test_importance_stated_after_a_comma_and_aliases_in_a_list(extractor):
    text = "中国重申,《不扩散核武器条约》(《不扩散条约》)和《全面禁止核试验条约》(《全面禁试条约》)极为重要。"
    assert positive(facts(extractor, text)) == {
        ("CHN", "supports", "NPT"),
        ("CHN", "supports", "CTBT"),
    }


def test_encouraging_others_to_join_supports_the_treaty_but_is_no_act_of_theirs(extractor):
    found = facts(extractor, "中国鼓励各国批准全面禁试条约。")
    assert positive(found) == {("CHN", "supports", "CTBT")}


def test_advancing_a_thing_is_a_stance_for_it_but_not_in_a_purpose_clause(extractor):
    assert positive(facts(extractor, "中国继续推进核裁军。")) == {
        ("CHN", "supports", "NUCLEAR_DISARMAMENT")
    }
    assert positive(facts(extractor, "为推进核裁军，会议讨论了透明度。")) == set()


def test_not_supporting_is_opposing(extractor):
    found = facts(
        extractor, "美国不支持《禁止核武器条约》。日本不赞成这项决议草案(A/C.1/60/L.12)。"
    )
    assert ("USA", "supports", "TPNW", "positive") not in found
    assert ("USA", "opposes", "TPNW", "positive") in found
    assert ("JPN", "opposes", "A/C.1/60/L.12", "positive") in found


def test_stance_cue_whose_object_is_two_clauses_away(extractor):
    found = facts(
        extractor, "古巴呼吁，在平等的基础上，所有国家都尽早签署和批准《全面禁止核试验条约》。"
    )
    assert positive(found) == {("CUB", "supports", "CTBT")}  # no state signed anything here


def test_stance_cue_two_clauses_after_its_subject(extractor):
    text = "中国表示，为了维护国际和平与安全，在当前形势下，支持《全面禁止核试验条约》早日生效。"
    assert positive(facts(extractor, text)) == {("CHN", "supports", "CTBT")}


def test_circumstances_modifiers_and_negated_objects_are_not_objects(extractor):
    text = (
        "日本支持在裁军谈判会议谈判《禁产条约》。"  # the forum is not what Japan supports
        "瑞典欢迎《不扩散条约》审议大会的成果文件。"  # the treaty modifies another noun
        "名人小组呼吁所有国家不进行核试验。"  # no support for nuclear testing: opposition
        "支持者认为，《禁止核武器条约》很重要。"  # a noun, no verb
    )
    assert positive(facts(extractor, text)) == {
        ("JPN", "supports", "FMCT"),
        ("EPG", "opposes", "NUCLEAR_TESTING"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国呼吁所有国家不进行核试验。", {("CHN", "opposes", "NUCLEAR_TESTING")}),
        ("中国呼吁停止核试验。", {("CHN", "opposes", "NUCLEAR_TESTING")}),
        # a halt to what is done with it: the call is for the cut-off, the topic's agenda
        ("中国呼吁各国停止生产裂变材料。", {("CHN", "supports", "FISSILE_MATERIAL")}),
    ],
)
def test_a_call_to_refrain_from_an_activity_opposes_it(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opposing what would start or further something opposes the thing
        ("巴基斯坦反对启动《禁产条约》谈判。", {("PAK", "opposes", "FMCT")}),
        ("中国反对推进《禁产条约》谈判,除非该条约涵盖库存。", {("CHN", "opposes", "FMCT")}),
        # but 对 before the holder's own verb fronts its object
        ("中国对《全面禁止核试验条约》一贯表示支持。", {("CHN", "supports", "CTBT")}),
        (
            "中国与俄罗斯共同支持《全面禁止核试验条约》。",
            {("CHN", "supports", "CTBT"), ("RUS", "supports", "CTBT")},
        ),
    ],
)
def test_an_opposed_verb_and_a_verb_inside_a_fronted_phrase(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


def test_the_verb_of_another_inside_a_fronted_phrase_is_not_the_holders(extractor):
    # what the one after 对 holds is no position of Brazil's, either way
    text = "巴西对美国不支持《禁止核武器条约》表示理解。"
    assert not any(s == "BRA" for s, *_ in facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        ("巴西对核武器国家迟迟不履行《不扩散核武器条约》深感失望。", "NPT"),
        ("巴西对美国不支持《禁止核武器条约》表示遗憾。", "TPNW"),
        ("巴西对美国未能正式批准《禁止核武器条约》表示遗憾。", "TPNW"),  # a modal, an adverb
    ],
)
def test_regret_that_a_treaty_is_not_kept_or_supported_is_for_it(extractor, text, treaty):
    assert ("BRA", "supports", treaty) in positive(facts(extractor, text))


def test_what_another_believes_a_state_does_is_not_the_states_position(extractor):
    assert not any(
        s == "CHN" for s, *_ in facts(extractor, "一些代表团认为，中国支持全面禁试条约。")
    )
    assert not any(s == "CHN" for s, *_ in facts(extractor, "美国认为中国支持全面禁试条约。"))


def test_a_reason_given_as_a_fact_inside_a_belief_is_read(extractor):
    text = "他们认为，《不扩散条约》无法有效地消除核武器，因为核武器国家拒绝参加和签署《禁止核武器条约》。"
    assert ("NWS", "opposes", "TPNW") in positive(facts(extractor, text))


def test_a_speakers_own_words_after_its_speech_verb(extractor):
    assert positive(facts(extractor, "中国表示，中国支持全面禁试条约。")) == {
        ("CHN", "supports", "CTBT")
    }


def test_reported_and_recommended_stances_are_not_read(extractor):
    text = (
        "专家组讨论了核武器国家承诺遵守《不扩散条约》的问题。"
        "核武器国家应支持《全面禁止核试验条约》。"
    )
    assert facts(extractor, text) == set()


def test_a_held_position_stated_with_will_continue(extractor):
    found = facts(extractor, "日本将继续支持《全面禁止核试验条约》。")
    assert ("JPN", "supports", "CTBT", "positive") in found


def test_welcoming_an_act_reports_it_as_done(extractor):
    found = positive(facts(extractor, "美国代表团欢迎俄罗斯联邦批准《全面禁止核试验条约》。"))
    assert found == {("USA", "supports", "CTBT"), ("RUS", "ratified", "CTBT")}


def test_a_second_stance_shares_the_subject_and_a_date_does_not_hide_the_object(extractor):
    text = "日本一贯反对核试验，支持《禁止核武器条约》于2021年1月22日生效。"
    found = positive(facts(extractor, text))
    assert found == {("JPN", "opposes", "NUCLEAR_TESTING"), ("JPN", "supports", "TPNW")}


def test_papers_received_from_states(extractor):
    found = facts(extractor, "委员会收到了法国、联合王国和美国提交的工作文件(A/CN.10/2017/WP.1)。")
    assert positive(found) == {(s, "submitted", "A/CN.10/2017/WP.1") for s in ("FRA", "GBR", "USA")}


def test_emphasising_the_importance_of_an_object_supports_it(extractor):
    text = (
        "瑞典强调《特拉特洛尔科条约》和《佩林达巴条约》等条约以及《禁止核武器条约》的重要性。"
        "日本重申裁军谈判会议作为唯一多边裁军谈判论坛的作用。"
        "巴西强调，各国应支持《全面禁止核试验条约》。"  # a call of Brazil's on all states
    )
    assert positive(facts(extractor, text)) == {
        ("BRA", "supports", "CTBT"),
        ("SWE", "supports", "TLATELOLCO"),
        ("SWE", "supports", "PELINDABA"),
        ("SWE", "supports", "TPNW"),
        ("JPN", "supports", "CD"),
    }


def test_reaffirming_a_commitment_to_an_object_supports_it(extractor):
    assert positive(facts(extractor, "中国重申对核裁军的承诺。")) == {
        ("CHN", "supports", "NUCLEAR_DISARMAMENT")
    }


def test_welcoming_progress_on_a_topic_supports_the_topic(extractor):
    assert positive(facts(extractor, "中国欢迎在核裁军方面取得的进展。")) == {
        ("CHN", "supports", "NUCLEAR_DISARMAMENT")
    }
    # the domain a welcome names is what it is about
    assert positive(facts(extractor, "中国欢迎在核裁军方面的合作。")) == {
        ("CHN", "supports", "NUCLEAR_DISARMAMENT")
    }


def test_a_framework_the_holder_wants_used_is_supported(extractor):
    # 在……框架内 inside the cue's scope names the framework to act in, not where one speaks
    assert positive(facts(extractor, "日本主张在《不扩散核武器条约》框架内推进核裁军。")) == {
        ("JPN", "supports", "NPT"),
        ("JPN", "supports", "NUCLEAR_DISARMAMENT"),
    }
    # before the cue it is the holder's circumstance
    assert positive(facts(extractor, "日本在《不扩散核武器条约》框架内支持核裁军。")) == {
        ("JPN", "supports", "NUCLEAR_DISARMAMENT")
    }
    # a cleft's focus (是在……框架内提出的) and a field's framework (在核裁军的框架内) are none
    assert positive(facts(extractor, "日本认为,这是在《不扩散核武器条约》框架内提出的。")) == set()
    found = positive(facts(extractor, "日本主张在核裁军的框架内讨论《全面禁止核试验条约》。"))
    assert found == {("JPN", "supports", "CTBT")}


def test_an_adverb_that_jieba_tags_as_a_noun_lets_the_subject_hold(extractor):
    # 单方面 (unilaterally) is an adverb here, not a noun the name modifies
    assert positive(facts(extractor, "日本单方面庄严承诺,在任何情况下不进行核试验。")) == {
        ("JPN", "opposes", "NUCLEAR_TESTING")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stance noun's own 对 inside the object of a welcome: the name before it holds it
        (
            "联合国秘书长对日本对《全面禁止核试验条约》的支持表示欢迎。",
            {("JPN", "supports", "CTBT"), ("UNSG", "supports", "CTBT")},
        ),
        # a list with its count and its envoys' title before the noun's 对于
        (
            "联合国秘书长对中国和俄罗斯两国外长对于《全面禁止核试验条约》的支持表示赞赏。",
            {
                ("CHN", "supports", "CTBT"),
                ("RUS", "supports", "CTBT"),
                ("UNSG", "supports", "CTBT"),
            },
        ),
        # what the concern is at, with no owner of a stance noun: still no one's position
        (
            "日本对美国退出《全面禁止核试验条约》后进行核试验深表关切。",
            {("JPN", "opposes", "NUCLEAR_TESTING")},
        ),
    ],
)
def test_a_stance_noun_owned_inside_another_stance(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a condition that runs over commas up to its consequence (那就, 则)
        "如果在美国批准条约之前,就要求所有国家停止核试验,那就只会服务于核大国。",
        "若在核裁军取得进展之前,就支持《全面禁止核试验条约》,则中国的安全将受损。",
    ],
)
def test_a_condition_running_to_its_consequence_holds_no_position(extractor, text):
    assert positive(facts(extractor, text)) == set()


def test_a_consequence_with_no_marker_is_not_a_condition(extractor):
    # (如果……,中方将……: the condition is only its own clause)
    assert positive(facts(extractor, "如果朝鲜进行核试验,中国将坚决反对。")) == {
        ("CHN", "opposes", "NUCLEAR_TESTING")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一贯支持《全面禁止核试验条约》的日本今天发表声明。", {("JPN", "supports", "CTBT")}),
        ("会议由坚定支持核裁军的日本主持。", {("JPN", "supports", "NUCLEAR_DISARMAMENT")}),
        # the phrase goes on after a comma with 进而
        (
            "对于致力于核裁军,进而实现地区和平的日本来说,这是挑战。",
            {("JPN", "supports", "NUCLEAR_DISARMAMENT")},
        ),
        # a negation inside the relative clause
        ("不支持《全面禁止核试验条约》的美国也出席了会议。", {("USA", "opposes", "CTBT")}),
        # an act not done is no act
        ("尚未批准《全面禁止核试验条约》的美国也出席了会议。", set()),
        # the name only modifies the head noun (美国盟友), or 的 ends a place phrase
        ("反对《全面禁止核试验条约》的美国盟友也出席了会议。", set()),
        ("这是议员在推动核裁军中的日本经验。", set()),
        # an unnamed holder's relative clause is no named actor's
        ("支持《全面禁止核试验条约》的国家越来越多。", set()),
    ],
)
def test_a_relative_clause_on_a_named_actor_is_its_position(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names a holder is said to include hold what it holds, with it
        (
            "包括日本在内的许多国家支持《全面禁止核试验条约》。",
            {("JPN", "supports", "CTBT"), ("many-states", "supports", "CTBT")},
        ),
        (
            "包括中国和俄罗斯在内的核武器国家都支持《全面禁止核试验条约》。",
            {("CHN", "supports", "CTBT"), ("RUS", "supports", "CTBT"), ("NWS", "supports", "CTBT")},
        ),
        # called on, they are not holders
        (
            "中国呼吁包括美国在内的所有国家批准《全面禁止核试验条约》。",
            {("CHN", "supports", "CTBT")},
        ),
    ],
)
def test_the_names_a_holder_includes_hold_its_position(extractor, text, expected):
    assert {f for f in positive(facts(extractor, text)) if f[1] != "memberOf"} == expected


def test_a_relative_clause_on_a_treaty_names_its_signers_with_their_count(extractor):
    found = positive(
        facts(extractor, "俄罗斯和美国两国于1996年签署的《全面禁止核试验条约》尚未生效。")
    )
    assert found == {("RUS", "signed", "CTBT"), ("USA", "signed", "CTBT")}


def test_reducing_a_role_is_no_support(extractor):
    assert facts(extractor, "瑞典强调降低核裁军在安全政策中的作用的必要性。") == set()


def test_support_as_a_noun_after_its_object(extractor):
    found = positive(facts(extractor, "瑞典重申对《禁止核武器条约》的坚定支持。"))
    assert found == {("SWE", "supports", "TPNW")}


def test_willing_to_support_is_a_stance_willing_to_sign_is_support_but_no_act(extractor):
    text = "巴西愿对《禁止核武器条约》表示支持。巴西愿签署《全面禁止核试验条约》。"
    assert positive(facts(extractor, text)) == {
        ("BRA", "supports", "TPNW"),
        ("BRA", "supports", "CTBT"),
    }


def test_the_subject_of_a_concession_holds_the_stance_after_but(extractor):
    text = "尽管日本对案文仍有一些关切，但支持《禁产条约》的谈判。"
    assert positive(facts(extractor, text)) == {("JPN", "supports", "FMCT")}


def test_praising_what_an_actor_did_supports_the_actor(extractor):
    found = positive(facts(extractor, "瑞典赞扬名人小组作出的贡献。"))
    assert found == {("SWE", "supports", "EPG")}


def test_questioning_an_instrument_on_a_topic_is_no_opposition_to_the_topic(extractor):
    text = "一个代表团质疑具有法律约束力的消极安全保证文书是否必要。"
    assert facts(extractor, text) == set()


def test_what_is_placed_under_safeguards_and_the_safeguards_are_supported(extractor):
    found = positive(facts(extractor, "日本主张将裂变材料置于保障监督之下。"))
    assert found == {("JPN", "supports", "SAFEGUARDS"), ("JPN", "supports", "FISSILE_MATERIAL")}


def test_a_call_carries_through_what_it_asks_others_to_do(extractor):
    # a call on others to act on T is the caller's own position on T
    text = "名人小组呼吁核武器国家承诺核裁军。名人小组呼吁各国谴责核试验。"
    assert positive(facts(extractor, text)) == {
        ("EPG", "supports", "NUCLEAR_DISARMAMENT"),
        ("EPG", "opposes", "NUCLEAR_TESTING"),
    }


def test_an_alias_in_brackets_does_not_hide_the_object(extractor):
    text = "美国呼吁俄罗斯联邦使《全面禁止核试验条约》(《全面禁试条约》)生效。"
    assert positive(facts(extractor, text)) == {("USA", "supports", "CTBT")}


def test_attaching_importance_and_promoting_are_support(extractor):
    text = "中国高度重视消极安全保证问题。瑞典积极促进核裁军。"
    assert positive(facts(extractor, text)) == {
        ("CHN", "supports", "NSA"),
        ("SWE", "supports", "NUCLEAR_DISARMAMENT"),
    }


# --- references: 本国, 《条约》 ---------------------------------------------------------------------

REPLIES = """\
二.  从各国政府收到的答复

奥地利

[原件：英文]
[2016年5月31日]

1.  奥地利坚定地致力于实现一个无核武器世界。本国已于1998年批准了《全面禁止核试验条约》，并积极
推动该条约早日生效。

古巴

[原件：西班牙文]
[2016年6月2日]

1.  我国于2002年加入了《不扩散核武器条约》，并一贯支持在无核武器区的基础上实现核裁军的目标，
同时反对任何形式的核试验。
"""


def test_own_country_in_a_reply_section_is_the_state_of_the_heading(extractor):
    found = positive(facts(extractor, REPLIES))
    assert ("AUT", "ratified", "CTBT") in found
    assert ("CUB", "acceded", "NPT") in found
    assert ("CUB", "opposes", "NUCLEAR_TESTING") in found
    assert ("AUT", "acceded", "NPT") not in found


def test_own_country_outside_a_reply_section_is_nobody(extractor):
    assert facts(extractor, "本国已批准《全面禁止核试验条约》。") == set()


def test_the_treaty_refers_back_to_the_treaty_in_context(extractor):
    text = "《全面禁止核试验条约》尚未生效。名人小组敦促其余附件二国家迅速签署和批准《条约》。"
    assert positive(facts(extractor, text)) == {("EPG", "supports", "CTBT")}


# --- unnamed holders ---------------------------------------------------------------------------


def _holders(extractor: Extractor, text: str) -> set[tuple[AnonymousHolder, str, str]]:
    result = extractor.extract(SourceDocument("doc.txt", text, "utf-8"))
    return {
        (st.subject, st.predicate, st.object.id)
        for st in result.statements
        if isinstance(st.subject, AnonymousHolder)
    }


@pytest.mark.parametrize(
    ("text", "holder", "predicate", "obj"),
    [
        (
            "一些代表团支持《全面禁止核试验条约》早日生效。",
            ("some", "delegations"),
            "supports",
            "CTBT",
        ),
        ("许多会员国反对核试验。", ("many", "member-states"), "opposes", "NUCLEAR_TESTING"),
        ("一个代表团表示支持消极安全保证。", ("one", "delegations"), "supports", "NSA"),
        ("各国欢迎《禁止核武器条约》的通过。", ("all", "states"), "supports", "TPNW"),
        (
            "多数无核武器国家支持《禁止核武器条约》。",
            ("most", "non-nuclear-weapon-states"),
            "supports",
            "TPNW",
        ),
    ],
)
def test_unnamed_holders(extractor, text, holder, predicate, obj):
    assert _holders(extractor, text) == {(AnonymousHolder(*holder), predicate, obj)}


def test_a_quantified_group_is_not_the_group(extractor):
    found = facts(extractor, "一些核武器国家支持《全面禁止核试验条约》。")
    assert not any(s == "NWS" for s, *_ in found)


def test_an_opinion_that_praises_a_treaty_is_support_by_its_holder(extractor):
    found = _holders(extractor, "多数国家认为，《全面禁止核试验条约》的生效至关重要。")
    assert found == {(AnonymousHolder("most", "states"), "supports", "CTBT")}


# --- cues and speed ---------------------------------------------------------------------------


def test_sentences_without_stance_or_act_cues_never_reach_jieba(extractor, monkeypatch):
    def refuse(text: str) -> list[str]:
        raise AssertionError(f"jieba called on {text!r}")

    monkeypatch.setattr(relation_text, "segment", refuse)
    found = facts(extractor, "发言者：中国和瑞士。新议程联盟由巴西和埃及组成。(CD/1888，巴西提交)")
    assert len(found) == 5


def test_a_malformed_cue_file_names_its_line():
    text = "kind\tword\tvalue\tnote\nstance\t支持\tfavours\t\n"
    with pytest.raises(GazetteerError, match=r"cues.tsv:2: value of a stance"):
        parse_cues(text, "cues.tsv")


# --- the bundled corpus -------------------------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def corpus_facts() -> dict[str, set[Fact]]:
    extractor = Extractor(load_gazetteer())
    out = {}
    for path in sorted(CORPUS.glob("*.txt")):
        result = extractor.extract(read_document(path, CORPUS))
        out[path.name[:3]] = {
            (st.subject.id, st.predicate, st.object.id, st.polarity) for st in result.statements
        }
    return out


def test_working_papers_of_the_open_ended_working_group_report(corpus_facts):
    found = positive(corpus_facts["001"])  # A/68/514, paragraph 9
    sponsors = {s for s, p, o in found if p == "submitted" and o == "A/AC.281/WP.4"}
    assert sponsors == {
        "AUS",
        "BEL",
        "CAN",
        "FIN",
        "DEU",
        "ITA",
        "JPN",
        "NLD",
        "POL",
        "PRT",
        "SVK",
        "SWE",
    }
    assert {s for s, p, o in found if p == "submitted" and o == "A/AC.281/WP.8"} == {"IRL", "CHE"}
    assert ("AUT", "submitted", "A/AC.281/WP.1") in found
    assert ("NAC", "submitted", "A/AC.281/WP.10") in found
    assert not any(o == "A/AC.281/WP.3" for _s, p, o in found if p == "submitted")  # the Chair's


def test_speakers_groups_and_members_in_the_open_ended_working_group_report(corpus_facts):
    found = positive(corpus_facts["001"])
    spoke = {s for s, p, o in found if p == "spokeIn" and o == "A/68/514"}
    assert {"DZA", "BRA", "TUR", "WILPF"} <= spoke
    assert ("BRA", "onBehalfOf", "NAC") in found
    assert ("EGY", "onBehalfOf", "NAC") in found
    members = {s for s, p, o in found if p == "memberOf" and o == "NAC"}
    assert members == {"BRA", "EGY", "IRL", "MEX", "NZL", "ZAF", "SWE"}


def test_conference_on_disarmament_report(corpus_facts):
    found = positive(corpus_facts["000"])  # CD/1899, annexes II and III
    assert ("BRA", "submitted", "CD/1888") in found
    assert ("IND", "onBehalfOf", "G21") in found
    assert ("ESP", "onBehalfOf", "EU") in found
    assert ("UKR", "spokeIn", "CD/1899") in found


def test_states_refusing_the_npt_in_the_eminent_persons_paper(corpus_facts):
    found = corpus_facts["002"]
    for state in ("IND", "ISR", "PAK"):
        assert (state, "acceded", "NPT", "negative") in found
        assert (state, "acceded", "NPT", "positive") not in found
    assert ("EPG", "supports", "CTBT", "positive") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国承诺实现核裁军,无条件提供消极安全保证,不进行核试验。",
            {
                ("CHN", "supports", "NUCLEAR_DISARMAMENT"),
                ("CHN", "supports", "NSA"),
                ("CHN", "opposes", "NUCLEAR_TESTING"),  # a pledge not to test
            },
        ),
        # a clause that opens otherwise, or holds a stance of its own, is no further pledge
        (
            "中国承诺实现核裁军,这也有助于《不扩散核武器条约》。",
            {("CHN", "supports", "NUCLEAR_DISARMAMENT")},
        ),
        (
            "中国承诺实现核裁军,美国反对《全面禁止核试验条约》。",
            {("CHN", "supports", "NUCLEAR_DISARMAMENT"), ("USA", "opposes", "CTBT")},
        ),
        # after a stance, a clause of its own verb (an adverb before it) is the subject's too
        (
            "中国支持核裁军,无条件提供消极安全保证。",
            {("CHN", "supports", "NUCLEAR_DISARMAMENT"), ("CHN", "supports", "NSA")},
        ),
        # but not one whose subject is another's
        (
            "中国支持核裁军,美国无条件提供消极安全保证。",
            {("CHN", "supports", "NUCLEAR_DISARMAMENT")},
        ),
    ],
)
def test_pledges_listed_after_one_commitment_are_each_pledged(extractor, text, expected):
    assert positive(facts(extractor, text)) == expected


# --- word boundaries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "中国坚定支持《全面禁止核试验条约》早日生效,并呼吁尚未签署的国家签署。",
        "根据CD/1899号文件和第2310(2016)号决议,各国均应遵守 NPT 第六条的义务。",
        "一些代表团认为,裁谈会应当立即开始谈判;另一些代表团则不认同。",
    ],
)
def test_word_boundaries_are_jiebas_whole_segmentation_read_block_by_block(text):
    """Segmenting only the blocks a rule reads must find the boundaries jieba finds when it
    cuts the whole sentence at once, else a cue's word test would depend on its neighbours."""
    whole, pos = {0}, 0
    for word in segment(text):
        pos += len(word)
        whole.add(pos)
    view = SentenceView(Sentence(0, len(text), text, 0, len(text)), [], load_cues())
    assert {p for p in range(len(text) + 1) if view.is_boundary(p)} == whole
    assert [view.boundary_before(p) for p in range(1, len(text) + 1)] == [
        max(b for b in whole if b < p) for p in range(1, len(text) + 1)
    ]


# --- a group named by its members' initials ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("美英澳三边安全伙伴关系宣布,澳大利亚将获得核潜艇。", {"USA", "GBR", "AUS"}),
        ("中方对澳英美三方安全伙伴关系表示关切。", {"USA", "GBR", "AUS"}),
        ("AUKUS宣布,澳大利亚将获得核潜艇。", set()),  # a name with no initials says nothing
    ],
)
def test_a_group_named_by_its_members_initials_has_them_as_members(text, members):
    extractor = Extractor(load_gazetteer())
    found = facts(extractor, text)
    assert {s for s, p, o, _polarity in found if (p, o) == ("memberOf", "AUKUS")} == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the members' one-character names in brackets after the group's name
        (
            "按照伊核问题六国(美英法俄中德)与伊朗达成的协议进行核查。",
            {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"},
        ),
        ("伊核问题六国（中俄）外长会晤。", {"CHN", "RUS"}),  # full-width brackets
        ("伊核问题六国(2006年)外长会晤。", set()),  # a year, no names
        ("伊核问题六国(下称六国)外长会晤。", set()),  # not every character a state's
    ],
)
def test_a_groups_members_initials_in_brackets_are_its_members(text, members):
    extractor = Extractor(load_gazetteer())
    found = facts(extractor, text)
    assert {s for s, p, o, _polarity in found if (p, o) == ("memberOf", "EU3_PLUS_3")} == members


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # readers record 安理会常任理事国 as membership of the Security Council, not of the P5
        ("作为安理会常任理事国,中国对世界和平负有责任。", {"UNSC"}),
        ("安理会常任理事国中国和俄罗斯反对该决议。", {"UNSC"}),
        # a name that counts the seats names their group too
        ("中国作为安理会五个常任理事国之一,对世界和平负有责任。", {"UNSC", "P5"}),
        ("中国、英国、法国、俄罗斯和美国等安理会5个常任理事国支持该决议。", {"UNSC", "P5"}),
    ],
)
def test_a_permanent_seat_on_the_council_is_membership_of_the_council(text, groups):
    extractor = Extractor(load_gazetteer())
    found = {o for s, p, o, _polarity in facts(extractor, text) if p == "memberOf" and s == "CHN"}
    assert found == groups


def test_what_there_is_no_need_of_is_no_position(extractor):
    # the speaker says the members need not consent to the report: no one consents to it
    text = (
        "中国常驻维也纳代表王群大使在原子能机构理事会上的发言\n\n主席先生:\n"
        "上述报告(GOV/2020/30)尽管是总干事的个人报告,无需成员国讨论同意。\n"
    )
    assert not any(f[2] == "GOV/2020/30" for f in facts(extractor, text))
