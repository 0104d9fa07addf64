package watch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// Defaults of the config fields left out.
const (
	DefaultUserAgent       = "rasid-watch/0.1 (+https://github.com/rasid-osint/rasid; news monitoring)"
	DefaultHostInterval    = 2 * time.Second
	DefaultMaxPageBytes    = 4 << 20
	DefaultMaxRedirects    = 5
	DefaultTimeout         = 30 * time.Second
	DefaultRetries         = 2
	DefaultRetryBackoff    = time.Second
	DefaultInterval        = 15 * time.Minute
	DefaultMaxItemAttempts = 3
	DefaultForgetAfter     = 180 * 24 * time.Hour
	// MaxFailureDelay caps the wait before polling a failing feed again.
	MaxFailureDelay = 6 * time.Hour
)

// Duration is a time.Duration written in JSON as a string ("15m", "2s").
type Duration struct{ time.Duration }

// UnmarshalJSON reads a duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string such as \"15m\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// Outlet is one news site to watch.
type Outlet struct {
	// Name identifies the outlet in reports and in the stored articles.
	Name string `json:"name"`
	// Feed is the address of its RSS or Atom feed, if any.
	Feed string `json:"feed,omitempty"`
	// Pages are article pages polled for changes, if any.
	Pages []string `json:"pages,omitempty"`
	// Country is the outlet's ISO 3166-1 alpha-2 code, if known.
	Country string `json:"country,omitempty"`
	// Interval is the time between two polls (default 15m).
	Interval Duration `json:"interval"`
}

// Config is the watcher's configuration, read from JSON.
type Config struct {
	// UserAgent is sent with every request.
	UserAgent string `json:"user_agent"`
	// HostInterval is the least time between two requests to one host.
	HostInterval Duration `json:"per_host_interval"`
	// MaxPageBytes caps the size of a feed or page.
	MaxPageBytes int64 `json:"max_page_bytes"`
	// MaxRedirects caps the redirects followed for one request.
	MaxRedirects int `json:"max_redirects"`
	// AllowPrivate allows private, loopback and link-local addresses.
	AllowPrivate bool `json:"allow_private"`
	// Timeout bounds one request.
	Timeout Duration `json:"timeout"`
	// Retries is how many times a failed request is retried at once.
	Retries int `json:"retries"`
	// RetryBackoff is the first retry's delay; it doubles each time.
	RetryBackoff Duration `json:"retry_backoff"`
	// MaxItemAttempts is how many polls may try an article page that fails
	// with a temporary error before it is given up.
	MaxItemAttempts int `json:"max_item_attempts"`
	// ForgetAfter is how long seen articles are remembered (default 180 days).
	ForgetAfter Duration `json:"forget_after"`
	// Outlets are the sites to watch.
	Outlets []Outlet `json:"outlets"`
}

// Parse reads a JSON config, fills in defaults and validates it. Unknown
// fields are errors, so a misspelt option is not silently ignored.
func Parse(r io.Reader) (*Config, error) {
	var c Config
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("watch config: %w", err)
	}
	c.setDefaults()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Config) setDefaults() {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.HostInterval.Duration == 0 {
		c.HostInterval.Duration = DefaultHostInterval
	}
	if c.MaxPageBytes == 0 {
		c.MaxPageBytes = DefaultMaxPageBytes
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = DefaultMaxRedirects
	}
	if c.Timeout.Duration == 0 {
		c.Timeout.Duration = DefaultTimeout
	}
	if c.Retries == 0 {
		c.Retries = DefaultRetries
	}
	if c.RetryBackoff.Duration == 0 {
		c.RetryBackoff.Duration = DefaultRetryBackoff
	}
	if c.ForgetAfter.Duration == 0 {
		c.ForgetAfter.Duration = DefaultForgetAfter
	}
	if c.MaxItemAttempts == 0 {
		c.MaxItemAttempts = DefaultMaxItemAttempts
	}
	for i := range c.Outlets {
		if c.Outlets[i].Interval.Duration == 0 {
			c.Outlets[i].Interval.Duration = DefaultInterval
		}
	}
}

// Validate checks the whole config and returns every problem found.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if c.HostInterval.Duration < 0 || c.Timeout.Duration <= 0 || c.RetryBackoff.Duration < 0 || c.ForgetAfter.Duration < 0 {
		bad("per_host_interval and retry_backoff must not be negative, timeout must be positive")
	}
	if c.MaxPageBytes < 1024 {
		bad("max_page_bytes %d is under 1024", c.MaxPageBytes)
	}
	if c.MaxRedirects < 0 || c.Retries < 0 || c.MaxItemAttempts < 1 {
		bad("max_redirects and retries must not be negative, max_item_attempts must be at least 1")
	}
	if len(c.Outlets) == 0 {
		bad("no outlets listed")
	}
	names := map[string]bool{}
	for i, o := range c.Outlets {
		errs = append(errs, o.validate(i, names)...)
	}
	if len(errs) > 0 {
		return fmt.Errorf("watch config: %w", errors.Join(errs...))
	}
	return nil
}

// validate checks one outlet; names collects the names seen so far.
func (o Outlet) validate(i int, names map[string]bool) []error {
	var errs []error
	where := fmt.Sprintf("outlet %d (%q)", i+1, o.Name)
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(where+": "+format, a...)) }
	switch {
	case strings.TrimSpace(o.Name) == "":
		bad("name is empty")
	case names[o.Name]:
		bad("name used twice")
	}
	names[o.Name] = true
	if o.Feed == "" && len(o.Pages) == 0 {
		bad("neither feed nor pages given")
	}
	for _, u := range append([]string{o.Feed}, o.Pages...) {
		if err := checkURL(u); u != "" && err != nil {
			bad("%w", err)
		}
	}
	if o.Interval.Duration < time.Second {
		bad("interval %v is under 1s", o.Interval.Duration)
	}
	if o.Country != "" && len(o.Country) != 2 {
		bad("country %q is not a two-letter code", o.Country)
	}
	return errs
}

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("bad address %q: %w", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("address %q is not an http(s) URL", s)
	}
	return nil
}
