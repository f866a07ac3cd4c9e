package com.afterdesk.cli;

import com.afterdesk.backend.Backend;
import com.afterdesk.cases.CaseGenerator;
import com.afterdesk.cases.CaseLogPage;
import com.afterdesk.cases.CaseLogQuery;
import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.cases.CaseService;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.Countdown;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import com.afterdesk.scripts.suggest.SuggestionBench;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench [--cases N] [--scripts N]}: generates N cases in a temporary data folder (never the user's) and
 * measures the case log (first page sorted by urgency, filtered pages, a deep page, the cost of one countdown
 * tick); then measures the suggestion engine on N generated scripts (latency percentiles, classify throughput).
 * 0 skips a part.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    private static final int RUNS = 7;

    @ParentCommand
    Cli root;

    @Option(names = "--cases", paramLabel = "N", defaultValue = "100000", descriptionKey = "bench.cases")
    int cases;

    @Option(names = "--scripts", paramLabel = "N", defaultValue = "5000", descriptionKey = "bench.scripts")
    int scripts;

    @Override
    public Integer call() throws Exception {
        if (cases < 0 || cases > 2_000_000) {
            throw new com.afterdesk.common.UserException("cli.bench.badCount", String.valueOf(cases));
        }
        if (scripts < 0 || scripts > 1_000_000) {
            throw new com.afterdesk.common.UserException("cli.bench.badScripts", scripts);
        }
        ObjectNode out = Json.mapper().createObjectNode();
        if (cases > 0) {
            out.set("caseLog", benchCases());
        }
        if (scripts > 0) {
            out.set("suggestion", Json.mapper().valueToTree(SuggestionBench.run(scripts)));
        }
        root.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return Cli.OK;
    }

    private ObjectNode benchCases() throws Exception {
        Path tmp = Files.createTempDirectory("afterdesk-bench");
        try (Backend b = Backend.open(tmp, root.clock())) {
            Instant now = root.clock().instant();
            long t0 = System.nanoTime();
            CaseGenerator.generate(b.database(), b.rules(), cases, now, 42);
            long generateMillis = (System.nanoTime() - t0) / 1_000_000;
            CaseService s = b.cases();
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("cases", s.count());
            out.put("generateMillis", generateMillis);
            out.put("pageSize", CaseLogQuery.DEFAULT_PAGE);
            ObjectNode log = out.putObject("caseLogMillis");
            measure(log, "firstPageByUrgency", () -> s.log(CaseLogQuery.all()));
            measure(log, "platformTaobao", () -> s.log(CaseLogQuery.all().withPlatforms(Set.of(Platform.TAOBAO))));
            measure(log, "stateRequested", () -> s.log(CaseLogQuery.all().withStates(Set.of(CaseState.REQUESTED))));
            measure(log, "categoryDamaged", () -> s.log(CaseLogQuery.all().withCategories(Set.of(Category.DAMAGED))));
            measure(log, "urgencyCritical", () -> s.log(CaseLogQuery.all().withUrgencies(Set.of(Urgency.CRITICAL))));
            measure(log, "textSearch", () -> s.log(CaseLogQuery.all().withText("保温杯")));
            measure(log, "dueToday", () -> s.log(CaseLogQuery.dueToday()));
            measure(log, "deepPage", () -> s.log(CaseLogQuery.all().page(Math.max(0, cases / 2), 100)));
            measure(log, "dueCommand24h", () -> s.due(now, Duration.ofHours(24)));
            CaseLogPage first = s.log(CaseLogQuery.all());
            ObjectNode urgencies = out.putObject("firstPageUrgencies");
            UrgencyPolicy policy = s.urgencyPolicy();
            for (CaseLogRow r : first.rows()) {
                String u = r.urgency(policy, now).name();
                urgencies.put(u, urgencies.path(u).asInt() + 1);
            }
            out.put("matchingDueToday", s.log(CaseLogQuery.dueToday()).total());
            // one ticker tick: recompute urgency and countdown text of every visible row
            Countdown countdown = new Countdown(root.messages());
            int ticks = 2000;
            long sink = 0;
            long t1 = System.nanoTime();
            for (int i = 0; i < ticks; i++) {
                Instant tick = now.plusSeconds(i);
                for (CaseLogRow r : first.rows()) {
                    if (r.head() != null) {
                        sink += countdown.format(r.head().remaining(tick)).length();
                        sink += r.urgency(policy, tick).ordinal();
                    }
                }
            }
            double tickMicros = (System.nanoTime() - t1) / 1000.0 / ticks;
            out.put("tickMicrosFor" + first.rows().size() + "Rows", Math.round(tickMicros * 10) / 10.0);
            out.put("checksum", sink % 7);
            out.put("databaseBytes", b.database().sizeOnDisk());
            return out;
        } finally {
            deleteTree(tmp);
        }
    }

    private static void measure(ObjectNode log, String name, Supplier<?> work) {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - t;
        }
        long cold = times[0];
        Arrays.sort(times);
        ObjectNode o = log.putObject(name);
        o.put("first", Math.round(cold / 100_000.0) / 10.0);
        o.put("median", Math.round(times[RUNS / 2] / 100_000.0) / 10.0);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
