package com.afterdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export rules FILE [--platform P]} (other kinds of export are added as further subcommands). */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportCommand.Rules.class, ExportScriptsCommand.class})
final class ExportCommand implements Runnable {

    @ParentCommand
    Cli root;

    /** No kind given: bad usage. */
    @Override
    public void run() {
        throw new com.afterdesk.common.UserException("cli.export.kind");
    }

    @Command(name = "rules", mixinStandardHelpOptions = true)
    static final class Rules implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "rules.file")
        Path file;

        @Option(names = "--platform", paramLabel = "P", defaultValue = "taobao", descriptionKey = "rules.platform")
        String platform;

        @Override
        public Integer call() {
            var p = CaseCommand.parsePlatform(platform);
            parent.root.backend().rules().exportFile(p, file.toAbsolutePath());
            parent.root.out().println(parent.root.messages().tr("cli.rules.exported", p.id(), file.toAbsolutePath()));
            return Cli.OK;
        }
    }
}
