#!/usr/bin/env bash
# Runs every test: vet, unit and store tests, fuzz seeds, the browser test
# (needs Debian's chromium; it skips with a message when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
go vet ./...
go test -count=1 -timeout 40m ./...
