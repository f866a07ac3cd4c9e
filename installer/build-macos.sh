#!/usr/bin/env bash
# Builds a .dmg on macOS (JDK 17+). Run from the project root.
set -euo pipefail
./mvnw -q -ntp package -DskipTests
./mvnw -q -ntp dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/deps
mkdir -p target/jpackage-input target/jpackage-fx
cp target/original-afterdesk.jar target/jpackage-input/afterdesk-app.jar
for j in target/deps/*.jar; do
  case "$(basename "$j")" in
    javafx-*-mac*.jar) cp "$j" target/jpackage-fx/ ;;
    javafx-*) ;;
    *) cp "$j" target/jpackage-input/ ;;
  esac
done
jpackage --type dmg --name AfterDesk --vendor AfterDesk --input target/jpackage-input \
  --main-jar afterdesk-app.jar --main-class com.afterdesk.app.Main --module-path target/jpackage-fx \
  --add-modules java.base,java.desktop,java.management,java.sql,java.logging,java.naming,jdk.unsupported,jdk.management,jdk.crypto.ec,javafx.controls \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  --icon assets/icons/afterdesk.png --dest target/installer
