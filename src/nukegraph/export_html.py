"""The interactive HTML page: one self-contained file that opens from disk with no network.

pyvis' own templates load bootstrap and other assets from CDNs even in ``in_line`` mode
(pyvis issues #228/#229), its ``select_menu`` turns non-Latin labels into ``????`` (#173) and
its ``filter_menu`` can make nodes vanish (#193), so the page uses our own template and script
and inlines only the vis-network build that the pyvis package ships.

Everything shown comes from documents users did not write. It reaches the page as JSON inside
a ``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page
script puts it on screen with ``textContent`` and DOM nodes, never ``innerHTML``. A
Content-Security-Policy allows only our own scripts (by hash) and no network at all, so even
a markup injection could neither run nor fetch anything.

Large graphs: the page shows at most :data:`DEFAULT_MAX_NODES` entities (the most connected
ones) and ``EDGES_PER_NODE`` links per entity shown; its positions table holds every position;
the Turtle output keeps everything.

Each input document also gets a reading page (:class:`ReadingPages`), from the data its worker
made (:mod:`.reading`): the graph page's evidence links to the sentence there, so that the graph
page never embeds the corpus's text.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .atomic import atomic_output
from .errors import OutputError
from .gazetteer import Gazetteer
from .graph import KnowledgeGraph, node_key
from .reading import holder_labels, json_for_html
from .records import AnonymousHolder, DocumentSummary, Entity, EntityRef, Mention, Statement

DEFAULT_MAX_NODES = 2000
"""Entities drawn when no cap is given: a graph this size (with up to 10,000 links) becomes
interactive within a few seconds in headless Chromium (``bench/bench_html.py``)."""

EDGES_PER_NODE = 5
"""Links drawn per entity shown, at most: statement links first, then document mentions."""

VIS_JS_NAME = "vis-network.min.js"

CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    # class: (colour, vis shape, legend label)
    "state": ("#4e79a7", "dot", "State 国家"),
    "organization": ("#f28e2b", "dot", "Organization 组织"),
    "group": ("#e15759", "hexagon", "Group 集团"),
    "treaty": ("#59a14f", "diamond", "Treaty 条约"),
    "resolution": ("#b07aa1", "square", "Resolution 决议"),
    "document": ("#9c755f", "square", "Document 文件"),
    "topic": ("#c9a800", "triangle", "Topic 议题"),
    "anonymous": ("#8c8c8c", "star", "Unnamed holder 未具名"),
}

PREDICATE_STYLE: dict[str, tuple[str, bool, str]] = {
    # predicate: (colour, dashed, legend label)
    "supports": ("#2e7d32", False, "supports 支持"),
    "opposes": ("#c62828", True, "opposes 反对"),
    "signed": ("#1e88e5", False, "signed 签署"),
    "ratified": ("#0d47a1", False, "ratified 批准"),
    "acceded": ("#5e35b1", False, "acceded 加入"),
    "submitted": ("#8d6e63", False, "submitted 提交"),
    "onBehalfOf": ("#ad1457", False, "on behalf of 代表"),
    "memberOf": ("#00897b", True, "member of 成员"),
    "spokeIn": ("#78909c", False, "spoke in 发言"),
    "mentions": ("#c8c8c8", False, "document mentions 提及"),
}
_OTHER_PREDICATE = ("#607d8b", False)
POSITION_PREDICATES = frozenset({"supports", "opposes"})  # the positions table's statements

_PLACEHOLDER = re.compile(r"\{\{(TITLE|CSP|DATA|VIS|APP)\}\}")
_SPACE_RUN = re.compile(r"\s+")
_UNSAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class PageLink:
    """A link the page shows in its header (relative, to a page nukegraph wrote)."""

    href: str
    text: str


@dataclass(frozen=True)
class HtmlSelection:
    """What a page draws out of what its scope holds."""

    nodes_total: int
    nodes_shown: int
    edges_total: int
    edges_shown: int
    statements: int


@dataclass(frozen=True)
class DocumentPages:
    """The reading pages, the index page listing them, and each document's page by node key
    (relative to the output folder: ``documents/CD_1888.html``)."""

    index: Path
    names: dict[str, str]


@dataclass
class _Node:
    key: str
    cls: str
    ident: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()
    en_aliases: tuple[str, ...] = ()
    mentions: int = 0
    docs: set[str] = field(default_factory=set)
    input_doc: bool = False
    found_in_text: bool = False  # a name the gazetteers lack, read from its form in the text


@dataclass
class _Edge:
    source: str
    target: str
    predicate: str
    statements: list[int] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)


@dataclass
class _Scope:
    """The part of the graph one page shows: all of it, or one document's share."""

    doc_ids: list[str]
    refs: set[EntityRef]
    statements: list[tuple[str, Statement]]


