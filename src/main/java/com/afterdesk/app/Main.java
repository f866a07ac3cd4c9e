package com.afterdesk.app;

import com.afterdesk.cli.Cli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;

/**
 * Entry point of the jar. With no command it opens the desktop window (optionally {@code --home DIR}); with a
 * command, {@code --help} or {@code --version} it runs the command line and exits with its code.
 * (Deliberately not an {@code Application} subclass, so {@code java -jar} works with JavaFX on the class path.)
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String home = desktopHome(args);
        if (home == null && isCommandLine(args)) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(Cli.run(args, out, err, Cli.Environment.system()));
        }
        AfterDeskApp.homeOption = home;
        Application.launch(AfterDeskApp.class, args);
    }

    /** True when the arguments ask for the command line rather than the window. */
    static boolean isCommandLine(String[] args) {
        return args.length > 0 && desktopHome(args) == null;
    }

    /**
     * The {@code --home} value when the arguments are exactly a desktop launch ({@code --home DIR} or nothing),
     * {@code ""} for no arguments, {@code null} when they ask for the command line.
     */
    static String desktopHome(String[] args) {
        if (args.length == 0) {
            return "";
        }
        if (args.length == 2 && args[0].equals("--home")) {
            return args[1];
        }
        if (args.length == 1 && args[0].startsWith("--home=")) {
            return args[0].substring("--home=".length());
        }
        return null;
    }
}
