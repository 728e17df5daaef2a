"""Shared fixtures: small gazetteers written on the fly, so tests do not depend on the full data."""

from __future__ import annotations

from pathlib import Path

import pytest

from nukegraph.extract import Extractor
from nukegraph.gazetteer import Gazetteer, load_gazetteer
from nukegraph.records import DocumentResult, SourceDocument

HEADER = "id\tzh\ten\taliases\ten_aliases\n"

SMALL = {
    "states.tsv": [
        ("IND", "印度", "India", "", ""),
        ("IDN", "印度尼西亚", "Indonesia", "", ""),
        ("GIN", "几内亚", "Guinea", "", ""),
        ("GNB", "几内亚比绍", "Guinea-Bissau", "", ""),
        ("CHN", "中国", "China", "中华人民共和国", ""),
        ("USA", "美利坚合众国", "United States of America", "美国", "United States"),
        ("MLI", "马里", "Mali", "", ""),
        # patterns.tsv names these by their one-character names (中美两国)
        ("RUS", "俄罗斯联邦", "Russian Federation", "俄罗斯", ""),
        ("GBR", "联合王国", "United Kingdom", "英国", ""),
        ("FRA", "法国", "France", "", ""),
        ("JPN", "日本", "Japan", "", ""),
        ("PRK", "朝鲜民主主义人民共和国", "Democratic People's Republic of Korea", "朝鲜", ""),
        ("KOR", "大韩民国", "Republic of Korea", "韩国", ""),
        ("PAK", "巴基斯坦", "Pakistan", "", ""),
        ("SUN", "苏维埃社会主义共和国联盟", "Union of Soviet Socialist Republics", "苏联", ""),
        ("KAZ", "哈萨克斯坦", "Kazakhstan", "", ""),
        ("DEU", "德国", "Germany", "", ""),
        ("AUS", "澳大利亚", "Australia", "", ""),  # initials.tsv names it
        (
            "IRN",
            "伊朗伊斯兰共和国",
            "Iran (Islamic Republic of)",
            "伊朗|伊朗(伊斯兰共和国)",
            "Iran",
        ),
    ],
    "organizations.tsv": [
        ("UNGA", "联合国大会", "United Nations General Assembly", "联大", ""),
        ("UNSG", "联合国秘书长", "Secretary-General of the United Nations", "", ""),
        ("UNSC", "联合国安全理事会", "United Nations Security Council", "安理会", ""),  # patterns
        ("CD", "裁军谈判会议", "Conference on Disarmament", "裁谈会", ""),
        ("UNIDIR", "联合国裁军研究所", "United Nations Institute for Disarmament Research", "", ""),
        ("ITU", "国际电信联盟", "International Telecommunication Union", "", ""),
        ("EU", "欧洲联盟", "European Union", "欧盟", ""),
        ("AU", "非洲联盟", "African Union", "非盟", ""),
        ("EUISS", "欧洲联盟安全研究所", "European Union Institute for Security Studies", "", ""),
        ("IAEA", "国际原子能机构", "International Atomic Energy Agency", "原子能机构|IAEA", ""),
    ],
    "groups.tsv": [
        ("G21", "21国集团", "Group of 21", "", ""),
        ("ANNEX2_STATES", "附件二国家", "Annex 2 States", "", ""),  # patterns.tsv names it
        ("NWS", "核武器国家", "Nuclear-weapon States", "", ""),  # and this
        ("EU3_PLUS_3", "欧盟3+3", "E3/EU+3", "", ""),  # and this (六国, on Iran)
        (
            "P5",
            "安全理事会常任理事国",
            "Permanent members of the Security Council",
            "",
            "",
        ),  # and this
    ],
    "treaties.tsv": [
        (
            "NPT",
            "不扩散核武器条约",
            "Treaty on the Non-Proliferation of Nuclear Weapons",
            "不扩散条约|NPT",
            "NPT",
        ),
        (
            "CTBT",
            "全面禁止核试验条约",
            "Comprehensive Nuclear-Test-Ban Treaty",
            "全面禁试条约|全面核禁试条约",
            "CTBT",
        ),
        # patterns.tsv names it
        ("ADDITIONAL_PROTOCOL", "保障监督协定附加议定书", "IAEA Additional Protocol", "", ""),
        ("IAEA_STATUTE", "国际原子能机构规约", "Statute of the IAEA", "原子能机构规约", ""),
        # patterns.tsv names it by its bare 全面协议 in a text on the Iranian issue
        ("JCPOA", "联合全面行动计划", "Joint Comprehensive Plan of Action", "伊核问题全面协议", ""),
        # patterns.tsv names the zone treaties' protocols after their bracketed names
        *(
            (f"{zone}_PROTOCOL", f"{zone}议定书", f"Protocol to the {zone} Treaty", "", "")
            for zone in ("TLATELOLCO", "RAROTONGA", "BANGKOK", "PELINDABA", "SEMIPALATINSK")
        ),
        # and these
        ("KOREAN_ARMISTICE_AGREEMENT", "朝鲜停战协定", "Korean Armistice", "", ""),
        ("AGREED_FRAMEWORK", "朝美核框架协议", "Agreed Framework", "", ""),
        ("JPOA", "伊朗核问题共同行动计划", "Joint Plan of Action", "", ""),
        ("SIX_PARTY_JOINT_STATEMENT_2005", "第四轮六方会谈共同声明", "Joint Statement", "", ""),
    ],
    "topics.tsv": [
        ("NUCLEAR_TESTING", "核试验", "nuclear testing", "", ""),
        ("PEACEFUL_USES", "和平利用核能", "peaceful uses", "", ""),
        ("NSA", "消极安全保证", "Negative security assurances", "", ""),  # patterns.tsv names it
        ("NUCLEAR_DISARMAMENT", "核裁军", "Nuclear disarmament", "", ""),  # and these
        ("NON_PROLIFERATION", "核不扩散", "Non-proliferation", "", ""),
        ("NUCLEAR_TERRORISM", "核恐怖主义", "Nuclear terrorism", "", ""),
        ("NUCLEAR_SECURITY", "核安全", "Nuclear security", "", ""),
        ("NWFZ", "无核武器区", "Nuclear-weapon-free zones", "", ""),
        ("MEWMDFZ", "中东无核武器区", "Middle East zone", "", ""),
        ("MISSILES", "导弹", "Missiles", "", ""),
        ("NFU", "不首先使用核武器", "No first use of nuclear weapons", "", ""),
        (
            "WORLD_FREE_OF_NUCLEAR_WEAPONS",
            "无核武器世界",
            "A world free of nuclear weapons",
            "",
            "",
        ),
        (
            "KOREAN_PENINSULA_DENUCLEARIZATION",
            "朝鲜半岛无核化",
            "Denuclearization of the Korean Peninsula",
            "",
            "",
        ),
    ],
}
BLOCKERS = [("发展中国家", "developing countries"), ("印度洋", "Indian Ocean")]