def vis_network_js() -> str:
    """The vis-network build bundled with pyvis (no CDN)."""
    # found, not imported: importing pyvis loads jinja2 and IPython's traitlets (0.15 s a build)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise OutputError(
            "pyvis is not installed: pip install pyvis (graph.html needs its vis-network)"
        )
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")


def _app_js() -> str:
    return (files("nukegraph") / "data" / "graph_app.js").read_text("utf-8")


def _template() -> str:
    return (files("nukegraph") / "data" / "graph_template.html").read_text("utf-8")


def _whole_scope(graph: KnowledgeGraph) -> _Scope:
    return _Scope(sorted(graph.documents), set(graph.entities), list(graph.statements))


def _holder_node(holder: AnonymousHolder, gazetteer: Gazetteer) -> _Node:
    zh, en = holder_labels(holder, gazetteer)
    return _Node(node_key(holder), "anonymous", holder.id, zh, en)


def _entity_node(graph: KnowledgeGraph, ref: EntityRef, doc_ids: set[str]) -> _Node:
    ent: Entity | None = graph.entities.get(ref) or graph.gazetteer.entities.get(ref)
    zh, en = (ent.zh, ent.en) if ent else (ref.id, ref.id)
    return _Node(
        node_key(ref),
        ref.cls,
        ent.ident if ent else ref.id,
        zh or ref.id,
        en or ref.id,
        aliases=ent.aliases if ent else (),
        en_aliases=ent.en_aliases if ent else (),
        mentions=graph.mention_counts.get(ref, 0),
        docs=graph.entity_docs.get(ref, set()) & doc_ids,
        input_doc=ref.cls == "document" and ref.id in graph.documents,
        found_in_text=bool(ent and ent.found_in_text),
    )


