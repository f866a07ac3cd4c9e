package com.afterdesk.cli;

import com.afterdesk.backend.DemoShop;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code demo [--seed N]}: loads (or reloads) the sample shop; the user's own data is not touched. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "demo.seed")
    long seed;

    @Override
    public Integer call() {
        DemoShop.Result r = root.backend().demoShop().load(seed);
        root.out().println(root.messages().tr("cli.demo.loaded", r.cases(), r.customers(), r.conversations(),
                root.backend().folder().root()));
        return Cli.OK;
    }
}
