#!/usr/bin/env bash
# Builds the benchmark data set in a data directory: the portal's schema and demo content, then
# generated articles (10 categories) and documents loaded straight into the embedded database, and
# no search index (the portal builds it on its next start, as it does for any missing index).
# Usage: bench/dataset.sh DATA_DIR JAR [ARTICLES=100000] [DOCUMENTS=5000]
# A directory that already holds the same data set is kept as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="$1"; JAR="$2"; ARTICLES="${3:-100000}"; DOCUMENTS="${4:-5000}"
MARK="$DATA/.dataset-$ARTICLES-$DOCUMENTS"
if [ -f "$MARK" ]; then
  echo "data set: $DATA (kept: $ARTICLES articles, $DOCUMENTS documents)"
  exit 0
fi
rm -rf "$DATA"; mkdir -p "$DATA"
PORT=18099
echo "data set: schema and demo content…"
java -jar "$JAR" --server.port=$PORT --portal.data-dir="$DATA" --portal.admin-password=Mat-khau-do-hieu-nang \
     > "$DATA/first-start.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 0.5; done
kill "$PID"; wait "$PID" 2>/dev/null || true

echo "data set: generating $ARTICLES articles and $DOCUMENTS documents…"
CSV="$DATA/csv"
python3 bench/generate.py "$CSV" "$ARTICLES" "$DOCUMENTS"
unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep 'BOOT-INF/lib/h2-.*\.jar')" > "$DATA/h2.jar"
cat > "$DATA/load.sql" <<SQL
INSERT INTO category (name, slug, description, sort_order, show_in_menu, created_at)
  SELECT name, slug, description, CAST(sort_order AS INT), TRUE, CURRENT_TIMESTAMP
  FROM CSVREAD('$CSV/categories.csv', NULL, 'charset=UTF-8 caseSensitiveColumnNames=true');
INSERT INTO article (category_id, title, slug, lead_text, body, author_signature, status, featured,
                     published_at, created_at, updated_at, view_count, version)
  SELECT c.id, a.title, a.slug, a.lead_text, a.body, a.author_signature, 'PUBLISHED', FALSE,
         CAST(a.published_at AS TIMESTAMP WITH TIME ZONE), CAST(a.published_at AS TIMESTAMP WITH TIME ZONE),
         CAST(a.published_at AS TIMESTAMP WITH TIME ZONE), 0, 0
  FROM CSVREAD('$CSV/articles.csv', NULL, 'charset=UTF-8 caseSensitiveColumnNames=true') a JOIN category c ON c.slug = a.category_slug;
INSERT INTO legal_document (doc_number, slug, summary, issue_date, status, view_count, created_at, updated_at,
                            type_id, issuer_id, full_text, download_count)
  SELECT d.doc_number, d.slug, d.summary, CAST(d.issue_date AS DATE), 'PUBLISHED', 0, CURRENT_TIMESTAMP,
         CURRENT_TIMESTAMP, t.id, i.id, d.full_text, 0
  FROM CSVREAD('$CSV/documents.csv', NULL, 'charset=UTF-8 caseSensitiveColumnNames=true') d
  JOIN document_term t ON t.kind = 'TYPE' AND t.name = d.type_name
  JOIN document_term i ON i.kind = 'ISSUER' AND i.name = d.issuer_name;
ANALYZE;
SQL
echo "data set: loading…"
java -cp "$DATA/h2.jar" org.h2.tools.RunScript \
     -url "jdbc:h2:file:$DATA/db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
     -user sa -script "$DATA/load.sql"
rm -rf "$DATA/csv" "$DATA/search"
touch "$MARK"
echo "data set: $DATA ($(du -sh "$DATA/db" | cut -f1) database)"
