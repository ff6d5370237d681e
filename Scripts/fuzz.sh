#!/usr/bin/env bash
# Fuzzes datamin's readers and policy loader with libFuzzer (and AddressSanitizer).
#
#   Scripts/fuzz.sh [TARGET…] [-- LIBFUZZER-OPTION…]     TARGET: csv jsonl json policy (default: all)
#   FUZZ_SECONDS=600 Scripts/fuzz.sh csv                  longer runs (default 60 s per target)
#   Scripts/fuzz.sh --replay                              only run the committed corpus once (CI does)
#
# Each target starts from Scripts/Fuzz/corpus/TARGET (the inputs that reached new code in
# earlier runs, merged down) and writes what it finds to a scratch corpus; new coverage is
# merged back into the committed one. A crash, a sanitizer report, a run past 10 s or an
# input past 2 GB of memory stops the run and leaves crash-*/timeout-*/oom-* files here;
# the exit status is then non-zero.
set -euo pipefail
cd "$(dirname "$0")/Fuzz"

replay=false
if [ "${1:-}" = "--replay" ]; then replay=true; shift; fi
targets=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do targets+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#targets[@]} -eq 0 ] && targets=(csv jsonl json policy)
seconds="${FUZZ_SECONDS:-60}"

swift build -c release --scratch-path ../../.build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
binary=../../.build-fuzz/release/datamin-fuzz

for target in "${targets[@]}"; do
    committed="corpus/$target"
    if $replay; then
        echo "== $target: replaying $(ls "$committed" | wc -l) inputs"
        DATAMIN_FUZZ_TARGET="$target" "$binary" -runs=0 -timeout=10 -rss_limit_mb=2048 "$committed"
        continue
    fi
    scratch="$(mktemp -d)"
    mkdir -p "$committed"
    echo "== $target: $seconds s"
    DATAMIN_FUZZ_TARGET="$target" "$binary" "$scratch" "$committed" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$@"
    DATAMIN_FUZZ_TARGET="$target" "$binary" -merge=1 "$committed" "$scratch" 2>&1 | tail -1
    rm -rf "$scratch"
done
