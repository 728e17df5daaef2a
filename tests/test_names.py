"""Names the gazetteers lack: titles, bodies, nesting (nukegraph.names and the matcher).

The sentences are made up in the genres of the corpus (statements, resolutions, UN news,
working papers); each exercises one construction."""

from __future__ import annotations

import pytest

from nukegraph.errors import GazetteerError
from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer
from nukegraph.names import NameReader, found_id, load_name_forms, parse_name_forms
from nukegraph.records import DocumentResult, EntityRef, SourceDocument

from conftest import SMALL, write_gazetteer

TREATIES = [
    *SMALL["treaties.tsv"],
    ("ABM", "反弹道导弹条约", "Anti-Ballistic Missile Treaty", "限制反弹道导弹系统条约", ""),
    ("START", "削减战略武器条约", "START I", "削减和限制进攻性战略武器条约", ""),
    (
        "NEW_START",
        "进一步削减和限制进攻性战略武器的措施条约",
        "New START",
        "新的削减战略武器条约",
        "",
    ),
    (
        "GENEVA_CONVENTIONS",
        "日内瓦四公约",
        "Geneva Conventions",
        "1949年日内瓦四公约|日内瓦公约",
        "",
    ),
    ("CPPNM", "核材料实物保护公约", "CPPNM", "", ""),
    ("ICOC", "外层空间活动行为守则", "Code of conduct for outer space activities", "", ""),
    ("CCW", "特定常规武器公约", "Convention on Certain Conventional Weapons", "", ""),
]
FILES = {
    **SMALL,
    "treaties.tsv": TREATIES,
    "states.tsv": [
        *SMALL["states.tsv"],
        ("MNG", "蒙古", "Mongolia", "蒙古国", ""),
    ],
}
BLOCKERS = [("发展中国家", "developing countries"), ("裁武条约", "START or New START")]


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    folder = write_gazetteer(tmp_path_factory.mktemp("names"), FILES, BLOCKERS)
    # rows that say which names inside them still count: the optional contains column
    (folder / "treaties.tsv").write_text(
        "id\tzh\ten\taliases\ten_aliases\tcontains\n"
        + "".join("\t".join(row) + "\n" for row in TREATIES)
        + "MONGOLIA_NWFS\t蒙古国无核武器地位\tMongolia's NWF status\t蒙古的无核武器地位\t\tstate:MNG\n"
        + "TALKS\t印度尼西亚与印度双边核对话\tIndonesia-India nuclear dialogue\t\t\tstate:IND\n",
        "utf-8",
    )
    return Extractor(load_gazetteer(folder))


def run(extractor: Extractor, text: str, path: str = "doc.txt") -> DocumentResult:
    return extractor.extract(SourceDocument(path, text, "utf-8"))


def named(result: DocumentResult, cls: str = "treaty") -> list[tuple[str, str]]:
    """(id, surface) of each mention of a class, with ``*`` after an id found in the text."""
    found = {e.ref for e in result.minted if e.found_in_text}
    return [
        (m.ref.id + ("*" if m.ref in found else ""), m.surface)
        for m in result.mentions
        if m.ref.cls == cls
    ]


# --- instruments the gazetteers lack --------------------------------------------------------


def test_an_unknown_instrument_title_becomes_a_treaty_found_in_the_text(extractor) -> None:
    result = run(extractor, "中国代表团支持尽早就《禁止放射性武器公约》开始谈判。")
    ((ident, surface),) = named(result)
    assert ident.startswith("CONVENTION_") and ident.endswith("*")
    assert surface == "禁止放射性武器公约"
    (entity,) = [e for e in result.minted if e.found_in_text]
    assert entity.zh == "禁止放射性武器公约"  # the scorer and users find it by its title
    assert "found in text" in entity.en
    assert entity.ref.id.isascii() and entity.ref.id == entity.ref.id.upper()


def test_the_same_instrument_has_the_same_id_in_every_document_and_form(extractor) -> None:
    ids = {
        named(run(extractor, text, path))[0][0]
        for text, path in [
            ("各国应遵守《禁止放射性武器公约》。", "a.txt"),
            ("工作组审议了《禁止放射性武器公约草案》。", "b.txt"),  # a draft is the instrument
            ("《关于禁止放射性武器的公约》已经生效。", "c.txt"),  # connecting words
        ]
    }
    assert len(ids) == 1
    assert ids == {
        found_id("Convention", load_name_forms().skeleton("禁止放射性武器公约") + "||") + "*"
    }


