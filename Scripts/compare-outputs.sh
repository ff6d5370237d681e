#!/usr/bin/env bash
# Checks that two datamin builds write byte-identical reports and outputs: every shipped
# fixture under every shipped policy, and the benchmark files (if generated), in text and
# JSON, with the minimised copy (plain and redacted) and the rejects file.
#
#   Scripts/compare-outputs.sh OLD_BINARY NEW_BINARY
#
# Exits 1 and names the first difference; prints the number of runs compared otherwise.
# The JSON report's timing and version lines are the only things left out (two builds of
# different commits name different versions).
set -uo pipefail
# Reports then carry a fixed run time (SPEC §11.7): two builds compare equal when their findings do.
export SOURCE_DATE_EPOCH=1765000000
old=$1 new=$2
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=0

# Runs one build with the arguments after `--`; writes its report, outputs and exit code to $1.
run() {
    local binary=$1 out=$2
    shift 2
    mkdir -p "$out"
    "$binary" validate "$@" --as-of 2026-11-29 --format json --output "$out/report.json" \
        --strip-out "$out/strip" --rejects-out "$out/rejects" > /dev/null 2>"$out/stderr"
    echo $? > "$out/status"
    "$binary" validate "$@" --as-of 2026-11-29 --show-values --redact-free-text --strip-out "$out/redacted" \
        > "$out/report.txt" 2>/dev/null
    # Without outputs, JSON records are checked without building a Record: a path of its own.
    "$binary" validate "$@" --as-of 2026-11-29 --show-values --format json --output "$out/checked-only.json" 2>/dev/null
    sed -i -E -e 's/"seconds" *: *[0-9.e-]+/"seconds": 0/' -e 's/"version" *: *"[^"]*"/"version": ""/' \
        "$out/report.json" "$out/checked-only.json"
    sed -i -E "s/ in [0-9.]+ s(;|$)/\1/" "$out/stderr" "$out/report.txt"
}

compare() {
    local name=$1
    shift
    run "$old" "$work/old" "$@"
    run "$new" "$work/new" "$@"
    if ! diff -r "$work/old" "$work/new" > "$work/diff"; then
        echo "different outputs for: $name" >&2
        head -40 "$work/diff" >&2
        exit 1
    fi
    rm -rf "$work/old" "$work/new"
    runs=$((runs + 1))
}

for data in "$root"/fixtures/*.csv "$root"/fixtures/*.jsonl "$root"/fixtures/*.json; do
    [ -f "$data" ] || continue
    for policy in "$root"/policies/*.yaml; do
        compare "$(basename "$data") with $(basename "$policy")" "$data" --policy "$policy"
    done
done
for data in "$root"/Benchmarks/data/crm-*.csv "$root"/Benchmarks/data/crm-*.jsonl; do
    [ -f "$data" ] || continue
    compare "$(basename "$data")" "$data" --policy "$root/Benchmarks/policy.yaml"
done
echo "$runs runs: reports and outputs identical"
