"""Runs `datamin sql` for a table named with one, two and three parts in DuckDB and
PostgreSQL, and checks that the columns the policy does not declare are found in the table
the engine itself reads for that name (docs/sql.md, identifiers).

Usage: table_names.py --datamin BIN   (PostgreSQL through psql and the PG* environment,
as Scripts/postgres-server.sh sets it)
"""

import argparse
import atexit
import os
import shutil
import subprocess
import sys
import tempfile

POLICY = """version: 1
name: table-names
fields:
  id: { type: string, personal: false }
  seen: { type: date }
purposes:
  sales:
    lawful_basis: [contract]
    required: [id]
    retention: { period: P1Y, from: seen }
"""

# The table each name reaches, by the column only it has.
DUCKDB_NAMES = {
    "contacts": "plain_extra",
    "s.contacts": "schema_extra",
    "memory.s.contacts": "schema_extra",
    "other.contacts": "attached_extra",  # no schema `other`: the attached database's `main`
    "other.main.contacts": "attached_extra",
}
POSTGRES_NAMES = {
    "contacts": "plain_extra",
    "s.contacts": "schema_extra",
    "postgres.s.contacts": "schema_extra",
}


def undeclared(datamin, policy, dialect, table, run):
    query = subprocess.run([datamin, "sql", "--policy", policy, "--table", table, "--key", "id", "--dialect", dialect,
                            "--purpose", "sales"], capture_output=True, text=True, check=True).stdout
    return sorted(row[3] for row in run(query) if row[0] is None and row[1] == "undeclared-field")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--datamin", required=True)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="datamin-tables-")
    atexit.register(shutil.rmtree, work, True)
    policy = os.path.join(work, "policy.yaml")
    with open(policy, "w", encoding="utf-8") as out:
        out.write(POLICY)
    failures = []

    import duckdb
    connection = duckdb.connect()
    connection.execute("CREATE TABLE contacts (id VARCHAR, seen VARCHAR, plain_extra VARCHAR)")
    connection.execute("CREATE SCHEMA s; CREATE TABLE s.contacts (id VARCHAR, seen VARCHAR, schema_extra VARCHAR)")
    connection.execute("ATTACH ':memory:' AS other; CREATE TABLE other.main.contacts (id VARCHAR, seen VARCHAR, attached_extra VARCHAR)")
    for table in ("contacts", "s.contacts", "other.main.contacts"):
        connection.execute(f"INSERT INTO {table} VALUES ('1', '2026-01-01', 'x')")
    duck = lambda query: connection.execute(query).fetchall()
    for table, column in DUCKDB_NAMES.items():
        found = undeclared(args.datamin, policy, "duckdb", table, duck)
        if found != [column]:
            failures.append(f"duckdb --table {table}: undeclared {found}, expected [{column}]")

    setup = """SET client_min_messages TO warning; DROP SCHEMA IF EXISTS s CASCADE; DROP TABLE IF EXISTS contacts; CREATE SCHEMA s;
CREATE TABLE contacts (id text, seen text, plain_extra text); INSERT INTO contacts VALUES ('1', '2026-01-01', 'x');
CREATE TABLE s.contacts (id text, seen text, schema_extra text); INSERT INTO s.contacts VALUES ('1', '2026-01-01', 'x');"""
    psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t", "-F", "\t"]
    subprocess.run(psql, input=setup, text=True, check=True)
    def postgres(query):
        out = subprocess.run(psql, input=query, text=True, capture_output=True, check=True).stdout
        return [[None if value == "" else value for value in line.split("\t")] for line in out.splitlines()]
    for table, column in POSTGRES_NAMES.items():
        found = undeclared(args.datamin, policy, "postgres", table, postgres)
        if found != [column]:
            failures.append(f"postgres --table {table}: undeclared {found}, expected [{column}]")
    subprocess.run(psql, input="SET client_min_messages TO warning; DROP SCHEMA s CASCADE; DROP TABLE contacts;", text=True, check=True)

    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"table names: {len(DUCKDB_NAMES)} in DuckDB, {len(POSTGRES_NAMES)} in PostgreSQL, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
