/* nukegraph page script. Every text from the data goes on screen through textContent or text
   nodes (never parsed as markup): names and sentences come from documents nobody here wrote. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var N = data.nodes, E = data.edges, S = data.statements, D = data.documents, meta = data.meta;
  var SVG = "http://www.w3.org/2000/svg";
  var SAFE_HREF = /^[A-Za-z0-9._\/-]+\.html$/;
  var POSITIONS = { supports: 1, opposes: 1 };
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
  function nodeLabel(n) { return n.cls === "document" ? n.ident : n.zh; }

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
  var nodeByKey = {}, docByKey = {};
  N.forEach(function (n, i) { nodeByKey[n.key] = i; });
  D.forEach(function (d, i) { docByKey[d.key] = i; });
  // The first view of a large graph: its most connected entities by the statements they take
  // part in (positions first), not every entity at once.
  var rank = drawn.slice().sort(function (a, b) {
    return nodeStatements[b].length - nodeStatements[a].length || degree[b] - degree[a] ||
      N[b].mentions - N[a].mentions || a - b;
  });
  var rankOf = new Int32Array(N.length).fill(1 << 30);
  rank.forEach(function (i, r) { rankOf[i] = r; });
  var TOP_DEFAULT = drawn.length > 60 ? 30 : 0;
  var large = drawn.length > 600 || E.length > 1500;
  // Predicate labels on links only while few enough to read; colours and the legend
  // (and each link's tooltip) say it otherwise.
  var edgeLabelsMax = 25;

  // ---- time: each document's date (from its heading); statements take their document's ---
  var dates = [];
  D.forEach(function (d) { if (d.date && dates.indexOf(d.date) < 0) dates.push(d.date); });
  dates.sort();
  var undatedCount = D.filter(function (d) { return !d.date; }).length;

  // ---- filter state ---------------------------------------------------------------------
  var state = { cls: {}, pred: {}, doc: -1, hideIsolated: false, from: 0, to: Math.max(0, dates.length - 1),
                undated: true, top: TOP_DEFAULT, pinned: {} };
  Object.keys(data.styles).forEach(function (c) { state.cls[c] = true; });
  Object.keys(data.predicates).forEach(function (p) { state.pred[p] = true; });
  var nodeHidden = N.map(function () { return true; });
  var edgeHidden = E.map(function () { return true; });
  var docOn = new Uint8Array(D.length).fill(1);
  function timeActive() { return dates.length && (state.from > 0 || state.to < dates.length - 1 || !state.undated); }
  function docFilterActive() { return state.doc >= 0 || timeActive(); }
  function computeDocs() {
    var lo = dates[state.from], hi = dates[state.to];
    D.forEach(function (d, i) {
      var inTime = d.date ? (!dates.length || (d.date >= lo && d.date <= hi)) : state.undated;
      docOn[i] = (state.doc < 0 || state.doc === i) && inTime ? 1 : 0;
    });
  }
  function anyDocOn(list) {
    for (var k = 0; k < list.length; k++) if (docOn[list[k]]) return true;
    return false;
  }
  function statementOn(si) { return !!docOn[S[si].doc]; }

  // ---- the network ----------------------------------------------------------------------
  function nodeTitle(n) {
    var lines = [n.zh];
    if (n.en && n.en !== n.zh) lines.push(n.en);
    lines.push(styleOf(n).label + " · " + n.ident);
    lines.push(n.input ? n.docMentions + " names in it 文中提及" : n.mentions + " mentions 提及");
    return lines.join("\n");
  }
  D.forEach(function (d) { var i = nodeByKey[d.node]; if (i !== undefined) N[i].docMentions = d.mentions; });
  function edgeCount(e) {
    if (e.p === "mentions") return 1;
    if (!docFilterActive()) return e.st.length;
    return e.st.filter(statementOn).length;
  }
  function edgeTitle(e) {
    var a = N[e.from], b = N[e.to], c = edgeCount(e);
    return nodeLabel(a) + " → " + predStyle(e.p).label + (c > 1 ? " ×" + c : "") + " → " + nodeLabel(b);
  }
  var edgeLabels = false;
  function edgeLabel(e) {
    if (!edgeLabels || e.p === "mentions") return "";
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
  function placement(list) {
    var out = {};
    if (list.length <= 150) {
      // a spiral, the most connected at its centre: a short layout run then only refines it
      list.slice().sort(function (a, b) { return rankOf[a] - rankOf[b]; }).forEach(function (i, k) {
        var r = 55 * Math.sqrt(k), a = k * 2.39996;
        out[i] = [r * Math.cos(a), r * Math.sin(a)];
      });
      return out;
    }
    var rand = prng(7), ring = 60 * Math.sqrt(list.length / Math.max(1, D.length)) + 60;
    var anchors = D.map(function (d, k) {
      var r = ring * Math.sqrt(k + 0.5), a = k * 2.39996;
      return [r * Math.cos(a), r * Math.sin(a)];
    });
    list.forEach(function (i) {
      var n = N[i], x = 0, y = 0;
      n.docs.forEach(function (di) { x += anchors[di][0]; y += anchors[di][1]; });
      if (n.docs.length) { x /= n.docs.length; y /= n.docs.length; }
      var r = n.input ? 0 : ring * 0.5 * Math.sqrt(rand()), a = rand() * 2 * Math.PI;
      out[i] = [x + r * Math.cos(a), y + r * Math.sin(a)];
    });
    return out;
  }
  var visNodes = new vis.DataSet(drawn.map(function (i) {
    var n = N[i], st = styleOf(n);
    return {
      id: i, label: nodeLabel(n), title: nodeTitle(n), shape: st.shape, hidden: true, physics: false,
      value: Math.sqrt(1 + (n.input ? degree[i] : n.mentions)), borderWidth: n.input ? 3 : 1,
      color: { background: st.color, border: n.input ? "#3b2a1e" : st.color,
               highlight: { background: st.color, border: "#111" },
               hover: { background: st.color, border: "#111" } }
    };
  }));
  var visEdges = new vis.DataSet(E.map(function (e, i) {
    var ps = predStyle(e.p), mention = e.p === "mentions";
    return {
      id: i, from: e.from, to: e.to, title: edgeTitle(e), hidden: true, physics: false,
      arrows: mention ? { to: { enabled: false } } : { to: { enabled: true, scaleFactor: 0.55 } },
      dashes: ps.dashes, width: mention ? 0.6 : Math.min(5, 1.2 + 0.6 * Math.log2(e.st.length)),
      color: { color: ps.color, highlight: ps.color, hover: ps.color, opacity: mention ? 0.55 : 0.95 }
    };
  }));
  var timing = { script: performance.now() };
  var network = new vis.Network($("net"), { nodes: visNodes, edges: visEdges }, {
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: {
      font: { size: 13, face: "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, WenQuanYi Micro Hei, sans-serif",
              strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { min: 7, max: 34, label: { enabled: true, min: 13, max: 20, drawThreshold: 6, maxVisible: 24 } }
    },
    edges: {
      smooth: large ? false : { enabled: true, type: "continuous", roundness: 0.25 },
      font: { size: 10, color: "#555", strokeWidth: 3, align: "middle" },
      selectionWidth: 2, hoverWidth: 0.5
    },
    physics: {
      enabled: false,
      solver: "barnesHut",
      maxVelocity: 40, minVelocity: 0.8, timestep: 0.5,
      stabilization: { enabled: false, iterations: 300, updateInterval: 10, fit: false }
    },
    interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   navigationButtons: false, keyboard: false, multiselect: false }
  });
  timing.network = performance.now();

  // ---- layout: of the entities shown, each time the filters change which they are ---------
  // Physics runs only to lay out what is shown (hidden entities take no part), then stops:
  // a settled picture does not drift while the reader works, and the CPU is left alone.
  // One layout at a time: vis runs a stabilization as a chain of timer callbacks, and a second
  // one started over it would be ended by the first one's late events. A request made while
  // one runs waits for it (and cuts it short).
  var layoutRun = null, shownSignature = "", queued = null;
  function requestLayout(list) {
    document.documentElement.setAttribute("data-layout", "running");
    if (layoutRun && !layoutRun.done) { queued = list; return; }
    layout(list);
  }
  function layout(list) {
    var pos = placement(list), inList = new Uint8Array(N.length);
    list.forEach(function (i) { inList[i] = 1; });
    visNodes.update(drawn.map(function (i) {
      return inList[i] ? { id: i, physics: true, x: pos[i][0], y: pos[i][1] } : { id: i, physics: false };
    }));
    var big = list.length > 600, few = list.length <= 150;
    layoutRun = { started: performance.now(), budget: big ? 4500 : 2500, done: false };
    // Few entities (a first view, a narrow filter) get room for their labels; many get a
    // coarser Barnes-Hut (theta), no overlap pass and a fixed time step, which lay out about
    // three times faster with a picture that looks the same.
    network.setOptions({ physics: {
      barnesHut: few ? { gravitationalConstant: -9000, centralGravity: 0.6, springLength: 130, springConstant: 0.03,
                         damping: 0.4, avoidOverlap: 0.6, theta: 0.5 }
                     : { gravitationalConstant: big ? -3500 : -8000, centralGravity: 0.3, springLength: big ? 110 : 140,
                         springConstant: 0.035, damping: 0.4, avoidOverlap: big ? 0 : 0.05, theta: big ? 0.8 : 0.5 },
      adaptiveTimestep: !big } });
    document.documentElement.setAttribute("data-layout", "running");
    if (!list.length) { finishLayout(); return; }
    $("progress").textContent = "Laying out 布局中…";
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(big ? 300 : list.length > 150 ? 250 : 200);
  }
  function finishLayout() {
    if (!layoutRun || layoutRun.done) return;
    layoutRun.done = true;
    network.setOptions({ physics: { enabled: false } });
    if (queued) { var next = queued; queued = null; layout(next); return; }
    network.fit({ animation: false });
    $("progress").textContent = "";
    if (!api.ready) {
      timing.ready = performance.now();
      api.ready = true;
      document.documentElement.setAttribute("data-ready", "true");
    }
    api.layouts++;
    document.documentElement.setAttribute("data-layout", "done");
  }
  network.on("stabilizationProgress", function (p) {
    $("progress").textContent = "Laying out 布局中… " + Math.round(100 * p.iterations / p.total) + "%";
    timing.iterations = p.iterations;
    // A time budget as well as an iteration count: on a slow or busy machine the page
    // becomes usable with a rougher picture rather than late.
    if (layoutRun && !layoutRun.done && (queued || performance.now() - layoutRun.started > layoutRun.budget)) {
      network.stopSimulation();
    }
  });
  // The end of a stabilization run (also of one cut short). Not "stabilized": vis emits it
  // from a timer, late, even for a run that another has replaced.
  network.on("stabilizationIterationsDone", finishLayout);

  // A small read-only hook for tests and benchmarks.
  var api = {
    timing: timing,
    ready: false,
    layouts: 0,
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
    // Where the shown entities stand on screen, and the canvas they stand in.
    shownBox: function () {
      var r = $("net").getBoundingClientRect(), xs = [], ys = [];
      drawn.forEach(function (i) {
        if (nodeHidden[i]) return;
        var c = network.canvasToDOM(network.getPositions([i])[i]);
        xs.push(r.left + c.x); ys.push(r.top + c.y);
      });
      return { left: Math.min.apply(null, xs), right: Math.max.apply(null, xs), top: Math.min.apply(null, ys),
               bottom: Math.max.apply(null, ys), count: xs.length,
               canvas: { left: r.left, right: r.right, top: r.top, bottom: r.bottom } };
    },
    // A point of the link between two entities where a click lands on that link alone.
    edgePoint: function (a, b) {
      var i = nodeByKey[a], j = nodeByKey[b], r = $("net").getBoundingClientRect();
      var pi = network.getPositions([i])[i], pj = network.getPositions([j])[j];
      for (var f = 0.5, k = 0; k < 9; k++, f = 0.5 + (k % 2 ? 1 : -1) * 0.05 * Math.ceil(k / 2)) {
        var c = network.canvasToDOM({ x: pi.x + f * (pj.x - pi.x), y: pi.y + f * (pj.y - pi.y) });
        var e = network.getEdgeAt(c);
        if (network.getNodeAt(c) === undefined && e !== undefined &&
            ((E[e].from === i && E[e].to === j) || (E[e].from === j && E[e].to === i))) {
          return { x: r.left + c.x, y: r.top + c.y };
        }
      }
      return null;
    },
    selectedNodeKeys: function () { return network.getSelectedNodes().map(function (i) { return N[i].key; }); },
    physicsEnabled: function () { return network.physics.physicsEnabled; }
  };
  window.nukegraph = api;

  // ---- header ---------------------------------------------------------------------------
  $("page-title").textContent = meta.title;
  meta.links.forEach(function (l) {
    if (!SAFE_HREF.test(l.href)) return;
    var a = el("a", l.text); a.href = l.href; $("links").appendChild(a);
  });
  var banner = [];
  if (meta.nodesTotal > drawn.length) {
    banner.push("Drawing at most the " + drawn.length + " most connected of " + meta.nodesTotal +
                " entities; the Turtle file has them all. 仅绘制连接最多的实体。");
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
    var top = $("top-note");
    top.textContent = "";
    if (state.top && state.top < drawn.length && view === "graph") {
      top.appendChild(document.createTextNode("The " + state.top + " most connected entities 连接最多的" +
        state.top + "个实体 · "));
      var all = el("button", "Show all " + drawn.length + " 显示全部", "link");
      all.addEventListener("click", function () { setTop(0); });
      top.appendChild(all);
    }
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
    var o = el("option", d.id + (d.date ? " · " + d.date : "") + (d.title ? " — " + cut(d.title, 30) : ""));
    o.value = String(i);
    docSelect.appendChild(o);
  });
  if (D.length === 1) docSelect.disabled = true;
  docSelect.addEventListener("change", function () { state.doc = Number(docSelect.value); applyFilters(); });
  $("hide-isolated").addEventListener("change", function (ev) { state.hideIsolated = ev.target.checked; applyFilters(); });
  var topSelect = $("top-filter");
  [30, 100, 300].forEach(function (k) {
    if (k >= drawn.length) return;
    var o = el("option", "The " + k + " most connected 连接最多的" + k + "个"); o.value = String(k); topSelect.appendChild(o);
  });
  var allOpt = el("option", "All " + drawn.length + " entities 全部"); allOpt.value = "0"; topSelect.appendChild(allOpt);
  topSelect.value = String(state.top);
  topSelect.addEventListener("change", function () { setTop(Number(topSelect.value)); });
  function setTop(k) { state.top = k; state.pinned = {}; topSelect.value = String(k); applyFilters(); }

  // The time filter: a range over the documents' dates, two handles on one track.
  var from = $("time-from"), to = $("time-to");
  function timeLabel() {
    var shown = 0;
    for (var i = 0; i < D.length; i++) if (docOn[i]) shown++;
    $("time-label").textContent = dates.length
      ? dates[state.from] + " – " + dates[state.to] + " · " + shown + " of " + D.length + " documents 文件"
      : "No document is dated. 文件均无日期。";
  }
  if (dates.length) {
    from.max = to.max = String(dates.length - 1);
    from.value = "0"; to.value = String(dates.length - 1);
    $("time-min").textContent = dates[0]; $("time-max").textContent = dates[dates.length - 1];
  } else {
    from.disabled = to.disabled = true;
  }
  $("time-undated-count").textContent = String(undatedCount);
  function onTime(ev) {
    var a = Number(from.value), b = Number(to.value);
    if (a > b) { if (ev.target === from) { b = a; to.value = String(b); } else { a = b; from.value = String(a); } }
    state.from = a; state.to = b;
    applyFilters();
  }
  from.addEventListener("input", onTime); to.addEventListener("input", onTime);
  $("time-undated").addEventListener("change", function (ev) { state.undated = ev.target.checked; applyFilters(); });

  function setAll(boxes, key, on) {
    Object.keys(boxes).forEach(function (k) { boxes[k].checked = on; state[key][k] = on; });
    applyFilters();
  }
  $("classes-all").addEventListener("click", function () { setAll(classBoxes, "cls", true); });
  $("classes-none").addEventListener("click", function () { setAll(classBoxes, "cls", false); });
  $("preds-all").addEventListener("click", function () { setAll(predBoxes, "pred", true); });
  $("preds-none").addEventListener("click", function () { setAll(predBoxes, "pred", false); });
  function resetFilters(showAll) {
    Object.keys(classBoxes).forEach(function (k) { classBoxes[k].checked = true; state.cls[k] = true; });
    Object.keys(predBoxes).forEach(function (k) { predBoxes[k].checked = true; state.pred[k] = true; });
    state.doc = -1; docSelect.value = "-1";
    state.hideIsolated = false; $("hide-isolated").checked = false;
    state.from = 0; state.to = Math.max(0, dates.length - 1); state.undated = true;
    from.value = "0"; to.value = String(state.to); $("time-undated").checked = true;
    state.top = showAll ? 0 : TOP_DEFAULT; state.pinned = {}; topSelect.value = String(state.top);
    applyFilters();
  }
  $("reset").addEventListener("click", function () { resetFilters(false); });
  $("fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  function setDocument(di) { state.doc = di; docSelect.value = String(di); applyFilters(); }

  function applyFilters() {
    computeDocs();
    var docs = docFilterActive(), on = new Uint8Array(N.length), linked = new Uint8Array(N.length);
    drawn.forEach(function (i) {
      var n = N[i];
      on[i] = state.cls[n.cls] && (!docs || anyDocOn(n.docs)) &&
        (!state.top || rankOf[i] < state.top || state.pinned[i]) ? 1 : 0;
    });
    var nodeUpdates = [], edgeUpdates = [], shownEdges = 0;
    var show = E.map(function (e) {
      var s = state.pred[e.p] && on[e.from] && on[e.to] && (!docs || anyDocOn(e.docs));
      if (s) { linked[e.from] = 1; linked[e.to] = 1; if (e.p !== "mentions") shownEdges++; }
      return !!s;
    });
    var labels = shownEdges <= edgeLabelsMax, relabel = labels !== edgeLabels || labels;
    edgeLabels = labels;
    E.forEach(function (e, i) {
      var change = null;
      if (edgeHidden[i] === show[i]) { edgeHidden[i] = !show[i]; change = { id: i, hidden: !show[i], physics: show[i] }; }
      if (relabel && e.p !== "mentions" && (show[i] || change)) {
        change = change || { id: i };
        change.label = edgeLabel(e); change.title = edgeTitle(e);
      }
      if (change) edgeUpdates.push(change);
    });
    var list = [], sig = 0;
    drawn.forEach(function (i) {
      var hide = !on[i] || (state.hideIsolated && !linked[i]);
      if (nodeHidden[i] !== hide) { nodeHidden[i] = hide; nodeUpdates.push({ id: i, hidden: hide }); }
      if (!hide) { list.push(i); sig = (sig * 31 + i + 1) % 1000000007; }
    });
    if (nodeUpdates.length) visNodes.update(nodeUpdates);
    if (edgeUpdates.length) visEdges.update(edgeUpdates);
    // Other entities shown: lay them out afresh and fit them to the view, rather than leave
    // a few dots scattered over the old picture of many.
    var signature = list.length + ":" + sig;
    if (signature !== shownSignature) { shownSignature = signature; requestLayout(list); }
    updateStatus();
    timeLabel();
    refreshPanel();
    if (view === "table") renderTable();
  }

  // ---- details panel ------------------------------------------------------------------------
  var details = $("details"), panel = null;
  function clearDetails(keep) {
    var top = details.scrollTop;
    details.textContent = "";
    details.removeAttribute("data-node"); details.removeAttribute("data-edge"); details.removeAttribute("data-cell");
    details.scrollTop = keep ? top : 0;
    return details;
  }
  function refreshPanel() {
    if (!panel) return;
    var top = details.scrollTop;
    if (panel.node !== undefined) showNode(panel.node);
    else if (panel.edge !== undefined) showEdge(panel.edge);
    else if (panel.cell) showCell(panel.cell[0], panel.cell[1]);
    details.scrollTop = top;
  }
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
  function readLink(s) {
    var d = D[s.doc];
    if (!d.page || !SAFE_HREF.test(d.page) || !s.at) return null;
    var a = el("a", "read in the document 阅读原文", "read");
    a.href = d.page + "#s=" + s.at[0] + "-" + s.at[1];
    return a;
  }
  function statementView(si) {
    var s = S[si], box = el("div", null, "st"), head = el("div", null, "head");
    box.setAttribute("data-st", String(si));
    head.appendChild(nameButton(s.s));
    head.appendChild(el("span", (s.neg ? "not " : "") + predStyle(s.p).label + " →", s.neg ? "pred neg" : "pred"));
    head.appendChild(nameButton(s.o));
    if (s.aspect) head.appendChild(el("span", " (as 具体为 " + s.aspect + ")", "aspect"));
    box.appendChild(head);
    box.appendChild(sentence(s));
    var d = D[s.doc];
    var src = el("div", null, "src");
    var docLink = el("button", d.id, "link");
    docLink.title = "Filter the graph to this document 只显示此文件";
    docLink.addEventListener("click", function () { setDocument(s.doc); });
    src.appendChild(docLink);
    src.appendChild(document.createTextNode(" · " + (d.date || "undated 无日期") +
      (d.title ? " · " + cut(d.title, 40) : "") + (s.cue ? " · cue 提示词 " + s.cue : "") + " · "));
    var read = readLink(s);
    if (read) src.appendChild(read);
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
  function legendKey(parent) {
    var key = el("div", null, "src");
    key.appendChild(el("mark", "subject 主体", "s")); key.appendChild(document.createTextNode(" "));
    key.appendChild(el("mark", "object 客体", "o")); key.appendChild(document.createTextNode(" "));
    key.appendChild(el("mark", "other names 其他名称", "m"));
    parent.appendChild(key);
  }
  function statementGroups(parent, list, heading) {
    if (!list.length) return;
    parent.appendChild(el("h2", heading + " (" + list.length + ")"));
    legendKey(parent);
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
  function filteredOut(d, count) {
    if (count > 0) {
      d.appendChild(el("div", count + " more outside the current document or time filter, not listed. " +
        "另有" + count + "条不在当前文件或时间筛选内。", "note filtered"));
    }
  }
  function showNode(i) {
    var n = N[i], d = clearDetails();
    panel = { node: i };
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
      var note = el("div", "Hidden by the current filters. 已被筛选隐藏。 ", "note hidden-note");
      var show = el("button", "Show it 显示", "link");
      show.addEventListener("click", function () { reveal(i); });
      note.appendChild(show); d.appendChild(note);
    }
    var dl = el("dl", null, "facts");
    fact(dl, "Class 类别", styleOf(n).label);
    fact(dl, "Identifier 标识", n.ident);
    var docInfo = null;
    D.forEach(function (doc) { if (doc.node === n.key) docInfo = doc; });
    if (docInfo) {
      // An input document: what it names, and how often other documents cite its symbol.
      fact(dl, "Date 日期", docInfo.date || "undated 无日期");
      fact(dl, "Title 标题", docInfo.title);
      fact(dl, "Source 源文件", docInfo.paths.join(", "));
      fact(dl, "In it 文中", docInfo.mentions + " mentions 提及, " + docInfo.statements + " statements 陈述");
      if (n.mentions) fact(dl, "Cited 被引用", n.mentions + " times by its symbol 次");
    } else {
      fact(dl, "Mentions 提及", String(n.mentions));
    }
    fact(dl, "Aliases 别名", n.aliases.join("、"));
    fact(dl, "English aliases", n.enAliases.join("; "));
    d.appendChild(dl);
    if (docInfo && docInfo.page && SAFE_HREF.test(docInfo.page)) {
      var read = el("a", "Read this document 阅读全文", "read"); read.href = docInfo.page;
      d.appendChild(read);
    }
    if (n.docs.length) {
      d.appendChild(el("h2", "Documents 文件 (" + n.docs.length + ")"));
      var ul = el("ul", null, "doclist");
      d.appendChild(ul);
      chunked(ul, n.docs, function (di) {
        var li = el("li"), b = el("button", D[di].id, "link");
        b.title = "Filter the graph to this document 只显示此文件";
        b.addEventListener("click", function () { setDocument(di); });
        li.appendChild(b);
        li.appendChild(document.createTextNode(" " + (D[di].date || "undated") + (D[di].title ? " " + cut(D[di].title, 40) : "")));
        return li;
      }, 15);
    }
    var out = [], inc = [], off = 0;
    nodeStatements[i].forEach(function (si) {
      if (!statementOn(si)) { off++; return; }
      (S[si].s === i ? out : inc).push(si);
    });
    statementGroups(d, out, "Statements by it 其陈述");
    statementGroups(d, inc, "Statements about it 涉及它的陈述");
    filteredOut(d, off);
    var missing = n.statements - nodeStatements[i].length;
    if (missing > 0) {
      d.appendChild(el("div", missing + " more statement" + (missing > 1 ? "s" : "") +
        " between entities this page does not draw: see graph.ttl. 另有陈述未收录于本页。", "note"));
    } else if (!nodeStatements[i].length) {
      d.appendChild(el("p", "No statement read for it. 暂无陈述。"));
    }
  }
  function showEdge(ei) {
    var e = E[ei], d = clearDetails(), head = el("h3");
    panel = { edge: ei };
    d.setAttribute("data-edge", String(ei));
    head.appendChild(nameButton(e.from));
    head.appendChild(el("span", " " + predStyle(e.p).label + " → ", "pred"));
    head.appendChild(nameButton(e.to));
    d.appendChild(head);
    if (edgeHidden[ei]) d.appendChild(el("div", "Hidden by the current filters. 已被筛选隐藏。", "note hidden-note"));
    if (e.p === "mentions") {
      d.appendChild(el("p", N[e.from].ident + " mentions " + N[e.to].zh + " (" + N[e.to].ident + "). 该文件提及此实体。"));
      return;
    }
    var list = e.st.filter(statementOn);
    d.appendChild(el("div", list.length + " statement" + (list.length !== 1 ? "s" : "") + " 条陈述", "en"));
    var box = el("div");
    d.appendChild(box);
    chunked(box, list, statementView, 20);
    filteredOut(d, e.st.length - list.length);
  }
  function reveal(i) {
    // Shown whatever the filters say: the reader asked for it.
    if (!state.cls[N[i].cls]) { state.cls[N[i].cls] = true; classBoxes[N[i].cls].checked = true; }
    if (nodeHidden[i] && state.top && rankOf[i] >= state.top) state.pinned[i] = true;
    if (nodeHidden[i] && (docFilterActive() || state.hideIsolated)) {
      state.doc = -1; docSelect.value = "-1"; state.hideIsolated = false; $("hide-isolated").checked = false;
      state.from = 0; state.to = Math.max(0, dates.length - 1); state.undated = true;
      from.value = "0"; to.value = String(state.to); $("time-undated").checked = true;
    }
    applyFilters();
    selectNode(i, true);
  }
  function selectNode(i, focus) {
    if (focus && !N[i].off && nodeHidden[i] && state.top && rankOf[i] >= state.top && state.cls[N[i].cls] &&
        (!docFilterActive() || anyDocOn(N[i].docs))) {
      state.pinned[i] = true;  // opened from search or a panel: shown with the most connected
      applyFilters();
    }
    showNode(i);
    if (view !== "graph") return;
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

  // ---- positions: who supports and who opposes what -----------------------------------------
  // Rows are holders (states, groups, organizations, unnamed holders by quantifier and kind),
  // columns the objects with the most positions under the filters. Negated statements
  // (X不支持) are counted apart, never as the opposite stance.
  var posStatements = [];
  S.forEach(function (s, si) { if (POSITIONS[s.p]) posStatements.push(si); });
  var table = { cols: null, user: false, sort: "count", agree: -1, rows: [], cells: {}, colTotals: {}, limit: 200 };
  function cellOf(cells, r, c) {
    var k = r + "," + c, x = cells[k];
    if (!x) x = cells[k] = { sup: [], opp: [], nsup: [], nopp: [] };
    return x;
  }
  function aggregate() {
    var cells = {}, rowTotals = {}, colTotals = {}, byRow = {};
    posStatements.forEach(function (si) {
      var s = S[si];
      if (!docOn[s.doc] || !state.cls[N[s.s].cls] || !state.cls[N[s.o].cls]) return;
      var x = cellOf(cells, s.s, s.o);
      (s.neg ? (s.p === "supports" ? x.nsup : x.nopp) : (s.p === "supports" ? x.sup : x.opp)).push(si);
      rowTotals[s.s] = (rowTotals[s.s] || 0) + 1;
      colTotals[s.o] = (colTotals[s.o] || 0) + 1;
      (byRow[s.s] = byRow[s.s] || {})[s.o] = x;
    });
    return { cells: cells, rowTotals: rowTotals, colTotals: colTotals, byRow: byRow };
  }
  function stance(x) { return x ? Math.sign(x.sup.length - x.opp.length) : 0; }
  function agreement(byRow, a, b) {
    var ra = byRow[a] || {}, rb = byRow[b] || {}, same = 0, both = 0;
    Object.keys(ra).forEach(function (o) {
      var sa = stance(ra[o]), sb = stance(rb[o]);
      if (sa && sb) { both++; if (sa === sb) same++; }
    });
    return [same, both];
  }
  function computeTable() {
    var agg = aggregate();
    table.cells = agg.cells; table.colTotals = agg.colTotals; table.byRow = agg.byRow;
    var objects = Object.keys(agg.colTotals).map(Number).sort(function (a, b) {
      return agg.colTotals[b] - agg.colTotals[a] || N[a].zh.localeCompare(N[b].zh);
    });
    table.objects = objects;
    if (!table.user || !table.cols) table.cols = objects.slice(0, 8);
    var rows = Object.keys(agg.rowTotals).map(Number);
    var score = {};
    if (table.sort === "agree" && table.agree >= 0) {
      rows.forEach(function (r) { score[r] = agreement(agg.byRow, table.agree, r); });
    }
    rows.sort(function (a, b) {
      if (table.sort === "name") return N[a].zh.localeCompare(N[b].zh, "zh") || a - b;
      if (table.sort === "agree" && table.agree >= 0) {
        if (a === table.agree) return -1;
        if (b === table.agree) return 1;
        var sa = score[a], sb = score[b];
        var fa = sa[1] ? sa[0] / sa[1] : -1, fb = sb[1] ? sb[0] / sb[1] : -1;
        return fb - fa || sb[1] - sa[1] || agg.rowTotals[b] - agg.rowTotals[a] || a - b;
      }
      return agg.rowTotals[b] - agg.rowTotals[a] || a - b;
    });
    table.rows = rows; table.rowTotals = agg.rowTotals; table.score = score;
  }
  function swatch(n) { var sw = el("span", null, "swatch"); sw.style.background = styleOf(n).color; return sw; }
  function renderTable() {
    var t0 = performance.now();
    computeTable();
    var thead = $("pos-head"), tbody = $("pos-body");
    thead.textContent = ""; tbody.textContent = "";
    var hr = el("tr");
    hr.appendChild(el("th", "Holder 持有方", "rowhead"));
    hr.appendChild(el("th", table.sort === "agree" && table.agree >= 0 ? "Agrees 一致" : "Positions 立场", "num"));
    table.cols.forEach(function (c) {
      var th = el("th", null, "col"), n = N[c];
      th.setAttribute("data-col", n.key);
      th.appendChild(swatch(n));
      var name = el("button", n.cls === "document" ? n.ident : n.zh, "link"); name.title = n.en + " · " + n.ident;
      name.addEventListener("click", function () { selectNode(c, false); });
      th.appendChild(name);
      var x = el("button", "×", "link remove"); x.title = "Remove this column 移除此列";
      x.setAttribute("data-remove", n.key);
      x.addEventListener("click", function () { table.user = true; table.cols = table.cols.filter(function (k) { return k !== c; }); renderTable(); });
      th.appendChild(x);
      th.appendChild(el("div", (table.colTotals[c] || 0) + " positions", "sub"));
      hr.appendChild(th);
    });
    thead.appendChild(hr);
    var frag = document.createDocumentFragment();
    table.rows.slice(0, table.limit).forEach(function (r) {
      var tr = el("tr"), n = N[r], th = el("th", null, "rowhead");
      tr.setAttribute("data-row", n.key);
      if (r === table.agree) tr.className = "anchor";
      th.appendChild(swatch(n));
      var name = el("button", n.zh, "link"); name.title = n.en + " · " + n.ident;
      name.addEventListener("click", function () { selectNode(r, false); });
      th.appendChild(name);
      tr.appendChild(th);
      var sc = table.score[r];
      tr.appendChild(el("td", sc ? (r === table.agree ? "—" : sc[1] ? sc[0] + " / " + sc[1] : "") : table.rowTotals[r], "num"));
      table.cols.forEach(function (c) {
        var td = el("td", null, "cell"), x = table.cells[r + "," + c];
        td.setAttribute("data-col", N[c].key);
        if (x) {
          var b = el("button", null, "counts");
          if (x.sup.length) b.appendChild(el("span", "+" + x.sup.length, "sup"));
          if (x.opp.length) b.appendChild(el("span", "−" + x.opp.length, "opp"));
          if (x.nsup.length + x.nopp.length) b.appendChild(el("span", "¬" + (x.nsup.length + x.nopp.length), "negc"));
          b.title = x.sup.length + " supports 支持 · " + x.opp.length + " opposes 反对 · " +
            (x.nsup.length + x.nopp.length) + " negated 否定";
          td.appendChild(b);
        }
        tr.appendChild(td);
      });
      frag.appendChild(tr);
    });
    tbody.appendChild(frag);
    var more = $("pos-more");
    more.textContent = "";
    if (table.rows.length > table.limit) {
      var mb = el("button", "Show all " + table.rows.length + " holders 显示全部", "link");
      mb.addEventListener("click", function () { table.limit = table.rows.length; renderTable(); });
      more.appendChild(mb);
    }
    $("pos-count").textContent = table.rows.length + " holders · " + table.objects.length + " objects" +
      (docFilterActive() ? " (filtered 已筛选)" : "");
    var add = $("pos-add");
    add.textContent = "";
    add.appendChild(el("option", "Add a column 添加列…"));
    add.options[0].value = "";
    table.objects.forEach(function (c) {
      if (table.cols.indexOf(c) >= 0) return;
      var o = el("option", (N[c].cls === "document" ? N[c].ident : N[c].zh) + " (" + table.colTotals[c] + ")");
      o.value = N[c].key; add.appendChild(o);
    });
    var agree = $("pos-agree");
    var chosen = table.agree >= 0 ? N[table.agree].key : "";
    agree.textContent = "";
    agree.appendChild(el("option", "…an actor 选择"));
    agree.options[0].value = "";
    table.rows.slice().sort(function (a, b) { return table.rowTotals[b] - table.rowTotals[a]; }).slice(0, 400).forEach(function (r) {
      var o = el("option", N[r].zh + " (" + table.rowTotals[r] + ")"); o.value = N[r].key; agree.appendChild(o);
    });
    agree.value = chosen;
    api.timing.tableMs = performance.now() - t0;
    $("table-wrap").setAttribute("data-rendered", String(++api.tableRenders));
  }
  $("pos-sort").addEventListener("change", function (ev) { table.sort = ev.target.value; renderTable(); });
  $("pos-agree").addEventListener("change", function (ev) {
    var i = nodeByKey[ev.target.value];
    table.agree = i === undefined ? -1 : i;
    if (table.agree >= 0) { table.sort = "agree"; $("pos-sort").value = "agree"; }
    renderTable();
  });
  $("pos-add").addEventListener("change", function (ev) {
    var i = nodeByKey[ev.target.value];
    if (i === undefined) return;
    table.user = true; table.cols = table.cols.concat([i]);
    renderTable();
  });
  $("pos-body").addEventListener("click", function (ev) {
    var td = ev.target.closest("td.cell"), tr = ev.target.closest("tr");
    if (!td || !tr || !td.firstChild) return;
    var prev = document.querySelector("#pos-body td.chosen");
    if (prev) prev.classList.remove("chosen");
    td.classList.add("chosen");
    showCell(nodeByKey[tr.getAttribute("data-row")], nodeByKey[td.getAttribute("data-col")]);
  });
  function showCell(r, c) {
    var d = clearDetails(), x = table.cells[r + "," + c], head = el("h3");
    panel = { cell: [r, c] };
    d.setAttribute("data-cell", N[r].key + "|" + N[c].key);
    head.appendChild(nameButton(r));
    head.appendChild(el("span", " on 关于 ", "pred"));
    head.appendChild(nameButton(c));
    d.appendChild(head);
    if (!x) { d.appendChild(el("p", "No position under the current filters. 当前筛选下无立场。", "note")); return; }
    legendKey(d);
    [["sup", "supports 支持", "supports"], ["opp", "opposes 反对", "opposes"],
     ["nsup", "not (negated) supports 否定的支持", "!supports"], ["nopp", "not (negated) opposes 否定的反对", "!opposes"]]
      .forEach(function (g) {
        var list = x[g[0]];
        if (!list.length) return;
        var title = el("div", null, "group-title"), sw = el("span", null, "swatch");
        sw.style.background = g[0] === "sup" ? "#2e7d32" : g[0] === "opp" ? "#c62828" : "#999";
        title.appendChild(sw); title.appendChild(document.createTextNode(g[1] + " (" + list.length + ")"));
        title.setAttribute("data-predicate", g[2]);
        d.appendChild(title);
        var box = el("div"); d.appendChild(box);
        chunked(box, list, statementView, 20);
      });
  }
  function csvCell(v) {
    var s = String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function tableCsv() {
    var head = ["holder_id", "holder_zh", "holder_en", "class", "positions"];
    table.cols.forEach(function (c) {
      var name = N[c].ident;
      head.push(name + " supports", name + " opposes", name + " negated");
    });
    var lines = [head.map(csvCell).join(",")];
    table.rows.forEach(function (r) {
      var n = N[r], row = [n.ident, n.zh, n.en, n.cls, table.rowTotals[r]];
      table.cols.forEach(function (c) {
        var x = table.cells[r + "," + c];
        row.push(x ? x.sup.length : 0, x ? x.opp.length : 0, x ? x.nsup.length + x.nopp.length : 0);
      });
      lines.push(row.map(csvCell).join(","));
    });
    // A byte-order mark, so that spreadsheet programs read the file as UTF-8 and show Chinese.
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }
  $("pos-csv").addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob([tableCsv()], { type: "text/csv;charset=utf-8" }));
    var a = el("a"); a.href = url; a.download = "nukegraph-positions.csv";
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });

  // ---- views: the graph or the positions table ----------------------------------------------
  var view = "graph";
  api.tableRenders = 0;
  function setView(v) {
    view = v;
    $("net-wrap").hidden = v !== "graph";
    $("table-wrap").hidden = v !== "table";
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.setAttribute("aria-selected", String(b.getAttribute("data-view") === v));
    });
    if (v === "table") renderTable();
    else network.redraw();
    updateStatus();
  }
  document.querySelectorAll("#tabs button").forEach(function (b) {
    b.addEventListener("click", function () { setView(b.getAttribute("data-view")); });
  });
  api.view = function () { return view; };

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
      else if (nodeHidden[i]) sub += " · not shown now 当前未显示";
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

  // ---- links into the page: #node=KEY opens an entity, #doc=KEY filters to a document ---------
  function follow() {
    var m = /^#(node|doc)=(.+)$/.exec(location.hash), key;
    if (!m) return;
    try { key = decodeURIComponent(m[2]); } catch (err) { return; }
    if (m[1] === "doc" && docByKey[key] !== undefined) setDocument(docByKey[key]);
    else if (m[1] === "node" && nodeByKey[key] !== undefined) selectNode(nodeByKey[key], true);
  }
  window.addEventListener("hashchange", follow);

  applyFilters();
  follow();
})();
