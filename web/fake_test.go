package web

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// fakeStore is a small in-memory store.Store with one article, one story,
// one actor and one event. Its article text holds markup, to test escaping.
type fakeStore struct {
	article *domain.Article
	event   *store.Event
	// lastFilter is the filter of the last Events, MapPoints or WalkEvents call.
	lastFilter store.EventFilter
}

// fakeText is the fake article's text: a headline, a sentence with markup
// in it, and the evidence sentence.
const fakeText = "اشتباكات في الموصل\n<script>alert(1)</script> نص & رموز.\nاندلعت اشتباكات عنيفة بين الجيش ومسلحين في الموصل."

func newFakeStore() *fakeStore {
	day := domain.DayDate(time.Date(2021, 5, 3, 0, 0, 0, 0, time.UTC))
	lat, lon, deaths := 36.34, 43.13, 2
	ev := &domain.Event{ID: "7", EventType: domain.Battles, SubEventType: "Armed clash", Date: &day,
		Location:   &domain.Location{Text: "الموصل", Name: "Mosul", Admin1: "Nineveh", Country: "IQ", Lat: &lat, Lon: &lon},
		Actor1:     &domain.EventActor{Text: "الجيش", Name: "Military Forces of Iraq", ActorID: "iq-army", Inter: 1},
		Actor2:     &domain.EventActor{Text: "مسلحين", Name: "Unidentified Armed Group (Iraq)"},
		Fatalities: &deaths, Evidence: domain.Span{Start: 56, End: 106}, Trigger: domain.Span{Start: 56, End: 62}, Primary: true}
	a := &domain.Article{DocID: "doc-1", Outlet: "Outlet <b>One</b>", Title: "اشتباكات في الموصل", Text: fakeText,
		Published: &day, StoryID: "s-1", Events: []*domain.Event{ev},
		Entities: []*domain.Entity{{Type: domain.LOC, Name: "Mosul", Mentions: []domain.Mention{{Span: domain.Span{Start: 12, End: 18}, Text: "الموصل"}}}}}
	return &fakeStore{article: a, event: &store.Event{Event: *ev, Outlets: []string{"Outlet <b>One</b>"}, Articles: 1,
		EvidenceText: domain.SliceRunes(fakeText, ev.Evidence)}}
}

func (f *fakeStore) summary() store.ArticleSummary {
	return store.ArticleSummary{DocID: "doc-1", Title: f.article.Title, Outlet: f.article.Outlet, Published: "2021-05-03", StoryID: "s-1", Events: 1}
}

func (f *fakeStore) SaveArticle(context.Context, *domain.Article) (bool, error) { return false, nil }
func (f *fakeStore) SaveArticles(context.Context, []*domain.Article) ([]store.SaveResult, error) {
	return nil, nil
}
func (f *fakeStore) HasArticle(context.Context, string) (bool, error) { return false, nil }
func (f *fakeStore) SaveActors(context.Context, []domain.Actor) error { return nil }
func (f *fakeStore) Close() error                                     { return nil }

func (f *fakeStore) Overview(context.Context) (*store.Overview, error) {
	return &store.Overview{Articles: 1, Events: 1, Stories: 1, Actors: 1, Outlets: 1,
		ByType: []store.Count{{Key: domain.Battles, N: 1}}, ByCountry: []store.Count{{Key: "IQ", N: 1}},
		LatestStories: []store.StorySummary{{ID: "s-1", Title: f.article.Title, Articles: 1, Outlets: []string{"Outlet <b>One</b>"}}}}, nil
}

func (f *fakeStore) Events(_ context.Context, fl store.EventFilter, _ store.Page) (*store.EventPage, error) {
	f.lastFilter = fl
	if fl.Type != "" && fl.Type != f.event.EventType {
		return &store.EventPage{}, nil
	}
	return &store.EventPage{Total: 1, Events: []*store.Event{f.event}}, nil
}

