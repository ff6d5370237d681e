#!/usr/bin/env python3
"""The Python side of the benchmark, one tool per call, so each is timed on its own.

    python_baselines.py csv-parse FILE.csv      # csv.reader over every row: a parse floor
    python_baselines.py fastjsonschema FILE.jsonl SCHEMA.json

Prints one line: the number of rows (and invalid rows) seen.
"""
import csv
import json
import sys


def csv_parse(path):
    rows = 0
    with open(path, newline="", encoding="utf-8") as handle:
        for _ in csv.reader(handle):
            rows += 1
    print(f"rows={rows - 1}")


def fast_json_schema(path, schema_path):
    import fastjsonschema

    validate = fastjsonschema.compile(json.load(open(schema_path, encoding="utf-8")))
    rows = invalid = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            rows += 1
            try:
                validate(json.loads(line))
            except fastjsonschema.JsonSchemaException:
                invalid += 1
    print(f"rows={rows} invalid={invalid}")


if __name__ == "__main__":
    if sys.argv[1] == "csv-parse":
        csv_parse(sys.argv[2])
    elif sys.argv[1] == "fastjsonschema":
        fast_json_schema(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown tool {sys.argv[1]}")
