package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"

	"github.com/rasid-osint/rasid/store"
)

// WriteGraphML writes an actor network as GraphML (opens in Gephi): actors
// are nodes with name, kind, inter and event-count attributes; edges are
// undirected and weighted by the number of shared events.
func WriteGraphML(w io.Writer, n *store.Network) error {
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, xml.Header+`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="inter" for="node" attr.name="inter" attr.type="int"/>
  <key id="events" for="node" attr.name="events" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="actors" edgedefault="undirected">
`)
	for _, nd := range n.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n      <data key=\"name\">%s</data>\n      <data key=\"kind\">%s</data>\n"+
			"      <data key=\"inter\">%d</data>\n      <data key=\"events\">%d</data>\n    </node>\n",
			esc(nd.ID), esc(nd.Name), esc(nd.Kind), nd.Inter, nd.Events)
	}
	for i, e := range n.Edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n      <data key=\"weight\">%d</data>\n    </edge>\n",
			i, esc(e.Source), esc(e.Target), e.Weight)
	}
	fmt.Fprint(bw, "  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	return nil
}

// esc escapes s for XML text and attributes, dropping characters XML
// cannot hold.
func esc(s string) string {
	var b xmlBuf
	xml.EscapeText(&b, []byte(s))
	return string(b)
}

type xmlBuf []byte

func (b *xmlBuf) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
