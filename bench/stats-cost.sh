#!/usr/bin/env bash
# What does counting cost? Serves the seed article with the live visitor counter, once with page
# views counted and once without, under the same wrk load, and checks that every response was
# counted exactly. Usage: bench/stats-cost.sh [seconds per run, default 20]
# Needs: a JDK 17+, wrk (Debian: apt-get install -y wrk). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PORT=18080
ARTICLE="/bai-viet/day-manh-cong-tac-thi-dua-khen-thuong-tao-dong-luc-thuc-day-phat-trien-kinh-te-tap-the-hop-tac-xa"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

./mvnw -B -q -DskipTests package
JAR=$(ls target/htx-portal-*.jar | head -1)
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

stats() { curl -s "http://127.0.0.1:$PORT/api/v1/stats"; }
field() { sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }

run() {
  local counting=$1
  rm -rf "$WORK/data"
  java -Xmx256m -jar "$JAR" --server.port=$PORT --portal.data-dir="$WORK/data" --portal.stats.count-page-views="$counting" \
       --portal.admin-password=Mat-khau-do-hieu-nang > "$WORK/portal-$counting.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 0.5; done
  wrk -t2 -c64 -d5s -s bench/visitors.lua "http://127.0.0.1:$PORT$ARTICLE" > /dev/null   # warm-up
  sleep 2.5
  local before; before=$(stats | field pageViews)
  local line; line=$(wrk -t2 -c64 -d"${DURATION}s" --latency -s bench/visitors.lua "http://127.0.0.1:$PORT$ARTICLE" | grep '^RESULT')
  sleep 2.5
  local after; after=$(stats | field pageViews)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$counting $line counted=$((after - before))"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "wrk -t2 -c64 -d${DURATION}s, article page, 5,000 visitors"
printf '%-10s %10s %8s %8s %8s %12s\n' counting requests/s p50_ms p99_ms errors counted/sent
for counting in true false; do
  result=$(run $counting)
  rps=$(echo "$result" | sed -E 's/.*rps=([0-9]+).*/\1/')
  p50=$(echo "$result" | sed -E 's/.*p50_ms=([0-9.]+).*/\1/')
  p99=$(echo "$result" | sed -E 's/.*p99_ms=([0-9.]+).*/\1/')
  errors=$(echo "$result" | sed -E 's/.*errors=([0-9]+).*/\1/')
  sent=$(echo "$result" | sed -E 's/.*requests=([0-9]+).*/\1/')
  counted=$(echo "$result" | sed -E 's/.*counted=(-?[0-9]+).*/\1/')
  printf '%-10s %10s %8s %8s %8s %12s\n' "$counting" "$rps" "$p50" "$p99" "$errors" "$counted/$sent"
done
