#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests that need one, installing Debian's
# `postgresql` when missing. Source it: it exports PGHOST (a socket folder), PGPORT, PGUSER
# and PGDATABASE for psql and libpq, and stops the server when the sourcing shell exits.
#
#     source Scripts/postgres-server.sh
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-client >/dev/null
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# initdb refuses to run as root: the server runs as the package's `postgres` user.
run_as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_root=$(mktemp -d /tmp/datamin-pg.XXXXXX)
chmod 755 "$pg_root"
[ "$(id -u)" = 0 ] && chown postgres "$pg_root"
run_as_postgres "$pg_bin/initdb" -D "$pg_root/data" -U postgres -E UTF8 --locale=C.UTF-8 -A trust >/dev/null
# Only a local socket: no TCP port is opened.
run_as_postgres "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$pg_root' -c fsync=off -c max_wal_size=4GB" start >/dev/null

export PGHOST="$pg_root" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
stop_postgres() { run_as_postgres "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pg_root"; }
trap stop_postgres EXIT
set +euo pipefail