def _display_text(raw: str) -> tuple[str, list[int]]:
    """The sentence as shown: layout white space dropped as the matcher drops it.

    Returns the text and, for each raw offset (and the end), the offset in the shown text.
    A white-space run becomes one space only between two ASCII letters or digits.
    """
    parts: list[str] = []
    where: list[int] = [0] * (len(raw) + 1)
    pos = shown = 0
    for m in _SPACE_RUN.finditer(raw):
        a, b = m.span()
        where[pos:a] = range(shown, shown + a - pos)
        parts.append(raw[pos:a])
        shown += a - pos
        where[a:b] = [shown] * (b - a)
        before = raw[a - 1] if a else ""
        after = raw[b] if b < len(raw) else ""
        if _ascii_alnum(before) and _ascii_alnum(after):
            parts.append(" ")
            shown += 1
        pos = b
    where[pos : len(raw)] = range(shown, shown + len(raw) - pos)
    parts.append(raw[pos:])
    where[len(raw)] = shown + len(raw) - pos
    return "".join(parts), where


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _evidence(st: Statement, mentions: Sequence[Mention]) -> tuple[str, list[list[Any]]]:
    """The shown sentence and its highlights ``[start, end, role]`` (role s, o or m)."""
    text, where = _display_text(st.evidence)
    spans: list[list[Any]] = []
    for m in mentions:
        a, b = m.start - st.start, m.end - st.start
        # A mention that does not sit where it claims (stale offsets) is not highlighted:
        # a wrong highlight would point the reader at the wrong name.
        if a < 0 or b > len(st.evidence) or a >= b:
            continue
        shown = st.evidence[a:b]
        if shown != m.surface and _SPACE_RUN.sub("", shown) != _SPACE_RUN.sub("", m.surface):
            continue
        role = "s" if m.ref == st.subject else "o" if m.ref == st.object else "m"
        spans.append([where[a], where[b], role])
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[list[Any]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return text, kept


class _PayloadBuilder:
    """Nodes, collapsed edges and statements of one scope, capped for drawing."""

    def __init__(self, graph: KnowledgeGraph, scope: _Scope) -> None:
        self.graph = graph
        self.scope = scope
        self.doc_set = set(scope.doc_ids)
        self.nodes: dict[str, _Node] = {}
        self.edges: dict[tuple[str, str, str], _Edge] = {}
        self.statements: list[tuple[str, Statement]] = []
        for ref in sorted(scope.refs, key=lambda r: (r.cls, r.id)):
            self.nodes[node_key(ref)] = _entity_node(graph, ref, self.doc_set)
        for doc_id in scope.doc_ids:
            doc_key = node_key(EntityRef("document", doc_id))
            self.nodes[doc_key].docs.add(doc_id)
            for ref in sorted(graph.documents[doc_id].entities, key=lambda r: (r.cls, r.id)):
                key = node_key(ref)
                if key != doc_key:
                    self._edge(doc_key, key, "mentions").docs.add(doc_id)
        for doc_id, st in scope.statements:
            s, o = self._statement_node(st.subject, doc_id), self._statement_node(st.object, doc_id)
            index = len(self.statements)
            self.statements.append((doc_id, st))
            if st.polarity == "positive":
                edge = self._edge(s, o, st.predicate)
                edge.statements.append(index)
                edge.docs.add(doc_id)

    def _edge(self, source: str, target: str, predicate: str) -> _Edge:
        key = (source, target, predicate)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = _Edge(source, target, predicate)
        return edge

    def _statement_node(self, ref: EntityRef | AnonymousHolder, doc_id: str) -> str:
        key = node_key(ref)
        node = self.nodes.get(key)
        if node is None:
            node = (
                _holder_node(ref, self.graph.gazetteer)
                if isinstance(ref, AnonymousHolder)
                else _entity_node(self.graph, ref, self.doc_set)
            )
            self.nodes[key] = node
        node.docs.add(doc_id)
        return key

    def select(self, max_nodes: int) -> tuple[list[str], list[_Edge]]:
        """The nodes and edges to draw: the ``max_nodes`` most connected (0: no cap)."""
        neighbours: defaultdict[str, set[str]] = defaultdict(set)
        for edge in self.edges.values():
            neighbours[edge.source].add(edge.target)
            neighbours[edge.target].add(edge.source)
        ranked = sorted(
            self.nodes.values(), key=lambda n: (-len(neighbours[n.key]), -n.mentions, n.key)
        )
        if max_nodes:
            ranked = ranked[:max_nodes]
        shown = {n.key for n in ranked}
        edges = [e for e in self.edges.values() if e.source in shown and e.target in shown]
        if max_nodes and len(edges) > EDGES_PER_NODE * max_nodes:
            # Statements are the facts; a document's mention links are only "appears in",
            # which the details panel lists anyway, so they are dropped first.
            edges.sort(key=lambda e: (e.predicate == "mentions", -len(e.statements)))
            # But every entity drawn keeps its strongest link, rather than float alone.
            chosen: set[int] = set()
            linked: set[str] = set()
            for i, e in enumerate(edges):
                if e.source not in linked or e.target not in linked:
                    chosen.add(i)
                    linked.update((e.source, e.target))
            for i in range(len(edges)):
                if len(chosen) >= EDGES_PER_NODE * max_nodes:
                    break
                chosen.add(i)
            edges = [edges[i] for i in sorted(chosen)]
        return [n.key for n in ranked], edges

    def payload(
        self,
        max_nodes: int,
        title: str,
        links: Sequence[PageLink],
        pages: Mapping[str, str] | None = None,
    ) -> tuple[dict[str, Any], HtmlSelection]:
        shown_keys, edges = self.select(max_nodes)
        shown = set(shown_keys)
        # Statements of drawn entities, for their panels, and every position, for the table.
        st_indices = [
            i
            for i, (_doc, st) in enumerate(self.statements)
            if node_key(st.subject) in shown
            or node_key(st.object) in shown
            or st.predicate in POSITION_PREDICATES
        ]
        # Entities not drawn stay in the data, so that search still finds them and says so.
        off_keys = sorted(set(self.nodes) - shown)
        order = sorted(shown_keys) + off_keys
        node_index = {key: i for i, key in enumerate(order)}
        doc_index = {doc_id: i for i, doc_id in enumerate(self.scope.doc_ids)}
        st_index = {old: new for new, old in enumerate(st_indices)}
        st_totals: Counter[str] = Counter()
        for _doc, st in self.statements:
            st_totals.update({node_key(st.subject), node_key(st.object)})
        classes = Counter(self.nodes[k].cls for k in order if k in shown)
        predicates = Counter(e.predicate for e in edges)
        selection = HtmlSelection(
            nodes_total=len(self.nodes),
            nodes_shown=len(shown_keys),
            edges_total=len(self.edges),
            edges_shown=len(edges),
            statements=len(st_indices),
        )
        payload = {
            "meta": {
                "title": title,
                "nodesTotal": selection.nodes_total,
                "edgesTotal": selection.edges_total,
                "cap": max_nodes,
                "links": [{"href": link.href, "text": link.text} for link in links],
            },
            "styles": {
                cls: {"color": c, "shape": s, "label": lbl, "count": classes[cls]}
                for cls, (c, s, lbl) in CLASS_STYLE.items()
            },
            "predicates": self._predicate_styles(predicates),
            "documents": [self._document(doc_id, pages) for doc_id in self.scope.doc_ids],
            "nodes": [
                self._node(self.nodes[k], k not in shown, doc_index, st_totals[k]) for k in order
            ],
            "edges": [
                {
                    "from": node_index[e.source],
                    "to": node_index[e.target],
                    "p": e.predicate,
                    "st": [st_index[i] for i in e.statements],
                    "docs": sorted(doc_index[d] for d in e.docs),
                }
                for e in sorted(edges, key=lambda e: (e.source, e.target, e.predicate))
            ],
            "statements": [self._statement(i, node_index, doc_index) for i in st_indices],
        }
        return payload, selection

    def _predicate_styles(self, counts: Counter[str]) -> dict[str, dict[str, Any]]:
        names = [p for p in PREDICATE_STYLE if p in counts or p == "mentions"]
        names += sorted(p for p in counts if p not in PREDICATE_STYLE)
        styles = {}
        for p in names:
            colour, dashed, label = PREDICATE_STYLE.get(p, (*_OTHER_PREDICATE, p))
            styles[p] = {"color": colour, "dashes": dashed, "label": label, "count": counts[p]}
        return styles

    def _document(self, doc_id: str, pages: Mapping[str, str] | None) -> dict[str, Any]:
        info = self.graph.documents[doc_id]
        data: dict[str, Any] = {
            "id": info.doc_id,
            "key": doc_id,
            "title": info.title,
            "paths": list(info.source_paths),
            "mentions": info.mention_count,
            "statements": info.statement_count,
            "node": node_key(EntityRef("document", doc_id)),
            "date": info.date.iso if info.date else None,
        }
        if pages and doc_id in pages:
            data["page"] = pages[doc_id]
        return data

    @staticmethod
    def _node(node: _Node, off: bool, doc_index: dict[str, int], statements: int) -> dict[str, Any]:
        data: dict[str, Any] = {
            "key": node.key,
            "cls": node.cls,
            "ident": node.ident,
            "zh": node.zh,
            "en": node.en,
            "aliases": list(node.aliases),
            "enAliases": list(node.en_aliases),
            "mentions": node.mentions,
            "docs": sorted(doc_index[d] for d in node.docs),
            "statements": statements,  # all of them, listed in the page or not
        }
        if off:
            data["off"] = True
        if node.input_doc:
            data["input"] = True
        if node.found_in_text:
            data["found"] = True
        return data

    def _statement(
        self, i: int, node_index: dict[str, int], doc_index: dict[str, int]
    ) -> dict[str, Any]:
        doc_id, st = self.statements[i]
        text, spans = _evidence(st, self.graph.sentence_mentions(doc_id, st))
        data: dict[str, Any] = {
            "s": node_index[node_key(st.subject)],
            "p": st.predicate,
            "o": node_index[node_key(st.object)],
            "doc": doc_index[doc_id],
            "text": text,
            "hl": spans,
            "cue": st.cue,
            "at": [st.start, st.end],  # raw offsets: where the document's page marks it
        }
        if st.polarity != "positive":
            data["neg"] = True
        if st.aspect is not None:
            # the narrower topic the sentence names (ng:aspect): shown beside the object
            aspect = self.graph.entities[st.aspect]
            data["aspect"] = f"{aspect.zh} {aspect.en}"
        return data


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _csp(script_src: str) -> str:
    """The pages' Content-Security-Policy: their own scripts (by hash), inline styles, no
    request at all."""
    return (
        f"default-src 'none'; script-src {script_src}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _check_script(name: str, script: str) -> str:
    lowered = script.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise ValueError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    return script


def render_page(payload: dict[str, Any]) -> str:
    """The page for ``payload``, with vis-network and the page's script inlined."""
    app = _check_script("graph_app.js", _app_js())
    vis_js = _check_script(VIS_JS_NAME, vis_network_js())
    vis_tag = f"<script>{vis_js}</script>"
    csp = _csp(f"{_script_hash(app)} {_script_hash(vis_js)}")
    values = {
        "TITLE": html.escape(payload["meta"]["title"]),
        "CSP": csp,  # our own text: no quote or markup character
        "DATA": json_for_html(payload),
        "VIS": vis_tag,
        "APP": f"<script>{app}</script>",
    }
    # One pass, so that text coming from a document cannot smuggle in a placeholder.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template())


def _cap(max_nodes: int | None) -> int:
    if max_nodes is None:
        return DEFAULT_MAX_NODES
    if max_nodes < 0:
        raise ValueError(f"max_nodes must be 0 (no cap) or positive, not {max_nodes}")
    return max_nodes


def graph_payload(
    graph: KnowledgeGraph,
    *,
    max_nodes: int | None = None,
    title: str = "nukegraph",
    links: Sequence[PageLink] = (),
    pages: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], HtmlSelection]:
    """The page data for the whole graph.

    ``pages`` maps a document's node key to its reading page (a path relative to the page),
    which evidence links to at the sentence.
    """
    return _PayloadBuilder(graph, _whole_scope(graph)).payload(_cap(max_nodes), title, links, pages)


def render_html(
    graph: KnowledgeGraph, title: str = "nukegraph", *, max_nodes: int | None = None
) -> str:
    """The whole graph as one self-contained page."""
    payload, _ = graph_payload(graph, max_nodes=max_nodes, title=title)
    return render_page(payload)


def write_html(
    graph: KnowledgeGraph,
    path: Path,
    *,
    max_nodes: int | None = None,
    links: Sequence[PageLink] = (),
    pages: Mapping[str, str] | None = None,
) -> Path:
    """Write the whole graph as one self-contained page.

    ``max_nodes`` caps the entities drawn (the most connected are kept, ties broken by
    mention count): ``None`` means :data:`DEFAULT_MAX_NODES`, ``0`` means no cap. The page
    says how many entities it leaves out; the details panel still lists every statement of
    an entity shown. ``pages`` maps documents to their reading pages (relative to ``path``).
    """
    payload, _ = graph_payload(
        graph, max_nodes=max_nodes, title="nukegraph", links=links, pages=pages
    )
    with atomic_output(path) as handle:
        handle.write(render_page(payload))
    return path


def page_names(doc_ids: Iterable[str]) -> dict[str, str]:
    """A distinct, portable file name for each document's page (``CD/1888`` -> ``CD_1888.html``)."""
    names: dict[str, str] = {}
    used = {"index.html"}
    for doc_id in sorted(doc_ids):
        stem = _UNSAFE_FILE_CHARS.sub("_", doc_id).strip("._-")[:80] or "document"
        name = f"{stem}.html"
        if name.lower() in used:
            digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8]
            name = f"{stem}-{digest}.html"
        used.add(name.lower())
        names[doc_id] = name
    return names


