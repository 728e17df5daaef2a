/* nukegraph page script. Every text from the data goes on screen through textContent or text
   nodes (never parsed as markup): names and sentences come from documents nobody here wrote. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var N = data.nodes, E = data.edges, S = data.statements, D = data.documents, meta = data.meta;
  var SVG = "http://www.w3.org/2000/svg";
  var SAFE_HREF = /^[A-Za-z0-9._\/-]+\.html$/;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function norm(s) { return (s || "").normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  function cut(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function styleOf(n) { return data.styles[n.cls] || data.styles.anonymous; }
  function predStyle(p) { return data.predicates[p] || { color: "#607d8b", dashes: false, label: p, count: 0 }; }

  // ---- indices -------------------------------------------------------------------------
  var drawn = [];
  N.forEach(function (n, i) { if (!n.off) drawn.push(i); });
  var nodeStatements = N.map(function () { return []; });
  S.forEach(function (s, i) {
    nodeStatements[s.s].push(i);
    if (s.o !== s.s) nodeStatements[s.o].push(i);
  });
  var degree = N.map(function () { return 0; });
  E.forEach(function (e) { degree[e.from]++; degree[e.to]++; });
  var nodeByKey = {};
  N.forEach(function (n, i) { nodeByKey[n.key] = i; });
  var large = drawn.length > 600 || E.length > 1500;
  // Predicate labels on links only while few enough to read; colours and the legend
  // (and each link's tooltip) say it otherwise.
  var edgeLabels = E.filter(function (e) { return e.p !== "mentions"; }).length <= 60;

  // ---- filter state ---------------------------------------------------------------------
  var state = { cls: {}, pred: {}, doc: -1, hideIsolated: false };
  Object.keys(data.styles).forEach(function (c) { state.cls[c] = true; });
  Object.keys(data.predicates).forEach(function (p) { state.pred[p] = true; });
  var nodeHidden = N.map(function (n) { return !!n.off; });
  var edgeHidden = E.map(function () { return false; });

  // ---- the network ----------------------------------------------------------------------
  function nodeLabel(n) { return n.cls === "document" ? n.ident : n.zh; }
  function nodeTitle(n) {
    var lines = [n.zh];
    if (n.en && n.en !== n.zh) lines.push(n.en);
    lines.push(styleOf(n).label + " · " + n.ident);
    lines.push(n.mentions + " mentions 提及");
    return lines.join("\n");
  }
  function edgeCount(e) {
    if (e.p === "mentions") return 1;
    if (state.doc < 0) return e.st.length;
    return e.st.filter(function (si) { return S[si].doc === state.doc; }).length;
  }
  function edgeTitle(e) {
    var a = N[e.from], b = N[e.to], c = edgeCount(e);
    return nodeLabel(a) + " → " + predStyle(e.p).label + (c > 1 ? " ×" + c : "") + " → " + nodeLabel(b);
  }
  function edgeLabel(e) {
    if (!edgeLabels || e.p === "mentions") return undefined;
    var c = edgeCount(e);
    return e.p + (c > 1 ? " ×" + c : "");
  }
  // Large graphs start from a seeded picture (each entity near the documents it appears in)
  // instead of vis' random one, so that a short, time-boxed layout run is enough.
  function prng(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  var seeds = null;
  if (drawn.length > 150) {
    var rand = prng(7), ring = 60 * Math.sqrt(drawn.length / Math.max(1, D.length)) + 60;
    var anchors = D.map(function (d, k) {
      var r = ring * Math.sqrt(k + 0.5), a = k * 2.39996;
      return [r * Math.cos(a), r * Math.sin(a)];
    });
    seeds = {};
    drawn.forEach(function (i) {
      var n = N[i], x = 0, y = 0;
      n.docs.forEach(function (di) { x += anchors[di][0]; y += anchors[di][1]; });
      if (n.docs.length) { x /= n.docs.length; y /= n.docs.length; }
      var r = n.input ? 0 : ring * 0.5 * Math.sqrt(rand()), a = rand() * 2 * Math.PI;
      seeds[i] = [x + r * Math.cos(a), y + r * Math.sin(a)];
    });
  }
  var visNodes = new vis.DataSet(drawn.map(function (i) {
    var n = N[i], st = styleOf(n);
    return {
      id: i, label: nodeLabel(n), title: nodeTitle(n), shape: st.shape,
      x: seeds ? seeds[i][0] : undefined, y: seeds ? seeds[i][1] : undefined,
      value: Math.sqrt(1 + (n.input ? degree[i] : n.mentions)), borderWidth: n.input ? 3 : 1,
      color: { background: st.color, border: n.input ? "#3b2a1e" : st.color,
               highlight: { background: st.color, border: "#111" },
               hover: { background: st.color, border: "#111" } }
    };
  }));
  var visEdges = new vis.DataSet(E.map(function (e, i) {
    var ps = predStyle(e.p), mention = e.p === "mentions";
    return {
      id: i, from: e.from, to: e.to, title: edgeTitle(e), label: edgeLabel(e),
      arrows: mention ? { to: { enabled: false } } : { to: { enabled: true, scaleFactor: 0.55 } },
      dashes: ps.dashes, width: mention ? 0.6 : 1.2 + Math.log2(e.st.length),
      color: { color: ps.color, highlight: ps.color, hover: ps.color, opacity: mention ? 0.55 : 0.95 }
    };
  }));
  var timing = { script: performance.now() };
  var network = new vis.Network($("net"), { nodes: visNodes, edges: visEdges }, {
    layout: { improvedLayout: drawn.length <= 150, randomSeed: 7 },
    nodes: {
      font: { size: 13, face: "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif" },
      scaling: { min: 7, max: 34, label: { enabled: true, min: 11, max: 20, drawThreshold: 6, maxVisible: 22 } }
    },
    edges: {
      smooth: large ? false : { enabled: true, type: "continuous", roundness: 0.25 },
      font: { size: 10, color: "#555", strokeWidth: 3, align: "middle" },
      selectionWidth: 2, hoverWidth: 0.5
    },
    physics: {
      solver: "barnesHut",
      // Large graphs: a coarser Barnes-Hut (theta), no overlap pass and a fixed time step
      // lay out about three times faster, with a picture that looks the same.
      barnesHut: { gravitationalConstant: large ? -3500 : -8000, centralGravity: 0.3,
                   springLength: large ? 110 : 140,
                   springConstant: 0.035, damping: 0.4, avoidOverlap: large ? 0 : 0.05,
                   theta: large ? 0.8 : 0.5 },
      maxVelocity: 40, minVelocity: 0.8, timestep: 0.5, adaptiveTimestep: !large,
      stabilization: { enabled: true, iterations: large ? 300 : 500, updateInterval: large ? 10 : 25, fit: true }
    },
    interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   navigationButtons: false, keyboard: false, multiselect: false }
  });

  // A small read-only hook for tests and benchmarks.
  timing.network = performance.now();
  var api = {
    timing: timing,
    ready: false,
    visibleNodeKeys: function () {
      return drawn.filter(function (i) { return !nodeHidden[i]; }).map(function (i) { return N[i].key; });
    },
    positions: function () { return network.getPositions(); },
    domPosition: function (key) {
      var i = nodeByKey[key], p = network.getPositions([i])[i];
      if (!p) return null;
      var c = network.canvasToDOM(p), r = $("net").getBoundingClientRect();
      return { x: r.left + c.x, y: r.top + c.y };
    },
    selectedNodeKeys: function () { return network.getSelectedNodes().map(function (i) { return N[i].key; }); },
    physicsEnabled: function () { return network.physics.physicsEnabled; }
  };
  window.nukegraph = api;

  // Physics runs only to lay the graph out, then stops: a settled picture does not drift
  // while the reader works, and the CPU is left alone.
  var settled = false;
  function settle() {
    if (settled) return;
    settled = true;
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    $("progress").textContent = "";
    timing.ready = performance.now();
    api.ready = true;
    document.documentElement.setAttribute("data-ready", "true");
  }
  // The layout gets a time budget as well as an iteration count: on a slow or busy machine
  // the page becomes usable with a rougher picture rather than late.
  var layoutBudgetMs = large ? 4500 : 8000;
  network.on("stabilizationProgress", function (p) {
    $("progress").textContent = "Laying out 布局中… " + Math.round(100 * p.iterations / p.total) + "%";
    timing.iterations = p.iterations;
    if (!settled && performance.now() - timing.network > layoutBudgetMs) network.stopSimulation();
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (!drawn.length) settle();

  // ---- header ---------------------------------------------------------------------------
  $("page-title").textContent = meta.title;
  meta.links.forEach(function (l) {
    if (!SAFE_HREF.test(l.href)) return;
    var a = el("a", l.text); a.href = l.href; $("links").appendChild(a);
  });
  var banner = [];
  if (meta.nodesTotal > drawn.length) {
    banner.push("Drawing the " + drawn.length + " most connected of " + meta.nodesTotal +
                " entities; the Turtle file has them all. 仅显示连接最多的实体。");
  }
  if (meta.edgesTotal > E.length) banner.push(E.length + " of " + meta.edgesTotal + " links drawn.");
  $("banner").textContent = banner.join(" ");

  function updateStatus() {
    var nodes = 0, edges = 0;
    drawn.forEach(function (i) { if (!nodeHidden[i]) nodes++; });
    edgeHidden.forEach(function (h) { if (!h) edges++; });
    var text = "Showing 显示 " + nodes + " / " + drawn.length + " entities · " + edges + " links";
    if (state.doc >= 0) text += " · in " + D[state.doc].id;
    $("status").textContent = text;
    $("status").setAttribute("data-nodes", String(nodes));
    $("status").setAttribute("data-edges", String(edges));
  }

  // ---- legend and filters -----------------------------------------------------------------
  function points(cx, cy, r, n, inner, rot) {
    var pts = [];
    for (var k = 0; k < n * (inner ? 2 : 1); k++) {
      var rr = inner && k % 2 ? inner : r;
      var a = rot + k * Math.PI * 2 / (n * (inner ? 2 : 1));
      pts.push((cx + rr * Math.cos(a)).toFixed(1) + "," + (cy + rr * Math.sin(a)).toFixed(1));
    }
    return pts.join(" ");
  }
  function shapeIcon(shape, color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
    var s;
    if (shape === "dot") { s = document.createElementNS(SVG, "circle"); s.setAttribute("cx", "8"); s.setAttribute("cy", "8"); s.setAttribute("r", "6"); }
    else if (shape === "square") { s = document.createElementNS(SVG, "rect"); s.setAttribute("x", "2"); s.setAttribute("y", "2"); s.setAttribute("width", "12"); s.setAttribute("height", "12"); }
    else {
      s = document.createElementNS(SVG, "polygon");
      var p = shape === "diamond" ? points(8, 8, 7, 4, 0, -Math.PI / 2)
        : shape === "triangle" ? points(8, 9.5, 7, 3, 0, -Math.PI / 2)
        : shape === "hexagon" ? points(8, 8, 7, 6, 0, 0)
        : points(8, 8.5, 7.5, 5, 3.2, -Math.PI / 2);
      s.setAttribute("points", p);
    }
    s.setAttribute("fill", color);
    svg.appendChild(s);
    return svg;
  }
  function lineIcon(ps, arrow) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "26"); svg.setAttribute("height", "12"); svg.setAttribute("viewBox", "0 0 26 12");
    var line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "6"); line.setAttribute("x2", arrow ? "19" : "25"); line.setAttribute("y2", "6");
    line.setAttribute("stroke", ps.color); line.setAttribute("stroke-width", "2.5");
    if (ps.dashes) line.setAttribute("stroke-dasharray", "4 3");
    svg.appendChild(line);
    if (arrow) {
      var head = document.createElementNS(SVG, "polygon");
      head.setAttribute("points", "18,1 25,6 18,11"); head.setAttribute("fill", ps.color);
      svg.appendChild(head);
    }
    return svg;
  }
  var classBoxes = {}, predBoxes = {};
  Object.keys(data.styles).forEach(function (cls) {
    var st = data.styles[cls];
    var row = el("label", null, "filter" + (st.count ? "" : " empty"));
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.setAttribute("data-cls", cls);
    box.addEventListener("change", function () { state.cls[cls] = box.checked; applyFilters(); });
    classBoxes[cls] = box;
    row.appendChild(box); row.appendChild(shapeIcon(st.shape, st.color));
    row.appendChild(el("span", st.label)); row.appendChild(el("span", st.count, "count"));
    $("class-filters").appendChild(row);
  });
  Object.keys(data.predicates).forEach(function (p) {
    var ps = data.predicates[p];
    var row = el("label", null, "filter" + (ps.count ? "" : " empty"));
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.setAttribute("data-predicate", p);
    box.addEventListener("change", function () { state.pred[p] = box.checked; applyFilters(); });
    predBoxes[p] = box;
    row.appendChild(box); row.appendChild(lineIcon(ps, p !== "mentions"));
    row.appendChild(el("span", ps.label)); row.appendChild(el("span", ps.count, "count"));
    $("predicate-filters").appendChild(row);
  });
  var docSelect = $("doc-filter");
  docSelect.appendChild(el("option", "All documents 全部文件 (" + D.length + ")"));
  docSelect.options[0].value = "-1";
  D.forEach(function (d, i) {
    var o = el("option", d.id + (d.title ? " — " + cut(d.title, 36) : "")); o.value = String(i);
    docSelect.appendChild(o);
  });
  if (D.length === 1) docSelect.disabled = true;
  docSelect.addEventListener("change", function () { state.doc = Number(docSelect.value); applyFilters(); });
  $("hide-isolated").addEventListener("change", function (ev) { state.hideIsolated = ev.target.checked; applyFilters(); });
  function setAll(boxes, key, on) {
    Object.keys(boxes).forEach(function (k) { boxes[k].checked = on; state[key][k] = on; });
    applyFilters();
  }
  $("classes-all").addEventListener("click", function () { setAll(classBoxes, "cls", true); });
  $("classes-none").addEventListener("click", function () { setAll(classBoxes, "cls", false); });
  $("preds-all").addEventListener("click", function () { setAll(predBoxes, "pred", true); });
  $("preds-none").addEventListener("click", function () { setAll(predBoxes, "pred", false); });
  function resetFilters() {
    Object.keys(classBoxes).forEach(function (k) { classBoxes[k].checked = true; state.cls[k] = true; });
    Object.keys(predBoxes).forEach(function (k) { predBoxes[k].checked = true; state.pred[k] = true; });
    state.doc = -1; docSelect.value = "-1";
    state.hideIsolated = false; $("hide-isolated").checked = false;
    applyFilters();
  }
  $("reset").addEventListener("click", resetFilters);
  $("fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  function setDocument(di) { state.doc = di; docSelect.value = String(di); applyFilters(); }

  function inDocument(n, di) { return n.docs.indexOf(di) >= 0; }
  function applyFilters() {
    var doc = state.doc, on = new Uint8Array(N.length), linked = new Uint8Array(N.length);
    drawn.forEach(function (i) {
      var n = N[i];
      on[i] = state.cls[n.cls] && (doc < 0 || inDocument(n, doc)) ? 1 : 0;
    });
    var nodeUpdates = [], edgeUpdates = [];
    E.forEach(function (e, i) {
      var show = state.pred[e.p] && on[e.from] && on[e.to] && (doc < 0 || e.docs.indexOf(doc) >= 0);
      if (show) { linked[e.from] = 1; linked[e.to] = 1; }
      var change = null;
      if (edgeHidden[i] === !!show) { edgeHidden[i] = !show; change = { id: i, hidden: !show }; }
      if (edgeLabels && show && e.p !== "mentions") {
        change = change || { id: i };
        change.label = edgeLabel(e); change.title = edgeTitle(e);
      }
      if (change) edgeUpdates.push(change);
    });
    drawn.forEach(function (i) {
      var hide = !on[i] || (state.hideIsolated && !linked[i]);
      if (nodeHidden[i] !== hide) { nodeHidden[i] = hide; nodeUpdates.push({ id: i, hidden: hide }); }
    });
    if (nodeUpdates.length) visNodes.update(nodeUpdates);
    if (edgeUpdates.length) visEdges.update(edgeUpdates);
    updateStatus();
  }

  // ---- details panel ------------------------------------------------------------------------
  var details = $("details");
  function clearDetails() { details.textContent = ""; details.scrollTop = 0; return details; }
  function nameButton(i) {
    var n = N[i], b = el("button", n.cls === "document" ? n.ident : n.zh, "link");
    b.title = n.en + " · " + n.ident;
    b.addEventListener("click", function () { selectNode(i, true); });
    return b;
  }
  function sentence(s) {
    var q = el("blockquote", null, "ev"), pos = 0;
    s.hl.forEach(function (h) {
      var a = h[0], b = h[1];
      if (a < pos || b > s.text.length || a >= b) return;
      if (a > pos) q.appendChild(document.createTextNode(s.text.slice(pos, a)));
      q.appendChild(el("mark", s.text.slice(a, b), h[2] === "s" || h[2] === "o" ? h[2] : "m"));
      pos = b;
    });
    q.appendChild(document.createTextNode(s.text.slice(pos)));
    return q;
  }
  function statementView(si) {
    var s = S[si], box = el("div", null, "st"), head = el("div", null, "head");
    head.appendChild(nameButton(s.s));
    head.appendChild(el("span", (s.neg ? "not " : "") + predStyle(s.p).label + " →", s.neg ? "pred neg" : "pred"));
    head.appendChild(nameButton(s.o));
    box.appendChild(head);
    box.appendChild(sentence(s));
    var d = D[s.doc];
    var src = el("div", null, "src");
    var docLink = el("button", d.id, "link");
    docLink.title = "Filter the graph to this document 只显示此文件";
    docLink.addEventListener("click", function () { setDocument(s.doc); });
    src.appendChild(docLink);
    src.appendChild(document.createTextNode((d.title ? " · " + cut(d.title, 60) : "") + (s.cue ? " · cue 提示词 " + s.cue : "")));
    box.appendChild(src);
    return box;
  }
  function chunked(parent, items, render, size) {
    var shown = 0, more = el("button", "", "link more");
    function next() {
      var end = Math.min(items.length, shown + size);
      for (; shown < end; shown++) parent.insertBefore(render(items[shown]), more);
      if (shown < items.length) more.textContent = "Show " + Math.min(size, items.length - shown) + " more of " + (items.length - shown) + " 更多";
      else more.remove();
    }
    more.addEventListener("click", next);
    parent.appendChild(more);
    next();
  }
  function statementGroups(parent, list, heading) {
    if (!list.length) return;
    parent.appendChild(el("h2", heading + " (" + list.length + ")"));
    var key = el("div", null, "src");
    key.appendChild(el("mark", "subject 主体", "s")); key.appendChild(document.createTextNode(" "));
    key.appendChild(el("mark", "object 客体", "o")); key.appendChild(document.createTextNode(" "));
    key.appendChild(el("mark", "other names 其他名称", "m"));
    parent.appendChild(key);
    var groups = {}, order = [];
    list.forEach(function (si) {
      var s = S[si], k = (s.neg ? "!" : "") + s.p;
      if (!groups[k]) { groups[k] = []; order.push(k); }
      groups[k].push(si);
    });
    var rank = Object.keys(data.predicates);
    order.sort(function (a, b) {
      var ra = rank.indexOf(a.replace("!", "")), rb = rank.indexOf(b.replace("!", ""));
      return (ra < 0 ? 99 : ra) - (rb < 0 ? 99 : rb) || a.localeCompare(b);
    });
    order.forEach(function (k) {
      var p = k.replace("!", ""), ps = predStyle(p), title = el("div", null, "group-title");
      var sw = el("span", null, "swatch"); sw.style.background = ps.color;
      title.appendChild(sw);
      title.appendChild(document.createTextNode((k[0] === "!" ? "not (negated) " : "") + ps.label + " (" + groups[k].length + ")"));
      title.setAttribute("data-predicate", k);
      parent.appendChild(title);
      var box = el("div");
      parent.appendChild(box);
      chunked(box, groups[k], statementView, 10);
    });
  }
  function fact(dl, term, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", term)); dl.appendChild(el("dd", value));
  }
  function showNode(i) {
    var n = N[i], d = clearDetails();
    d.setAttribute("data-node", n.key);
    d.appendChild(el("h3", n.zh));
    if (n.en && n.en !== n.zh) d.appendChild(el("div", n.en, "en"));
    if (n.found) {
      d.appendChild(el("div", "Found in the text, not in the gazetteers: its identifier and " +
        "English name are made from its Chinese name (nukegraph suggest lists it for review). " +
        "文中发现，词表未收录。", "note found"));
    }
    if (n.off) {
      d.appendChild(el("div", "Not drawn: the page draws only the " + drawn.length +
        " most connected entities. 未在图中显示。", "note"));
    } else if (nodeHidden[i]) {
      var note = el("div", "Hidden by the current filters. 已被筛选隐藏。 ", "note");
      var show = el("button", "Reset filters and show it 重置并显示", "link");
      show.addEventListener("click", function () { resetFilters(); selectNode(i, true); });
      note.appendChild(show); d.appendChild(note);
    }
    var dl = el("dl", null, "facts");
    fact(dl, "Class 类别", styleOf(n).label);
    fact(dl, "Identifier 标识", n.ident);
    fact(dl, "Mentions 提及", String(n.mentions));
    fact(dl, "Aliases 别名", n.aliases.join("、"));
    fact(dl, "English aliases", n.enAliases.join("; "));
    var docInfo = null;
    D.forEach(function (doc) { if (doc.node === n.key) docInfo = doc; });
    if (docInfo) {
      fact(dl, "Title 标题", docInfo.title);
      fact(dl, "Source 源文件", docInfo.paths.join(", "));
      fact(dl, "In this document", docInfo.mentions + " mentions, " + docInfo.statements + " statements");
    }
    d.appendChild(dl);
    if (n.docs.length) {
      d.appendChild(el("h2", "Documents 文件 (" + n.docs.length + ")"));
      var ul = el("ul", null, "doclist");
      d.appendChild(ul);
      chunked(ul, n.docs, function (di) {
        var li = el("li"), b = el("button", D[di].id, "link");
        b.title = "Filter the graph to this document 只显示此文件";
        b.addEventListener("click", function () { setDocument(di); });
        li.appendChild(b);
        if (D[di].title) li.appendChild(document.createTextNode(" " + cut(D[di].title, 50)));
        return li;
      }, 15);
    }
    var out = [], inc = [];
    nodeStatements[i].forEach(function (si) { (S[si].s === i ? out : inc).push(si); });
    statementGroups(d, out, "Statements by it 其陈述");
    statementGroups(d, inc, "Statements about it 涉及它的陈述");
    var missing = n.statements - out.length - inc.length;
    if (missing > 0) {
      d.appendChild(el("div", missing + " more statement" + (missing > 1 ? "s" : "") +
        " between entities this page does not draw: see graph.ttl. 另有陈述未收录于本页。", "note"));
    } else if (!out.length && !inc.length) {
      d.appendChild(el("p", "No statement read for it. 暂无陈述。"));
    }
  }
  function showEdge(ei) {
    var e = E[ei], d = clearDetails(), head = el("h3");
    d.setAttribute("data-edge", String(ei));
    head.appendChild(nameButton(e.from));
    head.appendChild(el("span", " " + predStyle(e.p).label + " → ", "pred"));
    head.appendChild(nameButton(e.to));
    d.appendChild(head);
    if (e.p === "mentions") {
      d.appendChild(el("p", N[e.from].ident + " mentions " + N[e.to].zh + " (" + N[e.to].ident + "). 该文件提及此实体。"));
      return;
    }
    d.appendChild(el("div", e.st.length + " statement" + (e.st.length > 1 ? "s" : "") + " 条陈述", "en"));
    var box = el("div");
    d.appendChild(box);
    chunked(box, e.st, statementView, 20);
  }
  function selectNode(i, focus) {
    showNode(i);
    if (N[i].off || nodeHidden[i]) { network.unselectAll(); return; }
    network.selectNodes([i]);
    if (focus) {
      network.focus(i, { scale: Math.max(1.1, network.getScale()),
                         animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
  }
  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0], false);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // ---- search -------------------------------------------------------------------------------
  var keys = N.map(function (n) {
    return [n.zh, n.en, n.ident].concat(n.aliases, n.enAliases).map(norm);
  });
  function find(query) {
    var q = norm(query), hits = [];
    if (!q) return hits;
    keys.forEach(function (ks, i) {
      var best = 9;
      for (var k = 0; k < ks.length; k++) {
        var s = ks[k];
        if (!s) continue;
        if (s === q) { best = 0; break; }
        if (s.indexOf(q) === 0) best = Math.min(best, 1);
        else if (s.indexOf(q) > 0) best = Math.min(best, 2);
      }
      if (best < 9) hits.push([best, N[i].off ? 1 : 0, -N[i].mentions, i]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.slice(0, 25).map(function (h) { return h[3]; });
  }
  var lastHits = [];
  function showResults() {
    var out = $("results"), q = $("search").value;
    out.textContent = "";
    lastHits = find(q);
    if (!norm(q)) return;
    if (!lastHits.length) {
      out.appendChild(el("div", D.length === 1 ? "No match in this document 本文件中无匹配" : "No match 无匹配", "none"));
      return;
    }
    lastHits.forEach(function (i) {
      var n = N[i], b = el("button", null, "link hit");
      b.appendChild(el("div", n.zh + (n.en && n.en !== n.zh ? " / " + n.en : "")));
      var sub = styleOf(n).label + " · " + n.ident + " · " + n.mentions + " mentions";
      if (n.off) sub += " · not drawn 未显示";
      else if (nodeHidden[i]) sub += " · hidden by filters 已隐藏";
      b.appendChild(el("div", sub, "sub"));
      b.setAttribute("data-node", n.key);
      b.addEventListener("click", function () { selectNode(i, true); });
      out.appendChild(b);
    });
  }
  $("search").addEventListener("input", showResults);
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && lastHits.length) { ev.preventDefault(); selectNode(lastHits[0], true); }
    if (ev.key === "Escape") { $("search").value = ""; showResults(); }
  });

  updateStatus();
})();
