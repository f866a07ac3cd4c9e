package com.afterdesk.scripts;

import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import java.util.Arrays;
import java.util.List;

/** A script file that cannot be imported: every problem with its line, and nothing was imported. */
public final class ScriptFileException extends UserException {

    /** How many problems the one-message form lists before "…". */
    static final int LISTED = 20;

    /**
     * One problem in the file: its line (0 when it concerns the whole file) and a message key of the
     * {@code scripts} bundle with its arguments, so the app and the CLI say it in the user's language.
     */
    public record Problem(int line, String key, List<Object> args) {
        public Problem(int line, String key, Object... args) {
            this(line, key, Arrays.asList(args));
        }

        public Problem {
            args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
        }

        /** The problem's text (without the line) in the given language. */
        public String message(Messages messages) {
            return messages.tr(key, args.toArray());
        }
    }

    private final List<Problem> problems;

    public ScriptFileException(List<Problem> problems) {
        super("scripts.file.rejected", problems.size(), "");
        // in file order, so the user can work down the file
        this.problems = problems.stream().sorted(java.util.Comparator.comparingInt(Problem::line)).toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The summary with the first problems, one per line with its line number. */
    @Override
    public String describeIn(Messages messages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < problems.size() && i < LISTED; i++) {
            sb.append('\n').append(line(messages, problems.get(i)));
        }
        if (problems.size() > LISTED) {
            sb.append("\n…");
        }
        return messages.tr(key(), problems.size(), sb.toString());
    }

    /** One problem as a line of text: "第 12 行：..." / "Line 12: ...". */
    public static String line(Messages messages, Problem p) {
        return p.line() > 0 ? messages.tr("scripts.file.line", p.line(), p.message(messages)) : p.message(messages);
    }
}
