// Timeline page: events per day (or per month, see draw) by type, as
// stacked bars, with a slider (dataZoom); moving it reloads the events
// table below for the days selected.
"use strict";
(function () {
  var el = document.getElementById("timeline");
  var table = document.getElementById("tl-table");
  if (!el) return;
  var chart = echarts.init(el, null, { renderer: "canvas" });
  var keys = [], monthly = false;

  function loadTable(from, to) {
    var url = table.dataset.base + (from ? "&from=" + from + "&to=" + to : "");
    htmx.ajax("GET", url, { target: "#tl-table", swap: "innerHTML" });
  }
  function iso(d) { return d.toISOString().slice(0, 10); }
  // buckets lists every day (or month) from first to last, both ISO days.
  function buckets(first, last) {
    var out = [], d = new Date(first + "T00:00:00Z"), end = new Date(last + "T00:00:00Z");
    if (monthly) d.setUTCDate(1);
    while (d <= end) {
      out.push(monthly ? iso(d).slice(0, 7) : iso(d));
      if (monthly) d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + 1);
    }
    return out;
  }
  // bounds returns the first and last day of a bucket.
  function bounds(key) {
    if (!monthly) return [key, key];
    var p = key.split("-"), end = new Date(Date.UTC(+p[0], +p[1], 0));
    return [key + "-01", iso(end)];
  }
  // central returns the first and last day of the central 95% of the
  // events (from 5% to 99.5%), so that a few far-off dates do not squash
  // the chart.
  function central(rows) {
    var all = rows.reduce(function (n, r) { return n + r.n; }, 0), cum = 0, lo = null, hi = rows[rows.length - 1].day;
    for (var i = 0; i < rows.length; i++) {
      cum += rows[i].n;
      if (lo === null && cum > all * 0.05) lo = rows[i].day;
      if (cum >= all * 0.995) { hi = rows[i].day; break; }
    }
    return [lo || rows[0].day, hi];
  }
  function days(a, b) { return (new Date(b) - new Date(a)) / 864e5; }
  // draw charts the rows: per day when they span two years or less, else
  // per day over the central 95% when that spans two years or less (the
  // rest is left out of the chart), else per month. It returns the days
  // the table should show, or null for all.
  function draw(rows) {
    var first = rows[0].day, last = rows[rows.length - 1].day, c = central(rows), shown = null;
    monthly = false;
    if (days(first, last) > 731) {
      if (days(c[0], c[1]) <= 731) {
        rows = rows.filter(function (r) { return r.day >= c[0] && r.day <= c[1]; });
        first = c[0]; last = c[1]; shown = c;
      } else {
        monthly = true;
      }
    }
    keys = buckets(first, last);
    var index = {}; keys.forEach(function (k, i) { index[k] = i; });
    var byType = {};
    rows.forEach(function (r) {
      if (!byType[r.event_type]) byType[r.event_type] = keys.map(function () { return 0; });
      byType[r.event_type][index[monthly ? r.day.slice(0, 7) : r.day]] += r.n;
    });
    chart.setOption({
      tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 40, right: 40, top: 40, bottom: 70 },
      xAxis: { type: "category", data: keys, inverse: true },
      yAxis: { type: "value", minInterval: 1, position: "right" },
      dataZoom: [{ type: "slider", xAxisIndex: 0, bottom: 10 }, { type: "inside", xAxisIndex: 0 }],
      series: Object.keys(byType).map(function (t) {
        return { name: t, type: "bar", stack: "all", data: byType[t], itemStyle: { color: rasidColor(t) } };
      })
    });
    el.dataset.unit = monthly ? "month" : "day";
    el.dataset.buckets = String(keys.length);
    return shown;
  }

  fetch(el.dataset.api, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (rows) {
    if (rows.length === 0) {
      el.textContent = "لا أحداث · no events";
      el.dataset.unit = "none";
      loadTable();
      return;
    }
    var shown = draw(rows);
    if (shown) {
      document.getElementById("tl-zoomed").hidden = false;
      loadTable(shown[0], shown[1]);
    } else {
      loadTable();
    }
  });
  var timer = null;
  chart.on("datazoom", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var z = chart.getOption().dataZoom[0];
      var a = keys[z.startValue], b = keys[z.endValue];
      if (a && b) loadTable(bounds(a)[0], bounds(b)[1]);
    }, 250);
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();
