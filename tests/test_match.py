import pytest

from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer
from nukegraph.match import (
    _GA_RESOLUTIONS,
    Candidate,
    _finditer,
    _in_clauses_with,
    chinese_number,
    clean_symbol,
    filter_longest,
)
from nukegraph.normalize import remove_whitespace
from nukegraph.records import EntityRef, SourceDocument

from conftest import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("印度尼西亚代表团发了言。", {"IDN"}),
        ("印度和印度尼西亚发了言。", {"IND", "IDN"}),
        ("几内亚比绍支持该提案。", {"GNB"}),
        ("几内亚和几内亚比绍。", {"GIN", "GNB"}),
        ("发展中国家的关切。", set()),  # 中国 inside 发展中国家
        ("印度洋的安全。", set()),
        ("议程项目6, 印度\n尼西亚。", {"IDN"}),  # a PDF line break inside the name
        ("主席阿纳托尔·法比安·马里·恩库先生。", set()),  # Mali inside a personal name
        ("伊朗(伊斯兰共和国)和美国。", {"IRN", "USA"}),
    ],
)
def test_longest_match_and_blockers_for_states(extract, text: str, expected: set[str]) -> None:
    assert ids(extract(text), "state") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("根据不扩散和全面禁试各条约的规定。", {"NPT", "CTBT"}),
        (
            "遵守不扩散、全面禁试以及其他各条约。",
            set(),
        ),  # 其他条约 is no name: the list gives nothing
        ("不扩散条约和全面禁试条约。", {"NPT", "CTBT"}),
    ],
)
def test_distributive_treaty_lists(extract, text: str, expected: set[str]) -> None:
    assert ids(extract(text), "treaty") == expected


def test_a_name_inside_a_longer_organization_name_is_not_a_mention(extract) -> None:
    result = extract("欧洲联盟安全研究所的报告和非洲联盟的声明。")
    assert ids(result, "organization") == {"EUISS", "AU"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大会第67/56号决议决定设立工作组。", {"UNGA"}),
        ("须向大会第六十八届会议提交报告。", {"UNGA"}),
        ("在第3段中,大会还决定设立工作组。", {"UNGA"}),
        ("2020年审议大会筹备委员会。", set()),
        ("不扩散条约审议大会通过了最后文件。", set()),
        # in a review conference's own document, bare 大会 is that conference
        ("2015年审议大会的文件。大会注意到各国的意见。", set()),
        # a report that only mentions a review conference further on keeps bare 大会
        (
            "秘书长的报告" + "。" * 200 + "2015年审议大会的文件。大会注意到各国的意见。",
            {"UNGA", "UNSG"},
        ),
        ("秘书长的说明。", {"UNSG"}),
        ("裁军谈判会议秘书长主持了会议。", {"CD"}),
        ("穆勒先生担任裁谈会秘书长。", {"CD"}),  # a conference's own secretary-general
        ("副秘书长致辞。", set()),
        ("联合国秘书长的报告。", {"UNSG"}),
        # a resolution's own heading: the line break before 大会 is gone in normalized text
        ("62/18. 建立中东无核武器区\n大会,\n回顾其以往各项决议,", {"UNGA"}),
        # ... also where the resolution names a review conference
        ("大会，\n回顾2000年审议大会的决定，", {"UNGA"}),
        ("缔约国大会,回顾其以往的决定。", set()),  # a treaty's conference of states parties
        ("(摘自大会文件:A/60/121)", {"UNGA"}),  # the source of an excerpt
        ("见大会正式记录,第六十届会议,补编第27号。", {"UNGA"}),
        ("审议大会文件和缔约国大会文件。", set()),
    ],
)
def test_general_assembly_and_secretary_general_only_in_that_sense(
    extract, text: str, expected: set[str]
) -> None:
    assert ids(extract(text), "organization") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大会第67/56号决议", {"A/RES/67/56"}),
        ("第 64/53 号决议", {"A/RES/64/53"}),
        ("第64/53号和第65/56号决议", {"A/RES/64/53", "A/RES/65/56"}),
        ("第67/56、68/47号决议", {"A/RES/67/56", "A/RES/68/47"}),
        ("安全理事会第984号决议(1995年)", {"S/RES/984"}),
        ("第1887(2009)号决议", {"S/RES/1887"}),
        ("安理会第1540(2004)和1977(2011)号决议", {"S/RES/1540", "S/RES/1977"}),
        # the Council named right before, with no 第
        ("联合国安理会1718号、1874号决议", {"S/RES/1718", "S/RES/1874"}),
        ("此前5个1718号决议", set()),
        (
            "联合国大会第64届会议所通过的三项决议,即第53、57和59号决议",
            {"A/RES/64/53", "A/RES/64/57", "A/RES/64/59"},
        ),
        ("见A/RES/70/33。", {"A/RES/70/33"}),
        ("第53/78 E号决议", {"A/RES/53/78E"}),
        ("第36/87 A和B号决议", {"A/RES/36/87A", "A/RES/36/87B"}),
        ("大会第2373(XXII)号决议", {"A/RES/2373(XXII)"}),
        (
            "1974年12月9日第3263(XXIX)号、1975年12月11日第3474(XXX)号和2006年12月6日第61/56号决议",
            {"A/RES/3263(XXIX)", "A/RES/3474(XXX)", "A/RES/61/56"},
        ),
        ("安全理事会第1267(1999)号决议所设委员会和第1373号决议", {"S/RES/1267", "S/RES/1373"}),
        ("安全理事会关于反恐问题的第1373号决议", {"S/RES/1373"}),
        # the year after 号, as news reports write it, and a doubled comma between items
        (
            "安理会第1718号(2006)、第1874号 (2009),,第2087号(2013)决议",
            {"S/RES/1718", "S/RES/1874", "S/RES/2087"},
        ),
        ("安理会第487号(1981年)和第2231号(2015年)决议。", {"S/RES/487", "S/RES/2231"}),  # 年
        ("见第1718号(2006)。", set()),  # no 决议 after it
        ("第12号决议", set()),  # a bare number with no council, year or session: not guessed
        ("中方支持第1540号决议的执行。", set()),
        # four digits, the Council named sentences before: the Council's
        ("安全理事会今天举行会议。各国代表发言。中方支持第1540号决议的执行。", {"S/RES/1540"}),
        (
            "安全理事会今天举行会议。中方支持第12号决议。",
            set(),
        ),  # (fewer digits: still not guessed)
        ("人权理事会第7/36号决议", set()),
        # a resolution's own heading, before its organ opens the paragraphs
        (
            "[根据第一委员会的报告(A/51/566)通过]\n51/45. 全面彻底裁军\n\n大会，\n\n回顾……",
            {"A/RES/51/45"},
        ),
        ("51/45. 全面彻底裁军\n\n1. 注意到……", set()),
        (
            "54/54 G. 建立一个无核武器世界\n大会，\n7. 呼吁……",
            {"A/RES/54/54G"},
        ),  # no 大会: a numbered item, not a heading
        ("1. 注意到\n大会，回顾", set()),
    ],
)
def test_resolutions(extract, text: str, expected: set[str]) -> None:
    assert ids(extract(text), "resolution") == expected


