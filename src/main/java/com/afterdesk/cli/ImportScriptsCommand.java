package com.afterdesk.cli;

import com.afterdesk.common.Messages;
import com.afterdesk.scripts.ImportReport;
import com.afterdesk.scripts.ScriptFileException;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import scripts FILE [--dry-run] [--json]}: merges a JSON or CSV script file into the library (same id
 * replaces, new id adds). All or nothing: a file with any problem imports nothing, lists every problem with its
 * line and exits with 2.
 */
@Command(name = "scripts", mixinStandardHelpOptions = true)
final class ImportScriptsCommand implements Callable<Integer> {

    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.scripts.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "import.scripts.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "import.scripts.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Cli root = parent.root;
        Messages messages = root.messages();
        ObjectNode out = Json.mapper().createObjectNode();
        try {
            ImportReport r = root.backend().scripts().importFile(file, dryRun);
            if (json) {
                out.put("imported", r.imported());
                out.put("skipped", r.skipped());
                out.put("added", r.added());
                out.put("replaced", r.replaced());
                out.put("dryRun", r.dryRun());
                out.putArray("errors");
                root.out().println(Json.mapper().writeValueAsString(out));
            } else {
                root.out().println(messages.tr(dryRun ? "cli.import.scripts.checked" : "cli.import.scripts.done",
                        r.imported(), r.added(), r.replaced(), r.skipped()));
            }
            return Cli.OK;
        } catch (ScriptFileException e) {
            if (json) {
                out.put("imported", 0);
                out.put("skipped", 0);
                out.put("dryRun", dryRun);
                ArrayNode errors = out.putArray("errors");
                for (ScriptFileException.Problem p : e.problems()) {
                    errors.addObject().put("line", p.line()).put("message", p.message(messages));
                }
                root.out().println(Json.mapper().writeValueAsString(out));
            }
            root.err().println(messages.describe(e));
            return Cli.BAD_INPUT;
        }
    }
}
