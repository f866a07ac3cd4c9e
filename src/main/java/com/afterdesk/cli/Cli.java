package com.afterdesk.cli;

import com.afterdesk.backend.Backend;
import com.afterdesk.common.AppInfo;
import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.storage.DataFolder;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code afterdesk [--home DIR] COMMAND [OPTIONS]}. Every command uses the same services as
 * the desktop app (through {@link Backend}). Exit codes: 0 success, 1 the command found a problem, 2 bad usage
 * or bad input (message on stderr, nothing written).
 */
@Command(name = "afterdesk", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        resourceBundle = "i18n.cli", sortOptions = false,
        subcommands = {DemoCommand.class, BackupCommand.class, CaseCommand.class, DueCommand.class, ClassifyCommand.class,
                SuggestCommand.class, CheckReplyCommand.class, ImportCommand.class, ExportCommand.class,
                EvalCommand.class, BenchCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @Option(names = "--home", paramLabel = "DIR", descriptionKey = "option.home")
    String home;

    private final Environment environment;
    private Backend backend;
    private CommandLine commandLine;

    /** What the command line runs in: environment variables, clock, system locale and standard input (tests fix them). */
    public record Environment(Map<String, String> env, Clock clock, Locale locale, InputStream in) {
        public Environment(Map<String, String> env, Clock clock, Locale locale) {
            this(env, clock, locale, System.in);
        }

        public static Environment system() {
            return new Environment(System.getenv(), Clock.systemDefaultZone(), Locale.getDefault(), System.in);
        }
    }

    Cli(Environment environment) {
        this.environment = environment;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        Cli root = new Cli(environment);
        Messages messages = Messages.forLocale(environment.locale());
        CommandLine cl = new CommandLine(root);
        root.commandLine = cl;
        cl.setResourceBundle(ResourceBundle.getBundle("i18n.cli",
                messages.isChinese() ? Locale.ROOT : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserException ue) {
                err.println(root.messages().describe(ue));
                err.flush();
                return BAD_INPUT;
            }
            throw ex;
        });
        try {
            return cl.execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }

    /** No command: show the usage. */
    @Override
    public void run() {
        commandLine.usage(commandLine.getOut());
    }

    /** The data folder chosen by {@code --home}, {@code AFTERDESK_HOME} or the platform default. */
    Path homePath() {
        return DataFolder.resolve(home, environment.env(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    /** The backend for the chosen data folder, opened on first use. */
    Backend backend() {
        if (backend == null) {
            backend = Backend.open(homePath(), environment.clock());
        }
        return backend;
    }

    /** Standard output of this run. */
    PrintWriter out() {
        return commandLine.getOut();
    }

    /** Standard error of this run. */
    PrintWriter err() {
        return commandLine.getErr();
    }

    /** Standard input of this run. */
    InputStream in() {
        return environment.in();
    }

    Clock clock() {
        return environment.clock();
    }

    /** Messages in the user's language: the data folder's setting once it is open, else the system's. */
    Messages messages() {
        if (backend != null) {
            return backend.preferences().messages(environment.locale());
        }
        return Messages.forLocale(environment.locale());
    }

    private void close() {
        if (backend != null) {
            backend.close();
        }
    }

    /** Prints the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