def test_security_council_resolution_keeps_its_year(extract) -> None:
    result = extract("安全理事会第984号决议(1995年)")
    (entity,) = result.minted
    assert entity.ref.id == "S/RES/984"
    assert entity.year == 1995


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("载于CD/1888号文件", {"CD/1888"}),
        ("(A/AC.281/WP.1)；", {"A/AC.281/WP.1"}),
        ("CD/WP.560/Amend.1号文件", {"CD/WP.560/Amend.1"}),
        ("见NPT/CONF.2020/PC.II/WP.1号文件。", {"NPT/CONF.2020/PC.II/WP.1"}),
        ("(A/AC. \n281/WP.4)", {"A/AC.281/WP.4"}),
        ("CD/1827、CD/1846和CD/1877号文件", {"CD/1827", "CD/1846", "CD/1877"}),
        ("CD/WP文件", set()),  # no number: not a symbol
        ("(A/53/161和Add.1和Corr.1)", {"A/53/161", "A/53/161/Add.1", "A/53/161/Corr.1"}),
        ("见A/61/1(SUPP)。", {"A/61/1"}),
        (
            "背景文件(CTBT – Art. XIV/2005/3/Rev.1)和CTBT–Art.XIV/2007/3",
            {"CTBT-Art.XIV/2005/3/Rev.1", "CTBT-Art.XIV/2007/3"},
        ),
    ],
)
def test_document_symbols(extract, text: str, expected: set[str]) -> None:
    assert ids(extract(text), "document") == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CD/1878)", "CD/1878"),
        ("A/AC.281/WP.1).", "A/AC.281/WP.1"),
        ("INFCIRC/153(Corrected)", "INFCIRC/153(Corrected)"),
        ("CD/WP", None),
    ],
)
def test_clean_symbol(raw: str, expected: str | None) -> None:
    assert clean_symbol(raw) == expected


def test_abbreviation_defined_in_the_text_is_learned_for_that_document(extract) -> None:
    text = "联合国裁军研究所(裁研所)提交了报告。国际电信联盟(国际电联)也发言。后来裁研所和国际电联再次发言。"
    result = extract(text)
    surfaces = [(m.ref.id, m.surface) for m in result.mentions]
    assert surfaces.count(("UNIDIR", "裁研所")) == 2
    assert surfaces.count(("ITU", "国际电联")) == 2
    # not carried over to another document
    assert ids(extract("裁研所的报告。"), "organization") == set()


@pytest.mark.parametrize(
    "text",
    [
        "《不扩散条约》全称《关于防止核武器在全世界扩散的条约》,1968年签署。",
        "《全面禁试条约》的全称是《关于全面禁止一切核试验爆炸的条约》。",
    ],
)
def test_a_full_name_given_after_a_known_name_is_that_entity(extract, text) -> None:
    result = extract(text)
    ids = [m.ref.id for m in result.mentions if m.ref.cls == "treaty"]
    assert len(ids) == 2 and ids[0] == ids[1] and ids[0] in ("NPT", "CTBT")
    assert not [e for e in result.minted if e.ref.cls == "treaty"]


def test_a_parenthesis_that_is_no_abbreviation_is_not_learned(extract) -> None:
    result = extract("印度(前四次会议)主持。前四次会议结束。")
    assert [m.surface for m in result.mentions] == ["印度"]


def test_latin_acronyms_match_whole_tokens_only(extract) -> None:
    assert ids(extract("《NPT》和IAEA的作用。"), None) >= {"NPT", "IAEA"}
    assert ids(extract("NPTX和XIAEA"), None) == set()


def test_mentions_keep_raw_offsets_and_surface(extract) -> None:
    text = "根据《不扩散核\n武器条约》，美 国"
    result = extract(text)
    (npt,) = [m for m in result.mentions if m.ref.id == "NPT"]
    assert text[npt.start : npt.end] == "不扩散核\n武器条约"
    assert npt.surface == "不扩散核武器条约" == remove_whitespace(text[npt.start : npt.end])
    (usa,) = [m for m in result.mentions if m.ref.id == "USA"]
    assert (usa.start, usa.end, usa.surface) == (len(text) - 3, len(text), "美国")


