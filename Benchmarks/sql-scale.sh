#!/usr/bin/env bash
# The 10M-row comparison of docs/performance.md: a CRM table in PostgreSQL checked inside the
# server, side by side with exporting it to CSV and validating the file. Both in one run, on
# the same table; the server is the throw-away one of Scripts/postgres-server.sh.
#
#     Benchmarks/sql-scale.sh [ROWS]        (default 10000000; needs Benchmarks/data/crm-1000000.csv)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
source_csv=Benchmarks/data/crm-1000000.csv
[ -f "$source_csv" ] || python3 Benchmarks/generate.py 1000000 "$source_csv"

pkg-config --exists libpq 2>/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpq-dev >/dev/null
swift build -c release --product datamin --traits PostgreSQL --scratch-path .build-postgres >/dev/null
datamin=$(swift build -c release --traits PostgreSQL --scratch-path .build-postgres --show-bin-path)/datamin
policy=Benchmarks/policy.yaml
work=$(mktemp -d /tmp/datamin-scale.XXXXXX)
source Scripts/postgres-server.sh
set -euo pipefail
trap 'stop_postgres; rm -rf "$work"' EXIT
chmod 777 "$work"

seconds() { local start=$(date +%s.%N); "$@"; echo "$(date +%s.%N) - $start" | bc; }
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE UNLOGGED TABLE seed (id text, first_name text, last_name text, email text, company text, country text, phone text,
    purpose text, lawful_basis text, source text, collected_at text, notes text);
\copy seed FROM '$source_csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE crm AS
    SELECT id || '-' || n AS id, first_name, last_name, replace(email, '@', '+' || n || '@') AS email, company, country, phone,
           purpose, lawful_basis, source, collected_at, notes
    FROM seed, generate_series(1, ($rows + 999999) / 1000000) AS n LIMIT $rows;
DROP TABLE seed;
VACUUM ANALYZE crm;
SQL
echo "table: $(psql -X -A -t -c 'SELECT count(*) FROM crm') rows, $(psql -X -A -t -c "SELECT pg_size_pretty(pg_total_relation_size('crm'))")"

in_server_counts=$(seconds sh -c "'$datamin' sql --policy $policy --table crm --key id --dialect postgres --counts | psql -X -q -o /dev/null")
in_server=$(seconds sh -c "'$datamin' validate --database '' --table crm --key id --policy $policy --format summary >/dev/null 2>&1 || true")
export_csv=$(seconds psql -X -q -c "\\copy crm TO '$work/crm.csv' WITH (FORMAT csv, HEADER true)")
file_run=$(seconds sh -c "'$datamin' validate '$work/crm.csv' --policy $policy --format summary >/dev/null 2>&1 || true")
csv_size=$(du -h "$work/crm.csv" | cut -f1)

cat <<EOF2
| $rows rows in PostgreSQL $(psql -X -A -t -c 'SHOW server_version') | seconds |
|---|---:|
| \`datamin sql --counts\` run in the server (psql) | $(printf %.1f "$in_server_counts") |
| \`datamin validate --database\` (findings streamed to datamin, summary report) | $(printf %.1f "$in_server") |
| export to CSV (\`\\copy … TO\`, $csv_size) | $(printf %.1f "$export_csv") |
| \`datamin validate\` on the exported file | $(printf %.1f "$file_run") |
| export + file validation | $(echo "$export_csv + $file_run" | bc | xargs printf %.1f) |
EOF2