def write_gazetteer(
    directory: Path,
    files: dict[str, list[tuple[str, ...]]] | None = None,
    blockers: list[tuple[str, str]] | None = None,
    with_patterns: bool = True,
) -> Path:
    """Write a small gazetteer folder; the real patterns.tsv and initials.tsv are copied for
    context rules."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, rows in (files or SMALL).items():
        body = "".join("\t".join(row) + "\n" for row in rows)
        (directory / name).write_text("# test fixture\n" + HEADER + body, encoding="utf-8")
    lines = "".join(f"{p}\t{r}\n" for p, r in (blockers if blockers is not None else BLOCKERS))
    (directory / "blockers.tsv").write_text("phrase\treason\n" + lines, encoding="utf-8")
    if with_patterns:
        for name in ("patterns.tsv", "initials.tsv"):
            real = Path(__file__).resolve().parents[1] / "gazetteers" / name
            (directory / name).write_text(real.read_text("utf-8"), encoding="utf-8")
    return directory


@pytest.fixture(scope="session")
def small_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return load_gazetteer(write_gazetteer(tmp_path_factory.mktemp("gaz")))


@pytest.fixture(scope="session")
def extractor(small_gazetteer: Gazetteer) -> Extractor:
    return Extractor(small_gazetteer)


@pytest.fixture
def extract(extractor: Extractor):
    """Run the per-document pipeline on a text: ``extract("...")`` -> DocumentResult."""

    def run(text: str, path: str = "doc.txt") -> DocumentResult:
        return extractor.extract(SourceDocument(path, text, "utf-8"))

    return run


def ids(result: DocumentResult, cls: str | None = None) -> set[str]:
    """The entity ids mentioned in a result (of one class)."""
    return {m.ref.id for m in result.mentions if cls is None or m.ref.cls == cls}
