package com.afterdesk.cli;

import com.afterdesk.backend.Backend;
import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.Money;
import com.afterdesk.cases.NewCase;
import com.afterdesk.common.UserException;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Json;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code case add|event|deadline|show}: the same case services as the desktop app. */
@Command(name = "case", mixinStandardHelpOptions = true,
        subcommands = {CaseCommand.Add.class, CaseCommand.Event.class, CaseCommand.Deadline.class,
                CaseCommand.Show.class})
final class CaseCommand implements Runnable {

    @ParentCommand
    Cli root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.out());
    }

    /** Prints a case as JSON or for people. */
    int print(CaseDetail d, boolean json, boolean full) throws Exception {
        Backend b = root.backend();
        var now = root.clock().instant();
        var policy = b.cases().urgencyPolicy();
        if (json) {
            root.out().println(Json.mapper().writeValueAsString(CaseJson.caseNode(d, now, policy, full)));
        } else {
            CaseJson.printHuman(root.out(), root.messages(), d, now, policy, full);
        }
        return Cli.OK;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String option) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserException("cli.value.unknown", option, text,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Platform parsePlatform(String text) {
        try {
            return Platform.fromId(text);
        } catch (IllegalArgumentException e) {
            throw new UserException("cli.value.unknown", "--platform", text,
                    Arrays.stream(Platform.values()).map(Platform::id).collect(Collectors.joining(", ")));
        }
    }

    static long parseId(String text) {
        try {
            long id = Long.parseLong(text.strip().replaceFirst("^#", ""));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UserException("cli.case.badId", text);
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Option(names = "--platform", required = true, paramLabel = "P", descriptionKey = "case.platform")
        String platform;

        @Option(names = "--type", required = true, paramLabel = "T", descriptionKey = "case.type")
        String type;

        @Option(names = "--shipped", descriptionKey = "case.shipped")
        boolean shipped;

        @Option(names = "--order", required = true, paramLabel = "NO", descriptionKey = "case.order")
        String order;

        @Option(names = "--buyer", paramLabel = "B", descriptionKey = "case.buyer")
        String buyer;

        @Option(names = "--amount", paramLabel = "A", descriptionKey = "case.amount")
        String amount;

        @Option(names = "--postage", paramLabel = "A", descriptionKey = "case.postage")
        String postage;

        @Option(names = "--opened", paramLabel = "ISO", descriptionKey = "case.opened")
        String opened;

        @Option(names = "--category", paramLabel = "C", descriptionKey = "case.category")
        String category;

        @Option(names = "--product", paramLabel = "X", descriptionKey = "case.product")
        String product;

        @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "case.notes")
        String notes;

        @Option(names = "--json", descriptionKey = "case.json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            // everything is parsed before anything is written
            Platform p = parsePlatform(platform);
            RequestType t = parseEnum(RequestType.class, type, "--type");
            Category c = category == null ? Category.OTHER : parseEnum(Category.class, category, "--category");
            NewCase n = NewCase.of(p, t, order).withShipped(shipped)
                    .withMoney(Money.parseYuan(amount), Money.parseYuan(postage))
                    .withBuyer(buyer).withProduct(product, "").withCategory(c, Set.of())
                    .withOpenedAt(CliTimes.parseInstant(opened, "--opened")).withNotes(notes);
            CaseDetail d = parent.root.backend().cases().create(n, HistoryEntry.CLI);
            return parent.print(d, json, false);
        }
    }

    @Command(name = "event", mixinStandardHelpOptions = true)
    static final class Event implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "case.id")
        String id;

        @Parameters(index = "1", paramLabel = "EVENT", descriptionKey = "case.event")
        String event;

        @Option(names = "--at", paramLabel = "ISO", descriptionKey = "case.at")
        String at;

        @Option(names = "--json", descriptionKey = "case.json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            long caseId = parseId(id);
            CaseEvent e = CaseEvent.parse(event);
            if (e == null) {
                throw new UserException("cli.case.unknownEvent", event,
                        Arrays.stream(CaseEvent.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
            CaseDetail d = parent.root.backend().cases().applyEvent(caseId, e, CliTimes.parseInstant(at, "--at"),
                    HistoryEntry.CLI);
            return parent.print(d, json, false);
        }
    }

    @Command(name = "deadline", mixinStandardHelpOptions = true)
    static final class Deadline implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "case.id")
        String id;

        @Option(names = "--due", required = true, paramLabel = "ISO", descriptionKey = "case.due")
        String due;

        @Option(names = "--json", descriptionKey = "case.json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            long caseId = parseId(id);
            CaseDetail d = parent.root.backend().cases().setPlatformDue(caseId, CliTimes.parseInstant(due, "--due"),
                    HistoryEntry.CLI);
            return parent.print(d, json, false);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "case.id")
        String id;

        @Option(names = "--json", descriptionKey = "case.json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return parent.print(parent.root.backend().cases().detail(parseId(id)), json, true);
        }
    }
}
