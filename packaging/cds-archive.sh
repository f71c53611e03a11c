#!/usr/bin/env bash
# Writes the class-data-sharing archive of the jlink'd runtime the installers ship:
#   packaging/cds-archive.sh RUNTIME_DIR APP_LIBS_DIR   (build-installers.sh calls it before jpackage)
# It starts the console once with that runtime on a fresh data folder (the very first start until the
# demo is complete; the startup probe then exits) and records every class it loads; the runtime's
# default archive (lib/server/classes.jsa) is then dumped from that list. The JVM maps the archive at
# every start instead of loading and verifying those classes again, with no launcher option.
# Only classes of the runtime image (the JDK and JavaFX modules) go in: JDK 17 checks an archive's
# class path by absolute path, so classes of the app's own jars would stop matching once installed in
# /opt/drillbook. The whole list is kept as APP_LIBS_DIR/drillbook.classlist: the .deb's postinst dumps
# the archive of the app's classes from it, in place. See docs/adr/0026-start-up.md and 0027-warm-start.md.
# The console needs a display (DISPLAY, or xvfb-run); without one the archive holds the JDK's default
# class list only (what `jlink --generate-cds-archive` writes).
set -euo pipefail
RUNTIME=${1:?usage: packaging/cds-archive.sh RUNTIME_DIR APP_LIBS_DIR}
LIBS=${2:?usage: packaging/cds-archive.sh RUNTIME_DIR APP_LIBS_DIR}
JAVA="$RUNTIME/bin/java"
[ -x "$JAVA" ] || { echo "cds-archive.sh: no $JAVA (jlink without --strip-native-commands)" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ] && [ -z "${CDS_NO_DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
  fi
  export CDS_NO_DISPLAY=1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -n "${CDS_NO_DISPLAY:-}" ]; then
  echo "cds-archive.sh: no display and no xvfb-run: the archive holds the JDK's default class list only" >&2
  "$JAVA" -Xshare:dump >"$WORK/dump.log" 2>&1 || { cat "$WORK/dump.log" >&2; exit 1; }
  exit 0
fi
"$JAVA" -XX:DumpLoadedClassList="$WORK/classes.lst" -Ddrillbook.startupProbe=true -cp "$LIBS/*" \
  io.drillbook.app.Launcher --data-dir "$WORK/data" >"$WORK/training.log" 2>&1 \
  || { cat "$WORK/training.log" >&2; echo "cds-archive.sh: the training start failed" >&2; exit 1; }
grep -q '^DEMO_READY$' "$WORK/training.log" || { cat "$WORK/training.log" >&2; echo "cds-archive.sh: the training start did not finish" >&2; exit 1; }
cp "$WORK/classes.lst" "$LIBS/drillbook.classlist"
# Without -cp the app's own classes in the list are skipped (with a warning each, kept in the log).
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$WORK/classes.lst" >"$WORK/dump.log" 2>&1 \
  || { tail -20 "$WORK/dump.log" >&2; echo "cds-archive.sh: dumping the archive failed" >&2; exit 1; }
echo "class-data archive: $(grep -c . "$WORK/classes.lst") classes listed, $(du -h "$RUNTIME/lib/server/classes.jsa" | cut -f1) $RUNTIME/lib/server/classes.jsa"
