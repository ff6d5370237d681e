#!/usr/bin/env python3
"""Where datamin's instructions per record go, from two callgrind runs of the release build.

    profile.py [--format FORMAT] DATAMIN POLICY FILE [AS_OF]
    profile.py --total DATAMIN POLICY FILE [AS_OF]

Runs `datamin validate FILE --jobs 1` under callgrind, and again on a warm-up file holding
FILE's first 1,000 records, and divides the difference by the records between them. What a
run does once — starting the process, reading the policy, building the free-text word tables
at the first note, growing buffers to their working size — is in both runs and cancels out;
what is left is the cost of one more record. Prints one Markdown table row per part of the
work: instructions per record, inclusive of what each part calls. Parts overlap only where
the table says so (the checks include the free-text scan). With --total, prints every
instruction of one run instead, start-up included (run it on a file of one record).
The report is `--format summary` unless --format names another, which is written to a
temporary file: what reading the findings back and rendering them costs is then in the last
row (with `json`, so is the input's SHA-256, computed under valgrind without the SHA
instructions datamin uses where the processor has them).
"""
import csv
import os
import re
import subprocess
import sys
import tempfile

WARM_UP_RECORDS = 1000

# Inclusive costs of these symbols (Swift mangled names, matched by pattern) are combined
# into disjoint parts below.
SYMBOLS = {
    "read": r"(CSVReaderV9nextBatch|CSVReaderV9readBatch|JSONNodeReaderV9nextBatch|JSONLinesTextReaderV9nextBatch)",
    # JSON Lines are parsed on the workers, apart from reading.
    "parse": r"JSONBatchV7parsing",
    "view": r"ValidatorV8evaluate(4rows5bytes|5items2of)",
    "checks": r"ValidatorV8evaluate_8location",
    "invalid": r"InvalidValueCheckV5check_4into",
    "freeText": r"FreeTextFindingsO6append",
    "freeTextScan": r"FreeTextScannerO7matches2in5kinds4into",
}

def without_debug_info(datamin, folder):
    """A copy of `datamin` without its DWARF: valgrind 3.19 cannot read the DWARF 5 that
    Swift 6.3 writes and gives up; the symbol table, which the parts are found by, stays."""
    copy = os.path.join(folder, "datamin")
    try:
        subprocess.run(["objcopy", "--strip-debug", datamin, copy], check=True)
    except (OSError, subprocess.CalledProcessError):
        print("profile.py: objcopy failed; valgrind may not read the binary's DWARF", file=sys.stderr)
        return datamin
    return copy


def callgrind(datamin, policy, path, as_of, report_format="summary"):
    with tempfile.NamedTemporaryFile(suffix=".out") as out, tempfile.NamedTemporaryFile(suffix=".report") as report:
        output = [] if report_format == "summary" else ["--output", report.name]
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", datamin, "validate", path,
             "--policy", policy, "--as-of", as_of, "--format", report_format, "--jobs", "1"] + output,
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


def records_of(source, is_csv, header=None):
    """The records of an open CSV file after its header (passed to `header` when given) or of
    a JSON Lines file (its non-blank lines)."""
    if is_csv:
        rows = csv.reader(source)
        first = next(rows)
        if header:
            header(first)
        return rows
    return (line for line in source if line.strip())


def count_records(path):
    with open(path, newline="", encoding="utf-8") as source:
        return sum(1 for _ in records_of(source, path.endswith(".csv")))


def write_first_records(path, count, to):
    """Writes `path`'s first `count` records (CSV with its header, or JSON Lines) to `to`."""
    is_csv = path.endswith(".csv")
    with open(path, newline="", encoding="utf-8") as source, open(to, "w", newline="", encoding="utf-8") as target:
        writer = csv.writer(target, lineterminator="\n")
        records = [record for _, record in zip(range(count), records_of(source, is_csv, header=writer.writerow))]
        if is_csv:
            writer.writerows(records)
        else:
            target.writelines(records)


def main():
    if sys.argv[1] == "--total":
        # Every instruction of one run, start-up included: `profile.py --total DATAMIN POLICY FILE [AS_OF]`.
        datamin, policy, path = sys.argv[2:5]
        as_of = sys.argv[5] if len(sys.argv) > 5 else "2026-11-29"
        with tempfile.TemporaryDirectory() as folder:
            total, _ = callgrind(without_debug_info(datamin, folder), policy, path, as_of)
        print(f"{total:,}")
        return
    arguments = sys.argv[1:]
    report_format = "summary"
    if arguments[0] == "--format":
        report_format, arguments = arguments[1], arguments[2:]
    datamin, policy, path = arguments[0:3]
    as_of = arguments[3] if len(arguments) > 3 else "2026-11-29"
    if not path.endswith((".csv", ".jsonl")):
        sys.exit(f"profile.py: {path}: give a .csv or .jsonl file")
    records = count_records(path) - WARM_UP_RECORDS
    if records <= 0:
        sys.exit(f"profile.py: {path}: needs more than {WARM_UP_RECORDS:,} records (the warm-up run reads that many)")
    with tempfile.TemporaryDirectory() as folder:
        datamin = without_debug_info(datamin, folder)
        total, costs = callgrind(datamin, policy, path, as_of, report_format)
        warm_up = os.path.join(folder, "warm-up" + os.path.splitext(path)[1])
        write_first_records(path, WARM_UP_RECORDS, warm_up)
        start, start_costs = callgrind(datamin, policy, warm_up, as_of, report_format)
    cost = {name: part(costs, pattern) - part(start_costs, pattern) for name, pattern in SYMBOLS.items()}
    rows = [
        ("everything: one more record", total - start),
        ("reading: bytes into batches (CSV cells; JSON members laid out as nodes)", cost["read"] + cost["parse"]),
        ("record view: cells or members matched to fields, purposes, bases, subject key", cost["view"] - cost["checks"]),
        ("the record checks (every check on)", cost["checks"]),
        ("… of which invalid-value (type syntax, constraints)", cost["invalid"]),
        ("… of which the two free-text checks (scanning notes once, then the findings)", cost["freeText"] + cost["freeTextScan"]),
        ("merge and the rest: duplicate-subject, counting, the report", total - start - cost["read"] - cost["parse"] - cost["view"]),
    ]
    for label, value in rows:
        print(f"| {label} | {value / records:,.0f} |")


if __name__ == "__main__":
    main()
