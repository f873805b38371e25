#!/usr/bin/env bash
# How fast is search on a large portal? Builds the jar and the data set (bench/dataset.sh:
# 100,000 articles, 5,000 documents), starts the portal with -Xmx256m, waits for it to build the
# missing search index (and reports how long that took), then asks /tim-kiem 16 different queries
# in turn from one client (wrk -t1 -c1: latency, not throughput) and prints p50, p95 and p99.
# Usage: bench/search-latency.sh [seconds=30] [articles=100000] [documents=5000]
# Needs: a JDK 17+, python3, wrk (apt-get install -y wrk). BENCH_DATA: where the data set lives.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"; ARTICLES="${2:-100000}"; DOCUMENTS="${3:-5000}"
DATA="${BENCH_DATA:-/tmp/htx-bench-data}"
PORT=18081
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
./mvnw -B -q -DskipTests package
JAR=$(ls target/htx-portal-*.jar | head -1)
bench/dataset.sh "$DATA" "$JAR" "$ARTICLES" "$DOCUMENTS"
# BENCH_REBUILD=1: delete the index first, to measure how long the start-up build of a missing index takes
[ "${BENCH_REBUILD:-0}" = 1 ] && rm -rf "$DATA/search"
LOG="$DATA/search-latency.log"
java -Xmx256m -Xlog:gc:file="$DATA/gc-search.log" -jar "$JAR" --server.port=$PORT --portal.data-dir="$DATA" \
     --portal.demo-content=false > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
START=$(date +%s.%N)
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 0.5; done
UP=$(date +%s.%N)
if grep -q "Rebuilding the search index" "$LOG"; then
  for _ in $(seq 1 1800); do grep -q "Search index rebuilt" "$LOG" && break; sleep 1; done
  grep -q "Search index rebuilt" "$LOG" || { echo "the index was not built in 30 minutes" >&2; exit 1; }
fi
BUILT=$(date +%s.%N)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "data: $ARTICLES articles, $DOCUMENTS documents; index $(du -sh "$DATA/search" | cut -f1) on disk"
printf 'start-up %.1f s\n' "$(echo "$UP - $START" | bc)"
if grep -q "Search index rebuilt" "$LOG"; then
  printf '%s, %.0f s after start-up\n' "$(grep -o 'Search index rebuilt: [0-9]* items' "$LOG")" "$(echo "$BUILT - $UP" | bc)"
fi
echo "every request has a new address, so none is answered from the page memory: each is a real search"
wrk -t1 -c1 -d20s -s bench/search.lua "http://127.0.0.1:$PORT" > /dev/null   # warm-up: let the JIT compile the search
echo "wrk -t1 -c1 -d${DURATION}s /tim-kiem, 16 queries in turn:"
wrk -t1 -c1 -d"${DURATION}s" -s bench/search.lua "http://127.0.0.1:$PORT" | grep '^RESULT'
printf 'resident memory %s MB; GC pauses %s ms in all\n' "$(( $(ps -o rss= -p $PID) / 1024 ))" \
       "$(grep -oE '[0-9.]+ms$' "$DATA/gc-search.log" | tr -d 'ms' | paste -sd+ | bc)"
