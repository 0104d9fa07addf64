// Timeline page: events per day by type (stacked bars) with a slider
// (dataZoom); moving it reloads the events table below for those days.
"use strict";
(function () {
  var el = document.getElementById("timeline");
  var table = document.getElementById("tl-table");
  if (!el) return;
  var chart = echarts.init(el, null, { renderer: "canvas" });
  var days = [];
  function loadTable(from, to) {
    var url = table.dataset.base + (from ? "&from=" + from + "&to=" + to : "");
    htmx.ajax("GET", url, { target: "#tl-table", swap: "innerHTML" });
  }
  function allDays(first, last) {
    var out = [], d = new Date(first + "T00:00:00Z"), end = new Date(last + "T00:00:00Z");
    while (d <= end && out.length < 20000) {
      out.push(d.toISOString().slice(0, 10));
      d.setUTCDate(d.getUTCDate() + 1);
    }
    return out;
  }
  fetch(el.dataset.api, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (rows) {
    if (rows.length === 0) { el.textContent = "لا أحداث · no events"; loadTable(); return; }
    days = allDays(rows[0].day, rows[rows.length - 1].day);
    var index = {}; days.forEach(function (d, i) { index[d] = i; });
    var byType = {};
    rows.forEach(function (r) {
      if (!byType[r.event_type]) byType[r.event_type] = days.map(function () { return 0; });
      byType[r.event_type][index[r.day]] += r.n;
    });
    var series = Object.keys(byType).map(function (t) {
      return { name: t, type: "bar", stack: "all", data: byType[t], itemStyle: { color: rasidColor(t) } };
    });
    chart.setOption({
      tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 40, right: 40, top: 40, bottom: 70 },
      xAxis: { type: "category", data: days, inverse: true },
      yAxis: { type: "value", minInterval: 1, position: "right" },
      dataZoom: [{ type: "slider", xAxisIndex: 0, bottom: 10 }, { type: "inside", xAxisIndex: 0 }],
      series: series
    });
    el.dataset.days = String(days.length);
    loadTable();
  });
  var timer = null;
  chart.on("datazoom", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var z = chart.getOption().dataZoom[0];
      var from = days[z.startValue], to = days[z.endValue];
      if (from && to) loadTable(from, to);
    }, 250);
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();
