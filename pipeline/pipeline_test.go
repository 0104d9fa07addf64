package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/domain"
)

func TestRunOrderStoriesAndBadItems(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "مسلحون يهاجمون حاجزا للجيش في البصرة\nهاجم مسلحون مجهولون حاجزا للجيش العراقي في البصرة مساء الاثنين، ما أدى إلى مقتل جنديين.",
		"b.txt": "مسلحون يهاجمون حاجزا للجيش في البصرة\nهاجم مسلحون مجهولون حاجزا للجيش العراقي في البصرة مساء الاثنين، ما أدى إلى مقتل جنديين.",
		"c.txt": "",
		"d.txt": "تظاهرة في بيروت\nتظاهر المئات في بيروت أمس احتجاجا على تردي الأوضاع المعيشية.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "index.tsv"), []byte("file\toutlet\tdate\na.txt\tأ\t2022-05-10\nb.txt\tب\t2022-05-10\nd.txt\tد\t2022-05-11\n"), 0o644)
	p, err := NewWith(Config{})
	if err != nil {
		t.Fatal(err)
	}
	var got []*domain.Article
	var bad []string
	st, err := p.Run(context.Background(), []string{dir}, Options{Workers: 3, Report: func(e error) { bad = append(bad, e.Error()) }},
		func(a *domain.Article) error { got = append(got, a); return nil })
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range got {
		ids = append(ids, a.DocID)
	}
	if strings.Join(ids, ",") != "a,b,d" || st.Read != 3 {
		t.Fatalf("articles %v, stats %+v", ids, st)
	}
	if len(bad) != 1 || !strings.Contains(bad[0], "c.txt: empty file") {
		t.Errorf("bad items %q", bad)
	}
	if got[0].StoryID != got[1].StoryID || got[0].StoryID == got[2].StoryID {
		t.Errorf("stories %q %q %q", got[0].StoryID, got[1].StoryID, got[2].StoryID)
	}
	if len(got[0].Events) == 0 {
		t.Errorf("no event coded in %q", got[0].Text)
	}
}

type panicStage struct{}

func (panicStage) Name() string { return "boom" }
func (panicStage) Process(context.Context, *domain.Article) error {
	var s []int
	_ = s[3]
	return nil
}

func TestProcessRecoversFromAPanic(t *testing.T) {
	p := &Pipeline{stages: []Stage{textStage{}, panicStage{}}, times: map[string]time.Duration{}}
	err := p.Process(context.Background(), &domain.Article{DocID: "x", Text: "نص"})
	if err == nil || !strings.Contains(err.Error(), "boom: internal error") {
		t.Errorf("err = %v, want a boom internal error", err)
	}
}
