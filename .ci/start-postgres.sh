#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 on 127.0.0.1 (a free high port, trust auth, data in a temp
# dir) for the tests, and prints the `export` lines they read. .ci/stop-postgres.sh stops it.
# Output on stdout is only `export NAME=value` lines (meant for eval); progress goes to stderr.
set -euo pipefail
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
STATE_FILE="${DRILLBOOK_PG_STATE:-${TMPDIR:-/tmp}/drillbook-ci-postgres.state}"

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 ))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DIR="$(mktemp -d "${TMPDIR:-/tmp}/drillbook-pg.XXXXXX")"
chmod 755 "$DIR"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
PORT="$(free_port)"
SUPERUSER=postgres

as_postgres "$PG_BIN/initdb" -D "$DIR/data" -U "$SUPERUSER" --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" -w start >&2
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" drillbook_test >&2

printf 'DIR=%q\nPG_BIN=%q\n' "$DIR" "$PG_BIN" >"$STATE_FILE"
echo "PostgreSQL started on 127.0.0.1:$PORT (data $DIR/data; stop with .ci/stop-postgres.sh)" >&2
echo "export DRILLBOOK_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$PORT/drillbook_test?user=$SUPERUSER'"
echo "export DRILLBOOK_TEST_PG_DIR='$DIR'"
