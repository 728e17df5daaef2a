/* nukegraph reading page: one document's text with its names and evidence sentences marked.
   Every text from the data reaches the screen through text nodes and textContent (never parsed
   as markup): the documents were written by others. */
(function () {
  "use strict";
  var t0 = performance.now();
  var meta = JSON.parse(document.getElementById("doc-meta").textContent);
  var data = JSON.parse(document.getElementById("doc-data").textContent);
  var text = data.text, E = data.e, M = data.m, S = data.s, ST = data.st;
  var SAFE_HREF = /^(\.\.\/)?[A-Za-z0-9._\/-]+\.html$/;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, txt, cls) {
    var e = document.createElement(tag);
    if (txt !== undefined && txt !== null) e.textContent = String(txt);
    if (cls) e.className = cls;
    return e;
  }
  function styleOf(cls) { return meta.styles[cls] || meta.styles.anonymous; }
  function predLabel(p) { return meta.predicates[p] || p; }
  function link(href, label, hash) {
    if (!SAFE_HREF.test(href)) return null;
    var a = el("a", label); a.href = href + (hash || ""); return a;
  }
  function graphHref(hash) { return meta.main && SAFE_HREF.test(meta.main) ? meta.main + hash : null; }

  // ---- header ------------------------------------------------------------------------------
  $("title").textContent = meta.title || meta.id;
  var facts = $("facts");
  facts.appendChild(el("span", meta.id));
  facts.appendChild(meta.date ? el("span", meta.date) : el("span", "undated 无日期", "undated"));
  facts.appendChild(el("span", meta.path));
  facts.appendChild(el("span", M.length / 3 + " mentions 提及"));
  facts.appendChild(el("span", ST.length + " statements 陈述"));
  [[meta.main, "Whole graph 总图", ""],
   [meta.main, "This document in the graph 本文件图谱", "#doc=" + encodeURIComponent(meta.key)],
   [meta.index, "All documents 文件列表", ""]].forEach(function (l) {
    var a = l[0] && link(l[0], l[1], l[2]); if (a) $("links").appendChild(a);
  });

  // ---- class colours: one rule per class, text-decoration colour of its mentions -------------
  var css = Object.keys(meta.styles).map(function (c) {
    return ".c-" + c + " { text-decoration-color: " + meta.styles[c].color + "; }";
  }).join("\n");
  var style = document.createElement("style"); style.textContent = css; document.head.appendChild(style);
  var perClass = {};
  for (var i = 2; i < M.length; i += 3) { var c0 = E[M[i]][1]; perClass[c0] = (perClass[c0] || 0) + 1; }
  Object.keys(meta.styles).forEach(function (c) {
    if (!perClass[c]) return;
    var item = el("span"), sw = el("span", null, "sw");
    sw.style.background = meta.styles[c].color;
    item.appendChild(sw); item.appendChild(document.createTextNode(meta.styles[c].label + " "));
    item.appendChild(el("span", perClass[c], "n"));
    $("legend").appendChild(item);
  });

  // ---- the text: paragraphs, with evidence sentences and mentions nested in them -------------
  // Intervals sorted by start, longer first, sentences before mentions of the same span, so
  // that each opens inside the one that holds it; one that crosses another's end is dropped.
  var iv = [];
  S.forEach(function (s, k) { iv.push([s[0], s[1], 0, k]); });
  for (var j = 0; j < M.length; j += 3) iv.push([M[j], M[j + 1], 1, j / 3]);
  iv.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] || a[2] - b[2]; });
  var sentenceEls = new Array(S.length), mentionEls = new Array(M.length / 3);
  var negOnly = S.map(function (s) { return s[4].every(function (x) { return ST[x][3]; }); });
  var k = 0;
  function paragraph(pa, pb) {
    var p = el("p"), stack = [[p, pb]], pos = pa;
    function flushTo(x) {
      if (x > pos) { stack[stack.length - 1][0].appendChild(document.createTextNode(text.slice(pos, x))); pos = x; }
    }
    while (k < iv.length && iv[k][0] < pb) {
      var v = iv[k++];
      if (v[0] < pos || v[1] > pb || v[1] <= v[0]) continue;
      while (stack.length > 1 && stack[stack.length - 1][1] <= v[0]) { flushTo(stack[stack.length - 1][1]); stack.pop(); }
      if (v[1] > stack[stack.length - 1][1]) continue;
      flushTo(v[0]);
      var node;
      if (v[2] === 0) {
        node = el("mark", null, negOnly[v[3]] ? "ev neg" : "ev");
        node.setAttribute("data-s", String(v[3]));
        sentenceEls[v[3]] = node;
      } else {
        var ent = E[M[3 * v[3] + 2]];
        node = el("span", null, "ment c-" + ent[1]);
        node.setAttribute("data-m", String(v[3]));
        node.title = ent[2] + (ent[3] && ent[3] !== ent[2] ? " / " + ent[3] : "");
        mentionEls[v[3]] = node;
      }
      stack[stack.length - 1][0].appendChild(node);
      stack.push([node, v[1]]);
    }
    while (stack.length > 1) { flushTo(stack[stack.length - 1][1]); stack.pop(); }
    flushTo(pb);
    return p;
  }
  // A long document (a 500-page report) is drawn in slices: the page is usable once the
  // slice holding what a link points at is drawn, and the rest follows between frames.
  var paraStarts = [], start = 0;
  while (start <= text.length) {
    var end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start) paraStarts.push([start, end]);
    start = end + 1;
  }
  var drawnParas = 0, SLICE = 40000;
  function drawUpTo(offset) {  // every paragraph that starts before offset, then a slice more
    var frag = document.createDocumentFragment(), until = offset + SLICE;
    while (drawnParas < paraStarts.length && paraStarts[drawnParas][0] < until) {
      frag.appendChild(paragraph(paraStarts[drawnParas][0], paraStarts[drawnParas][1]));
      drawnParas++;
    }
    $("text").appendChild(frag);
  }
  function drawRest() {
    if (drawnParas >= paraStarts.length) { document.documentElement.setAttribute("data-drawn", "all"); return; }
    drawUpTo(paraStarts[drawnParas][0]);
    setTimeout(drawRest, 0);
  }

  // ---- the side panel ------------------------------------------------------------------------
  var details = $("details");
  function clear() { details.textContent = ""; return details; }
  var entityMentions = E.map(function () { return []; });
  for (var q = 0; q < M.length; q += 3) entityMentions[M[q + 2]].push(q / 3);
  var entityStatements = E.map(function () { return []; });
  ST.forEach(function (s, x) {
    entityStatements[s[0]].push(x);
    if (s[2] !== s[0]) entityStatements[s[2]].push(x);
    if (s.length > 5) entityStatements[s[5]].push(x);
  });
  var sentenceOf = new Array(ST.length);
  S.forEach(function (s, x) { s[4].forEach(function (si) { sentenceOf[si] = x; }); });
  function nameButton(ei) {
    var b = el("button", E[ei][2], "link");
    b.title = E[ei][3] + " · " + E[ei][0];
    b.addEventListener("click", function () { openEntity(ei, -1); });
    return b;
  }
  function statementView(si, withQuote) {
    var s = ST[si], box = el("div", null, "st"), head = el("div");
    head.appendChild(nameButton(s[0]));
    head.appendChild(el("span", (s[3] ? "not " : "") + predLabel(s[1]) + " →", s[3] ? "pred neg" : "pred"));
    head.appendChild(nameButton(s[2]));
    if (s.length > 5) {
      head.appendChild(el("span", " (as 具体为 ", "pred"));
      head.appendChild(nameButton(s[5]));
      head.appendChild(el("span", ")", "pred"));
    }
    box.appendChild(head);
    var x = sentenceOf[si];
    if (withQuote) {
      var quote = el("div", text.slice(S[x][0], S[x][1]), "quote");
      box.appendChild(quote);
    }
    var src = el("div", null, "src");
    if (s[4]) src.appendChild(document.createTextNode("cue 提示词 " + s[4] + " · "));
    var go = el("button", "show in the text 在文中显示", "link");
    go.addEventListener("click", function () { goToSentence(x, false); });
    src.appendChild(go);
    box.appendChild(src);
    return box;
  }
  function openEntity(ei, mi) {
    var d = clear(), ent = E[ei], st = styleOf(ent[1]);
    d.setAttribute("data-entity", ent[0]);
    d.appendChild(el("h3", ent[2]));
    if (ent[3] && ent[3] !== ent[2]) d.appendChild(el("div", ent[3], "en"));
    d.appendChild(el("div", st.label + " · " + ent[0].slice(ent[0].indexOf("/") + 1), "src"));
    var g = graphHref("#node=" + encodeURIComponent(ent[0]));
    if (g) { var a = el("a", "Open in the whole graph 在总图中查看"); a.href = g; d.appendChild(a); }
    var ms = entityMentions[ei];
    if (ms.length) {
      d.appendChild(el("h2", ms.length + " mention" + (ms.length > 1 ? "s" : "") + " in this document 本文提及"));
      var nav = el("div", null, "nav"), at = Math.max(0, ms.indexOf(mi)), pos = el("span");
      function show(n) {
        at = (n + ms.length) % ms.length;
        pos.textContent = (at + 1) + " / " + ms.length;
        if (!mentionEls[ms[at]]) drawUpTo(M[3 * ms[at] + 1]);
        var target = mentionEls[ms[at]];
        document.querySelectorAll(".ment.sel").forEach(function (x) { x.classList.remove("sel"); });
        if (target) { target.classList.add("sel"); target.scrollIntoView({ block: "center" }); }
      }
      var prev = el("button", "◀ previous 上一个", "link"), next = el("button", "next 下一个 ▶", "link");
      prev.addEventListener("click", function () { show(at - 1); });
      next.addEventListener("click", function () { show(at + 1); });
      nav.appendChild(prev); nav.appendChild(next); nav.appendChild(pos);
      d.appendChild(nav);
      pos.textContent = (at + 1) + " / " + ms.length;
    }
    var sts = entityStatements[ei];
    d.appendChild(el("h2", "Statements in this document 本文陈述 (" + sts.length + ")"));
    if (!sts.length) d.appendChild(el("p", "None read here. 无。", "placeholder"));
    sts.slice(0, 200).forEach(function (si) { d.appendChild(statementView(si, true)); });
    if (sts.length > 200) d.appendChild(el("p", (sts.length - 200) + " more: see the whole graph. 更多见总图。", "src"));
  }
  function openSentence(x) {
    var d = clear(), s = S[x];
    d.setAttribute("data-sentence", s[2] + "-" + s[3]);
    d.appendChild(el("h2", s[4].length + " statement" + (s[4].length > 1 ? "s" : "") + " read here 本句陈述"));
    d.appendChild(el("div", text.slice(s[0], s[1]), "quote"));
    d.appendChild(el("div", "characters 字符 " + s[2] + "–" + s[3] + " of the file", "src"));
    s[4].forEach(function (si) { d.appendChild(statementView(si, false)); });
  }
  var current = null;
  function goToSentence(x, fromLink) {
    if (!sentenceEls[x]) drawUpTo(S[x][1]);
    var node = sentenceEls[x];
    if (current) current.classList.remove("target");
    current = node || null;
    if (node) { node.classList.add("target"); node.scrollIntoView({ block: "center" }); }
    openSentence(x);
    if (!fromLink && history.replaceState) history.replaceState(null, "", "#s=" + S[x][2] + "-" + S[x][3]);
  }
  $("text").addEventListener("click", function (ev) {
    var m = ev.target.closest(".ment");
    if (m) {
      var mi = Number(m.getAttribute("data-m"));
      document.querySelectorAll(".ment.sel").forEach(function (x) { x.classList.remove("sel"); });
      m.classList.add("sel");
      openEntity(M[3 * mi + 2], mi);
      return;
    }
    var s = ev.target.closest(".ev");
    if (s) goToSentence(Number(s.getAttribute("data-s")), false);
  });
  $("plain").addEventListener("change", function (ev) { document.body.classList.toggle("plain", ev.target.checked); });

  // ---- links into the page: #s=START-END, the raw offsets of a statement's evidence --------
  var bySpan = {};
  S.forEach(function (s, x) { bySpan[s[2] + "-" + s[3]] = x; });
  function follow() {
    var m = /^#s=(\d+)-(\d+)$/.exec(location.hash);
    if (!m) return;
    var x = bySpan[m[1] + "-" + m[2]];
    if (x === undefined) {
      // not an evidence sentence of this build (an older link): the sentence around its start
      var r = Number(m[1]);
      S.forEach(function (s, y) { if (s[2] <= r && r < s[3]) x = y; });
    }
    if (x !== undefined) goToSentence(x, true);
  }
  window.addEventListener("hashchange", follow);
  var linked = /^#s=(\d+)-(\d+)$/.exec(location.hash), first = 0;
  if (linked && bySpan[linked[1] + "-" + linked[2]] !== undefined) first = S[bySpan[linked[1] + "-" + linked[2]]][1];
  drawUpTo(first);
  follow();
  setTimeout(drawRest, 0);

  window.nukegraph = {
    timing: { script: t0, ready: performance.now() },
    target: function () { return current ? current.textContent : null; },
    mentions: function () { return mentionEls.filter(Boolean).length; },
    drawnAll: function () { return drawnParas >= paraStarts.length; }
  };
  document.documentElement.setAttribute("data-ready", "true");
})();
