// Network page: actors as nodes, shared events as edges (cytoscape with
// the fcose layout); a click on a node opens the actor.
"use strict";
(function () {
  var el = document.getElementById("network");
  if (!el) return;
  // Colours by ACLED inter code (as in the legend of the page).
  var interColor = { 1: "#2c3e50", 2: "#c0392b", 3: "#e67e22", 4: "#d35400", 5: "#8e44ad", 6: "#2980b9", 7: "#27ae60", 8: "#16a085" };
  fetch(el.dataset.api, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (net) {
    var els = [];
    net.nodes.forEach(function (n) {
      els.push({ data: { id: n.id, label: n.name, size: 20 + Math.min(n.events, 30) * 2, color: interColor[n.inter] || "#7f8c8d" } });
    });
    net.edges.forEach(function (e, i) {
      els.push({ data: { id: "e" + i, source: e.source, target: e.target, w: Math.min(1 + e.weight, 10) } });
    });
    var cy = cytoscape({
      container: el, elements: els,
      style: [
        { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
          "background-color": "data(color)", "font-family": "Noto Sans Arabic, sans-serif", "font-size": 11,
          "text-valign": "bottom", "text-margin-y": 4 } },
        { selector: "edge", style: { "width": "data(w)", "line-color": "#9aa7b5", "opacity": 0.7, "curve-style": "haystack" } }
      ],
      layout: { name: els.length > 0 ? "fcose" : "grid", animate: false, randomize: true,
        nodeRepulsion: 9000, idealEdgeLength: 110, nodeSeparation: 140, packComponents: true,
        tile: true, tilingPaddingVertical: 40, tilingPaddingHorizontal: 160 }
    });
    cy.on("tap", "node", function (ev) { window.location.href = "/actors/" + encodeURIComponent(ev.target.id()); });
    el.dataset.nodes = String(net.nodes.length);
  });
})();
