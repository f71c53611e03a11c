#!/usr/bin/env bash
# Stops the sshd started by .ci/start-sshd.sh (its DRILLBOOK_TEST_SSHD_DIR, as exported by that
# script) and removes its temp dir. Only that one: nothing else is touched.
set -uo pipefail
DIR="${DRILLBOOK_TEST_SSHD_DIR:-}"
if [ -z "$DIR" ] || [ ! -s "$DIR/sshd.pid" ]; then
  echo "no drillbook test sshd to stop" >&2
  exit 0
fi
kill "$(cat "$DIR/sshd.pid")" 2>/dev/null || true
rm -rf "$DIR"
echo "sshd in $DIR stopped" >&2
