// copy.mjs copies the front-end files rasid serves from node_modules into
// ../static/vendor, and cuts the world-atlas country outlines down to the
// Middle East. Run after `npm ci`: node copy.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = join(here, "..", "static", "vendor");

const files = {
  "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
  "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
  "leaflet/LICENSE": "leaflet/LICENSE",
  "topojson-client/dist/topojson-client.min.js": "topojson-client/topojson-client.min.js",
  "topojson-client/LICENSE": "topojson-client/LICENSE",
  "world-atlas/LICENSE": "world-atlas/LICENSE",
  "world-atlas/countries-110m.json": "world-atlas/countries-110m.json",
  "echarts/dist/echarts.min.js": "echarts/echarts.min.js",
  "echarts/LICENSE": "echarts/LICENSE",
  "echarts/NOTICE": "echarts/NOTICE",
  "cytoscape/dist/cytoscape.min.js": "cytoscape/cytoscape.min.js",
  "cytoscape/LICENSE": "cytoscape/LICENSE",
  "layout-base/layout-base.js": "cytoscape/layout-base.js",
  "layout-base/LICENSE": "cytoscape/LICENSE.layout-base",
  "cose-base/cose-base.js": "cytoscape/cose-base.js",
  "cose-base/LICENSE": "cytoscape/LICENSE.cose-base",
  "cytoscape-fcose/cytoscape-fcose.js": "cytoscape/cytoscape-fcose.js",
  "cytoscape-fcose/LICENSE": "cytoscape/LICENSE.fcose",
  "htmx.org/dist/htmx.min.js": "htmx/htmx.min.js",
  "htmx.org/LICENSE": "htmx/LICENSE",
  "@fontsource/noto-sans-arabic/LICENSE": "fonts/LICENSE",
};
for (const w of ["400", "700"]) {
  for (const sub of ["arabic", "latin"]) {
    const f = `noto-sans-arabic-${sub}-${w}-normal.woff2`;
    files[`@fontsource/noto-sans-arabic/files/${f}`] = `fonts/${f}`;
  }
}

for (const [from, to] of Object.entries(files)) {
  mkdirSync(dirname(join(out, to)), { recursive: true });
  copyFileSync(join(nm, from), join(out, to));
}

// ISO 3166-1 numeric codes of the countries drawn on the map: the Middle
// East and its neighbours.
const keep = new Set([
  "368", "760", "422", "887", "400", "376", "275", "682", "414", "364",
  "792", "818", "512", "784", "634", "048", "196", "434", "729", "232",
  "262", "231", "706", "051", "031", "268", "004", "795", "586", "300",
  "100", "706",
]);

// cut keeps the chosen geometries and only the arcs they use, renumbered.
function cut(topo) {
  const obj = topo.objects.countries;
  const geoms = obj.geometries.filter((g) => keep.has(g.id));
  const index = new Map();
  const arcs = [];
  const remap = (a) => {
    const i = a < 0 ? ~a : a;
    if (!index.has(i)) {
      index.set(i, arcs.length);
      arcs.push(topo.arcs[i]);
    }
    const j = index.get(i);
    return a < 0 ? ~j : j;
  };
  const walk = (x) => (Array.isArray(x) ? x.map(walk) : remap(x));
  for (const g of geoms) g.arcs = walk(g.arcs);
  return {
    type: "Topology",
    transform: topo.transform,
    objects: { countries: { type: "GeometryCollection", geometries: geoms } },
    arcs,
  };
}

const topo = JSON.parse(readFileSync(join(nm, "world-atlas/countries-50m.json"), "utf8"));
writeFileSync(join(out, "world-atlas/middle-east-50m.json"), JSON.stringify(cut(topo)));
console.log(`copied ${Object.keys(files).length} files and the cut outlines into ${out}`);
