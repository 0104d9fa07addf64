// Package web is rasid's analyst web application: server-rendered pages
// (overview, events, event, article, story, actor, map, timeline, network)
// over a store.Store, the JSON API behind them (/api/...), described in an
// OpenAPI file, and CSV/JSON exports of what a page shows.
//
// Templates and static assets (including the vendored front-end libraries
// and fonts) are embedded, so the binary works with no network. Every page
// is sent with a strict Content-Security-Policy; article text is always
// escaped (Highlight escapes each piece it marks). When Options.Token is
// set, every request must carry it.
package web
