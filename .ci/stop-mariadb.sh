#!/usr/bin/env bash
# Stops the MariaDB started by .ci/start-mariadb.sh and removes its data.
set -euo pipefail
STATE_FILE="${DRILLBOOK_MARIADB_STATE:-${TMPDIR:-/tmp}/drillbook-ci-mariadb.state}"
[ -f "$STATE_FILE" ] || exit 0
# shellcheck disable=SC1090
. "$STATE_FILE"
if [ -f "$DIR/mariadb.pid" ]; then
  PID="$(cat "$DIR/mariadb.pid")"
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
fi
rm -rf "$DIR" "$STATE_FILE"
