package com.afterdesk.cli;

import picocli.CommandLine.Command;

/** {@code import KIND FILE}: imports a file, all or nothing. Each kind is a subcommand. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportChatCommand.class})
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Cli root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
