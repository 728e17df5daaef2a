"""A small hand-made corpus graph for the HTML tests: statements, repeats, and hostile text.

Offsets are computed from the text, so mentions and evidence sentences are consistent the
way the pipeline makes them (raw offsets, end exclusive).
"""

from __future__ import annotations

from nukegraph.gazetteer import Gazetteer
from nukegraph.graph import KnowledgeGraph
from nukegraph.records import AnonymousHolder, DocumentResult, Entity, EntityRef, Mention, Statement

USA = EntityRef("state", "USA")
CHN = EntityRef("state", "CHN")
RUS = EntityRef("state", "RUS")
NPT = EntityRef("treaty", "NPT")
CTBT = EntityRef("treaty", "CTBT")
NAC = EntityRef("group", "NAC")
EVIL = EntityRef("organization", "EVIL")
NUCLEAR = EntityRef("topic", "NUCLEAR_DISARMAMENT")

HOSTILE = '<script>alert(1)</script>"</div>'
EVIL_ZH = "<script>alert(1)</script>组织"
EVIL_EN = 'Evil "Org" </div><img src=x onerror=alert(2)>'
HOSTILE_TITLE = '关于"核裁军"</div><script>alert(3)</script>的报告'

ENTITIES = {
    USA: Entity(USA, "美利坚合众国", "United States of America", ("美国",), ("United States",)),
    CHN: Entity(CHN, "中华人民共和国", "China", ("中国",), ()),
    RUS: Entity(RUS, "俄罗斯联邦", "Russian Federation", ("俄罗斯",), ()),
    NPT: Entity(
        NPT,
        "不扩散核武器条约",
        "Treaty on the Non-Proliferation of Nuclear Weapons",
        ("不扩散条约",),
        ("NPT",),
    ),
    CTBT: Entity(
        CTBT, "全面禁止核试验条约", "Comprehensive Nuclear-Test-Ban Treaty", (), ("CTBT",)
    ),
    NAC: Entity(NAC, "新议程联盟", "New Agenda Coalition", (), ()),
    EVIL: Entity(EVIL, EVIL_ZH, EVIL_EN, (), ()),
    NUCLEAR: Entity(NUCLEAR, "核裁军", "nuclear disarmament", (), ()),
}

# Surface forms, longest first, as the matcher would find them.
SURFACES: list[tuple[str, EntityRef]] = sorted(
    [
        ("美国", USA),
        ("中国", CHN),
        ("俄罗斯联邦", RUS),
        ("不扩散核武器条约", NPT),
        ("全面禁止核试验条约", CTBT),
        ("新议程联盟", NAC),
        (EVIL_ZH, EVIL),
        ("核裁军", NUCLEAR),
    ],
    key=lambda item: -len(item[0]),
)

DOC_A = (
    "CD/1888\n裁军谈判会议的报告\n"
    "美国支持《不扩散核武器条约》。\n"
    "中国和俄罗斯联邦反对" + EVIL_ZH + '的"提案"</div>。\n'
    "一些代表团支持全面禁止核试验条约。\n"
    "美国重申支持不扩\n散核武器条约。\n"
    "美国签署了全面禁止核试验条约。\n"
    "新议程联盟支持核裁军。\n"
)
DOC_B = (
    HOSTILE_TITLE + "\n"
    "美国再次表示支持不扩散核武器条约。\n"
    "俄罗斯联邦尚未批准" + HOSTILE + "全面禁止核试验条约。\n"
)


def mentions_in(text: str) -> list[Mention]:
    found: list[Mention] = []
    taken = [False] * len(text)
    squeezed_index: list[int] = []  # position in text for each non-newline character
    squeezed = []
    for i, ch in enumerate(text):
        if ch != "\n":
            squeezed.append(ch)
            squeezed_index.append(i)
    flat = "".join(squeezed)
    for surface, ref in SURFACES:
        start = flat.find(surface)
        while start >= 0:
            a, b = squeezed_index[start], squeezed_index[start + len(surface) - 1] + 1
            if not any(taken[a:b]):
                found.append(Mention(ref, a, b, surface))
                for i in range(a, b):
                    taken[i] = True
            start = flat.find(surface, start + 1)
    return sorted(found, key=lambda m: m.start)


def statement(
    text: str,
    sentence: str,
    subject,
    predicate: str,
    obj: EntityRef,
    cue: str,
    polarity: str = "positive",
) -> Statement:
    start = text.index(sentence)
    end = start + len(sentence)
    return Statement(subject, predicate, obj, text[start:end], start, end, cue, polarity)


def sample_graph() -> KnowledgeGraph:
    gazetteer = Gazetteer(
        entities=dict(ENTITIES), surfaces={}, blockers=frozenset(), patterns=(), version="test"
    )
    graph = KnowledgeGraph(gazetteer)
    some_delegations = AnonymousHolder("some", "delegations")
    evil_sentence = "中国和俄罗斯联邦反对" + EVIL_ZH + '的"提案"</div>。'
    graph.add(
        DocumentResult(
            source_path="a/cd1888.txt",
            doc_id="CD/1888",
            title="裁军谈判会议的报告",
            char_count=len(DOC_A),
            mentions=mentions_in(DOC_A),
            statements=[
                statement(DOC_A, "美国支持《不扩散核武器条约》。", USA, "supports", NPT, "支持"),
                statement(DOC_A, evil_sentence, CHN, "opposes", EVIL, "反对"),
                statement(DOC_A, evil_sentence, RUS, "opposes", EVIL, "反对"),
                statement(
                    DOC_A,
                    "一些代表团支持全面禁止核试验条约。",
                    some_delegations,
                    "supports",
                    CTBT,
                    "支持",
                ),
                statement(DOC_A, "美国重申支持不扩\n散核武器条约。", USA, "supports", NPT, "支持"),
                statement(DOC_A, "美国签署了全面禁止核试验条约。", USA, "signed", CTBT, "签署"),
                statement(DOC_A, "新议程联盟支持核裁军。", NAC, "supports", NUCLEAR, "支持"),
            ],
        )
    )
    graph.add(
        DocumentResult(
            source_path="b/" + HOSTILE + ".txt",
            doc_id="A/77/100",
            title=HOSTILE_TITLE,
            char_count=len(DOC_B),
            mentions=mentions_in(DOC_B),
            statements=[
                statement(
                    DOC_B, "美国再次表示支持不扩散核武器条约。", USA, "supports", NPT, "支持"
                ),
                statement(
                    DOC_B,
                    "俄罗斯联邦尚未批准" + HOSTILE + "全面禁止核试验条约。",
                    RUS,
                    "ratified",
                    CTBT,
                    "批准",
                    polarity="negative",
                ),
            ],
        )
    )
    return graph
