#!/usr/bin/env bash
# Load on `datamin serve` with wrk (Debian `wrk`) on loopback: single records and 10k-record
# batches, requests per second and p50/p99 latency, the service's peak memory over the run,
# and the CLI on the same records side by side.
#
#     Benchmarks/serve-load.sh [SECONDS]      # default 30 per case; a release uses 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

swift build -c release --traits Serve --scratch-path .build/serve --product datamin >/dev/null
datamin=.build/serve/release/datamin
work=$(mktemp -d)
policy=policies/newsletters.yaml
# A record the policy admits, so that the figures are those of the common case.
record='{"id": "n-1", "email": "ann@example.com", "date_of_birth": "1990-04-01", "source": "web_form", "purpose": "newsletter-product-a", "lawful_basis": "consent", "consent_given_at": "2026-01-05T10:00:00Z", "consent_scope": "product-a", "doi_confirmed_at": "2026-01-05T10:05:00Z", "notice_version": "v3"}'
python3 - "$work/batch.jsonl" "$record" <<'PY'
import json, sys
record = json.loads(sys.argv[2])
with open(sys.argv[1], "w") as out:
    for i in range(10000):
        record["email"] = f"person{i}@example.com"
        record["id"] = f"n-{i}"
        out.write(json.dumps(record) + "\n")
PY

"$datamin" serve --policy "$policy" --listen 127.0.0.1:0 --as-of 2026-12-01 --max-concurrent 1024 2> "$work/log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do grep -q "listening on" "$work/log" && break; sleep 0.1; done
port=$(grep -oE "127\.0\.0\.1:[0-9]+" "$work/log" | head -1 | cut -d: -f2)
url="http://127.0.0.1:$port/v1/validate?policy=newsletters"

cat > "$work/single.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$record'
LUA
cat > "$work/batch.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-ndjson"
local f = io.open("$work/batch.jsonl", "rb"); wrk.body = f:read("*a"); f:close()
LUA

peak() { awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }
run() {  # name, connections, rate (0: as fast as it goes), script
    local extra=()
    [ "$3" != 0 ] && extra=(-R "$3")
    local wrk_bin=wrk
    [ "$3" != 0 ] && { command -v wrk2 >/dev/null && wrk_bin=wrk2 || extra=(); }
    "$wrk_bin" -t2 -c"$2" -d"${seconds}s" --latency -s "$4" "$url" "${extra[@]}" > "$work/out"
    rps=$(awk '/Requests\/sec/ { print $2 }' "$work/out")
    p50=$(awk '$1 == "50%" || $1 == "50.000%" { print $2 }' "$work/out")
    p99=$(awk '$1 == "99%" || $1 == "99.000%" { print $2 }' "$work/out")
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/out")
    echo "| $1 | $2 | $rps | $p50 | $p99 | ${non2xx:-0} | $(rss) | $(peak) |"
}
echo "wrk on loopback, ${seconds}s per case, 2 threads; datamin serve (release, Serve trait) with $policy."
echo
echo "Service memory before load: $(rss) MB."
echo
echo "| case | connections | requests/s | p50 | p99 | non-2xx | RSS after (MB) | peak RSS so far (MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
run "single record" 64 0 "$work/single.lua"
run "single record, again (memory flat?)" 64 0 "$work/single.lua"
run "single record" 8 0 "$work/single.lua"
run "batch of 10,000 records" 4 0 "$work/batch.lua"
echo
start=$(date +%s.%N)
"$datamin" validate "$work/batch.jsonl" --policy "$policy" --as-of 2026-12-01 --format json > /dev/null || true
end=$(date +%s.%N)
echo "CLI on the same 10,000 records: $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') s per run (validate --format json, one process)."
