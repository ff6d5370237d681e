#!/usr/bin/env python3
"""Hostile policy strings through `datamin sql` into real engines (issue #24, SPEC §11.4).

Every payload below is put, in turn, in every place a policy or the command line puts a
string into a query: the policy name, a field name, a purpose, an enum value, a vocabulary
word, a consent scope, a missing value, a pattern, --table and --key. For each one either

- `datamin lint` refuses the policy (exit 2) and `datamin sql` prints no query (exit 2), or
- the query runs in the engine, a sentinel table survives, no marker file appears, and the
  findings equal a file run of the same rows as a multiset of (key, check, field, purpose).

PostgreSQL is driven through psql (whose meta-commands such as `\\!` were the attack),
DuckDB through its Python API (which runs every statement of a string), Spark through
`spark.sql` (variable substitution) and, with --spark-cli, one `spark-sql -f` run of every
query (its `!` shell commands).

Usage: hostile.py --datamin BIN --engine postgres|duckdb|spark [--validate-database BIN] [--spark-cli]
"""
import argparse
import atexit
import collections
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

AS_OF = "2026-11-30"
MARKER = os.path.join(tempfile.gettempdir(), "datamin-hostile-marker")

# Each tries to leave its quoting context and then drop the sentinel, run a shell command,
# write a file or read the environment.
PAYLOADS = [
    "a'); DROP TABLE sentinel; --",
    "a\r\\! touch " + MARKER + "\r",
    "a\rDROP TABLE sentinel; --",
    "a\u0000\\! touch " + MARKER,
    "a\\'; DROP TABLE sentinel; --",
    "$$; DROP TABLE sentinel; $$",
    "${env:HOME}",
    "${system:user.name}x",
    "*/ DROP TABLE sentinel; /*",
    "a\u2028DROP TABLE sentinel;",
    'x", 1 AS "y',
    "a`b; DROP TABLE sentinel; `",
    "COPY (SELECT 42) TO '" + MARKER + "'",
    "\\! touch " + MARKER,
    "a\nDROP TABLE sentinel; --",
    "semi;colon",
]

DEFAULTS = {"name": "hostile", "field": "notes", "purpose": "sales", "enum": "web", "word": "Signed", "scope": "product-a",
            "missing": "n/a", "pattern": "T-[0-9]{2}", "table": "crm contacts", "key": "id"}
POLICY_POSITIONS = ["name", "field", "purpose", "enum", "word", "scope", "missing", "pattern"]


def yaml_string(text):
    # JSON strings are YAML double-quoted strings; escapes (\r, \u0000) stay escapes.
    return json.dumps(text)


def pattern_for(text):
    """A pattern that matches `text` literally: every ASCII punctuation escaped."""
    return "".join("\\" + c if c.isascii() and not c.isalnum() and c != " " and c.isprintable() else c for c in text)


def policy_text(v):
    return f"""version: 1
name: {yaml_string(v['name'])}
subject: email
missing_values: ["", {yaml_string(v['missing'])}]
record: {{ purpose: purpose, lawful_basis: basis }}
vocabulary:
  lawful_basis: {{ {yaml_string(v['word'])}: consent }}
fields:
  id: {{ type: string, personal: false }}
  email: {{ type: email }}
  purpose: {{ type: string, personal: false }}
  basis: {{ type: string, personal: false }}
  scope: {{ type: string, personal: false }}
  at: {{ type: date }}
  code: {{ type: enum, values: [{yaml_string(v['enum'])}, shop] }}
  tag: {{ type: string, pattern: {yaml_string(v['pattern'])} }}
  {yaml_string(v['field'])}: {{ type: string, max_length: 8 }}
purposes:
  {yaml_string(v['purpose'])}:
    lawful_basis: [consent, contract]
    consent: {{ at: at, scope_field: scope, scope: {yaml_string(v['scope'])} }}
    required: [id, email]
    optional: [code, tag, {yaml_string(v['field'])}]
    retention: {{ period: P1Y, from: at }}
"""


def rows_for(v, tag):
    key = v["key"]
    header = [key if c == "id" else c for c in ["id", "email", "purpose", "basis", "scope", "at", "code", "tag"]] + [v["field"]]
    rows = [
        ["1", "a@example.com", v["purpose"], v["word"], v["scope"], "2026-06-01", v["enum"], tag, "short"],
        ["2", "", v["purpose"], "contract", "", "2026-06-01", "other", "bad", "far too long"],
        ["3", "b@example.com", "other", "contract", "", "", "shop", tag, ""],
        ["4", "c@example.com", v["purpose"], v["missing"], "product-b", "2024-01-01", v["missing"], tag, v["missing"]],
        ["5", "A@example.com", v["purpose"], "consent", v["scope"], "2026-06-02", "shop", tag, "x"],
    ]
    return header, rows


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def file_findings(datamin, policy, data):
    result = run([datamin, "validate", data, "--policy", policy, "--as-of", AS_OF, "--format", "json"])
    if result.returncode not in (0, 1):
        sys.exit(f"file run failed: {result.stderr}")
    report = json.loads(result.stdout)
    found = collections.Counter()
    for violation in report["files"][0]["violations"]:
        key = str(violation["record"]) if violation["record"] is not None else None
        found[(key, violation["check"], violation["field"], violation["purpose"])] += 1
    return found


