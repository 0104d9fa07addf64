package sqlite

import (
	"context"
	"fmt"
	"sort"

	"github.com/rasid-osint/rasid/store"
)

// Network builds the actor graph over the matching events. The pairs are
// counted in Go from one ordered scan of event_actors, which is much
// faster than a self-join in SQL.
func (d *DB) Network(ctx context.Context, f store.NetworkFilter) (*store.Network, error) {
	maxNodes, minW := f.MaxNodes, f.MinWeight
	if maxNodes <= 0 {
		maxNodes = 200
	}
	if minW <= 0 {
		minW = 1
	}
	q := `SELECT ea.event_id, a.id, a.name, a.kind, a.inter FROM event_actors ea JOIN actors a ON a.id = ea.actor_id`
	var args []any
	if !f.EventFilter.IsZero() {
		w, wargs := where(f.EventFilter)
		q += ` WHERE ea.event_id IN (SELECT e.id FROM events e WHERE ` + w + `)`
		args = wargs
	}
	rows, err := d.db.QueryContext(ctx, q+` ORDER BY ea.event_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	defer rows.Close()
	g := newGraph()
	for rows.Next() {
		var ev int64
		var a store.ActorSummary
		if err := rows.Scan(&ev, &a.ID, &a.Name, &a.Kind, &a.Inter); err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
		g.add(ev, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	g.flush()
	return g.network(maxNodes, minW), nil
}

type edgeKey struct{ a, b string }

// graph accumulates actors and co-occurrences, one event at a time.
type graph struct {
	nodes map[string]*store.NetworkNode
	edges map[edgeKey]int
	cur   int64
	inEv  []string
}

func newGraph() *graph {
	return &graph{nodes: map[string]*store.NetworkNode{}, edges: map[edgeKey]int{}, cur: -1}
}

func (g *graph) add(ev int64, a store.ActorSummary) {
	if ev != g.cur {
		g.flush()
		g.cur = ev
	}
	for _, id := range g.inEv {
		if id == a.ID {
			return
		}
	}
	g.inEv = append(g.inEv, a.ID)
	n := g.nodes[a.ID]
	if n == nil {
		n = &store.NetworkNode{ID: a.ID, Name: a.Name, Kind: a.Kind, Inter: a.Inter}
		g.nodes[a.ID] = n
	}
	n.Events++
}

// flush counts the pairs of the current event.
func (g *graph) flush() {
	for i, x := range g.inEv {
		for _, y := range g.inEv[i+1:] {
			k := edgeKey{x, y}
			if y < x {
				k = edgeKey{y, x}
			}
			g.edges[k]++
		}
	}
	g.inEv = g.inEv[:0]
}

// network keeps the maxNodes most active actors and the edges among them
// of at least minW shared events.
func (g *graph) network(maxNodes, minW int) *store.Network {
	nodes := make([]store.NetworkNode, 0, len(g.nodes))
	for _, n := range g.nodes {
		nodes = append(nodes, *n)
	}
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].Events != nodes[j].Events {
			return nodes[i].Events > nodes[j].Events
		}
		return nodes[i].ID < nodes[j].ID
	})
	if len(nodes) > maxNodes {
		nodes = nodes[:maxNodes]
	}
	keep := map[string]bool{}
	for _, n := range nodes {
		keep[n.ID] = true
	}
	edges := []store.NetworkEdge{}
	for k, w := range g.edges {
		if w >= minW && keep[k.a] && keep[k.b] {
			edges = append(edges, store.NetworkEdge{Source: k.a, Target: k.b, Weight: w})
		}
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].Weight != edges[j].Weight {
			return edges[i].Weight > edges[j].Weight
		}
		if edges[i].Source != edges[j].Source {
			return edges[i].Source < edges[j].Source
		}
		return edges[i].Target < edges[j].Target
	})
	return &store.Network{Nodes: nodes, Edges: edges}
}
