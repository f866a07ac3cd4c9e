package com.afterdesk.cli;

import com.afterdesk.common.UserException;
import com.afterdesk.scripts.suggest.SuggestionBench;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bench [--scripts N]}: performance self-test on generated data, printed as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Option(names = "--scripts", paramLabel = "N", defaultValue = "5000", descriptionKey = "bench.scripts")
    int scripts;

    @Override
    public Integer call() {
        if (scripts < 1 || scripts > 1_000_000) {
            throw new UserException("cli.bench.badScripts", scripts);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suggestion", SuggestionBench.run(scripts));
        try {
            root.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return Cli.OK;
    }
}