def test_instruments_that_differ_by_their_parties_are_two(extractor) -> None:
    # the parties are left out to compare a title with the gazetteer's, not to name a new one
    found = [
        named(run(extractor, f"双方签署了《{title}》。", f"{i}.txt"))[0][0]
        for i, title in enumerate(
            [
                "中国和美国关于和平友好的条约",
                "美国和中国关于和平友好的条约",
                "印度和中国关于和平友好的条约",
            ]
        )
    ]
    assert found[0] == found[1] != found[2]


def test_a_name_that_opens_like_two_parties_keeps_its_words() -> None:
    reader = NameReader(load_gazetteer())
    # 中美洲 is a region, not 中 and 美: the id is made from the whole title
    assert reader.title_key("中美洲无核武器区条约").base.startswith("中美洲")
    # 美苏 are two parties, left out when the title is compared with the gazetteer's
    assert reader.read_title("苏美关于消除中程和中短程导弹条约")[0] == EntityRef("treaty", "INF")


def test_a_title_inside_a_title_keeps_its_name_without_its_marks() -> None:
    # 《〈A条约〉议定书》: the protocol the gazetteer knows as A条约议定书, not a new instrument
    reader = NameReader(load_gazetteer())
    assert reader.read_title("〈中亚无核武器区条约〉议定书")[0] == EntityRef(
        "treaty", "SEMIPALATINSK_PROTOCOL"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("秘书长欢迎《非洲核能合作协定》生效。", "AGREEMENT_"),
        ("缔约国审议了《国际刑事法院罗马规约》。", "STATUTE_"),
        ("会议通过了《网络空间负责任国家行为准则》。", "CODE_"),
        ("核供应国修订了《核转让准则》。", "GUIDELINES_"),
        ("该国加入了《核事故援助公约修正案》。", "AMENDMENT_"),
        ("工作文件附有《不扩散条约附加议定书》。", "PROTOCOL_"),  # a protocol, not the NPT
        # a declaration is an instrument, as careful readers annotate one
        ("各国领导人通过了《联合国千年宣言》。", "DECLARATION_"),
    ],
)
def test_each_instrument_word_gives_its_kind(extractor, text: str, kind: str) -> None:
    ((ident, _),) = named(run(extractor, text))
    assert ident.startswith(kind) and ident.endswith("*")


@pytest.mark.parametrize(
    "text",
    [
        "他在《核武器与外交政策》一书中写道。",  # a book
        "《人民日报》发表了评论。",  # a newspaper
        "美国公布了《2018年核态势评估报告》。",  # a report
        "会议通过了《行动计划》。",  # part of a final document
        "《条约》第六条规定了裁军义务。",  # the instrument already named
        "《该公约》要求缔约国销毁库存。",
        "缔约国重申《无核武器区条约》的重要性。",  # the zones' treaties as a class
        "美俄两国履行《裁武条约》。",  # too ambiguous to be a name (blockers.tsv)
        "《2010年条约》",
    ],
)
def test_titles_that_name_no_one_instrument_give_none(extractor, text: str) -> None:
    assert not [e for e in run(extractor, text).minted if e.found_in_text]


def test_a_known_treaty_with_extra_words_is_not_that_treaty(extractor) -> None:
    assert named(run(extractor, "各国批准了《全面禁止核试验条约议定书》。"))[0][0].startswith(
        "PROTOCOL_"
    )
    # the treaty in its own marks, then the protocol outside them: the treaty
    assert named(run(extractor, "《全面禁止核试验条约》附加议定书。")) == [
        ("CTBT", "全面禁止核试验条约")
    ]
    # a document whose title holds a treaty's name adds nothing of its own
    result = run(extractor, "《不扩散核武器条约缔约国审议大会最后文件》")
    assert named(result) == [("NPT", "不扩散核武器条约")]


# --- variants of known names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        # the parties inserted into the title
        ("《美利坚合众国和俄罗斯联邦关于限制反弹道导弹系统条约》", "ABM"),
        ("《美利坚合众国政府与俄罗斯联邦政府之间限制反弹道导弹系统的条约》", "ABM"),
        # connecting words and a synonym (裁减 for 削减)
        ("《进一步裁减和限制进攻性战略武器的措施的条约》", "NEW_START"),
        ("《裁减和限制进攻性战略武器条约》", "START"),
        # a shortened word (外空 for 外层空间), a word left out (国际), a draft
        ("《外空活动国际行为守则草案》", "ICOC"),
        # a year the entity is known by
        ("《1949年日内瓦公约》", "GENEVA_CONVENTIONS"),
        ("《1968年不扩散核武器条约》", "NPT"),  # no year known for it: any year
    ],
)
def test_variants_of_a_known_instrument_name_it(extractor, text: str, ident: str) -> None:
    assert named(run(extractor, text))[0] == (ident, text.strip("《》"))


