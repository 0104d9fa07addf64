package main

import (
	"context"
	"net"
	"net/http"
	"testing"
	"time"
)

func TestCheckServe(t *testing.T) {
	tests := []struct {
		name, addr, token string
		ok                bool
	}{
		{"loopback v4", "127.0.0.1:8080", "", true},
		{"loopback v6", "[::1]:8080", "", true},
		{"localhost", "localhost:0", "", true},
		{"all interfaces", ":8080", "", false},
		{"any v4", "0.0.0.0:8080", "", false},
		{"lan", "192.168.1.5:8080", "", false},
		{"lan with token", "192.168.1.5:8080", "t", true},
		{"all with token", ":8080", "t", true},
		{"bad address", "nonsense", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := checkServe(serveOptions{addr: tc.addr, token: tc.token})
			if (err == nil) != tc.ok {
				t.Errorf("checkServe(%q, token %q) = %v, want ok %v", tc.addr, tc.token, err, tc.ok)
			}
		})
	}
}

func TestServeNeedsTokenOffLoopback(t *testing.T) {
	t.Setenv("RASID_TOKEN", "")
	if err := runServe(t.Context(), []string{"--addr", "0.0.0.0:0", "--db", "/nonexistent.db"}); err == nil {
		t.Fatal("serving on 0.0.0.0 without a token was allowed")
	}
}

// TestRunHTTPShutdown checks that cancelling the context stops the server
// gracefully: a request in flight completes, and runHTTP returns nil.
func TestRunHTTPShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(200 * time.Millisecond)
		w.Write([]byte("done"))
	})
	errc := make(chan error, 1)
	go func() { errc <- runHTTP(ctx, ln, h) }()
	respc := make(chan int, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			respc <- 0
			return
		}
		resp.Body.Close()
		respc <- resp.StatusCode
	}()
	<-started
	cancel()
	if code := <-respc; code != 200 {
		t.Errorf("request in flight during shutdown: status %d, want 200", code)
	}
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("runHTTP after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("runHTTP did not return after cancel")
	}
}
