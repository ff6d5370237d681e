#!/usr/bin/env python3
"""Deterministic generator of realistic CRM imports for the datamin benchmark.

    generate.py ROWS OUT_PREFIX [--repeat-subjects]

writes OUT_PREFIX.csv and OUT_PREFIX.jsonl with the same ROWS records: twelve fields, UTF-8
names, quoted notes with commas, doubled quotes and line breaks, and about 1% planted
violations of several kinds (bad email, bad phone, unknown purpose, past retention, missing
required field, repeated subject, an email inside free text, bad country). The same
ROWS always give the same bytes. With --repeat-subjects every second record takes the e-mail
address (the subject key) of the record before it, so that half the records are repeated
subjects: the case that loads `duplicate-subject` and the merge.
"""
import csv
import json
import random
import sys

FIRST = ["Anna", "Bram", "Chloé", "Dirk", "Eva", "Felix", "Gül", "Hanne", "Ines", "Józef", "Karin", "Łukasz",
         "Maël", "Noor", "Øystein", "Pieter", "Renée", "Søren", "Tomás", "Zoë"]
LAST = ["de Vries", "Janssen", "Martin", "Peeters", "Smit", "Wagner", "Öztürk", "Dubois", "García", "Müller",
        "Kowalski", "Nielsen", "O'Brien", "Rossi", "van den Berg"]
COMPANIES = ["Example Trading B.V.", "Fictional Foods GmbH", "Démo SARL", "Sample & Sons Ltd", "Acme, Inc.",
             "Nordic Widgets AB", "Imaginary Logistics NV"]
COUNTRIES = ["NL", "DE", "FR", "BE", "GB", "SE", "DK", "ES", "IT", "PL"]
NOTES = ["", "", "", "Asked for a quote on product A.", "Met at booth 12, said \"call me in spring\"",
         "Follow up after the fair,\nsend the price list.", "Prefers calls after 3 pm", "Long-standing customer; VIP"]
BASES = ["contract", "legitimate_interests"]
SOURCES = ["web_form", "trade_show", "referral", "import"]
HEADER = ["id", "first_name", "last_name", "email", "company", "country", "phone", "purpose", "lawful_basis",
          "source", "collected_at", "notes"]


def record(index, rng, seen_emails):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
    local = local.encode("ascii", "ignore").decode() or "contact"
    row = {
        "id": f"C-{index:08d}",
        "first_name": first,
        "last_name": last,
        "email": f"{local}.{index}@example.com",
        "company": rng.choice(COMPANIES),
        "country": rng.choice(COUNTRIES),
        "phone": f"+31{rng.randrange(100000000, 999999999)}",
        "purpose": "sales" if rng.random() < 0.8 else "support",
        "lawful_basis": rng.choice(BASES),
        "source": rng.choice(SOURCES),
        "collected_at": f"2026-{rng.randrange(1, 11):02d}-{rng.randrange(1, 28):02d}",
        "notes": rng.choice(NOTES),
    }
    if row["purpose"] == "support":
        row["lawful_basis"] = "contract"
    if rng.random() < 0.01:  # about 1% of records carry one planted violation
        kind = rng.randrange(8)
        if kind == 0:
            row["email"] = row["email"].replace("@", "")
        elif kind == 1:
            row["phone"] = "06 1234 5678"
        elif kind == 2:
            row["purpose"] = "marketing"
        elif kind == 3:
            row["collected_at"] = "2021-03-01"
        elif kind == 4:
            row["email"] = ""
        elif kind == 5 and seen_emails:
            row["email"] = seen_emails[rng.randrange(len(seen_emails))].upper()
        elif kind == 6:
            row["notes"] = f"Private address: {local}@example.org"
        else:
            row["country"] = "XX"
    if index % 97 == 0:
        seen_emails.append(row["email"])
    return row


def main():
    rows, prefix = int(sys.argv[1]), sys.argv[2]
    repeat_subjects = "--repeat-subjects" in sys.argv[3:]
    rng = random.Random(20261129)
    seen = []
    previous_email = None
    with open(prefix + ".csv", "w", newline="", encoding="utf-8") as csv_file, \
            open(prefix + ".jsonl", "w", encoding="utf-8") as jsonl_file:
        writer = csv.writer(csv_file, lineterminator="\n")
        writer.writerow(HEADER)
        for index in range(1, rows + 1):
            row = record(index, rng, seen)
            if repeat_subjects and index % 2 == 0 and previous_email:
                row["email"] = previous_email
            previous_email = row["email"]
            writer.writerow([row[name] for name in HEADER])
            jsonl_file.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
