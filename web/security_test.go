package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestSecurityHeaders(t *testing.T) {
	ts, _ := newTestServer(t, "")
	for _, path := range []string{"/", "/events/7", "/api/overview", "/static/app.css", "/nowhere", "/export?format=acled"} {
		_, _, h := get(t, ts, path)
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") || strings.Contains(csp, "http") {
			t.Errorf("GET %s: CSP %q is not strict", path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: missing nosniff or frame denial: %v", path, h)
		}
	}
}

// TestNoInlineScripts checks that no page carries an inline script or an
// event handler attribute, which the CSP would block.
func TestNoInlineScripts(t *testing.T) {
	ts, _ := newTestServer(t, "")
	for _, path := range []string{"/", "/events", "/events/7", "/articles/doc-1", "/stories/s-1", "/actors/iq-army", "/map", "/timeline", "/network", "/search?q=x"} {
		_, body, _ := get(t, ts, path)
		for _, bad := range []string{"<script>", " onclick=", " onload=", " style=", "http://", "https://"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: page holds %q", path, bad)
			}
		}
	}
}

func TestToken(t *testing.T) {
	ts, _ := newTestServer(t, "s3cret")
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		name, path, auth, cookie string
		code                     int
	}{
		{"no token", "/", "", "", 401},
		{"no token api", "/api/overview", "", "", 401},
		{"no token static", "/static/app.css", "", "", 401},
		{"bearer", "/api/overview", "Bearer s3cret", "", 200},
		{"wrong bearer", "/api/overview", "Bearer nope", "", 401},
		{"basic is not bearer", "/", "Basic s3cret", "", 401},
		{"cookie", "/events", "", "s3cret", 200},
		{"wrong cookie", "/events", "", "s3cre", 401},
		{"query sets cookie", "/events?type=Battles&token=s3cret", "", "", 303},
		{"wrong query", "/events?token=x", "", "", 401},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", ts.URL+tc.path, nil)
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			if tc.cookie != "" {
				req.AddCookie(&http.Cookie{Name: tokenCookie, Value: tc.cookie})
			}
			resp, err := noRedirect.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.code {
				t.Fatalf("GET %s: status %d, want %d", tc.path, resp.StatusCode, tc.code)
			}
			if tc.code == 303 {
				if loc := resp.Header.Get("Location"); loc != "/events?type=Battles" {
					t.Errorf("redirect to %q, want the address without the token", loc)
				}
				c := resp.Cookies()
				if len(c) != 1 || c[0].Value != "s3cret" || !c[0].HttpOnly || c[0].SameSite != http.SameSiteStrictMode {
					t.Errorf("cookie set: %v", c)
				}
			}
			if tc.code == 401 && resp.Header.Get("Content-Security-Policy") == "" {
				t.Error("a refused request lacks the security headers")
			}
		})
	}
}

func TestWithoutToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/events?type=Riots&token=x", "/events?type=Riots"},
		{"/?token=x", "/"},
		{"//evil.example/x?token=x", "/evil.example/x"},
		{"/a/b?token=x&q=%D9%82", "/a/b?q=%D9%82"},
	}
	for _, tc := range tests {
		u, err := url.ParseRequestURI(tc.in) // as the server reads a request line
		if err != nil {
			t.Fatal(err)
		}
		if got := withoutToken(u); got != tc.want {
			t.Errorf("withoutToken(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNoTokenNeeded(t *testing.T) {
	ts, _ := newTestServer(t, "")
	if code, _, _ := get(t, ts, "/api/overview"); code != 200 {
		t.Errorf("without a token configured: status %d, want 200", code)
	}
}
