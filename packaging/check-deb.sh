#!/usr/bin/env bash
# Checks the .deb that `packaging/build-installers.sh --deb` left in target/installer/: installs it as a user
# would (apt-get install ./drillbook_*.deb, which also fetches its Depends), runs the installed `drillbook
# --version` with no display and checks it names the project version, checks the launcher's icon and menu
# entry and that it maps the class-data archive the postinst made, then purges the package and checks
# nothing of it is left.
#   packaging/check-deb.sh            needs root (or sudo) and apt: CI runs it on a throwaway machine
#   packaging/check-deb.sh --extract  unpacks with dpkg-deb -x into a temporary directory instead (no root;
#                                     the Depends and maintainer scripts are then not exercised)
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=install
case "${1:-}" in
  "") ;;
  --extract) MODE=extract ;;
  *) echo "check-deb.sh: unknown option $1 (use --extract)" >&2; exit 2 ;;
esac
fail() { echo "check-deb.sh: FAILED: $*" >&2; exit 1; }
shopt -s nullglob
DEBS=(target/installer/drillbook_*.deb)
[ "${#DEBS[@]}" = 1 ] || fail "expected one target/installer/drillbook_*.deb, found ${#DEBS[@]}: run packaging/build-installers.sh --deb"
DEB=${DEBS[0]}
EXPECTED=$(sed -n '/<artifactId>drillbook<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
SCRATCH=$(mktemp -d)
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
cleanup() {
  if [ "$MODE" = install ] && dpkg -s drillbook >/dev/null 2>&1; then $SUDO dpkg --purge drillbook >/dev/null || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

dpkg-deb -f "$DEB" Depends | grep -q 'libgtk-3-0' || fail "$DEB does not depend on libgtk-3-0"
if [ "$MODE" = install ]; then
  echo "installing $DEB"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "./$DEB" >"$SCRATCH/apt.log" 2>&1 || { cat "$SCRATCH/apt.log" >&2; fail "apt-get install ./$DEB"; }
  ROOT=""
  LAUNCHER=drillbook
  [ "$(command -v drillbook)" = /usr/bin/drillbook ] || fail "the package put no drillbook command on PATH"
else
  ROOT="$SCRATCH/root"
  dpkg-deb -x "$DEB" "$ROOT"
  LAUNCHER="$ROOT/opt/drillbook/bin/Drillbook"
fi

[ -x "$ROOT/opt/drillbook/bin/Drillbook" ] || fail "no launcher at /opt/drillbook/bin/Drillbook"
cmp -s "$ROOT/opt/drillbook/lib/Drillbook.png" assets/icons/drillbook-512.png || fail "the installed icon is not assets/icons/drillbook-512.png"
grep -qx 'Icon=/opt/drillbook/lib/Drillbook.png' "$ROOT/opt/drillbook/lib/drillbook-Drillbook.desktop" \
  || fail "the menu entry does not name the icon"

# Headless: no display, a data folder of its own; the first line must name the project version exactly.
OUTPUT=$(env -u DISPLAY -u WAYLAND_DISPLAY DRILLBOOK_DATA_DIR="$SCRATCH/data" "$LAUNCHER" --version 2>&1) \
  || fail "'$LAUNCHER --version' exited with $?: $OUTPUT"
FIRST=$(printf '%s\n' "$OUTPUT" | head -1)
[ "$FIRST" = "Drillbook $EXPECTED" ] || fail "'$LAUNCHER --version' printed '$FIRST', expected 'Drillbook $EXPECTED'"
echo "installed launcher: $FIRST"

# The postinst dumped the class-data archive of the app's classes for /opt/drillbook, and the launcher maps
# it: the launcher's own class is read from it ("shared objects file"), not from its jar.
if [ "$MODE" = install ]; then
  [ -f /opt/drillbook/lib/app/drillbook.jsa ] || fail "the postinst made no /opt/drillbook/lib/app/drillbook.jsa"
  env -u DISPLAY -u WAYLAND_DISPLAY DRILLBOOK_DATA_DIR="$SCRATCH/data" JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$SCRATCH/classes.log" \
    "$LAUNCHER" --version >/dev/null 2>&1 || fail "'$LAUNCHER --version' with class loading logged failed"
  grep -q 'io.drillbook.app.Launcher source: shared objects file' "$SCRATCH/classes.log" \
    || fail "the launcher did not map its class-data archive: $(grep 'io.drillbook.app.Launcher ' "$SCRATCH/classes.log")"
  echo "class-data archive: $(du -h /opt/drillbook/lib/app/drillbook.jsa | cut -f1), mapped by the launcher"
fi

if [ "$MODE" = install ]; then
  $SUDO dpkg --purge drillbook >"$SCRATCH/purge.log" 2>&1 || { cat "$SCRATCH/purge.log" >&2; fail "dpkg --purge drillbook"; }
  [ ! -e /opt/drillbook ] || fail "/opt/drillbook is left after dpkg --purge"
  [ ! -L /usr/bin/drillbook ] || fail "/usr/bin/drillbook is left after dpkg --purge"
  echo "removed again: nothing left in /opt/drillbook or /usr/bin/drillbook"
fi
echo "check-deb.sh: OK ($DEB)"
