package com.afterdesk.cli;

import com.afterdesk.chat.TranscriptException;
import com.afterdesk.chat.TranscriptImporter;
import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import chat FILE [--dry-run] [--case ID] [--platform P] [--json]}: imports a chat transcript, all or
 * nothing. A file with problems prints every problem with its line and exits 1 with nothing imported.
 */
@Command(name = "chat", mixinStandardHelpOptions = true)
final class ImportChatCommand implements Callable<Integer> {

    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.chat.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "import.chat.dryRun")
    boolean dryRun;

    @Option(names = "--case", paramLabel = "ID", descriptionKey = "import.chat.case")
    Long caseId;

    @Option(names = "--platform", paramLabel = "P", descriptionKey = "import.chat.platform")
    String platform;

    @Option(names = "--json", descriptionKey = "import.chat.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Cli root = parent.root;
        Platform chosen = null;
        if (platform != null) {
            try {
                chosen = Platform.fromId(platform);
            } catch (IllegalArgumentException e) {
                throw new UserException("cli.chat.badPlatform", platform);
            }
        }
        var backend = root.backend();
        Messages messages = root.messages();
        if (caseId != null && backend.cases().find(caseId).isEmpty()) {
            throw new UserException("cli.chat.noCase", caseId);
        }
        TranscriptImporter.Result result;
        try {
            result = backend.chatImporter().importFile(file.toAbsolutePath(),
                    new TranscriptImporter.Target(caseId, chosen, dryRun));
        } catch (TranscriptException e) {
            if (json) {
                ObjectNode o = Json.mapper().createObjectNode();
                o.put("imported", 0);
                o.put("skipped", 0);
                o.put("dryRun", dryRun);
                ArrayNode errors = o.putArray("errors");
                for (TranscriptException.Problem p : e.problems()) {
                    errors.addObject().put("line", p.line()).put("message", p.describe(messages));
                }
                root.out().println(Json.mapper().writeValueAsString(o));
            } else {
                root.out().println(e.describeAll(messages));
            }
            return Cli.FINDINGS;
        }
        if (json) {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("imported", result.imported());
            o.put("skipped", result.skipped());
            o.putArray("errors");
            o.put("dryRun", dryRun);
            if (result.conversationId() > 0) {
                o.put("conversationId", result.conversationId());
            }
            root.out().println(Json.mapper().writeValueAsString(o));
        } else {
            root.out().println(messages.tr(dryRun ? "cli.chat.imported.dryRun" : "cli.chat.imported",
                    result.imported(), result.skipped(), result.conversationId()));
        }
        return Cli.OK;
    }
}
