#!/usr/bin/env bash
# Measures rasid end to end over the SaudiNewsNet corpus in ../shared:
# `rasid extract` and `rasid ingest` on one core and on every core
# (GOMAXPROCS in the environment), with /usr/bin/time for CPU and memory.
# Usage: scripts/speed.sh [CORPUS_DIR]   (run it on an otherwise idle machine)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpus/saudinewsnet}
if [ ! -d "$corpus" ]; then
  echo "speed.sh: $corpus is absent: the speed run needs the shared corpus" >&2
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
CGO_ENABLED=0 go build -o "$out/rasid" ./cmd/rasid
cores=$(nproc)
n=0 # articles read: the lines rasid extract writes (bad records are reported and skipped)
for procs in 1 "$cores"; do
  for cmd in extract ingest; do
    rm -f "$out/db"*
    args=(-q -o "$out/events.jsonl")
    [ "$cmd" = ingest ] && args=(-q --db "$out/db")
    /usr/bin/time -f "%e %U %S %M" -o "$out/time" env GOMAXPROCS="$procs" "$out/rasid" "$cmd" "${args[@]}" "$corpus" 2>"$out/log" || {
      echo "rasid $cmd failed:" >&2
      tail -5 "$out/log" >&2
      exit 1
    }
    read -r wall user sys rss <"$out/time"
    [ "$n" = 0 ] && n=$(wc -l <"$out/events.jsonl") && echo "corpus: $n articles in $corpus; $cores cores"
    awk -v c="$cmd" -v p="$procs" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN {
      printf "%-8s GOMAXPROCS=%-2s %6.1f s wall  %7.0f articles/s  %.2f ms CPU/article  %4.0f MB max RSS\n",
        c, p, w, n / w, 1000 * (u + s) / n, m / 1024 }'
  done
done
