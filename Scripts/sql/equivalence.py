#!/usr/bin/env python3
"""The SQL equivalence test: one generated table of edge cases, checked by `datamin validate`
as a CSV file and by the query of `datamin sql` inside PostgreSQL, DuckDB and Spark. The sets
of (key, check, field, purpose) must be identical for every check the SQL decides, and the
counts query must agree with the file run's record, rejected and per-check counts.

Usage: equivalence.py --datamin BIN --engine postgres|duckdb|spark [--rows N] [--workdir DIR]
PostgreSQL is reached through psql with the usual PG* environment (Scripts/postgres-server.sh).
"""
import argparse
import atexit
import collections
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2026-11-30"
DUE_WITHIN = "P90D"
TABLE = "crm contacts"
KEY = "id"

# Values per column: edge cases first, then ordinary ones. "" is a missing value, as is "n/a".
POOLS = {
    "email": ["", "n/a", "anna@example.com", " ANNA@Example.com", "anna@example.com ", "bob@example.org", "erased@example.com",
              "ÉMILE@example.com", "émile@example.com", "not-an-email", "x@localhost", "a@b.co", "Bob@Example.org\u00a0",
              "c@-bad.example", "d@good-host.example",
              # Capitals whose lowercase the engines' own lower() disagree on: dotted İ, final Σ.
              "İREM@example.com", "i\u0307rem@example.com", "irem@example.com", "ΟΔΥΣΣΕΑΣ", "οδυσσεασ", "οδυσσεας",
              "KOSTAΣ@example.gr"],
    "first name": ["", "Anna", "Émile", "E\u0301mile", "Zoë", "Bartholomew", "👨‍👩‍👧‍👦", "🇳🇱🇧🇪🇩🇪", "abcd\u0301e", "abcdef",
                   # Thai and Tamil vowel signs, a leading mark, CR LF, skin tones, Hangul, Devanagari.
                   "ประเสริฐศักดิ์", "กิ่งแก้ว", "அருள்மொழிவர்மன்", "நன்றி", "\u0301abcd", "ab\r\ncd", "👍🏽👍🏽👍🏽👍🏽👍🏽",
                   "한국어이름", "नमस्ते", "क्षत्रिय", "क्षत्रियक्ष"],
    "Straße": ["", "Hauptstraße 1", "x"],
    'nick"name': ["", "o'neil", 'the "rock"'],
    "phone": ["", "+31201234567", "+31 20 123 4567", "+0123456789", "0612345678", "+123456", "+1234567890123456"],
    "mobile": ["", "06-12345678", "+31 6 12345678", "0612345678", "12345", "+44 7700 900123", "(06) 1234 5678"],
    "country": ["", "NL", " NL", "nl", "XX", "DE", "GB"],
    "purpose": ["", "sales", "newsletter", "invoicing", "mailing", "mailing;newsletter", "sales;", ";", "sales;newsletter", "newsletter;sales;", "SALES",
                " sales", "marketing", "sales;marketing", "sales;;invoicing", "n/a"],
    "lawful_basis": ["", "contract", "Contract", "CONSENT", "consent", "legitimate_interests", "legal_obligation",
                     "Freely given consent", "FREELY GIVEN CONSENT", "performance of a contract", "because", "consent;contract",
                     ";", "contract;", "vital_interests"],
    "source": ["", "web", "event", "Web", "cold_call"],
    "collected_at": ["", "2024-11-30", "2024-12-01", "2024-11-29", "2024-02-29", "2023-02-29", "2024-02-30", "29/11/2024",
                     "2025-06-15", "0000-01-01", "2024-13-01", "2024-04-31", "2024-12-31"],
    "signed_up": ["", "29/11/2024", "31/04/2024", "29/02/2023", "2024-02-29", "2024/02/29", "1/1/2024"],
    "last_contact": ["", "2024-11-29T23:30:00-01:00", "2024-11-30T00:30:00+01:00", "2024-11-30T12:00:00Z",
                     "2025-01-01T00:00:00.123+02:00", "2024-11-30 10:00:00z", "2024-11-30T10:00", "2024-11-30T24:00:00Z",
                     "2024-11-30T10:00:60Z", "2024-11-30T10:00:00+24:00", "2025-12-01t08:00:00,5-05:30", "2024-11-30"],
    "created": ["", "2024-11-30 10:00+01:00", "2024-11-30 10:00Z", "2024-11-30T10:00+01:00", "2024-02-30 10:00Z"],
    "consent_at": ["", "2026-11-30T23:59:59Z", "2026-12-01T00:00:00Z", "2026-11-30T23:30:00-01:00", "2025-11-30T10:00:00Z",
                   "2025-12-01T00:00:00+00:00", "2024-01-01T00:00:00Z", "yesterday", "2026-01-15T09:00:00+01:00",
                   "2026-01-01T10:00:00Z"],
    "consent_withdrawn_at": ["", "2026-01-01", "2026-12-01", "2026-11-30", "2025-06-01", "2026-02-30"],
    "doi_confirmed_at": ["", "2026-01-15", "2026-01-14", "2026-12-01", "2025-12-01", "2026-11-30", "bad"],
    "notice_version": ["", "v3"],
    "consent_scope": ["", "product-a", "product-b", "product-b;product-a", "PRODUCT-A", "product-a;"],
    "unsubscribed": ["", "true", "True", "TRUE", "false", "yes", "1"],
    "legal_hold": ["", "true", "false", "maybe"],
    "birth_date": ["", "2010-11-30", "2010-12-01", "2010-11-29", "2008-02-29", "2010-02-28", "1980-05-05", "2030-01-01", "1990-02-30"],
    "employees": ["", "250", "0", "1", "100000", "100001", "2.5", "+7", "-3", "1e3", "99999999999999999999999",
                  "1" + "0" * 400, "+100000", "-0", "0001", "0100001", "1" * 1001],
    "revenue": ["", "1.5e6", "-3", "0", ".5", "5.", "1e400", "1e-400", "abc", "+.5e-3", "1e", "-0",
                "-1e-400", "1e-99999", "0e99999", "1e9999", "1E+0009999", "1e10000", "-0.0e5"],
    # Exact-decimal bounds (min -0.35, max 0.35): the boundaries and what a double would blur.
    "score": ["", "0.35", "0.3500000000000000000001", "0.34999999999999999999", "-0.35", "-0.3500000000000000000001",
              "-1e-400", "1e-99999", "-0", "3.5e-1", "350e-3", "-.35", "1e9999", "-1e9999", "00000.35", "0.35000",
              "-0.349999999999999999999999", "0.0000000000000000000000000001"],
    "website": ["", "https://example.com/about", "http://x", "example.com", "https:///x", "https://exa mple.com", "ftp://example.com"],
    "code": ["", "C-1234", "C-1234x", "c-1234", "C-12345"],
    "contract_end": ["", "2019-06-30", "2018-12-31", "2019-12-31", "2019-01-01", "2020-02-29", "2019-02-29"],
    "notes": ["", "Call back in April.", "Her BSN is 111222333, call +31 6 12345678."],
    # Columns the policy does not declare: undeclared, or special-category by name.
    "religion": ["", "x"],
    "HealthNotes": [""],
    "date of birth": [""],
    "ziekteverzuimdagen": [""],
    "page": [""],
    "Ethnicité": [""],
    # Named as the table's alias once was: an engine read `to_json(t)` as this column.
    "t": ["", "x"],
}
COLUMNS = [KEY] + list(POOLS)
ERASED = ["erased@example.com", "ÉMILE@EXAMPLE.COM", "İrem@example.com", "ΟΔΥΣΣΕΑΣ", "kostaσ@example.gr"]


