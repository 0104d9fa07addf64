package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// Fetch errors that retrying cannot cure.
var (
	ErrTooLarge         = errors.New("page over the size cap")
	ErrTooManyRedirects = errors.New("too many redirects")
)

// StatusError is an HTTP response with a status other than 200 or 304.
type StatusError struct{ Code int }

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// Temporary reports whether a fetch error may go away on a later try:
// network errors, timeouts, 429 and 5xx statuses.
func Temporary(err error) bool {
	var se *StatusError
	switch {
	case err == nil, errors.Is(err, ErrTooLarge), errors.Is(err, ErrTooManyRedirects),
		errors.Is(err, ErrPrivateAddress), errors.Is(err, context.Canceled):
		return false
	case errors.As(err, &se):
		return se.Code == http.StatusTooManyRequests || se.Code >= 500
	}
	return true
}

// Validators are the values of a conditional request.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Response is a fetched page.
type Response struct {
	// URL is the final address, after redirects.
	URL string
	// NotModified is true for a 304 answer to a conditional request; Body
	// is then empty.
	NotModified bool
	Body        []byte
	// ContentType is the Content-Type header as sent.
	ContentType string
	Validators  Validators
	Fetched     time.Time
}

// Fetcher makes polite, bounded HTTP requests. It is safe for concurrent use.
type Fetcher struct {
	client  *http.Client
	cfg     *Config
	limiter *hostLimiter
}

// NewFetcher returns a fetcher configured by c.
func NewFetcher(c *Config) *Fetcher {
	dialer := &net.Dialer{Timeout: c.Timeout.Duration, Control: dialControl(c.AllowPrivate)}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the address actually reached
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   c.Timeout.Duration,
		ResponseHeaderTimeout: c.Timeout.Duration,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
	}
	client := &http.Client{Transport: tr, Timeout: c.Timeout.Duration,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > c.MaxRedirects {
				return fmt.Errorf("%w (over %d)", ErrTooManyRedirects, c.MaxRedirects)
			}
			return nil
		}}
	return &Fetcher{client: client, cfg: c, limiter: newHostLimiter(c.HostInterval.Duration)}
}

// Get fetches rawURL, sending v as a conditional request, and retries
// temporary failures with exponential backoff and jitter.
func (f *Fetcher) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	var err error
	for attempt := 0; ; attempt++ {
		var r *Response
		if r, err = f.get(ctx, rawURL, v); err == nil {
			return r, nil
		}
		if attempt >= f.cfg.Retries || !Temporary(err) || ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", rawURL, err)
		}
		base := f.cfg.RetryBackoff.Duration << attempt
		wait := base + rand.N(base/2+1)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: %w", rawURL, ctx.Err())
		case <-time.After(wait):
		}
	}
}

func (f *Fetcher) get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if err := f.limiter.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	req, err := f.newRequest(ctx, rawURL, v)
	if err != nil {
		return nil, err
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Fetched: time.Now().UTC(), ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &StatusError{Code: resp.StatusCode}
	case resp.ContentLength > f.cfg.MaxPageBytes:
		return nil, fmt.Errorf("%w: %d bytes declared, cap %d", ErrTooLarge, resp.ContentLength, f.cfg.MaxPageBytes)
	}
	out.Body, err = io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxPageBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(out.Body)) > f.cfg.MaxPageBytes {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, f.cfg.MaxPageBytes)
	}
	return out, nil
}

// newRequest builds a GET with the user agent and the validators.
func (f *Fetcher) newRequest(ctx context.Context, rawURL string, v Validators) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml, text/html;q=0.9, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	return req, nil
}

// unwrapURLError keeps the cause of a client error (redirects, refused
// address) visible to errors.Is while dropping the repeated URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// hostLimiter spaces requests to one host at least interval apart.
type hostLimiter struct {
	interval time.Duration
	mu       sync.Mutex
	next     map[string]time.Time
}

func newHostLimiter(d time.Duration) *hostLimiter {
	return &hostLimiter{interval: d, next: map[string]time.Time{}}
}

// wait blocks until host may be asked again, or ctx is done.
func (l *hostLimiter) wait(ctx context.Context, host string) error {
	l.mu.Lock()
	now := time.Now()
	at := l.next[host]
	if at.Before(now) {
		at = now
	}
	l.next[host] = at.Add(l.interval)
	l.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d):
		}
	}
	return nil
}
