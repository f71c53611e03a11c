#!/usr/bin/env bash
# Stops the PostgreSQL started by .ci/start-postgres.sh and removes its temp dir.
set -euo pipefail
STATE_FILE="${DRILLBOOK_PG_STATE:-${TMPDIR:-/tmp}/drillbook-ci-postgres.state}"
DIR="${DRILLBOOK_TEST_PG_DIR:-}"
PG_BIN="/usr/lib/postgresql/15/bin"
if [ -z "$DIR" ] && [ -f "$STATE_FILE" ]; then
  # shellcheck disable=SC1090
  . "$STATE_FILE"
fi
if [ -z "$DIR" ] || [ ! -d "$DIR/data" ]; then
  echo "no drillbook test PostgreSQL to stop" >&2
  exit 0
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
rm -rf "$DIR"
[ -f "$STATE_FILE" ] && rm -f "$STATE_FILE"
echo "PostgreSQL in $DIR stopped" >&2
