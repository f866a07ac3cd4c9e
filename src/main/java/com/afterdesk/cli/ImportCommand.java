package com.afterdesk.cli;

import com.afterdesk.common.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code import KIND FILE}: imports a file into the data folder; all or nothing. One subcommand per kind. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportScriptsCommand.class})
final class ImportCommand implements Runnable {

    @CommandLine.ParentCommand
    Cli root;

    /** No kind given: bad usage. */
    @Override
    public void run() {
        throw new UserException("cli.import.kind");
    }
}
