# Builds an .msi on Windows (needs JDK 17+ and the WiX toolset 3 on PATH). Run from the project root.
$ErrorActionPreference = "Stop"
.\mvnw.cmd -q -ntp package -DskipTests
.\mvnw.cmd -q -ntp dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target\deps
New-Item -ItemType Directory -Force target\jpackage-input, target\jpackage-fx | Out-Null
Copy-Item target\original-afterdesk.jar target\jpackage-input\afterdesk-app.jar
Get-ChildItem target\deps\*.jar | ForEach-Object {
  if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_ target\jpackage-fx }
  elseif ($_.Name -notlike "javafx-*") { Copy-Item $_ target\jpackage-input }
}
jpackage --type msi --name AfterDesk --vendor AfterDesk --input target\jpackage-input `
  --main-jar afterdesk-app.jar --main-class com.afterdesk.app.Main --module-path target\jpackage-fx `
  --add-modules java.base,java.desktop,java.management,java.sql,java.logging,java.naming,jdk.unsupported,jdk.management,jdk.crypto.ec,javafx.controls `
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" `
  --win-menu --win-shortcut --win-dir-chooser --icon assets\icons\afterdesk.ico --dest target\installer
