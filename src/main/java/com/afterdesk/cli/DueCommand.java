package com.afterdesk.cli;

import com.afterdesk.cases.DueClock;
import com.afterdesk.common.Messages;
import com.afterdesk.deadlines.Countdown;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code due [--within DURATION] [--at ISO]}: running clocks, most urgent first (JSON Lines with --json). */
@Command(name = "due", mixinStandardHelpOptions = true)
final class DueCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Option(names = "--within", paramLabel = "DURATION", descriptionKey = "due.within")
    String within;

    @Option(names = "--at", paramLabel = "ISO", descriptionKey = "due.at")
    String at;

    @Option(names = "--json", descriptionKey = "due.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Duration w = within == null ? null : CliTimes.parseDuration(within, "--within");
        Instant now = at == null ? root.clock().instant() : CliTimes.parseInstant(at, "--at");
        List<DueClock> clocks = root.backend().cases().due(now, w);
        Messages m = root.messages();
        Countdown countdown = new Countdown(m);
        for (DueClock k : clocks) {
            if (json) {
                ObjectNode o = Json.mapper().createObjectNode();
                o.put("caseId", k.caseId());
                o.put("orderNo", k.orderNo());
                o.put("clockId", k.clockId());
                o.put("kind", k.kind().name());
                o.put("actor", k.actor().name());
                o.put("dueAt", CliTimes.iso(k.dueAt()));
                o.put("onTimeout", k.onTimeout().name());
                o.put("source", k.source().name());
                o.put("paused", k.paused());
                o.put("urgency", k.urgency().name());
                o.put("remainingSeconds", k.remaining().getSeconds());
                root.out().println(Json.mapper().writeValueAsString(o));
            } else {
                root.out().println(m.tr("cli.due.line", m.tr(k.urgency().labelKey()), String.valueOf(k.caseId()),
                        k.orderNo(), m.tr(k.kind().labelKey()), m.tr(k.actor().labelKey()),
                        Countdown.dueText(k.dueAt(), Countdown.SHOP_ZONE),
                        k.paused() ? m.tr("deadlines.urgency.PAUSED") : countdown.format(k.remaining()),
                        m.tr(k.onTimeout().labelKey())));
            }
        }
        if (!json && clocks.isEmpty()) {
            root.out().println(m.tr("cli.due.none"));
        }
        return Cli.OK;
    }
}