def quote(name):
    return '"' + name.replace('"', '""') + '"'


class Postgres:
    dialect = "postgres"

    def __init__(self):
        self.psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]

    def load(self, table, header, rows):
        columns = ", ".join(quote(c) + " text" for c in header)
        script = ["DROP TABLE IF EXISTS sentinel; CREATE TABLE sentinel (v text); INSERT INTO sentinel VALUES ('alive');",
                  f"DROP TABLE IF EXISTS {quote(table)}; CREATE TABLE {quote(table)} ({columns});"]
        for row in rows:
            script.append(f"INSERT INTO {quote(table)} VALUES ({', '.join(self.literal(v) for v in row)});")
        subprocess.run(self.psql, input="\n".join(script) + "\n", text=True, check=True, capture_output=True)

    @staticmethod
    def literal(value):
        return "NULL" if value == "" else "U&'" + "".join(f"\\{ord(c):04X}" if ord(c) < 0x10000 else f"\\+{ord(c):06X}" for c in value) + "'"

    def query(self, text):
        result = run(self.psql + ["--csv", "-P", "null=\x01"], input=text)
        if result.returncode != 0:
            return None, result.stderr.strip()
        return [[None if v == "\x01" else v for v in row] for row in list(csv.reader(result.stdout.splitlines()))[1:]], ""

    def sentinel_alive(self):
        result = run(self.psql + ["-t", "-A", "-c", "SELECT count(*) FROM sentinel"])
        return result.returncode == 0 and result.stdout.strip() == "1"


class DuckDB:
    dialect = "duckdb"

    def __init__(self):
        import duckdb
        self.connection = duckdb.connect()

    def load(self, table, header, rows):
        c = self.connection
        c.execute("DROP TABLE IF EXISTS sentinel; CREATE TABLE sentinel (v VARCHAR); INSERT INTO sentinel VALUES ('alive')")
        c.execute(f"DROP TABLE IF EXISTS {quote(table)}")
        c.execute(f"CREATE TABLE {quote(table)} ({', '.join(quote(h) + ' VARCHAR' for h in header)})")
        c.executemany(f"INSERT INTO {quote(table)} VALUES ({', '.join('?' for _ in header)})",
                      [[None if v == "" else v for v in row] for row in rows])

    def query(self, text):
        try:
            return [list(row) for row in self.connection.execute(text).fetchall()], ""
        except Exception as error:  # an engine error is a refusal, not an injection
            return None, str(error).splitlines()[0]

    def sentinel_alive(self):
        try:
            return self.connection.execute("SELECT count(*) FROM sentinel").fetchone()[0] == 1
        except Exception:
            return False


