#!/usr/bin/env bash
# Lighthouse (mobile preset: a throttled mid-range phone) on the portal's public pages, against a
# portal already running with the demo content, e.g.
#   java -Xmx256m -jar target/htx-portal-*.jar --server.port=8099 --portal.data-dir=/tmp/htx-lh
# Prints each page's performance, accessibility, best-practices and SEO scores and the failed
# binary audits. Installs Lighthouse 12 from the npm registry into /tmp/lh when it is missing.
# Usage: bench/lighthouse.sh [base=http://127.0.0.1:8099]   Needs: node 18+, chromium, python3.
set -euo pipefail
BASE="${1:-http://127.0.0.1:8099}"
LH=/tmp/lh/node_modules/.bin/lighthouse
[ -x "$LH" ] || npm install --silent --no-audit --no-fund --prefix /tmp/lh lighthouse@12 >/dev/null
ARTICLE=$(curl -s "$BASE/chuyen-muc/hoat-dong-htx" | grep -o 'href="/bai-viet/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
ALBUM=$(curl -s "$BASE/thu-vien-anh" | grep -o 'href="/thu-vien-anh/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for path in / /gioi-thieu/lich-su /gioi-thieu/co-cau-to-chuc /gioi-thieu/lanh-dao /lien-he "$ALBUM" "$ALBUM/anh/1" \
    /chuyen-muc/hoat-dong-htx "$ARTICLE" /van-ban /van-ban/4454-qd-bnn-vpdp /thong-bao /thong-ke "/tim-kiem?q=hop+tac+xa"; do
  report="$OUT/report.json"
  CHROME_PATH=/usr/bin/chromium "$LH" "$BASE$path" --quiet --output=json --output-path="$report" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1
  python3 - "$report" "$path" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
failed = [a["id"] for a in r["audits"].values()
          if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"]
print(f'| {sys.argv[2]} | {c["performance"]["score"]:.2f} | {c["accessibility"]["score"]:.2f} | '
      f'{c["best-practices"]["score"]:.2f} | {c["seo"]["score"]:.2f} | {", ".join(failed)} |')
PY
done
