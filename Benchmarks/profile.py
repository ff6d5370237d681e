#!/usr/bin/env python3
"""Where datamin's instructions per record go, from two callgrind runs of the release build.

    profile.py DATAMIN POLICY FILE EMPTY_FILE RECORDS [AS_OF]

Runs `datamin validate FILE --jobs 1` under callgrind, and again on EMPTY_FILE (the same
format with no records) to subtract start-up. Prints one Markdown table row per part of the
work: instructions per record, inclusive of what each part calls. Parts overlap only where
the table says so (the checks include the free-text scan).
"""
import re
import subprocess
import sys
import tempfile

# Inclusive costs of these symbols (Swift mangled names, matched by pattern) are combined
# into disjoint parts below.
SYMBOLS = {
    "read": r"(CSVReaderV9nextBatch|JSONNodeReaderV9nextBatch|JSONLinesTextReaderV9nextBatch)",
    # JSON Lines are parsed on the workers, apart from reading.
    "parse": r"JSONBatchV7parsing",
    "view": r"ValidatorV8evaluate(3row5bytes|7members)",
    "checks": r"ValidatorV8evaluate_8location",
    "invalid": r"InvalidValueCheckV5check_4into",
    "freeText": r"FreeTextFindingsO6append",
    "tables": r"FreeTextLexiconO6tables",
}

def callgrind(datamin, policy, path, as_of):
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", datamin, "validate", path,
             "--policy", policy, "--as-of", as_of, "--format", "summary", "--jobs", "1"],
            capture_output=True, text=True)
        total = int(re.search(r"Collected : (\d+)", run.stderr).group(1))
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", out.name], capture_output=True, text=True).stdout
    costs = {}
    for line in annotated.splitlines():
        match = re.match(r"\s*([\d,]+) .*?:(\S+)", line)
        if match:
            symbol = match.group(2)
            costs.setdefault(symbol, int(match.group(1).replace(",", "")))
    return total, costs


def part(costs, pattern):
    values = [cost for symbol, cost in costs.items() if re.search(pattern, symbol)]
    return max(values) if values else 0


def main():
    datamin, policy, path, empty, records = sys.argv[1:6]
    as_of = sys.argv[6] if len(sys.argv) > 6 else "2026-11-29"
    records = int(records)
    total, costs = callgrind(datamin, policy, path, as_of)
    start, start_costs = callgrind(datamin, policy, empty, as_of)
    cost = {name: part(costs, pattern) - part(start_costs, pattern) for name, pattern in SYMBOLS.items()}
    rows = [
        ("everything but start-up", total - start),
        ("reading: bytes into batches (CSV cells; JSON members laid out as nodes)", cost["read"] + cost["parse"]),
        ("record view: cells or members matched to fields, purposes, bases, subject key", cost["view"] - cost["checks"]),
        ("the record checks (every check on)", cost["checks"] - cost["tables"]),
        ("… of which invalid-value (type syntax, constraints)", cost["invalid"]),
        ("… of which the two free-text checks (scanning notes)", cost["freeText"] - cost["tables"]),
        ("merge and the rest: duplicate-subject, counting, the report", total - start - cost["read"] - cost["parse"] - cost["view"]),
        ("once per run, counted above in the first note: building the free-text word tables", cost["tables"]),
    ]
    for label, value in rows:
        print(f"| {label} | {value / records:,.0f} |")


if __name__ == "__main__":
    main()