class Spark:
    dialect = "spark"

    def __init__(self):
        from pyspark.sql import SparkSession
        self.spark = (SparkSession.builder.master("local[1]").appName("datamin-hostile")
                      .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
        self.spark.sparkContext.setLogLevel("ERROR")

    def load(self, table, header, rows):
        from pyspark.sql.types import StringType, StructField, StructType
        self.spark.createDataFrame([["alive"]], "v string").createOrReplaceTempView("sentinel")
        schema = StructType([StructField(c, StringType(), True) for c in header])
        self.spark.createDataFrame([[None if v == "" else v for v in row] for row in rows], schema) \
            .createOrReplaceTempView("`" + table.replace("`", "``") + "`")

    def query(self, text):
        try:
            return [list(row) for row in self.spark.sql(text.strip().rstrip(";")).collect()], ""
        except Exception as error:
            return None, str(error).splitlines()[0]

    def sentinel_alive(self):
        return self.spark.sql("SELECT count(*) FROM sentinel").collect()[0][0] == 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--datamin", required=True)
    parser.add_argument("--engine", required=True, choices=["postgres", "duckdb", "spark"])
    parser.add_argument("--validate-database", help="a datamin built with the PostgreSQL trait")
    parser.add_argument("--spark-cli", help="spark-sql, to run every accepted query once through its command line")
    args = parser.parse_args()
    engine = {"postgres": Postgres, "duckdb": DuckDB, "spark": Spark}[args.engine]()
    work = tempfile.mkdtemp(prefix="datamin-hostile-")
    atexit.register(shutil.rmtree, work, True)
    failures, refused, accepted, cli_queries = [], 0, 0, []
    if os.path.exists(MARKER):
        os.remove(MARKER)
    for position in POLICY_POSITIONS + ["table", "key"]:
        for payload in PAYLOADS:
            if position in ("table", "key") and "\0" in payload:
                continue  # a command line cannot carry a NUL
            if position == "table":
                payload = payload.replace(".", "_")  # a dot separates schema and table, as documented
            values = dict(DEFAULTS)
            values[position] = pattern_for(payload) if position == "pattern" else payload
            case = f"{position}={payload!r}"
            policy = os.path.join(work, "policy.yaml")
            with open(policy, "w", encoding="utf-8") as out:
                out.write(policy_text(values))
            lint = run([args.datamin, "lint", policy])
            query = run([args.datamin, "sql", "--policy", policy, "--table", values["table"], "--key", values["key"],
                         "--dialect", engine.dialect, "--as-of", AS_OF])
            if lint.returncode == 2 or query.returncode == 2:
                refused += 1
                if query.returncode != 2 or query.stdout:
                    failures.append(f"{case}: lint refused the policy but datamin sql printed a query")
                continue
            if lint.returncode != 0:
                failures.append(f"{case}: lint exit {lint.returncode}")
                continue
            accepted += 1
            header, rows = rows_for(values, payload if position == "pattern" else "T-12")
            data = os.path.join(work, "data.csv")
            with open(data, "w", newline="", encoding="utf-8") as out:
                csv.writer(out).writerows([header] + rows)
            expected = file_findings(args.datamin, policy, data)
            engine.load(values["table"], header, rows)
            found_rows, error = engine.query(query.stdout)
            if found_rows is None:
                failures.append(f"{case}: the engine refused the query: {error}")
            else:
                found = collections.Counter((r[0], r[1], r[3], r[4]) for r in found_rows)
                if found != expected:
                    failures.append(f"{case}: findings differ: only in SQL {sorted((found - expected).items(), key=str)[:3]}, "
                                    f"only in the file run {sorted((expected - found).items(), key=str)[:3]}")
            if not engine.sentinel_alive():
                failures.append(f"{case}: the sentinel table is gone")
            if os.path.exists(MARKER):
                failures.append(f"{case}: a marker file was written")
                os.remove(MARKER)
            if args.validate_database and args.engine == "postgres":
                database = run([args.validate_database, "validate", "--database", "", "--table", values["table"], "--key",
                                values["key"], "--policy", policy, "--as-of", AS_OF, "--format", "json"])
                if database.returncode not in (0, 1):
                    failures.append(f"{case}: validate --database exit {database.returncode}: {database.stderr.strip()[:200]}")
                else:
                    report = json.loads(database.stdout)
                    found = collections.Counter((v.get("key"), v["check"], v["field"], v["purpose"]) for v in report["files"][0]["violations"])
                    if found != expected:
                        failures.append(f"{case}: validate --database findings differ from the file run")
                if not engine.sentinel_alive():
                    failures.append(f"{case}: validate --database: the sentinel table is gone")
            cli_queries.append((values["table"], header, rows, query.stdout))
    if args.spark_cli and args.engine == "spark":
        failures += spark_cli(args.spark_cli, work, cli_queries)
    print(f"hostile strings ({engine.dialect}): {refused} refused by lint, {accepted} compiled and run, {len(failures)} failures")
    for failure in failures:
        print("  " + failure)
    sys.exit(1 if failures else 0)


def spark_cli(spark_sql, work, queries):
    """Every accepted query through `spark-sql -f`, in one run: its `!` shell commands and
    variable substitution see the query as a user would feed it."""
    script = ["CREATE OR REPLACE TEMPORARY VIEW sentinel AS SELECT 'alive' AS v;"]
    for table, header, rows, query in queries:
        values = ", ".join("(" + ", ".join("NULL" if v == "" else "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'" for v in row) + ")"
                           for row in rows)
        columns = ", ".join("`" + h.replace("`", "``") + "`" for h in header)
        # The harness's own view names the hostile column raw: substitution is off for it
        # alone, and on (Spark's default) for datamin's query.
        script.append("SET spark.sql.variable.substitute=false;")
        script.append(f"CREATE OR REPLACE TEMPORARY VIEW `{table.replace('`', '``')}` AS SELECT * FROM VALUES {values} AS v({columns});")
        script.append("SET spark.sql.variable.substitute=true;")
        script.append(query.strip())
    script.append("SELECT 'sentinel', count(*) FROM sentinel;")
    path = os.path.join(work, "all.sql")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(script) + "\n")
    # In the scratch folder: the command line leaves a metastore (metastore_db/, derby.log) where it runs.
    result = run([spark_sql, "--master", "local[1]", "--conf", "spark.ui.enabled=false", "-S", "-f", path], cwd=work)
    failures = []
    if os.path.exists(MARKER):
        failures.append("spark-sql: a marker file was written")
    if "sentinel\t1" not in result.stdout:
        failures.append(f"spark-sql: the run did not end with the sentinel (exit {result.returncode}): {result.stderr.strip()[-300:]}")
    if os.environ.get("HOME", "/") in result.stdout:
        failures.append("spark-sql: an environment variable reached the output")
    print(f"spark-sql -f: {len(queries)} queries in one run, exit {result.returncode}")
    return failures


if __name__ == "__main__":
    main()
