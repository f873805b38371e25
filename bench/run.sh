#!/usr/bin/env bash
# The portal's public pages against nginx serving the same article's bytes as a static file, in one
# run on this machine. Builds the jar, builds (or keeps) the data set of bench/dataset.sh (100,000
# articles in 10 categories, 5,000 documents), starts the portal with -Xmx256m, installs nginx if
# it is missing (Debian) and starts it on loopback, then runs wrk -t2 -c64 against each page and
# prints: page, requests/s, p50, p99, errors, ratio to nginx; and whether every page view was
# counted (wrk stops its clock with up to 64 requests in flight: those are answered and counted
# too, so "counted" may exceed "answered" by at most 64), start-up time, resident memory and GC time.
#
# Usage: bench/run.sh [seconds per page=20]
#   BENCH_DATA=/tmp/htx-bench-data   where the data set lives (kept between runs)
#   BENCH_WARMUP=15   seconds of the warm-up round per page, before anything is measured
#   BENCH_PORTAL_ARGS="--portal.page-cache.ttl=0s"   extra arguments for the portal (e.g. "before")
# Needs: a JDK 17+, python3, curl, bc, wrk and nginx (apt-get install -y wrk nginx). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
WARMUP="${BENCH_WARMUP:-15}"
DATA="${BENCH_DATA:-/tmp/htx-bench-data}"
PORT=18080; NGINX_PORT=18090
for tool in wrk nginx bc; do
  command -v $tool >/dev/null || { echo "installing $tool"; apt-get install -y $tool >/dev/null; }
done
./mvnw -B -q -DskipTests package
JAR=$(ls target/htx-portal-*.jar | head -1)
bench/dataset.sh "$DATA" "$JAR"
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -rf "$WORK"' EXIT

LOG="$WORK/portal.log"
START=$(date +%s.%N)
# shellcheck disable=SC2086
java -Xmx256m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port=$PORT --portal.data-dir="$DATA" \
     --portal.demo-content=false ${BENCH_PORTAL_ARGS:-} > "$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 0.25; done
UP=$(date +%s.%N)
if grep -q "Rebuilding the search index" "$LOG"; then
  echo "waiting for the search index to be built…"
  for _ in $(seq 1 1800); do grep -q "Search index rebuilt" "$LOG" && break; sleep 1; done
fi

BASE="http://127.0.0.1:$PORT"
ARTICLE=$(curl -s "$BASE/chuyen-muc/hoat-dong-htx" | grep -o 'href="/bai-viet/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
SEARCH="/tim-kiem?q=h%E1%BB%A3p+t%C3%A1c+x%C3%A3"
PAGES=(
  "article|$ARTICLE"
  "home|/"
  "category page 1|/chuyen-muc/tin-tuc-su-kien"
  "category page 50|/chuyen-muc/tin-tuc-su-kien?page=50"
  "documents, filtered|/van-ban?type=quyet-dinh&year=2019"
  "search|$SEARCH"
  "statistics|/thong-ke"
  "page in the tree|/gioi-thieu/lich-su"
  "organisation chart|/gioi-thieu/co-cau-to-chuc"
  "leaders|/gioi-thieu/lanh-dao"
  "album|/thu-vien-anh/hop-tac-xa-vao-mua-thu-hoach-2026"
  "photo|/thu-vien-anh/hop-tac-xa-vao-mua-thu-hoach-2026/anh/1"
)

# nginx serves the article's bytes as they are sent to a visitor, from a file
mkdir -p "$WORK/www"
curl -s -A "Mozilla/5.0 Chrome/131.0" "$BASE$ARTICLE" > "$WORK/www/article.html"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
nginx -c "$WORK/nginx.conf"

warm() { wrk -t2 -c64 -d"$2"s -s bench/page.lua "$1" > /dev/null; }
measure() { wrk -t2 -c64 -d"${DURATION}s" -s bench/page.lua "$1" | grep '^RESULT'; }
value() { echo "$1" | sed -E "s/.* $2=([0-9.]+).*/\1/"; }
page_views() { curl -s "$BASE/api/v1/stats" | sed -E 's/.*"pageViews":([0-9]+).*/\1/'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1), $(nginx -v 2>&1), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')"
echo "date: $(date -u +%Y-%m-%d) · wrk -t2 -c64 -d${DURATION}s per page after a ${WARMUP} s warm-up round per page · portal: -Xmx256m ${BENCH_PORTAL_ARGS:-}"
printf 'start-up: %.1f s\n' "$(echo "$UP - $START" | bc)"
# A server runs for days: its JIT has compiled the code of every page. One warm-up round over all
# pages first (WARMUP seconds each), so the first page measured is not the one that pays for it.
for entry in "${PAGES[@]}"; do warm "$BASE${entry#*|}" "$WARMUP"; done
warm "http://127.0.0.1:$NGINX_PORT/article.html" 5
NGINX_LINE=$(measure "http://127.0.0.1:$NGINX_PORT/article.html")
NGINX_RPS=$(value "$NGINX_LINE" rps)
printf '| %-20s | %10s | %8s | %8s | %7s | %8s | %-16s |\n' page requests/s p50_ms p99_ms errors ratio "counted/answered"
printf '|%s|\n' "----------------------|------------|----------|----------|---------|----------|------------------"
printf '| %-20s | %10s | %8s | %8s | %7s | %8s | %-16s |\n' "nginx, static file" "$NGINX_RPS" \
       "$(value "$NGINX_LINE" p50_ms)" "$(value "$NGINX_LINE" p99_ms)" "$(value "$NGINX_LINE" errors)" "1.00" "-"
for entry in "${PAGES[@]}"; do
  name="${entry%%|*}"; path="${entry#*|}"
  warm "$BASE$path" 5
  sleep 2.5   # the counter writes once a second
  before=$(page_views)
  line=$(measure "$BASE$path")
  sleep 2.5   # the counter writes once a second
  counted=$(( $(page_views) - before ))
  sent=$(value "$line" requests)
  printf '| %-20s | %10s | %8s | %8s | %7s | %8.2f | %-16s |\n' "$name" "$(value "$line" rps)" \
         "$(value "$line" p50_ms)" "$(value "$line" p99_ms)" "$(value "$line" errors)" \
         "$(echo "$(value "$line" rps) / $NGINX_RPS" | bc -l)" "$counted/$sent"
done
# only the pauses (the log's "Concurrent Mark Cycle" lines give the length of work done beside the application)
GC_MS=$(grep Pause "$WORK/gc.log" | grep -oE '[0-9.]+ms$' | tr -d 'ms' | paste -sd+ | bc)
GC_MAX=$(grep Pause "$WORK/gc.log" | grep -oE '[0-9.]+ms$' | tr -d 'ms' | sort -n | tail -1)
GC_COUNT=$(grep -c Pause "$WORK/gc.log" || true)
GC_FULL=$(grep -c "Pause Full" "$WORK/gc.log" || true)
echo "resident memory after the run: $(( $(ps -o rss= -p $PID) / 1024 )) MB; GC pauses: ${GC_COUNT}, ${GC_MS} ms in all, longest ${GC_MAX} ms, ${GC_FULL} full; OutOfMemoryError: $(grep -c OutOfMemoryError "$LOG" || true)"