# --- reading pages --------------------------------------------------------------------------

DOCUMENTS_DIR = "documents"
_READING_PLACEHOLDER = re.compile(r"\{\{(TITLE|META|DATA|APP)\}\}")
_DATA_SLOT = "\x00DATA\x00"


@functools.cache
def _reading_shell() -> tuple[str, str]:
    """The reading template with its script and policy filled in, and that script's tag."""
    app = _check_script(
        "reading_app.js", (files("nukegraph") / "data" / "reading_app.js").read_text("utf-8")
    )
    csp = _csp(_script_hash(app))
    template = (files("nukegraph") / "data" / "reading_template.html").read_text("utf-8")
    return template.replace("{{CSP}}", csp), f"<script>{app}</script>"


def _reading_parts(title: str, meta: dict[str, Any]) -> tuple[str, str]:
    """The reading page before and after its data block (the data goes in as bytes)."""
    template, app = _reading_shell()
    values = {
        "TITLE": html.escape(title),
        "META": json_for_html(meta),
        "DATA": _DATA_SLOT,
        "APP": app,
    }
    # One pass, so that text coming from a document cannot smuggle in a placeholder.
    page = _READING_PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
    head, _, tail = page.partition(_DATA_SLOT)
    return head, tail


def _reading_styles() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    styles = {cls: {"color": c, "label": lbl} for cls, (c, _s, lbl) in CLASS_STYLE.items()}
    return styles, {p: label for p, (_c, _d, label) in PREDICATE_STYLE.items()}


