package com.afterdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export scripts FILE}: the whole script library as JSON or CSV (chosen by the file's extension). */
@Command(name = "scripts", mixinStandardHelpOptions = true)
final class ExportScriptsCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "export.scripts.file")
    Path file;

    @Override
    public Integer call() {
        Cli root = parent.root;
        int n = root.backend().scripts().exportFile(file);
        root.out().println(root.messages().tr("cli.export.scripts.done", n, file.toAbsolutePath()));
        return Cli.OK;
    }
}
