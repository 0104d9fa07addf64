// Package watch polls news feeds (RSS, Atom) and web pages listed in a
// config file and hands each new article page to a Handler, once.
//
// The fetcher is polite and defensive: a clear user agent, conditional
// requests (ETag, Last-Modified), a minimum interval between requests to one
// host, retries with exponential backoff and jitter, a cap on page size, a
// bounded number of redirects, and no connections to private, loopback or
// link-local addresses unless the config allows them. The address check runs
// when the connection is dialled, on the resolved IP, so DNS rebinding and
// redirects are covered.
//
// What has been seen (feed validators, item GUIDs and URLs, content hashes)
// is kept in a JSON state file, so a restarted watcher fetches nothing
// twice. A failing feed is reported and retried later with a growing delay;
// it never stops the other outlets.
package watch
