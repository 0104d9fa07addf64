package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/rasid-osint/rasid/store/sqlite"
	"github.com/rasid-osint/rasid/web"
)

// serveOptions are the flags of rasid serve.
type serveOptions struct {
	addr, db, token string
}

func runServe(ctx context.Context, args []string) error {
	o := serveOptions{token: os.Getenv("RASID_TOKEN")}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	fs.StringVar(&o.db, "db", "./rasid.db", "read the SQLite database `FILE`")
	fs.StringVar(&o.token, "token", o.token, "require this access `TOKEN` on every request (default $RASID_TOKEN); needed off loopback")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: rasid serve [flags]\n\nServes the analyst's web application and its JSON API (/api/openapi.json).\nBinding to a non-loopback address requires a token.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	if err := checkServe(o); err != nil {
		return err
	}
	return serve(ctx, o)
}

// checkServe refuses to serve off loopback without a token.
func checkServe(o serveOptions) error {
	if o.token == "" && !isLoopback(o.addr) {
		return fmt.Errorf("address %s is not loopback: set --token or RASID_TOKEN", o.addr)
	}
	return nil
}

// isLoopback reports whether addr's host is a loopback address or
// "localhost"; an empty host (all interfaces) is not.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func serve(ctx context.Context, o serveOptions) error {
	if _, err := os.Stat(o.db); err != nil {
		return fmt.Errorf("database: %w (run rasid ingest first)", err)
	}
	db, err := sqlite.Open(ctx, o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	srv, err := web.New(db, web.Options{Token: o.token})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "rasid serve: http://%s/ (database %s)\n", ln.Addr(), o.db)
	if o.token != "" {
		fmt.Fprintf(os.Stderr, "rasid serve: a token is required: open http://%s/?token=TOKEN once, or send Authorization: Bearer TOKEN\n", ln.Addr())
	}
	return runHTTP(ctx, ln, srv.Handler())
}

// runHTTP serves h on ln until ctx is done, then shuts down gracefully,
// giving requests in flight ten seconds.
func runHTTP(ctx context.Context, ln net.Listener, h http.Handler) error {
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute,
		ErrorLog: slog.NewLogLogger(slog.Default().Handler(), slog.LevelWarn)}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
