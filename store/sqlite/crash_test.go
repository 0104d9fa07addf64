package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

const crashEnv = "RASID_STORE_CRASH_DB"

// crashBatch makes n synthetic articles; pairs of articles report the same
// clash, so merging happens across the crash point.
func crashBatch(t testing.TB, n int) []*domain.Article {
	var out []*domain.Article
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("اشتبكت قوات الأمن مع مسلحين في القرية رقم %d وقُتِلَ %d منهم.", i/2, i%5+1)
		a := art(fmt.Sprintf("doc%03d", i), fmt.Sprintf("منفذ %d", i%3), "2021-07-01", fmt.Sprintf("اشتباك %d", i), body)
		a.StoryID = fmt.Sprintf("s%d", i/2)
		addEvent(t, a, evOpts{typ: domain.Battles, sub: "Armed clash", date: "2021-06-30", cc: "IQ",
			place: fmt.Sprintf("قرية %d", i/2), lat: 33 + float64(i/2)*0.1, lon: 44,
			actor1: "قوات الأمن", actor2: "مسلحين", evidence: body, trigger: "اشتبكت"})
		out = append(out, a)
	}
	return out
}

// TestCrashChild is the child process of TestCrashMidIngest: it saves the
// batch, printing a line after each article, until it is killed.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("child process of TestCrashMidIngest only")
	}
	d, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range crashBatch(t, 400) {
		if _, err := d.SaveArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("saved %d\n", i)
	}
}

// TestCrashMidIngest kills an ingesting process mid-batch, checks the
// database is consistent, and reruns the batch to completion.
func TestCrashMidIngest(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		t.Skip("in the child")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run", "^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	seen := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "saved ") {
			if seen++; seen == 60 {
				break
			}
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if seen < 60 {
		t.Fatalf("child saved only %d articles before ending", seen)
	}

	d, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	checkConsistent(t, d)
	stored := count(t, d, `SELECT COUNT(*) FROM articles`)
	if stored < 60 || stored >= 400 {
		t.Fatalf("%d articles stored after the kill, want between 60 and 399", stored)
	}
	saved := 0
	for _, a := range crashBatch(t, 400) {
		ok, err := d.SaveArticle(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			saved++
		}
	}
	if saved != 400-stored {
		t.Errorf("rerun saved %d, want %d", saved, 400-stored)
	}
	checkConsistent(t, d)
	for q, want := range map[string]int{
		`SELECT COUNT(*) FROM articles`:                    400,
		`SELECT COUNT(*) FROM events`:                      200,
		`SELECT COUNT(*) FROM events WHERE n_articles = 2`: 200,
		`SELECT COUNT(*) FROM event_sources`:               400,
		`SELECT COUNT(*) FROM stories WHERE articles = 2`:  200,
	} {
		if n := count(t, d, q); n != want {
			t.Errorf("%s = %d, want %d", q, n, want)
		}
	}
}

// TestConcurrentReadWrite reads from several goroutines while a batch is
// saved, as the web application does during an ingest.
func TestConcurrentReadWrite(t *testing.T) {
	d := openTest(t)
	ctx := context.Background()
	done := make(chan struct{})
	errs := make(chan error, 4)
	for g := 0; g < 3; g++ {
		go func() {
			for {
				select {
				case <-done:
					errs <- nil
					return
				default:
				}
				if _, err := d.Events(ctx, store.EventFilter{Query: "اشتبكت"}, store.Page{}); err != nil {
					errs <- err
					return
				}
				if _, err := d.Overview(ctx); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for _, a := range crashBatch(t, 60) {
		if _, err := d.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	for g := 0; g < 3; g++ {
		if err := <-errs; err != nil {
			t.Errorf("reader: %v", err)
		}
	}
	checkConsistent(t, d)
}
