package export

import (
	"context"
	"fmt"
	"io"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// Formats lists the export formats.
var Formats = []string{"acled", "jsonl", "geojson", "graphml"}

// eventWriter is a streaming writer of merged events.
type eventWriter interface {
	Write(*store.Event) error
	Close() error
}

// Write exports the events (or, for jsonl, the articles reporting them;
// for graphml, the actor network over them) matching f in the given format.
func Write(ctx context.Context, s store.Store, format string, f store.EventFilter, w io.Writer) error {
	var ew eventWriter
	switch format {
	case "acled":
		ew = NewACLED(w)
	case "geojson":
		ew = NewGeoJSON(w)
	case "jsonl":
		return s.WalkArticles(ctx, f, func(a *domain.Article) error { return WriteArticle(w, a) })
	case "graphml":
		n, err := s.Network(ctx, store.NetworkFilter{EventFilter: f, MaxNodes: 1 << 30})
		if err != nil {
			return fmt.Errorf("export graphml: %w", err)
		}
		return WriteGraphML(w, n)
	default:
		return fmt.Errorf("export: unknown format %q (want one of %v)", format, Formats)
	}
	if err := s.WalkEvents(ctx, f, ew.Write); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	if err := ew.Close(); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}
