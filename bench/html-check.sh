#!/usr/bin/env bash
# The Nu Html Checker (vnu.jar, from the npm package vnu-jar) on the portal's public pages, against
# a portal already running with the demo content (see bench/lighthouse.sh). Prints every error;
# nothing printed means zero errors. Usage: bench/html-check.sh [base=http://127.0.0.1:8099]
set -euo pipefail
BASE="${1:-http://127.0.0.1:8099}"
VNU=/tmp/vnu/node_modules/vnu-jar/build/dist/vnu.jar
[ -f "$VNU" ] || npm install --silent --no-audit --no-fund --prefix /tmp/vnu vnu-jar >/dev/null
ARTICLE=$(curl -s "$BASE/chuyen-muc/hoat-dong-htx" | grep -o 'href="/bai-viet/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
ALBUM=$(curl -s "$BASE/thu-vien-anh" | grep -o 'href="/thu-vien-anh/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
n=0
for path in / /gioi-thieu /gioi-thieu/lich-su /gioi-thieu/co-cau-to-chuc /gioi-thieu/lanh-dao /lien-he /thu-vien-anh \
    "$ALBUM" "$ALBUM/anh/2" /video /chuyen-muc/hoat-dong-htx "$ARTICLE" /van-ban /van-ban/4454-qd-bnn-vpdp /thong-bao \
    /thong-ke "/tim-kiem?q=hop+tac+xa" /khong-co-trang-nay /dang-nhap; do
  n=$((n + 1))
  curl -s "$BASE$path" > "$OUT/page-$n.html"
  echo "page-$n.html $path" >> "$OUT/pages.txt"
done
echo "$n pages checked"
java -jar "$VNU" --errors-only "$OUT"/page-*.html 2>&1 | sed "s|file:$OUT/||" || { cat "$OUT/pages.txt"; exit 1; }
