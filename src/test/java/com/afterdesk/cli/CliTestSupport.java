package com.afterdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs the command line in-process with a fixed clock and locale and captures its output. */
public final class CliTestSupport {

    /** What a command printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliTestSupport() {
    }

    public static Result run(Path home, Clock clock, Locale locale, String... args) {
        return runWithInput(home, clock, locale, "", args);
    }

    /** Runs the command line with {@code stdin} as its standard input. */
    public static Result runWithInput(Path home, Clock clock, Locale locale, String stdin, String... args) {
        List<String> all = new ArrayList<>();
        if (home != null) {
            all.add("--home");
            all.add(home.toString());
        }
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                new Cli.Environment(Map.of(), clock, locale,
                        new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        return new Result(code, out.toString(), err.toString());
    }
}
