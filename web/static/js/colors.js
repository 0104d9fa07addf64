// Event type colours, the same as app.css.
"use strict";
window.rasidColors = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#d35400",
  "Strategic developments": "#27ae60"
};
window.rasidColor = function (t) { return window.rasidColors[t] || "#7f8c8d"; };
