package com.afterdesk.cli;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup [FILE]}: a consistent copy of the live database, safe while the window is open. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @ParentCommand
    Cli root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "backup.file")
    Path file;

    @Override
    public Integer call() {
        var backend = root.backend();
        Path target = file != null ? file.toAbsolutePath()
                : backend.folder().backups().resolve("afterdesk-" + STAMP.format(root.clock().instant()) + ".db");
        backend.database().backupTo(target);
        root.out().println(root.messages().tr("cli.backup.done", target));
        return Cli.OK;
    }
}