func (f *fakeStore) Event(_ context.Context, id string) (*store.EventDetail, error) {
	if id != f.event.ID {
		return nil, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	return &store.EventDetail{Event: f.event, Sources: []store.EventEvidence{{Article: f.summary(), Text: fakeText,
		Coding: &f.event.Event, Evidence: f.event.Evidence, Highlights: []domain.Span{f.event.Trigger}}}}, nil
}

func (f *fakeStore) Article(_ context.Context, id string) (*store.ArticleDetail, error) {
	if id != f.article.DocID {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	return &store.ArticleDetail{Article: f.article, EventIDs: []string{"7"}}, nil
}

func (f *fakeStore) Story(_ context.Context, id string) (*store.StoryDetail, error) {
	if id != "s-1" {
		return nil, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	return &store.StoryDetail{Story: store.StorySummary{ID: "s-1", Title: f.article.Title, Articles: 1},
		Articles: []store.StoryArticle{{ArticleSummary: f.summary(), Text: fakeText}}, Events: []*store.Event{f.event}}, nil
}

func (f *fakeStore) Actor(_ context.Context, id string) (*store.ActorDetail, error) {
	if id != "iq-army" && id != "n:مسلحين" {
		return nil, fmt.Errorf("actor %s: %w", id, store.ErrNotFound)
	}
	return &store.ActorDetail{Actor: domain.Actor{ID: id, Name: "Military Forces of Iraq", Kind: "state_forces", Aliases: []string{"الجيش العراقي"}},
		ByMonth: []store.Count{{Key: "2021-05", N: 1}}, Recent: []*store.Event{f.event}, Events: 1}, nil
}

func (f *fakeStore) Actors(_ context.Context, q string, _ store.Page) ([]store.ActorSummary, error) {
	all := []store.ActorSummary{{ID: "iq-army", Name: "Military Forces of Iraq", Events: 1}}
	if q != "" && !strings.Contains(all[0].Name, q) {
		return nil, nil
	}
	return all, nil
}

func (f *fakeStore) MapPoints(_ context.Context, fl store.EventFilter) ([]store.MapPoint, error) {
	f.lastFilter = fl
	return []store.MapPoint{{ID: "7", EventType: domain.Battles, Lat: 36.34, Lon: 43.13, Location: "الموصل", Outlets: 1}}, nil
}

func (f *fakeStore) Timeline(context.Context, store.EventFilter) ([]store.TimelineCount, error) {
	return []store.TimelineCount{{Day: "2021-05-03", EventType: domain.Battles, N: 1}}, nil
}

func (f *fakeStore) Network(context.Context, store.NetworkFilter) (*store.Network, error) {
	return &store.Network{Nodes: []store.NetworkNode{{ID: "iq-army", Name: "Military Forces of Iraq", Events: 1}}}, nil
}

func (f *fakeStore) Search(_ context.Context, q string, _ store.Page) (*store.SearchResult, error) {
	return &store.SearchResult{Total: 1, Hits: []store.SearchHit{{Article: f.summary(),
		Snippet: []store.SnippetPart{{Text: "<i>x</i> "}, {Text: q, Match: true}}}}}, nil
}

func (f *fakeStore) Facets(context.Context) (*store.Facets, error) {
	return &store.Facets{Types: []store.Count{{Key: domain.Battles, N: 1}}, Countries: []store.Count{{Key: "IQ", N: 1}},
		Admin1: []store.Count{{Key: "IQ/Nineveh", N: 1}}}, nil
}

func (f *fakeStore) Articles(context.Context, store.Page) (*store.ArticlePage, error) {
	return &store.ArticlePage{Total: 1, Articles: []store.ArticleSummary{f.summary()}}, nil
}

func (f *fakeStore) Stories(context.Context, store.Page) ([]store.StorySummary, error) {
	return []store.StorySummary{{ID: "s-1", Title: f.article.Title, Articles: 1}}, nil
}

func (f *fakeStore) WalkEvents(_ context.Context, fl store.EventFilter, fn func(*store.Event) error) error {
	f.lastFilter = fl
	return fn(f.event)
}

func (f *fakeStore) WalkArticles(_ context.Context, _ store.EventFilter, fn func(*domain.Article) error) error {
	return fn(f.article)
}
