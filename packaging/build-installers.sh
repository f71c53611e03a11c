#!/usr/bin/env bash
# Builds a self-contained app-image (jlink'd runtime + app, via jpackage) and, on Linux, a .deb.
#   packaging/build-installers.sh            -> target/installer/Drillbook/ and target/installer/*.deb
#   packaging/build-installers.sh --image    -> only the app-image
# Needs a full JDK 17+ (jlink, jpackage, jdeps); for the .deb also `fakeroot` and `binutils`.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')
OUT=target/installer
LIBS=target/installer-libs
rm -rf "$OUT" "$LIBS" target/installer-runtime
mkdir -p "$OUT" "$LIBS/fx" "$LIBS/app"

mvn -q -B -DskipTests package
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIBS/all"
# JavaFX's platform jars go on the module path; everything else (and our thin jar) is the app.
mv "$LIBS"/all/javafx-*-linux*.jar "$LIBS"/all/javafx-*-win*.jar "$LIBS"/all/javafx-*-mac*.jar "$LIBS/fx/" 2>/dev/null || true
rm -f "$LIBS"/all/javafx-*.jar
mv "$LIBS"/all/*.jar "$LIBS/app/"
cp target/original-drillbook.jar "$LIBS/app/drillbook.jar" 2>/dev/null || cp target/classes.jar "$LIBS/app/drillbook.jar"

MODULES=$(jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$LIBS/fx" --class-path "$LIBS/app/*" "$LIBS/app/drillbook.jar")
MODULES="$MODULES,javafx.controls,javafx.swing,jdk.crypto.ec,jdk.unsupported,jdk.localedata,java.management,java.naming,java.sql,jdk.zipfs"
echo "runtime modules: $MODULES"
jlink --module-path "$LIBS/fx" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --strip-native-commands --output target/installer-runtime

COMMON=(--name Drillbook --app-version "$VERSION" --vendor "Drillbook" --input "$LIBS/app" --main-jar drillbook.jar
        --main-class io.drillbook.app.Launcher --runtime-image target/installer-runtime --dest "$OUT"
        --description "Release calendar, backup compliance, restore drills and rollback playbooks")
jpackage --type app-image "${COMMON[@]}"
echo "app-image: $(du -sh "$OUT/Drillbook" | cut -f1)  $OUT/Drillbook"

if [ "${1:-}" != "--image" ] && [ "$(uname -s)" = Linux ]; then
  jpackage --type deb "${COMMON[@]}" --linux-package-name drillbook --linux-shortcut --linux-menu-group Development \
    --linux-package-deps "libgtk-3-0, libgl1"
  echo "deb: $(ls -sh "$OUT"/*.deb)"
fi
