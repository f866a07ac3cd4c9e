package com.afterdesk.cli;

import com.afterdesk.common.Messages;
import com.afterdesk.scripts.suggest.Classifier;
import com.afterdesk.scripts.suggest.Evaluation;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eval FILE [--json] [--misses]}: measures the classifier on a labelled JSON Lines file. */
@Command(name = "eval", mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "eval.file")
    Path file;

    @Option(names = "--json", descriptionKey = "eval.json")
    boolean json;

    @Option(names = "--misses", descriptionKey = "eval.misses")
    boolean misses;

    @Override
    public Integer call() {
        Evaluation.Report r = Evaluation.run(new Classifier(), Evaluation.read(file));
        if (json) {
            try {
                root.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r.toJson(misses)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return Cli.OK;
        }
        Messages m = root.messages();
        root.out().println(m.tr("cli.eval.summary", r.messages(), pct(r.top1()), pct(r.top3()), pct(r.emotion())));
        root.out().println(m.tr("cli.eval.perCategory"));
        r.perCategory().forEach((c, f) -> root.out().println(String.format("  %-20s %4d  P %5s  R %5s", c.name(),
                f.support(), pct(f.precision()), pct(f.recall()))));
        if (!r.confusions().isEmpty()) {
            root.out().println(m.tr("cli.eval.confusions"));
            r.confusions().stream().limit(15).forEach(c -> root.out().println(String.format("  %-20s → %-20s %d",
                    c.expected().name(), c.predicted().name(), c.count())));
        }
        if (misses) {
            for (Evaluation.Miss x : r.misses()) {
                root.out().println("  " + x.id() + "  " + x.expected() + " → " + x.predicted() + "  " + x.text());
            }
        }
        return Cli.OK;
    }

    private static String pct(double v) {
        return String.format("%.1f%%", v * 100);
    }

}
