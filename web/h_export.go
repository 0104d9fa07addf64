package web

import (
	"bufio"
	"net/http"
	"slices"

	"github.com/rasid-osint/rasid/export"
)

// exportTypes are the content types of the export formats.
var exportTypes = map[string]string{
	"acled":   "text/csv; charset=utf-8",
	"jsonl":   "application/x-ndjson; charset=utf-8",
	"geojson": "application/geo+json; charset=utf-8",
	"graphml": "application/xml; charset=utf-8",
}

// exportExt are the file name extensions of the export formats.
var exportExt = map[string]string{"acled": "csv", "jsonl": "jsonl", "geojson": "geojson", "graphml": "graphml"}

// exportHandler streams the events matching the filter in ?format=.
func (s *Server) exportHandler(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if !slices.Contains(export.Formats, format) {
		s.fail(w, r, badRequestf("format: %q is not one of %v", format, export.Formats))
		return
	}
	f, err := parseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", exportTypes[format])
	w.Header().Set("Content-Disposition", `attachment; filename="rasid-events.`+exportExt[format]+`"`)
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := export.Write(r.Context(), s.st, format, f, bw); err != nil {
		// Headers may be gone already: log, and cut the body short.
		s.log.Error("web: export failed", "format", format, "err", err)
		return
	}
	bw.Flush()
}
