"""The inline stylesheet and script of the HTML report (static: nothing from the input).

Kept apart from :mod:`html_report` so the markup builder stays readable. The script only reads
the JSON data block and the ``data-unit`` attributes, and writes with ``textContent`` (never
``innerHTML``), so no text from an essay can become markup.
"""

from __future__ import annotations

CSS = """
:root { --mc: #f6c945; --claim: #9cc8f0; --premise: #bfe8b5; --bg: #e6e6e6;
        --ink: #1d1d1f; --muted: #777; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fafaf7;
       font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; }
.meta, .hint, footer { color: var(--muted); font-size: .9rem; }
.legend span { display: inline-block; padding: .1em .5em; margin-right: .4em;
               border-radius: .3em; font-size: .8rem; }
.essay { white-space: pre-wrap; line-height: 2.5; font-family: Georgia, "Noto Serif", serif;
         font-size: 1.05rem; background: #fff; padding: 1rem 1.25rem; border-radius: .5rem;
         border: 1px solid #e3e3e3; }
mark.unit { color: inherit; padding: .25em .4em; margin: 0 .1em; border-radius: .35em;
            cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.unit:focus { outline: 2px solid #333; }
.label { font: 700 .62rem/1 system-ui, sans-serif; text-transform: uppercase;
         letter-spacing: .04em; vertical-align: middle; margin-left: .45em; opacity: .8; }
.role-major_claim { background: var(--mc); }
.role-claim { background: var(--claim); }
.role-premise { background: var(--premise); }
.role-background { background: var(--bg); }
.excluded { color: #aaa; }
.excluded .label { color: #999; }
.hl-self { outline: 3px solid #222; }
.hl-parent { outline: 3px solid #2e7d32; }
.hl-child { outline: 3px dashed #1565c0; }
#details { position: fixed; right: 1rem; bottom: 1rem; width: min(26rem, 90vw);
           max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #ccc;
           border-radius: .5rem; padding: .75rem 1rem; box-shadow: 0 4px 18px rgba(0,0,0,.15);
           font-size: .9rem; }
#details h3 { margin: 0 0 .3rem; font-size: 1rem; }
#details h4 { margin: .6rem 0 .2rem; font-size: .85rem; color: #444; }
#details ul { margin: 0; padding-left: 1.1rem; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.3rem; margin: 0; }
ul.tree { padding-left: 0; }
ul.tree ul { border-left: 2px solid #ddd; margin-left: .4rem; }
ul.tree li { margin: .35rem 0; }
.badge { display: inline-block; font-size: .72rem; font-weight: 700; padding: 0 .45em;
         border-radius: .3em; margin-right: .3em; text-transform: uppercase; }
.rel-support { background: #dff0da; color: #2e7d32; }
.rel-attack { background: #fbe0e0; color: #c62828; }
.ref { font-family: ui-monospace, monospace; font-size: .85rem; margin-right: .3em; }
.repeat { color: var(--muted); font-style: italic; }
.speaker { color: var(--muted); font-weight: 600; margin-left: .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; background: #fff; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f0ec; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status-named { color: #2e7d32; } .status-vague { color: #b26a00; } .status-none { color: #c62828; }
ul.excluded-list { color: #999; }
ul.excluded-list .reason { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
footer { margin-top: 2rem; padding-bottom: 2rem; }
"""

# Reads DATA = {"units": {id: {"role", "text"}}, "relations": [[source, target, type], ...]}.
JS = """
(function () {
  "use strict";
  var ROLE = {major_claim: "major claim", claim: "claim", premise: "premise",
              background: "background"};
  var VERB = {out: {support: "Supports", attack: "Attacks"},
              "in": {support: "Supported by", attack: "Attacked by"}};
  var panel = document.getElementById("details");
  if (!panel || !window.DATA) { return; }
  var els = {};
  Array.prototype.forEach.call(document.querySelectorAll("[data-unit]"), function (el) {
    var id = el.getAttribute("data-unit");
    (els[id] = els[id] || []).push(el);
  });
  var pinned = null;
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined) { el.textContent = text; }
    if (cls) { el.className = cls; }
    parent.appendChild(el);
    return el;
  }
  function short(text) { return text.length > 160 ? text.slice(0, 157) + "\\u2026" : text; }
  function light(id, cls) {
    (els[id] || []).forEach(function (el) { el.classList.add(cls); });
  }
  function clear() {
    ["hl-self", "hl-parent", "hl-child"].forEach(function (cls) {
      Array.prototype.forEach.call(document.querySelectorAll("." + cls), function (el) {
        el.classList.remove(cls);
      });
    });
  }
  function section(title, rels, end) {
    if (!rels.length) { return; }
    add(panel, "h4", title);
    var list = add(panel, "ul");
    rels.forEach(function (r) {
      var other = DATA.units[r[end]] || {role: "", text: ""};
      add(list, "li", r[end] + " (" + (ROLE[other.role] || other.role) + "): " + short(other.text));
    });
  }
  function show(id) {
    var unit = DATA.units[id];
    if (!unit) { return; }
    clear();
    panel.textContent = "";
    add(panel, "h3", id + " \\u00b7 " + (ROLE[unit.role] || unit.role));
    add(panel, "p", short(unit.text));
    var out = DATA.relations.filter(function (r) { return r[0] === id; });
    var inc = DATA.relations.filter(function (r) { return r[1] === id; });
    ["support", "attack"].forEach(function (type) {
      var o = out.filter(function (r) { return r[2] === type; });
      var i = inc.filter(function (r) { return r[2] === type; });
      section(VERB.out[type], o, 1);
      section(VERB["in"][type], i, 0);
      o.forEach(function (r) { light(r[1], "hl-parent"); });
      i.forEach(function (r) { light(r[0], "hl-child"); });
    });
    if (!out.length && !inc.length) { add(panel, "p", "No relations.", "repeat"); }
    if (pinned) { add(panel, "p", "Pinned: click again or press Esc to release.", "repeat"); }
    light(id, "hl-self");
    panel.hidden = false;
  }
  function hide() { clear(); panel.hidden = true; }
  Object.keys(els).forEach(function (id) {
    els[id].forEach(function (el) {
      el.addEventListener("mouseenter", function () { if (!pinned) { show(id); } });
      el.addEventListener("mouseleave", function () { if (!pinned) { hide(); } });
      el.addEventListener("focus", function () { if (!pinned) { show(id); } });
      el.addEventListener("click", function (event) {
        if (el.tagName === "A") { return; }
        event.stopPropagation();
        pinned = pinned === id ? null : id;
        if (pinned) { show(id); } else { hide(); }
      });
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { pinned = null; hide(); }
  });
}());
"""