# Clean records of each purpose; the generator changes one or two of their values at random,
# so that some rows are admitted and the rejected counts mean something.
CLEAN = [
    {"purpose": "sales", "lawful_basis": "contract", "source": "web", "collected_at": "2025-06-15", "country": "NL"},
    {"purpose": "newsletter", "lawful_basis": "Freely given consent", "source": "event", "consent_at": "2026-01-15T09:00:00+01:00",
     "doi_confirmed_at": "2026-01-15", "notice_version": "v3", "consent_scope": "product-a", "birth_date": "1980-05-05",
     "first name": "Zoë"},
    {"purpose": "invoicing", "lawful_basis": "legal_obligation", "source": "web", "contract_end": "2020-02-29"},
]


def generate(path, rows, seed):
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for index in range(rows):
            row = {KEY: f"r{index:06d}"}
            if index % 3 == 0:
                row.update({column: "" for column in POOLS})
                row.update(CLEAN[(index // 3) % len(CLEAN)])
                row["email"] = f"person{index}@example.com"
                for column in rng.sample(list(POOLS), rng.choice([0, 0, 1, 2])):
                    row[column] = rng.choice(POOLS[column])
            else:
                for column, pool in POOLS.items():
                    # Each value of a pool appears in order first, then at random.
                    row[column] = pool[index % len(pool)] if index < 4 * len(pool) and rng.random() < 0.5 else rng.choice(pool)
            writer.writerow([row[column] for column in COLUMNS])


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    return result


def file_findings(datamin, policy, data, keys):
    report = json.loads(run([datamin, "validate", data, "--policy", policy, "--as-of", AS_OF, "--due-within", DUE_WITHIN,
                             "--format", "json", "--max-violations", "100000000"]).stdout)
    findings = collections.Counter()
    errors = []
    for violation in report["files"][0]["violations"]:
        key = keys[violation["record"] - 1] if violation["record"] is not None else None
        findings[(key, violation["check"], violation["field"], violation["purpose"])] += 1
        if violation["severity"] == "error" and violation["record"] is not None:
            errors.append((violation["record"], (key, violation["check"], violation["field"], violation["purpose"])))
    return findings, report["stats"], errors


def sql(datamin, policy, dialect, *extra):
    return run([datamin, "sql", "--policy", policy, "--table", TABLE, "--key", KEY, "--dialect", dialect,
                "--as-of", AS_OF, "--due-within", DUE_WITHIN, "--suppression-table", "erased hashes", *extra]).stdout


def table_rows(data):
    """The CSV's rows with every other empty cell turned into NULL: both are missing values."""
    with open(data, newline="", encoding="utf-8") as source:
        rows = list(csv.reader(source))[1:]
    return [[None if value == "" and (index + position) % 2 == 0 else value for position, value in enumerate(row)]
            for index, row in enumerate(rows)]


def suppression_hashes(policy_dir):
    with open(os.path.join(policy_dir, "equivalence-erased.txt"), encoding="utf-8") as source:
        return [line.strip() for line in source if line.strip() and not line.startswith("#")]


class Postgres:
    dialect = "postgres"

    def __init__(self):
        self.psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]

    def load(self, rows, hashes):
        columns = ", ".join('"' + c.replace('"', '""') + '" text' for c in COLUMNS)
        script = [f'DROP TABLE IF EXISTS "{TABLE}"; CREATE TABLE "{TABLE}" ({columns});',
                  'DROP TABLE IF EXISTS "erased hashes"; CREATE TABLE "erased hashes" (hash text);',
                  f'COPY "{TABLE}" FROM STDIN WITH (FORMAT csv);']
        for row in rows:
            script.append(",".join("" if v is None else '"' + v.replace('"', '""') + '"' for v in row))
        script.append("\\.")
        script.append('COPY "erased hashes" FROM STDIN WITH (FORMAT csv);')
        script += hashes + ["\\."]
        subprocess.run(self.psql, input="\n".join(script) + "\n", text=True, check=True)

    def query(self, text):
        result = subprocess.run(self.psql + ["--csv", "-P", "null=\x01"], input=text, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"postgres: {result.stderr}")
        rows = list(csv.reader(result.stdout.splitlines()))[1:]
        return [[None if v == "\x01" else v for v in row] for row in rows]


class DuckDB:
    dialect = "duckdb"

    def __init__(self):
        import duckdb
        self.connection = duckdb.connect()

    def load(self, rows, hashes):
        columns = ", ".join('"' + c.replace('"', '""') + '" VARCHAR' for c in COLUMNS)
        self.connection.execute(f'CREATE TABLE "{TABLE}" ({columns})')
        self.connection.executemany(f'INSERT INTO "{TABLE}" VALUES ({", ".join("?" for _ in COLUMNS)})', rows)
        self.connection.execute('CREATE TABLE "erased hashes" (hash VARCHAR)')
        self.connection.executemany('INSERT INTO "erased hashes" VALUES (?)', [[h] for h in hashes])

    def query(self, text):
        return [list(row) for row in self.connection.execute(text).fetchall()]


class Spark:
    dialect = "spark"

    def __init__(self):
        from pyspark.sql import SparkSession
        self.spark = (SparkSession.builder.master("local[2]").appName("datamin-sql-equivalence")
                      .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
        self.spark.sparkContext.setLogLevel("ERROR")

    def load(self, rows, hashes):
        from pyspark.sql.types import StringType, StructField, StructType
        schema = StructType([StructField(c, StringType(), True) for c in COLUMNS])
        self.spark.createDataFrame(rows, schema).createOrReplaceTempView(f"`{TABLE}`")
        self.spark.createDataFrame([[h] for h in hashes], "hash string").createOrReplaceTempView("`erased hashes`")

    def query(self, text):
        return [list(row) for row in self.spark.sql(text.strip().rstrip(";")).collect()]


def compare_database_run(datamin, policy, expected, stats):
    """`datamin validate --database` on the loaded table: the same findings and counts as the
    file run, free text and national phone numbers included (its second pass)."""
    result = run([datamin, "validate", "--database", "", "--table", TABLE, "--key", KEY, "--policy", policy, "--as-of", AS_OF,
                  "--due-within", DUE_WITHIN, "--format", "json", "--max-violations", "0"])
    report = json.loads(result.stdout)
    found = collections.Counter()
    for violation in report["files"][0]["violations"]:
        found[(violation.get("key"), violation["check"], violation["field"], violation["purpose"])] += 1
    failures = [f"validate --database: only in the file run: {item}" for item in sorted(set(expected) - set(found), key=str)[:10]]
    failures += [f"validate --database: only in the database run: {item}" for item in sorted(set(found) - set(expected), key=str)[:10]]
    for name in ("records", "rejected"):
        if report["stats"][name] != stats[name]:
            failures.append(f"validate --database: {name} {report['stats'][name]}, file {stats[name]}")
    if result.returncode != (1 if stats["errors"] else 0):
        failures.append(f"validate --database: exit {result.returncode}")
    print(f"validate --database: {sum(found.values())} findings, records {report['stats']['records']}, rejected {report['stats']['rejected']}")
    return failures


def compare_typed_columns(datamin_pg, datamin, policy):
    """Typed columns (date, timestamptz, boolean, integer): `validate --database`, which reads
    known columns directly, and the printed query, which reads each row's JSON form, agree."""
    psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    subprocess.run(psql, check=True, text=True, input="""
        DROP TABLE IF EXISTS typed; CREATE TABLE typed (id integer, email varchar(200), purpose text, lawful_basis text,
            source text, collected_at date, last_contact timestamptz, consent_at timestamptz, unsubscribed boolean,
            employees integer, revenue numeric, legal_hold boolean, "first name" char(8));
        SET timezone = 'Europe/Amsterdam';
        INSERT INTO typed VALUES
            (1, 'a@example.com', 'sales', 'contract', 'web', '2024-02-29', '2024-11-30 00:30+01', NULL, NULL, 250, 1.50, false, 'Anna'),
            (2, 'A@example.com ', 'newsletter', 'consent', 'event', NULL, NULL, '2026-11-30 23:30-01', true, 0, -3, true, NULL),
            (3, NULL, 'sales;newsletter', NULL, NULL, '2023-02-28', '2025-12-01 08:00+00', '2025-01-01 00:00+00', false, NULL, 1e6, NULL, 'Zoë'),
            (4, 'b@example.org', NULL, 'Legitimate_Interests', 'web', '2019-12-31', NULL, NULL, NULL, 100001, NULL, NULL, 'x');
        """)
    report = json.loads(run([datamin_pg, "validate", "--database", "", "--table", "typed", "--key", "id", "--policy", policy,
                             "--as-of", AS_OF, "--due-within", DUE_WITHIN, "--format", "json"]).stdout)
    second_pass = {"pii-in-free-text", "special-category-in-free-text"}
    direct = {(v.get("key"), v["check"], v["field"], v["purpose"]) for v in report["files"][0]["violations"] if v["check"] not in second_pass}
    query = run([datamin, "sql", "--policy", policy, "--table", "typed", "--key", "id", "--dialect", "postgres",
                 "--as-of", AS_OF, "--due-within", DUE_WITHIN]).stdout
    rows = Postgres().query(query)
    printed = {(row[0], row[1], row[3], row[4]) for row in rows}
    failures = [f"typed columns: only in validate --database: {item}" for item in sorted(direct - printed, key=str)]
    failures += [f"typed columns: only in the printed query: {item}" for item in sorted(printed - direct, key=str)]
    print(f"typed columns: {len(direct)} findings from validate --database, {len(printed)} from the printed query")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--datamin", required=True)
    parser.add_argument("--engine", required=True, choices=["postgres", "duckdb", "spark"])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--workdir")
    parser.add_argument("--validate-database", metavar="BIN",
                        help="with --engine postgres: also run `BIN validate --database` (a build with the PostgreSQL trait)")
    args = parser.parse_args()
    workdir = args.workdir
    if not workdir:
        workdir = tempfile.mkdtemp(prefix="datamin-sql-")
        atexit.register(shutil.rmtree, workdir, True)
    os.makedirs(workdir, exist_ok=True)
    policy = os.path.join(workdir, "equivalence-policy.yaml")
    shutil.copy(os.path.join(HERE, "equivalence-policy.yaml"), policy)
    erased = os.path.join(workdir, "equivalence-erased.txt")
    if os.path.exists(erased):
        os.remove(erased)
    run([args.datamin, "suppress", "add", "--policy", policy, *ERASED])
    data = os.path.join(workdir, "contacts.csv")
    generate(data, args.rows, args.seed)
    rows = table_rows(data)
    keys = [row[0] for row in rows]

    everything, stats, errors = file_findings(args.datamin, policy, data, keys)
    explained = sql(args.datamin, policy, "postgres", "--explain")
    decided = {line.strip() for line in explained.split("Not decided")[0].splitlines()[1:]}
    # "invalid-value on 'mobile': …": a field whose values the query leaves to datamin.
    left_out = set(re.findall(r"^  - invalid-value on '([^']+)': phone numbers", explained, re.MULTILINE))
    expected = collections.Counter({k: v for k, v in everything.items()
                                    if k[1] in decided and not (k[1] == "invalid-value" and k[2] in left_out)})

    engine = {"postgres": Postgres, "duckdb": DuckDB, "spark": Spark}[args.engine]()
    engine.load(rows, suppression_hashes(workdir))
    found = collections.Counter()
    for key, check, severity, field, purpose, article in engine.query(sql(args.datamin, policy, engine.dialect)):
        found[(key, check, field, purpose)] += 1

    failures = []
    missing = set(expected) - set(found)
    extra = set(found) - set(expected)
    for label, items in (("only in the file run", missing), ("only in SQL", extra)):
        for item in sorted(items, key=str)[:25]:
            failures.append(f"{label}: {item}")
        if len(items) > 25:
            failures.append(f"{label}: … {len(items) - 25} more")

    counts = {(row[0], row[1]): int(row[2]) for row in engine.query(sql(args.datamin, policy, engine.dialect, "--counts"))}
    by_check = collections.Counter()
    for (key, check, field, purpose), n in expected.items():
        by_check[check] += n
    if counts.get(("records", None)) != stats["records"]:
        failures.append(f"records: SQL {counts.get(('records', None))}, file {stats['records']}")
    # A record whose only errors are left to datamin (free text, national phones) is rejected
    # by the file run and by the second pass, not by the query.
    rejected = len({record for record, finding in errors if finding in expected})
    if counts.get(("rejected", None), 0) != rejected:
        failures.append(f"rejected: SQL {counts.get(('rejected', None), 0)}, file {rejected} (of {stats['rejected']}) by checks SQL decides")
    for (check, severity), n in counts.items():
        if severity is not None and n != by_check[check]:
            failures.append(f"count of {check}: SQL {n}, file {by_check[check]}")

    if args.validate_database:
        failures += compare_database_run(args.validate_database, policy, everything, stats)
        failures += compare_typed_columns(args.validate_database, args.datamin, policy)

    checks = sorted({k[1] for k in expected})
    print(f"{args.engine}: {len(rows)} rows, {sum(expected.values())} findings of {len(checks)} checks compared"
          f" ({', '.join(checks)}); records {stats['records']}, rejected {stats['rejected']}")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"{args.engine}: identical to the file run")


if __name__ == "__main__":
    main()
