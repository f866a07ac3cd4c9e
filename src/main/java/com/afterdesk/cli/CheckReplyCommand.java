package com.afterdesk.cli;

import com.afterdesk.backend.Backend;
import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.quality.CheckResult;
import com.afterdesk.quality.Finding;
import com.afterdesk.quality.ReplyContext;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check-reply TEXT [--case ID] [--buyer MESSAGE] [--json]}: the quality checks the chat pane runs before
 * sending. Exit 0 when there is nothing to say, 1 when there are findings, 2 on bad usage. Offsets in the output
 * count characters (Unicode code points) of TEXT from 0, end exclusive.
 */
@Command(name = "check-reply", mixinStandardHelpOptions = true)
final class CheckReplyCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Parameters(index = "0", paramLabel = "TEXT", descriptionKey = "check-reply.text")
    String text;

    @Option(names = "--case", paramLabel = "ID", descriptionKey = "check-reply.case")
    Long caseId;

    @Option(names = "--buyer", paramLabel = "MESSAGE", descriptionKey = "check-reply.buyer")
    String buyer;

    @Option(names = "--json", descriptionKey = "check-reply.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (text == null || text.isBlank()) {
            throw new UserException("cli.checkReply.empty");
        }
        Backend backend = root.backend();
        Messages msg = root.messages();
        ReplyContext ctx = ReplyContext.none();
        if (caseId != null) {
            ctx = backend.replyContext(caseId)
                    .orElseThrow(() -> new UserException("cli.checkReply.noCase", String.valueOf(caseId)));
        }
        backend.replyChecker().rules().shopFileProblem().ifPresent(p -> root.err().println(msg.describe(p)));
        CheckResult result = backend.replyChecker().check(text, ctx, buyer, msg);
        if (json) {
            root.out().println(Json.mapper().writeValueAsString(toJson(result)));
        } else {
            print(result, msg);
        }
        return result.clean() ? Cli.OK : Cli.FINDINGS;
    }

    private ObjectNode toJson(CheckResult result) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("ok", result.ok());
        ArrayNode list = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode o = list.addObject();
            o.put("rule", f.rule().name());
            o.put("severity", f.severity().name());
            o.put("start", codePoints(f.start()));
            o.put("end", codePoints(f.end()));
            o.put("text", text.substring(f.start(), f.end()));
            o.put("message", f.message());
            if (f.suggestion() == null) {
                o.putNull("suggestion");
            } else {
                o.put("suggestion", f.suggestion());
            }
        }
        return root;
    }

    private void print(CheckResult result, Messages msg) {
        var out = root.out();
        if (result.clean()) {
            out.println(msg.tr("cli.checkReply.clean"));
            return;
        }
        out.println(result.ok() ? msg.tr("cli.checkReply.warnings", result.findings().size())
                : msg.tr("cli.checkReply.blocked", result.findings().size(), result.blocking().size()));
        int i = 1;
        for (Finding f : result.findings()) {
            out.println(msg.tr("cli.checkReply.finding", i++, msg.tr(f.severity().labelKey()),
                    msg.tr(f.rule().labelKey()), codePoints(f.start()) + 1, codePoints(f.end()),
                    text.substring(f.start(), f.end())));
            out.println("   " + f.message());
            if (f.suggestion() != null) {
                out.println("   " + (f.suggestion().isEmpty() ? msg.tr("cli.checkReply.delete")
                        : msg.tr("cli.checkReply.suggestion", f.suggestion())));
            }
        }
    }

    private int codePoints(int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
