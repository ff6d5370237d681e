#!/usr/bin/env python3
"""Variants of a generated CRM import for the export-format benchmark.

    variants.py IN.csv OUT_PREFIX

From the same rows writes:
- OUT_PREFIX-v1.csv       collected_at as an ISO 8601 datetime with offset, phones E.164
- OUT_PREFIX-formats.csv  collected_at as "yyyy-MM-dd HH:mm" local time, phones "+31 6 1234 5678"
- OUT_PREFIX-utf8.csv     the rows as windows-1252 can hold them, in UTF-8
- OUT_PREFIX-1252.csv     the same text in windows-1252
"""
import csv
import sys


def spaced(phone):
    # "+31612345678" -> "+31 6 1234 5678"; planted bad numbers stay as they are.
    if not phone.startswith("+31") or len(phone) != 12:
        return phone
    return f"{phone[:3]} {phone[3]} {phone[4:8]} {phone[8:]}"


def main():
    source, prefix = sys.argv[1], sys.argv[2]
    with open(source, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    at, phone = header.index("collected_at"), header.index("phone")
    outputs = {name: open(f"{prefix}-{name}.csv", "w", newline="", encoding=encoding, errors="replace")
               for name, encoding in [("v1", "utf-8"), ("formats", "utf-8"), ("utf8", "utf-8"), ("1252", "cp1252")]}
    writers = {name: csv.writer(handle, lineterminator="\n") for name, handle in outputs.items()}
    for name in writers:
        writers[name].writerow(header)
    for index, row in enumerate(body):
        minute = f"{10 + index % 8:02d}:{index % 60:02d}"
        v1, formats = list(row), list(row)
        v1[at] = f"{row[at]}T{minute}:00+01:00"
        formats[at] = f"{row[at]} {minute}"
        formats[phone] = spaced(row[phone])
        writers["v1"].writerow(v1)
        writers["formats"].writerow(formats)
        legacy = [cell.encode("cp1252", errors="replace").decode("cp1252") for cell in row]
        writers["utf8"].writerow(legacy)
        writers["1252"].writerow(legacy)
    for handle in outputs.values():
        handle.close()


if __name__ == "__main__":
    main()
