package com.afterdesk.cli;

import com.afterdesk.deadlines.RuleSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import rules FILE}, {@code import scripts FILE}, {@code import chat FILE}: all or nothing; a bad file is
 * refused with every problem and its line.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        subcommands = {ImportCommand.Rules.class, ImportScriptsCommand.class, ImportChatCommand.class})
final class ImportCommand implements Runnable {

    @ParentCommand
    Cli root;

    /** No kind given: bad usage. */
    @Override
    public void run() {
        throw new com.afterdesk.common.UserException("cli.import.kind");
    }

    @Command(name = "rules", mixinStandardHelpOptions = true)
    static final class Rules implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "rules.file")
        Path file;

        @Override
        public Integer call() {
            RuleSet set = parent.root.backend().rules().importFile(file.toAbsolutePath());
            parent.root.out().println(parent.root.messages().tr("cli.rules.imported", set.platform().id(),
                    String.valueOf(set.rules().size()), file.toAbsolutePath()));
            return Cli.OK;
        }
    }
}
