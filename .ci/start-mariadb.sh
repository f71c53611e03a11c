#!/usr/bin/env bash
# Starts a throw-away MariaDB on 127.0.0.1 (a free high port, data in a temp dir, root over the
# socket and TCP without password) for the tests, and prints the `export` lines they read.
# .ci/stop-mariadb.sh stops it. Output on stdout is only `export NAME=value` lines (meant for eval).
set -euo pipefail
STATE_FILE="${DRILLBOOK_MARIADB_STATE:-${TMPDIR:-/tmp}/drillbook-ci-mariadb.state}"
command -v mariadbd >/dev/null 2>&1 || PATH="$PATH:/usr/sbin"
command -v mariadbd >/dev/null 2>&1 || { echo "mariadbd not installed; MariaDB tests will be skipped" >&2; exit 0; }

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 ))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

DIR="$(mktemp -d "${TMPDIR:-/tmp}/drillbook-mariadb.XXXXXX")"
chmod 755 "$DIR"
RUN_AS=()
if [ "$(id -u)" = 0 ]; then chown mysql:mysql "$DIR" 2>/dev/null && RUN_AS=(--user=mysql) || RUN_AS=(--user=root); fi
PORT="$(free_port)"
SOCKET="$DIR/mariadb.sock"

mariadb-install-db --no-defaults "${RUN_AS[@]}" --datadir="$DIR/data" --auth-root-authentication-method=normal \
  --skip-test-db >"$DIR/install.log" 2>&1 || { cat "$DIR/install.log" >&2; exit 1; }
mariadbd --no-defaults "${RUN_AS[@]}" --datadir="$DIR/data" --port="$PORT" --bind-address=127.0.0.1 \
  --socket="$SOCKET" --pid-file="$DIR/mariadb.pid" --log-error="$DIR/server.log" \
  --skip-name-resolve --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=0 \
  >/dev/null 2>&1 &
for _ in $(seq 1 100); do
  mariadb-admin --no-defaults --socket="$SOCKET" -uroot ping >/dev/null 2>&1 && break
  sleep 0.1
done
mariadb-admin --no-defaults --socket="$SOCKET" -uroot ping >/dev/null 2>&1 || { cat "$DIR/server.log" >&2; exit 1; }
# root over TCP without a password, for tests and mysqldump -h 127.0.0.1
mariadb --no-defaults --socket="$SOCKET" -uroot -e \
  "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;"

printf 'DIR=%q\n' "$DIR" >"$STATE_FILE"
echo "MariaDB started on 127.0.0.1:$PORT (data $DIR/data; stop with .ci/stop-mariadb.sh)" >&2
echo "export DRILLBOOK_TEST_MARIADB_HOST=127.0.0.1"
echo "export DRILLBOOK_TEST_MARIADB_PORT=$PORT"
echo "export DRILLBOOK_TEST_MARIADB_USER=root"
echo "export DRILLBOOK_TEST_MARIADB_SOCKET='$SOCKET'"
echo "export DRILLBOOK_TEST_MARIADB_DIR='$DIR'"
