#!/usr/bin/env bash
# Builds a Linux app-image and a .deb with jpackage (JDK 17+). Run from the project root after `./mvnw package`.
# The JavaFX jars go on the module path, everything else on the class path (the layout measured best here).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(grep -m1 '<version>' pom.xml | sed 's/.*<version>\(.*\)<\/version>.*/\1/')
OUT=target/installer
rm -rf "$OUT" target/jpackage-input target/jpackage-fx
mkdir -p target/jpackage-input target/jpackage-fx "$OUT"
./mvnw -q -ntp dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/deps
cp target/original-afterdesk.jar target/jpackage-input/afterdesk-app.jar
for j in target/deps/*.jar; do
  case "$(basename "$j")" in
    javafx-*-linux.jar) cp "$j" target/jpackage-fx/ ;;
    javafx-*) ;;   # platform-neutral javafx stubs are not needed next to the linux jars
    *) cp "$j" target/jpackage-input/ ;;
  esac
done
COMMON=(--name AfterDesk --app-version "$VERSION" --vendor AfterDesk
  --input target/jpackage-input --main-jar afterdesk-app.jar --main-class com.afterdesk.app.Main
  --module-path target/jpackage-fx
  --add-modules java.base,java.desktop,java.management,java.sql,java.logging,java.naming,jdk.unsupported,jdk.management,jdk.crypto.ec,javafx.controls
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
  --icon assets/icons/afterdesk.png)
jpackage --type app-image --dest "$OUT" "${COMMON[@]}"
if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  jpackage --type deb --dest "$OUT" "${COMMON[@]}" --linux-shortcut --linux-menu-group Office \
    --linux-package-deps "libgtk-3-0, libgl1"
fi
ls -la "$OUT"
