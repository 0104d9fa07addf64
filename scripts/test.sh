#!/usr/bin/env bash
# Runs every test: vet, unit and store tests, fuzz seeds, the browser test
# (needs Debian's chromium; it skips with a message when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
go vet ./...
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt needed: $unformatted" >&2; exit 1; fi
# the binary must build static and for the other laptop systems
CGO_ENABLED=0 go build -o /dev/null ./cmd/rasid
CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -o /dev/null ./cmd/rasid
CGO_ENABLED=0 GOOS=darwin GOARCH=arm64 go build -o /dev/null ./cmd/rasid
go test -count=1 -timeout 40m ./...
