#!/usr/bin/env bash
# Runs the query of `datamin sql` inside real engines and compares its findings with a file run
# of the same rows (Scripts/sql/equivalence.py), then puts hostile strings in every place a
# policy or the command line reaches the query (Scripts/sql/hostile.py): PostgreSQL (Debian's
# package, started here on a temporary socket) and DuckDB (PyPI) always; Spark in local mode
# (PyPI pyspark, Java 17) with --spark. Installs what is missing; the Python packages go into
# .build/sql-venv.
#
#     Scripts/check-sql-equivalence.sh [--spark] [--rows N] [--spark-rows N] [--seed N]
#
# CI runs it with --spark --spark-rows 1000 (a fixed-seed subset; Spark starts slowly); a
# release runs more rows with another seed (docs/sql.md).
set -euo pipefail
cd "$(dirname "$0")/.."

engines=(postgres duckdb)
rows=3000
spark_rows=""
seed=20261130
while [ $# -gt 0 ]; do
    case "$1" in
        --spark) engines+=(spark) ;;
        --rows) rows="$2"; shift ;;
        --spark-rows) spark_rows="$2"; shift ;;
        --seed) seed="$2"; shift ;;
        *) echo "usage: $0 [--spark] [--rows N] [--spark-rows N] [--seed N]" >&2; exit 2 ;;
    esac
    shift
done

venv=.build/sql-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
packages=(duckdb)
[[ " ${engines[*]} " == *" spark "* ]] && packages+=(pyspark)
"$venv/bin/python" -m pip install -q "${packages[@]}"

swift build -c release --product datamin >/dev/null
datamin=$(swift build -c release --show-bin-path)/datamin
# `validate --database` needs libpq (Debian libpq-dev) and the PostgreSQL package trait.
pkg-config --exists libpq 2>/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpq-dev >/dev/null
swift build -c release --product datamin --traits PostgreSQL --scratch-path .build-postgres >/dev/null
datamin_pg=$(swift build -c release --traits PostgreSQL --scratch-path .build-postgres --show-bin-path)/datamin

source Scripts/postgres-server.sh
set -euo pipefail
for engine in "${engines[@]}"; do
    extra=()
    [ "$engine" = postgres ] && extra=(--validate-database "$datamin_pg")
    engine_rows=$rows
    [ "$engine" = spark ] && engine_rows=${spark_rows:-$rows}
    "$venv/bin/python" Scripts/sql/equivalence.py --datamin "$datamin" --engine "$engine" --rows "$engine_rows" --seed "$seed" "${extra[@]}" 2>&1 | grep -v '^NOTICE:'
    # Hostile policy strings in every position: refused by lint, or harmless and equal to a file run.
    [ "$engine" = spark ] && extra=(--spark-cli "$("$venv/bin/python" -c 'import pyspark, os; print(os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-sql"))')")
    "$venv/bin/python" Scripts/sql/hostile.py --datamin "$datamin" --engine "$engine" "${extra[@]}" 2>&1 | grep -v '^NOTICE:'
done

# One-, two- and three-part table names reach the table the engine reads (DuckDB, PostgreSQL).
"$venv/bin/python" Scripts/sql/table_names.py --datamin "$datamin"

# A password in the URL never reaches the output, also when the connection fails.
if "$datamin_pg" validate --database "postgresql://postgres:s3cret-pw@/no_such_db?host=$PGHOST" --table t --key id \
    --policy Scripts/sql/equivalence-policy.yaml >/tmp/datamin-pg-out.txt 2>&1; then
    echo "validate --database on a missing database passed" >&2; exit 1
fi
if grep -q s3cret /tmp/datamin-pg-out.txt; then echo "the password reached the output" >&2; exit 1; fi
grep -q 'database "no_such_db" does not exist' /tmp/datamin-pg-out.txt
echo "validate --database: a failed connection exits 2 and prints no password"
