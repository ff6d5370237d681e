#!/usr/bin/env bash
# Builds datamin with the Serve trait and proves `datamin serve` with real clients:
# Scripts/serve/test_service.py (the same findings as `validate --format json` for every shipped
# export, limits, token, problem documents, reload on SIGHUP, shutdown on SIGTERM), then
# schemathesis (PyPI) against the served OpenAPI document with a fixed seed.
#
#     Scripts/check-serve.sh [--examples N]
set -euo pipefail
cd "$(dirname "$0")/.."

examples=200
while [ $# -gt 0 ]; do
    case "$1" in
        --examples) examples="$2"; shift ;;
        *) echo "usage: $0 [--examples N]" >&2; exit 2 ;;
    esac
    shift
done

swift build --traits Serve --scratch-path .build/serve --product datamin >/dev/null
.build/serve/debug/datamin serve --openapi | cmp - docs/openapi.yaml || { echo "docs/openapi.yaml is not what datamin serve --openapi prints" >&2; exit 1; }
datamin=.build/serve/debug/datamin
python3 Scripts/serve/test_service.py --datamin "$datamin"

venv=.build/serve-venv
[ -x "$venv/bin/st" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q schemathesis; }
log=$(mktemp)
"$datamin" serve --policy policies/newsletters.yaml --policy policies/sales-contacts.yaml --listen 127.0.0.1:0 \
    --as-of 2026-12-01 2> "$log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
port=$(grep -oE "127\.0\.0\.1:[0-9]+" "$log" | head -1 | cut -d: -f2)
[ -n "$port" ] || { cat "$log" >&2; exit 1; }
# Every check schemathesis has, on examples it generates from the document and on the
# document's boundaries; a fixed seed keeps CI repeatable.
"$venv/bin/st" run "http://127.0.0.1:$port/openapi.yaml" --checks all --max-examples "$examples" --seed 20261206 \
    --generation-deterministic --no-color
echo "schemathesis: no failures"
