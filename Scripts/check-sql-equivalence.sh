#!/usr/bin/env bash
# Runs the query of `datamin sql` inside real engines and compares its findings with a file run
# of the same rows (Scripts/sql/equivalence.py): PostgreSQL (Debian's package, started here on a
# temporary socket) and DuckDB (PyPI) always; Spark in local mode (PyPI pyspark, Java 17) with
# --spark. Installs what is missing; the Python packages go into .build/sql-venv.
#
#     Scripts/check-sql-equivalence.sh [--spark] [--rows N]
set -euo pipefail
cd "$(dirname "$0")/.."

engines=(postgres duckdb)
rows=3000
while [ $# -gt 0 ]; do
    case "$1" in
        --spark) engines+=(spark) ;;
        --rows) rows="$2"; shift ;;
        *) echo "usage: $0 [--spark] [--rows N]" >&2; exit 2 ;;
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

source Scripts/postgres-server.sh
set -euo pipefail
for engine in "${engines[@]}"; do
    "$venv/bin/python" Scripts/sql/equivalence.py --datamin "$datamin" --engine "$engine" --rows "$rows" 2>&1 | grep -v '^NOTICE:'
done
