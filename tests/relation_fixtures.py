"""The small gazetteer and helpers the relation tests share (tests/test_relation*.py)."""

from __future__ import annotations

from pathlib import Path

from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer
from nukegraph.records import SourceDocument, Statement

HEADER = "id\tzh\ten\taliases\ten_aliases\n"
FIXTURE = {
    "states.tsv": [
        "CHN\t中国\tChina\t\t",
        "RUS\t俄罗斯联邦\tRussian Federation\t俄罗斯\t",
        "IRN\t伊朗伊斯兰共和国\tIran\t伊朗(伊斯兰共和国)\t",
        "IND\t印度\tIndia\t\t",
        "IDN\t印度尼西亚\tIndonesia\t\t",
        "CHE\t瑞士\tSwitzerland\t\t",
        "BRA\t巴西\tBrazil\t\t",
        "EGY\t埃及\tEgypt\t\t",
        "IRL\t爱尔兰\tIreland\t\t",
        "SWE\t瑞典\tSweden\t\t",
        "ESP\t西班牙\tSpain\t\t",
        "JPN\t日本\tJapan\t\t",
        "AUS\t澳大利亚\tAustralia\t\t",
        "BEL\t比利时\tBelgium\t\t",
        "AUT\t奥地利\tAustria\t\t",
        "CUB\t古巴\tCuba\t\t",
        "USA\t美利坚合众国\tUnited States\t美国\t",
        "FRA\t法国\tFrance\t\t",
        "GBR\t大不列颠及北爱尔兰联合王国\tUnited Kingdom\t联合王国\t",
        "ISR\t以色列\tIsrael\t\t",
        "PAK\t巴基斯坦\tPakistan\t\t",
        "MYS\t马来西亚\tMalaysia\t\t",
        "CRI\t哥斯达黎加\tCosta Rica\t\t",
    ],
    "organizations.tsv": [
        "EU\t欧洲联盟\tEuropean Union\t欧盟\t",
        "CD\t裁军谈判会议\tConference on Disarmament\t裁谈会\t",
        "EPG\t切实推动核裁军名人小组\tGroup of Eminent Persons\t名人小组\t",
        "UNGA\t联合国大会\tGeneral Assembly\t联大\t",
        "UNSC\t安全理事会\tSecurity Council\t安理会\t",
        "COMMITTEE_1540\t1540委员会\t1540 Committee\t\t",
        "UNSG\t联合国秘书长\tSecretary-General\t\t",
        "NSG\t核供应国集团\tNuclear Suppliers Group\t\t",
    ],
    "groups.tsv": [
        "G21\t21国集团\tGroup of 21\t\t",
        "NAC\t新议程联盟\tNew Agenda Coalition\t\t",
        "NWS\t核武器国家\tnuclear-weapon States\t\t",
        "NNWS\t无核武器国家\tnon-nuclear-weapon States\t\t",
    ],
    "treaties.tsv": [
        "NPT\t不扩散核武器条约\tNPT\t不扩散条约\t",
        "CTBT\t全面禁止核试验条约\tCTBT\t全面禁试条约\t",
        "TPNW\t禁止核武器条约\tTPNW\t\t",
        "FMCT\t禁止生产核武器或其他核爆炸装置用裂变材料条约\tFMCT\t禁产条约\t",
        "PELINDABA\t佩林达巴条约\tTreaty of Pelindaba\t非洲无核武器区条约\t",
        "TLATELOLCO\t特拉特洛尔科条约\tTreaty of Tlatelolco\t拉丁美洲禁止核武器条约\t",
        "RAROTONGA\t拉罗通加条约\tTreaty of Rarotonga\t南太平洋无核区条约\t",
    ],
    "topics.tsv": [
        "NSA\t消极安全保证\tnegative security assurances\t\t",
        "NUCLEAR_TESTING\t核试验\tnuclear testing\t\t",
        "NUCLEAR_DISARMAMENT\t核裁军\tnuclear disarmament\t\t",
        "TRANSPARENCY\t透明度\ttransparency\t\t",
        "DE_ALERTING\t降低战备状态\tde-alerting\t\t",
        "FISSILE_MATERIAL\t裂变材料\tfissile material\t\t",
        "SAFEGUARDS\t保障监督\tsafeguards\t\t",
    ],
}


# bare 大会 is the General Assembly only in context (the project's own patterns.tsv says where)
PATTERNS = [
    "class\tid\tpattern\tunless_document_matches\tnote",
    "organization\tUNGA\t(?<![议会])(?P<m>大会)(?=,|$)\t\ta resolution's heading",
]


def build_extractor(folder: Path) -> Extractor:
    """An extractor on the fixture gazetteer written into ``folder``."""
    for name, rows in FIXTURE.items():
        (folder / name).write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    (folder / "patterns.tsv").write_text("\n".join(PATTERNS) + "\n", encoding="utf-8")
    return Extractor(load_gazetteer(folder))


Fact = tuple[str, str, str, str]


def facts(extractor: Extractor, text: str) -> set[Fact]:
    """(subject id, predicate, object id, polarity) of every statement read in ``text``."""
    result = extractor.extract(SourceDocument("doc.txt", text, "utf-8"))
    for st in result.statements:
        assert text[st.start : st.end] == st.evidence  # evidence is the raw sentence
    return {(st.subject.id, st.predicate, st.object.id, st.polarity) for st in result.statements}


def statements(extractor: Extractor, text: str) -> list[Statement]:
    result = extractor.extract(SourceDocument("doc.txt", text, "utf-8"))
    for st in result.statements:
        assert text[st.start : st.end] == st.evidence  # evidence is a slice of the raw text
    return result.statements


def positive(found: set[Fact]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, pol in found if pol == "positive"}