def test_filter_longest_prefers_longest_then_leftmost() -> None:
    a, b, c = EntityRef("x", "A"), EntityRef("x", "B"), EntityRef("x", "C")
    kept = filter_longest(
        [Candidate(0, 2, a), Candidate(0, 5, b), Candidate(4, 7, c), Candidate(5, 7, a)]
    )
    assert [(k.start, k.end, k.ref) for k in kept] == [(0, 5, b), (5, 7, a)]


@pytest.mark.parametrize(
    ("text", "value"), [("六十八", 68), ("十", 10), ("二十一", 21), ("64", 64), ("x", None)]
)
def test_chinese_number(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


@pytest.fixture(scope="module")
def shipped() -> Extractor:
    return Extractor(load_gazetteer())


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        # 禁止核武器条约 (TPNW) inside the Tlatelolco short name (and its protocol named after it)
        (
            "中方已批准《拉美禁止核武器条约》议定书。",
            "treaty",
            {"TLATELOLCO", "TLATELOLCO_PROTOCOL"},
        ),
        # 限制进攻性战略武器条约 (SALT II) inside the full name of START II
        ("《进一步裁减和限制进攻性战略武器条约》(《第二阶段裁武条约》)", "treaty", {"START_II"}),
        # 核安保 (nuclear security) inside 无核安保, the Chinese shorthand for NSA
        ("谈判缔结无核安保国际文书。", "topic", {"NSA"}),
        # 大规模杀伤性武器 inside the Middle East zone's name
        ("支持建立中东无核及其他大规模杀伤性武器区。", "topic", {"MEWMDFZ"}),
        # the zone's goal told without 区: a Middle East free of these weapons
        ("推动实现中东无核武器及其他大规模杀伤性武器的目标。", "topic", {"MEWMDFZ"}),
        ("欧盟3+3(中国、法国、德国)", "organization", set()),  # the E3/EU+3, not the EU
        ("欧盟3+3(中国、法国、德国)", "group", {"EU3_PLUS_3"}),
        ("第67届联大一委一般性辩论", "organization", {"FIRST_COMMITTEE"}),
        ("不扩散核武器条约不结盟缔约国集团提出的工作文件", "group", {"NAM"}),
        # the no-use pledge to states and zones is NSA; the states and zones stay mentions
        ("无条件不对无核武器国家和无核武器区使用或威胁使用核武器。", "topic", {"NSA", "NWFZ"}),
        # the states and zones listed with 、 (不对无核国家、无核武器区)
        ("应承诺不对无核国家、无核武器区使用或威胁使用核武器。", "topic", {"NSA", "NWFZ"}),
        # the treaty's Article IV right, its activities listed
        ("各国有为和平目的而研究、生产和使用核能的权利。", "topic", {"PEACEFUL_USES"}),
        ("各国为和平目的研究、开发和利用核能。", "topic", {"PEACEFUL_USES"}),
        ("各国为和平目的研究核聚变。", "topic", set()),  # research alone: no use of nuclear energy
        # the Middle East zone told as what the region is to become
        ("使中东地区成为无核武器及其他大规模杀伤性武器区。", "topic", {"MEWMDFZ"}),
        ("中东成为无核武器区。", "topic", {"MEWMDFZ"}),
        (
            "非洲成为无核武器区。",
            "topic",
            {"NWFZ"},
        ),  # another region: a zone, not the Middle East's
        # civil nuclear cooperation is cooperation in peaceful uses
        ("将民用核合作打造成亮点。", "topic", {"PEACEFUL_USES"}),
        # Japan's three non-nuclear principles, by either name
        ("日本政府坚持“无核三原则”的方针。", "topic", {"THREE_NON_NUCLEAR_PRINCIPLES"}),
        ("日本坚持非核三原则。", "topic", {"THREE_NON_NUCLEAR_PRINCIPLES"}),
        # the Partial Test Ban Treaty as a 1960s text names it
        ("签订了部分停止核试验的条约。", "treaty", {"PTBT"}),
        ("反对《部分核禁试条约》。", "treaty", {"PTBT"}),
        # the US-Russia plutonium agreement; the Red Cross and Red Crescent Movement as a whole
        ("暂停执行《钚管理和处置协定》。", "treaty", {"PMDA"}),
        # denuclearization as the US government's Chinese writes it
        ("实现北韩完全、可核实的去核化。", "topic", {"NUCLEAR_DISARMAMENT"}),
        ("实现朝鲜半岛去核化。", "topic", {"KOREAN_PENINSULA_DENUCLEARIZATION"}),
        ("北约将为世界无核武器而创造条件。", "topic", {"WORLD_FREE_OF_NUCLEAR_WEAPONS"}),
        # the nuclear weapons among all weapons of mass destruction destroyed
        ("彻底销毁包括核武器在内的所有大规模杀伤性武器。", "topic", {"NUCLEAR_DISARMAMENT"}),
        ("美方应进一步大幅削减核武库。", "topic", {"NUCLEAR_DISARMAMENT"}),
        ("在建立世界无核武器地区方面取得进展。", "topic", {"NWFZ"}),
        ("呼吁在有生之年实现废弃核武器。", "topic", {"NUCLEAR_DISARMAMENT"}),
        # civilian nuclear energy is its peaceful use
        ("在民用核能领域开展合作。", "topic", {"PEACEFUL_USES"}),
        # no first use said with the modal inside its negation; 会 alone names no policy
        ("朝鲜决不会首先使用核武器。", "topic", {"NFU"}),
        ("朝鲜会首先使用核武器。", "topic", set()),
        # the additional protocol named alone: the Agency's, where its safeguards are spoken of
        (
            "呼吁各国签署原子能机构保障监督协定,签署和批准附加议定书。",
            "treaty",
            {"ADDITIONAL_PROTOCOL"},
        ),
        ("呼吁各国签署和批准附加议定书。", "treaty", set()),
        ("原子能机构的报告。签署附加议定书的国家作了解释性声明。", "treaty", set()),
        ("伊朗将执行附加议定书。", "treaty", {"ADDITIONAL_PROTOCOL"}),
        (
            "原子能机构欢迎签署《拉丁美洲禁止核武器条约》第二号附加议定书。",
            "treaty",
            {"TLATELOLCO"},
        ),
        ("国际红十字与红新月运动发出呼吁。", "organization", {"RCRC_MOVEMENT"}),
        ("无条件不对无核武器国家和无核武器区使用或威胁使用核武器。", "group", {"NNWS"}),
        (
            "缔结不对无核武器国家和无核武器地区使用或威胁使用核武器的文书。",
            "topic",
            {"NSA", "NWFZ"},
        ),
        # preventing weapons in outer space is PAROS; the draft treaty's name is its own
        ("就防止在外空部署武器达成法律文书。", "topic", {"PAROS"}),
        ("《防止在外空放置武器条约》草案", "treaty", {"PPWT"}),
        ("《防止在外空放置武器条约》草案", "topic", set()),
        # the news' short names of the NPT's two kinds of states; a count of a few is no group
        ("呼吁有核国和无核国共同采取行动。", "group", {"NWS", "NNWS"}),
        ("五个核国家签署议定书。", "group", {"NWS"}),
        ("三大有核国家的武库", "group", set()),
        # the Southeast Asian zone's treaty and protocol by their Latin acronym (Malaysian press)
        ("中方愿意无条件签署SEANWFZ议定书。", "treaty", {"BANGKOK", "BANGKOK_PROTOCOL"}),
        ("SEANWFZ条约于1997年生效。", "treaty", {"BANGKOK"}),
        # 大马, Malaysia in Malaysian Chinese; not inside 大马士革 (Damascus)
        ("大马常驻联合国代表团", "state", {"MYS"}),
        ("叙利亚首都大马士革", "state", {"SYR"}),
        # 越南 inside a verb of crossing and 南 (穿越南极: across the South Pole)
        ("他以毅力穿越南极。", "state", set()),
        ("中国和越南跨越南北分歧。", "state", {"CHN", "VNM"}),
        ("每一个核武国必须承诺尊重该条约。", "group", {"NWS"}),
        # launches (of missiles, in this domain) by what the Council calls them
        ("反对朝方进行有关发射活动。", "topic", {"MISSILES"}),
        # the NPT with its words misordered, as some reports write it
        ("印度政府拒绝签署《核不扩散武器条约》。", "treaty", {"NPT"}),
        # the Council's resolution by its adoption, with no 第 (as news reports write it)
        ("联合国安理会通过1737号决议一事表明", "resolution", {"S/RES/1737"}),
        # or a number alone, once the Council is named (安理会……全票通过1747号决议); not before
        ("联合国安理会24日全票通过1747号决议。1747号决议敦促伊朗", "resolution", {"S/RES/1747"}),
        ("伊朗违反了1737号决议。", "resolution", set()),
        ("大会通过了75/40号决议。", "resolution", {"A/RES/75/40"}),
        # a world free of them, worded with 不存在 (Japanese officials' word, as translated)
        ("日本将以实现不存在核武的世界为目标。", "topic", {"WORLD_FREE_OF_NUCLEAR_WEAPONS"}),
        ("构筑有效的核裁军验证机制", "topic", {"NUCLEAR_DISARMAMENT_VERIFICATION"}),
        # the JCPOA as translations turn its name
        ("我们曾就伊朗核项目全面联合行动计划紧密合作", "treaty", {"JCPOA"}),
        # the six-party talks' joint statement of 19 September 2005, by its date
        ("全面落实六方会谈“九·一九”共同声明。", "treaty", {"SIX_PARTY_JOINT_STATEMENT_2005"}),
        ("落实2005年9月19日共同声明。", "treaty", {"SIX_PARTY_JOINT_STATEMENT_2005"}),
        # the peninsula's other named instruments; a bare 框架协议 is anyone's framework
        ("朝鲜宣布停止履行朝美核框架协议。", "treaty", {"AGREED_FRAMEWORK"}),
        ("三国领导人对于《板门店宣言》的支持", "treaty", {"PANMUNJOM_DECLARATION"}),
        ("双方签署了合作框架协议。", "treaty", set()),
        ("消极对待延续新《削减进攻性战略武器条约》的倡议", "treaty", {"NEW_START"}),
        # New START as Russian sources word it: 新 before the 2002 Moscow treaty's name
        ("美俄就新削减战略进攻性武器条约延期达成一致。", "treaty", {"NEW_START"}),
        ("新《削减战略进攻性武器条约》", "treaty", {"NEW_START"}),
        ("2002年签署的《削减战略进攻性武器条约》", "treaty", {"SORT"}),
        # denuclearization with no region before it is disarmament; a region's is a zone
        ("七国集团要求朝鲜实现无核化。", "topic", {"NUCLEAR_DISARMAMENT"}),
        ("印度洋无核化。", "topic", {"NWFZ"}),
        ("无核化的朝鲜半岛", "topic", {"KOREAN_PENINSULA_DENUCLEARIZATION"}),
        ("要求中国提高核战力的透明性。", "topic", {"TRANSPARENCY"}),  # Taiwan's and Japan's word
        ("欢迎「广岛行动计划」。", "treaty", {"HIROSHIMA_ACTION_PLAN"}),
        ("决心促进防止核武器在其所有方面的扩散。", "topic", {"NON_PROLIFERATION"}),
        ("大会第十二届特别会议,即专门讨论裁军问题的第二届特别会议", "topic", {"SSOD2"}),
        ("大会第十五届特别会议", "topic", {"SSOD3"}),
        ("[原件:西班牙文]\n古巴", "state", {"CUB"}),  # the original's language, not Spain
        ("《联合国海洋法公约》", "organization", set()),  # a convention, not the UN
        ("1963年的《部分禁核试条约》", "treaty", {"PTBT"}),  # not the CTBT's 禁核试条约
        ("新议程\n大会,\n7. 呼吁", "organization", {"UNGA"}),  # an excerpt of operative paragraphs
        ("大会,\nThe General Assembly,\n回顾其各项决议,", "organization", {"UNGA"}),  # bilingual
        ("作为大会题为“全面彻底裁军”的项目", "organization", {"UNGA"}),
        # a world without nuclear weapons with a second quality coordinated to it
        (
            "最终目标是一个没有核武器、各方安全不受减损的世界。",
            "topic",
            {"WORLD_FREE_OF_NUCLEAR_WEAPONS"},
        ),
        ("消除核武器仍是联合国的核心目标。", "topic", {"NUCLEAR_DISARMAMENT"}),
        ("消除核武器扩散风险符合各方利益。", "topic", set()),  # a risk removed, not the weapons
        ("美俄应大幅削减核武器。", "topic", {"NUCLEAR_DISARMAMENT"}),  # reducing them
        ("乌克兰承诺销毁其领土上所有核武器。", "topic", {"NUCLEAR_DISARMAMENT"}),  # where they are
        ("核国家应承担不对这些地区使用或威胁使用核武器的义务。", "topic", {"NSA"}),
        ("各国应防止核材料落入恐怖分子之手。", "topic", {"NUCLEAR_TERRORISM"}),  # told as an event
        # the treaties as Taiwan's and Hong Kong's press name them (核武, 核子武器, 飞弹)
        ("洪都拉斯批准《禁止核武條約》。", "treaty", {"TPNW"}),
        ("日本未簽署禁止核子武器條約。", "treaty", {"TPNW"}),
        ("美國退出中程核飛彈條約。", "treaty", {"INF"}),
        ("日本強烈譴責朝鮮進行核子試爆。", "topic", {"NUCLEAR_TESTING"}),
        ("拜登政府主張實現「無核武世界」。", "topic", {"WORLD_FREE_OF_NUCLEAR_WEAPONS"}),
        ("奥巴马强调保证核材料安全的必要性。", "topic", {"NUCLEAR_SECURITY"}),
        # an older translation's word for 扩散 (name_forms.tsv), read as the title's variant
        ("中國是《防止核武器蕃衍條約》的締約國。", "treaty", {"NPT"}),
        # a writer's conflation of 无核化 and 无核武器区 in a treaty's title (name_forms.tsv)
        ("东盟决定延长《东南亚无核化武器区条约》。", "treaty", {"BANGKOK"}),
        ("各方重申致力于实现半岛非核化。", "topic", {"KOREAN_PENINSULA_DENUCLEARIZATION"}),
        # a manner between the peninsula and its denuclearization (patterns.tsv)
        (
            "实现朝鲜半岛完全、可核查、不可逆的无核化。",
            "topic",
            {"KOREAN_PENINSULA_DENUCLEARIZATION"},
        ),
        ("东盟支持朝鲜半岛的“非核化”。", "topic", {"KOREAN_PENINSULA_DENUCLEARIZATION"}),  # quoted
        ("呼吁各国致力消除核武。", "topic", {"NUCLEAR_DISARMAMENT"}),  # the news' short form
        ("日本要领导各国废除核子武器。", "topic", {"NUCLEAR_DISARMAMENT"}),  # as written in Taiwan
        ("拥核国都没加入这项条约。", "group", {"NUCLEAR_ARMED_STATES"}),  # the news' short form
        ("非拥核国都加入了这项条约。", "group", set()),  # the states without them
        ("中美两国发表联合声明。", "state", {"CHN", "USA"}),  # one-character names run together
        ("5日中美两国发表联合声明。", "state", {"CHN", "USA"}),  # a date's 日 is not Japan
        ("英法等核国家也出席了仪式。", "state", {"GBR", "FRA"}),  # a run before 等
        ("中等国家支持该条约。", "state", set()),  # 中等: middling, no run
        ("其中美俄两国拥有最多核武器。", "state", {"USA", "RUS"}),  # 其中: among them
        ("中美洲国家支持该条约。", "state", set()),  # Central America
        ("声明称,美日决心实现无核武器世界。", "state", {"USA", "JPN"}),  # 日 in a pair
        ("日美同盟得到加强。", "state", {"JPN", "USA"}),  # 日 opening the pair
        ("中美日前达成协议。", "state", set()),  # 日前: recently, no Japan (nor a lone pair)
        ("欧美日益关注这一问题。", "state", set()),  # 日益: ever more
        ("今日美国报道了此事。", "state", {"USA"}),  # a day's 日, then the full name
        ("中方支持1718委员会的工作。", "organization", {"COMMITTEE_1718"}),  # by its number
        ("原子能机构根据其《规约》开展核查。", "treaty", {"IAEA_STATUTE"}),  # the Agency's own
        ("拉夫罗夫说,俄欢迎这一立场。", "state", {"RUS"}),  # one character opening a clause
        ("他以俄语发言。", "state", set()),  # the Russian language
        ("俄外交部关于该条约的声明", "state", {"RUS"}),  # one character before its office
        # the names the press of Taiwan and Hong Kong gives
        ("東協外長重申支持東南亞無核武區條約。", "organization", {"ASEAN"}),
        ("東協外長重申支持東南亞無核武區條約。", "treaty", {"BANGKOK"}),
        ("七大工業國集團發表聲明。", "group", {"G7"}),
        ("國際原子能總署發表報告。", "organization", {"IAEA"}),
        ("伊朗表示遵守禁止核子擴散條約。", "treaty", {"NPT"}),
        ("会上,英首相表示欢迎。", "state", {"GBR"}),
        ("27日外交部发言人表示欢迎。", "state", set()),  # a date's 日 before an office
        ("法总统府发表声明。", "state", {"FRA"}),
        ("司法部长表示欢迎。", "state", set()),  # a word the character ends
        ("5日称,该国欢迎。", "state", set()),  # a date's 日 before a verb of saying
        ("中美关于核安全合作的联合声明", "state", {"CHN", "USA"}),  # a joint statement's title
        ("美苏于1991年签署了该条约。", "state", {"USA", "SUN"}),  # a run, whatever follows
        ("印巴之间的紧张局势加剧。", "state", {"IND", "PAK"}),
        ("美中不足的是,条约尚未生效。", "state", set()),  # an idiom, not two states
        ("美元汇率下跌。", "state", set()),  # a word the character begins
        ("美英澳核潜艇合作。", "state", {"USA", "GBR", "AUS"}),  # the AUKUS states' initials
        ("澳门特区政府表示欢迎。", "state", set()),  # Macao
        ("白皮书说,大陆坚决反对核共享。", "state", {"CHN"}),  # mainland China, opening a clause
        ("欧洲大陆坚决反对。", "state", set()),  # a continent
        ("来源:中国新闻网。", "state", set()),  # a news outlet's name
        ("挪威诺贝尔委员会宣布。", "organization", {"NOBEL_COMMITTEE"}),
        ("据今日美国报道。", "state", {"USA"}),  # a date's 日 before a full name
        ("美俄国内都有反对声音。", "state", set()),  # the run's last character begins a name
        ("米哈伊尔·赫沃斯托夫先生提交。", "state", set()),  # syllables of a transliterated name
        ("苏伊士运河。苏美尔文明。", "state", set()),
        ("中美俄英法签署议定书。", "state", {"CHN", "USA", "RUS", "GBR", "FRA"}),  # a long run
        ("美俄中英法共同发布声明。", "state", {"CHN", "USA", "RUS", "GBR", "FRA"}),  # 中 inside
        ("本文有中英文两个版本。", "state", set()),  # 中英文: Chinese and English
        ("东盟将继续推动地区无核化。", "topic", {"NWFZ"}),  # a region made nuclear-free
        ("必须保持东南亚地区没有核武器。", "topic", {"NWFZ"}),
        ("确保该地区无核武器。", "topic", {"NWFZ"}),
        ("各方致力于实现半岛无核化。", "topic", {"KOREAN_PENINSULA_DENUCLEARIZATION"}),
        # the DPRK giving up all its weapons is the peninsula's denuclearization; elsewhere
        # destroying all of them is disarmament, and a programme is neither
        ("敦促朝鲜以不可逆的方法销毁全部核武。", "topic", {"KOREAN_PENINSULA_DENUCLEARIZATION"}),
        ("朝鲜同意放弃所有核武器及核活动。", "topic", {"KOREAN_PENINSULA_DENUCLEARIZATION"}),
        ("敦促朝鲜放弃核武器、弹道导弹。", "topic", {"MISSILES"}),  # a list: the relations' reading
        ("中国主张彻底销毁所有核武器。", "topic", {"NUCLEAR_DISARMAMENT"}),
        ("欢迎废除其核武器计划的国家。", "topic", set()),
        ("美中不足的是。", "state", set()),
        ("美英法律界人士。", "state", {"USA", "GBR"}),  # 法律: law, not France
        ("美、英、法、俄、中等主要拥核国。", "state", {"USA", "GBR", "FRA", "RUS", "CHN"}),
        ("中、小国家的安全。", "state", set()),  # a list of sizes, not of states
        ("中方支持该条约,敦促美方批准。", "state", {"CHN", "USA"}),  # a state named by its side
        ("采取集中方式,在做法方面朝方向前进。", "state", set()),  # words of their own
        # 大会主席 in a report on a review conference is the conference's president
        ("审议大会闭幕。大会主席宣布会议结束。", "organization", set()),
        ("大会主席宣布会议开幕。", "organization", {"UNGA"}),
        # peaceful use alone in a text about nuclear matters, not of outer space
        ("核不扩散:坚决捍卫和平利用的权利。", "topic", {"NON_PROLIFERATION", "PEACEFUL_USES"}),
        ("核不扩散:促进和平利用外空。", "topic", {"NON_PROLIFERATION"}),
        # the Agency's 《规约》 in a text that names the IAEA
        ("国际原子能机构应严格遵循机构《规约》所确定的目标。", "treaty", {"IAEA_STATUTE"}),
        ("该机构应遵循机构《规约》。", "treaty", set()),
        # 《附加议定书》 alone is the IAEA's in a text about the IAEA, no one's elsewhere
        ("呼吁原子能机构成员国加入《附加议定书》。", "treaty", {"ADDITIONAL_PROTOCOL"}),
        ("中国批准了《拉罗通加条约》及其《附加议定书》。", "treaty", {"RAROTONGA"}),
        (
            "全面保障监督协定及其附加议定书有力保证了核查。",
            "treaty",
            {"CSA", "ADDITIONAL_PROTOCOL"},
        ),
        # bare 全面协议 is the JCPOA where the text is about the Iranian nuclear issue
        ("伊核问题全面协议是重要成果。各方应确保全面协议恢复执行。", "treaty", {"JCPOA"}),
        ("各国应谈判一项全面协议。", "treaty", set()),
        ("伊核问题各方应尽早达成全面协议。", "treaty", set()),  # a deal still to be reached
        # the Iranian issue named, though not the deal: the deal of that issue
        ("安理会就伊朗核问题举行会议。各方应推动全面协议重回正轨。", "treaty", {"JCPOA"}),
        # a negative security assurance however its pledge or its addressees are worded
        ("承诺不对无核国家使用或者威胁使用核武器。", "topic", {"NSA"}),
        ("不对无核武器国家和无核武器区使用或威胁使用核武器。", "topic", {"NSA", "NWFZ"}),
        ("为实现禁止对无核国使用核武等目标。", "topic", {"NSA"}),  # a news report's shortening
        ("美国对无核国使用核武是不可接受的。", "topic", set()),  # the use itself: no assurance
        ("向无核武器国家提供具有法律约束力的安全保证。", "topic", {"NSA"}),
        ("向无核武器国家提供积极安全保证。", "topic", {"POSITIVE_SECURITY_ASSURANCES"}),  # not NSA
        ("对所有无核武器国家不使用核武器。", "topic", {"NSA"}),
        ("要求对所有无核国不使用核武器。", "topic", {"NSA"}),
        ("向无核武器国家提供不使用或威胁使用核武器的保证。", "topic", {"NSA"}),
        ("承诺在任何情况下不首先使用核武器。", "topic", {"NFU"}),  # no first use, not NSA
        ("支持不扩散大规模杀伤性武器。", "topic", {"NON_PROLIFERATION"}),  # one name, the aim
        # Japan by its one character before an office only Japan has by that name
        ("日外相冈田克也表示。", "state", {"JPN"}),
        ("5月27日外交部发言人表示。", "state", set()),  # a date
        # the Korean armistice; bare 停战协定 only in a text on the peninsula
        ("各方应遵守朝鲜停战协定。", "treaty", {"KOREAN_ARMISTICE_AGREEMENT"}),
        # bare 框架协议 in a text on North Korea is the 1994 Agreed Framework
        ("朝鲜和美国1994年签署的框架协议规定冻结核设施。", "treaty", {"AGREED_FRAMEWORK"}),
        ("朝鲜表示,美国破坏了《框架协议》。", "treaty", {"AGREED_FRAMEWORK"}),
        ("朝鲜认为,根据基本协定,美国应提供轻水反应堆。", "treaty", {"AGREED_FRAMEWORK"}),
        ("两国签署了经济合作框架协议。", "treaty", set()),
        ("美国与日本签署了框架协议。", "treaty", set()),  # not a text on North Korea
        ("以和平机制取代停战协定,实现半岛无核化。", "treaty", {"KOREAN_ARMISTICE_AGREEMENT"}),
        ("两国签署了停战协定。", "treaty", set()),  # any truce
        # the Six-Party Talks' statement by its date, however the date is written
        ("中国支持9.19共同声明。", "treaty", {"SIX_PARTY_JOINT_STATEMENT_2005"}),
        ("各方应落实“九•一九”共同声明。", "treaty", {"SIX_PARTY_JOINT_STATEMENT_2005"}),
        ("各方应落实9月19日共同声明。", "treaty", {"SIX_PARTY_JOINT_STATEMENT_2005"}),
        ("双方于2019年发表了共同声明。", "treaty", set()),
        # Latin acronyms that Chinese text uses for groups, matched as whole tokens
        ("英国、法国和德国(E3)表示将继续履行协议。", "group", {"E3"}),
        ("伊朗与EU3+3举行会谈。", "group", {"EU3_PLUS_3"}),
        ("G20峰会在大阪举行。", "group", {"G20"}),
        ("日本参加了PSI的演习。", "group", {"PSI"}),
        ("NNWS有权获得安全保证。", "group", {"NNWS"}),
        ("DPRK宣布进行了核试验。", "state", {"PRK"}),
        # the inter-Korean declaration holds the topic's name; the declaration wins
        (
            "双方重申《关于朝鲜半岛无核化的共同宣言》。",
            "treaty",
            {"KOREA_DENUCLEARIZATION_DECLARATION"},
        ),
        ("双方重申《关于朝鲜半岛无核化的共同宣言》。", "topic", set()),
        # the South before the North's own name: both Koreas
        ("南北韩领袖签署了宣言。", "state", {"KOR", "PRK"}),
        ("美韩核磋商小组举行首次会议。", "organization", {"NCG"}),
        # New START in its Latin short name is not START I
        ("美俄两国签署新START。", "treaty", {"NEW_START"}),
        # a new version of START is New START, not START I
        ("美俄两国签署新版削减战略武器条约。", "treaty", {"NEW_START"}),
        ("美俄两国签署了削减战略武器新条约。", "treaty", {"NEW_START"}),
        # the EU3+3 by the issue it negotiates
        ("伊朗与伊朗核问题六国达成协议。", "group", {"EU3_PLUS_3"}),
        ("伊朗与5+1达成协议。", "group", {"EU3_PLUS_3"}),
        # 六国 alone, in a text on Iran's programme; in any other text, or the Gulf's six, none
        ("六国与伊朗为协议的执行做了准备。", "group", {"EU3_PLUS_3"}),
        ("海湾六国外长与伊朗外长会晤。", "group", set()),
        ("美国、俄罗斯、中国、英国、法国和德国六国就伊朗核问题达成一致。", "group", set()),
        ("六国外长讨论了朝鲜问题。", "group", set()),
        # testing named by its verb and object
        ("美国建议中止试验核武器。", "topic", {"NUCLEAR_TESTING"}),
        # the five counted in figures, the five nuclear powers called 公认的; 核大国 alone is none
        ("美国、英国、法国、俄罗斯和中国等安理会5个常任理事国。", "group", {"P5"}),
        ("五个公认的核大国即美国、俄罗斯、法国、英国和中国。", "group", {"NWS"}),
        ("我国作为一个核大国。", "group", set()),
        # a world rid of the weapons is disarmament; a programme given up, non-proliferation
        ("敦促使世界在21世纪摆脱核武器。", "topic", {"NUCLEAR_DISARMAMENT"}),
        ("要求北韩放弃发展核武器计划。", "topic", {"NON_PROLIFERATION"}),
        ("敦促朝鲜放弃发展核武器。", "topic", {"NON_PROLIFERATION"}),
        # the IAEA's General Conference, not the Agency nor the General Assembly
        ("国际原子能机构大会一致通过决议。", "organization", {"IAEA_GC"}),
        # news wordings: 核武 for 核武器, verbs joined before the use, a ban on military material,
        # the non-nuclear-weapon States Parties
        ("印度严格遵守“不率先使用核武”政策。", "topic", {"NFU"}),
        ("各国和平研发和利用核能的权利。", "topic", {"PEACEFUL_USES"}),
        ("伊朗和平开发核项目的权利。", "topic", {"PEACEFUL_USES"}),
        ("重新谈判关于禁止生产军用裂变材料的条约。", "treaty", {"FMCT"}),
        ("对条约无核武器缔约国伊朗发动袭击。", "group", {"NNWS"}),
    ],
)
def test_shipped_gazetteer_names_inside_longer_names(
    shipped: Extractor, text: str, cls: str, expected: set[str]
) -> None:
    result = shipped.extract(SourceDocument("doc.txt", text, "utf-8"))
    assert ids(result, cls) == expected


