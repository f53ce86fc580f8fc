// The query page: CodeMirror with SPARQL mode, completion of prefixes,
// classes, properties and entity labels from our graph, results as a table
// with links to entity pages, CONSTRUCT results as a graph, and downloads.
(function () {
  "use strict";
  var config = document.getElementById("query-config").dataset;
  var textarea = document.getElementById("query-text");
  var statusBox = document.getElementById("query-status");
  var resultsBox = document.getElementById("query-results");
  var graphBox = document.getElementById("query-graph");
  var PREFIXES = {};
  var vocabulary = { words: [], terms: [] };

  function prefixesOf(text) {
    var found = {}, re = /PREFIX\s+([\w-]*):\s*<([^>]*)>/gi, m;
    while ((m = re.exec(text)) !== null) { found[m[1]] = m[2]; }
    return found;
  }
  PREFIXES = prefixesOf(textarea.value);
  function shorten(iri) {
    var best = null;
    Object.keys(PREFIXES).forEach(function (p) {
      var ns = PREFIXES[p];
      if (iri.indexOf(ns) === 0 && /^[\w-]+$/.test(iri.slice(ns.length))) { best = p + ":" + iri.slice(ns.length); }
    });
    return best;
  }

  // After a declared prefix ("vnkg:imp"), the classes and properties in that
  // namespace whose local name starts so; elsewhere, any term or entity label
  // containing the word typed.
  function prefixedTerms(prefix, local) {
    var ns = PREFIXES[prefix];
    return vocabulary.terms.filter(function (iri) {
      var rest = iri.slice(ns.length);
      return iri.indexOf(ns) === 0 && /^[\w-]+$/.test(rest) && rest.toLowerCase().indexOf(local) === 0;
    }).map(function (iri) {
      var text = prefix + ":" + iri.slice(ns.length);
      return { text: text, displayText: text };
    });
  }
  function hint(cm) {
    var cur = cm.getCursor(), line = cm.getLine(cur.line);
    var start = cur.ch;
    while (start > 0 && /[\w:\-\u00C0-\u1EF9"]/.test(line.charAt(start - 1))) { start -= 1; }
    var typed = line.slice(start, cur.ch);
    PREFIXES = prefixesOf(cm.getValue());
    var prefixed = /^([\w-]*):([\w-]*)$/.exec(typed);
    var list;
    if (prefixed && PREFIXES[prefixed[1]] !== undefined) {
      list = prefixedTerms(prefixed[1], prefixed[2].toLowerCase());
    } else {
      var word = typed.toLowerCase().replace(/^"/, "");
      list = vocabulary.words.filter(function (w) {
        return w.match.indexOf(word) !== -1;
      }).map(function (w) { return { text: w.text, displayText: w.display }; });
    }
    return { list: list.slice(0, 40), from: CodeMirror.Pos(cur.line, start), to: CodeMirror.Pos(cur.line, cur.ch) };
  }

  var editor = CodeMirror.fromTextArea(textarea, {
    mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, viewportMargin: Infinity,
    extraKeys: { "Ctrl-Space": function (cm) { cm.showHint({ hint: hint, completeSingle: false }); },
                 "Ctrl-Enter": function () { run(); } }
  });
  window.vnkgEditor = editor;

  fetch(config.vocabulary).then(function (r) { return r.json(); }).then(function (v) {
    var words = [];
    v.classes.concat(v.properties).forEach(function (iri) {
      var s = shorten(iri);
      var text = s || "<" + iri + ">";
      words.push({ text: text, display: text, match: text.toLowerCase() });
    });
    v.entities.forEach(function (e) {
      words.push({ text: "<" + e.iri + ">", display: e.label + " — " + e.kind,
                   match: e.label.toLowerCase() + " " + e.iri.toLowerCase() });
    });
    vocabulary.words = words;
    vocabulary.terms = v.classes.concat(v.properties);
  });

  function entityHref(iri) {
    if (iri.indexOf(config.entityBase) === 0) {
      return config.entityPath + iri.slice(config.entityBase.length).split("/").map(encodeURIComponent).join("/");
    }
    return config.entityIri + "?iri=" + encodeURIComponent(iri);
  }
  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = document.createElement("a");
      a.href = entityHref(term.value);
      a.textContent = shorten(term.value) || term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) { td.title = "@" + term["xml:lang"]; }
    }
    return td;
  }
  function table(data) {
    var t = document.createElement("table");
    t.className = "table table-sm table-striped results";
    var head = t.createTHead().insertRow();
    data.head.vars.forEach(function (v) {
      var th = document.createElement("th"); th.scope = "col"; th.textContent = "?" + v; head.appendChild(th);
    });
    var body = t.createTBody();
    data.results.bindings.forEach(function (b) {
      var row = body.insertRow();
      data.head.vars.forEach(function (v) { row.appendChild(cell(b[v])); });
    });
    return t;
  }
  function drawGraph(ntriples) {
    var nodes = new vis.DataSet(), edges = new vis.DataSet();
    var re = /^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(.*)\s*\.\s*$/;
    var rows = document.createElement("table");
    rows.className = "table table-sm results";
    var body = rows.createTBody();
    ntriples.split("\n").forEach(function (line) {
      var m = re.exec(line.trim());
      if (!m) { return; }
      var s = m[1].replace(/^<|>$/g, ""), p = m[2], o = m[3].trim();
      var row = body.insertRow();
      [s, shorten(p) || p, o].forEach(function (x) { row.insertCell().textContent = x; });
      if (!nodes.get(s)) { nodes.add({ id: s, label: shorten(s) || s.split("/").pop() }); }
      if (o.charAt(0) === "<") {
        var oi = o.slice(1, -1);
        if (!nodes.get(oi)) { nodes.add({ id: oi, label: shorten(oi) || oi.split("/").pop() }); }
        edges.add({ from: s, to: oi, label: shorten(p) || p, arrows: "to" });
      }
    });
    graphBox.classList.remove("d-none");
    new vis.Network(graphBox, { nodes: nodes, edges: edges }, { edges: { font: { size: 10 } } });
    return rows;
  }
  function run(event) {
    editor.save();
    // A download button sends the form to /sparql as it is: nothing to draw here.
    if (event && event.submitter && event.submitter.name === "format") { return; }
    if (event) { event.preventDefault(); }
    PREFIXES = prefixesOf(editor.getValue());
    statusBox.textContent = config.msgRunning;
    resultsBox.innerHTML = "";
    graphBox.classList.add("d-none");
    var body = new URLSearchParams();
    body.set("query", editor.getValue());
    fetch(config.endpoint, {
      method: "POST", body: body,
      headers: { "Accept": "application/sparql-results+json, application/n-triples;q=0.9" }
    }).then(function (r) {
      var truncated = r.headers.get("X-VNKG-Truncated");
      var type = r.headers.get("Content-Type") || "";
      return r.text().then(function (text) {
        if (!r.ok) {
          statusBox.className = "alert alert-danger";
          statusBox.textContent = config.msgError + " " + text;
          return;
        }
        statusBox.className = "text-muted";
        if (type.indexOf("n-triples") !== -1) {
          var count = text.split("\n").filter(function (l) { return l.trim(); }).length;
          statusBox.textContent = count + " " + config.msgRows;
          resultsBox.appendChild(drawGraph(text));
          return;
        }
        var data = JSON.parse(text);
        if (typeof data.boolean === "boolean") {
          statusBox.textContent = "ASK: " + data.boolean;
          return;
        }
        statusBox.textContent = data.results.bindings.length + " " + config.msgRows + (truncated ? " · " + config.msgTruncated : "");
        resultsBox.appendChild(table(data));
      });
    }).catch(function (err) {
      statusBox.className = "alert alert-danger";
      statusBox.textContent = config.msgError + " " + err;
    });
  }
  document.getElementById("query-form").addEventListener("submit", run);
  document.querySelectorAll("a.example").forEach(function (b) {
    b.addEventListener("click", function (event) {
      event.preventDefault();
      editor.setValue(b.getAttribute("data-query"));
      editor.focus();
    });
  });
})();
