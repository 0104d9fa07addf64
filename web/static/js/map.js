// Map page: country outlines from the embedded TopoJSON (no tile server)
// and one circle marker per event, coloured by type; a click opens the event.
"use strict";
(function () {
  var el = document.getElementById("map");
  if (!el) return;
  var map = L.map(el, { zoomSnap: 0.5, attributionControl: false }).setView([31, 42], 5);
  function json(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }
  // Outlines go in their own pane under the markers (which may be on a canvas).
  map.createPane("land").style.zIndex = 350;
  // unwrap moves the western points of rings that cross the antimeridian
  // (Russia, Fiji) east by 360 degrees, so no ring spans the whole map.
  function unwrap(f) {
    var g = f.geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    polys.forEach(function (rings) {
      rings.forEach(function (ring) {
        var east = ring.some(function (p) { return p[0] > 170; }), west = ring.some(function (p) { return p[0] < -170; });
        if (east && west) ring.forEach(function (p) { if (p[0] < 0) p[0] += 360; });
      });
    });
  }
  function outlines(url, style) {
    return json(url).then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      land.features = land.features.filter(function (f) { return f.id !== "010"; }); // Antarctica
      land.features.forEach(unwrap);
      L.geoJSON(land, { interactive: false, style: style, pane: "land" }).addTo(map);
    });
  }
  // The coarse world first (context for events outside the region), then
  // the detailed Middle East over it.
  outlines(el.dataset.world, { color: "#9aa7b5", weight: 0.5, fillColor: "#ebe8e1", fillOpacity: 1 }).then(function () {
    return outlines(el.dataset.outlines, { color: "#6b7c8f", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 });
  }).catch(function (e) { console.error(e); }).then(function () {
    return json(el.dataset.api);
  }).then(function (points) {
    var layer = L.featureGroup();
    // Thousands of SVG paths make the page slow: draw many markers on a canvas.
    var canvas = points.length > 1500 ? L.canvas({ padding: 0.2 }) : undefined;
    points.forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], {
        renderer: canvas,
        radius: 6 + Math.min(p.outlets || 1, 6), color: "#222", weight: 1,
        fillColor: rasidColor(p.event_type), fillOpacity: 0.85, className: "event-marker"
      });
      m.bindTooltip(p.event_type + " · " + p.sub_event_type + " · " + (p.date || "") + " · " + p.location);
      m.on("click", function () { window.location.href = "/events/" + encodeURIComponent(p.id); });
      layer.addLayer(m);
    });
    layer.addTo(map);
    if (points.length > 0) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 8 });
    document.getElementById("map-count").textContent = String(points.length);
    el.dataset.markers = String(points.length);
  }).catch(function (e) { console.error(e); el.dataset.markers = "error"; });
})();
