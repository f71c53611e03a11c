#!/usr/bin/env bash
# Builds a self-contained app-image (jlink'd runtime + app, via jpackage) and, on Linux, a .deb.
#   packaging/build-installers.sh              -> target/installer/Drillbook/ and target/installer/*.deb
#   packaging/build-installers.sh --image      -> only the app-image
#   packaging/build-installers.sh --deb        -> only the .deb (what CI checks: packaging/check-deb.sh)
#   --no-build                                 -> reuse the jar a previous `mvn verify`/`package` left in target/
# Needs a full JDK 17+ (jlink, jpackage, jdeps); for the .deb also `fakeroot` and `binutils`.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=yes DEB=yes BUILD=yes
for arg in "$@"; do
  case "$arg" in
    --image) DEB=no ;;
    --deb) IMAGE=no ;;
    --no-build) BUILD=no ;;
    *) echo "build-installers.sh: unknown option $arg (use --image, --deb, --no-build)" >&2; exit 2 ;;
  esac
done
[ "$(uname -s)" = Linux ] || DEB=no
# The project version from pom.xml (the first <version> after our artifactId); jpackage wants it numeric.
PROJECT_VERSION=$(sed -n '/<artifactId>drillbook<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
VERSION=${PROJECT_VERSION%-SNAPSHOT}
OUT=target/installer
LIBS=target/installer-libs
rm -rf "$OUT" "$LIBS" target/installer-runtime
mkdir -p "$OUT" "$LIBS/fx" "$LIBS/app"

if [ "$BUILD" = yes ]; then
  mvn -q -B -DskipTests package
elif [ ! -f target/original-drillbook.jar ]; then
  echo "build-installers.sh: --no-build, but target/original-drillbook.jar is missing: run mvn -B verify first" >&2
  exit 2
fi
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIBS/all"
# JavaFX's platform jars go on the module path; everything else (and our thin jar) is the app.
mv "$LIBS"/all/javafx-*-linux*.jar "$LIBS"/all/javafx-*-win*.jar "$LIBS"/all/javafx-*-mac*.jar "$LIBS/fx/" 2>/dev/null || true
rm -f "$LIBS"/all/javafx-*.jar
mv "$LIBS"/all/*.jar "$LIBS/app/"
cp target/original-drillbook.jar "$LIBS/app/drillbook.jar"

MODULES=$(jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$LIBS/fx" --class-path "$LIBS/app/*" "$LIBS/app/drillbook.jar")
MODULES="$MODULES,javafx.controls,javafx.swing,jdk.crypto.ec,jdk.unsupported,jdk.localedata,java.management,java.naming,java.sql,jdk.zipfs"
echo "runtime modules: $MODULES"
jlink --module-path "$LIBS/fx" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --output target/installer-runtime
# The runtime's class-data archive (JDK and JavaFX classes a console start loads), made with the
# runtime's own java, and the list of every class that start loads (lib/app/drillbook.classlist), from
# which the .deb's postinst dumps the archive of the app's own classes. Of the runtime's commands only
# java stays (the postinst runs it; the launcher needs none).
bash packaging/cds-archive.sh target/installer-runtime "$LIBS/app"
find target/installer-runtime/bin -type f ! -name java -delete
echo "runtime: $(du -sh target/installer-runtime | cut -f1), ${SECONDS}s so far"

# The launcher's JVM options (one per line; $APPDIR stays for the launcher to expand).
JAVA_OPTIONS=()
while IFS= read -r option; do
  case "$option" in ''|'#'*) ;; *) JAVA_OPTIONS+=(--java-options "$option") ;; esac
done < packaging/launcher-java-options

COMMON=(--name Drillbook --app-version "$VERSION" --vendor "Drillbook" --input "$LIBS/app" --main-jar drillbook.jar "${JAVA_OPTIONS[@]}"
        --main-class io.drillbook.app.Launcher --runtime-image target/installer-runtime --dest "$OUT"
        --icon assets/icons/drillbook-512.png
        --description "Release calendar, backup compliance, restore drills and rollback playbooks")
if [ "$IMAGE" = yes ]; then
  jpackage --type app-image "${COMMON[@]}"
  echo "app-image: $(du -sh "$OUT/Drillbook" | cut -f1)  $OUT/Drillbook"
fi
if [ "$DEB" = yes ]; then
  # packaging/linux holds the maintainer scripts: jpackage's own plus /usr/bin/drillbook for pipelines.
  jpackage --type deb "${COMMON[@]}" --resource-dir packaging/linux --linux-package-name drillbook --linux-shortcut \
    --linux-menu-group Development \
    --linux-package-deps "libgtk-3-0, libgl1"
  echo "deb: $(ls -sh "$OUT"/*.deb), ${SECONDS}s in all"
fi
