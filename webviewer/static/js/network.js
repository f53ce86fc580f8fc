// Draws the network made by pyvis (JSON islands in the page) with the locally
// served vis-network, filters it by relation, and expands a node on click.
(function () {
  "use strict";
  var container = document.getElementById("vnkg-network");
  if (!container || typeof vis === "undefined") { return; }
  function read(id) { return JSON.parse(document.getElementById(id).textContent); }
  var nodes = new vis.DataSet(read("vnkg-network-nodes"));
  var allEdges = read("vnkg-network-edges").map(function (e, i) {
    e.id = e.id || ("e" + i + ":" + e.from + ">" + e.to + ":" + e.relation + ":" + e.label);
    return e;
  });
  var edges = new vis.DataSet(allEdges);
  var options = read("vnkg-network-options");
  // A large network is drawn once before its physics starts: the forces of
  // thousands of nodes, computed first, were most of the time to that drawing.
  var physicsAfterDrawing = options.physicsAfterFirstDrawing;
  delete options.physicsAfterFirstDrawing;
  if (physicsAfterDrawing) { options.physics.enabled = false; }
  var status = document.getElementById("network-status");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.vnkgNetwork = network;
  if (physicsAfterDrawing) {
    network.once("afterDrawing", function () {
      window.setTimeout(function () { network.setOptions({ physics: { enabled: true } }); }, 0);
    });
  }

  function activeRelations() {
    var boxes = document.querySelectorAll(".rel-filter");
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    return on;
  }
  function applyFilter() {
    var on = activeRelations();
    // One batched update of the edges whose visibility changes: an update per
    // edge makes vis-network redo its edge bookkeeping thousands of times.
    var changed = [];
    edges.forEach(function (e) {
      var hidden = on[e.relation] === false;
      if (Boolean(e.hidden) !== hidden) { changed.push({ id: e.id, hidden: hidden }); }
    });
    if (changed.length) { edges.update(changed); }
    document.querySelectorAll("#network-table tr[data-relation]").forEach(function (row) {
      row.hidden = on[row.getAttribute("data-relation")] === false;
    });
  }
  document.querySelectorAll(".rel-filter").forEach(function (box) { box.addEventListener("change", applyFilter); });

  network.once("afterDrawing", function () {
    // Milliseconds from navigation start to the first drawing (webviewer/paintcheck.py reads it).
    container.setAttribute("data-first-paint-ms", String(Math.round(performance.now())));
    container.setAttribute("data-drawn", String(nodes.length));
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) {
      var node = nodes.get(params.nodes[0]);
      if (node && node.url) { window.location.href = node.url; }
    }
  });
  network.on("click", function (params) {
    if (!params.nodes.length) { return; }
    var iri = params.nodes[0];
    var url = container.getAttribute("data-source") + "&iri=" + encodeURIComponent(iri);
    fetch(url, { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var added = 0;
        data.nodes.forEach(function (n) { if (!nodes.get(n.id)) { nodes.add(n); added += 1; } });
        data.edges.forEach(function (e) {
          e.id = "x:" + e.from + ">" + e.to + ":" + e.relation + ":" + e.label;
          if (!edges.get(e.id)) { edges.add(e); }
        });
        applyFilter();
        container.setAttribute("data-drawn", String(nodes.length));
        if (status) {
          status.textContent = "+" + added + " (" + nodes.length + ")" + (data.capped ? " …" : "");
        }
      });
  });
  applyFilter();
})();