def test_the_parties_of_a_title_are_named_too(extractor) -> None:
    result = run(extractor, "俄罗斯批准了《美利坚合众国和俄罗斯联邦关于限制反弹道导弹系统条约》。")
    assert {m.ref.id for m in result.mentions} == {"RUS", "ABM", "USA"}
    # ...but as names inside the title: the relation rules read the treaty as one word
    assert [(s.subject.id, s.predicate, s.object.id) for s in result.statements] == [
        ("RUS", "ratified", "ABM")
    ]


def test_a_party_list_keeps_the_longest_names(extractor) -> None:
    result = run(extractor, "《印度尼西亚和几内亚比绍关于和平利用核能的合作协定》")
    assert {m.ref.id for m in result.mentions if m.ref.cls == "state"} == {"IDN", "GNB"}


def test_newer_marks_the_newer_treaty_never_the_older(extractor) -> None:
    # 新的 and a title otherwise START's: the treaty that the gazetteer says is its successor
    assert named(run(extractor, "《新的裁减和限制进攻性战略武器条约》"))[0][0] == "NEW_START"
    # a newer version the gazetteer does not know is a new instrument, not the old one
    ((ident, _),) = named(run(extractor, "《新的核材料实物保护公约》"))
    assert ident.endswith("*")
    assert ident != named(run(extractor, "《新的禁止放射性武器公约》"))[0][0]


def test_a_year_that_contradicts_the_known_one_is_another_instrument(extractor) -> None:
    ((ident, _),) = named(run(extractor, "《1929年日内瓦公约》"))
    assert ident.endswith("*")


def test_an_instrument_found_in_the_text_is_an_ordinary_treaty_to_the_relation_rules(
    extractor,
) -> None:
    result = run(extractor, "中国于2015年批准了《禁止放射性武器公约》。")
    (st,) = result.statements
    assert (st.subject.id, st.predicate) == ("CHN", "ratified")
    assert st.object.id.startswith("CONVENTION_")


def test_an_abbreviation_given_to_a_title_is_learned(extractor) -> None:
    result = run(
        extractor, "《禁止放射性武器公约》(《放射性武器公约》)生效后,《放射性武器公约》缔约国开会。"
    )
    ids = {m.ref.id for m in result.mentions if m.ref.cls == "treaty"}
    assert len(ids) == 1 and len(result.mentions) == 3


# --- bodies -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("“全球零核”运动发表了声明。", "“全球零核”运动", "CAMPAIGN_"),
        ("“禁止核武器青年联盟”呼吁各国签署条约。", "禁止核武器青年联盟", "UNION_"),
        ("“和平之船”组织在会上发了言。", "“和平之船”组织", "ORGANIZATION_"),
        ("专题小组成员John Smith(全球安全研究所)发了言。", "全球安全研究所", "INSTITUTE_"),
        ("英国设立了核安全研究中心(核安中心)。", "核安全研究中心", "CENTRE_"),
        ("报告由国际核查研究中心(核查中心)编写。", "国际核查研究中心", "CENTRE_"),
    ],
)
def test_bodies_in_the_documented_shapes(extractor, text: str, surface: str, kind: str) -> None:
    mentions = named(run(extractor, text), "organization")
    assert mentions[0][1] == surface
    assert mentions[0][0].startswith(kind) and mentions[0][0].endswith("*")


def test_two_bodies_in_one_bracket_and_an_abbreviation_found_again(extractor) -> None:
    text = "发言者有Ann Lee(和平研究所和冲突研究基金会)。英国设立了核安全研究中心(核安中心)。核安中心将开展工作。"
    mentions = named(run(extractor, text), "organization")
    assert [s for _, s in mentions] == [
        "和平研究所",
        "冲突研究基金会",
        "核安全研究中心",
        "核安中心",
        "核安中心",
    ]
    assert len({i for i, _ in mentions[2:]}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "一些国家把他们称为“恐怖组织”。",  # a quoted common noun
        "瑞典(前四次会议)和阿尔及利亚担任主席。",  # a bracket that is no abbreviation
        "该中心(中心)将开展工作。",  # no longer name
        "Ann Lee(联合国裁军研究所)发了言。",  # a body the gazetteer knows, not a new one
        "联合国裁军研究所(裁研所)发表了报告。",  # known: the gazetteer's entity
    ],
)
def test_shapes_that_name_no_new_body(extractor, text: str) -> None:
    assert not [e for e in run(extractor, text).minted if e.found_in_text]


