package store_test

import (
	"testing"
	"time"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

func TestContentHash(t *testing.T) {
	base := domain.Article{DocID: "a", Outlet: "o", Title: "t", Raw: "نص"}
	cases := []struct {
		name string
		edit func(*domain.Article)
		same bool
	}{
		{"other doc id", func(a *domain.Article) { a.DocID = "b" }, true},
		{"other source path", func(a *domain.Article) { a.Source = "x/y.txt" }, true},
		{"other raw", func(a *domain.Article) { a.Raw = "نص آخر" }, false},
		{"other outlet", func(a *domain.Article) { a.Outlet = "p" }, false},
		{"other title", func(a *domain.Article) { a.Title = "u" }, false},
		{"title and raw shifted", func(a *domain.Article) { a.Title, a.Raw = "tن", "ص" }, false},
	}
	h0 := store.ContentHash(&base)
	if len(h0) != 64 {
		t.Fatalf("hash %q", h0)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := base
			c.edit(&a)
			if got := store.ContentHash(&a) == h0; got != c.same {
				t.Errorf("same hash = %v, want %v", got, c.same)
			}
		})
	}
	noRaw := domain.Article{Text: "نص"}
	if store.ContentHash(&noRaw) == store.ContentHash(&domain.Article{Text: "آخر"}) {
		t.Error("without Raw the hash must depend on Text")
	}
}

func TestPageNormalize(t *testing.T) {
	cases := []struct {
		name string
		in   store.Page
		want store.Page
	}{
		{"zero", store.Page{}, store.Page{Limit: 50}},
		{"too big", store.Page{Limit: 5000}, store.Page{Limit: 1000}},
		{"negative offset", store.Page{Limit: 10, Offset: -3}, store.Page{Limit: 10}},
		{"kept", store.Page{Limit: 7, Offset: 14, Sort: store.SortType, Desc: true}, store.Page{Limit: 7, Offset: 14, Sort: store.SortType, Desc: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.in.Normalize(); got != c.want {
				t.Errorf("Normalize() = %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestFilterIsZero(t *testing.T) {
	if !(store.EventFilter{}).IsZero() {
		t.Error("empty filter not zero")
	}
	if (store.EventFilter{From: time.Unix(0, 0)}).IsZero() || (store.EventFilter{MinOutlets: 1}).IsZero() {
		t.Error("set filter reported zero")
	}
}