class ReadingPages:
    """Each input document's reading page (``documents/<name>.html``), written as its data
    arrives from the worker that made it, and ``index.html`` listing them.

    Page names depend on every document's id (two ids may share a file name), so pages are
    written under temporary names and renamed by :meth:`finish`, once the corpus is known.
    """

    def __init__(self, out_dir: Path, main_page: str = "../graph.html") -> None:
        self.out_dir = out_dir
        self.main_page = main_page
        self.styles, self.predicates = _reading_styles()
        self._partial: dict[str, Path] = {}
        out_dir.mkdir(parents=True, exist_ok=True)

    def add(self, key: str, summary: DocumentSummary, data: bytes) -> None:
        """Write the page of the document whose node key is ``key`` (``data``: its reading JSON)."""
        title = f"{summary.doc_id} — {summary.title}" if summary.title else summary.doc_id
        meta = {
            "id": summary.doc_id,
            "key": key,
            "title": summary.title,
            "date": summary.date.iso if summary.date else None,
            "path": summary.source_path,
            "main": self.main_page,
            "index": "index.html",
            "styles": self.styles,
            "predicates": self.predicates,
        }
        head, tail = _reading_parts(title, meta)
        path = self.out_dir / f".partial-{len(self._partial)}.html"
        with atomic_output(path, "wb") as handle:
            handle.write(head.encode("utf-8"))
            handle.write(data or b'{"text":"","e":[],"m":[],"s":[],"st":[]}')
            handle.write(tail.encode("utf-8"))
        self._partial[key] = path

    def finish(self, graph: KnowledgeGraph) -> DocumentPages:
        """Give each page its name, write the index, and return where they are."""
        names = page_names(self._partial)
        for key, path in self._partial.items():
            path.replace(self.out_dir / names[key])
        index = self.out_dir / "index.html"
        with atomic_output(index) as handle:
            handle.write(render_index(graph, names, self.main_page))
        return DocumentPages(index, {key: f"{DOCUMENTS_DIR}/{n}" for key, n in names.items()})


