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
  json(el.dataset.outlines).then(function (topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { interactive: false, style: { color: "#6b7c8f", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
  }).catch(function (e) { console.error(e); }).then(function () {
    return json(el.dataset.api);
  }).then(function (points) {
    var layer = L.featureGroup();
    points.forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], {
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
