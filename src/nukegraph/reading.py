"""The reading view of one document: its text as a person reads it, with its mentions and the
evidence sentences of its statements, as the data of its page (``documents/<name>.html``).

Computed in the worker that extracted the document, where the normalized text is at hand
(lines of the PDF joined, page furniture dropped, paragraphs marked), and cached with its
Turtle, so that the build writes each page as the document arrives and never holds the
corpus's text. Offsets into the shown text are the normalized ones; every evidence sentence
also keeps its raw offsets (``ng:start``/``ng:end``), by which links from the graph page find it.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from .gazetteer import Gazetteer
from .normalize import NormalizedText
from .records import AnonymousHolder, DocumentResult, Entity, EntityRef, node_key

QUANTIFIER_ZH = {
    "one": "一个",
    "some": "一些",
    "several": "若干",
    "many": "许多",
    "most": "多数",
    "all": "所有",
}
KIND_ZH = {
    "delegations": "代表团",
    "states": "国家",
    "member-states": "会员国",
    "countries": "国家",
    "participants": "与会者",
    "speakers": "发言者",
    "parties": "缔约国",
    "states-parties": "缔约国",
    "members": "成员",
    "experts": "专家",
}


def holder_labels(holder: AnonymousHolder, gazetteer: Gazetteer | None = None) -> tuple[str, str]:
    """Chinese and English labels of an unnamed holder: ``一些代表团`` / ``some delegations``;
    for a quantified group (kind: the group's English name, as the relation reader spells it)
    ``一些核武器国家`` / ``some Nuclear-weapon States``."""
    zh_q, zh_k = QUANTIFIER_ZH.get(holder.quantifier), KIND_ZH.get(holder.kind)
    if zh_k is None and gazetteer is not None:
        group = _group_of_kind(gazetteer, holder.kind)
        if group is not None:
            return f"{zh_q or holder.quantifier}{group.zh}", f"{holder.quantifier} {group.en}"
    zh = f"{zh_q}{zh_k}" if zh_q and zh_k else holder.id
    return zh, f"{holder.quantifier} {holder.kind.replace('-', ' ')}"


def _group_of_kind(gazetteer: Gazetteer, kind: str) -> Entity | None:
    for ref, ent in gazetteer.entities.items():
        if ref.cls == "group" and ent.kind == kind:
            return ent
    return None


def raw_to_norm(norm: NormalizedText) -> Callable[[int, int], tuple[int, int]]:
    """A function from a raw span to the normalized span that shows it.

    The normalized text's segments map one to one onto raw text, in raw order except for
    footnotes moved after the sentence they interrupt, so they are looked up sorted by their
    raw start. A raw offset in dropped text (white space, furniture) moves inwards to the
    nearest shown character.
    """
    n = len(norm.norm_starts)
    ends = [*norm.norm_starts[1:], len(norm.text)]
    order = sorted(range(n), key=lambda k: norm.raw_starts[k])
    raw_sorted = [norm.raw_starts[k] for k in order]

    def forward(r: int) -> int:
        i = bisect_right(raw_sorted, r) - 1
        if i >= 0:
            k = order[i]
            if r - norm.raw_starts[k] < ends[k] - norm.norm_starts[k]:
                return norm.norm_starts[k] + r - norm.raw_starts[k]
        return norm.norm_starts[order[i + 1]] if i + 1 < n else len(norm.text)

    def backward(r: int) -> int:  # the shown character at or before raw offset r
        i = bisect_right(raw_sorted, r) - 1
        if i < 0:
            return 0
        k = order[i]
        return min(norm.norm_starts[k] + r - norm.raw_starts[k], ends[k] - 1)

    def span(start: int, end: int) -> tuple[int, int]:
        if not n:
            return 0, 0
        a, b = forward(start), backward(end - 1) + 1
        while a < b and norm.text[a] in "\n ":  # a paragraph break the span only touches
            a += 1
        while b > a and norm.text[b - 1] in "\n ":
            b -= 1
        return (a, b) if b > a else (a, a)

    return span


def shown_text(norm: NormalizedText, raw: str) -> str:
    """The normalized text with the document's own characters: the same layout (lines joined,
    furniture dropped, one line per paragraph) and offsets, but ``，`` and ``（１）`` as written
    rather than as the matcher reads them."""
    ends = [*norm.norm_starts[1:], len(norm.text)]
    parts = []
    for a, b, r in zip(norm.norm_starts, ends, norm.raw_starts, strict=True):
        piece = raw[r : r + b - a]
        # a paragraph break or a space between Latin words stands for raw white space
        parts.append(norm.text[a:b] if len(piece) != b - a or piece.isspace() else piece)
    return "".join(parts)


def reading_data(
    result: DocumentResult, norm: NormalizedText, raw: str, gazetteer: Gazetteer
) -> dict[str, Any]:
    """The reading page's data: the shown text, the entities, the mentions (flat triples of
    start, end and entity index), the evidence sentences and the statements read from them."""
    minted = {ent.ref: ent for ent in result.minted}
    entities: list[list[str]] = []
    index: dict[str, int] = {}

    def entity(ref: EntityRef | AnonymousHolder) -> int:
        key = node_key(ref)
        found = index.get(key)
        if found is None:
            if isinstance(ref, AnonymousHolder):
                zh, en = holder_labels(ref, gazetteer)
                row = [key, "anonymous", zh, en]
            else:
                ent: Entity | None = minted.get(ref) or gazetteer.entities.get(ref)
                row = [key, ref.cls, ent.zh if ent else ref.id, ent.en if ent else ref.id]
            found = index[key] = len(entities)
            entities.append(row)
        return found

    mentions: list[int] = []
    for m in result.mentions:
        mentions += (m.norm_start, m.norm_end, entity(m.ref))
    to_norm = raw_to_norm(norm)
    sentences: dict[tuple[int, int], list[Any]] = {}
    statements: list[list[Any]] = []
    for i, st in enumerate(result.statements):
        row = sentences.get((st.start, st.end))
        if row is None:
            row = sentences[(st.start, st.end)] = [*to_norm(st.start, st.end), st.start, st.end, []]
        row[4].append(i)
        row_st: list[Any] = [
            entity(st.subject),
            st.predicate,
            entity(st.object),
            int(st.polarity != "positive"),
            st.cue,
        ]
        if st.aspect is not None:
            row_st.append(entity(st.aspect))  # the narrower topic named (ng:aspect)
        statements.append(row_st)
    return {
        "text": shown_text(norm, raw),
        "e": entities,
        "m": mentions,
        "s": sorted(sentences.values(), key=lambda s: (s[0], -s[1])),
        "st": statements,
    }


def reading_json(
    result: DocumentResult, norm: NormalizedText, raw: str, gazetteer: Gazetteer
) -> bytes:
    """:func:`reading_data` as the UTF-8 JSON that goes into the page's data block."""
    return json_for_html(reading_data(result, norm, raw, gazetteer)).encode("utf-8")


def json_for_html(data: Any) -> str:
    """``data`` as JSON for a ``<script type="application/json">`` block of a page: ``<``
    escaped, so that no ``</script>`` or ``<!--`` in a document's text can end the block early,
    and ``>`` and ``&`` too, so that the block holds no markup-significant character at all."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