def render_index(graph: KnowledgeGraph, names: Mapping[str, str], main_page: str) -> str:
    """The static list of documents: symbol (to its page), title, date, source file and counts,
    and a link to the document's share of the whole graph (no script)."""
    esc = html.escape
    body = []
    for key in sorted(names, key=lambda k: (graph.documents[k].date or (9999,), k)):
        info = graph.documents[key]
        graph_link = f"{main_page}#doc={quote(key, safe='')}"
        body.append(
            "<tr>"
            f'<td><a href="{esc(names[key])}">{esc(info.doc_id)}</a></td>'
            f"<td>{esc(info.title)}</td>"
            f"<td>{esc(info.date.iso) if info.date else '<span class=u>undated 无日期</span>'}</td>"
            f"<td>{esc(', '.join(info.source_paths))}</td>"
            f'<td class="n">{info.char_count}</td>'
            f'<td class="n">{info.mention_count}</td>'
            f'<td class="n">{len(info.entities)}</td>'
            f'<td class="n">{info.statement_count}</td>'
            f'<td><a href="{esc(graph_link)}">graph 图谱</a></td>'
            "</tr>"
        )
    return _INDEX_TEMPLATE.format(count=len(names), main=esc(main_page), rows="\n".join(body))


_INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nukegraph">
<title>nukegraph — documents</title>
<style>
  body {{ font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 20px; color: #222; }}
  table {{ border-collapse: collapse; font-size: 14px; }}
  th, td {{ border-bottom: 1px solid #e3e3e3; padding: 5px 10px; text-align: left; vertical-align: top; }}
  th {{ background: #f4f4f4; position: sticky; top: 0; }}
  td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
  .u {{ color: #8a4b00; }}
</style>
</head>
<body>
<h1>nukegraph — {count} documents 文件</h1>
<p><a href="{main}">Whole graph 总图</a> · oldest first, undated last 按日期排列</p>
<table>
<thead><tr><th>Symbol 文号</th><th>Title 标题</th><th>Date 日期</th><th>Source file 源文件</th>
<th>Characters 字数</th><th>Mentions 提及</th><th>Entities 实体</th><th>Statements 陈述</th><th></th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""
