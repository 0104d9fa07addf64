#!/usr/bin/env bash
# Measures rasid end to end over the SaudiNewsNet corpus in ../shared:
# `rasid extract` and `rasid ingest` on one core and on every core
# (GOMAXPROCS in the environment), with /usr/bin/time for CPU and memory.
# Each measurement is repeated RUNS times (default 3), alternating the core
# counts, and the median run is reported: on a shared virtual machine one
# run varies by about ±5%.
# Usage: scripts/speed.sh [CORPUS_DIR]   (run it on an otherwise idle machine)
#        RUNS=5 scripts/speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpus/saudinewsnet}
runs=${RUNS:-3}
if [ ! -d "$corpus" ]; then
  echo "speed.sh: $corpus is absent: the speed run needs the shared corpus" >&2
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
CGO_ENABLED=0 go build -o "$out/rasid" ./cmd/rasid
cores=$(nproc)
n=0 # articles read: the lines rasid extract writes (bad records are reported and skipped)

# run CMD PROCS: one timed run, appended to $out/CMD-PROCS as "wall user sys rss"
run() {
  local cmd=$1 procs=$2 args
  rm -f "$out/db"*
  args=(-q -o "$out/events.jsonl")
  [ "$cmd" = ingest ] && args=(-q --db "$out/db")
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" env GOMAXPROCS="$procs" "$out/rasid" "$cmd" "${args[@]}" "$corpus" 2>"$out/log" || {
    echo "rasid $cmd failed:" >&2
    tail -5 "$out/log" >&2
    exit 1
  }
  cat "$out/time" >>"$out/$cmd-$procs"
  if [ "$n" = 0 ] && [ "$cmd" = extract ]; then
    n=$(wc -l <"$out/events.jsonl")
  fi
}

for ((r = 1; r <= runs; r++)); do
  for cmd in extract ingest; do
    for procs in 1 "$cores"; do
      run "$cmd" "$procs"
    done
  done
done
echo "corpus: $n articles in $corpus; $cores cores; median of $runs runs (all runs' wall times in brackets)"
for cmd in extract ingest; do
  one=0
  for procs in 1 "$cores"; do
    sort -n "$out/$cmd-$procs" | awk -v c="$cmd" -v p="$procs" -v n="$n" -v one="$one" '
      { w[NR] = $1; u[NR] = $2; s[NR] = $3; m[NR] = $4; all = all (NR > 1 ? " " : "") $1 }
      END {
        k = int((NR + 1) / 2)
        rate = n / w[k]
        printf "%-8s GOMAXPROCS=%-2s %6.1f s wall  %7.0f articles/s", c, p, w[k], rate
        if (one > 0) printf " (x%.2f)", rate / one
        printf "  %.2f ms CPU/article  %4.0f MB max RSS  [%s]\n", 1000 * (u[k] + s[k]) / n, m[k] / 1024, all
        print rate > "/dev/stderr"
      }' 2>"$out/rate"
    one=$(cat "$out/rate")
  done
done