def test_mentions_come_in_text_order(shipped: Extractor) -> None:
    # the graph's evidence index relies on it (no sort per document in the parent process)
    text = (
        "联合国裁军研究所(裁研所)与中国、美国和印度尼西亚。裁研所欢迎第67/56号决议(A/RES/67/56)。"
    )
    result = shipped.extract(SourceDocument("doc.txt", text, "utf-8"))
    starts = [m.start for m in result.mentions]
    assert len(starts) >= 6 and starts == sorted(starts)


@pytest.mark.parametrize(
    "text",
    [
        "大会,回顾其第70/33号决议,大会第一委员会主席和审议大会决议",
        "审议大会\n大会,决定;缔约国大会,大会大会决议",
        "秘书长、副秘书长和会议秘书长;秘书长秘书长",
        "没有那个词",
        "",
    ],
)
def test_anchored_patterns_find_what_the_regex_alone_finds(shipped: Extractor, text: str) -> None:
    """Patterns tried only where their literal occurs give every match a full scan gives,
    look-behinds and a text-initial ^ included."""
    anchored = [p for p in shipped.gazetteer.patterns if p.anchor is not None]
    assert anchored  # the shipped 大会 and 秘书长 rows are anchored
    for pattern in anchored:
        full = [m.span("m") for m in pattern.pattern.finditer(text)]
        assert [m.span("m") for m in _finditer(pattern, text)] == full


@pytest.mark.parametrize(
    "text",
    [
        "回顾其第67/56号决议;又回顾第64/53号和第65/56号决议。",
        "1974年12月9日第3263(XXIX)号、1975年12月11日第3472 B(XXX)号和2006年12月6日第61/56号决议",
        "第67/56、68/47号决议,以及53/78 E号决议。没有决议编号的句子;",
        "决议",
        "。;",
    ],
)
def test_resolution_lists_are_read_clause_by_clause_as_a_full_scan_reads_them(text: str) -> None:
    whole = [m.span() for m in _GA_RESOLUTIONS.finditer(text)]
    assert [m.span() for m in _in_clauses_with(text, "决议", _GA_RESOLUTIONS)] == whole


def test_merging_a_few_spans_is_filtering_them_all() -> None:
    import random

    from nukegraph.match import merge_longest

    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 40)
            spans.append(Candidate(start, start + rng.randint(1, 8), EntityRef("state", "X")))
        extra = []
        for _ in range(rng.randint(0, 4)):
            start = rng.randint(0, 40)
            extra.append(Candidate(start, start + rng.randint(1, 12), EntityRef("treaty", "T")))
        kept = filter_longest(spans)
        assert merge_longest(kept, extra) == filter_longest(kept + extra)