def test_a_variant_of_a_known_body_is_that_body(extractor) -> None:
    result = run(extractor, "John Smith(欧洲联盟的安全研究所)发了言。")
    assert named(result, "organization") == [("EUISS", "欧洲联盟的安全研究所")]


# --- nesting ------------------------------------------------------------------------------------


def test_a_name_a_row_contains_counts_inside_it(extractor) -> None:
    result = run(extractor, "中国支持蒙古的无核武器地位。")
    assert [(m.ref.id, m.surface) for m in result.mentions] == [
        ("CHN", "中国"),
        ("MONGOLIA_NWFS", "蒙古的无核武器地位"),
        ("MNG", "蒙古"),
    ]
    # the relation rules read the status as one word
    assert [(s.subject.id, s.object.id) for s in result.statements] == [("CHN", "MONGOLIA_NWFS")]


def test_inside_a_containing_name_the_longest_match_still_rules(extractor) -> None:
    # the row contains India; inside its longer alias 印度尼西亚 is Indonesia, never India
    result = run(extractor, "印度尼西亚与印度双边核对话")
    states = [(m.ref.id, m.surface) for m in result.mentions if m.ref.cls == "state"]
    assert states == [("IND", "印度")]


def test_names_inside_a_row_without_contains_do_not_count(extractor) -> None:
    result = run(extractor, "欧洲联盟安全研究所的报告。")
    assert {m.ref.id for m in result.mentions} == {"EUISS"}


# --- the data file --------------------------------------------------------------------------


def test_the_packaged_name_forms_load() -> None:
    forms = load_name_forms()
    assert forms.ending("instrument", "禁止放射性武器公约") == "公约"
    assert forms.ending("instrument", "外层空间活动行为守则") == "行为守则"
    assert forms.skeleton("和平利用核能的协议") == "和平利用核能协定"  # 和平 kept whole


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("weapon\t条约\tTreaty", "unknown kind 'weapon'"),
        ("instrument\t条约\t", "needs a value"),
        ("instrument\t条约\ttreaty", "English word"),
        ("instrument\t条约\tTreaty\ninstrument\t条约\tTreaty", "name_forms.tsv:4: .* twice"),
    ],
)
def test_a_bad_name_forms_row_names_file_and_line(row: str, message: str) -> None:
    text = "# comment\nkind\tword\tvalue\tnote\n" + row + "\n"
    with pytest.raises(GazetteerError, match=message):
        parse_name_forms(text, "name_forms.tsv")


@pytest.mark.parametrize(
    "title", ["第二议定书", "经修正的第二号议定书", "任择议定书", "第一附加议定书"]
)
def test_an_ordinal_or_a_qualifier_with_an_instrument_word_names_none(
    extractor, title: str
) -> None:
    result = run(extractor, f"《特定常规武器公约》缔约国通过了《{title}》。")
    assert named(result) == [("CCW", "特定常规武器公约")]


def test_a_known_body_in_quotation_marks_before_a_body_word_is_that_body(extractor) -> None:
    result = run(extractor, "“欧洲联盟安全研究所”基金会资助了研讨会。")
    assert [i for i, _ in named(result, "organization")] == ["EUISS"]


def test_one_character_parties_open_a_title_but_name_no_state(extractor) -> None:
    result = run(extractor, "《美俄限制反弹道导弹系统条约》")
    assert [(m.ref.id, m.surface) for m in result.mentions] == [
        ("ABM", "美俄限制反弹道导弹系统条约")
    ]


def test_a_unit_of_a_known_body_is_that_body_but_a_prefix_is_no_parent(extractor) -> None:
    result = run(
        extractor, "Ann Lee(欧洲联盟驻日内瓦代表团)和Bo Li(联合国罗马尼亚青年联合会)发了言。"
    )
    assert [(i.rstrip("*")[:10], s) for i, s in named(result, "organization")] == [
        ("EU", "欧洲联盟"),
        ("FEDERATION", "联合国罗马尼亚青年联合会"),
    ]
