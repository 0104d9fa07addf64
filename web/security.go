package web

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"
)

// ContentSecurityPolicy is sent with every response: only this origin's
// scripts, styles, fonts and data; no inline scripts; no framing. The one
// style hash is the stylesheet cytoscape 3.34.4 injects into the page
// (position: relative on its containers); no other inline style is allowed.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; " +
	"style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; " +
	"img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// tokenCookie is the cookie that carries the access token after "?token=".
const tokenCookie = "rasid_token"

// secureHeaders sets the security headers on every response.
func secureHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// requireToken rejects requests that do not carry token (when token is
// set). A valid "?token=" sets a cookie and redirects to the same address
// without the token, so it does not linger in the history or the logs.
func requireToken(token string, h http.Handler) http.Handler {
	if token == "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if q := r.URL.Query().Get("token"); q != "" {
			if !sameToken(q, token) {
				http.Error(w, "401 unauthorized: bad token", http.StatusUnauthorized)
				return
			}
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: token, Path: "/",
				HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
			http.Redirect(w, r, withoutToken(r.URL), http.StatusSeeOther)
			return
		}
		if !hasToken(r, token) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="rasid"`)
			http.Error(w, "401 unauthorized: this server needs a token (Authorization: Bearer T, or ?token=T once)", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// hasToken reports whether r carries token in its Authorization header or
// its cookie.
func hasToken(r *http.Request, token string) bool {
	if auth, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && sameToken(strings.TrimSpace(auth), token) {
		return true
	}
	c, err := r.Cookie(tokenCookie)
	return err == nil && sameToken(c.Value, token)
}

// sameToken compares in constant time.
func sameToken(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// withoutToken returns u's path and query with the token parameter removed.
func withoutToken(u *url.URL) string {
	q := u.Query()
	q.Del("token")
	// One leading slash: "//host" would be read as another site.
	out := url.URL{Path: "/" + strings.TrimLeft(u.Path, "/"), RawQuery: q.Encode()}
	return out.String()
}
