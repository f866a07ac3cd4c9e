package com.afterdesk.cli;

import com.afterdesk.common.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code export KIND FILE}: writes part of the data folder to a file. One subcommand per kind. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportScriptsCommand.class})
final class ExportCommand implements Runnable {

    @CommandLine.ParentCommand
    Cli root;

    /** No kind given: bad usage. */
    @Override
    public void run() {
        throw new UserException("cli.export.kind");
    }
}
